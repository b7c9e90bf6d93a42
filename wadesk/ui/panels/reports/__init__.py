"""The Reports panel: live delivery of every message, campaigns, export (see ``panel.py``)."""

from wadesk.ui.panels.reports.panel import ReportsPanel

__all__ = ["ReportsPanel"]
