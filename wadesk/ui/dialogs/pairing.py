"""Pairing a phone: the live QR code, how to scan it, and the outcome.

Runs a ``PairingFlow`` for one account while the dialog is open: the code is
replaced on its own when it expires, and the dialog says "Paired" with the
number as soon as the gateway reports the phone connected.  Closing the
dialog stops everything.  In the demo, "Simulate scan (demo)" plays the phone.
"""

from __future__ import annotations

import asyncio
import itertools

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wadesk.domain.errors import WadeskError
from wadesk.domain.models import Account
from wadesk.services.pairing_flow import PairingFlow, PairingStage, PairingUpdate
from wadesk.ui import icons
from wadesk.ui.context import UiContext
from wadesk.ui.dialogs.gateway_words import GatewayDetails, plain_failure, sentence
from wadesk.ui.tasks import Tasks
from wadesk.ui.widgets.qr_view import QrState, QrView


class PairingDialog(QDialog):
    paired = Signal(object)  # the account

    def __init__(self, ctx: UiContext, account: Account, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.account = account
        self._tasks = Tasks(self)
        self._flow: PairingFlow | None = None
        self._run: asyncio.Task[None] | None = None
        gateway = ctx.accounts.info(account).name
        self.setWindowTitle(self.tr("Pair a phone — %1").replace("%1", account.name))
        self.setMinimumWidth(700)

        title = QLabel(self.tr("Pair a phone with %1").replace("%1", account.name))
        title.setObjectName("PanelTitle")
        title.setWordWrap(True)
        subtitle = QLabel(self.tr("%1 account · the phone's WhatsApp links to the gateway").replace("%1", gateway))
        subtitle.setObjectName("PanelSubtitle")

        self.qr = QrView()
        self.qr.retry_requested.connect(self.start)

        steps = QGridLayout()
        steps.setHorizontalSpacing(12)
        steps.setVerticalSpacing(14)
        for row, text in enumerate(
            (
                self.tr("Open WhatsApp on the phone you want to send from."),
                self.tr("Tap ⋮ Menu (Android) or Settings (iPhone), then Linked devices."),
                self.tr("Tap Link a device and point the phone at the code."),
            )
        ):
            number = QLabel(str(row + 1))
            number.setObjectName("StepNumber")
            number.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label = QLabel(text)
            label.setObjectName("Step")
            label.setWordWrap(True)
            steps.addWidget(number, row, 0, Qt.AlignmentFlag.AlignTop)
            steps.addWidget(label, row, 1)
        steps.setColumnStretch(1, 1)

        self.status = QLabel()
        self.status.setObjectName("Muted")
        self.status.setWordWrap(True)
        self.details = GatewayDetails()  # the gateway's own words, when pairing failed on its answer

        self.simulate_button: QPushButton | None = None
        demo = ctx.demo
        if demo is not None and demo.can_simulate_scan(account):
            self.simulate_button = QPushButton(icons.icon("phone_link"), self.tr("Simulate scan (demo)"))
            self.simulate_button.setToolTip(
                self.tr("Plays the phone: tells the built-in simulator that this code was scanned.")
            )
            self.simulate_button.clicked.connect(self._simulate_scan)

        side = QVBoxLayout()
        side.setSpacing(12)
        side.addLayout(steps)
        side.addSpacing(6)
        side.addWidget(self.status)
        side.addWidget(self.details)
        if self.simulate_button is not None:
            side.addWidget(self.simulate_button, 0, Qt.AlignmentFlag.AlignLeft)
        side.addStretch()

        body = QHBoxLayout()
        body.setSpacing(28)
        body.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)
        body.addLayout(side, 1)

        self.new_code_button = QPushButton(icons.icon("refresh"), self.tr("New code"))
        self.new_code_button.setToolTip(self.tr("Ask the gateway for a fresh code now"))
        self.new_code_button.clicked.connect(self._renew)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_code_button)
        buttons.addStretch()
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(6)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addSpacing(18)
        layout.addLayout(body)
        layout.addSpacing(16)
        layout.addLayout(buttons)

        # Reading order: the side column stands higher than the code's own "Try again", the buttons come last.
        chain: list[QWidget] = [self.simulate_button] if self.simulate_button is not None else []
        chain += [self.details.button, self.qr.retry_button, self.new_code_button, self.close_button]
        for first, second in itertools.pairwise(chain):
            self.setTabOrder(first, second)

    # -- running ---------------------------------------------------------------

    def start(self) -> None:
        """(Re)start pairing: ask for a code and wait for the phone."""
        if self._run is not None and not self._run.done():
            self._run.cancel()
        self.new_code_button.setEnabled(False)
        self.new_code_button.setVisible(True)
        if self.simulate_button is not None:
            self.simulate_button.setVisible(True)
        self.close_button.setText(self.tr("Close"))
        self.close_button.setProperty("primary", False)
        self.close_button.style().polish(self.close_button)
        self.qr.show_loading(self.tr("Asking the gateway for a pairing code…"))
        self.status.setText("")
        self.details.clear()
        self._run = self._tasks.start(self._pair(), failed=self._failed, lasting=True)

    async def _pair(self) -> None:
        try:
            provider = await self.ctx.accounts.provider(self.account)
        except WadeskError as exc:
            self._failed_by(exc)
            return
        self._flow = PairingFlow(provider, poll_seconds=self.ctx.pairing_poll_seconds)
        await self._flow.run(self._on_update)

    def _on_update(self, update: PairingUpdate) -> None:
        stage = update.stage
        if self.simulate_button is not None:
            self.simulate_button.setEnabled(stage in (PairingStage.SCAN, PairingStage.OPEN_PAGE))
        self.new_code_button.setEnabled(stage in (PairingStage.SCAN, PairingStage.OPEN_PAGE))
        if stage is PairingStage.STARTING:
            self.qr.show_loading(self.tr("Asking the gateway for a pairing code…"))
        elif stage is PairingStage.SCAN and update.png is not None:
            self.qr.show_code(update.png, update.expires_at)
            self.status.setText(self._waiting_text(update.detects_pairing))
        elif stage is PairingStage.OPEN_PAGE and update.url:
            self.qr.show_page(update.url)
            self.status.setText(self._waiting_text(update.detects_pairing))
        elif stage is PairingStage.PAIRED:
            number = update.device.number if update.device else None
            self.qr.show_paired(number)
            self.status.setText(self.tr("You can send messages from this phone now."))
            self.close_button.setText(self.tr("Done"))
            self.close_button.setDefault(True)
            self.close_button.setProperty("primary", True)
            self.close_button.style().polish(self.close_button)
            self.new_code_button.setVisible(False)
            if self.simulate_button is not None:
                self.simulate_button.setVisible(False)
            self._tasks.start(self.ctx.devices.refresh_one(self.account.id))
            self.paired.emit(self.account)
        elif stage is PairingStage.FAILED:
            if update.failure is not None:
                self._failed_by(update.failure)
            else:
                self._failed(sentence(update.error or self.tr("The gateway did not give a pairing code.")))

    def _waiting_text(self, detects: bool) -> str:
        if detects:
            return self.tr("Waiting for the phone to scan the code…")
        return self.tr(
            "This gateway does not tell wadesk when the phone is paired. After scanning, check that the phone "
            "lists the device under Linked devices, then close this window."
        )

    def _failed_by(self, exc: BaseException) -> None:
        """Pairing stopped on an error: plain words on the code's place, the gateway's own behind "Details"."""
        text, said = plain_failure(exc, self.ctx.accounts.info(self.account).name)
        self._failed(text, said)

    def _failed(self, words: str, said: str = "") -> None:
        self.qr.show_failed(words)
        self.details.show_words(said)
        self.new_code_button.setEnabled(False)
        if self.simulate_button is not None:
            self.simulate_button.setEnabled(False)
        self.status.setText(self.tr("Try again when the problem is fixed, or close this window."))

    def _renew(self) -> None:
        if self._flow is not None and self.qr.state in (QrState.CODE, QrState.PAGE):
            self.qr.show_loading(self.tr("Getting a new code…"))
            self._flow.renew()

    def _simulate_scan(self) -> None:
        demo = self.ctx.demo
        if demo is None:
            return
        if self.simulate_button is not None:
            self.simulate_button.setEnabled(False)
        self.status.setText(self.tr("Simulated phone scanned the code; waiting for the gateway to confirm…"))
        self._tasks.start(
            demo.simulate_scan(self.account), done=self._scanned, failed=lambda words: self._failed(sentence(words))
        )

    def _scanned(self, _: None) -> None:
        """The simulated phone scanned the code: ask the gateway at once rather than at its next poll."""
        if self._flow is not None:
            self._flow.check_now()

    # -- closing ---------------------------------------------------------------

    def done(self, result: int) -> None:
        self._tasks.cancel_all()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._tasks.cancel_all()
        super().closeEvent(event)
