"""Words of the validate service and command (pmladder/validate.py, pmladder/cli/validate.py)."""

from __future__ import annotations

from pmladder.i18n import Catalogue

MESSAGES: Catalogue = {
    "validate.no-such-path": {"en": "{path}: no such file or folder", "zh": "{path}：文件或文件夹不存在"},
    "validate.no-yaml": {
        "en": "{path}: no .yaml or .yml files in this folder",
        "zh": "{path}：此文件夹中没有 .yaml 或 .yml 文件",
    },
    "validate.no-stdin": {"en": "-: no standard input to read", "zh": "-：没有可读取的标准输入"},
    "validate.bad-format": {
        "en": "--format must be text, json or github, not {value!r}",
        "zh": "--format 只能是 text、json 或 github，不能是 {value!r}",
    },
    "validate.bad-kind": {
        "en": "unknown schema {value!r}: choose ladder, taxonomy or answers",
        "zh": "未知的 schema {value!r}：请选择 ladder、taxonomy 或 answers",
    },
    "validate.stdin-filename": {
        "en": "--stdin-filename names standard input: give - among the paths as well",
        "zh": "--stdin-filename 是标准输入的文件名：还需要在路径中写上 -",
    },
}
