"""The one place httpx is configured: timeouts, TLS, error mapping, redaction.

httpx builds the requests and reads the answers; the bytes go over aiohttp
(``aio_transport``), unless a test gives its own transport.

Each account gets one ``HttpClient`` (one ``httpx.AsyncClient``).  Failures are
mapped onto the error hierarchy by what they say about the request's fate:

* the request could not be built or may not go out (a key with a character no
  HTTP header can carry, plain HTTP to a remote host the account does not
  allow) -> ``NotSent``: it never left, and retrying cannot help;
* nothing reached the provider (connection refused, DNS, connect timeout)
  -> ``TransportError``: safe to retry;
* the request may have been accepted (read timeout, dropped connection, 5xx,
  an answer that cannot be read) -> ``Ambiguous``: never resend blindly;
* 429 -> ``RateLimited`` with ``Retry-After``; 401/403 -> ``AuthError``;
  other 4xx -> ``Rejected``.

Whatever the bytes of an answer, only these errors come out.  A body is read
up to ``MAX_BODY_BYTES`` and no further; its text is decoded with the charset
it declares when that is a usable text encoding, else as JSON's UTF-8/16/32;
JSON nested deeper than ``MAX_JSON_DEPTH`` is refused.  The provider's own
words are taken from the body when it has any.
"""

from __future__ import annotations

import codecs
import email.utils
import functools
import html
import json
import logging
import math
import re
import ssl
import string
import time
import unicodedata
from collections.abc import Callable, Mapping
from datetime import UTC
from typing import Any

import certifi
import httpx

from wadesk.domain.errors import (
    Ambiguous,
    AuthError,
    NotSent,
    ProviderError,
    RateLimited,
    Rejected,
    TransportError,
)
from wadesk.domain.redaction import redact
from wadesk.domain.settings import ALLOW_HTTP, plain_http_host
from wadesk.domain.words import N_
from wadesk.providers.aio_transport import AiohttpTransport

log = logging.getLogger("wadesk.http")

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
USER_AGENT = "wadesk"

MAX_BODY_BYTES = 4 * 1024 * 1024  # the largest answer read; gateways answer in kilobytes (a QR page: ~10 KB)
MAX_JSON_DEPTH = 64  # the documents nest five levels at most
MIN_RETRY_AFTER = 5.0  # a 429 saying 0, a negative number or a past date is not an invitation to hammer
MAX_RETRY_AFTER = 3600.0  # "inf", 1e12 or a date in 9999: wait an hour, then ask again
MAX_WORDS = 300  # the provider's words shown in an error, at most

WordsFn = Callable[[httpx.Response], "str | None"]

_WORD_KEYS = ("errorMessage", "message", "msg", "error", "errors", "detail")


def provider_words(response: httpx.Response) -> str | None:
    """The provider's own explanation in an error response, if it gave one."""
    body = body_text(response).strip()
    if not body:
        return None
    try:
        data = load_json(body)
    except ValueError:
        return _html_words(body)
    return _words_from(data)


def _words_from(data: Any) -> str | None:
    if isinstance(data, str):
        return _short(data)
    if isinstance(data, Mapping):
        for key in _WORD_KEYS:
            value = data.get(key)
            if isinstance(value, str) and value.strip():
                return _short(value)
            if isinstance(value, Mapping):
                nested = [_words_from(v) for v in value.values()]
                found = "; ".join(w for w in nested if w)
                if found:
                    return _short(found)
            if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
                return _short("; ".join(value))
    return None


def _short(text: str) -> str | None:
    text = re.sub(r"\s+", " ", text).strip()
    if len(text) > MAX_WORDS:
        text = text[: MAX_WORDS - 1] + "…"
    return text or None


_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


