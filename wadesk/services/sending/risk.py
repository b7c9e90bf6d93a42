"""Content checks that lower the risk of a ban: the plan's warnings, in words a shop owner understands.

WhatsApp bans numbers whose messages look like spam to it, and some of what it
looks at is in the message and the list, not the pace.  Three checks, each a
``PlanWarning`` that asks for one more look but never blocks:

- ``SAME_TEXT``: a bulk send whose texts all come out the same, and whose
  text has no ``{Halo|Hai}`` choice (a choice varies the text even where the
  few recipients happen to get the same words);
- ``LINK_IN_FIRST_MESSAGE``: a link (``https://…``, ``www.…`` or a bare
  domain such as ``toko.id/promo``, or a link message) in the first message a
  device sends a number.  wadesk keeps no incoming messages, so "never wrote to
  the device" is read from its history: no message from that device ever
  reached that number (``MessageRepository.reached``, one query for the whole
  list).  Groups are left out of this check;
- ``NOT_ON_WHATSAPP``: many numbers of the list are not on WhatsApp (a number
  check said so) — at least ``NOT_ON_WHATSAPP_PEOPLE``, or at least
  ``NOT_ON_WHATSAPP_SHARE`` of the list and ``NOT_ON_WHATSAPP_FEWEST``.  They
  are already left out; the warning says why it matters.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence

from wadesk.domain.errors import ValidationError
from wadesk.domain.models import MessageKind, OutgoingMessage
from wadesk.domain.words import N_, phrase
from wadesk.services.compose import Draft
from wadesk.services.sending.plan import PlanWarning, Skip, WarningKind
from wadesk.services.sending.recipients import NOT_ON_WHATSAPP
from wadesk.services.spintax import has_choices

NOT_ON_WHATSAPP_PEOPLE = 20  # this many not on WhatsApp is a warning, however long the list
NOT_ON_WHATSAPP_SHARE = 0.10  # and so is this share of the list …
NOT_ON_WHATSAPP_FEWEST = 3  # … once it is at least this many people (1 of 5 is no pattern)

# Endings of the domains a bare link is recognised by (``toko.id``, ``bit.ly``, ``wa.me``, ``shopee.co.id``): a
# short list, so that ordinary words joined by a full stop ("dll.Terima") are not taken for links.
_ENDINGS = (
    "com|net|org|id|co|io|me|ly|gl|to|link|shop|store|online|site|website|xyz|info|biz|app|dev|page|click|top|club"
    "|live|asia|tk|cc|ws|sg|my"
)
_LINK = re.compile(
    r"\bhttps?://|\bwww\.|(?<![\w@.-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:" + _ENDINGS + r")(?![\w-])",
    re.IGNORECASE,
)

Reached = Callable[[Collection[int], Collection[str]], set[tuple[int, str]]]
"""``(account ids, numbers) -> {(account id, number)}``: which devices a message already reached which numbers."""


def has_link(text: str) -> bool:
    """Whether the text holds a web link, written out (``https://…``, ``www.…``) or bare (``toko.id/promo``)."""
    return _LINK.search(text) is not None


def check(
    draft: Draft,
    shares: Sequence[tuple[int, Sequence[OutgoingMessage]]],
    skipped: Sequence[Skip],
    reached: Reached,
) -> tuple[PlanWarning, ...]:
    """The warnings for the messages each device (by account id) would send, and the recipients left out."""
    messages = [m for _, share in shares for m in share]
    found = [same_text(draft, messages), links_in_first_messages(shares, reached), not_on_whatsapp(skipped, messages)]
    return tuple(w for w in found if w is not None)


def same_text(draft: Draft, messages: Sequence[OutgoingMessage]) -> PlanWarning | None:
    """Everyone of a bulk send gets the very same text, and the text has no choice that would vary it."""
    if len(messages) < 2:
        return None
    texts = {_text(m) for m in messages}
    if len(texts) != 1 or not next(iter(texts)).strip():
        return None
    try:
        if has_choices(draft.caption if draft.kind.is_media else draft.text):
            return None
    except ValidationError:  # a text that cannot be read is a problem of the plan already
        return None
    return PlanWarning(
        WarningKind.SAME_TEXT,
        N_(
            "Everyone gets the very same text: WhatsApp may take it for spam. "
            "Add a variable such as {name}, or choices such as {Hello|Hi}, to vary it."
        ),
        len(messages),
    )


def links_in_first_messages(
    shares: Sequence[tuple[int, Sequence[OutgoingMessage]]], reached: Reached
) -> PlanWarning | None:
    """People who get a link in the first message a device ever sends them."""
    seen: dict[str, bool] = {}  # each text looked at once: a bulk send has few distinct texts, or one per person

    def linked_in(message: OutgoingMessage) -> bool:
        if message.kind is MessageKind.LINK:
            return True
        text = _text(message)
        found = seen.get(text)
        if found is None:
            found = seen[text] = has_link(text)
        return found

    linked = [
        (account_id, m.to.address) for account_id, share in shares for m in share if not m.to.is_group and linked_in(m)
    ]
    if not linked:
        return None
    known = reached({a for a, _ in linked}, {n for _, n in linked})
    first = {pair for pair in linked if pair not in known}
    if not first:
        return None
    count = len({number for _, number in first})
    if count == 1:
        said = phrase(
            N_(
                "1 person gets a link in their first message from this device: WhatsApp often reports those as "
                "spam. Send a first message without a link."
            )
        )
    else:
        said = phrase(
            N_(
                "{count} people get a link in their first message from this device: WhatsApp often reports those "
                "as spam. Send a first message without a link."
            ),
            count=f"{count:,}",
        )
    return PlanWarning(WarningKind.LINK_IN_FIRST_MESSAGE, said, count)


def not_on_whatsapp(skipped: Sequence[Skip], messages: Sequence[OutgoingMessage]) -> PlanWarning | None:
    """Many numbers of the list are not on WhatsApp: they are left out, but the list looks bought."""
    count = len({s.recipient for s in skipped if s.reason == NOT_ON_WHATSAPP})
    listed = count + len(messages)
    many = count >= NOT_ON_WHATSAPP_PEOPLE or (
        count >= NOT_ON_WHATSAPP_FEWEST and count >= NOT_ON_WHATSAPP_SHARE * listed
    )
    if not many:
        return None
    said = phrase(
        N_(
            "{count} of {listed} numbers are not on WhatsApp (they are left out): many such numbers in one list "
            "look like a bought list to WhatsApp. Send to people who gave you their number."
        ),
        count=f"{count:,}",
        listed=f"{listed:,}",
    )
    return PlanWarning(WarningKind.NOT_ON_WHATSAPP, said, count)


def _text(message: OutgoingMessage) -> str:
    return message.caption if message.kind.is_media else message.text
