"""The history of saved results: ids, the list, one result opened again (with its ladder), one removed."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from pmladder import storage
from pmladder.errors import InputError, NotFoundError, PmladderError, UsageError

if TYPE_CHECKING:
    from pmladder.io.ladders import LoadedLadder
    from pmladder.model.assessment import Assessment
    from pmladder.model.history import HistoryEntry, HistoryList, Kind
    from pmladder.model.scorecard import Scorecard, ScorecardResult

#: the date and time ``storage.save_assessment`` puts at the end of a file name, and its same-second counter
_STAMP: Final = re.compile(r"(\d{8})T(\d{6})(?:-(\d+))?$")
#: how many matching ids an ambiguous id names in its message
SHOWN_MATCHES: Final = 5
#: the schema prefixes of the results pmladder saves in the history folder
ASSESSMENT_PREFIX: Final = "pmladder/assessment@"
SCORECARD_PREFIXES: Final = ("pmladder/scorecard-result@", "pmladder/scorecard-saved@")
#: the assessment schemas this pmladder reads (@2 records who rated whom: pmladder/feedback.py)
ASSESSMENT_SCHEMAS: Final = (ASSESSMENT_PREFIX + "1", ASSESSMENT_PREFIX + "2")


def folder() -> Path:
    """The history folder: the saved results in the user data folder (or ``$PMLADDER_HOME``)."""
    return storage.assessments_dir()


def scorecard_folder() -> Path:
    """Where `pmladder scorecard` keeps a scored period (``<data>/scorecard-results``, beside the assessments)."""
    return storage.data_dir() / "scorecard-results"


def folders() -> list[Path]:
    """Every folder of saved results: the assessments, then the scorecard results."""
    return [folder(), scorecard_folder()]


def saved_files() -> list[Path]:
    """Every saved result file, oldest first within each folder (modification time, then name)."""
    import stat

    found = list(storage.list_assessments())
    extra = []
    for path in scorecard_folder().glob("*.json") if scorecard_folder().is_dir() else []:
        try:  # a dangling link, a link loop or a file removed meanwhile is not a saved result
            info = path.stat()
        except OSError:
            continue
        if not path.name.startswith(".") and stat.S_ISREG(info.st_mode):
            extra.append((info.st_mtime_ns, path.name, path))
    return found + [path for _time, _name, path in sorted(extra)]


def base_id(stem: str) -> str:
    """The id of a file named ``<ladder>-<YYYYMMDD>T<HHMMSS>[-N]``: ``YYYYMMDD-HHMMSS[-N]``; else the stem."""
    found = _STAMP.search(stem)
    if found is None or found.start() == 0:
        return stem
    date, time, counter = found.groups()
    return f"{date}-{time}" + (f"-{counter}" if counter else "")


def ids(paths: list[Path] | None = None) -> dict[str, Path]:
    """Every saved result by its id, oldest file first. Two files whose date-and-time ids are the same
    (two ladders saved in one second) are both known by their file name instead, so no id names two."""
    found = saved_files() if paths is None else paths
    counted: dict[str, int] = {}
    for path in found:
        counted[base_id(path.stem)] = counted.get(base_id(path.stem), 0) + 1
    return {(base_id(p.stem) if counted[base_id(p.stem)] == 1 else p.stem): p for p in found}


def _normal(text: str) -> str:
    """What was typed, as ids are written: ``20261122T0930`` and ``2026-11-22`` both mean ``20261122-0930…``."""
    text = text.strip().removesuffix(".json")
    iso = re.fullmatch(r"(\d{4})-(\d{2})(?:-(\d{2}))?(.*)", text)  # an ISO date as typed: 2026-11-22, 2026-11
    if iso is not None:
        text = iso.group(1) + iso.group(2) + (iso.group(3) or "") + iso.group(4)
    return re.sub(r"(?<=\d{8})[Tt _:]", "-", text)


def resolve(typed: str) -> tuple[str, Path]:
    """The saved result an id (or a unique start of one, or its file name) names.

    NotFoundError (exit 2) when none does, UsageError when several do (their ids are named).
    """
    known = ids()
    text = typed.strip().removesuffix(".json")
    for ident, path in known.items():
        if text in (ident, path.stem):
            return ident, path
    wanted = _normal(typed)
    matches = [i for i, p in known.items() if wanted and (i.startswith(wanted) or p.stem.startswith(text))]
    if len(matches) == 1:
        return matches[0], known[matches[0]]
    if not matches:
        raise NotFoundError("history.unknown-id", id=typed, count=len(known))
    shown = matches[:SHOWN_MATCHES] + (["…"] if len(matches) > SHOWN_MATCHES else [])
    raise UsageError("history.ambiguous-id", id=typed, matches=shown)


# ---- reading one result ---------------------------------------------------------------------------------


def _data(raw: bytes) -> object:
    """A result file as JSON data; None when it is not JSON (the loader then says where it breaks)."""
    try:
        return json.loads(raw.decode("utf-8"))
    except (ValueError, RecursionError):
        return None


def read_data(path: Path, raw: bytes) -> dict[str, Any]:
    """A result file's JSON data; a file that is not JSON is read by the loader, which says where it breaks
    (an InputError at file:line:col)."""
    data = _data(raw)
    if data is None:
        storage.load_assessment(path)
    if not isinstance(data, dict):
        raise InputError("history.not-a-result", path=str(path))
    return data


def kind_of(data: dict[str, Any], path: Path) -> Kind:
    """Whether saved data is an assessment or a scorecard result; InputError (exit 1) for anything else,
    and for a result of another pmladder version (a schema pmladder does not know)."""
    schema = data.get("schema")
    if data.get("kind") == "scorecard" or (isinstance(schema, str) and schema.startswith(SCORECARD_PREFIXES)):
        return "scorecard"
    if schema in ASSESSMENT_SCHEMAS:
        return "assessment"
    if isinstance(schema, str) and schema.startswith("pmladder/"):
        raise InputError("history.other-version", path=str(path), schema=schema)
    raise InputError("history.not-a-result", path=str(path))


def scorecard_field(data: dict[str, Any], key: str) -> Any:
    """A field of a saved scorecard result, beside ``kind`` or inside its ``result`` (either way of saving)."""
    if key in data:
        return data[key]
    inner = data.get("result")
    return inner.get(key) if isinstance(inner, dict) else None


@dataclass
class Opened:
    """One saved result read again: its entry, the assessment or the scorecard data, and its ladder."""

    entry: HistoryEntry
    path: Path
    assessment: Assessment | None = None
    scorecard: dict[str, Any] | None = None
    #: the ladder the assessment belongs to, as installed now (None: not installed, or a scorecard)
    ladder: LoadedLadder | None = None


def read(path: Path, ident: str, ladders: Ladders | None = None) -> Opened:
    """The result in ``path``: InputError (exit 1, at file:line:col where it can) when it is damaged,
    truncated, of another pmladder version, or not a result at all."""
    from pmladder.io.reading import read_bytes

    raw = read_bytes(path)
    data = read_data(path, raw)
    kind = kind_of(data, path)
    if kind == "scorecard":
        return Opened(_scorecard_entry(ident, path, data), path, scorecard=data)
    assessment = storage.load_assessment(path)
    found = (ladders or Ladders()).get(assessment.ladder)
    entry = _assessment_entry(ident, path, assessment, found)
    return Opened(entry, path, assessment=assessment, ladder=found)


def _who(value: Any) -> str | None:
    """A name as a scorecard result may save it (read tolerantly: another part of pmladder writes them)."""
    if isinstance(value, str) and value:
        return value
    if isinstance(value, dict) and isinstance(value.get("name"), str) and value["name"]:
        return str(value["name"])
    return None


def _assessment_entry(ident: str, path: Path, assessment: Assessment, ladder: LoadedLadder | None) -> HistoryEntry:
    from pmladder.model.history import HistoryEntry

    primary = assessment.primary()
    return HistoryEntry(
        id=ident,
        file=path.name,
        kind="assessment",
        created=assessment.created,
        ladder=assessment.ladder,
        ladder_changed=None if ladder is None else ladder.sha256 != assessment.ladder_sha256,
        track=primary.track,
        level=primary.level,
        strict=primary.strict,
        lenient=primary.lenient,
        confidence=assessment.confidence.level,
        role=assessment.role,
        rater=assessment.rater,
        subject=assessment.subject,
    )


def _scorecard_entry(ident: str, path: Path, data: dict[str, Any]) -> HistoryEntry:
    from pmladder.model.history import HistoryEntry

    name = scorecard_field(data, "name")
    total = scorecard_field(data, "total")
    created = scorecard_field(data, "created")
    return HistoryEntry(
        id=ident,
        file=path.name,
        kind="scorecard",
        created=created if isinstance(created, str) else None,
        ladder=str(scorecard_field(data, "scorecard") or scorecard_field(data, "template") or "?"),
        period=str(scorecard_field(data, "period") or "") or None,
        total=float(total) if isinstance(total, int | float) and not isinstance(total, bool) else None,
        name={k: str(v) for k, v in name.items() if k in ("zh", "en")} if isinstance(name, dict) else None,
        subject=_who(scorecard_field(data, "subject") or scorecard_field(data, "person")),
    )


class Ladders:
    """The installed ladders results name, each loaded once (None: not installed, or it cannot be read)."""

    def __init__(self, given: LoadedLadder | None = None) -> None:
        self.loaded: dict[str, LoadedLadder | None] = {} if given is None else {given.ladder.id: given}

    def get(self, ladder_id: str) -> LoadedLadder | None:
        if ladder_id not in self.loaded:
            from pmladder.io.ladders import load_ladder

            try:
                self.loaded[ladder_id] = load_ladder(ladder_id)
            except PmladderError:
                self.loaded[ladder_id] = None
        return self.loaded[ladder_id]

    def named(self) -> dict[str, LoadedLadder]:
        return {k: v for k, v in self.loaded.items() if v is not None}


def open_result(typed: str, ladder: str | None = None) -> Opened:
    """The saved result an id names, with its ladder (``ladder`` names its file when it is not installed:
    it must be the ladder the result was made with, in any version)."""
    ident, path = resolve(typed)
    given = None
    if ladder is not None:
        from pmladder.io.ladders import load_ladder

        given = load_ladder(ladder)
    opened = read(path, ident, Ladders(given))
    if given is not None and opened.assessment is not None and given.ladder.id != opened.assessment.ladder:
        raise InputError("history.other-ladder", ladder=given.ladder.id, expected=opened.assessment.ladder)
    return opened


def need_ladder(opened: Opened) -> LoadedLadder:
    """The ladder of an opened assessment, or a NotFoundError that says how to name its file."""
    if opened.ladder is None:
        ladder = opened.assessment.ladder if opened.assessment is not None else opened.entry.ladder
        raise NotFoundError("history.ladder-missing", ladder=ladder, id=opened.entry.id)
    return opened.ladder


def since_result(typed: str, *, compare: bool, ladder: str | None = None) -> Assessment:
    """The saved assessment ``assess --since ID`` compares with, read before any question is asked (and
    checked against the LADDER argument when there is one: a wrong id must not cost a questionnaire)."""
    if not compare:
        raise UsageError("history.since-no-compare")
    opened = open_result(typed)
    if opened.assessment is None:
        raise InputError("history.not-an-assessment", id=opened.entry.id)
    if ladder is not None and ladder_id_of(ladder) != opened.assessment.ladder:
        raise InputError("history.since-other-ladder", ladder=opened.assessment.ladder, expected=ladder_id_of(ladder))
    return opened.assessment


def check_since(since: Assessment, current: Assessment) -> Assessment:
    """``since`` when it is a result of ``current``'s ladder; an InputError that says so otherwise."""
    if since.ladder != current.ladder:
        raise InputError("history.since-other-ladder", ladder=since.ladder, expected=current.ladder)
    return since


