"""The Composer's drafts and saved messages: nothing written is lost, and a good message can be used again.

- The draft being written (``ComposerDraft``: the message and the Composer's
  other choices — recipients as typed, devices, pace, scheduled time) is kept
  in one row of the store, written on a short timer while the user types and
  cleared after a successful send; it survives closing the window, a crash or
  a restart (the write is committed when ``save_current`` returns).  It is one
  small upsert, so it runs on the caller's thread: measured with a large draft
  (2,000 chosen contacts, 500 typed numbers) a quarter of a millisecond
  typically, ~10 ms at worst when SQLite checkpoints its log.
- A saved message is the message alone (kind, text, media reference, caption,
  location or interactive content), under a name unique without case.

The JSON is versioned (``DRAFT_VERSION``); the message part is the same JSON
as a stored message's body (``store.body``).  Reading is lenient: a draft
written by an older or newer wadesk, or a damaged one, gives what can still be
read, with ``notes`` in plain words saying what was left out; it never raises.
A local media file or recipients file that is no longer there is left out
with a note.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TypeVar

from wadesk.domain.errors import ValidationError, words_of
from wadesk.domain.models import (
    ButtonsContent,
    ContactCard,
    Interactive,
    LinkContent,
    ListContent,
    MediaRef,
    MessageKind,
    OutgoingMessage,
    PollContent,
    Recipient,
    TemplateContent,
)
from wadesk.domain.words import N_
from wadesk.services.compose import Draft, media_ref
from wadesk.services.events import DraftsChanged, EventHub
from wadesk.store import Store
from wadesk.store.body import content_from, location_from, media_from, message_body
from wadesk.store.drafts import MAX_NAME as MAX_NAME  # a saved message's name, at most

log = logging.getLogger(__name__)
_T = TypeVar("_T")

DRAFT_VERSION = 1
PREVIEW_CHARS = 120  # of a saved message's first line, kept for the list of them


@dataclass(frozen=True)
class ComposerDraft:
    """Everything the Composer holds that a user would be sorry to lose.

    ``recipients_mapping`` is the recipients picker's own column mapping for
    ``recipients_file`` (e.g. which column is the number, which become
    variables), kept as text to text.  ``notes`` say what could not be loaded
    (in plain words, for the window); they are not saved.
    """

    draft: Draft = field(default_factory=Draft)
    numbers_text: str = ""
    contact_ids: tuple[int, ...] = ()
    tags: tuple[str, ...] = ()
    group_ids: tuple[str, ...] = ()
    recipients_file: Path | None = None
    recipients_mapping: Mapping[str, str] = field(default_factory=dict)
    account_ids: tuple[int, ...] = ()
    pace: str = ""
    scheduled_at: datetime | None = None  # timezone-aware
    notes: tuple[str, ...] = field(default=(), compare=False)

    @property
    def is_empty(self) -> bool:
        """Nothing written or chosen: no need to keep it."""
        return self == ComposerDraft()


@dataclass(frozen=True)
class TemplateInfo:
    """A saved message as listed: its name, kind, first line and when it was saved."""

    name: str
    kind: MessageKind
    preview: str
    updated_at: datetime


class DraftService:
    """The draft being written and the saved messages, in the store; publishes ``DraftsChanged``."""

    def __init__(self, store: Store, events: EventHub | None = None) -> None:
        self._repo = store.drafts
        self._events = events

    # The draft being written.

    def save_current(self, draft: ComposerDraft) -> None:
        """Keep ``draft`` as the one being written (an empty one is forgotten instead); committed on return."""
        if draft.is_empty:
            self._repo.clear_current()
        else:
            self._repo.save_current(draft_json(draft))

    def load_current(self) -> ComposerDraft | None:
        """The draft kept from last time, or ``None``; what cannot be read is left out and named in ``notes``."""
        stored = self._repo.current()
        return None if stored is None else read_draft(stored.draft_json)

    def clear_current(self) -> None:
        """Forget the draft being written (after a successful send)."""
        self._repo.clear_current()

    # Saved messages.

    def save_template(self, name: str, draft: ComposerDraft | Draft, *, replace: bool = False) -> TemplateInfo:
        """Save the message (not its recipients, devices or timing) under ``name``.

        A name already used (in any case) is refused with ``ValidationError``
        unless ``replace``; an empty or overlong name is refused too.
        """
        message = draft.draft if isinstance(draft, ComposerDraft) else draft
        row = self._repo.save(
            name,
            message.kind.value,
            preview_of(message),
            draft_json(ComposerDraft(draft=message)),
            replace=replace,
        )
        self._changed(row.name)
        return TemplateInfo(row.name, _kind(row.kind), row.preview, row.updated_at)

    def templates(self) -> list[TemplateInfo]:
        """Every saved message, by name."""
        return [TemplateInfo(r.name, _kind(r.kind), r.preview, r.updated_at) for r in self._repo.list()]

    def load_template(self, name: str) -> ComposerDraft:
        """The saved message as a draft with only its message set (notes say what could not be loaded)."""
        return read_draft(self._repo.get(name).draft_json)

    def rename_template(self, name: str, new_name: str) -> TemplateInfo:
        row = self._repo.rename(name, new_name)
        self._changed(name, row.name)
        return TemplateInfo(row.name, _kind(row.kind), row.preview, row.updated_at)

    def delete_template(self, name: str) -> None:
        row = self._repo.delete(name)
        self._changed(row.name)

    def _changed(self, *names: str) -> None:
        if self._events is not None:
            self._events.publish(DraftsChanged(frozenset(names)))


def _kind(value: str) -> MessageKind:
    try:
        return MessageKind(value)
    except ValueError:
        return MessageKind.TEXT


def preview_of(draft: Draft) -> str:
    """The first line a person would recognise the message by."""
    content = draft.content
    candidates = [draft.text, draft.caption, _content_text(content) if content is not None else ""]
    if draft.location is not None:
        candidates.append(draft.location.name or draft.location.address)
    if draft.media is not None:
        candidates.append(draft.media.filename)
    for text in candidates:
        for line in text.splitlines():
            if line.strip():
                return line.strip()[:PREVIEW_CHARS]
    return ""


def _content_text(content: Interactive) -> str:
    if isinstance(content, ContactCard):
        return content.name
    if isinstance(content, ListContent):
        return content.title or content.description
    if isinstance(content, ButtonsContent | TemplateContent | LinkContent):
        return content.text or getattr(content, "url", "")
    if isinstance(content, PollContent):
        return content.question
    return ""


# The JSON of a draft.


def draft_json(draft: ComposerDraft) -> str:
    """``draft`` as the store keeps it (``read_draft`` reads it back)."""
    message = draft.draft
    as_message = OutgoingMessage(
        ref_id="",
        to=Recipient(""),
        kind=message.kind,
        text=message.text,
        media=message.media,
        caption=message.caption,
        location=message.location,
        content=message.content,
    )
    data: dict[str, object] = {
        "version": DRAFT_VERSION,
        "message": {"kind": message.kind.value, **message_body(as_message)},
        "numbers_text": draft.numbers_text,
        "contact_ids": list(draft.contact_ids),
        "tags": list(draft.tags),
        "group_ids": list(draft.group_ids),
        "recipients_file": None if draft.recipients_file is None else str(draft.recipients_file),
        "recipients_mapping": dict(draft.recipients_mapping),
        "account_ids": list(draft.account_ids),
        "pace": draft.pace,
        "scheduled_at": None if draft.scheduled_at is None else draft.scheduled_at.isoformat(),
    }
    try:
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    except (TypeError, ValueError) as exc:
        raise ValidationError(N_("this draft cannot be kept: {error}"), error=words_of(exc)) from exc


_UNREADABLE = "The draft could not be read (it may have been damaged); starting from an empty one."


def read_draft(text: str) -> ComposerDraft:
    """What can be read of a draft's JSON; never raises (``notes`` say what was left out)."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        log.warning("an unreadable draft was left out")
        return ComposerDraft(notes=(_UNREADABLE,))
    if not isinstance(data, dict):
        return ComposerDraft(notes=(_UNREADABLE,))
    reader = _Reader(data)
    message = reader.message()
    recipients_file = reader.path("recipients_file")
    mapping = reader.mapping("recipients_mapping")
    if recipients_file is not None and not recipients_file.is_file():
        reader.notes.append(
            f"The recipients file {recipients_file.name} is no longer at {recipients_file.parent}; choose it again."
        )
        recipients_file, mapping = None, {}
    return ComposerDraft(
        draft=message,
        numbers_text=reader.text("numbers_text", "the typed numbers"),
        contact_ids=reader.items("contact_ids", int, "the chosen contacts"),
        tags=reader.items("tags", str, "the chosen groups of contacts"),
        group_ids=reader.items("group_ids", str, "the chosen WhatsApp groups"),
        recipients_file=recipients_file,
        recipients_mapping=mapping,
        account_ids=reader.items("account_ids", int, "the chosen devices"),
        pace=reader.text("pace", "the pace"),
        scheduled_at=reader.moment("scheduled_at"),
        notes=tuple(reader.notes),
    )


