"""The pure comparison core: level alignment, content cross-check, crosswalk, level diffs and translation."""

from __future__ import annotations

from datetime import UTC, datetime
from itertools import permutations

import pytest
from compare_fixtures import alpha, beta
from words import raises_in_words

from pmladder import assess as use_case
from pmladder import compare
from pmladder.errors import InputError, NotFoundError, UsageError
from pmladder.i18n import error_text
from pmladder.io.ladder_files import bundled_ladder_files, load_taxonomy
from pmladder.io.ladders import ladder_named as load_ladder
from pmladder.model.answers import Answers
from pmladder.model.assessment import Assessment
from pmladder.model.comparison import LevelAlignment
from pmladder.model.ladder import Ladder, Relation


def _ids(alignment: LevelAlignment, backward: bool = False) -> dict[str, list[str]]:
    rows = alignment.backward if backward else alignment.forward
    return {row.level.id: [m.level.id for m in row.matches] for row in rows}


def _kinds(alignment: LevelAlignment) -> dict[str, list[str]]:
    return {row.level.id: [m.kind for m in row.matches] for row in alignment.forward}


def _with_band(ladder: Ladder, level_id: str, band: int) -> Ladder:
    levels = [lv.model_copy(update={"band": band}) if lv.id == level_id else lv for lv in ladder.levels]
    return ladder.model_copy(update={"levels": levels})


# ---- level alignment --------------------------------------------------------------------------------------


def test_band_distance_is_signed_and_zero_on_overlap() -> None:
    assert compare.band_distance((1, 1), (3, 4)) == 2
    assert compare.band_distance((5, 6), (2, 3)) == -2
    assert compare.band_distance((2, 3), (3, 5)) == 0
    assert compare.band_distance((4, 4), (4, 4)) == 0


def test_tracks_pair_by_name_and_the_rest_with_every_track() -> None:
    assert compare.track_pairs(alpha(), beta()) == [("management", "main"), ("architect", "main")]
    assert compare.track_pairs(beta(), alpha()) == [("main", "management"), ("main", "architect")]
    assert compare.track_pairs(alpha(), alpha()) == [("management", "management"), ("architect", "architect")]


def test_levels_align_where_their_band_intervals_overlap() -> None:
    management, _ = compare.align_levels(alpha(), beta())
    assert (management.track_a, management.track_b) == ("management", "main")
    assert _ids(management) == {
        "junior": ["entry"],
        "mid": ["owner"],
        "senior": ["owner"],
        "lead": ["lead"],
        "director": ["head"],
    }
    assert all(kind == "declared" for kinds in _kinds(management).values() for kind in kinds)
    assert _ids(management, backward=True) == {
        "entry": ["junior"],
        "owner": ["mid", "senior"],
        "lead": ["lead"],
        "head": ["director"],
    }
    assert management.monotone


def test_a_level_that_overlaps_nothing_gets_derived_nearest_levels_both_ways() -> None:
    _, architect = compare.align_levels(alpha(), beta())
    # architect is band 5; beta jumps from lead (4) to head (6-7): both are 1 band away
    assert _ids(architect)["architect"] == ["lead", "head"]
    row = next(r for r in architect.forward if r.level.id == "architect")
    assert [(m.kind, m.distance) for m in row.matches] == [("derived", 1), ("derived", 1)]
    # the derived links are read back from B too, labelled derived
    assert _ids(architect, backward=True) == {
        "entry": ["junior"],
        "owner": ["mid", "senior"],
        "lead": ["lead", "architect"],
        "head": ["architect"],
    }
    head = next(r for r in architect.backward if r.level.id == "head")
    assert [m.kind for m in head.matches] == ["derived"]


def test_the_round_trip_reports_where_it_spreads() -> None:
    _, architect = compare.align_levels(alpha(), beta())
    trips = {t.start: t for t in architect.round_trip}
    assert trips["junior"].via == ["entry"] and trips["junior"].back == ["junior"]
    assert trips["mid"].back == ["mid", "senior"]
    assert trips["architect"].via == ["lead", "head"]
    assert trips["architect"].back == ["lead", "architect"]
    assert all(t.returns for t in architect.round_trip)


