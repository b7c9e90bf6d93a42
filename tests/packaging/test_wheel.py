"""The wheel carries resources/ as wadesk/resources, and every wadesk package (pyproject lists them by hand)."""

from __future__ import annotations

import fnmatch
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SETUPTOOLS = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]


def test_pyproject_lists_every_package() -> None:
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "wadesk").rglob("__init__.py")}
    assert set(SETUPTOOLS["packages"]) == found | {"wadesk.resources"}


def test_every_resource_but_translation_sources_is_package_data() -> None:
    patterns = SETUPTOOLS["package-data"]["wadesk.resources"]
    resources = ROOT / "resources"
    files = [p.relative_to(resources).as_posix() for p in resources.rglob("*") if p.is_file() and p.suffix != ".ts"]
    assert files
    assert [f for f in files if not any(fnmatch.fnmatch(f, pattern) for pattern in patterns)] == []


@pytest.mark.slow
def test_the_wheel_holds_the_icons_and_the_translation(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", str(ROOT), "-w", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    (wheel,) = tmp_path.glob("wadesk-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for name in (
        "wadesk/resources/translations/wadesk_id.qm",
        "wadesk/resources/icons/wadesk.svg",
        "wadesk/resources/icons/wadesk.ico",
        "wadesk/resources/icons/wadesk.icns",
        "wadesk/resources/icons/wadesk-256.png",
        "wadesk/resources/icons/line/devices.svg",
        "wadesk/ui/resources.py",
        "wadesk/simulator/server.py",
    ):
        assert name in names, name
    assert not any(name.endswith(".ts") for name in names)
