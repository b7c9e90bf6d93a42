"""Property: whatever a gateway answers, every provider call gives a valid result or one of wadesk's errors.

Each example is one hostile answer (any status, any bytes, any content type and
charset, any ``Retry-After``/``Content-Encoding``/``Content-Length``) served by
``httpx.MockTransport`` into the real ``HttpClient`` and the real provider
classes, so all of httpx's own response handling runs as in production.  Every
public call of every provider is tried, and the callbacks get the same bytes.

Beyond "only ``WadeskError``", the examples check what the errors mean:

* ``NotSent`` only when no request left;
* a wait asked by a 429 is between ``MIN_RETRY_AFTER`` and ``MAX_RETRY_AFTER`` (or left to the caller);
* a send answered with anything but 429 is never "retry later" (it may have
  been taken), and one answered 2xx with garbage is never "failed": it is
  ``uncertain`` or ``Ambiguous``;
* a send gives one result per message, in order.

Bounded for CI (the ``ci`` profile: ``FUZZ_EXAMPLES`` examples per provider,
derandomized, a few seconds each).  For a longer local run::

    HYPOTHESIS_PROFILE=long python3 dev.py test tests/providers/test_hostile_fuzz.py
"""

from __future__ import annotations

import asyncio
import gzip
import json
import os
import zlib
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wadesk.domain import (
    Account,
    Ambiguous,
    AuthError,
    Contact,
    DeliveryStatus,
    Location,
    MediaRef,
    MessageKind,
    NotSent,
    OutgoingMessage,
    PollContent,
    ProviderError,
    RateLimited,
    Recipient,
    Rejected,
    SendResult,
    TransportError,
    WadeskError,
)
from wadesk.providers.base import Provider
from wadesk.providers.chatbot import ChatbotProvider
from wadesk.providers.http import MAX_RETRY_AFTER, MIN_RETRY_AFTER, HttpClient
from wadesk.providers.jsonwa import JsonWaProvider
from wadesk.providers.registry import provider_class
from wadesk.providers.wablas import WablasProvider
from wadesk.providers.wacloud import WacloudProvider
from wadesk.providers.wasender import WasenderProvider

FUZZ_EXAMPLES = 150
CALL_TIMEOUT = 60  # seconds: a call still running by then is stuck (a gateway keeping it paging forever)
settings.register_profile(
    "ci",
    max_examples=FUZZ_EXAMPLES,
    derandomize=True,  # the same examples on every run: CI never turns red by luck
    database=None,
    deadline=None,  # no timing in assertions
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "long",
    max_examples=5000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
PROFILE = settings.get_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

TO = "6281234567891"
SECRETS = {
    "wablas": {"token": "fuzz-token-1", "secret_key": "fuzz-secret-1"},
    "chatbot": {"secretkey": "fuzz-chatbot-key"},
    "jsonwa": {"apikey": "fuzz-jsonwa-key"},
    "wasender": {"api_key": "fuzz-wasender-key"},
    "wacloud": {"api_key": "waha_fuzz-key"},
}
SETTINGS = {
    "wablas": {"phone_check_url": "https://phone.gateway.test"},
    "chatbot": {"notifyurl": "https://hooks.example.test/notify"},
    "jsonwa": {"waid": "6281200000001"},
    "wasender": {"sender": "6281200000002"},
    "wacloud": {"device_id": "550e8400-e29b-41d4-a716-446655440000"},
}

# -- hostile answers ----------------------------------------------------------------

KEYS = [
    "status", "success", "message", "messages", "msg", "data", "id", "ref_id", "phone", "totalPage", "schedule_at",
    "url", "quota", "sender", "name", "serial", "expired_date", "errorMessage", "error", "errors", "detail",
    "isAuthenticated", "qrcode", "qr_code", "qr", "number", "groupid", "groupname", "globalstatus",
    "globalstatustext", "sending_respon", "balance_respon", "datapacket", "packet", "sendingstatus",
    "sendingstatustext", "sendingid", "message_id", "whatsapp_message_id", "ack", "to", "numberExists", "items",
    "results", "devices", "device", "expires_at", "otp_id", "content", "template_id", "variables", "events",
    "device_id", "chatId", "pushname", "profilePictureURL", "code", "category", "date", "updated_at", "Balance",
    "Expired",
]  # fmt: skip
WORDS = [
    "pending", "sent", "read", "received", "reject", "cancel", "connected", "disconnected", "processing", "success",
    "unlimited", "true", "false", "1", "0", "10", "30", "35", "40", "2026-11-30 10:00:00", "2026-11-30T10:00:00Z",
    "https://files.gateway.test/a.png", "data:image/png;base64,iVBORw0KGgoAAAANSUhEUg==", "data:image/png;base64,!!",
    "iVBORw0KGgo", "6281234567891", "6281234567891@c.us", "120363064449269123@g.us", "already connected",
    "token invalid", "secret key salah", "",
]  # fmt: skip

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=12)
    | st.sampled_from(WORDS),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(st.sampled_from(KEYS) | st.text(max_size=6), children, max_size=6)
    ),
    max_leaves=30,
)