def test_out_of_order_bands_are_reported_as_not_monotone() -> None:
    shuffled = _with_band(alpha(), "mid", 4)  # junior 1, mid 4, senior 3
    management = compare.align_levels(shuffled, beta())[0]
    assert _ids(management)["mid"] == ["lead"]
    assert not management.monotone


# ---- content cross-check --------------------------------------------------------------------------------


def test_content_bands_give_the_level_where_each_canonical_competency_is_first_required() -> None:
    path = alpha().tracks()["management"]
    bands = compare.content_bands(alpha(), path)
    assert {c: (comp.id, lv.id) for c, (comp, lv) in bands.items()} == {
        "analysis": ("analysis", "mid"),
        "design": ("design", "junior"),
        "team-building": ("mentoring", "senior"),
        "process": ("process", "junior"),
    }


def test_related_links_do_not_count_for_content_bands() -> None:
    comps = [
        c.model_copy(update={"taxonomy": [link.model_copy(update={"rel": "related"}) for link in c.taxonomy]})
        if c.id == "design"
        else c
        for c in alpha().competencies
    ]
    loose = alpha().model_copy(update={"competencies": comps})
    assert "design" not in compare.content_bands(loose, loose.tracks()["management"])


def test_the_cross_check_flags_a_gap_of_two_bands_or_more() -> None:
    check = compare.cross_check(alpha(), beta(), load_taxonomy())[0]
    rows = {row.canonical: row for row in check.competencies}
    assert list(rows) == ["analysis", "design"]  # the canonical ids both ladders require
    assert rows["analysis"].a is not None and rows["analysis"].a.level.id == "mid"
    assert rows["analysis"].b is not None and rows["analysis"].b.level.id == "entry"
    assert (rows["analysis"].gap, rows["analysis"].agrees) == (-1, True)
    assert (rows["design"].gap, rows["design"].agrees) == (1, True)
    lead = check.leadership
    assert lead.a is not None and (lead.a.competency.id, lead.a.level.id) == ("mentoring", "senior")
    assert lead.b is not None and (lead.b.competency.id, lead.b.level.id) == ("people", "head")
    assert (lead.gap, lead.agrees) == (3, False)


def test_leadership_start_is_absent_when_a_ladder_has_no_team_competency() -> None:
    plain = alpha().model_copy(
        update={"competencies": [c for c in alpha().competencies if c.id != "mentoring"]}
    )
    lead = compare.cross_check(plain, beta(), load_taxonomy())[0].leadership
    assert lead.a is None and lead.gap is None and lead.agrees


# ---- crosswalk --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rel_a", "rel_b", "expected"),
    [
        ("exact", "exact", "exact"),
        ("exact", "close", "close"),
        ("close", "close", "close"),
        ("broad", "exact", "broad"),  # A broader than the canonical id = B: A is broader
        ("exact", "broad", "narrow"),  # B broader than the canonical id = A: A is narrower
        ("broad", "narrow", "broad"),
        ("narrow", "broad", "narrow"),
        ("broad", "broad", "related"),  # both broader: nothing known between them
        ("close", "narrow", "broad"),
        ("related", "exact", "related"),
        ("exact", "related", "related"),
    ],
)
def test_relations_combine_through_the_canonical_id(
    rel_a: Relation, rel_b: Relation, expected: Relation
) -> None:
    assert compare.combine_relations(rel_a, rel_b) == expected


def test_combining_is_symmetric_up_to_direction() -> None:
    flip = {"broad": "narrow", "narrow": "broad"}
    rels: list[Relation] = ["exact", "close", "broad", "narrow", "related"]
    for rel_a in rels:
        for rel_b in rels:
            forward = compare.combine_relations(rel_a, rel_b)
            assert compare.combine_relations(rel_b, rel_a) == flip.get(forward, forward)


def test_the_crosswalk_pairs_competencies_sharing_a_canonical_id() -> None:
    walk = compare.crosswalk(alpha(), beta())
    assert [(p.a.id, p.relation, p.b.id, p.via) for p in walk.pairs] == [
        ("analysis", "narrow", "requirements", ["analysis"]),
        ("design", "close", "ux", ["design"]),
    ]
    assert [c.id for c in walk.only_a] == ["mentoring", "process"]
    assert [c.id for c in walk.only_b] == ["people", "gtm"]


