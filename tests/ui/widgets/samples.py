"""Sample messages of every kind, a small window holding the editor and the preview, and a way to look at them.

``python -m tests.ui.widgets.samples DIR [--dark] [--scale 2]`` writes one PNG per kind into DIR
(the editor with the message's text, the preview beside it), for a person to open and judge.
"""

from __future__ import annotations

import os
import sys
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QHBoxLayout, QWidget

from wadesk.domain.models import (
    Button,
    ButtonsContent,
    ContactCard,
    LinkContent,
    ListContent,
    ListRow,
    Location,
    MediaRef,
    MessageKind,
    PollContent,
    TemplateContent,
)
from wadesk.services.compose import Draft
from wadesk.ui.widgets.chat_bubble import ChatPreview
from wadesk.ui.widgets.message_editor import MessageEditor

AT = datetime(2026, 12, 3, 3, 40, tzinfo=UTC)  # a fixed time: pictures do not change with the day they are drawn

PROMO = (
    "*Promo Akhir Tahun* 🎉\n"
    "Halo Kak, diskon _hingga 50%_ untuk semua ~sepatu~ sandal!\n"
    "- Gratis ongkir se-Jabodetabek\n"
    "- Berlaku sampai 31 Desember\n"
    "> Stok terbatas, jangan sampai kehabisan\n"
    "Kode: ```HEMAT50``` — pesan di https://tokoku.id/promo_akhir"
)

SAMPLES: dict[str, Draft] = {
    "text": Draft(MessageKind.TEXT, text=PROMO),
    "image": Draft(
        MessageKind.IMAGE,
        media=MediaRef(path=Path("sandal-promo.jpg"), mime="image/jpeg", size=284_000),
        caption="Sandal kulit *baru datang* 👡 mulai Rp89.000",
    ),
    "image-no-caption": Draft(MessageKind.IMAGE, media=MediaRef(path=Path("sandal.jpg"))),
    "video": Draft(MessageKind.VIDEO, media=MediaRef(url="https://tokoku.id/v/koleksi.mp4"), caption="Koleksi terbaru"),
    "audio": Draft(MessageKind.AUDIO, media=MediaRef(path=Path("pesan-suara.ogg"), size=48_200)),
    "document": Draft(
        MessageKind.DOCUMENT,
        media=MediaRef(path=Path("Katalog Desember 2026.pdf"), mime="application/pdf", size=2_430_000),
        caption="Katalog lengkap, silakan dipilih 🙏",
    ),
    "location": Draft(
        MessageKind.LOCATION,
        location=Location(-6.2615, 106.8106, "Toko Sepatu Maju Jaya", "Jl. Kemang Raya No. 12, Jakarta Selatan"),
    ),
    "contact": Draft(MessageKind.CONTACT_CARD, content=ContactCard("Bu Sari (Admin Toko)", "6281234567890")),
    "link": Draft(
        MessageKind.LINK,
        content=LinkContent("https://tokoku.id/promo", "Lihat semua promo di sini: https://tokoku.id/promo"),
    ),
    "list": Draft(
        MessageKind.LIST,
        content=ListContent(
            "Menu Pesanan",
            "Pilih ukuran yang Kakak mau, nanti admin kami hubungi.",
            "Pilih ukuran",
            (ListRow("Ukuran 38"), ListRow("Ukuran 39", "stok tinggal 3"), ListRow("Ukuran 40")),
            footer="Toko Sepatu Maju Jaya",
        ),
    ),
    "buttons": Draft(
        MessageKind.BUTTONS,
        content=ButtonsContent(
            "Pesanan Kakak sudah *dikirim* 🚚 Mau cek posisinya?",
            (
                Button("Lacak paket", "url", "https://tokoku.id/lacak"),
                Button("Hubungi admin", "call", "6281234567890"),
                Button("Terima kasih"),
            ),
            footer="Balas STOP untuk berhenti",
        ),
    ),
    "poll": Draft(
        MessageKind.POLL,
        content=PollContent("Warna apa yang Kakak suka untuk koleksi berikutnya?", ("Hitam", "Cokelat", "Putih")),
    ),
    "poll-multiple": Draft(
        MessageKind.POLL,
        content=PollContent("Hari apa Kakak biasa belanja?", ("Sabtu", "Minggu", "Hari kerja"), multiple_answers=True),
    ),
    "template": Draft(MessageKind.TEMPLATE, content=TemplateContent("promo_desember", {"1": "Budi", "2": "50%"})),
    "short": Draft(MessageKind.TEXT, text="Siap, Kak 👍"),
    "hostile": Draft(MessageKind.TEXT, text="<script>alert('x')</script> & <b>tebal?</b> &amp; *benar tebal*"),
}


def sample_picture(width: int = 640, height: int = 480) -> QImage:
    """A made-up product photo: no file read, the same every time."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    gradient = QLinearGradient(0, 0, width, height)
    gradient.setColorAt(0, QColor("#f7c59f"))
    gradient.setColorAt(1, QColor("#e2725b"))
    painter.fillRect(QRectF(0, 0, width, height), gradient)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#6b3e26"))
    painter.drawRoundedRect(QRectF(width * 0.18, height * 0.45, width * 0.64, height * 0.22), 60, 60)
    painter.setBrush(QColor("#fff4e6"))
    painter.drawEllipse(QPointF(width * 0.78, height * 0.2), 50, 50)
    painter.end()
    return image


def text_of(draft: Draft) -> str:
    """What the editor holds for ``draft``: its text, or its caption for media."""
    if draft.kind.is_media:
        return draft.caption
    content = draft.content
    for name in ("text", "description", "question"):
        value = getattr(content, name, "")
        if isinstance(value, str) and value:
            return value
    return draft.text


class Host(QWidget):
    """The editor and the preview side by side, as the Composer will hold them."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("ComposerWidgetsHost")
        self.editor = MessageEditor()
        self.editor.set_limits(1024)
        self.preview = ChatPreview()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(12)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.preview, 0)
        self.resize(860, 560)

    def show_sample(self, draft: Draft) -> None:
        self.editor.set_text(text_of(draft))
        picture = sample_picture(480, 640) if draft.kind is MessageKind.IMAGE else None
        self.preview.show_draft(draft, thumbnail=picture, at=AT)


def render_all(folder: Path, scale: float = 1.0) -> list[Path]:
    """One PNG per sample kind in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    host = Host()
    host.show()
    written = []
    for name, draft in SAMPLES.items():
        host.show_sample(draft)
        QApplication.processEvents()
        pixmap = QPixmap(host.size() * scale)
        pixmap.setDevicePixelRatio(scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        host.render(pixmap)
        path = folder / f"{name}.png"
        pixmap.save(str(path))
        written.append(path)
    host.close()
    return written


def main(argv: list[str]) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if "--dark" in argv:
        os.environ["WADESK_THEME"] = "dark"
    scale = float(argv[argv.index("--scale") + 1]) if "--scale" in argv else 1.0
    app = QApplication([])
    from wadesk.ui.theme import ThemeWatcher

    ThemeWatcher(app)
    for path in render_all(Path(argv[0]), scale):
        print(path)


if __name__ == "__main__":
    main(sys.argv[1:])
