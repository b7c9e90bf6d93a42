"""vCard files (.vcf) of versions 2.1, 3.0 and 4.0, as phones and address books export them.

Read here rather than with a library: the one maintained general parser on PyPI (vobject) is Apache-licensed,
pulls in date libraries, and is lenient in ways that lose 2.1 quoted-printable names; what an import needs —
names, numbers, e-mail, organisation, note — is a small part of the format.

Handled: lines folded with a leading space or tab (3.0/4.0, and 2.1), quoted-printable values with soft line
breaks and a ``CHARSET`` (2.1), bare 2.1 type parameters (``TEL;CELL:``), ``tel:`` URIs (4.0), grouped
properties (``item1.TEL``), escaped ``\\,`` ``\\;`` ``\\n``, and any number of ``TEL`` lines per card.
"""

from __future__ import annotations

import codecs
import quopri
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from wadesk.domain.errors import ValidationError
from wadesk.services.recipients_csv import detect_legacy_encoding

__all__ = ["Card", "decode_vcard_bytes", "parse_vcards"]

_PROPERTY = re.compile(r"(?:[\w-]+\.)?(?P<name>[\w-]+)(?P<params>(?:;[^:]*)?):(?P<value>.*)", re.DOTALL)


@dataclass
class Card:
    """One contact of a vCard file: ``number`` is its place in the file (1 for the first card)."""

    number: int
    name: str = ""
    phones: list[str] = field(default_factory=list)
    email: str = ""
    organization: str = ""
    note: str = ""


def decode_vcard_bytes(data: bytes, name: str) -> str:
    """The text of a vCard file: UTF-8 (BOM or not), UTF-16 with a BOM, or else a legacy encoding detected."""
    for bom, codec in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        legacy = detect_legacy_encoding(data[: 64 * 1024])
        if legacy is None:
            raise ValidationError(f"{name} is not a text file wadesk can read") from None
        return data.decode(legacy, errors="replace")


def parse_vcards(text: str, name: str) -> list[Card]:
    """Every ``BEGIN:VCARD`` … ``END:VCARD`` of ``text``; raises ``ValidationError`` when there is none."""
    cards: list[Card] = []
    card: Card | None = None
    depth = 0
    for line in _logical_lines(text):
        match = _PROPERTY.fullmatch(line)
        if match is None:
            continue
        prop, params, value = match["name"].upper(), match["params"], match["value"]
        if prop == "BEGIN" and value.strip().upper() == "VCARD":
            depth += 1
            if depth == 1:
                card = Card(len(cards) + 1)
            continue
        if prop == "END" and value.strip().upper() == "VCARD":
            depth -= 1
            if depth == 0 and card is not None:
                cards.append(card)
                card = None
            depth = max(depth, 0)
            continue
        if card is None or depth != 1:
            continue  # outside a card, or inside an embedded one (2.1 AGENT)
        _take(card, prop, _value(params, value))
    if not cards:
        raise ValidationError(f"{name} holds no contact card (BEGIN:VCARD … END:VCARD); is it a vCard file?")
    return cards


def _logical_lines(text: str) -> Iterator[str]:
    """The file's lines unfolded: a line starting with a space or tab continues the one before, and so does the
    line after a quoted-printable value ending in ``=`` (a soft line break)."""
    current: str | None = None
    for raw in text.splitlines():
        if current is not None and raw[:1] in (" ", "\t"):
            current += raw[1:]
            continue
        if current is not None and current.endswith("=") and _is_quoted_printable(current):
            current = current[:-1] + raw
            continue
        if current is not None:
            yield current
        current = raw
    if current is not None:
        yield current


def _is_quoted_printable(line: str) -> bool:
    head = line.split(":", 1)[0].upper()
    return "QUOTED-PRINTABLE" in head


def _params(params: str) -> dict[str, str]:
    """``;TYPE=CELL;CHARSET=UTF-8`` as ``{"TYPE": "CELL", "CHARSET": "UTF-8"}``; a bare 2.1 ``;CELL`` is a type."""
    found: dict[str, str] = {}
    for part in params.split(";")[1:]:
        key, sep, value = part.partition("=")
        if not sep:
            key, value = ("ENCODING", key) if key.upper() == "QUOTED-PRINTABLE" else ("TYPE", key)
        found[key.strip().upper()] = value.strip().strip('"')
    return found


def _value(params: str, value: str) -> str:
    found = _params(params)
    if found.get("ENCODING", "").upper() in ("QUOTED-PRINTABLE", "QP"):
        charset = found.get("CHARSET", "utf-8")
        raw = quopri.decodestring(value.encode("latin-1", errors="replace"))
        try:
            return raw.decode(charset)
        except (LookupError, UnicodeDecodeError):
            return raw.decode("cp1252", errors="replace")
    return value


def _split(value: str, separator: str) -> list[str]:
    """``value`` split at unescaped ``separator``s, each part unescaped."""
    parts, current, escaped = [], [], False
    for char in value:
        if escaped:
            current.append("\n" if char in "nN" else char)
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == separator:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


def _text(value: str) -> str:
    return " ".join(_split(value, "\x00")[0].split())


def _take(card: Card, prop: str, value: str) -> None:
    if prop == "FN":
        card.name = _text(value)
    elif prop == "N" and not card.name:
        family, given, additional, *_ = [*_split(value, ";"), "", "", ""]
        card.name = " ".join(part for part in (given.strip(), additional.strip(), family.strip()) if part)
    elif prop == "TEL":
        number = value.strip()
        if number.lower().startswith("tel:"):
            number = number[4:].split(";", 1)[0]  # tel:+62-812-1111-2222;ext=5
        if number:
            card.phones.append(number)
    elif prop == "EMAIL" and not card.email:
        card.email = _text(value)
    elif prop == "ORG" and not card.organization:
        card.organization = " ".join(p.strip() for p in _split(value, ";") if p.strip())
    elif prop == "NOTE" and not card.note:
        card.note = "\n".join(line.strip() for line in _split(value, "\x00")[0].splitlines()).strip()
