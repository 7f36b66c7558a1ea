"""The only YAML/JSON parser of pmladder: safe by construction, every problem located as file:line:col."""

from __future__ import annotations

import errno
import math
import os
import re
import shlex
import stat
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, Generic, NamedTuple, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from pmladder import safetext
from pmladder.errors import InputError, NotFoundError
from pmladder.i18n import Catalogue, Lang, message
from pmladder.model.issue import Issue
from pmladder.model.ladder import Ladder, Taxonomy

try:  # libyaml is ~10x faster; the pure-Python parser is the fallback, with the same behaviour
    from yaml import CSafeLoader as _EventLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _EventLoader  # type: ignore[assignment]

#: which YAML parser reads files (part of the validate cache's fingerprint)
PARSER_VERSION = f"PyYAML {yaml.__version__} {_EventLoader.__name__}"

M = TypeVar("M", bound=BaseModel)
PathKey = tuple[str | int, ...]

MAX_BYTES = 1024 * 1024
MAX_DEPTH = 64
MAX_ALIASES = 100
#: values (scalars, lists, mappings, expanded aliases) in one document; parse_document and load_model
#: take a smaller ``max_nodes`` for a kind of file with a small bound (answers), which stops early
MAX_NODES = 100_000
MAX_NUMBER_DIGITS = 30
#: reading a file stops after this many problems (a file of nothing but mistakes is not worth more)
MAX_ISSUES = 1000

# YAML 1.2 core schema for plain scalars; anything else plain is a string.
_INT = re.compile(r"^[-+]?[0-9]+$")
_HEX = re.compile(r"^0x[0-9a-fA-F]+$")
_FLOAT = re.compile(r"^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$")
_SPECIAL_FLOAT = re.compile(r"^(?:[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$")
_NULL = {"", "~", "null", "Null", "NULL"}
_TRUE = {"true", "True", "TRUE"}
_FALSE = {"false", "False", "FALSE"}
# YAML 1.1 readers (and people) take these as booleans; YAML 1.2 as strings. Refuse to guess.
_AMBIGUOUS_BOOL = re.compile(r"^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$")
# 1.1 sexagesimal numbers (1:30 == 90) and dates silently become other types elsewhere.
_SEXAGESIMAL = re.compile(r"^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$")
_DATE = re.compile(r"^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt ].*)?$")
# Numbers only one YAML version reads as numbers: 1.2 octal (0o17), 1.1 binary (0b101) and 1_000.
_OTHER_NUMBER = re.compile(r"^[-+]?(?:0o[0-7]+|0b[01_]+|[0-9][0-9_]*_[0-9_]*(?:\.[0-9_]*)?)$")
# C0 controls except tab/LF/CR, DEL, C1 controls, the BOM anywhere but at the start, and the
# bidirectional overrides that can make text read differently from what it is ("Trojan source").
_CONTROL = re.compile(f"[{safetext.FILE_CONTROLS}]")  # one definition with the prompt's
# In a double-quoted value, after escapes such as "\e" or "\u001b" are decoded: the same, and CR.
_VALUE_CONTROL = re.compile(f"[{safetext.VALUE_CONTROLS}]")
# A plain scalar can only be something other than a string if it starts with one of these.
_SPECIAL_START = frozenset("0123456789+-.~nNtTfFyYoO")
# JSON writes characters beyond the BMP as surrogate pairs ("\ud83d\ude00"); YAML has no such escape.
_SURROGATE_PAIR = re.compile(
    r"(?<!\\)((?:\\\\)*)\\u(d[89ab][0-9a-f]{2})\\u(d[c-f][0-9a-f]{2})", re.IGNORECASE
)

