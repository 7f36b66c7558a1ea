"""The scorecard use case: find a template (bundled id, the user's own id, or a file), check it, score a period."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from pmladder.errors import NotFoundError, PmladderError, UsageError
from pmladder.model.scorecard import Scorecard, ScorecardResult, TemplateEntry, TemplateList, Text
from pmladder.model.scorecard_saved import SavedScorecard

if TYPE_CHECKING:
    from pmladder.model.scorecard import ScorecardValues
    from pmladder.scorecard_values import Locates

SUFFIX = ".yaml"


def bundled_dir() -> Path:
    """The folder of bundled templates (the top-level scorecards/ folder, shipped as pmladder.scorecards)."""
    from importlib import resources

    try:
        return Path(str(resources.files("pmladder.scorecards")))
    except ModuleNotFoundError:  # `python -m pmladder` in a source checkout (see paths.bundled_ladder_dir)
        return Path(__file__).resolve().parent.parent / "scorecards"


def user_dir() -> Path:
    """Where a user's own templates live: ``<data dir>/scorecards``."""
    from pmladder.paths import data_dir

    return data_dir() / "scorecards"


def _files(folder: Path) -> list[Path]:
    try:
        return sorted(p for p in folder.iterdir() if p.suffix == SUFFIX and p.is_file() and not p.name.startswith("."))
    except OSError:
        return []


def _name(path: Path) -> Text | None:
    """A template's name, or None when the file cannot be read as a scorecard (validate says why)."""
    from pmladder.io.models import load_model
    from pmladder.io.reading import read_bytes

    try:
        loaded = load_model(Scorecard, read_bytes(path), str(path))
    except (OSError, PmladderError):  # a broken link, a file too large...: listed, validate says why
        return None
    return loaded.value.name if loaded.value is not None else None


def _entry(path: Path, bundled: bool) -> TemplateEntry:
    shown = f"scorecards/{path.name}" if bundled else str(path)
    return TemplateEntry(id=path.stem, name=_name(path), bundled=bundled, path=shown)


def list_templates() -> TemplateList:
    """The bundled templates, then the user's own (a user template never shadows a bundled id)."""
    bundled = [_entry(p, True) for p in _files(bundled_dir())]
    taken = {entry.id for entry in bundled}
    own = [_entry(p, False) for p in _files(user_dir()) if p.stem not in taken]
    return TemplateList(templates=bundled + own)


def resolve_template(name: str) -> Path:
    """A TEMPLATE argument to its file: a bundled id, an id in the user folder, else a path."""
    for folder in (bundled_dir(), user_dir()):
        if "/" not in name and (folder / f"{name}{SUFFIX}").is_file():
            return folder / f"{name}{SUFFIX}"
    path = Path(name)
    if path.is_file():
        return path
    known = [p.stem for folder in (bundled_dir(), user_dir()) for p in _files(folder)]
    raise NotFoundError("scorecard.cli.unknown-template", value=name, valid=known)


def _display(name: str, path: Path) -> str:
    """The file as messages name it: ``scorecards/<id>.yaml`` for a bundled template named by id."""
    return f"scorecards/{path.name}" if path.parent == bundled_dir() and path.stem == name else name


@dataclass(frozen=True)
class Template:
    """A checked template, with what a session needs to find it again: the name typed and its digest."""

    card: Scorecard
    source: str
    sha256: str


def find_template(name: str) -> Template:
    """The template ``name`` names, refused with its first error (schema or rule) like a ladder."""
    from pmladder.files import sha256_of
    from pmladder.io.models import Loaded, load_model, require
    from pmladder.io.reading import read_bytes
    from pmladder.rules.scorecard import check_scorecard

    path = resolve_template(name)
    raw = read_bytes(path)
    loaded = load_model(Scorecard, raw, _display(name, path))
    card = require(loaded)
    assert loaded.document is not None  # a model was read, so was its document
    errors = [i for i in check_scorecard(card, loaded.document) if i.severity == "error"]
    if errors:
        require(Loaded(None, errors, loaded.document))
    source = name if "/" not in name and path.parent in (bundled_dir(), user_dir()) else str(path.resolve())
    return Template(card, source, sha256_of(raw))


def load_template(name: str) -> Scorecard:
    """The template ``name`` names, checked (see :func:`find_template`)."""
    return find_template(name).card


def template_bytes(name: str) -> bytes:
    """The template's file as it is (``--init``)."""
    from pmladder.io.reading import read_bytes

    return read_bytes(resolve_template(name))


@dataclass(frozen=True)
class Scored:
    """A period's result, the template it was scored on (its targets and stage names are shown), and the
    result as it is kept (``kind: scorecard``, the period, when)."""

    card: Scorecard
    result: ScorecardResult
    saved: SavedScorecard


def check_stage(card: Scorecard, stage: str) -> None:
    """--stage names one of the template's stages (UsageError)."""
    valid = [s.id for s in card.stages]
    if not valid:
        raise UsageError("scorecard.cli.no-stages", scorecard=card.id)
    if stage not in valid:
        raise UsageError("scorecard.cli.unknown-stage", value=stage, scorecard=card.id, valid=valid)


def check_base_pay(base_pay: float | None) -> None:
    if base_pay is not None and not (base_pay >= 0 and base_pay != float("inf")):
        raise UsageError("scorecard.cli.bad-base-pay", value=base_pay)


def check_period(period: str | None) -> None:
    """--period is a short label of letters, digits and ``._-`` (``2026-H2``)."""
    if period is not None and not re.fullmatch(r"[0-9A-Za-z][0-9A-Za-z._-]{0,31}", period):
        raise UsageError("scorecard.cli.bad-period", value=period)


@dataclass(frozen=True)
class Overrides:
    """What the command line says over the values: --stage, --base-pay, --period (None: the values')."""

    stage: str | None = None
    base_pay: float | None = None
    period: str | None = None


def score_values(found: Template, values: ScorecardValues, where: Locates | None, given: Overrides) -> Scored:
    """Values read against the template (the command line's overrides first) and evaluated."""
    from pmladder.scorecard import evaluate
    from pmladder.scorecard_store import now
    from pmladder.scorecard_values import read_values

    pairs = (("stage", given.stage), ("base_pay", given.base_pay), ("period", given.period))
    update = {key: value for key, value in pairs if value is not None}
    if update:
        values = values.model_copy(update=update)
    result = evaluate(read_values(found.card, values, where))
    saved = SavedScorecard(
        scorecard=result.scorecard, period=result.period, stage=result.stage,
        created=now().isoformat(), template_sha256=found.sha256, result=result,
    )
    return Scored(found.card, result, saved)


def score(template: str, values_file: Path, given: Overrides | None = None) -> Scored:
    """A period scored from a values file: the template checked, the values read against it (the command
    line's stage, base pay and period win over the file's), evaluated."""
    from pmladder.io.models import load_model, require
    from pmladder.io.reading import read_bytes
    from pmladder.model.scorecard import ScorecardValues

    given = given or Overrides()
    found = find_template(template)
    if given.stage is not None:
        check_stage(found.card, given.stage)
    check_base_pay(given.base_pay)
    check_period(given.period)
    loaded = load_model(ScorecardValues, read_bytes(values_file), str(values_file))
    return score_values(found, require(loaded), loaded.document, given)
