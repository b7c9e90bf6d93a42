"""The stages of a message as the Reports charts show them: their names for people and their colours."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from wadesk.services.report_stats import Stage
from wadesk.ui import theme


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReportStages", text)


def stage_words(stage: Stage) -> str:
    return {
        Stage.WAITING: _tr("Waiting"),
        Stage.SENDING: _tr("Sending"),
        Stage.ACCEPTED: _tr("Accepted"),
        Stage.SENT: _tr("Sent"),
        Stage.DELIVERED: _tr("Delivered"),
        Stage.READ: _tr("Read"),
        Stage.FAILED: _tr("Failed"),
        Stage.UNCERTAIN: _tr("To check"),
        Stage.CANCELLED: _tr("Cancelled"),
    }[stage]


def stage_color(stage: Stage) -> QColor:
    """From the theme: greys for what has not gone, blues then greens as it gets closer to read, red and amber for
    what went wrong."""
    c = theme.current()
    mix = {
        Stage.WAITING: (c.idle, 0.45),
        Stage.SENDING: (c.info, 0.45),
        Stage.ACCEPTED: (c.info, 0.75),
        Stage.SENT: (c.info, 1.0),
        Stage.DELIVERED: (c.ok, 0.7),
        Stage.READ: (c.ok, 1.0),
        Stage.FAILED: (c.bad, 1.0),
        Stage.UNCERTAIN: (c.warn, 1.0),
        Stage.CANCELLED: (c.idle, 0.8),
    }
    name, strength = mix[stage]
    return _toward(QColor(name), QColor(c.base), strength)


def _toward(color: QColor, base: QColor, strength: float) -> QColor:
    """``color`` at ``strength`` over ``base`` (1: the colour itself), opaque."""
    return QColor(
        round(base.red() + (color.red() - base.red()) * strength),
        round(base.green() + (color.green() - base.green()) * strength),
        round(base.blue() + (color.blue() - base.blue()) * strength),
    )
