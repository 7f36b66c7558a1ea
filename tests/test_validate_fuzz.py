"""Seeded random mutations of valid ladders: validate and every reporter must never raise, whatever the input."""

from __future__ import annotations

import copy
import json
import random
from pathlib import Path

import pytest

from pmladder.io.yamldoc import parse_document
from pmladder.render.issues import render
from pmladder.validate import ValidationResult, validate_file

EXAMPLES = Path(__file__).resolve().parent / "example-files" / "valid"
SEEDS = [(EXAMPLES / name).read_text(encoding="utf-8") for name in ("branching.yaml", "minimal.yaml")]
TOKENS = [
    "none", "carry", "requirement: none", "[", "]", "{", "}", ":", "- ", "&a ", "*a", "~", "'", '"', "\\", "yes",
    "01", "!!str ", "\t", "\n", "  ", "architect", "after: expert", "track: x", "band: 9", "\x00", "\ufeff", "é",
    "😀", "#", "---\n", "<<: *a", "? ", "|", ">", "[red]", "\x1b[31m", "%", ",",
]


def _check(raw: bytes) -> int:
    report = validate_file(raw, "f.yaml")
    result = ValidationResult([report])
    for fmt in ("text", "json", "github"):
        out = render(result, fmt, "en")
        assert "\x1b" not in out and "\x00" not in out
    return len(report.issues)


@pytest.mark.parametrize("seed", range(4))
def test_text_mutations_never_raise(seed: int) -> None:
    rng = random.Random(seed)
    found = 0
    for _ in range(100):
        lines = rng.choice(SEEDS).splitlines(keepends=True)
        for _ in range(rng.randint(1, 4)):
            j = rng.randrange(len(lines))
            op = rng.random()
            if op < 0.25:
                del lines[j]
            elif op < 0.5:
                lines.insert(j, lines[rng.randrange(len(lines))])
            elif op < 0.75:
                k = rng.randrange(len(lines[j]) + 1)
                lines[j] = lines[j][:k] + rng.choice(TOKENS) + lines[j][k:]
            else:
                a = rng.randrange(len(lines))
                lines[j], lines[a] = lines[a], lines[j]
        found += _check("".join(lines).encode())
    assert found > 0


@pytest.mark.parametrize("seed", range(4))
def test_structural_mutations_reach_the_semantic_checks_and_never_raise(seed: int) -> None:
    base = parse_document(SEEDS[0].encode(), "b.yaml").data
    rng = random.Random(seed)
    level_ids = [lv["id"] for lv in base["levels"]] + ["ghost", None]
    for _ in range(100):
        data = copy.deepcopy(base)
        for _ in range(rng.randint(1, 5)):
            level = rng.choice(data["levels"])
            op = rng.randrange(8)
            if op == 0:
                level["track"] = rng.choice(["management", "architect", "x", None])
            elif op == 1:
                level["after"] = rng.choice(level_ids)
            elif op == 2:
                level["band"] = rng.randint(1, 7)
            elif op == 3 and len(data["levels"]) > 1:
                data["levels"].remove(level)
            elif op == 4:
                data["levels"].append(copy.deepcopy(level))
            elif op == 5:
                comp = rng.choice(data["competencies"])
                key = rng.choice(list(comp["expectations"]))
                comp["expectations"][key] = rng.choice([{"requirement": "none"}, {"requirement": "carry"}])
            elif op == 6:
                comp = rng.choice(data["competencies"])
                del comp["expectations"][rng.choice(list(comp["expectations"]))]
            else:
                rng.shuffle(data["levels"])
        for level in data["levels"]:
            for key in [k for k, v in level.items() if v is None]:
                del level[key]
        report = validate_file(json.dumps(data, ensure_ascii=False).encode(), "f.json")
        assert not any(i.code.startswith("schema-") for i in report.issues), report.issues
