"""Closing an account's client while a request is under way leaks nothing and loses no answer."""

from __future__ import annotations

import asyncio
import gc
import warnings
from collections.abc import AsyncIterator

import pytest
from aiohttp import web

from wadesk.providers.http import HttpClient


@pytest.fixture
async def slow_gateway() -> AsyncIterator[tuple[str, asyncio.Event, asyncio.Event]]:
    """A loopback server that answers only once released; and an event set when a request arrived."""
    arrived, release = asyncio.Event(), asyncio.Event()

    async def answer(request: web.Request) -> web.Response:
        arrived.set()
        await release.wait()
        return web.json_response({"status": True})

    application = web.Application()
    application.router.add_get("/api/device", answer)
    runner = web.AppRunner(application)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    try:
        yield f"http://127.0.0.1:{port}/api", arrived, release
    finally:
        release.set()
        await runner.cleanup()


async def test_a_client_closed_under_a_request_closes_its_socket_when_the_answer_comes(
    slow_gateway: tuple[str, asyncio.Event, asyncio.Event],
) -> None:
    base_url, arrived, release = slow_gateway
    client = HttpClient("Test", base_url)
    asking = asyncio.ensure_future(client.request("GET", "device"))
    await asyncio.wait_for(arrived.wait(), timeout=10)

    await client.aclose()  # the account is removed (or wadesk quits) while its device is being checked
    release.set()
    response = await asking
    assert response.json() == {"status": True}

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        del asking, response, client
        gc.collect()
    assert [str(w.message) for w in caught if issubclass(w.category, ResourceWarning)] == []
