"""WhatsApp's text formatting, read the way WhatsApp reads it: one parser for the editor and the preview.

What WhatsApp renders (its help page "How to format your messages", and the
2024 additions every client now shows):

- ``*bold*``, ``_italic_``, ``~strikethrough~``: one marker on each side;
- ````` ```monospace``` `````: three backticks on each side, may span lines;
- `` `inline code` ``: one backtick on each side (a tinted box in the bubble);
- at the start of a line: ``* item`` or ``- item`` (bulleted list), ``1. item``
  (numbered list), ``> text`` (quote).  Nothing else: no ``**bold**``,
  ``# headings``, ``[links](…)`` or tables — they arrive as typed.

The rules a marker pair must meet to format (anything else stays literal):

- the opening marker starts the text or follows a character that is not a
  letter or digit (a space, punctuation, an emoji, another marker), so
  ``2*3*4`` and ``file_name_here`` stay as typed;
- the closing marker ends the text or is followed by a character that is not a
  letter or digit;
- the markers hug the text: no space or line break just inside either marker
  (``* not bold *``), and there is something between them (``**`` stays);
- single markers (``*``, ``_``, ``~``, `````) never reach across a line break;
  ````` ``` ````` does;
- the first closing marker that qualifies ends the span; styles nest
  (``*_bold italic_*``) but a style never nests inside itself;
- nothing inside monospace or inline code is formatted;
- a link (``http://…``, ``https://…``, ``www.…``) is taken whole first: markers
  inside it (``https://x.id/promo_hari_ini``) are part of the address, while a
  link inside a bold span (``*https://x.id*``) is bold.  Bare domains
  (``tokoku.id``) are not recognised here (WhatsApp's own list of endings decides
  those).

Positions are indices into the Python ``str``: Unicode code points, the same
count ``counted_length`` gives.
"""

from __future__ import annotations

import bisect
import enum
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass


class Style(enum.Flag):
    NONE = 0
    BOLD = enum.auto()
    ITALIC = enum.auto()
    STRIKE = enum.auto()
    MONOSPACE = enum.auto()  # ```block```
    CODE = enum.auto()  # `inline`


SINGLE_MARKERS: dict[str, Style] = {"*": Style.BOLD, "_": Style.ITALIC, "~": Style.STRIKE}
MARKERS: dict[Style, str] = {
    Style.BOLD: "*",
    Style.ITALIC: "_",
    Style.STRIKE: "~",
    Style.MONOSPACE: "```",
    Style.CODE: "`",
}


class LineKind(enum.Enum):
    BULLET = "bullet"
    NUMBERED = "numbered"
    QUOTE = "quote"


@dataclass(frozen=True, slots=True)
class Span:
    """One formatted stretch: ``start``/``end`` include the markers, ``content_*`` is what shows between them."""

    style: Style
    start: int
    end: int
    content_start: int
    content_end: int


@dataclass(frozen=True)
class Link:
    start: int
    end: int
    url: str


@dataclass(frozen=True)
class LineFormat:
    """A list item or quote: ``marker_*`` is what WhatsApp replaces (``"- "``, ``"> "``) or keeps (``"1. "``)."""

    kind: LineKind
    line_start: int
    marker_end: int
    marker: str  # as typed, e.g. "- ", "12. ", "> "


@dataclass(frozen=True)
class Formatting:
    spans: tuple[Span, ...]  # in order of start; nested spans come after the span holding them
    links: tuple[Link, ...]
    lines: tuple[LineFormat, ...]

    def marker_ranges(self) -> Iterator[tuple[int, int]]:
        """Every marker's ``(start, end)``: what the editor dims and the preview leaves out."""
        for span in self.spans:
            yield span.start, span.content_start
            yield span.content_end, span.end


@dataclass(frozen=True)
class Run:
    """A piece of the text as the recipient sees it: no markers, one style, maybe part of a link."""

    text: str
    style: Style
    link: str | None = None


