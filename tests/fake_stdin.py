"""A standard input made of given bytes, which claims to be a terminal or not, for driving commands in-process."""

from __future__ import annotations

import io


class FakeStdin(io.TextIOWrapper):
    """``data`` as a UTF-8 text stream; ``tty`` says whether it claims to be a terminal."""

    def __init__(self, data: bytes = b"", *, tty: bool = False) -> None:
        super().__init__(io.BytesIO(data), encoding="utf-8")
        self._tty = tty

    def isatty(self) -> bool:
        return self._tty


def terminal(data: bytes = b"") -> FakeStdin:
    """Keys typed at a terminal."""
    return FakeStdin(data, tty=True)
