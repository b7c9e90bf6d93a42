"""Wablas sends (v1 and v2), uploads and authentication, over loopback HTTP."""

from __future__ import annotations

import base64
import hashlib
import uuid
from typing import Any

import httpx
import pytest

from wadesk.simulator import SimulatorServer

TOKEN, SECRET = "sim-wablas-token", "sim-wablas-secret"
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)


def is_uuid(value: Any) -> bool:
    try:
        uuid.UUID(str(value))
    except ValueError:
        return False
    return True


# -- authentication ------------------------------------------------------------


@pytest.mark.parametrize(
    ("headers", "params", "expected"),
    [
        ({"Authorization": f"{TOKEN}.{SECRET}"}, {}, 200),
        ({"Authorization": TOKEN}, {}, 200),  # the group sample sends the token alone
        ({}, {"token": f"{TOKEN}.{SECRET}"}, 200),
        ({}, {"token": TOKEN}, 200),
        ({"Authorization": "wrong"}, {}, 401),
        ({}, {}, 401),
    ],
)
async def test_send_message_auth_styles(
    client: httpx.AsyncClient, headers: dict[str, str], params: dict[str, str], expected: int
) -> None:
    answer = await client.post(
        "/send-message", data={"phone": "081234567890", "message": "Halo"}, headers=headers, params=params
    )
    assert answer.status_code == expected
    if expected == 401:
        assert answer.json() == {"status": False, "message": "token invalid"}


async def test_header_secret_endpoints_need_the_secret(client: httpx.AsyncClient) -> None:
    data = {"phone": "081234567890", "image": "https://example.com/a.png"}
    alone = await client.post("/send-image", data=data, headers={"Authorization": TOKEN})
    assert alone.status_code == 401
    assert alone.json() == {"status": False, "message": "secret key invalid"}
    wrong = await client.post("/send-image", data=data, headers={"Authorization": f"{TOKEN}.nope"})
    assert wrong.json()["message"] == "secret key invalid"
    query = await client.post("/send-image", data=data, params={"token": f"{TOKEN}.{SECRET}"})
    assert query.status_code == 401  # this endpoint takes the header only
    # send-audio's sample sends the token alone, so that works there.
    audio = await client.post(
        "/send-audio",
        data={"phone": "081234567890", "audio": "https://example.com/a.mp3"},
        headers={"Authorization": TOKEN},
    )
    assert audio.status_code == 200


async def test_changed_credentials_apply_at_once(sim: SimulatorServer, client: httpx.AsyncClient) -> None:
    sim.state.wablas.credentials["token"] = "rotated"
    old = await client.get("/device/info", params={"token": TOKEN})
    assert old.status_code == 401
    assert (await client.get("/device/info", params={"token": "rotated"})).status_code == 200
    assert sim.credentials("wablas")["token"] == "rotated"


# -- v1 text -------------------------------------------------------------------


async def test_post_send_message_shape(sim: SimulatorServer, client: httpx.AsyncClient, auth: dict[str, str]) -> None:
    answer = await client.post(
        "/send-message",
        data={"phone": "0812-3456-7890,+62 812 3456 7891,abc", "message": "Halo", "ref_id": "order-1"},
        headers=auth,
    )
    assert answer.status_code == 200
    body = answer.json()
    assert body["status"] is True
    assert body["message"] == "Message is pending and waiting to be processed"
    assert set(body["data"]) == {"messages"}  # as the document's text example
    first, second, bad = body["data"]["messages"]
    assert is_uuid(first["id"]) and is_uuid(second["id"]) and first["id"] != second["id"]
    assert first == {
        "id": first["id"],
        "phone": "6281234567890",
        "message": "Halo",
        "status": "pending",
        "ref_id": "order-1",
    }
    assert second["phone"] == "6281234567891"
    assert bad == {"phone": "abc", "message": "format phone invalid", "status": False}
    assert sim.state.delivered("wablas") == [("6281234567890", "Halo"), ("6281234567891", "Halo")]
    assert sim.state.delivered("wablas", "6281234567891") == [("6281234567891", "Halo")]
    assert sim.state.wablas.status_of(first["id"]) == "pending"


