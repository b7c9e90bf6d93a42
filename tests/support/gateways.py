"""A wadesk app on a real SQLite file, with one account per simulated gateway over loopback, on one clock."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from wadesk.app import App
from wadesk.services.clock import ManualClock
from wadesk.simulator import ManualClock as SimClock
from wadesk.simulator import SimulatorServer

GATEWAYS = ("wablas", "chatbot", "jsonwa")
STEP_SECONDS = 60  # a message moves one status at the simulated gateway per minute of the clock


@dataclass
class Gateways:
    """The app and the simulator; ``events`` is every event the app published, in order."""

    app: App
    sim: SimulatorServer
    clock: ManualClock
    events: list[Any] = field(default_factory=list)

    def advance(self, seconds: float) -> None:
        """Move wadesk's clock and the gateways' together."""
        self.clock.advance(seconds)
        sim_clock = self.sim.state.clock
        assert isinstance(sim_clock, SimClock)
        sim_clock.advance(seconds)
