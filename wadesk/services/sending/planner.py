"""From a request to a plan: render each message, share them among the devices, check everything, tell when."""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time

from wadesk.domain.errors import ValidationError
from wadesk.domain.models import Account, OutgoingMessage
from wadesk.domain.words import N_, Phrase
from wadesk.providers.base import ProviderInfo, validate_message
from wadesk.services.accounts import AccountService
from wadesk.services.campaigns import WHERE_PROBLEM, Target, personalise
from wadesk.services.compose import Draft
from wadesk.services.outbox import schedules_on_gateway
from wadesk.services.pacing import PacePolicy, local_zone, policy_from
from wadesk.services.pacing.governor import device_limits
from wadesk.services.sending import risk
from wadesk.services.sending.estimate import estimate
from wadesk.services.sending.plan import (
    HeldBy,
    Plan,
    PlannedMessage,
    PlanWarning,
    Problem,
    ProblemKind,
    Share,
    Skip,
    time_passed,
)
from wadesk.services.sending.recipients import LocalGroups, Recipients, gather
from wadesk.services.sending.request import SendRequest
from wadesk.services.spintax import TemplateSyntaxError, UnknownVariable
from wadesk.store import Store


@dataclass
class _Prepared:
    """The synchronous part of a plan (reading the address book, rendering, checking), made off the event loop."""

    rendered: list[OutgoingMessage | None]  # one per target; None where it cannot be sent
    problems: list[Problem]  # the recipients' first
    shares: list[tuple[Account, ProviderInfo, list[int]]]  # each device's targets, by index
    lines: list[int | None]  # each target's row in its table (the targets themselves are not kept)
    tables: list[int | None]
    skipped: list[Skip]
    warnings: tuple[PlanWarning, ...] = ()

    @classmethod
    def of(
        cls,
        found: Recipients,
        rendered: list[OutgoingMessage | None],
        problems: list[Problem],
        shares: list[tuple[Account, ProviderInfo, list[int]]],
    ) -> _Prepared:
        lines = [target.line for target in found.targets]
        return cls(rendered, [*found.problems, *problems], shares, lines, found.tables, found.skipped)


async def make_plan(
    request: SendRequest,
    *,
    store: Store,
    accounts: AccountService,
    now: datetime,
    local_groups: LocalGroups | None = None,
) -> Plan:
    """The plan for ``request`` at ``now``: nothing is stored or sent."""
    prepared = await asyncio.to_thread(_prepare, request, store, accounts, local_groups)
    # The finished future (with ``prepared``) stays referenced until this step of the task yields: yield, so that
    # what only planning needs goes with ``prepared`` when the plan is made, not after the commit that follows.
    await asyncio.sleep(0)
    problems = list(prepared.problems)
    at = request.at
    if at is not None and at <= now:
        problems.append(Problem(ProblemKind.TIME_PASSED, time_passed(at)))
    if request.on_gateway and at is None:
        problems.append(Problem(ProblemKind.GATEWAY_NEEDS_TIME, N_("only a schedule can be held by the gateway")))
    pace: PacePolicy | None = None
    try:
        pace = policy_from(request.pace)
    except ValidationError as exc:
        problems.append(Problem(ProblemKind.PACE, exc.phrase))

    count = sum(1 for m in prepared.rendered if m is not None)
    shares: list[Share] = []
    for account, info, indices in prepared.shares:
        held_by = HeldBy.WADESK
        if at is not None:
            try:
                held_by = HeldBy.GATEWAY if schedules_on_gateway(info, request.on_gateway) else HeldBy.WADESK
            except ValidationError as exc:
                problems.append(Problem(ProblemKind.NO_GATEWAY_SCHEDULER, exc.phrase, device=account.name))
        messages = tuple(m for m in (prepared.rendered[i] for i in indices) if m is not None)
        when = None
        if pace is not None:
            day_count = _day_count(store, account, pace, held_by)
            limits = device_limits(store, account.id, pace.tz)  # the governor's caps: warm-up, per hour
            when = await estimate(
                pace, at or now, len(messages), held_by=held_by, paced=count > 1, day_count=day_count, limits=limits
            )
        shares.append(Share(account, info, messages, held_by, when))

    devices = [account.name for account, _, _ in prepared.shares]  # in turn, as ``rotate`` shared them
    planned: list[PlannedMessage] = []
    for message, line, table in zip(prepared.rendered, prepared.lines, prepared.tables, strict=True):
        if message is not None:
            planned.append(PlannedMessage(message, devices[len(planned) % len(devices)], line, table))
    return Plan(
        request=dataclasses.replace(request, tables=()),  # their rows are in ``planned``: no second copy kept
        messages=tuple(planned),
        shares=tuple(shares),
        problems=tuple(problems),
        skipped=tuple(prepared.skipped),
        campaign_name=request.name or f"{request.draft.kind.value} to {len(planned)} recipients",
        pace=pace,
        tz=request.tz or (at.tzinfo if at is not None else None) or local_zone(),
        planned_at=now,
        warnings=prepared.warnings,
    )


