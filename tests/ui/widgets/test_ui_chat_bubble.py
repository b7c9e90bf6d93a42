"""The preview bubble shows each kind of message as WhatsApp would, and never obeys markup typed into it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from tests.support import window_checks as checks
from tests.ui.widgets.samples import SAMPLES, Host, render_all, sample_picture
from wadesk.domain.models import MediaRef, MessageKind
from wadesk.domain.status import DeliveryStatus
from wadesk.services.compose import Draft
from wadesk.ui.theme import ThemeWatcher
from wadesk.ui.widgets.chat_bubble import (
    ChatBubble,
    ChatPreview,
    RichText,
    Thumbnail,
    file_size,
    message_html,
)

LOCAL_TIME = datetime(2026, 12, 3, 10, 40).astimezone()  # 10:40 wherever the test runs


@pytest.fixture
def bubble(qtbot: QtBot) -> Iterator[ChatBubble]:
    widget = ChatBubble()
    qtbot.addWidget(widget)
    widget.show()
    yield widget


def shown(bubble: ChatBubble) -> str:
    return "\n".join(bubble.texts())


def test_formatted_text_becomes_bold_italic_struck_and_links(bubble: ChatBubble) -> None:
    bubble.show_draft(Draft(text="*Promo* _hari ini_ ~kemarin~ di https://tokoku.id/promo_akhir\n- satu\n> kutip"))
    html = bubble.findChild(RichText, "BubbleText").html
    assert "<b>Promo</b>" in html and "<i>hari ini</i>" in html and "<s>kemarin</s>" in html
    assert '<a href="https://tokoku.id/promo_akhir"' in html
    assert shown(bubble).splitlines()[:3] == [
        "Promo hari ini kemarin di https://tokoku.id/promo_akhir",
        " •  satu",
        "▎ kutip",
    ]


@pytest.mark.parametrize(
    "hostile",
    [
        "<script>alert('x')</script>",
        "Tom & Jerry &amp; <b>not bold</b>",
        '<a href="javascript:alert(1)">klik</a>',
        "<img src=x onerror=alert(1)>",
        "*<i>bold, not italic</i>*",
    ],
)
def test_hostile_text_is_shown_literally(bubble: ChatBubble, hostile: str) -> None:
    bubble.show_draft(Draft(text=hostile))
    expected = hostile[1:-1] if hostile.startswith("*") else hostile
    assert shown(bubble).splitlines()[0] == expected
    html = message_html(hostile)
    assert "<script" not in html and "<img" not in html and 'href="javascript' not in html


def test_a_hostile_link_is_escaped_in_its_address_too() -> None:
    html = message_html('https://x.id/"onmouseover=alert(1)')
    assert 'href="https://x.id/' in html and '"onmouseover' not in html


def test_an_image_shows_its_thumbnail_and_caption(bubble: ChatBubble) -> None:
    picture = sample_picture()
    bubble.show_draft(SAMPLES["image"], thumbnail=picture, at=LOCAL_TIME)
    thumbnail = bubble.findChild(Thumbnail)
    assert thumbnail is not None and thumbnail.image is not None
    assert thumbnail.width() / thumbnail.height() == pytest.approx(picture.width() / picture.height(), rel=0.02)
    assert "Sandal kulit baru datang" in shown(bubble)
    assert "10:40" in shown(bubble)


def test_a_video_without_a_still_shows_a_placeholder_with_a_play_button(bubble: ChatBubble) -> None:
    bubble.show_draft(SAMPLES["video"])
    thumbnail = bubble.findChild(Thumbnail)
    assert thumbnail is not None and thumbnail.image is None and thumbnail.video
    assert "Koleksi terbaru" in shown(bubble)


def test_a_document_shows_its_name_size_and_type(bubble: ChatBubble) -> None:
    bubble.show_draft(SAMPLES["document"])
    text = shown(bubble)
    assert "Katalog Desember 2026.pdf" in text and "2.4 MB · PDF" in text
    assert "Katalog lengkap" in text


def test_audio_shows_its_file_and_no_caption(bubble: ChatBubble) -> None:
    bubble.show_draft(Draft(MessageKind.AUDIO, media=MediaRef(path=Path("suara.ogg"), size=48_200), caption="x y z"))
    text = shown(bubble)
    assert "suara.ogg" in text and "48.2 kB · OGG" in text and "x y z" not in text


@pytest.mark.parametrize(
    ("sample", "expected"),
    [
        ("location", ["Toko Sepatu Maju Jaya", "Jl. Kemang Raya No. 12", "-6.26150, 106.81060"]),
        ("contact", ["Bu Sari (Admin Toko)", "+62 812-3456-7890", "Message"]),
        ("link", ["tokoku.id", "https://tokoku.id/promo", "Lihat semua promo di sini"]),
        ("list", ["Menu Pesanan", "Pilih ukuran yang Kakak mau", "Pilih ukuran", "Ukuran 39", "stok tinggal 3"]),
        ("buttons", ["Pesanan Kakak sudah dikirim", "Balas STOP", "Lacak paket", "Hubungi admin", "Terima kasih"]),
        ("poll", ["Warna apa yang Kakak suka", "Select one", "Hitam", "Cokelat", "Putih", "View votes"]),
        ("poll-multiple", ["Select one or more", "☐  Sabtu"]),
        ("template", ["promo_desember", "1: Budi", "2: 50%"]),
    ],
)
def test_each_kind_shows_what_the_recipient_sees(bubble: ChatBubble, sample: str, expected: list[str]) -> None:
    bubble.show_draft(SAMPLES[sample], at=LOCAL_TIME)
    text = shown(bubble)
    for words in expected:
        assert words in text
    assert "10:40" in text


@pytest.mark.parametrize(
    ("status", "words"),
    [
        (DeliveryStatus.QUEUED, "Waiting to be sent"),
        (DeliveryStatus.SENT, "Sent"),
        (DeliveryStatus.DELIVERED, "Delivered"),
        (DeliveryStatus.READ, "Read"),
        (DeliveryStatus.FAILED, "Not sent"),
    ],
)
def test_the_corner_shows_the_ticks_of_the_status(bubble: ChatBubble, status: DeliveryStatus, words: str) -> None:
    bubble.show_draft(Draft(text="Halo"), status=status)
    assert [label.accessibleName() for label in bubble.findChildren(QLabel) if label.accessibleName()] == [words]


def test_a_short_message_gets_a_short_bubble(bubble: ChatBubble) -> None:
    bubble.show_draft(Draft(text="Siap"))
    short = bubble.width()
    bubble.show_draft(Draft(text="Halo Kak, pesanan sudah kami kirim hari ini lewat kurir langganan kami ya " * 3))
    assert short < bubble.width() == bubble.bubble_width + 8


def test_file_sizes_read_as_people_read_them() -> None:
    assert [file_size(n) for n in (12, 48_200, 2_430_000, 3_100_000_000)] == ["12 bytes", "48.2 kB", "2.4 MB", "3.1 GB"]


def test_the_preview_follows_a_switch_to_dark(
    qtbot: QtBot, watcher: ThemeWatcher, monkeypatch: pytest.MonkeyPatch
) -> None:
    preview = ChatPreview()
    qtbot.addWidget(preview)
    preview.show_draft(Draft(text="Halo"))
    light = preview.grab().toImage().pixelColor(4, 4).name()
    monkeypatch.setenv("WADESK_THEME", "dark")
    watcher.apply()
    QApplication.processEvents()
    assert preview.grab().toImage().pixelColor(4, 4).name() != light


@pytest.fixture
def host(qtbot: QtBot, watcher: ThemeWatcher) -> Iterator[Host]:
    widget = Host()
    qtbot.addWidget(widget)
    widget.show_sample(SAMPLES["buttons"])
    checks.activate(widget)
    yield widget


def test_editor_and_preview_pass_the_window_checks(host: Host) -> None:
    checks.keyboard_walk(host)
    checks.wording_check(host)
    checks.fit_check(host, QSize(1024, 640))


def test_every_sample_renders_at_1x_and_2x(qtbot: QtBot, tmp_path: Path, watcher: ThemeWatcher) -> None:
    """The pictures a person looks at (``python -m tests.ui.widgets.samples DIR``) can be drawn."""
    for scale in (1.0, 2.0):
        for path in render_all(tmp_path / str(scale), scale):
            image = QImage(str(path))
            assert image.width() == round(860 * scale) and not image.isNull()


def test_a_photo_without_a_caption_has_the_time_on_the_photo(bubble: ChatBubble) -> None:
    bubble.show_draft(SAMPLES["image-no-caption"], thumbnail=sample_picture(), at=LOCAL_TIME)
    thumbnail = bubble.findChild(Thumbnail)
    assert thumbnail is not None
    assert any("10:40" in label.text() for label in thumbnail.findChildren(QLabel))
