"""Speed and memory budget of pmladder, as ratios to `python -c pass` measured in the same run.

Usage: python benchmarks/bench.py [--runs N] [--json]

Budget (DESIGN.md, docs/decisions.md): --version <= 6x, --help <= 10x, validate of one bundled
ladder <= 15x (checked without the cache, the worst case), <= 0.5 ms per additional file (validate of
1, 100 and 1,000 generated ladders, unchanged since the previous run: the clean-file cache of
docs/validate.md). The per-file cost of a first run (--no-cache) is reported next to it; it is over the
budget on a small machine (docs/decisions.md says why) and does not fail the run.
Exits 1 when a budget is missed, so CI or a developer can run it; tests never time anything.
The runs use a temporary PMLADDER_HOME, so the user's own cache is neither used nor touched.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PMLADDER = [sys.executable, "-m", "pmladder"]
#: extra environment of every measured run (main() points PMLADDER_HOME at a temporary folder)
ENV: dict[str, str] = {}


def _time(cmd: list[str], runs: int, cwd: Path | None = None) -> float:
    """Median wall time in seconds of `runs` runs (after one warm-up run)."""
    # Measure pmladder as installed: with bytecode caches, as pip writes them (some sandboxes set
    # PYTHONDONTWRITEBYTECODE, which would recompile every module on every run).
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["NO_COLOR"] = "1"
    env.update(ENV)
    subprocess.run(cmd, capture_output=True, cwd=cwd, env=env, check=False)
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, capture_output=True, cwd=cwd, env=env, check=False)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def _peak_rss_mib(cmd: list[str]) -> float:
    """Peak resident memory of one run of `cmd`, in MiB (Linux: ru_maxrss is in KiB)."""
    code = (
        "import os, resource, subprocess, sys; "
        f"subprocess.run({cmd!r}, capture_output=True, env={{**os.environ, **{ENV!r}}}); "
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return int(out.strip()) / 1024


# distinct wording per level, so the generated ladders are clean (no similar-wording warnings)
SCOPES_ZH = ("在指导下完成小任务中的{c}工作（{i}）。", "独立负责一个完整功能的{c}，从头到尾（{i}）。",
             "为整条产品线定{c}方向并辅导他人（{i}）。")
SCOPES_EN = ("With guidance I handle the {c} part of small tasks ({i}).",
             "I own the {c} of one whole feature from start to finish ({i}).",
             "I set the {c} direction for a product line and coach others in it ({i}).")


def _generated_ladder(index: int) -> str:
    """A small but complete ladder (3 levels x 4 competencies), different in each file."""
    levels = ["junior", "middle", "senior"]
    lines = [
        "schema: pmladder/ladder@1",
        f"id: gen-{index}",
        f"name: {{zh: 生成的职级 {index}, en: Generated ladder {index}}}",
        "description: {zh: 基准测试用的职级。, en: A ladder for the benchmark.}",
        "source: {title: 基准, author: pmladder, url: 'https://example.org/bench', year: 2026}",
        "band_rationale: {zh: 依次递增。, en: One band per level.}",
        "groups:",
        "  - {id: core, name: {zh: 核心, en: Core}}",
        "levels:",
    ]
    for n, level in enumerate(levels, start=1):
        lines.append(f"  - {{id: {level}, name: {{zh: 级别{n}, en: Level {n}}}, "
                     f"summary: {{zh: 第{n}级的概述。, en: Summary of level {n}.}}, band: {n}}}")
    lines.append("competencies:")
    for c in ("analysis", "design", "planning", "execution"):
        lines += [f"  - id: {c}", "    group: core", f"    name: {{zh: {c}能力, en: {c.title()}}}",
                  f"    description: {{zh: 关于{c}。, en: About {c}.}}", f"    taxonomy: [{{id: {c}, rel: exact}}]",
                  "    expectations:"]
        for n, level in enumerate(levels, start=1):
            lines += [f"      {level}:",
                      f"        summary: {{zh: {c}在第{n}级（{index}）。, en: {c} at level {n} ({index}).}}",
                      "        indicators:",
                      f"          - {{id: {c}.{level}.1, text: {{zh: {SCOPES_ZH[n - 1].format(c=c, i=index)}, "
                      f"en: '{SCOPES_EN[n - 1].format(c=c, i=index)}'}}}}",
                      f"        evidence: {{zh: 一份{c}的记录。, en: A record of {c} work at scope {n}.}}"]
    return "\n".join(lines) + "\n"


def _make_ladders(folder: Path, count: int) -> None:
    for index in range(count):
        (folder / f"ladder-{index:04d}.yaml").write_text(_generated_ladder(index), encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    home = tempfile.mkdtemp(prefix="pmladder-bench-")
    ENV["PMLADDER_HOME"] = home
    try:
        return _measure(args)
    finally:
        shutil.rmtree(home, ignore_errors=True)


def _measure(args: argparse.Namespace) -> int:
    runs = args.runs
    ladder = ROOT / "ladders" / "b2b-healthcare.yaml"
    baseline = _time([sys.executable, "-c", "pass"], runs)
    results: dict[str, float] = {"python -c pass (ms)": baseline * 1000}
    checks: list[tuple[str, float, float]] = []

    for label, cmd, budget in (
        ("--version", [*PMLADDER, "--version"], 6.0),
        ("--help", [*PMLADDER, "--help"], 10.0),
        ("validate one ladder", [*PMLADDER, "validate", "--no-cache", str(ladder)], 15.0),
    ):
        seconds = _time(cmd, runs)
        results[f"{label} (ms)"] = seconds * 1000
        checks.append((f"{label} ratio", seconds / baseline, budget))

    with tempfile.TemporaryDirectory() as tmp:
        cold: dict[int, float] = {}
        cached: dict[int, float] = {}
        for count in (1, 100, 1000):
            folder = Path(tmp) / f"n{count}"
            folder.mkdir()
            _make_ladders(folder, count)
            cold[count] = _time([*PMLADDER, "validate", "--no-cache", str(folder)], max(3, runs // 3))
            results[f"validate {count} ladders, no cache (ms)"] = cold[count] * 1000
            # _time's warm-up run fills the cache: the measured runs are the unchanged-files case
            cached[count] = _time([*PMLADDER, "validate", str(folder)], max(3, runs // 3))
            results[f"validate {count} ladders, cached (ms)"] = cached[count] * 1000
        results["per additional file, no cache (ms)"] = (cold[1000] - cold[1]) / 999 * 1000
        per_file_ms = (cached[1000] - cached[1]) / 999 * 1000
        results["per additional file, cached (ms)"] = per_file_ms
        checks.append(("per additional file (ms)", per_file_ms, 0.5))
        n1000 = str(Path(tmp) / "n1000")
        results["peak RSS validate 1000, no cache (MiB)"] = _peak_rss_mib([*PMLADDER, "validate", "--no-cache", n1000])
        shutil.rmtree(Path(tmp) / "n1000")

    failed = [name for name, value, budget in checks if value > budget]
    if args.json:
        print(json.dumps({"results": results, "checks": checks, "failed": failed}, indent=2))
    else:
        for name, value in results.items():
            print(f"{name:40} {value:9.2f}")
        for name, value, budget in checks:
            mark = "ok  " if value <= budget else "OVER"
            print(f"{mark} {name:35} {value:9.2f}  (budget {budget:g})")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
