"""Semantic checks of ladder files beyond the schema, and the validate service that collects every issue."""

from __future__ import annotations

import difflib
import os
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pmladder.errors import NotFoundError, PmladderError
from pmladder.i18n import LANGS, Catalogue, Lang, message
from pmladder.model.issue import Issue, Severity
from pmladder.model.ladder import (
    ID_PATTERN,
    Carry,
    ContraIndicator,
    Expectation,
    Ladder,
    Level,
    SituationalQuestion,
    Taxonomy,
    Text,
)

if TYPE_CHECKING:
    from pmladder.cache import CleanCache
    from pmladder.io.models import Loaded
    from pmladder.io.salvage import Partial
    from pmladder.io.yamldoc import Document, Mark

PathKey = tuple[str | int, ...]

#: indicator texts at neighbouring levels at least this similar (difflib ratio) get a warning
SIMILARITY = 0.9
#: identical zh and en texts of at least this length, or a zh text this long without Chinese, get a warning
UNTRANSLATED_MIN_CHARS = 20
#: an en text with at least this many Chinese characters, most of its letters, gets a warning
UNTRANSLATED_MIN_CJK = 5

MESSAGES: Catalogue = {
    "duplicate-id": {
        "en": "duplicate {what} id {id!r} (first at line {line})",
        "zh": "重复的{what} id {id!r}（第一次出现在第 {line} 行）",
    },
    "duplicate-development": {
        "en": "development actions for {competency!r} toward {level} are given twice (first at line {line})",
        "zh": "能力 {competency!r} 通往 {level} 的发展行动重复出现（第一次在第 {line} 行）",
    },
    "duplicate-indicator": {
        "en": "indicator id {id!r} is used twice (first at line {line}); answers are keyed by it",
        "zh": "指标 id {id!r} 重复使用（第一次在第 {line} 行）；答案以它为键",
    },
    "unknown-ref": {
        "en": "unknown {what} {id!r}; {known}",
        "zh": "未知的{what} {id!r}；{known}",
    },
    "unknown-level": {
        "en": "unknown level {id!r}; levels: {known}",
        "zh": "未知的级别 {id!r}；已有级别：{known}",
    },
    "unknown-taxonomy": {
        "en": "{id!r} is not a competency of the taxonomy (ladders/taxonomy.yaml)",
        "zh": "{id!r} 不是共享分类（ladders/taxonomy.yaml）中的能力",
    },
    "after-on-trunk": {
        "en": "after is only for the first level of a track; {id!r} has no track",
        "zh": "after 只用于某个分支的第一个级别；{id!r} 没有 track",
    },
    "after-not-first": {
        "en": "after is only for the first level of a track; {id!r} is not the first level of track {track!r}",
        "zh": "after 只用于分支的第一个级别；{id!r} 不是分支 {track!r} 的第一个级别",
    },
    "after-off-trunk": {
        "en": "a track branches off a trunk level, but {id!r} is on track {track!r}",
        "zh": "分支必须从主干级别分出，但 {id!r} 属于分支 {track!r}",
    },
    "band-order": {
        "en": "band {band} of level {id!r} is below band {before} of {previous!r} before it{on_track}",
        "zh": "级别 {id!r} 的 band {band} 低于{on_track}它前面的 {previous!r} 的 band {before}",
    },
    "on-track": {"en": " on track {track!r}", "zh": "分支 {track!r} 上"},
    "band-to-order": {
        "en": "band_to {band_to} is below band {band}",
        "zh": "band_to {band_to} 小于 band {band}",
    },
    "missing-cell": {
        "en": "competency {id!r} has no cell for level(s) {levels}: write requirement: none "
        "(not expected yet) or carry (stays as before)",
        "zh": "能力 {id!r} 缺少级别 {levels} 的单元格：请写 requirement: none（尚不要求）或 carry（沿用之前的要求）",
    },
    "carry-first": {
        "en": "carry at level {level!r} has no defined cell before it{on_track}",
        "zh": "级别 {level!r} 的 carry 之前{on_track}没有已定义的单元格",
    },
    "empty-competency": {
        "en": "competency {id!r} defines no requirement at any level",
        "zh": "能力 {id!r} 在任何级别都没有定义要求",
    },
    "unreachable-level": {
        "en": "level {id!r} adds no requirement of its own (every cell is none or carry), so the "
        "scoring cannot tell it apart from {previous!r} below it",
        "zh": "级别 {id!r} 没有自己的要求（所有单元格都是 none 或 carry），评分无法把它与下面的 {previous!r} 区分开",
    },
    "off-track-level": {
        "en": "level {id!r} is on no track: every track branches off before it",
        "zh": "级别 {id!r} 不在任何分支上：所有分支都在它之前分出",
    },
    "similar-wording": {
        "en": "indicator {id!r} reads almost the same as {other!r} at level {level!r} below it: say what changes",
        "zh": "指标 {id!r} 与下一级 {level!r} 的 {other!r} 措辞几乎相同：请写出这一级有什么不同",
    },
    "blank-text": {"en": "the {which} text is blank", "zh": "{which} 文本是空白"},
    "cjk-space": {
        "en": "a space between Chinese characters or after Chinese punctuation ({context!r}), often left by "
        "a line break inside folded text: remove it (join the lines, or break the line elsewhere)",
        "zh": "中文字符之间或中文标点之后有多余的空格（{context!r}），通常是折叠文本中的换行留下的："
        "请删除（把两行接起来，或换个地方换行）",
    },
    "odd-space": {
        "en": "{what} in a one-line text ({context!r}) prints as one or more plain spaces, or as nothing: "
        "write a plain space",
        "zh": "单行文本中有{what}（{context!r}），显示出来是一个或几个普通空格，或者什么也没有：请写普通空格",
    },
    "a-tab": {"en": "a tab", "zh": "制表符"},
    "odd-space-char": {"en": "the space character U+{point:04X}", "zh": "空白字符 U+{point:04X}"},
    "untranslated": {
        "en": "the zh and en texts are the same: translate one of them",
        "zh": "zh 与 en 文本相同：请翻译其中之一",
    },
    "wrong-script-zh": {
        "en": "the zh text has no Chinese characters",
        "zh": "zh 文本中没有中文字符",
    },
    "wrong-script-en": {
        "en": "the en text is mostly Chinese",
        "zh": "en 文本大部分是中文",
    },
    "no-taxonomy": {
        "en": "competency {id!r} has no taxonomy link, so compare cannot map it onto other ladders",
        "zh": "能力 {id!r} 没有 taxonomy 链接，compare 无法把它映射到其他职级体系",
    },
    "unused-group": {"en": "group {id!r} has no competencies", "zh": "分组 {id!r} 下没有能力"},
    "unused-type": {"en": "type {id!r} is used by no level", "zh": "类型 {id!r} 没有被任何级别使用"},
    "taxonomy-bands": {
        "en": "band {band} is out of order: bands must be 1 to 7 in order",
        "zh": "band {band} 顺序不对：band 必须按 1 到 7 排列",
    },
    "no-such-path": {"en": "{path}: no such file or folder", "zh": "{path}：文件或文件夹不存在"},
    "no-yaml": {
        "en": "{path}: no .yaml or .yml files in this folder",
        "zh": "{path}：此文件夹中没有 .yaml 或 .yml 文件",
    },
    "no-stdin": {"en": "-: no standard input to read", "zh": "-：没有可读取的标准输入"},
    # names of kinds of ids, used in the messages above
    "group": {"en": "group", "zh": "分组"},
    "type": {"en": "type", "zh": "类型"},
    "track": {"en": "track", "zh": "路线"},
    "level": {"en": "level", "zh": "级别"},
    "competency": {"en": "competency", "zh": "能力"},
    "question": {"en": "question", "zh": "题目"},
    "option": {"en": "option", "zh": "选项"},
    "indicator": {"en": "indicator", "zh": "指标"},
    "taxonomy link": {"en": "taxonomy link", "zh": "分类链接"},
    "taxonomy competency": {"en": "taxonomy competency", "zh": "分类能力"},
    "known": {"en": "known: {ids}", "zh": "已有：{ids}"},
    "none-defined": {"en": "none are defined", "zh": "尚未定义任何一个"},
    "any-level": {"en": "any level", "zh": "任意级别"},
}


