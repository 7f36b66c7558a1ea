"""Speed and memory budget of pmladder (issue 11), measured in one run as ratios to `python -c pass`.

Usage: python benchmarks/bench.py [--runs N | --quick] [--only KEY ...] [--full] [--json]
Keys (--only takes key prefixes): version help validate validate-cached show compare assess interactive
files others memory. docs/benchmarks.md says what each line measures. Exits 1 when a budget is missed.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import site
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

import pexpect

ROOT = Path(__file__).resolve().parent.parent
LADDER = "ladders/b2b-healthcare.yaml"
PERSONA = "tests/personas/pm-generic/senior.yaml"
BASELINE = [sys.executable, "-c", "pass"]
MEM_MIB = 50.0  # every command on the bundled ladders
MANY_MEM_MIB = 60.0  # validate of 5,000 files, per process
PER_FILE_MS = 6.0  # cold validate, CPU per file
VS_CHECK_JSONSCHEMA = 20.0  # pmladder at least this many times faster at 1,000 files
PER_ANSWER_MS = 20.0  # interactive assess, wall time from Enter to the next question
SIZES = (1, 100, 1000)
MANY = 5000
ANSWERS = 10  # answers timed in each interactive run
KEYS = ("version", "help", "validate", "validate-cached", "show", "compare", "assess", "interactive",
        "files", "others", "memory")


@dataclass
class Sample:
    """One run of a command: CPU (user + sys of it and every reaped descendant), wall time, peak RSS."""

    cpu: float
    wall: float
    rss_mib: float
    code: int = 0
    error: str = ""
    orphans: int = 0


@dataclass
class Row:
    """One line of the table; `data` holds the raw figures for --json."""

    key: str
    name: str
    value: str
    wall: str = ""
    cpu_ms: str = ""
    peak: str = ""
    budget: str = ""
    status: str = ""
    note: str = ""
    data: dict[str, object] = field(default_factory=dict)


# --- running a child -------------------------------------------------------------------------------


class Runner:
    """Runs commands through benchmarks/spawner.py (small, so peak memory is the command's own)."""

    def __init__(self, scratch: Path) -> None:
        self.scratch = scratch
        self.env = child_env(scratch / "home")
        self.stderr = scratch / "stderr.txt"
        self.subreaper = True
        self.spawner = subprocess.Popen([sys.executable, "-S", str(Path(__file__).with_name("spawner.py"))],
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)

    def run(self, cmd: list[str]) -> Sample:
        """One run of `cmd` in ROOT: CPU of it and every descendant reaped, wall time, peak RSS of the tree."""
        job = {"cmd": cmd, "cwd": str(ROOT), "env": self.env, "stderr": str(self.stderr)}
        assert self.spawner.stdin and self.spawner.stdout
        self.spawner.stdin.write(json.dumps(job) + "\n")
        self.spawner.stdin.flush()
        answer = json.loads(self.spawner.stdout.readline())
        self.subreaper = self.subreaper and answer["subreaper"]
        error = answer.get("error", "")
        if answer["code"] and not error:
            lines = self.stderr.read_text(encoding="utf-8", errors="replace").strip().splitlines()
            error = lines[-1] if lines else ""
        return Sample(answer["cpu"], answer["wall"], answer["maxrss_kib"] / 1024, answer["code"], error,
                      answer["orphans"])

    def new_home(self) -> None:
        """A fresh PMLADDER_HOME from here on (an empty validate cache, no saved results)."""
        self.env = child_env(Path(tempfile.mkdtemp(dir=self.scratch)))

    def close(self) -> None:
        assert self.spawner.stdin
        self.spawner.stdin.close()
        self.spawner.wait()


def child_env(home: Path) -> dict[str, str]:
    """The environment of measured runs: as installed (bytecode caches written), no colour, 100 columns."""
    home.mkdir(exist_ok=True)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(NO_COLOR="1", COLUMNS="100", PMLADDER_HOME=str(home))
    return env


def pmladder() -> list[str]:
    """The console script beside this Python, as users run it; `python -m pmladder` when there is none."""
    script = Path(sys.executable).with_name("pmladder")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "pmladder"]


