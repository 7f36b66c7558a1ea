"""Helpers of the compare and browse tests: the two small fixture ladders, a fixed Console."""

from __future__ import annotations

import io
from functools import cache
from pathlib import Path

from rich.console import Console, RenderableType

from pmladder.io.ladders import ladder_named as load_ladder
from pmladder.model.ladder import Ladder

HERE = Path(__file__).resolve().parent
ALPHA = HERE / "alpha.yaml"
BETA = HERE / "beta.yaml"
WIDTH = 100


@cache
def alpha() -> Ladder:
    """Six levels on two tracks (management: director 5-6; architect: architect 5)."""
    return load_ladder(str(ALPHA))


@cache
def beta() -> Ladder:
    """Four levels on one track with a gap at band 5 (entry 1, owner 2-3, lead 4, head 6-7)."""
    return load_ladder(str(BETA))


def render(renderable: RenderableType, width: int = WIDTH) -> str:
    """What a colourless terminal of ``width`` columns shows."""
    out = io.StringIO()
    console = Console(file=out, width=width, color_system=None, force_terminal=False, highlight=False)
    console.print(renderable)
    return out.getvalue()