#: whitespace that a one-line text has no use for: a tab, no-break and other typographic spaces, zero-width
#: spaces and joiners, line and paragraph separators (the ideographic space U+3000 is Chinese typesetting)
_ODD_SPACE = re.compile("[\t\u00a0\u1680\u180e\u2000-\u200d\u2028\u2029\u202f\u205f\u2060]")


def _is_cjk(char: str) -> bool:
    # a character class over these ranges costs ~3 ms to compile: plain comparisons are cheaper here
    return "\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff"


def _is_cjk_punctuation(char: str) -> bool:
    """Chinese (full-width) punctuation, which carries its own spacing: ，。、；：！？（）「」《》【】…"""
    return (
        "\u3001" <= char <= "\u303f"
        or "\uff01" <= char <= "\uff0f"
        or "\uff1a" <= char <= "\uff20"
        or "\uff3b" <= char <= "\uff40"
        or "\uff5b" <= char <= "\uff65"
    )


def stray_spaces(text: str) -> list[tuple[int, int]]:
    """(start, end) of every run of spaces between two Chinese characters (or punctuation marks), or
    after Chinese punctuation: what a line break inside folded YAML text leaves in Chinese."""
    found: list[tuple[int, int]] = []
    start = text.find(" ")
    while start > 0:
        end = start + 1
        while end < len(text) and text[end] == " ":
            end += 1
        if end < len(text):
            before, after = text[start - 1], text[end]
            wide_before = _is_cjk_punctuation(before)
            if wide_before or (_is_cjk(before) and (_is_cjk(after) or _is_cjk_punctuation(after))):
                found.append((start, end))
        start = text.find(" ", end)
    return found


# ---- the checks of one ladder ---------------------------------------------------------------------


class _Collector:
    """Builds located issues for one document."""

    def __init__(self, doc: Document, lang: Lang) -> None:
        self.doc = doc
        self.lang = lang
        self.issues: list[Issue] = []

    def say(self, key: str, **values: Any) -> str:
        return message(MESSAGES, key, self.lang, **values)

    def line(self, path: PathKey) -> int:
        return self.doc.locate(path)[0].line

    def add(
        self,
        path: PathKey,
        code: str,
        key: str,
        *,
        severity: Severity = "error",
        at_key: bool | None = None,
        **values: Any,
    ) -> None:
        """An issue at ``path``: at its key if ``at_key``, at its value if false, else as Document.locate."""
        mark, _ = self.doc.locate(path, key=at_key)
        self.add_at(mark, path, code, key, severity=severity, **values)

    def add_at(self, mark: Mark, path: PathKey, code: str, key: str, *, severity: Severity, **values: Any) -> None:
        """An issue at a given position (inside a value, or a node's key or value) for ``path``."""
        self.issues.append(
            Issue(
                file=self.doc.filename,
                line=mark.line,
                col=mark.col,
                severity=severity,
                code=code,
                message=self.say(key, **values),
                path=self.doc.locate(path)[1],
            )
        )

    def known(self, ids: Sequence[str]) -> str:
        return self.say("known", ids=", ".join(dict.fromkeys(ids))) if ids else self.say("none-defined")

    def on_track(self, level: Level, track: str) -> str:
        """Names the track for a level of a branch; nothing for a trunk level (it is on every track)."""
        return self.say("on-track", track=track) if level.track is not None else ""

    def unique(
        self,
        items: Sequence[tuple[str, PathKey]],
        what: str,
        code: str = "duplicate-id",
        key: str = "duplicate-id",
    ) -> None:
        """Report every id in ``items`` (id, path of the id) that was seen before."""
        first: dict[str, PathKey] = {}
        for ident, path in items:
            if ident in first:
                self.add(path, code, key, at_key=False, what=self.say(what), id=ident, line=self.line(first[ident]))
            else:
                first[ident] = path


