"""The `scorecard` command: list the templates, print one to start from, or score a period (asked or from a file)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from pmladder.cli import complete
from pmladder.cli.app import app
from pmladder.cli.common import Format, LangOption, check_format, format_option

if TYPE_CHECKING:
    from pmladder.i18n import Lang
    from pmladder.scorecard_run import Overrides, Scored

FORMATS = (Format.TEXT, Format.MARKDOWN, Format.JSON)
FormatOption = Annotated[Format, format_option(*FORMATS)]


def _templates(incomplete: str) -> list[tuple[str, str]]:
    """TEMPLATE completes to the bundled and user template ids, from file names (the scorecard modules import
    pydantic, so the bundled folder is found as the ladders' is)."""
    from pmladder.paths import bundled_ladder_dir, data_dir

    bundled, user = bundled_ladder_dir().parent / "scorecards", data_dir() / "scorecards"
    return complete._file_ids(incomplete, ((bundled, "scorecard.complete.bundled"), (user, "scorecard.complete.user")))


def _stages(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
    """--stage completes to the stages of the template already on the command line, with their names."""
    from pmladder.i18n import detect_lang

    try:
        from pmladder.scorecard_run import load_template

        stages = load_template(complete._arguments(ctx)[0]).stages
    except Exception:  # no template yet, or an unknown or invalid one: nothing to offer
        return []
    lang = detect_lang()
    return [(stage.id, stage.name.get(lang)) for stage in stages if stage.id.startswith(incomplete)]


@app.command("scorecard")
def scorecard_command(
    template: str | None = typer.Argument(
        None, metavar="TEMPLATE", autocompletion=_templates, show_default=False,
        help="A bundled template id, the id of one in your data folder's scorecards/, or a file. 考核表模板。",
    ),
    values: Path | None = typer.Option(  # noqa: B008
        None, "--values", "-v", metavar="FILE", show_default=False,
        help="The values of a period (pmladder/scorecard-values@1); without it they are asked. 考核期数值文件。",
    ),
    stage: str | None = typer.Option(
        None, "--stage", "-s", metavar="STAGE", autocompletion=_stages, show_default=False,
        help="The lifecycle stage (overrides the file's). 生命周期阶段。",
    ),
    period: str | None = typer.Option(
        None, "--period", "-p", metavar="LABEL", show_default=False,
        help="The period's label, e.g. 2026-H2 (default: the file's; asked: this half-year). 考核期标签。",
    ),
    base_pay: float | None = typer.Option(
        None, "--base-pay", "-b", metavar="N", show_default=False,
        help="Base pay: amounts are shown (overrides the file's). 基本工资。",
    ),
    with_assessment: Path | None = typer.Option(  # noqa: B008
        None, "--with-assessment", "-a", metavar="RESULT", show_default=False,
        help="A saved assessment of the same period: capability beside performance. 同期的自评结果。",
    ),
    restart: bool = typer.Option(
        False, "--restart", help="Discard the unfinished period of TEMPLATE and start over. 丢弃未完成的录入。"
    ),
    no_save: bool = typer.Option(False, "--no-save", help="Do not keep the result in the data folder. 不保存结果。"),
    init: str | None = typer.Option(
        None, "--init", metavar="TEMPLATE", autocompletion=_templates, show_default=False,
        help="Print a template's YAML to start your own. 输出模板 YAML。",
    ),
    lang: LangOption = None,
    fmt: FormatOption = Format.TEXT,
) -> None:
    """KPI scorecards: list the templates, or score a period against one.

    考核表：列出模板，或按模板为一个考核期打分（逐项提问，或读取数值文件）。

    Without TEMPLATE: the bundled templates and your own. With TEMPLATE: the period's values are asked
    KPI by KPI (saved after every answer: q, Ctrl-C or end of input stop, running it again continues),
    or read with --values FILE. The result (attainment, scores, incentives, levers) is kept in the data
    folder with its period; --with-assessment shows a saved assessment beside it. Guidance, not payroll.

    \b
    Examples / 示例:
      pmladder scorecard
      pmladder scorecard industrial-value --period 2026-H2
      pmladder scorecard industrial-value --values 2026-H2.yaml --base-pay 20000
      pmladder scorecard lifecycle-stages --values q3.yaml --stage growth --format markdown
      pmladder scorecard industrial-value --values 2026-H2.yaml --with-assessment mine.json
      pmladder scorecard --init industrial-value > mine.yaml
    """
    from pmladder.i18n import parse_lang
    from pmladder.scorecard_run import Overrides

    chosen = parse_lang(lang)
    fmt = check_format(fmt, FORMATS)
    given = Overrides(stage, base_pay, period)
    _check_options(template, values, given, init, fmt, (with_assessment, restart, no_save))
    if init is not None:
        _init(init)
    elif template is None:
        _list(fmt, chosen)
    elif values is not None:
        from pmladder.scorecard_run import score

        with_result = _assessment(with_assessment)
        _finish(score(template, values, given), fmt, chosen, save=not no_save, assessment=with_result)
    else:
        _interactive(template, given, fmt, chosen, lang is not None, (with_assessment, restart, no_save))


def _check_options(
    template: str | None, values: Path | None, given: Overrides, init: str | None, fmt: Format,
    more: tuple[Path | None, bool, bool],
) -> None:
    """The options that go together (a UsageError names the first rule broken)."""
    from pmladder.errors import UsageError

    overrides = (given.stage, given.base_pay is not None, given.period, *more)
    rules = [
        (init is not None and any((template, values, fmt != Format.TEXT, *overrides)), "init-alone"),
        (init is None and template is None and any((values, *overrides)), "alone"),
        (values is not None and more[1], "restart-values"),
    ]
    broken = next((rule for wrong, rule in rules if wrong), None)
    if broken is not None:
        raise UsageError(f"scorecard.cli.{broken}")


def _init(name: str) -> None:
    from pmladder.scorecard_run import template_bytes

    # the file as it is: a template is UTF-8 (validate refuses any other encoding)
    typer.echo(template_bytes(name).decode("utf-8", errors="replace"), nl=False)


def _list(fmt: Format, lang: Lang) -> None:
    from pmladder.cli.common import emit
    from pmladder.render.scorecard import list_blocks
    from pmladder.scorecard_run import list_templates

    found = list_templates()
    emit(fmt, found, lambda: list_blocks(found.templates, lang))


def _assessment(path: Path | None) -> object | None:
    """The saved assessment of --with-assessment, read before any question is asked (None without it)."""
    if path is None:
        return None
    from pmladder.scorecard_grid import capability_of

    return capability_of(path)


def _interactive(
    template: str, given: Overrides, fmt: Format, lang: Lang, lang_given: bool, more: tuple[Path | None, bool, bool]
) -> None:
    """The values asked KPI by KPI on the terminal, saved after every answer, then scored like a file."""
    import contextlib
    from datetime import date

    from pmladder.cli.common import in_words
    from pmladder.cli.prompting.interview import Words
    from pmladder.cli.prompting.scorecard_interview import interview
    from pmladder.errors import UsageError
    from pmladder.process import is_tty
    from pmladder.scorecard_asking import to_values
    from pmladder.scorecard_run import Overrides, check_base_pay, check_period, check_stage, find_template, score_values
    from pmladder.scorecard_store import delete_session

    with_assessment, restart, no_save = more
    words = Words(lang, given=lang_given)
    with in_words(lambda: words.lang), contextlib.ExitStack() as held:  # the session's lock, held to the end
        found = find_template(template)
        if given.stage is not None:
            check_stage(found.card, given.stage)
        check_base_pay(given.base_pay)
        check_period(given.period)
        with_result = _assessment(with_assessment)
        if not is_tty(sys.stdin):
            raise UsageError("scorecard.cli.no-tty")
        entered = interview(found, given, words, stream=sys.stdin, held=held, restart=restart, today=date.today())
        asked = entered.period
        values = to_values(found.card, asked.period, asked.stage, entered.answers)
        scored = score_values(found, values, None, Overrides(base_pay=asked.base_pay))
        _finish(scored, fmt, words.lang, save=not no_save, assessment=with_result)
        delete_session(found.card.id)  # its result is saved: the unfinished session goes


def _finish(scored: Scored, fmt: Format, lang: Lang, *, save: bool, assessment: object | None) -> None:
    """The report (beside the assessment with --with-assessment), then the result kept in the data folder."""
    from pmladder.cli.common import emit
    from pmladder.i18n import t
    from pmladder.safetext import inert

    if assessment is not None:
        from pmladder.render.scorecard_grid import grid_blocks
        from pmladder.scorecard_grid import Capable, side_by_side

        assert isinstance(assessment, Capable)
        both = side_by_side(assessment, scored.result)
        emit(fmt, both, lambda: grid_blocks(both, scored.card, lang))
    else:
        from pmladder.render.scorecard import result_blocks

        emit(fmt, scored.result, lambda: result_blocks(scored.result, scored.card, lang))
    if save:
        from pmladder.scorecard_store import save_result

        typer.echo(t("scorecard.cli.saved", lang, path=inert(save_result(scored.saved))), err=True)
