"""The interactive questionnaire: asks item by item on an injected Console and input stream, saving often."""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType
from typing import IO, TextIO

from rich.cells import cell_len
from rich.console import Console
from rich.table import Table
from rich.text import Text

from pmladder.errors import InterruptedSession
from pmladder.i18n import Catalogue, message
from pmladder.model.answers import EvidenceText, Rating
from pmladder.model.ladder import ContraIndicator, Ladder, Lang, Level, SituationalQuestion
from pmladder.questionnaire import Item, State, Undone, answer, back, next_item, progress, skip, undone
from pmladder.render.issues import inert
from pmladder.render.wrap import Block, CjkText
from pmladder.safetext import typed

#: Called after every change with the new state; returns where the progress was saved.
Saver = Callable[[State], Path]

MAX_EVIDENCE = 500
BAR_WIDTH = 12

MESSAGES: Catalogue = {
    "scale": {
        # \u00a0 (no-break space) keeps a key with its meaning on one line (pmladder/render/wrap.py)
        "zh": "0\u00a0还没有 · 1\u00a0有时 / 需要帮助 · 2\u00a0经常，能独立做到 · "
        "3\u00a0一贯如此，别人依赖我 · n\u00a0没有机会",
        "en": "0\u00a0not\u00a0yet · 1\u00a0sometimes / with\u00a0help · 2\u00a0often, on\u00a0my\u00a0own · "
        "3\u00a0consistently, others rely on\u00a0me · n\u00a0no\u00a0opportunity",
    },
    "contra-scale": {
        "zh": "0\u00a0完全不像我 · 1\u00a0有点像 · 2\u00a0经常这样 · 3\u00a0非常像我",
        "en": "0\u00a0not\u00a0me\u00a0at\u00a0all · 1\u00a0a\u00a0little · 2\u00a0often\u00a0true · "
        "3\u00a0very\u00a0much\u00a0me",
    },
    "keys": {
        "zh": "按键：b\u00a0上一题 · s\u00a0跳过这项能力 · ?\u00a0说明 · q\u00a0保存并退出（输入后按回车）",
        "en": "keys: b\u00a0back · s\u00a0skip this\u00a0competency · ?\u00a0help · "
        "q\u00a0save and\u00a0quit (then\u00a0Enter)",
    },
    "help": {
        "zh": "按你最近一年的实际行为作答，而不是你能做到什么。\n"
        "  0 还没有：还没做过，或只在别人带着时做过。\n"
        "  1 有时 / 需要帮助：做过几次，常常需要别人指导或把关。\n"
        "  2 经常，能独立做到：多数情况下自己就能做好。\n"
        "  3 一贯如此，别人依赖我：稳定做到，别人会来找我做或请教我。\n"
        "  n 没有机会：工作中没有遇到这种情况（不算作未达到）。",
        "en": "Answer for what you actually did in the last year, not what you could do.\n"
        "  0 not yet: never done, or only while someone led it.\n"
        "  1 sometimes / with help: a few times, often with guidance or review.\n"
        "  2 often, on my own: most of the time, without help.\n"
        "  3 consistently, others rely on me: every time; others come to you for it.\n"
        "  n no opportunity: your work has not called for it (this does not count against you).",
    },
    "help-evidence": {
        "zh": "从“{level}”起，一项能力的某一级里有评 2 或 3 的，会请你写一句实例（每项能力每级一句），"
        "它支撑你在这一级评的所有 2 分和 3 分；直接回车跳过时，这些评分算作“未验证”，"
        "会让结果的区间变宽，而不会抬高级别。",
        "en": "From {level} up, each level of a competency where you rate something 2 or 3 asks for one "
        "one-line example, which backs all your ratings of 2 or 3 at that level; if you press Enter to "
        "skip it, those ratings count as unverified and widen the range instead of raising the level.",
    },
    "header": {
        "zh": "能力 {index}/{total} {bar} {name} · {group} · 已答\u00a0{answered}\u00a0题",
        "en": "Competency {index}/{total} {bar} {name} · {group} · {answered}\u00a0answered",
    },
    "ask-rating": {"zh": "评分 0-3 / n", "en": "Rating 0-3 / n"},
    "ask-contra": {"zh": "这描述的是你吗？0-3", "en": "Does this describe you? 0-3"},
    "ask-option": {"zh": "选择 1-{last}", "en": "Choose 1-{last}"},
    "contra-intro": {"zh": "这句话有多像你？", "en": "How much is this you?"},
    "evidence-cell": {"zh": "{level}：{summary}", "en": "{level}: {summary}"},
    "evidence-intro": {
        "zh": "请为这一级写一句实例，它支撑你在这一级评的所有 2 分和 3 分"
        "（一行；直接回车跳过，这些评分将算作未验证）。参考：{hint}",
        "en": "Give one example for this level: it backs all your ratings of 2 or 3 here "
        "(one line; Enter to skip, and they count as unverified). For instance: {hint}",
    },
    "ask-evidence": {"zh": "实例", "en": "Example"},
    "hint-not-utf8": {
        "zh": "这一行含有不是 UTF-8 文本的字节，请重新输入（终端的编码应为 UTF-8）",
        "en": "that line held bytes that are not UTF-8 text; please type it again (set the terminal to UTF-8)",
    },
    "hint-rating": {
        "zh": "请输入 0、1、2、3 或 n 后回车（b 上一题 · s 跳过 · ? 说明 · q 保存退出）",
        "en": "Type 0, 1, 2, 3 or n, then Enter (b back · s skip · ? help · q save and quit)",
    },
    "hint-contra": {
        "zh": "请输入 0、1、2 或 3 后回车（b 上一题 · s 跳过 · ? 说明 · q 保存退出）",
        "en": "Type 0, 1, 2 or 3, then Enter (b back · s skip · ? help · q save and quit)",
    },
    "hint-option": {
        "zh": "请输入 1 到 {last} 之间的数字后回车（b 上一题 · s 跳过 · ? 说明 · q 保存退出）",
        "en": "Type a number from 1 to {last}, then Enter (b back · s skip · ? help · q save and quit)",
    },
    "hint-evidence-long-edit": {
        "zh": "实例最多 {max} 个字符，这一句有 {count} 个：它已填在下面，删短后回车",
        "en": "An example is at most {max} characters and this one has {count}: it is filled in below, "
        "shorten it and press Enter",
    },
    "hint-evidence-long-copy": {
        "zh": "实例最多 {max} 个字符，这一句有 {count} 个：原文如下，删短后重新输入",
        "en": "An example is at most {max} characters and this one has {count}: here it is, "
        "to shorten and type again",
    },
    "hint-evidence-rating": {
        "zh": "这里要写一句实例，而不是评分：写一句你做过的具体事情，或直接回车跳过",
        "en": "This asks for an example, not a rating: write one line about something you did, "
        "or press Enter to skip it",
    },
    "undid": {"zh": "↩ 已撤销：{what}", "en": "↩ Undid: {what}"},
    "undid-rating": {"zh": "{text} = {value}“{label}”", "en": "{text} = {value} '{label}'"},
    "undid-option": {"zh": "{text} = {value}“{label}”", "en": "{text} = {value} '{label}'"},
    "undid-example": {"zh": "{level}的实例“{text}”", "en": "the example for {level}: '{text}'"},
    "undid-no-example": {"zh": "不写{level}的实例", "en": "no example for {level}"},
    "undid-skip": {"zh": "跳过{name}", "en": "skipped {name}"},
    "undid-and": {"zh": "；", "en": "; "},
    "back-to-start": {
        "zh": "↩ 这是第一题：回到起始级别的选择",
        "en": "↩ This is the first question: back to choosing where to start",
    },
    "skipped": {"zh": "已跳过：{name}", "en": "Skipped: {name}"},
    "saved-quit": {
        "zh": "已保存进度（{answers}）到 {path}；继续：pmladder assess --resume",
        "en": "progress saved ({answers}) to {path}; continue with: pmladder assess --resume",
    },
    "stopped-kept": {
        "zh": "已退出；未完成的自评仍然保存着，继续：pmladder assess --resume",
        "en": "stopped; the unfinished assessment is still saved; continue with: pmladder assess --resume",
    },
    "stopped-early": {
        "zh": "已退出，还没有任何回答需要保存",
        "en": "stopped before the first answer; nothing to save",
    },
    "pick-ladder": {"zh": "选择一个职级体系：", "en": "Choose a ladder:"},
    "ask-ladder": {"zh": "编号 1-{last}（q 退出）", "en": "Number 1-{last} (q quits)"},
    "hint-ladder": {
        "zh": "请输入 1 到 {last} 之间的数字后回车",
        "en": "Type a number from 1 to {last}, then Enter",
    },
    "pick-level": {
        "zh": "你现在大致在哪个级别？问题会从那里开始（回车：从第一级开始）",
        "en": "Roughly which level are you at now? The questions start there "
        "(Enter: start from the first level)",
    },
    "ask-level": {"zh": "编号 1-{last}，或回车", "en": "Number 1-{last}, or Enter"},
    "track": {"zh": "{track} 路径", "en": "{track} track"},
    "done": {"zh": "全部完成，共 {answers}。", "en": "All done: {answers}."},
    "resumed": {
        "zh": "继续上次“{ladder}”的自评：已有 {answers}。",
        "en": "Resuming your assessment of {ladder} where you stopped: {answers} so far.",
    },
}


