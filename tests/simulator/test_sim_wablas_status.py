"""Wablas statuses over (manual) time, message control, reports and server-side schedules."""

from __future__ import annotations

import json
import re
from typing import Any

import httpx

from wadesk.simulator import ManualClock, SimulatorServer


async def send(
    client: httpx.AsyncClient, auth: dict[str, str], phone: str, text: str = "Halo", **extra: str
) -> dict[str, Any]:
    answer = await client.post("/send-message", data={"phone": phone, "message": text, **extra}, headers=auth)
    assert answer.status_code == 200, answer.text
    item: dict[str, Any] = answer.json()["data"]["messages"][0]
    return item


async def report_status(client: httpx.AsyncClient, auth: dict[str, str], message_id: str) -> str:
    answer = await client.get("/report/message", params={"message_id": message_id}, headers=auth)
    return str(answer.json()["message"][0]["status"])


async def test_status_moves_one_step_at_a_time(
    sim: SimulatorServer, clock: ManualClock, client: httpx.AsyncClient, auth: dict[str, str]
) -> None:
    item = await send(client, auth, "081234567890")
    seen = [await report_status(client, auth, item["id"])]
    for _ in range(4):
        clock.advance(sim.state.step_seconds)
        seen.append(await report_status(client, auth, item["id"]))
    assert seen == ["pending", "sent", "received", "read", "read"]


async def test_longer_steps(clock: ManualClock) -> None:
    async with SimulatorServer("wablas", clock=clock, step_seconds=10) as sim:
        creds = sim.credentials("wablas")
        auth = {"Authorization": f"{creds['token']}.{creds['secret_key']}"}
        async with httpx.AsyncClient(base_url=sim.base_url("wablas")) as client:
            item = await send(client, auth, "081234567890")
            clock.advance(9.9)
            assert await report_status(client, auth, item["id"]) == "pending"
            clock.advance(0.1)
            assert await report_status(client, auth, item["id"]) == "sent"


async def test_numbers_not_on_whatsapp_are_rejected(
    sim: SimulatorServer, clock: ManualClock, client: httpx.AsyncClient, auth: dict[str, str]
) -> None:
    item = await send(client, auth, "081200000000")
    assert item["status"] == "pending"
    clock.advance(1)
    assert await report_status(client, auth, item["id"]) == "reject"
    clock.advance(10)
    assert sim.state.wablas.status_of(item["id"]) == "reject"


async def test_cancel_only_while_pending(clock: ManualClock, client: httpx.AsyncClient, auth: dict[str, str]) -> None:
    first = await send(client, auth, "081234567890", "one")
    second = await send(client, auth, "081234567891", "two")
    answer = await client.get("/cancel-message", params={"id": f"{first['id']},nope"}, headers=auth)
    assert answer.json() == {
        "status": True,
        "message": "Message is canceled and waiting to be processed",
        "data": {
            "messages": [
                {"id": first["id"], "phone": "6281234567890", "message": "one", "status": "cancel"},
                {"message": "Id Invalid or message is not pending anymore", "status": False},
            ]
        },
    }
    clock.advance(5)
    assert await report_status(client, auth, first["id"]) == "cancel"
    late = await client.get("/cancel-message", params={"id": second["id"]}, headers=auth)
    assert late.json()["data"]["messages"][0]["status"] is False
    assert (await client.get("/cancel-message", headers=auth)).status_code == 400


async def test_cancel_all_pending(clock: ManualClock, client: httpx.AsyncClient, auth: dict[str, str]) -> None:
    old = await send(client, auth, "081234567890")
    clock.advance(1)
    new = [await send(client, auth, f"08123456789{i}") for i in (1, 2)]
    answer = (await client.get("/cancel-all-message", headers=auth)).json()
    assert answer["message"] == "Cancel 2 pending messages"
    assert sorted(m["id"] for m in answer["data"]["messages"]) == sorted(m["id"] for m in new)
    assert await report_status(client, auth, old["id"]) == "sent"


async def test_revoke_only_sent_messages(clock: ManualClock, client: httpx.AsyncClient, auth: dict[str, str]) -> None:
    item = await send(client, auth, "081234567890")
    early = (await client.get("/revoke-message", params={"id": item["id"]}, headers=auth)).json()
    assert early["data"]["messages"] == [{"message": "Id Invalid or message is not sent yet", "status": False}]
    clock.advance(2)
    answer = (await client.get("/revoke-message", params={"id": item["id"]}, headers=auth)).json()
    assert answer["message"] == "Message is being deleted and waiting to be processed"
    assert answer["data"]["messages"] == [
        {"id": item["id"], "phone": "6281234567890", "message": "Halo", "status": "revoke"}
    ]


