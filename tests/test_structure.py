"""The shape docs/architecture.md promises: no import cycle, small functions and modules, words at the edge."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "pmladder"

#: the edge: the only modules that turn codes into words (and may import the catalogues)
EDGE = ("pmladder.cli", "pmladder.render", "pmladder.i18n", "pmladder.entry", "pmladder.__main__")

#: radon's cyclomatic complexity above which a function is split (docs/architecture.md)
MAX_COMPLEXITY = 15
#: lines above which a module is split by job; message catalogues (data) are exempt
MAX_MODULE_LINES = 500


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def _name(path: Path) -> str:
    name = path.relative_to(PACKAGE.parent).with_suffix("").as_posix().replace("/", ".")
    return name.removesuffix(".__init__")


#: what the core may take from pmladder.i18n: types, never the functions that make words
TYPES_OF_I18N = {"Lang", "LANGS", "Catalogue"}

#: bilingual data handing out its own text in the language the edge asks for
DATA_ACCESSORS = {("pmladder.model.ladder", "get")}


def _is_edge(name: str) -> bool:
    return name.startswith(EDGE)


def _is_catalogue(name: str) -> bool:
    return name.startswith("pmladder.i18n.")


_NAMES = {_name(path) for path in _modules()}


def _imported(path: Path) -> Iterator[tuple[str, int]]:
    """Every pmladder module ``path`` imports, at the top or inside a function, with the line; imports
    made only for type checking are left out (they never run)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            node.body = []  # type: ignore[assignment]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name in _NAMES:
                    yield alias.name, node.lineno
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:  # `from pmladder import loader` imports the module pmladder.loader
                candidate = f"{node.module}.{alias.name}"
                if candidate in _NAMES:
                    yield candidate, node.lineno
                elif node.module in _NAMES:
                    yield node.module, node.lineno


def _graph() -> dict[str, set[str]]:
    return {_name(path): {target for target, _ in _imported(path)} - {_name(path)} for path in _modules()}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def test_no_import_cycle_between_pmladder_modules() -> None:
    """A package's ``__init__`` importing its submodules counts too, lazy imports inside functions too."""
    assert _cycles(_graph()) == []


@pytest.mark.parametrize("path", _modules(), ids=_name)
def test_the_core_imports_no_catalogue(path: Path) -> None:
    """Words are made at the edge: a core module returns codes and parameters, never sentences."""
    name = _name(path)
    if _is_edge(name):
        pytest.skip("the edge")
    catalogues = sorted({target for target, _ in _imported(path) if _is_catalogue(target)})
    assert not catalogues, f"{name} imports {catalogues}: return a code and parameters instead"
    tree = ast.parse(path.read_text(encoding="utf-8"))
    words = [
        f"{alias.name}:{node.lineno}"
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module == "pmladder.i18n"
        for alias in node.names
        if alias.name not in TYPES_OF_I18N
    ]
    assert not words, f"{name} makes words ({words}): return a code and parameters instead"


@pytest.mark.parametrize("path", _modules(), ids=_name)
def test_the_core_takes_no_language(path: Path) -> None:
    """No core function has a ``lang`` parameter: the language is the edge's business."""
    name = _name(path)
    if _is_edge(name):
        pytest.skip("the edge")
    tree = ast.parse(path.read_text(encoding="utf-8"))
    takers = [
        f"{node.name}:{node.lineno}"
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        and any(arg.arg == "lang" for arg in [*node.args.args, *node.args.kwonlyargs, *node.args.posonlyargs])
        and (name, node.name) not in DATA_ACCESSORS
    ]
    assert not takers, f"{name}: {takers} take a language"


@pytest.mark.parametrize("path", _modules(), ids=_name)
def test_no_function_is_too_complex(path: Path) -> None:
    from radon.complexity import cc_visit

    blocks = cc_visit(path.read_text(encoding="utf-8"))
    too_complex = []
    for block in blocks:
        for item in [block, *getattr(block, "methods", [])]:
            if item.complexity > MAX_COMPLEXITY and type(item).__name__ == "Function":
                too_complex.append(f"{item.fullname}:{item.lineno} ({item.complexity})")
    assert not too_complex, f"{_name(path)}: split {too_complex}"