#: What each rating means, as the scale says it (for "Undid: ... = 2 'often, on my own'").
RATING_LABELS: dict[Lang, dict[Rating, str]] = {
    "zh": {0: "还没有", 1: "有时 / 需要帮助", 2: "经常，能独立做到", 3: "一贯如此，别人依赖我", "na": "没有机会"},
    "en": {
        0: "not yet",
        1: "sometimes / with help",
        2: "often, on my own",
        3: "consistently, others rely on me",
        "na": "no opportunity",
    },
}
CONTRA_LABELS: dict[Lang, dict[Rating, str]] = {
    "zh": {0: "完全不像我", 1: "有点像", 2: "经常这样", 3: "非常像我"},
    "en": {0: "not me at all", 1: "a little", 2: "often true", 3: "very much me"},
}
#: How much of a statement "Undid:" shows, in terminal cells (a CJK character takes two).
SHORT_CELLS = 40


def answers_count(count: int, lang: Lang) -> dict[str, object]:
    """``answers``: the count with its noun ("1 answer", "2 answers", "2 个回答")."""
    if lang == "zh":
        return {"answers": f"{count} 个回答"}
    return {"answers": f"{count} answer" if count == 1 else f"{count} answers"}


class _Quit(Exception):
    """The user asked to stop (q, Ctrl-C or end of input)."""


