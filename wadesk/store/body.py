"""What a message says, as the ``body_json`` column holds it.

The body carries the kind-specific content of an ``OutgoingMessage``: text,
caption, media (URL or local path, mime, size), location, interactive content
(list, buttons, poll, template, contact card, link) and ``extra``.  Empty
parts are left out to keep rows small; ``outgoing_from`` restores them, so
``outgoing_from(stored)`` equals the message that was stored.  ``extra`` must
hold JSON values (a tuple comes back as a list).
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping
from pathlib import Path

from wadesk.domain.errors import ValidationError, WadeskError, words_of
from wadesk.domain.models import (
    Button,
    ButtonsContent,
    ContactCard,
    Interactive,
    LinkContent,
    ListContent,
    ListRow,
    Location,
    MediaRef,
    OutgoingMessage,
    PollContent,
    StoredMessage,
    TemplateContent,
)
from wadesk.domain.words import N_


def message_body(message: OutgoingMessage) -> dict[str, object]:
    body: dict[str, object] = {}
    if message.text:
        body["text"] = message.text
    if message.caption:
        body["caption"] = message.caption
    if message.media is not None:
        body["media"] = _media_body(message.media)
    if message.location is not None:
        location = message.location
        body["location"] = {
            "latitude": location.latitude,
            "longitude": location.longitude,
            "name": location.name,
            "address": location.address,
        }
    if message.content is not None:
        body["content"] = content_body(message.content)
    if message.extra:
        body["extra"] = dict(message.extra)
    return body


def content_body(content: Interactive) -> dict[str, object]:
    """Interactive content as JSON, tagged with its type."""
    data = {k: _plain(v) for k, v in dataclasses.asdict(content).items()}
    return {"type": type(content).__name__, **data}


def _plain(value: object) -> object:
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


_CONTENT_TYPES: dict[str, type[Interactive]] = {
    cls.__name__: cls for cls in (ContactCard, ListContent, ButtonsContent, PollContent, TemplateContent, LinkContent)
}


def content_from(body: Mapping[str, object]) -> Interactive:
    cls = _CONTENT_TYPES.get(str(body.get("type")))
    if cls is None:
        raise TypeError(f"unknown content type {body.get('type')!r}")
    fields = {k: v for k, v in body.items() if k != "type"}
    if "rows" in fields:
        fields["rows"] = tuple(ListRow(**_mapping(r)) for r in _list(fields["rows"]))  # type: ignore[arg-type]
    if "buttons" in fields:
        fields["buttons"] = tuple(Button(**_mapping(b)) for b in _list(fields["buttons"]))  # type: ignore[arg-type]
    if "options" in fields:
        fields["options"] = tuple(str(o) for o in _list(fields["options"]))
    return cls(**fields)  # type: ignore[arg-type]


def _list(value: object) -> list[object]:
    if not isinstance(value, list):
        raise TypeError(f"expected a list, found {type(value).__name__}")
    return value


def _media_body(media: MediaRef) -> dict[str, object]:
    body: dict[str, object] = {}
    if media.url is not None:
        body["url"] = media.url
    if media.path is not None:
        body["path"] = str(media.path)
    if media.mime is not None:
        body["mime"] = media.mime
    if media.size is not None:
        body["size"] = media.size
    return body


def dump_body(message: OutgoingMessage, body: Mapping[str, object] | None = None) -> str:
    """The ``body_json`` of ``message`` (of its ``message_body``, when already made)."""
    try:
        body = message_body(message) if body is None else body
        return json.dumps(body, ensure_ascii=False, separators=(",", ":"))
    except (TypeError, ValueError) as exc:
        raise ValidationError(
            N_("message '{ref_id}' has extra data that cannot be stored: {error}"),
            ref_id=message.ref_id,
            error=words_of(exc),
        ) from exc


def load_body(text: str, message_id: int) -> dict[str, object]:
    try:
        body = json.loads(text)
    except ValueError as exc:
        raise WadeskError(
            N_("message {message_id} has an unreadable body: {error}"), message_id=message_id, error=words_of(exc)
        ) from exc
    if not isinstance(body, dict):
        raise WadeskError(N_("message {message_id} has an unreadable body: not a JSON object"), message_id=message_id)
    return body


def outgoing_from(stored: StoredMessage) -> OutgoingMessage:
    """The message to send again (or show in the composer) from a stored row."""
    body = stored.body
    media = body.get("media")
    location = body.get("location")
    extra = body.get("extra")
    content = body.get("content")
    try:
        return OutgoingMessage(
            ref_id=stored.ref_id,
            to=stored.to,
            kind=stored.kind,
            text=_text(body, "text"),
            caption=_text(body, "caption"),
            media=None if media is None else _media(_mapping(media)),
            location=None if location is None else _location(_mapping(location)),
            content=None if content is None else content_from(_mapping(content)),
            extra={} if extra is None else dict(_mapping(extra)),
        )
    except (TypeError, ValueError) as exc:
        raise WadeskError(
            N_("message {id} has an unreadable body: {error}"), id=stored.id, error=words_of(exc)
        ) from exc


def media_from(value: object) -> MediaRef:
    """A media reference from its JSON (``TypeError`` when it is not one)."""
    return _media(_mapping(value))


def location_from(value: object) -> Location:
    """A location from its JSON (``TypeError`` when it is not one)."""
    return _location(_mapping(value))


def _media(body: Mapping[str, object]) -> MediaRef:
    url = body.get("url")
    path = body.get("path")
    mime = body.get("mime")
    size = body.get("size")
    if url is not None and not isinstance(url, str):
        raise TypeError("media url is not text")
    if path is not None and not isinstance(path, str):
        raise TypeError("media path is not text")
    if mime is not None and not isinstance(mime, str):
        raise TypeError("media mime is not text")
    if size is not None and (not isinstance(size, int) or isinstance(size, bool)):
        raise TypeError("media size is not a number")
    return MediaRef(url=url, path=None if path is None else Path(path), mime=mime, size=size)


def _location(body: Mapping[str, object]) -> Location:
    return Location(
        latitude=_number(body, "latitude"),
        longitude=_number(body, "longitude"),
        name=_text(body, "name"),
        address=_text(body, "address"),
    )


def _mapping(value: object) -> Mapping[str, object]:
    if not isinstance(value, dict):
        raise TypeError(f"expected an object, found {type(value).__name__}")
    return value


def _text(body: Mapping[str, object], key: str) -> str:
    value = body.get(key, "")
    if not isinstance(value, str):
        raise TypeError(f"{key} is not text")
    return value


def _number(body: Mapping[str, object], key: str) -> float:
    value = body.get(key)
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise TypeError(f"{key} is not a number")
    return value
