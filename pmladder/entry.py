"""The console-script entry point: answers ``--version`` without importing typer, then hands over to the CLI."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args in (["--version"], ["-V"]):
        # The fast path keeps `pmladder --version` within its speed budget (see benchmarks/).
        from pmladder import __version__

        sys.stdout.write(f"pmladder {__version__}\n")
        return 0
    from pmladder.cli import main as cli_main

    return cli_main(args)