#: Loader messages in both languages (codes stay English: they are stable identifiers).
MESSAGES: Catalogue = {
    "too-large": {
        "en": "the file is larger than the limit of {limit:,} bytes (1 MiB)",
        "zh": "文件超过 {limit:,} 字节（1 MiB）的上限",
    },
    "utf16": {
        "en": "the file is UTF-16 or UTF-32 encoded: save it as UTF-8",
        "zh": "文件是 UTF-16 或 UTF-32 编码：请另存为 UTF-8",
    },
    "not-utf8": {
        "en": "not UTF-8: byte 0x{byte:02x} cannot be decoded",
        "zh": "不是 UTF-8 编码：字节 0x{byte:02x} 无法解码",
    },
    "bom-inside": {
        "en": "a byte-order mark (U+FEFF) inside the file is not allowed",
        "zh": "文件中间不允许出现字节顺序标记（U+FEFF）",
    },
    "control": {"en": "control character U+{point:04X} is not allowed", "zh": "不允许控制字符 U+{point:04X}"},
    "control-value": {
        "en": "control character U+{point:04X} is not allowed in text",
        "zh": "文本中不允许控制字符 U+{point:04X}",
    },
    "tag": {"en": "tags such as {tag} are not allowed", "zh": "不允许使用 {tag} 这样的标签"},
    "ambiguous-bool": {
        "en": "{value!r} means a boolean to some YAML readers and a string to others: "
        "write true/false, or quote it",
        "zh": "{value!r} 在一些 YAML 解析器中是布尔值，在另一些中是字符串：请写 true/false，或加引号",
    },
    "ambiguous-octal": {
        "en": "{value!r} is octal to some YAML readers and decimal to others: "
        "drop the leading zero, or quote it",
        "zh": "{value!r} 在一些 YAML 解析器中是八进制，在另一些中是十进制：请去掉前导零，或加引号",
    },
    "ambiguous-number": {
        "en": "{value!r} is a number to some YAML readers and a string to others: "
        "write a plain decimal, or quote it",
        "zh": "{value!r} 在一些 YAML 解析器中是数字，在另一些中是字符串：请写普通十进制数，或加引号",
    },
    "ambiguous-date": {
        "en": "{value!r} is a number or a date to some YAML readers and a string to others: quote it",
        "zh": "{value!r} 在一些 YAML 解析器中是数字或日期，在另一些中是字符串：请加引号",
    },
    "number-digits": {
        "en": "a number with {digits} digits is too large (at most {limit})",
        "zh": "数字有 {digits} 位，太大（最多 {limit} 位）",
    },
    "number-long": {"en": "the number is too long", "zh": "数字太长"},
    "not-finite": {
        "en": "{value!r}: infinite and NaN numbers are not allowed",
        "zh": "{value!r}：不允许无穷大或 NaN",
    },
    "multi": {
        "en": "only one YAML document per file is allowed",
        "zh": "每个文件只能有一个 YAML 文档",
    },
    "aliases": {"en": "more than {limit} aliases", "zh": "别名超过 {limit} 个"},
    "unknown-alias": {"en": "unknown alias *{name}", "zh": "未知的别名 *{name}"},
    "too-many-nodes": {
        "en": "the document expands to more than {limit:,} values",
        "zh": "文档展开后超过 {limit:,} 个值",
    },
    "depth": {"en": "nested deeper than {limit} levels", "zh": "嵌套超过 {limit} 层"},
    "key-type": {
        "en": "keys must be text; {name} is read as {what}: quote it",
        "zh": "键必须是文本；{name} 会被读成{what}：请加引号",
    },
    "key-collection": {
        "en": "keys must be text, not a list or mapping",
        "zh": "键必须是文本，而不是列表或映射",
    },
    "merge-key": {
        "en": "merge keys (<<) are not supported: write the values out",
        "zh": "不支持合并键（<<）：请直接写出各个值",
    },
    "duplicate-key": {
        "en": "duplicate key {name!r} (first at line {line}, col {col})",
        "zh": "重复的键 {name!r}（第一次出现在第 {line} 行第 {col} 列）",
    },
    "empty": {"en": "the document is empty", "zh": "文档是空的"},
    "too-many-problems": {
        "en": "more than {limit:,} problems: the rest of the file was not checked",
        "zh": "问题超过 {limit:,} 个：文件的其余部分没有检查",
    },
    "syntax": {"en": "{detail}", "zh": "YAML 语法错误：{detail}"},
    "from-line": {"en": " (from line {line})", "zh": "（从第 {line} 行起）"},
    "tab": {
        "en": "a tab cannot indent YAML: use spaces",
        "zh": "YAML 不能用制表符缩进：请使用空格",
    },
    "root": {
        "en": "the top of the file must be a mapping (key: value lines), not {what}",
        "zh": "文件顶层必须是映射（键: 值），而不是{what}",
    },
    "missing": {"en": "required field {name!r} is missing", "zh": "缺少必填字段 {name!r}"},
    "missing-text": {
        "en": "missing {which} text: every text needs both zh and en",
        "zh": "缺少 {which} 文本：每段文本都需要 zh 和 en 两种语言",
    },
    "unknown-field": {"en": "unknown field {name!r}", "zh": "未知字段 {name!r}"},
    "unknown-field-comma": {
        "en": "unknown field {name!r}: a comma inside {{...}} ends the text before it; quote the text",
        "zh": "未知字段 {name!r}：{{...}} 中的逗号会截断前面的文本；请给文本加引号",
    },
    "unknown-field-cell": {
        "en": "unknown field {name!r}: a '{kind}' cell takes only requirement and note",
        "zh": "未知字段 {name!r}：'{kind}' 单元格只能有 requirement 和 note",
    },
    "requirement": {
        "en": "requirement must be 'none' or 'carry' (got {value!r}); a defined cell has no requirement key",
        "zh": "requirement 只能是 'none' 或 'carry'（实际是 {value!r}）；已定义的单元格没有 requirement 键",
    },
    "no-value": {"en": "{name!r} has no value: expected {expected}", "zh": "{name!r} 没有值：应为{expected}"},
    "wrong-type": {"en": "expected {expected}, got {got}", "zh": "应为{expected}，实际是{got}"},
    "literal": {"en": "must be {expected} (got {value!r})", "zh": "必须是 {expected}（实际是 {value!r}）"},
    "bad-id": {
        "en": "{value!r} is not a valid id: use lower-case letters, digits, - and _, starting with a letter",
        "zh": "{value!r} 不是合法的 id：请使用小写字母、数字、- 和 _，并以字母开头",
    },
    "bad-dotted-id": {
        "en": "{value!r} is not a valid id: use lower-case words joined by dots, such as analysis.expert.1",
        "zh": "{value!r} 不是合法的 id：请用点连接小写单词，例如 analysis.expert.1",
    },
    "bad-url": {"en": "{value!r} is not an http(s) URL", "zh": "{value!r} 不是 http(s) 网址"},
    "pattern": {"en": "{value!r} does not match {pattern}", "zh": "{value!r} 不符合 {pattern}"},
    "empty-text": {"en": "the text is empty", "zh": "文本是空的"},
    "too-long-text": {
        "en": "the text is longer than {limit} characters",
        "zh": "文本超过 {limit} 个字符",
    },
    "too-few": {
        "en": "needs at least {limit} item(s), has {actual}",
        "zh": "至少需要 {limit} 项，实际有 {actual} 项",
    },
    "too-many": {
        "en": "allows at most {limit} item(s), has {actual}",
        "zh": "最多允许 {limit} 项，实际有 {actual} 项",
    },
    "ge": {"en": "must be at least {limit} (got {value!r})", "zh": "必须 ≥ {limit}（实际是 {value!r}）"},
    "gt": {"en": "must be greater than {limit} (got {value!r})", "zh": "必须 > {limit}（实际是 {value!r}）"},
    "le": {"en": "must be at most {limit} (got {value!r})", "zh": "必须 ≤ {limit}（实际是 {value!r}）"},
    "lt": {"en": "must be less than {limit} (got {value!r})", "zh": "必须 < {limit}（实际是 {value!r}）"},
    "tag-invalid": {
        "en": "{field} must be one of {expected} (got {value!r})",
        "zh": "{field} 必须是 {expected} 之一（实际是 {value!r}）",
    },
    "tag-missing": {
        "en": "the {field} field is missing (one of {expected})",
        "zh": "缺少 {field} 字段（{expected} 之一）",
    },
    "other": {"en": "{detail}", "zh": "{detail}"},
    "newer-schema": {
        "en": "{value!r} is a newer format than this pmladder reads ({expected}): upgrade pmladder",
        "zh": "{value!r} 是比当前 pmladder 能读取的（{expected}）更新的格式：请升级 pmladder",
    },
    "timestamp": {
        "en": "{value!r} is not a real date and time",
        "zh": "{value!r} 不是真实存在的日期和时间",
    },
    "primary-track": {
        "en": "primary track {track!r} is not one of the tracks of the result: {names}",
        "zh": "主路线 {track!r} 不在结果的路线中：{names}",
    },
    "other-kind": {
        "en": "this is a pmladder {kind} file ({value!r}), not what is expected here ({expected})",
        "zh": "这是 pmladder 的 {kind} 文件（{value!r}），不是这里需要的文件（{expected}）",
    },
    "more-problem": {
        "en": " (and 1 more problem; run {command} to see both)",
        "zh": "（还有 1 个问题；运行 {command} 查看全部）",
    },
    "more-error": {
        "en": " (and 1 more error; run {command} to see both)",
        "zh": "（还有 1 个错误；运行 {command} 查看全部）",
    },
    "more-errors": {
        "en": " (and {count} more errors; run {command} to see them all)",
        "zh": "（还有 {count} 个错误；运行 {command} 查看全部）",
    },
    "more-problems": {
        "en": " (and {count} more problems; run {command} to see them all)",
        "zh": "（还有 {count} 个问题；运行 {command} 查看全部）",
    },
    # reading files and finding ladders
    "no-file": {"en": "{path}: no such file", "zh": "{path}：没有这个文件"},
    "is-folder": {"en": "{path}: is a folder, not a file", "zh": "{path}：这是文件夹，不是文件"},
    "cannot-read": {"en": "{path}: cannot read ({reason})", "zh": "{path}：无法读取（{reason}）"},
    "not-regular": {
        "en": "{path}: not a regular file (a device or a socket)",
        "zh": "{path}：不是普通文件（是设备或套接字）",
    },
    "dangling-link": {
        "en": "{path}: a symbolic link to {target}, which does not exist",
        "zh": "{path}：符号链接指向的 {target} 不存在",
    },
    "cannot-read-folder": {
        "en": "{path}: cannot read the folder ({reason})",
        "zh": "{path}：无法读取文件夹（{reason}）",
    },
    "no-ladder-file": {"en": "{path}: no such ladder file", "zh": "{path}：没有这个职级体系文件"},
    "folder-ladder": {
        "en": "{path}: is a folder, not a ladder file (pmladder ladders {path} lists the ladders in it)",
        "zh": "{path}：这是文件夹，不是职级体系文件（pmladder ladders {path} 会列出其中的职级体系）",
    },
    "unknown-ladder": {
        "en": "unknown ladder {name!r}; bundled ladders: {bundled}; in {folder}: {user}",
        "zh": "未知的职级体系 {name!r}；内置：{bundled}；用户目录 {folder}：{user}",
    },
    "nothing": {"en": "none", "zh": "无"},
    "cannot-read-list": {"en": "cannot read the folder ({reason})", "zh": "无法读取该文件夹（{reason}）"},
    # names of kinds of values, used in the messages above
    "a-mapping": {"en": "a mapping (key: value)", "zh": "映射（键: 值）"},
    "a-list": {"en": "a list", "zh": "列表"},
    "a-text": {"en": "text", "zh": "文本"},
    "an-int": {"en": "a whole number", "zh": "整数"},
    "a-number": {"en": "a number", "zh": "数字"},
    "a-bool": {"en": "true or false", "zh": "true 或 false"},
    "a-null": {"en": "nothing (null)", "zh": "空值（null）"},
}

_EXPECTED_BY_TYPE = {
    "model_type": "a-mapping",
    "model_attributes_type": "a-mapping",
    "dict_type": "a-mapping",
    "list_type": "a-list",
    "string_type": "a-text",
    "int_type": "an-int",
    "int_from_float": "an-int",
    "float_type": "a-number",
    "bool_type": "a-bool",
}

#: Union tags pydantic puts into an error's ``loc``: they name a union member, not a key of the file.
_UNION_TAGS = frozenset({"defined", "none", "carry", "situational", "contra"})


def _kind_of(value: Any) -> str:
    """The catalogue key naming the kind of a parsed YAML value."""
    if value is None:
        return "a-null"
    if isinstance(value, bool):
        return "a-bool"
    if isinstance(value, int):
        return "an-int"
    if isinstance(value, float):
        return "a-number"
    if isinstance(value, dict):
        return "a-mapping"
    if isinstance(value, list):
        return "a-list"
    return "a-text"


class Mark(NamedTuple):
    """A position in a file, 1-based."""

    line: int
    col: int


