"""Who rated whom: the result's subject, role and rater, saved as @2, read back; old results read as self."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from scoring_fixtures import CREATED, answers, fixture_ladder
from test_scoring import L2
from words import raises_in_words

from pmladder import assess as use_case
from pmladder import feedback, storage
from pmladder.errors import UsageError
from pmladder.i18n import error_text
from pmladder.model.assessment import Assessment
from pmladder.model.session import Session


def rated(who: feedback.Who) -> Assessment:
    return use_case.assess(fixture_ladder(), answers(ratings=L2), ladder_sha256="0" * 64, created=CREATED, rated=who)


def test_a_self_assessment_is_written_as_before_without_the_new_fields(tmp_path: Path) -> None:
    path = storage.save_assessment(rated(feedback.SELF), tmp_path / "self.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["schema"] == "pmladder/assessment@1"
    assert not {"subject", "role", "rater"} & set(data)
    loaded = storage.load_assessment(path)
    assert (loaded.subject, loaded.role, loaded.rater) == (None, "self", None)


def test_a_rating_of_someone_else_is_written_as_version_2_and_read_back(tmp_path: Path) -> None:
    result = rated(feedback.Who("manager", "王小明 <b>", "Bob"))
    path = storage.save_assessment(result, tmp_path / "manager.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["schema"] == "pmladder/assessment@2"
    assert (data["subject"], data["role"], data["rater"]) == ("王小明 <b>", "manager", "Bob")
    assert storage.load_assessment(path) == result
    # the careful loader (used when the quick path declines) reads it the same
    (tmp_path / "slow.json").write_text(json.dumps(data, indent=4) + "\n", encoding="utf-8")
    assert storage.load_assessment(tmp_path / "slow.json") == result


def test_a_named_self_assessment_records_the_name_alone() -> None:
    data = json.loads(rated(feedback.Who("self", "Alice")).model_dump_json(by_alias=True))
    assert (data["schema"], data["subject"]) == ("pmladder/assessment@2", "Alice")
    assert "role" not in data and "rater" not in data


def test_an_old_result_without_the_fields_reads_as_a_self_assessment() -> None:
    data = json.loads(rated(feedback.SELF).model_dump_json(by_alias=True))
    loaded = Assessment.model_validate(data)
    assert feedback.of(loaded) == feedback.SELF


def test_a_session_of_someone_else_keeps_who(tmp_path: Path) -> None:
    base = {"ladder": "fixture", "ladder_source": "fixture", "ladder_sha256": "0" * 64, "lang": "en"}
    plain = Session.model_validate({**base, "answers": {"ladder": "fixture"}, "updated": "x"})
    assert "role" not in json.loads(plain.model_dump_json(by_alias=True))
    other = plain.model_copy(update={"subject": "Alice", "role": "peer"})
    assert Session.model_validate_json(other.model_dump_json(by_alias=True)).role == "peer"


def test_who_comes_from_the_command_line() -> None:
    assert feedback.who(None, None) == feedback.SELF
    assert feedback.who("  Alice   Wong ", "manager", "Bob") == feedback.Who("manager", "Alice Wong", "Bob")
    assert feedback.who("Alice", None) == feedback.Who("self", "Alice")


@pytest.mark.parametrize(
    ("about", "role", "name", "en", "zh"),
    [
        (None, "manager", None, "--as manager rates someone else: say who with --about NAME", "--about NAME"),
        ("A", "boss", None, "--as does not know 'boss': choose one of self, manager, peer", "--as 不认识“boss”"),
        ("  ", "peer", None, "--about needs a name (it is empty)", "--about 需要一个名字"),
        ("A" * 81, "peer", None, "at most 80 characters and this one has 81", "最多 80 个字符"),
        ("A\x1b[31m", "peer", None, "holds control characters", "控制字符"),
        ("A", None, "Bob", "--name is a manager's or peer's own name", "--name 是上级或同事的名字"),
    ],
)
def test_bad_names_and_roles_are_usage_errors_in_both_languages(
    about: str | None, role: str | None, name: str | None, en: str, zh: str
) -> None:
    with raises_in_words(UsageError, match=re.escape(en)) as caught:
        feedback.who(about, role, name)
    assert zh in error_text(caught.value, "zh")


def test_sessions_of_different_people_and_roles_never_share_a_name() -> None:
    keys = {
        feedback.session_key("pm-generic", who)
        for who in (
            feedback.SELF,
            feedback.Who("self", "Alice"),
            feedback.Who("manager", "Alice"),
            feedback.Who("peer", "Alice"),
            feedback.Who("peer", "alice"),
            feedback.Who("peer", "王小明"),
            feedback.Who("peer", "王小明!"),
        )
    }
    assert len(keys) == 7
    assert feedback.session_key("pm-generic", feedback.SELF) == "pm-generic"
    assert feedback.session_key("pm-generic", feedback.Who("peer", "王小明")).startswith("pm-generic--peer--王小明-")


def test_since_last_time_only_compares_the_same_person_rated_the_same_way() -> None:
    from pmladder import progress

    mine, managers = rated(feedback.SELF), rated(feedback.Who("manager", "Alice", "Bob"))
    assert not progress.is_candidate(managers, mine)
    assert not progress.is_candidate(mine, managers)
    assert progress.is_candidate(rated(feedback.Who("manager", "Alice", "Bob")), managers)
    assert not progress.is_candidate(rated(feedback.Who("peer", "Alice", "Carol")), managers)
    assert progress.is_candidate(rated(feedback.Who("self", "Alice")), mine)
