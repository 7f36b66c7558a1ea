"""Where pmladder keeps user data: the platformdirs user data folder, or $PMLADDER_HOME."""

from __future__ import annotations

import os
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


def user_ladder_dir() -> Path:
    """Where a user's own ladders live: ``<data dir>/ladders``; `pmladder ladders` and `assess` list them."""
    return data_dir() / "ladders"


def user_ladder_files() -> list[Path]:
    """The user's own ladder files, sorted."""
    folder = user_ladder_dir()
    return sorted(p for p in folder.glob("*.yaml") if p.is_file()) if folder.is_dir() else []
