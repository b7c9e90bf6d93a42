"""The one place httpx is configured: timeouts, TLS, error mapping, redaction.

Each account gets one ``HttpClient`` (one ``httpx.AsyncClient``).  Failures are
mapped onto the error hierarchy by what they say about the request's fate:

* nothing reached the provider (connection refused, DNS, connect timeout)
  -> ``TransportError``: safe to retry;
* the request may have been accepted (read timeout, dropped connection, 5xx)
  -> ``Ambiguous``: never resend blindly;
* 429 -> ``RateLimited`` with ``Retry-After``; 401/403 -> ``AuthError``;
  other 4xx -> ``Rejected``.

The provider's own words are taken from the body when it has any.
"""

from __future__ import annotations

import email.utils
import functools
import html
import json
import logging
import re
import ssl
import time
from collections.abc import Callable, Mapping
from typing import Any

import certifi
import httpx

from wadesk.domain.errors import Ambiguous, AuthError, ProviderError, RateLimited, Rejected, TransportError
from wadesk.domain.redaction import redact

log = logging.getLogger("wadesk.http")

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
USER_AGENT = "wadesk"

WordsFn = Callable[[httpx.Response], "str | None"]

_WORD_KEYS = ("errorMessage", "message", "msg", "error", "errors", "detail")


def provider_words(response: httpx.Response) -> str | None:
    """The provider's own explanation in an error response, if it gave one."""
    body = response.text.strip()
    if not body:
        return None
    try:
        data = json.loads(body)
    except ValueError:
        return _html_words(body)
    return _words_from(data)


def _words_from(data: Any) -> str | None:
    if isinstance(data, str):
        return data.strip() or None
    if isinstance(data, Mapping):
        for key in _WORD_KEYS:
            value = data.get(key)
            if isinstance(value, str) and value.strip():
                return value.strip()
            if isinstance(value, Mapping):
                nested = [_words_from(v) for v in value.values()]
                found = "; ".join(w for w in nested if w)
                if found:
                    return found
            if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
                return "; ".join(value)
    return None


def _html_words(body: str) -> str | None:
    """A short text for an HTML or plain-text error page."""
    match = re.search(r"<title[^>]*>(.*?)</title>", body, re.I | re.S) or re.search(
        r"<h1[^>]*>(.*?)</h1>", body, re.I | re.S
    )
    if match:
        text = html.unescape(re.sub(r"<[^>]+>", "", match.group(1))).strip()
        return f"the gateway answered with a web page: {text}" if text else None
    if "<" in body[:200]:
        return "the gateway answered with a web page instead of data"
    return body[:200]


def parse_retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    parsed = email.utils.parsedate_to_datetime(value)
    return max(0.0, parsed.timestamp() - time.time()) if parsed else None


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
    ) -> None:
        self.provider = provider
        self.base_url = base_url.rstrip("/")
        self._words = words
        self._client = httpx.AsyncClient(
            timeout=timeout,
            verify=_tls_context(),  # verification always on; one context shared by every account
            transport=transport,
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
        """Send one request; return the response if its status is 2xx or 3xx, else raise."""
        url = self.url(path)
        try:
            response = await self._client.request(
                method, url, params=params, data=data, json=json_body, files=files, headers=headers, content=content
            )
        except (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol) as exc:
            raise TransportError(self.provider, f"could not reach the gateway ({_reason(exc)})") from None
        except httpx.TimeoutException as exc:
            raise Ambiguous(self.provider, f"the gateway did not answer in time ({_reason(exc)})") from None
        except httpx.TransportError as exc:
            raise Ambiguous(self.provider, f"the connection to the gateway broke ({_reason(exc)})") from None
        log.debug("%s %s -> %s", method, redact(str(response.request.url)), response.status_code)
        if response.status_code < 400:
            return response
        raise self._error(response)

    def _error(self, response: httpx.Response) -> ProviderError:
        status = response.status_code
        words = self._words(response)
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
        await self._client.aclose()


def _reason(exc: Exception) -> str:
    text = str(exc).strip() or type(exc).__name__
    return redact(text)


def json_of(provider: str, response: httpx.Response) -> Any:
    """The body as JSON, tolerating the documented slips (trailing commas, bare words).

    Raises a clear ``ProviderError`` (never a parser traceback) when the body is
    not JSON at all.
    """
    return parse_json(provider, response.text, http_status=response.status_code)


_TRAILING_COMMA = re.compile(r",\s*([}\]])")
_BARE_WORD = re.compile(r"(:\s*)(unlimited)(\s*[,}\]])")
_COMMENT = re.compile(r"(?m)^\s*//.*$|(?<=[,{\[\s])//[^\n\"]*$")


def parse_json(provider: str, text: str, *, http_status: int | None = None) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        pass
    repaired = _COMMENT.sub("", text)
    repaired = _BARE_WORD.sub(r'\1"\2"\3', repaired)
    repaired = _TRAILING_COMMA.sub(r"\1", repaired)
    try:
        return json.loads(repaired)
    except ValueError:
        snippet = re.sub(r"\s+", " ", redact(text))[:120]
        raise ProviderError(
            provider,
            f"the gateway's answer is not valid data: {snippet!r}",
            http_status=http_status,
        ) from None
