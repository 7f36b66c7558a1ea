"""The safe YAML/JSON loader: values, positions, rejections, hostile inputs, pydantic errors located."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pmladder.errors import InputError, NotFoundError
from pmladder.io.ladder_files import iter_yaml_files, load_taxonomy
from pmladder.io.models import load_model, require
from pmladder.io.reading import MAX_BYTES
from pmladder.io.yamldoc import Document, LoadFailed, Mark, parse_document
from pmladder.model.answers import Answers
from pmladder.model.issue import Issue
from pmladder.model.ladder import Ladder

EXAMPLES = Path(__file__).resolve().parent / "example-files"
MINIMAL = (EXAMPLES / "valid" / "minimal.yaml").read_text(encoding="utf-8")


def parse(text: str | bytes) -> Document:
    return parse_document(text.encode() if isinstance(text, str) else text, "f.yaml")


def problems(text: str | bytes) -> list[Issue]:
    """Every problem the reader finds, whether it stops the file (LoadFailed) or not (Document.issues)."""
    try:
        return parse(text).issues
    except LoadFailed as failed:
        return failed.issues


def rejection(text: str | bytes) -> Issue:
    found = problems(text)
    assert len(found) == 1, found
    return found[0]


def ladder_issues(text: str) -> list[str]:
    loaded = load_model(Ladder, text.encode(), "f.yaml")
    assert loaded.value is None
    return [i.format() for i in loaded.issues]


def edit(old: str, new: str) -> str:
    assert old in MINIMAL, old
    return MINIMAL.replace(old, new, 1)


# ---- values -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("scalar", "value"),
    [
        ("text", "text"),
        ("'no'", "no"),
        ('"010"', "010"),
        ("true", True),
        ("False", False),
        ("null", None),
        ("~", None),
        ("", None),
        ("12", 12),
        ("-3", -3),
        ("0", 0),
        ("0x1F", 31),
        ("1.5", 1.5),
        ("1e3", 1000.0),
        (".5", 0.5),
        ("产品经理", "产品经理"),
        ("On my own", "On my own"),
        ("|\n  a\n  b", "a\nb\n"),
        ("'2024-01-01'", "2024-01-01"),
    ],
)
def test_plain_and_quoted_values(scalar: str, value: object) -> None:
    assert parse(f"a: {scalar}\n").data == {"a": value}


@pytest.mark.parametrize(
    "scalar",
    [
        "yes",
        "No",
        "ON",
        "off",
        "y",
        "N",
        "010",
        "-07",
        "0o17",
        "0b101",
        "1_000",
        "1:30",
        "2024-01-01",
        "2024-1-1T10:00:00",
    ],
)
def test_yaml_11_surprises_are_refused_not_guessed(scalar: str) -> None:
    issue = rejection(f"a: {scalar}\n")
    assert (issue.code, issue.line, issue.col, issue.path) == ("yaml-ambiguous", 1, 4, "a")
    assert repr(scalar) in issue.text()


def test_json_is_read_by_the_same_loader() -> None:
    text = (
        '{"schema": "pmladder/answers@1", "ladder": "x\\u00e9", "list": [1, 2.5, true, null, {"b": "\\/"}]}'
    )
    doc = parse(text)
    assert doc.data == {
        "schema": "pmladder/answers@1",
        "ladder": "xé",
        "list": [1, 2.5, True, None, {"b": "/"}],
    }
    assert doc.marks[("ladder",)] == Mark(1, 44)
    assert doc.key_marks[("ladder",)] == Mark(1, 34)


def test_json_flow_style_and_surrogate_pairs() -> None:
    assert parse('{"a": 1}').data == {"a": 1}
    emoji = json.dumps({"e": "我 😀"})  # ensure_ascii: "\u6211 \ud83d\ude00"
    assert "\\ud83d\\ude00" in emoji
    assert parse(emoji).data == {"e": "我 😀"}
    assert parse('{"e": "\\\\ud83d\\\\ude00"}').data == {"e": "\\ud83d\\ude00"}  # escaped backslashes stay


def test_pretty_printed_json_answers_validate() -> None:
    answers = {"schema": "pmladder/answers@1", "ladder": "minimal", "ratings": {"analysis.assistant.1": 2}}
    loaded = load_model(Answers, json.dumps(answers, indent="\t").encode(), "a.json")
    assert loaded.issues == []
    assert loaded.value is not None and loaded.value.ratings == {"analysis.assistant.1": 2}


def test_a_bom_at_the_start_and_crlf_line_ends_are_fine() -> None:
    doc = parse(b"\xef\xbb\xbfa: 1\r\nb: x\r\n")
    assert doc.data == {"a": 1, "b": "x"}
    assert doc.marks[("b",)] == Mark(2, 4)


def test_positions_are_1_based_and_count_characters() -> None:
    doc = parse("名称: 值\nlist:\n  - 产品: x\n")
    assert doc.marks[("名称",)] == Mark(1, 5)
    assert doc.key_marks[("list", 0, "产品")] == Mark(3, 5)
    assert doc.marks[("list", 0, "产品")] == Mark(3, 9)


# ---- rejections ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code", "where", "words"),
    [
        ("a: 1\na: 2\n", "duplicate-key", (2, 1), "duplicate key 'a' (first at line 1, col 1)"),
        ("a:\n  b: 1\n  c: 2\n  b: 3\n", "duplicate-key", (4, 3), "first at line 2"),
        ("1: x\n", "yaml-key", (1, 1), "keys must be text; '1' is read as a whole number"),
        ("~: x\n", "yaml-key", (1, 1), "nothing (null)"),
        ("? [a]\n: x\n", "yaml-key", (1, 3), "not a list or mapping"),
        ("a: 1\n---\nb: 2\n", "yaml-multi", (2, 1), "only one YAML document"),
        ("a: !!python/object:os.system x\n", "yaml-tag", (1, 4), "!!python/object:os.system"),
        ("a: !!int 1\n", "yaml-tag", (1, 4), "!!int"),
        ("a: !custom {}\n", "yaml-tag", (1, 4), "!custom"),
        ("base: &b {x: 1}\nc:\n  <<: *b\n", "yaml-merge", (3, 3), "merge keys (<<)"),
        ("a: *nowhere\n", "yaml-alias", (1, 4), "unknown alias *nowhere"),
        ("a: [1\n", "yaml-syntax", (2, 1), "did not find expected"),
        ("a:\n\tb: 1\n", "yaml-syntax", (2, 1), "a tab cannot indent YAML"),
        ("a: .inf\n", "number-not-finite", (1, 4), "infinite"),
        ("a: 1e400\n", "number-too-large", (1, 4), "too long"),
        ("a: 0x" + "f" * 40 + "\n", "number-too-large", (1, 4), "too long"),
        ("", "empty", (1, 1), "empty"),
        ("# only a comment\n", "empty", (1, 1), "empty"),
        ("---\n...\n", "empty", (1, 1), "empty"),
        ('a: "x\\e[31my"\n', "control-char", (1, 4), "U+001B"),
        ('a: "x\\u202Ey"\n', "control-char", (1, 4), "U+202E"),
        ('a: "x\\ry"\n', "control-char", (1, 4), "U+000D"),
    ],
)
def test_rejections_are_located(text: str, code: str, where: tuple[int, int], words: str) -> None:
    issue = rejection(text)
    assert (issue.code, (issue.line, issue.col)) == (code, where)
    assert words in issue.text()


@pytest.mark.parametrize(
    ("raw", "code", "where", "words"),
    [
        (b"a: 1\nb: caf\xe9\n", "encoding", (2, 7), "byte 0xe9"),
        ("a: 1\n".encode("utf-16"), "encoding", (1, 1), "UTF-16"),
        ("a: 1\n".encode("utf-16-le"), "encoding", (1, 1), "UTF-16"),
        (b"a: 1\nb: x\x00y\n", "control-char", (2, 5), "U+0000"),
        (b"a: x\x1b[31mred\n", "control-char", (1, 5), "U+001B"),
        ("a: 1\nb: x\ufeffy\n".encode(), "control-char", (2, 5), "byte-order mark"),
        ("# \u202e comment\na: 1\n".encode(), "control-char", (1, 3), "U+202E"),
        (b"a: 1\x7f\n", "control-char", (1, 5), "U+007F"),
    ],
)
def test_bad_bytes_are_located(raw: bytes, code: str, where: tuple[int, int], words: str) -> None:
    issue = rejection(raw)
    assert (issue.code, (issue.line, issue.col)) == (code, where)
    assert words in issue.text()


# ---- every problem in one pass: what stops the file and what does not --------------------------------


@pytest.mark.parametrize(
    ("text", "found", "data"),
    [
        # each problem is recorded, and the data holds a stand-in: the text as written, the last of
        # duplicate keys, nothing (null) for an unknown alias, the untagged value
        ("a: yes\nb: No\n", [("yaml-ambiguous", 1, 4), ("yaml-ambiguous", 2, 4)], {"a": "yes", "b": "No"}),
        ("a: 010\nb: 1_000\nc: 1:30\nd: 2024-01-01\n",
         [("yaml-ambiguous", 1, 4), ("yaml-ambiguous", 2, 4), ("yaml-ambiguous", 3, 4), ("yaml-ambiguous", 4, 4)],
         {"a": "010", "b": "1_000", "c": "1:30", "d": "2024-01-01"}),
        ("a: 1\na: 2\nb: 1\nb: 2\n", [("duplicate-key", 2, 1), ("duplicate-key", 4, 1)], {"a": 2, "b": 2}),
        ("1: x\n~: z\n", [("yaml-key", 1, 1), ("yaml-key", 2, 1)], {"1": "x", "~": "z"}),
        ("? [a]\n: x\n", [("yaml-key", 1, 3)], {"[a]": "x"}),
        ("a: !!int 1\nb: !x [1]\n", [("yaml-tag", 1, 4), ("yaml-tag", 2, 4)], {"a": 1, "b": [1]}),
        ("a: *x\nb: *y\n", [("yaml-alias", 1, 4), ("yaml-alias", 2, 4)], {"a": None, "b": None}),
        ("b: &b {x: 1}\nc:\n  <<: *b\n", [("yaml-merge", 3, 3)], {"b": {"x": 1}, "c": {"<<": {"x": 1}}}),
        ('a: "x\\ey"\nb: "\\u202e"\n', [("control-char", 1, 4), ("control-char", 2, 4)],
         {"a": "x\ufffdy", "b": "\ufffd"}),
        ("a: x\x1by\nb: \x00\n", [("control-char", 1, 5), ("control-char", 2, 4)], {"a": "x\ufffdy", "b": "\ufffd"}),
        ("a: .inf\nb: " + "9" * 40 + "\n", [("number-not-finite", 1, 4), ("number-too-large", 2, 4)],
         {"a": ".inf", "b": "9" * 40}),
        ("a: 1\n---\nb: yes\n", [("yaml-multi", 2, 1)], {"a": 1}),  # the first document is read
    ],
    ids=["bool", "yaml-1.1-numbers", "duplicate", "key-type", "key-collection", "tags", "aliases", "merge",
         "escapes", "raw-controls", "numbers", "multi"],
)
def test_problems_that_leave_the_file_readable_are_all_found_in_one_pass(
    text: str, found: list[tuple[str, int, int]], data: object
) -> None:
    doc = parse(text)
    assert [(i.code, i.line, i.col) for i in doc.issues] == found
    assert doc.data == data


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("a: yes\nb: [1\n", [("yaml-ambiguous", 1, 4), ("yaml-syntax", 3, 1)]),
        ("a: yes\nb: " + "[" * 70 + "]" * 70 + "\n", [("yaml-ambiguous", 1, 4), ("yaml-depth", 2, 67)]),
        ("a: yes\nx: &x 1\nall: [" + ", ".join(["*x"] * 101) + "]\n",
         [("yaml-ambiguous", 1, 4), ("yaml-aliases", 3, 407)]),
        ("a: yes\nb: 1\n\tc: 1\n", [("yaml-ambiguous", 1, 4), ("yaml-syntax", 3, 1)]),
        ("a: x\x1by\nb: caf\xe9\n", [("encoding", 2, 7)]),  # decoding comes first: nothing else is read
    ],
    ids=["syntax", "depth", "aliases", "tab", "encoding"],
)
def test_a_fatal_problem_stops_the_file_and_keeps_what_was_found_before(
    text: str, found: list[tuple[str, int, int]]
) -> None:
    raw = text.encode("latin-1") if "\xe9" in text else text.encode()
    with pytest.raises(LoadFailed) as caught:
        parse(raw)
    assert [(i.code, i.line, i.col) for i in caught.value.issues] == found


def test_reading_stops_after_too_many_problems() -> None:
    from pmladder.io.problems import MAX_ISSUES

    with pytest.raises(LoadFailed) as caught:
        parse("".join(f"k{i}: yes\n" for i in range(MAX_ISSUES + 50)))
    issues = caught.value.issues
    assert len(issues) == MAX_ISSUES + 1
    assert (issues[-1].code, issues[-1].line) == ("too-many-problems", MAX_ISSUES)
    assert "more than 1,000 problems" in issues[-1].text()


def test_a_file_with_a_yaml_problem_has_no_model_even_when_the_schema_passes() -> None:
    loaded = load_model(Ladder, edit("id: minimal\n", "id: minimal\nid: minimal\n").encode(), "f.yaml")
    assert loaded.value is None and loaded.model is not None
    assert [i.format() for i in loaded.issues] == [
        "f.yaml:5:1: error duplicate-key duplicate key 'id' (first at line 4, col 1) (id)"
    ]


@pytest.mark.parametrize(
    ("old", "new", "code"),
    [
        ("year: 2024", "year: 02024", "yaml-ambiguous"),  # not also "expected a whole number, got text"
        ("year: 2024", "year: *nothing", "yaml-alias"),  # not also "has no value"
        ("band: 1\n", "band: !!int 1\n", "yaml-tag"),
        ("band_rationale:", "yes: 1\nband_rationale:", "yaml-ambiguous"),  # not also "unknown field 'yes'"
    ],
)
def test_the_schema_does_not_report_a_stand_in_again(old: str, new: str, code: str) -> None:
    loaded = load_model(Ladder, edit(old, new).encode(), "f.yaml")
    assert [i.code for i in loaded.issues] == [code]


def test_fields_a_merge_key_would_give_are_not_reported_missing() -> None:
    text = edit("source:\n", "defaults: &src {title: t}\nsource:\n  <<: *src\n").replace("  title: 《示例文章》\n", "")
    assert [i.code for i in load_model(Ladder, text.encode(), "f.yaml").issues] == [
        "schema-unknown-field",  # defaults
        "yaml-merge",
    ]


# ---- hostile inputs: rejected at once, never a crash ----------------------------------------------


def test_25000_deep_flow_nesting_is_rejected_at_depth_64() -> None:
    issue = rejection("a: " + "[" * 25_000 + "]" * 25_000 + "\n")
    assert (issue.code, issue.line, issue.col) == ("yaml-depth", 1, 67)


@pytest.mark.parametrize("depth", [65, 999, 1001, 5000])
def test_flow_nesting_past_the_limit_is_yaml_depth_at_the_65th_bracket(depth: int) -> None:
    issue = rejection("top:\n  a: " + "[" * depth + "]" * depth + "\n")
    # two mappings hold the brackets, so the 63rd bracket (column 5 + 63) opens the 65th level
    assert (issue.code, issue.line, issue.col) == ("yaml-depth", 2, 5 + 63)


def test_depth_limit_holds_whatever_nesting_limit_the_c_parser_has(monkeypatch: pytest.MonkeyPatch) -> None:
    """A libyaml that gives up at a lower depth than ours still yields pmladder's own yaml-depth issue."""
    import yaml

    from pmladder.io import compose

    class GivesUpEarly(compose.EventLoader):  # type: ignore[misc,name-defined]
        def get_event(self) -> object:
            event = super().get_event()
            if isinstance(event, yaml.SequenceStartEvent) and event.start_mark.column > 10:
                raise yaml.scanner.ScannerError(
                    "while increasing flow level", None, "exceeded maximum nesting depth", event.start_mark
                )
            return event

    monkeypatch.setattr(compose, "EventLoader", GivesUpEarly)
    issue = rejection("a: " + "[" * 100 + "]" * 100 + "\n")
    assert (issue.code, issue.line, issue.col) == ("yaml-depth", 1, 67)


