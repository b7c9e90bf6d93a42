"""Errors in plain words: what a person is told, in the window, in reports and in the services' results."""

import pytest

from wadesk.domain.errors import (
    Ambiguous,
    AuthError,
    NotSupported,
    RateLimited,
    UnknownAccount,
    ValidationError,
    WadeskError,
    describe,
)


def test_a_gateway_error_names_the_gateway_and_keeps_its_words() -> None:
    exc = AuthError("Wablas", "the gateway refused the token", http_status=401, provider_message="token invalid")
    assert describe(exc) == "Wablas: the gateway refused the token"
    assert describe(RateLimited("Chatbot", "too many requests", retry_after=30)) == "Chatbot: too many requests"
    assert describe(Ambiguous("JSON WA", "the gateway did not answer in time")) == (
        "JSON WA: the gateway did not answer in time"
    )


@pytest.mark.parametrize(
    ("exc", "words"),
    [
        (
            ValidationError("the base URL must be an http(s) URL, not 'x'"),
            "the base URL must be an http(s) URL, not 'x'",
        ),
        (UnknownAccount("shop"), "no account named 'shop' (see 'wadesk account list')"),
        (NotSupported("Wasender", "groups"), "Wasender does not support groups"),
        (WadeskError("that account no longer exists"), "that account no longer exists"),
    ],
)
def test_wadesks_own_errors_are_told_as_written(exc: WadeskError, words: str) -> None:
    assert describe(exc) == words


@pytest.mark.parametrize(
    "exc", [KeyError("token=s3cret"), RuntimeError("Traceback (most recent call last)"), OSError()]
)
def test_an_unexpected_error_is_told_without_its_text(exc: BaseException) -> None:
    words = describe(exc)
    assert words == "an unexpected error happened; the details are in the log file"
    assert "s3cret" not in words and "Traceback" not in words
