"""Wasender parsers fed with the document's own examples (quirks included)."""

from __future__ import annotations

import base64
from pathlib import Path
from urllib.parse import urlencode

import pytest

from wadesk.domain import (
    AuthError,
    Button,
    ButtonsContent,
    DeliveryStatus,
    DeviceState,
    ListContent,
    ListRow,
    MediaRef,
    MessageKind,
    OutgoingMessage,
    ProviderError,
    QrKind,
    Recipient,
    Rejected,
    TemplateContent,
    ValidationError,
)
from wadesk.providers.base import validate_message
from wadesk.providers.http import parse_json
from wadesk.providers.wasender import (
    INFO,
    build_request,
    check_message,
    decode_qr,
    errors_text,
    map_status,
    media_type,
    parse_incoming,
    parse_qr,
    qr_state,
    refusal,
    send_result,
    words_of,
)

FIXTURES = Path(__file__).parent / "fixtures" / "wasender"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"


def load(name: str) -> object:
    return parse_json("Wasender", (FIXTURES / name).read_text())


def msg(kind: MessageKind = MessageKind.TEXT, **kw: object) -> OutgoingMessage:
    fields: dict[str, object] = {"text": "hello there"} if kind is MessageKind.TEXT else {}
    fields.update(kw)
    return OutgoingMessage(ref_id="r1", to=Recipient("628123456789"), kind=kind, **fields)  # type: ignore[arg-type]


# -- the four documented send answers -----------------------------------------


def test_success_is_accepted_without_an_id() -> None:
    result = send_result(msg(), load("send_success.json"))
    assert result.status is DeliveryStatus.ACCEPTED
    assert result.provider_message_id is None and result.error is None


def test_failed_keeps_the_words() -> None:
    result = send_result(msg(), load("send_failed.json"))
    assert result.status is DeliveryStatus.FAILED
    assert result.error == "Message failed to send!"


def test_validation_error_object_form() -> None:
    body = load("send_validation_error.json")
    assert errors_text(body["errors"]) == "number: The number field is required."  # type: ignore[index]
    result = send_result(msg(), body)
    assert result.status is DeliveryStatus.FAILED
    assert result.error == "Invalid data! (number: The number field is required.)"


def test_connection_error_string_form() -> None:
    result = send_result(msg(), load("send_connection_error.json"))
    assert result.status is DeliveryStatus.FAILED
    assert result.error == "Failed to send message! (Failed to access whatsapp server)"


def test_status_is_compared_exactly() -> None:
    assert map_status(True) is DeliveryStatus.ACCEPTED
    assert map_status(False) is DeliveryStatus.FAILED
    for loose in ("processing", "true", 1, 0, None):
        assert map_status(loose) is None
    result = send_result(msg(), {"status": "processing", "message": "Processing"})
    assert result.status is DeliveryStatus.UNCERTAIN and "Processing" in (result.error or "")


def test_account_level_refusals_raise() -> None:
    with pytest.raises(AuthError) as auth:
        send_result(msg(), {"status": False, "msg": "Invalid data!", "errors": {"api_key": ["Invalid key."]}})
    assert auth.value.provider_message == "Invalid data! (api_key: Invalid key.)"
    with pytest.raises(Rejected):
        send_result(msg(), {"status": False, "msg": "Invalid data!", "errors": {"sender": ["Unknown sender."]}})
    assert refusal({"status": False, "msg": "Wrong API Key"}) is not None
    assert refusal(load("send_failed.json")) is None


def test_words_tolerate_odd_shapes() -> None:
    assert words_of({"message": "Processing"}) == "Processing"
    assert words_of({"msg": "", "errors": ["a", ["b"]]}) == "a; b"
    assert words_of(["not", "an", "object"]) == ""
    assert send_result(msg(), ["x"]).status is DeliveryStatus.UNCERTAIN


# -- generate-qr ----------------------------------------------------------------


def test_qr_processing_means_ask_again() -> None:
    body = load("qr_processing.json")
    assert parse_qr(body) is None
    assert qr_state(body) is DeviceState.PAIRING


def test_qr_ready_verbatim_truncated_base64_is_a_clear_error() -> None:
    # The document's sample payload is cut short ("iVBORw0..."): not decodable.
    with pytest.raises(ProviderError) as info:
        parse_qr(load("qr_ready.json"))
    assert "could not be decoded" in str(info.value)


