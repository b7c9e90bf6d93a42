"""A real loopback HTTP transport that remembers every request it carries (and can refuse one).

It also keeps the most requests it ever carried at once (``most_at_once``).
"""

from __future__ import annotations

import httpx


class CountingTransport(httpx.AsyncBaseTransport):
    def __init__(self, fail_on: int | None = None) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.requests: list[httpx.Request] = []
        self.fail_on = fail_on  # refuse the n-th connection, as a network that is down would
        self.at_once = 0
        self.most_at_once = 0

    @property
    def count(self) -> int:
        return len(self.requests)

    def reset(self) -> None:
        self.requests.clear()
        self.most_at_once = self.at_once

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if self.fail_on is not None and len(self.requests) == self.fail_on:
            raise httpx.ConnectError("connection refused", request=request)
        self.at_once += 1
        self.most_at_once = max(self.most_at_once, self.at_once)
        try:
            return await self.inner.handle_async_request(request)
        finally:
            self.at_once -= 1

    async def aclose(self) -> None:
        await self.inner.aclose()