def _html_words(body: str) -> str | None:
    """A short text for an HTML or plain-text error page (found in linear time, whatever the page)."""
    head = body[:65536]
    lower = head.translate(_ASCII_LOWER)  # the same length as ``head``, unlike str.lower()
    for tag in ("title", "h1"):
        start = lower.find(f"<{tag}")
        opened = lower.find(">", start) if start >= 0 else -1
        closed = lower.find(f"</{tag}", opened) if opened >= 0 else -1
        if closed >= 0:
            text = html.unescape(re.sub(r"<[^>]*>", "", head[opened + 1 : closed])).strip()
            return f"the gateway answered with a web page: {_short(text)}" if text else None
    if "<" in head[:200]:
        return "the gateway answered with a web page instead of data"
    return _short(head[:200])


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (seconds or an HTTP date), or ``None`` if it cannot be read.

    The wait is kept between ``MIN_RETRY_AFTER`` and ``MAX_RETRY_AFTER``: 0, a
    negative number or a date in the past give the minimum, "inf" or a date
    centuries ahead the maximum.  ``None`` leaves the caller's default.
    """
    text = (value or "").strip()
    if not text:
        return None
    try:
        seconds: float | None = float(text)
    except ValueError:
        seconds = _seconds_until(text, time.time() if now is None else now)
    if seconds is None or math.isnan(seconds):
        return None
    return min(MAX_RETRY_AFTER, max(MIN_RETRY_AFTER, seconds))


def _seconds_until(text: str, now: float) -> float | None:
    try:
        when = email.utils.parsedate_to_datetime(text)
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)  # "-0000": the time is UTC, the zone unknown
        return when.timestamp() - now
    except (TypeError, ValueError, IndexError, OverflowError, OSError):
        return None


POOL = httpx.Limits(max_connections=16, max_keepalive_connections=16, keepalive_expiry=30.0)
"""One account's connections: its sends (``max_in_flight``) and a few checks at once."""


@functools.cache
def _tls_context() -> ssl.SSLContext:
    """Mozilla's trusted certificates (as httpx uses by default), loaded once (~20 ms) instead of once per account."""
    return ssl.create_default_context(cafile=certifi.where())


