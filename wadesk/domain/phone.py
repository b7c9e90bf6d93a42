"""Phone-number normalisation: one canonical form inside wadesk, digits with the country code."""

from __future__ import annotations

import re

import phonenumbers

from wadesk.domain.errors import ValidationError

DEFAULT_REGION = "ID"

# WhatsApp group ids: "…@g.us", the 18-digit "120363…" form (longer than any
# phone number can be), and the older "<creator>-<timestamp>" form.
_GROUP_ID = re.compile(r"(?:.+@g\.us|\d{16,}|[0-9A-Za-z]{9,}-[0-9A-Za-z]{9,})")
_SUFFIX = re.compile(r"@(?:c\.us|s\.whatsapp\.net|lid)$")


def is_group_id(value: str) -> bool:
    return _GROUP_ID.fullmatch(value.strip()) is not None


def normalize_phone(raw: str, region: str = DEFAULT_REGION) -> str:
    """Return ``raw`` as digits with the country code (``6281234567890``).

    Accepts local (``0812-3456-7890``), international (``+62 812 3456 7890``),
    bare international (``6281234567890``) and national without the leading
    zero (``81234567890``), and the ``@c.us`` forms providers echo back.
    Raises ``ValidationError`` naming the input for anything else.
    """
    text = _SUFFIX.sub("", raw.strip())
    if not text or not re.fullmatch(r"[+\d\s().\-]+", text):
        raise ValidationError(f"{raw!r} is not a phone number")
    candidates = [text]
    digits = re.sub(r"\D", "", text)
    if not text.startswith("+") and not text.startswith("0"):
        candidates.append("+" + digits)  # "6281…" written without the plus
    for candidate in candidates:
        try:
            number = phonenumbers.parse(candidate, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return f"{number.country_code}{number.national_number}"
    raise ValidationError(f"{raw!r} is not a valid phone number")


def normalize_recipient(raw: str, region: str = DEFAULT_REGION) -> tuple[str, bool]:
    """Return ``(address, is_group)``: a WhatsApp group id passes through untouched."""
    if is_group_id(raw):
        return raw.strip(), True
    return normalize_phone(raw, region), False