def test_25000_deep_block_and_mapping_nesting_is_rejected() -> None:
    assert rejection("- " * 25_000 + "x\n").code == "yaml-depth"
    assert rejection("a: " + "{a: " * 25_000 + "1" + "}" * 25_000 + "\n").code == "yaml-depth"


def test_billion_laughs_is_stopped_by_the_expanded_node_count() -> None:
    lines = ["l0: &l0 [x, x, x, x, x, x, x, x, x]"]
    lines += [f"l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 9)}]" for i in range(1, 10)]
    issue = rejection("\n".join(lines) + "\n")
    assert issue.code == "yaml-too-many-nodes"
    assert issue.line == 6  # l5 expands to about 600,000 values


def test_too_many_aliases() -> None:
    issue = rejection("x: &x 1\nall: [" + ", ".join(["*x"] * 101) + "]\n")
    assert (issue.code, issue.line) == ("yaml-aliases", 2)


def test_files_over_1_mib_are_refused_without_parsing() -> None:
    raw = b"a: '" + b"x" * (2 * MAX_BYTES) + b"'\n"
    issue = rejection(raw)
    assert (issue.code, issue.line, issue.col) == ("too-large", 1, 1)
    assert "1,048,576 bytes" in issue.text()


def test_a_5000_digit_number() -> None:
    issue = rejection("year: " + "9" * 5000 + "\n")
    assert issue.code == "number-too-large"
    assert "5000 digits" in issue.text()


