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
