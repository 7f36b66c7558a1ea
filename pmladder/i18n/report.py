"""Words of validate's reports (pmladder/render/issues.py): the summary line and the note where checking stopped."""

from __future__ import annotations

from pmladder.i18n import Catalogue

MESSAGES: Catalogue = {
    "report.summary": {
        "en": "{files} checked: {invalid} invalid, {errors}, {warnings}",
        "zh": "已检查 {files}：{invalid} 个无效，{errors}，{warnings}",
    },
    "report.file": {"en": "1 file", "zh": "1 个文件"},
    "report.files": {"en": "{n} files", "zh": "{n} 个文件"},
    "report.error": {"en": "1 error", "zh": "1 个错误"},
    "report.errors": {"en": "{n} errors", "zh": "{n} 个错误"},
    "report.warning": {"en": "1 warning", "zh": "1 个警告"},
    "report.warnings": {"en": "{n} warnings", "zh": "{n} 个警告"},
    "report.strict": {"en": " (--strict: warnings fail)", "zh": "（--strict：警告也算失败）"},
    "report.stopped": {
        "en": "checking stopped at this {code} problem: the rest of the file, and its schema and semantic "
        "problems, are not checked until it is fixed",
        "zh": "检查在这个 {code} 问题处停止：修正它之前，文件的其余部分以及 schema 和语义问题都不会检查",
    },
}
