"""Rating someone else: who rates whom in what role, names checked, sessions kept apart (pure)."""

from __future__ import annotations

import re
import unicodedata
from typing import Final, Literal, get_args

from pmladder.errors import UsageError
from pmladder.files import sha256_of

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
