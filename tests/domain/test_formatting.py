"""WhatsApp's formatting rules, read once for the editor and the preview."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wadesk.domain.formatting import MARKERS, LineKind, Run, Span, Style, parse, runs, shown_lines, shown_text
from wadesk.domain.text import counted_length

B, IT, S, M, C, N = Style.BOLD, Style.ITALIC, Style.STRIKE, Style.MONOSPACE, Style.CODE, Style.NONE


def shown(text: str) -> list[tuple[str, Style]]:
    return [(run.text, run.style) for run in runs(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("*tebal*", [("tebal", B)]),
        ("_miring_", [("miring", IT)]),
        ("~coret~", [("coret", S)]),
        ("```kode 50```", [("kode 50", M)]),
        ("`HEMAT50`", [("HEMAT50", C)]),
        ("Diskon *50%* hari ini!", [("Diskon ", N), ("50%", B), (" hari ini!", N)]),
        ("*_tebal miring_*", [("tebal miring", B | IT)]),
        ("_*x*_ *~_y_~*", [("x", B | IT), (" ", N), ("y", B | IT | S)]),
        ("🔥*promo*!", [("🔥", N), ("promo", B), ("!", N)]),
        ("(*kurung*)", [("(", N), ("kurung", B), (")", N)]),
        ("*a*_b_", [("a", B), ("b", IT)]),
        ("*1 2 3*", [("1 2 3", B)]),
    ],
)
def test_formatting_whatsapp_shows(text: str, expected: list[tuple[str, Style]]) -> None:
    assert shown(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "2*3*4",  # a marker inside a word opens nothing
        "file_name_here",
        "*tebal*nya",  # ... nor closes
        "* bukan tebal*",  # markers hug the text
        "*bukan tebal *",
        "**",  # nothing between the markers
        "* *",
        "*dua\nbaris*",  # single markers stay on their line
        "`dua\nbaris`",
        "``x``",
        "tanpa format sama sekali",
        "*",
        "",
    ],
)
def test_what_whatsapp_leaves_as_typed(text: str) -> None:
    formatting = parse(text)
    assert formatting.spans == ()
    assert shown_text(text) == text


def test_monospace_spans_lines_and_formats_nothing_inside() -> None:
    assert shown("```a *b*\n_c_```") == [("a *b*\n_c_", M)]
    assert shown("`*tidak tebal*`") == [("*tidak tebal*", C)]


def test_double_markers_show_one_pair_literally() -> None:
    """WhatsApp is not Markdown: ``**bold**`` is bold with one asterisk left on each side."""
    assert shown("**tebal**") == [("*tebal*", B)]


def test_the_first_closing_marker_ends_a_span_and_spans_never_cross() -> None:
    assert shown("_a *b_ c*") == [("a *b", IT), (" c*", N)]


def test_markers_inside_a_link_are_part_of_the_address() -> None:
    text = "Lihat https://tokoku.id/promo_hari_ini_saja dan *https://tokoku.id*."
    formatting = parse(text)
    assert [link.url for link in formatting.links] == ["https://tokoku.id/promo_hari_ini_saja", "https://tokoku.id"]
    assert runs(text) == [
        Run("Lihat ", N),
        Run("https://tokoku.id/promo_hari_ini_saja", N, "https://tokoku.id/promo_hari_ini_saja"),
        Run(" dan ", N),
        Run("https://tokoku.id", B, "https://tokoku.id"),
        Run(".", N),
    ]


def test_a_link_leaves_the_sentence_punctuation_and_an_unopened_bracket_behind() -> None:
    found = parse("(cek www.tokoku.id/a_(b), atau http://x.id/c?d=1!)").links
    assert [link.url for link in found] == ["www.tokoku.id/a_(b)", "http://x.id/c?d=1"]


def test_lists_and_quotes_at_the_start_of_a_line() -> None:
    text = "Menu:\n- Nasi\n* Mie\n1. Satu\n12. Dua belas\n> kutipan\n-tanpa spasi\n```\n- bukan daftar```"
    lines = parse(text).lines
    assert [(line.kind, line.marker) for line in lines] == [
        (LineKind.BULLET, "- "),
        (LineKind.BULLET, "* "),
        (LineKind.NUMBERED, "1. "),
        (LineKind.NUMBERED, "12. "),
        (LineKind.QUOTE, "> "),
    ]
    assert all(text[line.line_start : line.marker_end] == line.marker for line in lines)


def test_marker_ranges_are_the_markers_themselves() -> None:
    text = "*a* ```b``` `c`"
    assert [text[a:b] for a, b in parse(text).marker_ranges()] == ["*", "*", "```", "```", "`", "`"]


def test_counted_length_counts_what_the_gateway_counts() -> None:
    """Code points, not UTF-16 units: 👍 is one, 👍🏽 two (a skin tone), 🇮🇩 two (two regional letters)."""
    assert counted_length("Halo 👍") == 6
    assert counted_length("👍🏽") == 2
    assert counted_length("🇮🇩") == 2
    assert counted_length("é") == 1


def test_a_very_long_hostile_text_parses_quickly_enough_to_type_in() -> None:
    """No marker pattern makes the parser quadratic (WhatsApp itself takes messages of up to 65,536 characters)."""
    for text in ("*a " * 7000, "_" * 20000, "`" * 20000, "*_~" * 7000, "```" * 7000):
        shown_text(text)  # a quadratic parser takes minutes here


# -- properties ----------------------------------------------------------------------------------

MARKERISH = st.text(alphabet=st.sampled_from(list("*_~` \n\tab1.->:/éw🙂(")), max_size=60)
PIECES = st.lists(
    st.sampled_from(["*", "_", "~", "`", "```", " ", "\n", "ab", "https://x.id/", "www.a.id", "- ", "> ", "1. ", "🙂"]),
    max_size=30,
).map("".join)
ANY_TEXT = st.one_of(st.text(max_size=80), MARKERISH, PIECES)
PLAIN = st.text(max_size=80).filter(lambda t: not any(c in t for c in "*_~`"))


def _nested_properly(outer: Span, inner: Span) -> bool:
    return outer.content_start <= inner.start and inner.end <= outer.content_end


@settings(max_examples=400, deadline=None)
@given(ANY_TEXT)
def test_any_text_parses_into_spans_that_never_overlap_wrongly(text: str) -> None:
    formatting = parse(text)
    spans = formatting.spans
    for span in spans:
        marker = MARKERS[span.style]
        assert text[span.start : span.content_start] == marker
        assert text[span.content_end : span.end] == marker
        assert span.content_start < span.content_end  # something between the markers
        if span.style is not Style.MONOSPACE:
            assert "\n" not in text[span.start : span.end]
            content = text[span.content_start : span.content_end]
            assert not content[0].isspace() and not content[-1].isspace()
    for index, first in enumerate(spans):
        for second in spans[index + 1 :]:
            disjoint = first.end <= second.start or second.end <= first.start
            assert disjoint or _nested_properly(first, second) or _nested_properly(second, first)
            if not disjoint:
                outer = first if _nested_properly(first, second) else second
                inner = second if outer is first else first
                assert not outer.style & (Style.MONOSPACE | Style.CODE)  # nothing formatted inside code
                assert outer.style != inner.style  # a style never nests in itself
    for link in formatting.links:  # a marker is never part of a link
        assert all(end <= link.start or link.end <= start for start, end in formatting.marker_ranges())


@settings(max_examples=400, deadline=None)
@given(ANY_TEXT)
def test_the_shown_text_is_the_text_without_its_markers(text: str) -> None:
    formatting = parse(text)
    kept = bytearray(b"\1" * len(text))
    for start, end in formatting.marker_ranges():
        kept[start:end] = bytes(end - start)
    assert shown_text(text) == "".join(char for char, keep in zip(text, kept, strict=True) if keep)
    pieces = runs(text, formatting)
    assert all(piece.text for piece in pieces)
    assert all((a.style, a.link) != (b.style, b.link) for a, b in itertools.pairwise(pieces))


@settings(max_examples=300, deadline=None)
@given(PLAIN)
def test_plain_text_round_trips(text: str) -> None:
    assert parse(text).spans == ()
    assert shown_text(text) == text
    assert "".join(run.text for run in runs(text)) == text


@settings(max_examples=300, deadline=None)
@given(ANY_TEXT)
def test_shown_lines_keep_the_lines_of_the_text(text: str) -> None:
    lines = shown_lines(text)
    assert len(lines) == text.count("\n") + 1
    joined = "\n".join("".join(run.text for run in line.runs) for line in lines)
    removed = sum(len(f.marker) for f in parse(text).lines if f.kind is not LineKind.NUMBERED)
    assert len(joined) == len(shown_text(text)) - removed