def install_kind() -> str:
    """'editable' when this Python has an editable install of pmladder (its finder runs at every start)."""
    for folder in map(Path, site.getsitepackages()):
        if any(folder.glob("__editable__*pmladder*")) or any(folder.glob("pmladder*.egg-link")):
            return "editable (ratios read low: docs/benchmarks.md)"
    return "regular"


def tool(name: str) -> str | None:
    """A command-line tool, preferably from this Python's environment."""
    beside = Path(sys.executable).with_name(name)
    return str(beside) if beside.is_file() else shutil.which(name)


# --- figures ---------------------------------------------------------------------------------------


def spread(values: Iterable[float]) -> tuple[float, float, float]:
    """Median, min and max."""
    items = list(values)
    return statistics.median(items), min(items), max(items)


def fmt_spread(values: Iterable[float], unit: str = "×", digits: int = 1) -> str:
    med, low, high = spread(values)
    return f"{med:.{digits}f}{unit} [{low:.{digits}f}–{high:.{digits}f}]"


def failure(samples: list[Sample]) -> str:
    """The first failed run's exit code and last line of stderr, or ''."""
    bad = next((s for s in samples if s.code), None)
    return f"exit {bad.code}: {bad.error}" if bad else ""


def orphan_note(samples: list[Sample]) -> str:
    count = sum(s.orphans for s in samples)
    return f"{count} unreaped worker(s) adopted and counted" if count else ""


# --- pairs with python -c pass ---------------------------------------------------------------------


@dataclass
class Case:
    """A measured command: its key, its line in the table, a runner, its CPU-ratio budget."""

    key: str
    name: str
    measure: Callable[[Runner], Sample]
    budget: float
    pairs: list[tuple[Sample, Sample]] = field(default_factory=list)
    note: str = ""


def command_case(key: str, name: str, args: list[str], budget: float) -> Case:
    cmd = [*pmladder(), *args]
    return Case(key, name, lambda runner: runner.run(cmd), budget)


def command_cases() -> list[Case]:
    return [
        command_case("version", "pmladder --version", ["--version"], 6.0),
        command_case("help", "pmladder --help", ["--help"], 10.0),
        command_case("validate", f"validate {LADDER} --no-cache", ["validate", LADDER, "--no-cache"], 12.0),
        command_case("validate-cached", f"validate {LADDER}, cache warm", ["validate", LADDER], 4.0),
        command_case("show", "show b2b-healthcare", ["show", "b2b-healthcare"], 15.0),
        command_case("compare", "compare b2b-healthcare pm-generic", ["compare", "b2b-healthcare", "pm-generic"], 15.0),
        command_case("assess", f"assess pm-generic --answers {PERSONA}",
                     ["assess", "pm-generic", "--answers", PERSONA], 15.0),
    ]


def warm_up(case: Case, runner: Runner) -> None:
    """One unmeasured run (bytecode, page cache, the validate cache); a cached validate is probed with --strict."""
    case.measure(runner)
    if case.key == "validate-cached" and runner.run([*pmladder(), "validate", "--strict", LADDER]).code:
        case.note = "the file has warnings or errors, so the cache never holds it"


def measure_pairs(cases: list[Case], runs: int, runner: Runner) -> None:
    """Round-robin: each round runs `python -c pass` right before every case, so drifts in load hit both."""
    for case in cases:
        warm_up(case, runner)
    for index in range(runs):
        progress(f"round {index + 1}/{runs}")
        for case in cases:
            base = runner.run(BASELINE)
            case.pairs.append((base, case.measure(runner)))


