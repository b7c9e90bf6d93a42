"""App-wide settings (``wadesk.services.settings``) on a real file: round trip, validation, a broken file."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from wadesk.domain.errors import ValidationError
from wadesk.services.settings import SETTINGS, SettingError, SettingsFile, setting


def test_values_round_trip_through_the_file(tmp_path: Path) -> None:
    store = SettingsFile(tmp_path)
    assert store.load().region == "ID" and store.load().pace == "safe"  # no file: the defaults
    store.set("region", "my")
    store.set("pace", "normal")
    store.set("quiet_hours", "21:00-7:00")
    store.set("poll_max_seconds", "600")
    again = SettingsFile(tmp_path).load()
    assert (again.region, again.pace, again.quiet_hours, again.poll_max_seconds) == ("MY", "normal", "21:00-07:00", 600)
    assert again.problem is None
    assert json.loads(store.path.read_text()) == {
        "region": "MY",
        "pace": "normal",
        "quiet_hours": "21:00-07:00",
        "poll_max_seconds": 600,
    }
    assert not [p for p in tmp_path.iterdir() if p.name != "settings.json"]  # no temporary file left behind
    store.unset("region")
    assert SettingsFile(tmp_path).load().region == "ID"
    assert "region" not in json.loads(store.path.read_text())


def test_every_setting_has_words_and_a_valid_default() -> None:
    for spec in SETTINGS:
        assert spec.label and spec.help
        assert spec.validate(spec.text(spec.default)) == spec.default


@pytest.mark.parametrize(
    ("key", "value", "words"),
    [
        ("region", "XX", "two-letter country code"),
        ("pace", "none", "use safe, normal"),
        ("language", "fr", "use auto, id, en"),
        ("quiet_hours", "25:00-07:00", "like 21:00-07:00"),
        ("quiet_hours", "21:00-21:00", "like 21:00-07:00"),
        ("poll_min_seconds", "-5", "whole number of seconds"),
        ("poll_min_seconds", "0", "whole number of seconds"),
    ],
)
def test_a_wrong_value_names_the_key_and_what_is_allowed_and_writes_nothing(
    tmp_path: Path, key: str, value: str, words: str
) -> None:
    store = SettingsFile(tmp_path)
    store.set("region", "SG")
    before = store.path.read_bytes()
    with pytest.raises(SettingError) as caught:
        store.set(key, value)
    assert caught.value.key == key
    assert str(caught.value).startswith(f"{key}: ") and words in str(caught.value) and repr(value) in str(caught.value)
    assert store.path.read_bytes() == before


def test_an_unknown_key_lists_the_known_ones(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match=r"no such setting \(known: region, pace, quiet_hours"):
        setting("colour")
    with pytest.raises(ValidationError):
        SettingsFile(tmp_path).set("colour", "blue")
    assert not (tmp_path / "settings.json").exists()


def test_the_shortest_poll_wait_cannot_be_longer_than_the_longest(tmp_path: Path) -> None:
    store = SettingsFile(tmp_path)
    with pytest.raises(SettingError, match="poll_max_seconds: must be at least") as caught:
        store.set("poll_min_seconds", "900")
    assert caught.value.key == "poll_max_seconds"
    assert not store.path.exists()


@pytest.mark.parametrize(
    "content", [b"{not json", b"[1, 2]", b"\xff\xfe garbage", b'{"region": "XX", "pace": "normal"}']
)
def test_a_broken_file_gives_the_defaults_and_one_warning_and_is_never_overwritten_silently(
    tmp_path: Path, content: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    store = SettingsFile(tmp_path)
    store.path.write_bytes(content)
    with caplog.at_level(logging.WARNING, logger="wadesk.services.settings"):
        loaded = store.load()
    assert loaded.region == "ID"
    assert loaded.problem is not None and str(store.path) in loaded.problem and "\n" not in loaded.problem
    assert [r.getMessage() for r in caplog.records] == [loaded.problem]
    assert store.path.read_bytes() == content  # reading never rewrites it

    settings, kept = store.set("language", "en")
    assert kept is not None and "settings.json.broken" in kept
    assert (tmp_path / "settings.json.broken").read_bytes() == content
    assert settings.language == "en" and SettingsFile(tmp_path).load().problem is None


def test_one_wrong_value_keeps_the_right_ones(tmp_path: Path) -> None:
    store = SettingsFile(tmp_path)
    store.path.write_text('{"region": "XX", "pace": "normal"}')
    loaded = store.load()
    assert (loaded.region, loaded.pace) == ("ID", "normal")
    assert loaded.problem is not None and "region" in loaded.problem


def test_a_later_versions_settings_are_kept(tmp_path: Path) -> None:
    store = SettingsFile(tmp_path)
    store.path.write_text('{"theme": "dark"}')
    assert store.load().problem is None
    store.set("region", "US")
    assert json.loads(store.path.read_text()) == {"theme": "dark", "region": "US"}


def test_the_poll_waits_are_checked_against_the_stored_ones(tmp_path: Path) -> None:
    store = SettingsFile(tmp_path)
    store.set("poll_max_seconds", "1000")
    settings, _ = store.set("poll_min_seconds", "600")  # above the default longest wait, below the stored one
    assert (settings.poll_min_seconds, settings.poll_max_seconds) == (600, 1000)
    with pytest.raises(SettingError, match="poll_max_seconds"):
        store.unset("poll_max_seconds")  # back to 300 would be shorter than 600
