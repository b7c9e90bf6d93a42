"""Turn what a person typed (numbers, groups, text, media, …) into validated outgoing messages."""

from __future__ import annotations

import mimetypes
import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from wadesk.domain.errors import ValidationError
from wadesk.domain.models import Interactive, Location, MediaRef, MessageKind, OutgoingMessage, Recipient
from wadesk.domain.phone import DEFAULT_REGION, normalize_recipient
from wadesk.domain.words import N_
from wadesk.providers.base import ProviderInfo, validate_message


@dataclass(frozen=True)
class Draft:
    """The content of a message, before it has recipients."""

    kind: MessageKind = MessageKind.TEXT
    text: str = ""
    media: MediaRef | None = None
    caption: str = ""
    location: Location | None = None
    content: Interactive | None = None


def new_ref() -> str:
    """wadesk's own id for a message, sent to providers that accept a client reference."""
    return "wd-" + uuid.uuid4().hex[:20]


def recipients(numbers: Sequence[str], groups: Sequence[str], region: str = DEFAULT_REGION) -> list[Recipient]:
    """Normalised, de-duplicated recipients, in the order given."""
    seen: set[tuple[str, bool]] = set()
    out: list[Recipient] = []
    for raw in numbers:
        address, is_group = normalize_recipient(raw, region)
        if (address, is_group) not in seen:
            seen.add((address, is_group))
            out.append(Recipient(address, is_group))
    for raw in groups:
        group_id = raw.strip()
        if not group_id:
            raise ValidationError(N_("an empty group id was given"))
        if (group_id, True) not in seen:
            seen.add((group_id, True))
            out.append(Recipient(group_id, True))
    if not out:
        raise ValidationError(N_("no recipient: add a number or a group")).on_command_line(
            "no recipient: give --to NUMBER or --group GROUP_ID"
        )
    return out


def media_ref(path_or_url: str) -> MediaRef:
    """A public URL as given, or a local file with its size and type (it must exist)."""
    value = path_or_url.strip()
    if re.match(r"https?://\S+$", value):
        mime, _ = mimetypes.guess_type(value.split("?", 1)[0])
        return MediaRef(url=value, mime=mime)
    path = Path(value).expanduser()
    if not path.is_file():
        raise ValidationError(N_("no such file: '{value}'"), value=value)
    mime, _ = mimetypes.guess_type(path.name)
    return MediaRef(path=path.resolve(), mime=mime, size=path.stat().st_size)


def messages_for(info: ProviderInfo, to: Sequence[Recipient], draft: Draft) -> list[OutgoingMessage]:
    """One message per recipient, each checked against the provider's capabilities and limits."""
    template = OutgoingMessage(
        ref_id="",
        to=to[0],
        kind=draft.kind,
        text=draft.text,
        media=draft.media,
        caption=draft.caption,
        location=draft.location,
        content=draft.content,
    )
    validate_message(info, template)
    for r in to:
        if r.is_group:
            validate_message(info, replace(template, to=r))
            break
    return [replace(template, ref_id=new_ref(), to=r) for r in to]
