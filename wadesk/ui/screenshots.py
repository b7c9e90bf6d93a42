"""Render every panel, the QR pairing view, the account dialog and the import wizard into PNG files (offscreen).

Dialogs are drawn over the dimmed window, as a person sees them.  Each picture
is taken as soon as what it shows is ready (``settle``), never after a fixed
wait: the pictures are the same however fast the machine is.
"""

from __future__ import annotations

import asyncio
import csv
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPoint, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QWidget

from wadesk.domain.capabilities import Capability
from wadesk.domain.models import Account, DeviceState
from wadesk.ui.dialogs.accounts import AccountDialog
from wadesk.ui.dialogs.preferences import PreferencesDialog
from wadesk.ui.main_window import PANEL_KEYS, MainWindow
from wadesk.ui.tasks import running
from wadesk.ui.widgets.qr_view import QrState

SIZE = QSize(1280, 800)


async def settle(window: MainWindow) -> None:
    """Return once what the window shows is current.

    That is: the change feed's pending events delivered (not left to the
    bridge's coalescing timer), every read a widget started finished and shown,
    and Qt's queued work (zero-delay timers, layouts) done.
    """
    while True:
        await asyncio.sleep(0)  # one turn of the loop: Qt's zero-delay timers and queued signals run
        window.bridge.flush()
        QCoreApplication.sendPostedEvents()
        pending = running()
        if not pending:
            return
        await asyncio.wait(pending)


async def wait_for(condition: Callable[[], bool], timeout: float = 20.0) -> bool:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        await asyncio.sleep(0.01)
    return True


def _over_window(window: QWidget, dialog: QWidget) -> QPixmap:
    base = window.grab()
    painter = QPainter(base)  # in logical pixels, whatever the pictures' device pixel ratio
    outer = base.deviceIndependentSize().toSize()
    painter.fillRect(0, 0, outer.width(), outer.height(), QColor(0, 0, 0, 96))
    picture = dialog.grab()
    inner = picture.deviceIndependentSize().toSize()
    top_left = QPoint((outer.width() - inner.width()) // 2, max(24, (outer.height() - inner.height()) // 2))
    painter.setPen(QColor(0, 0, 0, 60))
    painter.drawRect(top_left.x() - 1, top_left.y() - 1, inner.width() + 1, inner.height() + 1)
    painter.drawPixmap(top_left, picture)
    painter.end()
    return base


def _pairing_candidate(window: MainWindow) -> Account | None:
    """An account whose phone is not paired yet, preferring one whose code wadesk renders itself."""
    snapshots = [s for s in window.ctx.devices.snapshots() if s.info.supports(Capability.QR_PAIRING)]
    unpaired = [s for s in snapshots if s.state is not DeviceState.CONNECTED]
    ranked = sorted(unpaired or snapshots, key=lambda s: not s.info.supports(Capability.DEVICE_INFO))
    return ranked[0].account if ranked else None


async def capture(
    window: MainWindow, directory: Path, size: QSize = SIZE, *, taken: Callable[[str], None] | None = None
) -> list[Path]:
    """Write ``<panel>.png`` for every panel, ``pairing.png`` (and, in the demo, ``pairing-paired.png``)
    ``account.png`` and ``preferences.png`` into ``directory``, the window ``size`` logical pixels.

    The pictures have the application's device pixel ratio (``QT_SCALE_FACTOR``): at 2, twice as many pixels.
    ``taken`` is called with each picture's name while what it shows is still on screen (the tests read the
    words of every picture).
    """
    directory.mkdir(parents=True, exist_ok=True)
    window.resize(size)
    window.show()
    await settle(window)
    await window.ctx.devices.refresh_all()
    window.devices.model.flush()
    await settle(window)
    written: list[Path] = []

    def save(pixmap: QPixmap, name: str) -> None:
        if taken is not None:
            taken(name)
        path = directory / f"{name}.png"
        # Quality 80 is zlib's fastest level: the same pixels, files ~10% larger, written several times faster.
        if not pixmap.save(str(path), "PNG", 80):
            raise OSError(f"could not write {path}")
        written.append(path)

    with tempfile.TemporaryDirectory(prefix="wadesk-shots-") as pictures:  # the Composer's promotion picture
        for key in PANEL_KEYS:
            window.show_panel(key)
            if key == "composer":
                await _fill_composer(window, Path(pictures))
            await settle(window)
            save(window.grab(), key)
        await _composer_checks(window, save)
        await _scheduler_agenda(window, save)
    await _reports_campaign(window, save)

    window.show_panel("devices")
    account = _pairing_candidate(window)
    if account is not None:
        window.devices.select_account(account.id)
        dialog = window.devices.open_pairing(account)
        await wait_for(lambda: dialog.qr.state is not QrState.LOADING)
        await settle(window)
        save(_over_window(window, dialog), "pairing")
        if dialog.simulate_button is not None and dialog.qr.state is QrState.CODE:
            dialog.simulate_button.click()
            await wait_for(lambda: dialog.qr.state is not QrState.CODE)
            await settle(window)
            save(_over_window(window, dialog), "pairing-paired")
        dialog.close()
        await settle(window)

    editor = AccountDialog(window.ctx, None, window)
    editor.name_edit.setText("Toko Sumber Rejeki")
    first_secret = next(iter(editor.info.settings.secret_fields), None)
    if first_secret is not None:
        editor.field(first_secret.name).setText("kept-in-the-keyring")
    editor.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, False)
    editor.show()
    editor.adjustSize()
    await settle(window)
    save(_over_window(window, editor), "account")
    editor.close()
    await settle(window)

    preferences = PreferencesDialog(window.ctx.home, window)
    preferences.show()
    preferences.adjustSize()
    await settle(window)
    save(_over_window(window, preferences), "preferences")
    preferences.close()
    await settle(window)

    with tempfile.TemporaryDirectory(prefix="wadesk-shots-") as folder:
        wizard = window.import_contacts()  # File > Import contacts…: the wizard over the Contacts panel
        wizard.open_file(write_google_export(Path(folder)))
        await wait_for(lambda: wizard.file is not None)
        await settle(window)
        save(_over_window(window, wizard), "contacts-import")
        wizard.close()
        await settle(window)
    return written