@dataclass
class Document:
    """A parsed document: plain Python data plus the position of every value and key."""

    filename: str
    data: Any
    marks: dict[PathKey, Mark] = field(default_factory=dict)
    key_marks: dict[PathKey, Mark] = field(default_factory=dict)
    #: the problems found while reading that did not stop it (the data holds a stand-in for each)
    issues: list[Issue] = field(default_factory=list)
    #: paths of values read as stand-ins (the text as written): the schema does not report them again
    patched: set[PathKey] = field(default_factory=set)
    #: paths of keys read as stand-ins (a key that is not text, an unknown alias as a key, a merge key): the
    #: schema does not report them as unknown fields; a key whose value is a stand-in still is one
    patched_keys: set[PathKey] = field(default_factory=set)
    #: paths of mappings that lost a merge key (<<): the fields it would have given are not reported missing
    merged: set[PathKey] = field(default_factory=set)
    #: the decoded text of the file (for checks that look at how a value is written)
    text: str = ""
    #: for a salvaged document (see :func:`salvage`): the document of the whole file, whose nodes and
    #: paths every location is given in
    origin: Document | None = None
    #: for a salvaged document: for each list (by its path in the file) that lost items, the index in
    #: the file of each item kept
    kept: dict[PathKey, list[int]] = field(default_factory=dict)

    def original_path(self, path: PathKey) -> PathKey:
        """The path in the file of a node of this document (the same path, unless items were dropped)."""
        if not self.kept:
            return path
        out: list[str | int] = []
        for part in path:
            indexes = self.kept.get(tuple(out)) if isinstance(part, int) else None
            if indexes is not None and isinstance(part, int) and 0 <= part < len(indexes):
                out.append(indexes[part])
            else:
                out.append(part)
        return tuple(out)

    def resolve(self, loc: tuple[str | int, ...]) -> tuple[PathKey, bool]:
        """The longest prefix of ``loc`` found in the data (union tags skipped), and whether all of it was."""
        node: Any = self.data
        path: list[str | int] = []
        for part in loc:
            in_list = isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node)
            if in_list or (isinstance(node, dict) and part in node):
                node = node[part]
                path.append(part)
            elif isinstance(node, dict) and isinstance(part, str) and part[-1:] == "_" and part[:-1] in node:
                node = node[part[:-1]]  # a field named schema_ with alias schema
                path.append(part[:-1])
            elif isinstance(part, str) and (part in _UNION_TAGS or "[" in part):
                continue  # a union member's tag (or pydantic's function-after[...] names): not in the file
            else:
                return tuple(path), False  # a missing key: stop at the nearest node that exists
        return tuple(path), True

    def value_at(self, path: PathKey) -> Any:
        node: Any = self.data
        for part in path:
            node = node[part]
        return node

    def mark_of(self, path: PathKey, *, key: bool | None = None) -> Mark:
        """Where the node at ``path`` is.

        A mapping value is shown at its key when ``key`` is true, or by default when the value is a
        list, a mapping or null (a block collection starts on the next line; null has no text).
        """
        if key is None:
            key = not path or isinstance(self.value_at(path), dict | list) or self.value_at(path) is None
        if key and path and isinstance(path[-1], str) and path in self.key_marks:
            return self.key_marks[path]
        # nodes reached through an alias have no marks of their own: use the nearest one that has
        for end in range(len(path), -1, -1):
            found = self.marks.get(path[:end])
            if found is not None:
                return found
        return Mark(1, 1)

    def locate(self, loc: tuple[str | int, ...], *, key: bool | None = None) -> tuple[Mark, str]:
        """Map a pydantic ``loc`` (or any field path) onto its node's position and a readable field path.

        ``loc`` may name union tags and keys that do not exist: the position is then that of the
        nearest existing node. By default a mapping value that exists is shown at its key (where an
        unknown key or a bad value is easiest to find) and anything else at its value; ``key``
        forces one or the other (see :meth:`mark_of`). A trailing ``"[key]"`` (pydantic's marker for
        a bad mapping key) points at the key itself.
        """
        if loc and loc[-1] == "[key]":
            path, _ = self.resolve(loc[:-1])
            key, complete = True, True
        else:
            path, complete = self.resolve(loc)
        if key is None:
            key = complete and bool(path) and isinstance(path[-1], str)
        if self.origin is not None:  # a salvaged document: the node in the file (a stand-in: its nearest)
            original = self.original_path(path)
            found, _ = self.origin.resolve(original)
            return self.origin.mark_of(found, key=key), format_path(original)
        return self.mark_of(path, key=key), format_path(path)


def format_path(path: list[str | int] | tuple[str | int, ...]) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


class LoadFailed(Exception):
    """Raised inside the loader with the issues found so far; turned into a result by callers."""

    def __init__(self, issues: list[Issue]) -> None:
        super().__init__(issues[0].format() if issues else "load failed")
        self.issues = issues


def _issue(filename: str, mark: Mark, code: str, text: str, path: str = "") -> Issue:
    return Issue(file=filename, line=mark.line, col=mark.col, code=code, message=text, path=path)


def _mark_of(text: str, index: int) -> Mark:
    line = text.count("\n", 0, index) + 1
    col = index - (text.rfind("\n", 0, index) + 1) + 1
    return Mark(line, col)


def _looks_utf16(raw: bytes) -> bool:
    """UTF-16 without a byte-order mark: every other byte of ASCII text is zero."""
    head = raw[:4]
    return len(head) == 4 and (
        (head[1] == 0 and head[3] == 0 and head[0] != 0) or (head[0] == 0 and head[2] == 0 and head[1] != 0)
    )


def decode(raw: bytes, filename: str, lang: Lang = "en", found: list[Issue] | None = None) -> str:
    """Bytes to text: UTF-8 only, a BOM only at the start, no control characters.

    Bytes that are not UTF-8 stop the file (LoadFailed); each control character is an issue appended to
    ``found`` (raised at once when ``found`` is None) and is read as U+FFFD, so that the rest of the
    file can still be checked.
    """

    def fail(mark: Mark, code: str, key: str, **values: Any) -> LoadFailed:
        return LoadFailed([_issue(filename, mark, code, message(MESSAGES, key, lang, **values))])

    if len(raw) > MAX_BYTES:
        raise fail(Mark(1, 1), "too-large", "too-large", limit=MAX_BYTES)
    if raw.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")) or _looks_utf16(raw):
        raise fail(Mark(1, 1), "encoding", "utf16")
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        good = raw[: exc.start].decode("utf-8")
        raise fail(_mark_of(good, len(good)), "encoding", "not-utf8", byte=raw[exc.start]) from None
    if _CONTROL.search(text):
        issues = found if found is not None else []
        for bad in _CONTROL.finditer(text):
            mark = _mark_of(text, bad.start())
            if bad.group() == "\ufeff":
                issues.append(_issue(filename, mark, "control-char", message(MESSAGES, "bom-inside", lang)))
            else:
                words = message(MESSAGES, "control", lang, point=ord(bad.group()))
                issues.append(_issue(filename, mark, "control-char", words))
            if found is None:
                raise LoadFailed(issues)
            if len(issues) >= MAX_ISSUES:
                raise LoadFailed(_too_many(issues, filename, mark, lang))
        text = _CONTROL.sub("\ufffd", text)  # one character for one: later columns stay right
    if text.lstrip().startswith(("{", "[")) and "\\" in text:
        # JSON's surrogate-pair escapes to YAML's 8-digit escape (columns after it shift by two)
        text = _SURROGATE_PAIR.sub(_astral_escape, text)
    return text


def _too_many(issues: list[Issue], filename: str, mark: Mark, lang: Lang) -> list[Issue]:
    """The issues so far and one that says the file was not read to its end."""
    text = message(MESSAGES, "too-many-problems", lang, limit=MAX_ISSUES)
    return [*issues, _issue(filename, mark, "too-many-problems", text)]


def _astral_escape(match: re.Match[str]) -> str:
    high, low = int(match.group(2), 16), int(match.group(3), 16)
    return f"{match.group(1)}\\U{0x10000 + ((high - 0xD800) << 10) + low - 0xDC00:08X}"


def _short_tag(tag: str) -> str:
    return "!!" + tag.removeprefix("tag:yaml.org,2002:") if tag.startswith("tag:yaml.org,2002:") else tag


def _mark(event: Any) -> Mark:
    return Mark(event.start_mark.line + 1, event.start_mark.column + 1)


def _scalar(
    event: Any, filename: str, path: PathKey, lang: Lang, issues: list[Issue], patched: set[PathKey] | None
) -> Any:
    """The typed value of a scalar that is not plain text (a number, a boolean, a tag, an escape...).

    A value that cannot be read as it stands is an issue appended to ``issues``, and is read as the text
    it is written as (its path goes into ``patched``, so that the schema does not report it again).
    """
    value: str = event.value
    tag = event.tag

    def problem(code: str, key: str, **values: Any) -> None:
        text = message(MESSAGES, key, lang, **values)
        issues.append(_issue(filename, _mark(event), code, text, format_path(path)))
        if patched is not None:
            patched.add(path)
        if len(issues) >= MAX_ISSUES:
            raise LoadFailed(_too_many(issues, filename, _mark(event), lang))

    if event.style == '"':  # only escapes can put these into a value: the raw text was checked already
        bad = _VALUE_CONTROL.search(value)
        if bad:
            problem("control-char", "control-value", point=ord(bad.group()))
            value = _VALUE_CONTROL.sub("\ufffd", value)
    plain = bool(event.implicit[0])
    if tag not in (None, "!"):
        problem("yaml-tag", "tag", tag=_short_tag(tag))
        if tag == "tag:yaml.org,2002:str":  # rejected as every tag (docs/ladder-format.md), read as it says
            return value
        plain = not event.style  # read as if the tag were not there (libyaml: '', PyYAML: None for plain)
    if not plain:  # quoted or block scalar: always a string
        return value
    if value and value[0] not in _SPECIAL_START:  # most text: nothing else to check
        return value
    if value in _NULL:
        return None
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    if _AMBIGUOUS_BOOL.match(value):
        problem("yaml-ambiguous", "ambiguous-bool", value=value)
        return value
    if _INT.match(value):
        digits = value.lstrip("+-")
        if len(digits) > MAX_NUMBER_DIGITS:
            problem("number-too-large", "number-digits", digits=len(digits), limit=MAX_NUMBER_DIGITS)
            return value
        if len(digits) > 1 and digits.startswith("0"):
            problem("yaml-ambiguous", "ambiguous-octal", value=value)
            return value
        return int(value)
    if _HEX.match(value):
        if len(value) > MAX_NUMBER_DIGITS:
            problem("number-too-large", "number-long")
            return value
        return int(value, 16)
    if _FLOAT.match(value):
        number = float(value) if len(value) <= MAX_NUMBER_DIGITS + 10 else math.inf
        if not math.isfinite(number):  # 1e400
            problem("number-too-large", "number-long")
            return value
        return number
    if _SPECIAL_FLOAT.match(value):
        problem("number-not-finite", "not-finite", value=value)
    elif _OTHER_NUMBER.match(value):
        problem("yaml-ambiguous", "ambiguous-number", value=value)
    elif _SEXAGESIMAL.match(value) or _DATE.match(value):
        problem("yaml-ambiguous", "ambiguous-date", value=value)
    return value


@dataclass(slots=True)
class _Frame:
    container: dict[str, Any] | list[Any]
    path: PathKey
    anchor: str | None
    is_map: bool
    pending_key: str | None = None
    start_nodes: int = 0  # node count when the collection opened, to size it for anchors
    key_start: int = -1  # for a list or mapping used as a key: where its text starts
    key_mark: Mark | None = None


