"""The registry of simulated gateways: one ``ProviderSim`` per provider id.

To add a gateway, write its module (its state and routes, importing only ``base``
and the shared helpers, never ``state`` or ``server``) and add one line here.
"""

from __future__ import annotations

from wadesk.simulator import chatbot, jsonwa, wablas, wacloud, wasender
from wadesk.simulator.base import ProviderSim

PROVIDERS: dict[str, ProviderSim] = {
    "wablas": wablas.SIM,
    "chatbot": chatbot.SIM,
    "wasender": wasender.SIM,
    "wacloud": wacloud.SIM,
    "jsonwa": jsonwa.SIM,
}
