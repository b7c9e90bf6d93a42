"""The window's panels, in sidebar order: one ``PanelSpec`` each (see ``panels/base.py``).

A new panel is added here; the main window loops over this list.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication

from wadesk.ui.bridge import EventBridge
from wadesk.ui.context import UiContext
from wadesk.ui.panels.base import PanelSpec
from wadesk.ui.panels.composer import ComposerPanel
from wadesk.ui.panels.contacts import ContactsPanel
from wadesk.ui.panels.devices import DevicesPanel
from wadesk.ui.panels.reports import ReportsPanel
from wadesk.ui.panels.scheduler import SchedulerPanel

PANEL_KEYS = ("devices", "composer", "scheduler", "contacts", "reports")


def panel_specs(ctx: UiContext, bridge: EventBridge) -> list[PanelSpec]:
    specs = {
        # Made with the window: File > Add account… and the Devices menu are its actions.
        "devices": PanelSpec(
            "devices",
            QCoreApplication.translate("MainWindow", "Devices"),
            "devices",
            partial(DevicesPanel, ctx, bridge),
            eager=True,
        ),
        "composer": PanelSpec(
            "composer",
            QCoreApplication.translate("MainWindow", "Composer"),
            "composer",
            partial(ComposerPanel, ctx, bridge),
        ),
        "scheduler": PanelSpec(
            "scheduler",
            QCoreApplication.translate("MainWindow", "Scheduler"),
            "scheduler",
            partial(SchedulerPanel, ctx, bridge),
        ),
        "contacts": PanelSpec(
            "contacts",
            QCoreApplication.translate("MainWindow", "Contacts & groups"),
            "contacts",
            partial(ContactsPanel, ctx, bridge),
        ),
        "reports": PanelSpec(
            "reports",
            QCoreApplication.translate("MainWindow", "Reports"),
            "reports",
            partial(ReportsPanel, ctx, bridge),
        ),
    }
    return [specs[key] for key in PANEL_KEYS]
