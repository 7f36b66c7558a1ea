"""The `compare` command: two ladders side by side, two levels of one ladder, or a result translated."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer

from pmladder.cli import app

if TYPE_CHECKING:
    from pmladder.i18n import Catalogue

MESSAGES: Catalogue = {
    "need-second": {
        "zh": "请给出第二个职级体系，或用 --from 和 --to 比较同一体系的两个级别",
        "en": "give a second ladder, or --from and --to to compare two levels of one ladder",
    },
    "from-to-pair": {
        "zh": "--from 和 --to 必须一起使用",
        "en": "--from and --to go together",
    },
    "from-to-one": {
        "zh": "--from/--to 比较同一职级体系内的两个级别：只给一个职级体系",
        "en": "--from/--to compare two levels of one ladder: give only one ladder",
    },
    "level-needs-competency": {
        "zh": "--level 需要与 --competency 一起使用",
        "en": "--level needs --competency",
    },
    "result-alone": {
        "zh": "--result 不能与 --competency、--level、--from、--to 一起使用",
        "en": "--result cannot be combined with --competency, --level, --from or --to",
    },
}


@app.command("compare")
def compare_command(
    ladder_a: str = typer.Argument(
        ..., help="First ladder: bundled id, user ladder id or path. 第一个职级体系。"
    ),
    ladder_b: str | None = typer.Argument(
        None, help="Second ladder; leave out with --from/--to. 第二个职级体系。", show_default=False
    ),
    start: str | None = typer.Option(None, "--from", help="With one ladder: the lower level. 起始级别。"),
    end: str | None = typer.Option(None, "--to", help="With one ladder: the higher level. 目标级别。"),
    competency: str | None = typer.Option(
        None,
        "--competency",
        help="Show this competency of A or B (or a taxonomy id) side by side at aligned levels. 并排对照的能力。",
    ),
    level: str | None = typer.Option(
        None, "--level", help="With --competency: only this level of A. 只看 A 的这个级别。"
    ),
    result: Path | None = typer.Option(
        None, "--result", help="A saved assessment made on A, to place onto B. 在 A 上保存的评估结果。"
    ),
    lang: str | None = typer.Option(
        None, "--lang", help="Language of the output: zh or en (default: from LANG/LC_ALL). 输出语言。"
    ),
    output: str = typer.Option("text", "--format", help="text (tables), markdown or json. 输出格式。"),
) -> None:
    """Compare two ladders: level alignment, competency crosswalk, and what one expects that the other does not.

    比较两个职级体系：级别对应、能力映射，以及一方要求而另一方没有的内容。
    With one ladder and --from/--to: what changes between two levels. With --result: place a saved
    assessment made on A onto B. Levels and competencies are given by id or by name.

    Examples:

      pmladder compare b2b-healthcare pm-generic

      pmladder compare b2b-healthcare pm-generic --competency analysis --level specialist

      pmladder compare b2b-healthcare --from 产品助理 --to 产品专员

      pmladder compare pm-generic b2b-healthcare --result result.json --format markdown
    """
    from pmladder.cli.browse import load_any_ladder, parse_format, print_renderable
    from pmladder.errors import UsageError
    from pmladder.i18n import message, parse_lang
    from pmladder.render import compare as render

    chosen = parse_lang(lang)
    fmt = parse_format(output, ("text", "markdown", "json"), chosen)
    if (start is None) != (end is None):
        raise UsageError(message(MESSAGES, "from-to-pair", chosen))
    if result is not None and (competency or level or start or end):
        raise UsageError(message(MESSAGES, "result-alone", chosen))
    if start is not None and end is not None:
        if ladder_b is not None:
            raise UsageError(message(MESSAGES, "from-to-one", chosen))
        if competency is not None or level is not None:
            raise UsageError(message(MESSAGES, "result-alone", chosen).replace("--result", "--from/--to", 1))
    elif ladder_b is None:
        raise UsageError(message(MESSAGES, "need-second", chosen))
    if level is not None and competency is None:
        raise UsageError(message(MESSAGES, "level-needs-competency", chosen))

    from pmladder import compare as core
    from pmladder.loader import load_taxonomy

    a = load_any_ladder(ladder_a, chosen)
    if start is not None and end is not None:
        diff = core.level_diff(a, start, end, chosen)
        _emit(fmt, diff, render.render_level_diff, render.level_diff_markdown, chosen, print_renderable)
        return
    assert ladder_b is not None
    b = load_any_ladder(ladder_b, chosen)
    if result is not None:
        from pmladder.loader import load_model, read_bytes, require
        from pmladder.model.assessment import Assessment

        assessment = require(load_model(Assessment, read_bytes(result), str(result)))
        translation = core.translate_result(assessment, a, b, chosen)
        _emit(
            fmt, translation, render.render_translation, render.translation_markdown, chosen, print_renderable
        )
    elif competency is not None:
        side = core.side_by_side(a, b, competency, level, chosen)
        _emit(fmt, side, render.render_side_by_side, render.side_by_side_markdown, chosen, print_renderable)
    else:
        comparison = core.compare(a, b, load_taxonomy())
        _emit(fmt, comparison, render.render_comparison, render.comparison_markdown, chosen, print_renderable)


def _emit(fmt: str, model: object, to_rich: object, to_markdown: object, lang: str, show: object) -> None:
    """Print ``model`` as JSON, Markdown or Rich tables."""
    from pmladder.render.compare import to_json

    if fmt == "json":
        typer.echo(to_json(model), nl=False)  # type: ignore[arg-type]
    elif fmt == "markdown":
        typer.echo(to_markdown(model, lang), nl=False)  # type: ignore[operator]
    else:
        show(to_rich(model, lang))  # type: ignore[operator]
