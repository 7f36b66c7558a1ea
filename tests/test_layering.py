"""The layering of docs/architecture.md, checked by reading every module's imports with ast."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "pmladder"
UI_LIBRARIES = {"typer", "rich", "click"}
STDLIB = set(sys.stdlib_module_names)


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def _name(path: Path) -> str:
    return path.relative_to(PACKAGE.parent).with_suffix("").as_posix().replace("/", ".")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def _top(imports: set[str]) -> set[str]:
    return {name.split(".")[0] for name in imports}


def _is_ui(name: str) -> bool:
    # entry.py and __main__.py sit above the CLI: they only hand over to it
    top = ("pmladder.entry", "pmladder.__main__")
    return name.startswith(("pmladder.cli", "pmladder.render", "pmladder.cli.prompting")) or name in top


def test_every_module_is_found() -> None:
    names = {_name(p) for p in _modules()}
    expected = {"pmladder.io.yamldoc", "pmladder.model.ladder", "pmladder.cli"}
    assert expected <= {n.removesuffix(".__init__") for n in names}


@pytest.mark.parametrize("path", _modules(), ids=_name)
def test_core_never_imports_the_ui(path: Path) -> None:
    name = _name(path)
    if _is_ui(name):
        pytest.skip("UI layer")
    assert not (_top(_imports(path)) & UI_LIBRARIES), f"{name} imports a UI library"
    ui_modules = {i for i in _imports(path) if _is_ui(i)}
    assert not ui_modules, f"{name} imports the UI layer: {sorted(ui_modules)}"


@pytest.mark.parametrize("path", _modules(), ids=_name)
def test_only_the_cli_imports_typer(path: Path) -> None:
    if _name(path).startswith("pmladder.cli"):
        pytest.skip("CLI layer")
    assert not ({"typer", "click"} & _top(_imports(path))), f"{_name(path)} imports typer or click"


#: the YAML reader: the quick pass and positions, the careful reader, the parser's errors as issues
YAML_READERS = {"pmladder.io.yamldoc", "pmladder.io.compose", "pmladder.io.syntax"}


@pytest.mark.parametrize("path", _modules(), ids=_name)
def test_only_the_loader_parses_yaml(path: Path) -> None:
    if _name(path) in YAML_READERS:
        pytest.skip("the YAML reader")
    assert "yaml" not in _top(_imports(path)), f"{_name(path)} imports yaml: parse through pmladder.io.yamldoc"


@pytest.mark.parametrize("path", sorted((PACKAGE / "model").glob("*.py")), ids=_name)
def test_models_import_only_pydantic_and_the_stdlib(path: Path) -> None:
    allowed = STDLIB | {"pydantic", "pydantic_core", "pmladder", "__future__"}
    assert _top(_imports(path)) <= allowed, f"{_name(path)} imports {sorted(_top(_imports(path)) - allowed)}"


@pytest.mark.parametrize("path", _modules(), ids=_name)
def test_only_prompting_and_the_cli_touch_stdin(path: Path) -> None:
    name = _name(path)
    if name.startswith(("pmladder.cli", "pmladder.cli.prompting")):
        pytest.skip("allowed to read stdin")
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr == "stdin":
            pytest.fail(f"{name}:{node.lineno} uses stdin; inject the input stream instead")
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "input":
            pytest.fail(f"{name}:{node.lineno} calls input(); inject the input stream instead")


@pytest.mark.parametrize("path", _modules(), ids=_name)
def test_every_module_has_a_docstring_and_future_annotations(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstring = ast.get_docstring(tree)
    assert docstring, f"{_name(path)} has no module docstring"
    assert "\n" not in docstring.strip(), f"{_name(path)}: the module docstring should be one line"
    futures = [n for n in tree.body if isinstance(n, ast.ImportFrom) and n.module == "__future__"]
    assert futures or not tree.body[1:], f"{_name(path)} lacks `from __future__ import annotations`"


def _pmladder_imports(path: Path) -> set[str]:
    """The pmladder modules ``path`` imports (``from pmladder import plan`` counts as ``pmladder.plan``)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.startswith("pmladder"))
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("pmladder"):
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


@pytest.mark.parametrize(
    ("lower", "higher"),
    [("scoring", {"pmladder.plan", "pmladder.assess", "pmladder.progress"}), ("plan", {"pmladder.assess"})],
)
def test_the_assess_use_case_sits_above_plan_and_scoring(lower: str, higher: set[str]) -> None:
    """assess -> plan -> scoring, never back: scoring once imported plan lazily, and plan scoring."""
    paths = sorted((PACKAGE / lower).glob("*.py")) if (PACKAGE / lower).is_dir() else [PACKAGE / f"{lower}.py"]
    for path in paths:
        wrong = _pmladder_imports(path) & higher
        assert not wrong, f"{_name(path)} imports {sorted(wrong)}: the use case (pmladder/assess.py) composes them"


