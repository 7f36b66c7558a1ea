"""The JSON Schema: `pmladder schema`, the checked-in copies in schema/, and a real third-party validator."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jsonschema
import pytest

from pmladder.cli import main
from pmladder.io.ladder_files import bundled_dir, bundled_ladder_files
from pmladder.io.yamldoc import LoadFailed, parse_document
from pmladder.jsonschema import DIALECT, KINDS, build_schema, schema_text

if TYPE_CHECKING:
    from conftest import Golden

ROOT = Path(__file__).resolve().parent.parent
SCHEMA_DIR = ROOT / "schema"
EXAMPLES = ROOT / "tests" / "example-files"
SCHEMA_LINE = "# yaml-language-server: $schema=../schema/ladder.schema.json"


@pytest.mark.parametrize("kind", KINDS)
def test_the_checked_in_schema_is_the_generated_one(golden: Golden, kind: str) -> None:
    # out of date: `pmladder schema KIND > schema/KIND.schema.json`, or pytest --update-golden
    golden(SCHEMA_DIR / f"{kind}.schema.json", schema_text(kind))


def test_pmladder_schema_prints_the_ladder_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    assert capsys.readouterr().out == (SCHEMA_DIR / "ladder.schema.json").read_text(encoding="utf-8")
    assert main(["schema", "answers"]) == 0
    assert capsys.readouterr().out == (SCHEMA_DIR / "answers.schema.json").read_text(encoding="utf-8")


def test_an_unknown_schema_kind_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema", "ladders"]) == 2
    assert (
        capsys.readouterr().err == "pmladder: unknown schema 'ladders': choose ladder, taxonomy, answers or scorecard\n"
    )
    assert main(["schema", "x", "--lang", "zh"]) == 2
    assert capsys.readouterr().err == "pmladder: 未知的 schema 'x'：请选择 ladder、taxonomy、answers 或 scorecard\n"


@pytest.mark.parametrize("kind", KINDS)
def test_the_schema_is_valid_2020_12(kind: str) -> None:
    schema = build_schema(kind)
    assert schema["$schema"] == DIALECT
    assert schema["$id"] == f"urn:pmladder:schema:{kind}@1"
    assert schema["title"] == f"pmladder {kind}"
    jsonschema.Draft202012Validator.check_schema(schema)
    text = json.dumps(schema)
    assert "oneOf" not in text and "discriminator" not in text and "patternProperties" not in text


def test_cells_are_an_any_of_and_level_keys_are_constrained() -> None:
    expectations = build_schema()["$defs"]["Competency"]["properties"]["expectations"]
    assert expectations["additionalProperties"] == {
        "anyOf": [
            {"$ref": "#/$defs/Expectation"},
            {"$ref": "#/$defs/NoRequirement"},
            {"$ref": "#/$defs/Carry"},
        ]
    }
    assert expectations["propertyNames"]["pattern"] == "^[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*$"
    schema_field = build_schema()["properties"]["schema"]
    assert schema_field["const"] == "pmladder/ladder@1"
    assert "schema" in build_schema()["required"] and "schema_" not in json.dumps(build_schema())


def _data(path: Path) -> Any:
    return parse_document(path.read_bytes(), path.name).data


def _validator(kind: str = "ladder") -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(build_schema(kind))


@pytest.mark.parametrize("path", sorted((EXAMPLES / "valid").glob("*.yaml")), ids=lambda p: p.name)
def test_valid_examples_match_the_schema(path: Path) -> None:
    data = _data(path)
    kind = str(data.get("schema", "")).removeprefix("pmladder/").partition("@")[0] if isinstance(data, dict) else ""
    if kind == "scorecard-values":
        pytest.skip("values of a period have no JSON Schema of their own (validate checks them with the model)")
    assert list(_validator(kind if kind in KINDS else "ladder").iter_errors(data)) == []


def test_the_answers_example_matches_the_answers_schema() -> None:
    assert list(_validator("answers").iter_errors(_data(EXAMPLES / "valid" / "answers.json"))) == []
    assert list(_validator("answers").iter_errors(_data(EXAMPLES / "invalid" / "answers.json")))


def _schema_examples() -> list[Path]:
    """Invalid examples whose problem a JSON Schema can express (they parse, and fail pydantic validation)."""
    found = []
    for path in sorted((EXAMPLES / "invalid").glob("*.yaml")):
        expected = path.with_name(path.name + ".expected").read_text(encoding="utf-8")
        lines = expected.splitlines()[:-1]
        codes = {line.split(" ")[2] for line in lines}
        blank = any(
            "text is blank" in line for line in lines
        )  # a semantic check: the schema only knows min length
        if (
            codes
            and not blank
            and codes
            <= {"schema-missing", "schema-unknown-field", "schema-type", "schema-value", "missing-text"}
        ):
            found.append(path)
    return found


@pytest.mark.parametrize("path", _schema_examples(), ids=lambda p: p.name)
def test_schema_errors_of_the_model_are_schema_errors_of_the_json_schema(path: Path) -> None:
    try:
        data = _data(path)
    except LoadFailed:  # pragma: no cover - these examples parse
        pytest.fail(f"{path.name} does not parse")
    kind = "taxonomy" if isinstance(data, dict) and "taxonomy@" in str(data.get("schema")) else "ladder"
    assert list(_validator(kind).iter_errors(data)), f"the JSON Schema accepts {path.name}"


def test_there_are_schema_examples() -> None:
    assert len(_schema_examples()) >= 8


def test_every_bundled_ladder_points_at_the_schema() -> None:
    files = bundled_ladder_files()
    if not files:
        pytest.skip("no bundled ladder yet")
    for path in files:
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first == SCHEMA_LINE, f"{path.name} must start with {SCHEMA_LINE!r}"
    assert (bundled_dir() / "../schema/ladder.schema.json").resolve().is_file()


def _check_jsonschema(args: list[str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "check_jsonschema", *args],
        cwd=ROOT,
        text=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )


def test_check_jsonschema_accepts_the_bundled_ladders_and_rejects_an_invalid_one() -> None:
    """A real third-party validator, with its own YAML parser, run on the checked-in schema files."""
    ladders = [str(p.relative_to(ROOT)) for p in bundled_ladder_files()]
    examples = sorted((EXAMPLES / "valid").glob("*.yaml"))
    valid = [str(p.relative_to(ROOT)) for p in examples if not p.name.startswith("scorecard")]
    scorecards = [str(p.relative_to(ROOT)) for p in [EXAMPLES / "valid" / "scorecard-mini.yaml",
                                                     *sorted((ROOT / "scorecards").glob("*.yaml"))]]
    invalid = str((EXAMPLES / "invalid" / "schema-value.yaml").relative_to(ROOT))
    # at once: each run starts a fresh interpreter
    good = _check_jsonschema(["--schemafile", "schema/ladder.schema.json", *ladders, *valid])
    cards = _check_jsonschema(["--schemafile", "schema/scorecard.schema.json", *scorecards])
    bad = _check_jsonschema(["--schemafile", "schema/ladder.schema.json", invalid])
    taxonomy = subprocess.run(
        [
            sys.executable,
            "-m",
            "check_jsonschema",
            "--schemafile",
            "schema/taxonomy.schema.json",
            str((bundled_dir() / "taxonomy.yaml").resolve()),
        ],
        cwd=ROOT,
        text=True,
        capture_output=True,
    )
    cards_out, _ = cards.communicate(timeout=120)
    assert cards.returncode == 0, cards_out
    good_out, _ = good.communicate(timeout=120)
    bad_out, _ = bad.communicate(timeout=120)
    assert good.returncode == 0, good_out
    assert "ok -- validation done" in good_out
    assert bad.returncode == 1, bad_out
    assert "$.levels[1].band: 8 is greater than the maximum of 7" in bad_out
    assert "$.source.url: 'ftp://example.com/article' does not match" in bad_out
    assert taxonomy.returncode == 0, taxonomy.stdout + taxonomy.stderr
    if not ladders:
        pytest.skip("no bundled ladder yet: only the examples were checked")
