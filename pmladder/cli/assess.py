"""The `assess` command: a guided self-assessment (interactive, or from an answers file) with a plan."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

import typer

from pmladder.cli import LangOption, app, complete
from pmladder.i18n import Catalogue, message
from pmladder.safetext import inert

if TYPE_CHECKING:
    from contextlib import ExitStack

    from rich.console import Console

    from pmladder import session
    from pmladder.model.answers import Answers
    from pmladder.model.assessment import Assessment
    from pmladder.model.ladder import Ladder, Lang
    from pmladder.questionnaire import State

FORMATS = ("text", "json", "markdown")

MESSAGES: Catalogue = {
    "no-tty": {
        "zh": "标准输入不是终端，无法交互提问；"
        "请用 --answers FILE（或 --answers - 从标准输入读取）提供答案文件",
        "en": "stdin is not a terminal, so questions cannot be asked; "
        "give an answers file with --answers FILE (or --answers - to read it from stdin)",
    },
    "bad-format": {
        "zh": "--format 只能是 text、json 或 markdown，而不是 {value!r}",
        "en": "--format must be text, json or markdown, not {value!r}",
    },
    "answers-and-resume": {
        "zh": "--answers 与 --resume 不能同时使用",
        "en": "--answers and --resume cannot be used together",
    },
    "restart-with": {
        "zh": "--restart 与 {option} 不能同时使用",
        "en": "--restart and {option} cannot be used together",
    },
    "resume-options": {
        "zh": "继续自评时不能更改 {option}（它会改变提问顺序）；不带 {option} 重新运行，或重新开始一次自评",
        "en": "{option} cannot change when resuming (it changes which questions are asked); "
        "run again without {option}, or start a new assessment",
    },
    "unknown-level": {
        "zh": "{option} {value!r} 不是{ladder}的级别；可选：{valid}",
        "en": "{option} {value!r} is not a level of {ladder}; levels: {valid}",
    },
    "unknown-track": {
        "zh": "--track {value!r} 不是{ladder}的路径；可选：{valid}",
        "en": "--track {value!r} is not a track of {ladder}; tracks: {valid}",
    },
    "off-track": {
        "zh": "{option} {value!r}（{name}）不在{track}上；该路径的级别：{valid}",
        "en": "{option} {value!r} ({name}) is not on {track}; its levels: {valid}",
    },
    # what is counted is errors (warnings do not refuse a file): the words say so, as validate counts them
    "more-errors": {
        "zh": "{first}（另有 {count} 个错误）",
        "en": "{first} (and {count} more errors)",
    },
    "one-more-error": {
        "zh": "{first}（另有 1 个错误）",
        "en": "{first} (and 1 more error)",
    },
    "saved": {"zh": "结果已保存到 {path}", "en": "saved the assessment to {path}"},
    "damaged": {
        "zh": "已跳过一个损坏的已保存自评：{problem}",
        "en": "skipped a damaged saved assessment: {problem}",
    },
    "written": {"zh": "报告已写入 {path}", "en": "wrote the report to {path}"},
    "cannot-write": {"zh": "无法写入 {path}：{reason}", "en": "cannot write {path}: {reason}"},
    "no-folder": {"zh": "文件夹 {folder} 不存在", "en": "the folder {folder} does not exist"},
    "file-on-the-way": {"zh": "{file} 是一个文件，不是文件夹", "en": "{file} is a file, not a folder"},
    "unfinished": {
        "zh": "“{ladder}”有一次未完成的自评（{answers}，保存于 {when}）。",
        "en": "There is an unfinished assessment of {ladder} ({answers}, saved {when}).",
    },
    "ask-continue": {
        "zh": "回车或 c 继续上次的自评，r 丢弃它并重新开始",
        "en": "Enter or c continues it, r discards it and starts over",
    },
    "hint-continue": {
        "zh": "请直接回车或输入 c 继续上次的自评，输入 r 丢弃它并重新开始，输入 q 退出（进度仍然保存着）",
        "en": "Press Enter or type c to continue the saved assessment, r to discard it and start over, "
        "or q to quit (it stays saved)",
    },
    "target-dropped": {
        "zh": "{problem}（本次报告不用这个目标级别，按默认目标制定计划）",
        "en": "{problem} (this report plans toward the default target instead)",
    },
    "invalid-ladder": {
        "zh": "（无效：运行 pmladder validate {file}）",
        "en": "(invalid: run pmladder validate {file})",
    },
    "invalid-picked": {
        "zh": "这个职级体系有错误，不能用于自评：{problem}；请选另一个，或先修正它（pmladder validate {file}）",
        "en": "This ladder has errors and cannot be used: {problem}; choose another one, or fix it first "
        "(pmladder validate {file})",
    },
    "other-session": {
        "zh": "{name}（pmladder assess {ladder} --resume）",
        "en": "{name} (pmladder assess {ladder} --resume)",
    },
    "other-sessions-one": {
        "zh": "另有 1 次未完成的自评：{items}",
        "en": "There is 1 other unfinished assessment: {items}",
    },
    "other-sessions": {
        "zh": "另有 {count} 次未完成的自评：{items}",
        "en": "There are {count} other unfinished assessments: {items}",
    },
    "and": {"zh": "；", "en": "; "},
    "no-ladders": {
        "zh": "没有可用的职级体系：请指定一个职级体系文件",
        "en": "no ladders found: name a ladder file",
    },
}


@dataclass(frozen=True)
class _Output:
    """What to do with the result once it is computed."""

    fmt: str
    output: Path | None
    save: bool
    lang: Lang
    #: compare with the previous saved assessment of the same ladder ("since last time")
    compare: bool = True


@app.command("assess")
def assess_command(
    ladder: str | None = typer.Argument(
        None,
        metavar="LADDER",
        autocompletion=complete.ladders,
        help="A bundled ladder id (e.g. b2b-healthcare) or a ladder file; asked when omitted. "
        "职级体系 id 或文件；省略时会让你选择。",
        show_default=False,
    ),
    answers: str | None = typer.Option(
        None,
        "--answers",
        "-a",
        metavar="FILE",
        help="Answers file (YAML or JSON; - reads stdin): no questions are asked. "
        "See docs/answers-format.md. 答案文件（YAML 或 JSON；- 表示标准输入），不再提问。",
        show_default=False,
    ),
    resume: bool = typer.Option(
        False,
        "--resume",
        help="Continue the unfinished assessment (after q, Ctrl-C or end of input). 继续未完成的自评。",
    ),
    lang: LangOption = None,
    target: str | None = typer.Option(
        None,
        "--target",
        metavar="LEVEL",
        autocompletion=complete.levels(),
        help="Level id to plan toward (default: the next level on your track). 目标级别。",
        show_default=False,
    ),
    level_hint: str | None = typer.Option(
        None,
        "--level-hint",
        metavar="LEVEL",
        autocompletion=complete.levels(),
        help="Level id you believe you are at: questions start there. 你认为自己所在的级别，从那里开始提问。",
        show_default=False,
    ),
    track: str | None = typer.Option(
        None,
        "--track",
        metavar="TRACK",
        autocompletion=complete.tracks,
        help="Career track where the ladder branches (e.g. management, architect). 发展路径。",
        show_default=False,
    ),
    fmt: str | None = typer.Option(
        None,
        "--format",
        "-f",
        metavar="text|json|markdown",
        autocompletion=complete.formats(*FORMATS),
        help="Report format (default: from the --output extension .txt, .md or .json, else text). "
        "报告格式（默认按 --output 的扩展名，否则为 text）。",
        show_default=False,
    ),
    output: str | None = typer.Option(
        None,
        "--output",
        "-o",
        metavar="FILE",
        help="Write the report to FILE (.txt, .md or .json; - for standard output). "
        "把报告写入文件（.txt、.md 或 .json）。",
        show_default=False,
    ),
    no_save: bool = typer.Option(
        False, "--no-save", help="Do not keep a copy in the pmladder data folder. 不在数据目录中保存结果。"
    ),
    no_compare: bool = typer.Option(
        False,
        "--no-compare",
        help="Do not compare with your previous saved assessment of the same ladder. 不与上次的自评比较。",
    ),
    restart: bool = typer.Option(
        False,
        "--restart",
        help="Discard the unfinished assessment of LADDER and start over. 丢弃未完成的自评，重新开始。",
    ),
) -> None:
    """Guided self-assessment: your level on a ladder, how sure it is, and a plan.

    引导式自评：你在职级体系中的级别、结果的可信度，以及发展计划。

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
    """
    from pmladder.errors import UsageError
    from pmladder.i18n import parse_lang

    chosen = parse_lang(lang)
    if fmt is not None and fmt not in FORMATS:
        raise UsageError(message(MESSAGES, "bad-format", chosen, value=fmt))
    from pmladder.cli.output import output_format

    # "-" is standard output, as for --answers: the report alone, questions (if any) on stderr
    output_path = Path(output) if output is not None and output != "-" else None
    fmt_name = output_format(fmt, output, FORMATS, chosen)  # before any question is asked
    if output_path is not None:
        _check_output(output_path, chosen)  # before any question is asked
    out = _Output(fmt_name, output_path, not no_save, chosen, compare=not no_compare)
    if restart and (resume or answers is not None):
        raise UsageError(message(MESSAGES, "restart-with", chosen, option="--resume" if resume else "--answers"))
    if answers is not None:
        if resume:
            raise UsageError(message(MESSAGES, "answers-and-resume", chosen))
        _from_file(answers, ladder, track=track, target=target, level_hint=level_hint, out=out)
        return
    if not sys.stdin.isatty():
        if resume:  # "nothing to resume" says more than "not a terminal"
            from pmladder import session

            session.find_session(_load_ladder(ladder, chosen).ladder.id if ladder is not None else None, chosen)
        raise UsageError(message(MESSAGES, "no-tty", chosen))
    lang_given = lang is not None
    from contextlib import ExitStack

    with ExitStack() as held:  # the session's lock, held until this run ends
        _interactive(
            ladder,
            resume,
            lang_given,
            track=track,
            target=target,
            level_hint=level_hint,
            out=out,
            stream=sys.stdin,
            held=held,
            restart=restart,
        )


# ---- loading ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _LoadedLadder:
    ladder: Ladder
    sha256: str
    #: how to find it again when resuming: a bundled id or an absolute path
    source: str


def _resolve(name: str, lang: Lang = "en") -> tuple[Path, str]:
    """A LADDER argument to (file, source); bundled ids first, then the user folder's ladders/<id>.yaml."""
    from pmladder import loader

    path = loader.resolve_ladder(name, lang)
    bundled = path.parent == loader.bundled_dir() and path.stem == name
    return path, name if bundled else str(path.resolve())


