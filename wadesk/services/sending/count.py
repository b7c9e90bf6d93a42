"""Who a request's recipients are, counted without making its messages: the Composer's running count."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from wadesk.services.sending.plan import Problem, ProblemKind, Skip
from wadesk.services.sending.recipients import ALREADY, NOT_ON_WHATSAPP, OPTED_OUT, LocalGroups, gather
from wadesk.services.sending.request import SendRequest
from wadesk.store import Store


@dataclass(frozen=True)
class RecipientCount:
    """How many a request reaches, and those left out, each kind counted (as ``SendingService.plan`` finds them)."""

    reached: int = 0  # the recipients messages would go to
    opted_out: int = 0  # left out: they asked not to be messaged
    duplicates: int = 0  # given more than once (merged)
    not_on_whatsapp: int = 0  # contacts a number check found not on WhatsApp
    unreadable: int = 0  # numbers, group ids or local groups that cannot be used
    bad_rows: int = 0  # rows of recipient files that cannot be used
    problems: tuple[Problem, ...] = ()
    skipped: tuple[Skip, ...] = ()


def recipient_count(request: SendRequest, store: Store, local_groups: LocalGroups | None = None) -> RecipientCount:
    """Gather ``request``'s recipients as a plan does (``gather``, same address book and opt-outs) and count them.

    The draft and the devices are not looked at.  Synchronous: it reads the store (see ``count_recipients``).
    """
    found = gather(request, store.contacts.get, local_groups, store.opt_outs.numbers())
    reasons = [skip.reason for skip in found.skipped]
    kinds = [problem.kind for problem in found.problems]
    return RecipientCount(
        reached=len(found.targets),
        opted_out=reasons.count(OPTED_OUT),
        duplicates=sum(1 for reason in reasons if reason.startswith(ALREADY)),
        not_on_whatsapp=reasons.count(NOT_ON_WHATSAPP),
        unreadable=kinds.count(ProblemKind.RECIPIENT),
        bad_rows=kinds.count(ProblemKind.ROW),
        problems=tuple(found.problems),
        skipped=tuple(found.skipped),
    )


async def count_recipients(
    request: SendRequest, store: Store, local_groups: LocalGroups | None = None
) -> RecipientCount:
    """``recipient_count`` in an executor: the event loop goes on while a list of 100,000 is gathered."""
    return await asyncio.to_thread(recipient_count, request, store, local_groups)
