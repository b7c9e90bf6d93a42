"""``wadesk devices`` and ``wadesk check``: a device's state and QR code, numbers on WhatsApp."""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

from wadesk.app import App
from wadesk.cli.output import OK, device_json, device_line, emit
from wadesk.domain.capabilities import Capability
from wadesk.domain.models import (
    DeviceInfo,
    DeviceState,
)
from wadesk.domain.phone import normalize_phone
from wadesk.domain.redaction import carries_secret
from wadesk.services.pairing import qr_png


async def cmd_devices(app: App, args: argparse.Namespace) -> int:
    account = app.accounts.get(args.account)
    info = app.accounts.info(account)
    provider = await app.accounts.provider(account)
    if info.supports(Capability.DEVICE_INFO):
        device = await provider.device_info()
    else:
        device = DeviceInfo(device_id=account.name, state=DeviceState.UNKNOWN)
    if args.json:
        emit(device_json(device))
    else:
        print(device_line(device))
    if args.qr_png:
        challenge = await provider.pairing_qr()
        png = qr_png(challenge)
        if png is None:  # a page to open, whose address may carry the key (Wablas's ?token=…): never printed
            page = challenge.payload if isinstance(challenge.payload, str) else ""
            if page and not carries_secret(page):
                print(f"{info.name} shows its QR code on a web page; open it in a browser: {page}")
            else:
                print(
                    f"{info.name} shows its QR code on a web page: open the scan page from your {info.name} dashboard"
                )
            return OK
        path = Path(args.qr_png).expanduser()
        await asyncio.to_thread(path.write_bytes, png)
        expiry = f", valid until {challenge.expires_at:%H:%M:%S}" if challenge.expires_at else ""
        print(f"QR code written to {path}{expiry}: scan it in WhatsApp > Linked devices", file=sys.stderr)
    return OK


async def cmd_check(app: App, args: argparse.Namespace) -> int:
    account = app.accounts.get(args.account)
    numbers = [normalize_phone(n) for n in args.numbers]
    provider = await app.accounts.provider(account)
    for result in await provider.check_numbers(numbers):
        if args.json:
            emit({"number": result.number, "on_whatsapp": result.on_whatsapp})
        else:
            word = {True: "on WhatsApp", False: "not on WhatsApp", None: "unknown"}[result.on_whatsapp]
            print(f"{result.number:<16} {word}")
    return OK