def _load_ladder(name: str, lang: Lang = "en") -> _LoadedLadder:
    from pmladder import loader
    from pmladder.checks import require_valid_ladder
    from pmladder.model.ladder import Ladder
    from pmladder.session import sha256_of

    path, source = _resolve(name, lang)
    raw = loader.read_bytes(path, lang)
    display = str(path) if source != name or "/" in name else f"ladders/{path.name}"
    loaded = loader.load_model(Ladder, raw, display, lang)
    ladder = require_valid_ladder(loaded, lang, semantic=not loader.is_bundled(path))
    return _LoadedLadder(ladder, sha256_of(raw), source)


def _check_options(
    ladder: Ladder, lang: Lang, *, track: str | None, target: str | None, level_hint: str | None
) -> None:
    """Command-line ids must exist in the ladder (exit 2): the ladder, the track and the level by name,
    the valid ids (what the options take) with their names beside them."""
    from pmladder.errors import NotFoundError
    from pmladder.render.choices import ladder_words, level_choices, track_choices, track_words

    tracks = ladder.tracks()
    words = ladder_words(ladder, lang)
    if track is not None and track not in tracks:
        valid = track_choices(ladder, lang)
        raise NotFoundError(message(MESSAGES, "unknown-track", lang, value=track, ladder=words, valid=valid))
    for option, value in (("--level-hint", level_hint), ("--target", target)):
        if value is None:
            continue
        level = ladder.level(value)
        if level is None:
            valid = level_choices(ladder.levels, lang)
            raise NotFoundError(
                message(MESSAGES, "unknown-level", lang, option=option, value=value, ladder=words, valid=valid)
            )
        if track is not None and value not in {lv.id for lv in tracks[track]}:
            raise NotFoundError(
                message(
                    MESSAGES,
                    "off-track",
                    lang,
                    option=option,
                    value=value,
                    name=level.name.get(lang),
                    track=track_words(ladder, track, lang),
                    valid=level_choices(tracks[track], lang),
                )
            )


