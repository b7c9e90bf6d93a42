"""Chatbot parsers fed with the document's own examples (quirks included).

Every JSON example of the document parses; the quirks are in the shapes: ``message``
is an object, an array or a boolean depending on the endpoint, ``message.type``
does not match what was sent, ``message.status`` is always 0, and the ack list
is missing.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from wadesk.domain import (
    Account,
    ContactCard,
    DeliveryStatus,
    Location,
    MediaRef,
    MessageKind,
    OutgoingMessage,
    ProviderError,
    Recipient,
)
from wadesk.domain.errors import AuthError
from wadesk.providers.chatbot import (
    INFO,
    ChatbotProvider,
    clean_secret,
    failure_words,
    keyword_reply,
    map_ack,
    notify_updates,
    number_check,
    parse_groups,
    parse_keyword_request,
    parse_qr,
    send_result,
)
from wadesk.providers.http import HttpClient, parse_json

FIXTURES = Path(__file__).parent / "fixtures" / "chatbot"

SENDS = {
    "sendwa.json": ("3EB02B7BEAD27AFA278E", "text"),
    "sendmedia.json": ("3EB0A66BA470D58E12C1", "image"),  # a PDF URL, answered as "image"
    "sendlocation.json": ("3EB08F8CEA28CD2EDD18", "chat"),  # a location, answered as "chat"
    "sendcontact.json": ("3EB08F8CEA28CD2EDD18", "vcard"),
    "sendwatogroup.json": ("3EB0AE9AE7A8C0845C53", "chat"),
    "sendmediatogroup.json": ("3EB0DA4559BA1BEE7F70", "image"),
    "sendlocationtogroup.json": ("3EB0052E20AFAFC1A87F", "chat"),
    "sendcontacttogroup.json": ("3EB08F8CEA28CD2EDD18", "vcard"),
}


def raw(name: str) -> str:
    return (FIXTURES / name).read_text()


def load(name: str) -> object:
    return parse_json("Chatbot", raw(name))


@pytest.mark.parametrize(("name", "expected"), sorted(SENDS.items()))
def test_send_answers_are_accepted_with_the_whatsapp_id(name: str, expected: tuple[str, str]) -> None:
    msgid, doc_type = expected
    body = load(name)
    assert isinstance(body, dict) and body["message"]["type"] == doc_type and body["message"]["status"] == 0
    result = send_result("ref-1", body)
    assert result.status is DeliveryStatus.ACCEPTED
    assert result.provider_message_id == msgid
    assert result.error is None


def test_error_answer_keeps_the_providers_words() -> None:
    body = load("error_400.json")
    assert failure_words(body) == "[Pesan Error]"
    result = send_result("ref-1", body)
    assert result.status is DeliveryStatus.FAILED and result.error == "[Pesan Error]"


def test_success_answers_are_not_failures() -> None:
    for name in (*SENDS, "groups.json", "getqr_authenticated.json", "checknumber.json"):
        assert failure_words(load(name)) is None


def test_groups_message_is_an_array() -> None:
    groups = parse_groups(load("groups.json"))
    assert [(g.group_id, g.name) for g in groups] == [("120363xxxxxxxxxxx", "test"), ("120364xxxxxxxxxxx", "test 2")]


def test_getqr_when_paired_gives_number_and_name() -> None:
    state = parse_qr(load("getqr_authenticated.json"))
    assert state.authenticated is True
    assert state.number == "6283xxxxxxxxx" and state.name == "6283xxxxxxxxx"
    assert state.qrcode == ""


def test_getqr_when_not_paired_gives_the_raw_qr_string() -> None:
    state = parse_qr(load("getqr_not_authenticated.json"))
    assert state.authenticated is False
    assert state.qrcode == "2@cuTD5E9F,0S3s8oo08PKOx8PPvlO0/HxOG8jPxEk="
    assert state.number is None


def test_checknumber_message_is_a_boolean() -> None:
    assert number_check(load("checknumber.json")) is True
    assert number_check({"success": True, "message": False}) is False
    assert number_check({"success": True, "message": {"unexpected": 1}}) is None


@pytest.mark.parametrize(
    ("name", "status"),
    [
        ("notify_sendwa.json", DeliveryStatus.READ),
        ("notify_sendwatogroup.json", DeliveryStatus.SENT),
        ("notify_sendcontacttogroup.json", DeliveryStatus.READ),
    ],
)
def test_notify_payloads(name: str, status: DeliveryStatus) -> None:
    [update] = notify_updates(raw(name).encode())
    assert update.provider_message_id == "3EB020B4DBA916EB3379"
    assert update.status is status


@pytest.mark.parametrize(
    ("ack", "status"),
    [
        (-1, DeliveryStatus.FAILED),
        (0, DeliveryStatus.ACCEPTED),
        (1, DeliveryStatus.SENT),
        (2, DeliveryStatus.DELIVERED),
        (3, DeliveryStatus.READ),
        (4, DeliveryStatus.READ),
        ("3", DeliveryStatus.READ),
        (9, None),
        (None, None),
        (True, None),
    ],
)
def test_ack_codes(ack: object, status: DeliveryStatus | None) -> None:
    assert map_ack(ack) is status


def test_notify_tolerates_lists_forms_and_unknown_payloads() -> None:
    body = json.dumps([{"msgid": "A", "ack": 2, "extra": "x"}, {"msgid": "B", "ack": 99}, {"ack": 3}]).encode()
    assert [(u.provider_message_id, u.status) for u in notify_updates(body)] == [("A", DeliveryStatus.DELIVERED)]
    [form] = notify_updates(b"msgid=C&ack=1")
    assert form.provider_message_id == "C" and form.status is DeliveryStatus.SENT
    assert notify_updates(raw("keyword_with_hash.json").encode()) == []  # a keyword chat is not a status
    assert notify_updates(b"") == []


def test_invalid_json_is_a_clear_provider_error() -> None:
    # The document's JSON examples are all valid; an answer cut short (like its PHP webhook sample,
    # which ends in "print json_") must still give a clear error, not a parser traceback.
    cut = raw("sendwa.json")[:60]
    with pytest.raises(ProviderError) as info:
        parse_json("Chatbot", cut)
    assert "not valid data" in str(info.value)
    with pytest.raises(ProviderError):
        notify_updates(b'{"msgid": "3EB0", "ack": ')


def test_keyword_webhook_data_is_an_array_or_an_object() -> None:
    with_hash = parse_keyword_request(raw("keyword_with_hash.json").encode(), "YourSecretWebhookKey")
    assert with_hash.keyword == "penawaran#" and with_hash.command == "penawaran"
    assert with_hash.args == ("Jhon Doe", "[email protected]")
    assert with_hash.sender == "6282386xxxxxx"
    plain = parse_keyword_request(raw("keyword_without_hash.json").encode())
    assert plain.command == "penawaran" and plain.args == ()
    assert plain.contact == {"nama": "Jhon Doe", "nohp": "6282386xxxxxx"}


def test_keyword_webhook_with_a_wrong_key_is_refused() -> None:
    with pytest.raises(AuthError):
        parse_keyword_request(raw("keyword_with_hash.json").encode(), "another key")


def test_keyword_reply_has_the_documented_shape() -> None:
    reply = json.loads(
        keyword_reply(
            [
                ("message", "Webhook Response"),
                ("location", (0.52596, 101.426866)),
                ("audio", "https://yourdomain/your_audio_file.mp3"),
                ("image", "https://yourdomain/your_image_file.png"),
                ("document", "https://yourdomain/your_document_file.pdf"),
            ]
        )
    )
    documented = load("keyword_reply.json")
    assert isinstance(documented, dict)
    assert reply["success"] is True
    assert [i["type"] for i in reply["message"]["reply"]] == [i["type"] for i in documented["message"]["reply"]]
    assert reply["message"]["reply"][1]["content"] == [{"coordinate": "0.525960-101.426866"}]


def test_secret_is_sent_bare() -> None:
    assert clean_secret("abc123 ") == "abc123"
    assert clean_secret(" abc123;") == "abc123"
    assert clean_secret("abc123 ; ") == "abc123"


def test_info_declares_what_the_document_describes() -> None:
    assert INFO.limits.max_batch == 1
    assert [f.name for f in INFO.settings.secret_fields] == ["secretkey"]
    assert [f.name for f in INFO.settings.plain_fields] == ["notifyurl", "time_zone", "allow_http"]
    assert "a host of their own" in INFO.description  # no default address: the account gives its own
    assert "--" not in INFO.description  # shown in the window too: no command-line words


@pytest.fixture
async def provider() -> AsyncIterator[ChatbotProvider]:
    account = Account(
        1, "bot", "chatbot", "https://bot.example.com", {"notifyurl": "https://yourdomain/your_notify_url"}
    )
    p = ChatbotProvider(account, {"secretkey": "k"}, HttpClient("Chatbot", account.base_url))
    yield p
    await p.aclose()


async def test_request_bodies_match_the_documents_examples(provider: ChatbotProvider) -> None:
    location = OutgoingMessage(
        "r1",
        Recipient("628123xxxxxx"),
        MessageKind.LOCATION,
        location=Location(0.525960, 101.426866, name="Kantor Pusat"),
    )
    assert provider.request_for(location) == ("sendlocation", json.loads(raw("request_sendlocation.json")))
    contact = OutgoingMessage(
        "r2", Recipient("628123xxxxxx"), MessageKind.CONTACT_CARD, content=ContactCard("Test", "+62 812-4000-0001")
    )
    endpoint, body = provider.request_for(contact)
    documented = json.loads(raw("request_sendcontact.json"))
    assert endpoint == "sendcontact"
    assert body["contact"]["name"] == documented["contact"]["name"]
    assert body["contact"]["numbers"] == ["6281240000001"]  # the documented form: "628124xxxxxx"
    assert set(body) == set(documented)
    media = OutgoingMessage(
        "r3",
        Recipient("120363000000000001", is_group=True),
        MessageKind.DOCUMENT,
        media=MediaRef(url="https://yourdomain/yourmedia.pdf"),
        caption="Test kirim text",
    )
    assert provider.request_for(media) == (
        "sendmediatogroup",
        {
            "groupid": "120363000000000001",
            "pesan": "Test kirim text",
            "mediaurl": "https://yourdomain/yourmedia.pdf",
            "notifyurl": "https://yourdomain/your_notify_url",
        },
    )
