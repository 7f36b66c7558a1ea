"""The CLI's outer contract: version, help, exit codes, and a fast start that imports nothing heavy."""

from __future__ import annotations

import subprocess
import sys

import pytest

from pmladder import __version__
from pmladder.cli import main

HEAVY = ("yaml", "pydantic", "rich")


def _imported_after(args: list[str]) -> set[str]:
    code = (
        "import sys\n"
        "from pmladder.entry import main\n"
        "try:\n"
        f"    main({args!r})\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(' '.join(sorted({m.split('.')[0] for m in sys.modules})))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return set(out.split()[-1000:])


def test_version_prints_the_version(capsys: pytest.CaptureFixture[str]) -> None:
    from pmladder.entry import main as entry_main

    assert entry_main(["--version"]) == 0
    assert capsys.readouterr().out == f"pmladder {__version__}\n"


def test_version_through_the_full_cli(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"pmladder {__version__}\n"


def test_version_imports_none_of_yaml_pydantic_rich() -> None:
    loaded = _imported_after(["--version"])
    assert not loaded & set(HEAVY), sorted(loaded & set(HEAVY))
    assert "typer" not in loaded


def test_help_imports_neither_yaml_nor_pydantic() -> None:
    loaded = _imported_after(["--help"])
    assert not loaded & {"yaml", "pydantic"}, sorted(loaded & {"yaml", "pydantic"})


def test_python_dash_m_runs_the_cli() -> None:
    result = subprocess.run([sys.executable, "-m", "pmladder", "--version"], capture_output=True, text=True)
    assert result.returncode == 0
    assert result.stdout == f"pmladder {__version__}\n"


def test_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for command in ("assess", "compare", "validate", "schema", "ladders", "show"):
        assert f"  {command}" in out, command


def test_no_arguments_shows_help_and_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    captured = capsys.readouterr()
    assert "Usage: pmladder" in captured.out + captured.err


def test_unknown_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["frobnicate"]) == 2
    assert capsys.readouterr().err == "pmladder: unknown command 'frobnicate'; try pmladder --help\n"


def test_an_expected_error_is_one_line_without_traceback(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show", "no-such-ladder"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("pmladder: unknown ladder 'no-such-ladder'; bundled ladders: ")
    assert err.count("\n") == 1
    assert "Traceback" not in err
