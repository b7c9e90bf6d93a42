"""The pairing code as a phone sees it, with what is happening around it.

One square shows, in turn: a spinner while the gateway is asked; the QR image
(a PNG, as the gateway gave it or rendered from its raw string) with a
countdown to its expiry; a button that opens the gateway's own pairing page
when it offers nothing else; a tick with the number once paired; or what went
wrong.  The view only shows; ``dialogs/pairing.py`` drives it.
"""

from __future__ import annotations

import enum
from datetime import UTC, datetime

from PySide6.QtCore import QByteArray, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImage, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from wadesk.domain.redaction import carries_secret
from wadesk.ui import format as fmt
from wadesk.ui import icons, theme
from wadesk.ui.widgets.spinner import Spinner

QR_SIZE = 264


class QrState(enum.Enum):
    LOADING = "loading"
    CODE = "code"
    PAGE = "page"
    PAIRED = "paired"
    FAILED = "failed"


class QrView(QWidget):
    retry_requested = Signal()
    code_expired = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = QrState.LOADING
        self._expires_at: datetime | None = None
        self._shown_at: datetime | None = None
        self._image: QImage | None = None
        self._url = ""

        self._frame = QFrame()
        self._frame.setObjectName("QrFrame")
        self._frame.setFixedSize(QR_SIZE + 32, QR_SIZE + 32)
        self._pages = QStackedLayout(self._frame)

        # loading
        self._loading = QWidget()
        self._spinner = Spinner(36)
        self._loading_text = QLabel()
        self._loading_text.setWordWrap(True)
        self._loading_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._loading_text.setStyleSheet("color: #5f6b66;")
        box = QVBoxLayout(self._loading)
        box.addStretch()
        box.addWidget(self._spinner, 0, Qt.AlignmentFlag.AlignHCenter)
        box.addSpacing(10)
        box.addWidget(self._loading_text)
        box.addStretch()

        # code
        self._code = QLabel()
        self._code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._code.setAccessibleName(self.tr("Pairing QR code"))

        # page
        self._page = QWidget()
        self._page_text = page_text = QLabel()
        page_text.setWordWrap(True)
        page_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        page_text.setStyleSheet("color: #1c2421;")
        self.open_button = QPushButton(icons.icon("open", "#ffffff"), self.tr("Open in browser"))
        self.open_button.setProperty("primary", True)
        self.open_button.clicked.connect(self._open_page)
        box = QVBoxLayout(self._page)
        box.setContentsMargins(20, 20, 20, 20)
        box.addStretch()
        picture = QLabel()
        picture.setPixmap(icons.pixmap("qr", 56, "#5f6b66", 2.0))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(picture)
        box.addSpacing(8)
        box.addWidget(page_text)
        box.addSpacing(12)
        box.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignHCenter)
        box.addStretch()

        # paired / failed
        self._outcome = QWidget()
        self._outcome_icon = QLabel()
        self._outcome_icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._outcome_title = QLabel()
        self._outcome_title.setObjectName("StateTitle")
        self._outcome_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._outcome_text = QLabel()
        self._outcome_text.setWordWrap(True)
        self._outcome_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._outcome_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._outcome_text.setStyleSheet("color: #1c2421;")
        self.retry_button = QPushButton(icons.icon("refresh", "#1c2421"), self.tr("Try again"))
        self.retry_button.setStyleSheet("color: #1c2421; background: #ffffff;")
        self.retry_button.clicked.connect(self.retry_requested)
        box = QVBoxLayout(self._outcome)
        box.setContentsMargins(18, 18, 18, 18)
        box.addStretch()
        box.addWidget(self._outcome_icon)
        box.addSpacing(6)
        box.addWidget(self._outcome_title)
        box.addSpacing(4)
        box.addWidget(self._outcome_text)
        box.addSpacing(10)
        box.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignHCenter)
        box.addStretch()

        for page in (self._loading, self._code, self._page, self._outcome):
            self._pages.addWidget(page)

        self.countdown = QLabel()
        self.countdown.setObjectName("Countdown")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._progress = QProgressBar()
        self._progress.setTextVisible(False)
        self._progress.setRange(0, 1000)
        self._progress.setFixedWidth(QR_SIZE)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self._frame, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self._progress, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.countdown)

        self._ticker = QTimer(self)
        self._ticker.setInterval(250)
        self._ticker.timeout.connect(self._tick)
        self.show_loading(self.tr("Asking the gateway for a pairing code…"))

    def sizeHint(self) -> QSize:
        return QSize(QR_SIZE + 32, QR_SIZE + 80)

    # -- states ----------------------------------------------------------------

    def show_loading(self, text: str) -> None:
        self.state = QrState.LOADING
        self._loading_text.setText(text)
        self._spinner.start()
        self._pages.setCurrentWidget(self._loading)
        self._stop_countdown("")

    def show_code(self, png: bytes, expires_at: datetime | None) -> None:
        image = QImage.fromData(QByteArray(png))
        if image.isNull():
            self.show_failed(self.tr("The gateway sent a pairing code that cannot be shown."), retry=True)
            return
        self.state = QrState.CODE
        self._image = image
        self._spinner.stop()
        ratio = self.devicePixelRatioF()
        target = round(QR_SIZE * ratio)
        pixmap = QPixmap.fromImage(
            image.scaled(
                target,
                target,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.FastTransformation,  # keep the modules' edges sharp
            )
        )
        pixmap.setDevicePixelRatio(ratio)
        self._code.setPixmap(pixmap)
        self._pages.setCurrentWidget(self._code)
        self._expires_at = expires_at
        self._shown_at = datetime.now(UTC)
        if expires_at is None:
            self._stop_countdown(self.tr("Scan the code with the phone"))
        else:
            self._progress.setVisible(True)
            self._ticker.start()
            self._tick()

    def show_page(self, url: str) -> None:
        """The gateway's own page with the code; one whose address carries the key is never shown or opened."""
        self.state = QrState.PAGE
        self._url = "" if carries_secret(url) else url
        self._page_text.setText(
            self.tr("This gateway shows the pairing code on its own web page.")
            if self._url
            else self.tr("Open the scan page from your gateway's dashboard and scan the code shown there.")
        )
        self.open_button.setVisible(bool(self._url))
        self._spinner.stop()
        self._pages.setCurrentWidget(self._page)
        self._stop_countdown(self.tr("wadesk notices by itself when the phone is paired"))

    def show_paired(self, number: str | None) -> None:
        self.state = QrState.PAIRED
        colors = theme.current()
        self._spinner.stop()
        self._outcome_icon.setPixmap(icons.pixmap("ok", 64, colors.ok, 2.0))
        self._outcome_title.setText(self.tr("Paired"))
        self._outcome_title.setProperty("tone", "ok")
        text = (
            self.tr("WhatsApp %1 is connected.").replace("%1", fmt.phone(number))
            if number
            else self.tr("The phone is connected.")
        )
        self._outcome_text.setText(text)
        self.retry_button.setVisible(False)
        self._repolish(self._outcome_title)
        self._pages.setCurrentWidget(self._outcome)
        self._stop_countdown("")

    def show_failed(self, error: str, *, retry: bool = True) -> None:
        self.state = QrState.FAILED
        colors = theme.current()
        self._spinner.stop()
        self._outcome_icon.setPixmap(icons.pixmap("error", 56, colors.bad, 2.0))
        self._outcome_title.setText(self.tr("Pairing stopped"))
        self._outcome_title.setProperty("tone", "error")
        self._outcome_text.setText(error)
        self.retry_button.setVisible(retry)
        self._repolish(self._outcome_title)
        self._pages.setCurrentWidget(self._outcome)
        self._stop_countdown("")

    # -- reading (tests, screenshots) -------------------------------------------

    def image(self) -> QImage | None:
        """The code as the gateway gave it (``None`` unless a code is shown)."""
        return self._image if self.state is QrState.CODE else None

    def displayed(self) -> QPixmap:
        """The code exactly as it is on screen."""
        return self._code.pixmap()

    @property
    def url(self) -> str:
        return self._url

    # -- countdown ---------------------------------------------------------------

    def _tick(self) -> None:
        if self._expires_at is None or self._shown_at is None:
            return
        now = datetime.now(UTC)
        left = (self._expires_at - now).total_seconds()
        total = max(1.0, (self._expires_at - self._shown_at).total_seconds())
        self._progress.setValue(max(0, min(1000, round(1000 * left / total))))
        if left > 0:
            self.countdown.setText(self.tr("A new code comes in %1").replace("%1", fmt.countdown(left)))
        else:
            self._ticker.stop()
            self.countdown.setText(self.tr("Getting a new code…"))
            self.code_expired.emit()

    def _stop_countdown(self, text: str) -> None:
        self._ticker.stop()
        self._progress.setVisible(False)
        self.countdown.setText(text)

    def _open_page(self) -> None:
        if self._url:
            QDesktopServices.openUrl(QUrl(self._url))

    @staticmethod
    def _repolish(widget: QWidget) -> None:
        widget.style().unpolish(widget)
        widget.style().polish(widget)
