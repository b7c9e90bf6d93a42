"""Shared pieces for the outbox tests against a hostile gateway: a transport that counts requests and can rewrite
a 429's ``Retry-After`` the way a badly behaved gateway sends it, messages, and stepping a manual clock.
The app itself is ``tests.support.gateways.outbox_app``."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import httpx

from wadesk.domain import OutgoingMessage, Recipient
from wadesk.services.clock import ManualClock


class GatewayLine(httpx.AsyncBaseTransport):
    """Real loopback HTTP to the simulator; counts requests; optionally replaces a 429's ``Retry-After``."""

    def __init__(self) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.requests = 0
        self.retry_after: str | None = None

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        response = await self.inner.handle_async_request(request)
        if response.status_code == 429 and self.retry_after is not None:
            response.headers["Retry-After"] = self.retry_after
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()


def messages(n: int, tag: str = "r") -> list[OutgoingMessage]:
    return [
        OutgoingMessage(ref_id=f"{tag}{i}", to=Recipient(f"62812{i:08d}1"), text=f"Halo {tag}{i}") for i in range(n)
    ]


async def step_until(clock: ManualClock, task: asyncio.Future[object], done: Callable[[], bool]) -> None:
    """Let ``task`` work (real loopback I/O) and jump the clock to each of its wake-ups until ``done()``.

    Fails if the task ends (a service that should run forever stopped) or nothing changes for a long while.
    """
    for _ in range(4000):
        if done():
            return
        await asyncio.wait([task], timeout=0.005)
        if task.done():
            raise AssertionError(f"the service stopped: {task.exception()!r}")
        wakeup = clock.next_wakeup
        if wakeup is not None:
            clock.set(max(wakeup, clock.now()))
    raise AssertionError("the condition never came true")