def _overrides(**values: str | None) -> dict[str, str]:
    return {key: value for key, value in values.items() if value is not None}


# ---- the non-interactive path ----------------------------------------------------------------------


def _from_file(
    source: str,
    ladder_name: str | None,
    *,
    track: str | None,
    target: str | None,
    level_hint: str | None,
    out: _Output,
) -> None:
    from pmladder import loader
    from pmladder.errors import InputError
    from pmladder.model import answers as answers_model
    from pmladder.model.answers import Answers
    from pmladder.questionnaire import check_answers

    if source == "-":
        raw, filename = sys.stdin.buffer.read(loader.MAX_BYTES + 1), "<stdin>"
    else:
        raw, filename = loader.read_bytes(Path(source), out.lang), source
    # an answers file holds a bounded number of values: reading stops at the first one past it
    loaded = loader.load_model(Answers, raw, filename, out.lang, max_nodes=answers_model.MAX_NODES)
    answers = loader.require(loaded, out.lang)
    found = _load_ladder(ladder_name if ladder_name is not None else answers.ladder, out.lang)
    ladder = found.ladder
    _check_options(ladder, out.lang, track=track, target=target, level_hint=level_hint)
    update = _overrides(track=track, target=target, level_hint=level_hint)
    if update:
        answers = answers.model_copy(update=update)
    errors = [
        i for i in check_answers(ladder, answers, loaded.document, lang=out.lang) if i.severity == "error"
    ]
    if errors:
        first = errors[0].format()
        if len(errors) == 1:
            raise InputError(first)
        key = "one-more-error" if len(errors) == 2 else "more-errors"
        raise InputError(message(MESSAGES, key, out.lang, first=first, count=len(errors) - 1))
    _finish(ladder, answers, found.sha256, out, console=None)


