"""What becomes of assess answers: scored with a plan, compared with last time, shown or written (--output), kept."""

from __future__ import annotations

import sys
from pathlib import Path, PurePath
from typing import TYPE_CHECKING

from pmladder.i18n import t
from pmladder.safetext import inert

if TYPE_CHECKING:
    from collections.abc import Callable

    from rich.console import Console

    from pmladder.feedback import Who
    from pmladder.i18n import Lang
    from pmladder.io.ladders import LoadedLadder
    from pmladder.model.answers import Answers
    from pmladder.model.assessment import Assessment
    from pmladder.model.ladder import Ladder


#: The extensions pmladder knows, and the format each one means.
EXTENSIONS: dict[str, str] = {".txt": "text", ".md": "markdown", ".markdown": "markdown", ".json": "json"}


def output_format(fmt: str | None, output: str | None, allowed: tuple[str, ...], lang: Lang) -> str:
    """The format to write: ``fmt`` when given (already checked against ``allowed``), else the one
    the extension of ``output`` names, else ``allowed[0]``.

    A file whose extension pmladder does not know (``result.html``), or whose extension names a format
    other than ``fmt``, is a UsageError (exit 2): writing plain text into ``result.html`` would surprise.
    A file without an extension, and ``-`` (standard output), take ``fmt`` or the default.
    """
    from pmladder.errors import UsageError

    if output is None or output == "-":
        return fmt or allowed[0]
    suffix = PurePath(output).suffix
    if not suffix:
        return fmt or allowed[0]
    implied = EXTENSIONS.get(suffix.lower())
    if implied is None or implied not in allowed:
        known = _known(allowed, lang)
        raise UsageError("cli.output.unknown-extension", path=inert(output), suffix=inert(suffix), known=known)
    if fmt is not None and fmt != implied:
        raise UsageError("cli.output.contradicts", fmt=fmt, path=inert(output), suffix=inert(suffix), implied=implied)
    return implied


def _known(allowed: tuple[str, ...], lang: Lang) -> str:
    """``.txt (text), .md or .markdown (markdown), .json (json)``: the extensions of ``allowed``."""
    parts = []
    for fmt in allowed:
        suffixes = [s for s, f in EXTENSIONS.items() if f == fmt]
        if suffixes:
            joined = t("cli.output.or", lang).join(suffixes)
            parts.append(t("cli.output.known", lang, suffixes=joined, fmt=fmt))
    return t("cli.output.and", lang).join(parts)


class Report:
    """What to do with the answers: score them (with the plan), report, keep a copy, compare with last time."""

    def __init__(self, fmt: str, output: Path | None, *, save: bool, compare: bool) -> None:
        self.fmt, self.output, self.save, self.compare = fmt, output, save, compare
        #: the saved result "since last time" compares with (assess --since ID), instead of the last one
        self.since: Assessment | None = None

    def finish(
        self, found: LoadedLadder, answers: Answers, lang: Lang, *, console: Console | None, rated: Who | None = None
    ) -> None:
        from pmladder import storage
        from pmladder.cli.common import echo
        from pmladder.errors import PmladderError
        from pmladder.feedback import SELF

        damaged: list[PmladderError] = []
        earlier: list[Assessment] = []  # the result compared with, for the line on what its plan asked

        def previous(result: Assessment) -> Assessment | None:
            """The saved assessment before this one ("since last time"); damaged files are skipped, noted."""
            if self.since is not None:
                from pmladder.history import check_since

                earlier.append(check_since(self.since, result))
                return self.since
            found_previous = storage.find_previous(result)
            damaged.extend(found_previous.damaged)
            earlier.extend([found_previous.assessment] if found_previous.assessment else [])
            return found_previous.assessment

        interactive = console is not None
        compared = previous if self.compare else None
        result = _scored(found, answers, lang, interactive=interactive, previous=compared, rated=rated or SELF)
        for problem in damaged:
            echo(t("assess.damaged", lang, problem=inert(t(problem.code, lang, **problem.params))), err=True)
        from pmladder.render.reassess import due_note

        note = due_note(earlier[0] if earlier else None, found.ladder, lang)  # a check-in or this re-assessment
        if note is not None:
            echo(note, err=True)
        deliver(result, found.ladder, fmt=self.fmt, output=self.output, lang=lang, console=console)
        if self.save:
            saved = storage.save_assessment(result)
            echo(t("assess.saved", lang, path=inert(saved)), err=True)


