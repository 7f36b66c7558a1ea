"""`pmladder ladders` and `pmladder show`: listing, user ladders, the matrix and its golden renders."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from compare_fixtures import ALPHA, BETA, alpha, render

from pmladder import compare
from pmladder.cli import main
from pmladder.io.ladder_files import bundled_ladder_files
from pmladder.io.ladders import ladder_named as load_ladder
from pmladder.model.comparison import LadderList, LadderView
from pmladder.render.ladder import md, render_list, render_view, view_markdown

if TYPE_CHECKING:
    from conftest import Golden

A = str(ALPHA)


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


# ---- pmladder ladders -------------------------------------------------------------------------------------


def test_ladders_lists_every_bundled_ladder(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(capsys, "ladders", "--format", "json")
    assert (code, err) == (0, "")
    listing = LadderList.model_validate_json(out)
    bundled = [e for e in listing.ladders if e.source == "bundled"]
    assert [e.path for e in bundled] == [str(p) for p in bundled_ladder_files()]
    healthcare = next(e for e in bundled if e.id == "b2b-healthcare")
    ladder = load_ladder("b2b-healthcare")
    assert (healthcare.levels, healthcare.tracks) == (len(ladder.levels), list(ladder.tracks()))
    assert healthcare.name == ladder.name and healthcare.error is None


def test_ladders_lists_user_ladders_and_given_paths(
    capsys: pytest.CaptureFixture[str], pmladder_home: Path, tmp_path: Path
) -> None:
    (pmladder_home / "ladders").mkdir()
    shutil.copy(BETA, pmladder_home / "ladders" / "mine.yaml")
    extra = tmp_path / "more"
    extra.mkdir()
    shutil.copy(ALPHA, extra / "alpha.yaml")
    code, out, _ = _run(capsys, "ladders", str(extra), "--format", "json")
    assert code == 0
    entries = [(e.id, e.source, Path(e.path).name) for e in LadderList.model_validate_json(out).ladders]
    assert entries[-2:] == [("beta", "user", "mine.yaml"), ("alpha", "path", "alpha.yaml")]


def test_ladders_text_shows_names_in_the_chosen_language(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "ladders", A, "--lang", "zh")
    assert code == 0
    line = next(line for line in out.splitlines() if "alpha" in line and "阿尔法体系" in line)
    assert "6" in line and "指定路径" in line
    _, out, _ = _run(capsys, "ladders", A, "--lang", "en")
    assert any("alpha" in line and "Alpha ladder" in line and "path" in line for line in out.splitlines())


def test_an_invalid_ladder_is_listed_with_its_problem_and_exit_1(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("schema: pmladder/ladder@1\nid: broken\n", encoding="utf-8")
    code, out, _ = _run(capsys, "ladders", str(broken), "--format", "json")
    assert code == 1
    entry = LadderList.model_validate_json(out).ladders[-1]
    # the id as written, though the schema fails; in the table, the first problem and how many more
    assert (entry.id, entry.source, entry.levels) == ("broken", "path", 0)
    assert entry.error is not None and entry.error.startswith(
        f"{broken}:1:1: error schema-missing required field"
    )
    assert entry.error_count > 2
    _, _, refusal = _run(capsys, "show", str(broken))  # the words show uses to refuse the file
    refusal = refusal.removeprefix("pmladder: ").rstrip("\n")
    file = re.escape(str(broken))
    more = rf" \(and {entry.error_count - 1} more \w+; run pmladder validate {file} to see them all\)$"
    assert refusal.startswith(entry.error) and re.search(more, refusal)
    monkeypatch.setenv("COLUMNS", "60")  # one block per ladder, each value under its label
    code, out, _ = _run(capsys, "ladders", str(broken), "--lang", "en")
    assert code == 1
    lines = [line.strip() for line in out.splitlines()]
    assert "broken" in lines and "?" not in lines
    assert "".join(refusal.split()) in "".join(out.split())  # the long file name in it may fold


def test_ladders_with_a_missing_path_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, err = _run(capsys, "ladders", str(tmp_path / "nope.yaml"))
    assert code == 2 and out == ""
    assert err == f"pmladder: {tmp_path / 'nope.yaml'}: no such file\n"


def test_ladders_refuses_markdown(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "ladders", "--format", "markdown")
    assert code == 2
    assert err == "pmladder: --format must be one of text|json, not 'markdown'\n"


# ---- pmladder show ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_golden_matrix(
    golden: Golden, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    monkeypatch.chdir(ALPHA.parent)  # the hint under the matrix repeats the path as given
    code, out, err = _run(capsys, "show", ALPHA.name, "--lang", lang)
    assert (code, err) == (0, "")
    golden(f"show/alpha.{lang}.txt", out)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_golden_one_level(golden: Golden, capsys: pytest.CaptureFixture[str], lang: str) -> None:
    code, out, _ = _run(capsys, "show", A, "--level", "junior", "--lang", lang)
    assert code == 0
    golden(f"show/alpha-junior.{lang}.txt", out)


def test_golden_one_competency(golden: Golden, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "show", A, "--competency", "process", "--lang", "en")
    assert code == 0
    golden("show/alpha-process.en.txt", out)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_golden_markdown(golden: Golden, capsys: pytest.CaptureFixture[str], lang: str) -> None:
    code, out, _ = _run(capsys, "show", A, "--format", "markdown", "--lang", lang)
    assert code == 0
    golden(f"show/alpha.{lang}.md", out)


def test_golden_one_cell_markdown(golden: Golden, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(
        capsys, "show", A, "--level", "架构师", "--competency", "设计", "--format", "markdown", "--lang", "zh"
    )
    assert code == 0
    golden("show/alpha-architect-design.zh.md", out)


def test_the_matrix_marks_none_and_carry(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "120")  # every level in one table
    _, out, _ = _run(capsys, "show", A, "--lang", "en")
    analysis = next(line for line in out.splitlines() if line.startswith("│ Analysis"))
    cells = [c.strip() for c in analysis.strip("│").split("│")]
    assert cells[1] == "—"  # junior: none
    assert cells[4:6] == ["↑ carry", "↑ carry"]  # lead, director
    _, out, _ = _run(capsys, "show", A, "--lang", "zh")
    assert "↑ 沿用" in out


def test_show_json_is_the_ladder_view(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "show", A, "--level", "lead", "--format", "json")
    assert code == 0
    assert LadderView.model_validate_json(out) == compare.ladder_view(alpha(), "lead", None)


def test_show_finds_user_ladders_by_file_name(
    capsys: pytest.CaptureFixture[str], pmladder_home: Path
) -> None:
    (pmladder_home / "ladders").mkdir()
    shutil.copy(BETA, pmladder_home / "ladders" / "mine.yaml")
    code, out, _ = _run(capsys, "show", "mine", "--lang", "en")
    assert code == 0
    assert out.startswith("Beta ladder (beta)")


def test_show_a_bundled_ladder(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "show", "b2b-healthcare", "--lang", "zh")
    assert code == 0
    assert "管理路线" in out and "架构师路线" in out
    assert "产品助理" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["show", A, "--level", "cto"],
            "unknown level 'cto' in Alpha ladder; levels: junior (Junior), mid (Mid), senior (Senior), lead (Lead), "
            "director (Director), architect (Architect)",
        ),
        (
            ["show", A, "--competency", "x", "--lang", "zh"],
            "“阿尔法体系”中没有能力 'x'；可用的能力：analysis（分析）、design（设计）、mentoring（带人）、"
            "process（流程）",
        ),
        (["show", A, "--format", "html"], "--format must be one of text|markdown|json, not 'html'"),
        (["show", "tests/none.yaml"], "tests/none.yaml: no such ladder file"),
    ],
)
def test_show_errors(capsys: pytest.CaptureFixture[str], args: list[str], message: str) -> None:
    code, out, err = _run(capsys, *args)
    assert (code, out) == (2, "")
    assert err == f"pmladder: {message}\n"


def test_an_unknown_ladder_names_bundled_and_user_ladders(
    capsys: pytest.CaptureFixture[str], pmladder_home: Path
) -> None:
    (pmladder_home / "ladders").mkdir()
    shutil.copy(BETA, pmladder_home / "ladders" / "mine.yaml")
    code, _, err = _run(capsys, "show", "nope")
    bundled = ", ".join(p.stem for p in bundled_ladder_files())
    assert code == 2
    folder = pmladder_home / "ladders"
    assert err == f"pmladder: unknown ladder 'nope'; bundled ladders: {bundled}; in {folder}: mine\n"


# ---- ladder text is never markup --------------------------------------------------------------------------


def test_ladder_text_is_escaped_for_rich_and_markdown() -> None:
    levels = [
        lv.model_copy(update={"name": lv.name.model_copy(update={"en": "[bold]Junior[/bold] | *x*"})})
        if lv.id == "junior"
        else lv
        for lv in alpha().levels
    ]
    tricky = alpha().model_copy(update={"levels": levels})
    view = compare.ladder_view(tricky, "junior", None)
    assert "[bold]Junior[/bold] | *x*" in render(render_view(view, "en"))
    assert md("[bold]Junior[/bold] | *x*") in view_markdown(view, "en")
    assert md("a|b*c_d") == "a\\|b\\*c\\_d"

# ---- QA regressions ---------------------------------------------------------------------------------------


def test_a_folder_named_like_a_ladder_does_not_hide_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "pmm").mkdir()
    monkeypatch.chdir(tmp_path)
    code, out, err = _run(capsys, "show", "pmm", "--lang", "en")
    assert (code, err) == (0, "")
    assert out.startswith("Product marketing manager (PMM) ladder (pmm)")
    code, _, err = _run(capsys, "compare", "pmm", "pm-generic", "--format", "json")
    assert (code, err) == (0, "")


@pytest.mark.parametrize(
    ("name", "lang", "message"),
    [
        ("{tmp}", "en", "{tmp}: is a folder, not a ladder file (pmladder ladders {tmp} lists the ladders in it)"),
        ("{tmp}", "zh", "{tmp}：这是文件夹，不是职级体系文件（pmladder ladders {tmp} 会列出其中的职级体系）"),
        ("{tmp}/none.yaml", "zh", "{tmp}/none.yaml：没有这个职级体系文件"),
    ],
)
def test_a_ladder_path_that_is_no_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str, lang: str, message: str
) -> None:
    code, out, err = _run(capsys, "show", name.format(tmp=tmp_path), "--lang", lang)
    assert (code, out) == (2, "")
    assert err == f"pmladder: {message.format(tmp=tmp_path)}\n"


def test_an_empty_ladder_name_is_an_unknown_ladder(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "show", "")
    assert code == 2
    assert err.startswith("pmladder: unknown ladder ''; bundled ladders: b2b-business, ")


def test_ladders_with_a_missing_path_in_chinese(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = _run(capsys, "ladders", str(tmp_path / "nope.yaml"), "--lang", "zh")
    assert code == 2
    assert err == f"pmladder: {tmp_path / 'nope.yaml'}：没有这个文件\n"


def test_ladders_lists_a_bundled_ladder_given_as_a_path_once(capsys: pytest.CaptureFixture[str]) -> None:
    folder = bundled_ladder_files()[0].parent
    code, out, _ = _run(capsys, "ladders", str(folder), str(bundled_ladder_files()[0]), "--format", "json")
    assert code == 0
    listing = LadderList.model_validate_json(out)
    assert [e.source for e in listing.ladders] == ["bundled"] * len(bundled_ladder_files())


def test_the_source_column_is_never_folded_at_80_columns() -> None:
    from pmladder.model.comparison import LadderList as List
    from pmladder.render.ladder import render_list

    listing = List(ladders=[compare.ladder_entry(alpha(), str(ALPHA), "bundled")])
    text = render(render_list(listing, "en"), 80)
    assert "Source" in text and "bundled" in text
    text = render(render_list(listing, "zh"), 60)
    assert "来源" in text and "内置" in text


def test_track_titles_use_the_declared_names_and_a_ladder_without_branches_has_none(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = _run(capsys, "show", "b2b-healthcare", "--lang", "en")
    assert code == 0
    titles = [line.strip() for line in out.splitlines() if line.strip().endswith("track")]
    assert titles == ["Management track", "Architect track"]
    code, out, _ = _run(capsys, "show", "pmm", "--lang", "zh", "--format", "markdown")
    assert code == 0
    assert "主线" not in out and "## " not in out  # one track: no track heading at all
    code, out, _ = _run(capsys, "show", "b2b-healthcare", "--format", "json")
    assert json.loads(out)["ladder"]["track_names"]["architect"] == {"zh": "架构师路线", "en": "Architect track"}


def test_a_list_item_that_starts_like_a_list_marker_stays_one_item(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # "- 1. I do..." would be a list inside the list item; "-     x" a code block inside it
    text = ALPHA.read_text(encoding="utf-8")
    text = text.replace("en: I do design junior item 1}", "en: '1. I do design junior item 1'}")
    text = text.replace("en: Junior summary}", "en: '    - Junior summary'}")
    ladder = tmp_path / "alpha.yaml"
    ladder.write_text(text, encoding="utf-8")
    code, out, _ = _run(capsys, "show", str(ladder), "--level", "junior", "--competency", "design",
                        "--format", "markdown", "--lang", "en")
    assert code == 0
    assert "- 1\\. I do design junior item 1 `design.junior.1`" in out
    assert "\n\n\\- Junior summary\n\n" in out


def test_ladders_shows_track_names_and_no_track_for_a_ladder_without_branches(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, en, _ = _run(capsys, "ladders", "--lang", "en")
    assert code == 0
    listing = LadderList.model_validate_json(_run(capsys, "ladders", "--format", "json")[1])
    wide = render(render_list(listing, "en"), width=120)
    lines = wide.splitlines()
    at = next(i for i, line in enumerate(lines) if "b2b-healthcare" in line)
    assert "│ Management track, │" in " ".join(lines[at].split())
    assert "│ Architect track │" in " ".join(lines[at + 1].split())
    generic = next(line for line in en.splitlines() if "pm-generic" in line)
    assert "│ —" in generic and " main " not in generic
    _, zh, _ = _run(capsys, "ladders", "--lang", "zh")
    healthcare = next(line for line in zh.splitlines() if "b2b-healthcare" in line)
    assert "管理路线、架构" in healthcare
    _, data, _ = _run(capsys, "ladders", "--format", "json")
    entry = next(e for e in json.loads(data)["ladders"] if e["id"] == "b2b-healthcare")
    assert entry["track_names"]["architect"] == {"zh": "架构师路线", "en": "Architect track"}


# ---- widths: capped, no word broken, stacked when narrow (issue 8, section 5) ------------------------------

WIDTHS = [40, 60, 79, 80, 100, 120, 200]


def _words(*texts: str) -> set[str]:
    return {w.lower() for text in texts for w in re.findall(r"[A-Za-z]+", text)}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(
    "args",
    [
        ["show", "b2b-healthcare"],
        ["show", "pm-generic"],
        ["show", "b2b-healthcare", "--competency", "analysis"],
        ["show", "pmm", "--level", "senior"],
        ["ladders"],
        ["compare", "b2b-healthcare", "pm-generic"],
        ["compare", "b2b-healthcare", "pm-generic", "-c", "analysis"],
    ],
)
def test_no_report_is_wider_than_120_columns_nor_breaks_an_english_word(
    args: list[str], width: int, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", str(width))
    code, out, _ = _run(capsys, *args, "--lang", "en")
    assert code == 0
    assert max(len(line.rstrip()) for line in out.splitlines()) <= min(width, 120)
    if args[0] == "ladders":
        return  # file paths: tests/test_widths.py
    # every word shown is a whole word of the ladders or the program's own text: nothing like "requiremen"
    import pmladder.render.compare as compare_render
    import pmladder.render.ladder as ladder_render
    import pmladder.render.layout as layout

    sources = [
        Path(f).read_text("utf-8") for f in (compare_render.__file__, ladder_render.__file__, layout.__file__)
    ]
    sources += [p.read_text("utf-8") for p in (Path(layout.__file__).parent.parent / "i18n").glob("*.py")]
    known = _words(*sources, *(p.read_text("utf-8") for p in bundled_ladder_files()), str(Path.cwd()))
    known |= _words((Path(compare.__file__).parent.parent.parent / "ladders" / "taxonomy.yaml").read_text("utf-8"))
    broken = _words(out) - known
    assert not broken, broken


def test_below_80_columns_the_matrix_is_one_block_per_level(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "60")
    _, en, _ = _run(capsys, "show", "b2b-healthcare", "--lang", "en")
    lines = [line.rstrip() for line in en.splitlines()]
    assert "┃" not in en and "│" not in en  # no table
    at = lines.index("Product specialist (2)")
    assert lines[at + 1 : at + 6] == [
        "----------------------",
        "Professional skills",
        "  Analysis",
        "    Analyses a single feature's requirements independently",
        "    and finds the real reason behind what users ask for.",
    ]
    assert "    ↑ carries the cell of Product specialist" in lines
    assert "    — not required at this level" in lines
    # the trunk is shown once: the architect track starts where it branches off
    assert "Product assistant (1) … Product expert (4): as shown for Management track above." in " ".join(en.split())
    _, zh, _ = _run(capsys, "show", "b2b-healthcare", "--lang", "zh")
    assert "产品助理 (1) … 产品专家 (4)：同上方的管理路线。" in zh
    assert "    — 此级别暂不要求" in [line.rstrip() for line in zh.splitlines()]


def test_a_matrix_too_wide_for_one_table_is_split_by_levels(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "100")
    _, out, _ = _run(capsys, "show", "pm-generic", "--lang", "en")
    headers = [line for line in out.splitlines() if line.startswith("┃ Competency")]
    assert len(headers) == 2  # levels 1-3, then 4-5
    assert "requiremen " not in out and "requiremen\n" not in out


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("width", [40, 100, 200])
def test_golden_matrix_at_each_width(
    golden: Golden,
    width: int, lang: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", str(width))
    code, out, _ = _run(capsys, "show", "b2b-healthcare", "--lang", lang)
    assert code == 0
    golden(f"show/b2b-healthcare.{width}.{lang}.txt", out)


@pytest.mark.parametrize("width", [40, 100, 200])
@pytest.mark.parametrize(
    "args",
    [["show", "b2b-healthcare"], ["show", "pmm", "--level", "senior"], ["ladders"], ["compare", "pmm", "pm-generic"]],
)
def test_chinese_reports_fit_the_width_too(
    args: list[str], width: int, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from rich.cells import cell_len

    monkeypatch.setenv("COLUMNS", str(width))
    code, out, _ = _run(capsys, *args, "--lang", "zh")
    assert code == 0
    assert max(cell_len(line.rstrip()) for line in out.splitlines()) <= min(width, 120)