class _BackToStart(Exception):
    """``b`` at the first question: choose the start level again."""


class Prompter:
    """Reads one line per answer from ``stream``, writes to ``console``; a key is a character then Enter."""

    def __init__(self, console: Console, stream: TextIO, lang: Lang) -> None:
        self.console = console
        self.stream = stream
        self.lang = lang

    def say(self, key: str, style: str | None = None, **values: object) -> None:
        self.show(message(MESSAGES, key, self.lang, **values), style)

    def show(self, text: str | Text, style: str | None = None) -> None:
        """Print a paragraph, wrapped the way Chinese is wrapped (pmladder/render/wrap.py)."""
        shown = CjkText(text, style=style or "") if isinstance(text, str) else CjkText.assemble(text)
        self.console.print(Block(shown))

    def ask(self, prompt: str, prefill: str = "") -> str:
        """Show ``prompt`` and read a line; raises _Quit on end of input or Ctrl-C.

        When stdin and the console are both the terminal, the line is read with ``input()`` (with
        readline's line editing where available, starting from ``prefill`` when ``can_prefill``);
        otherwise the prompt goes to the console (stderr when stdout is redirected) and the line is
        read from the injected stream. Escape sequences and control characters (arrow keys pressed
        without line editing) are dropped; the text is returned as typed (see ``key`` for reading it
        as a key).
        """
        while True:
            line = self._read(prompt, prefill)
            if line is not None:
                return strip_controls(line)
            # bytes that are not UTF-8 (a terminal in another encoding): nothing is lost, ask again
            self.say("hint-not-utf8", "yellow")

    def _read(self, prompt: str, prefill: str) -> str | None:
        """One line as read (None: it held bytes that are not UTF-8); raises _Quit like ``ask``."""
        text = f"{prompt} > "
        try:
            if self._line_editing():
                readline = _enable_line_editing()
                self.console.file.flush()
                if readline is not None and prefill:
                    readline.set_startup_hook(lambda: readline.insert_text(prefill))
                try:
                    line = input(text)
                except EOFError:
                    line = ""
                else:
                    line += "\n"
                finally:
                    if readline is not None and prefill:
                        readline.set_startup_hook()
            else:
                self.console.print(Text(text), end="")
                self.console.file.flush()
                line = self.stream.readline()
        except KeyboardInterrupt:
            self.console.print()
            raise _Quit from None
        except UnicodeDecodeError:  # a stream that decodes strictly
            self.console.print()
            return None
        if not line:
            self.console.print()
            raise _Quit
        if _SURROGATES.search(line):  # a stream that decodes with surrogateescape: \udcff for 0xff
            return None
        return line

    def can_prefill(self) -> bool:
        """Whether ``ask`` can put text on the input line for the user to edit (readline on a terminal)."""
        return self._line_editing() and _enable_line_editing() is not None

    def _line_editing(self) -> bool:
        """input() prints its prompt on stdout, so it is used only when that is the console's terminal."""
        return (
            self.stream is sys.stdin
            and _is_tty(self.stream)
            and self.console.file is sys.stdout
            and _is_tty(sys.stdout)
        )


