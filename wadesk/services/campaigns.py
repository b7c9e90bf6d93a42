"""Campaigns: one message to many recipients, personalised with ``{variables}`` and ``{spin|tax}``.

Each recipient's text is rendered once, when the campaign is created, and
stored with the message, so the outbox shows exactly what each person gets.
The spintax choice is seeded by the template and the recipient: rendering the
same campaign again gives the same words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType

from wadesk.domain.errors import ValidationError, words_of
from wadesk.domain.models import Contact, OutgoingMessage, Recipient
from wadesk.domain.words import N_, Phrase, lines, phrase
from wadesk.providers.base import ProviderInfo, validate_message
from wadesk.services.compose import Draft, new_ref
from wadesk.services.recipients_csv import RecipientRow, RecipientTable
from wadesk.services.spintax import check_template, render

_TEMPLATED = re.compile(r"\{[^{}]*\}")
_NO_EXTRA: Mapping[str, object] = MappingProxyType({})  # one for every message, not an empty dict each
MAX_LISTED_ERRORS = 20
WHERE_PROBLEM = N_("{where}: {problem}")  # a message that cannot be sent, and to whom


@dataclass(frozen=True, slots=True)
class Target:
    """One recipient of a campaign and the values of its ``{variables}``."""

    recipient: Recipient
    variables: Mapping[str, str] = field(default_factory=dict)
    line: int | None = None  # the row of the recipient file it came from

    def where(self) -> Phrase | str:
        return phrase(N_("row {line}"), line=self.line) if self.line is not None else self.recipient.address


def targets_from_table(table: RecipientTable) -> list[Target]:
    if table.errors:
        listed: list[Phrase | str] = [e.words for e in table.errors[:MAX_LISTED_ERRORS]]
        more = len(table.errors) - len(listed)
        if more > 0:
            listed.append(phrase(N_("… and {count} more"), count=more))
        raise ValidationError(
            N_("{count} row(s) of the recipient file cannot be used; fix them and try again:\n{rows}"),
            count=len(table.errors),
            rows=lines(listed),
        )
    return [Target(Recipient(r.phone), RowVariables(r), r.line) for r in table.rows]


class RowVariables(Mapping[str, str]):
    """A table row's ``{variables}``: its ``phone`` and its other columns, read from the row, not copied.

    The same as ``{"phone": row.phone, **row.variables}``; a campaign of
    100,000 rows keeps one set of values (the table's), not two.
    """

    __slots__ = ("_row",)

    def __init__(self, row: RecipientRow) -> None:
        self._row = row

    def __getitem__(self, key: str) -> str:
        variables = self._row.variables
        if key in variables or key != "phone":
            return variables[key]
        return self._row.phone

    def __iter__(self) -> Iterator[str]:
        yield "phone"
        yield from (key for key in self._row.variables if key != "phone")

    def __len__(self) -> int:
        return len(self._row.variables) + ("phone" not in self._row.variables)


def contact_variables(contact: Contact | None, address: str) -> dict[str, str]:
    if contact is None:
        return {"phone": address}
    return {"phone": address, "name": contact.name, **contact.fields}


def personalise(info: ProviderInfo, draft: Draft, targets: Sequence[Target]) -> list[OutgoingMessage]:
    """One validated message per target; every problem is reported with the row it comes from."""
    if not targets:
        raise ValidationError(N_("the campaign has no recipients"))
    templated = bool(_TEMPLATED.search(draft.text) or _TEMPLATED.search(draft.caption))
    if templated:
        names = set(targets[0].variables)
        for target in targets:  # the names every target has, without a set per target at once
            names.intersection_update(target.variables)
        for text in (draft.text, draft.caption):
            check_template(text, names)
    problems: list[Phrase] = []
    messages: list[OutgoingMessage] = []
    for target in targets:
        seed = f"{draft.text}{draft.caption}:{target.recipient.address}"
        message = OutgoingMessage(
            ref_id=new_ref(),
            to=target.recipient,
            kind=draft.kind,
            text=render(draft.text, target.variables, seed) if templated else draft.text,
            media=draft.media,
            caption=render(draft.caption, target.variables, seed) if templated else draft.caption,
            location=draft.location,
            content=draft.content,
            extra=_NO_EXTRA,
        )
        try:
            validate_message(info, message)
        except ValidationError as exc:
            problems.append(phrase(WHERE_PROBLEM, where=target.where(), problem=words_of(exc)))
            continue
        messages.append(message)
    if len(problems) == 1:
        raise ValidationError(problems[0])
    if problems:
        said: list[Phrase | str] = list(problems[:MAX_LISTED_ERRORS])
        if len(problems) > len(said):
            said.append(phrase(N_("… and {count} more"), count=len(problems) - len(said)))
        raise ValidationError(N_("{count} message(s) cannot be sent:\n{rows}"), count=len(problems), rows=lines(said))
    return messages
