"""A file read as a model: parse, validate, and keep what could be read when the schema rejects a part."""

from __future__ import annotations

import shlex
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from pydantic import BaseModel, ValidationError

from pmladder.errors import InputError, Msg
from pmladder.io.compose import MAX_NODES, kind_of
from pmladder.io.problems import LoadFailed, Mark, new_issue
from pmladder.io.yamldoc import Document, parse_document
from pmladder.model.issue import Issue

if TYPE_CHECKING:
    # imported where used: a valid file (every bundled ladder a command loads) needs neither
    from pmladder.io.salvage import Partial

M = TypeVar("M", bound=BaseModel)


def sort_issues(issues: list[Issue]) -> list[Issue]:
    """Issues in the order validate lists them: by position, an error before a warning, then by code."""
    return sorted(issues, key=lambda i: (i.line, i.col, i.severity != "error", i.code))


@dataclass
class Loaded(Generic[M]):
    """The result of loading one file: the model when valid, the issues always (in validate's order),
    the document if parsed."""

    value: M | None
    issues: list[Issue]
    document: Document | None
    #: the model when the schema passed (even if the YAML reader found problems), else None
    model: M | None = None
    #: pydantic's errors when the schema failed
    schema_errors: list[Any] = field(default_factory=list)
    cls: type[M] | None = None
    _partial: Partial[M] | None = field(default=None, repr=False)
    _salvaged: bool = field(default=False, repr=False)

    def readable(self) -> Partial[M] | None:
        """What could be read, for checks beyond the schema; None when too little (see :func:`salvage`)."""
        if self.document is None or self.cls is None:
            return None
        from pmladder.io.salvage import Partial, salvage

        if self.model is not None:
            return Partial(self.model, self.document)
        if not self._salvaged:
            self._salvaged = True
            self._partial = salvage(self.cls, self.document, self.schema_errors)
        return self._partial


def load_model(cls: type[M], raw: bytes, filename: str, *, max_nodes: int = MAX_NODES) -> Loaded[M]:
    """Parse and validate ``raw`` as ``cls``; never raises for bad content."""
    try:
        doc = parse_document(raw, filename, max_nodes=max_nodes)
    except LoadFailed as failed:
        return Loaded(None, sort_issues(failed.issues), None)
    return load_document(cls, doc)


def load_document(cls: type[M], doc: Document) -> Loaded[M]:
    """Validate an already parsed document as ``cls`` (so a caller can look at the data first).

    The issues are the YAML reader's and the schema's together; the value is None when there is any
    error among them.
    """
    if not isinstance(doc.data, dict):
        detail = Msg("schema.root", {"what": kind_of(doc.data)})
        issue = new_issue(doc.filename, doc.marks.get((), Mark(1, 1)), "schema-type", {"detail": detail})
        return Loaded(None, sort_issues([*doc.issues, issue]), doc, cls=cls)
    try:
        # strict: YAML already typed every value; a quoted "2023" for a number is a mistake, not a number
        value = cls.model_validate(doc.data, strict=True)
    except ValidationError as exc:
        from pmladder.io.schema_errors import validation_issues, wrong_kind

        errors = exc.errors(include_url=False)
        found = validation_issues(exc, doc)
        if any(wrong_kind(err) for err in errors):
            # another kind of file, or a newer format: what else the schema says about it is noise
            found = [i for i in found if i.path == "schema" and i.code == "schema-value"]
        return Loaded(None, sort_issues([*doc.issues, *found]), doc, schema_errors=errors, cls=cls)
    failed = any(i.severity == "error" for i in doc.issues)
    return Loaded(None if failed else value, sort_issues(doc.issues), doc, model=value, cls=cls)


def issue_msg(issue: Issue) -> Msg:
    """An issue as validate lists it, after its ``file:line:col``: ``error CODE words (path)``."""
    text = Msg(issue.code, issue.params)
    where: object = Msg("load.issue-path", {"path": issue.path}) if issue.path else ""
    return Msg("load.issue", {"severity": issue.severity, "code": issue.code, "text": text, "where": where})


def require(loaded: Loaded[M]) -> M:
    """The model, or an InputError naming the first problem (and how many more there are)."""
    if loaded.value is not None:
        return loaded.value
    errors = [i for i in loaded.issues if i.severity == "error"]
    # what is counted is what is named: errors (as validate counts them apart from warnings), or, in a
    # file that has none, the other problems
    noun = "error" if errors else "problem"
    errors = errors or loaded.issues
    more: object = ""
    # a file of another kind (answers given where a saved result is expected), or of a newer format, is
    # not worth validating; a file that only lacks its schema: line is
    if len(errors) > 1 and not (errors[0].path == "schema" and errors[0].code == "schema-value"):
        code = f"load.more-{noun}" if len(errors) == 2 else f"load.more-{noun}s"
        file = errors[0].file
        command = f"pmladder validate {shlex.quote(file)}" if Path(file).is_file() else "pmladder validate"
        more = Msg(code, {"count": len(errors) - 1, "command": command})
    # the file:line:col is a parameter, not a location: callers put the whole refusal into their own words
    first = errors[0]
    raise InputError("load.refused", file=first.file, line=first.line, col=first.col, issue=issue_msg(first), more=more)


def replace_param(msg: Msg, old: str, new: str) -> Msg:
    """``msg`` with every parameter (at any depth) that is ``old`` replaced by ``new``: the command that
    lists a file's problems, say, once the file has been moved."""
    params = {
        name: new if value == old else replace_param(value, old, new) if isinstance(value, Msg) else value
        for name, value in msg.params.items()
    }
    return Msg(msg.code, params)
