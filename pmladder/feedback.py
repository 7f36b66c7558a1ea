"""Rating someone else: who rates whom in what role, names checked, sessions kept apart (pure)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final, Literal, get_args

from pmladder.errors import UsageError
from pmladder.files import sha256_of

if TYPE_CHECKING:
    from pathlib import Path

    from pmladder.io.ladders import LoadedLadder
    from pmladder.model.answers import Answers, Rating
    from pmladder.model.feedback import FeedbackRequest
    from pmladder.model.ladder import Competency, Indicator, Ladder, Level

Role = Literal["self", "manager", "peer"]
ROLES: Final[tuple[Role, ...]] = get_args(Role)
#: the longest name --about and --name take (as the result model: PersonName)
MAX_NAME: Final = 80


class Who:
    """Who answers about whom: ``role`` (self, manager, peer), ``subject`` (the person rated; None for an
    unnamed self-assessment) and ``rater`` (the name of a manager or peer, when given)."""

    __slots__ = ("rater", "role", "subject")

    def __init__(self, role: Role = "self", subject: str | None = None, rater: str | None = None) -> None:
        self.role, self.subject, self.rater = role, subject, rater

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Who) and (self.role, self.subject, self.rater) == (
            other.role,
            other.subject,
            other.rater,
        )

    def __hash__(self) -> int:
        return hash((self.role, self.subject, self.rater))

    def __repr__(self) -> str:
        return f"Who({self.role!r}, {self.subject!r}, {self.rater!r})"

    @property
    def someone_else(self) -> bool:
        """Whether a manager or a peer answers (the questions are framed "about NAME")."""
        return self.role != "self"

    def same_person(self, other: Who) -> bool:
        """Whether ``other`` rates the same person in the same way (for "since last time"): the same role
        and rater and the same subject; an unnamed self-assessment matches any self-assessment."""
        if self.role == other.role == "self":
            return self.subject is None or other.subject is None or self.subject == other.subject
        return (self.role, self.subject, self.rater) == (other.role, other.subject, other.rater)


SELF: Final = Who()


def of(result: object) -> Who:
    """The ``Who`` of a saved result or session (anything with ``role``, ``subject``, ``rater``)."""
    return Who(getattr(result, "role", "self"), getattr(result, "subject", None), getattr(result, "rater", None))


def person_name(text: str | None, option: str) -> str | None:
    """A name as given with ``option`` (--about, --name): one printable line of 1-80 characters, outer
    spaces removed; a UsageError (exit 2) otherwise. None stays None."""
    if text is None:
        return None
    name = " ".join(text.split())
    if not name:
        raise UsageError("feedback.name-empty", option=option)
    if len(name) > MAX_NAME:
        raise UsageError("feedback.name-long", option=option, max=MAX_NAME, count=len(name))
    if any(unicodedata.category(char)[0] == "C" for char in name):
        raise UsageError("feedback.name-control", option=option)
    return name


def who(about: str | None, role: str | None, rater: str | None = None) -> Who:
    """The ``Who`` of a command line: ``--about NAME``, ``--as ROLE`` (default self), ``--name ME``.

    A manager or a peer rates someone named (--about is required with them); --name belongs to them
    only (a self-assessment's name is --about). Both are UsageErrors (exit 2).
    """
    chosen: Role = "self"
    if role is not None:
        if role not in ROLES:
            raise UsageError("feedback.bad-role", value=role, valid=list(ROLES))
        chosen = role
    subject = person_name(about, "--about")
    name = person_name(rater, "--name")
    if chosen != "self" and subject is None:
        raise UsageError("feedback.about-required", role=chosen)
    if chosen == "self" and name is not None:
        raise UsageError("feedback.name-not-self")
    return Who(chosen, subject, name)


def session_key(ladder_id: str, rated: Who) -> str:
    """The name of the session (and its lock) of a run: the ladder id for an unnamed self-assessment, as
    before; ``<ladder>--<role>--<slug>`` when someone is named, so that two subjects or roles never share
    one. The slug is the name's letters and digits (any script) and a short digest of the exact name."""
    if rated.subject is None:
        return ladder_id
    letters = re.sub(r"[^\w]+", "-", rated.subject.casefold()).strip("-_")[:24] or "x"
    digest = sha256_of(rated.subject.encode("utf-8"))[:8]
    return f"{ladder_id}--{rated.role}--{letters}-{digest}"


# ---- the feedback request ------------------------------------------------------------------------------


def request_levels(ladder: Ladder, track: str | None, levels: Sequence[str]) -> tuple[str, list[str]]:
    """The track and the levels (in track order) a request covers: ``levels`` (all of the track when
    none are given) on ``track`` (else the track of the first level, else the ladder's first track).

    Unknown ids are NotFoundErrors (exit 2) naming the valid ones, as assess's options are.
    """
    from pmladder import questionnaire
    from pmladder.model.answers import Answers
    from pmladder.rules.answers import check_options

    check_options(ladder, track=track, target=None, level_hint=None)
    for level in levels:
        check_options(ladder, track=track, target=None, level_hint=level)
    first = levels[0] if levels else None
    name = questionnaire.track_name(ladder, Answers(ladder=ladder.id, track=track, level_hint=first))
    path = [level.id for level in ladder.tracks()[name]]
    for level in levels:  # every level on the one track of the first
        check_options(ladder, track=name, target=None, level_hint=level)
    chosen = [level for level in path if level in levels] if levels else path
    return name, chosen


def make_request(
    ladder: Ladder, *, sha256: str, about: str, track: str | None, levels: Sequence[str], created: str
) -> FeedbackRequest:
    """A request to rate ``about`` (a checked name) on ``ladder``: every statement of the levels it covers
    listed, unanswered, so that the request doubles as a form to fill in offline."""
    from pmladder.model.feedback import FeedbackRequest

    name, chosen = request_levels(ladder, track, levels)
    single_track = len(ladder.tracks()) == 1
    ratings: dict[str, Rating | None] = {indicator.id: None for _c, _l, indicator in request_items(ladder, chosen)}
    return FeedbackRequest.model_validate(
        {
            "ladder": ladder.id,
            "ladder_sha256": sha256,
            "about": about,
            "track": None if single_track else name,
            "levels": chosen,
            "created": created,
            "ratings": ratings,
        }
    )


def request_items(ladder: Ladder, levels: Sequence[str]) -> list[tuple[Competency, Level, Indicator]]:
    """The statements a request lists: for every competency and level covered, the indicators of the cell
    that level requires (a ``carry`` cell's are those of the last defined cell below it, listed once)."""
    from pmladder.model.ladder import resolve_cell

    path = next((p for p in ladder.tracks().values() if set(levels) <= {lv.id for lv in p}), ladder.levels)
    found = []
    for competency in ladder.competencies:
        listed: set[str] = set()
        for level_id in levels:
            cell, level = resolve_cell(competency, path, level_id)
            if cell is not None and level is not None and level.id not in listed:
                listed.add(level.id)
                found += [(competency, level, indicator) for indicator in cell.indicators]
    return found


def check_request(request: FeedbackRequest, ladder: Ladder, sha256: str, where: str) -> None:
    """A request answered against another ladder, or another version of its ladder, is an InputError
    (exit 1) saying to ask for a new request."""
    from pmladder.errors import InputError

    if request.ladder != ladder.id or request.ladder_sha256 != sha256:
        raise InputError("feedback.request-changed", path=where, ladder=request.ladder, about=request.about)


def request_who(request: FeedbackRequest, role: str | None, rater: str | None) -> Who:
    """Who answers ``request``: --as (else the file's ``role``: manager or peer) and --name (else ``rater``)."""
    chosen = role if role is not None else request.role
    if chosen is None:
        raise UsageError("feedback.role-needed")
    if chosen == "self":
        raise UsageError("feedback.request-not-self", ladder=request.ladder)
    return who(request.about, chosen, rater if rater is not None else request.rater)


def is_filled(request: FeedbackRequest) -> bool:
    """Whether any statement was rated in the file (then nothing is asked: it was filled in offline)."""
    return any(value is not None for value in request.ratings.values())


def request_answers(request: FeedbackRequest) -> Answers:
    """The answers of a request: its filled-in ratings and examples, its track, its first level as the start."""
    from pmladder.model.answers import Answers

    ratings = {key: value for key, value in request.ratings.items() if value is not None}
    evidence = {key: value for key, value in request.evidence.items() if value}
    return Answers(
        ladder=request.ladder, track=request.track, level_hint=request.levels[0], ratings=ratings, evidence=evidence
    )


class Answering:
    """A request about to be answered: the request, its ladder (checked against the pin), who answers,
    the answers filled in so far, and whether it was filled in offline (then nothing is asked)."""

    def __init__(self, request: FeedbackRequest, found: LoadedLadder, rated: Who, answers: Answers) -> None:
        self.request, self.found, self.rated, self.answers = request, found, rated, answers

    @property
    def filled(self) -> bool:
        return is_filled(self.request)


def answering(path: Path, role: str | None, rater: str | None) -> Answering:
    """Read the request at ``path`` and get it ready to answer: a damaged file is an InputError at
    file:line:col, a request for another version of its ladder an InputError saying to ask for a new
    one, ratings that do not fit the ladder an InputError naming the first (all exit 1)."""
    from pmladder.errors import InputError
    from pmladder.io.ladders import load_ladder
    from pmladder.io.models import load_model, require
    from pmladder.io.reading import read_bytes
    from pmladder.model.feedback import FeedbackRequest
    from pmladder.rules.answers import check_answers, errors, first_of

    loaded = load_model(FeedbackRequest, read_bytes(path), str(path))
    request = require(loaded)
    found = load_ladder(request.ladder)
    check_request(request, found.ladder, found.sha256, str(path))
    rated = request_who(request, role, rater)
    answers = request_answers(request)
    refused = errors(check_answers(found.ladder, answers, loaded.document))  # at file:line:col of the request
    if refused:
        raise InputError("answers.refused", problem=first_of(refused))
    return Answering(request, found, rated, answers)
