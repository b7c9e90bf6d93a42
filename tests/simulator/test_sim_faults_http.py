"""Each fault kind, seen from a client over loopback HTTP, and the hold-request hook."""

from __future__ import annotations

import json
import time

import httpx
import pytest

from wadesk.simulator import SimulatorServer
from wadesk.simulator.faults import BAD_GATEWAY_HTML

SEND = {"phone": "081234567890", "message": "Halo"}


async def test_drop_closes_the_connection_without_answer(
    sim: SimulatorServer, client: httpx.AsyncClient, auth: dict[str, str]
) -> None:
    sim.state.faults = "drop_rate=1"
    with pytest.raises(httpx.RemoteProtocolError):
        await client.post("/send-message", data=SEND, headers=auth)
    assert sim.state.delivered("wablas") == []


async def test_html_502_page(sim: SimulatorServer, client: httpx.AsyncClient, auth: dict[str, str]) -> None:
    sim.state.faults = "html_5xx_rate=1"
    answer = await client.post("/send-message", data=SEND, headers=auth)
    assert answer.status_code == 502
    assert answer.headers["content-type"].startswith("text/html")
    assert answer.text == BAD_GATEWAY_HTML
    assert "<title>502 Bad Gateway</title>" in answer.text and "nginx" in answer.text
    assert sim.state.delivered("wablas") == []


async def test_rate_limit_with_retry_after(
    sim: SimulatorServer, client: httpx.AsyncClient, auth: dict[str, str]
) -> None:
    sim.state.faults = "rate_limit_rate=1,retry_after=3"
    answer = await client.post("/send-message", data=SEND, headers=auth)
    assert answer.status_code == 429
    assert answer.headers["Retry-After"] == "3"
    assert sim.state.delivered("wablas") == []


async def test_server_error(sim: SimulatorServer, client: httpx.AsyncClient, auth: dict[str, str]) -> None:
    sim.state.faults = "error_rate=1"
    answer = await client.get("/report/message", headers=auth)
    assert answer.status_code == 500


async def test_malformed_json_after_processing(
    sim: SimulatorServer, client: httpx.AsyncClient, auth: dict[str, str]
) -> None:
    sim.state.faults = "malformed_rate=1"
    answer = await client.post("/send-message", data=SEND, headers=auth)
    assert answer.status_code == 200
    with pytest.raises(json.JSONDecodeError):
        json.loads(answer.text)
    assert sim.state.delivered("wablas") == [("6281234567890", "Halo")]  # it was accepted nevertheless


async def test_invalid_credentials_refuse_even_good_ones(
    sim: SimulatorServer, client: httpx.AsyncClient, auth: dict[str, str]
) -> None:
    sim.state.faults = "invalid_credentials=1"
    answer = await client.post("/send-message", data=SEND, headers=auth)
    assert answer.status_code == 401
    assert answer.json() == {"status": False, "message": "token invalid"}
    sim.state.faults = None
    assert (await client.post("/send-message", data=SEND, headers=auth)).status_code == 200


async def test_latency_delays_the_answer(sim: SimulatorServer, client: httpx.AsyncClient, auth: dict[str, str]) -> None:
    sim.state.faults = "latency_ms=150"
    started = time.monotonic()
    answer = await client.get("/report/message", headers=auth)
    assert answer.status_code == 200
    assert time.monotonic() - started >= 0.14  # a lower bound only: the simulator slept at least that long


async def test_mixed_rates_follow_the_seed(
    sim: SimulatorServer, client: httpx.AsyncClient, auth: dict[str, str]
) -> None:
    async def codes() -> list[int]:
        got = []
        for _ in range(20):
            got.append((await client.get("/report/message", headers=auth)).status_code)
        return got

    sim.state.faults = "error_rate=0.3,rate_limit_rate=0.3,seed=11"
    first = await codes()
    sim.state.faults = "error_rate=0.3,rate_limit_rate=0.3,seed=11"  # the same seed: the same sequence
    assert await codes() == first
    assert {200, 429, 500} <= set(first)


async def test_control_routes_are_never_faulty(sim: SimulatorServer, root_client: httpx.AsyncClient) -> None:
    sim.state.faults = "error_rate=1,invalid_credentials=1"
    assert (await root_client.get("/__sim/faults")).status_code == 200
    assert (await root_client.get("/__sim/wablas/qr")).status_code == 200
    assert (await root_client.get("/no/such/path")).status_code == 404


async def test_held_request_is_accepted_but_not_answered(
    sim: SimulatorServer, client: httpx.AsyncClient, auth: dict[str, str]
) -> None:
    sim.state.hold_next()
    with pytest.raises(httpx.ReadTimeout):
        await client.post("/send-message", data=SEND, headers=auth, timeout=0.3)
    assert sim.state.held == 1
    assert sim.state.delivered("wablas") == [("6281234567890", "Halo")]
    # The next request is answered normally; so is everything after release.
    assert (await client.post("/send-message", data=SEND, headers=auth)).status_code == 200
    sim.state.release_held()
    assert len(sim.state.delivered("wablas", "6281234567890")) == 2


async def test_held_request_answers_after_release(
    sim: SimulatorServer, client: httpx.AsyncClient, auth: dict[str, str]
) -> None:
    import asyncio

    sim.state.hold_next()
    pending = asyncio.create_task(client.post("/send-message", data=SEND, headers=auth))
    while sim.state.held == 0:
        await asyncio.sleep(0.01)
    assert not pending.done()
    sim.state.release_held()
    answer = await pending
    assert answer.status_code == 200
    assert answer.json()["data"]["messages"][0]["phone"] == "6281234567890"