#: the lists of a ladder that define ids, and the kind of id
_DEFINITIONS = {"groups": "group", "types": "type", "tracks": "track", "levels": "level", "competencies": "competency"}
_LISTS = {kind: key for key, kind in _DEFINITIONS.items()}


@dataclass
class _Dropped:
    """What was left out of a file the schema rejects (see ``io.salvage.salvage``), so that the semantic
    checks of the rest do not report what merely follows from it (a reference to a dropped level...)."""

    paths: list[PathKey] = field(default_factory=list)
    #: ids of dropped definitions, by kind (level, competency, group, type, track)
    ids: dict[str, set[str]] = field(default_factory=dict)
    #: kinds with a dropped definition whose id could not be read: any reference of the kind may be to it
    unknown: set[str] = field(default_factory=set)
    #: paths in the file of values replaced by a stand-in (a level's band...): no check compares them
    replaced: set[PathKey] = field(default_factory=set)

    @classmethod
    def of(cls, partial: Partial[Any] | None, data: Any) -> _Dropped:
        found = cls(list(partial.dropped) if partial is not None else [])
        found.replaced = set(partial.replaced) if partial is not None else set()
        for path in found.paths:
            kind = _DEFINITIONS.get(path[0]) if path and isinstance(path[0], str) else None
            if kind is None or len(path) > 2:
                continue
            items = data.get(path[0]) if isinstance(data, dict) else None
            index = path[1] if len(path) == 2 else None
            item = items[index] if isinstance(items, list) and isinstance(index, int) else None
            ident = item.get("id") if isinstance(item, dict) else None
            if not isinstance(ident, str) or not re.match(ID_PATTERN, ident):
                found.unknown.add(kind)  # no telling which id was meant: any reference may be to it
                continue
            found.ids.setdefault(kind, set()).add(ident)
            track = item.get("track") if kind == "level" and isinstance(item, dict) else None
            if isinstance(track, str):
                found.ids.setdefault("track", set()).add(track)
        return found

    def hides(self, kind: str, ident: str) -> bool:
        """Whether a reference to ``ident`` may be to a definition that was dropped."""
        return kind in self.unknown or ident in self.ids.get(kind, ())

    def named(self, key: str, data: Any, ids: list[str]) -> list[str]:
        """The ids a message names as defined: ``ids``, and, when something was dropped, every valid id
        the list ``key`` of the file defines (a level the schema rejects is still one of the file's)."""
        items = data.get(key) if self.paths and isinstance(data, dict) else None
        if not isinstance(items, list):
            return ids
        found = [item.get("id") for item in items if isinstance(item, dict)]
        return [ident for ident in found if isinstance(ident, str) and re.match(ID_PATTERN, ident)]

    def before(self, key: str, index: int) -> bool:
        """Whether an item of the list ``key`` was dropped before its item ``index`` (an index in the file)."""
        return any(len(path) == 2 and path[0] == key and isinstance(path[1], int) and path[1] < index
                   for path in self.paths)

    def under(self, prefix: PathKey) -> bool:
        """Whether something at or below ``prefix`` (a path in the file) was dropped."""
        return any(path[: len(prefix)] == prefix for path in self.paths)


