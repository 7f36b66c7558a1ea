"""The bundled ladders ship inside the wheel and are found by both editable and regular installs."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from pmladder.io.ladder_files import bundled_dir, bundled_ladder_files

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = ("b2b-healthcare", "b2b-business", "pm-generic", "pmm")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (found,) = out.glob("pmladder-*.whl")
    return found


def test_this_install_finds_the_top_level_ladders_folder() -> None:
    names = {p.stem for p in bundled_ladder_files()}
    assert set(BUNDLED) <= names
    assert (bundled_dir() / "taxonomy.yaml").is_file()


@pytest.mark.slow
def test_the_wheel_contains_every_ladder_and_the_taxonomy(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for ladder in (*BUNDLED, "taxonomy"):
        assert f"pmladder/ladders/{ladder}.yaml" in names
    assert "pmladder/py.typed" in names


@pytest.mark.slow
def test_a_regular_install_of_the_wheel_finds_the_ladders(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target), str(wheel)],
        check=True,
        capture_output=True,
    )
    code = (
        "import pmladder.io.ladder_files as l, pmladder.io.ladders as ll; "
        "print(l.bundled_dir()); print(' '.join(p.stem for p in l.bundled_ladder_files())); "
        "print(ll.ladder_named('b2b-healthcare').id)"
    )
    # PYTHONPATH puts the wheel's copy ahead of the editable install of this checkout
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin"},
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    folder, names, ladder_id = result.stdout.splitlines()
    assert Path(folder).is_relative_to(target)
    assert set(BUNDLED) <= set(names.split())
    assert ladder_id == "b2b-healthcare"


# `python -m pmladder` in a source checkout, as a regular (not editable) install sees it: the checkout's
# package folder shadows the installed one, which alone has pmladder.ladders. The editable install's
# finder would hide the problem, so it is removed first.
_AS_A_REGULAR_INSTALL = """
import runpy, sys
sys.meta_path[:] = [f for f in sys.meta_path if "editable" not in getattr(f, "__module__", "").lower()]
sys.path.insert(0, "")
sys.argv = ["pmladder", *sys.argv[1:]]
runpy.run_module("pmladder", run_name="__main__", alter_sys=True)
"""


@pytest.mark.parametrize(
    "args",
    [
        ["validate"],
        ["ladders", "--lang", "en"],
        ["show", "pm-generic", "--lang", "en"],
        ["compare", "pm-generic", "pmm", "--lang", "en"],
        ["schema"],
        ["assess", "pm-generic", "--answers", "tests/personas/pm-generic/senior.yaml", "-f", "json", "-o", "-"],
    ],
    ids=lambda args: args[0],
)
def test_python_m_pmladder_works_from_the_checkout_root(args: list[str]) -> None:
    result = subprocess.run(
        [sys.executable, "-c", _AS_A_REGULAR_INSTALL, *args], capture_output=True, text=True, cwd=ROOT
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout


def _floors() -> dict[str, str]:
    """Each runtime dependency of pyproject.toml (and pytest) with its declared lower bound."""
    import re
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = [*project["dependencies"], *(d for d in project["optional-dependencies"]["test"] if "pytest" in d)]
    floors = {}
    for requirement in declared:
        match = re.match(r"^([A-Za-z0-9_.-]+)\s*>=\s*([0-9][^,;\s]*)", requirement)
        assert match, f"{requirement!r} declares no lower bound"
        floors[match[1].lower()] = match[2]
    return floors


def test_ci_tests_the_lowest_declared_versions() -> None:
    pinned = {}
    for line in (ROOT / "constraints" / "lowest.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, version = line.split("==")
            pinned[name.lower()] = version
    from packaging.version import Version

    floors = _floors()
    assert set(pinned) == set(floors)
    for name, floor in floors.items():
        assert Version(pinned[name]) == Version(floor), f"{name}: pyproject says >={floor}, CI tests {pinned[name]}"


@pytest.mark.slow
def test_the_wheel_contains_the_scorecard_templates_and_the_rules(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    templates = sorted(p.name for p in (ROOT / "scorecards").glob("*.yaml"))
    assert templates == ["industrial-value.yaml", "lifecycle-stages.yaml", "team-and-individual.yaml"]
    for name in templates:
        assert f"pmladder/scorecards/{name}" in names
    assert {"pmladder/rules/__init__.py", "pmladder/rules/scorecard.py", "pmladder/scorecard.py"} <= names