async def _fill_composer(window: MainWindow, folder: Path) -> None:
    from wadesk.ui.composer.showcase import fill_promotion
    from wadesk.ui.panels.composer import ComposerPanel

    panel = window.panel("composer")
    if isinstance(panel, ComposerPanel) and panel.accounts:
        await fill_promotion(panel, folder, wait_for)


async def _composer_checks(window: MainWindow, save: Callable[[QPixmap, str], None]) -> None:
    """``composer-checks.png``: the Composer with warnings above Send."""
    from wadesk.ui.composer.showcase import fill_with_warnings
    from wadesk.ui.panels.composer import ComposerPanel

    window.show_panel("composer")
    panel = window.panel("composer")
    if isinstance(panel, ComposerPanel) and panel.accounts:
        await fill_with_warnings(panel, wait_for)
        await settle(window)
        save(window.grab(), "composer-checks")


async def _reports_campaign(window: MainWindow, save: Callable[[QPixmap, str], None]) -> None:
    """``reports-campaign.png``: the Reports panel's Campaigns tab, the newest campaign selected."""
    from wadesk.ui.panels.reports import ReportsPanel

    window.show_panel("reports")
    panel = window.panel("reports")
    campaigns = await asyncio.to_thread(window.ctx.store.outbox.campaigns)
    if isinstance(panel, ReportsPanel) and campaigns:
        panel.show_campaign(campaigns[-1].id)
        await settle(window)
        save(window.grab(), "reports-campaign")
        panel.tabs.setCurrentIndex(0)


async def _scheduler_agenda(window: MainWindow, save: Callable[[QPixmap, str], None]) -> None:
    """``scheduler-agenda.png``: the Scheduler with its busiest day's agenda."""
    from wadesk.ui.panels.scheduler import SchedulerPanel

    window.show_panel("scheduler")
    panel = window.panel("scheduler")
    if isinstance(panel, SchedulerPanel):
        await settle(window)
        panel.show_busiest_day()
        await settle(window)
        save(window.grab(), "scheduler-agenda")


# A shop owner's phone contacts exported from Google Contacts ("Google CSV"), as the import wizard first sees them.
GOOGLE_HEADINGS = (
    "First Name",
    "Middle Name",
    "Last Name",
    "Phonetic First Name",
    "Phonetic Middle Name",
    "Phonetic Last Name",
    "Name Prefix",
    "Name Suffix",
    "Nickname",
    "File As",
    "Organization Name",
    "Organization Title",
    "Organization Department",
    "Birthday",
    "Notes",
    "Photo",
    "Labels",
    "E-mail 1 - Label",
    "E-mail 1 - Value",
    "Phone 1 - Label",
    "Phone 1 - Value",
    "Phone 2 - Label",
    "Phone 2 - Value",
    "Address 1 - Label",
    "Address 1 - City",
)
_GOOGLE_PEOPLE = (
    (
        "Siti",
        "Nur",
        "Rahmawati",
        "Toko Kue Siti",
        "Langganan kue lebaran",
        "siti.rahma@gmail.com",
        "0812-3456-7001",
        "",
        "Bandung",
    ),
    (
        "Budi",
        "",
        "Santoso",
        "CV Maju Jaya",
        "Grosir, bayar tempo 30 hari",
        "",
        "+62 813-2222-7002",
        "(021) 5550-1234",
        "Jakarta",
    ),
    ("Dewi", "", "Lestari", "", "", "dewi.lestari@yahoo.co.id", "0857 1111 7003", "", "Surabaya"),
    ("Agus", "", "Setiawan", "Warung Pak Agus", "Reseller Depok", "", "0878-5555-7004", "", "Depok"),
    ("Ni Luh", "Putu", "Ayu", "", "Pesan lewat WA saja", "", "081545678005", "0361 222 333", "Denpasar"),
    ("Rizky", "", "Pratama", "", "", "rizky.p@gmail.com", "0821 9999 7006", "", "Medan"),
)


def write_google_export(folder: Path) -> Path:
    """A Google Contacts export of six Indonesian customers, written into ``folder``."""
    path = folder / "contacts.csv"
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(GOOGLE_HEADINGS)
        for first, middle, last, shop, note, email, mobile, other, city in _GOOGLE_PEOPLE:
            row = dict.fromkeys(GOOGLE_HEADINGS, "")
            row.update(
                {
                    "First Name": first,
                    "Middle Name": middle,
                    "Last Name": last,
                    "File As": " ".join(part for part in (first, middle, last) if part),
                    "Organization Name": shop,
                    "Notes": note,
                    "Labels": "* myContacts ::: Pelanggan",
                    "E-mail 1 - Label": "* Home" if email else "",
                    "E-mail 1 - Value": email,
                    "Phone 1 - Label": "Mobile",
                    "Phone 1 - Value": mobile,
                    "Phone 2 - Label": "Work" if other else "",
                    "Phone 2 - Value": other,
                    "Address 1 - Label": "Home",
                    "Address 1 - City": city,
                }
            )
            writer.writerow(row.values())
    return path