def ratio_row(case: Case) -> Row:
    """Median CPU ratio [min–max], wall ratio, CPU ms, peak RSS, against the CPU and memory budgets."""
    samples = [s for _, s in case.pairs]
    cpu = [s.cpu / b.cpu for b, s in case.pairs]
    wall = [s.wall / b.wall for b, s in case.pairs]
    peak = max(s.rss_mib for s in samples)
    over = [what for what, bad in (("cpu", statistics.median(cpu) > case.budget), ("mem", peak > MEM_MIB)) if bad]
    error = failure(samples)
    status = "FAIL" if error else ("OVER " + "+".join(over) if over else "ok")
    return Row(case.key, case.name, fmt_spread(cpu), f"{statistics.median(wall):.1f}×",
               f"{statistics.median(s.cpu for s in samples) * 1000:.0f}", f"{peak:.1f}",
               f"≤ {case.budget:g}× · ≤ {MEM_MIB:g} MiB", status,
               "; ".join(n for n in (error, case.note, orphan_note(samples)) if n),
               {"cpu_ratio": spread(cpu), "wall_ratio": spread(wall), "cpu_ms": spread(s.cpu * 1000 for s in samples),
                "wall_ms": spread(s.wall * 1000 for s in samples), "peak_mib": peak, "budget_ratio": case.budget})


def baseline_row(cases: list[Case]) -> Row:
    base = [b for case in cases for b, _ in case.pairs]
    return Row("baseline", "python -c pass (the unit)", fmt_spread((b.cpu * 1000 for b in base), " ms"),
               fmt_spread((b.wall * 1000 for b in base), " ms"), f"{statistics.median(b.cpu for b in base) * 1000:.0f}",
               f"{max(b.rss_mib for b in base):.1f}",
               data={"cpu_ms": spread(b.cpu * 1000 for b in base), "wall_ms": spread(b.wall * 1000 for b in base)})


# --- interactive assess in a pseudo-terminal -------------------------------------------------------


def proc_cpu(pid: int) -> float:
    """CPU seconds a running process has used so far (Linux: schedstat, in nanoseconds)."""
    return int(Path(f"/proc/{pid}/schedstat").read_text().split()[0]) / 1e9


def proc_peak_mib(pid: int) -> float:
    """Peak RSS of a running process so far (Linux: VmHWM)."""
    match = re.search(r"^VmHWM:\s+(\d+) kB", Path(f"/proc/{pid}/status").read_text(), re.M)
    return int(match[1]) / 1024 if match else 0.0


def reply(prompt: str) -> str:
    """A plausible answer to the question whose last line is `prompt`."""
    if "Example" in prompt:
        return "Wrote a competitor study for the team"
    if "describe you" in prompt:
        return "0"
    return "1" if "Choose" in prompt else "2"  # level 2 at the level picker, "often" at a rating


class Interactive:
    """`assess pm-generic` in a pty: time to the first question (the level picker), then per answer."""

    def __init__(self) -> None:
        self.picked: list[tuple[float, float]] = []  # (wall s, CPU s) from choosing a level to the first rating
        self.answers: list[tuple[float, float]] = []  # (wall s, CPU s) from Enter to the next question

    def __call__(self, runner: Runner) -> Sample:
        home = Path(tempfile.mkdtemp(dir=runner.scratch))  # no unfinished session, no earlier result
        cache = Path(runner.env["PMLADDER_HOME"]) / "cache"
        if cache.is_dir():  # but the caches of someone who has run pmladder before (the ladder's data kept)
            shutil.copytree(cache, home / "cache")
        cmd = [*pmladder(), "assess", "pm-generic", "--lang", "en"]
        start = time.perf_counter()
        child = pexpect.spawn(cmd[0], cmd[1:], cwd=str(ROOT), env={**runner.env, "PMLADDER_HOME": str(home)},
                              encoding="utf-8", dimensions=(40, 100), timeout=60)
        child.delaybeforesend = None
        try:
            return self._drive(child, start)
        except pexpect.ExceptionPexpect as exc:
            return Sample(0.0, 0.0, 0.0, code=-1, error=str(exc).splitlines()[0])
        finally:
            child.close(force=True)
            shutil.rmtree(home, ignore_errors=True)

    def _drive(self, child: pexpect.spawn, start: float) -> Sample:
        child.expect_exact("> ")
        first = Sample(cpu=proc_cpu(child.pid), wall=time.perf_counter() - start, rss_mib=0.0)
        self.picked.append(answer(child))
        self.answers += [answer(child) for _ in range(ANSWERS)]
        first.rss_mib = proc_peak_mib(child.pid)
        return first


