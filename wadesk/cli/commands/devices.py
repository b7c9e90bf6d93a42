"""``wadesk devices`` and ``wadesk check``: a device's state and QR code, numbers on WhatsApp."""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

from wadesk.app import App
from wadesk.cli.output import OK, device_json, device_line, emit


async def cmd_devices(app: App, args: argparse.Namespace) -> int:
    account = app.accounts.get(args.account)
    info = app.accounts.info(account)
    device = await app.device_lookup.device(account)
    if args.json:
        emit(device_json(device))
    else:
        print(device_line(device))
    if args.qr_png:
        code = await app.device_lookup.pairing_code(account)
        if code.png is None:  # a page to open, whose address may carry the key (Wablas's ?token=…): never printed
            if code.page:
                print(f"{info.name} shows its QR code on a web page; open it in a browser: {code.page}")
            else:
                print(
                    f"{info.name} shows its QR code on a web page: open the scan page from your {info.name} dashboard"
                )
            return OK
        path = Path(args.qr_png).expanduser()
        await asyncio.to_thread(path.write_bytes, code.png)
        expiry = f", valid until {code.expires_at:%H:%M:%S}" if code.expires_at else ""
        print(f"QR code written to {path}{expiry}: scan it in WhatsApp > Linked devices", file=sys.stderr)
    return OK


async def cmd_check(app: App, args: argparse.Namespace) -> int:
    account = app.accounts.get(args.account)
    for result in await app.contacts.check_numbers(account, args.numbers, app.settings.region):
        if args.json:
            emit({"number": result.number, "on_whatsapp": result.on_whatsapp})
        else:
            word = {True: "on WhatsApp", False: "not on WhatsApp", None: "unknown"}[result.on_whatsapp]
            print(f"{result.number:<16} {word}")
    return OK