_SURROGATES = re.compile("[\ud800-\udfff]")
_ESCAPES = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|O.|.)?")


def strip_controls(line: str) -> str:
    """One typed line as text, as typed: no line end, escape sequences, controls or outer spaces.

    What is removed is what ``inert`` escapes (pmladder/safetext.py ``TERMINAL_CONTROLS``): every control
    and bidirectional character, a superset of what a saved file may not hold, so that a typed example
    is always saved in a session or result that loads again. Undecodable bytes become U+FFFD.
    """
    return typed(_ESCAPES.sub("", line.rstrip("\r\n"))).strip()


def clean(line: str) -> str:
    """One typed line as text: NFKC (full-width digits and ？ become ASCII), no escapes or controls."""
    return unicodedata.normalize("NFKC", strip_controls(line)).strip()


def key(line: str) -> str:
    """A typed line read as a key or number: NFKC (３ is 3, ？ is ?) and lower case."""
    return clean(line).lower()


def _is_tty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _enable_line_editing() -> ModuleType | None:
    """readline, imported (which gives input() line editing and history), or None where there is none."""
    try:
        import readline
    except ImportError:
        return None
    return readline


def _bar(fraction: float) -> str:
    done = round(fraction * BAR_WIDTH)
    return "[" + "#" * done + "-" * (BAR_WIDTH - done) + "]"