def _syntax_issue(exc: yaml.MarkedYAMLError, text: str, filename: str, lang: Lang) -> Issue:
    problem_mark = exc.problem_mark or exc.context_mark
    mark = Mark(problem_mark.line + 1, problem_mark.column + 1) if problem_mark else Mark(1, 1)
    lines = text.splitlines()
    at = lines[mark.line - 1][mark.col - 1 : mark.col] if 0 < mark.line <= len(lines) else ""
    if at == "\t" or (exc.problem and "'\\t'" in exc.problem):
        return _issue(filename, mark, "yaml-syntax", message(MESSAGES, "tab", lang))
    context = _parser_phrase(exc.context, lang) if exc.context else None
    if context and exc.context_mark is not None and exc.context_mark.line + 1 != mark.line:
        context += message(MESSAGES, "from-line", lang, line=exc.context_mark.line + 1)
    problem = _parser_phrase(exc.problem, lang) if exc.problem else None
    colon = "：" if lang == "zh" else ": "
    detail = colon.join(part for part in (context, problem) if part) or _parser_phrase("malformed YAML", lang)
    return _issue(filename, mark, "yaml-syntax", message(MESSAGES, "syntax", lang, detail=detail))


#: the problem and context phrases of libyaml's and PyYAML's scanner and parser, in Chinese; a phrase
#: not here is shown as the parser gives it (in English)
_PARSER_ZH: Mapping[str, str] = {
    "malformed YAML": "YAML 格式不正确",
    "mapping values are not allowed in this context": "此处不允许出现映射值（“: ”）；含“: ”的文本请加引号",
    "mapping values are not allowed here": "此处不允许出现映射值（“: ”）；含“: ”的文本请加引号",
    "mapping keys are not allowed in this context": "此处不允许出现映射键（“? ”）",
    "mapping keys are not allowed here": "此处不允许出现映射键（“? ”）",
    "block sequence entries are not allowed in this context": "此处不允许出现列表项（“- ”）",
    "block sequence entries are not allowed here": "此处不允许出现列表项（“- ”）",
    "did not find expected key": "没有找到预期的键",
    "could not find expected ':'": "没有找到预期的 ':'",
    "found character that cannot start any token": "遇到不能作为任何记号开头的字符",
    "found unexpected end of stream": "文件意外结束",
    "did not find expected node content": "没有找到预期的节点内容",
    "found undefined tag handle": "遇到未定义的标签前缀",
    "did not find expected '-' indicator": "没有找到预期的 '-'",
    "did not find expected ',' or ']'": "没有找到预期的 ',' 或 ']'",
    "did not find expected ',' or '}'": "没有找到预期的 ',' 或 '}'",
    "did not find expected comment or line break": "没有找到预期的注释或换行",
    "did not find expected <document start>": "没有找到预期的文档开始（---）",
    "did not find expected alphabetic or numeric character": "没有找到预期的字母或数字",
    "did not find expected whitespace or line break": "没有找到预期的空白或换行",
    "did not find the expected '>'": "没有找到预期的 '>'",
    "did not find expected tag URI": "没有找到预期的标签 URI",
    "did not find expected hexdecimal number": "没有找到预期的十六进制数字",
    "did not find URI escaped octet": "没有找到 URI 转义的字节",
    "found unexpected document indicator": "遇到意外的文档分隔符",
    "found unexpected document separator": "遇到意外的文档分隔符",
    "found unknown escape character": "遇到未知的转义字符",
    "found invalid Unicode character escape code": "遇到无效的 Unicode 转义码",
    "found an indentation indicator equal to 0": "缩进指示符不能是 0",
    "expected indentation indicator in the range 1-9, but found 0": "缩进指示符应在 1 到 9 之间，但遇到 0",
    "found a tab character that violates indentation": "制表符破坏了缩进",
    "found a tab character that violate indentation": "制表符破坏了缩进",
    "found a tab character where an indentation space is expected": "应为缩进空格的地方出现了制表符",
    "found unexpected ':'": "遇到意外的 ':'",
    "found incompatible YAML document": "遇到不兼容的 YAML 文档版本",
    "found incompatible YAML document (version 1.* is required)": "遇到不兼容的 YAML 文档版本（需要 1.*）",
    "found duplicate %YAML directive": "%YAML 指令重复",
    "found duplicate YAML directive": "%YAML 指令重复",
    "found duplicate %TAG directive": "%TAG 指令重复",
    "found non-specific tag '!'": "遇到非特定标签 '!'",
    "found an incorrect leading UTF-8 octet": "遇到不正确的 UTF-8 首字节",
    "found an incorrect trailing UTF-8 octet": "遇到不正确的 UTF-8 后续字节",
    "incomplete UTF-8 octet sequence": "不完整的 UTF-8 字节序列",
    "control characters are not allowed": "不允许控制字符",
    "input is too long": "输入太长",
    "special characters are not allowed": "不允许特殊字符",
    "expected a single document in the stream": "文件中应只有一个文档",
}
#: what a parser was reading when it stopped: "while parsing a block mapping" and the like
_PARSER_WHAT_ZH: Mapping[str, str] = {
    "a block mapping": "块映射",
    "a block collection": "块列表",
    "a block node": "块节点",
    "a flow mapping": "流式映射（{...}）",
    "a flow sequence": "流式列表（[...]）",
    "a flow node": "流式节点",
    "a node": "节点",
    "a block mapping node": "块映射节点",
    "a flow mapping node": "流式映射节点",
    "a tag": "标签",
    "a simple key": "简单键",
    "a plain scalar": "无引号文本",
    "a quoted scalar": "引号文本",
    "a double-quoted scalar": "双引号文本",
    "a single-quoted scalar": "单引号文本",
    "a block scalar": "块文本",
    "an anchor": "锚点",
    "an alias": "别名",
    "a directive": "指令",
    "a %YAML directive": "%YAML 指令",
    "a %TAG directive": "%TAG 指令",
    "for the next token": "下一个记号",
}
#: what a parser expected or found instead: PyYAML's token names and the like
_PARSER_TOKEN_ZH: Mapping[str, str] = {
    "<block end>": "块结束",
    "<document start>": "文档开始（---）",
    "the node content": "节点内容",
    "a comment or a line break": "注释或换行",
    "alphabetic or numeric character": "字母或数字",
    "a digit": "数字",
    "URI": "URI",
    "'<scalar>'": "文本",
    "'<block mapping start>'": "块映射开始",
    "'<block sequence start>'": "块列表开始",
    "'<block entry>'": "列表项（- ）",
    "'<block end>'": "块结束",
    "'<key>'": "键",
    "'<value>'": "值（: ）",
    "'<flow mapping start>'": "'{'",
    "'<flow mapping end>'": "'}'",
    "'<flow sequence start>'": "'['",
    "'<flow sequence end>'": "']'",
    "'<flow entry>'": "','",
    "'<anchor>'": "锚点",
    "'<alias>'": "别名",
    "'<tag>'": "标签",
    "'<stream end>'": "文件结束",
    "'<document start>'": "文档开始（---）",
    "'<document end>'": "文档结束（...）",
}
_PARSER_PATTERNS_ZH: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"while (parsing|scanning) (.+)"), "{0}{1}时"),
    (re.compile(r"expected (.+?), but (?:found|got) (.+)"), "应为{0}，但遇到{1}"),
    (re.compile(r"found character (.+) that cannot start any token"), "遇到不能作为任何记号开头的字符 {0}"),
    (re.compile(r"found undefined tag handle (.+)"), "遇到未定义的标签前缀 {0}"),
    (re.compile(r"found unknown escape character (.+)"), "遇到未知的转义字符 {0}"),
    (re.compile(r"found duplicate anchor (.+); first occurrence"), "锚点 {0} 重复；第一次出现"),
    (re.compile(r"found duplicate anchor (.+); second occurrence"), "锚点 {0} 重复；第二次出现"),
    (re.compile(r"expected escape sequence of ([0-9]+) hexadecimal numbers, but found (.+)"),
     "应为 {0} 位十六进制数字的转义序列，但遇到 {1}"),
)


def _parser_phrase(phrase: str, lang: Lang) -> str:
    """A problem or context phrase of the YAML parser in ``lang`` (the English phrase when there is no
    translation of it)."""
    if lang != "zh":
        return phrase
    found = _PARSER_ZH.get(phrase)
    if found is not None:
        return found
    for pattern, words in _PARSER_PATTERNS_ZH:
        match = pattern.fullmatch(phrase)
        if match is None:
            continue
        parts = list(match.groups())
        if words == "{0}{1}时":  # while parsing / scanning something
            parts = ["解析" if parts[0] == "parsing" else "扫描", _PARSER_WHAT_ZH.get(parts[1], parts[1])]
        else:
            parts = [_PARSER_TOKEN_ZH.get(part, part) for part in parts]
        return words.format(*parts)
    return phrase


def _parser_gave_up_on_depth(exc: yaml.MarkedYAMLError) -> bool:
    """Whether the YAML parser stopped at a nesting limit of its own (not a syntax error in the file)."""
    return "nesting depth" in (exc.problem or "")


def _resume_events(text: str, consumed: int) -> Any:
    """The pure-Python parser's ``get_event``, past the first ``consumed`` events (which are the same)."""
    fallback: Any = yaml.SafeLoader(text)
    for _ in range(consumed):
        fallback.get_event()
    return fallback.get_event


