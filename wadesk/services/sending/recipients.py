"""The recipients of a request, from every source, each once: with their ``{variables}``, problems and skips."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from wadesk.domain.errors import ValidationError
from wadesk.domain.models import Contact, Recipient
from wadesk.domain.phone import normalize_recipient
from wadesk.domain.words import N_, phrase
from wadesk.services.campaigns import Target, contact_variables, targets_from_table
from wadesk.services.sending.plan import Problem, ProblemKind, Skip
from wadesk.services.sending.request import SendRequest

NOT_ON_WHATSAPP = N_("not on WhatsApp (a number check said so)")
OPTED_OUT = N_("asked not to be messaged")  # a Skip's reason: the number opted out (wadesk contacts optout)
ALREADY = N_("already a recipient")  # a Skip's reason begins so: the recipient was given before


class LocalGroups(Protocol):
    """Where local groups (tags on contacts) are kept: the contacts of one group (``gather`` leaves out and counts
    the opted-out ones, as from every source); an unknown group raises ``ValidationError``."""

    def members(self, tag: str) -> Sequence[Contact]: ...


@dataclass
class Recipients:
    """Who a request reaches, in the order given; ``tables[i]`` says which table ``targets[i]`` came from."""

    targets: list[Target] = field(default_factory=list)
    tables: list[int | None] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    skipped: list[Skip] = field(default_factory=list)
    opted_out: Collection[str] = frozenset()  # numbers that asked not to be messaged: left out whatever their source
    # The first target of each number and of each group id (two maps: no key tuple per recipient).
    _seen: tuple[dict[str, Target], dict[str, Target]] = field(default_factory=lambda: ({}, {}), init=False, repr=False)

    def add(self, target: Target, table: int | None = None) -> None:
        """Take a recipient, unless it is one already (then it is skipped, saying where it came first)."""
        seen, key = self._seen[target.recipient.is_group], target.recipient.address
        if not target.recipient.is_group and key in self.opted_out:
            self.skipped.append(Skip(key, OPTED_OUT, target.line, table))
            return
        first = seen.get(key)
        if first is not None:
            reason = ALREADY + (f" (row {first.line})" if first.line is not None else "")
            self.skipped.append(Skip(target.recipient.address, reason, target.line, table, first.line))
            return
        seen[key] = target
        self.targets.append(target)
        self.tables.append(table)

    def add_contact(self, contact: Contact) -> None:
        if contact.on_whatsapp is False:
            self.skipped.append(Skip(contact.phone, NOT_ON_WHATSAPP))
            return
        self.add(Target(Recipient(contact.phone), contact_variables(contact, contact.phone)))


def gather(
    request: SendRequest,
    contact: Callable[[str], Contact | None],
    local_groups: LocalGroups | None = None,
    opted_out: Collection[str] = frozenset(),
) -> Recipients:
    """Every recipient of ``request``; ``contact(address)`` gives the address book's entry, for its variables.

    A number that cannot be read and a table row that cannot be used are
    problems; a recipient given twice, or a contact a number check found not
    on WhatsApp, is skipped.  Typed numbers and group ids are sent to as
    given, whatever a number check said.  A number in ``opted_out`` is left
    out from every source (skipped, counted); when that leaves no one, the
    problem names them.
    """
    found = Recipients(opted_out=opted_out)
    for raw in request.numbers:
        try:
            address, is_group = normalize_recipient(raw, request.region)
        except ValidationError as exc:
            found.problems.append(Problem(ProblemKind.RECIPIENT, exc.phrase, recipient=raw))
            continue
        found.add(Target(Recipient(address, is_group), contact_variables(contact(address), address)))
    for raw in request.groups:
        group_id = raw.strip()
        if not group_id:
            found.problems.append(Problem(ProblemKind.RECIPIENT, N_("an empty group id was given")))
            continue
        found.add(Target(Recipient(group_id, True), contact_variables(contact(group_id), group_id)))
    for person in request.contacts:
        found.add_contact(person)
    for tag in request.tags:
        _add_local_group(found, tag, local_groups)
    for index, table in enumerate(request.tables):
        for error in table.errors:
            found.problems.append(Problem(ProblemKind.ROW, error.reason, row=error.line, table=index))
        for target in targets_from_table(dataclasses.replace(table, errors=[])):
            found.add(target, index)
    if not request.has_recipients:
        found.problems.append(Problem(ProblemKind.NO_RECIPIENT, N_("no recipient: add a number, a group or a file")))
    elif not found.targets and not found.problems:
        found.problems.append(_none_left(found.skipped))
    return found


def _none_left(skipped: Sequence[Skip]) -> Problem:
    """Why no recipient is left: naming those who opted out, when they are why."""
    opted = list(dict.fromkeys(s.recipient for s in skipped if s.reason == OPTED_OUT))
    if not opted:
        return Problem(ProblemKind.NONE_LEFT, N_("no recipient is left to send to"))
    named = ", ".join(opted[:5])
    if len(opted) > 5:
        said = phrase(
            N_("{numbers} and {count} more asked not to be messaged: nothing is sent"),
            numbers=named,
            count=len(opted) - 5,
        )
    else:
        said = phrase(N_("{numbers} asked not to be messaged: nothing is sent"), numbers=named)
    return Problem(ProblemKind.NONE_LEFT, said, recipient=opted[0])  # the command line says how to lift it


def _add_local_group(found: Recipients, tag: str, local_groups: LocalGroups | None) -> None:
    if local_groups is None:  # the extension point: the store keeps no local groups yet
        found.problems.append(
            Problem(
                ProblemKind.RECIPIENT,
                phrase(N_("local group '{tag}': this wadesk keeps no local groups"), tag=tag),
                recipient=tag,
            )
        )
        return
    try:
        members = local_groups.members(tag)
    except ValidationError as exc:  # no such tag
        found.problems.append(Problem(ProblemKind.RECIPIENT, exc.phrase, recipient=tag))
        return
    if not members:
        found.problems.append(
            Problem(ProblemKind.RECIPIENT, phrase(N_("no contact is in the group '{tag}'"), tag=tag), recipient=tag)
        )
    for person in members:
        found.add_contact(person)
