"""The rules of a ladder beyond its schema (unique ids, references, branching, bands, cells) and of a taxonomy."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from pmladder.model.issue import Issue
from pmladder.model.ladder import Carry, ContraIndicator, Expectation, Ladder, Level, SituationalQuestion, Taxonomy
from pmladder.rules.common import LISTS, Collector, Dropped, PathKey
from pmladder.rules.resources import check_resources
from pmladder.rules.texts import check_similar_wording, check_texts

if TYPE_CHECKING:
    from pmladder.io.salvage import Partial
    from pmladder.io.yamldoc import Document


class _Context:
    """One ladder being checked: the collector, what a partial read left out, and the lookups the rules share."""

    def __init__(self, ladder: Ladder, doc: Document, partial: Partial[Ladder] | None) -> None:
        self.ladder = ladder
        self.data = doc.data
        self.view = partial.document if partial is not None else doc
        self.dropped = Dropped.of(partial, doc.data)
        self.out = Collector(self.view)
        self.level_ids = [lv.id for lv in ladder.levels]

    def stand_in(self, path: PathKey) -> bool:
        """Whether the value at ``path`` is a stand-in for one the schema rejects (see loader.salvage)."""
        return bool(self.dropped.replaced) and self.view.original_path(path) in self.dropped.replaced

    def file_index(self, key: str, index: int) -> int:
        """The index in the file of item ``index`` of the list ``key`` of what was read."""
        found = self.view.original_path((key, index))[1]
        return found if isinstance(found, int) else index

    def stand_in_band(self, index: int) -> bool:
        at = self.file_index("levels", index)
        replaced = self.dropped.replaced
        return ("levels", at, "band") in replaced or ("levels", at, "band_to") in replaced

    def level_ref(self, value: str | None, path: PathKey, at_key: bool = False) -> None:
        """A reference to a level: an error when no level (not even one left out) has that id."""
        if value is None or value in self.level_ids or self.stand_in(path) or self.dropped.hides("level", value):
            return
        known = ", ".join(dict.fromkeys(self.dropped.named("levels", self.data, self.level_ids)))
        self.out.add(path, "unknown-level", at_key=at_key, id=value, known=known)

    def ref(self, value: str | None, known: list[str], kind: str, path: PathKey) -> None:
        """A reference to a group, type, track or competency."""
        if value is None or value in known or self.stand_in(path) or self.dropped.hides(kind, value):
            return
        named = known if kind == "track" else self.dropped.named(LISTS[kind], self.data, known)
        if named:
            self.out.add(path, "unknown-ref", at_key=False, variant=kind, id=value,
                         known=", ".join(dict.fromkeys(named)))
        else:
            self.out.add(path, "unknown-ref", at_key=False, variant=f"{kind}-none", id=value)


def check_ladder(ladder: Ladder, doc: Document, taxonomy: Taxonomy, *, partial: Partial[Ladder] | None = None
                 ) -> list[Issue]:
    """Every semantic problem of a ladder, each located at the offending node of ``doc``.

    ``partial`` is what could be read of a file the schema rejects (``ladder`` is then its value): the
    checks run on it, and leave out what follows from the parts that were dropped; texts are checked
    in the whole file, except those the schema already reported.
    """
    ctx = _Context(ladder, doc, partial)
    _check_unique_ids(ctx)
    _check_references(ctx, taxonomy)
    _check_levels(ladder, ctx.out, ctx.stand_in_band)
    # a carry with no defined cell before it may have had one at a level that was left out; a level may
    # add no requirement only for want of the cells of a competency that was left out
    dropped = ctx.dropped
    _check_cells(
        ladder,
        ctx.out,
        carry_hidden=lambda index: dropped.before("levels", ctx.file_index("levels", index)),
        cells_hidden=any(len(path) == 2 and path[0] == "competencies" for path in dropped.paths),
    )
    check_similar_wording(ladder, ctx.out)
    texts = Collector(doc)  # every text of the file, also in parts the schema rejects
    check_texts(doc, texts, skip=partial.errors if partial is not None else ())
    ctx.out.issues += texts.issues
    _check_gaps(ctx)
    check_resources(ladder, ctx.out, ctx.ref, hidden=dropped.under(("resources",)))
    return ctx.out.issues


def _check_unique_ids(ctx: _Context) -> None:
    ladder, out = ctx.ladder, ctx.out
    out.unique([(g.id, ("groups", i, "id")) for i, g in enumerate(ladder.groups)], "duplicate-id", "group")
    out.unique([(t.id, ("types", i, "id")) for i, t in enumerate(ladder.types)], "duplicate-id", "type")
    out.unique([(t.id, ("tracks", i, "id")) for i, t in enumerate(ladder.track_names)], "duplicate-id", "track")
    out.unique([(lv.id, ("levels", i, "id")) for i, lv in enumerate(ladder.levels)], "duplicate-id", "level")
    out.unique([(c.id, ("competencies", i, "id")) for i, c in enumerate(ladder.competencies)], "duplicate-id",
               "competency")
    out.unique([(q.id, ("questions", i, "id")) for i, q in enumerate(ladder.questions)], "duplicate-id", "question")
    _check_unique_inner_ids(ladder, out)
    _check_development_duplicates(ladder, out, skip=lambda i: ctx.stand_in(("development", i, "competency")))


def _check_unique_inner_ids(ladder: Ladder, out: Collector) -> None:
    """Ids unique within a question (options), a competency (taxonomy links) and a ladder (indicators)."""
    for i, q in enumerate(ladder.questions):
        if isinstance(q, SituationalQuestion):
            options = [(o.id, ("questions", i, "options", j, "id")) for j, o in enumerate(q.options)]
            out.unique(options, "duplicate-id", "option")
    for i, comp in enumerate(ladder.competencies):
        links = [(link.id, ("competencies", i, "taxonomy", j, "id")) for j, link in enumerate(comp.taxonomy)]
        out.unique(links, "duplicate-id", "taxonomy-link")
    indicators: list[tuple[str, PathKey]] = [
        (ind.id, ("competencies", i, "expectations", level_id, "indicators", k, "id"))
        for i, comp in enumerate(ladder.competencies)
        for level_id, cell in comp.expectations.items()
        if isinstance(cell, Expectation)
        for k, ind in enumerate(cell.indicators)
    ]
    out.unique(indicators, "duplicate-indicator")


def _check_references(ctx: _Context, taxonomy: Taxonomy) -> None:
    """Every id a ladder refers to is defined (or may be one of the definitions a partial read left out)."""
    ladder = ctx.ladder
    ctx.level_ref(ladder.scoring.evidence_from, ("scoring", "evidence_from"))
    track_ids = list(ladder.tracks())  # "main" when the ladder does not branch
    for i, track in enumerate(ladder.track_names):
        ctx.ref(track.id, track_ids, "track", ("tracks", i, "id"))
    type_ids = [t.id for t in ladder.types]
    for i, lv in enumerate(ladder.levels):
        ctx.ref(lv.type, type_ids, "type", ("levels", i, "type"))
        ctx.level_ref(lv.after, ("levels", i, "after"))
    canonical = {c.id for c in taxonomy.competencies}
    group_ids = [g.id for g in ladder.groups]
    for i, comp in enumerate(ladder.competencies):
        ctx.ref(comp.group, group_ids, "group", ("competencies", i, "group"))
        for level_id in comp.expectations:
            ctx.level_ref(level_id, ("competencies", i, "expectations", level_id), at_key=True)
        for j, link in enumerate(comp.taxonomy):
            if link.id not in canonical:
                ctx.out.add(("competencies", i, "taxonomy", j, "id"), "unknown-taxonomy", at_key=False, id=link.id)
    _check_question_references(ctx)


def _check_question_references(ctx: _Context) -> None:
    comp_ids = [c.id for c in ctx.ladder.competencies]
    for i, q in enumerate(ctx.ladder.questions):
        ctx.ref(q.competency, comp_ids, "competency", ("questions", i, "competency"))
        if isinstance(q, SituationalQuestion):
            for j, option in enumerate(q.options):
                ctx.level_ref(option.level, ("questions", i, "options", j, "level"))
        elif isinstance(q, ContraIndicator):
            ctx.level_ref(q.caps_below, ("questions", i, "caps_below"))
    for i, dev in enumerate(ctx.ladder.development):
        ctx.ref(dev.competency, comp_ids, "competency", ("development", i, "competency"))
        ctx.level_ref(dev.to_level, ("development", i, "to_level"))


def _check_gaps(ctx: _Context) -> None:
    """Warnings that point at gaps rather than contradictions: no taxonomy link, unused groups and types."""
    ladder, out, dropped = ctx.ladder, ctx.out, ctx.dropped
    for i, comp in enumerate(ladder.competencies):
        if not comp.taxonomy and not dropped.under(ctx.view.original_path(("competencies", i, "taxonomy"))):
            out.add(("competencies", i, "id"), "no-taxonomy", severity="warning", at_key=False, id=comp.id)
    used_groups = {c.group for c in ladder.competencies}
    # a competency whose group the schema rejects may be in any group
    group_replaced = any(path[0] == "competencies" and path[-1:] == ("group",) for path in dropped.replaced)
    if not dropped.under(("competencies",)) and not group_replaced:
        for i, g in enumerate(ladder.groups):
            if g.id not in used_groups:
                out.add(("groups", i, "id"), "unused-id", severity="warning", at_key=False, variant="group", id=g.id)
    used_types = {lv.type for lv in ladder.levels}
    if not dropped.under(("levels",)):
        for i, t in enumerate(ladder.types):
            if t.id not in used_types:
                out.add(("types", i, "id"), "unused-id", severity="warning", at_key=False, variant="type", id=t.id)


def _check_development_duplicates(ladder: Ladder, out: Collector, skip: Callable[[int], bool]) -> None:
    """Development actions for the same competency and level twice (but for entries ``skip`` says have a
    stand-in competency)."""
    first: dict[tuple[str, str | None], int] = {}
    for i, dev in enumerate(ladder.development):
        if skip(i):
            continue
        key = (dev.competency, dev.to_level)
        if key not in first:
            first[key] = i
            continue
        toward: dict[str, Any] = {"variant": "development", "competency": dev.competency, "level": dev.to_level}
        if not dev.to_level:
            toward = {"variant": "development-any", "competency": dev.competency}
        out.add(("development", i), "duplicate-id", **toward, line=out.line(("development", first[key])))


def _on_track(level: Level, track: str) -> dict[str, Any]:
    """The variant of a message about a level, with the track named for a level of a branch (a trunk level
    is on every track)."""
    return {"variant": "trunk"} if level.track is None else {"variant": "track", "track": track}


def _index(ladder: Ladder) -> dict[str, int]:
    """Level id -> position in the file (the first one, if an id repeats)."""
    found: dict[str, int] = {}
    for i, lv in enumerate(ladder.levels):
        found.setdefault(lv.id, i)
    return found


def _check_levels(ladder: Ladder, out: Collector, stand_in_band: Callable[[int], bool] = lambda i: False) -> None:
    """Branching (track/after), band order along each track, and levels no track reaches. The bands of
    the levels ``stand_in_band`` says are stand-ins (for a band the schema rejects) are not compared."""
    _check_branches(ladder, out, stand_in_band)
    index = _index(ladder)
    reported: set[str] = set()
    on_a_track: set[str] = set()
    for name, path in ladder.tracks().items():
        on_a_track.update(lv.id for lv in path)
        known = [lv for lv in path if not stand_in_band(index[lv.id])]
        for previous, lv in pairwise(known):
            if lv.band < previous.band and lv.id not in reported:
                reported.add(lv.id)
                out.add(("levels", index[lv.id], "band"), "band-order", at_key=False, **_on_track(lv, name),
                        band=lv.band, id=lv.id, before=previous.band, previous=previous.id)
    for lv in ladder.levels:
        if lv.id not in on_a_track:
            out.add(("levels", index[lv.id], "id"), "unreachable-level", at_key=False, variant="off-track", id=lv.id)


def _check_branches(ladder: Ladder, out: Collector, stand_in_band: Callable[[int], bool]) -> None:
    """band_to not below band; ``after`` only on the first level of a track, and naming a trunk level."""
    by_id = {lv.id: lv for lv in ladder.levels}
    seen_tracks: set[str] = set()
    for i, lv in enumerate(ladder.levels):
        if lv.band_to is not None and lv.band_to < lv.band and not stand_in_band(i):
            out.add(("levels", i, "band_to"), "band-order", at_key=False, variant="band-to", band_to=lv.band_to,
                    band=lv.band)
        first_of_track = lv.track is not None and lv.track not in seen_tracks
        if lv.track is not None:
            seen_tracks.add(lv.track)
        if lv.after is None:
            continue
        if lv.track is None:
            out.add(("levels", i, "after"), "bad-branch", variant="after-on-trunk", id=lv.id)
        elif not first_of_track:
            out.add(("levels", i, "after"), "bad-branch", variant="after-not-first", id=lv.id, track=lv.track)
        elif lv.after in by_id and by_id[lv.after].track is not None:
            out.add(("levels", i, "after"), "bad-branch", at_key=False, variant="after-off-trunk", id=lv.after,
                    track=by_id[lv.after].track)


def _own_requirement(ladder: Ladder, level: Level) -> bool:
    return any(isinstance(c.expectations.get(level.id), Expectation) for c in ladder.competencies)


def _check_cells(
    ladder: Ladder,
    out: Collector,
    *,
    carry_hidden: Callable[[int], bool] = lambda i: False,
    cells_hidden: bool = False,
) -> None:
    """A cell for every level, carry only after a defined cell, and every level adds a requirement.

    For a file the schema rejects in part: no carry-first at a level ``carry_hidden`` says may have had a
    defined cell before it that was left out, and no unreachable level when ``cells_hidden`` (cells of
    a competency were left out).
    """
    index = _index(ladder)
    tracks = ladder.tracks()
    for i, comp in enumerate(ladder.competencies):
        missing = [lv.id for lv in ladder.levels if lv.id not in comp.expectations]
        if missing:
            out.add(("competencies", i, "expectations"), "missing-cell", at_key=True, id=comp.id,
                    levels=", ".join(repr(m) for m in dict.fromkeys(missing)))
        if not any(isinstance(cell, Expectation) for cell in comp.expectations.values()):
            out.add(("competencies", i, "id"), "empty-competency", at_key=False, id=comp.id)
            continue
        _check_carries(comp.expectations, (i, out), tracks, lambda level: carry_hidden(index[level.id]))
    if cells_hidden:
        return
    reported_levels: set[str] = set()
    for path in tracks.values():
        for previous, lv in pairwise(path):
            if lv.id not in reported_levels and not _own_requirement(ladder, lv):
                reported_levels.add(lv.id)
                out.add(("levels", index[lv.id], "id"), "unreachable-level", at_key=False,
                        variant="no-requirement", id=lv.id, previous=previous.id)


def _check_carries(
    cells: dict[str, Any], at: tuple[int, Collector], tracks: dict[str, list[Level]], hidden: Callable[[Level], bool]
) -> None:
    """A carry of competency ``at[0]`` with no defined cell before it on a track (but where ``hidden``)."""
    i, out = at
    reported: set[str] = set()
    for name, path in tracks.items():
        defined = False
        for lv in path:
            cell = cells.get(lv.id)
            defined = defined or isinstance(cell, Expectation)
            if isinstance(cell, Carry) and not defined and lv.id not in reported and not hidden(lv):
                reported.add(lv.id)
                out.add(("competencies", i, "expectations", lv.id), "carry-first", at_key=True,
                        **_on_track(lv, name), level=lv.id)


def check_taxonomy(taxonomy: Taxonomy, doc: Document, *, replaced: Sequence[PathKey] = ()) -> list[Issue]:
    """Bands 1 to 7 in order and unique competency ids; a band ``replaced`` by a stand-in (for one the
    schema rejects, a path in the file) is not checked."""
    out = Collector(doc)
    for i, band in enumerate(taxonomy.bands):
        if doc.original_path(("bands", i, "band")) in replaced:
            continue
        if band.band != i + 1:
            out.add(("bands", i, "band"), "band-order", at_key=False, variant="taxonomy", band=band.band)
    competencies = [(c.id, ("competencies", i, "id")) for i, c in enumerate(taxonomy.competencies)]
    out.unique(competencies, "duplicate-id", "taxonomy-competency")
    return out.issues
