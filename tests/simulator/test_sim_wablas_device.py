"""Wablas device info, QR pairing, the number check and contacts."""

from __future__ import annotations

import base64
import io
import re

import httpx
import pytest

from wadesk.simulator import ManualClock, SimulatorServer
from wadesk.simulator.wablas_state import QR_ROTATION_SECONDS

TOKEN, SECRET = "sim-wablas-token", "sim-wablas-secret"


async def test_device_info_shape_and_auth(client: httpx.AsyncClient) -> None:
    answer = await client.get("/device/info", params={"token": TOKEN})
    assert answer.json() == {
        "status": True,
        "data": {
            "name": "wadesk simulator",
            "serial": "WBSIM1",
            "sender": "6281200000001",
            "quota": 1000,
            "expired_date": "2025-05-01",
            "active": True,
            "status": "disconnected",
        },
    }
    for extra in ({"params": {"token": f"{TOKEN}.{SECRET}"}}, {"headers": {"Authorization": TOKEN}}):
        assert (await client.get("/device/info", **extra)).status_code == 200  # type: ignore[arg-type]
    assert (await client.get("/device/info", params={"token": "nope"})).status_code == 401


def qr_image_payloads(page: str) -> list[str]:
    """Decode the QR code(s) of the scan page's data-URI images."""
    zxingcpp = pytest.importorskip("zxingcpp")
    image_module = pytest.importorskip("PIL.Image")
    found = re.findall(r'<img[^>]* src="data:image/png;base64,([A-Za-z0-9+/=]+)"', page)
    payloads = []
    for encoded in found:
        png = base64.b64decode(encoded)
        assert png.startswith(b"\x89PNG\r\n\x1a\n")
        with image_module.open(io.BytesIO(png)) as image:
            payloads.extend(result.text for result in zxingcpp.read_barcodes(image.convert("L")))
    return payloads


async def test_scan_page_rotates_and_pairing(
    sim: SimulatorServer, clock: ManualClock, client: httpx.AsyncClient, root_client: httpx.AsyncClient
) -> None:
    wablas = sim.state.wablas
    page = await client.get("/device/scan", params={"token": TOKEN})
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    assert 'src="data:image/png;base64,' in page.text
    first = wablas.qr_payload()
    assert qr_image_payloads(page.text) == [first]
    assert (await root_client.get("/__sim/wablas/qr")).text == first

    clock.advance(QR_ROTATION_SECONDS - 1)
    assert wablas.qr_payload() == first
    assert wablas.qr_expires_at() == clock.now() + 1
    clock.advance(1)
    second = wablas.qr_payload()
    assert second != first
    page = await client.get("/device/scan", params={"token": TOKEN})
    assert qr_image_payloads(page.text) == [second]

    with pytest.raises(ValueError):
        wablas.scan(payload=first)  # an old code no longer pairs
    stale = await root_client.post("/__sim/wablas/scan", data={"payload": first})
    assert stale.status_code == 409
    assert (await root_client.post("/__sim/wablas/scan", json={"device": "OTHER"})).status_code == 404
    paired = await root_client.post("/__sim/wablas/scan", json={"payload": second})
    assert paired.json() == {"device": "WBSIM1", "status": "connected"}
    info = await client.get("/device/info", params={"token": TOKEN})
    assert info.json()["data"]["status"] == "connected"
    connected_page = await client.get("/device/scan", params={"token": TOKEN})
    assert "is connected" in connected_page.text
    assert "data:image/png" not in connected_page.text

    auth = {"Authorization": f"{TOKEN}.{SECRET}"}
    restarted = await client.get("/device/restart", headers=auth)
    assert restarted.json() == {"status": True, "message": "restart device WBSIM1 successfully"}
    assert wablas.device.status == "connected"
    gone = await client.get("/device/disconnect", headers=auth)
    assert gone.json() == {"status": True, "message": "your device WBSIM1 succesfully disconnected"}
    assert (await client.get("/device/info", params={"token": TOKEN})).json()["data"]["status"] == "disconnected"
    assert (await client.get("/device/disconnect", headers={"Authorization": TOKEN})).status_code == 401
    wablas.scan()
    assert wablas.device.status == "connected"
    assert (await root_client.post("/__sim/wablas/scan")).status_code == 200
    assert (await client.get("/device/scan")).status_code == 401