def answer(child: pexpect.spawn) -> tuple[float, float]:
    """Answer the question on screen; wall and CPU seconds until the next prompt is shown."""
    prompt = child.before.rstrip().rsplit("\n", 1)[-1]
    cpu, sent = proc_cpu(child.pid), time.perf_counter()
    child.sendline(reply(prompt))
    child.expect_exact("> ")
    return time.perf_counter() - sent, proc_cpu(child.pid) - cpu


def timing_row(name: str, timings: list[tuple[float, float]], budget_ms: float | None) -> Row:
    """Median wall ms [min–max] of interactive steps, against a wall-time budget."""
    walls, cpus = [w * 1000 for w, _ in timings], [c * 1000 for _, c in timings]
    med = statistics.median(walls)
    status = "" if budget_ms is None else ("ok" if med < budget_ms else "OVER")
    return Row("interactive", f"{name} ({len(timings)})", fmt_spread(walls, " ms wall"), f"{med:.1f} ms",
               f"{statistics.median(cpus):.1f}", budget="" if budget_ms is None else f"< {budget_ms:g} ms wall",
               status=status, data={"wall_ms": spread(walls), "cpu_ms": spread(cpus), "budget_ms": budget_ms})


# --- many files ------------------------------------------------------------------------------------


def bundled_ladders() -> list[Path]:
    return [p for p in sorted((ROOT / "ladders").glob("*.yaml")) if p.name != "taxonomy.yaml"]


