"""pmladder: find where you stand on a product-manager career ladder and what to do next."""

from __future__ import annotations

__version__ = "0.1.0"