def _scored(
    found: LoadedLadder,
    answers: Answers,
    lang: Lang,
    *,
    interactive: bool,
    previous: Callable[[Assessment], Assessment | None] | None = None,
    rated: Who,
) -> Assessment:
    """The assessment, its plan and (with ``previous``) what moved since last time, through the use case;
    after a whole questionnaire, a target that turned out too low must not cost the result: the plan goes
    toward the default target instead (an answers file: exit 2)."""
    from datetime import datetime

    from pmladder import assess as use_case
    from pmladder.cli.common import echo
    from pmladder.plan import TargetNotAbove

    created = datetime.now().astimezone().replace(microsecond=0)
    try:
        return use_case.assess(
            found.ladder, answers, ladder_sha256=found.sha256, created=created, find_previous=previous, rated=rated
        )
    except TargetNotAbove as exc:
        if not interactive:
            raise
        echo(t("assess.target-dropped", lang, problem=t(exc.code, lang, **exc.params)), err=True)
    answers = answers.model_copy(update={"target": None})
    return use_case.assess(
        found.ladder, answers, ladder_sha256=found.sha256, created=created, find_previous=previous, rated=rated
    )


def check_output(path: Path) -> None:
    """An --output that can never be written (a folder, or in a folder that does not exist) is a usage
    error now, not after a ten-minute questionnaire."""
    from pmladder.errors import Msg, UsageError

    folder = path.parent
    if path.is_dir():
        reason = Msg("storage.is-folder")  # the words write errors use too
    elif not folder.is_dir():
        # a file on the way is not a missing folder; the first one that is a file is named
        on_the_way = next((p for p in reversed(folder.parents) if p.is_file()), folder if folder.is_file() else None)
        if on_the_way is not None:
            reason = Msg("assess.file-on-the-way", {"file": on_the_way})
        else:
            reason = Msg("assess.no-folder", {"folder": folder})
    else:
        return
    raise UsageError("assess.cannot-write", path=path, reason=reason)


def deliver(
    result: Assessment, ladder: Ladder, *, fmt: str, output: Path | None, lang: Lang, console: Console | None
) -> None:
    """The report on standard output (text drawn by Rich), or written whole to ``output``; an interactive
    run (``console``) shows it on screen either way."""
    from rich.console import Console

    from pmladder.cli.common import echo
    from pmladder.render import assessment as render

    if output is None and fmt != "text":
        sys.stdout.write(_formatted(result, ladder, fmt, lang))
        sys.stdout.flush()
    elif output is None:  # the report goes to stdout, also when the questions were asked on stderr
        screen = console if console is not None and not console.stderr else Console(highlight=False, soft_wrap=False)
        screen.print(render.report(result, ladder, lang))
    elif console is not None:
        console.print(render.report(result, ladder, lang))  # an interactive run shows it on screen
    if output is not None:
        _write(output, _formatted(result, ladder, fmt, lang))
        echo(t("assess.written", lang, path=inert(output)), err=True)


def _formatted(result: Assessment, ladder: Ladder, fmt: str, lang: Lang) -> str:
    from pmladder.render import assessment as render

    if fmt == "json":
        return render.to_json(result).rstrip("\n") + "\n"
    if fmt == "markdown":
        return render.to_markdown(result, ladder, lang).rstrip("\n") + "\n"
    return _plain(render.report(result, ladder, lang))


def _plain(renderable: object) -> str:
    """A Rich renderable as plain text at 100 columns (for --format text --output FILE)."""
    import io

    from rich.console import Console

    buffer = io.StringIO()
    Console(file=buffer, width=100, color_system=None, force_terminal=False, highlight=False).print(renderable)
    return buffer.getvalue()


def _write(path: Path, text: str) -> None:
    """--output: a regular file is replaced in one step (a failure or Ctrl-C leaves nothing half-written);
    a FIFO or a device is written in place, and waiting for it can be interrupted (pmladder/files.py)."""
    from pmladder.errors import WriteError
    from pmladder.files import os_reason, write_output

    try:
        write_output(path, text)
    except OSError as exc:
        raise WriteError("assess.cannot-write", path=path, reason=os_reason(exc)) from None
