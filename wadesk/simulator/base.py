"""What every simulated provider offers the server, and the state they all share."""

from __future__ import annotations

from typing import Protocol

from aiohttp import web


class SharedState(Protocol):
    """What a gateway may use of the one ``state.SimState`` all gateways share.

    Gateway modules name this protocol, never ``state``: the state makes provider states
    from the registry, which imports every gateway module, so that import would be a cycle.
    """

    @property
    def step_seconds(self) -> float: ...

    def now(self) -> float: ...

    def provider(self, name: str) -> ProviderState: ...


class ProviderState:
    """State every provider keeps: its credentials and its delivery log."""

    def __init__(self, sim: SharedState, credentials: dict[str, str]) -> None:
        self.sim = sim
        self.credentials = dict(credentials)
        self.delivery_log: list[tuple[str, str]] = []

    def refresh(self) -> None:
        """Bring time-driven state up to the clock (e.g. fire due schedules)."""

    def record_delivery(self, phone: str, text: str) -> None:
        self.delivery_log.append((phone, text))


class ProviderSim(Protocol):
    """A simulated gateway: one module per provider, registered in ``registry.PROVIDERS``."""

    @property
    def name(self) -> str: ...

    @property
    def base_path(self) -> str:
        """The path under the provider's root that clients use as their base URL (Wablas: ``/api``)."""
        ...

    def make_state(self, sim: SharedState) -> ProviderState: ...

    def add_routes(self, app: web.Application, sim: SharedState, prefix: str) -> None:
        """Add the vendor routes under ``prefix`` (``""`` or ``"/wablas"``) and the ``/__sim/<name>/…`` ones."""
        ...

    def auth_failure(self) -> web.StreamResponse:
        """The answer to a request with bad credentials."""
        ...

    def settings(self, root_url: str) -> dict[str, str]:
        """Non-secret client settings (e.g. other hosts) given the provider's root URL."""
        ...
