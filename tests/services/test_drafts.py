"""The Composer's draft survives a restart or an abrupt end; saved messages are kept, renamed, replaced, deleted.

On a real SQLite file in a temporary wadesk home; reading back a damaged or
foreign draft loads what it can and says what it left out.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from wadesk.app import App, open_app
from wadesk.domain.errors import ValidationError
from wadesk.domain.models import Location, MediaRef, MessageKind, PollContent
from wadesk.secrets import MemoryKeyring, SecretStore
from wadesk.services.compose import Draft, media_ref
from wadesk.services.drafts import DRAFT_VERSION, ComposerDraft, DraftService, read_draft
from wadesk.services.events import DraftsChanged, EventHub
from wadesk.store import open_store

WIB = timezone(timedelta(hours=7))


def _open(home: Path) -> App:
    return open_app(home, secrets=SecretStore(MemoryKeyring()))


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


@pytest.fixture
def photo(tmp_path: Path) -> Path:
    path = tmp_path / "promo.jpg"
    path.write_bytes(b"\xff\xd8\xff" + b"0" * 2000)
    return path


@pytest.fixture
def drafts(home: Path) -> Iterator[DraftService]:
    with open_store(home) as store:
        yield DraftService(store)


def _full_draft(photo: Path) -> ComposerDraft:
    return ComposerDraft(
        draft=Draft(
            kind=MessageKind.IMAGE,
            text="",
            media=media_ref(str(photo)),
            caption="*Diskon 20%* untuk {name}\nSampai Minggu",
        ),
        numbers_text="0812-3456-7890\n+62 813 1111 2222",
        contact_ids=(4, 9),
        tags=("Pelanggan setia",),
        group_ids=("120363025@g.us",),
        recipients_file=photo,  # any file that is there
        recipients_mapping={"number": "No HP", "name": "Nama"},
        account_ids=(1, 3),
        pace="normal",
        scheduled_at=datetime(2026, 12, 3, 10, 40, tzinfo=WIB),
    )


def test_the_draft_survives_a_restart(home: Path, photo: Path) -> None:
    draft = _full_draft(photo)
    app = _open(home)
    try:
        assert app.drafts.load_current() is None
        app.drafts.save_current(draft)
    finally:
        app.store.close()
    app = _open(home)
    try:
        loaded = app.drafts.load_current()
    finally:
        app.store.close()
    assert loaded == draft and loaded.notes == ()
    assert loaded.scheduled_at is not None and loaded.scheduled_at.utcoffset() == timedelta(hours=7)


@pytest.mark.slow
def test_the_draft_is_committed_when_save_current_returns(home: Path, tmp_path: Path) -> None:
    """A wadesk that ends abruptly right after saving (no close, no clean-up) has still kept the draft."""
    script = textwrap.dedent(
        """
        import os, sys
        from pathlib import Path
        from wadesk.app import open_app
        from wadesk.secrets import MemoryKeyring, SecretStore
        from wadesk.services.compose import Draft
        from wadesk.services.drafts import ComposerDraft

        app = open_app(Path(sys.argv[1]), secrets=SecretStore(MemoryKeyring()))
        app.drafts.save_current(ComposerDraft(draft=Draft(text="Halo {name}, toko buka jam 8"), numbers_text="0812"))
        os._exit(0)
        """
    )
    done = subprocess.run([sys.executable, "-c", script, str(home)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    with open_store(home) as store:
        loaded = DraftService(store).load_current()
    assert loaded == ComposerDraft(draft=Draft(text="Halo {name}, toko buka jam 8"), numbers_text="0812")


def test_an_empty_draft_or_a_send_forgets_it(drafts: DraftService) -> None:
    drafts.save_current(ComposerDraft(draft=Draft(text="Halo")))
    drafts.clear_current()
    assert drafts.load_current() is None
    drafts.save_current(ComposerDraft(draft=Draft(text="Halo")))
    drafts.save_current(ComposerDraft())  # everything was deleted by hand
    assert drafts.load_current() is None


def test_saved_messages_crud_with_a_name_clash(home: Path, photo: Path) -> None:
    events = EventHub()
    seen: list[DraftsChanged] = []
    events.subscribe(seen.append, DraftsChanged)
    with open_store(home) as store:
        drafts = DraftService(store, events)
        full = _full_draft(photo)
        info = drafts.save_template("Promo Desember", full)
        assert (info.name, info.kind, info.preview) == (
            "Promo Desember",
            MessageKind.IMAGE,
            "*Diskon 20%* untuk {name}",
        )
        loaded = drafts.load_template("promo desember")
        assert loaded == ComposerDraft(draft=full.draft)  # the message only: no recipients, devices or timing

        with pytest.raises(ValidationError, match="a saved message named 'Promo Desember' exists already"):
            drafts.save_template("PROMO DESEMBER", Draft(text="other"))
        assert drafts.load_template("Promo Desember").draft == full.draft  # untouched
        drafts.save_template("Promo Desember", Draft(text="Halo\nsemua"), replace=True)
        assert drafts.load_template("Promo Desember").draft == Draft(text="Halo\nsemua")

        drafts.save_template("Arisan", Draft(kind=MessageKind.POLL, content=PollContent("Kapan?", ("Sabtu", "Minggu"))))
        assert [(t.name, t.kind, t.preview) for t in drafts.templates()] == [
            ("Arisan", MessageKind.POLL, "Kapan?"),
            ("Promo Desember", MessageKind.TEXT, "Halo"),
        ]
        with pytest.raises(ValidationError, match="a saved message named 'Arisan' exists already"):
            drafts.rename_template("Promo Desember", "arisan")
        drafts.rename_template("Promo Desember", "Promo Natal")
        drafts.delete_template("arisan")
        assert [t.name for t in drafts.templates()] == ["Promo Natal"]
        with pytest.raises(ValidationError, match="no saved message named 'Arisan'"):
            drafts.load_template("Arisan")
    assert [sorted(e.names) for e in seen] == [
        ["Promo Desember"],
        ["Promo Desember"],
        ["Arisan"],
        ["Promo Desember", "Promo Natal"],
        ["Arisan"],
    ]


def test_a_media_file_no_longer_there_is_left_out_with_a_note(drafts: DraftService, photo: Path) -> None:
    drafts.save_template("Promo", Draft(kind=MessageKind.IMAGE, media=media_ref(str(photo)), caption="Diskon"))
    drafts.save_current(ComposerDraft(draft=Draft(kind=MessageKind.IMAGE, media=media_ref(str(photo)))))
    photo.unlink()
    for loaded in (drafts.load_template("Promo"), drafts.load_current()):
        assert loaded is not None
        assert loaded.draft.media is None and loaded.draft.kind is MessageKind.IMAGE
        assert loaded.notes == (f"The file promo.jpg is no longer at {photo.parent}; the draft was loaded without it.",)
    assert drafts.load_template("Promo").draft.caption == "Diskon"


def test_a_recipients_file_no_longer_there_is_left_out_with_a_note(drafts: DraftService, tmp_path: Path) -> None:
    table = tmp_path / "pelanggan.csv"
    table.write_text("No HP,Nama\n0812,Siti\n", encoding="utf-8")
    draft = ComposerDraft(
        draft=Draft(text="Halo {Nama}"), recipients_file=table, recipients_mapping={"number": "No HP"}
    )
    drafts.save_current(draft)
    assert drafts.load_current() == draft
    table.unlink()
    loaded = drafts.load_current()
    assert loaded == ComposerDraft(draft=Draft(text="Halo {Nama}"))
    assert loaded.notes == (f"The recipients file pelanggan.csv is no longer at {tmp_path}; choose it again.",)


def test_a_media_link_and_a_location_are_kept(drafts: DraftService) -> None:
    draft = Draft(kind=MessageKind.IMAGE, media=MediaRef(url="https://toko.example/p.jpg", mime="image/jpeg"))
    drafts.save_template("Link", draft)
    assert drafts.load_template("Link").draft == draft
    place = Draft(kind=MessageKind.LOCATION, location=Location(-6.2, 106.8, "Toko Sinar", "Jl. Sudirman 1"))
    drafts.save_template("Toko", place)
    assert drafts.load_template("Toko").draft == place
    assert [t.preview for t in drafts.templates()] == ["p.jpg", "Toko Sinar"]  # without words, the file's name


def test_a_broken_row_loads_empty_with_a_note(home: Path) -> None:
    with open_store(home) as store:
        store.drafts.save_current('{"version": 1, "message": {"text": "Halo"')  # cut short
        loaded = DraftService(store).load_current()
    assert loaded is not None and loaded.draft == Draft()
    assert loaded.notes == ("The draft could not be read (it may have been damaged); starting from an empty one.",)
    assert read_draft("[1, 2]").notes == loaded.notes


def test_a_draft_from_another_wadesk_loads_what_it_can(home: Path) -> None:
    """A newer wadesk's draft (new kind, new fields) and damaged parts: the rest loads, each loss said once."""
    data = {
        "version": DRAFT_VERSION + 3,
        "message": {
            "kind": "sticker",
            "text": "Halo {name}",
            "media": 12,
            "location": {"latitude": "south"},
            "content": {"type": "Carousel", "cards": []},
            "reactions": ["x"],
        },
        "numbers_text": "0812",
        "contact_ids": ["seven"],
        "tags": ["VIP"],
        "account_ids": [2],
        "pace": 5,
        "scheduled_at": "2026-12-03T10:40:00",  # no zone: which one was meant is unknown
        "recipients_mapping": {"number": 3},
        "something_new": {"a": 1},
    }
    with open_store(home) as store:
        store.drafts.save_current(json.dumps(data))
        loaded = DraftService(store).load_current()
    assert loaded is not None
    assert loaded.draft == Draft(kind=MessageKind.TEXT, text="Halo {name}")
    assert (loaded.numbers_text, loaded.tags, loaded.account_ids) == ("0812", ("VIP",), (2,))
    assert (loaded.contact_ids, loaded.pace, loaded.scheduled_at, loaded.recipients_mapping) == ((), "", None, {})
    assert loaded.notes == (
        "This wadesk cannot write a message of the kind 'sticker'; it was made a text.",
        "The media could not be read and was left out.",
        "The location could not be read and was left out.",
        "The message's buttons, list or other content could not be read and was left out.",
        "The recipients file's columns could not be read and were left out.",
        "The chosen contacts could not be read and were left out.",
        "The pace could not be read and was left out.",
        "The scheduled time could not be read; choose it again.",
    )


def test_an_older_draft_without_the_newer_fields_loads(drafts: DraftService) -> None:
    assert read_draft('{"version": 0, "message": {"text": "Halo"}}') == ComposerDraft(draft=Draft(text="Halo"))
    assert read_draft("{}") == ComposerDraft()