# ---- pydantic errors, located -------------------------------------------------------------------


def test_a_key_without_a_value_points_at_the_key() -> None:
    assert ladder_issues(edit("  year: 2024\n", "  year:\n")) == [
        "f.yaml:11:3: error schema-type 'year' has no value: expected a whole number (source.year)"
    ]


def test_a_missing_field_points_at_the_mapping_that_lacks_it() -> None:
    assert ladder_issues(edit("  year: 2024\n", "")) == [
        "f.yaml:7:1: error schema-missing required field 'year' is missing (source.year)"
    ]


def test_a_missing_language_says_so() -> None:
    assert ladder_issues(
        edit("name: {zh: 最小职级体系, en: Minimal ladder}", "name: {zh: 最小职级体系}")
    ) == ["f.yaml:5:1: error missing-text missing en text: every text needs both zh and en (name.en)"]


def test_a_list_where_a_mapping_is_expected() -> None:
    assert ladder_issues(edit("name: {zh: 最小职级体系, en: Minimal ladder}", "name: [最小, minimal]")) == [
        "f.yaml:5:1: error schema-type expected a mapping (key: value), got a list (name)"
    ]


def test_the_schema_alias_field() -> None:
    # a later version of the same kind of file was written by a newer pmladder: say so
    assert ladder_issues(edit("schema: pmladder/ladder@1\n", "schema: pmladder/ladder@9\n")) == [
        "f.yaml:3:9: error schema-value 'pmladder/ladder@9' is a newer format than this pmladder reads "
        "('pmladder/ladder@1'): upgrade pmladder (schema)"
    ]
    assert ladder_issues(edit("schema: pmladder/ladder@1\n", "schema: pmladder/answers@1\n")) == [
        "f.yaml:3:9: error schema-value this is a pmladder answers file ('pmladder/answers@1'), not what is "
        "expected here ('pmladder/ladder@1') (schema)"
    ]
    for other in ("pmladder/ladder@0", "pmladder/ladder@x", "ladder"):
        assert ladder_issues(edit("schema: pmladder/ladder@1\n", f"schema: {other}\n")) == [
            f"f.yaml:3:9: error schema-value must be 'pmladder/ladder@1' (got {other!r}) (schema)"
        ]
    assert ladder_issues(edit("schema: pmladder/ladder@1\n", "")) == [
        "f.yaml:3:1: error schema-missing required field 'schema' is missing (schema)"
    ]


