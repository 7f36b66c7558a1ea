"""The Session model: an unfinished interactive assessment as saved after every answer."""

from __future__ import annotations

from typing import Annotated, Any, Final, Literal

from pydantic import Field, SerializerFunctionWrapHandler, StringConstraints, model_serializer

from pmladder.model.answers import MAX_ENTRIES, Answers
from pmladder.model.assessment import PersonName, RaterRole
from pmladder.model.ladder import Frozen, Id, Lang

SESSION_SCHEMA: Final = "pmladder/session@1"


class Session(Frozen):
    """An unfinished assessment: the answers so far and the order they were given in."""

    schema_: Literal["pmladder/session@1"] = Field(default=SESSION_SCHEMA, alias="schema")
    ladder: Id
    #: where the ladder was loaded from (a bundled ladder's id, or a file path)
    ladder_source: str
    ladder_sha256: str
    lang: Lang
    answers: Answers
    #: ``kind:id`` entries, oldest first (see questionnaire.State)
    history: list[Annotated[str, StringConstraints(max_length=200)]] = Field(
        default_factory=list, max_length=5 * MAX_ENTRIES
    )
    updated: str
    #: who is being rated, in what role, by whom (as in the result: pmladder/model/assessment.py);
    #: left out when empty, so a self-assessment's session is what it was before the fields existed
    subject: PersonName | None = None
    role: RaterRole = "self"
    rater: PersonName | None = None

    @model_serializer(mode="wrap")
    def _leave_out_self(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        data: dict[str, Any] = handler(self)
        for name, default in (("subject", None), ("role", "self"), ("rater", None)):
            if data.get(name, ...) == default:
                del data[name]
        return data