# ---- the interactive path --------------------------------------------------------------------------


def _make_console(*, ui: bool = False) -> Console:
    """A console on stdout; for the questions (``ui``), on stderr when only stderr is the terminal.

    ``pmladder assess LADDER --format json > result.json`` asks its questions on the terminal and
    leaves nothing but the report in the file.
    """
    from rich.console import Console

    stderr = ui and not _is_tty(sys.stdout) and _is_tty(sys.stderr)
    return Console(highlight=False, soft_wrap=False, stderr=stderr)


def _is_tty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _interactive(
    ladder_name: str | None,
    resume: bool,
    lang_given: bool,
    *,
    track: str | None,
    target: str | None,
    level_hint: str | None,
    out: _Output,
    stream: TextIO,
    held: ExitStack,
    restart: bool = False,
) -> None:
    from datetime import UTC, datetime

    from pmladder import prompting, questionnaire, session
    from pmladder.errors import UsageError
    from pmladder.model.answers import Answers

    console = _make_console(ui=True)
    lang = out.lang
    resumed: session.Session | None = None
    session_file: Path | None = None
    if resume:
        for option, value in (("--level-hint", level_hint), ("--track", track)):
            if value is not None:
                raise UsageError(message(MESSAGES, "resume-options", lang, option=option))
        named = _load_ladder(ladder_name, lang) if ladder_name is not None else None
        session_file = session.find_session(named.ladder.id if named is not None else None, lang)
        # a second run of the same ladder is refused (exit 3); the session is looked up again once the
        # lock is ours, since the run that held it may have finished it
        held.enter_context(session.locked(session_file.stem, lang))
        session_file = session.find_session(session_file.stem, lang)
        resumed = session.load_session(session_file, lang)
        if not lang_given:
            lang = resumed.lang
            out = _Output(out.fmt, out.output, out.save, lang, out.compare)
        found = named if named is not None else _ladder_of(resumed, session_file, lang)
    else:
        if ladder_name is None:
            ladder_name = _pick_ladder(console, stream, lang)
        found = _load_ladder(ladder_name, lang)
        held.enter_context(session.locked(found.ladder.id, lang))  # a second run of the ladder: exit 3
        if restart:
            session.delete_session(found.ladder.id)
        existing = session.session_path(found.ladder.id)
        if existing.is_file() and _continue_existing(console, stream, lang, existing, found.ladder):
            session_file, resumed = existing, session.load_session(existing, lang)
    ladder = found.ladder
    _check_options(ladder, lang, track=track, target=target, level_hint=level_hint)

    if resumed is not None and session_file is not None:
        state = session.resume(resumed, ladder, found.sha256, session_file, lang)
    else:
        answers = Answers(ladder=ladder.id, track=track, target=target, level_hint=level_hint)
        state = questionnaire.start(ladder, answers)
        if level_hint is None:
            state = prompting.choose_start(state, console=console, stream=stream, lang=lang, track=track)

    def save(current: State) -> Path:
        if not current.history:  # every answer undone (b): nothing to resume, so no session is kept
            session.delete_session(ladder.id)
            return session.session_path(ladder.id)
        record = session.to_session(
            current, ladder_source=found.source, ladder_sha256=found.sha256, lang=lang, now=datetime.now(UTC)
        )
        return session.save_session(record, lang=lang)

    # --resume without LADDER took the most recent session: say which others there are
    note = _other_sessions(session_file, lang) if resume and ladder_name is None and session_file else None
    # b at the first question goes back to the start-level picker, limited to --track when given
    state = prompting.run(state, console=console, stream=stream, lang=lang, save=save, track=track, note=note)
    final = state.answers
    if target is not None:
        final = final.model_copy(update={"target": target})
    _finish(ladder, final, found.sha256, out, console=console)
    session.delete_session(ladder.id)