# A link runs to the next space; trailing punctuation (and markers) belong to the sentence, not the address.
_LINK = re.compile(r"(?:https?://|www\.)[^\s<>\"]+", re.IGNORECASE)
_LINK_TAIL = ".,:;!?'\"*_~`>"
_MARKER_CHAR = re.compile(r"[*_~`]")
_LINE = re.compile(r"^(?:(?P<bullet>[*-] )|(?P<numbered>\d{1,3}\. )|(?P<quote>> ))", re.MULTILINE)


def _links(text: str) -> list[Link]:
    found = []
    for match in _LINK.finditer(text):
        start, end = match.span()
        surplus = text.count(")", start, end) - text.count("(", start, end)  # "(see https://x.id)": not its ")"
        while end > start and (text[end - 1] in _LINK_TAIL or (text[end - 1] == ")" and surplus > 0)):
            surplus -= text[end - 1] == ")"
            end -= 1
        if end - start > len("www."):
            found.append(Link(start, end, text[start:end]))
    return found


def _word(char: str) -> bool:
    return char.isalnum()


class _Parser:
    """Left to right, as WhatsApp does; closing markers are found by bisection so no text takes quadratic time."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.links = _links(text)
        self.in_link = bytearray(len(text))
        for link in self.links:
            self.in_link[link.start : link.end] = b"\1" * (link.end - link.start)
        self.newlines = [m.start() for m in re.finditer("\n", text)]
        self.closers = {marker: self._closers(marker) for marker in MARKERS.values()}
        self.spans: list[Span] = []

    def _closers(self, marker: str) -> list[int]:
        """Every position where ``marker`` could close a span (whatever opened it)."""
        text, size, found = self.text, len(marker), []
        at = text.find(marker, 1)
        while at != -1:
            after = at + size
            if self.in_link[at]:
                pass
            elif marker == "```":
                found.append(at)  # monospace is lax: no hugging, no word boundary
            elif (
                not text[at - 1].isspace()
                and (after == len(text) or not _word(text[after]))
                and not text.startswith(marker, after)  # "**bold**" closes at its last "*"
                and (marker != "`" or text[at - 1] != "`")  # a backtick of a ``` run closes no inline code
            ):
                found.append(at)
            at = text.find(marker, at + 1)
        return found

    def opens(self, at: int, marker: str, end: int) -> bool:
        text, after = self.text, at + len(marker)
        if self.in_link[at] or after >= end:
            return False
        if marker == "```":
            return True
        return not text[after].isspace() and (at == 0 or not _word(text[at - 1]))

    def closing(self, marker: str, start: int, end: int) -> int | None:
        """Where the marker opened at ``start`` closes (the first place it can), before ``end``; or ``None``."""
        closers = self.closers[marker]
        index = bisect.bisect_left(closers, start + len(marker) + 1)  # at least one character inside
        if index == len(closers) or closers[index] + len(marker) > end:
            return None
        at = closers[index]
        if marker != "```":  # single markers stay on their line
            line_end = bisect.bisect_left(self.newlines, start)
            if line_end < len(self.newlines) and self.newlines[line_end] < at:
                return None
        return at

    def parse(self, start: int, end: int, active: str) -> None:
        """Find the spans between ``start`` and ``end``; ``active``: the single markers of the spans around."""
        text = self.text
        next_marker = _MARKER_CHAR.search(text, start, end)
        while next_marker is not None:
            at, char = next_marker.start(), next_marker.group()
            if char in active:
                next_marker = _MARKER_CHAR.search(text, at + 1, end)
                continue
            if text.startswith("```", at):
                style, marker = Style.MONOSPACE, "```"
            else:
                style, marker = SINGLE_MARKERS.get(char, Style.CODE), char
            close = self.closing(marker, at, end) if self.opens(at, marker, end) else None
            if close is None:
                next_marker = _MARKER_CHAR.search(text, at + len(marker), end)
                continue
            self.spans.append(Span(style, at, close + len(marker), at + len(marker), close))
            if marker in SINGLE_MARKERS:
                self.parse(at + 1, close, active + marker)
            next_marker = _MARKER_CHAR.search(text, close + len(marker), end)


def parse(text: str) -> Formatting:
    """The formatting WhatsApp would show for ``text``."""
    parser = _Parser(text)
    parser.parse(0, len(text), "")
    lines = tuple(_line_formats(text, parser.spans))
    return Formatting(tuple(parser.spans), tuple(parser.links), lines)


def _line_formats(text: str, spans: list[Span]) -> Iterator[LineFormat]:
    blocks = [(s.content_start, s.content_end) for s in spans if s.style is Style.MONOSPACE]
    for match in _LINE.finditer(text):
        start = match.start()
        if any(a <= start < b for a, b in blocks):
            continue
        kind = LineKind.BULLET if match["bullet"] else LineKind.NUMBERED if match["numbered"] else LineKind.QUOTE
        yield LineFormat(kind, start, match.end(), match.group(0))


def runs(text: str, formatting: Formatting | None = None) -> list[Run]:
    """``text`` as pieces of one style each, markers left out, links marked (line formats stay in the text)."""
    formatting = formatting or parse(text)
    # Every place the style, the link or the hiding changes; then one run per stretch between two of them.
    opened: dict[int, int] = {}  # position -> style bits starting there
    closed: dict[int, int] = {}
    hides: dict[int, int] = {}  # position -> +1 / -1
    for span in formatting.spans:
        bits = span.style.value
        opened[span.content_start] = opened.get(span.content_start, 0) | bits
        closed[span.content_end] = closed.get(span.content_end, 0) | bits
        for start, stop in ((span.start, span.content_start), (span.content_end, span.end)):
            hides[start] = hides.get(start, 0) + 1
            hides[stop] = hides.get(stop, 0) - 1
    link_starts = {link.start: link.url for link in formatting.links}
    link_ends = {link.end for link in formatting.links}
    stops = sorted({0, len(text), *opened, *closed, *hides, *link_starts, *link_ends})
    bits, hidden, url = 0, 0, None
    pieces: list[tuple[list[str], int, str | None]] = []
    for here, there in itertools.pairwise(stops):
        bits = (bits & ~closed.get(here, 0)) | opened.get(here, 0)
        hidden += hides.get(here, 0)
        url = link_starts.get(here, None if here in link_ends else url)
        if hidden or here == there:
            continue
        if pieces and pieces[-1][1] == bits and pieces[-1][2] == url:
            pieces[-1][0].append(text[here:there])
        else:
            pieces.append(([text[here:there]], bits, url))
    return [Run("".join(parts), Style(bits), url) for parts, bits, url in pieces]


def shown_text(text: str) -> str:
    """What the recipient reads: the text without its formatting markers."""
    return "".join(run.text for run in runs(text))


@dataclass(frozen=True)
class ShownLine:
    """One line as the bubble shows it: a bullet or quote line without its ``- ``/``> ``; a numbered one keeps it."""

    runs: tuple[Run, ...]
    kind: LineKind | None = None


def shown_lines(text: str) -> list[ShownLine]:
    """``runs`` line by line, with each line's list or quote format.

    Markers never hold a line break, so the shown text has the source's lines, one for one.
    """
    formatting = parse(text)
    breaks = [m.start() for m in re.finditer("\n", text)]
    kinds = {bisect.bisect_left(breaks, line.line_start): line for line in formatting.lines}
    lines: list[list[Run]] = [[]]
    for run in runs(text, formatting):
        for index, part in enumerate(run.text.split("\n")):
            if index:
                lines.append([])
            if part:
                lines[-1].append(Run(part, run.style, run.link))
    shown = []
    for number, pieces in enumerate(lines):
        line = kinds.get(number)
        if line is not None and line.kind is not LineKind.NUMBERED:
            pieces = _drop(pieces, len(line.marker))
        shown.append(ShownLine(tuple(pieces), line.kind if line else None))
    return shown


def _drop(pieces: list[Run], count: int) -> list[Run]:
    """``pieces`` without their first ``count`` characters."""
    kept = []
    for piece in pieces:
        if count >= len(piece.text):
            count -= len(piece.text)
            continue
        kept.append(Run(piece.text[count:], piece.style, piece.link) if count else piece)
        count = 0
    return kept
