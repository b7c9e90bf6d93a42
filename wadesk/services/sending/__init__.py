"""Sending: a request (a draft, recipients, devices, when, pace) → a plan to preview → committed.

- ``request``: ``SendRequest``, what a person asks for;
- ``recipients``: the request's recipients from every source, each once;
- ``planner``: the plan — rendered messages, problems, skips, the devices' shares;
- ``risk``: the plan's warnings, content checks that lower the risk of a ban (one text for all, links, a list
  with many numbers not on WhatsApp);
- ``estimate``: when each share goes, laid out by the dispatcher's pacing;
- ``plan``: the plan as a plain value; ``commit``: storing, scheduling and sending it;
- ``count``: the recipients of a request counted, without its messages (the Composer's count);
- ``service``: ``SendingService``, the one entry point for the command line and the window.
"""

from __future__ import annotations

from wadesk.services.sending.commit import SendOutcome, ShareOutcome
from wadesk.services.sending.count import RecipientCount, count_recipients, recipient_count
from wadesk.services.sending.estimate import Draw
from wadesk.services.sending.plan import (
    Estimate,
    HeldBy,
    Plan,
    PlannedMessage,
    PlanWarning,
    Problem,
    ProblemKind,
    Share,
    Skip,
    WarningKind,
    problems_text,
)
from wadesk.services.sending.recipients import LocalGroups
from wadesk.services.sending.request import SendRequest
from wadesk.services.sending.service import SendingService

__all__ = [
    "Draw",
    "Estimate",
    "HeldBy",
    "LocalGroups",
    "Plan",
    "PlanWarning",
    "PlannedMessage",
    "Problem",
    "ProblemKind",
    "RecipientCount",
    "SendOutcome",
    "SendRequest",
    "SendingService",
    "Share",
    "ShareOutcome",
    "Skip",
    "WarningKind",
    "count_recipients",
    "problems_text",
    "recipient_count",
]
