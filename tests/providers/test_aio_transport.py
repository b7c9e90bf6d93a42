"""The default transport says whether a failed request can have left, against real loopback servers."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator, Awaitable, Callable

import pytest
from aiohttp import web

from wadesk.domain.errors import Ambiguous, TransportError
from wadesk.providers.http import HttpClient

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


async def _serve(handler: Handler | None = None) -> tuple[web.AppRunner, str]:
    application = web.Application()
    if handler is not None:
        application.router.add_route("*", "/{tail:.*}", handler)
    runner = web.AppRunner(application)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    return runner, f"http://127.0.0.1:{runner.addresses[0][1]}"


@pytest.fixture
async def hanging_up() -> AsyncIterator[tuple[str, list[str]]]:
    """A server that reads each request whole, then closes the connection without answering."""
    seen: list[str] = []

    async def hang_up(request: web.Request) -> web.StreamResponse:
        await request.read()
        seen.append(f"{request.method} {request.path}")
        assert request.transport is not None
        request.transport.close()
        raise asyncio.CancelledError  # the handler ends with the connection

    runner, url = await _serve(hang_up)
    try:
        yield url, seen
    finally:
        await runner.cleanup()


async def test_a_request_the_server_read_then_hung_up_on_is_ambiguous_and_not_sent_again(
    hanging_up: tuple[str, list[str]],
) -> None:
    url, seen = hanging_up
    client = HttpClient("Test", url)
    try:
        for method in ("POST", "GET"):  # aiohttp would send an idempotent one again by itself
            with pytest.raises(Ambiguous):
                await client.request(method, "send", json_body={"to": "62812"} if method == "POST" else None)
    finally:
        await client.aclose()
    assert seen == ["POST /send", "GET /send"]


async def test_a_refused_connection_is_a_transport_error_safe_to_retry() -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    client = HttpClient("Test", f"http://127.0.0.1:{port}")
    try:
        with pytest.raises(TransportError) as caught:
            await client.request("POST", "send", json_body={})
    finally:
        await client.aclose()
    assert not isinstance(caught.value, Ambiguous)


async def test_a_connection_closed_while_idle_is_not_reused() -> None:
    """A keep-alive connection the server closed between two requests: the next one goes on a new connection."""
    answered: list[str] = []

    async def answer(request: web.Request) -> web.Response:
        answered.append(request.path)
        return web.json_response({"ok": True})

    runner, url = await _serve(answer)
    client = HttpClient("Test", url)
    try:
        await client.request("POST", "one", json_body={})
        for connection in list(runner.server.connections if runner.server else []):
            assert connection.transport is not None
            connection.transport.close()  # the server drops its idle connection
        for _ in range(3):
            await asyncio.sleep(0)  # let the loop deliver the close (no waiting on time)
        response = await client.request("POST", "two", json_body={})
    finally:
        await client.aclose()
        await runner.cleanup()
    assert response.json() == {"ok": True}
    assert answered == ["/one", "/two"]


async def test_a_status_line_with_any_characters_gives_the_gateways_error_not_a_crash() -> None:
    async def answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        writer.write("HTTP/1.1 500 Fehl€r Ü\r\nContent-Length: 2\r\n\r\nno".encode())
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(answer, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    client = HttpClient("Test", f"http://127.0.0.1:{port}")
    try:
        with pytest.raises(Ambiguous) as caught:
            await client.request("GET", "device")
    finally:
        await client.aclose()
        server.close()
        await server.wait_closed()
    assert caught.value.http_status == 500
