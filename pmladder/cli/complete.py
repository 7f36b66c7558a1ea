"""Shell completion: the --install-completion / --show-completion options and what LADDER and options complete to."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pmladder.i18n import detect_lang, t

if TYPE_CHECKING:
    from collections.abc import Callable

    from typer import Context

    from pmladder.i18n import Lang
else:
    # typer finds a completion's context by the parameter's name (ctx) when its type says nothing: this
    # module is imported by command lines that never load typer (pmladder.cli.plain), ~40 ms spared
    Context = Any

#: The environment variable a completion script sets (click's ``_<PROG>_COMPLETE``).
COMPLETE_VAR = "_PMLADDER_COMPLETE"
PROG = "pmladder"
SHELLS = ("bash", "zsh", "fish", "powershell", "pwsh")



def enable() -> None:
    """Register typer's completion classes (bash, zsh, fish, PowerShell) with click; the app is built
    with ``add_completion=False`` so that the options below say what they do in both languages."""
    from typer._completion_classes import completion_init

    completion_init()


def requested() -> bool:
    """Whether this run answers a completion script (``_PMLADDER_COMPLETE`` is set)."""
    return bool(os.environ.get(COMPLETE_VAR))


# ---- the root options ---------------------------------------------------------------------------------


def _lang() -> Lang:
    return detect_lang()


def _shell() -> str:
    """The shell pmladder runs in: shellingham's answer, else ``$SHELL``; a UsageError when neither tells."""
    from pmladder.errors import UsageError

    name: str | None = None
    try:
        from typer._completion_shared import _get_shell_name

        name = _get_shell_name()
    except Exception:  # shellingham fails in many ways on unusual systems
        name = None
    if not name:
        name = Path(os.environ.get("SHELL", "")).name or None
    if not name:
        raise UsageError(t("cli.complete.no-shell", _lang(), var=COMPLETE_VAR, shells=", ".join(SHELLS)))
    return name.lower()


def _checked(shell: str) -> str:
    from pmladder.errors import UsageError

    if shell not in SHELLS:
        raise UsageError(t("cli.complete.bad-shell", _lang(), shell=shell, shells=", ".join(SHELLS)))
    return shell


def script(shell: str) -> str:
    """The completion script of ``shell`` (typer's, for ``pmladder``)."""
    from typer._completion_shared import get_completion_script

    return get_completion_script(prog_name=PROG, complete_var=COMPLETE_VAR, shell=_checked(shell))


def show_callback(ctx: Context, param: object, value: bool) -> None:
    """``--show-completion``: print the script of the current shell."""
    if not value or ctx.resilient_parsing:
        return
    import typer

    typer.echo(script(_shell()))
    raise typer.Exit()


def install_callback(ctx: Context, param: object, value: bool) -> None:
    """``--install-completion``: install the script of the current shell (typer's places: for bash
    ``~/.bash_completions/pmladder.sh``, sourced from ``~/.bashrc``)."""
    if not value or ctx.resilient_parsing:
        return
    import typer
    from typer._completion_shared import install

    shell, path = install(shell=_checked(_shell()), prog_name=PROG, complete_var=COMPLETE_VAR)
    typer.echo(t("cli.complete.installed", _lang(), shell=shell, path=path))
    raise typer.Exit()


# ---- what arguments and options complete to ------------------------------------------------------------


def _looks_like_a_path(incomplete: str) -> bool:
    return incomplete.startswith((".", "~", "/")) or "/" in incomplete or os.sep in incomplete


def ladders(incomplete: str) -> list[tuple[str, str]]:
    """LADDER: the ids of the bundled ladders and of the user's own (``ladders/<id>.yaml`` in the data
    folder), without reading them (no YAML is parsed). A path completes as a file, by the shell."""
    from pmladder.paths import bundled_ladder_dir, user_ladder_dir

    folders = ((bundled_ladder_dir(), "cli.complete.bundled"), (user_ladder_dir(), "cli.complete.user"))
    return _file_ids(incomplete, folders)


def _file_ids(incomplete: str, folders: tuple[tuple[Path, str], ...]) -> list[tuple[str, str]]:
    """The ``*.yaml`` names in ``folders`` (each with the code of its description) that start with
    ``incomplete``: the first folder's first; never the taxonomy; none for what looks like a path."""
    from pmladder.safetext import inert

    if _looks_like_a_path(incomplete):
        return []
    lang = _lang()
    found: dict[str, str] = {}
    for folder, code in folders:
        try:
            names = sorted(p.stem for p in folder.glob("*.yaml") if not p.name.startswith("."))
        except OSError:
            continue
        for name in names:
            # a name with a terminal control in it is never offered: the shell would print it as it is
            if name != "taxonomy" and name.startswith(incomplete) and inert(name) == name:
                found.setdefault(name, t(code, lang))
    return list(found.items())


def langs(incomplete: str) -> list[tuple[str, str]]:
    """--lang: zh, en."""
    return [(lang, name) for lang, name in (("zh", "中文"), ("en", "English")) if lang.startswith(incomplete)]


def formats(*allowed: str) -> Callable[[str], list[str]]:
    """--format: the formats a command allows."""

    def complete(incomplete: str) -> list[str]:
        return [fmt for fmt in allowed if fmt.startswith(incomplete)]

    return complete


def _ladder_of(ctx: Context, position: int) -> object | None:
    """The ladder given as the ``position``-th argument of the command line so far, or None when there
    is none or it cannot be loaded (completion never fails loudly)."""
    found = _arguments(ctx)
    if len(found) <= position:
        return None
    try:
        from pmladder.io.ladders import ladder_named

        return ladder_named(found[position])
    except Exception:  # an unknown or invalid ladder: nothing to offer
        return None


def _arguments(ctx: Context) -> list[str]:
    """The command's positional arguments so far. While an option's value is being completed, click
    stops parsing at that option: the arguments are then still in ``ctx.args``, not in ``ctx.params``."""
    names = [param.name for param in ctx.command.params if param.param_type_name == "argument"]
    parsed = [value for value in (ctx.params.get(name) for name in names if name) if isinstance(value, str)]
    return parsed or [word for word in ctx.args if not word.startswith("-")]


def levels(position: int = 0) -> Callable[[Context, str], list[tuple[str, str]]]:
    """A LEVEL option: the level ids of the ladder given as argument ``position``, with their names."""

    def complete(ctx: Context, incomplete: str) -> list[tuple[str, str]]:
        from pmladder.model.ladder import Ladder

        ladder = _ladder_of(ctx, position)
        if not isinstance(ladder, Ladder):
            return []
        lang = _lang()
        return [(lv.id, lv.name.get(lang)) for lv in ladder.levels if lv.id.startswith(incomplete)]

    return complete


def tracks(ctx: Context, incomplete: str) -> list[tuple[str, str]]:
    """--track: the tracks of the ladder already on the command line."""
    from pmladder.model.ladder import Ladder

    ladder = _ladder_of(ctx, 0)
    if not isinstance(ladder, Ladder):
        return []
    lang = _lang()
    found = []
    for track in ladder.tracks():
        name = ladder.track_name(track)
        if track.startswith(incomplete):
            found.append((track, name.get(lang) if name is not None else track))
    return found


def history_ids(incomplete: str) -> list[str]:
    """The ids of the saved results (`pmladder history show ID`): a folder listing, nothing read."""
    from pmladder.history import ids

    return [ident for ident in ids() if ident.startswith(incomplete)]
