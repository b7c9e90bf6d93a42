"""vCard files (.vcf) of versions 2.1, 3.0 and 4.0, as phones and address books export them, read with vobject.

vobject reads the file's lines (``vobject.base.getLogicalLines``, ``parseLine``, and ``ContentLine`` for a
quoted-printable value): lines folded with a leading space or tab, quoted-printable values with their soft line breaks
and ``CHARSET`` (2.1, ``allowQP``), parameters (bare 2.1 types such as ``TEL;CELL:`` too) and groups (``item1.TEL``).
Cards and values are read here, at that level rather than as vobject's vCard objects, for three reasons:

- A line vobject cannot read marks its card as broken — named by its number and that line — and the next card is
  read as usual (``vobject.readComponents`` stops at the first such line); text between cards is ignored.
- vobject's vCard decoding keeps only what comes before the first unescaped comma of a text value, and a 2.1 card
  does not escape its commas (``FN:Santoso, Budi``); here ``\\,`` ``\\;`` ``\\n`` are unescaped and commas kept.
- Speed: a ``ContentLine`` costs several times what reading its line does, so only quoted-printable values get one
  (a 10,000-card file reads in about 2 s; every line a ``ContentLine``: about 6 s).  vobject decodes
  ``ENCODING=QUOTED-PRINTABLE`` only in capitals: the parameter is given to it so.

``tel:`` URIs (4.0) lose their scheme and any ``;ext=``.  An embedded 2.1 ``AGENT`` card is skipped; any other
``BEGIN:VCARD`` inside a card ends that card, as one without its ``END:VCARD``.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field
from io import StringIO

from vobject.base import ContentLine, ParseError, getLogicalLines, parseLine

from wadesk.domain.errors import ValidationError
from wadesk.domain.words import N_
from wadesk.services.recipients_csv import detect_legacy_encoding

__all__ = ["Card", "decode_vcard_bytes", "parse_vcards"]

_QP = "QUOTED-PRINTABLE"
_READ = frozenset({"FN", "N", "TEL", "EMAIL", "ORG", "NOTE"})  # the properties an import takes


@dataclass
class Card:
    """One contact of a vCard file: ``number`` is its place in the file (1 for the first card).

    ``problem`` says why a card could not be read (then it has no values), naming the file's line.
    """

    number: int
    name: str = ""
    phones: list[str] = field(default_factory=list)
    email: str = ""
    organization: str = ""
    note: str = ""
    problem: str | None = None


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
            raise ValidationError(N_("{name} is not a text file wadesk can read"), name=name) from None
        return data.decode(legacy, errors="replace")


def parse_vcards(text: str, name: str) -> list[Card]:
    """Every ``BEGIN:VCARD`` … ``END:VCARD`` of ``text``; raises ``ValidationError`` when there is none.

    A card with a line that cannot be read comes with its ``problem`` (naming the line) and no values.
    """
    cards: list[Card] = []
    card: Card | None = None
    depth = 0
    agent = False  # the line before was a 2.1 AGENT with its card to follow
    for text_line, number in getLogicalLines(StringIO(text), allowQP=True):
        try:
            prop, params, value, group = parseLine(text_line, number)
            prop = prop.upper()
            if prop in _READ and (encoded := _quoted_printable(params)) is not None:
                value = _decoded(encoded, value, group)
        except ParseError:
            if card is not None and card.problem is None:
                card.problem = f"line {number} cannot be read as vCard: {_shorten(text_line)!r}"
            continue
        except (LookupError, UnicodeError, ValueError) as exc:  # a quoted-printable value not even in Windows-1252
            if card is not None and card.problem is None:
                card.problem = f"line {number} cannot be decoded ({_shorten(str(exc))})"
            continue
        nested, agent = agent, prop == "AGENT" and not value.strip()
        if prop == "BEGIN" and value.strip().upper() == "VCARD":
            if card is not None and depth == 1 and not nested:  # the card before has no END:VCARD
                card.problem = card.problem or f"no END:VCARD before line {number}"
                cards.append(_finished(card))
                depth = 0
            depth += 1
            if depth == 1:
                card = Card(len(cards) + 1)
        elif prop == "END" and value.strip().upper() == "VCARD" and depth > 0:
            depth -= 1
            if depth == 0 and card is not None:
                cards.append(_finished(card))
                card = None
        elif card is not None and depth == 1:
            _take(card, prop, value)
    if card is not None:  # the file ends inside a card
        card.problem = card.problem or "the file ends before this card's END:VCARD"
        cards.append(_finished(card))
    if not cards:
        raise ValidationError(
            N_("{name} holds no contact card (BEGIN:VCARD … END:VCARD); is it a vCard file?"), name=name
        )
    return cards


def _quoted_printable(params: list[list[str]]) -> list[list[str]] | None:
    """A line's parameters (as ``parseLine`` gives them) with ``QUOTED-PRINTABLE`` in capitals, as vobject decodes
    it; ``None`` when the value is not quoted-printable."""
    if not any(value.upper() == _QP for param in params for value in param):
        return None
    return [[_QP if value.upper() == _QP else value for value in param] for param in params]


def _decoded(params: list[list[str]], value: str, group: str | None) -> str:
    """A quoted-printable value decoded in its ``CHARSET`` (vobject: UTF-8 when none is named); when that fails, in
    Windows-1252, what the older phones that name none wrote."""
    try:
        return str(ContentLine("X", params, value, group, encoded=True).value)
    except (LookupError, UnicodeDecodeError):
        legacy = [param for param in params if param[0].upper() != "CHARSET"] + [["CHARSET", "cp1252"]]
        return str(ContentLine("X", legacy, value, group, encoded=True).value)


def _finished(card: Card) -> Card:
    """``card``, or when it is broken, only its number and problem (no half-read values)."""
    return card if card.problem is None else Card(card.number, problem=card.problem)


def _shorten(message: str, limit: int = 80) -> str:
    message = " ".join(message.split())
    return message if len(message) <= limit else message[: limit - 1] + "…"


def _split(value: str, separator: str) -> list[str]:
    """``value`` split at unescaped ``separator``s, each part unescaped (``\\,`` ``\\;`` ``\\n``)."""
    if "\\" not in value:
        return value.split(separator)
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
