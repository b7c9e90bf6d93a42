"""The Composer's media: a file (chosen, dropped or pasted) or a link, checked against the devices' limits at once.

``media_refusal`` says why a file cannot be sent by the chosen devices (too
big, a type they refuse, a local file a gateway cannot upload), naming the
limit — the provider's own check (``validate_message``), run as soon as the
file is picked, before anything is sent.  ``read_media`` reads a file's size
and type and makes an image's thumbnail; it is run off the event loop.
``MediaPicker`` is the row of controls: Choose file…, a link box, the
thumbnail or file icon with the name and size, Remove.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QImage, QImageReader, QPixmap
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from wadesk.domain.errors import ValidationError, WadeskError, describe
from wadesk.domain.models import MediaRef, MessageKind, OutgoingMessage, Recipient
from wadesk.domain.words import N_
from wadesk.providers.base import ProviderInfo, validate_message
from wadesk.services.compose import media_ref
from wadesk.ui import icons
from wadesk.ui.widgets.chat_bubble import file_size

THUMBNAIL = 330  # the preview bubble's width: the picture is never drawn larger


def tr(text: str) -> str:
    return QCoreApplication.translate("Composer", text)


def kind_of(media: MediaRef) -> MessageKind:
    """The kind a file is sent as, from its type: a photo, a video, audio, or else a document."""
    mime = media.mime or mimetypes.guess_type(media.filename)[0] or ""
    for prefix, kind in (("image/", MessageKind.IMAGE), ("video/", MessageKind.VIDEO), ("audio/", MessageKind.AUDIO)):
        if mime.startswith(prefix):
            return kind
    return MessageKind.DOCUMENT


def media_refusal(infos: Sequence[ProviderInfo], kind: MessageKind, media: MediaRef) -> str | None:
    """Why one of ``infos`` would refuse ``media`` sent as ``kind`` (its size, its type), or None."""
    probe = OutgoingMessage(ref_id="", to=Recipient("0"), kind=kind, media=media)
    for info in infos:
        try:
            validate_message(info, probe)
        except WadeskError as exc:
            return describe(exc)
    return None


@dataclass(frozen=True)
class ReadMedia:
    media: MediaRef
    thumbnail: QImage | None  # an image's, made smaller


def read_media(path: Path) -> ReadMedia:
    """The file's reference (size, type) and, for a picture, its thumbnail; blocking: run it off the loop."""
    media = media_ref(str(path))
    thumbnail = None
    if kind_of(media) is MessageKind.IMAGE:
        reader = QImageReader(str(path))
        reader.setAutoTransform(True)
        size = reader.size()
        if size.isValid() and size.width() > THUMBNAIL:
            reader.setScaledSize(size.scaled(THUMBNAIL, 10 * THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio))
        image = reader.read()
        thumbnail = None if image.isNull() else image
    return ReadMedia(media, thumbnail)


def save_pasted(image: QImage, folder: Path, name: str) -> Path:
    """A pasted picture written as a PNG file in ``folder`` (the file is what is sent)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    if not image.save(str(path)):
        raise ValidationError(N_("the pasted picture could not be saved in {folder}"), folder=folder)
    return path


class MediaPicker(QWidget):
    """Choose a file or give a link; shows what was picked, or why it was refused.

    ``chosen(Path)`` asks the Composer to read and check a file;
    ``link(str)`` to use a link; ``removed`` to drop the media.
    """

    chosen = Signal(object)  # Path
    link = Signal(str)
    removed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choose_button = QPushButton(icons.icon("open"), tr("Choose file…"))
        self.choose_button.setToolTip(tr("Pick a photo, video, audio or document; you can also drop or paste one"))
        self.choose_button.clicked.connect(self.choose)
        self.url = QLineEdit()
        self.url.setPlaceholderText(tr("or paste a link to the file"))
        self.url.setAccessibleName(tr("Link to the file"))
        self.url.editingFinished.connect(self._link_given)
        self.remove_button = QPushButton(icons.icon("remove"), tr("Remove"))
        self.remove_button.setToolTip(tr("Send without this file"))
        self.remove_button.clicked.connect(self.removed)
        self.picture = QLabel()
        self.picture.setFixedSize(48, 48)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.about.setObjectName("Muted")
        self.refusal = QLabel()
        self.refusal.setWordWrap(True)
        self.refusal.setObjectName("Error")
        self.refusal.setStyleSheet("color: #c62828;")
        self.refusal.hide()

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.choose_button)
        top.addWidget(self.url, 1)
        shown = QHBoxLayout()
        shown.setContentsMargins(0, 0, 0, 0)
        shown.addWidget(self.picture)
        shown.addWidget(self.about, 1)
        shown.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addLayout(shown)
        layout.addWidget(self.refusal)
        self.show_media(None, None)

    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Choose a file to send"))
        if path:
            self.chosen.emit(Path(path))

    def _link_given(self) -> None:
        text = self.url.text().strip()
        if text:
            self.link.emit(text)

    def show_media(self, media: MediaRef | None, thumbnail: QImage | None) -> None:
        """What is attached: a thumbnail or a file icon, the name and the size; nothing attached."""
        self.remove_button.setVisible(media is not None)
        self.picture.setVisible(media is not None)
        if media is None:
            self.about.setText(tr("No file yet: choose one, drop it on the message, or paste a picture."))
            self.picture.clear()
            return
        if thumbnail is not None:
            self.picture.setPixmap(
                QPixmap.fromImage(thumbnail).scaled(
                    48, 48, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
                )
            )
        else:
            icon = {MessageKind.AUDIO: "audio", MessageKind.VIDEO: "play"}.get(kind_of(media), "document")
            self.picture.setPixmap(icons.pixmap(icon, 32))
        size = file_size(media.size)
        self.about.setText(f"{media.filename} · {size}" if size else media.filename)
        self.about.setToolTip(str(media.path) if media.path is not None else media.url or "")

    def show_refusal(self, text: str | None) -> None:
        self.refusal.setText(text or "")
        self.refusal.setVisible(bool(text))
