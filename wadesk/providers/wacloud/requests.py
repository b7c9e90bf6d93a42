"""The JSON bodies and path pieces of WACloud requests."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from wadesk.domain.errors import NotSupported, ValidationError
from wadesk.domain.models import (
    ListContent,
    MessageKind,
    OutgoingMessage,
    PollContent,
    TemplateContent,
)
from wadesk.domain.words import N_, phrase
from wadesk.providers.base import validate_message
from wadesk.providers.wacloud.info import INFO, NAME
from wadesk.providers.wacloud.numbers import chat_number

# -- request pieces -----------------------------------------------------------


def message_body(message: OutgoingMessage, device_id: str) -> dict[str, Any]:
    """The ``POST /messages`` JSON for one message; raises ``ValidationError`` for what cannot be sent."""
    validate_message(INFO, message)
    body: dict[str, Any] = {"device_id": device_id, "to": chat_number(message.to.address)}
    kind, content = message.kind, message.content
    if kind is MessageKind.TEXT:
        body |= {"message_type": "text", "text": message.text}
    elif kind in (MessageKind.IMAGE, MessageKind.VIDEO, MessageKind.DOCUMENT):
        body |= media_fields(message)
    elif kind is MessageKind.POLL:
        if not isinstance(content, PollContent):
            raise ValidationError(N_("a poll needs a question and options"))
        body |= poll_fields(content)
    elif kind is MessageKind.LIST:
        if not isinstance(content, ListContent):
            raise ValidationError(N_("a list message needs its title, button and rows"))
        body |= {"message_type": "list", "message": list_message(content)}
    elif kind is MessageKind.TEMPLATE:
        if not isinstance(content, TemplateContent):
            raise ValidationError(N_("a template message needs the template id"))
        body |= template_fields(content)  # no message_type, as the document's example
    else:
        raise NotSupported(NAME, phrase(N_("{kind} messages"), kind=kind.value))
    return body


def media_fields(message: OutgoingMessage) -> dict[str, Any]:
    """``{kind}_url`` (a public URL), ``caption``; ``filename`` for documents, ``as_note``/``convert`` for videos."""
    media = message.media
    if media is None or not media.url:
        raise NotSupported(NAME, N_("sending local files (give a public URL instead)"))
    kind = message.kind.value
    fields: dict[str, Any] = {"message_type": kind, f"{kind}_url": media.url}
    if message.kind is MessageKind.DOCUMENT:
        fields["filename"] = str(message.extra.get("filename") or media.filename or "document")
    if message.caption:
        fields["caption"] = message.caption
    if message.kind is MessageKind.VIDEO:
        fields["as_note"] = message.extra.get("as_note") is True
        fields["convert"] = message.extra.get("convert") is True
    return fields


def poll_fields(content: PollContent) -> dict[str, Any]:
    options = [o.strip() for o in content.options if o.strip()]
    if not content.question.strip() or not options:
        raise ValidationError(N_("a poll needs a question and at least one option"))
    if content.multiple_answers:
        raise ValidationError(N_("WACloud polls take a single answer (the document has no multiple-answer option)"))
    return {"message_type": "poll", "poll_name": content.question, "poll_options": options}


def list_message(content: ListContent) -> dict[str, Any]:
    """``message: {title, description, button, sections}``; the rows become one section titled like the list."""
    sections: list[dict[str, Any]] = []
    if content.rows:
        rows = [
            {"title": row.title, "rowId": f"row-{index}", "description": row.description}
            for index, row in enumerate(content.rows, 1)
        ]
        sections.append({"title": content.title, "rows": rows})
    message: dict[str, Any] = {
        "title": content.title,
        "description": content.description,
        "button": content.button_text,
        "sections": sections,
    }
    if content.footer:
        message["footer"] = content.footer
    return message


def template_fields(content: TemplateContent) -> dict[str, Any]:
    if not content.template_id.strip():
        raise ValidationError(N_("a WACloud template message needs the template id"))
    if content.buttons:
        raise ValidationError(N_("WACloud templates are stored text templates; they take no buttons"))
    return {"template_id": content.template_id.strip(), "variables": {k: str(v) for k, v in content.variables.items()}}


def path_segment(value: str) -> str:
    return quote(value.strip(), safe="")


def contact_segment(value: str) -> str:
    value = value.strip()
    return quote(value if "@" in value else chat_number(value), safe="@")
