"""The console-script entry point: answers ``--version`` without importing typer, then hands over to the CLI."""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args in (["--version"], ["-V"]):
        # The fast path keeps `pmladder --version` within its speed budget (see benchmarks/).
        from pmladder import __version__

        sys.stdout.write(f"pmladder {__version__}\n")
        return 0
    # pmladder loads no pydantic plugins; skipping their discovery (an entry-point scan of every
    # installed package) saves ~50 ms on each command that validates data.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    from pmladder.cli import main as cli_main

    return cli_main(args)
