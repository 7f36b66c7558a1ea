"""Runs commands for bench.py from a small process, answering with their CPU time, wall time and peak memory.

Usage: python -S benchmarks/spawner.py   (bench.py starts it: one JSON request a line in, one JSON answer out)

A child's ru_maxrss starts from the memory of the process that spawned it (Linux copies the spawner's peak
at exec), so bench.py spawns from this small process rather than from itself. As a child subreaper it also
adopts, waits for and counts any descendant a command leaves behind (pool workers nobody reaped).
"""

from __future__ import annotations

import ctypes
import json
import os
import sys
import time

PR_SET_CHILD_SUBREAPER = 36


def become_subreaper() -> bool:
    """Adopt orphaned descendants (Linux only)."""
    try:
        return bool(ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0)
    except (OSError, AttributeError):
        return False


def reap_orphans() -> tuple[float, int, int]:
    """CPU seconds, peak RSS (KiB) and number of adopted descendants, waiting for each one to end."""
    cpu, rss, count = 0.0, 0, 0
    while True:
        try:
            _, _, usage = os.wait4(-1, 0)
        except ChildProcessError:
            return cpu, rss, count
        cpu += usage.ru_utime + usage.ru_stime
        rss = max(rss, usage.ru_maxrss)
        count += 1


def spawn(job: dict[str, object]) -> dict[str, object]:
    """Run job's cmd in job's cwd with stdin and stdout on /dev/null and stderr to job's file."""
    cmd = [str(part) for part in job["cmd"]]  # type: ignore[attr-defined]
    os.chdir(str(job["cwd"]))
    actions = [
        (os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
        (os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0),
        (os.POSIX_SPAWN_OPEN, 2, str(job["stderr"]), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600),
    ]
    start = time.perf_counter()
    pid = os.posix_spawn(cmd[0], cmd, job["env"], file_actions=actions)  # type: ignore[arg-type]
    _, status, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - start
    orphan_cpu, orphan_rss, orphans = reap_orphans()
    return {"cpu": usage.ru_utime + usage.ru_stime + orphan_cpu, "wall": wall,
            "maxrss_kib": max(usage.ru_maxrss, orphan_rss), "code": os.waitstatus_to_exitcode(status),
            "orphans": orphans}


def main() -> None:
    subreaper = become_subreaper()
    for line in sys.stdin:
        try:
            answer = spawn(json.loads(line))
        except OSError as exc:
            answer = {"cpu": 0.0, "wall": 0.0, "maxrss_kib": 0, "code": 127, "orphans": 0, "error": str(exc)}
        print(json.dumps({**answer, "subreaper": subreaper}), flush=True)


if __name__ == "__main__":
    main()