def parse_document(raw: bytes, filename: str, lang: Lang = "en", *, max_nodes: int = MAX_NODES) -> Document:
    """Parse one YAML (or JSON) document into plain data with positions.

    Every problem that leaves the rest of the file readable (a duplicate key, a tag, an ambiguous value,
    a control character...) is recorded in ``Document.issues`` and the data holds a stand-in for it, so
    one run finds them all. Only what makes the rest unreadable raises LoadFailed (with the issues found
    before it): bytes that are not UTF-8, a syntax error, the size, depth, alias and node limits, an
    empty document.
    """
    issues: list[Issue] = []
    text = decode(raw, filename, lang, issues)
    doc = Document(filename=filename, data=None, issues=issues, text=text)
    patched = doc.patched
    patched_keys = doc.patched_keys
    anchors: dict[str, tuple[Any, int]] = {}  # anchor -> (value, node count of that value)
    first_keys: dict[PathKey, Mark] = {}  # where a key given more than once was first given
    stack: list[_Frame] = []
    aliases = 0
    nodes = 0
    documents = 0
    root_set = False

    def fail(mark: Mark, code: str, key: str, path: PathKey = (), **values: Any) -> LoadFailed:
        words = message(MESSAGES, key, lang, **values)
        return LoadFailed([*issues, _issue(filename, mark, code, words, format_path(path))])

    def problem(mark: Mark, code: str, key: str, path: PathKey = (), **values: Any) -> None:
        """A problem that does not stop the file (the caller puts a stand-in into the data)."""
        issues.append(_issue(filename, mark, code, message(MESSAGES, key, lang, **values), format_path(path)))
        if len(issues) >= MAX_ISSUES:
            raise LoadFailed(_too_many(issues, filename, mark, lang))

    def attach(value: Any, mark: Mark) -> None:
        nonlocal root_set
        if not stack:
            doc.data = value
            doc.marks[()] = mark
            root_set = True
            return
        top = stack[-1]
        if isinstance(top.container, list):
            top.container.append(value)
            doc.marks[(*top.path, len(top.container) - 1)] = mark
        else:
            key = top.pending_key
            assert key is not None
            top.container[key] = value
            doc.marks[(*top.path, key)] = mark
            top.pending_key = None

    def child_path() -> PathKey:
        top = stack[-1]
        if isinstance(top.container, list):
            return (*top.path, len(top.container))
        assert top.pending_key is not None
        return (*top.path, top.pending_key)

    def expecting_key() -> bool:
        return bool(stack) and isinstance(stack[-1].container, dict) and stack[-1].pending_key is None

    def take_key(key: Any, mark: Mark, plain: bool, source: str, name: str) -> None:
        """A key that the fast path does not take: not text, a merge key, or given before.

        ``source`` is the key as written (what a key that is not text is read as), ``name`` how the
        message shows it.
        """
        top = stack[-1]
        if isinstance(key, dict | list):
            problem(mark, "yaml-key", "key-collection", top.path)
            key = source  # read as the text it is written as
            patched_keys.add((*top.path, key))
        elif not isinstance(key, str):
            what = message(MESSAGES, _kind_of(key), lang)
            problem(mark, "yaml-key", "key-type", top.path, what=what, name=name)
            key = source
            patched_keys.add((*top.path, key))
        elif key == "<<" and plain:
            problem(mark, "yaml-merge", "merge-key", top.path)
            patched_keys.add((*top.path, key))  # kept as a key: the schema does not report it as unknown
            doc.merged.add(top.path)
        path = (*top.path, key)
        if key in top.container:
            first = first_keys.setdefault(path, doc.key_marks[path])
            problem(mark, "duplicate-key", "duplicate-key", path, name=key, line=first.line, col=first.col)
            # the last value given is the one read (as in most YAML and JSON readers)
        top.pending_key = key
        doc.key_marks[path] = mark

    scalar_event, alias_event, mapping_start = yaml.ScalarEvent, yaml.AliasEvent, yaml.MappingStartEvent
    collection_start = (yaml.MappingStartEvent, yaml.SequenceStartEvent)
    collection_end = (yaml.MappingEndEvent, yaml.SequenceEndEvent)
    marks = doc.marks
    loader = _EventLoader(text)
    get_event = loader.get_event
    fell_back = False
    consumed = 0  # events taken so far, so that a fallback parser can resume where this one stopped
    try:
        while True:
            try:
                event: Any = get_event()
            except yaml.MarkedYAMLError as exc:
                if fell_back or not _parser_gave_up_on_depth(exc):
                    raise
                # libyaml scans flow collections ahead and stops at its own nesting limit (1000 in
                # PyYAML 6.0.4) before the depth-64 check below sees an event; the pure-Python parser
                # yields the same events without such a limit, so it takes over from here.
                get_event, fell_back = _resume_events(text, consumed), True
                continue
            consumed += 1
            if event is None:
                break
            kind = type(event)
            if kind is scalar_event:  # the common case first: this loop is most of validate's time
                start = event.start_mark
                mark = Mark(start.line + 1, start.column + 1)
                nodes += 1
                if nodes > max_nodes:
                    raise fail(mark, "yaml-too-many-nodes", "too-many-nodes", limit=max_nodes)
                top = stack[-1] if stack else None
                value = event.value
                # fast path: text that can be nothing but text (no tag, no escapes, no special start)
                simple = event.tag is None and event.style != '"' and (
                    not event.implicit[0] or (value and value[0] not in _SPECIAL_START)
                )
                if top is None:
                    if not simple:
                        value = _scalar(event, filename, (), lang, issues, patched)
                    attach(value, mark)
                elif top.is_map:
                    pending = top.pending_key
                    if pending is None:  # a key
                        if not simple:
                            found = len(issues)
                            value = _scalar(event, filename, top.path, lang, issues, None)
                            if len(issues) > found and type(value) is str:  # read as the text it is
                                patched_keys.add((*top.path, value))
                        if type(value) is str and value != "<<" and value not in top.container:
                            path = (*top.path, value)
                            top.pending_key = value
                            doc.key_marks[path] = mark
                        else:
                            source = event.value
                            take_key(value, mark, plain=bool(event.implicit[0]), source=source, name=repr(source))
                    else:
                        path = (*top.path, pending)
                        if not simple:
                            value = _scalar(event, filename, path, lang, issues, patched)
                        top.container[pending] = value  # type: ignore[call-overload]
                        top.pending_key = None
                        marks[path] = mark
                else:
                    container = top.container
                    path = (*top.path, len(container))
                    if not simple:
                        value = _scalar(event, filename, path, lang, issues, patched)
                    container.append(value)  # type: ignore[union-attr]
                    marks[path] = mark
                if event.anchor:  # a key or a value: either way the typed scalar
                    anchors[event.anchor] = (value, 1)
                continue
            if kind in collection_end:
                frame = stack.pop()
                if frame.anchor:
                    anchors[frame.anchor] = (frame.container, nodes - frame.start_nodes + 1)
                if frame.key_start >= 0:  # a list or mapping used as a key: read as the text it is written as
                    source = text[frame.key_start : event.end_mark.index]
                    assert frame.key_mark is not None
                    take_key(frame.container, frame.key_mark, plain=False, source=source, name=source)
                continue
            if kind is yaml.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    problem(_mark(event), "yaml-multi", "multi")
                    break  # the first document is checked; the others are not read
                continue
            if kind in (yaml.StreamStartEvent, yaml.StreamEndEvent, yaml.DocumentEndEvent):
                continue
            mark = _mark(event)
            if kind is alias_event:
                aliases += 1
                if aliases > MAX_ALIASES:
                    raise fail(mark, "yaml-aliases", "aliases", limit=MAX_ALIASES)
                source = f"*{event.anchor}"
                if event.anchor in anchors:
                    value, size = anchors[event.anchor]
                else:  # read as nothing (null), or as the text *name when it is a key
                    as_key = expecting_key()
                    path = stack[-1].path if as_key else child_path() if stack else ()
                    problem(mark, "yaml-alias", "unknown-alias", path, name=event.anchor)
                    value, size = (source if as_key else None), 1
                    if as_key:
                        patched_keys.add((*path, source))
                    else:
                        patched.add(path)
                nodes += size
                if nodes > max_nodes:
                    raise fail(mark, "yaml-too-many-nodes", "too-many-nodes", limit=max_nodes)
                if expecting_key():
                    if type(value) is str and value != "<<" and value not in stack[-1].container:
                        stack[-1].pending_key = value
                        doc.key_marks[(*stack[-1].path, value)] = mark
                    else:
                        take_key(value, mark, plain=False, source=source, name=source)
                else:
                    attach(value, mark)
                continue
            if kind in collection_start:
                nodes += 1
                if nodes > max_nodes:
                    raise fail(mark, "yaml-too-many-nodes", "too-many-nodes", limit=max_nodes)
                if len(stack) >= MAX_DEPTH:
                    raise fail(mark, "yaml-depth", "depth", limit=MAX_DEPTH)
                as_key = expecting_key()  # a list or mapping as a key: its nodes are under "?"
                path = (*stack[-1].path, "?") if as_key else child_path() if stack else ()
                if event.tag not in (None, "!", "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"):
                    problem(mark, "yaml-tag", "tag", path, tag=_short_tag(event.tag))  # then read as untagged
                new: dict[str, Any] | list[Any] = {} if kind is mapping_start else []
                frame = _Frame(container=new, path=path, anchor=event.anchor, is_map=kind is mapping_start,
                               start_nodes=nodes)
                if as_key:
                    frame.key_start, frame.key_mark = event.start_mark.index, mark
                else:
                    attach(new, mark)
                stack.append(frame)
                continue
    except yaml.MarkedYAMLError as exc:
        raise LoadFailed([*issues, _syntax_issue(exc, text, filename, lang)]) from None
    except yaml.YAMLError as exc:
        detail = _parser_phrase((str(exc).splitlines() or ["malformed YAML"])[0], lang)
        raise fail(Mark(1, 1), "yaml-syntax", "syntax", detail=detail) from None
    finally:
        dispose = getattr(loader, "dispose", None)
        if dispose is not None:
            dispose()
    if not root_set or doc.data is None:
        raise fail(Mark(1, 1), "empty", "empty")
    return doc