def test_union_tags_never_show_in_paths() -> None:
    text = edit(
        "      assistant:\n        summary: {zh: 在指导下整理需求。, "
        "en: Organises requirements with guidance.}",
        "      assistant:\n        requirement: carry\n        note: {zh: 说明}\n      x:\n"
        "        summary: {zh: 在指导下整理需求。, en: Organises requirements with guidance.}",
    )
    issues = ladder_issues(text)
    assert (
        "f.yaml:33:9: error missing-text missing en text: every text needs both zh and en "
        "(competencies[0].expectations.assistant.note.en)" in issues
    )
    assert not any("carry" in i.split("(")[-1] or "defined" in i.split("(")[-1] for i in issues)


def test_a_question_with_a_bad_kind_points_at_the_kind() -> None:
    text = MINIMAL + "questions:\n  - {kind: quiz, id: q.1}\n"
    assert ladder_issues(text) == [
        "f.yaml:44:12: error schema-value kind must be one of 'situational', 'contra' (got 'quiz') "
        "(questions[0].kind)"
    ]


def test_a_bad_mapping_key_points_at_the_key() -> None:
    text = edit("      assistant:\n        summary", "      Assistant Level:\n        summary")
    assert ladder_issues(text) == [
        "f.yaml:31:7: error schema-value 'Assistant Level' is not a valid id: "
        "use lower-case letters, digits, - and _, "
        "starting with a letter (competencies[0].expectations.Assistant Level)"
    ]