async def test_check_phone_number(root_client: httpx.AsyncClient) -> None:
    headers = {"Authorization": TOKEN, "url": "https://wablas.com"}
    answer = await root_client.get(
        "/check-phone-number", params={"phones": "6281393961320,081200000000,abc"}, headers=headers
    )
    assert answer.json() == {
        "status": "success",
        "data": [
            {"phone": "6281393961320", "status": "online"},
            {"phone": "6281200000000", "status": "offline"},
            {"phone": "abc", "status": "offline"},
        ],
        "message": "Success",
    }
    no_url = await root_client.get(
        "/check-phone-number", params={"phones": "6281393961320"}, headers={"Authorization": TOKEN}
    )
    assert no_url.status_code == 400
    assert no_url.json()["status"] is False
    no_auth = await root_client.get("/check-phone-number", params={"phones": "1"}, headers={"url": "x"})
    assert no_auth.status_code == 401
    assert (await root_client.get("/check-phone-number", headers=headers)).status_code == 400


async def test_contacts(clock: ManualClock, client: httpx.AsyncClient) -> None:
    auth = {"Authorization": f"{TOKEN}.{SECRET}"}
    listed = (await client.get("/v2/contact", headers=auth)).json()
    assert listed["status"] is True and listed["totalData"] == 3  # the simulator starts with three
    assert isinstance(listed["perPage"], int) and listed["page"] == 1

    added = await client.post(
        "/v2/contact",
        json={
            "data": [
                {"name": "Danu", "phone": "6285867765222"},
                {
                    "name": "Karina Setya",
                    "phone": "085867765777",
                    "email": "k@example.com",
                    "birth_day": "1992-03-12",
                    "address": "Boyolali",
                },
                {"name": "Danu", "phone": "6285867765222"},
                {"name": "", "phone": "6285867765333"},
                {"name": "X", "phone": "nope"},
            ]
        },
        headers=auth,
    )
    assert added.json() == {
        "status": True,
        "message": "Successfully Add contact",
        "data": {
            "messages": [
                {"phone": "6285867765222", "message": "successfully add 6285867765222 to contact", "status": True},
                {"phone": "6285867765777", "message": "successfully add 6285867765777 to contact", "status": True},
                {"phone": "6285867765222", "message": "6285867765222 already add on contact", "status": False},
                {"phone": "6285867765333", "message": "name is required", "status": False},
                {"phone": "nope", "message": "format phone invalid", "status": False},
            ]
        },
    }
    clock.advance(60)
    updated = await client.post(
        "/v2/contact/update",
        json={"data": [{"name": "Danu P", "phone": "6285867765222"}, {"name": "Y", "phone": "6285867765999"}]},
        headers=auth,
    )
    assert updated.json()["message"] == "Successfully Add contact"
    assert updated.json()["data"]["messages"] == [
        {"phone": "6285867765222", "message": "successfully add 6285867765222 to contact", "status": True},
        {"phone": "6285867765999", "message": "contact 6285867765999 not found", "status": False},
    ]
    one = (await client.get("/v2/contact", params={"phone": "085867765777"}, headers=auth)).json()
    assert one["totalData"] == 1
    karina = one["message"][0]
    assert karina["birth_day"] == "12-03-1992"
    assert karina["name"] == "Karina Setya" and karina["email"] == "k@example.com"
    assert set(karina) == {
        "id",
        "phone",
        "email",
        "name",
        "nickname",
        "status",
        "address",
        "gender",
        "birth_day",
        "photo",
        "date",
    }
    danu = (await client.get("/v2/contact", params={"phone": "6285867765222"}, headers=auth)).json()["message"][0]
    assert danu["name"] == "Danu P"
    assert danu["date"] == {"created_at": "2024-05-01 10:00:00", "updated_at": "2024-05-01 10:01:00"}
    page = (await client.get("/v2/contact", params={"limit": "2", "page": "3"}, headers=auth)).json()
    assert page["totalData"] == 5 and page["totalPage"] == 3 and len(page["message"]) == 1

    deleted = await client.delete("/contact", params={"phone": "6285867765222,085867765777"}, headers=auth)
    assert deleted.json() == {"status": True, "message": "Successfully deleted contacts: 6285867765222, 6285867765777"}
    assert (await client.delete("/contact", params={"phone": "6285867765222"}, headers=auth)).status_code == 404
    assert (await client.get("/v2/contact", headers=auth)).json()["totalData"] == 3
    assert (await client.post("/v2/contact", json={"data": "x"}, headers=auth)).status_code == 400