async def test_resend_starts_over_and_is_logged_again(
    sim: SimulatorServer, clock: ManualClock, client: httpx.AsyncClient, auth: dict[str, str]
) -> None:
    item = await send(client, auth, "081234567890")
    clock.advance(3)
    answer = (await client.get("/resend-message", params={"id": f"{item['id']},unknown"}, headers=auth)).json()
    assert answer["status"] is True
    assert answer["message"] == "Resend Message is pending and waiting to be processed"
    assert answer["data"]["device_id"] == "WBSIM1"
    assert answer["data"]["messages"][0] == {
        "id": item["id"],
        "phone": "6281234567890",
        "message": "Halo",
        "status": "pending",
    }
    assert answer["data"]["messages"][1]["status"] is False
    assert await report_status(client, auth, item["id"]) == "pending"
    assert sim.state.delivered("wablas") == [("6281234567890", "Halo")] * 2


async def test_report_filters_and_pages(clock: ManualClock, client: httpx.AsyncClient, auth: dict[str, str]) -> None:
    a = await send(client, auth, "081234567890", "a", ref_id="batch-1")
    clock.advance(1)
    b = await send(client, auth, "081234567891", "b", ref_id="batch-1")
    clock.advance(1)
    c = await send(client, auth, "081234567890", "c")
    answer = (await client.get("/report/message", params={"perPage": "2"}, headers=auth)).json()
    assert answer["status"] is True
    assert answer["totalData"] == 3 and answer["totalPage"] == 2
    assert answer["perPage"] == "2" and answer["page"] == "1"  # strings, as documented
    assert [m["id"] for m in answer["message"]] == [c["id"], b["id"]]  # newest first
    item = answer["message"][0]
    assert item == {
        "id": c["id"],
        "phone": {"from": "6281200000001", "to": "6281234567890"},
        "category": "text",
        "text": "c",
        "URL_file": None,
        "status": "pending",
        "type": "agent",
        "ref_id": None,
        "date": {"created_at": "2024-05-01 10:00:02", "updated_at": "2024-05-01 10:00:02"},
    }
    page2 = (await client.get("/report/message", params={"perPage": "2", "page": "2"}, headers=auth)).json()
    assert [m["id"] for m in page2["message"]] == [a["id"]]

    async def ids(**params: str) -> list[str]:
        got = (await client.get("/report/message", params=params, headers=auth)).json()
        return [m["id"] for m in got["message"]]

    assert await ids(ref_id="batch-1") == [b["id"], a["id"]]
    assert await ids(phone="+62 812-3456-7890") == [c["id"], a["id"]]
    assert await ids(status="sent") == [b["id"]]
    assert await ids(status="received") == [a["id"]]
    assert await ids(message_id=f"{a['id']},{c['id']}") == [c["id"], a["id"]]
    assert await ids(date="2024-05-01") == [c["id"], b["id"], a["id"]]
    assert await ids(date="2024-5-2") == []
    assert await ids(type="image") == []
    assert await ids(device="all") == [c["id"], b["id"], a["id"]]
    assert (await client.get("/report/message", params={"page": "0"}, headers=auth)).status_code == 400


async def test_report_realtime_has_the_duplicate_message_key(
    clock: ManualClock, client: httpx.AsyncClient, auth: dict[str, str]
) -> None:
    first = await send(client, auth, "081234567890", "hello")
    clock.advance(1)
    second = await send(client, auth, "081234567891", "again")
    answer = await client.get("/report-realtime", params={"message_id": f"{first['id']},{second['id']}"}, headers=auth)
    assert answer.headers["content-type"].startswith("application/json")
    raw = answer.text
    assert len(re.findall(r'"message":', raw)) >= 2
    assert raw.index('"message": "success, report only today"') < raw.index('"message": [')
    pairs = json.loads(raw, object_pairs_hook=lambda kv: kv)
    keys = [k for k, _ in pairs]
    assert keys == ["status", "message", "device_id", "page", "totalPage", "totalData", "message"]
    body = dict(pairs)  # the last "message" wins, as in most parsers
    assert body["status"] is True and body["device_id"] == "WBSIM1"
    assert body["page"] == "1" and body["totalData"] == 2 and body["totalPage"] == 1
    items = [dict(i) for i in body["message"]]
    assert [i["id"] for i in items] == [second["id"], first["id"]]
    newest = items[0]
    assert dict(newest["phone"]) == {"from": "6281200000001", "to": "6281234567891"}
    assert newest["message"] == "again" and newest["file"] is None and newest["category"] == "text"
    assert newest["status"] == "pending" and items[1]["status"] == "sent"
    # Only today's messages (the device's local day).
    clock.advance(24 * 3600)
    tomorrow = json.loads((await client.get("/report-realtime", headers=auth)).text)
    assert tomorrow["message"] == [] and tomorrow["totalData"] == 0
    too_many = await client.get("/report-realtime", params={"limit": "1001"}, headers=auth)
    assert too_many.status_code == 400
    assert (await client.get("/report-realtime", params={"limit": "1000"}, headers=auth)).status_code == 200


