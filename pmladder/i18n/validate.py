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
    # an issue: a file that exists but cannot be read, why as the reading error says it, without the file's
    # name (the issue line starts with it): the words of file.* in pmladder/i18n/yaml.py after "{path}: "
    "unreadable.no-file": {"en": "no such file", "zh": "没有这个文件"},
    "unreadable.is-folder": {"en": "is a folder, not a file", "zh": "这是文件夹，不是文件"},
    "unreadable.cannot-read": {"en": "cannot read ({reason})", "zh": "无法读取（{reason}）"},
    "unreadable.not-regular": {
        "en": "not a regular file (a device or a socket)",
        "zh": "不是普通文件（是设备或套接字）",
    },
    "unreadable.dangling-link": {
        "en": "a symbolic link to {target}, which does not exist",
        "zh": "符号链接指向的 {target} 不存在",
    },
    "unreadable.other": {"en": "{problem}", "zh": "{problem}"},
    "validate.bad-kind": {
        "en": "unknown schema {value!r}: choose ladder, taxonomy, answers or scorecard",
        "zh": "未知的 schema {value!r}：请选择 ladder、taxonomy、answers 或 scorecard",
    },
    "validate.stdin-filename": {
        "en": "--stdin-filename names standard input: give - among the paths as well",
        "zh": "--stdin-filename 是标准输入的文件名：还需要在路径中写上 -",
    },
}
