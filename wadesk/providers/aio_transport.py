"""An httpx transport whose network I/O is done by aiohttp (~0.3 ms CPU a request instead of httpcore's ~1.3 ms).

Providers keep building ``httpx.Request`` and reading ``httpx.Response``; only
the bytes on the wire go through one ``aiohttp.ClientSession``.  What httpx
would do itself is kept: headers and body exactly as httpx built them, the
answer's bytes as they came (httpx decodes their Content-Encoding), no cookies,
no redirects, the body streamed.

Failures are mapped by when they happened, as wadesk decides on them whether a
message may be sent again: only a failure to get a connection (DNS, refused,
TLS handshake or certificate, connect or pool timeout), which is certain to
come before any byte of the request is written, becomes ``httpx.ConnectError``
/ ``httpx.ConnectTimeout``; anything later (disconnected, reset, a cut or
unreadable answer, a read timeout) becomes ``httpx.ReadError`` /
``httpx.RemoteProtocolError`` / ``httpx.ReadTimeout``: the request may have
been taken.  aiohttp's own retry of an idempotent request on a reused
connection the server closed is turned off: nothing is sent twice here.

aiohttp is imported at the first request, not when a provider is built: a
command that only stores an account never loads it.
"""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    import aiohttp

_CHUNK = 64 * 1024


class AiohttpTransport(httpx.AsyncBaseTransport):
    """One account's connections, as an httpx transport over one aiohttp session (opened at its first request)."""

    def __init__(self, limits: httpx.Limits, tls: ssl.SSLContext) -> None:
        self._limits = limits
        self._tls = tls
        self._session: aiohttp.ClientSession | None = None

    def _open(self) -> aiohttp.ClientSession:
        import aiohttp

        connector = aiohttp.TCPConnector(
            limit=self._limits.max_connections or 0,
            limit_per_host=0,
            keepalive_timeout=self._limits.keepalive_expiry,
            ssl=self._tls,  # verification always on: the context's own
        )
        session = aiohttp.ClientSession(
            connector=connector,
            cookie_jar=aiohttp.DummyCookieJar(),
            auto_decompress=False,  # httpx decodes Content-Encoding from the bytes as they came
            trust_env=False,  # httpx's proxies from the environment are not used by wadesk's clients either
            timeout=aiohttp.ClientTimeout(total=None),
        )
        # aiohttp sends an idempotent request again when a reused connection turns out closed; a GET may send a
        # message on some gateways, and nothing must go twice: such a failure is reported, not retried.
        session._retry_connection = False
        self._session = session
        return session

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        from multidict import CIMultiDict
        from yarl import URL

        session = self._session or self._open()
        body = await request.aread()
        headers = CIMultiDict((k.decode("latin-1"), v.decode("latin-1")) for k, v in request.headers.raw)
        try:
            answer = await session.request(
                request.method,
                URL(str(request.url), encoded=True),
                headers=headers,
                data=body if body or request.method not in ("GET", "HEAD") else None,
                skip_auto_headers=("User-Agent", "Accept", "Accept-Encoding", "Content-Type"),
                allow_redirects=False,
                timeout=_timeout(request.extensions.get("timeout", {})),
                ssl=self._tls,
            )
        except Exception as exc:
            mapped = _mapped(exc, request)
            if mapped is None:
                raise
            raise mapped from exc
        return httpx.Response(
            answer.status,
            headers=list(answer.raw_headers),
            stream=_Body(answer, request),
            extensions={"http_version": b"HTTP/1.1", "reason_phrase": _latin1(answer.reason)},
            request=request,
        )

    async def aclose(self) -> None:
        if self._session is not None:
            session, self._session = self._session, None
            await session.close()


class _Body(httpx.AsyncByteStream):
    """The answer's bytes as they arrive; the connection goes back to the pool once they are all read."""

    def __init__(self, answer: aiohttp.ClientResponse, request: httpx.Request) -> None:
        self._answer = answer
        self._request = request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._answer.content.iter_chunked(_CHUNK):
                yield chunk
        except Exception as exc:
            mapped = _mapped(exc, self._request)
            if mapped is None:
                raise
            raise mapped from exc

    async def aclose(self) -> None:
        self._answer.release()


def _latin1(reason: str | None) -> bytes:
    """The status line's words as httpx keeps them (aiohttp decoded them; a gateway may send any bytes)."""
    return (reason or "").encode("latin-1", "replace")


def _timeout(timeouts: dict[str, Any]) -> aiohttp.ClientTimeout:
    """httpx's timeouts in aiohttp's terms: getting a connection (pool), making one (connect), each read."""
    import aiohttp

    return aiohttp.ClientTimeout(
        total=None,
        connect=timeouts.get("pool"),
        sock_connect=timeouts.get("connect"),
        sock_read=timeouts.get("read"),
    )


def _mapped(exc: Exception, request: httpx.Request) -> httpx.HTTPError | None:
    """The httpx error for an aiohttp failure, by whether the request can have left (see the module's words)."""
    import aiohttp

    text = str(exc) or type(exc).__name__
    if isinstance(exc, aiohttp.ConnectionTimeoutError):  # waiting for a pooled or new connection
        return httpx.ConnectTimeout(text, request=request)
    if isinstance(exc, aiohttp.ClientConnectorError):  # DNS, refused, TLS handshake, certificate
        return httpx.ConnectError(text, request=request)
    if isinstance(exc, aiohttp.InvalidURL):  # refused before any connection
        return httpx.UnsupportedProtocol(text, request=request)
    if isinstance(exc, asyncio.TimeoutError):
        return httpx.ReadTimeout(text, request=request)
    if isinstance(exc, aiohttp.ServerDisconnectedError | aiohttp.ClientPayloadError | aiohttp.ClientResponseError):
        return httpx.RemoteProtocolError(text, request=request)
    if isinstance(exc, aiohttp.ClientError | OSError):
        return httpx.ReadError(text, request=request)
    return None
