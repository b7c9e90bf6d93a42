"""An embedded gateway simulator that speaks each provider's documented HTTP API.

Used by the tests (over real loopback HTTP), by ``wadesk --demo``, by
``wadesk simulator`` and by the benchmarks.  It follows the provider documents,
not wadesk's client code.

    async with SimulatorServer(["wablas"], clock=ManualClock()) as sim:
        base_url = sim.base_url("wablas")        # http://127.0.0.1:PORT/api
        secrets = sim.credentials("wablas")      # {"token": ..., "secret_key": ...}
        sim.state.wablas.scan()                  # pair the device
        sim.state.clock.advance(3)               # messages move on
"""

from wadesk.simulator.clock import Clock, ManualClock, SystemClock
from wadesk.simulator.faults import Faults
from wadesk.simulator.registry import PROVIDERS
from wadesk.simulator.server import SimulatorServer, build_app, run_simulator
from wadesk.simulator.state import SimState

__all__ = [
    "PROVIDERS",
    "Clock",
    "Faults",
    "ManualClock",
    "SimState",
    "SimulatorServer",
    "SystemClock",
    "build_app",
    "run_simulator",
]
