"""Turn what a person typed (numbers, groups, text) into validated outgoing messages."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from wadesk.domain.errors import ValidationError
from wadesk.domain.models import MessageKind, OutgoingMessage, Recipient
from wadesk.domain.phone import DEFAULT_REGION, normalize_recipient
from wadesk.providers.base import ProviderInfo, validate_message


def new_ref() -> str:
    """wadesk's own id for a message, sent to providers that accept a client reference."""
    return "wd-" + uuid.uuid4().hex[:20]


def recipients(numbers: Sequence[str], groups: Sequence[str], region: str = DEFAULT_REGION) -> list[Recipient]:
    """Normalised, de-duplicated recipients, in the order given."""
    seen: set[tuple[str, bool]] = set()
    out: list[Recipient] = []
    for raw in numbers:
        address, is_group = normalize_recipient(raw, region)
        key = (address, is_group)
        if key not in seen:
            seen.add(key)
            out.append(Recipient(address, is_group))
    for raw in groups:
        group_id = raw.strip()
        if not group_id:
            raise ValidationError("an empty group id was given")
        if (group_id, True) not in seen:
            seen.add((group_id, True))
            out.append(Recipient(group_id, True))
    if not out:
        raise ValidationError("no recipient: give --to NUMBER or --group GROUP_ID")
    return out


def text_messages(info: ProviderInfo, to: Sequence[Recipient], text: str) -> list[OutgoingMessage]:
    """One text message per recipient, each checked against the provider's limits."""
    messages = [OutgoingMessage(ref_id=new_ref(), to=r, kind=MessageKind.TEXT, text=text) for r in to]
    for message in messages:
        validate_message(info, message)
    return messages