# ---- side by side -----------------------------------------------------------------------------------------


def test_side_by_side_at_one_level() -> None:
    side = compare.side_by_side(alpha(), beta(), "analysis", "mid")
    assert [c.id for c in side.competencies_a] == ["analysis"]
    assert [c.id for c in side.competencies_b] == ["requirements"]
    assert len(side.tracks) == 1  # mid is on both tracks of alpha: shown once
    (row,) = side.tracks[0].rows
    assert row.level.id == "mid"
    assert row.cells[0].summary is not None and row.cells[0].summary.en == "analysis expectation at mid"
    (match,) = row.matches
    assert (match.level.id, match.kind) == ("owner", "declared")
    assert match.cells[0].indicators[0].id == "requirements.owner.1"


def test_side_by_side_resolves_carry_and_keeps_trunk_rows_once() -> None:
    side = compare.side_by_side(alpha(), beta(), "Requirements", None)  # a B competency, by name
    assert [c.id for c in side.competencies_a] == ["analysis"]
    management, architect = side.tracks
    assert [r.level.id for r in management.rows] == ["junior", "mid", "senior", "lead", "director"]
    assert [r.level.id for r in architect.rows] == ["architect"]
    lead = management.rows[3]
    assert lead.cells[0].state == "carry"
    assert lead.cells[0].carried_from is not None and lead.cells[0].carried_from.id == "senior"
    assert [m.kind for m in architect.rows[0].matches] == ["derived", "derived"]


def test_side_by_side_through_a_canonical_id() -> None:
    side = compare.side_by_side(alpha(), beta(), "team-building", None)
    assert [c.id for c in side.competencies_a] == ["mentoring"]
    assert side.competencies_b == []


def test_side_by_side_names_the_valid_competencies() -> None:
    with pytest.raises(NotFoundError) as caught:
        compare.side_by_side(alpha(), beta(), "nope", None)
    assert error_text(caught.value) == (
        "unknown competency 'nope': not in Alpha ladder, not in Beta ladder and not a taxonomy id; "
        "Alpha ladder: analysis (Analysis), design (Design), mentoring (Mentoring), process (Process); "
        "Beta ladder: requirements (Requirements), ux (Experience), people (People leadership), gtm (Go-to-market)"
    )


# ---- level diff -------------------------------------------------------------------------------------------


def test_level_diff_names_new_raised_and_carried_requirements() -> None:
    diff = compare.level_diff(alpha(), "junior", "mid")
    changes = {d.competency.id: d.change for d in diff.competencies}
    assert changes == {"analysis": "new", "design": "carried", "mentoring": "none", "process": "raised"}
    new = {d.competency.id: [i.id for i in d.new_indicators] for d in diff.competencies}
    assert new == {
        "analysis": ["analysis.mid.1", "analysis.mid.2"],
        "design": [],
        "mentoring": [],
        "process": ["process.mid.1"],
    }
    assert diff.track == "management"


def test_a_carry_over_a_skipped_level_counts_as_raised() -> None:
    diff = compare.level_diff(alpha(), "junior", "lead")
    design = next(d for d in diff.competencies if d.competency.id == "design")
    # lead carries senior's cell, which replaced junior's
    assert design.change == "raised"
    assert design.after.carried_from is not None and design.after.carried_from.id == "senior"
    assert [i.id for i in design.new_indicators] == ["design.senior.1"]


def test_level_diff_finds_levels_by_name_and_reports_dropped() -> None:
    diff = compare.level_diff(alpha(), "主管", "Director")
    changes = {d.competency.id: d.change for d in diff.competencies}
    assert changes == {
        "analysis": "carried",
        "design": "carried",
        "mentoring": "raised",
        "process": "dropped",
    }
    process = next(d for d in diff.competencies if d.competency.id == "process")
    assert process.after.note is not None and process.after.note.en == "Owned by the team"


