"""The `feedback` commands: a PM writes a request to be rated; a manager or peer answers it (asked, or filled in)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from pmladder.cli import complete
from pmladder.cli.app import app
from pmladder.cli.common import Format, LangOption, check_format, format_option
from pmladder.cli.rated import AsOption, NameOption

feedback_app = typer.Typer(
    name="feedback",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(feedback_app, name="feedback")

#: --levels: the levels a request covers
LevelsOption = Annotated[
    list[str] | None,
    typer.Option(
        "--levels",
        metavar="LEVEL",
        autocompletion=complete.levels(),
        help="A level to cover (repeat, or comma-separated; default: every level of the track). 要覆盖的级别。",
        show_default=False,
    ),
]
#: what the result of an answered request can be written as
FORMATS = (Format.TEXT, Format.JSON, Format.MARKDOWN)


@feedback_app.callback()
def _feedback() -> None:
    """Ask a manager or peer to rate you on a ladder, and answer such a request (docs/feedback.md).

    请上级或同事按职级体系评价你，或回答这样的请求。

    \b
    Examples / 示例:
      pmladder feedback request pm-generic --about "Alice Wong" -o request.yaml
      pmladder feedback answer request.yaml --as manager --name Bob -o bob-on-alice.json
    """


@feedback_app.command("request")
def request_command(
    ladder: str = typer.Argument(..., metavar="LADDER", autocompletion=complete.ladders, help="A ladder id or file."),
    about: str = typer.Option(..., "--about", metavar="NAME", help="Your name, as the rater sees it. 你的名字。"),
    track: str | None = typer.Option(
        None, "--track", metavar="TRACK", autocompletion=complete.tracks, help="Career track. 发展路径。"
    ),
    levels: LevelsOption = None,
    output: str = typer.Option("-", "--output", "-o", metavar="FILE", help="Where to write it (- for stdout)."),
    lang: LangOption = None,
) -> None:
    """Write a request for a manager or peer to rate you: the ladder pinned, the levels to cover.

    写一份反馈请求：固定职级体系（及其版本）、路径和要覆盖的级别，交给上级或同事回答。

    The file doubles as a form: it lists every statement of the levels with an empty rating.

    \b
    Examples / 示例:
      pmladder feedback request pm-generic --about "Alice Wong" -o request.yaml
      pmladder feedback request b2b-healthcare --about 王小明 --track management --levels manager,expert
    """
    from datetime import datetime

    from pmladder.feedback import make_request, person_name
    from pmladder.i18n import parse_lang, t
    from pmladder.io.ladders import load_ladder
    from pmladder.render.request import request_yaml
    from pmladder.safetext import inert

    chosen = parse_lang(lang)
    name = person_name(about, "--about")
    assert name is not None
    wanted = [part.strip() for given in levels or [] for part in given.split(",") if part.strip()]
    found = load_ladder(ladder)
    created = datetime.now().astimezone().isoformat(timespec="seconds")
    request = make_request(found.ladder, sha256=found.sha256, about=name, track=track, levels=wanted, created=created)
    shown = "request.yaml" if output == "-" else output
    text = request_yaml(request, found.ladder, chosen, shown)
    if output == "-":
        typer.echo(text, nl=False)
        return
    _write(Path(output), text)
    typer.echo(t("feedback.written", chosen, path=inert(output)), err=True)


@feedback_app.command("answer")
def answer_command(
    request: Path = typer.Argument(..., metavar="REQUEST", help="The request file (pmladder feedback request)."),  # noqa: B008
    role: AsOption = None,
    name: NameOption = None,
    fmt: Annotated[Format | None, format_option(*FORMATS, help="Result format (default: from --output).")] = None,
    output: str | None = typer.Option(
        None,
        "--output",
        "-o",
        metavar="FILE",
        help="Write the result to FILE (.json to hand back). 结果文件。",
        show_default=False,
    ),
    no_save: bool = typer.Option(False, "--no-save", help="Keep no copy in the data folder. 不保存副本。"),
    lang: LangOption = None,
) -> None:
    """Answer a feedback request as the person's manager or peer: asked question by question, or, when
    its ratings are filled in, scored at once; the result is saved and written to --output.

    以上级或同事的身份回答反馈请求：逐题提问；如果文件里已填好评分，则直接得出结果。

    \b
    Examples / 示例:
      pmladder feedback answer request.yaml --as manager --name Bob -o bob-on-alice.json
      pmladder feedback answer filled.yaml --as peer -o carol-on-alice.json   # filled in offline
    """
    from pmladder.cli.output import Report, check_output, output_format
    from pmladder.feedback import answering
    from pmladder.i18n import parse_lang

    chosen = parse_lang(lang)
    if fmt is not None:
        check_format(fmt, FORMATS)
    output_path = Path(output) if output is not None and output != "-" else None
    written = output_format(fmt, output, FORMATS, chosen)
    if output_path is not None:
        check_output(output_path)
    ready = answering(request, role, name)
    report = Report(written, output_path, save=not no_save, compare=True)
    if ready.filled:
        report.finish(ready.found, ready.answers, chosen, console=None, rated=ready.rated)
        return
    _ask(ready, report, chosen, lang is not None)


def _ask(ready: object, report: object, lang: str, given: bool) -> None:
    """The questions of an unfilled request, as `pmladder assess --about NAME --as ROLE` asks them."""
    import contextlib

    from pmladder.cli.output import Report
    from pmladder.cli.prompting.interview import Asked, Words, finished, interview
    from pmladder.errors import UsageError
    from pmladder.feedback import Answering
    from pmladder.process import is_tty

    assert isinstance(ready, Answering) and isinstance(report, Report) and lang in ("zh", "en")
    if not is_tty(sys.stdin):
        raise UsageError("feedback.no-tty")
    words = Words("zh" if lang == "zh" else "en", given=given)
    track, start = ready.answers.track, ready.answers.level_hint
    asked = Asked(ready.request.ladder, track=track, level_hint=start, rated=ready.rated)
    with contextlib.ExitStack() as held:
        done = interview(asked, words, stream=sys.stdin, held=held)
        report.finish(done.found, done.answers, words.lang, console=done.console, rated=done.rated)
        finished(done.found.ladder, done.rated)


def _write(path: Path, text: str) -> None:
    from pmladder.errors import WriteError
    from pmladder.files import os_reason, write_output

    try:
        write_output(path, text)
    except OSError as exc:
        raise WriteError("feedback.cannot-write", path=path, reason=os_reason(exc)) from None
