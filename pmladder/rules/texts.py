"""Rules of the texts of a file: both languages written, translated, without stray or odd spaces, not repeated."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from pmladder.model.ladder import Expectation, Ladder, Text
from pmladder.rules.common import Collector, PathKey

if TYPE_CHECKING:
    from pmladder.io.yamldoc import Document, Mark

#: indicator texts at neighbouring levels at least this similar (difflib ratio) get a warning
SIMILARITY = 0.9
#: identical zh and en texts of at least this length, or a zh text this long without Chinese, get a warning
UNTRANSLATED_MIN_CHARS = 20
#: an en text with at least this many Chinese characters, most of its letters, gets a warning
UNTRANSLATED_MIN_CJK = 5

#: whitespace that a one-line text has no use for: a tab, no-break and other typographic spaces, zero-width
#: spaces and joiners, line and paragraph separators (the ideographic space U+3000 is Chinese typesetting)
_ODD_SPACE = re.compile("[\t\u00a0\u1680\u180e\u2000-\u200d\u2028\u2029\u202f\u205f\u2060]")


#: runs of ASCII characters, and the ASCII bytes that are not letters (C-speed counts of a text's scripts)
_ASCII = re.compile("[\x00-\x7f]+")
_NOT_LETTERS = bytes(b for b in range(128) if not chr(b).isalpha())


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


# ---- indicators that repeat the level below ------------------------------------------------------------


class _Wording:
    """An indicator's texts as difflib compares them (zh by characters, en by lowercase words), and the sets
    of their elements (made when first needed), once per indicator however often it is compared."""

    __slots__ = ("_sets", "en", "zh")

    def __init__(self, text: Text) -> None:
        self.zh: str = text.zh
        self.en: list[str] = text.en.lower().split()
        self._sets: tuple[frozenset[str], frozenset[str]] | None = None

    def sets(self) -> tuple[frozenset[str], frozenset[str]]:
        if self._sets is None:
            self._sets = (frozenset(self.zh), frozenset(self.en))
        return self._sets

    def like(self, other: _Wording) -> bool:
        """Whether either language's text reads almost the same as the other's (difflib ratio >= SIMILARITY)."""
        return _similar(self.zh, other.zh, self, other, 0) or _similar(self.en, other.en, self, other, 1)


def _similar(a: Sequence[str], b: Sequence[str], wa: _Wording, wb: _Wording, which: int) -> bool:
    """difflib ratio >= SIMILARITY, computed only when cheaper upper bounds allow it.

    The ratio is 2 * matches / total. Matches are at most the shorter length (real_quick_ratio's bound),
    and leave out at least one occurrence of each element only one side has: 2 * matches <= total - the
    size of the symmetric difference of the two sets of elements. Unrelated texts stop at these bounds,
    which cost a set operation instead of difflib's tables.
    """
    total = len(a) + len(b)
    if not total or 2 * min(len(a), len(b)) < SIMILARITY * total:
        return False
    if total - len(wa.sets()[which] ^ wb.sets()[which]) < SIMILARITY * total:
        return False
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return matcher.quick_ratio() >= SIMILARITY and matcher.ratio() >= SIMILARITY


def check_similar_wording(ladder: Ladder, out: Collector) -> None:
    """Warn when an indicator repeats one of the previous defined cell on a track almost word for word."""
    compared: set[tuple[str, str, str]] = set()
    tracks = list(ladder.tracks().values())
    wordings: dict[int, list[_Wording]] = {}

    def wording(cell: Expectation) -> list[_Wording]:
        found = wordings.get(id(cell))
        if found is None:
            found = wordings[id(cell)] = [_Wording(ind.text) for ind in cell.indicators]
        return found

    for i, comp in enumerate(ladder.competencies):
        for path in tracks:
            below: tuple[str, Expectation] | None = None
            for lv in path:
                cell = comp.expectations.get(lv.id)
                if not isinstance(cell, Expectation):
                    continue
                if below is not None and below[0] != lv.id and (comp.id, below[0], lv.id) not in compared:
                    compared.add((comp.id, below[0], lv.id))
                    _compare_cells(out, (i, lv.id), (cell, wording(cell)), (below[0], below[1], wording(below[1])))
                below = (lv.id, cell)


def _compare_cells(
    out: Collector,
    at: tuple[int, str],
    cell: tuple[Expectation, list[_Wording]],
    below: tuple[str, Expectation, list[_Wording]],
) -> None:
    """A warning at each indicator of ``cell`` (competency ``at[0]``, level ``at[1]``) that reads almost
    the same as one of the cell below it."""
    level, lower, lower_wordings = below
    for k, (ind, words) in enumerate(zip(cell[0].indicators, cell[1], strict=True)):
        other = next((o for o, w in zip(lower.indicators, lower_wordings, strict=True) if words.like(w)), None)
        if other is not None:
            out.add(
                ("competencies", at[0], "expectations", at[1], "indicators", k, "text"),
                "similar-wording",
                severity="warning",
                at_key=True,
                id=ind.id,
                other=other.id,
                level=level,
            )


# ---- every text of a file ------------------------------------------------------------------------------


def _texts(data: Any) -> Iterator[tuple[list[str | int], str | int, str, str]]:
    """Every text ({zh, en} of two strings) in the parsed file, in file order, as (path of its parent, its
    key, zh, en): the parent's path is a list the walk goes on changing (copy it to keep it), so that no
    path is made for the many texts that have nothing to report."""
    path: list[str | int] = []
    stack: list[Iterator[tuple[Any, Any]]] = [iter(_items(data))]
    while stack:
        for key, value in stack[-1]:
            if isinstance(value, dict):
                if len(value) == 2:
                    zh, en = value.get("zh"), value.get("en")
                    if isinstance(zh, str) and isinstance(en, str):
                        yield path, key, zh, en
                        continue
                path.append(key)
                stack.append(iter(value.items()))
                break
            if isinstance(value, list):
                path.append(key)
                stack.append(iter(enumerate(value)))
                break
        else:
            stack.pop()
            if path:
                path.pop()


def _items(node: Any) -> Iterable[tuple[Any, Any]]:
    """The root's items; a root that is itself a text is the text at the empty path (no key)."""
    if isinstance(node, dict):
        zh, en = node.get("zh"), node.get("en")
        if len(node) == 2 and isinstance(zh, str) and isinstance(en, str):
            return [(_ROOT, node)]
        return node.items()
    return enumerate(node) if isinstance(node, list) else ()


def check_texts(doc: Document, out: Collector, skip: Sequence[PathKey] = ()) -> None:
    """Both languages present and not blank; warn when one was obviously not translated, and at stray
    spaces in Chinese. Texts with a schema error inside (paths ``skip``) are left to that error."""
    rejected = {path[:end] for path in skip for end in range(len(path) + 1)}
    search = _ODD_SPACE.search
    for parent, key, zh_raw, en_raw in _texts(doc.data):
        # most texts have nothing to report: their path is made only when one has, or when some are skipped
        if rejected and _path(parent, key) in rejected:
            continue
        if " " in zh_raw:
            _check_spaces(doc, out, (*_path(parent, key), "zh"), zh_raw)
        if search(zh_raw) is not None:
            _check_odd_space(doc, out, (*_path(parent, key), "zh"), zh_raw)
        if search(en_raw) is not None:
            _check_odd_space(doc, out, (*_path(parent, key), "en"), en_raw)
        zh, en = zh_raw.strip(), en_raw.strip()
        # most pairs: both written, different, a zh text that starts in Chinese, an ASCII en text
        if not (zh and en and zh != en and en.isascii() and (len(zh) < UNTRANSLATED_MIN_CHARS or _is_cjk(zh[0]))):
            _check_translation(out, _path(parent, key), zh, en)


#: the key of a file that is a text itself (only as the root of the walk)
_ROOT = object()


def _path(parent: list[str | int], key: object) -> PathKey:
    return tuple(parent) if key is _ROOT else (*parent, key)  # type: ignore[arg-type]


def _check_odd_space(doc: Document, out: Collector, path: PathKey, raw: str) -> None:
    """A warning at the first tab or odd space of a one-line text."""
    odd = _ODD_SPACE.search(raw) if "\n" not in raw.rstrip("\n") else None
    if odd is None:
        return
    char, start = odd.group(), odd.start()
    what: dict[str, Any] = {"variant": "tab"} if char == "\t" else {"variant": "char", "point": ord(char)}
    context = raw[max(0, start - 8) : start + 9]
    mark = _position_in_source(doc, path, raw, start)
    out.add_at(mark, path, "odd-space", severity="warning", **what, context=context)


def _check_translation(out: Collector, path: PathKey, zh: str, en: str) -> None:
    """Both texts written (stripped ``zh`` and ``en``), and not obviously left untranslated."""
    blank = [which for which, text in (("zh", zh), ("en", en)) if not text]
    for which in blank:
        out.add((*path, which), "missing-text", at_key=True, variant="blank", which=which)
    if blank:
        return
    found = _untranslated(zh, en)
    if found is not None and found[1] != "en-script" and _original_title(path):
        return  # a book without a Chinese edition keeps its original title in zh too
    if found is not None:
        below, variant = found
        out.add((*path, *below), "untranslated", severity="warning", at_key=True, variant=variant)


def _original_title(path: PathKey) -> bool:
    """Whether ``path`` is the title of a learning resource (``resources[i].title``)."""
    return len(path) == 3 and path[0] == "resources" and path[2] == "title"


def _untranslated(zh: str, en: str) -> tuple[PathKey, str] | None:
    """Which text (a path below the pair) looks untranslated, and how, or None."""
    if zh == en and len(zh) >= UNTRANSLATED_MIN_CHARS:
        return (), "same"
    if len(zh) >= UNTRANSLATED_MIN_CHARS and not (_is_cjk(zh[0]) or any(_is_cjk(c) for c in zh)):
        return ("zh",), "zh-script"
    if not en.isascii():
        cjk = sum(1 for c in _ASCII.sub("", en) if _is_cjk(c))  # the loop goes over the other characters only
        if cjk >= UNTRANSLATED_MIN_CJK and cjk > len(en.encode("ascii", "ignore").translate(None, _NOT_LETTERS)):
            return ("en",), "en-script"
    return None


def _check_spaces(doc: Document, out: Collector, path: PathKey, text: str) -> None:
    """A warning at each stray space in a Chinese text, located where it is in the file."""
    for start, end in stray_spaces(text):
        context = text[max(0, start - 4) : end + 4]
        mark = _position_in_source(doc, path, text, start)
        out.add_at(mark, path, "cjk-space", severity="warning", context=context)


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