def check_ladder(
    ladder: Ladder, doc: Document, taxonomy: Taxonomy, *, lang: Lang = "en", partial: Partial[Ladder] | None = None
) -> list[Issue]:
    """Every semantic problem of a ladder, each located at the offending node of ``doc``.

    ``partial`` is what could be read of a file the schema rejects (``ladder`` is then its value): the
    checks run on it, and leave out what follows from the parts that were dropped; texts are checked
    in the whole file, except those the schema already reported.
    """
    view = partial.document if partial is not None else doc
    dropped = _Dropped.of(partial, doc.data)
    out = _Collector(view, lang)
    level_ids = [lv.id for lv in ladder.levels]
    comp_ids = [c.id for c in ladder.competencies]

    def stand_in(path: PathKey) -> bool:
        """Whether the value at ``path`` is a stand-in for one the schema rejects (see io.salvage.salvage)."""
        return bool(dropped.replaced) and view.original_path(path) in dropped.replaced

    # unique ids
    out.unique([(g.id, ("groups", i, "id")) for i, g in enumerate(ladder.groups)], "group")
    out.unique([(t.id, ("types", i, "id")) for i, t in enumerate(ladder.types)], "type")
    out.unique([(t.id, ("tracks", i, "id")) for i, t in enumerate(ladder.track_names)], "track")
    out.unique([(lv.id, ("levels", i, "id")) for i, lv in enumerate(ladder.levels)], "level")
    out.unique([(c.id, ("competencies", i, "id")) for i, c in enumerate(ladder.competencies)], "competency")
    out.unique([(q.id, ("questions", i, "id")) for i, q in enumerate(ladder.questions)], "question")
    for i, q in enumerate(ladder.questions):
        if isinstance(q, SituationalQuestion):
            out.unique([(o.id, ("questions", i, "options", j, "id")) for j, o in enumerate(q.options)], "option")
    for i, comp in enumerate(ladder.competencies):
        out.unique(
            [(link.id, ("competencies", i, "taxonomy", j, "id")) for j, link in enumerate(comp.taxonomy)],
            "taxonomy link",
        )
    out.unique(
        [
            (ind.id, ("competencies", i, "expectations", level_id, "indicators", k, "id"))
            for i, comp in enumerate(ladder.competencies)
            for level_id, cell in comp.expectations.items()
            if isinstance(cell, Expectation)
            for k, ind in enumerate(cell.indicators)
        ],
        "indicator",
        code="duplicate-indicator",
        key="duplicate-indicator",
    )
    _check_development_duplicates(ladder, out, skip=lambda i: stand_in(("development", i, "competency")))

    # references
    group_ids = [g.id for g in ladder.groups]
    type_ids = [t.id for t in ladder.types]

    def level_ref(value: str | None, path: PathKey, at_key: bool = False) -> None:
        if stand_in(path):
            return
        if value is not None and value not in level_ids and not dropped.hides("level", value):
            out.add(
                path,
                "unknown-level",
                "unknown-level",
                at_key=at_key,
                id=value,
                known=", ".join(dict.fromkeys(dropped.named("levels", doc.data, level_ids))),
            )

    def ref(value: str | None, known: list[str], what: str, path: PathKey) -> None:
        if stand_in(path):
            return
        if value is not None and value not in known and not dropped.hides(what, value):
            out.add(
                path,
                "unknown-ref",
                "unknown-ref",
                at_key=False,
                what=out.say(what),
                id=value,
                known=out.known(known if what == "track" else dropped.named(_LISTS[what], doc.data, known)),
            )

    level_ref(ladder.scoring.evidence_from, ("scoring", "evidence_from"))
    track_ids = list(ladder.tracks())  # "main" when the ladder does not branch
    for i, track in enumerate(ladder.track_names):
        ref(track.id, track_ids, "track", ("tracks", i, "id"))
    for i, lv in enumerate(ladder.levels):
        ref(lv.type, type_ids, "type", ("levels", i, "type"))
        level_ref(lv.after, ("levels", i, "after"))
    canonical = {c.id for c in taxonomy.competencies}
    for i, comp in enumerate(ladder.competencies):
        ref(comp.group, group_ids, "group", ("competencies", i, "group"))
        for level_id in comp.expectations:
            level_ref(level_id, ("competencies", i, "expectations", level_id), at_key=True)
        for j, link in enumerate(comp.taxonomy):
            if link.id not in canonical:
                out.add(
                    ("competencies", i, "taxonomy", j, "id"),
                    "unknown-taxonomy",
                    "unknown-taxonomy",
                    at_key=False,
                    id=link.id,
                )
    for i, q in enumerate(ladder.questions):
        ref(q.competency, comp_ids, "competency", ("questions", i, "competency"))
        if isinstance(q, SituationalQuestion):
            for j, option in enumerate(q.options):
                level_ref(option.level, ("questions", i, "options", j, "level"))
        elif isinstance(q, ContraIndicator):
            level_ref(q.caps_below, ("questions", i, "caps_below"))
    for i, dev in enumerate(ladder.development):
        ref(dev.competency, comp_ids, "competency", ("development", i, "competency"))
        level_ref(dev.to_level, ("development", i, "to_level"))

    def file_index(key: str, index: int) -> int:
        """The index in the file of item ``index`` of the list ``key`` of what was read."""
        found = view.original_path((key, index))[1]
        return found if isinstance(found, int) else index

    def stand_in_band(index: int) -> bool:
        at = file_index("levels", index)
        return ("levels", at, "band") in dropped.replaced or ("levels", at, "band_to") in dropped.replaced

    _check_levels(ladder, out, stand_in_band)
    # a carry with no defined cell before it may have had one at a level that was left out; a level may
    # add no requirement only for want of the cells of a competency that was left out
    _check_cells(
        ladder,
        out,
        carry_hidden=lambda index: dropped.before("levels", file_index("levels", index)),
        cells_hidden=any(len(path) == 2 and path[0] == "competencies" for path in dropped.paths),
    )
    _check_similar_wording(ladder, out)
    texts = _Collector(doc, lang)  # every text of the file, also in parts the schema rejects
    _check_texts(doc, texts, skip=partial.errors if partial is not None else ())
    out.issues += texts.issues

    # warnings that point at gaps rather than contradictions
    for i, comp in enumerate(ladder.competencies):
        if not comp.taxonomy and not dropped.under(view.original_path(("competencies", i, "taxonomy"))):
            out.add(
                ("competencies", i, "id"),
                "no-taxonomy",
                "no-taxonomy",
                severity="warning",
                at_key=False,
                id=comp.id,
            )
    used_groups = {c.group for c in ladder.competencies}
    # a competency whose group the schema rejects may be in any group
    group_replaced = any(path[0] == "competencies" and path[-1:] == ("group",) for path in dropped.replaced)
    for i, g in enumerate(ladder.groups):
        if g.id not in used_groups and not dropped.under(("competencies",)) and not group_replaced:
            out.add(("groups", i, "id"), "unused-id", "unused-group", severity="warning", at_key=False, id=g.id)
    used_types = {lv.type for lv in ladder.levels}
    for i, t in enumerate(ladder.types):
        if t.id not in used_types and not dropped.under(("levels",)):
            out.add(("types", i, "id"), "unused-id", "unused-type", severity="warning", at_key=False, id=t.id)
    return out.issues


def _check_development_duplicates(ladder: Ladder, out: _Collector, skip: Callable[[int], bool]) -> None:
    """Development actions for the same competency and level twice (but for entries ``skip`` says have a
    stand-in competency)."""
    first: dict[tuple[str, str | None], int] = {}
    for i, dev in enumerate(ladder.development):
        if skip(i):
            continue
        key = (dev.competency, dev.to_level)
        if key in first:
            out.add(
                ("development", i),
                "duplicate-id",
                "duplicate-development",
                competency=dev.competency,
                level=repr(dev.to_level) if dev.to_level else out.say("any-level"),
                line=out.line(("development", first[key])),
            )
        else:
            first[key] = i


def _index(ladder: Ladder) -> dict[str, int]:
    """Level id -> position in the file (the first one, if an id repeats)."""
    found: dict[str, int] = {}
    for i, lv in enumerate(ladder.levels):
        found.setdefault(lv.id, i)
    return found