async def test_get_send_message_with_query_token(sim: SimulatorServer, client: httpx.AsyncClient) -> None:
    answer = await client.get(
        "/send-message", params={"token": f"{TOKEN}.{SECRET}", "phone": "628122364000", "message": "test get"}
    )
    assert answer.json()["data"]["messages"][0]["message"] == "test get"
    group = await client.get(
        "/send-message",
        params={"token": TOKEN, "phone": "872468237asd-6281218000000", "message": "hi group", "isGroup": "true"},
    )
    item = group.json()["data"]["messages"][0]
    assert item["phone"] == "872468237asd-6281218000000"
    assert sim.state.delivered("wablas")[-1] == ("872468237asd-6281218000000", "hi group")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        ({"message": "x"}, "phone is required"),
        ({"phone": "081234567890"}, "message is required"),
        ({"phone": "081234567890", "message": "x" * 1025}, "message is too long, maximum 1024 characters"),
        ({"phone": "12,abc"}, "message is required"),
        ({"phone": "12,abc", "message": "x"}, "format phone invalid"),
        ({"phone": "not a group!", "message": "x", "isGroup": "true"}, "group id invalid"),
    ],
)
async def test_send_message_validation(
    sim: SimulatorServer, client: httpx.AsyncClient, auth: dict[str, str], data: dict[str, str], reason: str
) -> None:
    answer = await client.post("/send-message", data=data, headers=auth)
    assert answer.status_code == 400
    body = answer.json()
    assert body["status"] is False
    assert body["message"] == reason
    assert sim.state.delivered("wablas") == []


async def test_text_of_exactly_1024_characters_is_fine(client: httpx.AsyncClient, auth: dict[str, str]) -> None:
    answer = await client.post("/send-message", data={"phone": "081234567890", "message": "é" * 1024}, headers=auth)
    assert answer.status_code == 200


async def test_random_gives_the_multi_device_shape(client: httpx.AsyncClient, auth: dict[str, str]) -> None:
    answer = await client.post(
        "/send-message",
        data={"phone": "081234567890,081234567891", "message": "Halo", "random": "true"},
        headers=auth,
    )
    data = answer.json()["data"]
    assert isinstance(data, list) and len(data) == 2
    assert data[0]["device_id"] == "WBSIM1" and isinstance(data[0]["quota"], int)
    assert data[0]["messages"]["phone"] == "6281234567890"  # an object, not a list
    assert data[1]["message"]["phone"] == "6281234567891"  # the other spelling, as documented


async def test_spintax_fills_contact_fields(
    sim: SimulatorServer, client: httpx.AsyncClient, auth: dict[str, str]
) -> None:
    await client.post(
        "/send-message", data={"phone": "081234567001", "message": "Hi {name}!", "spintax": "true"}, headers=auth
    )
    assert sim.state.delivered("wablas") == [("6281234567001", "Hi Budi Santoso!")]


async def test_quota_is_used_refused_and_can_be_unlimited(
    sim: SimulatorServer, client: httpx.AsyncClient, auth: dict[str, str]
) -> None:
    device = sim.state.wablas.device
    device.quota = 1
    refused = await client.post(
        "/send-message", data={"phone": "081234567890,081234567891", "message": "x"}, headers=auth
    )
    assert refused.status_code == 400
    assert refused.json()["status"] is False
    image = {"phone": "081234567890", "image": "https://example.com/a.jpg"}
    first = await client.post("/send-image", data=image, headers=auth)
    assert first.json()["data"]["quota"] == 0
    device.quota = None
    audio = await client.post(
        "/send-audio", data={"phone": "081234567890", "audio": "https://example.com/a.mp3"}, headers=auth
    )
    assert audio.json()["data"]["quota"] == "unlimited"
    info = await client.get("/device/info", params={"token": TOKEN})
    assert info.json()["data"]["quota"] == "unlimited"