def _other_sessions(current: Path, lang: Lang) -> str | None:
    """One line naming the other unfinished assessments, most recent first, each with the command that
    continues it (``--resume`` without LADDER takes the most recent one); None when there are none."""
    import shlex

    from pmladder import session
    from pmladder.errors import PmladderError
    from pmladder.paths import user_ladder_dir
    from pmladder.render.issues import inert

    try:
        found = [p for p in session.sessions_dir().glob("*.json") if p.is_file() and p.name != current.name]
        found.sort(key=lambda p: (p.stat().st_mtime, p.name), reverse=True)
    except OSError:
        return None
    items = []
    for path in found:
        name, ladder = path.stem, path.stem
        try:
            source = session.load_session(path, lang, set_aside=False).ladder_source
            if "/" in source or source.endswith((".yaml", ".yml")):
                file = Path(source)
                ladder = file.stem if file.parent == user_ladder_dir() else shlex.quote(source)
            else:
                ladder = source
            name = _load_ladder(source, lang).ladder.name.get(lang)
        except PmladderError:
            pass  # a damaged session or a ladder that is gone: named by its id, resuming it says why
        items.append(message(MESSAGES, "other-session", lang, name=inert(name), ladder=inert(ladder)))
    if not items:
        return None
    key = "other-sessions-one" if len(items) == 1 else "other-sessions"
    return message(MESSAGES, key, lang, count=len(items), items=message(MESSAGES, "and", lang).join(items))


def _ladder_of(saved: session.Session, path: Path, lang: Lang) -> _LoadedLadder:
    """The ladder a resumed session was saved with; when it is gone, say how to go on."""
    from pmladder import session
    from pmladder.errors import PmladderError

    try:
        return _load_ladder(saved.ladder_source, lang)
    except PmladderError as exc:
        exc.message = message(session.MESSAGES, "no-ladder", lang, path=path, problem=exc.message)
        raise