def _encode(text: str, encoding: str) -> bytes:
    return text.encode(encoding, "replace")


def _nested(depth: int, kind: str) -> bytes:
    if kind == "list":
        return ("[" * depth + "]" * depth).encode()
    return ('{"data":' * depth + "1" + "}" * depth).encode()


GARBAGE = b"<!garbage "  # no JSON starts like this, in any charset a test picks for it

json_bodies = st.tuples(
    json_values, st.sampled_from(["utf-8", "utf-16-le", "utf-16", "utf-32-be", "utf-8-sig", "latin-1"])
).map(lambda pair: _encode(json.dumps(pair[0]), pair[1]))
slipped_bodies = json_values.map(lambda v: json.dumps(v).replace("}", ",}").replace("]", ",]").encode())
deep_bodies = st.builds(_nested, st.integers(10, 120_000), st.sampled_from(["list", "object"]))
page_bodies = st.sampled_from(
    [
        b"<html><head><title>502 Bad Gateway</title></head><body><h1>nginx</h1></body></html>",
        b"<title>" * 20_000,
        b"<h1>" + b"x" * 50_000,
        b"<html><body><img src='data:image/png;base64,iVBORw0KGgo='></body></html>",
        b"",
        b"   ",
        b"null",
        b"[]",
        b'"just a string"',
        b"1" * 5000,
    ]
)
garbage_bodies = st.binary(max_size=300).map(lambda b: GARBAGE + b)


@dataclass(frozen=True)
class Answer:
    status: int
    headers: tuple[tuple[bytes, bytes], ...]
    body: bytes
    garbage: bool  # certainly not JSON: a send answered 2xx with it may have been taken

    def response(self, request: httpx.Request) -> httpx.Response:
        return httpx.Response(self.status, headers=list(self.headers), content=self.body, request=request)


CHARSETS = [
    "utf-8", "UTF-8", "utf-16", "utf-16-le", "utf-32", "latin-1", "cp1252", "ascii", "base64", "hex", "rot13",
    "zlib", "idna", "punycode", "undefined", "utf-7", "unicode_escape", "mbcs", "x-unknown", '"utf-8"', "",
]  # fmt: skip
MIMES = ["application/json", "text/html", "text/plain", "application/octet-stream", "", "application/json; q=1"]
RETRY_AFTERS = [
    "soon", "inf", "-inf", "nan", "1e12", "1e400", "0", "-5", "1.5", "120", "0x10", "", " ",
    "Wed, 21 Oct 2015 07:28:00 GMT", "Fri, 31 Dec 9999 23:59:59 GMT", "Mon, 01 Jan 0001 00:00:00 GMT",
    "Sun, 06 Nov 1994 08:49:37 -0000", "Tue, 99 Foo 2020 99:99:99 GMT", "1" * 400,
]  # fmt: skip


def _header_value(text: str) -> bytes:
    return text.encode("utf-8", "replace")


content_types = st.one_of(
    st.tuples(st.sampled_from(MIMES), st.sampled_from(CHARSETS)).map(
        lambda p: f"{p[0]}; charset={p[1]}" if p[1] else p[0]
    ),
    st.text(max_size=40),
)
retry_afters = st.one_of(
    st.sampled_from(RETRY_AFTERS), st.text(max_size=30), st.integers().map(str), st.floats().map(repr)
)
encodings = st.sampled_from(["gzip", "deflate", "br", "zstd", "identity", "compress", "gzip, deflate", "x-garbage"])
lengths = st.sampled_from(["0", "-1", "abc", "99999999999", "5", " 12 "])
statuses = st.one_of(
    st.sampled_from([200, 201, 202, 204, 301, 302, 304, 400, 401, 403, 404, 409, 413, 422, 429, 500, 502, 503]),
    st.integers(100, 599),
)


