"""Large batches are validated on every core, with exactly the reports of a sequential run, in order."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pmladder import validate as checks

EXAMPLES = Path(__file__).parent / "example-files"


def _batch(folder: Path) -> list[str]:
    """70 files: valid ladders and every invalid example, some of them several times."""
    sources = sorted((EXAMPLES / "valid").glob("*.yaml")) + sorted((EXAMPLES / "invalid").glob("*.yaml"))
    names = []
    for n in range(70):
        source = sources[n % len(sources)]
        target = folder / f"{n:03d}-{source.name}"
        shutil.copyfile(source, target)
        names.append(str(target))
    return names


def _summary(result: checks.ValidationResult) -> list[tuple[str, str, list[str]]]:
    return [(r.file, r.kind, [i.format() for i in r.issues]) for r in result.files]


def test_a_large_batch_gives_the_same_reports_as_a_sequential_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = _batch(tmp_path)
    monkeypatch.setattr(checks, "PARALLEL_MIN_FILES", 10**9)
    sequential = checks.validate_paths([str(tmp_path)], use_cache=False)
    monkeypatch.setattr(checks, "PARALLEL_MIN_FILES", 2)
    parallel = checks.validate_paths([str(tmp_path)], use_cache=False)
    assert len(sequential.files) == len(files) == 70
    assert _summary(parallel) == _summary(sequential)
    assert sum(r.errors for r in parallel.files) > 40  # the invalid examples really were checked


def test_a_large_batch_keeps_the_order_of_mixed_arguments(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files = _batch(tmp_path)
    monkeypatch.setattr(checks, "PARALLEL_MIN_FILES", 2)
    given = [*reversed(files), files[0]]  # a file named twice is checked once
    result = checks.validate_paths(given)
    assert [r.file for r in result.files] == list(reversed(files))
