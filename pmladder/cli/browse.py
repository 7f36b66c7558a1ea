"""The `ladders` and `show` commands: list the ladders pmladder knows, and show one as a matrix."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from pmladder.cli import LangOption, app, complete

if TYPE_CHECKING:
    from rich.console import RenderableType

    from pmladder.i18n import Catalogue
    from pmladder.io.models import Loaded
    from pmladder.model.comparison import LadderEntry, LadderList, LadderOrigin
    from pmladder.model.issue import Issue
    from pmladder.model.ladder import Ladder, Lang

MESSAGES: Catalogue = {
    "user-folder": {
        "zh": "无法读取你的职级体系文件夹（{reason}），其中的职级体系没有列出",
        "en": "cannot read your ladders folder ({reason}); the ladders in it are not listed",
    },
    "bad-format": {
        "zh": "--format 只能是 {allowed}，不能是 {value!r}",
        "en": "--format must be one of {allowed}, not {value!r}",
    },
}

LANG_HELP = "Language of the output: zh or en (default: from LANG/LC_ALL). 输出语言。"


def parse_format(value: str, allowed: tuple[str, ...], lang: Lang) -> str:
    """A ``--format`` value, or a UsageError naming the allowed ones."""
    from pmladder.errors import UsageError
    from pmladder.i18n import message

    lowered = value.lower()
    if lowered not in allowed:
        raise UsageError(message(MESSAGES, "bad-format", lang, allowed="|".join(allowed), value=value))
    return lowered


def load_ladder_path(path: Path, lang: Lang) -> Loaded[Ladder]:
    """One ladder file, its problems in ``lang``."""
    from pmladder.io.models import load_model
    from pmladder.io.reading import read_bytes
    from pmladder.model.ladder import Ladder

    return load_model(Ladder, read_bytes(path), str(path))


def load_any_ladder(name: str, lang: Lang) -> Ladder:
    """A ladder by path, bundled id, or id of a file in the user ladder folder; one with an error that
    validate would report (schema or semantic) is refused. Bundled ladders are checked by CI instead."""
    from pmladder.checks import require_valid_ladder
    from pmladder.io.ladder_files import is_bundled, resolve_ladder

    path = resolve_ladder(name)
    loaded = load_ladder_path(path, lang)
    return require_valid_ladder(loaded, lang, semantic=not is_bundled(path))


def print_renderable(renderable: RenderableType) -> None:
    """Print to stdout; width and colour follow the terminal and the environment (COLUMNS, NO_COLOR)."""
    from rich.console import Console

    Console(highlight=False, soft_wrap=False).print(renderable)


@app.command("ladders")
def ladders_command(
    paths: list[Path] = typer.Argument(  # noqa: B008
        None,
        metavar="PATH",
        help="More ladder files or folders to list. 额外列出的职级体系文件或文件夹。",
        show_default=False,
    ),
    lang: LangOption = None,
    output: str = typer.Option(
        "text",
        "--format",
        "-f",
        metavar="text|json",
        autocompletion=complete.formats("text", "json"),
        help="Output format (default: text). 输出格式。",
        show_default=False,
    ),
) -> None:
    """List the ladders pmladder knows: bundled, in your data folder, and any given paths.

    列出 pmladder 知道的职级体系：内置的、数据目录中的，以及参数给出的文件。

    Your own ladders go in the ladders/ folder of the pmladder data folder ($PMLADDER_HOME when
    set); every command then accepts their file name (without .yaml) as the ladder. A file that is
    not a valid ladder is listed with its first problem, and the exit code is 1.

    \b
    Examples / 示例:
      pmladder ladders
      pmladder ladders my-ladders/ --format json
      pmladder ladders --lang zh
    """
    from pmladder.checks import ladder_errors
    from pmladder.compare import ladder_entry
    from pmladder.errors import NotFoundError
    from pmladder.i18n import message, parse_lang, t
    from pmladder.io.ladder_files import bundled_ladder_files, iter_yaml_files
    from pmladder.model.comparison import LadderList
    from pmladder.paths import scan_user_ladders, user_ladder_dir
    from pmladder.process import why
    from pmladder.render.compare import to_json
    from pmladder.render.ladder import render_list
    from pmladder.safetext import decoded, inert_json

    chosen = parse_lang(lang)
    fmt = parse_format(output, ("text", "json"), chosen)
    # (file, origin, found by listing a folder): a file found in a folder that cannot be read is listed
    # with its problem; a file named on the command line that cannot be read stops the command (exit 2)
    files: list[tuple[Path, LadderOrigin, bool]] = [(p, "bundled", True) for p in bundled_ladder_files()]
    user_files, user_problem = scan_user_ladders()
    files += [(p, "user", True) for p in user_files]
    for given in paths or []:
        if _is_dir(given):
            found = iter_yaml_files(given)
            files += [(p, "path", True) for p in found if p.name != "taxonomy.yaml"]
        else:
            files.append((given, "path", False))  # read_bytes reports a missing file or a folder
    entries: list[LadderEntry] = []
    refusals: dict[int, str] = {}  # index in entries -> the first error and how many more, for the table
    if user_problem is not None:
        cause = why(user_problem)
        words = message(MESSAGES, "user-folder", chosen, reason=t(cause.code, chosen, **cause.params))
        entries.append(_unreadable_entry(user_ladder_dir(), "user", words))
    listed: set[str] = set()
    for path, origin, in_folder in files:
        key = os.path.realpath(path)  # never raises, also for a link loop
        if key in listed:  # a bundled or user ladder given again as a path is listed once
            continue
        listed.add(key)
        try:
            loaded = load_ladder_path(path, chosen)
        except NotFoundError as exc:
            if not in_folder:
                raise
            entries.append(_unreadable_entry(path, origin, decoded(exc.text(chosen))))
            continue
        # the first error validate would report, and how many more, as show and compare say it when they
        # refuse the file (bundled ladders are checked by CI, not on every listing)
        errors = ladder_errors(loaded, lang=chosen, semantic=origin != "bundled")
        error = decoded(errors[0].format(chosen)) if errors else None
        entry = ladder_entry(loaded.value, decoded(str(path)), origin, error)
        update: dict[str, object] = {"error_count": len(errors)}
        if entry.id is None:  # the schema failed: the id as written, when it can be read
            update["id"] = _written_id(loaded)
        if errors:  # the table says how many more, as show and compare do when they refuse the file
            refusals[len(entries)] = _refusal(errors, loaded, chosen)
        entries.append(entry.model_copy(update=update))
    listing = LadderList(ladders=entries)
    if fmt == "json":
        typer.echo(inert_json(to_json(listing)), nl=False)
    else:
        print_renderable(render_list(_shown(listing, refusals), chosen))
    if any(e.error is not None for e in entries):
        raise typer.Exit(1)


def _refusal(errors: list[Issue], loaded: Loaded[Ladder], lang: Lang) -> str:
    """The first error and the count of the others, in the words of the refusal of show and compare."""
    from pmladder.errors import InputError
    from pmladder.io.models import Loaded, require
    from pmladder.safetext import decoded

    try:
        require(Loaded(None, errors, loaded.document))
    except InputError as exc:
        return decoded(exc.text(lang))
    return decoded(errors[0].format(lang))  # pragma: no cover - require raises when there is no value


def _written_id(loaded: Loaded[Ladder]) -> str | None:
    """The ``id:`` of a ladder file that has errors, when it can be read as text."""
    from pmladder.safetext import decoded

    data = loaded.document.data if loaded.document is not None else None
    written = data.get("id") if isinstance(data, dict) else None
    return decoded(written) if isinstance(written, str) and written.strip() else None


def _is_dir(path: Path) -> bool:
    """Whether ``path`` is a folder; False when that cannot be told (reading it then says why)."""
    try:
        return path.is_dir()
    except OSError:
        return False


def _unreadable_entry(path: Path, origin: LadderOrigin, error: str) -> LadderEntry:
    """A row of ``pmladder ladders`` for a file (or the user folder) that cannot be read."""
    from pmladder.model.comparison import LadderEntry
    from pmladder.safetext import decoded

    return LadderEntry(
        id=None, name=None, levels=0, tracks=[], source=origin, path=decoded(str(path)), error=error, error_count=1
    )


def _shown(listing: LadderList, refusals: dict[int, str]) -> LadderList:
    """The listing for the table: file names (in paths and in problems) made inert, and the first error of
    a ladder with several followed by how many more (``refusals``)."""
    from pmladder.safetext import inert

    shown = []
    for i, e in enumerate(listing.ladders):
        error = refusals.get(i, e.error)
        update = {"path": inert(e.path), "error": inert(error) if error is not None else None}
        if e.id is not None and e.error is not None:  # an id read from a file with errors: any text
            update["id"] = inert(e.id)
        shown.append(e.model_copy(update=update))
    return listing.model_copy(update={"ladders": shown})


@app.command("show")
def show_command(
    ladder: str = typer.Argument(
        ...,
        metavar="LADDER",
        autocompletion=complete.ladders,
        help="A bundled ladder id, the id of a ladder in your data folder, or a file. 职级体系。",
        show_default=False,
    ),
    level: str | None = typer.Option(
        None,
        "--level",
        "-l",
        metavar="LEVEL",
        autocompletion=complete.levels(),
        help="Show this level's cells in full, with indicators and evidence prompts. 完整显示这个级别。",
        show_default=False,
    ),
    competency: str | None = typer.Option(
        None,
        "--competency",
        "-c",
        metavar="COMPETENCY",
        help="Show this competency across all levels in full. 完整显示这个能力在各级别的要求。",
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
    """Show a ladder as a level x competency matrix, track by track, or part of it in full.

    按路线显示职级体系的"级别 × 能力"矩阵，或完整显示其中一部分。

    In the matrix each cell is the expectation's summary; "—" means not required yet and
    "↑ carry" that the cell to the left still holds. --level shows one level in full, --competency
    one competency across the levels, both together one cell. Levels and competencies are given
    by id or by name.

    \b
    Examples / 示例:
      pmladder show b2b-healthcare
      pmladder show b2b-healthcare --level specialist
      pmladder show b2b-healthcare --competency analysis --lang en
      pmladder show b2b-healthcare --level 产品专员 --competency analysis --format markdown
    """
    from pmladder.compare import ladder_view
    from pmladder.i18n import parse_lang
    from pmladder.render.compare import to_json
    from pmladder.render.ladder import render_view, view_markdown
    from pmladder.safetext import inert

    chosen = parse_lang(lang)
    fmt = parse_format(output, ("text", "markdown", "json"), chosen)
    view = ladder_view(load_any_ladder(ladder, chosen), level, competency)
    if fmt == "json":
        typer.echo(to_json(view), nl=False)
    elif fmt == "markdown":
        typer.echo(view_markdown(view, chosen), nl=False)
    else:
        print_renderable(render_view(view, chosen, inert(ladder)))  # the ladder as named: maybe a file name