@st.composite
def answers(draw: st.DrawFn) -> Answer:
    kind = draw(st.sampled_from(["json", "json", "json", "slipped", "deep", "page", "garbage"]))
    body = draw(
        {
            "json": json_bodies,
            "slipped": slipped_bodies,
            "deep": deep_bodies,
            "page": page_bodies,
            "garbage": garbage_bodies,
        }[kind]
    )
    headers: list[tuple[bytes, bytes]] = []
    if draw(st.booleans()):
        headers.append((b"content-type", _header_value(draw(content_types))))
    if draw(st.booleans()):
        headers.append((b"retry-after", _header_value(draw(retry_afters))))
    compressed = draw(st.sampled_from([None, None, None, "gzip", "deflate", "claimed"]))
    if compressed == "gzip":
        body = gzip.compress(body)
        headers.append((b"content-encoding", b"gzip"))
    elif compressed == "deflate":
        body = zlib.compress(body)
        headers.append((b"content-encoding", b"deflate"))
    elif compressed == "claimed":
        headers.append((b"content-encoding", draw(encodings).encode()))
    if draw(st.integers(0, 9)) == 0:
        headers.append((b"content-length", draw(lengths).encode()))
    return Answer(draw(statuses), tuple(headers), body, garbage=kind == "garbage")


# -- the calls ----------------------------------------------------------------------

AT = datetime(2030, 1, 1, 9, 0, tzinfo=UTC)


def text(ref: str = "r1", to: str = TO) -> OutgoingMessage:
    return OutgoingMessage(ref, Recipient(to), text="Halo, apa kabar hari ini?")


def image(ref: str = "i1") -> OutgoingMessage:
    return OutgoingMessage(ref, Recipient(TO), MessageKind.IMAGE, media=MediaRef(url="https://cdn.test/a.png"))


GROUP = OutgoingMessage("g", Recipient("120363064449269123", True), text="Halo grup")
PLACE = OutgoingMessage("l", Recipient(TO), MessageKind.LOCATION, location=Location(-6.2, 106.8, "Toko"))
POLL = OutgoingMessage("p", Recipient(TO), MessageKind.POLL, content=PollContent("Q?", ("A", "B")))
BATCHES: dict[str, list[Sequence[OutgoingMessage]]] = {
    "wablas": [[text()], [text("a"), text("b", "6281234567892"), image("c")], [GROUP]],
    "chatbot": [[text()], [PLACE]],
    "jsonwa": [[text()], [text("a"), text("b", "6281234567892")]],
    "wasender": [[text()], [image()]],
    "wacloud": [[text()], [POLL]],
}

Call = Callable[[Any], Awaitable[object]]


