"""A gateway's failure in plain words, with the gateway's own words kept as a detail a person can open.

The account and pairing dialogs say what went wrong the way a shop owner reads it ("Wablas refused the
token or key"); what the gateway itself answered stays one click away ("Details"), in its own words,
without status codes.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from wadesk.domain.errors import (
    AuthError,
    NotSent,
    ProviderError,
    RateLimited,
    TransportError,
)
from wadesk.ui.i18n import say

_STATUS = re.compile(r"^HTTP \d{3}:\s*")


def _tr(text: str) -> str:
    return QCoreApplication.translate("GatewayWords", text)


def sentence(text: str) -> str:
    """``text`` begun with a capital letter (messages from the services begin in lower case)."""
    text = text.strip()
    return text[:1].upper() + text[1:] if text else text


def plain_failure(exc: BaseException, gateway: str) -> tuple[str, str]:
    """What went wrong in plain words, and the detail behind it ('' when there is nothing more to say).

    The detail gives the gateway's own words when it answered with some, else what happened on the way.
    ``gateway`` is the gateway's name as people know it (``Wablas``).
    """
    detail = ""
    if isinstance(exc, ProviderError):
        if exc.provider_message:
            detail = _tr("The gateway said: “%1”").replace("%1", exc.provider_message.strip())
        else:
            detail = _tr("What happened: %1").replace("%1", _STATUS.sub("", say(exc.phrase)).strip())
    if isinstance(exc, AuthError):
        text = _tr("%1 refused the token or key. Copy them again from your %1 dashboard.")
    elif isinstance(exc, RateLimited):
        text = _tr("%1 asks to wait a moment. Try again in a minute.")
    elif isinstance(exc, NotSent):
        text = _tr("wadesk could not send anything to %1 with these settings.")
    elif isinstance(exc, TransportError):
        text = _tr("wadesk could not reach %1 at this address. Check the address and the internet connection.")
    elif isinstance(exc, ProviderError):
        text = _tr("%1 did not accept the request.")
    else:  # wadesk's own words (or, for an error that is not wadesk's, that it was unexpected)
        return sentence(say(exc)).rstrip(".") + ".", ""
    return text.replace("%1", gateway), detail


class GatewayDetails(QWidget):
    """A "Details" button that opens the gateway's own words (or what happened) beneath it; hidden without."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.button = QPushButton(self.tr("Details"))
        self.button.setProperty("flat", True)
        self.button.setCheckable(True)
        self.button.setToolTip(self.tr("Show what the gateway itself answered"))
        self.label = QLabel()
        self.label.setObjectName("FieldHelp")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.hide()
        self.button.toggled.connect(self.label.setVisible)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.label)
        self.hide()

    @property
    def text(self) -> str:
        return self.label.text()

    def show_words(self, detail: str) -> None:
        """Offer ``detail`` (from ``plain_failure``) behind the button, closed; nothing when it is ''."""
        self.button.setChecked(False)
        self.label.setText(detail)
        self.setVisible(bool(detail))

    def clear(self) -> None:
        self.show_words("")
