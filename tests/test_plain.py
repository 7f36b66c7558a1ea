"""The plain path (pmladder/cli/plain.py) reads a command line exactly as typer does, or leaves it to typer."""

from __future__ import annotations

import enum
import inspect
import json
import random
import subprocess
import sys
import typing
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from pmladder.cli import main, plain
from pmladder.cli.app import COMMAND_MODULES
from pmladder.cli.params import Argument, Option
from pmladder.cli.typer_app import for_typer

ROOT = Path(__file__).resolve().parent.parent
#: the commands the plain path runs (every parameter declared with pmladder.cli.params)
PLAIN = sorted(
    name
    for name in (module.rsplit(".", 1)[1] for module in COMMAND_MODULES)
    if (f := plain.command_function(name)) is not None and plain.specs_of(f)
)


def test_the_commands_users_run_most_are_plain() -> None:
    assert {"show", "compare", "assess"} <= set(PLAIN)


def _typer_reading(name: str, tokens: list[str]) -> dict[str, Any] | None:
    """What typer passes to the command ``name`` for ``tokens``, or None when it refuses them."""
    function = plain.command_function(name)
    assert function is not None
    hints = typing.get_type_hints(function, include_extras=True)
    signature = inspect.signature(function)
    received: dict[str, Any] = {}

    def recorder(**values: Any) -> None:
        received.update(values)

    recorder.__signature__ = signature.replace(  # type: ignore[attr-defined]
        parameters=[p.replace(annotation=hints[p.name]) for p in signature.parameters.values()]
    )
    recorder.__annotations__ = dict(hints)
    app = typer.Typer()
    app.command(name)(for_typer(recorder))
    result = CliRunner().invoke(app, tokens)
    return received if result.exit_code == 0 and received else None


def _samples(spec: plain.Spec) -> list[str]:
    if spec.kind is bool:
        return []
    if isinstance(spec.kind, type) and issubclass(spec.kind, enum.StrEnum):
        values = [m.value for m in spec.kind]
        return [*values, values[0].upper(), values[-1].title(), "bogus", ""]
    if spec.kind is int:
        return ["3", "-2", "0x1", "1_0", " 4"]
    if spec.kind is float:
        return ["3.5", ".5", "-1", "1e3", "nan"]
    return ["pm-generic", "产品专员", "-", "a=b", "", "x y", "--lang", "-x", "result.json"]


def _random_lines(name: str, count: int, seed: int) -> list[list[str]]:
    """Command lines made of the command's own options and arguments, in every form, right or wrong."""
    function = plain.command_function(name)
    assert function is not None
    specs = plain.specs_of(function)
    assert specs is not None
    rng = random.Random(seed)
    lines = []
    for _ in range(count):
        tokens: list[str] = []
        for spec in rng.sample(specs, rng.randint(0, len(specs))):
            if isinstance(spec.param, Argument):
                tokens.append(rng.choice(_samples(spec) or ["x"]))
                continue
            assert isinstance(spec.param, Option)
            decl = rng.choice(spec.param.decls)
            if spec.kind is bool:
                tokens.append(decl if rng.random() > 0.1 else f"{decl}=1")
                continue
            value = rng.choice(_samples(spec))
            form = rng.random()
            tokens += [f"{decl}={value}"] if form < 0.3 and decl.startswith("--") else [decl, value]
        extra = rng.random()
        if extra < 0.05:
            tokens.append("--bogus")
        elif extra < 0.1 and tokens:
            tokens.append(tokens[0])  # something given twice
        elif extra < 0.13:
            tokens.insert(rng.randint(0, len(tokens)), "--")
        lines.append(tokens)
    return lines


@pytest.mark.parametrize("name", PLAIN)
def test_every_plain_reading_is_typers(name: str) -> None:
    """For a few hundred command lines of each plain command: when the plain path reads one, typer reads
    it to the same values (the plain path may decline a line typer accepts, never the other way round)."""
    function = plain.command_function(name)
    assert function is not None
    specs = plain.specs_of(function)
    assert specs is not None
    read = 0
    for tokens in _random_lines(name, 300, seed=len(name)):
        mine = plain.parse(specs, tokens)
        if mine is None:
            continue
        read += 1
        assert _typer_reading(name, tokens) == mine, tokens
    assert read > 30  # the sample is not all declined