def _calls(provider_id: str, upload: Path) -> list[tuple[str, Call]]:
    """Every public call of the provider, with plausible arguments (sends are checked apart)."""
    common: list[tuple[str, Call]] = [
        (f"send#{i}", lambda p, b=batch: p.send(b)) for i, batch in enumerate(BATCHES[provider_id])
    ]
    by_provider: dict[str, list[tuple[str, Call]]] = {
        "wablas": [
            ("device_info", lambda p: p.device_info()),
            ("pairing_qr", lambda p: p.pairing_qr()),
            ("disconnect", lambda p: p.disconnect()),
            ("restart", lambda p: p.restart()),
            ("balance", lambda p: p.balance()),
            ("upload", lambda p: p.upload(MediaRef(path=upload, mime="image/png"))),
            ("schedule", lambda p: p.schedule([text(), image()], AT)),
            ("update_schedule", lambda p: p.update_schedule("s1", text(), AT)),
            ("cancel_schedule", lambda p: p.cancel_schedule("s1")),
            ("delete_schedule", lambda p: p.delete_schedule("s1")),
            ("cancel", lambda p: p.cancel(["m1", "m2"])),
            ("resend", lambda p: p.resend(["m1"])),
            ("revoke", lambda p: p.revoke(["m1"])),
            ("check_numbers", lambda p: p.check_numbers([TO, "6281234567892"])),
            ("list_contacts", lambda p: p.list_contacts()),
            ("save_contacts", lambda p: p.save_contacts([Contact(TO, "Budi"), Contact("6281234567892")])),
            ("delete_contacts", lambda p: p.delete_contacts([TO])),
            ("fetch_statuses", lambda p: p.fetch_statuses(["m1", "m2"])),
            ("lookup_by_ref", lambda p: p.lookup_by_ref(["r1"])),
        ],
        "chatbot": [
            ("device_info", lambda p: p.device_info()),
            ("qr_state", lambda p: p.qr_state()),
            ("pairing_qr", lambda p: p.pairing_qr()),
            ("check_numbers", lambda p: p.check_numbers([TO])),
            ("list_groups", lambda p: p.list_groups()),
        ],
        "jsonwa": [
            ("schedule", lambda p: p.schedule([text()], AT)),
            ("update_schedule", lambda p: p.update_schedule("s1", text(), AT)),
            ("cancel_schedule", lambda p: p.cancel_schedule("s1")),
            ("balance", lambda p: p.balance()),
            ("balance_details", lambda p: p.balance_details()),
        ],
        "wasender": [
            ("request_qr", lambda p: p.request_qr()),
            ("pairing_qr", lambda p: p.pairing_qr()),
            ("connection_state", lambda p: p.connection_state()),
            ("send_voice_note", lambda p: p.send_voice_note(TO, "https://cdn.test/v.ogg")),
        ],
        "wacloud": [
            ("device_info", lambda p: p.device_info()),
            ("device_status", lambda p: p.device_status()),
            ("list_devices", lambda p: p.list_devices()),
            ("get_device", lambda p: p.get_device("d1")),
            ("create_device", lambda p: p.create_device("Toko", "081234567891")),
            ("pairing_qr", lambda p: p.pairing_qr()),
            ("check_numbers", lambda p: p.check_numbers([TO])),
            ("list_contacts", lambda p: p.list_contacts()),
            ("get_contact", lambda p: p.get_contact(TO)),
            ("update_contact", lambda p: p.update_contact(f"{TO}@c.us", "Budi")),
            ("save_contacts", lambda p: p.save_contacts([Contact(TO, "Budi"), Contact("6281234567892")])),
            ("profile_picture", lambda p: p.profile_picture(TO)),
            ("list_templates", lambda p: p.list_templates()),
            ("get_template", lambda p: p.get_template("t1")),
            ("create_template", lambda p: p.create_template("promo", "Halo @{{name}}")),
            ("update_template", lambda p: p.update_template("t1", name="promo", content="Halo")),
            ("delete_template", lambda p: p.delete_template("t1")),
            ("preview_template", lambda p: p.preview_template("t1", {"name": "Budi"})),
            ("create_webhook", lambda p: p.create_webhook("https://hooks.test/w")),
            ("list_webhooks", lambda p: p.list_webhooks()),
            ("delete_webhook", lambda p: p.delete_webhook("w1")),
            ("send_otp", lambda p: p.send_otp(TO)),
            ("verify_otp", lambda p: p.verify_otp(TO, "123456")),
            ("otp_status", lambda p: p.otp_status("o1")),
        ],
    }
    return common + by_provider[provider_id]


def _callbacks(provider: Provider, body: bytes) -> list[object]:
    """The inbound parsers get the same hostile bytes (they must raise only wadesk's errors too)."""
    out: list[object] = []
    for parse in _inbound(provider):
        try:
            out.append(parse(body))
        except WadeskError as exc:
            out.append(exc)
    return out


def _inbound(provider: Provider) -> list[Callable[[bytes], object]]:
    headers = {"content-type": "application/json"}
    parsers: list[Callable[[bytes], object]] = [lambda b: provider.parse_callback(headers, b)]
    if isinstance(provider, ChatbotProvider):
        parsers.append(lambda b: provider.parse_keyword_webhook(b))
    if isinstance(provider, JsonWaProvider):
        parsers.append(lambda b: provider.parse_inbox_callback(headers, b))
    if isinstance(provider, WasenderProvider):
        parsers = [lambda b: provider.parse_incoming(headers, b)]
    return parsers


# -- the property --------------------------------------------------------------------


