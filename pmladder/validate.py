"""The validate service: paths, folders and standard input to reports of every issue, with a cache and a pool."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pmladder.errors import NotFoundError, PmladderError
from pmladder.model.issue import Issue
from pmladder.model.report import FileReport, ValidationResult
from pmladder.rules.ladder import check_ladder, check_taxonomy

if TYPE_CHECKING:
    from pmladder.cache import ReportCache
    from pmladder.io.models import Loaded
    from pmladder.io.yamldoc import Document
    from pmladder.model.ladder import Ladder, Taxonomy

__all__ = [
    "FileReport",
    "ValidationResult",
    "expand_paths",
    "file_kind",
    "ladder_errors",
    "ladder_file_issues",
    "require_valid_ladder",
    "validate_file",
    "validate_paths",
]


# ---- a ladder named on the command line ------------------------------------------------------------------


def ladder_file_issues(loaded: Loaded[Ladder], taxonomy: Taxonomy | None = None, *, semantic: bool = True
                       ) -> list[Issue]:
    """Every issue ``pmladder validate`` reports for a ladder file, in its order: the YAML reader's, the
    schema's and (with ``semantic``) those of the semantic checks of what could be read."""
    from pmladder.io.ladder_files import load_taxonomy
    from pmladder.io.models import sort_issues

    issues = list(loaded.issues)
    partial = loaded.readable() if semantic and loaded.document is not None else None
    if partial is not None and loaded.document is not None:
        issues += check_ladder(partial.value, loaded.document, taxonomy or load_taxonomy(), partial=partial)
    return sort_issues(issues)


def ladder_errors(loaded: Loaded[Ladder], taxonomy: Taxonomy | None = None, *, semantic: bool = True
                  ) -> list[Issue]:
    """Every error (no warnings) of a loaded ladder file, in validate's order: its YAML and schema
    problems, and (with ``semantic``) the ones validate's semantic checks report (a missing cell, a
    band out of order...), so that the first one is the first error validate lists.

    Callers pass ``semantic=False`` for the bundled ladders: CI validates those, and checking them on
    every run would cost 10-30 ms for nothing.
    """
    return [i for i in ladder_file_issues(loaded, taxonomy, semantic=semantic) if i.severity == "error"]


def require_valid_ladder(loaded: Loaded[Ladder], *, semantic: bool = True) -> Ladder:
    """The ladder, or an InputError naming its first error, like ``io.models.require`` but also for the
    semantic errors: assess, compare and show never work on a ladder that validate rejects."""
    from pmladder.io.models import Loaded, require

    errors = ladder_errors(loaded, semantic=semantic)
    return require(Loaded(None if errors else loaded.value, errors, loaded.document))


# ---- one file --------------------------------------------------------------------------------------------


def file_kind(data: Any) -> str:
    """What a parsed file is checked as: by its ``schema:``; an answers file may leave that out."""
    schema = data.get("schema") if isinstance(data, dict) else None
    if isinstance(schema, str):
        # scorecard-values before scorecard: the one name starts the other
        for kind in ("taxonomy", "answers", "assessment", "session", "scorecard-values", "scorecard", "feedback"):
            if schema.startswith(f"pmladder/{kind}@"):
                return kind
    # answers files name their ladder (``ladder: pmm``); a ladder has ``id`` and ``levels`` instead
    if schema is None and isinstance(data, dict) and "ladder" in data and "levels" not in data:
        return "answers"
    return "ladder"


def validate_file(raw: bytes, filename: str, *, taxonomy: Taxonomy | None = None) -> FileReport:
    """Parse, schema-check and (for a schema-valid ladder or taxonomy) semantically check one file.

    The file's ``schema:`` value picks what it is checked as: ``pmladder/taxonomy@1``,
    ``pmladder/answers@1``, ``pmladder/assessment@1`` (a saved result), ``pmladder/session@1`` (an
    unfinished assessment), ``pmladder/scorecard@1`` (a KPI scorecard: its schema and its rules),
    ``pmladder/scorecard-values@1`` (a period's values: their schema), ``pmladder/feedback@1`` (a feedback
    request: its schema), anything else a ladder.
    """
    from pmladder.io.models import load_document, sort_issues
    from pmladder.io.yamldoc import LoadFailed, parse_document
    from pmladder.model.ladder import Ladder

    try:
        doc = parse_document(raw, filename)
    except LoadFailed as failed:
        # the problem that stops reading is the last one found
        stopped = failed.issues[-1] if failed.issues else None
        return FileReport(filename, "ladder", list(sort_issues(failed.issues)), stopped)
    kind = file_kind(doc.data)
    if kind == "ladder":
        return FileReport(filename, kind, list(ladder_file_issues(load_document(Ladder, doc), taxonomy)))
    if kind == "taxonomy":
        from pmladder.model.ladder import Taxonomy

        loaded_taxonomy = load_document(Taxonomy, doc)
        issues = loaded_taxonomy.issues
        partial = loaded_taxonomy.readable()
        if partial is not None:
            issues = [*issues, *check_taxonomy(partial.value, partial.document, replaced=partial.replaced)]
        return FileReport(filename, kind, list(sort_issues(issues)))
    if kind == "scorecard":
        return FileReport(filename, kind, list(sort_issues(_scorecard_issues(doc))))
    return FileReport(filename, kind, list(load_document(_model_of(kind), doc).issues))