class Copies:
    """Copies of the bundled ladders (each with its own `id:`), made as many as asked for."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.texts = [p.read_text(encoding="utf-8") for p in bundled_ladders()]
        self.made: list[str] = []

    def paths(self, count: int) -> list[str]:
        while len(self.made) < count:
            index = len(self.made)
            text = self.texts[index % len(self.texts)]
            text = re.sub(r"^id: (\S+)$", rf"id: \1-copy-{index:05d}", text, count=1, flags=re.M)
            path = self.folder / f"copy-{index:05d}.yaml"
            path.write_text(text, encoding="utf-8")
            self.made.append(str(path))
        return self.made[:count]


def fit(costs: dict[int, float]) -> tuple[float, float]:
    """Fixed cost and cost per file from the smallest and the largest batch."""
    low, high = min(costs), max(costs)
    per_file = (costs[high] - costs[low]) / (high - low)
    return costs[low] - low * per_file, per_file


def measure_files(copies: Copies, runs: int, runner: Runner) -> dict[tuple[str, int], list[Sample]]:
    """validate of 1, 100 and 1,000 copies, cold (--no-cache) and cached, interleaved round by round.

    The cheap runs (one file, and every cached batch) run in each round; the cold batches, which take
    seconds to minutes, in the first quarter of the rounds.
    """
    samples: dict[tuple[str, int], list[Sample]] = {}
    validate = [*pmladder(), "validate"]
    for size in SIZES:
        runner.run([*validate, *copies.paths(size)])  # fills the cache for the cached runs
    for index in range(runs):
        progress(f"files round {index + 1}/{runs}")
        for size in SIZES:
            files = copies.paths(size)
            if size == 1 or index < heavy_rounds(runs):
                samples.setdefault(("cold", size), []).append(runner.run([*validate, "--no-cache", *files]))
            samples.setdefault(("cached", size), []).append(runner.run([*validate, *files]))
    return samples


def heavy_rounds(runs: int) -> int:
    return max(1, runs // 4)


def batch_row(mode: str, size: int, runs: list[Sample]) -> Row:
    name = f"validate {size} cop{'y' if size == 1 else 'ies'}, {mode}"
    return Row("files", name, fmt_spread((s.cpu * 1000 for s in runs), " ms", 0),
               f"{statistics.median(s.wall for s in runs) * 1000:.0f} ms",
               f"{statistics.median(s.cpu for s in runs) * 1000:.0f}", f"{max(s.rss_mib for s in runs):.1f}",
               status="FAIL" if failure(runs) else "",
               note="; ".join(n for n in (failure(runs), orphan_note(runs)) if n),
               data={"cpu_ms": spread(s.cpu * 1000 for s in runs), "wall_ms": spread(s.wall * 1000 for s in runs),
                     "peak_mib": max(s.rss_mib for s in runs)})


def files_rows(samples: dict[tuple[str, int], list[Sample]], cacheable: bool) -> list[Row]:
    rows = []
    for mode in ("cold", "cached"):
        rows += [batch_row(mode, size, samples[(mode, size)]) for size in SIZES]
        rows.append(fit_row(mode, samples, cacheable))
    return rows


def fit_row(mode: str, samples: dict[tuple[str, int], list[Sample]], cacheable: bool) -> Row:
    cpu = fit({n: statistics.median(s.cpu * 1000 for s in samples[(mode, n)]) for n in SIZES})
    wall = fit({n: statistics.median(s.wall * 1000 for s in samples[(mode, n)]) for n in SIZES})
    cold = mode == "cold"
    note = "" if cold or cacheable else "the copies have warnings or errors, so the cache never holds them"
    return Row("files", f"  {mode}: fixed + per file (CPU)", f"{cpu[0]:.0f} ms + {cpu[1]:.2f} ms/file",
               f"{wall[0]:.0f} ms + {wall[1]:.2f} ms/file", budget=f"≤ {PER_FILE_MS:g} ms/file" if cold else "",
               status=("ok" if cpu[1] <= PER_FILE_MS else "OVER") if cold else "", note=note,
               data={"fixed_cpu_ms": cpu[0], "per_file_cpu_ms": cpu[1], "fixed_wall_ms": wall[0],
                     "per_file_wall_ms": wall[1]})


def copies_cacheable(copies: Copies, runner: Runner) -> bool:
    """Whether validate --strict finds the copies clean (only clean files are cached)."""
    return runner.run([*pmladder(), "validate", "--strict", *copies.paths(len(copies.texts))]).code == 0


# --- other validators ------------------------------------------------------------------------------


def other_tools() -> dict[str, list[str] | None]:
    cjs, yamllint = tool("check-jsonschema"), tool("yamllint")
    return {
        "check-jsonschema": [cjs, "--schemafile", str(ROOT / "schema" / "ladder.schema.json")] if cjs else None,
        "yamllint": [yamllint, "-d", "relaxed"] if yamllint else None,
    }


def measure_other(cmd: list[str], copies: Copies, sizes: tuple[int, ...], runner: Runner) -> dict[int, Sample]:
    """One run per batch size: these tools take minutes at 1,000 files."""
    return {size: runner.run([*cmd, *copies.paths(size)]) for size in sizes}


def at_top(samples: dict[int, Sample]) -> tuple[float, float, str]:
    """CPU and wall ms at 1,000 files: measured, or fixed + per file from the smallest and largest batch."""
    top = max(SIZES)
    if top in samples:
        return samples[top].cpu * 1000, samples[top].wall * 1000, "measured"
    cpu = fit({n: s.cpu * 1000 for n, s in samples.items()})
    wall = fit({n: s.wall * 1000 for n, s in samples.items()})
    how = f"fixed + {top} × per file, from runs on {min(samples)} and {max(samples)} files"
    return cpu[0] + top * cpu[1], wall[0] + top * wall[1], how


def other_row(name: str, samples: dict[int, Sample]) -> Row:
    cpu, wall, how = at_top(samples)
    codes = sorted({s.code for s in samples.values() if s.code})
    fixed, per_file = fit({n: s.cpu * 1000 for n, s in samples.items()})
    return Row("others", f"{name}, {max(SIZES)} copies", f"{cpu:.0f} ms", f"{wall:.0f} ms", f"{cpu:.0f}",
               f"{max(s.rss_mib for s in samples.values()):.1f}",
               note=f"{how}; {fixed:.0f} ms + {per_file:.1f} ms/file" + (f"; exit {codes}" if codes else ""),
               data={"cpu_ms": cpu, "wall_ms": wall, "fixed_cpu_ms": fixed, "per_file_cpu_ms": per_file,
                     "sizes": sorted(samples)})


def speedup_row(name: str, other: dict[int, Sample], pmladder_cold: list[Sample] | None) -> Row:
    top = max(SIZES)
    if not pmladder_cold:
        return Row("others", f"  pmladder vs {name}", "", note="needs the files measurements (key files)")
    cpu_ms, wall_ms, _ = at_top(other)
    cpu = cpu_ms / (statistics.median(s.cpu for s in pmladder_cold) * 1000)
    wall = wall_ms / (statistics.median(s.wall for s in pmladder_cold) * 1000)
    graded = name == "check-jsonschema"
    return Row("others", f"  pmladder cold vs {name} at {top}", f"{cpu:.1f}× faster", f"{wall:.1f}× faster",
               budget=f"≥ {VS_CHECK_JSONSCHEMA:g}× faster" if graded else "",
               status=("ok" if cpu >= VS_CHECK_JSONSCHEMA else "OVER") if graded else "",
               data={"cpu_speedup": cpu, "wall_speedup": wall})


def others_rows(copies: Copies, runner: Runner, full: bool, sample_size: int,
                pmladder_cold: list[Sample] | None) -> list[Row]:
    rows = []
    sizes = (1, max(SIZES)) if full else (1, sample_size)
    for name, cmd in other_tools().items():
        if cmd is None:
            rows.append(Row("others", name, "skipped", note="not installed (pip install -e '.[test]')"))
            continue
        progress(f"{name} at {sizes} files")
        samples = measure_other(cmd, copies, sizes, runner)
        rows += [other_row(name, samples), speedup_row(name, samples, pmladder_cold)]
    return rows


# --- memory at 5,000 files -------------------------------------------------------------------------


def memory_rows(copies: Copies, runner: Runner) -> list[Row]:
    files = copies.paths(MANY)
    runner.new_home()  # a true first run, whatever the files lines put in the cache
    rows = []
    for label in ("first run (fills the cache)", "cache warm"):
        progress(f"validate {MANY} copies, {label}")
        sample = runner.run([*pmladder(), "validate", *files])
        rows.append(Row("memory", f"validate {MANY} copies, {label}", f"{sample.rss_mib:.1f} MiB",
                        f"{sample.wall * 1000:.0f} ms", f"{sample.cpu * 1000:.0f}", f"{sample.rss_mib:.1f}",
                        f"≤ {MANY_MEM_MIB:g} MiB a process",
                        "FAIL" if sample.code else ("ok" if sample.rss_mib <= MANY_MEM_MIB else "OVER"),
                        "; ".join(n for n in (failure([sample]), orphan_note([sample])) if n),
                        {"peak_mib": sample.rss_mib, "cpu_ms": sample.cpu * 1000, "wall_ms": sample.wall * 1000}))
    return rows


# --- the run ---------------------------------------------------------------------------------------


def progress(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def wanted(key: str, only: list[str] | None) -> bool:
    return not only or any(key.startswith(prefix) for prefix in only)


def ratio_rows(args: argparse.Namespace, runner: Runner) -> list[Row]:
    cases = [c for c in command_cases() if wanted(c.key, args.only)]
    interactive = Interactive()
    if wanted("interactive", args.only):
        cases.append(Case("interactive", "assess interactive: first question", interactive, 10.0))
    if not cases:
        return []
    measure_pairs(cases, args.runs, runner)
    rows = [baseline_row(cases), *(ratio_row(c) for c in cases)]
    if interactive.answers:
        rows += [timing_row("assess interactive: level chosen → first rating", interactive.picked, None),
                 timing_row("assess interactive: per answer", interactive.answers, PER_ANSWER_MS)]
    return rows


def many_rows(args: argparse.Namespace, runner: Runner, copies: Copies) -> list[Row]:
    rows: list[Row] = []
    cold = None
    if wanted("files", args.only):
        cacheable = copies_cacheable(copies, runner)
        samples = measure_files(copies, args.runs, runner)
        rows += files_rows(samples, cacheable)
        cold = samples[("cold", max(SIZES))]
    if wanted("others", args.only):
        rows += others_rows(copies, runner, args.full, args.sample, cold)
    if wanted("memory", args.only):
        rows += memory_rows(copies, runner)
    return rows


def measure(args: argparse.Namespace, scratch: Path) -> list[Row]:
    (scratch / "copies").mkdir()
    runner = Runner(scratch)
    try:
        rows = ratio_rows(args, runner)
        rows += many_rows(args, runner, Copies(scratch / "copies"))
    finally:
        runner.close()
    if not runner.subreaper:
        rows.append(Row("note", "subreaper", "unavailable", note="workers pmladder leaves unreaped are not counted"))
    return rows


def context(args: argparse.Namespace) -> dict[str, object]:
    """What the figures were measured with."""
    ladders = bundled_ladders()
    return {"python": sys.version.split()[0], "pmladder": " ".join(pmladder()), "install": install_kind(),
            "cores": os.cpu_count(), "load_average": [round(x, 2) for x in os.getloadavg()], "rounds": args.runs,
            "cold_batch_rounds": heavy_rounds(args.runs), "copies_of": [p.name for p in ladders],
            "copies_mean_kb": round(statistics.mean(p.stat().st_size for p in ladders) / 1000, 1)}


COLUMNS = (("name", "name"), ("value", "CPU: median [min–max]"), ("wall", "wall"), ("cpu_ms", "CPU ms"),
           ("peak", "peak MiB"), ("budget", "budget"), ("status", ""))


def table(rows: list[Row]) -> str:
    cells = [[title for _, title in COLUMNS]] + [[str(getattr(r, attr)) for attr, _ in COLUMNS] for r in rows]
    widths = [max(len(line[i]) for line in cells) for i in range(len(COLUMNS))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)).rstrip() for line in cells]
    lines.insert(1, "-" * len(lines[0]))
    notes = [f"  {r.name.strip()}: {r.note}" for r in rows if r.note]
    return "\n".join(lines + (["", "notes:", *notes] if notes else []))


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=12, help="rounds of interleaved pairs (default 12)")
    parser.add_argument("--quick", action="store_true", help="4 rounds, other validators on 20 files")
    parser.add_argument("--only", nargs="+", metavar="KEY", help=f"measure these keys only: {' '.join(KEYS)}")
    parser.add_argument("--full", action="store_true", help="run check-jsonschema and yamllint on 1,000 files")
    parser.add_argument("--sample", type=int, default=50,
                        help="batch size the other validators are timed on without --full (default 50)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    if args.quick:
        args.runs, args.sample = 4, 20
    args.runs = max(1, args.runs)
    unknown = [k for k in args.only or [] if not any(key.startswith(k) for key in KEYS)]
    if unknown:
        parser.error(f"unknown key(s) {unknown}; keys: {' '.join(KEYS)}")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    started, info = time.perf_counter(), context(args)
    if str(info["install"]).startswith("editable"):
        progress("pmladder is an editable install here: every ratio reads low (docs/benchmarks.md)")
    with tempfile.TemporaryDirectory(prefix="pmladder-bench-") as tmp:
        rows = measure(args, Path(tmp))
    info["load_average_after"] = [round(x, 2) for x in os.getloadavg()]
    failed = [r.name.strip() for r in rows if r.status.startswith(("OVER", "FAIL"))]
    if args.json:
        print(json.dumps({"context": info, "rows": [asdict(r) for r in rows], "failed": failed},
                         ensure_ascii=False, indent=2))
    else:
        print("; ".join(f"{k} {v}" for k, v in info.items()), end="\n\n")
        print(table(rows))
        print(f"\n{len(failed)} line(s) over budget or failed; {time.perf_counter() - started:.0f} s in all")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
