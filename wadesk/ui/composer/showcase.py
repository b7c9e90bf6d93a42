"""The Composer as the screenshots show it: a shop's promotion being written, then the same with warnings.

Used by ``wadesk --demo --screenshots DIR`` (``ui/screenshots.py``) on the
demo's data: its Wablas device, its Indonesian address book.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QLinearGradient, QPainter

from wadesk.ui.panels.composer import ComposerPanel

PROMO_TEXT = (
    "*Promo Akhir Tahun* 🎉\n"
    "{Halo|Hai} {name}, khusus pelanggan setia: diskon _30%_ untuk semua kue kering "
    "sampai 31 Desember.\n"
    "Balas *YA* untuk pesan sekarang, kami antar gratis ke rumah."
)
SAME_TEXT = "Toko kami buka lagi besok jam 08.00. Terima kasih!"

Wait = Callable[[Callable[[], bool]], Awaitable[bool]]


def promo_picture(path: Path) -> Path:
    """A poster a shop would send: a warm gradient with the offer written on it."""
    image = QImage(640, 400, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    gradient = QLinearGradient(0, 0, 640, 400)
    gradient.setColorAt(0, QColor("#ff8a65"))
    gradient.setColorAt(1, QColor("#c2185b"))
    painter.fillRect(image.rect(), gradient)
    painter.setPen(QColor("white"))
    font = QFont()
    font.setBold(True)
    font.setPixelSize(64)
    painter.setFont(font)
    painter.drawText(QRectF(0, 90, 640, 90), Qt.AlignmentFlag.AlignCenter, "DISKON 30%")
    font.setPixelSize(30)
    font.setBold(False)
    painter.setFont(font)
    painter.drawText(QRectF(0, 200, 640, 50), Qt.AlignmentFlag.AlignCenter, "Kue kering · sampai 31 Desember")
    painter.drawText(QRectF(0, 260, 640, 50), Qt.AlignmentFlag.AlignCenter, "Toko Kue Bu Sari")
    painter.end()
    image.save(str(path))
    return path


def _settled(panel: ComposerPanel) -> bool:
    timers = (panel._plan_timer, panel._preview_timer, panel.recipients._count_timer)
    return not any(t.isActive() for t in timers) and not panel.planning and panel.plan is not None


async def fill_promotion(panel: ComposerPanel, folder: Path, wait_for: Wait) -> None:
    """An image promotion with the customer's name, to several contacts, at the normal pace."""
    wablas = [a for a in panel.accounts if a.provider == "wablas"]
    if wablas:
        panel.choose_device(wablas[0].id, alone=True)
    panel.set_pace("normal")
    panel.editor.set_text(PROMO_TEXT)
    panel.attach_file(promo_picture(folder / "promo-akhir-tahun.png"))
    await wait_for(lambda: panel.media is not None)
    opted_out = panel.ctx.store.opt_outs.numbers()
    for contact in panel.ctx.store.contacts.list(limit=12):
        if contact.phone not in opted_out and contact.on_whatsapp is not False:
            panel.recipients.add_contact(contact)
    await wait_for(lambda: _settled(panel) and panel.plan is not None and len(panel.plan.messages) > 1)


async def fill_with_warnings(panel: ComposerPanel, wait_for: Wait) -> None:
    """The same text for everyone, to numbers with someone who asked not to be messaged: the checks warn."""
    panel.remove_media()
    panel.kind_box.setCurrentIndex(panel.kind_index(panel.kind().TEXT))
    panel.editor.set_text(SAME_TEXT)
    numbers = [c.phone for c in panel.ctx.store.contacts.list(limit=10)]
    panel.recipients.clear()
    panel.recipients.add_numbers("\n".join(["+" + n.lstrip("+") for n in numbers] + ["0812-555"]))
    await wait_for(lambda: _settled(panel) and bool(panel.warnings()))
    panel.send()  # once: the warnings are pointed at, "Send anyway" is offered
