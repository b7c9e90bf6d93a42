"""Keep secrets out of logs and messages.

Every secret read from or written to the keyring is registered here, and a
logging filter replaces it wherever it appears.  Known credential-carrying
parameters (``token=…`` in a query string, ``Authorization:`` headers, …) are
masked even before their values are known — but only their *values*: in
``api_key: The selected api key is invalid`` the gateway is talking about the
key, and its words stay.  A value after ``name:`` or in a JSON string counts as
a value when it is one unbroken run of token characters that does not read as
a plain word (it has a digit, a symbol, inner capitals, or 16+ characters);
a query-string or form value (``token=…``) and an ``Authorization`` header are
always values.
"""

from __future__ import annotations

import logging
import re
import threading

MASK = "***"

_PARAMS = r"token|secret_key|secretkey|secret|apikey|api_key|x-api-key|key"
_VALUE = r"[\w~+/=-](?:[\w.~+/=-]*[\w~+/=-])?"  # a trailing full stop ends a sentence, not a token
_ALWAYS = [
    # query strings and form bodies: token=abc.def&…
    re.compile(rf"(?i)(\b(?:{_PARAMS}|authorization)=)[^&\s\"']+"),
    # the Authorization header, with or without its scheme: Authorization: Bearer abc.def
    re.compile(rf"(?i)(\bauthorization\s*:\s*(?:(?:bearer|basic|token)\s+)?){_VALUE}"),
]
_IF_TOKEN = [
    # other headers and "name: value" as printed: api_key: abc.def (but not "api_key: The selected …")
    re.compile(rf"(?i)(\b(?:{_PARAMS})\s*:\s*)({_VALUE})"),
    # JSON: "apikey": "abc" (but not "api_key": "The selected api key is invalid.")
    re.compile(rf"(?i)(\"(?:{_PARAMS})\"\s*:\s*\")([^\"\s]+)(?=\")"),
]
_WORD = re.compile(r"[A-Za-z][a-z]*")


def _looks_like_a_token(value: str) -> bool:
    """A credential rather than a word: a digit, a symbol, inner capitals, or long."""
    return value != MASK and (len(value) >= 16 or not _WORD.fullmatch(value))


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
    for pattern in _ALWAYS:
        text = pattern.sub(lambda m: m.group(1) + MASK, text)
    for pattern in _IF_TOKEN:
        text = pattern.sub(lambda m: m.group(1) + (MASK if _looks_like_a_token(m.group(2)) else m.group(2)), text)
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
