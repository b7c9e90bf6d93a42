"""Asking a gateway once about its device and for a pairing QR code; a page address carrying a key never comes
back to be shown."""

from __future__ import annotations

import io

import pytest
import zxingcpp
from PIL import Image

from tests.support.gateways import Gateways
from wadesk.domain.errors import NotSupported
from wadesk.domain.models import DeviceState


async def test_the_device_as_the_gateway_says_and_unknown_where_it_cannot_tell(gateways: Gateways) -> None:
    lookup, accounts = gateways.app.device_lookup, gateways.app.accounts
    wablas = gateways.sim.state.wablas
    before = await lookup.device(accounts.get("wablas"))
    assert (before.device_id, before.state) == (wablas.device.serial, DeviceState.DISCONNECTED)
    wablas.scan()
    after = await lookup.device(accounts.get("wablas"))
    assert after.state is DeviceState.CONNECTED and after.number == wablas.device.sender

    jsonwa = await lookup.device(accounts.get("jsonwa"))  # JSON WA has no device status
    assert (jsonwa.device_id, jsonwa.state) == ("jsonwa", DeviceState.UNKNOWN)


async def test_a_pairing_code_is_a_png_that_decodes_to_the_gateways_qr(gateways: Gateways) -> None:
    code = await gateways.app.device_lookup.pairing_code(gateways.app.accounts.get("chatbot"))
    assert code.png is not None and code.page is None
    [found] = zxingcpp.read_barcodes(Image.open(io.BytesIO(code.png)))
    assert found.text == gateways.sim.state.provider("chatbot").qr_payload()  # type: ignore[attr-defined]


async def test_a_scan_page_whose_address_carries_the_key_is_not_handed_out(gateways: Gateways) -> None:
    gateways.sim.state.wablas.scan()  # paired: Wablas's scan page shows no code, only its address (?token=…)
    code = await gateways.app.device_lookup.pairing_code(gateways.app.accounts.get("wablas"))
    assert code.png is None and code.page is None


async def test_a_gateway_without_qr_pairing_says_so(gateways: Gateways) -> None:
    with pytest.raises(NotSupported, match="JSON WA does not support QR pairing"):
        await gateways.app.device_lookup.pairing_code(gateways.app.accounts.get("jsonwa"))