def run(
    state: State,
    *,
    console: Console,
    stream: TextIO,
    lang: Lang,
    save: Saver,
    track: str | None = None,
    note: str | None = None,
) -> State:
    """Ask until the questionnaire is complete and return the final state.

    ``save`` runs after every answer, back and skip. ``b`` says which answer it undoes; at the first
    question it goes back to the start-level picker (``choose_start``; ``track`` is the one given with
    --track, whose levels alone are offered). ``q``, Ctrl-C and end of input save and raise
    InterruptedSession naming ``pmladder assess --resume``. A resumed run (``state`` has answers) says
    so, naming the ladder, then ``note`` (e.g. the other unfinished assessments) when given.
    """
    prompter = Prompter(console, stream, lang)
    shown: str | None = None
    saved = bool(state.history)  # a resumed session is on disk already
    if state.history:
        name = inert(state.ladder.name.get(lang))
        prompter.say("resumed", "bold", ladder=name, **answers_count(progress(state).answered, lang))
    if note:
        prompter.show(note, "dim")
    try:
        while (item := next_item(state)) is not None:
            if item.competency.id != shown:
                _introduce(prompter, state, item)
                shown = item.competency.id
            _header(prompter, state, item)
            try:
                state, changed = _ask_item(prompter, state, item)
            except _BackToStart:
                prompter.say("back-to-start", "dim")
                state = choose_start(state, console=console, stream=stream, lang=lang, track=track)
                # a session already saved is told of the new start (assess then removes it: no answers)
                shown, changed = None, saved
            if changed:
                save(state)
                saved = True
    except (_Quit, KeyboardInterrupt):
        console.print()
        answered = progress(state).answered
        if not state.history:
            raise InterruptedSession(message(MESSAGES, "stopped-early", lang)) from None
        path = save(state)
        raise InterruptedSession(
            message(MESSAGES, "saved-quit", lang, path=path, **answers_count(answered, lang))
        ) from None
    prompter.say("done", "bold", **answers_count(progress(state).answered, lang))
    return state


def _introduce(prompter: Prompter, state: State, item: Item) -> None:
    lang = prompter.lang
    competency = item.competency
    group = state.ladder.group(competency.group)
    title = Text()
    title.append(competency.name.get(lang), style="bold")
    if group is not None:
        title.append(f" · {group.name.get(lang)}")
    prompter.console.print()
    prompter.console.rule(title, align="left", style="")
    prompter.show(competency.description.get(lang), "italic")
    prompter.say("scale")
    prompter.say("keys")


def _header(prompter: Prompter, state: State, item: Item) -> None:
    lang = prompter.lang
    where = progress(state, item)
    group = state.ladder.group(item.competency.group)
    prompter.console.print()
    prompter.say(
        "header",
        "dim",
        index=where.index,
        total=where.total,
        bar=_bar(where.fraction),
        name=item.competency.name.get(lang),
        group=group.name.get(lang) if group is not None else item.competency.group,
        answered=where.answered,
    )


def _show(prompter: Prompter, item: Item) -> None:
    lang = prompter.lang
    console = prompter.console
    if item.kind == "indicator" and item.indicator is not None:
        prompter.show(item.indicator.text.get(lang), "bold")
    elif item.kind == "evidence" and item.cell is not None and item.level is not None:
        # one example per cell: show what the level expects of this competency, not one indicator
        summary = item.cell.summary.get(lang)
        prompter.say("evidence-cell", None, level=item.level.name.get(lang), summary=summary)
        prompter.say("evidence-intro", "bold", hint=item.cell.evidence.get(lang))
    elif isinstance(item.question, SituationalQuestion):
        prompter.show(item.question.prompt.get(lang), "bold")
        for number, option in enumerate(item.question.options, 1):
            _numbered(console, number, CjkText(option.text.get(lang)))
    elif isinstance(item.question, ContraIndicator):
        prompter.say("contra-intro")
        prompter.show(item.question.text.get(lang), "bold")
        prompter.say("contra-scale")