def _check_levels(ladder: Ladder, out: _Collector, stand_in_band: Callable[[int], bool] = lambda i: False) -> None:
    """Branching (track/after), band order along each track, and levels no track reaches. The bands of
    the levels ``stand_in_band`` says are stand-ins (for a band the schema rejects) are not compared."""
    index = _index(ladder)
    by_id = {lv.id: lv for lv in ladder.levels}
    seen_tracks: set[str] = set()
    for i, lv in enumerate(ladder.levels):
        if lv.band_to is not None and lv.band_to < lv.band and not stand_in_band(i):
            out.add(
                ("levels", i, "band_to"),
                "band-order",
                "band-to-order",
                at_key=False,
                band_to=lv.band_to,
                band=lv.band,
            )
        first_of_track = lv.track is not None and lv.track not in seen_tracks
        if lv.track is not None:
            seen_tracks.add(lv.track)
        if lv.after is None:
            continue
        if lv.track is None:
            out.add(("levels", i, "after"), "bad-branch", "after-on-trunk", id=lv.id)
        elif not first_of_track:
            out.add(("levels", i, "after"), "bad-branch", "after-not-first", id=lv.id, track=lv.track)
        elif lv.after in by_id and by_id[lv.after].track is not None:
            out.add(
                ("levels", i, "after"),
                "bad-branch",
                "after-off-trunk",
                at_key=False,
                id=lv.after,
                track=by_id[lv.after].track,
            )

    tracks = ladder.tracks()
    reported: set[str] = set()
    on_a_track: set[str] = set()
    for name, path in tracks.items():
        on_a_track.update(lv.id for lv in path)
        known = [lv for lv in path if not stand_in_band(index[lv.id])]
        for previous, lv in pairwise(known):
            if lv.band < previous.band and lv.id not in reported:
                reported.add(lv.id)
                out.add(
                    ("levels", index[lv.id], "band"),
                    "band-order",
                    "band-order",
                    at_key=False,
                    band=lv.band,
                    id=lv.id,
                    before=previous.band,
                    previous=previous.id,
                    on_track=out.on_track(lv, name),
                )
    for lv in ladder.levels:
        if lv.id not in on_a_track:
            out.add(("levels", index[lv.id], "id"), "unreachable-level", "off-track-level", at_key=False, id=lv.id)


def _own_requirement(ladder: Ladder, level: Level) -> bool:
    return any(isinstance(c.expectations.get(level.id), Expectation) for c in ladder.competencies)


def _check_cells(
    ladder: Ladder,
    out: _Collector,
    *,
    carry_hidden: Callable[[int], bool] = lambda i: False,
    cells_hidden: bool = False,
) -> None:
    """A cell for every level, carry only after a defined cell, and every level adds a requirement.

    For a file the schema rejects in part: no carry-first at a level ``carry_hidden`` says may have had a
    defined cell before it that was left out, and no unreachable level when ``cells_hidden`` (cells of
    a competency were left out).
    """
    index = _index(ladder)
    tracks = ladder.tracks()
    for i, comp in enumerate(ladder.competencies):
        missing = [lv.id for lv in ladder.levels if lv.id not in comp.expectations]
        if missing:
            out.add(
                ("competencies", i, "expectations"),
                "missing-cell",
                "missing-cell",
                at_key=True,
                id=comp.id,
                levels=", ".join(repr(m) for m in dict.fromkeys(missing)),
            )
        if not any(isinstance(cell, Expectation) for cell in comp.expectations.values()):
            out.add(("competencies", i, "id"), "empty-competency", "empty-competency", at_key=False, id=comp.id)
            continue
        reported: set[str] = set()
        for name, path in tracks.items():
            defined = False
            for lv in path:
                cell = comp.expectations.get(lv.id)
                defined = defined or isinstance(cell, Expectation)
                if isinstance(cell, Carry) and not defined and lv.id not in reported and not carry_hidden(index[lv.id]):
                    reported.add(lv.id)
                    out.add(
                        ("competencies", i, "expectations", lv.id),
                        "carry-first",
                        "carry-first",
                        at_key=True,
                        level=lv.id,
                        on_track=out.on_track(lv, name),
                    )
    reported_levels: set[str] = set()
    for path in tracks.values():
        for previous, lv in pairwise(path):
            if lv.id not in reported_levels and not cells_hidden and not _own_requirement(ladder, lv):
                reported_levels.add(lv.id)
                out.add(
                    ("levels", index[lv.id], "id"),
                    "unreachable-level",
                    "unreachable-level",
                    at_key=False,
                    id=lv.id,
                    previous=previous.id,
                )


def _words(text: str, lang: Lang) -> list[str]:
    # en compares word sequences (faster and closer to meaning); zh compares characters
    return text.lower().split() if lang == "en" else list(text)


def _similar(a: str, b: str, lang: Lang) -> bool:
    """difflib ratio >= SIMILARITY, computed only when cheaper upper bounds allow it."""
    wa, wb = _words(a, lang), _words(b, lang)
    total = len(wa) + len(wb)
    if not total or 2 * min(len(wa), len(wb)) < SIMILARITY * total:  # the bound of real_quick_ratio
        return False
    matcher = difflib.SequenceMatcher(None, wa, wb, autojunk=False)
    return matcher.quick_ratio() >= SIMILARITY and matcher.ratio() >= SIMILARITY


def _similar_text(a: Text, b: Text) -> bool:
    return any(_similar(a.get(lang), b.get(lang), lang) for lang in LANGS)


def _check_similar_wording(ladder: Ladder, out: _Collector) -> None:
    """Warn when an indicator repeats one of the previous defined cell on a track almost word for word."""
    compared: set[tuple[str, str, str]] = set()
    for i, comp in enumerate(ladder.competencies):
        for path in ladder.tracks().values():
            below: tuple[str, Expectation] | None = None
            for lv in path:
                cell = comp.expectations.get(lv.id)
                if not isinstance(cell, Expectation):
                    continue
                if below is not None and below[0] != lv.id and (comp.id, below[0], lv.id) not in compared:
                    compared.add((comp.id, below[0], lv.id))
                    for k, ind in enumerate(cell.indicators):
                        lower = below[1].indicators
                        other = next((o for o in lower if _similar_text(ind.text, o.text)), None)
                        if other is not None:
                            out.add(
                                ("competencies", i, "expectations", lv.id, "indicators", k, "text"),
                                "similar-wording",
                                "similar-wording",
                                severity="warning",
                                at_key=True,
                                id=ind.id,
                                other=other.id,
                                level=below[0],
                            )
                below = (lv.id, cell)


