"""The `ladders` and `show` commands: list the ladders pmladder knows, and show one as a matrix."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer

from pmladder.cli import app

if TYPE_CHECKING:
    from rich.console import RenderableType

    from pmladder.i18n import Catalogue
    from pmladder.model.ladder import Ladder, Lang

MESSAGES: Catalogue = {
    "bad-format": {
        "zh": "--format 只能是 {allowed}，不能是 {value!r}",
        "en": "--format must be one of {allowed}, not {value!r}",
    },
    "unknown-ladder": {
        "zh": "未知的职级体系 {name!r}；内置：{bundled}；用户目录 {folder}：{user}",
        "en": "unknown ladder {name!r}; bundled ladders: {bundled}; in {folder}: {user}",
    },
    "nothing": {"zh": "无", "en": "none"},
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


def user_ladder_dir() -> Path:
    """Where user ladders live: ``<data dir>/ladders``."""
    from pmladder.storage import data_dir

    return data_dir() / "ladders"


def user_ladder_files() -> list[Path]:
    folder = user_ladder_dir()
    return sorted(p for p in folder.glob("*.yaml") if p.is_file()) if folder.is_dir() else []


def load_any_ladder(name: str, lang: Lang) -> Ladder:
    """A ladder by path, bundled id, or id of a file in the user ladder folder."""
    from pmladder import loader
    from pmladder.errors import NotFoundError
    from pmladder.i18n import message

    try:
        return loader.load_ladder(name)
    except NotFoundError:
        candidate = Path(name)
        if candidate.suffix in (".yaml", ".yml") or "/" in name or candidate.exists():
            raise
    user = user_ladder_dir() / f"{name}.yaml"
    if user.is_file():
        return loader.require(loader.load_ladder_file(user))
    nothing = message(MESSAGES, "nothing", lang)
    raise NotFoundError(
        message(
            MESSAGES,
            "unknown-ladder",
            lang,
            name=name,
            bundled=", ".join(p.stem for p in loader.bundled_ladder_files()) or nothing,
            folder=str(user_ladder_dir()),
            user=", ".join(p.stem for p in user_ladder_files()) or nothing,
        )
    )


def print_renderable(renderable: RenderableType) -> None:
    """Print to stdout; width and colour follow the terminal and the environment (COLUMNS, NO_COLOR)."""
    from rich.console import Console

    Console(highlight=False, soft_wrap=False).print(renderable)


@app.command("ladders")
def ladders_command(
    paths: list[Path] = typer.Argument(  # noqa: B008
        None,
        help="More ladder files or folders to list. 额外列出的职级体系文件或文件夹。",
        show_default=False,
    ),
    lang: str | None = typer.Option(None, "--lang", help=LANG_HELP),
    output: str = typer.Option("text", "--format", help="text (a table) or json. 输出格式。"),
) -> None:
    """List the ladders: bundled, in your data folder, and any given as paths.

    列出职级体系：内置的、数据目录中的，以及参数给出的文件。

    Examples:

      pmladder ladders

      pmladder ladders my-ladders/ --format json

      pmladder ladders --lang zh
    """
    from pmladder import loader
    from pmladder.compare import ladder_entry
    from pmladder.i18n import parse_lang
    from pmladder.model.comparison import LadderEntry, LadderList, LadderOrigin
    from pmladder.render.compare import to_json
    from pmladder.render.ladder import render_list

    chosen = parse_lang(lang)
    fmt = parse_format(output, ("text", "json"), chosen)
    files: list[tuple[Path, LadderOrigin]] = [(p, "bundled") for p in loader.bundled_ladder_files()]
    files += [(p, "user") for p in user_ladder_files()]
    for given in paths or []:
        if given.is_dir():
            files += [(p, "path") for p in loader.iter_yaml_files(given) if p.name != "taxonomy.yaml"]
        else:
            files.append((given, "path"))
    entries: list[LadderEntry] = []
    for path, origin in files:
        loaded = loader.load_ladder_file(path)
        error = (
            None if loaded.value is not None else (loaded.issues[0].format() if loaded.issues else "invalid")
        )
        entries.append(ladder_entry(loaded.value, str(path), origin, error))
    listing = LadderList(ladders=entries)
    if fmt == "json":
        typer.echo(to_json(listing), nl=False)
    else:
        print_renderable(render_list(listing, chosen))
    if any(e.error is not None for e in entries):
        raise typer.Exit(1)


@app.command("show")
def show_command(
    ladder: str = typer.Argument(..., help="A bundled ladder id, a user ladder id, or a path. 职级体系。"),
    level: str | None = typer.Option(None, "--level", help="Show this level's cells in full. 只看这个级别。"),
    competency: str | None = typer.Option(
        None, "--competency", help="Show this competency across all levels. 只看这个能力。"
    ),
    lang: str | None = typer.Option(None, "--lang", help=LANG_HELP),
    output: str = typer.Option("text", "--format", help="text, markdown or json. 输出格式。"),
) -> None:
    """Show a ladder as a level x competency matrix, by track; or one level / competency in full.

    按路线显示职级体系的"级别 × 能力"矩阵；或完整显示某个级别、某个能力。
    In the matrix "—" means not required yet and "↑ carry" means the previous cell still holds.
    Levels and competencies are given by id or by name.

    Examples:

      pmladder show b2b-healthcare

      pmladder show b2b-healthcare --level specialist

      pmladder show b2b-healthcare --competency analysis --lang en

      pmladder show b2b-healthcare --level 产品专员 --competency analysis --format markdown
    """
    from pmladder.compare import ladder_view
    from pmladder.i18n import parse_lang
    from pmladder.render.compare import to_json
    from pmladder.render.ladder import render_view, view_markdown

    chosen = parse_lang(lang)
    fmt = parse_format(output, ("text", "markdown", "json"), chosen)
    view = ladder_view(load_any_ladder(ladder, chosen), level, competency, chosen)
    if fmt == "json":
        typer.echo(to_json(view), nl=False)
    elif fmt == "markdown":
        typer.echo(view_markdown(view, chosen), nl=False)
    else:
        print_renderable(render_view(view, chosen))
