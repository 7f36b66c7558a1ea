"""The scorecard use case: find a template (bundled id, the user's own id, or a file), check it, score a period."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pmladder.errors import NotFoundError, PmladderError, UsageError
from pmladder.model.scorecard import Scorecard, ScorecardResult, TemplateEntry, TemplateList, Text

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


def load_template(name: str) -> Scorecard:
    """The template ``name`` names, refused with its first error (schema or rule) like a ladder."""
    from pmladder.io.models import Loaded, load_model, require
    from pmladder.io.reading import read_bytes
    from pmladder.rules.scorecard import check_scorecard

    path = resolve_template(name)
    loaded = load_model(Scorecard, read_bytes(path), _display(name, path))
    card = require(loaded)
    assert loaded.document is not None  # a model was read, so was its document
    errors = [i for i in check_scorecard(card, loaded.document) if i.severity == "error"]
    if errors:
        require(Loaded(None, errors, loaded.document))
    return card


def template_bytes(name: str) -> bytes:
    """The template's file as it is (``--init``)."""
    from pmladder.io.reading import read_bytes

    return read_bytes(resolve_template(name))


@dataclass(frozen=True)
class Scored:
    """A period's result and the template it was scored on (its targets and stage names are shown)."""

    card: Scorecard
    result: ScorecardResult


def _check_stage(card: Scorecard, stage: str) -> None:
    valid = [s.id for s in card.stages]
    if not valid:
        raise UsageError("scorecard.cli.no-stages", scorecard=card.id)
    if stage not in valid:
        raise UsageError("scorecard.cli.unknown-stage", value=stage, scorecard=card.id, valid=valid)


def score(template: str, values_file: Path, *, stage: str | None = None, base_pay: float | None = None) -> Scored:
    """A period scored: the template checked, the values read against it (``stage`` and ``base_pay`` from the
    command line win over the file's), evaluated."""
    from pmladder.io.models import load_model, require
    from pmladder.io.reading import read_bytes
    from pmladder.model.scorecard import ScorecardValues
    from pmladder.scorecard import evaluate
    from pmladder.scorecard_values import read_values

    card = load_template(template)
    if stage is not None:
        _check_stage(card, stage)
    if base_pay is not None and not (base_pay >= 0 and base_pay != float("inf")):
        raise UsageError("scorecard.cli.bad-base-pay", value=base_pay)
    loaded = load_model(ScorecardValues, read_bytes(values_file), str(values_file))
    values = require(loaded)
    update = {key: value for key, value in (("stage", stage), ("base_pay", base_pay)) if value is not None}
    if update:
        values = values.model_copy(update=update)
    return Scored(card, evaluate(read_values(card, values, loaded.document)))