def _scorecard_issues(doc: Document) -> list[Issue]:
    """A scorecard's schema problems, or, when its schema holds, the problems of its rules."""
    from pmladder.io.models import load_document
    from pmladder.model.scorecard import Scorecard
    from pmladder.rules.scorecard import check_scorecard

    loaded = load_document(Scorecard, doc)
    if loaded.value is None:
        return list(loaded.issues)
    return [*loaded.issues, *check_scorecard(loaded.value, doc)]


def _model_of(kind: str) -> type[Any]:
    """The model an answers file, a saved result or an unfinished session is read as."""
    if kind == "answers":
        from pmladder.model.answers import Answers

        return Answers
    if kind == "assessment":
        from pmladder.model.assessment import Assessment

        return Assessment
    if kind == "scorecard-values":
        from pmladder.model.scorecard import ScorecardValues

        return ScorecardValues
    if kind == "feedback":
        from pmladder.model.feedback import FeedbackRequest  # a feedback request (docs/feedback.md)

        return FeedbackRequest
    from pmladder.model.session import Session  # an unfinished assessment: reported as saved results are

    return Session


# ---- the files a command line names ----------------------------------------------------------------------

#: the command-line name of standard input
STDIN = "-"


def bundled_files() -> list[tuple[str, Path]]:
    """Every bundled file (the ladders and the taxonomy) as (display name, file): what no path means."""
    from pmladder.model.report import shown
    from pmladder.paths import bundled_files

    return [(shown(p), p) for p in bundled_files()]


def expand_paths(args: Sequence[str]) -> list[tuple[str, Path | None]]:
    """Command-line paths to (display name, file) pairs; ``-`` stays as (``-``, None).

    Folders expand to their ``*.yaml``/``*.yml`` files, recursively; no argument means every bundled
    ladder file. A path that does not exist, or a folder without YAML files, is a usage error.
    """
    from pmladder.io.ladder_files import iter_yaml_files

    if not args:
        return list(bundled_files())
    found: list[tuple[str, Path | None]] = []
    seen: set[str] = set()

    def add(name: str, path: Path | None) -> None:
        key = STDIN if path is None else os.path.realpath(path)
        if key not in seen:
            seen.add(key)
            found.append((name, path))

    for arg in args:
        if arg == STDIN:
            add(STDIN, None)
            continue
        path = Path(arg)
        if path.is_dir():
            folder = list(iter_yaml_files(path))
            if not folder:
                raise NotFoundError("validate.no-yaml", path=arg)
            for file in folder:
                add(str(file), file)
        elif path.exists() or path.is_symlink():  # a broken link is reported as unreadable
            add(arg, path)
        else:
            raise NotFoundError("validate.no-such-path", path=arg)
    return found


# ---- checking many files -----------------------------------------------------------------------------------

#: batches at least this large are spread over the CPU cores (where processes can be forked)
PARALLEL_MIN_FILES = 64

_worker_taxonomy: Taxonomy | None = None


def _init_worker(taxonomy: Taxonomy, *, in_pool: bool = False) -> None:
    global _worker_taxonomy
    _worker_taxonomy = taxonomy
    if in_pool:
        import signal

        # Ctrl-C is the parent's to handle: workers printing their own KeyboardInterrupt tracebacks
        # would bury the one-line message
        signal.signal(signal.SIGINT, signal.SIG_IGN)


def _pool_worker(taxonomy: Taxonomy) -> None:
    _init_worker(taxonomy, in_pool=True)


def _check_path(job: tuple[str, Path]) -> tuple[str, FileReport, str | None]:
    """Read and validate one file; an unreadable file is an issue of its own, not a crash.

    Also returns the content key of what was read (None when unreadable), for the cache: the key of the
    bytes that were checked, even when the file changes meanwhile.
    """
    from pmladder.cache import content_key
    from pmladder.io.reading import read_bytes

    assert _worker_taxonomy is not None
    name, path = job
    try:
        raw = read_bytes(path)
    except PmladderError as exc:  # exists but cannot be read (permissions, a special file)
        return name, FileReport(name, "ladder", [_unreadable(name, exc)]), None
    return name, validate_file(raw, name, taxonomy=_worker_taxonomy), content_key(raw)