def test_a_move_between_tracks_reads_each_level_on_its_own_track() -> None:
    diff = compare.level_diff(alpha(), "director", "architect")
    assert diff.track is None
    changes = {d.competency.id: d.change for d in diff.competencies}
    # mentoring: the director's own cell, and on the architect track the lead's cell carried forward
    assert changes == {"analysis": "raised", "design": "carried", "mentoring": "raised", "process": "new"}


def test_level_diff_refuses_a_downward_move_and_unknown_levels() -> None:
    with raises_in_words(
        UsageError, match=r"^in Alpha ladder, Mid does not come before Junior: --from must be a lower"
    ):
        compare.level_diff(alpha(), "mid", "junior")
    with pytest.raises(NotFoundError) as caught:
        compare.level_diff(alpha(), "junior", "cto")
    assert (
        error_text(caught.value, "zh")
        == "“阿尔法体系”中没有级别 'cto'；可用的级别：junior（初级）、mid（中级）、senior（高级）、lead（主管）、"
        "director（总监）、architect（架构师）"
    )


# ---- one ladder -------------------------------------------------------------------------------------------


def test_the_ladder_view_is_the_matrix_by_track() -> None:
    view = compare.ladder_view(alpha(), None, None)
    assert [t.track for t in view.tracks] == ["management", "architect"]
    assert [lv.id for lv in view.tracks[1].levels] == ["junior", "mid", "senior", "lead", "architect"]
    analysis = view.tracks[0].rows[0]
    assert [c.state for c in analysis.cells] == [
        "none",
        "defined",
        "defined",
        "carry",
        "carry",
    ]
    assert analysis.cells[3].carried_from is not None and analysis.cells[3].carried_from.name.zh == "高级"
    assert not view.detail


def test_the_ladder_view_narrows_to_a_level_and_a_competency() -> None:
    view = compare.ladder_view(alpha(), "architect", "design")
    assert view.detail and view.level is not None and view.competency is not None
    (track,) = view.tracks
    assert track.track == "architect" and [lv.id for lv in track.levels] == ["architect"]
    (row,) = track.rows
    (cell,) = row.cells
    assert (cell.state, cell.indicators[0].id) == ("carry", "design.senior.1")
    assert cell.carried_from is not None and cell.carried_from.id == "senior"
    with raises_in_words(
        NotFoundError, match=r"^unknown competency 'x' in Alpha ladder; competencies: analysis \(Analysis\), design"
    ):
        compare.ladder_view(alpha(), None, "x")


# ---- translating a result ---------------------------------------------------------------------------------


def _assessment_up_to(ladder: Ladder, top: set[str]) -> Assessment:
    ratings = {i: 3 for i, (_, level, _) in ladder.indicators().items() if level in top}
    answers = Answers.model_validate({"ladder": ladder.id, "ratings": ratings})
    return use_case.assess(ladder, answers, ladder_sha256="0" * 64, created=datetime(2025, 1, 31, tzinfo=UTC))


def test_a_result_on_alpha_is_placed_onto_beta() -> None:
    result = _assessment_up_to(alpha(), {"junior", "mid", "senior"})
    primary = result.primary()
    translation = compare.translate_result(result, alpha(), beta())
    assert translation.track_a == primary.track == "management"
    assert translation.level_a is not None and translation.level_a.id == primary.level
    (placement,) = translation.placements
    # every level of B aligned with A's strict .. lenient estimate
    forward = _ids(compare.align_levels(alpha(), beta())[0])
    assert primary.strict is not None and primary.lenient is not None and primary.level is not None
    assert placement.low is not None and placement.low.id == forward[primary.strict][0]
    assert placement.high is not None and placement.high.id == forward[primary.lenient][-1]
    assert [c.id for c in placement.central] == forward[primary.level]
    assert not placement.derived
    carried = {c.competency.id: c for c in translation.carried}
    assert set(carried) == {"requirements", "ux"}
    floor = primary.competency("analysis")
    assert floor is not None and floor.floor is not None
    assert carried["requirements"].floor_a is not None and carried["requirements"].floor_a.id == floor.floor
    assert [r.id for r in carried["requirements"].floor_b] == forward[floor.floor]
    assert [c.id for c in translation.assess_next] == ["people", "gtm"]
    assert [c.id for c in translation.not_carried] == ["mentoring", "process"]


