"""Reporters for validate: the collected issues as plain text lines, JSON, or GitHub Actions annotations."""

from __future__ import annotations

import json
from typing import Any

from pmladder.checks import FileReport, ValidationResult
from pmladder.i18n import Catalogue, Lang, message
from pmladder.model.issue import Issue
from pmladder.safetext import inert as inert  # re-exported: the one escaping function (pmladder.safetext)
from pmladder.safetext import inert_json

FORMATS = ("text", "json", "github")

MESSAGES: Catalogue = {
    "summary": {
        "en": "{files} checked: {invalid} invalid, {errors}, {warnings}",
        "zh": "已检查 {files}：{invalid} 个无效，{errors}，{warnings}",
    },
    "file": {"en": "1 file", "zh": "1 个文件"},
    "files": {"en": "{n} files", "zh": "{n} 个文件"},
    "error": {"en": "1 error", "zh": "1 个错误"},
    "errors": {"en": "{n} errors", "zh": "{n} 个错误"},
    "warning": {"en": "1 warning", "zh": "1 个警告"},
    "warnings": {"en": "{n} warnings", "zh": "{n} 个警告"},
    "strict": {"en": " (--strict: warnings fail)", "zh": "（--strict：警告也算失败）"},
    "stopped": {
        "en": "checking stopped at this {code} problem: the rest of the file, and its schema and semantic "
        "problems, are not checked until it is fixed",
        "zh": "检查在这个 {code} 问题处停止：修正它之前，文件的其余部分以及 schema 和语义问题都不会检查",
    },
}

def _count(lang: Lang, key: str, n: int) -> str:
    return message(MESSAGES, key, lang) if n == 1 else message(MESSAGES, key + "s", lang, n=n)


def summary(result: ValidationResult, lang: Lang) -> str:
    """``3 files checked: 1 invalid, 2 errors, 1 warning`` (or its zh version)."""
    line = message(
        MESSAGES,
        "summary",
        lang,
        files=_count(lang, "file", len(result.files)),
        invalid=result.invalid,
        errors=_count(lang, "error", result.errors),
        warnings=_count(lang, "warning", result.warnings),
    )
    if result.strict and result.warnings:
        line += message(MESSAGES, "strict", lang)
    return line


def issue_line(issue: Issue, lang: Lang = "en") -> str:
    """Exactly ``file:line:col: error|warning CODE message (path)``, with nothing that can style it."""
    return inert(issue.format(lang))


def stopped_note(report: FileReport, lang: Lang) -> str | None:
    """``file:line:col: note checking stopped...`` for a file whose checks a problem stopped, else None."""
    stop = report.stopped
    if stop is None:
        return None
    words = message(MESSAGES, "stopped", lang, code=stop.code)
    return inert(f"{stop.file}:{stop.line}:{stop.col}: note {words}")


def render_text(result: ValidationResult, lang: Lang) -> list[str]:
    """One line per issue (and after a file's issues, a note when a problem stopped its checks), then the
    summary line."""
    lines: list[str] = []
    for report in result.files:
        lines += (issue_line(i, lang) for i in report.issues)
        note = stopped_note(report, lang)
        if note is not None:
            lines.append(note)
    return [*lines, summary(result, lang)]


def _issue_dict(issue: Issue, lang: Lang) -> dict[str, Any]:
    return {
        "file": issue.file,
        "line": issue.line,
        "col": issue.col,
        "severity": issue.severity,
        "code": issue.code,
        "message": issue.text(lang),
        "path": issue.path,
    }


def render_json(result: ValidationResult, lang: Lang) -> str:
    """A stable document: ``{"files": [...], "issues": [...], "summary": {...}}`` (keys in a fixed order)."""
    document = {
        "files": [
            {
                "file": r.file,
                "kind": r.kind,
                "valid": r.valid(result.strict),
                "errors": r.errors,
                "warnings": r.warnings,
                "stopped": None if r.stopped is None else {
                    "line": r.stopped.line,
                    "col": r.stopped.col,
                    "code": r.stopped.code,
                },
            }
            for r in result.files
        ],
        "issues": [_issue_dict(i, lang) for i in result.issues],
        "summary": {
            "files": len(result.files),
            "invalid": result.invalid,
            "errors": result.errors,
            "warnings": result.warnings,
            "strict": result.strict,
            "valid": result.ok,
            "text": summary(result, lang),
        },
    }
    # json escapes C0 controls itself; the rest of what inert() escapes becomes \\u escapes as well
    return inert_json(json.dumps(document, ensure_ascii=False, indent=2))


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def github_line(issue: Issue, command: str | None = None, lang: Lang = "en") -> str:
    """A GitHub Actions workflow command (``command``, by default the issue's severity) that annotates the
    file at the issue's line and column."""
    where = f" ({issue.path})" if issue.path else ""
    properties = ",".join(
        f"{name}={inert(_escape_property(str(value)))}"
        for name, value in (
            ("file", issue.file),
            ("line", issue.line),
            ("col", issue.col),
            ("title", issue.code),
        )
    )
    return f"::{command or issue.severity} {properties}::{inert(_escape_data(issue.text(lang) + where))}"


def render_github(result: ValidationResult, lang: Lang) -> list[str]:
    """One annotation per issue (and a notice where a problem stopped a file's checks), then the summary as
    a plain log line."""
    lines: list[str] = []
    for report in result.files:
        lines += (github_line(i, lang=lang) for i in report.issues)
        if report.stopped is not None:
            stop = report.stopped
            words = message(MESSAGES, "stopped", lang, code=stop.code)
            note = Issue(file=stop.file, line=stop.line, col=stop.col, code="stopped", message=words)
            lines.append(github_line(note, "notice"))
    return [*lines, summary(result, lang)]


def render(result: ValidationResult, fmt: str, lang: Lang) -> str:
    """The whole report in ``fmt`` (text, json or github), ending with a newline."""
    if fmt == "json":
        return render_json(result, lang) + "\n"
    lines = render_github(result, lang) if fmt == "github" else render_text(result, lang)
    return "".join(line + "\n" for line in lines)
