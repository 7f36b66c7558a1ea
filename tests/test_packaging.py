"""The bundled ladders ship inside the wheel and are found by both editable and regular installs."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from pmladder.loader import bundled_dir, bundled_ladder_files

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
        "import pmladder.loader as l; "
        "print(l.bundled_dir()); print(' '.join(p.stem for p in l.bundled_ladder_files())); "
        "print(l.load_ladder('b2b-healthcare').id)"
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
