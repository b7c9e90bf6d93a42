"""JSON WA parsers fed with the document's own examples (quirks included)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlencode

import pytest

from wadesk.domain import (
    Account,
    AuthError,
    DeliveryStatus,
    MessageKind,
    OutgoingMessage,
    ProviderError,
    RateLimited,
    Recipient,
    Rejected,
)
from wadesk.providers.http import HttpClient, parse_json
from wadesk.providers.jsonwa import (
    BALANCE_GLOBAL_TEXT,
    INFO,
    PACKET_TEXT,
    SEND_GLOBAL_TEXT,
    JsonWaProvider,
    code_of,
    encode_message,
    format_datetime,
    map_status,
    packet_of,
    parse_inbox,
    parse_tracking,
    read_balance_response,
    read_send_response,
    send_results,
)

FIXTURES = Path(__file__).parent / "fixtures" / "jsonwa"
NOW = datetime(2024, 5, 1, 3, 0, tzinfo=UTC)


def text(name: str) -> str:
    return (FIXTURES / name).read_text()


def load(name: str) -> object:
    return parse_json(INFO.name, text(name))


def msg(ref: str, to: str = "6281218000001", body: str = "hello there, friend") -> OutgoingMessage:
    return OutgoingMessage(ref_id=ref, to=Recipient(to), kind=MessageKind.TEXT, text=body)


def send_body(global_code: object, packets: list[dict[str, object]], global_text: str | None = None) -> object:
    root: dict[str, object] = {"globalstatus": global_code, "datapacket": [{"packet": p} for p in packets]}
    if global_text is not None:
        root["globalstatustext"] = global_text
    return {"sending_respon": [root]}


def results_of(batch: list[OutgoingMessage], body: object) -> list[tuple[DeliveryStatus, str | None, str | None]]:
    code, words, packets = read_send_response(INFO.name, body)
    return [(r.status, r.provider_message_id, r.error) for r in send_results(batch, code, words, packets)]


# -- the document's examples --------------------------------------------------------


def test_send_response_verbatim_is_invalid_json_and_a_clear_provider_error() -> None:
    with pytest.raises(ProviderError) as info:
        load("send_response_verbatim.txt")
    assert "not valid data" in str(info.value)
    assert info.value.provider == "JSON WA"


def test_balance_response_verbatim_missing_colon_is_a_clear_provider_error() -> None:
    with pytest.raises(ProviderError) as info:
        load("balance_response_verbatim.txt")
    assert "not valid data" in str(info.value)


def test_send_response_repaired_gives_both_packets_with_large_ids() -> None:
    body = load("send_response_repaired.json")
    code, words, packets = read_send_response(INFO.name, body)
    assert (code, words) == (10, "Success")
    assert [p["sendingid"] for p in packets] == [12345788, 9775454545]
    # the example's numbers are placeholders ("62811xxx"): pairing falls back to the order
    assert results_of([msg("a"), msg("b", "6281218000002")], body) == [
        (DeliveryStatus.ACCEPTED, "12345788", None),
        (DeliveryStatus.ACCEPTED, "9775454545", None),  # more than 2**32, kept exactly
    ]


def test_balance_response_repaired_keys_with_spaces_and_numeric_strings() -> None:
    balance = read_balance_response(INFO.name, load("balance_response_repaired.json"), fetched_at=NOW)
    assert balance.balance == "19040"
    assert balance.expired == "2015-01-01"
    assert balance.whatsapp_id == "XXX"
    assert balance.whatsapp_balance == "6000"
    assert balance.whatsapp_expired == "2015-01-01"
    assert balance.fetched_at == NOW and not balance.cached
    described = balance.describe()
    assert "19040" in described and "6000" in described and "2024-05-01 03:00 UTC" in described


def test_request_example_has_the_packet_shape_we_send() -> None:
    example = json.loads(text("send_request.json"))
    assert set(example) == {"apikey", "waid", "datapacket"}
    ours = packet_of(msg("a"), format_datetime(datetime(2017, 1, 1, 16, 59, 59, tzinfo=UTC)))
    for packet in example["datapacket"]:
        assert set(packet) == set(ours)
    assert example["datapacket"][1]["sendingdatetime"] == "2017-01-01 23:59:59"
    assert ours["sendingdatetime"] == "2017-01-01 23:59:59"  # Jakarta time, the examples' colons
    assert packet_of(msg("a"))["sendingdatetime"] == ""  # empty means now
    balance_example = json.loads(text("balance_request.json"))
    assert set(balance_example) == {"apikey", "waid"}


def test_message_is_url_encoded_like_the_php_sample() -> None:
    assert encode_message("Message 1 whatsapp json") == "Message+1+whatsapp+json"
    assert encode_message("50% off & more") == "50%25+off+%26+more"
    assert packet_of(msg("a", body="Halo apa kabar?"))["message"] == "Halo+apa+kabar%3F"


# -- status codes ---------------------------------------------------------------------


@pytest.mark.parametrize("code", [20, 30, 40, 50, 55])
def test_every_global_send_code_fails_every_packet_with_its_text(code: int) -> None:
    batch = [msg("a"), msg("b", "6281218000002")]
    documented = SEND_GLOBAL_TEXT[code]
    for given in (None, documented):
        results = results_of(batch, send_body(code, [], given))
        assert all(status is DeliveryStatus.FAILED for status, _, _ in results)
        assert all(error == f"{documented} (status {code})" for _, _, error in results)


@pytest.mark.parametrize("code", [60, 70, 80, 90])
def test_every_packet_code_fails_that_packet_with_its_text(code: int) -> None:
    batch = [msg("a"), msg("b", "6281218000002")]
    packets: list[dict[str, object]] = [
        {"number": "6281218000001", "sendingid": 1, "sendingstatus": 10, "sendingstatustext": "success"},
        {"number": "6281218000002", "sendingid": 0, "sendingstatus": code},
    ]
    assert results_of(batch, send_body(10, packets, "Success")) == [
        (DeliveryStatus.ACCEPTED, "1", None),
        (DeliveryStatus.FAILED, None, f"{PACKET_TEXT[code]} (status {code})"),
    ]


def test_packet_text_from_the_gateway_wins_over_the_table() -> None:
    packets: list[dict[str, object]] = [{"sendingstatus": 60, "sendingstatustext": "Invalid Number 0812"}]
    assert results_of([msg("a")], send_body(10, packets)) == [
        (DeliveryStatus.FAILED, None, "Invalid Number 0812 (status 60)")
    ]


def test_codes_as_strings_and_numbers_compare_exactly() -> None:
    assert code_of(10) == 10 and code_of("10") == 10 and code_of(10.0) == 10
    assert code_of(True) is None and code_of("ten") is None and code_of(None) is None
    packets: list[dict[str, object]] = [{"number": "6281218000001", "sendingid": "77", "sendingstatus": "10"}]
    assert results_of([msg("a")], send_body("10", packets)) == [(DeliveryStatus.ACCEPTED, "77", None)]


def test_echoed_numbers_in_other_forms_pair_by_number_not_order() -> None:
    batch = [msg("a", "6281218000001"), msg("b", "6281218000002")]
    packets: list[dict[str, object]] = [
        {"number": "+6281218000002", "sendingid": 2, "sendingstatus": 10},
        {"number": "081218000001", "sendingid": 1, "sendingstatus": 10},
    ]
    assert [pid for _, pid, _ in results_of(batch, send_body(10, packets))] == ["1", "2"]


def test_a_message_the_answer_does_not_list_is_uncertain() -> None:
    batch = [msg("a", "6281218000001"), msg("b", "6281218000002")]
    packets: list[dict[str, object]] = [{"number": "6281218000001", "sendingid": 1, "sendingstatus": 10}]
    results = results_of(batch, send_body(10, packets))
    assert results[0] == (DeliveryStatus.ACCEPTED, "1", None)
    assert results[1][0] is DeliveryStatus.UNCERTAIN


def test_tolerated_shapes_bare_packets_object_root_and_unknown_keys() -> None:
    body = {
        "sending_respon": {
            "globalstatus": 10,
            "extra": True,
            "datapacket": {"packet": {"number": "6281218000001", "sendingid": 5, "sendingstatus": 10, "new": 1}},
        }
    }
    assert results_of([msg("a")], body) == [(DeliveryStatus.ACCEPTED, "5", None)]
    bare = {"sending_respon": [{"globalstatus": 10, "datapacket": [{"sendingid": 6, "sendingstatus": 10}]}]}
    assert results_of([msg("a")], bare) == [(DeliveryStatus.ACCEPTED, "6", None)]


@pytest.mark.parametrize("body", [{}, [], "ok", {"sending_respon": []}, {"sending_respon": [{"globalstatus": "x"}]}])
def test_an_answer_without_a_global_status_is_a_provider_error(body: object) -> None:
    with pytest.raises(ProviderError) as info:
        read_send_response(INFO.name, body)
    assert "no global status" in str(info.value)


@pytest.mark.parametrize(
    ("code", "error"), [(20, Rejected), (25, Rejected), (30, AuthError), (35, RateLimited), (40, AuthError)]
)
def test_every_balance_code_raises_with_its_text(code: int, error: type[ProviderError]) -> None:
    body = {"balance_respon": [{"globalstatus": code}]}
    with pytest.raises(error) as info:
        read_balance_response(INFO.name, body, fetched_at=NOW)
    assert info.value.provider_message == BALANCE_GLOBAL_TEXT[code]
    assert BALANCE_GLOBAL_TEXT[code] in str(info.value)
    if isinstance(info.value, RateLimited):
        assert info.value.retry_after == 15 * 60


# -- callbacks (form POSTs) -------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "status"),
    [
        ("pending", DeliveryStatus.ACCEPTED),
        ("sent", DeliveryStatus.SENT),
        ("received", DeliveryStatus.DELIVERED),
        ("read", DeliveryStatus.READ),
        ("cancel", DeliveryStatus.CANCELLED),
        ("reject", DeliveryStatus.FAILED),
    ],
)
def test_tracking_words(word: str, status: DeliveryStatus) -> None:
    assert map_status(word) is status
    body = urlencode({"id": "9775454545", "waid": "xxxx", "number": "081218000001", "status": word}).encode()
    [update] = parse_tracking(body)
    assert update.status is status
    assert update.provider_message_id == "9775454545"
    assert word in update.note


def test_tracking_unknown_word_or_missing_id_is_ignored() -> None:
    assert map_status("revoke") is None and map_status(3) is None
    assert parse_tracking(b"id=1&waid=x&number=62&status=exploded") == []
    assert parse_tracking(b"waid=x&number=62&status=sent") == []
    assert parse_tracking(b"") == []


def test_tracking_tolerates_a_json_body() -> None:
    [update] = parse_tracking(b'{"id": 12345788, "waid": "x", "number": "6281", "status": "READ"}')
    assert (update.provider_message_id, update.status) == ("12345788", DeliveryStatus.READ)


async def test_parse_callback_tracking_and_inbox() -> None:
    account = Account(id=1, name="j", provider="jsonwa", base_url="http://127.0.0.1:9", settings={"waid": "xxxx"})
    provider = JsonWaProvider(account, {"apikey": "k"}, HttpClient(INFO.name, account.base_url))
    try:
        headers = {"Content-Type": "application/x-www-form-urlencoded"}
        inbox = urlencode({"waid": "xxxx", "message": "Halo, saya mau pesan", "number": "+6281218000009"}).encode()
        assert provider.parse_callback(headers, inbox) == []
        assert provider.parse_inbox_callback(headers, inbox) == {
            "kind": "text",
            "from": "6281218000009",
            "number": "+6281218000009",
            "text": "Halo, saya mau pesan",
            "waid": "xxxx",
        }
        tracking = b"id=12345788&waid=xxxx&number=6281218000001&status=received"
        [update] = provider.parse_callback(headers, tracking)
        assert update.status is DeliveryStatus.DELIVERED
        assert provider.parse_inbox_callback(headers, tracking) is None
    finally:
        await provider.aclose()


def test_parse_inbox_keeps_unreadable_numbers_as_given() -> None:
    parsed = parse_inbox({"waid": "w", "message": "hi", "number": "081xxx"})
    assert parsed is not None and parsed["number"] == "081xxx" and parsed["text"] == "hi"
    assert parse_inbox(b"waid=w&number=1") is None