def ladder_id_of(name: str) -> str:
    """A LADDER argument as the ladder id results carry: an id as typed, or the id inside a ladder file."""
    if "/" not in name and not name.endswith((".yaml", ".yml")):
        return name
    from pmladder.io.ladders import load_ladder

    return load_ladder(name).ladder.id


# ---- the list -------------------------------------------------------------------------------------------


@dataclass
class Listing:
    """The list (a model for JSON), the ladders it names, and why each unreadable file is unreadable."""

    model: HistoryList
    ladders: dict[str, LoadedLadder]
    problems: list[PmladderError] = field(default_factory=list)
    #: every readable result as read, oldest first (what ``model.entries`` lists), for trend and status
    opened: list[Opened] = field(default_factory=list)


def listing() -> Listing:
    """Every saved result, oldest first (by creation time, then file name); unreadable files apart."""
    from datetime import datetime

    from pmladder.model.history import HistoryList, Unreadable

    ladders, opened, unreadable, problems = Ladders(), [], [], []
    for ident, path in ids().items():
        try:
            opened.append(read(path, ident, ladders))
        except PmladderError as exc:
            unreadable.append(Unreadable(file=path.name, code=exc.code))
            problems.append(exc)

    def order(result: Opened) -> tuple[float, int, str]:
        """By creation time, then (same second) by the order of saving, then by file name."""
        entry = result.entry
        stamp = _STAMP.search(entry.file.removesuffix(".json"))
        counter = int(stamp.group(3) or 1) if stamp else 1
        try:
            return datetime.fromisoformat(entry.created or "").timestamp(), counter, entry.file
        except ValueError:
            return float("inf"), counter, entry.file

    opened.sort(key=order)
    model = HistoryList(folder=str(folder()), entries=[o.entry for o in opened], unreadable=unreadable)
    return Listing(model, ladders.named(), problems, opened)


