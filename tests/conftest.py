"""Shared pytest fixtures: every test runs with its own data folder and a fixed, colourless terminal."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Never touch the real user data folder; render without colour at a fixed width."""
    home = tmp_path_factory.mktemp("pmladder-home")
    monkeypatch.setenv("PMLADDER_HOME", str(home))
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    return home


@pytest.fixture
def pmladder_home(_isolated_environment: Path) -> Path:
    """The data folder of this test (env PMLADDER_HOME)."""
    return _isolated_environment


#: where golden files live; a test names one relative to this folder (or passes a Path of its own)
GOLDEN = ROOT / "tests" / "golden"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite the golden files with what the tests produce (also: PMLADDER_UPDATE_GOLDENS=1)",
    )


class Golden:
    """Compares a render with its golden file; with ``--update-golden`` (or ``PMLADDER_UPDATE_GOLDENS=1``)
    writes the file instead, so a deliberate change is one run and a reviewable diff."""

    def __init__(self, update: bool) -> None:
        self.update = update

    def __call__(self, name: str | Path, text: str) -> None:
        path = name if isinstance(name, Path) else GOLDEN / name
        if self.update:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        assert path.is_file(), f"missing golden {path}; run pytest with --update-golden to create it"
        assert text == path.read_text(encoding="utf-8"), f"output differs from {path}"


@pytest.fixture
def golden(request: pytest.FixtureRequest) -> Golden:
    """``golden(name, text)``: ``text`` must equal tests/golden/``name`` byte for byte."""
    import os

    update = bool(request.config.getoption("--update-golden")) or os.environ.get("PMLADDER_UPDATE_GOLDENS") == "1"
    return Golden(update)