# -- schedules -----------------------------------------------------------------


async def test_schedule_fires_at_its_time(
    sim: SimulatorServer, clock: ManualClock, client: httpx.AsyncClient, auth: dict[str, str]
) -> None:
    # The manual clock starts at 2024-05-01 10:00:00 in Asia/Jakarta.
    answer = await client.post(
        "/schedule",
        data={
            "phone": "6287656454656,081234567891",
            "message": "text",
            "date": "2024-05-01",
            "time": "10:05:00",
            "timezone": "Asia/Jakarta",
        },
        headers=auth,
    )
    body = answer.json()
    assert body["status"] is True and body["category"] == "text"
    assert body["message"] == "Scheduled Messages is succesfully saved and waiting to be processed"
    assert body["phones list"] == ["087656454656", "081234567891"]
    first = body["messages"][0]
    assert first == {
        "id": first["id"],
        "phone": "6287656454656",
        "message": "text",
        "status": True,
        "timezone": "Asia/Jakarta",
        "schedule_at": "2024-05-01 10:05:00",
    }
    assert sim.state.delivered("wablas") == []
    clock.advance(299)
    assert sim.state.delivered("wablas") == []
    clock.advance(1)
    report = (await client.get("/report/message", params={"message_id": first["id"]}, headers=auth)).json()
    assert report["message"][0]["status"] == "pending"
    assert sim.state.delivered("wablas") == [("6287656454656", "text"), ("6281234567891", "text")]
    clock.advance(1)
    assert sim.state.wablas.status_of(first["id"]) == "sent"
    # A schedule that has fired cannot be changed or cancelled any more.
    assert (await client.put(f"/schedule-cancel/{first['id']}", headers=auth)).status_code == 400


async def test_schedule_in_another_time_zone_and_random(
    sim: SimulatorServer, clock: ManualClock, client: httpx.AsyncClient, auth: dict[str, str]
) -> None:
    answer = await client.post(
        "/schedule",
        data={
            "phone": "081234567890",
            "message": "m",
            "date": "2024-05-01",
            "time": "04:00:00",
            "timezone": "UTC",
            "random": "true",
        },
        headers=auth,
    )
    item = answer.json()["messages"][0]
    assert item["device_id"] == "WBSIM1" and "quota" in item
    assert item["schedule_at"] == "2024-05-01 04:00:00"
    clock.advance(3599)
    assert sim.state.delivered("wablas") == []
    clock.advance(1)
    assert sim.state.delivered("wablas") == [("6281234567890", "m")]


async def test_schedule_validation(client: httpx.AsyncClient, auth: dict[str, str]) -> None:
    good = {
        "phone": "081234567890",
        "message": "m",
        "date": "2024-05-01",
        "time": "12:00:00",
        "timezone": "Asia/Jakarta",
    }
    for change in (
        {"timezone": "Mars/Base"},
        {"date": "01-05-2024"},
        {"time": "noon"},
        {"message": ""},
        {"phone": "abc"},
    ):
        answer = await client.post("/schedule", data={**good, **change}, headers=auth)
        assert answer.status_code == 400, change
        assert answer.json()["status"] is False


