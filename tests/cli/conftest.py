from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.cli import Cli, start_simulator


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    return Cli(home=tmp_path / "home", keyring_file=tmp_path / "keyring.json")


@pytest.fixture
def wablas_url(cli: Cli) -> Iterator[str]:
    """A ``wadesk simulator --provider wablas --manual-clock`` process; its base URL."""
    proc, urls = start_simulator(cli, "--provider", "wablas", "--manual-clock")
    try:
        yield urls["wablas"]
    finally:
        proc.terminate()
        proc.communicate(timeout=10)
