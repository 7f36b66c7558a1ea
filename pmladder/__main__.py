"""Entry point for ``python -m pmladder``."""

from __future__ import annotations

import sys

from pmladder.entry import main

sys.exit(main())