# ---- pydantic errors as located, readable issues ------------------------------------------------

_ID_PATTERNS: Mapping[str, str] = {
    r"^[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*$": "bad-id",
    r"^[a-z0-9]+(?:[-_][a-z0-9]+)*(?:\.[a-z0-9]+(?:[-_][a-z0-9]+)*)*$": "bad-dotted-id",
    r"^https?://\S+$": "bad-url",
}

#: pydantic error types grouped into the few documented schema codes (see docs/validate.md)
_SCHEMA_CODES: Mapping[str, str] = {
    "missing": "schema-missing",
    "extra_forbidden": "schema-unknown-field",
    **{kind: "schema-type" for kind in _EXPECTED_BY_TYPE},
}


def _schema_message(err: Mapping[str, Any], loc: tuple[str | int, ...], lang: Lang) -> tuple[str, str]:
    """(code, message) for one pydantic error."""
    kind: str = err["type"]
    ctx: Mapping[str, Any] = err.get("ctx") or {}
    value = err.get("input")
    # an unknown field is named as written; a missing field named schema_ in the model has the alias schema
    name = str(loc[-1]) if loc and isinstance(loc[-1], str) else ""
    if name == "schema_" and kind != "extra_forbidden":
        name = "schema"

    def say(key: str, **values: Any) -> str:
        return message(MESSAGES, key, lang, **values)

    if kind == "missing":
        if name in ("zh", "en"):
            return "missing-text", say("missing-text", which=name)
        return "schema-missing", say("missing", name=name)
    if kind == "extra_forbidden":
        tag = next((part for part in reversed(loc) if part in _UNION_TAGS), None)
        if tag == "defined" and name == "requirement":
            return "schema-value", say("requirement", value=value)
        if tag in ("none", "carry"):
            return "schema-unknown-field", say("unknown-field-cell", name=name, kind=tag)
        if value is None and " " in name:  # {en: Solid basics, eager to learn} in a flow mapping
            return "schema-unknown-field", say("unknown-field-comma", name=name)
        return "schema-unknown-field", say("unknown-field", name=name)
    if kind in _EXPECTED_BY_TYPE:
        expected = say(_EXPECTED_BY_TYPE[kind])
        if value is None and name:
            return "schema-type", say("no-value", name=name, expected=expected)
        return "schema-type", say("wrong-type", expected=expected, got=say(_kind_of(value)))
    if kind == "literal_error":
        expected = str(ctx.get("expected", "?"))
        if lang == "zh":  # pydantic joins the choices in English: "0, 1, 2, 3 or 'na'"
            expected = expected.replace(" or ", " 或 ")
        if loc == ("schema",) and _newer_schema(value, expected):
            return "schema-value", say("newer-schema", value=value, expected=expected)
        if loc == ("schema",) and (kind_given := _other_kind(value, expected)):
            return "schema-value", say("other-kind", kind=kind_given, value=value, expected=expected)
        return "schema-value", say("literal", expected=expected, value=value)
    if kind == "string_pattern_mismatch":
        return "schema-value", say(_ID_PATTERNS.get(str(ctx.get("pattern")), "pattern"), value=value,
                                   pattern=ctx.get("pattern"))
    if kind == "string_too_short":
        return "schema-value", say("empty-text")
    if kind == "string_too_long":
        return "schema-value", say("too-long-text", limit=ctx.get("max_length"))
    if kind == "too_short":
        return "schema-value", say("too-few", limit=ctx.get("min_length"), actual=ctx.get("actual_length"))
    if kind == "too_long":
        return "schema-value", say("too-many", limit=ctx.get("max_length"), actual=ctx.get("actual_length"))
    for bound in ("ge", "gt", "le", "lt"):
        if bound in ctx:
            return "schema-value", say(bound, limit=ctx[bound], value=value)
    if kind == "timestamp":  # model/assessment.py: matches the pattern, but there is no such day
        return "schema-value", say("timestamp", value=ctx.get("value", value))
    if kind == "primary_track":
        return "schema-value", say("primary-track", track=ctx.get("track"), names=ctx.get("names"))
    if kind == "union_tag_invalid":
        return "schema-value", say("tag-invalid", field=str(ctx.get("discriminator", "")).strip("'"),
                                   expected=ctx.get("expected_tags"), value=ctx.get("tag"))
    if kind == "union_tag_not_found":
        field_name = str(ctx.get("discriminator", "")).strip("'")
        return "schema-missing", say("tag-missing", field=field_name, expected=_QUESTION_KINDS)
    return "schema-value", say("other", detail=err.get("msg", kind))


_QUESTION_KINDS = "'situational', 'contra'"
_SCHEMA_VERSION = re.compile(r"^pmladder/([a-z]+)@([0-9]+)$")


def _wrong_kind(err: Mapping[str, Any]) -> bool:
    """Whether a pydantic error says that the ``schema:`` line names another kind of file or a newer format."""
    if tuple(err["loc"]) != ("schema",) or err["type"] != "literal_error":
        return False
    expected = str((err.get("ctx") or {}).get("expected", ""))
    return _newer_schema(err.get("input"), expected) or _other_kind(err.get("input"), expected) is not None


def _other_kind(value: Any, expected: str) -> str | None:
    """The kind of pmladder file ``value`` names when it is another kind than ``expected`` (else None)."""
    got = _SCHEMA_VERSION.match(value) if isinstance(value, str) else None
    want = _SCHEMA_VERSION.match(expected.strip("'"))
    return got[1] if got and want and got[1] != want[1] else None


def _newer_schema(value: Any, expected: str) -> bool:
    """Whether ``value`` names the expected kind of file at a higher version (written by a newer pmladder)."""
    got = _SCHEMA_VERSION.match(value) if isinstance(value, str) else None
    want = _SCHEMA_VERSION.match(expected.strip("'"))
    return bool(got and want and got[1] == want[1] and int(got[2]) > int(want[2]))


def validation_issues(exc: ValidationError, doc: Document, lang: Lang = "en") -> list[Issue]:
    """Every pydantic error as an Issue located at its YAML node.

    A value the YAML reader already reported (and read as a stand-in) is not reported again, nor are the
    fields a merge key would have given.
    """
    issues: list[Issue] = []
    seen: set[tuple[int, int, str]] = set()
    for err in exc.errors(include_url=False):
        loc = tuple(err["loc"])
        code, text = _schema_message(err, loc, lang)
        kind = err["type"]
        if kind == "union_tag_invalid" and isinstance(err.get("input"), dict):
            field_name = str((err.get("ctx") or {}).get("discriminator", "")).strip("'")
            if field_name in err["input"]:
                loc = (*loc, field_name)  # point at the bad tag itself
        if kind == "missing":
            # the nearest existing node is the mapping that lacks the field: shown at its own key
            found, _ = doc.resolve(loc)
            if found in doc.merged:
                continue
            name = "schema" if loc[-1] == "schema_" else str(loc[-1])
            mark, path = doc.mark_of(found), _join(format_path(found), name)
        elif kind == "extra_forbidden" or (loc and loc[-1] == "[key]"):
            found, _ = doc.resolve(loc[:-1] if loc[-1:] == ("[key]",) else loc)
            if found in doc.patched_keys:  # the key itself was reported (not a value under it)
                continue
            mark, path = doc.locate(loc, key=True)
        else:
            found, _ = doc.resolve(loc)  # a bad value: at the value, unless it is a collection or null
            if found in doc.patched:
                continue
            mark, path = doc.mark_of(found), format_path(found)
        key = (mark.line, mark.col, text)
        if key in seen:
            continue
        seen.add(key)
        issues.append(_issue(doc.filename, mark, code, text, path))
    return issues


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path and name else (path or name)


def read_bytes(path: Path, lang: Lang = "en") -> bytes:
    """Read a file with a size cap (one byte more, so "too large" is detected), as a NotFoundError
    when it cannot be read."""
    # not blocking: opening a named pipe would wait for a writer (one with none reads as empty); a
    # device or a socket is refused before anything is read from it
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise unreadable(path, exc, lang) from None
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
        if not (stat.S_ISREG(mode) or stat.S_ISFIFO(mode)):
            raise NotFoundError(message(MESSAGES, "not-regular", lang, path=path))
        os.set_blocking(fd, True)  # a pipe being written (validate <(cat x.yaml)) is read to its end
        with os.fdopen(fd, "rb", closefd=False) as handle:
            return handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise unreadable(path, exc, lang) from None
    finally:
        os.close(fd)


