"""One timeline for wadesk and the simulated gateway in in-process tests."""

from __future__ import annotations

from wadesk.services.clock import ManualClock


class GatewayTime:
    """The simulator's clock (``wadesk.simulator.clock.Clock``) reading wadesk's ``ManualClock``.

    Given to ``SimulatorServer(clock=...)``, the gateway sees the same time as the
    outbox: "a day from now" is a day from now on both sides, whatever today's date is.
    """

    def __init__(self, clock: ManualClock) -> None:
        self.clock = clock

    def now(self) -> float:
        return self.clock.now().timestamp()
