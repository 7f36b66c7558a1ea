"""The `scorecard` command: list the templates, print one to start from, or score a period's values."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from pmladder.cli.app import app
from pmladder.cli.common import Format, LangOption, check_format, format_option

if TYPE_CHECKING:
    from pmladder.i18n import Lang

FORMATS = (Format.TEXT, Format.MARKDOWN, Format.JSON)
FormatOption = Annotated[Format, format_option(*FORMATS)]


@app.command("scorecard")
def scorecard_command(
    template: str | None = typer.Argument(
        None,
        metavar="TEMPLATE",
        help="A bundled template id, the id of one in your data folder's scorecards/, or a file. 考核表模板。",
        show_default=False,
    ),
    values: Path | None = typer.Option(  # noqa: B008
        None,
        "--values",
        "-v",
        metavar="FILE",
        help="The values of a period (pmladder/scorecard-values@1). 一个考核期的数值文件。",
        show_default=False,
    ),
    stage: str | None = typer.Option(
        None, "--stage", "-s", metavar="STAGE", help="The lifecycle stage (overrides the file's). 生命周期阶段。",
        show_default=False,
    ),
    base_pay: float | None = typer.Option(
        None, "--base-pay", "-b", metavar="N", help="Base pay: amounts are shown (overrides the file's). 基本工资。",
        show_default=False,
    ),
    init: str | None = typer.Option(
        None, "--init", metavar="TEMPLATE", help="Print a template's YAML to start your own. 输出模板 YAML。",
        show_default=False,
    ),
    lang: LangOption = None,
    fmt: FormatOption = Format.TEXT,
) -> None:
    """KPI scorecards: list the templates, or score a period's values against one.

    考核表：列出模板，或按模板为一个考核期的数值打分。

    Without TEMPLATE: the bundled templates and your own (names in --lang, ids to type). With
    TEMPLATE and --values: attainment per KPI, section and total scores, the incentives rule by rule
    (amounts with a base pay) and the levers. The result is guidance, not payroll.

    \b
    Examples / 示例:
      pmladder scorecard
      pmladder scorecard industrial-value --values 2026-H2.yaml --base-pay 20000
      pmladder scorecard lifecycle-stages --values q3.yaml --stage growth --format markdown
      pmladder scorecard --init industrial-value > mine.yaml
    """
    from pmladder.i18n import parse_lang

    chosen = parse_lang(lang)
    fmt = check_format(fmt, FORMATS)
    _check_options(template, values, stage, base_pay, init, fmt)
    if init is not None:
        _init(init)
    elif template is None:
        _list(fmt, chosen)
    else:
        _score(template, values, stage, base_pay, fmt, chosen)


def _check_options(
    template: str | None, values: Path | None, stage: str | None, base_pay: float | None, init: str | None, fmt: Format
) -> None:
    """The options that go together (a UsageError names the first rule broken)."""
    from pmladder.errors import UsageError

    rules = [
        (init is not None and any((template, values, stage, base_pay is not None, fmt != Format.TEXT)), "init-alone"),
        (init is None and template is None and any((values, stage, base_pay is not None)), "alone"),
        (init is None and template is not None and values is None, "values-needed"),
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


def _score(
    template: str, values: Path | None, stage: str | None, base_pay: float | None, fmt: Format, lang: Lang
) -> None:
    from pmladder.cli.common import emit
    from pmladder.render.scorecard import result_blocks
    from pmladder.scorecard_run import score

    scored = score(template, Path(str(values)), stage=stage, base_pay=base_pay)
    emit(fmt, scored.result, lambda: result_blocks(scored.result, scored.card, lang))