def _ask_item(prompter: Prompter, state: State, item: Item) -> tuple[State, bool]:
    """Show ``item`` and read until it gets a valid answer or a command; returns (new state, changed)."""
    _show(prompter, item)
    lang = prompter.lang
    prefill = ""  # an overlong example, offered back for shortening
    while True:
        if item.kind == "indicator":
            line = prompter.ask(message(MESSAGES, "ask-rating", lang))
        elif item.kind == "contra":
            line = prompter.ask(message(MESSAGES, "ask-contra", lang))
        elif item.kind == "situational":
            assert isinstance(item.question, SituationalQuestion)
            line = prompter.ask(message(MESSAGES, "ask-option", lang, last=len(item.question.options)))
        else:
            line = prompter.ask(message(MESSAGES, "ask-evidence", lang), prefill)
            prefill = ""
        command = key(line)
        if command == "q":
            raise _Quit
        if command == "?":
            _help(prompter, state)
            continue
        if command == "b":
            if not state.history:
                raise _BackToStart
            prompter.say("undid", "dim", what=describe_undone(state, lang))
            return back(state), True
        if command == "s":
            prompter.say("skipped", "dim", name=item.competency.name.get(lang))
            return skip(state), True
        value = _parse(item, command, line)
        if isinstance(value, _Invalid) and value.hint == "hint-evidence-long":
            # not thrown away: filled in to edit (readline), or shown to copy from
            text = line.strip()
            if prompter.can_prefill():
                prompter.say("hint-evidence-long-edit", "yellow", **value.values)
                prefill = text
            else:
                prompter.say("hint-evidence-long-copy", "yellow", **value.values)
                prompter.show(text, "dim")
            continue
        if isinstance(value, _Invalid):
            _hint(prompter, item, value)
            continue
        return answer(state, item, value), True


def describe_undone(state: State, lang: Lang) -> str:
    """What ``b`` undoes, as the "Undid:" line shows it: ``<statement> = 2 'often, on my own'``, an
    example together with the rating that asked for it, or a skipped competency."""
    parts = [_describe(state.ladder, done, lang) for done in undone(state)]
    return message(MESSAGES, "undid-and", lang).join(parts)


def _describe(ladder: Ladder, done: Undone, lang: Lang) -> str:
    if done.kind in ("indicator", "evidence"):
        found = ladder.indicators().get(done.id)
        if done.kind == "indicator":
            text = found[2].text.get(lang) if found is not None else done.id
            rating: Rating = done.value if done.value in (0, 1, 2, 3, "na") else "na"
            value = "n" if rating == "na" else str(rating)
            label = RATING_LABELS[lang][rating]
            return message(MESSAGES, "undid-rating", lang, text=short(text), value=value, label=label)
        level = ladder.level(found[1]) if found is not None else None
        level_name = level.name.get(lang) if level is not None else done.id
        if not isinstance(done.value, str) or not done.value:
            return message(MESSAGES, "undid-no-example", lang, level=level_name)
        return message(MESSAGES, "undid-example", lang, level=level_name, text=short(done.value))
    if done.kind == "skip":
        competency = ladder.competency(done.id)
        return message(MESSAGES, "undid-skip", lang, name=competency.name.get(lang) if competency else done.id)
    question = next((q for q in ladder.questions if q.id == done.id), None)
    if isinstance(question, SituationalQuestion):
        ids = [o.id for o in question.options]
        number = ids.index(done.value) if done.value in ids else -1
        option = question.options[number].text.get(lang) if number >= 0 else str(done.value)
        text = short(question.prompt.get(lang))
        return message(MESSAGES, "undid-option", lang, text=text, value=number + 1, label=short(option))
    if isinstance(question, ContraIndicator) and done.value in (0, 1, 2, 3):
        label = CONTRA_LABELS[lang][done.value]
        text = short(question.text.get(lang))
        return message(MESSAGES, "undid-rating", lang, text=text, value=done.value, label=label)
    return done.id


