import logging

import pytest

from wadesk.domain.redaction import RedactingFilter, redact, register_secret


def test_query_tokens_and_headers_are_masked() -> None:
    assert "abc123" not in redact("GET https://wablas.com/api/device/info?token=abc123&x=1")
    assert "tok.sec" not in redact("Authorization: tok.sec")
    assert "k3y" not in redact('{"apikey": "k3y", "waid": "1"}')


def test_registered_secrets_are_masked_anywhere() -> None:
    register_secret("s3cr3t-value-xyz")
    assert redact("the body said s3cr3t-value-xyz twice: s3cr3t-value-xyz") == "the body said *** twice: ***"


def test_logging_filter(caplog: pytest.LogCaptureFixture) -> None:
    logger = logging.getLogger("test.redaction")
    logger.addFilter(RedactingFilter())
    with caplog.at_level(logging.INFO, logger="test.redaction"):
        logger.info("HTTP Request: GET %s", "http://h/api/device/info?token=leaky-token-1")
    assert "leaky-token-1" not in caplog.text
    assert "token=***" in caplog.text


def test_cli_errors_are_redacted(capsys: pytest.CaptureFixture[str]) -> None:
    from wadesk.cli.output import fail as _fail

    register_secret("echoed-secret-4242")
    _fail("Gateway: HTTP 401: token echoed-secret-4242 is not valid")
    assert "echoed-secret-4242" not in capsys.readouterr().err


@pytest.mark.parametrize(
    "text",
    [
        "api_key: The selected api key is invalid.",
        "Wasender: HTTP 422: api_key: The selected api key is invalid",
        '{"errors": {"api_key": "The selected api key is invalid."}}',
        "token: invalid token, key: required",
        "secret: missing",
    ],
)
def test_words_about_a_key_are_not_masked(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("api_key: Zx81-kk.Q9", "api_key: ***"),
        ("api_key: abc123. Try again", "api_key: ***. Try again"),
        ("x-api-key: AbCdEfGh", "x-api-key: ***"),
        ("token: averyveryverylongtokenwithoutdigits", "token: ***"),
        ('{"token": "s3cret", "waid": "1"}', '{"token": "***", "waid": "1"}'),
        ("Authorization: Bearer abc.def", "Authorization: Bearer ***"),
        ("authorization: sec", "authorization: ***"),
        ("GET /api/send?token=word&phone=1", "GET /api/send?token=***&phone=1"),
    ],
)
def test_values_are_masked(text: str, expected: str) -> None:
    assert redact(text) == expected
