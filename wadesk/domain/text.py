"""Text from outside (recipient files, gateway answers) made safe for a terminal.

A name in a CSV file or a gateway's error message may carry terminal control
characters: an ESC sequence can recolour, move the cursor, clear the screen or
retitle the window, a carriage return can hide what came before it.
"""

from __future__ import annotations

import re

# C0 controls except tab and newline, DEL, and the C1 controls (0x9B is a one-byte CSI on some terminals).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# What JSON leaves raw: DEL and C1 (json.dumps already escapes everything below 0x20).
_RAW_IN_JSON = re.compile(r"[\x7f-\x9f]")


def printable(text: str) -> str:
    """``text`` without terminal control characters; tabs and newlines stay."""
    return _CONTROL.sub("", text)


def escape_controls_in_json(text: str) -> str:
    """A ``json.dumps`` result with DEL and C1 characters written as ``\\u00XX`` escapes: same data, safe to print."""
    return _RAW_IN_JSON.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


def counted_length(text: str) -> int:
    """The length of a message as the gateways' limits count it: Unicode characters (code points).

    The provider documents say "characters" (jsonwa: 10 to 480) and their
    servers count code points, as Python's ``len`` does; an emoji counts 1,
    one with a skin tone 2, a flag 2 (two regional letters).  Qt and JavaScript
    count UTF-16 units instead (an emoji 2): never measure a message there.
    """
    return len(text)