def short(text: str, cells: int = SHORT_CELLS) -> str:
    """``text`` on one line, cut to ``cells`` terminal cells with an ellipsis when longer."""
    text = inert(" ".join(text.split()))  # what was typed or written is shown, never acted on
    if cell_len(text) <= cells:
        return text
    cut, width = [], 1  # room for the ellipsis
    for char in text:
        width += cell_len(char)
        if width > cells:
            break
        cut.append(char)
    kept = "".join(cut)
    # in a word of a spaced language, cut at the space before it (Chinese is cut anywhere)
    space = kept.rfind(" ")
    if text[len(kept)].isascii() and text[len(kept)].isalnum() and space > len(kept) // 2:
        kept = kept[:space]
    return kept.rstrip(" ,.;:，。；：、") + "…"


def _help(prompter: Prompter, state: State) -> None:
    prompter.say("help")
    first = state.ladder.scoring.evidence_from
    level = state.ladder.level(first) if first is not None else None
    if level is not None:
        prompter.say("help-evidence", level=level.name.get(prompter.lang))


class _Invalid:
    """An answer that is not accepted; ``hint`` names the message that says why (None: the item's)."""

    def __init__(self, hint: str | None = None, **values: object) -> None:
        self.hint = hint
        self.values = values


_INVALID = _Invalid()
#: What a rating looks like; typed at the example prompt it is a slip, not an example.
_RATING_KEYS = frozenset({"0", "1", "2", "3", "n", "na"})


def _parse(item: Item, command: str, line: str) -> Rating | str | _Invalid | None:
    if item.kind == "indicator":
        ratings: dict[str, Rating] = {"0": 0, "1": 1, "2": 2, "3": 3, "n": "na", "na": "na"}
        return ratings.get(command, _INVALID)
    if item.kind == "contra":
        contra: dict[str, Rating] = {"0": 0, "1": 1, "2": 2, "3": 3}
        return contra.get(command, _INVALID)
    if item.kind == "situational":
        assert isinstance(item.question, SituationalQuestion)
        options = item.question.options
        if command.isdigit() and 1 <= int(command) <= len(options):
            return options[int(command) - 1].id
        return _INVALID
    # an example is kept as typed: NFKC would turn the Chinese ，：（） into ASCII punctuation
    text: EvidenceText = line.strip()
    if command in _RATING_KEYS:
        return _Invalid("hint-evidence-rating")
    if len(text) > MAX_EVIDENCE:
        return _Invalid("hint-evidence-long", max=MAX_EVIDENCE, count=len(text))
    return text or None


def _hint(prompter: Prompter, item: Item, invalid: _Invalid = _INVALID) -> None:
    if invalid.hint is not None:
        prompter.say(invalid.hint, "yellow", **invalid.values)
    elif item.kind == "indicator":
        prompter.say("hint-rating", "yellow")
    elif item.kind == "contra":
        prompter.say("hint-contra", "yellow")
    else:
        assert isinstance(item.question, SituationalQuestion)
        prompter.say("hint-option", "yellow", last=len(item.question.options))


# ---- pickers ----------------------------------------------------------------------------------------


def _numbered(console: Console, number: int, text: Text) -> None:
    """``  3) text``, with wrapped lines indented under the text."""
    grid = Table.grid(padding=(0, 0))
    grid.add_column(no_wrap=True)
    grid.add_column()
    grid.add_row(Text(f"  {number}) "), text)
    console.print(grid)