#: the reading errors whose words an ``unreadable`` issue repeats without the file's name (the issue line
#: starts with it): the variant of each (see pmladder/i18n/validate.py)
_UNREADABLE = ("file.no-file", "file.is-folder", "file.cannot-read", "file.not-regular", "file.dangling-link")


def _unreadable(name: str, exc: PmladderError) -> Issue:
    """The issue of a file that exists but cannot be read: why, as the reading error says it."""
    params = {key: value for key, value in exc.params.items() if key != "path"}
    variant = exc.code.removeprefix("file.") if exc.code in _UNREADABLE else "other"
    if variant == "other":
        params = {"problem": exc.msg}
    return Issue(file=name, line=1, col=1, code="unreadable", params={"variant": variant, **params})


def _run_checks(files: list[tuple[str, Path]], taxonomy: Taxonomy) -> list[tuple[str, FileReport, str | None]]:
    """Every file's report, in order; large batches run on every core (each file is independent)."""
    import multiprocessing

    workers = min(os.cpu_count() or 1, 8)
    if len(files) < PARALLEL_MIN_FILES or workers < 2 or "fork" not in multiprocessing.get_all_start_methods():
        _init_worker(taxonomy)
        return [_check_path(job) for job in files]
    from concurrent.futures import ProcessPoolExecutor

    # fork: the workers inherit the imported modules, so starting them costs milliseconds
    context = multiprocessing.get_context("fork")
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_pool_worker, initargs=(taxonomy,))
    try:
        return list(pool.map(_check_path, files, chunksize=max(1, len(files) // (workers * 4))))
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _cached(name: str, path: Path, cache: ReportCache) -> FileReport | None:
    """The file's report from the cache when its content is there, else None."""
    from pmladder.cache import content_key
    from pmladder.io.reading import read_bytes

    if not path.is_file():
        return None  # a pipe (validate <(...)) can be read only once: that read is the check's
    try:
        raw = read_bytes(path)
    except PmladderError:
        return None  # the check reports it
    return cache.report(content_key(raw), name)


def _check_files(files: list[tuple[str, Path]], taxonomy: Taxonomy, cache: ReportCache | None
                 ) -> dict[str, FileReport]:
    """Every file's report by name: from the cache when its content is there, else checked.

    The lookup reads each file here, before any worker starts, so that a batch of unchanged files never
    starts a process pool; a changed file is then read again by its check (a small share of its cost).
    """
    reports: dict[str, FileReport] = {}
    pending: list[tuple[str, Path]] = []
    for name, path in files:
        found = _cached(name, path, cache) if cache is not None else None
        if found is not None:
            reports[name] = found
        else:
            pending.append((name, path))
    for name, report, key in _run_checks(pending, taxonomy):
        reports[name] = report
        if cache is not None and key is not None:
            cache.add(key, report)
    if cache is not None:
        cache.save()
    return reports


def _taxonomy(taxonomy: tuple[Taxonomy, bytes] | None) -> tuple[Taxonomy, bytes]:
    """The taxonomy links are checked against, with its file's bytes (the cache keys on them)."""
    if taxonomy is not None:
        return taxonomy
    from pmladder.cache import read_taxonomy
    from pmladder.io.ladder_files import load_taxonomy

    return load_taxonomy(), read_taxonomy()


def validate_paths(
    args: Sequence[str],
    *,
    read_stdin: Callable[[], bytes] | None = None,
    stdin_filename: str = "<stdin>",
    taxonomy: tuple[Taxonomy, bytes] | None = None,
    strict: bool = False,
    use_cache: bool = True,
) -> ValidationResult:
    """Validate files, folders and ``-`` (read with the injected ``read_stdin``); collect every issue.

    ``taxonomy`` is the taxonomy to check links against and its file's bytes (default: the bundled one).
    With ``use_cache``, files whose exact content was checked before by the same validator against the
    same taxonomy are not checked again (see :mod:`pmladder.cache`); standard input is always checked.
    """
    jobs = expand_paths(args)
    model, taxonomy_raw = _taxonomy(taxonomy)
    files = [(name, path) for name, path in jobs if path is not None]
    cache = None
    if use_cache and files:
        from pmladder.cache import open_cache

        cache = open_cache(taxonomy_raw)
    by_name = _check_files(files, model, cache)
    reports: list[FileReport] = []
    for name, path in jobs:
        if path is not None:
            reports.append(by_name[name])
        elif read_stdin is None:
            raise NotFoundError("validate.no-stdin")
        else:
            reports.append(validate_file(read_stdin(), stdin_filename, taxonomy=model))
    return ValidationResult(reports, strict=strict)
