"""Text that is safe to print: terminal controls in file names and messages written as visible escapes."""

from __future__ import annotations

import re

#: The bidirectional controls (embeddings, overrides, isolates) that can make text read differently from
#: what it is ("Trojan source"): no file pmladder reads may hold them (pmladder/io/reading.py), so no text
#: typed at a prompt keeps them either (pmladder/cli/prompting.py). One definition for both.
BIDI_OVERRIDES = "\u202a-\u202e\u2066-\u2069"
#: What a file pmladder reads may not hold, as a character class: C0 controls except tab, LF and CR,
#: DEL, the C1 controls, the BOM (but at the start) and :data:`BIDI_OVERRIDES`.
FILE_CONTROLS = f"\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff{BIDI_OVERRIDES}"
#: The same inside a double-quoted value, once escapes are decoded: also LF and CR (tab stays).
VALUE_CONTROLS = f"\x00-\x08\x0b-\x1f\x7f-\x9f\ufeff{BIDI_OVERRIDES}"
#: What :func:`inert` escapes on output and a prompt removes from a typed line: every control character
#: (tab and newline too), the bidirectional marks and the line and paragraph separators as well as
#: everything in :data:`FILE_CONTROLS`, so that text typed at a prompt can always be saved and read back.
TERMINAL_CONTROLS = f"\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\ufeff{BIDI_OVERRIDES}"

# Anything that could move the cursor, change colours, set the clipboard or reorder text in a terminal:
# C0 and C1 controls (newline and tab included: one message is one line), DEL, the line and paragraph
# separators, the bidirectional controls (embeddings, overrides, isolates, marks) and the BOM.
_UNSAFE = re.compile(f"[{TERMINAL_CONTROLS}]")
# The same, but a newline stays a newline: for text of several lines (a usage message).
_UNSAFE_KEEP_NEWLINE = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]"
)
# What JSON writers (json.dumps(ensure_ascii=False), pydantic) leave raw inside strings but a terminal
# could act on; outside strings JSON has only ASCII punctuation, so these are always inside a string.
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
# Lone surrogates: Python's stand-ins for the bytes of a file name that is not UTF-8 (\udcff for 0xff).
_SURROGATE = re.compile("[\ud800-\udfff]")


def _visible(match: re.Match[str]) -> str:
    char = match.group()
    return _NAMED.get(char) or (f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}")


def decoded(text: str) -> str:
    """``text`` with the undecodable bytes of a file name (lone surrogates) written as ``\\xff``: text
    that can be encoded (as UTF-8, into JSON) and shows what the name holds."""
    if _SURROGATE.search(text) is None:
        return text
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a surrogate that stands for no byte
        return text.encode("utf-8", "backslashreplace").decode("utf-8")


def inert(text: object) -> str:
    """``text`` with every terminal control character written as a visible escape (``\\x1b``, ``\\n``...).

    The one function through which every file name, and every message that may hold one, is printed.
    Its result holds no control character, so applying it again changes nothing (never double-escapes).
    It makes no Rich markup safe: print the result as plain text (``markup=False``, ``rich.text.Text``).
    """
    return _UNSAFE.sub(_visible, decoded(str(text)))


def typed(text: str) -> str:
    """A line typed at a prompt as text that can be saved and read back: no terminal controls
    (:data:`TERMINAL_CONTROLS`, escape sequences are the caller's) and no undecodable bytes (lone
    surrogates, which become U+FFFD)."""
    return _SURROGATE.sub("\ufffd", _UNSAFE.sub("", text))


def inert_lines(text: str) -> str:
    """Like :func:`inert`, but newlines stay: for a message of several lines (click's usage errors)."""
    return _UNSAFE_KEEP_NEWLINE.sub(_visible, decoded(text))


def inert_json(text: str) -> str:
    """JSON text with what a terminal could act on inside its strings written as ``\\uXXXX`` escapes.

    The result is the same JSON document: a reader decodes the escapes back to the same strings.
    """
    text = _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    return _SURROGATE.sub(_json_surrogate, text)


def _json_surrogate(match: re.Match[str]) -> str:
    """A lone surrogate in JSON text: a byte of a file name that is not UTF-8 as ``\\xff`` (as
    :func:`decoded` writes it), any other as a ``\\udXXX`` escape."""
    point = ord(match.group())
    return f"\\\\x{point - 0xDC00:02x}" if 0xDC80 <= point <= 0xDCFF else f"\\u{point:04x}"