def pick_ladder(
    choices: Sequence[tuple[str, str]],
    *,
    console: Console,
    stream: TextIO,
    lang: Lang,
    refusals: Sequence[str | None] = (),
) -> int:
    """Let the user choose one of ``choices`` (label, detail); returns its index.

    ``refusals[i]``, when given and not None, marks choice ``i`` as one that cannot be used (its detail
    in red): picking it shows that text and asks again.
    """
    prompter = Prompter(console, stream, lang)
    prompter.say("pick-ladder", "bold")
    refused = list(refusals) + [None] * (len(choices) - len(refusals))
    for number, ((label, detail), refusal) in enumerate(zip(choices, refused, strict=True), 1):
        line = CjkText(label, style="bold")
        line.append(f"  {detail}", style="red" if refusal is not None else "dim")
        _numbered(console, number, line)
    last = len(choices)
    try:
        while True:
            answer_line = key(prompter.ask(message(MESSAGES, "ask-ladder", lang, last=last)))
            if answer_line == "q":
                raise _Quit
            if answer_line.isdigit() and 1 <= int(answer_line) <= last:
                refusal = refused[int(answer_line) - 1]
                if refusal is None:
                    return int(answer_line) - 1
                prompter.show(refusal, "yellow")
                continue
            prompter.say("hint-ladder", "yellow", last=last)
    except (_Quit, KeyboardInterrupt):
        raise InterruptedSession(message(MESSAGES, "stopped-early", lang)) from None


def pick_level(
    ladder: Ladder, *, console: Console, stream: TextIO, lang: Lang, track: str | None = None
) -> Level | None:
    """Ask for the user's current level (None: start from the first level); only the levels of
    ``track`` when one was chosen (--track), else every level of the ladder."""
    prompter = Prompter(console, stream, lang)
    console.print()
    prompter.say("pick-level", "bold")
    tracks = ladder.tracks()
    levels = list(tracks[track]) if track in tracks else list(ladder.levels)
    for number, level in enumerate(levels, 1):
        line = CjkText(level.name.get(lang), style="bold")
        if level.track is not None:
            name = ladder.track_name(level.track)
            label = name.get(lang) if name is not None else message(MESSAGES, "track", lang, track=level.track)
            line.append("  " + label, style="dim")
        _numbered(console, number, line)
    last = len(levels)
    try:
        while True:
            answer_line = key(prompter.ask(message(MESSAGES, "ask-level", lang, last=last)))
            if answer_line == "q":
                raise _Quit
            if not answer_line:
                return None
            if answer_line.isdigit() and 1 <= int(answer_line) <= last:
                return levels[int(answer_line) - 1]
            prompter.say("hint-ladder", "yellow", last=last)
    except (_Quit, KeyboardInterrupt):
        raise InterruptedSession(message(MESSAGES, "stopped-early", lang)) from None


def choose_start(
    state: State, *, console: Console, stream: TextIO, lang: Lang, track: str | None = None
) -> State:
    """Ask where to start (``pick_level``) and return ``state`` starting there: the picked level as the
    level hint, and its track unless ``track`` (--track) was given; Enter starts from the first level."""
    picked = pick_level(state.ladder, console=console, stream=stream, lang=lang, track=track)
    update = {
        "level_hint": picked.id if picked is not None else None,
        "track": track or (picked.track if picked is not None else None),
    }
    return State(state.ladder, state.answers.model_copy(update=update), state.history)


def ask_yes(
    question: str,
    *,
    console: Console,
    stream: TextIO,
    lang: Lang,
    yes: str,
    no: str,
    hint: str,
    stopped: str = "stopped-early",
) -> bool:
    """A two-way choice: Enter or ``yes`` gives True, ``no`` gives False; q, Ctrl-C and EOF stop.

    Anything else is answered with ``hint``, which names every key that can be typed. ``stopped`` is
    the key of the message the stop ends with (e.g. ``stopped-kept`` when a saved session is left as
    it was).
    """
    prompter = Prompter(console, stream, lang)
    try:
        while True:
            line = key(prompter.ask(question))
            if line == "q":
                raise _Quit
            if line in ("", yes):
                return True
            if line == no:
                return False
            prompter.show(hint, "yellow")
    except (_Quit, KeyboardInterrupt):
        raise InterruptedSession(message(MESSAGES, stopped, lang)) from None