def unreadable(path: Path, exc: OSError, lang: Lang = "en") -> NotFoundError:
    """Why ``path`` cannot be read, as one line: no such file, a dangling link, a link loop, a folder,
    no permission... (the path is shown as given; printing it makes it inert)."""
    import errno

    from pmladder.process import reason

    if isinstance(exc, FileNotFoundError) and os.path.islink(path):
        try:
            target = os.readlink(path)
        except OSError:
            target = "?"
        return NotFoundError(message(MESSAGES, "dangling-link", lang, path=path, target=target))
    if isinstance(exc, FileNotFoundError):
        return NotFoundError(message(MESSAGES, "no-file", lang, path=path))
    if isinstance(exc, IsADirectoryError) or exc.errno == errno.EISDIR:
        return NotFoundError(message(MESSAGES, "is-folder", lang, path=path))
    return NotFoundError(message(MESSAGES, "cannot-read", lang, path=path, reason=reason(exc, lang)))


def sort_issues(issues: list[Issue]) -> list[Issue]:
    """Issues in the order validate lists them: by position, an error before a warning, then by code."""
    return sorted(issues, key=lambda i: (i.line, i.col, i.severity != "error", i.code))


@dataclass
class Partial(Generic[M]):
    """What could be read of a file: a model of the file, less the parts the schema rejects.

    ``document`` locates paths of ``value`` at their nodes in the file (list indexes shift when items
    are dropped); ``dropped`` are the paths in the file of what was left out, ``replaced`` of what was
    replaced by a stand-in, ``errors`` of every schema error (the bad node, or the mapping that lacks a
    field). A file that matches the schema is read whole: nothing dropped.
    """

    value: M
    document: Document
    dropped: list[PathKey] = field(default_factory=list)
    replaced: list[PathKey] = field(default_factory=list)
    errors: list[PathKey] = field(default_factory=list)


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
        if self.model is not None:
            return Partial(self.model, self.document)
        if not self._salvaged:
            self._salvaged = True
            self._partial = salvage(self.cls, self.document, self.schema_errors)
        return self._partial


def load_model(
    cls: type[M], raw: bytes, filename: str, lang: Lang = "en", *, max_nodes: int = MAX_NODES
) -> Loaded[M]:
    """Parse and validate ``raw`` as ``cls``; never raises for bad content."""
    try:
        doc = parse_document(raw, filename, lang, max_nodes=max_nodes)
    except LoadFailed as failed:
        return Loaded(None, sort_issues(failed.issues), None)
    return load_document(cls, doc, lang)


def load_document(cls: type[M], doc: Document, lang: Lang = "en") -> Loaded[M]:
    """Validate an already parsed document as ``cls`` (so a caller can look at the data first).

    The issues are the YAML reader's and the schema's together; the value is None when there is any
    error among them.
    """
    if not isinstance(doc.data, dict):
        what = message(MESSAGES, _kind_of(doc.data), lang)
        words = message(MESSAGES, "root", lang, what=what)
        issue = _issue(doc.filename, doc.marks.get((), Mark(1, 1)), "schema-type", words)
        return Loaded(None, sort_issues([*doc.issues, issue]), doc, cls=cls)
    try:
        # strict: YAML already typed every value; a quoted "2023" for a number is a mistake, not a number
        value = cls.model_validate(doc.data, strict=True)
    except ValidationError as exc:
        errors = exc.errors(include_url=False)
        found = validation_issues(exc, doc, lang)
        if any(_wrong_kind(err) for err in errors):
            # another kind of file, or a newer format: what else the schema says about it is noise
            found = [i for i in found if i.path == "schema" and i.code == "schema-value"]
        return Loaded(None, sort_issues([*doc.issues, *found]), doc, schema_errors=errors, cls=cls)
    failed = any(i.severity == "error" for i in doc.issues)
    return Loaded(None if failed else value, sort_issues(doc.issues), doc, model=value, cls=cls)


# ---- reading what can be read of a file the schema rejects ------------------------------------------

#: how many times salvage drops what the schema rejects and tries again (each time one level up)
SALVAGE_ROUNDS = 12
_DROP: Any = object()
_KEEP: Any = object()


def _stand_in_text() -> dict[str, str]:
    return {"zh": "（无法读取）", "en": "(could not be read)"}


def _ladder_stand_in(path: PathKey, serial: int) -> Any:
    """A valid value to put in place of a rejected part of a ladder that the semantic checks need to
    exist, or _DROP: the required top-level fields the checks do not look at, and expectation cells
    (a rejected cell is still a cell: no missing-cell or carry-first follows from it)."""
    if len(path) == 1:
        return {
            "schema": "pmladder/ladder@1",
            "id": "unreadable",
            "name": _stand_in_text(),
            "description": _stand_in_text(),
            "band_rationale": _stand_in_text(),
            "source": {"title": "?", "author": "?", "url": "https://example.org", "year": 2000},
        }.get(str(path[0]), _DROP)
    if len(path) == 4 and path[0] == "competencies" and path[2] == "expectations":
        text = _stand_in_text()
        # a text of its own, so that no wording check finds it similar to another
        indicator = {"id": f"unreadable.{serial}", "text": {"zh": f"#{serial}", "en": f"#{serial}"}}
        return {"summary": text, "indicators": [indicator], "evidence": text}
    return _DROP


def _taxonomy_stand_in(path: PathKey, serial: int) -> Any:
    return "pmladder/taxonomy@1" if path == ("schema",) else _DROP


_STAND_INS: dict[type, Any] = {Ladder: _ladder_stand_in, Taxonomy: _taxonomy_stand_in}


def _field_of(cls: type[BaseModel], loc: tuple[str | int, ...]) -> Any:
    """The pydantic FieldInfo of the field a ``loc`` of ``cls`` names (through lists, mappings and unions),
    or None when it names no field of a model."""
    import types
    import typing

    nodes: list[Any] = [cls]
    info: Any = None
    for part in loc:
        # each node, with Annotated, Optional and unions unwrapped into the types they may be
        flat: list[Any] = []
        while nodes:
            node = nodes.pop()
            origin = typing.get_origin(node)
            if origin is typing.Annotated:
                nodes.append(typing.get_args(node)[0])
            elif origin in (typing.Union, types.UnionType):
                nodes.extend(typing.get_args(node))
            else:
                flat.append(node)
        if isinstance(part, str) and part in _UNION_TAGS:
            nodes = flat
            continue
        nodes, info = [], None
        for node in flat:
            origin = typing.get_origin(node)
            if isinstance(part, int) and origin is list:
                nodes.append(typing.get_args(node)[0])
            elif origin is dict:
                nodes.append(typing.get_args(node)[1])
            elif isinstance(node, type) and issubclass(node, BaseModel) and isinstance(part, str):
                found = node.model_fields.get(part) or next(
                    (f for f in node.model_fields.values() if f.alias == part), None
                )
                if found is not None:
                    info = found
                    nodes.append(found.annotation)
        if not nodes:
            return None
    return info


def _field_stand_in(cls: type[BaseModel], loc: tuple[str | int, ...], serial: int) -> Any:
    """A valid stand-in for a required field that is missing or rejected, so that only that field is left
    out of the checks (not the whole list item around it): a text, a number in range, false, a reference
    to an id (``group:``, ``competency:``, ``caps_below:``: the checks do not resolve a stand-in). _DROP for
    a field without one: the id of a definition (a stand-in would be a definition of its own), a list."""
    from annotated_types import Ge, Gt, Le, Lt

    from pmladder.model.ladder import Text

    info = _field_of(cls, loc)
    if info is None or not info.is_required():
        return _DROP
    kind = info.annotation
    if kind is Text:
        return {"zh": f"（无法读取 #{serial}）", "en": f"(could not be read #{serial})"}
    if kind is bool:
        return False
    if kind in (int, float):
        low = next((m.ge for m in info.metadata if isinstance(m, Ge)), None)
        high = next((m.le for m in info.metadata if isinstance(m, Le)), None)
        if any(isinstance(m, Gt | Lt) for m in info.metadata):
            return _DROP
        value = low if low is not None else high if high is not None else 1
        return kind(value)
    if kind is str and loc[-1] != "id":
        patterns = [m.pattern for m in info.metadata if getattr(m, "pattern", None)]
        if not patterns:
            return "?"
        return STAND_IN_REF if all(re.match(p, STAND_IN_REF) for p in patterns) else _DROP  # not a URL
    return _DROP


#: what a required reference the schema rejects reads as (a valid id that no check resolves)
STAND_IN_REF = "unreadable"


def _apply_edits(data: Any, edits: Mapping[PathKey, Any]) -> tuple[Any, dict[PathKey, list[int]]]:
    """A copy of ``data`` with ``edits`` (path -> _DROP or a stand-in) made, sharing every untouched
    node; and, for each list that lost items, the original index of each item kept."""
    touched: dict[PathKey, list[Any]] = {}  # path of a collection -> keys of it that are edited
    for path in edits:
        for end in range(len(path)):
            touched.setdefault(path[:end], [])
        touched[path[:-1]].append(path[-1])
    kept: dict[PathKey, list[int]] = {}

    def copy(node: Any, path: PathKey) -> Any:
        if path in edits:
            return edits[path]
        if path not in touched:
            return node
        if isinstance(node, dict):
            out = {}
            for key, value in node.items():
                new = copy(value, (*path, key))
                if new is not _DROP:
                    out[key] = new
            for key in touched[path]:  # stand-ins for fields the file lacks
                if key not in node and edits.get((*path, key), _DROP) is not _DROP:
                    out[key] = edits[(*path, key)]
            return out
        if isinstance(node, list):
            items, indexes = [], []
            for i, value in enumerate(node):
                new = copy(value, (*path, i))
                if new is not _DROP:
                    items.append(new)
                    indexes.append(i)
            if len(indexes) < len(node):
                kept[path] = indexes
            return items
        return node

    return copy(data, ()), kept


