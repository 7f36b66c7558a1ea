"""The `review` command: a self-assessment against a manager's and peers' ratings, the gaps flagged."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from pmladder.cli.app import app
from pmladder.cli.common import Format, LangOption, check_format, format_option

if TYPE_CHECKING:
    from pmladder.model.assessment import Assessment

FORMATS = (Format.TEXT, Format.MARKDOWN, Format.JSON)


@app.command("review")
def review_command(
    self_result: str = typer.Argument(
        ...,
        metavar="SELF",
        help="Your self-assessment: a result file (assess --output result.json) or a saved result's id "
        "(pmladder history). 自评结果文件或已保存结果的 id。",
    ),
    others: list[str] = typer.Argument(  # noqa: B008
        ..., metavar="OTHER...", help="Ratings by your manager and peers (files or ids). 上级和同事的评价。"
    ),
    lang: LangOption = None,
    fmt: Annotated[Format, format_option(*FORMATS)] = Format.TEXT,
) -> None:
    """Where you and others disagree: your self-assessment against your manager's and peers' ratings.

    自评与他评的差距：逐项比较你的自评与上级、同事的评价。

    Per competency: your level, your manager's, your peers' (median) and the difference; two levels or
    more apart, or any difference on a core competency, is flagged, with questions to discuss drawn from
    the ladder; blind spots (others see more) and over-estimates apart; a combined estimate with its
    range and how it weighs the raters (docs/feedback.md).

    \b
    Examples / 示例:
      pmladder review me.json bob-on-me.json carol-on-me.json
      pmladder review me.json bob-on-me.json --format markdown > gaps.md
      pmladder review me.json bob-on-me.json --format json --lang zh
      pmladder review 2026-12-02-1 bob-on-me.json      # a saved result by its id (pmladder history)
    """
    from pmladder.cli.common import emit
    from pmladder.i18n import parse_lang
    from pmladder.io.ladders import load_ladder
    from pmladder.render.review import review_blocks
    from pmladder.review import review

    chosen = parse_lang(lang)
    fmt = check_format(fmt, FORMATS)
    given = [_result(name) for name in [self_result, *others]]
    found = load_ladder(given[0][1].ladder)
    result = review(found.ladder, given, ladder_sha256=found.sha256)
    emit(fmt, result, lambda: review_blocks(result, found.ladder, chosen))


def _result(name: str) -> tuple[str, Assessment]:
    """A result given by its file, else by its id among the saved results (pmladder history: an unknown
    id is a NotFoundError that says how many there are)."""
    from pmladder.storage import load_assessment

    path = Path(name)
    if path.is_file() or "/" in name or name.endswith(".json"):
        return name, load_assessment(path)
    from pmladder import history

    ident, found = history.resolve(name)
    return ident, load_assessment(found)
