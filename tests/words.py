"""Test helpers: an expected error checked in the words a user reads (its code and parameters worded in English)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from pmladder.errors import PmladderError
from pmladder.i18n import error_text


@contextmanager
def raises_in_words(kind: type[PmladderError], *, match: str) -> Iterator[pytest.ExceptionInfo[PmladderError]]:
    """Like ``pytest.raises(kind, match=…)``, the pattern searched in the error's English words."""
    with pytest.raises(kind) as caught:
        yield caught
    words = error_text(caught.value)
    assert re.search(match, words), f"{match!r} not found in {words!r}"
