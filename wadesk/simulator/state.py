"""The state behind every simulated gateway: clock, faults, credentials and per-provider data.

One ``SimState`` is shared by all provider simulators of a server.  Provider
state objects are made on first use from the ``registry.PROVIDERS`` registry;
``state.wablas`` is a typed shortcut for ``state.provider("wablas")``.

Delivery log: ``state.delivered(provider)`` is the simulator's own record of the
messages it accepted, in order, as ``(recipient, text)`` pairs: the normalised
phone number (or group id) and the text (the caption for media).  A resend adds
the message again; a server-side schedule adds its messages when it fires.
Tests use it to check that a recipient got a message exactly once.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING, cast

from wadesk.simulator.clock import Clock, SystemClock
from wadesk.simulator.faults import Faults, Holds
from wadesk.simulator.registry import PROVIDERS

if TYPE_CHECKING:
    from wadesk.simulator.base import ProviderState
    from wadesk.simulator.wablas_state import WablasState


class SimState:
    """Everything the simulated gateways know; safe to poke at from tests."""

    def __init__(
        self,
        clock: Clock | None = None,
        faults: Faults | None = None,
        step_seconds: float = 1.0,
    ) -> None:
        if step_seconds < 0:
            raise ValueError("step_seconds must not be negative")
        self.clock: Clock = clock if clock is not None else SystemClock()
        self.step_seconds = float(step_seconds)
        self.holds = Holds()
        self._faults = faults if faults is not None else Faults()
        self._rng = random.Random(self._faults.seed)
        self._providers: dict[str, ProviderState] = {}

    # -- faults ----------------------------------------------------------

    @property
    def faults(self) -> Faults:
        return self._faults

    @faults.setter
    def faults(self, value: Faults | str | None) -> None:
        """Change the faults at runtime; the random sequence restarts from the new seed."""
        self._faults = value if isinstance(value, Faults) else Faults.parse(value)
        self._rng = random.Random(self._faults.seed)

    @property
    def rng(self) -> random.Random:
        return self._rng

    def hold_next(self, n: int = 1) -> None:
        """Process the next ``n`` provider requests but do not answer them until ``release_held()``."""
        self.holds.hold_next(n)

    def release_held(self) -> None:
        self.holds.release()

    @property
    def held(self) -> int:
        """How many requests are being held right now."""
        return self.holds.held

    # -- providers -------------------------------------------------------

    def now(self) -> float:
        return self.clock.now()

    def provider(self, name: str) -> ProviderState:
        """The state of provider ``name``, made on first use."""
        state = self._providers.get(name)
        if state is None:
            if name not in PROVIDERS:
                raise KeyError(f"unknown provider {name!r} (known: {', '.join(PROVIDERS)})")
            state = self._providers[name] = PROVIDERS[name].make_state(self)
        return state

    @property
    def wablas(self) -> WablasState:
        return cast("WablasState", self.provider("wablas"))

    def credentials(self, provider: str) -> dict[str, str]:
        """The secret settings a client needs, under the provider's own parameter names."""
        return dict(self.provider(provider).credentials)

    def delivered(self, provider: str, phone: str | None = None) -> list[tuple[str, str]]:
        """What ``provider`` accepted, as ``(recipient, text)`` pairs, optionally for one recipient."""
        state = self.provider(provider)
        state.refresh()
        return [entry for entry in state.delivery_log if phone is None or entry[0] == phone]
