"""Sending as one service for every front end: a request becomes a plan to preview; a plan is committed."""

from __future__ import annotations

from wadesk.domain.errors import ValidationError
from wadesk.domain.words import N_
from wadesk.services.accounts import AccountService
from wadesk.services.events import EventHub
from wadesk.services.outbox import Outbox
from wadesk.services.sending.commit import ProgressFn, SendOutcome, StoredFn, commit
from wadesk.services.sending.plan import Plan
from wadesk.services.sending.planner import make_plan
from wadesk.services.sending.recipients import LocalGroups
from wadesk.services.sending.request import SendRequest
from wadesk.store import Store


class SendingService:
    """``plan(request)`` finds every problem and tells what would go when; ``commit(plan)`` stores and sends it.

    Times come from the outbox's clock, so the plan's estimate and the
    dispatcher that sends it agree on what "now" is.  ``local_groups`` is
    where local groups (tags) are kept; without one, a tag is a problem.
    """

    def __init__(
        self,
        store: Store,
        accounts: AccountService,
        outbox: Outbox,
        *,
        events: EventHub | None = None,
        local_groups: LocalGroups | None = None,
    ) -> None:
        self._store = store
        self._accounts = accounts
        self._outbox = outbox
        self._events = events if events is not None else EventHub()
        self._local_groups = local_groups
        self._committed: set[str] = set()  # the first message reference of each plan committed

    async def plan(self, request: SendRequest) -> Plan:
        return await make_plan(
            request,
            store=self._store,
            accounts=self._accounts,
            now=self._outbox.clock.now(),
            local_groups=self._local_groups,
        )

    async def commit(
        self, plan: Plan, *, on_stored: StoredFn | None = None, on_progress: ProgressFn | None = None
    ) -> SendOutcome:
        """Send (or schedule) a plan without problems, once; see ``commit.commit``."""
        if not plan.ok:
            raise ValidationError(plan.error_words())
        if not plan.messages:
            raise ValidationError(N_("the plan has no message to send"))
        _refuse_opted_out(plan, self._store.opt_outs.numbers())
        first = plan.messages[0].message.ref_id
        if first in self._committed:
            raise ValidationError(N_("this plan was sent already: make a new plan to send it again"))
        self._committed.add(first)
        return await commit(
            plan,
            store=self._store,
            outbox=self._outbox,
            events=self._events,
            on_stored=on_stored,
            on_progress=on_progress,
        )


def _refuse_opted_out(plan: Plan, opted_out: frozenset[str]) -> None:
    """A number that opted out after the plan was made is not messaged: the plan must be made again."""
    if not opted_out:
        return
    late = [
        m.message.to.address for m in plan.messages if not m.message.to.is_group and m.message.to.address in opted_out
    ]
    if late:
        raise ValidationError(
            N_("{value} asked not to be messaged since this plan was made: make a new plan"), value=", ".join(late[:5])
        )