class HttpClient:
    """One account's connection to its provider."""

    def __init__(
        self,
        provider: str,
        base_url: str,
        *,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
        transport: httpx.AsyncBaseTransport | None = None,
        words: WordsFn = provider_words,
        allow_http: bool = False,
        max_body: int = MAX_BODY_BYTES,
    ) -> None:
        self.provider = provider
        self.base_url = base_url.rstrip("/")
        self.allow_http = allow_http  # plain HTTP to another computer, when the account says so (allow_http=yes)
        self.max_body = max_body
        self._words = words
        self._warned_http = False
        self._in_flight = 0
        self._closing = False
        self._client = httpx.AsyncClient(
            timeout=timeout,
            verify=_tls_context(),  # verification always on; one context shared by every account
            transport=transport or AiohttpTransport(POOL, _tls_context()),
            headers={"User-Agent": USER_AGENT},
            follow_redirects=False,
        )

    def url(self, path: str) -> str:
        """An absolute URL: ``path`` relative to the base URL unless it is absolute already."""
        if path.startswith(("http://", "https://")):
            return path
        return f"{self.base_url}/{path.lstrip('/')}"

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, str] | None = None,
        data: Mapping[str, str] | None = None,
        json_body: Any = None,
        files: Mapping[str, tuple[str, bytes, str]] | None = None,
        headers: Mapping[str, str] | None = None,
        content: bytes | None = None,
    ) -> httpx.Response:
        """Send one request; return the response, its body read, if its status is 2xx or 3xx, else raise."""
        self._in_flight += 1
        try:
            return await self._request(method, path, params, data, json_body, files, headers, content)
        finally:
            self._in_flight -= 1
            if self._closing and not self._in_flight:
                await self._client.aclose()

    async def _request(
        self,
        method: str,
        path: str,
        params: Mapping[str, str] | None,
        data: Mapping[str, str] | None,
        json_body: Any,
        files: Mapping[str, tuple[str, bytes, str]] | None,
        headers: Mapping[str, str] | None,
        content: bytes | None,
    ) -> httpx.Response:
        request = self._build(
            method,
            self.url(path),
            params=params,
            data=data,
            json=json_body,
            files=files,
            headers=headers,
            content=content,
        )
        try:
            streamed = await self._client.send(request, stream=True)
        except (httpx.LocalProtocolError, httpx.UnsupportedProtocol) as exc:
            raise NotSent(
                self.provider, N_("the request could not be sent as it is ({value})"), value=_reason(exc)
            ) from None
        except (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout) as exc:
            raise TransportError(
                self.provider, N_("could not reach the gateway ({value})"), value=_reason(exc)
            ) from None
        except httpx.TimeoutException as exc:
            raise Ambiguous(
                self.provider, N_("the gateway did not answer in time ({value})"), value=_reason(exc)
            ) from None
        except httpx.HTTPError as exc:
            raise Ambiguous(
                self.provider, N_("the connection to the gateway broke ({value})"), value=_reason(exc)
            ) from None
        try:
            body, unread = await self._read(streamed)
        finally:
            await streamed.aclose()
        response = _with_body(streamed, body)
        status = response.status_code
        if log.isEnabledFor(logging.DEBUG):  # redacting a URL is not free: only when it is logged
            log.debug("%s %s -> %s", method, redact(str(request.url)), status)
        if status >= 400:
            raise self._error(response)
        if unread:
            raise Ambiguous(
                self.provider,
                N_("the gateway answered (HTTP {status}) but {unread}; it may have taken the request"),
                status=status,
                unread=unread,
                http_status=status,
            )
        return response

    def _build(self, method: str, url: str, **parts: Any) -> httpx.Request:
        """The request as it would go out; ``NotSent`` when it cannot be built or must not go out."""
        _check_headers(self.provider, parts.get("headers") or {})
        try:
            request = self._client.build_request(method, url, **parts)
        except (httpx.InvalidURL, UnicodeError, ValueError, TypeError) as exc:
            raise NotSent(self.provider, N_("the request could not be built ({value})"), value=_reason(exc)) from None
        host = plain_http_host(str(request.url))
        if host is not None and not self.allow_http:
            raise NotSent(
                self.provider,
                N_(
                    "the request was not sent: {host} is reached over plain HTTP, so the key would cross the "
                    "network unencrypted; use an https:// address, or allow plain HTTP for this account "
                    "({allow_http}=yes)"
                ),
                host=host,
                allow_http=ALLOW_HTTP,
            )
        if host is not None and not self._warned_http:
            self._warned_http = True
            log.warning(
                "%s: sending the key to %s over plain HTTP, unencrypted (%s=yes)", self.provider, host, ALLOW_HTTP
            )
        return request

    async def _read(self, response: httpx.Response) -> tuple[bytes, str | None]:
        """The body, at most ``max_body`` bytes; with why the rest could not be read, if it could not."""
        chunks: list[bytes] = []
        size = 0
        try:
            async for chunk in response.aiter_bytes():
                if size + len(chunk) > self.max_body:  # what came so far still carries an error page's title
                    chunks.append(chunk[: self.max_body - size])
                    return b"".join(chunks), f"its answer is larger than {_megabytes(self.max_body)}"
                size += len(chunk)
                chunks.append(chunk)
        except httpx.DecodingError:
            return b"".join(chunks), "its answer is not encoded as it says (Content-Encoding)"
        except httpx.TimeoutException:
            return b"".join(chunks), "its answer stopped half-way"
        except httpx.HTTPError as exc:
            return b"".join(chunks), f"the connection broke during its answer ({_reason(exc)})"
        return b"".join(chunks), None

    def _error(self, response: httpx.Response) -> ProviderError:
        status = response.status_code
        words = self._words(response)
        words = redact(words) if words else None
        said = words or response.reason_phrase or "no explanation"
        message = f"HTTP {status}: {said}"
        if status == 429:
            retry = parse_retry_after(response.headers.get("Retry-After"))
            return RateLimited(self.provider, message, retry_after=retry, http_status=status, provider_message=words)
        kind: type[ProviderError]
        if status in (401, 403):
            kind = AuthError
        elif status >= 500:
            kind = Ambiguous
        else:
            kind = Rejected
        return kind(self.provider, message, http_status=status, provider_message=words)

    async def aclose(self) -> None:
        """Close the connections; a request under way closes them when it ends.

        httpx closing its pool under a request leaves that request's socket
        open once it is answered; an account removed (or wadesk quitting) while
        its device is being checked must not leak one.
        """
        self._closing = True
        if not self._in_flight:
            await self._client.aclose()


def _check_headers(provider: str, headers: Mapping[str, str]) -> None:
    """A header value HTTP cannot carry (non-ASCII, a line break) means the request cannot go: say which."""
    for name, value in headers.items():
        bad = next((ch for ch in value if not (" " <= ch <= "~" or ch == "\t")), None)
        if bad is not None:
            what = unicodedata.name(bad, "a control character")
            raise NotSent(
                provider,
                N_(
                    "the request was not sent: its {name} header holds U+{value} ({what}), which HTTP cannot "
                    "carry — usually an invisible character pasted with the key; enter the key again in the "
                    "account's settings"
                ),
                name=name,
                value=f"{ord(bad):04X}",
                what=what,
            )


