"""``read_callback`` on garbage: the receiver's own ``CallbackRejected`` or at least one report, never anything else."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from urllib.parse import urlencode

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wadesk.domain.capabilities import Capability
from wadesk.domain.errors import CallbackRejected
from wadesk.domain.models import Account
from wadesk.providers.base import Provider
from wadesk.providers.registry import build_provider, provider_ids, provider_info

SECRETS = {
    "wablas": {"token": "t", "secret_key": "s"},
    "chatbot": {"secretkey": "k"},
    "jsonwa": {"apikey": "k"},
    "wasender": {"api_key": "k"},
    "wacloud": {"api_key": "waha_k"},
}
SETTINGS = {
    "jsonwa": {"waid": "6281200000001"},
    "wasender": {"sender": "6281200000002"},
    "wacloud": {"device_id": "550e8400-e29b-41d4-a716-446655440000"},
}
KEYS = ["msgid", "ack", "id", "status", "waid", "number", "event", "data", "message_id", "phone", "note", "payload"]
WORDS = ["sent", "received", "read", "cancel", "reject", "pending", "status", "message.ack", "1", "3", "-1", ""]

scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=8)
    | st.sampled_from(WORDS)
)
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from(KEYS) | st.text(max_size=4), inner),
    max_leaves=12,
)


def _json(value: object) -> bytes:
    return json.dumps(value, allow_nan=True).encode()


def _form(fields: dict[str, str]) -> bytes:
    return urlencode(fields).encode()


bodies = (
    st.binary(max_size=300)
    | values.map(_json)
    | st.dictionaries(st.sampled_from(KEYS), st.sampled_from(WORDS) | st.text(max_size=6)).map(_form)
    | st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass"))
)


@pytest.fixture(scope="module")
def providers() -> Iterator[list[Provider]]:
    built = [
        build_provider(Account(1, p, p, "https://gateway.test", SETTINGS.get(p, {})), SECRETS[p])
        for p in provider_ids()
    ]
    yield built
    for provider in built:
        asyncio.run(provider.aclose())


@settings(max_examples=300, derandomize=True, database=None, deadline=None, suppress_health_check=list(HealthCheck))
@given(body=bodies, content_type=st.sampled_from(["application/json", "application/x-www-form-urlencoded", ""]))
def test_garbage_is_refused_with_the_receivers_error_only(
    providers: list[Provider], body: bytes, content_type: str
) -> None:
    for provider in providers:
        try:
            updates = provider.read_callback({"content-type": content_type}, body)
        except CallbackRejected:
            continue
        assert updates and provider.info.supports(Capability.STATUS_CALLBACK)


def test_a_gateway_that_never_calls_back_refuses_every_callback() -> None:
    assert not provider_info("wasender").supports(Capability.STATUS_CALLBACK)
    provider = build_provider(
        Account(1, "w", "wasender", "https://gateway.test", SETTINGS["wasender"]), SECRETS["wasender"]
    )
    try:
        with pytest.raises(CallbackRejected):
            provider.read_callback({}, b'{"msgid": "x", "ack": 3}')
    finally:
        asyncio.run(provider.aclose())
