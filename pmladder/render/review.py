"""Words and blocks of feedback: who rated whom in a result's summary, and the perception-gap report."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pmladder.i18n import t

if TYPE_CHECKING:
    from pmladder.i18n import Lang
    from pmladder.model.assessment import Assessment


def rated_title(assessment: Assessment, lang: Lang) -> str:
    """The title of a result that names someone: "Manager's rating of Alice", "Self-assessment: Alice"."""
    return t("feedback.result-title", lang, variant=assessment.role, person=assessment.subject or "")


def rater_text(role: str, rater: str | None, lang: Lang) -> str:
    """Who rated: "Bob (manager)", "a peer", "self"."""
    if rater is None:
        return t("feedback.rater-unnamed", lang, variant=role)
    return t("feedback.rater-named", lang, variant=role, rater=rater)


def rated_rows(assessment: Assessment, lang: Lang) -> list[tuple[str, str]]:
    """The summary rows "About" and "Rated by" of a result that names someone."""
    rows = [(t("feedback.row-about", lang), assessment.subject or t("feedback.unnamed", lang))]
    rows.append((t("feedback.row-rated-by", lang), rater_text(assessment.role, assessment.rater, lang)))
    return rows
