"""QR codes as PNG images, for the pairing pages of the simulated gateways."""

from __future__ import annotations

import base64
import io

import segno


def qr_png(payload: str, scale: int = 6) -> bytes:
    """``payload`` as a PNG QR code (error correction M, quiet zone included)."""
    buffer = io.BytesIO()
    segno.make(payload, error="m", micro=False).save(buffer, kind="png", scale=scale, border=4)
    return buffer.getvalue()


def qr_data_uri(payload: str, scale: int = 6) -> str:
    """``payload`` as ``data:image/png;base64,…``."""
    return "data:image/png;base64," + base64.b64encode(qr_png(payload, scale)).decode("ascii")