# -- v1 media by URL -----------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "url", "stored"),
    [
        (
            "image",
            "https://example.com/pic/cat.jpeg",
            hashlib.md5(b"https://example.com/pic/cat.jpeg").hexdigest() + ".jpeg",
        ),
        ("video", "https://example.com/v/sample_960x540.mp4", "sample_960x540.mp4"),
        ("audio", "https://example.com/a/file_example.mp3", "file_example.mp3"),
        ("document", "https://example.com/d/sample.pdf", "sample.pdf"),
    ],
)
async def test_media_by_url(
    sim: SimulatorServer, client: httpx.AsyncClient, auth: dict[str, str], kind: str, url: str, stored: str
) -> None:
    answer = await client.post(
        f"/send-{kind}", data={"phone": "6281218000001", kind: url, "caption": "tes", "ref_id": "r"}, headers=auth
    )
    assert answer.status_code == 200
    data = answer.json()["data"]
    assert data["device_id"] == "WBSIM1"
    assert isinstance(data["quota"], int)
    item = data["messages"][0]
    assert item == {
        "id": item["id"],
        "phone": "6281218000001",
        "message": None,
        "caption": "tes",
        kind: stored,
        "status": "pending",
        "ref_id": "r",
    }
    report = await client.get("/report/message", params={"message_id": item["id"]}, headers=auth)
    assert report.json()["message"][0]["URL_file"] == url
    assert report.json()["message"][0]["category"] == kind
    assert sim.state.delivered("wablas") == [("6281218000001", "tes")]


@pytest.mark.parametrize(
    ("kind", "url"),
    [
        ("image", "https://example.com/a.exe"),
        ("video", "https://example.com/a.avi"),
        ("image", "ftp://x/a.png"),
        ("document", ""),
    ],
)
async def test_media_by_url_is_checked(client: httpx.AsyncClient, auth: dict[str, str], kind: str, url: str) -> None:
    answer = await client.post(f"/send-{kind}", data={"phone": "081234567890", kind: url}, headers=auth)
    assert answer.status_code == 400
    assert answer.json()["status"] is False


# -- local files and uploads ---------------------------------------------------


async def test_image_from_local_base64_form(
    sim: SimulatorServer, client: httpx.AsyncClient, auth: dict[str, str]
) -> None:
    answer = await client.post(
        "/send-image-from-local",
        data={
            "phone": "081234567890,081234567891",
            "caption": "hi",
            "file": base64.b64encode(PNG).decode(),
            "data": '{"name": "dot.png", "type": "image/png"}',
        },
        headers=auth,
    )
    assert answer.status_code == 200
    items = answer.json()["data"]["messages"]
    assert [i["image"] for i in items] == [hashlib.md5(PNG).hexdigest() + ".png"] * 2
    named = await client.post(
        "/send-image-from-local",
        data={"phone": "081234567890", "file": base64.b64encode(PNG).decode(), "filename": "promo"},
        headers=auth,
    )
    assert named.json()["data"]["messages"][0]["image"] == "promo.jpeg"
    msg = sim.state.wablas.messages[items[0]["id"]]
    assert msg.url is not None
    async with httpx.AsyncClient() as http:
        served = await http.get(msg.url)
    assert served.content == PNG


async def test_document_from_local_base64_and_multipart(client: httpx.AsyncClient, auth: dict[str, str]) -> None:
    pdf = b"%PDF-1.4 simulated"
    form = await client.post(
        "/send-document-from-local",
        data={"phone": "081234567890", "file": base64.b64encode(pdf).decode(), "data": '{"name": "report.pdf"}'},
        headers=auth,
    )
    assert form.json()["data"]["messages"][0]["document"] == "report.pdf"
    multipart = await client.post(
        "/send-document-from-local",
        data={"phone": "081234567890", "name_file": "Presentation"},
        files={"file": ("slides.pptx", b"PK..", "application/octet-stream")},
        headers=auth,
    )
    assert multipart.json()["data"]["messages"][0]["document"] == "Presentation.pptx"
    bad = await client.post("/send-document-from-local", data={"phone": "081234567890", "file": "***"}, headers=auth)
    assert bad.status_code == 400
    assert bad.json()["message"] == "file must be base64 encoded"


@pytest.mark.parametrize(("kind", "name"), [("video", "clip.mp4"), ("audio", "voice.ogg")])
async def test_video_and_audio_from_local_are_multipart(
    client: httpx.AsyncClient, auth: dict[str, str], kind: str, name: str
) -> None:
    answer = await client.post(
        f"/send-{kind}-from-local",
        data={"phone": "081234567890", "caption": "c"},
        files={"file": (name, b"\x00" * 100, "application/octet-stream")},
        headers=auth,
    )
    assert answer.status_code == 200
    assert answer.json()["data"]["messages"][0][kind] == name
    as_base64 = await client.post(
        f"/send-{kind}-from-local",
        data={"phone": "081234567890", "file": base64.b64encode(b"x").decode()},
        headers=auth,
    )
    assert as_base64.status_code == 400


