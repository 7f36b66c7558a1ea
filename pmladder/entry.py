"""The console-script entry point: answers `--version` and a cached `validate` with the stdlib, else runs the CLI."""

from __future__ import annotations

import os
import sys
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pmladder.errors import PmladderError


def main(argv: list[str] | None = None, *, own_process: bool | None = None) -> int:
    """Run pmladder; the exit code. Nothing that happens here ends in a traceback but a bug.

    ``own_process`` (default: when ``argv`` is None, as for the console script and ``python -m``) makes
    this run the owner of the process: Ctrl-C, SIGTERM and SIGHUP end it quietly with 130, 143 and 129
    wherever they land (in imports, while loading, while writing), and a standard output that is closed,
    full or cannot encode a character never ends in a traceback (see pmladder/process.py).
    """
    if own_process is None:
        own_process = argv is None
    loaded: ModuleType | None = None
    try:
        from pmladder import process

        loaded = process

        global _ARGS
        args = _ARGS = sys.argv[1:] if argv is None else argv
        if own_process:
            process.start()
        code = _run(args)
        if own_process:
            code = process.finish(code, _words)  # flushes standard output: an OutputError when it fails
    except BaseException as exc:
        if loaded is None:  # interrupted while the process module itself was imported
            if isinstance(exc, KeyboardInterrupt):
                return 130
            raise
        if own_process:
            loaded.stop_signals()
        code = _ended(exc, own_process)
    if own_process:
        loaded.stop_signals()  # a signal that lands while Python exits leaves no traceback
        loaded.release_streams()
        if loaded.received is not None:
            # After a signal, end here: Python's own exit would run more code that a second signal could
            # interrupt, and after an interrupt inside exec() it ends `python -m` by SIGINT, not with 130.
            loaded.exit_now(code)
    return code


def _run(args: list[str]) -> int:
    if args in (["--version"], ["-V"]):
        # The fast path keeps `pmladder --version` within its speed budget (see benchmarks/).
        from pmladder import __version__

        sys.stdout.write(f"pmladder {__version__}\n")
        return 0
    # pmladder uses no pydantic plugins: looking for them costs each command that validates data 10-50 ms
    import pmladder.model  # noqa: F401  (turns the search off: pmladder.model.skip_plugin_discovery)

    if args[:1] == ["validate"] and not os.environ.get("_PMLADDER_COMPLETE"):
        answered = _plain_validate_run(args[1:])  # the fast path keeps `validate` within its budgets
        if answered is not None:
            return answered
    from pmladder.cli import main as cli_main

    return cli_main(args)


def _plain_validate_run(args: list[str]) -> int | None:
    """``pmladder validate ARGS`` without typer (click, rich), or None: then the full CLI runs.

    Only a plain command line qualifies: files that exist (or none, for the bundled ones) with --format,
    --strict, --lang, --no-cache. When every file's report is in the validate cache, the answer comes before pydantic
    or yaml are imported; otherwise the files are checked by the same service the command calls. Either
    way the output is made by the same renderer as the full path's (a test compares them).
    """
    options = _plain_validate(args)
    if options is None:
        return None
    paths, fmt, flags, lang_value = options
    strict, use_cache = "--strict" in flags, "--no-cache" not in flags
    from pmladder.errors import PmladderError
    from pmladder.i18n import parse_lang

    try:
        lang = parse_lang(lang_value)
    except PmladderError:
        return None  # the full CLI says what is wrong
    fmt = (fmt or ("github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text")).lower()
    from pmladder.render.issues import FORMATS, render

    named = _named_files(paths) if fmt in FORMATS else None
    if named is None:
        return None
    from pmladder.cache import cached_reports
    from pmladder.model.report import ValidationResult

    reports = cached_reports(named) if use_cache else None
    if reports is not None:
        result = ValidationResult(reports, strict=strict)
    else:
        from pmladder.validate import validate_paths

        try:  # the command's own call, with its defaults (no standard input among plain paths)
            result = validate_paths(paths, strict=strict, use_cache=use_cache)
        except (PmladderError, OSError):
            return None  # nothing was printed: the full CLI runs and says what is wrong
    sys.stdout.write(render(result, fmt, lang))
    sys.stdout.flush()
    return 0 if result.ok else 1


def _plain_validate(args: list[str]) -> tuple[list[str], str | None, set[str], str | None] | None:
    """(paths, --format, the flags given (--strict, --no-cache), --lang) of a command line the plain path
    understands, else None."""
    paths: list[str] = []
    values: dict[str, str | None] = {"--format": None, "--lang": None}
    flags: set[str] = set()
    tokens = iter(args)
    for token in tokens:
        name, _, given = token.partition("=")
        name = "--format" if name == "-f" and not given else name
        if token in ("--strict", "--no-cache"):
            flags.add(token)
        elif name in values:
            value = given if given else next(tokens, None)
            if value is None or (not given and "=" in token):
                return None
            values[name] = value
        elif token.startswith("-") or not token:
            return None  # standard input, --no-cache, --taxonomy, --help...: the full CLI
        else:
            paths.append(token)
    return paths, values["--format"], flags, values["--lang"]


def _named_files(paths: list[str]) -> list[tuple[str, str]] | None:
    """(display name, file) of every file ``paths`` names, as validate lists them; None for anything but
    existing files (a folder, a missing path: the full CLI expands or reports them). No pathlib: importing
    it costs a cached run ~10 ms."""
    if not paths:
        from pmladder.cache import bundled_taxonomy
        from pmladder.model.report import shown

        folder = os.path.dirname(bundled_taxonomy())
        names = sorted(name for name in os.listdir(folder) if name.endswith(".yaml") and not name.startswith("."))
        return [(shown(os.path.join(folder, name)), os.path.join(folder, name)) for name in names]
    named: list[tuple[str, str]] = []
    seen: set[str] = set()
    for arg in paths:
        if not os.path.isfile(arg):
            return None
        key = os.path.realpath(arg)
        if key not in seen:
            seen.add(key)
            named.append((arg, arg))
    return named


def _ended(exc: BaseException, own_process: bool) -> int:
    """The exit code of a run that ``exc`` ended outside the CLI's own boundary (a bug is raised again)."""
    from pmladder import process
    from pmladder.errors import PmladderError
    from pmladder.safetext import inert

    code = process.exit_code(exc)  # Ctrl-C or another signal
    if code is not None:
        return code
    if isinstance(exc, SystemExit):
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    elif isinstance(exc, PmladderError):  # standard output failed at the last flush, outside the CLI
        process.reported(exc)
        process.say(f"pmladder: {inert(_words(exc))}")
        code = exc.exit_code
    else:
        raise exc
    if own_process:
        try:
            code = process.finish(code, _words)
        except PmladderError as again:
            process.reported(again)
            process.say(f"pmladder: {inert(_words(again))}")
            code = again.exit_code
    return code


def _words(exc: PmladderError) -> str:
    """An error that ended the run outside the CLI's boundary (standard output failing at the last
    flush), in the command line's language."""
    from pmladder.i18n import lang_of, t

    return t(exc.code, lang_of(sys.argv[1:] if _ARGS is None else _ARGS), **exc.params)


#: the arguments of the current run (set by :func:`main`)
_ARGS: list[str] | None = None
