from __future__ import annotations

from collections import Counter

import pytest

from wadesk.domain.errors import ValidationError
from wadesk.services.spintax import (
    TemplateSyntaxError,
    UnknownVariable,
    check_template,
    render,
    variables_in,
)

GREETING = "{Halo|Hai|Selamat pagi} {nama}, pesanan {produk} sudah siap."
VARS = {"nama": "Budi", "produk": "Kopi Gayo"}


def test_plain_text_passes_through() -> None:
    assert render("Terima kasih!", {}, 1) == "Terima kasih!"
    assert render("", {}, 1) == ""


def test_same_seed_same_text() -> None:
    seeds: list[int | str] = [0, 1, 42, "7:6281234567890", "7:6281399998888"]
    for seed in seeds:
        first = render(GREETING, VARS, seed)
        assert all(render(GREETING, VARS, seed) == first for _ in range(5))


def test_string_seeds_are_stable_across_processes() -> None:
    # random.Random seeds str deterministically (not via hash()), so a preview matches the send.
    assert render("{a|b|c|d|e|f|g|h}", {}, "12:6281234567890") == render("{a|b|c|d|e|f|g|h}", {}, "12:6281234567890")
    results = {render("{a|b|c|d|e|f|g|h}{a|b|c|d|e|f|g|h}", {}, f"12:{n}") for n in range(50)}
    assert len(results) > 10  # different recipients get different picks


def test_every_option_is_reachable_and_roughly_uniform() -> None:
    counts = Counter(render("{Halo|Hai|Selamat pagi}", {}, f"3:{n}") for n in range(3000))
    assert set(counts) == {"Halo", "Hai", "Selamat pagi"}
    assert all(800 < count < 1200 for count in counts.values()), counts


def test_variables_are_substituted_case_insensitively() -> None:
    text = render("Halo {Nama}, {NAMA}, { nama }!", {"nama": "Sari"}, 1)
    assert text == "Halo Sari, Sari, Sari!"


def test_variable_names_with_spaces_digits_and_underscores() -> None:
    variables = {"Nama Lengkap": "Sari Dewi", "no_invoice": "INV-7", "Kota2": "Medan"}
    text = render("{nama  lengkap} / {NO_INVOICE} / {kota2}", variables, 1)
    assert text == "Sari Dewi / INV-7 / Medan"


def test_variable_values_are_not_template_syntax() -> None:
    text = render("Hi {nama}", {"nama": "{Budi|Ani} {x}"}, 1)
    assert text == "Hi {Budi|Ani} {x}"


def test_nested_choices() -> None:
    seen = {render("{a|{b|c}}", {}, n) for n in range(200)}
    assert seen == {"a", "b", "c"}
    deep = {render("{x{1|2}|y{3|{4|5}}}", {}, n) for n in range(500)}
    assert deep == {"x1", "x2", "y3", "y4", "y5"}


def test_empty_options_and_choices_around_variables() -> None:
    seen = {render("{|Kak }{nama}", {"nama": "Rina"}, n) for n in range(100)}
    assert seen == {"Rina", "Kak Rina"}
    seen = {render("{Halo {nama}|Hai {nama}!}", {"nama": "Rina"}, n) for n in range(100)}
    assert seen == {"Halo Rina", "Hai Rina!"}


def test_single_option_group_of_groups_inside_a_choice() -> None:
    seen = {render("{x|{{a|b}}}", {}, n) for n in range(200)}
    assert seen == {"x", "a", "b"}


def test_whatsapp_formatting_emoji_and_newlines_are_kept() -> None:
    template = "*Promo* _spesial_ ~mahal~ ```kode123``` 🎉🙏\n\nBalas YA | TIDAK\n> kutipan\n- satu\n1. dua"
    assert render(template, {}, 5) == template
    text = render("*{Halo|Hai}* _{nama}_ 👋\n```{kode}```", {"nama": "Budi", "kode": "A1"}, 9)
    assert text in ("*Halo* _Budi_ 👋\n```A1```", "*Hai* _Budi_ 👋\n```A1```")


def test_literal_braces() -> None:
    assert render("{{nama}} dan }} {{", {}, 1) == "{nama} dan } {"
    assert render("{{{nama}}}", {"nama": "Ani"}, 1) == "{Ani}"
    assert variables_in("{{nama}}") == set()


def test_variables_in() -> None:
    template = "{Halo|Hai {Nama}} { kota  asal }, {produk}! {{bukan}} {a|{b|{harga}}}"
    assert variables_in(template) == {"Nama", "kota asal", "produk", "harga"}
    assert variables_in("tanpa variabel {a|b}") == set()


def test_unknown_variable_names_it_and_lists_available() -> None:
    with pytest.raises(ValidationError) as info:
        render("Halo {nama}, {kota}", {"nama": "Budi", "produk": "Kopi"}, 1)
    message = str(info.value)
    assert "{kota}" in message
    assert "{nama}" in message and "{produk}" in message
    assert isinstance(info.value, UnknownVariable)
    assert info.value.names == ("kota",)


def test_unknown_variable_in_an_option_not_picked_still_fails() -> None:
    # Whatever the seed picks, the template must be valid for every recipient.
    for seed in range(20):
        with pytest.raises(UnknownVariable, match="kota"):
            render("{Halo|Hai {kota}}", {}, seed)


def test_check_template_upfront() -> None:
    check_template(GREETING, ["Nama", "Produk", "phone"])
    with pytest.raises(ValidationError) as info:
        check_template("{Halo|Hai {Kota}} {nama} {harga}", ["nama", "produk"])
    message = str(info.value)
    assert message.startswith("unknown variables {harga}, {Kota}")
    assert message.endswith("available: {nama}, {produk}")
    with pytest.raises(ValidationError, match="available: none"):
        check_template("{nama}", [])


@pytest.mark.parametrize(
    ("template", "fragment"),
    [
        ("Halo {nama", "never closed"),
        ("Halo {a|{b|c}", "never closed"),
        ("Halo nama}", "unmatched '}'"),
        ("{}", "neither a choice"),
        ("Harga {Rp.50}", "neither a choice"),
        ("{😀}", "neither a choice"),
        ("{{a|b}|c}", "start a choice with text"),
    ],
)
def test_syntax_errors_are_validation_errors(template: str, fragment: str) -> None:
    with pytest.raises(TemplateSyntaxError, match=fragment) as info:
        render(template, {}, 1)
    assert isinstance(info.value, ValidationError)
    with pytest.raises(TemplateSyntaxError):
        check_template(template, [])


def test_syntax_error_points_at_line_and_column() -> None:
    with pytest.raises(TemplateSyntaxError, match="line 2, column 5") as info:
        render("Halo\nkak {nama", {"nama": "x"}, 1)
    assert info.value.position == 9


def test_many_renders_are_fast() -> None:
    template = "{Halo|Hai|Selamat {pagi|siang}} {nama}, " * 20
    texts = [render(template, {"nama": str(n)}, f"1:{n}") for n in range(5000)]
    assert len(texts) == 5000