async def test_local_files_over_2_mb_are_refused(client: httpx.AsyncClient, auth: dict[str, str]) -> None:
    big = b"\x00" * (2 * 1024 * 1024 + 1)
    answer = await client.post(
        "/send-video-from-local", data={"phone": "081234567890"}, files={"file": ("big.mp4", big)}, headers=auth
    )
    assert answer.status_code == 400
    assert answer.json()["message"] == "max file size is 2 MB"
    encoded = await client.post(
        "/send-image-from-local",
        data={"phone": "081234567890", "file": base64.b64encode(big).decode()},
        headers=auth,
    )
    assert encoded.status_code == 400


async def test_upload_returns_a_served_url(
    sim: SimulatorServer, client: httpx.AsyncClient, auth: dict[str, str]
) -> None:
    answer = await client.post("/upload/image", files={"file": ("dot.png", PNG, "image/png")}, headers=auth)
    body = answer.json()
    assert body["status"] is True and body["message"] == "Upload file successfully"
    url = body["data"]["messages"][0]["url"]
    assert url.startswith(f"{sim.url}/image/") and url.endswith(".png")
    async with httpx.AsyncClient() as http:
        served = await http.get(url)
    assert served.content == PNG
    assert served.headers["content-type"] == "image/png"
    # The URL works for a URL send.
    sent = await client.post("/send-image", data={"phone": "081234567890", "image": url}, headers=auth)
    assert sent.status_code == 200
    assert (await client.post("/upload/sticker", files={"file": ("a.png", PNG)}, headers=auth)).status_code == 400
    wrong_ext = await client.post("/upload/audio", files={"file": ("a.png", PNG)}, headers=auth)
    assert wrong_ext.status_code == 400
    async with httpx.AsyncClient() as http:
        assert (await http.get(f"{sim.url}/image/missing.png")).status_code == 404


# -- v2 ------------------------------------------------------------------------


async def test_v2_send_message_one_message_per_item(
    sim: SimulatorServer, client: httpx.AsyncClient, auth: dict[str, str]
) -> None:
    payload = {
        "data": [
            {"phone": "6281218000001", "message": "hello there", "ref_id": "a"},
            {"phone": "6281218444-87687324000000", "message": "hi group", "isGroup": "true"},
            {"phone": "oops", "message": "x"},
            {"phone": "6281218000002", "message": "y" * 1025},
            {"phone": "6281218000003"},
        ]
    }
    answer = await client.post("/v2/send-message", json=payload, headers={"Authorization": TOKEN})
    body = answer.json()
    assert body["status"] is True
    assert body["data"]["device_id"] == "WBSIM1"
    items = body["data"]["messages"]
    assert [i["status"] for i in items] == ["pending", "pending", False, False, False]
    assert items[0]["ref_id"] == "a" and items[0]["phone"] == "6281218000001"
    assert items[2] == {"phone": "oops", "message": "format phone invalid", "status": False}
    assert items[3]["message"] == "message is too long, maximum 1024 characters"
    assert items[4]["message"] == "message is required"
    assert sim.state.delivered("wablas") == [
        ("6281218000001", "hello there"),
        ("6281218444-87687324000000", "hi group"),
    ]


async def test_v2_limits_and_bad_bodies(client: httpx.AsyncClient, auth: dict[str, str]) -> None:
    too_many = {"data": [{"phone": f"62812180{i:05d}", "message": "x"} for i in range(101)]}
    answer = await client.post("/v2/send-message", json=too_many, headers=auth)
    assert answer.status_code == 400
    assert answer.json()["message"] == "maximum 100 numbers every sending message"
    hundred = {"data": too_many["data"][:100]}
    assert len((await client.post("/v2/send-message", json=hundred, headers=auth)).json()["data"]["messages"]) == 100
    for body in (b"not json", b'{"data": []}', b'{"nodata": 1}'):
        refused = await client.post(
            "/v2/send-message", content=body, headers={**auth, "Content-Type": "application/json"}
        )
        assert refused.status_code == 400
        assert refused.json()["status"] is False
    all_bad = await client.post("/v2/send-message", json={"data": [{"phone": "x", "message": "y"}]}, headers=auth)
    assert all_bad.status_code == 400
    assert all_bad.json()["data"]["messages"] == [{"phone": "x", "message": "format phone invalid", "status": False}]
    image_alone = await client.post(
        "/v2/send-image",
        json={"data": [{"phone": "081234567890", "image": "https://e.com/a.png"}]},
        headers={"Authorization": TOKEN},
    )
    assert image_alone.status_code == 401