def _texts(data: Any) -> Iterator[tuple[PathKey, str, str]]:
    """Every text ({zh, en} of two strings) in the parsed file, with its path; iterative, in file order."""
    stack: list[tuple[PathKey, Any]] = [((), data)]
    while stack:
        path, node = stack.pop()
        if isinstance(node, dict):
            zh, en = node.get("zh"), node.get("en")
            if len(node) == 2 and isinstance(zh, str) and isinstance(en, str):
                yield path, zh, en
                continue
            stack.extend(((*path, key), value) for key, value in reversed(node.items()))
        elif isinstance(node, list):
            stack.extend(((*path, j), value) for j, value in reversed(list(enumerate(node))))


def _check_texts(doc: Document, out: _Collector, skip: Sequence[PathKey] = ()) -> None:
    """Both languages present and not blank; warn when one was obviously not translated, and at stray
    spaces in Chinese. Texts with a schema error inside (paths ``skip``) are left to that error."""
    rejected = {path[:end] for path in skip for end in range(len(path) + 1)}
    for path, zh_raw, en_raw in _texts(doc.data):
        if path in rejected:
            continue
        if " " in zh_raw:
            _check_spaces(doc, out, (*path, "zh"), zh_raw)
        for which, raw in (("zh", zh_raw), ("en", en_raw)):
            odd = _ODD_SPACE.search(raw) if "\n" not in raw.rstrip("\n") else None
            if odd is not None:
                char, start = odd.group(), odd.start()
                what = out.say("a-tab") if char == "\t" else out.say("odd-space-char", point=ord(char))
                context = raw[max(0, start - 8) : start + 9]
                mark = _position_in_source(doc, (*path, which), raw, start)
                out.add_at(mark, (*path, which), "odd-space", "odd-space", severity="warning", what=what,
                           context=context)
        zh, en = zh_raw.strip(), en_raw.strip()
        blank = [which for which, text in (("zh", zh), ("en", en)) if not text]
        for which in blank:
            out.add((*path, which), "missing-text", "blank-text", at_key=True, which=which)
        if blank:
            continue
        if zh == en and len(zh) >= UNTRANSLATED_MIN_CHARS:
            out.add(path, "untranslated", "untranslated", severity="warning", at_key=True)
        elif len(zh) >= UNTRANSLATED_MIN_CHARS and not any(_is_cjk(c) for c in zh):
            out.add((*path, "zh"), "untranslated", "wrong-script-zh", severity="warning", at_key=True)
        elif not en.isascii():
            cjk = sum(1 for c in en if _is_cjk(c))
            latin = sum(1 for c in en if c.isascii() and c.isalpha())
            if cjk >= UNTRANSLATED_MIN_CJK and cjk > latin:
                out.add((*path, "en"), "untranslated", "wrong-script-en", severity="warning", at_key=True)


def _check_spaces(doc: Document, out: _Collector, path: PathKey, text: str) -> None:
    """A warning at each stray space in a Chinese text, located where it is in the file."""
    for start, end in stray_spaces(text):
        context = text[max(0, start - 4) : end + 4]
        mark = _position_in_source(doc, path, text, start)
        out.add_at(mark, path, "cjk-space", "cjk-space", severity="warning", context=context)


def _position_in_source(doc: Document, path: PathKey, value: str, index: int) -> Mark:
    """Where character ``index`` of the scalar ``value`` at ``path`` is written in the file.

    The characters of the value are matched one by one against the file from the scalar's start, so a
    space that YAML made of a line break (folded or plain text over several lines) is found at the end
    of its line; the scalar's own position when the match fails (escapes in double quotes, say).
    """
    from pmladder.io.yamldoc import Mark

    start_mark = doc.mark_of(path, key=False)
    source = doc.text
    if not source:
        return start_mark
    offset = 0
    for _ in range(start_mark.line - 1):
        offset = source.find("\n", offset) + 1
        if offset == 0:
            return start_mark
    at = offset + start_mark.col - 1
    for j in range(index + 1):
        char = value[j]
        while at < len(source) and source[at] != char and not (char == " " and source[at] == "\n"):
            at += 1
        if at >= len(source):
            return start_mark
        if j < index:
            at += 1
    line_start = source.rfind("\n", 0, at) + 1
    return Mark(source.count("\n", 0, at) + 1, at - line_start + 1)


def check_taxonomy(
    taxonomy: Taxonomy, doc: Document, *, lang: Lang = "en", replaced: Sequence[PathKey] = ()
) -> list[Issue]:
    """Bands 1 to 7 in order and unique competency ids; a band ``replaced`` by a stand-in (for one the
    schema rejects, a path in the file) is not checked."""
    out = _Collector(doc, lang)
    for i, band in enumerate(taxonomy.bands):
        if doc.original_path(("bands", i, "band")) in replaced:
            continue
        if band.band != i + 1:
            out.add(("bands", i, "band"), "band-order", "taxonomy-bands", at_key=False, band=band.band)
    out.unique(
        [(c.id, ("competencies", i, "id")) for i, c in enumerate(taxonomy.competencies)],
        "taxonomy competency",
    )
    return out.issues


# ---- using a ladder ---------------------------------------------------------------------------------


def ladder_file_issues(
    loaded: Loaded[Ladder], taxonomy: Taxonomy | None = None, lang: Lang = "en", *, semantic: bool = True
) -> list[Issue]:
    """Every issue ``pmladder validate`` reports for a ladder file, in its order: the YAML reader's, the
    schema's and (with ``semantic``) those of the semantic checks of what could be read."""
    from pmladder.io.ladder_files import load_taxonomy
    from pmladder.io.models import sort_issues

    issues = list(loaded.issues)
    partial = loaded.readable() if semantic and loaded.document is not None else None
    if partial is not None and loaded.document is not None:
        issues += check_ladder(
            partial.value, loaded.document, taxonomy or load_taxonomy(), lang=lang, partial=partial
        )
    return sort_issues(issues)


