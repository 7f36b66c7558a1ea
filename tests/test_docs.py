"""Docs checked by tests: every command and option is documented with examples, and the README's setup holds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import typer.main

from pmladder.cli.typer_app import app

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"


def _commands() -> dict[str, typer.main.click.Command]:  # type: ignore[name-defined]
    group = typer.main.get_command(app)
    return dict(group.commands)  # type: ignore[attr-defined]


def _all_docs() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(DOCS.glob("*.md")))


def _console_lines() -> list[str]:
    lines: list[str] = []
    for block in re.findall(r"```console\n(.*?)```", _all_docs(), flags=re.S):
        lines += [line[2:] for line in block.splitlines() if line.startswith("$ ")]
    return lines


COMMANDS = sorted(_commands())


def test_the_expected_commands_exist() -> None:
    assert set(COMMANDS) >= {"assess", "compare", "validate", "schema", "ladders", "show"}


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_a_console_example_in_the_docs(command: str) -> None:
    examples = [line for line in _console_lines() if line.split()[:2] == ["pmladder", command]]
    assert examples, f"docs/ has no ```console example running `pmladder {command}`"


@pytest.mark.parametrize("command", COMMANDS)
def test_every_option_is_documented(command: str) -> None:
    docs = _all_docs()
    params = _commands()[command].params
    missing = [
        opt
        for param in params
        for opt in param.opts
        if opt.startswith("--") and opt not in ("--help",) and opt not in docs
    ]
    assert not missing, f"`pmladder {command}` options not in docs/: {missing}"


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_help_has_examples(command: str) -> None:
    help_text = _commands()[command].help or ""
    assert "Example" in help_text or "例" in help_text, f"`pmladder {command} --help` shows no example"


def test_readme_gives_the_two_setup_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "pip install . && pmladder assess" in readme
    assert "pip install -e '.[test]' && pytest" in readme


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    # the newest allowed versions, whatever the machine already holds
    assert "pip install --quiet --upgrade --upgrade-strategy eager -e '.[test]'" in ci
    assert "pip install --quiet -c constraints/lowest.txt -e '.[test]'" in ci
    assert len(re.findall(r"^pytest\b", ci, flags=re.M)) == 2


def test_docs_link_to_existing_files() -> None:
    for doc in [ROOT / "README.md", *DOCS.glob("*.md")]:
        for target in re.findall(r"\]\(([^)#:]+\.md)\)", doc.read_text(encoding="utf-8")):
            assert (doc.parent / target).is_file(), f"{doc.name} links to missing {target}"
