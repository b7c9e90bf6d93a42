"""The Scheduler panel: a month of everything scheduled, an agenda, missed schedules (see ``panel.py``)."""

from wadesk.ui.panels.scheduler.panel import SchedulerPanel

__all__ = ["SchedulerPanel"]
