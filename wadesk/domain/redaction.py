"""Keep secrets out of logs and messages.

Every secret read from or written to the keyring is registered here, and a
logging filter replaces it wherever it appears.  Known credential-carrying
parameters (``token=…`` in a query string, ``Authorization:`` headers, …) are
masked even before their values are known.
"""

from __future__ import annotations

import logging
import re
import threading

MASK = "***"

_PARAMS = r"token|secret_key|secretkey|secret|apikey|api_key|x-api-key|authorization|key"
_PATTERNS = [
    # query strings and form bodies: token=abc.def&…
    re.compile(rf"(?i)(\b(?:{_PARAMS})=)[^&\s\"']+"),
    # headers as printed: Authorization: abc.def
    re.compile(rf"(?i)(\b(?:{_PARAMS})\s*:\s*)(?!\s*\*\*\*)[^\s,;\"'}}]+"),
    # JSON: "apikey": "abc"
    re.compile(rf"(?i)(\"(?:{_PARAMS})\"\s*:\s*\")[^\"]*"),
]

_lock = threading.Lock()
_secrets: set[str] = set()


def register_secret(value: str) -> None:
    """Remember ``value`` so that it is masked wherever it appears later."""
    if len(value) >= 4:
        with _lock:
            _secrets.add(value)


def redact(text: str) -> str:
    with _lock:
        known = sorted(_secrets, key=len, reverse=True)
    for secret in known:
        if secret in text:
            text = text.replace(secret, MASK)
    for pattern in _PATTERNS:
        text = pattern.sub(lambda m: m.group(1) + MASK, text)
    return text


def carries_secret(text: str) -> bool:
    """Whether ``text`` holds a secret (a known key, a ``token=…`` parameter): never print, log or show it."""
    return redact(text) != text


class RedactingFilter(logging.Filter):
    """A logging filter that masks secrets in the formatted message."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True
