"""YAML 1.2 core scalars without guessing: the typed value of a plain scalar, or the problem that keeps it text."""

from __future__ import annotations

import math
import re
from typing import Any

from pmladder.errors import Msg

MAX_NUMBER_DIGITS = 30

# YAML 1.2 core schema for plain scalars; anything else plain is a string.
_INT = re.compile(r"^[-+]?[0-9]+$")
_HEX = re.compile(r"^0x[0-9a-fA-F]+$")
_FLOAT = re.compile(r"^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$")
_SPECIAL_FLOAT = re.compile(r"^(?:[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$")
# YAML 1.1 readers (and people) take these as booleans; YAML 1.2 as strings. Refuse to guess.
_AMBIGUOUS_BOOL = re.compile(r"^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$")
# 1.1 sexagesimal numbers (1:30 == 90) and dates silently become other types elsewhere.
_SEXAGESIMAL = re.compile(r"^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$")
_DATE = re.compile(r"^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt ].*)?$")
# Numbers only one YAML version reads as numbers: 1.2 octal (0o17), 1.1 binary (0b101) and 1_000.
_OTHER_NUMBER = re.compile(r"^[-+]?(?:0o[0-7]+|0b[01_]+|[0-9][0-9_]*_[0-9_]*(?:\.[0-9_]*)?)$")
#: A plain scalar can only be something other than a string if it starts with one of these.
SPECIAL_START = frozenset("0123456789+-.~nNtTfFyYoO")
#: those that are letters: a plain scalar starting with one is null, a boolean, an ambiguous boolean or
#: text (no number or date starts with a letter), which spares English text ("The…") every number pattern
_LETTER_START = frozenset("nNtTfFyYoO")

#: a problem with a value: the issue code and its parameters (the value is then read as the text it is)
Problem = tuple[str, dict[str, Any]]


def _detail(code: str, sub: str, **params: Any) -> Problem:
    """An issue code whose sentence depends on the case: the case's words as its ``detail``."""
    return code, {"detail": Msg(sub, params)}


def _number(value: str) -> tuple[Any, Problem | None]:
    """A plain scalar that looks like a number (decimal, hex or float), or the problem with it."""
    if value.isdigit() and value.isascii() and value[0] != "0" and len(value) <= MAX_NUMBER_DIGITS:
        return int(value), None  # a whole number as most numbers in a file are written (a band, a year)
    if _INT.match(value):
        digits = value.lstrip("+-")
        if len(digits) > MAX_NUMBER_DIGITS:
            return value, _detail("number-too-large", "yaml.number-digits", digits=len(digits), limit=MAX_NUMBER_DIGITS)
        if len(digits) > 1 and digits.startswith("0"):
            return value, _detail("yaml-ambiguous", "yaml.ambiguous-octal", value=value)
        return int(value), None
    if _HEX.match(value):
        if len(value) > MAX_NUMBER_DIGITS:
            return value, _detail("number-too-large", "yaml.number-long")
        return int(value, 16), None
    number = float(value) if len(value) <= MAX_NUMBER_DIGITS + 10 else math.inf
    if not math.isfinite(number):  # 1e400
        return value, _detail("number-too-large", "yaml.number-long")
    return number, None


def _not_a_number(value: str) -> Problem | None:
    """Why a plain scalar that is not a YAML 1.2 number is still not plain text (or None when it is)."""
    if _SPECIAL_FLOAT.match(value):
        return "number-not-finite", {"value": value}
    if _OTHER_NUMBER.match(value):
        return _detail("yaml-ambiguous", "yaml.ambiguous-number", value=value)
    if _SEXAGESIMAL.match(value) or _DATE.match(value):
        return _detail("yaml-ambiguous", "yaml.ambiguous-date", value=value)
    return None


#: the plain scalars that are null, true or false in YAML 1.2
_CONSTANTS: dict[str, Any] = {
    **dict.fromkeys(("", "~", "null", "Null", "NULL")),
    **dict.fromkeys(("true", "True", "TRUE"), True),
    **dict.fromkeys(("false", "False", "FALSE"), False),
}


def plain_scalar(value: str) -> tuple[Any, Problem | None]:
    """The YAML 1.2 core value of a plain (unquoted, untagged) scalar, and the problem that makes it be
    read as the text it is written as (an ambiguous boolean, a leading zero, a date...), or None."""
    if value and value[0] not in SPECIAL_START:  # most text: nothing else to check
        return value, None
    if value in _CONSTANTS:
        return _CONSTANTS[value], None
    if _AMBIGUOUS_BOOL.match(value):
        return value, _detail("yaml-ambiguous", "yaml.ambiguous-bool", value=value)
    if value[0] in _LETTER_START:
        return value, None
    if _INT.match(value) or _HEX.match(value) or _FLOAT.match(value):
        return _number(value)
    return value, _not_a_number(value)
