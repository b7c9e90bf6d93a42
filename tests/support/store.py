"""Helpers shared by the store tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from wadesk.domain.models import OutgoingMessage, Recipient


class FakeClock:
    def __init__(self) -> None:
        self.current = datetime(2024, 5, 1, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.current

    def advance(self, seconds: float) -> None:
        self.current += timedelta(seconds=seconds)


def text_message(ref_id: str, to: str = "6281234567890", text: str = "hello") -> OutgoingMessage:
    return OutgoingMessage(ref_id=ref_id, to=Recipient(to), text=text)