def test_a_missing_key_does_not_resolve_through_an_unrelated_node() -> None:
    doc = parse("a: {}\nyear: 1\n")
    mark, path = doc.locate(("a", "nested", "year"))
    assert (mark, path) == (Mark(1, 4), "a")  # not the root key year, and not (2, 7)


def test_nodes_reached_through_an_alias_use_the_alias_position() -> None:
    doc = parse("t: &t {zh: 中}\nname: *t\n")
    assert doc.locate(("name", "zh"), key=False) == (Mark(2, 7), "name.zh")


def test_strict_types_quoted_numbers_are_not_numbers() -> None:
    assert ladder_issues(edit("year: 2024", "year: '2024'")) == [
        "f.yaml:11:9: error schema-type expected a whole number, got text (source.year)"
    ]


def test_every_problem_is_reported_not_just_the_first() -> None:
    text = (
        edit("year: 2024", "year: 1800").replace("band: 2", "band: 9").replace("id: minimal", "id: Minimal")
    )
    assert [i.split(": error ")[1].split(" ")[0] for i in ladder_issues(text)] == ["schema-value"] * 3


def test_messages_in_chinese() -> None:
    loaded = load_model(Ladder, edit("  year: 2024\n", "").encode(), "f.yaml")
    assert [i.format("zh") for i in loaded.issues] == [
        "f.yaml:7:1: error schema-missing 缺少必填字段 'year' (source.year)"
    ]


