"""Reporters for validate: the collected issues as plain text lines, JSON, or GitHub Actions annotations."""

from __future__ import annotations

import json
from typing import Any

from pmladder.i18n import Lang, issue_words, t
from pmladder.i18n import issue_line as i18n_issue_line
from pmladder.model.report import FileReport, IssueView, ValidationResult, as_data
from pmladder.safetext import inert as inert  # re-exported: the one escaping function (pmladder.safetext)
from pmladder.safetext import inert_json

# Imports nothing but the stdlib and pmladder's stdlib-only modules: a cached `validate` renders with
# these very functions before pydantic, typer or rich are imported (see entry.py).

FORMATS = ("text", "json", "github")


def _count(lang: Lang, key: str, n: int) -> str:
    return t(f"report.{key}", lang) if n == 1 else t(f"report.{key}s", lang, n=n)


def summary(result: ValidationResult, lang: Lang) -> str:
    """``3 files checked: 1 invalid, 2 errors, 1 warning`` (or its zh version)."""
    line = t(
        "report.summary",
        lang,
        files=_count(lang, "file", len(result.files)),
        invalid=result.invalid,
        errors=_count(lang, "error", result.errors),
        warnings=_count(lang, "warning", result.warnings),
    )
    if result.strict and result.warnings:
        line += t("report.strict", lang)
    return line


def issue_line(issue: IssueView, lang: Lang = "en") -> str:
    """Exactly ``file:line:col: error|warning CODE message (path)``, with nothing that can style it."""
    return inert(i18n_issue_line(issue, lang))


def stopped_note(report: FileReport, lang: Lang) -> str | None:
    """``file:line:col: note checking stopped...`` for a file whose checks a problem stopped, else None."""
    stop = report.stopped
    if stop is None:
        return None
    words = t("report.stopped", lang, code=stop.code)
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


def _issue_dict(issue: IssueView, lang: Lang) -> dict[str, Any]:
    return {
        "file": issue.file,
        "line": issue.line,
        "col": issue.col,
        "severity": issue.severity,
        "code": issue.code,
        "params": as_data(issue.params),
        "message": issue_words(issue, lang),
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


def github_line(issue: IssueView, lang: Lang = "en", command: str | None = None) -> str:
    """A GitHub Actions workflow command (``command``, by default the issue's severity) that annotates the
    file at the issue's line and column."""
    return _annotation(issue, issue_words(issue, lang), command or issue.severity, issue.code)


def _annotation(at: IssueView, text: str, command: str, title: str) -> str:
    where = f" ({at.path})" if at.path and command != "notice" else ""
    properties = ",".join(
        f"{name}={inert(_escape_property(str(value)))}"
        for name, value in (("file", at.file), ("line", at.line), ("col", at.col), ("title", title))
    )
    return f"::{command} {properties}::{inert(_escape_data(text + where))}"


def render_github(result: ValidationResult, lang: Lang) -> list[str]:
    """One annotation per issue (and a notice where a problem stopped a file's checks), then the summary as
    a plain log line."""
    lines: list[str] = []
    for report in result.files:
        lines += (github_line(i, lang) for i in report.issues)
        if report.stopped is not None:
            words = t("report.stopped", lang, code=report.stopped.code)
            lines.append(_annotation(report.stopped, words, "notice", "stopped"))
    return [*lines, summary(result, lang)]


def render(result: ValidationResult, fmt: str, lang: Lang) -> str:
    """The whole report in ``fmt`` (text, json or github), ending with a newline."""
    if fmt == "json":
        return render_json(result, lang) + "\n"
    lines = render_github(result, lang) if fmt == "github" else render_text(result, lang)
    return "".join(line + "\n" for line in lines)
