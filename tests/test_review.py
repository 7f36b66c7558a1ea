"""pmladder review: the perception gaps of a worked example (a PM, a manager, a peer) and results refused."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest
from scoring_fixtures import CREATED, PERSONAS, load_persona, sha256_of

from pmladder import assess as use_case
from pmladder import feedback, storage
from pmladder.cli import main
from pmladder.io.ladder_files import bundled_ladder_files
from pmladder.io.ladders import ladder_named

#: the worked example of docs/feedback.md: Alice rates herself senior, her manager Bob sees her as
#: intermediate, her peer Carol as senior
EXAMPLE = {
    "alice.json": ("senior", feedback.Who("self", "Alice Wong")),
    "bob.json": ("intermediate", feedback.Who("manager", "Alice Wong", "Bob")),
    "carol.json": ("senior", feedback.Who("peer", "Alice Wong", "Carol")),
}


def pm_generic_sha() -> str:
    return sha256_of(next(p for p in bundled_ladder_files() if p.stem == "pm-generic"))


def make(folder: Path, name: str, persona: str, who: feedback.Who, ladder: str = "pm-generic", days: int = 0) -> Path:
    answers = load_persona(PERSONAS / ladder / f"{persona}.yaml")
    sha = pm_generic_sha() if ladder == "pm-generic" else "0" * 64
    created = CREATED + timedelta(days=days)
    result = use_case.assess(ladder_named(ladder), answers, ladder_sha256=sha, created=created, rated=who)
    return storage.save_assessment(result, folder / name)


@pytest.fixture
def example(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "100")
    for day, (name, (persona, who)) in enumerate(EXAMPLE.items()):
        make(tmp_path, name, persona, who, days=day)
    return tmp_path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_the_worked_example_renders_as_its_golden(
    lang: str, fmt: str, example: Path, capsys: pytest.CaptureFixture[str], golden: object
) -> None:
    code, out, err = run(capsys, "review", "alice.json", "bob.json", "carol.json", "--lang", lang, "--format", fmt)
    assert (code, err) == (0, "")
    suffix = "md" if fmt == "markdown" else "txt"
    golden(f"review/worked-example.{lang}.{suffix}", out)  # type: ignore[operator]


def test_the_worked_example_in_json(example: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "review", "alice.json", "bob.json", "carol.json", "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["schema"] == "pmladder/review@1"
    assert (data["ladder"], data["subject"]) == ("pm-generic", "Alice Wong")
    assert [(r["role"], r["rater"], r["level"]) for r in data["raters"]] == [
        ("self", None, "senior"),
        ("manager", "Bob", "intermediate"),
        ("peer", "Carol", "senior"),
    ]
    gaps = {gap["competency"]: gap for gap in data["competencies"]}
    data_analysis = gaps["data"]
    # reported floors (issue 9): self and peers senior (2), the manager nothing of its own met (-1)
    assert (data_analysis["self_step"], data_analysis["manager_step"], data_analysis["peers_step"]) == (2, -1, 2)
    assert data_analysis["manager_difference"] == -3 and data_analysis["flags"] == ["two-levels"]
    assert data_analysis["direction"] == "over-estimate"
    assert data_analysis["discuss"] and all(d["kind"] == "self-only" for d in data_analysis["discuss"])
    communication = gaps["collaboration"]
    assert communication["flags"] == ["core"] and communication["largest"] == 1
    assert gaps["documentation"]["flags"] == []
    # self senior (2), manager intermediate (1), peers senior (2): (2 + 1 + 2) / 3 = 1.67, nearest senior
    combined = data["combined"]
    assert combined["weights"] == {
        "self": pytest.approx(1 / 3),
        "manager": pytest.approx(1 / 3),
        "peer": pytest.approx(1 / 3),
    }
    assert (combined["level"], combined["low"], combined["high"]) == ("senior", "intermediate", "senior")


def test_five_peers_do_not_drown_one_manager(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make(tmp_path, "me.json", "senior", feedback.SELF)
    make(tmp_path, "boss.json", "junior", feedback.Who("manager", "Me"))
    peers = [make(tmp_path, f"p{n}.json", "senior", feedback.Who("peer", "Me", f"P{n}")) for n in range(5)]
    code, out, _ = run(
        capsys, "review", str(tmp_path / "me.json"), str(tmp_path / "boss.json"), *map(str, peers), "-f", "json"
    )
    assert code == 0
    combined = json.loads(out)["combined"]
    assert combined["step"] == pytest.approx((2 + 0 + 2) / 3, abs=1e-3)  # not (2 + 0 + 5 * 2) / 7


@pytest.mark.parametrize(
    ("files", "en", "zh"),
    [
        (
            ["bob.json", "alice.json"],
            "pmladder: bob.json is a manager's rating, not a self-assessment: give the self-assessment first, "
            "then the manager's and peers' ratings\n",
            "pmladder: bob.json 是上级评价，不是自评",
        ),
        (
            ["alice.json", "alice2.json"],
            "pmladder: alice2.json is a self-assessment too: review compares alice.json with a manager's and peers' "
            "ratings; two self-assessments are compared by assess's 'since last time'\n",
            "pmladder: alice2.json 也是一份自评",
        ),
        (
            ["alice.json", "dan.json"],
            "pmladder: dan.json rates 'Dan Li', not 'Alice Wong': only ratings of one person can be compared\n",
            "pmladder: dan.json 评价的是“Dan Li”，而不是“Alice Wong”",
        ),
        (
            ["alice.json", "pmm.json"],
            "pmladder: pmm.json is a result on the ladder pmm and the self-assessment is on pm-generic: "
            "only results of one ladder can be compared\n",
            "pmladder: pmm.json 是职级体系 pmm 上的结果",
        ),
        (
            ["alice.json", "bob.json", "bob.json"],
            "pmladder: bob.json is given twice: each result counts once\n",
            "pmladder: bob.json 给了两次",
        ),
        (["alice.json", "cut.json"], "pmladder: cut.json:", "pmladder: cut.json:"),
        (
            ["alice.json", "future.json"],
            "pmladder: future.json:2:13: error schema-value 'pmladder/assessment@9' is a newer format than this "
            "pmladder reads ('pmladder/assessment@1' or 'pmladder/assessment@2'): upgrade pmladder (schema)\n",
            "pmladder: future.json:2:13: error schema-value",
        ),
    ],
    ids=["first-not-self", "two-selves", "other-person", "other-ladder", "twice", "truncated", "newer"],
)
def test_results_that_do_not_belong_together_are_refused_in_one_line(
    files: list[str], en: str, zh: str, example: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make(example, "alice2.json", "junior", feedback.Who("self", "Alice Wong"))
    make(example, "dan.json", "junior", feedback.Who("peer", "Dan Li"))
    make(example, "pmm.json", "associate", feedback.Who("peer", "Alice Wong"), ladder="pmm")
    text = (example / "bob.json").read_text(encoding="utf-8")
    (example / "cut.json").write_text(text[: len(text) // 2], encoding="utf-8")
    (example / "future.json").write_text(
        text.replace("pmladder/assessment@2", "pmladder/assessment@9"), encoding="utf-8"
    )
    for lang, words in (("en", en), ("zh", zh)):
        code, out, err = run(capsys, "review", *files, "--lang", lang)
        assert (code, out) == (1, "")
        assert err.startswith(words) and err.count("\n") == 1, err


def test_an_unnamed_self_assessment_of_before_takes_the_others_name(
    example: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make(example, "old.json", "senior", feedback.SELF)
    data = json.loads((example / "old.json").read_text(encoding="utf-8"))
    assert data["schema"] == "pmladder/assessment@1" and "subject" not in data
    code, out, _ = run(capsys, "review", "old.json", "bob.json", "--format", "json")
    assert code == 0 and json.loads(out)["subject"] == "Alice Wong"


def test_saved_results_are_named_by_their_ids(
    pmladder_home: Path, example: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from pmladder import history

    folder = pmladder_home / "assessments"
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("alice.json", "bob.json"):
        result = storage.load_assessment(example / name)
        storage.save_assessment(result)
    saved = sorted(history.ids().items(), key=lambda item: item[1].name)
    assert len(saved) == 2
    by_role = {storage.load_assessment(path).role: ident for ident, path in saved}
    code, out, err = run(capsys, "review", by_role["self"], by_role["manager"], "--format", "json")
    assert (code, err) == (0, "")
    assert [r["file"] for r in json.loads(out)["raters"]] == [by_role["self"], by_role["manager"]]
    code, out, err = run(capsys, "review", by_role["self"], "no-such-id")
    assert (code, out) == (2, "") and "no-such-id" in err and err.count("\n") == 1
