"""Saved assessments in the user data folder (platformdirs, or $PMLADDER_HOME); atomic writes."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

from pmladder.errors import UsageError
from pmladder.loader import load_model, read_bytes, require
from pmladder.model.assessment import Assessment
from pmladder.paths import HOME_ENV as HOME_ENV  # re-exported
from pmladder.paths import data_dir as data_dir  # re-exported: callers import it from here


def assessments_dir() -> Path:
    return data_dir() / "assessments"


def default_name(assessment: Assessment) -> str:
    """``<ladder>-<timestamp>.json`` with the timestamp made safe for file names (``20250301T093000``)."""
    stamp = re.sub(r"[^0-9T]", "", assessment.created.split("+")[0].split("Z")[0].split(".")[0])
    return f"{assessment.ladder}-{stamp}.json"


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so a reader sees the old file or the new one, never half of it."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise UsageError(f"{path}: cannot write ({exc.strerror})") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise UsageError(f"{path}: cannot write ({exc.strerror})") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def save_assessment(assessment: Assessment, path: Path | None = None) -> Path:
    """Save as JSON (by alias, versioned schema) to ``path`` or to the data folder; returns the path.

    Two assessments of the same ladder in the same second get ``-2``, ``-3``… rather than overwriting.
    """
    if path is None:
        folder = assessments_dir()
        path = folder / default_name(assessment)
        counter = 2
        while path.exists():
            path = folder / f"{default_name(assessment).removesuffix('.json')}-{counter}.json"
            counter += 1
    write_atomic(path, assessment.model_dump_json(by_alias=True, indent=2) + "\n")
    return path


def load_assessment(path: Path) -> Assessment:
    """Load a saved assessment; a damaged file is an InputError at ``file:line:col``."""
    return require(load_model(Assessment, read_bytes(path), str(path)))


def list_assessments() -> list[Path]:
    """Saved assessments in the data folder, oldest first (by modification time, then file name)."""
    folder = assessments_dir()
    if not folder.is_dir():
        return []
    files = [p for p in folder.glob("*.json") if p.is_file() and not p.name.startswith(".")]
    return sorted(files, key=lambda p: (p.stat().st_mtime_ns, p.name))