def _with_body(streamed: httpx.Response, body: bytes) -> httpx.Response:
    """A complete response holding ``body`` (already decoded from its Content-Encoding)."""
    skip = (b"content-encoding", b"content-length", b"transfer-encoding")
    headers = [(k, v) for k, v in streamed.headers.raw if k.lower() not in skip]
    return httpx.Response(
        streamed.status_code, headers=headers, content=body, request=streamed.request, extensions=streamed.extensions
    )


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB" if size >= 1024 * 1024 else f"{size / 1024:.0f} KB"


def _reason(exc: Exception) -> str:
    text = str(exc).strip() or type(exc).__name__
    return redact(text)[:300]


# -- reading answers ---------------------------------------------------------------

# Codecs Python can decode bytes with that are no character set: escape syntaxes and domain-name encodings.
_NOT_CHARSETS = frozenset({"unicode-escape", "raw-unicode-escape", "idna", "punycode", "undefined"})
_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)


def body_text(response: httpx.Response) -> str:
    """The body as text, whatever its bytes and whatever charset it claims (never raises)."""
    try:
        charset = response.charset_encoding
    except (ValueError, LookupError, TypeError):
        charset = None
    return decode_body(response.content, charset)


def decode_body(content: bytes, charset: str | None) -> str:
    """``content`` in ``charset`` when that is a text encoding that can read it, else in JSON's UTF-8/16/32.

    ``utf-16``/``utf-32`` without a byte-order mark take the byte order from the bytes;
    ``base64``, ``rot13``, ``unicode_escape``, ``idna``, ``undefined`` or an unknown name fall back.
    """
    if charset:
        try:
            name = codecs.lookup(charset).name
            if name in ("utf-16", "utf-32") and not content.startswith(_BOMS):
                name = json.detect_encoding(content)
            if name not in _NOT_CHARSETS:
                return content.decode(name, "replace")
        except (LookupError, ValueError, TypeError):
            pass
    return content.decode(json.detect_encoding(content), "replace")


def json_of(provider: str, response: httpx.Response) -> Any:
    """The body as JSON, tolerating the documented slips (trailing commas, bare words).

    An answer that cannot be read raises ``Ambiguous`` (never a parser
    traceback): the request reached the gateway, and what it did is unknown.
    """
    try:
        return parse_json(provider, body_text(response), http_status=response.status_code)
    except ProviderError as exc:
        raise Ambiguous(provider, exc.message, http_status=exc.http_status) from None


_TRAILING_COMMA = re.compile(r",\s*([}\]])")
_BARE_WORD = re.compile(r"(:\s*)(unlimited)(\s*[,}\]])")
_COMMENT = re.compile(r"(?m)^\s*//.*$|(?<=[,{\[\s])//[^\n\"]*$")


class _TooDeep(ValueError):
    pass


def parse_json(provider: str, text: str, *, http_status: int | None = None) -> Any:
    """JSON, tolerating the documented slips; a clear ``ProviderError`` for anything else (nesting too deep too)."""
    try:
        try:
            return load_json(text)
        except _TooDeep:
            raise
        except ValueError:
            repaired = _COMMENT.sub("", text)
            repaired = _BARE_WORD.sub(r'\1"\2"\3', repaired)
            return load_json(_TRAILING_COMMA.sub(r"\1", repaired))
    except _TooDeep:
        words = f"the gateway's answer is nested more than {MAX_JSON_DEPTH} levels deep"
        raise ProviderError(provider, words, http_status=http_status) from None
    except ValueError:
        snippet = re.sub(r"\s+", " ", redact(text[:1000]))[:120]
        raise ProviderError(
            provider,
            N_("the gateway's answer is not valid data: '{snippet}'"),
            snippet=snippet,
            http_status=http_status,
        ) from None


def load_json(text: str) -> Any:
    """``json.loads``, refusing (``ValueError``) nesting deeper than ``MAX_JSON_DEPTH``, which readers recurse into."""
    try:
        data = json.loads(text)
    except RecursionError:
        raise _TooDeep from None
    level = [data]
    for _ in range(MAX_JSON_DEPTH + 1):
        level = [
            child
            for node in level
            if isinstance(node, dict | list)
            for child in (node.values() if isinstance(node, dict) else node)
        ]
        if not level:
            return data
    raise _TooDeep
