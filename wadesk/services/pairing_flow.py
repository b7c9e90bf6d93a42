"""Pairing a phone: show the gateway's QR code, keep it fresh, and notice when the phone is linked.

``PairingFlow.run`` reports each step through a callback (``PairingUpdate``):

* ``starting``: asking the gateway;
* ``scan``: a QR image (PNG bytes) to scan, valid until ``expires_at``; a new
  one follows on its own when it expires (or on ``renew()``);
* ``open_page``: the gateway only offers a web page with the code (``url``);
* ``paired``: the device is connected (``device`` carries its number);
* ``failed``: the gateway refused or could not be reached (``error``, in its
  own words), or nobody scanned the code in time.

Whether the phone got paired is read from the device status, polled every few
seconds (at once after ``check_now()``, for a caller that knows the code was
just scanned); a gateway without a device status cannot say, and the updates
carry ``detects_pairing=False``.
"""

from __future__ import annotations

import asyncio
import enum
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from wadesk.domain.capabilities import Capability
from wadesk.domain.errors import WadeskError, describe
from wadesk.domain.models import DeviceInfo, DeviceState, QrKind
from wadesk.domain.words import N_
from wadesk.providers.base import Provider
from wadesk.services.clock import Clock, SystemClock, sleep_or_wake
from wadesk.services.pairing import qr_png

log = logging.getLogger(__name__)


class PairingStage(enum.StrEnum):
    STARTING = "starting"
    SCAN = "scan"
    OPEN_PAGE = "open_page"
    PAIRED = "paired"
    FAILED = "failed"


@dataclass(frozen=True)
class PairingUpdate:
    stage: PairingStage
    png: bytes | None = None
    url: str | None = None
    expires_at: datetime | None = None
    device: DeviceInfo | None = None
    error: str | None = None
    failure: WadeskError | None = None  # what made it fail, when the gateway or the connection did
    detects_pairing: bool = True
    codes_shown: int = 0


Emit = Callable[[PairingUpdate], None]

# How many status checks in a row may fail before pairing gives up.
MAX_FAILED_CHECKS = 3


class PairingFlow:
    def __init__(
        self,
        provider: Provider,
        *,
        poll_seconds: float = 2.0,
        code_lifetime: float = 20.0,
        give_up_after: float = 600.0,
        clock: Clock | None = None,
    ) -> None:
        self._provider = provider
        self._poll = poll_seconds
        self._lifetime = timedelta(seconds=code_lifetime)
        self._give_up = timedelta(seconds=give_up_after)
        self._clock = clock or SystemClock()
        self._wake = asyncio.Event()
        self._renew = False
        self._check = False  # check_now() asked: the next status check is not waited for
        self._codes = 0

    @property
    def detects_pairing(self) -> bool:
        return self._provider.info.supports(Capability.DEVICE_INFO)

    def renew(self) -> None:
        """Fetch a new code now instead of waiting for the current one to expire."""
        self._renew = True
        self._wake.set()

    def check_now(self) -> None:
        """Ask the gateway for the device status now instead of at the next poll (the code was just scanned)."""
        self._check = True
        self._wake.set()

    async def run(self, emit: Emit) -> PairingUpdate:
        """Pair until the phone is linked, the gateway fails, or nobody scans in time; returns the last update."""

        def send(update: PairingUpdate) -> PairingUpdate:
            emit(update)
            return update

        detects = self.detects_pairing
        send(PairingUpdate(PairingStage.STARTING, detects_pairing=detects))
        started = self._clock.now()
        try:
            if detects:
                device = await self._provider.device_info()
                if device.state is DeviceState.CONNECTED:
                    return send(PairingUpdate(PairingStage.PAIRED, device=device))
            deadline = started + self._give_up
            while self._clock.now() < deadline:
                update = await self._show_code(detects)
                send(update)
                paired = await self._wait_for_scan(update, deadline)
                if paired is not None:
                    return send(PairingUpdate(PairingStage.PAIRED, device=paired, codes_shown=self._codes))
        except WadeskError as exc:
            log.info("pairing with %s failed: %s", self._provider.info.name, exc)
            return send(PairingUpdate(PairingStage.FAILED, error=describe(exc), failure=exc, detects_pairing=detects))
        minutes = round(self._give_up.total_seconds() / 60)
        error = f"nobody scanned the code for {minutes} minutes; start again when the phone is at hand"
        return send(PairingUpdate(PairingStage.FAILED, error=error, detects_pairing=detects))

    async def _show_code(self, detects: bool) -> PairingUpdate:
        challenge = await self._provider.pairing_qr()
        self._codes += 1
        if challenge.kind is QrKind.URL:
            url = challenge.payload.decode() if isinstance(challenge.payload, bytes) else challenge.payload
            return PairingUpdate(PairingStage.OPEN_PAGE, url=url, detects_pairing=detects, codes_shown=self._codes)
        png = await asyncio.to_thread(qr_png, challenge)
        if png is None:
            raise WadeskError(N_("{name} gave a QR code wadesk cannot show"), name=self._provider.info.name)
        now = self._clock.now()
        expires = challenge.expires_at
        if expires is None or expires.tzinfo is None or expires <= now + timedelta(seconds=3):
            expires = now + self._lifetime
        return PairingUpdate(
            PairingStage.SCAN, png=png, expires_at=expires, detects_pairing=detects, codes_shown=self._codes
        )

    async def _wait_for_scan(self, shown: PairingUpdate, deadline: datetime) -> DeviceInfo | None:
        """Poll the device until it is connected (its info), or ``None`` when the code expires or is renewed."""
        self._renew = False
        failures = 0
        while True:
            now = self._clock.now()
            if now >= deadline or (shown.expires_at is not None and now >= shown.expires_at):
                return None
            self._wake.clear()
            if not self._check:  # asked while the last check ran: check again at once
                await sleep_or_wake(self._clock, self._poll, self._wake)
            self._check = False
            if self._renew:
                return None
            if not self.detects_pairing:
                continue
            try:
                device = await self._provider.device_info()
            except WadeskError:
                failures += 1
                if failures >= MAX_FAILED_CHECKS:
                    raise
                continue
            failures = 0
            if device.state is DeviceState.CONNECTED:
                return device
