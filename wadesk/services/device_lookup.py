"""Asking an account's gateway once about its device: its state, and a QR code to pair a phone.

The device monitor (``services.devices``) keeps every device's state fresh for
the window; this is the single question the command line asks.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from wadesk.domain.capabilities import Capability
from wadesk.domain.models import Account, DeviceInfo, DeviceState
from wadesk.domain.redaction import carries_secret
from wadesk.services.accounts import AccountService
from wadesk.services.pairing import qr_png


@dataclass(frozen=True)
class PairingCode:
    """A QR code to scan (``png``), or else the gateway's page that shows one (``page``, when it is safe to show)."""

    png: bytes | None
    page: str | None = None  # never an address that carries a key (Wablas's ?token=…)
    expires_at: datetime | None = None


class DeviceLookup:
    def __init__(self, accounts: AccountService) -> None:
        self._accounts = accounts

    async def device(self, account: Account) -> DeviceInfo:
        """The device's state as the gateway says it; ``unknown`` where the gateway cannot tell."""
        provider = await self._accounts.provider(account)
        if provider.info.supports(Capability.DEVICE_INFO):
            return await provider.device_info()
        return DeviceInfo(device_id=account.name, state=DeviceState.UNKNOWN)

    async def pairing_code(self, account: Account) -> PairingCode:
        """The gateway's pairing QR code as a PNG a phone can scan, or the page that shows it."""
        provider = await self._accounts.provider(account)
        challenge = await provider.pairing_qr()
        png = qr_png(challenge)
        page = None
        if png is None and isinstance(challenge.payload, str) and not carries_secret(challenge.payload):
            page = challenge.payload or None
        return PairingCode(png, page, challenge.expires_at)
