"""The demo opens without waiting on a gateway: a phone paired at start is paired on the simulator's time."""

from __future__ import annotations

import asyncio

from wadesk.demo import PAIRED_AT_START, demo_environment
from wadesk.domain.models import DeviceState
from wadesk.providers.wasender import WasenderProvider


async def test_wasender_is_paired_at_start_by_moving_the_simulators_time_not_by_waiting() -> None:
    async with demo_environment(history=False) as demo:
        assert "wasender" in PAIRED_AT_START
        account = next(a for a in demo.accounts if a.provider == "wasender")
        provider = await demo.app.accounts.provider(account)
        assert isinstance(provider, WasenderProvider)
        # The gateway said "processing" and asked to be called again in 2.5 s: that time passed on the
        # simulator's clock only, and the provider waits in real time again afterwards.
        assert demo.clock.ahead == provider.qr_poll_interval
        assert provider.sleep is asyncio.sleep
        assert demo.server.state.provider("wasender").device.status == "connected"
        assert (await provider.connection_state()) is DeviceState.CONNECTED
