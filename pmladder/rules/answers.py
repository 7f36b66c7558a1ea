"""Answers rules: every track, level, target and id check against a ladder, once (files, sessions, options)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, NamedTuple

from pmladder.errors import Msg, NotFoundError, UsageError
from pmladder.model.issue import Issue

if TYPE_CHECKING:
    from pmladder.io.yamldoc import Document
    from pmladder.model.answers import Answers
    from pmladder.model.ladder import Ladder, Level, Text


class _Found(NamedTuple):
    """One problem before it is located: its code, where it is (a path into the answers), whether it is
    shown at the mapping key (an unknown id) or at the value, and its parameters."""

    code: str
    loc: tuple[str | int, ...]
    at_key: bool
    params: Mapping[str, object]


# ---- the words' parts, as parameters (words are made at the edge) --------------------------------------


def text(value: Text) -> dict[str, str]:
    """A bilingual name as a parameter: the edge picks the language."""
    return {"zh": value.zh, "en": value.en}


def choice(key: str, name: Text | None) -> Msg | str:
    """One value an option takes with its name beside it (``expert (Product expert)``), or the id alone."""
    return Msg("answers.choice", {"id": key, "name": text(name)}) if name is not None else key


def level_choices(levels: Iterable[Level]) -> list[Msg | str]:
    """Levels as an option takes them (ids) with their names beside."""
    return [choice(level.id, level.name) for level in levels]


def track_choices(ladder: Ladder) -> list[Msg | str]:
    """Tracks as ``--track`` takes them (ids) with their declared names beside."""
    return [choice(track, ladder.track_name(track)) for track in ladder.tracks()]


def ladder_words(ladder: Ladder) -> Msg:
    """A ladder named inside a sentence."""
    return Msg("answers.quoted", {"name": text(ladder.name)})


def track_words(ladder: Ladder, track: str) -> Msg | dict[str, str]:
    """A track as the user reads it: its declared name, else its id."""
    name = ladder.track_name(track)
    return text(name) if name is not None else Msg("answers.track-id", {"track": track})


# ---- command-line options --------------------------------------------------------------------------


def check_combination(*, answers: bool, resume: bool, restart: bool) -> None:
    """Options that cannot go together: a UsageError (exit 2) before anything is read."""
    if restart and (resume or answers):
        raise UsageError("answers.option.restart-with", option="--resume" if resume else "--answers")
    if answers and resume:
        raise UsageError("answers.option.answers-and-resume")


def check_resume(*, track: str | None, level_hint: str | None) -> None:
    """Resuming cannot change what decides which questions are asked."""
    for option, value in (("--level-hint", level_hint), ("--track", track)):
        if value is not None:
            raise UsageError("answers.option.resume-changes", option=option)


def check_options(ladder: Ladder, *, track: str | None, target: str | None, level_hint: str | None) -> None:
    """Command-line ids must exist in the ladder (NotFoundError, exit 2): the ladder, the track and the
    level by name, the valid ids (what the options take) with their names beside them."""
    tracks = ladder.tracks()
    if track is not None and track not in tracks:
        raise NotFoundError(
            "answers.option.unknown-track", value=track, ladder=ladder_words(ladder), valid=track_choices(ladder)
        )
    for option, value in (("--level-hint", level_hint), ("--target", target)):
        if value is None:
            continue
        level = ladder.level(value)
        if level is None:
            valid = level_choices(ladder.levels)
            raise NotFoundError(
                "answers.option.unknown-level", option=option, value=value, ladder=ladder_words(ladder), valid=valid
            )
        if track is not None and value not in {lv.id for lv in tracks[track]}:
            raise NotFoundError(
                "answers.option.off-track",
                option=option,
                value=value,
                name=text(level.name),
                track=track_words(ladder, track),
                valid=level_choices(tracks[track]),
            )


# ---- answers (a file, a saved session) ---------------------------------------------------------------


def check_answers(ladder: Ladder, answers: Answers, doc: Document | None = None) -> list[Issue]:
    """Every way ``answers`` does not fit ``ladder``, each located at its node in ``doc`` (or at 1:1)."""
    if answers.ladder != ladder.id:
        # every other id would be reported as unknown too: the one useful issue is this one
        found: Iterable[_Found] = [
            _Found("answers-ladder-mismatch", ("ladder",), False, {"got": answers.ladder, "want": ladder.id})
        ]
    else:
        found = [
            *_levels_and_track(ladder, answers),
            *_ratings_and_evidence(ladder, answers),
            *_questions(ladder, answers),
            *_skipped(ladder, answers),
        ]
    return [_issue(doc, item) for item in found]


def errors(issues: Iterable[Issue]) -> list[Issue]:
    """The issues that refuse the answers (warnings do not)."""
    return [issue for issue in issues if issue.severity == "error"]


def issue_line(issue: Issue) -> Msg:
    """An issue as one line: ``file:line:col: error code sentence (path)``, as validate prints it."""
    # transitional: a producer not yet converted gives its sentence, not parameters
    sentence: Msg | str = issue.message or Msg(issue.code, issue.params)
    where: Msg | str = Msg("answers.issue-path", {"path": issue.path}) if issue.path else ""
    params = {"file": issue.file, "line": issue.line, "col": issue.col, "severity": issue.severity}
    return Msg("answers.issue-line", {**params, "code": issue.code, "text": sentence, "where": where})


def first_of(issues: list[Issue]) -> Msg:
    """The first of ``issues`` (errors), and how many more there are, as validate counts them."""
    first = issue_line(issues[0])
    if len(issues) == 1:
        return first
    code = "answers.one-more-error" if len(issues) == 2 else "answers.more-errors"
    return Msg(code, {"first": first, "count": len(issues) - 1})


def _issue(doc: Document | None, found: _Found) -> Issue:
    filename, line, col, path = _locate(doc, found.loc, at_key=found.at_key)
    return Issue(file=filename, line=line, col=col, code=found.code, params=dict(found.params), path=path)


def _levels_and_track(ladder: Ladder, answers: Answers) -> Iterator[_Found]:
    tracks = ladder.tracks()
    track_ok = answers.track is None or answers.track in tracks
    if not track_ok:
        yield _Found("answers-unknown-track", ("track",), False, {"id": answers.track, "valid": track_choices(ladder)})
    for field_name in ("target", "level_hint"):
        value = getattr(answers, field_name)
        if value is None:
            continue
        params: dict[str, object] = {"id": value, "field": field_name}
        if ladder.level(value) is None:
            yield _Found(
                "answers-unknown-level", (field_name,), False, {**params, "valid": level_choices(ladder.levels)}
            )
        elif answers.track is not None and track_ok and value not in {lv.id for lv in tracks[answers.track]}:
            valid = level_choices(tracks[answers.track])
            yield _Found(
                "answers-level-off-track", (field_name,), False, {**params, "track": answers.track, "valid": valid}
            )


def _ratings_and_evidence(ladder: Ladder, answers: Answers) -> Iterator[_Found]:
    from pmladder.questionnaire import cell_indicators

    known = ladder.indicators()
    for indicator_id in answers.ratings:
        if indicator_id not in known:
            detail = Msg("answers.unknown-indicator", {"id": indicator_id, "ladder": ladder.id})
            yield _Found("answers-unknown-indicator", ("ratings", indicator_id), True, {"detail": detail})
    cells = cell_indicators(ladder)
    for indicator_id in answers.evidence:
        loc = ("evidence", indicator_id)
        if indicator_id not in known:
            detail = Msg("answers.evidence-unknown-indicator", {"id": indicator_id})
            yield _Found("answers-unknown-indicator", loc, True, {"detail": detail})
        elif not any(i in answers.ratings for i in cells[indicator_id]):
            # an example backs its whole cell, so it may sit under any indicator of a rated cell
            competency, level_id, _indicator = known[indicator_id]
            level = ladder.level(level_id)
            params = {
                "id": indicator_id,
                "competency": text(competency.name),
                "level": text(level.name) if level is not None else level_id,
            }
            yield _Found("answers-evidence-unrated", loc, True, params)


def _questions(ladder: Ladder, answers: Answers) -> Iterator[_Found]:
    from pmladder.model.ladder import ContraIndicator, SituationalQuestion

    situational = {q.id: q for q in ladder.questions if isinstance(q, SituationalQuestion)}
    contra = {q.id for q in ladder.questions if isinstance(q, ContraIndicator)}
    for question_id, option_id in answers.choices.items():
        question = situational.get(question_id)
        if question is None:
            key = "answers.question-is-contra" if question_id in contra else "answers.unknown-question"
            detail = Msg(key, {"id": question_id})
            yield _Found("answers-unknown-question", ("choices", question_id), True, {"detail": detail})
            continue
        options = [o.id for o in question.options]
        if option_id not in options:
            params = {"id": option_id, "question": question_id, "valid": ", ".join(options)}
            yield _Found("answers-unknown-option", ("choices", question_id), False, params)
    for question_id in answers.contra:
        if question_id not in contra:
            key = "answers.contra-is-question" if question_id in situational else "answers.unknown-contra"
            detail = Msg(key, {"id": question_id})
            yield _Found("answers-unknown-contra", ("contra", question_id), True, {"detail": detail})


def _skipped(ladder: Ladder, answers: Answers) -> Iterator[_Found]:
    # the mappings cannot hold more entries than the ladder has ids without an unknown one; skipped is
    # a list, so each competency may be in it once (the model bounds every collection besides)
    competency_ids = [c.id for c in ladder.competencies]
    seen: dict[str, int] = {}
    for index, competency_id in enumerate(answers.skipped):
        if competency_id in seen:
            params: dict[str, object] = {"id": competency_id, "first": seen[competency_id] + 1}
            yield _Found("answers-skipped-twice", ("skipped", index), False, params)
            continue
        seen[competency_id] = index
        if competency_id not in competency_ids:
            params = {"id": competency_id, "valid": ", ".join(competency_ids)}
            yield _Found("answers-unknown-competency", ("skipped", index), False, params)


def _locate(doc: Document | None, loc: tuple[str | int, ...], *, at_key: bool) -> tuple[str, int, int, str]:
    """file, line, col and readable path of ``loc``: at the mapping key or at the value."""
    if doc is None:
        from_path = ".".join(str(p) if isinstance(p, str) else f"[{p}]" for p in loc).replace(".[", "[")
        return "<answers>", 1, 1, from_path
    mark, path = doc.locate(loc)
    if not at_key:
        mark = doc.marks.get(tuple(loc), mark)
    return doc.filename, mark.line, mark.col, path