def salvage(cls: type[M], doc: Document, errors: list[Any]) -> Partial[M] | None:
    """What can be read of a document the schema rejects, for the checks beyond the schema.

    Each error's node is left out (a list item, a mapping entry) and the rest validated again; an error
    that this leaves (a required field now missing, a list now too short) moves the cut one level up,
    to the smallest enclosing list item or optional field. A few parts get a valid stand-in instead (see
    ``_ladder_stand_in``). None when nothing useful is left (the top level itself is rejected), or when
    the file is of another kind or a newer version (its ``schema:`` is wrong).
    """
    if not isinstance(doc.data, dict):
        return None
    stand_in = _STAND_INS.get(cls, lambda path, serial: _DROP)
    edits: dict[PathKey, Any] = {}
    given_up: set[PathKey] = set()  # fields whose stand-in was rejected too: left out with what is around them
    first: list[PathKey] = []
    view = doc
    for round_ in range(SALVAGE_ROUNDS):
        progress = False
        this_round: set[PathKey] = set()
        for err in errors:
            loc = tuple(err["loc"])
            if _wrong_kind(err):
                return None  # another kind of file, or a newer format: nothing else is worth checking
            bad_key = loc[-1:] == ("[key]",)
            if err["type"] == "missing" and len(loc) > 1 and isinstance(loc[-1], str):
                # a required field that is missing or was left out: a stand-in for it alone, when it has one
                parent, complete = view.resolve(loc[:-1])
                name = "schema" if loc[-1] == "schema_" else loc[-1]
                field_path = (*view.original_path(parent), name)
                value = _field_stand_in(cls, loc, len(edits)) if complete else _DROP
                outer = any(field_path[:end] in edits for end in range(1, len(field_path)))
                if value is not _DROP and not outer and field_path not in given_up:
                    if round_ == 0:
                        first.append(view.original_path(parent))
                    if not (cls is Ladder and len(field_path) > 4 and field_path[0] == "competencies"
                            and field_path[2] == "expectations"):  # a cell is replaced whole (see below)
                        edits[field_path] = value
                        this_round.add(field_path)
                        progress = True
                        continue
            found, _ = view.resolve(loc[:-1] if bad_key else loc)
            if not found and err["type"] == "missing" and len(loc) == 1:
                found = (str(loc[0]).rstrip("_") if loc[0] == "schema_" else loc[0],)  # a top-level field
            original = view.original_path(found)
            if round_ == 0:
                first.append(original)
            if cls is Ladder and len(original) > 4 and original[0] == "competencies" and original[2] == "expectations":
                original = original[:4]  # a cell with a problem is replaced whole (see _ladder_stand_in)
            if not original:
                return None
            # a stand-in that is rejected itself (it should not be) is dropped, like anything else
            inside = next((original[:end] for end in range(1, len(original) + 1) if original[:end] in edits), None)
            if inside is not None:
                if edits[inside] is not _DROP and inside not in this_round:
                    edits[inside] = _DROP
                    given_up.add(inside)
                    progress = True
                continue
            edits[original] = _DROP if bad_key else stand_in(original, len(edits))
            this_round.add(original)
            progress = True
        if not progress:
            return None
        data, kept = _apply_edits(doc.data, edits)
        view = Document(doc.filename, data, origin=doc, kept=kept)
        try:
            value = cls.model_validate(data, strict=True)
        except ValidationError as exc:
            errors = exc.errors(include_url=False)
            continue
        dropped = [path for path, edit in edits.items() if edit is _DROP]
        replaced = [path for path, edit in edits.items() if edit is not _DROP]
        return Partial(value, view, dropped, replaced, first)
    return None


def require(loaded: Loaded[M], lang: Lang = "en") -> M:
    """The model, or an InputError naming the first problem (and how many more there are)."""
    if loaded.value is not None:
        return loaded.value
    errors = [i for i in loaded.issues if i.severity == "error"]
    # what is counted is what is named: errors (as validate counts them apart from warnings), or, in a
    # file that has none, the other problems
    noun = "error" if errors else "problem"
    errors = errors or loaded.issues
    more = ""
    # a file of another kind (answers given where a saved result is expected), or of a newer format, is
    # not worth validating; a file that only lacks its schema: line is
    if len(errors) > 1 and not (errors[0].path == "schema" and errors[0].code == "schema-value"):
        key = f"more-{noun}" if len(errors) == 2 else f"more-{noun}s"
        file = errors[0].file
        command = f"pmladder validate {shlex.quote(file)}" if Path(file).is_file() else "pmladder validate"
        more = message(MESSAGES, key, lang, count=len(errors) - 1, command=command)
    raise InputError(errors[0].format() + more)


# ---- bundled and user ladders ----------------------------------------------------------------------

def bundled_dir() -> Path:
    """The folder of bundled ladders (the top-level ladders/ folder, shipped as pmladder.ladders)."""
    from pmladder.paths import bundled_ladder_dir

    return bundled_ladder_dir()


def is_bundled(path: Path) -> bool:
    """Whether ``path`` is one of the bundled ladder files (CI validates those)."""
    try:
        return path.resolve().parent == bundled_dir().resolve()
    except OSError:
        return False


def bundled_ladder_files() -> list[Path]:
    return sorted(p for p in bundled_dir().glob("*.yaml") if p.name != "taxonomy.yaml")


def load_ladder_file(path: Path, display: str | None = None) -> Loaded[Ladder]:
    return load_model(Ladder, read_bytes(path), display or str(path))


@cache
def load_taxonomy() -> Taxonomy:
    path = bundled_dir() / "taxonomy.yaml"
    return require(load_model(Taxonomy, read_bytes(path), str(path)))


def iter_yaml_files(folder: Path, lang: Lang = "en") -> Iterator[Path]:
    """Every *.yaml / *.yml below ``folder``, recursively, in a stable order; hidden folders are skipped.

    A folder inside that cannot be listed is a NotFoundError (never silently skipped).
    """
    found: list[Path] = []
    failed: list[OSError] = []
    for root, dirs, files in os.walk(folder, onerror=failed.append):
        dirs[:] = [d for d in dirs if not d.startswith(".") and d not in ("node_modules", "__pycache__")]
        found += [Path(root) / name for name in files if name.endswith((".yaml", ".yml"))]
    if failed:  # a folder that cannot be listed is not silently empty
        from pmladder.process import reason

        where = failed[0].filename if failed[0].filename is not None else folder
        words = reason(failed[0], lang)
        raise NotFoundError(message(MESSAGES, "cannot-read-folder", lang, path=where, reason=words))
    for path in sorted(found):
        # a broken link (dangling, or a loop) is yielded too: reading it says what is wrong with it
        if path.is_file() or (path.is_symlink() and not path.exists()):
            yield path


def resolve_ladder(name: str, lang: Lang = "en") -> Path:
    """A ladder argument to a file: a file path, else the id of a bundled ladder, else of a user ladder.

    A name that looks like a path (``.yaml``/``.yml``, a ``/``) must be a file. A folder in the working
    directory that happens to bear a ladder's id does not hide that ladder.
    """
    from pmladder.paths import scan_user_ladders, user_ladder_dir

    candidate = Path(name)
    if candidate.suffix in (".yaml", ".yml") or "/" in name or os.sep in name or _is_file(candidate):
        try:
            mode = candidate.stat().st_mode
        except FileNotFoundError:
            if os.path.islink(candidate):  # a dangling link
                raise unreadable(candidate, FileNotFoundError(), lang) from None
            raise NotFoundError(message(MESSAGES, "no-ladder-file", lang, path=name)) from None
        except OSError as exc:  # a link loop, a folder without permission on the way...
            raise unreadable(candidate, exc, lang) from None
        if stat.S_ISDIR(mode):
            raise NotFoundError(message(MESSAGES, "folder-ladder", lang, path=name))
        return candidate  # a file, or a special one (a pipe): reading it says what it is
    if name and name != "taxonomy":
        for folder in (bundled_dir(), user_ladder_dir()):
            file = folder / f"{name}.yaml"
            if _is_file(file):
                return file
            if os.path.islink(file):  # a broken link bearing the ladder's name: say what is wrong with it
                try:
                    file.stat()
                except OSError as exc:
                    raise unreadable(file, exc, lang) from None
    nothing = message(MESSAGES, "nothing", lang)
    user_files, problem = scan_user_ladders()
    if problem is not None:
        from pmladder.process import reason

        user = message(MESSAGES, "cannot-read-list", lang, reason=reason(problem, lang))
    else:
        user = ", ".join(p.stem for p in user_files) or nothing
    raise NotFoundError(
        message(
            MESSAGES,
            "unknown-ladder",
            lang,
            name=name,
            bundled=", ".join(p.stem for p in bundled_ladder_files()) or nothing,
            folder=str(user_ladder_dir()),
            user=user,
        )
    )


def _is_file(path: Path) -> bool:
    """Whether ``path`` is a file; False also when that cannot be told (no permission to look)."""
    try:
        return path.is_file()
    except OSError:
        return False


def load_ladder(name: str) -> Ladder:
    """Load a ladder by id or path, or raise InputError/NotFoundError with a one-line message."""
    return require(load_ladder_file(resolve_ladder(name)))
