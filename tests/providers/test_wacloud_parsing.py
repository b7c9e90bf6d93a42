"""WACloud parsers and request builders fed with the document's own examples (quirks included)."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from wadesk.domain import (
    AuthError,
    Capability,
    DeliveryStatus,
    DeviceState,
    ListContent,
    ListRow,
    MediaRef,
    MessageKind,
    NotSupported,
    OutgoingMessage,
    PollContent,
    ProviderError,
    QrKind,
    Recipient,
    Rejected,
    TemplateContent,
    ValidationError,
)
from wadesk.providers.http import parse_json
from wadesk.providers.wacloud import (
    INFO,
    callback_updates,
    chat_number,
    contacts_from,
    decode_data_uri,
    device_from,
    device_state_of,
    ensure_success,
    list_message,
    map_status,
    message_body,
    national_number,
    number_check,
    otp_ticket,
    preview_text,
    qr_challenge,
    sent_message,
    status_word,
    template_from,
    template_variables,
    webhook_from,
)

FIXTURES = Path(__file__).parent / "fixtures" / "wacloud"
DEVICE = "550e8400-e29b-41d4-a716-446655440000"
PNG_1PX = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
)


def load(name: str) -> Any:
    return parse_json("WACloud", (FIXTURES / name).read_text())


def msg(kind: MessageKind = MessageKind.TEXT, **kw: Any) -> OutgoingMessage:
    return OutgoingMessage(ref_id="r1", to=Recipient("6281234567890"), kind=kind, **kw)


# -- answers ------------------------------------------------------------------


def test_send_answer() -> None:
    body = ensure_success(load("send_message.json"), http_status=201)
    sent = sent_message(body)
    assert sent.message_id == "f47ac10b-58cc-4372-a567-0e02b2c3d479"
    assert sent.whatsapp_message_id == "3EB0..."  # truncated in the document, kept as given
    assert (sent.word, sent.ack, sent.status) == ("sent", 1, DeliveryStatus.SENT)
    assert sent.to == "6281234567890"


def test_device_created_answer_starts_pairing() -> None:
    body = ensure_success(load("device_created.json"))
    info = device_from(body["data"], fallback_id="")
    assert info.device_id == DEVICE
    assert info.name == "Device Utama"
    assert info.state is DeviceState.PAIRING


def test_pair_answer_from_the_document_is_truncated_base64_and_a_clear_error() -> None:
    body = load("pair.json")
    with pytest.raises(ProviderError) as info:
        qr_challenge(body)
    assert "invalid base64" in str(info.value)
    assert "WACloud" in str(info.value)


def test_pair_answer_with_a_whole_png_decodes_to_bytes_with_expiry() -> None:
    body = load("pair.json")
    body["data"]["qr_code"] = "data:image/png;base64," + base64.b64encode(PNG_1PX).decode()
    qr = qr_challenge(body)
    assert qr.kind is QrKind.PNG
    assert qr.payload == PNG_1PX
    assert qr.expires_at == datetime(2025, 11, 30, 10, 2, tzinfo=UTC)


def test_pair_answer_without_expiry_lasts_two_minutes() -> None:
    now = datetime(2025, 1, 1, tzinfo=UTC)
    qr = qr_challenge({"success": True, "data": {"qr_code": "2@raw,qr,text"}}, now=now)
    assert qr.kind is QrKind.TEXT and qr.payload == "2@raw,qr,text"
    assert qr.expires_at == datetime(2025, 1, 1, 0, 2, tzinfo=UTC)


def test_pair_answer_for_a_connected_device_is_refused_in_words() -> None:
    with pytest.raises(Rejected, match="already paired"):
        qr_challenge({"success": True, "data": {"device_id": DEVICE, "status": "connected"}})


def test_data_uri_that_is_not_png() -> None:
    with pytest.raises(ProviderError, match="not a PNG"):
        decode_data_uri("data:image/png;base64," + base64.b64encode(b"GIF89a...").decode())
    with pytest.raises(ProviderError, match="not a base64 data URI"):
        decode_data_uri("data:image/png," + "abc")


def test_otp_answers() -> None:
    ticket = otp_ticket(ensure_success(load("otp_sent.json")))
    assert ticket.otp_id == "f47ac10b-58cc-4372-a567-0e02b2c3d479"
    assert ticket.expires_at == datetime(2025, 11, 30, 12, 10, tzinfo=UTC)
    assert ticket.expires_in_minutes == 10
    verified = ensure_success(load("otp_verified.json"))
    assert verified["message"] == "OTP verified successfully"


def test_incoming_message_webhook_gives_no_status_updates() -> None:
    payload = load("webhook_message.json")
    assert payload["data"]["from"] == "6281234567890@c.us"
    assert callback_updates(payload) == []


def test_status_webhook_in_the_send_answers_shape() -> None:
    payload = {
        "event": "status",
        "device_id": DEVICE,
        "data": {
            "message_id": "f47ac10b-58cc-4372-a567-0e02b2c3d479",
            "whatsapp_message_id": "3EB0AA",
            "status": "read",
            "ack": 3,
            "to": "6281234567890@c.us",
            "timestamp": 1234567890,
        },
    }
    [update] = callback_updates(payload)
    assert update.status is DeliveryStatus.READ
    assert update.provider_message_id == "f47ac10b-58cc-4372-a567-0e02b2c3d479"
    assert update.at == datetime.fromtimestamp(1234567890, UTC)


def test_waha_style_ack_event_is_matched_through_the_whatsapp_id() -> None:
    payload = {"event": "message.ack", "payload": {"id": "true_6281234567890@c.us_3EB0BB", "ack": 2}}
    [update] = callback_updates(payload, known={"3EB0BB": "our-uuid"}.get)
    assert (update.status, update.provider_message_id) == (DeliveryStatus.DELIVERED, "our-uuid")


def test_unreadable_callback_is_a_clear_provider_error() -> None:
    with pytest.raises(ProviderError, match="not valid data"):
        parse_json("WACloud", "<html><body>502 Bad Gateway</body></html>")


@pytest.mark.parametrize(
    ("word", "ack", "status"),
    [
        ("sent", 1, DeliveryStatus.SENT),
        ("pending", None, DeliveryStatus.ACCEPTED),
        ("delivered", None, DeliveryStatus.DELIVERED),
        ("read", None, DeliveryStatus.READ),
        ("failed", None, DeliveryStatus.FAILED),
        (None, -1, DeliveryStatus.FAILED),
        (None, 0, DeliveryStatus.ACCEPTED),
        (None, "2", DeliveryStatus.DELIVERED),
        (None, 4, DeliveryStatus.READ),
        ("SERVER", None, DeliveryStatus.SENT),
        ("mystery", None, None),
        (None, True, None),  # a boolean is not an ack number
    ],
)
def test_status_mapping(word: object, ack: object, status: DeliveryStatus | None) -> None:
    assert map_status(word, ack) is status


def test_refusals_carry_the_providers_words() -> None:
    with pytest.raises(Rejected) as info:
        ensure_success({"success": False, "error": "Device not connected"}, http_status=200)
    assert info.value.provider_message == "Device not connected"
    with pytest.raises(AuthError, match="Invalid API key"):
        ensure_success({"success": False, "message": "Invalid API key"})
    with pytest.raises(Rejected, match="phone is required"):
        ensure_success({"success": "false", "error": {"message": "phone is required", "code": "E1"}})
    with pytest.raises(ProviderError, match="not the expected JSON object"):
        ensure_success(["not", "an", "envelope"])


def test_number_check_compares_exactly() -> None:
    # the shape the document's samples read: data.numberExists, data.chatId
    yes = {"success": True, "data": {"numberExists": True, "chatId": "11231231231@c.us"}}
    no = {"success": True, "data": {"numberExists": False}}
    odd = {"success": True, "data": {"numberExists": "yes"}}
    assert number_check("11231231231", yes).on_whatsapp is True
    assert number_check("1", no).on_whatsapp is False
    assert number_check("1", odd).on_whatsapp is None


def test_contacts_strip_suffixes_and_skip_groups() -> None:
    rows = [
        {"id": "6281234567890@c.us", "name": "Budi"},
        {"id": "6289876543210@c.us", "number": "6289876543210", "pushname": "Sari"},
        {"id": "120363000000000000@g.us", "name": "A group"},
        {"id": "1234567890123@lid", "name": "hidden"},
        {"name": "no id at all"},
    ]
    contacts = contacts_from(rows)
    assert [(c.phone, c.name) for c in contacts] == [("6281234567890", "Budi"), ("6289876543210", "Sari")]


def test_templates_and_webhooks_tolerate_missing_fields() -> None:
    spec = load("template_create_spec.json")  # the spec block lists the variables; the samples leave them out
    assert template_variables(spec["content"]) == spec["variables"] == ["name", "order_id", "amount"]
    assert "variables" not in load("request_template_create.json")
    tpl = template_from({"id": "a1b2", "content": spec["content"]})
    assert tpl is not None and tpl.variables == ("name", "order_id", "amount")
    assert template_from({"name": "no id"}) is None
    hook = webhook_from({"id": "w1", "url": "https://x/y", "events": ["message", "status"]})
    assert hook is not None and hook.events == ("message", "status")
    assert preview_text({"success": True, "data": {"content": "Halo John"}}) == "Halo John"
    assert preview_text({"success": True, "data": "Halo John"}) == "Halo John"


def test_status_answers_of_unprinted_shape() -> None:
    assert device_state_of({"success": True, "data": {"status": "connected"}}) is DeviceState.CONNECTED
    assert device_state_of({"success": True, "data": "disconnected"}) is DeviceState.DISCONNECTED
    assert device_state_of({"success": True, "status": "pairing"}) is DeviceState.PAIRING
    assert status_word({"success": True, "data": {"otp_id": "x", "status": "Verified"}}) == "verified"


# -- requests: what we send equals the document's examples ---------------------


def test_text_request() -> None:
    body = message_body(msg(text="Pesan teks"), DEVICE)
    assert body == load("request_text.json")


def test_image_request() -> None:
    m = msg(MessageKind.IMAGE, media=MediaRef(url="https://example.com/image.jpg"), caption="Caption gambar")
    assert message_body(m, DEVICE) == load("request_image.json")


def test_video_request() -> None:
    m = msg(MessageKind.VIDEO, media=MediaRef(url="https://example.com/video.mp4"), caption="Caption video")
    assert message_body(m, DEVICE) == load("request_video.json")


def test_document_request_with_its_own_filename() -> None:
    m = msg(
        MessageKind.DOCUMENT,
        media=MediaRef(url="https://example.com/file.pdf"),
        caption="Caption dokumen",
        extra={"filename": "document.pdf"},
    )
    assert message_body(m, DEVICE) == load("request_document.json")
    plain = msg(MessageKind.DOCUMENT, media=MediaRef(url="https://example.com/files/report.pdf?x=1"))
    assert message_body(plain, DEVICE)["filename"] == "report.pdf"


def test_poll_request() -> None:
    m = msg(MessageKind.POLL, content=PollContent("Pertanyaan?", ("Opsi 1", "Opsi 2")))
    assert message_body(m, DEVICE) == load("request_poll.json")


def test_list_request_in_the_documents_shape() -> None:
    # The document's example has no rows (``sections: []``), which wadesk refuses before sending;
    # the envelope and the ``message`` object are the document's.
    doc = load("request_list.json")
    assert list_message(ListContent("Judul", "Deskripsi", "Pilih", ())) == doc["message"]
    m = msg(MessageKind.LIST, content=ListContent("Judul", "Deskripsi", "Pilih", (ListRow("A"),)))
    body = message_body(m, DEVICE)
    assert {k: v for k, v in body.items() if k != "message"} == {k: v for k, v in doc.items() if k != "message"}
    assert set(body["message"]) == set(doc["message"])


def test_list_rows_become_one_section() -> None:
    content = ListContent("Menu", "Choose", "Open", (ListRow("Tea", "hot"), ListRow("Coffee")))
    sections = message_body(msg(MessageKind.LIST, content=content), DEVICE)["message"]["sections"]
    assert sections == [
        {
            "title": "Menu",
            "rows": [
                {"title": "Tea", "rowId": "row-1", "description": "hot"},
                {"title": "Coffee", "rowId": "row-2", "description": ""},
            ],
        }
    ]


def test_template_request_has_no_message_type() -> None:
    content = TemplateContent(
        template_id="a1b2c3d4-e5f6-7890-abcd-ef1234567890",
        variables={"name": "John Doe", "order_id": "ORD-12345", "amount": "150.000"},
    )
    body = message_body(msg(MessageKind.TEMPLATE, content=content), DEVICE)
    assert body == load("request_template.json")
    assert "message_type" not in body


@pytest.mark.parametrize(
    "message",
    [
        msg(MessageKind.AUDIO, media=MediaRef(url="https://example.com/a.mp3")),
        msg(MessageKind.IMAGE, media=MediaRef(path=Path("/tmp/local.jpg"))),
        OutgoingMessage("r", Recipient("120363000000000000", is_group=True), text="hi"),
        msg(text="   "),
        msg(MessageKind.POLL, content=PollContent("Q?", ("a", "b"), multiple_answers=True)),
        msg(MessageKind.TEMPLATE, content=TemplateContent(text="no id")),
        msg(MessageKind.LIST),
    ],
)
def test_what_cannot_be_sent_is_refused_before_a_request(message: OutgoingMessage) -> None:
    with pytest.raises((ValidationError, NotSupported)):
        message_body(message, DEVICE)


def test_phone_forms_per_endpoint() -> None:
    assert chat_number("6281234567890@c.us") == "6281234567890"
    assert chat_number("+62 812-3456-7890") == "6281234567890"
    assert national_number("6281234567890") == "81234567890"
    assert national_number("081234567890") == "81234567890"
    assert national_number("81234567890") == "81234567890"
    assert load("request_device.json")["phone_number"] == national_number("+6281234567890")
    assert load("request_otp.json")["to"] == national_number("6281234567890")


def test_declared_capabilities_match_the_document() -> None:
    caps = INFO.capabilities
    for yes in (
        Capability.SEND_TEXT,
        Capability.SEND_IMAGE,
        Capability.SEND_VIDEO,
        Capability.SEND_DOCUMENT,
        Capability.POLL,
        Capability.LIST,
        Capability.TEMPLATE,
        Capability.QR_PAIRING,
        Capability.CHECK_NUMBER,
        Capability.CONTACTS,
        Capability.DEVICE_INFO,
    ):
        assert yes in caps
    for no in (
        Capability.SEND_AUDIO,
        Capability.LOCATION,
        Capability.LOCAL_UPLOAD,
        Capability.GROUP_SEND,
        Capability.BATCH_SEND,
        Capability.NATIVE_SCHEDULE,
        Capability.STATUS_POLL,
        Capability.BALANCE,
    ):
        assert no not in caps
    assert INFO.limits.max_batch == 1
    assert [f.name for f in INFO.settings.secret_fields] == ["api_key"]
    assert [f.name for f in INFO.settings.plain_fields] == ["device_id", "time_zone", "allow_http"]
    assert json.loads((FIXTURES / "request_webhook.json").read_text())["events"] == ["message", "status"]
