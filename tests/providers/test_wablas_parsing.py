"""Wablas parsers fed with the document's own examples (quirks included)."""

from __future__ import annotations

from pathlib import Path

import pytest

from wadesk.domain import DeliveryStatus, MessageKind, OutgoingMessage, ProviderError, Recipient
from wadesk.providers.http import parse_json
from wadesk.providers.wablas import map_status, match_results, report_items, sent_items

FIXTURES = Path(__file__).parent / "fixtures" / "wablas"


def load(name: str) -> object:
    return parse_json("Wablas", (FIXTURES / name).read_text())


def msg(ref: str, to: str = "6281218000001") -> OutgoingMessage:
    return OutgoingMessage(ref_id=ref, to=Recipient(to), kind=MessageKind.TEXT, text="hello there")


def test_single_sender_response() -> None:
    items = sent_items(load("send_single.json"))
    assert [i["id"] for i in items] == ["5be46e84-650c-4ba1-a1a6-5647d358c43a"]
    [result] = match_results([msg("a")], items)
    assert result.status is DeliveryStatus.ACCEPTED
    assert result.provider_message_id == "5be46e84-650c-4ba1-a1a6-5647d358c43a"


def test_random_multi_device_response_has_both_keys_and_object_items() -> None:
    items = sent_items(load("send_random.json"))
    assert [i["id"] for i in items] == ["5be46e84-650c-4ba1-a1a6-5647d358c43a", "bh765a2e-f0a9-43ac-8f3e-816ec7506781"]
    results = match_results([msg("a"), msg("b")], items)
    assert [r.provider_message_id for r in results] == [i["id"] for i in items]


def test_device_info_with_comments_parses() -> None:
    body = load("device_info.json")
    assert isinstance(body, dict)
    assert body["data"]["status"] == "disconnected"
    assert body["data"]["quota"] == 91


def test_report_realtime_duplicate_key_keeps_the_array() -> None:
    text = (FIXTURES / "report_realtime_verbatim.json").read_text().replace("{url image }", '"https://x/y.jpg"')
    updates = report_items(parse_json("Wablas", text))
    assert [(u.provider_message_id, u.status) for u in updates] == [
        ("f6faac15-d6ab-42b4-8fd2-95e83c232dab", DeliveryStatus.SENT),
        ("ngh65c15-dv45b-41b4-8fd2-95e83c23u76gds", DeliveryStatus.ACCEPTED),
    ]
    assert updates[0].at is not None and updates[0].at.tzinfo is not None


def test_report_realtime_verbatim_invalid_json_is_a_clear_provider_error() -> None:
    with pytest.raises(ProviderError) as info:
        load("report_realtime_verbatim.json")
    assert "not valid data" in str(info.value)


def test_quota_bare_unlimited_token_is_tolerated() -> None:
    body = parse_json("Wablas", '{"status": true, "data": {"quota": unlimited, "messages": []}}')
    assert isinstance(body, dict) and body["data"]["quota"] == "unlimited"


def test_failed_item_keeps_the_words() -> None:
    items = [{"phone": "x", "message": "format phone invalid", "status": False}]
    [result] = match_results([msg("a")], items)
    assert result.status is DeliveryStatus.FAILED and result.error == "format phone invalid"


@pytest.mark.parametrize(
    ("word", "status"),
    [
        ("pending", DeliveryStatus.ACCEPTED),
        ("sent", DeliveryStatus.SENT),
        ("received", DeliveryStatus.DELIVERED),
        ("read", DeliveryStatus.READ),
        ("cancel", DeliveryStatus.CANCELLED),
        ("reject", DeliveryStatus.FAILED),
        ("revoke", None),
        (True, DeliveryStatus.ACCEPTED),
    ],
)
def test_status_words(word: object, status: DeliveryStatus | None) -> None:
    assert map_status(word) is status