@pytest.mark.parametrize("path", _modules(), ids=_name)
def test_no_module_is_too_long(path: Path) -> None:
    if _is_catalogue(_name(path)):
        pytest.skip("a message catalogue: data")
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_MODULE_LINES, f"{_name(path)} has {lines} lines: split it by job"


@pytest.mark.parametrize("path", sorted((PACKAGE / "cli").glob("*.py")), ids=_name)
def test_commands_are_thin(path: Path) -> None:
    """A command module parses options, calls one core function, renders and exits."""
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= 220, f"{_name(path)} has {lines} lines: move the work into the core"


def _codes_in_source() -> list[tuple[str, str, int]]:
    """Every message code written as a literal in pmladder: the first argument of an error or a ``Msg``,
    and ``code=`` of an ``Issue``."""
    found = []
    for path in _modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            literal = None
            if name in NOT_OURS:
                continue
            if (name.endswith("Error") or name in {"Msg", "InterruptedSession", "TargetNotAbove"}) and node.args:
                literal = node.args[0]
            elif name == "Issue":
                literal = next((k.value for k in node.keywords if k.arg == "code"), None)
            if isinstance(literal, ast.Constant) and isinstance(literal.value, str):
                found.append((literal.value, _name(path), node.lineno))
    return found


#: errors whose messages are not pmladder's (a developer's ValueError, pydantic's own error types)
NOT_OURS = {"ValueError", "TypeError", "KeyError", "AttributeError", "RuntimeError", "OSError", "PydanticCustomError"}


def test_every_code_written_in_the_source_has_words() -> None:
    """A code in the source has its sentence in a catalogue (directly, or as ``code.variant`` entries): no
    sentence passes itself off as a code, and no code is shown raw."""
    from pmladder.i18n import catalogues, lookup

    codes = set(catalogues())
    missing = [
        f"{module}:{line} {code!r}"
        for code, module, line in _codes_in_source()
        if lookup(code) is None and not any(known.startswith(code + ".") for known in codes)
    ]
    assert not missing, missing


def test_every_catalogue_entry_has_both_languages_with_the_same_parameters() -> None:
    import string

    from pmladder.i18n import catalogues

    def fields(template: str) -> set[str]:
        return {name.split(".")[0].split("[")[0] for _, name, _, _ in string.Formatter().parse(template) if name}

    broken = [
        code
        for code, words in catalogues().items()
        if set(words) != {"zh", "en"} or fields(words["zh"]) != fields(words["en"])
    ]
    assert not broken, broken


def test_codes_are_unique_across_catalogues() -> None:
    import importlib
    import pkgutil

    import pmladder.i18n as i18n

    seen: dict[str, str] = {}
    twice = []
    for info in pkgutil.iter_modules(i18n.__path__):
        for code in getattr(importlib.import_module(f"pmladder.i18n.{info.name}"), "MESSAGES", {}):
            if code in seen:
                twice.append(f"{code} in {seen[code]} and {info.name}")
            seen[code] = info.name
    assert not twice, twice


def test_the_list_of_codes_outside_their_area_is_up_to_date() -> None:
    """``i18n.lookup`` reads the one catalogue a code's area names, or the one ``_elsewhere`` lists: a code
    missing there would have no words. Regenerate with
    ``python -c "import pmladder.i18n as i; open('pmladder/i18n/_elsewhere.py', 'w').write(i.elsewhere_source())"``."""
    from pathlib import Path

    import pmladder.i18n as i18n

    written = (Path(i18n.__file__).parent / "_elsewhere.py").read_text(encoding="utf-8")
    assert written == i18n.elsewhere_source()


def test_lookup_without_merging_gives_what_the_merged_catalogues_give() -> None:
    import subprocess
    import sys

    script = (
        "import pmladder.i18n as i\n"
        "codes = [c for c in __import__('json').loads(input())]\n"
        "found = {c: i.lookup(c) for c in codes}\n"
        "assert i._ALL is None, 'lookup merged the catalogues'\n"
        "merged = i.catalogues()\n"
        "wrong = [c for c in codes if found[c] != merged.get(c)]\n"
        "assert not wrong, wrong\n"
    )
    import json

    from pmladder.i18n import catalogues

    codes = [*catalogues(), "no-such-code", "cli.no-such-code", "report.reason.no-such-variant"]
    subprocess.run([sys.executable, "-c", script], input=json.dumps(codes), text=True, check=True)