def _provider(provider_id: str, answer: Answer, seen: list[httpx.Request]) -> Provider:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return answer.response(request)

    cls = provider_class(provider_id)
    base = {"wablas": "https://gateway.test/api", "wacloud": "https://gateway.test/api/v1"}.get(
        provider_id, "https://gateway.test"
    )
    account = Account(1, "shop", provider_id, base, dict(SETTINGS[provider_id]))
    http = HttpClient(cls.info.name, base, transport=httpx.MockTransport(handler))
    provider = cls(account, SECRETS[provider_id], http)
    if isinstance(provider, WasenderProvider):
        provider.qr_timeout, provider.qr_poll_interval = 1.0, 0.5

        async def no_wait(_: float) -> None:
            return None

        provider.sleep = no_wait
    return provider


async def _exercise(provider_id: str, name: str, call: Call, answer: Answer) -> None:
    seen: list[httpx.Request] = []
    provider = _provider(provider_id, answer, seen)
    try:
        try:
            result = await asyncio.wait_for(call(provider), timeout=CALL_TIMEOUT)
        except WadeskError as exc:
            _check_error(name, exc, answer, seen)
        else:
            _check_result(name, result, answer, _batch(provider_id, name))
        for parsed in _callbacks(provider, answer.body):
            assert isinstance(parsed, list | dict | WadeskError) or parsed is None, parsed
    finally:
        await provider.aclose()


def _check_error(name: str, exc: WadeskError, answer: Answer, seen: list[httpx.Request]) -> None:
    assert str(exc).strip(), "an error says what went wrong"
    if isinstance(exc, NotSent):
        assert not seen, f"NotSent although {len(seen)} request(s) left"
    if isinstance(exc, RateLimited) and exc.retry_after is not None:
        assert MIN_RETRY_AFTER <= exc.retry_after <= MAX_RETRY_AFTER, exc.retry_after
    if name.startswith("send") and seen:
        if answer.status != 429:
            assert not isinstance(exc, TransportError), f"a send that reached the gateway is retried: {exc!r}"
        if answer.garbage and 200 <= answer.status < 300:
            assert isinstance(exc, Ambiguous) or type(exc) is ProviderError, f"garbage answer: {exc!r}"
            assert not isinstance(exc, AuthError | Rejected)


def _check_result(name: str, result: object, answer: Answer, batch: Sequence[OutgoingMessage] | None) -> None:
    if name == "send_voice_note":
        result = [result]
    elif batch is None:
        return
    assert isinstance(result, list) and all(isinstance(r, SendResult) for r in result)
    assert all(isinstance(r.status, DeliveryStatus) for r in result)
    if batch is not None:
        assert [r.ref_id for r in result] == [m.ref_id for m in batch]
    if answer.garbage and 200 <= answer.status < 300:
        assert all(r.status is not DeliveryStatus.FAILED for r in result), result


def _batch(provider_id: str, name: str) -> Sequence[OutgoingMessage] | None:
    """The messages a ``send#N`` call sends; ``None`` for other calls."""
    index = name.removeprefix("send#")
    return BATCHES[provider_id][int(index)] if index.isdigit() else None


PROVIDERS = [WablasProvider, ChatbotProvider, JsonWaProvider, WasenderProvider, WacloudProvider]


@pytest.mark.parametrize("provider_id", [cls.info.id for cls in PROVIDERS])
def test_any_answer_gives_a_result_or_a_wadesk_error(provider_id: str, tmp_path: Path) -> None:
    upload = tmp_path / "promo.png"
    upload.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 64)
    calls = _calls(provider_id, upload)

    with asyncio.Runner() as runner:

        @PROFILE
        @given(call=st.sampled_from(calls), answer=answers())
        def hostile(call: tuple[str, Call], answer: Answer) -> None:
            runner.run(_exercise(provider_id, call[0], call[1], answer))

        hostile()


def test_the_answers_cover_every_kind_of_call() -> None:
    """Each provider's list names every async call its class offers beyond the base (so none is left out)."""
    for cls in PROVIDERS:
        offered = {
            name
            for name in dir(cls)
            if not name.startswith("_")
            and asyncio.iscoroutinefunction(getattr(cls, name))
            and name not in ("aclose", "send")
            and getattr(cls, name) is not getattr(Provider, name, None)
        }
        listed = {name for name, _ in _calls(cls.info.id, Path("x")) if not name.startswith("send#")}
        assert offered <= listed, f"{cls.info.id}: not fuzzed: {sorted(offered - listed)}"
