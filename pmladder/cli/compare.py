"""The `compare` command: two ladders side by side, two levels of one ladder, or a result translated."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

from pmladder.cli import complete
from pmladder.cli.app import app
from pmladder.cli.common import Format, LangOption, check_format, format_option
from pmladder.cli.params import Argument, Option

if TYPE_CHECKING:
    from pmladder.i18n import Lang
    from pmladder.model.ladder import Ladder


FORMATS = (Format.TEXT, Format.MARKDOWN, Format.JSON)
FormatOption = Annotated[Format, format_option(*FORMATS)]


@app.command("compare")
def compare_command(
    ladder_a: Annotated[
        str,
        Argument(
            metavar="LADDER_A",
            autocompletion=complete.ladders,
            help="A bundled ladder id, the id of a ladder in your data folder, or a file. 第一个职级体系。",
            show_default=False,
        ),
    ],
    ladder_b: Annotated[
        str | None,
        Argument(
            metavar="LADDER_B",
            autocompletion=complete.ladders,
            help="The ladder to compare with; leave out with --from/--to. 第二个职级体系。",
            show_default=False,
        ),
    ] = None,
    start: Annotated[
        str | None,
        Option(
            "--from",
            metavar="LEVEL",
            autocompletion=complete.levels(0),
            help="With one ladder: the lower level. 起始级别。",
            show_default=False,
        ),
    ] = None,
    end: Annotated[
        str | None,
        Option(
            "--to",
            metavar="LEVEL",
            autocompletion=complete.levels(0),
            help="With one ladder: the higher level. 目标级别。",
            show_default=False,
        ),
    ] = None,
    competency: Annotated[
        str | None,
        Option(
            "--competency",
            "-c",
            metavar="COMPETENCY",
            help="A competency of A or B (or a taxonomy id): both ladders' cells side by side at aligned levels. "
            "并排对照的能力。",
            show_default=False,
        ),
    ] = None,
    level: Annotated[
        str | None,
        Option(
            "--level",
            "-l",
            metavar="LEVEL",
            autocompletion=complete.levels(0),
            help="With --competency: only this level of A. 只看 A 的这个级别。",
            show_default=False,
        ),
    ] = None,
    result: Annotated[
        Path | None,
        Option(
            "--result",
            "-r",
            metavar="FILE",
            help="A saved assessment (JSON) made on A: its level range and competencies placed onto B. "
            "在 A 上做的评估结果。",
            show_default=False,
        ),
    ] = None,
    lang: LangOption = None,
    fmt: FormatOption = Format.TEXT,
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
    from pmladder.cli.common import load
    from pmladder.i18n import parse_lang

    chosen = parse_lang(lang)
    fmt = check_format(fmt, FORMATS)
    _check_options(ladder_b, start, end, competency, level, result)
    a = load(ladder_a, chosen)
    if start is not None and end is not None:
        _level_diff(a, start, end, fmt, chosen)
    elif result is not None:
        _translation(a, load(str(ladder_b), chosen), result, ladder_a, fmt, chosen)
    elif competency is not None:
        _side_by_side(a, load(str(ladder_b), chosen), competency, level, fmt, chosen)
    else:
        _comparison(a, load(str(ladder_b), chosen), fmt, chosen)


def _check_options(
    ladder_b: str | None,
    start: str | None,
    end: str | None,
    competency: str | None,
    level: str | None,
    result: Path | None,
) -> None:
    """The options that go together, and those that do not (a UsageError names the first rule broken)."""
    from pmladder.errors import UsageError

    levels = start is not None and end is not None
    rules = [
        ((start is None) != (end is None), "from-to-pair"),
        (result is not None and any((competency, level, start, end)), "result-alone"),
        (levels and ladder_b is not None, "from-to-one"),
        (levels and (competency is not None or level is not None), "from-to-alone"),
        (not levels and ladder_b is None, "need-second"),
        (level is not None and competency is None, "level-needs-competency"),
    ]
    broken = next((rule for wrong, rule in rules if wrong), None)
    if broken is not None:
        raise UsageError(f"cli.compare.{broken}")


def _level_diff(a: Ladder, start: str, end: str, fmt: Format, lang: Lang) -> None:
    from pmladder.cli.common import emit
    from pmladder.compare.views import level_diff
    from pmladder.render.compare import diff_blocks

    diff = level_diff(a, start, end)
    emit(fmt, diff, lambda: diff_blocks(diff, lang))


def _translation(a: Ladder, b: Ladder, result: Path, ladder_a: str, fmt: Format, lang: Lang) -> None:
    """A saved assessment made on ``a`` placed onto ``b``; an answers file given instead is named as such."""
    from pmladder.cli.common import emit
    from pmladder.compare.translate import translate_result
    from pmladder.errors import InputError
    from pmladder.io.models import load_model, require
    from pmladder.io.reading import read_bytes
    from pmladder.model.assessment import Assessment
    from pmladder.render.compare import translation_blocks
    from pmladder.validate import file_kind

    loaded = load_model(Assessment, read_bytes(result), str(result))
    if loaded.value is None and loaded.document is not None and file_kind(loaded.document.data) == "answers":
        raise InputError("cli.compare.result-is-answers", path=result, ladder=ladder_a)
    assessment = require(loaded)
    tr = translate_result(assessment, a, b, result_file=str(result))
    emit(fmt, tr, lambda: translation_blocks(tr, lang))


def _side_by_side(a: Ladder, b: Ladder, competency: str, level: str | None, fmt: Format, lang: Lang) -> None:
    from pmladder.cli.common import emit
    from pmladder.compare.views import side_by_side
    from pmladder.render.compare import side_blocks

    side = side_by_side(a, b, competency, level)
    emit(fmt, side, lambda: side_blocks(side, lang))


def _comparison(a: Ladder, b: Ladder, fmt: Format, lang: Lang) -> None:
    from pmladder.cli.common import emit
    from pmladder.compare.views import compare
    from pmladder.io.ladder_files import load_taxonomy
    from pmladder.render.compare import comparison_blocks

    comp = compare(a, b, load_taxonomy())
    emit(fmt, comp, lambda: comparison_blocks(comp, lang))