# ---- removing -------------------------------------------------------------------------------------------


def remove(path: Path) -> None:
    """Delete one saved result (the caller has asked); a WriteError that says why when it cannot."""
    from pmladder.errors import WriteError
    from pmladder.files import os_reason

    try:
        path.unlink()
    except FileNotFoundError:
        raise NotFoundError("history.unknown-id", id=path.name, count=len(ids())) from None
    except OSError as exc:
        raise WriteError("history.cannot-remove", path=path, reason=os_reason(exc)) from None


def scorecard_parts(opened: Opened) -> tuple[ScorecardResult, Scorecard]:
    """A saved scorecard result as the scorecard renderer takes it, with its template as installed now;
    an InputError when the file does not hold a result this version of pmladder can read."""
    from pydantic import ValidationError

    from pmladder.model.scorecard import ScorecardResult
    from pmladder.scorecard_run import load_template

    data = opened.scorecard or {}
    inner = data.get("result") if isinstance(data.get("result"), dict) else data
    body = {k: v for k, v in (inner or {}).items() if k in ScorecardResult.model_fields or k == "schema"}
    try:
        result = ScorecardResult.model_validate(body)
    except ValidationError:
        raise InputError("history.scorecard-unreadable", path=str(opened.path)) from None
    return result, load_template(result.scorecard)
