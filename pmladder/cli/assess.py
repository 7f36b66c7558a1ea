"""The `assess` command: a guided self-assessment (interactive, or from an answers file) with a plan."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

from pmladder.cli import complete
from pmladder.cli.app import app
from pmladder.cli.common import Format, LangOption, check_format, format_option, in_words
from pmladder.cli.params import Argument, Option
from pmladder.cli.rated import AboutOption, AsOption, NameOption

if TYPE_CHECKING:
    from pmladder.feedback import Who

#: what a report can be written as (the order --help shows)
FORMATS = (Format.TEXT, Format.JSON, Format.MARKDOWN)


@app.command("assess")
def assess_command(
    ladder: Annotated[
        str | None,
        Argument(
            metavar="LADDER",
            autocompletion=complete.ladders,
            help="A bundled ladder id (e.g. b2b-healthcare) or a ladder file; asked when omitted. "
            "职级体系 id 或文件；省略时会让你选择。",
            show_default=False,
        ),
    ] = None,
    answers: Annotated[
        str | None,
        Option(
            "--answers",
            "-a",
            metavar="FILE",
            help="Answers file (YAML or JSON; - reads stdin): no questions are asked. "
            "See docs/answers-format.md. 答案文件（YAML 或 JSON；- 表示标准输入），不再提问。",
            show_default=False,
        ),
    ] = None,
    resume: Annotated[
        bool,
        Option(
            "--resume", help="Continue the unfinished assessment (after q, Ctrl-C or end of input). 继续未完成的自评。"
        ),
    ] = False,
    lang: LangOption = None,
    about: AboutOption = None,
    role: AsOption = None,
    name: NameOption = None,
    target: Annotated[
        str | None,
        Option(
            "--target",
            metavar="LEVEL",
            autocompletion=complete.levels(),
            help="Level id to plan toward (default: the next level on your track). 目标级别。",
            show_default=False,
        ),
    ] = None,
    level_hint: Annotated[
        str | None,
        Option(
            "--level-hint",
            metavar="LEVEL",
            autocompletion=complete.levels(),
            help="Level id you believe you are at: questions start there. 你认为自己所在的级别，从那里开始提问。",
            show_default=False,
        ),
    ] = None,
    track: Annotated[
        str | None,
        Option(
            "--track",
            metavar="TRACK",
            autocompletion=complete.tracks,
            help="Career track where the ladder branches (e.g. management, architect). 发展路径。",
            show_default=False,
        ),
    ] = None,
    fmt: Annotated[
        Format | None,
        format_option(
            *FORMATS,
            help="Report format (default: from the --output extension .txt, .md or .json, else text). "
            "报告格式（默认按 --output 的扩展名，否则为 text）。",
        ),
    ] = None,
    output: Annotated[
        str | None,
        Option(
            "--output",
            "-o",
            metavar="FILE",
            help="Write the report to FILE (.txt, .md or .json; - for standard output). "
            "把报告写入文件（.txt、.md 或 .json）。",
            show_default=False,
        ),
    ] = None,
    no_save: Annotated[
        bool, Option("--no-save", help="Do not keep a copy in the pmladder data folder. 不在数据目录中保存结果。")
    ] = False,
    no_compare: Annotated[
        bool,
        Option(
            "--no-compare",
            help="Do not compare with your previous saved assessment of the same ladder. 不与上次的自评比较。",
        ),
    ] = False,
    since: Annotated[
        str | None,
        Option(
            "--since",
            metavar="ID",
            autocompletion=complete.history_ids,
            help="Say what changed since this saved result (an id of pmladder history) rather than the last one. "
            "与指定的已保存结果比较。",
            show_default=False,
        ),
    ] = None,
    restart: Annotated[
        bool,
        Option(
            "--restart", help="Discard the unfinished assessment of LADDER and start over. 丢弃未完成的自评，重新开始。"
        ),
    ] = False,
) -> None:
    """Guided self-assessment: your level on a ladder, how sure it is, and a plan; or, with --about NAME
    --as manager|peer, a rating of someone else (docs/feedback.md).

    引导式自评：你在职级体系中的级别、结果的可信度，以及发展计划；加 --about 和 --as 可为别人评分。

    Without --answers, pmladder asks about behaviours competency by competency: type a digit and
    Enter (0 not yet, 1 sometimes / with help, 2 often on my own, 3 consistently, n no opportunity);
    b goes back, s skips a competency, ? explains the scale, q saves and quits. Progress is saved
    after every answer; --resume continues. With --answers FILE nothing is asked (for scripts).

    不带 --answers 时逐项提问：输入数字后回车；b 上一题，s 跳过能力，? 说明，q 保存并退出。
    每个回答后都会保存进度，--resume 可继续。

    \b
    Examples / 示例:
      pmladder assess                                  # choose a ladder, answer questions
      pmladder assess b2b-healthcare --lang zh --level-hint manager
      pmladder assess --resume                         # continue after q or Ctrl-C
      pmladder assess pm-generic --answers my-answers.yaml
      pmladder assess --answers my-answers.json --format json --output result.json
      pmladder assess pm-generic --answers - --format markdown --no-save < answers.yaml
      pmladder assess pm-generic --answers my-answers.yaml --no-compare   # no "since last time"
      pmladder assess pm-generic --answers my-answers.yaml --since 20260302  # since that result
      pmladder assess pm-generic --about "Alice Wong" --as manager --name Bob   # rate someone else
    """
    from pmladder.cli.output import Report, check_output, output_format
    from pmladder.feedback import who
    from pmladder.i18n import parse_lang
    from pmladder.rules.answers import check_combination

    chosen = parse_lang(lang)
    with in_words(lambda: chosen):
        rated = who(about, role, name)
        if fmt is not None:
            check_format(fmt, FORMATS)
        # "-" is standard output, as for --answers: the report alone, questions (if any) on stderr
        output_path = Path(output) if output is not None and output != "-" else None
        written = output_format(fmt, output, FORMATS, chosen)  # before any question is asked
        if output_path is not None:
            check_output(output_path)  # before any question is asked
        check_combination(answers=answers is not None, resume=resume, restart=restart)
        report = Report(written, output_path, save=not no_save, compare=not no_compare)
        if since is not None:
            from pmladder.history import since_result

            report.since = since_result(since, compare=not no_compare, ladder=ladder)  # before any question
        if answers is not None:
            from pmladder.answers_file import read_answers

            found, given = read_answers(
                answers,
                ladder,
                stdin=sys.stdin.buffer,
                track=track,
                target=target,
                level_hint=level_hint,
            )
            report.finish(found, given, chosen, console=None, rated=rated)
            return
    from pmladder.cli.prompting.interview import Asked, Words, finished, interview
    from pmladder.process import is_tty

    words = Words(chosen, given=lang is not None)
    with in_words(lambda: words.lang), contextlib.ExitStack() as held:  # the session's lock, held to the end
        if not is_tty(sys.stdin):
            _refuse_no_terminal(ladder, resume, rated)
        asked = Asked(ladder, resume, restart, track=track, target=target, level_hint=level_hint, rated=rated)
        done = interview(asked, words, stream=sys.stdin, held=held)
        report.finish(done.found, done.answers, words.lang, console=done.console, rated=done.rated)
        finished(done.found.ladder, done.rated)  # its result is saved: the unfinished session goes


def _refuse_no_terminal(ladder: str | None, resume: bool, rated: Who) -> None:
    """No questions without a terminal; with --resume, "nothing to resume" says more than that."""
    from pmladder.errors import UsageError

    if resume:
        from pmladder import session
        from pmladder.feedback import session_key
        from pmladder.io.ladders import load_ladder

        session.find_session(session_key(load_ladder(ladder).ladder.id, rated) if ladder is not None else None)
    raise UsageError("assess.no-tty")
