"""Phone-number normalisation: one canonical form inside wadesk, digits with the country code."""

from __future__ import annotations

import functools
import re

import phonenumbers

from wadesk.domain.errors import ValidationError
from wadesk.domain.words import N_

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
    text = raw.strip()
    if "@" in text:
        text = _SUFFIX.sub("", text)
    if region == "ID" and (fast := _indonesian_mobile(text)) is not None:
        return fast
    return _parse(raw, text, region)


def _parse(raw: str, text: str, region: str) -> str:
    """``normalize_phone`` by ``phonenumbers``, for any number (``text``: ``raw`` without spaces and suffix)."""
    if not text or not re.fullmatch(r"[+\d\s().\-]+", text):
        raise ValidationError(N_("'{raw}' is not a phone number"), raw=raw)
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
    raise ValidationError(N_("'{raw}' is not a valid phone number"), raw=raw)


# The fast path: the ways Indonesian mobile numbers are usually written, read without ``phonenumbers.parse``
# (~75 µs a number, most of a 100,000-row import).  It answers only where parsing would give the same number
# (tests/domain/test_phone_fast_path.py compares the two), and leaves everything else to the full parse.
_MAX_INPUT = 250  # phonenumbers refuses longer input


@functools.cache
def _id_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Indonesia's patterns from the installed phonenumbers metadata: any national number, mobile numbers."""
    metadata = phonenumbers.PhoneMetadata.metadata_for_region("ID")
    assert metadata is not None and metadata.general_desc is not None and metadata.mobile is not None
    general, mobile = metadata.general_desc.national_number_pattern, metadata.mobile.national_number_pattern
    assert general is not None and mobile is not None
    return re.compile(general), re.compile(mobile)


def _indonesian_mobile(text: str) -> str | None:
    """``62…`` for ``08…``, ``+628…``, ``628…`` and ``8…`` mobile numbers (region ID); ``None``: parse it fully."""
    if len(text) > _MAX_INPUT:
        return None
    digits = text.replace(" ", "").replace("-", "").replace(".", "").replace("(", "").replace(")", "")
    plus = digits.startswith("+")
    if plus:
        digits = digits[1:]
    if not (digits.isascii() and digits.isdigit()):  # ASCII digits only, a plus only in front
        return None
    general, mobile = _id_patterns()
    if plus or digits.startswith("62"):
        national = digits[2:] if digits.startswith("62") else ""
    elif digits.startswith("0"):
        national = digits[1:]
    else:
        national = digits
    if not mobile.fullmatch(national):
        return None
    if not plus and digits.startswith("62") and general.fullmatch(digits):
        return None  # without a plus, phonenumbers reads "62…" as a national number when it is one (a landline)
    return "62" + national


def normalize_recipient(raw: str, region: str = DEFAULT_REGION) -> tuple[str, bool]:
    """Return ``(address, is_group)``: a WhatsApp group id passes through untouched."""
    if is_group_id(raw):
        return raw.strip(), True
    return normalize_phone(raw, region), False
