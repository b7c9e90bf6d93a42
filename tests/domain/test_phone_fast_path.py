"""The fast path for Indonesian mobile numbers gives what ``phonenumbers`` gives, on every input it answers.

``normalize_phone`` answers the usual forms (``08…``, ``+62 8…``, ``628…``, ``8…``, with spaces, dashes, dots,
parentheses) without parsing; each test compares it with the full parse (``_parse``, the code before the fast
path) on the same input, for numbers that are valid, invalid, landlines, foreign, too short or long, and for
other default regions, where the fast path must stay out of the way.
"""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wadesk.domain.errors import ValidationError
from wadesk.domain.phone import _SUFFIX, _indonesian_mobile, _parse, normalize_phone

_PREFIXES = ("0", "+62", "62", "", "+620", "620", "0062", "00", "062", "+6", "+63", "+44", "44", "6", "+", "0 62")
_SEPARATORS = (" ", "-", ".", "(", ")", "  ", " - ", "")
_REGIONS = ("ID", "MY", "SG", "US", "GB", "AU", "id")


def full_parse(raw: str, region: str = "ID") -> str:
    """What ``phonenumbers`` alone makes of ``raw``: the number, or the error's words."""
    try:
        return _parse(raw, _SUFFIX.sub("", raw.strip()), region)
    except ValidationError as exc:
        return f"error: {exc.message}"


def ours(raw: str, region: str = "ID") -> str:
    try:
        return normalize_phone(raw, region)
    except ValidationError as exc:
        return f"error: {exc.message}"


def written(rng: random.Random) -> str:
    """A number as someone might type it: a prefix, national digits of any length, separators anywhere."""
    if rng.random() < 0.5:  # the usual: a mobile number of a usual length, with a usual prefix
        digits = "8" + "".join(rng.choice("0123456789") for _ in range(rng.randint(8, 11)))
        number = rng.choice(("0", "+62", "62", "")) + digits
    else:  # anything: landlines, other countries, wrong lengths, odd prefixes
        first = rng.choice("888888812345679")
        digits = first + "".join(rng.choice("0123456789") for _ in range(rng.randint(3, 15)))
        number = rng.choice(_PREFIXES) + digits
    out = []
    for char in number:
        if rng.random() < 0.15:
            out.append(rng.choice(_SEPARATORS))
        out.append(char)
    text = "".join(out)
    if rng.random() < 0.05:
        text = f"({text[:4]}) {text[4:]}"
    if rng.random() < 0.05:
        text += "@c.us"
    if rng.random() < 0.05:
        text = f"  {text}\t"
    return text


def test_a_large_sample_agrees_with_phonenumbers() -> None:
    rng = random.Random(20261130)
    sample = [written(rng) for _ in range(20_000)]
    fast = 0
    for raw in sample:
        assert ours(raw) == full_parse(raw), raw
        fast += _indonesian_mobile(_SUFFIX.sub("", raw.strip())) is not None
    assert fast > len(sample) // 3  # the fast path is taken, not left out everywhere


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("0812-3456-7890", "6281234567890"),
        ("+62 812 3456 7890", "6281234567890"),
        ("6281234567890", "6281234567890"),
        ("81234567890", "6281234567890"),
        ("(0812) 3456.7890", "6281234567890"),
        ("+62-878-1234-5678", "6287812345678"),
        ("0856 1234 567", "628561234567"),
        ("0812345678901", "62812345678901"),  # 12 national digits, the longest
    ],
)
def test_the_usual_forms_take_the_fast_path(raw: str, expected: str) -> None:
    assert _indonesian_mobile(raw) == expected
    assert full_parse(raw) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "021-5550123",  # a Jakarta landline
        "62812345678",  # "628…" short enough to be a landline: phonenumbers reads it as one
        "+6208123456789",  # the national 0 after the country code
        "0062812345678",  # an international prefix
        "08123",  # too short
        "08123456789012345",  # too long
        "0804 1234567",  # not a mobile range
        "+44 7911 123456",
        "٠٨١٢٣٤٥٦٧٨٩٠",  # Arabic-Indic digits
        "0812\u00a03456\u00a07890",  # no-break spaces
        "08" + " " * 300 + "12345678",  # longer than phonenumbers reads
    ],
)
def test_the_rest_is_left_to_phonenumbers(raw: str) -> None:
    assert _indonesian_mobile(raw) is None
    assert ours(raw) == full_parse(raw)


_number_text = st.builds(
    lambda prefix, body: prefix + body,
    st.sampled_from(_PREFIXES),
    st.text(alphabet="0123456789888 ().-+", min_size=0, max_size=20),
)


@settings(max_examples=1500, deadline=None)
@given(_number_text, st.sampled_from(_REGIONS))
def test_any_number_text_in_any_region_agrees(raw: str, region: str) -> None:
    assert ours(raw, region) == full_parse(raw, region)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=30))
def test_any_text_agrees(raw: str) -> None:
    assert ours(raw) == full_parse(raw)