def ladder_errors(
    loaded: Loaded[Ladder], taxonomy: Taxonomy | None = None, lang: Lang = "en", *, semantic: bool = True
) -> list[Issue]:
    """Every error (no warnings) of a loaded ladder file, in validate's order: its YAML and schema
    problems, and (with ``semantic``) the ones validate's semantic checks report (a missing cell, a
    band out of order...), so that the first one is the first error validate lists.

    Callers pass ``semantic=False`` for the bundled ladders: CI validates those, and checking them on
    every run would cost 10-30 ms for nothing.
    """
    return [i for i in ladder_file_issues(loaded, taxonomy, lang, semantic=semantic) if i.severity == "error"]


def require_valid_ladder(loaded: Loaded[Ladder], lang: Lang = "en", *, semantic: bool = True) -> Ladder:
    """The ladder, or an InputError naming its first error, like ``io.models.require`` but also for the
    semantic errors: assess, compare and show never work on a ladder that validate rejects."""
    from pmladder.io.models import Loaded, require

    errors = ladder_errors(loaded, lang=lang, semantic=semantic)
    return require(Loaded(None if errors else loaded.value, errors, loaded.document))


# ---- validating files -----------------------------------------------------------------------------


@dataclass
class FileReport:
    """What validate found in one file."""

    file: str
    #: what the file was checked as: ladder, taxonomy, answers, assessment or session
    kind: str
    issues: list[Issue] = field(default_factory=list)
    #: the problem that stopped the checks of the file (a syntax error, bad encoding, a limit...): what
    #: follows it, the schema and the semantic checks were not looked at; None when the file was read whole
    stopped: Issue | None = None

    @property
    def errors(self) -> int:
        return sum(1 for i in self.issues if i.severity == "error")

    @property
    def warnings(self) -> int:
        return sum(1 for i in self.issues if i.severity == "warning")

    def valid(self, strict: bool = False) -> bool:
        return self.errors == 0 and not (strict and self.warnings)


@dataclass
class ValidationResult:
    """Every file validate looked at, with its issues; the reporters format this."""

    files: list[FileReport]
    strict: bool = False

    @property
    def issues(self) -> list[Issue]:
        return [issue for report in self.files for issue in report.issues]

    @property
    def errors(self) -> int:
        return sum(r.errors for r in self.files)

    @property
    def warnings(self) -> int:
        return sum(r.warnings for r in self.files)

    @property
    def invalid(self) -> int:
        return sum(1 for r in self.files if not r.valid(self.strict))

    @property
    def ok(self) -> bool:
        return self.invalid == 0


def file_kind(data: Any) -> str:
    """What a parsed file is checked as: by its ``schema:``; an answers file may leave that out."""
    schema = data.get("schema") if isinstance(data, dict) else None
    if isinstance(schema, str):
        for kind in ("taxonomy", "answers", "assessment", "session"):
            if schema.startswith(f"pmladder/{kind}@"):
                return kind
    # answers files name their ladder (``ladder: pmm``); a ladder has ``id`` and ``levels`` instead
    if schema is None and isinstance(data, dict) and "ladder" in data and "levels" not in data:
        return "answers"
    return "ladder"


def validate_file(raw: bytes, filename: str, *, taxonomy: Taxonomy | None = None, lang: Lang = "en") -> FileReport:
    """Parse, schema-check and (for a schema-valid ladder or taxonomy) semantically check one file.

    The file's ``schema:`` value picks what it is checked as: ``pmladder/taxonomy@1``,
    ``pmladder/answers@1``, ``pmladder/assessment@1`` (a saved result), ``pmladder/session@1`` (an
    unfinished assessment), anything else a ladder.
    """
    from pmladder.io.models import load_document, sort_issues
    from pmladder.io.yamldoc import LoadFailed, parse_document
    from pmladder.model.answers import Answers

    try:
        doc = parse_document(raw, filename)
    except LoadFailed as failed:
        # the problem that stops reading is the last one found
        return FileReport(filename, "ladder", sort_issues(failed.issues), failed.issues[-1] if failed.issues else None)
    kind = file_kind(doc.data)
    if kind == "taxonomy":
        loaded_taxonomy = load_document(Taxonomy, doc)
        issues = loaded_taxonomy.issues
        partial = loaded_taxonomy.readable()
        if partial is not None:
            found = check_taxonomy(partial.value, partial.document, lang=lang, replaced=partial.replaced)
            issues = [*issues, *found]
        return FileReport(filename, kind, sort_issues(issues))
    if kind == "answers":
        return FileReport(filename, kind, load_document(Answers, doc).issues)
    if kind == "assessment":
        from pmladder.model.assessment import Assessment

        return FileReport(filename, kind, load_document(Assessment, doc).issues)
    if kind == "session":  # an unfinished assessment: its damage is reported as saved results' is
        from pmladder.session import Session

        return FileReport(filename, kind, load_document(Session, doc).issues)
    return FileReport(filename, kind, ladder_file_issues(load_document(Ladder, doc), taxonomy, lang))


#: the command-line name of standard input
STDIN = "-"


def _display(path: Path) -> str:
    """A bundled file's name relative to the working folder when it is inside it, else absolute."""
    try:
        relative = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return str(path)
    return str(path) if relative.startswith("..") else relative


def expand_paths(args: Sequence[str], *, lang: Lang = "en") -> list[tuple[str, Path | None]]:
    """Command-line paths to (display name, file) pairs; ``-`` stays as (``-``, None).

    Folders expand to their ``*.yaml``/``*.yml`` files, recursively; no argument means every bundled
    ladder file. A path that does not exist, or a folder without YAML files, is a usage error.
    """
    from pmladder.io.ladder_files import bundled_dir, iter_yaml_files

    if not args:
        return [(_display(p), p) for p in sorted(bundled_dir().glob("*.yaml"))]
    found: list[tuple[str, Path | None]] = []
    seen: set[str] = set()

    def add(name: str, path: Path | None) -> None:
        key = STDIN if path is None else os.path.realpath(path)
        if key not in seen:
            seen.add(key)
            found.append((name, path))

    for arg in args:
        if arg == STDIN:
            add(STDIN, None)
            continue
        path = Path(arg)
        if path.is_dir():
            files = list(iter_yaml_files(path))
            if not files:
                raise NotFoundError(message(MESSAGES, "no-yaml", lang, path=arg))
            for file in files:
                add(str(file), file)
        elif path.exists() or path.is_symlink():  # a broken link is reported as unreadable
            add(arg, path)
        else:
            raise NotFoundError(message(MESSAGES, "no-such-path", lang, path=arg))
    return found


