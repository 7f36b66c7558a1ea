"""Shell completion: what bash, zsh and fish are offered, the scripts, and a fast start kept fast."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from pmladder.cli import main

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = ["b2b-business", "b2b-healthcare", "pm-generic", "pmm"]


def _bash(line: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> list[str]:
    """What bash's completion function gets for ``line`` (the word under the cursor is the last)."""
    words = line.split(" ")
    monkeypatch.setenv("_PMLADDER_COMPLETE", "complete_bash")
    monkeypatch.setenv("COMP_WORDS", line)
    monkeypatch.setenv("COMP_CWORD", str(len(words) - 1))
    assert main([]) == 0
    return [value for value in capsys.readouterr().out.splitlines() if value]


#: the commands, in the order --help lists them (command groups last)
COMMANDS = ["assess", "ladders", "show", "compare", "scorecard", "review", "status", "validate", "schema"]
COMMANDS += ["feedback", "history"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("pmladder ", COMMANDS),
        ("pmladder assess pm-generic --as ", ["self", "manager", "peer"]),
        ("pmladder as", ["assess"]),
        ("pmladder --", ["--version", "--install-completion", "--show-completion", "--help"]),
        ("pmladder assess ", BUNDLED),
        ("pmladder assess pm", ["pm-generic", "pmm"]),
        ("pmladder show b2b", ["b2b-business", "b2b-healthcare"]),
        ("pmladder compare pmm ", BUNDLED),
        ("pmladder assess pm-generic --target ", ["junior", "intermediate", "senior", "principal", "director"]),
        ("pmladder assess --lang en pm-generic --level-hint s", ["senior"]),
        ("pmladder assess b2b-healthcare --track ", ["management", "architect"]),
        ("pmladder compare pmm pm-generic --from ", ["associate", "pmm", "senior", "lead", "head", "vp"]),
        ("pmladder show pmm --level h", ["head"]),
        ("pmladder assess --format ", ["text", "json", "markdown"]),
        ("pmladder ladders --format ", ["text", "json"]),
        ("pmladder validate --format g", ["github"]),
        ("pmladder compare pmm pm-generic --format m", ["markdown"]),
        ("pmladder assess --lang ", ["zh", "en"]),
        ("pmladder assess --no-c", ["--no-compare"]),
        # nothing to offer: the shell completes file names (bash: complete -o default)
        ("pmladder assess ./tests/", []),
        ("pmladder assess pm-generic --output ", []),
        ("pmladder assess no-such-ladder --target ", []),
    ],
)
def test_bash_completes_commands_options_ladders_and_levels(
    line: str, expected: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _bash(line, monkeypatch, capsys) == expected


def test_the_users_own_ladders_complete_by_file_name(
    pmladder_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (pmladder_home / "ladders").mkdir()
    (pmladder_home / "ladders" / "pm-mine.yaml").write_text("not even a ladder\n", encoding="utf-8")
    # bundled first, then the user's (bash sorts them as it shows them)
    assert _bash("pmladder assess pm", monkeypatch, capsys) == ["pm-generic", "pmm", "pm-mine"]


def test_zsh_gets_ladder_names_as_descriptions(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("_PMLADDER_COMPLETE", "complete_zsh")
    monkeypatch.setenv("_TYPER_COMPLETE_ARGS", "pmladder assess pm-generic --target p")
    assert main([]) == 0
    assert capsys.readouterr().out == """_arguments '*: :(("principal":"Principal product manager"))'\n"""


@pytest.mark.parametrize(("lang", "kind"), [("en_US.UTF-8", "bundled ladder"), ("zh_CN.UTF-8", "内置职级体系")])
def test_fish_gets_what_each_ladder_is_in_the_users_language(
    lang: str, kind: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("LANG", lang)
    monkeypatch.setenv("_PMLADDER_COMPLETE", "complete_fish")
    monkeypatch.setenv("_TYPER_COMPLETE_FISH_ACTION", "get-args")
    monkeypatch.setenv("_TYPER_COMPLETE_ARGS", "pmladder show pm")
    assert main([]) == 0
    assert capsys.readouterr().out == f"pm-generic\t{kind}\npmm\t{kind}\n"


def _no_shellingham(monkeypatch: pytest.MonkeyPatch, shell: str) -> None:
    """As if shellingham could not tell, and ``$SHELL`` is ``shell``."""
    import typer._completion_shared

    monkeypatch.setattr(typer._completion_shared, "_get_shell_name", lambda: None)
    monkeypatch.setenv("SHELL", shell)


def test_show_completion_prints_the_script_of_the_current_shell(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _no_shellingham(monkeypatch, "/bin/bash")
    assert main(["--show-completion"]) == 0
    out = capsys.readouterr().out
    assert "COMP_CWORD=$COMP_CWORD" in out
    assert "_PMLADDER_COMPLETE=complete_bash $1" in out
    assert out.rstrip().endswith("complete -o default -F _pmladder_completion pmladder")
    _no_shellingham(monkeypatch, "/usr/bin/zsh")
    assert main(["--show-completion"]) == 0
    assert "compdef _pmladder_completion pmladder" in capsys.readouterr().out


def test_install_completion_installs_for_the_current_shell(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    _no_shellingham(monkeypatch, "/bin/bash")
    assert main(["--install-completion"]) == 0
    script = tmp_path / ".bash_completions" / "pmladder.sh"
    assert capsys.readouterr().out == f"installed bash completion in {script}; it works in a new terminal\n"
    assert "complete -o default -F _pmladder_completion pmladder" in script.read_text(encoding="utf-8")
    assert f"source '{script}'" in (tmp_path / ".bashrc").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("shell", "lang", "error"),
    [
        ("/bin/tcsh", "en", "pmladder: no completion for shell 'tcsh'; shells: bash, zsh, fish, powershell, pwsh\n"),
        ("/bin/tcsh", "zh", "pmladder: 不支持 shell 'tcsh' 的补全；支持：bash, zsh, fish, powershell, pwsh\n"),
        (
            "",
            "en",
            "pmladder: cannot tell which shell this is; name it: _PMLADDER_COMPLETE=source_bash pmladder "
            "(shells: bash, zsh, fish, powershell, pwsh)\n",
        ),
    ],
)
def test_a_shell_without_completion_is_a_usage_error(
    shell: str, lang: str, error: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _no_shellingham(monkeypatch, shell)
    monkeypatch.setenv("LANG", "zh_CN.UTF-8" if lang == "zh" else "C")
    assert main(["--show-completion"]) == 2
    assert capsys.readouterr().err == error


def test_any_shell_script_by_name(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("_PMLADDER_COMPLETE", "source_fish")
    assert main([]) == 0
    assert capsys.readouterr().out.startswith("complete --command pmladder --no-files --arguments")


def _imported_while_completing(line: str) -> set[str]:
    code = (
        "import os, sys\n"
        f"os.environ.update(_PMLADDER_COMPLETE='complete_bash', COMP_WORDS={line!r}, "
        f"COMP_CWORD={str(len(line.split(' ')) - 1)!r})\n"
        "from pmladder.entry import main\n"
        "try:\n"
        "    main([])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('\\nMODULES', ' '.join(sorted({m.split('.')[0] for m in sys.modules})))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    return set(result.stdout.split("MODULES")[-1].split())


def test_completing_commands_and_ladder_ids_reads_no_yaml() -> None:
    # (pydantic is another matter: typer itself imports it to parse the words of the command line)
    for line in ("pmladder ", "pmladder assess pm", "pmladder show "):
        assert "yaml" not in _imported_while_completing(line), line
