"""A tiny gateway on real loopback HTTP that answers whatever a test tells it to, and counts what reached it."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from types import TracebackType

from aiohttp import web

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class HostileGateway:
    def __init__(self) -> None:
        self.seen: list[str] = []  # "METHOD /path" of every request that arrived
        self.written = 0  # bytes a streaming answer managed to write before the client let go
        self.routes: dict[str, Handler] = {}  # by path suffix; "" answers everything else
        self.url = ""
        self._runner: web.AppRunner | None = None

    def answer(self, status: int = 200, body: bytes | str = b"", *, path: str = "", **headers: str) -> None:
        """Answer requests whose path ends with ``path`` (every request by default) with these bytes."""
        data = body.encode() if isinstance(body, str) else body
        sent = {k.replace("_", "-"): v for k, v in headers.items()}
        sent.setdefault("Content-Type", "application/json")

        async def handler(_: web.Request) -> web.StreamResponse:
            return web.Response(status=status, body=data, headers=sent)

        self.routes[path] = handler

    def stream(self, total: int, *, declare: bool = False) -> None:
        """Answer 200 with ``total`` bytes of JSON whitespace, chunked (or with its Content-Length declared)."""

        async def handler(request: web.Request) -> web.StreamResponse:
            response = web.StreamResponse(headers={"Content-Type": "application/json"})
            if declare:
                response.content_length = total
            await response.prepare(request)
            chunk = b" " * 65536
            try:
                while self.written < total:
                    await response.write(chunk)
                    self.written += len(chunk)
            except (ConnectionError, RuntimeError):
                pass  # the client stopped reading and closed the connection
            return response

        self.routes[""] = handler

    async def _dispatch(self, request: web.Request) -> web.StreamResponse:
        self.seen.append(f"{request.method} {request.path}")
        for suffix, handler in sorted(self.routes.items(), key=lambda item: -len(item[0])):
            if request.path.endswith(suffix):
                return await handler(request)
        return web.json_response({"status": False, "message": "no answer set"}, status=500)

    async def __aenter__(self) -> HostileGateway:
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._dispatch)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", 0).start()
        self.url = f"http://127.0.0.1:{self._runner.addresses[0][1]}"
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