def _were(what: str) -> str:
    return "were" if what.endswith("s") else "was"


class _Reader:
    """Reads one field at a time; a field that cannot be read is left at its default, with a note."""

    def __init__(self, data: dict[str, object]) -> None:
        self.data = data
        self.notes: list[str] = []

    def _lost(self, what: str) -> None:
        self.notes.append(f"{what[:1].upper()}{what[1:]} could not be read and {_were(what)} left out.")

    def text(self, key: str, what: str) -> str:
        value = self.data.get(key) or ""
        if not isinstance(value, str):
            self._lost(what)
            return ""
        return value

    def items(self, key: str, kind: type[_T], what: str) -> tuple[_T, ...]:
        value = self.data.get(key) or []
        if not isinstance(value, list) or not all(isinstance(v, kind) and not isinstance(v, bool) for v in value):
            self._lost(what)
            return ()
        return tuple(value)

    def path(self, key: str) -> Path | None:
        value = self.text(key, "the recipients file")
        return Path(value) if value else None

    def mapping(self, key: str) -> dict[str, str]:
        value = self.data.get(key) or {}
        if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
            self._lost("the recipients file's columns")
            return {}
        return {str(k): str(v) for k, v in value.items()}

    def moment(self, key: str) -> datetime | None:
        text = self.text(key, "the scheduled time")
        if not text:
            return None
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            moment = None
        if moment is None or moment.tzinfo is None:
            self.notes.append("The scheduled time could not be read; choose it again.")
            return None
        return moment

    def message(self) -> Draft:
        body = self.data.get("message")
        if not isinstance(body, dict):
            if body is not None:
                self.notes.append("The message could not be read and was left out.")
            return Draft()
        kind_text = body.get("kind", MessageKind.TEXT.value)
        try:
            kind = MessageKind(kind_text)
        except ValueError:
            self.notes.append(f"This wadesk cannot write a message of the kind {kind_text!r}; it was made a text.")
            kind = MessageKind.TEXT
        text = self._text(body, "text", "The message's text")
        caption = self._text(body, "caption", "The caption")
        media = self._part(body, "media", _media, "The media")
        location = self._part(body, "location", lambda v, _: location_from(v), "The location")
        content: Interactive | None = self._part(
            body, "content", _content, "The message's buttons, list or other content"
        )
        return Draft(
            kind=kind,
            text=text,
            caption=caption,
            media=media,
            location=location,
            content=content,
        )

    def _text(self, body: dict[str, object], key: str, what: str) -> str:
        value = body.get(key, "")
        if isinstance(value, str):
            return value
        self.notes.append(f"{what} could not be read and was left out.")
        return ""

    def _part(self, body: dict[str, object], key: str, read: Callable[[object, list[str]], _T], what: str) -> _T | None:
        value = body.get(key)
        if value is None:
            return None
        try:
            return read(value, self.notes)
        except (TypeError, ValueError) as exc:
            log.info("a draft's %s was left out: %s", key, exc)
            self.notes.append(f"{what} could not be read and was left out.")
            return None


def _content(value: object, notes: list[str]) -> Interactive:
    if not isinstance(value, dict):
        raise TypeError("not an object")
    return content_from(value)


def _media(value: object, notes: list[str]) -> MediaRef | None:
    media = media_from(value)
    if media.url is None and media.path is None:
        raise TypeError("neither a file nor a link")
    if media.path is None:
        return media
    try:
        return media_ref(str(media.path))  # as the file is now: its size may have changed
    except ValidationError:
        notes.append(
            f"The file {media.path.name} is no longer at {media.path.parent}; the draft was loaded without it."
        )
        return None