def test_qr_ready_with_a_real_png() -> None:
    data_uri = "data:image/png;base64," + base64.b64encode(PNG).decode()
    text = (FIXTURES / "qr_ready.json").read_text().replace("data:image/png;base64,iVBORw0...", data_uri)
    challenge = parse_qr(parse_json("Wasender", text))
    assert challenge is not None
    assert challenge.kind is QrKind.PNG and challenge.payload == PNG
    assert challenge.expires_at is None  # the document gives no expiry


def test_qr_other_forms() -> None:
    unpadded = base64.b64encode(PNG).decode().rstrip("=")
    assert decode_qr(unpadded).payload == PNG
    assert decode_qr("2@abc,def,ghi==").kind is QrKind.TEXT
    assert decode_qr("https://example.com/qr").kind is QrKind.URL


def test_qr_other_answers_carry_the_words() -> None:
    with pytest.raises(Rejected) as info:
        parse_qr({"status": False, "message": "Device already connected!"})
    assert info.value.provider_message == "Device already connected!"
    assert qr_state({"status": False, "message": "Device already connected!"}) is DeviceState.CONNECTED
    assert qr_state({"status": False, "message": "Device not connected"}) is DeviceState.UNKNOWN
    with pytest.raises(AuthError):
        parse_qr({"status": False, "message": "Invalid data!", "errors": {"api_key": ["invalid"]}})
    with pytest.raises(ProviderError):
        parse_qr("Processing")


def test_invalid_json_is_a_clear_provider_error() -> None:
    with pytest.raises(ProviderError) as info:
        parse_json("Wasender", "<html><body>502 Bad Gateway</body></html>")
    assert "not valid data" in str(info.value)


# -- webhook --------------------------------------------------------------------


def test_webhook_example() -> None:
    [incoming] = parse_incoming((FIXTURES / "webhook.json").read_bytes())
    assert incoming.chat == "628123456789"
    assert incoming.text == "Halo, apa kabar?"
    assert incoming.participant == "6289876543210"
    assert incoming.image is None


def test_webhook_tolerates_buffers_and_garbage() -> None:
    node_buffer = b'{"message": "", "from": "628123456789", "bufferImage": {"type": "Buffer", "data": [137, 80]}}'
    assert parse_incoming(node_buffer)[0].image == b"\x89P"
    b64 = '{"from": "628123456789", "bufferImage": "' + base64.b64encode(PNG).decode() + '"}'
    assert parse_incoming(b64)[0].image == PNG
    assert parse_incoming(b'{"unrelated": 1}') == []
    with pytest.raises(ProviderError):
        parse_incoming(b"not json at all")


# -- requests -------------------------------------------------------------------


def test_text_form() -> None:
    assert build_request(msg()) == ("send-message", {"number": "628123456789", "message": "hello there"})


@pytest.mark.parametrize(
    ("kind", "url", "expected"),
    [
        (MessageKind.IMAGE, "https://example.com/image.jpg", "image"),
        (MessageKind.VIDEO, "https://example.com/v.mp4", "video"),
        (MessageKind.AUDIO, "https://example.com/a.ogg", "audio"),
        (MessageKind.DOCUMENT, "https://example.com/report.PDF", "pdf"),
        (MessageKind.DOCUMENT, "https://example.com/sheet.xlsx?dl=1", "xlsx"),
        (MessageKind.DOCUMENT, "https://example.com/archive.zip", "zip"),
    ],
)
def test_media_type(kind: MessageKind, url: str, expected: str) -> None:
    assert media_type(kind, MediaRef(url=url)) == expected


def test_document_type_from_mime_and_refusal() -> None:
    assert media_type(MessageKind.DOCUMENT, MediaRef(url="https://x/dl", mime="application/msword")) == "doc"
    with pytest.raises(ValidationError):
        media_type(MessageKind.DOCUMENT, MediaRef(url="https://x/notes.txt"))


def test_media_form_with_caption_and_voice_note() -> None:
    image = msg(MessageKind.IMAGE, media=MediaRef(url="https://example.com/image.jpg"), caption="Hello from API!")
    assert build_request(image) == (
        "send-media",
        {
            "number": "628123456789",
            "media_type": "image",
            "url": "https://example.com/image.jpg",
            "caption": "Hello from API!",
        },
    )
    voice = msg(MessageKind.AUDIO, media=MediaRef(url="https://example.com/a.ogg"), extra={"ppt": True})
    assert build_request(voice)[1]["ppt"] == "true"