@pytest.mark.parametrize(
    "tokens",
    [
        ["--help"],
        ["pm-generic", "-h"],
        ["pm-generic", "--level", "-x"],
        ["pm-generic", "-lspecialist"],
        ["pm-generic", "--", "--level"],
        ["pm-generic", "--level", "a", "--level", "b"],
        ["pm-generic", "--format", "yaml"],
        ["pm-generic", "--level"],
        ["pm-generic", "b2b-healthcare"],
        [],
    ],
)
def test_what_the_plain_path_leaves_to_typer(tokens: list[str]) -> None:
    function = plain.command_function("show")
    assert function is not None
    specs = plain.specs_of(function)
    assert specs is not None
    assert plain.parse(specs, tokens) is None


def test_a_command_declared_with_typers_options_is_typers() -> None:
    function = plain.command_function("validate")
    assert function is not None
    assert plain.specs_of(function) is None
    assert plain.command_function("no-such-command") is None


LINES = [
    ["show", "pm-generic", "--lang", "en"],
    ["show", "b2b-healthcare", "--level", "产品专员", "--format", "MARKDOWN", "--lang", "zh"],
    ["show", "pm-generic", "-c", "analysis", "-f", "json"],
    ["show", "pm-generic", "--level", "specialist", "--lang", "en"],
    ["show", "no-such-ladder", "--lang", "zh"],
    ["compare", "b2b-healthcare", "pm-generic", "--lang", "en"],
    ["compare", "pm-generic", "--from", "junior", "--to", "senior", "--format=markdown", "--lang", "en"],
    ["compare", "pm-generic", "--lang", "en"],
    ["assess", "pm-generic", "--answers", "tests/personas/pm-generic/senior.yaml", "--no-save", "--lang", "en"],
    ["assess", "pm-generic", "-a", "tests/personas/pm-generic/senior.yaml", "--no-save", "-f", "json"],
    ["assess", "pm-generic", "--answers", "missing.yaml", "--no-save", "--lang", "zh"],
]


@pytest.mark.parametrize("args", LINES, ids=[" ".join(line) for line in LINES])
def test_the_plain_path_and_typer_say_the_same(
    args: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(ROOT)
    function = plain.command_function(args[0])
    assert function is not None
    specs = plain.specs_of(function)
    assert specs is not None and plain.parse(specs, args[1:]) is not None  # the plain path reads it
    plain_code = main(args)
    plain_out = capsys.readouterr()
    monkeypatch.setattr(plain, "run_plain", lambda args: None)
    typer_code = main(args)
    typer_out = capsys.readouterr()
    if args[0] == "assess" and "json" in args:  # made a second apart, maybe
        plain_out, typer_out = (_undated(out) for out in (plain_out, typer_out))
        assert json.loads(plain_out.out)["ladder"] == "pm-generic"
    assert (plain_code, plain_out.out, plain_out.err) == (typer_code, typer_out.out, typer_out.err)


def _undated(out: Any) -> Any:
    """A report's JSON without the moment it was made."""
    data = json.loads(out.out)
    data.pop("created")
    return type(out)(json.dumps(data), out.err)


@pytest.mark.parametrize(
    "args",
    [["show", "b2b-healthcare"], ["compare", "b2b-healthcare", "pm-generic"], ["show", "nope"]],
)
def test_a_plain_command_line_imports_no_typer_and_no_plugin_search(args: list[str]) -> None:
    """typer (~40 ms) and pydantic's plugin search (importlib.metadata, ~10 ms) stay out of these runs."""
    code = (
        "import sys; from pmladder.entry import main; main(sys.argv[1:]); "
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'typer', 'click', 'importlib_metadata'}), "
        "'importlib.metadata' in sys.modules, file=sys.stderr)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert done.stderr.splitlines()[-1] == "[] False"


def test_every_command_module_is_listed() -> None:
    """A command module declares its commands in pmladder.cli.app; the typer app imports the listed ones."""
    listed = set(COMMAND_MODULES)
    on_disk = {
        f"pmladder.cli.{p.stem}"
        for p in (ROOT / "pmladder" / "cli").glob("*.py")
        if "@app.command" in p.read_text(encoding="utf-8") or "app.add_typer" in p.read_text(encoding="utf-8")
    }
    assert on_disk - {"pmladder.cli.app", "pmladder.cli.typer_app", "pmladder.cli.groups"} <= listed