def _continue_existing(console: Console, stream: TextIO, lang: Lang, path: Path, ladder: Ladder) -> bool:
    """Ask whether to continue an unfinished session of the same ladder (True) or start over."""
    from pmladder import prompting, session
    from pmladder.render.issues import inert

    saved = session.load_session(path, lang)
    answered = sum(1 for entry in saved.history if not entry.startswith(("skip:", "evidence:")))
    count = prompting.answers_count(answered, lang)
    when = _local_time(saved.updated)
    name = inert(ladder.name.get(lang))
    console.print(message(MESSAGES, "unfinished", lang, ladder=name, when=when, **count), markup=False)
    return prompting.ask_yes(
        message(MESSAGES, "ask-continue", lang),
        console=console,
        stream=stream,
        lang=lang,
        yes="c",
        no="r",
        hint=message(MESSAGES, "hint-continue", lang),
        stopped="stopped-kept",
    )


def _local_time(stamp: str) -> str:
    """A saved UTC timestamp as local ``YYYY-MM-DD HH:MM`` (as written when it cannot be read)."""
    from datetime import datetime

    try:
        return datetime.fromisoformat(stamp).astimezone().strftime("%Y-%m-%d %H:%M")
    except (ValueError, OverflowError):  # OverflowError: year 1 or 9999 moved into the local zone
        return stamp


def _pick_ladder(console: Console, stream: TextIO, lang: Lang) -> str:
    """The picker of bundled and user ladders; a user ladder that validate rejects is marked, and
    picking it shows its first problem and asks again."""
    import shlex

    from pmladder import loader, prompting
    from pmladder.checks import ladder_errors
    from pmladder.errors import NotFoundError, UsageError
    from pmladder.model.ladder import Ladder
    from pmladder.paths import scan_user_ladders
    from pmladder.render.issues import inert

    choices: list[tuple[str, str]] = []
    refusals: list[str | None] = []
    sources: list[str] = []
    for path in [*loader.bundled_ladder_files(), *scan_user_ladders()[0]]:
        try:
            data = loader.read_bytes(path, lang)
        except NotFoundError as exc:  # a link loop, a link to nothing, no permission: listed, marked invalid
            file = inert(shlex.quote(str(path)))
            invalid = message(MESSAGES, "invalid-ladder", lang, file=file)
            choices.append((inert(path.stem), inert(f"{path}  {invalid}")))
            refusals.append(message(MESSAGES, "invalid-picked", lang, problem=inert(exc.message), file=file))
            sources.append(str(path))
            continue
        loaded = loader.load_model(Ladder, data, str(path), lang)
        label = loaded.value.name.get(lang) if loaded.value is not None else path.stem
        bundled = path.parent == loader.bundled_dir()
        detail = path.stem if bundled else str(path)
        # bundled ladders are validated by CI; a user's own ladder is checked as validate checks it
        errors = ladder_errors(loaded, lang=lang, semantic=not bundled)
        refusal = None
        if errors:
            file = inert(shlex.quote(str(path)))
            detail = f"{detail}  {message(MESSAGES, 'invalid-ladder', lang, file=file)}"
            problem = inert(errors[0].format())
            if len(errors) > 1:  # how many more, as every other refusal of a file says
                key = "one-more-error" if len(errors) == 2 else "more-errors"
                problem = message(MESSAGES, key, lang, first=problem, count=len(errors) - 1)
            refusal = message(MESSAGES, "invalid-picked", lang, problem=problem, file=file)
        choices.append((inert(label), inert(detail)))
        refusals.append(refusal)
        sources.append(path.stem if bundled else str(path))
    if not choices:
        raise UsageError(message(MESSAGES, "no-ladders", lang))
    picked = prompting.pick_ladder(choices, console=console, stream=stream, lang=lang, refusals=refusals)
    return sources[picked]


# ---- scoring, rendering, saving --------------------------------------------------------------------