def test_arrays_use_indexed_keys() -> None:
    buttons = msg(
        MessageKind.BUTTONS,
        content=ButtonsContent("Silahkan pilih opsi:", (Button("Pilihan 1"), Button("Pilihan 2")), "Wasender Powered"),
    )
    path, form = build_request(buttons)
    assert path == "send-button"
    assert form == {
        "number": "628123456789",
        "message": "Silahkan pilih opsi:",
        "button[0]": "Pilihan 1",
        "button[1]": "Pilihan 2",
        "footer": "Wasender Powered",
    }
    # What PHP's http_build_query sends for the document's sample.
    assert "button%5B0%5D=Pilihan+1&button%5B1%5D=Pilihan+2" in urlencode(form)


def test_template_form() -> None:
    content = TemplateContent(
        text="Hubungi kami atau kunjungi situs:",
        buttons=(Button("Hubungi Kami", "call", "628123456789"), Button("Kunjungi Situs", "url", "google.com")),
        footer="Wasender Systems",
    )
    path, form = build_request(msg(MessageKind.TEMPLATE, content=content))
    assert path == "send-template"
    assert form["template[0]"] == "call|Hubungi Kami|628123456789"
    assert form["template[1]"] == "url|Kunjungi Situs|google.com"


def test_list_form() -> None:
    content = ListContent(
        title="Menu Layanan",
        description="Silahkan pilih menu di bawah ini:",
        button_text="Lihat Menu",
        rows=(ListRow("Layanan A"), ListRow("Layanan B"), ListRow("Layanan C")),
        footer="Wasender Powered",
    )
    path, form = build_request(msg(MessageKind.LIST, content=content, extra={"name": "Pilih Layanan"}))
    assert path == "send-list"
    assert form == {
        "number": "628123456789",
        "title": "Menu Layanan",
        "name": "Pilih Layanan",
        "message": "Silahkan pilih menu di bawah ini:",
        "buttontext": "Lihat Menu",
        "list[0]": "Layanan A",
        "list[1]": "Layanan B",
        "list[2]": "Layanan C",
        "footer": "Wasender Powered",
    }


# -- limits and checks ----------------------------------------------------------


def test_documented_limits_are_declared() -> None:
    limits = INFO.limits
    assert (limits.max_buttons, limits.max_template_buttons, limits.max_list_rows) == (5, 3, 10)
    assert limits.max_batch == 1


@pytest.mark.parametrize(
    "message",
    [
        msg(MessageKind.BUTTONS, content=ButtonsContent("pick", tuple(Button(f"b{i}") for i in range(6)))),
        msg(
            MessageKind.TEMPLATE,
            content=TemplateContent(text="t", buttons=tuple(Button(f"b{i}", "url", "x.com") for i in range(4))),
        ),
        msg(MessageKind.LIST, content=ListContent("t", "d", "open", tuple(ListRow(f"r{i}") for i in range(11)))),
        msg(MessageKind.LOCATION),
        msg(MessageKind.POLL),
        msg(MessageKind.DOCUMENT, media=MediaRef(url="https://example.com/notes.txt")),
        msg(MessageKind.IMAGE, media=MediaRef(path=Path("/tmp/photo.jpg"))),
        OutgoingMessage(ref_id="g", to=Recipient("120363025246125486@g.us", is_group=True), text="hi"),
    ],
)
def test_validate_message_refuses(message: OutgoingMessage) -> None:
    with pytest.raises(ValidationError):
        validate_message(INFO, message)


@pytest.mark.parametrize(
    "message",
    [
        msg(MessageKind.BUTTONS, content=ButtonsContent("pick", (Button("Call", "call", "62811"),))),
        msg(MessageKind.TEMPLATE, content=TemplateContent(text="t", buttons=(Button("Yes"),))),
        msg(MessageKind.TEMPLATE, content=TemplateContent(template_id="welcome")),
        msg(MessageKind.TEMPLATE, content=TemplateContent(text="t", buttons=(Button("a|b", "url", "x.com"),))),
        msg(MessageKind.LIST, content=ListContent("t", "d", "open", (ListRow("A", "with a description"),))),
        msg(MessageKind.LIST, content=ListContent("", "d", "open", (ListRow("A"),))),
        msg(MessageKind.DOCUMENT, media=MediaRef(url="https://example.com/a.pdf"), caption="no captions here"),
    ],
)
def test_wasender_specific_checks(message: OutgoingMessage) -> None:
    validate_message(INFO, message)
    with pytest.raises(ValidationError):
        check_message(message)
