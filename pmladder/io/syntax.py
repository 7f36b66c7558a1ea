"""A YAML parser's error as a located issue: its English phrases turned into codes, worded at the edge."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import yaml

from pmladder.errors import Msg
from pmladder.io.problems import Mark, new_issue
from pmladder.model.issue import Issue

#: the parsers' problem and context phrases that have words in the catalogue (pmladder/i18n/yaml.py)
_PHRASES: Mapping[str, str] = {
    "malformed YAML": "yaml-parser.malformed-yaml",
    "mapping values are not allowed in this context": "yaml-parser.mapping-values-are-not-allowed-in-this-context",
    "mapping values are not allowed here": "yaml-parser.mapping-values-are-not-allowed-here",
    "mapping keys are not allowed in this context": "yaml-parser.mapping-keys-are-not-allowed-in-this-context",
    "mapping keys are not allowed here": "yaml-parser.mapping-keys-are-not-allowed-here",
    "block sequence entries are not allowed in this context": "yaml-parser.entries-not-allowed-in-this-context",
    "block sequence entries are not allowed here": "yaml-parser.block-sequence-entries-are-not-allowed-here",
    "did not find expected key": "yaml-parser.did-not-find-expected-key",
    "could not find expected ':'": "yaml-parser.could-not-find-expected-colon",
    "found character that cannot start any token": "yaml-parser.found-character-that-cannot-start-any-token",
    "found unexpected end of stream": "yaml-parser.found-unexpected-end-of-stream",
    "did not find expected node content": "yaml-parser.did-not-find-expected-node-content",
    "found undefined tag handle": "yaml-parser.found-undefined-tag-handle",
    "did not find expected '-' indicator": "yaml-parser.did-not-find-expected-dash-indicator",
    "did not find expected ',' or ']'": "yaml-parser.did-not-find-expected-comma-or-rbracket",
    "did not find expected ',' or '}'": "yaml-parser.did-not-find-expected-comma-or-rbrace",
    "did not find expected comment or line break": "yaml-parser.did-not-find-expected-comment-or-line-break",
    "did not find expected <document start>": "yaml-parser.did-not-find-expected-document-start",
    "did not find expected alphabetic or numeric character": "yaml-parser.no-expected-alphanumeric",
    "did not find expected whitespace or line break": "yaml-parser.did-not-find-expected-whitespace-or-line-break",
    "did not find the expected '>'": "yaml-parser.did-not-find-the-expected",
    "did not find expected tag URI": "yaml-parser.did-not-find-expected-tag-uri",
    "did not find expected hexdecimal number": "yaml-parser.did-not-find-expected-hexdecimal-number",
    "did not find URI escaped octet": "yaml-parser.did-not-find-uri-escaped-octet",
    "found unexpected document indicator": "yaml-parser.found-unexpected-document-indicator",
    "found unexpected document separator": "yaml-parser.found-unexpected-document-separator",
    "found unknown escape character": "yaml-parser.found-unknown-escape-character",
    "found invalid Unicode character escape code": "yaml-parser.found-invalid-unicode-character-escape-code",
    "found an indentation indicator equal to 0": "yaml-parser.found-an-indentation-indicator-equal-to-0",
    "expected indentation indicator in the range 1-9, but found 0": "yaml-parser.indentation-indicator-not-1-9",
    "found a tab character that violates indentation": "yaml-parser.found-a-tab-character-that-violates-indentation",
    "found a tab character that violate indentation": "yaml-parser.found-a-tab-character-that-violate-indentation",
    "found a tab character where an indentation space is expected": "yaml-parser.tab-where-indentation-space-expected",
    "found unexpected ':'": "yaml-parser.found-unexpected-colon",
    "found incompatible YAML document": "yaml-parser.found-incompatible-yaml-document",
    "found incompatible YAML document (version 1.* is required)": "yaml-parser.incompatible-yaml-document-version",
    "found duplicate %YAML directive": "yaml-parser.found-duplicate-pct-yaml-directive",
    "found duplicate YAML directive": "yaml-parser.found-duplicate-yaml-directive",
    "found duplicate %TAG directive": "yaml-parser.found-duplicate-pct-tag-directive",
    "found non-specific tag '!'": "yaml-parser.found-non-specific-tag-bang",
    "found an incorrect leading UTF-8 octet": "yaml-parser.found-an-incorrect-leading-utf-8-octet",
    "found an incorrect trailing UTF-8 octet": "yaml-parser.found-an-incorrect-trailing-utf-8-octet",
    "incomplete UTF-8 octet sequence": "yaml-parser.incomplete-utf-8-octet-sequence",
    "control characters are not allowed": "yaml-parser.control-characters-are-not-allowed",
    "input is too long": "yaml-parser.input-is-too-long",
    "special characters are not allowed": "yaml-parser.special-characters-are-not-allowed",
    "expected a single document in the stream": "yaml-parser.expected-a-single-document-in-the-stream",
}
#: what a parser was reading when it stopped: "while parsing a block mapping" and the like
_WHAT: Mapping[str, str] = {
    "a block mapping": "yaml-parser.what.a-block-mapping",
    "a block collection": "yaml-parser.what.a-block-collection",
    "a block node": "yaml-parser.what.a-block-node",
    "a flow mapping": "yaml-parser.what.a-flow-mapping",
    "a flow sequence": "yaml-parser.what.a-flow-sequence",
    "a flow node": "yaml-parser.what.a-flow-node",
    "a node": "yaml-parser.what.a-node",
    "a block mapping node": "yaml-parser.what.a-block-mapping-node",
    "a flow mapping node": "yaml-parser.what.a-flow-mapping-node",
    "a tag": "yaml-parser.what.a-tag",
    "a simple key": "yaml-parser.what.a-simple-key",
    "a plain scalar": "yaml-parser.what.a-plain-scalar",
    "a quoted scalar": "yaml-parser.what.a-quoted-scalar",
    "a double-quoted scalar": "yaml-parser.what.a-double-quoted-scalar",
    "a single-quoted scalar": "yaml-parser.what.a-single-quoted-scalar",
    "a block scalar": "yaml-parser.what.a-block-scalar",
    "an anchor": "yaml-parser.what.an-anchor",
    "an alias": "yaml-parser.what.an-alias",
    "a directive": "yaml-parser.what.a-directive",
    "a %YAML directive": "yaml-parser.what.a-pct-yaml-directive",
    "a %TAG directive": "yaml-parser.what.a-pct-tag-directive",
    "for the next token": "yaml-parser.what.for-the-next-token",
}
#: what a parser expected or found instead: PyYAML's token names and the like
_TOKENS: Mapping[str, str] = {
    "<block end>": "yaml-parser.token.block-end",
    "<document start>": "yaml-parser.token.document-start",
    "the node content": "yaml-parser.token.the-node-content",
    "a comment or a line break": "yaml-parser.token.a-comment-or-a-line-break",
    "alphabetic or numeric character": "yaml-parser.token.alphabetic-or-numeric-character",
    "a digit": "yaml-parser.token.a-digit",
    "URI": "yaml-parser.token.uri",
    "'<scalar>'": "yaml-parser.token.q-scalar",
    "'<block mapping start>'": "yaml-parser.token.q-block-mapping-start",
    "'<block sequence start>'": "yaml-parser.token.q-block-sequence-start",
    "'<block entry>'": "yaml-parser.token.q-block-entry",
    "'<block end>'": "yaml-parser.token.q-block-end",
    "'<key>'": "yaml-parser.token.q-key",
    "'<value>'": "yaml-parser.token.q-value",
    "'<flow mapping start>'": "yaml-parser.token.q-flow-mapping-start",
    "'<flow mapping end>'": "yaml-parser.token.q-flow-mapping-end",
    "'<flow sequence start>'": "yaml-parser.token.q-flow-sequence-start",
    "'<flow sequence end>'": "yaml-parser.token.q-flow-sequence-end",
    "'<flow entry>'": "yaml-parser.token.q-flow-entry",
    "'<anchor>'": "yaml-parser.token.q-anchor",
    "'<alias>'": "yaml-parser.token.q-alias",
    "'<tag>'": "yaml-parser.token.q-tag",
    "'<stream end>'": "yaml-parser.token.q-stream-end",
    "'<document start>'": "yaml-parser.token.q-document-start",
    "'<document end>'": "yaml-parser.token.q-document-end",
}

#: phrases with a part that varies: (pattern, code); the parts are the pattern's groups, in order
_PATTERNS: tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...] = (
    (re.compile(r"while (parsing|scanning) (.+)"), "yaml-parser.while", ("verb", "what")),
    (re.compile(r"expected (.+?), but found (.+)"), "yaml-parser.expected-found", ("expected", "found")),
    (re.compile(r"expected (.+?), but got (.+)"), "yaml-parser.expected-got", ("expected", "found")),
    (re.compile(r"found character (.+) that cannot start any token"), "yaml-parser.cannot-start", ("char",)),
    (re.compile(r"found undefined tag handle (.+)"), "yaml-parser.undefined-handle", ("handle",)),
    (re.compile(r"found unknown escape character (.+)"), "yaml-parser.unknown-escape", ("char",)),
    (re.compile(r"found duplicate anchor (.+); first occurrence"), "yaml-parser.anchor-first", ("name",)),
    (re.compile(r"found duplicate anchor (.+); second occurrence"), "yaml-parser.anchor-second", ("name",)),
    (
        re.compile(r"expected escape sequence of ([0-9]+) hexadecimal numbers, but found (.+)"),
        "yaml-parser.escape-digits",
        ("count", "found"),
    ),
)


def phrase(words: str) -> Msg | str:
    """A problem or context phrase of the YAML parser as a code with parameters; a phrase without
    words of its own in the catalogue stays as the parser gives it (in English)."""
    code = _PHRASES.get(words)
    if code is not None:
        return Msg(code)
    for pattern, code, names in _PATTERNS:
        match = pattern.fullmatch(words)
        if match is None:
            continue
        parts = match.groups()
        if code == "yaml-parser.while":
            verb, what = parts
            return Msg(code, {"verb": Msg(f"yaml-parser.{verb}"), "what": _part(_WHAT, what)})
        return Msg(code, {name: _part(_TOKENS, part) for name, part in zip(names, parts, strict=True)})
    return words


def _part(table: Mapping[str, str], words: str) -> Msg | str:
    code = table.get(words)
    return Msg(code) if code is not None else words


def _at_tab(exc: yaml.MarkedYAMLError, text: str, mark: Mark) -> bool:
    """Whether the parser stopped at a tab (which cannot indent YAML)."""
    lines = text.splitlines()
    at = lines[mark.line - 1][mark.col - 1 : mark.col] if 0 < mark.line <= len(lines) else ""
    return at == "\t" or bool(exc.problem and "'\\t'" in exc.problem)


def syntax_issue(exc: yaml.MarkedYAMLError, text: str, filename: str) -> Issue:
    """The issue of a syntax error, at the parser's position: a tab that indents, or the parser's
    context and problem phrases."""
    problem_mark = exc.problem_mark or exc.context_mark
    mark = Mark(problem_mark.line + 1, problem_mark.column + 1) if problem_mark else Mark(1, 1)
    if _at_tab(exc, text, mark):
        return new_issue(filename, mark, "yaml-syntax", {"detail": Msg("yaml.tab")})
    context: Any = phrase(exc.context) if exc.context else None
    if context and exc.context_mark is not None and exc.context_mark.line + 1 != mark.line:
        context = Msg("yaml-parser.from-line", {"phrase": context, "line": exc.context_mark.line + 1})
    problem = phrase(exc.problem) if exc.problem else None
    if context and problem:
        detail: Any = Msg("yaml-parser.context-problem", {"context": context, "problem": problem})
    else:
        detail = context or problem or phrase("malformed YAML")
    return new_issue(filename, mark, "yaml-syntax", {"detail": Msg("yaml.syntax", {"detail": detail})})


def other_error_issue(exc: yaml.YAMLError, filename: str) -> Issue:
    """A parser error without a position (at 1:1): its first line."""
    detail = phrase((str(exc).splitlines() or ["malformed YAML"])[0])
    return new_issue(filename, Mark(1, 1), "yaml-syntax", {"detail": Msg("yaml.syntax", {"detail": detail})})