def _finish(ladder: Ladder, answers: Answers, sha256: str, out: _Output, *, console: Console | None) -> None:
    from datetime import datetime

    from pmladder import assess as use_case
    from pmladder import storage
    from pmladder.i18n import t
    from pmladder.plan import TargetNotAbove
    from pmladder.render import assessment as render

    created = datetime.now().astimezone().replace(microsecond=0)
    try:
        result = use_case.assess(ladder, answers, ladder_sha256=sha256, created=created)
    except TargetNotAbove as exc:
        if console is None:
            raise  # an answers file: the script is told, exit 2
        # after a whole questionnaire, a target that turned out too low must not cost the result
        typer.echo(message(MESSAGES, "target-dropped", out.lang, problem=t(exc.code, out.lang, **exc.params)), err=True)
        answers = answers.model_copy(update={"target": None})
        result = use_case.assess(ladder, answers, ladder_sha256=sha256, created=created)
    if out.compare:
        result = _since_last_time(result, out.lang)

    def formatted(fmt: str) -> str:
        if fmt == "json":
            return render.to_json(result).rstrip("\n") + "\n"
        if fmt == "markdown":
            return render.to_markdown(result, ladder, out.lang).rstrip("\n") + "\n"
        return _plain(render.report(result, ladder, out.lang))

    if out.output is None:
        if out.fmt == "text":
            # the report goes to stdout, also when the questions were asked on stderr
            screen = console if console is not None and not console.stderr else _make_console()
            screen.print(render.report(result, ladder, out.lang))
        else:
            sys.stdout.write(formatted(out.fmt))
            sys.stdout.flush()
    elif console is not None:
        console.print(render.report(result, ladder, out.lang))  # an interactive run shows it on screen
    if out.output is not None:
        _write(out.output, formatted(out.fmt), out.lang)
        typer.echo(message(MESSAGES, "written", out.lang, path=inert(out.output)), err=True)
    if out.save:
        saved = storage.save_assessment(result, lang=out.lang)
        typer.echo(message(MESSAGES, "saved", out.lang, path=inert(saved)), err=True)


def _since_last_time(result: Assessment, lang: Lang) -> Assessment:
    """``result`` with ``since`` filled in from the previous saved assessment; damaged files noted."""
    from pmladder import progress, storage

    previous = storage.find_previous(result, lang=lang)
    for problem in previous.damaged:
        typer.echo(message(MESSAGES, "damaged", lang, problem=inert(problem)), err=True)
    return progress.with_progress(result, previous.assessment)


def _plain(renderable: object) -> str:
    """A Rich renderable as plain text at 100 columns (for --format text --output FILE)."""
    import io

    from rich.console import Console

    buffer = io.StringIO()
    Console(file=buffer, width=100, color_system=None, force_terminal=False, highlight=False).print(
        renderable
    )
    return buffer.getvalue()


def _check_output(path: Path, lang: Lang) -> None:
    """An --output that can never be written (a folder, or in a folder that does not exist) is a usage
    error now, not after a ten-minute questionnaire."""
    from pmladder import storage
    from pmladder.errors import UsageError

    folder = path.parent
    if path.is_dir():
        reason = message(storage.MESSAGES, "is-folder", lang)  # the words write errors use too
    elif not folder.is_dir():
        # a file on the way is not a missing folder; the first one that is a file is named
        on_the_way = next((p for p in reversed(folder.parents) if p.is_file()), folder if folder.is_file() else None)
        if on_the_way is not None:
            reason = message(MESSAGES, "file-on-the-way", lang, file=on_the_way)
        else:
            reason = message(MESSAGES, "no-folder", lang, folder=folder)
    else:
        return
    raise UsageError(message(MESSAGES, "cannot-write", lang, path=path, reason=reason))


def _write(path: Path, text: str, lang: Lang) -> None:
    """--output: a regular file is replaced in one step (a failure or Ctrl-C leaves nothing half-written);
    a FIFO or a device is written in place, and waiting for it can be interrupted (pmladder/files.py)."""
    from pmladder.errors import WriteError
    from pmladder.files import write_output
    from pmladder.storage import os_reason

    try:
        write_output(path, text)
    except OSError as exc:
        raise WriteError(message(MESSAGES, "cannot-write", lang, path=path, reason=os_reason(exc, lang))) from None
