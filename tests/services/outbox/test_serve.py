"""The outbox service of the desktop app never stops for good: after any error it logs the details, tells the
user in plain words, waits (longer each time in a row) and carries on; what was queued goes out in the end."""

from __future__ import annotations

import asyncio
import itertools
import logging
from collections.abc import AsyncIterator, Sequence
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from tests.services.outbox.hostile import GatewayLine, messages, step_until
from tests.support.gateways import START, outbox_app
from wadesk.app import App
from wadesk.domain import DeliveryStatus, OutgoingMessage
from wadesk.domain.models import SendResult
from wadesk.providers.base import Provider
from wadesk.services.clock import ManualClock
from wadesk.simulator.server import SimulatorServer


@pytest.fixture
async def sim() -> AsyncIterator[SimulatorServer]:
    async with SimulatorServer(providers=["wablas", "chatbot"], step_seconds=0.01) as server:
        server.state.provider("chatbot").scan(None)  # type: ignore[attr-defined]  # pair the simulated phone
        yield server


class Buggy:
    """Makes the first ``n`` sends of every provider raise a plain ``RuntimeError`` (a bug, not a gateway answer)."""

    def __init__(self, n: int) -> None:
        self.left = n

    def __call__(self, provider: Provider) -> Provider:
        original = provider.send

        async def send(batch: Sequence[OutgoingMessage]) -> list[SendResult]:
            if self.left > 0:
                self.left -= 1
                raise RuntimeError("KeyError: 'data' while reading the answer")
            return await original(batch)

        provider.send = send  # type: ignore[method-assign]
        return provider


async def serving(app: App) -> tuple[asyncio.Task[None], list[tuple[datetime, str]]]:
    notices: list[tuple[datetime, str]] = []
    app.outbox.on_trouble = lambda text: notices.append((app.outbox.clock.now(), text))
    return asyncio.ensure_future(app.outbox.serve()), notices


async def stop(task: asyncio.Task[None]) -> None:
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)


def all_accepted(app: App, ids: list[int]) -> bool:
    return all(r.status is DeliveryStatus.ACCEPTED for r in app.store.outbox.get_many(ids))


async def test_serve_outlives_unexpected_errors(
    tmp_path: Path, sim: SimulatorServer, caplog: pytest.LogCaptureFixture
) -> None:
    async with outbox_app(tmp_path / "home", sim, GatewayLine(), hook=Buggy(3)) as app:
        clock = app.outbox.clock
        assert isinstance(clock, ManualClock)
        rows = app.outbox.enqueue(app.accounts.get("wablas"), messages(3))
        ids = [r.id for r in rows]
        task, notices = await serving(app)
        try:
            with caplog.at_level(logging.INFO):
                await step_until(clock, task, lambda: all_accepted(app, ids))
        finally:
            await stop(task)

    assert sorted(p for p, _ in sim.state.delivered("wablas")) == sorted(r.to.address for r in rows)  # once each
    assert len(notices) == 3
    gaps = [(b[0] - a[0]).total_seconds() for a, b in itertools.pairwise(notices)]
    assert gaps == [30, 60]  # it waits longer after each failure in a row
    for _, text in notices:
        assert "Traceback" not in text and "unexpected" not in text.lower() and "KeyError" not in text
        assert "log" in text  # where the details are
    logged = [r for r in caplog.records if r.exc_info and isinstance(r.exc_info[1], RuntimeError)]
    assert len(logged) == 3  # the details, traceback included, are in the log


@pytest.mark.parametrize("header", ["inf", "1e12"])
async def test_serve_outlives_an_absurd_retry_after(tmp_path: Path, sim: SimulatorServer, header: str) -> None:
    line = GatewayLine()
    line.retry_after = header
    async with outbox_app(tmp_path / "home", sim, line) as app:
        clock = app.outbox.clock
        assert isinstance(clock, ManualClock)
        sim.state.faults = "rate_limit_rate=1"
        [row] = app.outbox.enqueue(app.accounts.get("chatbot"), messages(1))
        task, notices = await serving(app)
        try:
            await step_until(clock, task, lambda: app.store.messages.get(row.id).next_attempt_at is not None)
            assert app.store.messages.get(row.id).status is DeliveryStatus.QUEUED
            sim.state.faults = None  # the gateway recovers
            await step_until(clock, task, lambda: all_accepted(app, [row.id]))
        finally:
            await stop(task)
    assert notices == []
    assert len(sim.state.delivered("chatbot")) == 1


async def test_serve_asks_again_about_unfinished_sends(tmp_path: Path, sim: SimulatorServer) -> None:
    """A crash left messages ``sending``; the gateway fails the questions about them at first, then answers."""
    async with outbox_app(tmp_path / "home", sim, GatewayLine()) as app:
        clock = app.outbox.clock
        assert isinstance(clock, ManualClock)
        rows = app.outbox.enqueue(app.accounts.get("wablas"), messages(5))
        ids = [r.id for r in rows]
        app.store.messages.mark_sending(ids)  # ... and then wadesk was killed, before the request
        sim.state.faults = "error_rate=1"  # every question fails for a while
        task, notices = await serving(app)
        try:
            await step_until(clock, task, lambda: clock.now() > START + timedelta(minutes=2))
            assert {r.status for r in app.store.outbox.get_many(ids)} == {DeliveryStatus.SENDING}  # not guessed
            sim.state.faults = "rate_limit_rate=0.5,seed=3"  # "later" to some questions, then answers
            await step_until(clock, task, lambda: all_accepted(app, ids))
        finally:
            await stop(task)
    assert sorted(p for p, _ in sim.state.delivered("wablas")) == sorted(r.to.address for r in rows)  # once each
    assert notices == []


async def test_outbox_run_follow_outlives_errors_and_says_so(
    tmp_path: Path, sim: SimulatorServer, capsys: pytest.CaptureFixture[str]
) -> None:
    """``wadesk outbox run --follow`` is the same long-running service as the window's: an error is told, not fatal."""
    from wadesk.cli import build_parser
    from wadesk.cli.commands.outbox import cmd_outbox

    async with outbox_app(tmp_path / "home", sim, GatewayLine(), hook=Buggy(1)) as app:
        clock = app.outbox.clock
        assert isinstance(clock, ManualClock)
        rows = app.outbox.enqueue(app.accounts.get("wablas"), messages(2))
        ids = [r.id for r in rows]
        task = asyncio.ensure_future(cmd_outbox(app, build_parser().parse_args(["outbox", "run", "--follow"])))
        try:
            await step_until(clock, task, lambda: all_accepted(app, ids))
        finally:
            await stop(task)
    err = capsys.readouterr().err
    assert "internal problem stopped it" in err and "tries again" in err
    assert "Traceback" not in err and "unexpected error" not in err
    assert sorted(p for p, _ in sim.state.delivered("wablas")) == sorted(r.to.address for r in rows)
