"""The log file never stops wadesk: an unwritable or full log is one warning, then silence."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from wadesk.app import LogFile
from wadesk.domain.redaction import RedactingFilter


@pytest.fixture
def logger(request: pytest.FixtureRequest) -> Iterator[logging.Logger]:
    named = logging.getLogger(f"test.logfile.{request.node.name}")
    named.propagate = False
    named.setLevel(logging.DEBUG)
    yield named
    for handler in list(named.handlers):
        named.removeHandler(handler)
        handler.close()


def attach(logger: logging.Logger, path: Path) -> LogFile:
    handler = LogFile(path)
    handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    handler.addFilter(RedactingFilter())
    logger.addHandler(handler)
    return handler


def test_nothing_is_touched_before_the_first_line(tmp_path: Path, logger: logging.Logger) -> None:
    attach(logger, tmp_path / "home" / "logs" / "wadesk.log")
    assert not (tmp_path / "home").exists()


def test_an_unwritable_log_is_one_warning(
    tmp_path: Path, logger: logging.Logger, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "logs" / "wadesk.log"
    path.mkdir(parents=True)  # a folder where the file should be: unwritable even for root
    handler = attach(logger, path)
    for n in range(3):
        logger.error("line %d", n)
    assert handler.broken
    err = capsys.readouterr().err
    assert err == f"wadesk: warning: cannot write the log {path} (Is a directory); going on without it\n"


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full, a device that is always full")
def test_a_full_disk_is_one_warning_not_a_logging_error_per_line(
    tmp_path: Path, logger: logging.Logger, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "logs" / "wadesk.log"
    path.parent.mkdir()
    path.symlink_to("/dev/full")
    attach(logger, path)
    for n in range(3):
        logger.warning("line %d", n)
    err = capsys.readouterr().err
    assert "Logging error" not in err and "Traceback" not in err
    assert err == f"wadesk: warning: cannot write the log {path} (No space left on device); going on without it\n"


def test_lines_lose_control_characters_and_keep_secrets_masked(tmp_path: Path, logger: logging.Logger) -> None:
    path = tmp_path / "logs" / "wadesk.log"
    attach(logger, path)
    logger.info("gateway said %s", "\x1b[2Jok\x9b token=abc123")
    logger.info("second\tline")
    text = path.read_text(encoding="utf-8")
    assert "\x1b" not in text and "\x9b" not in text
    assert "[2Jok token=***" in text
    assert "second\tline" in text


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
def test_the_log_is_created_private(tmp_path: Path, logger: logging.Logger) -> None:
    path = tmp_path / "logs" / "wadesk.log"
    attach(logger, path)
    logger.info("hello")
    assert path.stat().st_mode & 0o777 == 0o600
    assert path.parent.stat().st_mode & 0o777 == 0o700
