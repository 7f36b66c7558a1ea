"""Entry point for ``python -m pmladder``."""

from __future__ import annotations

import sys

try:
    from pmladder.entry import main
except KeyboardInterrupt:  # Ctrl-C before pmladder has started: the same quiet exit as after
    sys.exit(130)

sys.exit(main())
