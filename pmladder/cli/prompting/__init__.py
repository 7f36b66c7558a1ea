"""The interactive side of assess: the only reader of stdin (injected), asking item by item and saving often."""

from __future__ import annotations

from pmladder.cli.prompting.pickers import ask_yes, choose_start, pick_ladder, pick_level
from pmladder.cli.prompting.prompter import (
    Frame,
    Prompter,
    Saver,
    answers_count,
    clean,
    frame_of,
    key,
    strip_controls,
)
from pmladder.cli.prompting.questions import MAX_EVIDENCE, describe_undone, run, short

__all__ = [
    "MAX_EVIDENCE",
    "Frame",
    "Prompter",
    "Saver",
    "answers_count",
    "ask_yes",
    "choose_start",
    "clean",
    "describe_undone",
    "frame_of",
    "key",
    "pick_ladder",
    "pick_level",
    "run",
    "short",
    "strip_controls",
]
