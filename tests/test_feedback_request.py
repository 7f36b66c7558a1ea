"""feedback request / answer: the request pins the ladder, doubles as a form, is answered offline or asked."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml
from fake_stdin import terminal

from pmladder.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture(autouse=True)
def _here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "1000")


def request(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    args = ("pm-generic", "--about", "Alice Wong", "-o", "request.yaml", *args)
    code, _, err = run(capsys, "feedback", "request", *args)
    assert code == 0, err
    return Path("request.yaml").read_text(encoding="utf-8")


def fill(text: str, rating: str = "2", example: str | None = "shipped the Q3 roadmap") -> str:
    text = re.sub(r"^(  [a-z]+\.[a-z]+\.\d+:)(    #.*)?$", rf"\1 {rating}\2", text, flags=re.M)
    if example is None:
        return text
    # the evidence keys come after the ratings: give each one an example
    head, _, tail = text.partition("\nevidence:")
    tail = re.sub(r"^(  [a-z]+\.[a-z]+\.\d+:) 2$", rf'\1 "{example}"', tail, flags=re.M)
    return head + "\nevidence:" + tail


def test_a_request_pins_the_ladder_and_lists_the_statements_of_its_levels(capsys: pytest.CaptureFixture[str]) -> None:
    text = request(capsys, "--levels", "intermediate,senior", "--lang", "en")
    data = yaml.safe_load(text)
    assert data["schema"] == "pmladder/feedback@1"
    assert (data["ladder"], data["about"], data["levels"]) == ("pm-generic", "Alice Wong", ["intermediate", "senior"])
    assert re.fullmatch(r"[0-9a-f]{64}", data["ladder_sha256"])
    assert all(value is None for value in data["ratings"].values())
    assert "requirements.intermediate.1" in data["ratings"] and "requirements.junior.1" not in data["ratings"]
    assert (
        "  requirements.intermediate.1:    # I run the requirement backlog of a module, rank items by value and cost, "
        "and can explain the ranking.\n"
    ) in text
    assert text.startswith("# pmladder feedback request: please rate Alice Wong on Generic product manager level model")
    assert "pmladder feedback answer request.yaml --as manager (or peer)" in text


def test_a_request_in_chinese(capsys: pytest.CaptureFixture[str]) -> None:
    text = request(capsys, "--levels", "senior", "--lang", "zh")
    assert text.startswith("# pmladder 反馈请求：请在“通用产品经理级别模型”上评价Alice Wong（覆盖级别：高级产品经理）")
    assert "  # 需求分析与管理 · 高级产品经理\n" in text


def test_a_request_filled_in_offline_is_scored_and_handed_back(capsys: pytest.CaptureFixture[str]) -> None:
    Path("filled.yaml").write_text(fill(request(capsys, "--levels", "intermediate,senior")), encoding="utf-8")
    args = ("filled.yaml", "--as", "manager", "--name", "Bob", "-o", "bob.json")
    code, _, err = run(capsys, "feedback", "answer", *args)
    assert code == 0, err
    result = json.loads(Path("bob.json").read_text(encoding="utf-8"))
    assert (result["subject"], result["role"], result["rater"]) == ("Alice Wong", "manager", "Bob")
    assert result["tracks"][0]["level"] == "senior"
    assert result["answers"]["evidence"]


def test_the_role_and_name_can_be_filled_in_the_form(capsys: pytest.CaptureFixture[str]) -> None:
    text = fill(request(capsys, "--levels", "junior"), example=None)
    text = re.sub(r"^role: +#", "role: peer  #", text, flags=re.M)
    text = re.sub(r"^rater: +#", 'rater: "Carol"  #', text, flags=re.M)
    Path("filled.yaml").write_text(text, encoding="utf-8")
    assert run(capsys, "feedback", "answer", "filled.yaml", "-o", "carol.json")[0] == 0
    result = json.loads(Path("carol.json").read_text(encoding="utf-8"))
    assert (result["role"], result["rater"]) == ("peer", "Carol")


@pytest.mark.parametrize(
    ("change", "args", "code", "en", "zh"),
    [
        (
            lambda t: re.sub(r"ladder_sha256: \"\w+\"", "ladder_sha256: " + "a" * 64, t),
            ["--as", "peer"],
            1,
            "pmladder: filled.yaml was made with another version of the ladder pm-generic (its file changed since): "
            "ask Alice Wong for a new request (pmladder feedback request pm-generic --about …)\n",
            "pmladder: filled.yaml 是按另一个版本的职级体系 pm-generic 生成的",
        ),
        (
            lambda t: t,
            [],
            2,
            "pmladder: the request does not say whether you rate as a manager or a peer: give --as manager or "
            "--as peer (or fill in role:)\n",
            "pmladder: 这份请求没有写明你是上级还是同事",
        ),
        (
            lambda t: t,
            ["--as", "self"],
            2,
            "pmladder: a feedback request is answered by a manager or a peer; to assess yourself run "
            "pmladder assess pm-generic\n",
            "pmladder: 反馈请求由上级或同事回答",
        ),
        (
            lambda t: t[: t.index("levels:") + 3],
            ["--as", "peer"],
            1,
            "pmladder: filled.yaml:",
            "pmladder: filled.yaml:",
        ),
        (
            lambda t: t.replace("  requirements.senior.1:", "  requirements.nowhere.1:"),
            ["--as", "peer"],
            1,
            "pmladder: filled.yaml:19:3: error answers-unknown-indicator unknown indicator 'requirements.nowhere.1'",
            "pmladder: filled.yaml:19:3: error answers-unknown-indicator",
        ),
    ],
    ids=["other-version", "no-role", "self", "truncated", "unknown-statement"],
)
def test_a_request_that_cannot_be_answered_says_why_in_one_line(
    change: object, args: list[str], code: int, en: str, zh: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert callable(change)
    Path("filled.yaml").write_text(change(fill(request(capsys, "--levels", "senior"))), encoding="utf-8")
    for lang, words in (("en", en), ("zh", zh)):
        got_code, out, err = run(capsys, "feedback", "answer", "filled.yaml", *args, "--lang", lang)
        assert (got_code, out) == (code, "")
        assert err.startswith(words) and err.count("\n") == 1, err


def test_an_unfilled_request_is_asked_about_the_person(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    request(capsys, "--levels", "senior")
    monkeypatch.setattr("sys.stdin", terminal(b"2\nq\n"))
    assert main(["feedback", "answer", "request.yaml", "--as", "peer", "--lang", "en"]) == 130
    out = capsys.readouterr().out
    assert "You are rating Alice Wong (as a peer)." in out
    assert "About Alice Wong (as a peer) · Competency 1/" in out


def test_an_unfilled_request_without_a_terminal_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    request(capsys)
    assert run(capsys, "feedback", "answer", "request.yaml", "--as", "peer") == (
        2,
        "",
        "pmladder: the request has no ratings filled in and standard input is not a terminal, so nothing can be "
        "asked: run it in a terminal, or fill in the ratings in the file first\n",
    )


def test_unknown_levels_are_named_with_the_valid_ones(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "feedback", "request", "pm-generic", "--about", "A", "--levels", "wizard")
    assert code == 2 and "wizard" in err and "senior" in err and err.count("\n") == 1


def test_validate_checks_a_request_as_a_feedback_file(capsys: pytest.CaptureFixture[str]) -> None:
    request(capsys)
    code, out, _ = run(capsys, "validate", "--format", "json", "request.yaml")
    assert code == 0
    assert json.loads(out)["files"][0]["kind"] == "feedback"
    text = Path("request.yaml").read_text(encoding="utf-8")
    Path("request.yaml").write_text(re.sub(r"^levels: .*$", "levels: []", text, flags=re.M), encoding="utf-8")
    code, out, _ = run(capsys, "validate", "request.yaml")
    assert code == 1 and "error schema-value needs at least 1 item(s), has 0 (levels)" in out