def _top_level_imports(path: Path) -> set[str]:
    """The modules ``path`` imports when it is imported: not inside a function, not under TYPE_CHECKING."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


#: the render modules that make words and blocks: Markdown and JSON output never load Rich for them
BLOCK_MODULES = ["blocks", "to_markdown", "ladder", "compare", "assessment", "report_words", "review", "__init__"]


@pytest.mark.parametrize("module", BLOCK_MODULES)
def test_renderers_build_blocks_without_rich(module: str) -> None:
    imports = _top_level_imports(PACKAGE / "render" / f"{module}.py")
    assert "rich" not in _top(imports), f"pmladder.render.{module} imports rich: only to_rich.py and what it draws with"
    assert "pmladder.render.to_rich" not in imports


#: the modules of pmladder/cli that are not a command: the boundary, the declarations and the two ways of reading a
#: command line, what commands share (rated: the options of rating someone else), completion, usage words
CLI_SHARED = {
    "__init__", "app", "boundary", "common", "complete", "groups", "output", "params", "plain", "rated", "typer_app",
    "usage",
}


@pytest.mark.parametrize("path", sorted((PACKAGE / "cli").glob("*.py")), ids=_name)
def test_a_command_module_imports_no_other_command_module(path: Path) -> None:
    commands = {p.stem for p in (PACKAGE / "cli").glob("*.py")} - CLI_SHARED
    if path.stem == "__init__":
        pytest.skip("the app registers every command")
    imported = {name.removeprefix("pmladder.cli.") for name in _imports(path) if name.startswith("pmladder.cli.")}
    assert not imported & (commands - {path.stem}), f"{_name(path)} imports a command module: share through cli/common"


@pytest.mark.parametrize("path", _modules(), ids=_name)
def test_the_core_imports_no_catalogue(path: Path) -> None:
    """Words are made at the edge: a core module gives codes and parameters, never imports a catalogue."""
    name = _name(path)
    if _is_ui(name) or name.startswith("pmladder.i18n"):
        pytest.skip("the edge")
    catalogues = {i for i in _imports(path) if i.startswith("pmladder.i18n.")}
    assert not catalogues, f"{name} imports {sorted(catalogues)}: give a code and parameters instead"


#: modules whose functions speak in codes: no parameter named ``lang`` (``loader_lang`` is transitional:
#: the loader's own sentences, until it gives codes)
SPEAK_IN_CODES = ("questionnaire", "session", "storage", "files", "process", "rules/answers", "answers_file",
                  "ladder_menu", "assess", "plan", "progress", "scoring/__init__", "scoring/cells",
                  "scoring/competency", "scoring/levels", "scoring/confidence", "scoring/holds_back",
                  "compare/__init__", "compare/refs", "compare/align", "compare/views", "compare/translate")


@pytest.mark.parametrize("module", SPEAK_IN_CODES)
def test_the_assess_core_takes_no_lang(module: str) -> None:
    tree = ast.parse((PACKAGE / f"{module}.py").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            names = [a.arg for a in (*node.args.posonlyargs, *node.args.args, *node.args.kwonlyargs)]
            assert "lang" not in names, f"{module}.{node.name} takes lang"


@pytest.mark.parametrize("path", sorted((PACKAGE / "io").glob("*.py")), ids=_name)
def test_io_takes_no_lang(path: Path) -> None:
    """io/ gives codes and parameters, so it takes no ``lang`` (but the one load path, whose callers still
    pass one it no longer uses)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name != "load_ladder":
            names = {a.arg for a in [*node.args.args, *node.args.kwonlyargs, *node.args.posonlyargs]}
            assert "lang" not in names, f"{_name(path)}.{node.name} takes lang"


#: what a cached `validate` imports (entry.py's plain path): the stdlib and these modules only, at the top of
#: each module, so that it answers before pydantic, yaml, typer or rich (docs/architecture.md)
CACHED_PATH = (
    "pmladder.__init__",
    "pmladder.entry",
    "pmladder.process",
    "pmladder.errors",
    "pmladder.i18n.__init__",
    "pmladder.safetext",
    "pmladder.files",
    "pmladder.cache",
    "pmladder.model.__init__",
    "pmladder.model.report",
    "pmladder.render.__init__",
    "pmladder.render.issues",
)


def _top_level_imports(path: Path) -> set[str]:
    """The modules ``path`` imports when it is imported (not inside functions, not for type checking)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


@pytest.mark.parametrize("name", CACHED_PATH)
def test_the_cached_validate_path_imports_only_the_stdlib_and_itself(name: str) -> None:
    path = PACKAGE.parent / (name.replace(".", "/") + ".py")
    allowed = {n.removesuffix(".__init__") for n in CACHED_PATH} | {"pmladder"}
    outside = {
        i for i in _top_level_imports(path)
        if not (_top({i}) <= STDLIB or i in allowed or i.startswith("pmladder.i18n."))
    }
    assert not outside, f"{name} imports {sorted(outside)} at its top: a cached validate would load them"
    assert "pathlib" not in _top_level_imports(path), f"{name} imports pathlib (~10 ms)"
    assert "dataclasses" not in _top_level_imports(path), f"{name} imports dataclasses (~6 ms with inspect)"
