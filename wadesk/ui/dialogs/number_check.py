"""Checking contacts' numbers on WhatsApp through a device: how long it takes and why, then progress with Stop.

The check itself is ``ContactService.check_contacts`` (``services/number_check.py``): paced gently, in the
gateway's largest batches, each batch's answers stored with their date as they come back.  Stopping (the Stop
button, Esc, closing the window) keeps every answer received; the table's On WhatsApp column shows them as they
land.  Nothing here sleeps or blocks: the check runs on the event loop between the window's own work.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QWidget,
)

from wadesk.domain.capabilities import Capability
from wadesk.domain.errors import WadeskError
from wadesk.providers.registry import provider_info
from wadesk.services.accounts import AccountService
from wadesk.services.clock import Clock
from wadesk.services.contacts import ContactService
from wadesk.services.devices import DeviceMonitor
from wadesk.services.number_check import BulkCheck, CheckPace, CheckProgress, check_seconds
from wadesk.ui import format as fmt
from wadesk.ui.dialogs.gateway_words import GatewayDetails, plain_failure, sentence
from wadesk.ui.widgets.device_choice import DeviceChoice, GatewayDialog, attempt, fit_height
from wadesk.ui.widgets.notice import Notice


def _tr(text: str) -> str:
    return QCoreApplication.translate("NumberCheckDialog", text)


def duration_words(seconds: float) -> str:
    """A rough duration: “less than a minute”, “about 4 minutes”, “about 2 hours 10 minutes”, “about 8 days”."""
    minutes = round(seconds / 60)
    if seconds < 60:
        return _tr("less than a minute")
    if minutes <= 1:
        return _tr("about a minute")
    if minutes < 90:
        return _tr("about %1 minutes").replace("%1", str(minutes))
    if seconds >= 2 * 86400:
        return _tr("about %1 days").replace("%1", str(round(seconds / 86400)))
    hours, rest = divmod(round(seconds / 600) * 10, 60)  # to ten minutes: it is a guess
    if not rest:
        return _tr("about %1 hours").replace("%1", str(hours))
    return _tr("about %1 hours %2 minutes").replace("%1", str(hours)).replace("%2", str(rest))


def _seconds(value: float) -> str:
    """``2.5`` as ``2.5`` in English and ``2,5`` in Indonesian; whole seconds without decimals."""
    return QLocale().toString(float(value), "g", 6)


def count_words(count: int) -> str:
    return _tr("1 number") if count == 1 else _tr("%1 numbers").replace("%1", fmt.number(count))


class NumberCheckDialog(GatewayDialog):
    """Pick a device, read how long the check takes and why it is paced, then watch it (or stop it)."""

    finished_check = Signal(object)  # the BulkCheck, when a check has ended (done, stopped or failed on the way)

    def __init__(
        self,
        contacts: ContactService,
        accounts: AccountService,
        devices: DeviceMonitor | None,
        numbers: Sequence[str],
        region: str,
        parent: QWidget | None = None,
        *,
        clock: Clock | None = None,
        pace: CheckPace | None = None,
    ) -> None:
        title = _tr("Check %1 on WhatsApp").replace("%1", count_words(len(numbers)))
        super().__init__(_tr("Check numbers"), title, 500, parent)
        self.contacts = contacts
        self.numbers = list(numbers)
        self.region = region
        self.clock = clock
        self.pace = pace or CheckPace()
        self.outcome: BulkCheck | None = None
        self._stop = asyncio.Event()

        intro = QLabel(self.tr("Find out which of these numbers use WhatsApp, so messages go where they can arrive."))
        intro.setWordWrap(True)
        self.device = DeviceChoice(
            accounts,
            devices,
            Capability.CHECK_NUMBER,
            self.tr(
                "None of your devices can check numbers. Add a device on %1 in Devices "
                "(the first page of the window), then come back here."
            ),
        )
        self.device.changed.connect(self._show_estimate)
        self.estimate = QLabel()
        self.estimate.setWordWrap(True)
        self.why = QLabel(
            self.tr(
                "The pause is on purpose: gateways watch number checks, and many in a row look like someone "
                "collecting numbers, which can get the device banned."
            )
        )
        self.why.setObjectName("Muted")
        self.why.setWordWrap(True)

        self.bar = QProgressBar()
        self.bar.setRange(0, max(1, len(set(self.numbers))))
        self.bar.setValue(0)
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(self.tr("Progress of the check"))
        self.progress = QLabel()
        self.progress.setWordWrap(True)
        self.left = QLabel()
        self.left.setObjectName("Muted")
        self.left.setWordWrap(True)
        for widget in (self.bar, self.progress, self.left):
            widget.hide()
        self.feedback = Notice(hide_after_ms=3_600_000)
        self.details = GatewayDetails()

        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        self.start_button = QPushButton(self.tr("Check numbers"))
        self.start_button.setProperty("primary", True)
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.start_button)

        layout = self._column()
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addWidget(self.device)
        layout.addWidget(self.estimate)
        layout.addWidget(self.why)
        layout.addWidget(self.bar)
        layout.addWidget(self.progress)
        layout.addWidget(self.left)
        layout.addWidget(self.feedback)
        layout.addWidget(self.details)
        layout.addStretch()
        layout.addLayout(buttons)

        if self.device.empty:
            self.estimate.hide()
            self.why.hide()
            self.start_button.hide()
            self.cancel_button.setText(self.tr("Close"))
        self._show_estimate()

    # -- before --------------------------------------------------------------------

    def _batch(self) -> int:
        account = self.device.account()
        return provider_info(account.provider).limits.max_check_batch if account is not None else 1

    def _show_estimate(self) -> None:
        count, batch = len(set(self.numbers)), self._batch()
        took = duration_words(check_seconds(count, batch, self.pace))
        pause = self._pause_words()
        if count <= 1:
            text = self.tr("This takes %1.")
        elif count <= batch:
            text = self.tr("This takes %1: %2 is asked about them all at once.").replace("%2", self.device.gateway())
        elif batch > 1:
            text = self.tr("This takes %1: %2 numbers at a time, with %3 between.").replace("%2", fmt.number(batch))
        else:
            text = self.tr("This takes %1: %2 checks one number at a time, with %3 between.").replace(
                "%2", self.device.gateway()
            )
        self.estimate.setText(text.replace("%1", took).replace("%3", pause))
        self.why.setVisible(not self.device.empty and count > batch)
        fit_height(self)  # the device's line and these may take another line or two

    def _pause_words(self) -> str:
        low, high = self.pace.min_seconds, self.pace.max_seconds
        if low == high:
            return self.tr("a pause of %1 seconds").replace("%1", _seconds(low))
        return self.tr("a pause of %1 to %2 seconds").replace("%1", _seconds(low)).replace("%2", _seconds(high))

    # -- during --------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._tasks.busy

    def start(self) -> None:
        account = self.device.account()
        if account is None or self.running:
            return
        self._stop.clear()
        self.device.setEnabled(False)
        self.feedback.dismiss()
        self.details.clear()
        self.start_button.hide()
        self.cancel_button.setText(self.tr("Stop"))
        self.cancel_button.setToolTip(self.tr("Stop checking; the answers received so far are kept"))
        for widget in (self.bar, self.progress, self.left):
            widget.show()
        self._show_progress(CheckProgress(0, len(set(self.numbers))))
        self.cancel_button.setFocus()
        self._tasks.start(
            attempt(
                self.contacts.check_contacts(
                    account,
                    self.numbers,
                    region=self.region,
                    clock=self.clock,
                    pace=self.pace,
                    on_progress=self._show_progress,
                    cancel=self._stop,
                )
            ),
            done=self._ended,
        )

    def _show_progress(self, step: CheckProgress) -> None:
        self.bar.setMaximum(max(1, step.total))
        self.bar.setValue(step.done)
        text = self.tr("Checked %1 of %2").replace("%1", fmt.number(step.done)).replace("%2", fmt.number(step.total))
        if step.done:
            text += self.tr(": %1 on WhatsApp, %2 not").replace("%1", fmt.number(step.on_whatsapp))
            text = text.replace("%2", fmt.number(step.not_on_whatsapp))
            if step.unknown:
                text += self.tr(", %1 the gateway could not tell").replace("%1", fmt.number(step.unknown))
        self.progress.setText(text + ".")
        remaining = step.total - step.done
        took = duration_words(check_seconds(remaining, self._batch(), self.pace))
        self.left.setText(sentence(self.tr("%1 left.").replace("%1", took)) if remaining else "")
        self.left.setVisible(bool(remaining))
        fit_height(self)

    def stop(self) -> None:
        """Stop after the request in flight; its answers and all before it are kept."""
        if not self.running:
            return
        self._stop.set()
        self.cancel_button.setEnabled(False)
        self.cancel_button.setText(self.tr("Stopping…"))

    # -- after ---------------------------------------------------------------------

    def _ended(self, outcome: BulkCheck | WadeskError) -> None:
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Close"))
        self.cancel_button.setToolTip("")
        self.left.hide()
        self.device.setEnabled(True)
        if isinstance(outcome, WadeskError):
            self._failed(outcome, "")
            return
        self.outcome = outcome
        done = outcome.progress
        if outcome.failure is not None:
            self._failed(
                outcome.failure,
                self.tr("The answers before it are kept: %1 of %2 checked.")
                .replace("%1", fmt.number(done.done))
                .replace("%2", fmt.number(done.total)),
            )
        elif outcome.cancelled:
            self.feedback.show_message(
                self.tr("Stopped: %1 of %2 checked. Their answers are kept; the others are not checked.")
                .replace("%1", fmt.number(done.done))
                .replace("%2", fmt.number(done.total)),
                "info",
            )
        else:
            self.feedback.show_message(
                self.tr("Done. The answers are in the On WhatsApp column, with the date they were checked."), "ok"
            )
        fit_height(self)
        self.finished_check.emit(outcome)

    def _failed(self, exc: WadeskError, kept: str) -> None:
        text, detail = plain_failure(exc, self.device.gateway())
        self.feedback.show_message(f"{self.tr('The check stopped.')} {text} {kept}".strip(), "error")
        self.details.show_words(detail)
        fit_height(self)

    def reject(self) -> None:
        """Cancel, Stop or Esc: while checking, stop (the window stays to say what was kept); else close."""
        if self.running:
            self.stop()
            return
        super().reject()
