"""packaging/trim.py leaves out what wadesk does not use, and never what it needs on any OS."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def trim(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.delenv("WADESK_NO_TRIM", raising=False)
    spec = importlib.util.spec_from_file_location("trim", ROOT / "packaging" / "trim.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


NEEDED = [
    ("PySide6/Qt/plugins/platforms", "libqxcb.so"),
    ("PySide6/Qt/plugins/platforms", "libqwayland.so"),
    ("PySide6/Qt/plugins/platforms", "libqoffscreen.so"),
    ("PySide6/plugins/platforms", "qwindows.dll"),
    ("PySide6/Qt/plugins/platforms", "libqcocoa.dylib"),
    ("PySide6/Qt/plugins/platformthemes", "libqxdgdesktopportal.so"),
    ("PySide6/Qt/plugins/imageformats", "libqjpeg.so"),
    ("PySide6/plugins/imageformats", "qgif.dll"),
    ("PySide6/Qt/plugins/imageformats", "libqwebp.dylib"),
    ("PySide6/Qt/plugins/iconengines", "libqsvgicon.so"),
    ("PySide6/Qt/plugins/platforminputcontexts", "libibusplatforminputcontextplugin.so"),
    ("PySide6/plugins/styles", "qmodernwindowsstyle.dll"),
]
LEFT_OUT = [
    ("PySide6/Qt/translations", "qtbase_de.qm"),
    ("PySide6/translations", "qtbase_ja.qm"),
    ("PySide6/Qt/plugins/platforms", "libqeglfs.so"),
    ("PySide6/Qt/plugins/platforms", "libqvnc.so"),
    ("PySide6/Qt/plugins/platformthemes", "libqgtk3.so"),
    ("PySide6/Qt/plugins/imageformats", "libqtiff.so"),
    ("PySide6/plugins/imageformats", "qpdf.dll"),
    ("PySide6/Qt/plugins/platforminputcontexts", "libqtvirtualkeyboardplugin.so"),
    ("PySide6", "opengl32sw.dll"),
]


def test_what_wadesk_needs_stays(trim: ModuleType) -> None:
    pairs = [(f"/site/{folder}/{name}", folder) for folder, name in NEEDED]
    assert trim.hook_trimmed(pairs) == pairs


def test_what_wadesk_does_not_use_is_left_out(trim: ModuleType) -> None:
    pairs = [(f"/site/{folder}/{name}", folder) for folder, name in LEFT_OUT]
    assert trim.hook_trimmed(pairs) == []
    entries = [(f"{folder}/{name}", f"/site/{folder}/{name}", "DATA") for folder, name in LEFT_OUT + NEEDED]
    assert [entry[0].rsplit("/", 1)[1] for entry in trim.trimmed(entries)] == [name for _, name in NEEDED]


def test_no_trim_keeps_everything(monkeypatch: pytest.MonkeyPatch, trim: ModuleType) -> None:
    monkeypatch.setattr(trim, "ENABLED", False)
    pairs = [(f"/site/{folder}/{name}", folder) for folder, name in LEFT_OUT]
    assert trim.hook_trimmed(pairs) == pairs