#: batches at least this large are spread over the CPU cores (where processes can be forked)
PARALLEL_MIN_FILES = 64

_worker_setup: tuple[Taxonomy, Lang] | None = None


def _init_worker(taxonomy: Taxonomy, lang: Lang, *, in_pool: bool = False) -> None:
    global _worker_setup
    _worker_setup = (taxonomy, lang)
    if in_pool:
        import signal

        # Ctrl-C is the parent's to handle: workers printing their own KeyboardInterrupt tracebacks
        # would bury the one-line message
        signal.signal(signal.SIGINT, signal.SIG_IGN)


def _check_path(job: tuple[str, Path]) -> tuple[str, FileReport, str | None]:
    """Read and validate one file; an unreadable file is an issue of its own, not a crash.

    Also returns the content key of what was read (None when unreadable), for the clean-file cache:
    the key of the bytes that were checked, even when the file changes meanwhile.
    """
    from pmladder.cache import content_key
    from pmladder.io.reading import read_bytes

    assert _worker_setup is not None
    taxonomy, lang = _worker_setup
    name, path = job
    try:
        raw = read_bytes(path)
    except PmladderError as exc:  # exists but cannot be read (permissions, a special file)
        # the loader's message says why in full ("cannot read (a symbolic link loop)"); the file is
        # already named at the start of the issue line
        text = exc.text(lang).removeprefix(f"{path}: ").removeprefix(f"{path}：")
        issue = Issue(file=name, line=1, col=1, code="unreadable", message=text)
        return name, FileReport(name, "ladder", [issue]), None
    return name, validate_file(raw, name, taxonomy=taxonomy, lang=lang), content_key(raw)


def _run_checks(
    files: list[tuple[str, Path]], taxonomy: Taxonomy, lang: Lang
) -> list[tuple[str, FileReport, str | None]]:
    """Every file's report, in order; large batches run on every core (each file is independent)."""
    import multiprocessing
    import os

    workers = min(os.cpu_count() or 1, 8)
    if len(files) < PARALLEL_MIN_FILES or workers < 2 or "fork" not in multiprocessing.get_all_start_methods():
        _init_worker(taxonomy, lang)
        return [_check_path(job) for job in files]
    from concurrent.futures import ProcessPoolExecutor

    # fork: the workers inherit the imported modules, so starting them costs milliseconds
    context = multiprocessing.get_context("fork")
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_pool_worker, initargs=(taxonomy, lang))
    try:
        return list(pool.map(_check_path, files, chunksize=max(1, len(files) // (workers * 4))))
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _cached_kind(path: Path, cache: CleanCache) -> str | None:
    """What the file was checked as when its content is in the clean cache, else None."""
    from pmladder.cache import content_key
    from pmladder.io.reading import read_bytes

    if not path.is_file():
        return None  # a pipe (validate <(...)) can be read only once: that read is the check's
    try:
        raw = read_bytes(path)
    except PmladderError:
        return None  # the check reports it
    return cache.kind(content_key(raw))


def _check_files(
    files: list[tuple[str, Path]], taxonomy: Taxonomy, lang: Lang, cache: CleanCache | None
) -> dict[str, FileReport]:
    """Every file's report by name: from the clean cache when its content is there, else checked.

    The lookup reads each file here, before any worker starts, so that a batch of unchanged files never
    starts a process pool; a changed file is then read again by its check (a small share of its cost).
    """
    reports: dict[str, FileReport] = {}
    pending: list[tuple[str, Path]] = []
    for name, path in files:
        kind = _cached_kind(path, cache) if cache is not None else None
        if kind is not None:
            reports[name] = FileReport(name, kind)
        else:
            pending.append((name, path))
    for name, report, key in _run_checks(pending, taxonomy, lang):
        reports[name] = report
        if cache is not None and key is not None and not report.issues:
            cache.add(key, report.kind)
    if cache is not None:
        cache.save()
    return reports


def _pool_worker(taxonomy: Taxonomy, lang: Lang) -> None:
    _init_worker(taxonomy, lang, in_pool=True)


def validate_paths(
    args: Sequence[str],
    *,
    read_stdin: Callable[[], bytes] | None = None,
    stdin_filename: str = "<stdin>",
    taxonomy: Taxonomy | None = None,
    strict: bool = False,
    lang: Lang = "en",
    use_cache: bool = True,
) -> ValidationResult:
    """Validate files, folders and ``-`` (read with the injected ``read_stdin``); collect every issue.

    With ``use_cache``, files whose exact content was found clean before (no error, no warning) by the
    same validator and taxonomy are not checked again (see :mod:`pmladder.cache`); standard input is
    always checked.
    """

    jobs = expand_paths(args, lang=lang)
    if taxonomy is None:
        from pmladder.io.ladder_files import load_taxonomy

        taxonomy = load_taxonomy()
    files = [(name, path) for name, path in jobs if path is not None]
    cache = None
    if use_cache and files:
        from pmladder.cache import open_cache

        cache = open_cache(taxonomy.model_dump_json())
    by_name = _check_files(files, taxonomy, lang, cache)
    reports: list[FileReport] = []
    for name, path in jobs:
        if path is None:
            if read_stdin is None:
                raise NotFoundError(message(MESSAGES, "no-stdin", lang))
            reports.append(validate_file(read_stdin(), stdin_filename, taxonomy=taxonomy, lang=lang))
        else:
            reports.append(by_name[name])
    return ValidationResult(reports, strict=strict)
