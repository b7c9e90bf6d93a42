"""Numbers typed or pasted in any common way, read one by one: each either an address or why it is not one."""

from __future__ import annotations

import re
from dataclasses import dataclass

from wadesk.domain.errors import ValidationError
from wadesk.domain.phone import normalize_recipient
from wadesk.ui.i18n import marked

# The normaliser's reasons (``wadesk.domain.phone``) without the number: the list says them in the window's
# language (``translate_marked("Composer", problem)``); any other reason is shown as it is.
REASONS = (marked("Composer", "not a phone number"), marked("Composer", "not a valid phone number"))

_SEPARATORS = re.compile(r"[\n\r\t,;|]+")  # lines (a column pasted from Excel), tabs (a row), commas, semicolons
_LONGEST = 6  # the most space-separated parts one number is written in ("+62 812 3456 7890" is 4)


@dataclass(frozen=True)
class ReadNumber:
    """One number as typed: its ``address`` (digits with the country code, or a group id) or the ``problem``."""

    raw: str
    address: str | None = None
    is_group: bool = False
    problem: str | None = None


def read_numbers(text: str, region: str) -> list[ReadNumber]:
    """Every number in ``text``, in order: one per line, or separated by commas, semicolons, tabs or spaces.

    Spaces also separate the parts of one number (``0812 3456 7890``), so a run of words is read as the
    longest numbers it makes; what makes none is an entry with its problem.  Synchronous: a long paste is
    read off the event loop.
    """
    found: list[ReadNumber] = []
    for piece in _SEPARATORS.split(text):
        words = piece.split()
        start = 0
        while start < len(words):
            for end in range(min(len(words), start + _LONGEST), start, -1):
                raw = " ".join(words[start:end])
                number = _read(raw, region)
                if number.address is not None or end == start + 1:
                    break
            found.append(number)
            start = end
    return found


def _read(raw: str, region: str) -> ReadNumber:
    try:
        address, is_group = normalize_recipient(raw, region)
    except ValidationError as exc:
        return ReadNumber(raw, problem=_reason(exc.message, raw))
    return ReadNumber(raw, address, is_group)


def _reason(message: str, raw: str) -> str:
    """The normaliser's words without the number it names first (the list shows it already)."""
    for prefix in (f"{raw!r} is ", f"'{raw}' is "):
        if message.startswith(prefix):
            return message.removeprefix(prefix)
    return message
