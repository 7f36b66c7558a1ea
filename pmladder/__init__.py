"""pmladder: find where you stand on a product-manager career ladder and what to do next."""

from __future__ import annotations

import os as _os
import sys as _sys

__version__ = "0.1.0"


def _started_as_program() -> bool:
    """Whether this import starts the pmladder program (``python -m pmladder``, the console script)."""
    program = _sys.argv[0] if _sys.argv else ""
    return program == "-m" or _os.path.basename(program).removesuffix(".exe") == "pmladder"


if _started_as_program():
    # Ctrl-C before pmladder.entry has set up its own handling (see pmladder/process.py) ends the start-up
    # quietly with 130, as it would a moment later: nothing has been read or written yet.
    import _signal  # type: ignore[import-not-found]  # the C module: no enum to import, unlike signal

    def _quiet_exit(signum: int, frame: object) -> None:
        _os._exit(130)

    _signal.signal(_signal.SIGINT, _quiet_exit)