@pytest.mark.parametrize(
    ("kind", "item", "echo"),
    [
        ("image", {"image": "https://e.com/i.png", "caption": "cap"}, None),
        ("video", {"video": "https://e.com/v.mp4", "caption": "new video"}, None),
        ("audio", {"audio": "https://e.com/a.ogg"}, None),
        ("document", {"document": "https://e.com/d.xlsx", "caption": "sheet"}, None),
        ("link", {"message": {"text": "see", "link": "https://wablas.com/docs"}}, "wablas.com"),
        (
            "list",
            {
                "message": {
                    "title": "t",
                    "description": "Test",
                    "buttonText": "menu",
                    "footer": "f",
                    "lists": [{"title": "1", "description": "promo 1"}],
                }
            },
            "Test",
        ),
        (
            "location",
            {"message": {"name": "place name", "address": "street", "latitude": 24.121231, "longitude": 55.1121221}},
            '{"name":"place name","address":"street","latitude":24.121231,"longitude":55.1121221}',
        ),
    ],
)
async def test_v2_kinds(
    client: httpx.AsyncClient, auth: dict[str, str], kind: str, item: dict[str, Any], echo: str | None
) -> None:
    answer = await client.post(f"/v2/send-{kind}", json={"data": [{"phone": "081234567890", **item}]}, headers=auth)
    assert answer.status_code == 200, answer.text
    body = answer.json()
    got = body["data"]["messages"][0]
    assert got["status"] == "pending" and got["phone"] == "6281234567890" and is_uuid(got["id"])
    assert got["message"] == echo
    if kind in ("image", "video", "audio", "document"):
        assert got[kind]
        assert "caption" in got
    if kind == "link":
        assert body["message"] == "Link Preview Message is pending and waiting to be processed, with error: 0"


@pytest.mark.parametrize(
    ("kind", "item", "reason"),
    [
        ("video", {"video": "https://e.com/v.mp4"}, "caption is required"),
        ("link", {"message": {"text": "no link"}}, "link is required"),
        ("link", {"message": "https://e.com"}, "message is required and must be an object"),
        (
            "list",
            {"message": {"title": "t", "description": "d", "buttonText": "b", "footer": "f", "lists": []}},
            "lists is required: a list of {title, description}",
        ),
        (
            "location",
            {"message": {"name": "n", "address": "a", "latitude": 100, "longitude": 0}},
            "latitude must be between -90 and 90",
        ),
        (
            "location",
            {"message": {"name": "n", "address": "a", "latitude": "x", "longitude": 0}},
            "latitude is required and must be a number",
        ),
    ],
)
async def test_v2_item_validation(
    client: httpx.AsyncClient, auth: dict[str, str], kind: str, item: dict[str, Any], reason: str
) -> None:
    good = {"phone": "081234567891", "message": "ok"} if kind == "message" else None
    items = [{"phone": "081234567890", **item}]
    answer = await client.post(f"/v2/send-{kind}", json={"data": items + ([good] if good else [])}, headers=auth)
    assert answer.status_code == 400
    assert answer.json()["data"]["messages"][0] == {"phone": "081234567890", "message": reason, "status": False}


async def test_v2_link_counts_errors(client: httpx.AsyncClient, auth: dict[str, str]) -> None:
    items = [{"phone": "081234567890", "message": {"link": "https://wablas.com"}}, {"phone": "x", "message": {}}]
    answer = await client.post("/v2/send-link", json={"data": items}, headers=auth)
    assert answer.json()["message"].endswith("with error: 1")


async def test_v2_random(client: httpx.AsyncClient, auth: dict[str, str]) -> None:
    items = [
        {"phone": "081234567890", "message": "a", "random": True},
        {"phone": "081234567891", "message": "b", "random": "true"},
    ]
    data = (await client.post("/v2/send-message", json={"data": items}, headers=auth)).json()["data"]
    assert isinstance(data, list)
    assert data[0]["messages"]["message"] == "a" and data[1]["message"]["message"] == "b"
