"""QR pairing: turn whatever a provider gives (a raw string, a PNG, a page URL) into something to show."""

from __future__ import annotations

import io

import segno

from wadesk.domain.models import QrChallenge, QrKind


def qr_png(challenge: QrChallenge, *, scale: int = 8) -> bytes | None:
    """A PNG a phone can scan, or ``None`` when the provider only gives a page to open in a browser."""
    if challenge.kind is QrKind.PNG:
        return challenge.payload if isinstance(challenge.payload, bytes) else None
    if challenge.kind is QrKind.TEXT:
        payload = challenge.payload
        text = payload.decode() if isinstance(payload, bytes) else payload
        buffer = io.BytesIO()
        segno.make(text, error="m", micro=False).save(buffer, kind="png", scale=scale, border=4)
        return buffer.getvalue()
    return None
