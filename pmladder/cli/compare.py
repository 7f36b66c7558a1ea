"""The `compare` command: two ladders side by side, two levels of one ladder, or a result translated."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer

from pmladder.cli import LangOption, app, complete

if TYPE_CHECKING:
    from collections.abc import Callable

    from pydantic import BaseModel
    from rich.console import RenderableType

    from pmladder.i18n import Catalogue

MESSAGES: Catalogue = {
    "result-is-answers": {
        "zh": "{path} 是答案文件，不是自评结果：先运行 pmladder assess {ladder} --answers {path} --output result.json，"
        "再用 --result result.json",
        "en": "{path} is an answers file, not a saved result: run pmladder assess {ladder} --answers {path} "
        "--output result.json, then pass --result result.json",
    },
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
    "from-to-alone": {
        "zh": "--from/--to 不能与 --competency、--level 一起使用",
        "en": "--from/--to cannot be combined with --competency or --level",
    },
    "result-alone": {
        "zh": "--result 不能与 --competency、--level、--from、--to 一起使用",
        "en": "--result cannot be combined with --competency, --level, --from or --to",
    },
}


@app.command("compare")
def compare_command(
    ladder_a: str = typer.Argument(
        ...,
        metavar="LADDER_A",
        autocompletion=complete.ladders,
        help="A bundled ladder id, the id of a ladder in your data folder, or a file. 第一个职级体系。",
        show_default=False,
    ),
    ladder_b: str | None = typer.Argument(
        None,
        metavar="LADDER_B",
        autocompletion=complete.ladders,
        help="The ladder to compare with; leave out with --from/--to. 第二个职级体系。",
        show_default=False,
    ),
    start: str | None = typer.Option(
        None,
        "--from",
        metavar="LEVEL",
        autocompletion=complete.levels(0),
        help="With one ladder: the lower level. 起始级别。",
        show_default=False,
    ),
    end: str | None = typer.Option(
        None,
        "--to",
        metavar="LEVEL",
        autocompletion=complete.levels(0),
        help="With one ladder: the higher level. 目标级别。",
        show_default=False,
    ),
    competency: str | None = typer.Option(
        None,
        "--competency",
        "-c",
        metavar="COMPETENCY",
        help="A competency of A or B (or a taxonomy id): both ladders' cells side by side at aligned levels. "
        "并排对照的能力。",
        show_default=False,
    ),
    level: str | None = typer.Option(
        None,
        "--level",
        "-l",
        metavar="LEVEL",
        autocompletion=complete.levels(0),
        help="With --competency: only this level of A. 只看 A 的这个级别。",
        show_default=False,
    ),
    result: Path | None = typer.Option(  # noqa: B008
        None,
        "--result",
        "-r",
        metavar="FILE",
        help="A saved assessment (JSON) made on A: its level range and competencies placed onto B. "
        "在 A 上做的评估结果。",
        show_default=False,
    ),
    lang: LangOption = None,
    output: str = typer.Option(
        "text",
        "--format",
        "-f",
        metavar="text|markdown|json",
        autocompletion=complete.formats("text", "markdown", "json"),
        help="Output format (default: text). 输出格式。",
        show_default=False,
    ),
) -> None:
    """Compare two ladders: which levels line up, which competencies map, what only one expects.

    比较两个职级体系：哪些级别对应、哪些能力相互映射、哪些要求只有一方才有。

    Levels align where their declared bands overlap (else the nearest band, marked derived),
    track by track; a content cross-check says where the cells disagree with the bands. With one
    ladder, --from and --to show what changes between two levels; --result places a saved
    assessment made on A onto B. Levels and competencies are given by id or by name.

    只给一个职级体系并用 --from/--to 时，显示两个级别之间的变化；--result 把在 A 上的评估结果换算到 B。
    级别和能力可以用 id 或名称。

    \b
    Examples / 示例:
      pmladder compare b2b-healthcare pm-generic
      pmladder compare b2b-healthcare pm-generic --competency analysis --level specialist
      pmladder compare b2b-healthcare --from 产品助理 --to 产品专员 --lang zh
      pmladder compare pm-generic b2b-healthcare --result result.json --format markdown
    """
    from pmladder.cli.browse import load_any_ladder, parse_format
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
            raise UsageError(message(MESSAGES, "from-to-alone", chosen))
    elif ladder_b is None:
        raise UsageError(message(MESSAGES, "need-second", chosen))
    if level is not None and competency is None:
        raise UsageError(message(MESSAGES, "level-needs-competency", chosen))

    from pmladder import compare as core
    from pmladder.io.ladder_files import load_taxonomy

    a = load_any_ladder(ladder_a, chosen)
    if start is not None and end is not None:
        diff = core.level_diff(a, start, end)
        _emit(
            fmt,
            diff,
            lambda: render.level_diff_markdown(diff, chosen),
            lambda: render.render_level_diff(diff, chosen),
        )
        return
    assert ladder_b is not None
    b = load_any_ladder(ladder_b, chosen)
    if result is not None:
        from pmladder.checks import file_kind
        from pmladder.errors import InputError
        from pmladder.io.models import load_model, require
        from pmladder.io.reading import read_bytes
        from pmladder.model.assessment import Assessment

        loaded = load_model(Assessment, read_bytes(result), str(result))
        if loaded.value is None and loaded.document is not None and file_kind(loaded.document.data) == "answers":
            raise InputError(message(MESSAGES, "result-is-answers", chosen, path=result, ladder=ladder_a))
        assessment = require(loaded)
        tr = core.translate_result(assessment, a, b, result_file=str(result))
        _emit(
            fmt,
            tr,
            lambda: render.translation_markdown(tr, chosen),
            lambda: render.render_translation(tr, chosen),
        )
    elif competency is not None:
        side = core.side_by_side(a, b, competency, level)
        _emit(
            fmt,
            side,
            lambda: render.side_by_side_markdown(side, chosen),
            lambda: render.render_side_by_side(side, chosen),
        )
    else:
        comp = core.compare(a, b, load_taxonomy())
        _emit(
            fmt,
            comp,
            lambda: render.comparison_markdown(comp, chosen),
            lambda: render.render_comparison(comp, chosen),
        )


def _emit(
    fmt: str, model: BaseModel, markdown: Callable[[], str], rich: Callable[[], RenderableType]
) -> None:
    """Print ``model`` as JSON, Markdown or Rich tables."""
    from pmladder.cli.browse import print_renderable
    from pmladder.render.compare import to_json

    if fmt == "json":
        typer.echo(to_json(model), nl=False)
    elif fmt == "markdown":
        typer.echo(markdown(), nl=False)
    else:
        print_renderable(rich())
