"""The questionnaire asked item by item: headers, questions, keys (b, s, ?, q), answers checked and saved."""

from __future__ import annotations

from typing import TextIO

from rich.cells import cell_len
from rich.console import Console
from rich.text import Text

from pmladder.cli.prompting.pickers import choose_start
from pmladder.cli.prompting.prompter import (
    Frame,
    Prompter,
    Saver,
    _BackToStart,
    _numbered,
    _Quit,
    answers_count,
    key,
)
from pmladder.errors import InterruptedSession
from pmladder.i18n import t
from pmladder.i18n.prompting import CONTRA_LABELS, RATING_LABELS
from pmladder.model.answers import EvidenceText, Rating
from pmladder.model.ladder import ContraIndicator, Ladder, Lang, SituationalQuestion
from pmladder.questionnaire import Item, State, Undone, answer, back, next_item, progress, skip, undone
from pmladder.render.wrap import CjkText
from pmladder.safetext import inert
from pmladder.scoring.examples import ladder_texts, pasted_again, text_problem

MAX_EVIDENCE = 500
BAR_WIDTH = 12
#: How much of a statement "Undid:" shows, in terminal cells (a CJK character takes two).
SHORT_CELLS = 40


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
    frame: Frame | None = None,
) -> State:
    """Ask until the questionnaire is complete and return the final state.

    ``save`` runs after every answer, back and skip. ``b`` says which answer it undoes; at the first
    question it goes back to the start-level picker (``choose_start``; ``track`` is the one given with
    --track, whose levels alone are offered). ``q``, Ctrl-C and end of input save and raise
    InterruptedSession naming ``pmladder assess --resume``. A resumed run (``state`` has answers) says
    so, naming the ladder, then ``note`` (e.g. the other unfinished assessments) when given. With a
    ``frame`` (a manager or a peer rating someone else) every screen says whom the questions are about.
    """
    prompter = Prompter(console, stream, lang, frame)
    shown: str | None = None
    saved = bool(state.history)  # a resumed session is on disk already
    if state.history:
        name = inert(state.ladder.name.get(lang))
        prompter.say("resumed", "bold", ladder=name, answers=answers_count(progress(state).answered))
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
                state = choose_start(state, console=console, stream=stream, lang=lang, track=track, frame=frame)
                # a session already saved is told of the new start (assess then removes it: no answers)
                shown, changed = None, saved
            if changed:
                save(state)
                saved = True
    except (_Quit, KeyboardInterrupt):
        console.print()
        answered = progress(state).answered
        if not state.history:
            raise InterruptedSession("prompting.stopped-early") from None
        path = save(state)
        raise InterruptedSession("prompting.saved-quit", path=path, answers=answers_count(answered)) from None
    prompter.say("done", "bold", answers=answers_count(progress(state).answered))
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
    if prompter.frame is not None:  # the statements are in the first person: say whose voice they are in
        prompter.say("frame", "bold")
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
    asked_again = False  # a weak example is asked for once more, then taken as it is
    while True:
        if item.kind == "indicator":
            line = prompter.ask(prompter.words("ask-rating"))
        elif item.kind == "contra":
            line = prompter.ask(prompter.words("ask-contra"))
        elif item.kind == "situational":
            assert isinstance(item.question, SituationalQuestion)
            line = prompter.ask(prompter.words("ask-option", last=len(item.question.options)))
        else:
            line = prompter.ask(prompter.words("ask-evidence"), prefill)
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
        if isinstance(value, _Invalid):
            prefill = _refused(prompter, item, value, line)
            continue
        if not asked_again and _example_again(prompter, state, item, value):
            asked_again = True
            continue
        return answer(state, item, value), True


def _refused(prompter: Prompter, item: Item, value: _Invalid, line: str) -> str:
    """Say why an answer was refused; returns the text to fill in on the next prompt (an overlong example
    is not thrown away: filled in to edit where readline is, else shown to copy from)."""
    if value.hint != "hint-evidence-long":
        _hint(prompter, item, value)
        return ""
    text = line.strip()
    if prompter.can_prefill():
        prompter.say("hint-evidence-long-edit", "yellow", **value.values)
        return text
    prompter.say("hint-evidence-long-copy", "yellow", **value.values)
    prompter.show(text, "dim")
    return ""


def _example_again(prompter: Prompter, state: State, item: Item, value: object) -> bool:
    """Whether ``value`` is an example that is not one (a few characters, punctuation, one character
    repeated, the ladder's own words, or the text already given for two other cells): then say why, so
    that it is asked once more. The second answer is taken as typed; the scoring counts a weak example as
    none (its ratings unverified) and the report lists it (docs/assessment-method.md, section 12)."""
    if item.kind != "evidence" or not isinstance(value, str):
        return False
    problem = text_problem(value, ladder_texts(state.ladder))
    if problem is None:
        cell = {i.id for i in item.cell.indicators} if item.cell is not None else {item.id}
        others = [text for i, text in state.answers.evidence.items() if i not in cell]
        problem = "pasted" if pasted_again(value, others) else None
    if problem is None:
        return False
    prompter.say(f"example-again-{problem}", "yellow")
    return True


def describe_undone(state: State, lang: Lang) -> str:
    """What ``b`` undoes, as the "Undid:" line shows it: ``<statement> = 2 'often, on my own'``, an
    example together with the rating that asked for it, or a skipped competency."""
    parts = [_describe(state.ladder, done, lang) for done in undone(state)]
    return t("prompting.undid-and", lang).join(parts)


def _describe(ladder: Ladder, done: Undone, lang: Lang) -> str:
    if done.kind in ("indicator", "evidence"):
        return _describe_rating(ladder, done, lang)
    if done.kind == "skip":
        competency = ladder.competency(done.id)
        return t("prompting.undid-skip", lang, name=competency.name.get(lang) if competency else done.id)
    question = next((q for q in ladder.questions if q.id == done.id), None)
    if isinstance(question, SituationalQuestion):
        ids = [o.id for o in question.options]
        number = ids.index(done.value) if done.value in ids else -1
        option = question.options[number].text.get(lang) if number >= 0 else str(done.value)
        text = short(question.prompt.get(lang))
        return t("prompting.undid-option", lang, text=text, value=number + 1, label=short(option))
    if isinstance(question, ContraIndicator) and done.value in (0, 1, 2, 3):
        label = CONTRA_LABELS[lang][done.value]
        text = short(question.text.get(lang))
        return t("prompting.undid-rating", lang, text=text, value=done.value, label=label)
    return done.id


def _describe_rating(ladder: Ladder, done: Undone, lang: Lang) -> str:
    """An undone rating (``<statement> = 2 'often, on my own'``) or example (given or declined)."""
    found = ladder.indicators().get(done.id)
    if done.kind == "indicator":
        text = found[2].text.get(lang) if found is not None else done.id
        rating: Rating = done.value if done.value in (0, 1, 2, 3, "na") else "na"
        value = "n" if rating == "na" else str(rating)
        label = RATING_LABELS[lang][rating]
        return t("prompting.undid-rating", lang, text=short(text), value=value, label=label)
    level = ladder.level(found[1]) if found is not None else None
    level_name = level.name.get(lang) if level is not None else done.id
    if not isinstance(done.value, str) or not done.value:
        return t("prompting.undid-no-example", lang, level=level_name)
    return t("prompting.undid-example", lang, level=level_name, text=short(done.value))


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
