"""Phone numbers in the forms WACloud reads and writes."""

from __future__ import annotations

import re

import phonenumbers

from wadesk.domain.errors import ValidationError
from wadesk.domain.phone import normalize_phone

_SUFFIX = re.compile(r"@(?:c\.us|s\.whatsapp\.net|lid)$")


def chat_number(value: str) -> str:
    """``6281…`` from ``6281…``, ``+62 81…`` or ``6281…@c.us`` (digits only, suffix stripped)."""
    stripped = _SUFFIX.sub("", value.strip())
    return re.sub(r"\D", "", stripped) or stripped


def national_number(value: str) -> str:
    """``81234567890``: the number without the country code or leading zero (device creation, OTP)."""
    canonical = normalize_phone(value)
    parsed = phonenumbers.parse("+" + canonical)
    return str(parsed.national_number)


def canonical_number(value: str) -> str:
    try:
        return normalize_phone(value)
    except ValidationError:
        return chat_number(value)