def test_a_result_below_the_first_level_places_below_b() -> None:
    ratings = {i: 0 for i, (_, level, _) in alpha().indicators().items()}  # rated, and nothing met
    answers = Answers.model_validate({"ladder": "alpha", "ratings": ratings})
    result = use_case.assess(alpha(), answers, ladder_sha256="0" * 64, created=datetime(2025, 1, 31, tzinfo=UTC))
    translation = compare.translate_result(result, alpha(), beta())
    assert translation.level_a is None
    assert translation.placements[0].low is None and translation.placements[0].central == []


def test_a_result_with_nothing_rated_has_no_estimate_to_place() -> None:
    result = _assessment_up_to(alpha(), set())
    assert result.primary().no_estimate
    with pytest.raises(InputError) as caught:
        compare.translate_result(result, alpha(), beta(), result_file="empty.json")
    assert error_text(caught.value) == (
        "empty.json has no estimate: nothing was rated on Alpha ladder, so there is no level to place; "
        "complete an assessment first"
    )
    assert error_text(caught.value, "zh") == (
        "empty.json 没有估计：在阿尔法体系上什么都没有评分，没有可以对照的级别；请先完成一次自评"
    )


def test_a_result_of_another_ladder_is_refused() -> None:
    result = _assessment_up_to(alpha(), {"junior"})
    with pytest.raises(UsageError) as caught:
        compare.translate_result(result, beta(), alpha(), result_file="my result.json")
    assert error_text(caught.value) == (
        "the result was assessed on ladder alpha, not on Beta ladder: "
        "use pmladder compare alpha beta --result 'my result.json'"
    )


# ---- the bundled ladders ----------------------------------------------------------------------------------

BUNDLED = [p.stem for p in bundled_ladder_files()]
PAIRS = list(permutations(BUNDLED, 2))
#: the level that heads a product (marketing) department, in the ladders that have one
DIRECTORS = {"b2b-healthcare": "director", "pm-generic": "director", "pmm": "head"}


@pytest.mark.parametrize(("a", "b"), PAIRS, ids=[f"{a}-vs-{b}" for a, b in PAIRS])
def test_every_pair_of_bundled_ladders_compares(a: str, b: str) -> None:
    ladder_a, ladder_b = load_ladder(a), load_ladder(b)
    result = compare.compare(ladder_a, ladder_b, load_taxonomy())
    assert result.alignments, "no track pairs"
    for alignment in result.alignments:
        assert alignment.monotone, f"{alignment.track_a} ↔ {alignment.track_b} is not monotone"
        assert all(t.returns for t in alignment.round_trip), alignment.round_trip
        first = alignment.forward[0]
        assert alignment.backward[0].level.id in [m.level.id for m in first.matches], (
            "entry levels do not align"
        )
        director_a, director_b = DIRECTORS.get(a), DIRECTORS.get(b)
        rows = {row.level.id: [m.level.id for m in row.matches] for row in alignment.forward}
        if director_a in rows and director_b in [row.level.id for row in alignment.backward]:
            assert director_b in rows[director_a], "director levels do not align"
    assert len(result.content) == len(result.alignments)


def test_the_bundled_ladders_include_the_four_articles() -> None:
    assert {"b2b-healthcare", "b2b-business", "pm-generic", "pmm"} <= set(BUNDLED)
    for ladder_id, level_id in DIRECTORS.items():
        assert load_ladder(ladder_id).level(level_id) is not None, (ladder_id, level_id)


def test_healthcare_assistant_to_specialist_adds_independent_feature_analysis() -> None:
    diff = compare.level_diff(load_ladder("b2b-healthcare"), "产品助理", "产品专员")
    analysis = next(d for d in diff.competencies if d.competency.id == "analysis")
    assert analysis.change == "new"
    assert analysis.new_indicators
    assert any("单个功能" in i.text.zh for i in analysis.new_indicators)
    assert any("single feature" in i.text.en for i in analysis.new_indicators)
