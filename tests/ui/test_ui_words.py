"""The services' words in the window's language: ``say`` translates the marked template, then fills in the values.

The command line keeps English: ``str()`` of the same error or phrase.  The
Indonesian ``.qm`` is built from the ``.ts`` sources first (the ``indonesian`` fixture).
"""

from __future__ import annotations

from datetime import date, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QApplication

from tests.support.indonesian import translations_tool
from wadesk.domain.errors import Rejected, UnknownAccount, ValidationError, words_of
from wadesk.domain.phone import normalize_phone
from wadesk.domain.recurrence import Frequency, Rule, parse_weekdays, rule_words
from wadesk.domain.words import N_, phrase
from wadesk.services.pacing import policy_from
from wadesk.ui import i18n
from wadesk.ui.i18n import say


def _invalid_number() -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        normalize_phone("12-34", "ID")
    return caught.value


def test_an_error_is_said_in_indonesian_with_its_values_and_stays_english_for_the_command_line(
    indonesian: None,
) -> None:
    error = _invalid_number()

    assert say(error) == "'12-34' bukan nomor HP yang valid"
    assert str(error) == "'12-34' is not a valid phone number"


def test_words_inside_words_are_translated_too(indonesian: None) -> None:
    row = phrase(N_("row {line}: {reason}"), line=7, reason=_invalid_number().phrase)

    assert say(row) == "baris 7: '12-34' bukan nomor HP yang valid"
    assert str(row) == "row 7: '12-34' is not a valid phone number"
    weekly = Rule(Frequency.WEEKLY, date(2027, 1, 4), time(9, 0), ZoneInfo("Asia/Jakarta"), parse_weekdays("mon,thu"))
    assert say(rule_words(weekly)) == "setiap Senin dan Kamis pukul 09:00 (Asia/Jakarta), mulai 2027-01-04"
    assert str(rule_words(weekly)) == "every Monday and Thursday at 09:00 (Asia/Jakarta), from 2027-01-04"
    assert say(policy_from("safe").words()) == (
        "jeda 30–60 dtk antarpesan, istirahat 5–10 menit setiap 20 pesan, maksimal 200 per hari"
    )


def test_a_gateways_error_keeps_its_name_and_its_own_words(indonesian: None) -> None:
    refused = Rejected("Wablas", N_("the gateway did not mention it"), provider_message="nomor tidak valid")

    assert say(refused) == "Wablas: gateway tidak menyebut pesan ini"
    assert str(refused) == "Wablas: the gateway did not mention it"
    nested = phrase(N_("{where}: {problem}"), where="6281234", problem=words_of(refused))
    assert say(nested) == "6281234: Wablas: gateway tidak menyebut pesan ini"


def test_a_command_lines_hint_stays_out_of_the_window(indonesian: None) -> None:
    missing = UnknownAccount("toko")

    assert say(missing) == "tidak ada akun bernama 'toko'"
    assert str(missing) == "no account named 'toko' (see 'wadesk account list')"


def test_english_again_once_the_window_speaks_english(qapp: QApplication) -> None:
    i18n.apply("en")

    assert say(_invalid_number()) == "'12-34' is not a valid phone number"


def test_every_error_of_wadesk_is_made_with_a_marked_message() -> None:
    _, problems = translations_tool().find()

    assert [str(p) for p in problems if "not marked for translation" in p.what] == []


def test_an_error_made_with_an_f_string_or_a_plain_literal_is_found(tmp_path: Path) -> None:
    package = tmp_path / "wadesk"
    (package / "cli").mkdir(parents=True)
    (package / "errors.py").write_text(
        "class WadeskError(Exception):\n"
        "    def __init__(self, message, /, **values): ...\n"
        "class ValidationError(WadeskError): ...\n"
        "class ProviderError(WadeskError):\n"
        "    def __init__(self, provider, message, /, **values): ...\n"
        "class Rejected(ProviderError): ...\n"
        "class NoSuchThing(ValidationError):\n"
        "    def __init__(self, name):\n"
        "        super().__init__(f'no thing named {name}')\n"
    )
    (package / "service.py").write_text(
        "from wadesk.domain.words import N_\n"
        "def go(n, row):\n"
        "    if n == 1: raise ValidationError(f'row {row} is bad')\n"
        "    if n == 2: raise ValidationError('nothing to send')\n"
        "    if n == 3: raise Rejected('Wablas', f'refused {row}')\n"
        "    if n == 4: raise Rejected('Wablas', N_('refused {row}'), row=row)\n"
        "    if n == 5: raise ValidationError(N_('row {row} is bad'), row=row)\n"
        "    raise ValueError(f'not wadesk {row}')\n"
    )
    (package / "cli" / "main.py").write_text("def go(): raise ValidationError(f'give --to {1}')\n")

    _, problems = translations_tool().find(package)

    found = sorted(p.where for p in problems if "not marked for translation" in p.what)
    assert found == ["wadesk/errors.py:9", "wadesk/service.py:3", "wadesk/service.py:4", "wadesk/service.py:5"]