def _prepare(
    request: SendRequest, store: Store, accounts: AccountService, local_groups: LocalGroups | None
) -> _Prepared:
    found = gather(request, store.contacts.get, local_groups, store.opt_outs.numbers())
    devices = list({a.id: a for a in request.accounts}.values())
    if not devices:
        problem = Problem(ProblemKind.NO_DEVICE, N_("no device to send from: choose an account"))
        return _Prepared.of(found, [None] * len(found.targets), [problem], [])
    infos = [accounts.info(a) for a in devices]
    rendered, problems = _render(infos[0], request.draft, found)
    shares = rotate([i for i, m in enumerate(rendered) if m is not None], devices)
    for account, indices in shares[1:]:  # the first device checked every message while rendering
        info = infos[devices.index(account)]
        for i in indices:
            message = rendered[i]
            try:
                if message is not None:
                    validate_message(info, message)
            except ValidationError as exc:
                target = found.targets[i]
                problems.append(_at(ProblemKind.DEVICE, exc.phrase, target, found.tables[i], account.name))
    prepared = _Prepared.of(found, rendered, problems, [(a, infos[devices.index(a)], ix) for a, ix in shares])
    sent_by = [(a.id, [m for m in (rendered[i] for i in ix) if m is not None]) for a, ix in shares]
    prepared.warnings = risk.check(request.draft, sent_by, found.skipped, store.messages.reached)
    return prepared


def _render(info: ProviderInfo, draft: Draft, found: Recipients) -> tuple[list[OutgoingMessage | None], list[Problem]]:
    """One message per target, each checked against the device; every message that cannot be sent is a problem."""
    targets = found.targets
    if not targets:
        return [], []
    try:
        return list(personalise(info, draft, targets)), []
    except (TemplateSyntaxError, UnknownVariable) as exc:  # the text itself: no message can be made
        return [None] * len(targets), [Problem(ProblemKind.TEMPLATE, exc.phrase)]
    except ValidationError:
        pass  # some messages cannot be sent: find each of them
    rendered: list[OutgoingMessage | None] = []
    problems: list[Problem] = []
    for target, table in zip(targets, found.tables, strict=True):
        try:
            rendered.extend(personalise(info, draft, [target]))
        except ValidationError as exc:
            rendered.append(None)
            said = exc.phrase  # "{where}: {problem}" (personalise names the target): the plan says where itself
            inner = said.values.get("problem") if said.template == WHERE_PROBLEM else None
            problems.append(
                _at(ProblemKind.MESSAGE, inner if isinstance(inner, Phrase | str) else said, target, table, None)
            )
    return rendered, problems


def _at(kind: ProblemKind, text: Phrase | str, target: Target, table: int | None, device: str | None) -> Problem:
    return Problem(kind, text, target.recipient.address, target.line, table, device)


def rotate(items: Sequence[int], accounts: Sequence[Account]) -> list[tuple[Account, list[int]]]:
    """Share items among devices in turn: the first to the first device, the second to the second, …"""
    shares: list[tuple[Account, list[int]]] = [(a, []) for a in accounts]
    for turn, item in enumerate(items):
        shares[turn % len(accounts)][1].append(item)
    return [(a, share) for a, share in shares if share]


def _day_count(store: Store, account: Account, pace: PacePolicy, held_by: HeldBy) -> Callable[[date], int]:
    """What the daily cap already counts on a day: as the outbox's pacer (or its gateway timetable) counts it."""

    def sent(day: date) -> int:
        return store.outbox.accepted_since(account.id, datetime.combine(day, time.min, tzinfo=pace.tz))

    def planned(day: date) -> int:
        start = datetime.combine(day, time.min, tzinfo=pace.tz)
        return store.outbox.planned_between(account.id, start, pace.next_midnight(start))

    return planned if held_by is HeldBy.GATEWAY else sent
