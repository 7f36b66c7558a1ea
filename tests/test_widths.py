"""Every text view of show, ladders, compare and assess, at every width and in both languages: no line
wider than the terminal (or 120), no English word broken, no file name broken outside a ``/``."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rich.cells import cell_len

import pmladder.render.assessment as assessment_render
import pmladder.render.compare as compare_render
import pmladder.render.ladder as ladder_render
from pmladder.cli import main
from pmladder.i18n import catalogues
from pmladder.io.ladder_files import bundled_ladder_files

ROOT = Path(__file__).resolve().parent.parent
WIDTHS = [40, 60, 80, 100, 120, 200]
PERSONAS = ROOT / "tests" / "personas"

VIEWS: list[list[str]] = [
    ["ladders"],
    ["show", "b2b-healthcare"],
    ["show", "pm-generic"],
    ["show", "pmm", "--level", "senior"],
    ["show", "b2b-healthcare", "--competency", "analysis"],
    ["show", "b2b-healthcare", "--level", "specialist", "--competency", "analysis"],
    ["compare", "b2b-healthcare", "pm-generic"],
    ["compare", "pmm", "b2b-business"],
    ["compare", "b2b-healthcare", "pm-generic", "--competency", "analysis"],
    ["compare", "b2b-healthcare", "pm-generic", "--competency", "analysis", "--level", "specialist"],
    ["compare", "pm-generic", "--from", "junior", "--to", "senior"],
    ["compare", "b2b-healthcare", "--from", "director", "--to", "architect"],
    ["compare", "pm-generic", "b2b-healthcare", "--result", "{result}"],
    ["assess", "b2b-healthcare", "--answers", str(PERSONAS / "b2b-healthcare" / "manager.yaml"), "--no-save"],
    ["assess", "pmm", "--answers", str(PERSONAS / "pmm" / "senior.yaml"), "--no-save"],
]


def _words(*texts: str) -> set[str]:
    return {w.lower() for text in texts for w in re.findall(r"[A-Za-z]+", text)}


def _known() -> set[str]:
    """Every English word the views can show: the ladders, the taxonomy, the UI messages, the file names."""
    texts = [p.read_text("utf-8") for p in bundled_ladder_files()]
    texts.append((ROOT / "ladders" / "taxonomy.yaml").read_text("utf-8"))
    texts += [str(p) for p in bundled_ladder_files()]
    texts += [value for entry in catalogues().values() for value in entry.values()]
    for module in (assessment_render, compare_render, ladder_render):  # catalogues not yet moved to pmladder.i18n
        texts += [value for entry in getattr(module, "MESSAGES", {}).values() for value in entry.values()]
    return _words(*texts)


KNOWN = _known()


@pytest.fixture(scope="module")
def result_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("result") / "result.json"
    answers = str(PERSONAS / "pm-generic" / "senior.yaml")
    args = ["assess", "pm-generic", "--answers", answers, "--format", "json", "--output", str(path), "--no-save"]
    assert main(args) == 0
    return path


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("view", VIEWS, ids=lambda v: " ".join(a for a in v if "/" not in a))
def test_no_view_is_too_wide_nor_breaks_a_word_at_any_width(
    view: list[str],
    lang: str,
    result_file: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    args = [a.replace("{result}", str(result_file)) for a in view]
    for width in WIDTHS:
        monkeypatch.setenv("COLUMNS", str(width))
        code = main([*args, "--lang", lang])
        out = capsys.readouterr().out
        assert code == 0, (width, out)
        widest = max(cell_len(line.rstrip()) for line in out.splitlines())
        assert widest <= min(width, 120), (width, widest)
        broken = _words(out) - KNOWN  # a piece such as "systemat" or "b2b-bu" is no word of the sources
        assert not broken, (width, sorted(broken))


@pytest.mark.parametrize("width", [40, 60])
def test_below_80_columns_a_label_is_on_its_own_line_and_its_text_under_it(
    width: int, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # the tester's case: a level name as the label left ~8 columns for the text, one word a line
    monkeypatch.setenv("COLUMNS", str(width))
    assert main(["compare", "pm-generic", "--from", "junior", "--to", "senior", "--lang", "en"]) == 0
    lines = [line.rstrip() for line in capsys.readouterr().out.splitlines()]
    at = lines.index("Market and user research")
    assert lines[at + 1 : at + 4] == ["  Change", "    carried", "  Junior product manager (1)"]
    assert lines[at + 4].startswith("    Carries out basic market research")
    assert all(len(line.split()) > 1 for line in lines[at + 4 : at + 6])  # not one word a line


def test_a_file_path_breaks_only_after_a_slash(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for width in WIDTHS:
        monkeypatch.setenv("COLUMNS", str(width))
        assert main(["ladders", "--lang", "en"]) == 0
        out = capsys.readouterr().out
        for path in bundled_ladder_files():
            assert re.search(rf"(^|[ /]){re.escape(path.name)}( |$)", out, flags=re.M), (width, path.name)
