"""One delivery-status vocabulary for every provider, and the rule that it only moves forward."""

from __future__ import annotations

import enum


class DeliveryStatus(enum.StrEnum):
    QUEUED = "queued"
    SCHEDULED = "scheduled"
    SENDING = "sending"
    ACCEPTED = "accepted"
    SENT = "sent"
    DELIVERED = "delivered"
    READ = "read"
    FAILED = "failed"
    CANCELLED = "cancelled"
    UNCERTAIN = "uncertain"

    @property
    def is_final(self) -> bool:
        return self in (DeliveryStatus.READ, DeliveryStatus.FAILED, DeliveryStatus.CANCELLED)

    @property
    def in_flight(self) -> bool:
        """Accepted by the provider, not yet at a state that can no longer change."""
        return self in (DeliveryStatus.ACCEPTED, DeliveryStatus.SENT, DeliveryStatus.DELIVERED)


_PROGRESS = {
    DeliveryStatus.QUEUED: 0,
    DeliveryStatus.SCHEDULED: 0,
    DeliveryStatus.SENDING: 1,
    DeliveryStatus.UNCERTAIN: 1,
    DeliveryStatus.ACCEPTED: 2,
    DeliveryStatus.SENT: 3,
    DeliveryStatus.DELIVERED: 4,
    DeliveryStatus.READ: 5,
}

# Moves that go "back" on purpose: a retry of what certainly did not reach the
# provider, a user choosing "send again" for an uncertain message, scheduling
# (a message handed to the gateway's own scheduler is ``scheduled`` there).
_EXPLICIT = {
    (DeliveryStatus.SENDING, DeliveryStatus.QUEUED),
    (DeliveryStatus.SENDING, DeliveryStatus.SCHEDULED),
    (DeliveryStatus.UNCERTAIN, DeliveryStatus.QUEUED),
    (DeliveryStatus.QUEUED, DeliveryStatus.SCHEDULED),
    (DeliveryStatus.SCHEDULED, DeliveryStatus.QUEUED),
}


def can_move(old: DeliveryStatus, new: DeliveryStatus) -> bool:
    """True when ``old -> new`` is allowed.

    Delivery states only move forward, so a late or out-of-order report never
    moves a message back.  ``failed`` and ``cancelled`` are terminal; a message
    can fail until it is delivered, and be cancelled until the provider sent it.
    """
    if old == new or old in (DeliveryStatus.FAILED, DeliveryStatus.CANCELLED):
        return False
    if (old, new) in _EXPLICIT:
        return True
    if new is DeliveryStatus.FAILED:
        return _PROGRESS[old] < _PROGRESS[DeliveryStatus.DELIVERED]
    if new is DeliveryStatus.CANCELLED:
        return _PROGRESS[old] <= _PROGRESS[DeliveryStatus.ACCEPTED] and old is not DeliveryStatus.SENDING
    if new is DeliveryStatus.UNCERTAIN:
        return old is DeliveryStatus.SENDING
    return _PROGRESS[new] > _PROGRESS[old]


RETRY = (DeliveryStatus.FAILED, DeliveryStatus.QUEUED)
"""The one way out of ``failed``: a retry the user asked for.

It is not one of ``can_move``'s moves, so no report or outcome can ever take
a failed message back; only the retry action (``OutboxRepository.retry``)
uses it, and records it as a status event of its own.
"""


def can_retry(status: DeliveryStatus) -> bool:
    """True for a message that certainly did not arrive: the provider refused it or it could not be sent.

    Never for ``uncertain`` (it may have arrived), nor for anything the
    provider accepted and has not reported as failed.
    """
    return status is RETRY[0]
