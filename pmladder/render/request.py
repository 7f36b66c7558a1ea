"""A feedback request written as a commented YAML form: how to answer it, and every statement to rate."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from pmladder.i18n import t
from pmladder.safetext import inert

if TYPE_CHECKING:
    from pmladder.i18n import Lang
    from pmladder.model.feedback import FeedbackRequest
    from pmladder.model.ladder import Ladder


def _comment(text: str) -> str:
    """One line of a YAML comment: the text on one line, with nothing a terminal or YAML acts on."""
    return inert(" ".join(text.split()))


def _scalar(value: str | None) -> str:
    """A YAML scalar: null, or a double-quoted string (JSON's escapes are YAML's)."""
    return "null" if value is None else json.dumps(value, ensure_ascii=False)


def request_yaml(request: FeedbackRequest, ladder: Ladder, lang: Lang, file: str) -> str:
    """The request as a form: comments in ``lang`` say how to answer it (``file`` is its name in the
    commands shown); every statement to rate is a key with an empty value and the statement beside it."""
    from pmladder.feedback import request_items

    person = _comment(request.about)
    level_names = ", ".join(_comment(lv.name.get(lang)) for lv in map(ladder.level, request.levels) if lv)
    head = [
        t("feedback.form.title", lang, person=person, ladder=_comment(ladder.name.get(lang)), levels=level_names),
        t("feedback.form.interactive", lang, file=_comment(file)),
        t("feedback.form.offline", lang, person=person, file=_comment(file)),
        t("feedback.form.hand-back", lang, person=person, file=_comment(file)),
    ]
    lines = [f"# {line}" for line in head]
    lines += [
        f"schema: {request.schema_}",
        f"ladder: {request.ladder}",
        f"ladder_sha256: {_scalar(request.ladder_sha256)}",  # quoted: digits alone would read as a number
        f"about: {_scalar(request.about)}",
        f"track: {_scalar(request.track)}",
        f"levels: [{', '.join(request.levels)}]",
        f"created: {_scalar(request.created)}",
        f"role: {'' if request.role is None else request.role}    # {t('feedback.form.role', lang)}",
        f"rater: {'' if request.rater is None else _scalar(request.rater)}    # {t('feedback.form.rater', lang)}",
        "ratings:",
    ]
    heading = None
    for competency, level, indicator in request_items(ladder, request.levels):
        title = f"{competency.name.get(lang)} · {level.name.get(lang)}"
        if title != heading:
            lines.append(f"  # {_comment(title)}")
            heading = title
        value = request.ratings.get(indicator.id)
        shown = "" if value is None else f" {value}"
        lines.append(f"  {indicator.id}:{shown}    # {_comment(indicator.text.get(lang))}")
    lines += [f"# {t('feedback.form.evidence', lang, person=person)}", "evidence:"]
    cells = 0
    for competency, level, indicator in request_items(ladder, request.levels):
        cell = competency.expectations[level.id]
        if not ladder.needs_evidence(level.id) or cell.indicators[0].id != indicator.id:  # type: ignore[union-attr]
            continue
        cells += 1
        title = f"{competency.name.get(lang)} · {level.name.get(lang)}"
        hint = t("feedback.form.for-instance", lang, hint=cell.evidence.get(lang))  # type: ignore[union-attr]
        lines.append(f"  # {_comment(title)}: {_comment(hint)}")
        given = request.evidence.get(indicator.id)
        lines.append(f"  {indicator.id}:{'' if given is None else ' ' + _scalar(given)}")
    if cells == 0:
        lines[-1] = "evidence: {}"
    return "\n".join(lines) + "\n"
