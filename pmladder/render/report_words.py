"""The words of an assessment report: ids as names, confidence reasons, flags, changes (English plurals too)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pmladder.i18n import lookup, t
from pmladder.render.ladder import track_text

if TYPE_CHECKING:
    from pmladder.model.assessment import Reason, ReasonValue
    from pmladder.model.ladder import Ladder, Lang

#: the codes of the report's words in pmladder.i18n (render_assessment.py)
PREFIX = "render.assessment."
#: the value that picks the singular "-one" variant of a message when it is 1 (English plurals)
_COUNTS = ("count", "n", "gap")


def words(key: str, lang: Lang, **values: object) -> str:
    """The report's words for ``key`` (``render.assessment.<key>``), singular where a count is 1."""
    if known(f"{key}-one") and any(values.get(name) == 1 for name in _COUNTS):
        key += "-one"  # "1 competency", not "1 competencies"
    return t(PREFIX + key, lang, **values)


def known(key: str) -> bool:
    """Whether the report has words for ``key`` (a reason or flag code the core may add later has none)."""
    return lookup(PREFIX + key) is not None


class Names:
    """Ladder ids to display names in one language."""

    def __init__(self, ladder: Ladder, lang: Lang, skipped: frozenset[str] = frozenset()) -> None:
        self.ladder = ladder
        self.lang = lang
        #: the competencies the PM skipped
        self.skipped = skipped

    def level(self, level_id: str | None) -> str:
        if level_id is None:
            return words("below-first", self.lang)
        level = self.ladder.level(level_id)
        return level.name.get(self.lang) if level else level_id

    def track(self, track_id: str) -> str:
        return track_text(self.ladder.track_name(track_id), track_id, self.lang)

    def competency(self, competency_id: str) -> str:
        comp = self.ladder.competency(competency_id)
        return comp.name.get(self.lang) if comp else competency_id

    def competencies(self, joined: ReasonValue, core: bool = False) -> str:
        """Competency ids joined by ", " as names; with ``core``, core ones are marked so."""
        sep = "、" if self.lang == "zh" else ", "
        return sep.join(self.competency(c) + self.core_mark(c, core) for c in str(joined).split(", ") if c)

    def core_mark(self, competency_id: str, wanted: bool = True) -> str:
        comp = self.ladder.competency(competency_id)
        return words("core-mark", self.lang) if wanted and comp is not None and comp.core else ""

    def indicator(self, indicator_id: str) -> str:
        found = self.ladder.indicators().get(indicator_id)
        return found[2].text.get(self.lang) if found else indicator_id

    def advice(self, question_id: str) -> str:
        question = next((q for q in self.ladder.questions if q.id == question_id), None)
        advice = getattr(question, "advice", None)
        return advice.get(self.lang) if advice is not None else ""

    def question(self, question_id: str) -> str:
        question = next((q for q in self.ladder.questions if q.id == question_id), None)
        if question is None:
            return question_id
        name = getattr(question, "name", None) or getattr(question, "prompt", None)
        return name.get(self.lang) if name is not None else question_id


def pct(value: ReasonValue) -> str:
    return f"{round(float(value) * 100)}%"


def reason_text(reason: Reason, names: Names) -> str:
    """A confidence reason as one translated sentence."""
    values = dict(reason.values)
    if "share" in values:
        values["share"] = pct(values["share"])
    if "competencies" in values:
        values["competencies"] = names.competencies(values["competencies"], core=reason.code == "skipped")
    if "level" in values:
        values["level"] = names.level(str(values["level"]))
    if "questions" in values:
        sep = "、" if names.lang == "zh" else ", "
        values["questions"] = sep.join(names.question(q) for q in str(values["questions"]).split(", ") if q)
    key = f"reason-{reason.code}"
    listed = str(reason.values.get("competencies", "")).split(", ")
    if reason.code == "not_observed" and names.skipped.intersection(listed):
        key += "-skipped"  # the cells of a competency skipped part-way were not answered "no opportunity"
    if not known(key):
        return reason.code
    return words(key, names.lang, **values)


def flag_text(flag: Reason, names: Names) -> str:
    """A per-competency flag as a short translated phrase."""
    key = f"flag-{flag.code}"
    if not known(key):
        return flag.code
    values: dict[str, object] = dict(flag.values)
    if flag.code == "contra":
        values["name"] = names.question(str(flag.values.get("question", "")))
    return words(key, names.lang, **values)


def colon(lang: Lang) -> str:
    """Chinese runs have no spaces to wrap at: keep them joined so Rich folds them evenly."""
    return "：" if lang == "zh" else ": "


def current(value: object, lang: Lang) -> str:
    return words("unrated", lang) if value is None else ("n/a" if value == "na" else str(value))