# ---- helpers ------------------------------------------------------------------------------------


def test_require_names_the_first_problem_and_how_many_more(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    raw = edit("year: 2024", "year: 1800").replace("band: 2", "band: 9").encode()
    with pytest.raises(InputError) as caught:
        require(load_model(Ladder, raw, "f.yaml"))
    assert str(caught.value) == (  # no such file (standard input, say): validate is named without it
        "f.yaml:11:9: error schema-value must be at least 1990 (got 1800) (source.year) "
        "(and 1 more error; run pmladder validate to see both)"
    )
    monkeypatch.chdir(tmp_path)
    (tmp_path / "my ladder.yaml").write_bytes(raw.replace(b"year: 1800", b"year: 1800\n  extra: 1"))
    with pytest.raises(InputError) as caught:
        require(load_model(Ladder, (tmp_path / "my ladder.yaml").read_bytes(), "my ladder.yaml"))
    assert caught.value.text("zh").endswith("（还有 2 个错误；运行 pmladder validate 'my ladder.yaml' 查看全部）")


def test_iter_yaml_files_is_recursive_sorted_and_skips_hidden_folders(tmp_path: Path) -> None:
    for name in ["b.yaml", "a.yml", "sub/c.yaml", ".git/d.yaml", "sub/.hidden/e.yaml", "notes.txt"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("a: 1\n")
    assert [p.relative_to(tmp_path).as_posix() for p in iter_yaml_files(tmp_path)] == [
        "a.yml",
        "b.yaml",
        "sub/c.yaml",
    ]


def test_the_bundled_taxonomy_loads_once() -> None:
    assert load_taxonomy() is load_taxonomy()
    assert [b.band for b in load_taxonomy().bands] == [1, 2, 3, 4, 5, 6, 7]


def test_read_errors_are_usage_errors(tmp_path: Path) -> None:
    from pmladder.io.reading import read_bytes

    with pytest.raises(NotFoundError, match="no such file"):
        read_bytes(tmp_path / "missing.yaml")
    with pytest.raises(NotFoundError, match="is a folder"):
        read_bytes(tmp_path)


# ---- the quick pass and the careful reader ----------------------------------------------------------


def _every_example() -> list[Path]:
    from pmladder.io.ladder_files import bundled_dir

    return sorted([*EXAMPLES.rglob("*.yaml"), *EXAMPLES.rglob("*.json"), *bundled_dir().glob("*.yaml")])


@pytest.mark.parametrize("path", _every_example(), ids=lambda p: p.name)
def test_the_quick_pass_reads_what_the_careful_reader_reads(path: Path) -> None:
    """A file the quick pass reads whole gives the careful reader's data, no problem, and (on first use)
    the careful reader's positions; a file with a problem is read by the careful reader alone."""
    from pmladder.io.compose import compose
    from pmladder.io.reading import decode

    raw = path.read_bytes()
    try:
        doc = parse_document(raw, path.name)
    except LoadFailed:
        return
    found: list[Issue] = []
    careful = compose(decode(raw, path.name, found), path.name, found)
    assert doc.data == careful.data
    assert doc.issues == careful.issues
    assert (doc.marks, doc.key_marks) == (careful.marks, careful.key_marks)


def test_every_parser_phrase_code_has_words_and_its_english_is_the_phrase() -> None:
    from pmladder.i18n import yaml as words
    from pmladder.io import syntax

    for table in (syntax._PHRASES, syntax._WHAT, syntax._TOKENS):
        for english, code in table.items():
            assert words.MESSAGES[code]["en"].replace("{{", "{").replace("}}", "}") == english