async def test_schedule_update_cancel_delete(
    sim: SimulatorServer, clock: ManualClock, client: httpx.AsyncClient, auth: dict[str, str]
) -> None:
    base = {"message": "m", "date": "2024-05-01", "time": "12:00:00", "timezone": "Asia/Jakarta"}
    created = (await client.post("/schedule", data={"phone": "081234567890", **base}, headers=auth)).json()
    schedule_id = created["messages"][0]["id"]
    updated = await client.put(
        f"/schedule/{schedule_id}",
        data={
            "phone": "0879599765999,08232131223",
            "message": "test",
            "date": "2024-05-01",
            "time": "14:20:00",
            "timezone": "Asia/Jakarta",
        },
        headers=auth,
    )
    assert updated.json() == {
        "status": True,
        "id": schedule_id,
        "category": "text",
        "message": "Scheduled Messages is succesfully saved and waiting to be processed",
        "timezone": "Asia/Jakarta",
        "schedule_at": "2024-05-01 14:20:00",
        "device": {"serial": "WBSIM1", "name": "wadesk simulator"},
        "phones list": ["0879599765999", "08232131223"],
        "messages": "test",
    }
    missing = await client.put("/schedule/nope", data={"phone": "081234567890", **base}, headers=auth)
    assert missing.status_code == 404
    cancelled = await client.put(f"/schedule-cancel/{schedule_id}", headers=auth)
    assert cancelled.json() == {"status": True, "message": "schedule canceled successfully"}
    clock.advance(6 * 3600)
    assert sim.state.delivered("wablas") == []
    deleted = await client.delete(f"/schedule/{schedule_id}", headers=auth)
    assert deleted.json() == {"status": True, "message": "schedule deleted successfully"}
    assert (await client.delete(f"/schedule/{schedule_id}", headers=auth)).status_code == 404


async def test_v2_schedule(
    sim: SimulatorServer, clock: ManualClock, client: httpx.AsyncClient, auth: dict[str, str]
) -> None:
    payload = {
        "data": [
            {
                "category": "text",
                "phone": "6281218000001",
                "scheduled_at": "2024-05-01 10:01:00",
                "text": "Hallo kakak",
            },
            {
                "category": "image",
                "phone": "6281218000002",
                "scheduled_at": "2024-05-01 10:01:00",
                "text": "Cover Novel",
                "url": " https://wablas.com/image/20220315081917.jpeg",
            },
            {
                "category": "button",
                "phone": "6281218000003",
                "scheduled_at": "2024-05-01 10:02:00",
                "text": {"buttons": ["button 1"], "content": "c", "footer": "f"},
            },
            {"category": "tamplate", "phone": "bad", "scheduled_at": "2024-05-01 10:02:00", "text": {}},
            {"category": "sticker", "phone": "6281218000004", "scheduled_at": "2024-05-01 10:02:00"},
        ]
    }
    body = (await client.post("/v2/schedule", json=payload, headers=auth)).json()
    assert body["status"] is True
    assert body["message"] == "Message is pending and waiting to be processed"
    text_item, image_item, button_item, bad_phone, bad_category = body["data"]["messages"]
    assert text_item == {
        "id": text_item["id"],
        "phone": "6281218000001",
        "messages": "Hallo kakak",
        "file": None,
        "timezone": "Asia/Jakarta",
        "schedule_at": "2024-05-01 10:01:00",
    }
    assert image_item["file"] == " https://wablas.com/image/20220315081917.jpeg"
    assert json.loads(button_item["messages"]) == {"buttons": ["button 1"], "content": "c", "footer": "f"}
    assert bad_phone == {"phone": "bad", "message": "format phone invalid", "status": False}
    assert bad_category["status"] is False
    clock.advance(60)
    assert sim.state.delivered("wablas") == [("6281218000001", "Hallo kakak"), ("6281218000002", "Cover Novel")]
    image_report = (await client.get("/report/message", params={"message_id": image_item["id"]}, headers=auth)).json()
    assert image_report["message"][0]["category"] == "image"
    assert image_report["message"][0]["URL_file"] == "https://wablas.com/image/20220315081917.jpeg"

    updated = await client.put(
        f"/v2/schedule/{button_item['id']}",
        json={
            "data": [
                {
                    "category": "image",
                    "phone": "6281303912120",
                    "scheduled_at": "2024-05-01 11:00:00",
                    "text": "Cover Novel",
                    "url": "https://e.com/c.jpeg",
                }
            ]
        },
        headers=auth,
    )
    assert updated.json() == {
        "status": True,
        "id": button_item["id"],
        "category": "image",
        "message": "Scheduled Messages is succesfully Updated",
        "timezone": "Asia/Jakarta",
        "schedule_at": "2024-05-01 11:00:00",
        "phone": "081303912120",
        "messages": "Cover Novel",
        "file": "https://e.com/c.jpeg",
    }
    deleted = await client.delete("/v2/delete-schedule", params={"id": f"{button_item['id']},nope"}, headers=auth)
    assert deleted.json() == {"status": True, "message": "schedules deleted successfully"}
    assert (await client.delete("/delete-schedule", params={"id": "nope"}, headers=auth)).status_code == 404
    clock.advance(3600)
    assert len(sim.state.delivered("wablas")) == 2
    all_bad = await client.post("/v2/schedule", json={"data": [payload["data"][3]]}, headers=auth)
    assert all_bad.status_code == 400
