"""Where pmladder keeps user data: the platformdirs user data folder, or $PMLADDER_HOME."""

from __future__ import annotations

import os
import stat
from pathlib import Path

#: Set this to a folder to keep every saved file there instead of the platform's user data folder.
HOME_ENV = "PMLADDER_HOME"


def data_dir() -> Path:
    """``$PMLADDER_HOME`` when set, else platformdirs' user data folder for pmladder (not created here)."""
    override = os.environ.get(HOME_ENV)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("pmladder", appauthor=False))


def bundled_ladder_dir() -> Path:
    """The folder of bundled ladders (the top-level ladders/ folder, shipped as pmladder.ladders);
    stdlib only, so that shell completion lists ladder ids without loading the loader."""
    installed = Path(__file__).resolve().parent / "ladders"
    if (installed / "__init__.py").is_file():  # a regular install: found without importlib.resources (~10 ms)
        return installed
    from importlib import resources

    try:
        return Path(str(resources.files("pmladder.ladders")))
    except ModuleNotFoundError:
        # `python -m pmladder` in a source checkout: the checkout's package folder shadows the installed
        # one, and pmladder.ladders exists only in an install (the package-dir mapping); the checkout's
        # own top-level ladders/ folder is the same data.
        return Path(__file__).resolve().parent.parent / "ladders"


def user_ladder_dir() -> Path:
    """Where a user's own ladders live: ``<data dir>/ladders``; `pmladder ladders` and `assess` list them."""
    return data_dir() / "ladders"


def scan_user_ladders() -> tuple[list[Path], OSError | None]:
    """Every ``*.yaml`` in the user ladder folder that is a file, sorted, broken links included (reading one
    says what is wrong with it); and why the folder cannot be listed (None when it can, or when there is none)."""
    folder = user_ladder_dir()
    names: list[str] = []
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                if not entry.name.endswith(".yaml") or entry.name.startswith("."):
                    continue
                try:
                    mode = entry.stat().st_mode  # through a link
                except OSError:
                    mode = None  # cannot tell (a loop, a link to nothing): listed, and reading it says why
                # a folder is no ladder, nor a named pipe, a socket or a device: never opened, never listed
                if mode is not None and not stat.S_ISREG(mode):
                    continue
                names.append(entry.name)
    except (FileNotFoundError, NotADirectoryError):
        return [], None
    except OSError as exc:
        return [], exc
    return sorted(folder / name for name in names), None


def user_ladder_files() -> list[Path]:
    """The user's own ladder files, sorted: those that are files (none when the folder cannot be read)."""
    found: list[Path] = []
    for path in scan_user_ladders()[0]:
        try:
            if path.is_file():
                found.append(path)
        except OSError:
            continue
    return found


def bundled_files() -> list[Path]:
    """Every bundled YAML file (the ladders and the taxonomy), sorted: what `validate` checks by default."""
    return sorted(bundled_ladder_dir().glob("*.yaml"))

