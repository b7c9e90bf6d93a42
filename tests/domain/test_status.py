import pytest

from wadesk.domain import DeliveryStatus as S
from wadesk.domain import can_move


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (S.QUEUED, S.SENDING),
        (S.SENDING, S.ACCEPTED),
        (S.ACCEPTED, S.SENT),
        (S.ACCEPTED, S.READ),
        (S.SENT, S.DELIVERED),
        (S.DELIVERED, S.READ),
        (S.SENDING, S.UNCERTAIN),
        (S.UNCERTAIN, S.SENT),
        (S.UNCERTAIN, S.QUEUED),
        (S.SENDING, S.QUEUED),
        (S.SENDING, S.SCHEDULED),  # handed to the gateway's scheduler
        (S.ACCEPTED, S.FAILED),
        (S.QUEUED, S.CANCELLED),
        (S.ACCEPTED, S.CANCELLED),
    ],
)
def test_forward_moves_are_allowed(old: S, new: S) -> None:
    assert can_move(old, new)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (S.READ, S.SENT),
        (S.DELIVERED, S.SENT),
        (S.READ, S.DELIVERED),
        (S.SENT, S.ACCEPTED),
        (S.READ, S.FAILED),
        (S.DELIVERED, S.FAILED),
        (S.FAILED, S.READ),
        (S.CANCELLED, S.SENT),
        (S.SENT, S.CANCELLED),
        (S.SENT, S.UNCERTAIN),
        (S.READ, S.READ),
        (S.SENDING, S.CANCELLED),
        (S.UNCERTAIN, S.SCHEDULED),
    ],
)
def test_backward_or_terminal_moves_are_refused(old: S, new: S) -> None:
    assert not can_move(old, new)
