"""Linux without the system libraries Qt's X11 plugin needs: one clear line and exit 1, not an abort (134)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo

from tests.support.cli import Cli
from wadesk.launch import (
    debian_package,
    display_reachable,
    missing_libraries,
    missing_libraries_message,
    not_found,
    uses_xcb,
)

LDD_OUTPUT = """\
\tlinux-vdso.so.1 (0x00007ffd5a1f2000)
\tlibQt6XcbQpa.so.6 => /opt/venv/PySide6/Qt/plugins/platforms/../../lib/libQt6XcbQpa.so.6 (0x00007f0a)
\tlibxcb-cursor.so.0 => not found
\tlibxcb-icccm.so.4 => /lib/x86_64-linux-gnu/libxcb-icccm.so.4 (0x00007f0b)
\tlibxkbcommon-x11.so.0 => not found
\tlibxcb-cursor.so.0 => not found
\t/lib64/ld-linux-x86-64.so.2 (0x00007f0c)
"""


def test_what_ldd_could_not_find() -> None:
    assert not_found(LDD_OUTPUT) == ["libxcb-cursor.so.0", "libxkbcommon-x11.so.0"]
    assert not_found("\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x1)\n") == []


@pytest.mark.parametrize(
    ("library", "package"),
    [
        ("libxcb-cursor.so.0", "libxcb-cursor0"),
        ("libxcb-icccm.so.4", "libxcb-icccm4"),
        ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),  # a hyphen between two digits
        ("libX11-xcb.so.1", "libx11-xcb1"),
        ("libEGL.so.1", "libegl1"),
        ("libdbus-1.so.3", "libdbus-1-3"),
        ("libglib-2.0.so.0", "libglib2.0-0"),
        ("libz.so.1", "zlib1g"),
    ],
)
def test_the_debian_package_of_a_library(library: str, package: str) -> None:
    assert debian_package(library) == package


def test_the_message_names_the_libraries_and_the_command_to_install_them() -> None:
    message = missing_libraries_message(["libxcb-cursor.so.0", "libxkbcommon-x11.so.0"])
    assert "\n" not in message
    assert "libxcb-cursor.so.0" in message
    assert "sudo apt install libxcb-cursor0 libxkbcommon-x11-0" in message


@pytest.mark.parametrize(
    ("env", "platform", "xcb"),
    [
        ({}, "linux", True),
        ({"QT_QPA_PLATFORM": "xcb"}, "linux", True),
        ({"QT_QPA_PLATFORM": "xcb:dpi=96;wayland"}, "linux", True),
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux", False),
        ({"QT_QPA_PLATFORM": "wayland;xcb"}, "linux", False),
        ({"XDG_SESSION_TYPE": "wayland"}, "linux", False),
        ({"XDG_SESSION_TYPE": "x11"}, "linux", True),
        ({}, "win32", False),
        ({}, "darwin", False),
    ],
)
def test_when_qt_will_use_xcb(env: dict[str, str], platform: str, xcb: bool) -> None:
    assert uses_xcb(env, platform) is xcb


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF libraries and ldd are Linux's")
def test_a_plugin_whose_library_is_gone_is_found_out(tmp_path: Path) -> None:
    """A real plugin-like library linked against one that is then removed, as on a system without it."""
    cc = shutil.which("cc") or shutil.which("gcc")
    if cc is None or shutil.which("ldd") is None:
        pytest.skip("needs a C compiler and ldd to build the plugin")
    (tmp_path / "gone.c").write_text("int wadesk_gone(void) { return 1; }\n")
    (tmp_path / "plugin.c").write_text("int wadesk_gone(void);\nint plugin(void) { return wadesk_gone(); }\n")
    gone = tmp_path / "libwadeskgone.so.3"
    build = [cc, "-shared", "-fPIC", "-o", str(gone), "-Wl,-soname,libwadeskgone.so.3", str(tmp_path / "gone.c")]
    subprocess.run(build, check=True, capture_output=True)
    (tmp_path / "libwadeskgone.so").symlink_to(gone.name)
    plugin = tmp_path / "libqfake.so"
    link = [cc, "-shared", "-fPIC", "-o", str(plugin), str(tmp_path / "plugin.c"), f"-L{tmp_path}", "-lwadeskgone"]
    subprocess.run(link, check=True, capture_output=True)
    gone.unlink()
    assert missing_libraries(plugin) == ["libwadeskgone.so.3"]
    assert "sudo apt install libwadeskgone3" in missing_libraries_message(missing_libraries(plugin))


def _xcb_plugin_lacks_libraries() -> bool:
    plugin = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms" / "libqxcb.so"
    return sys.platform.startswith("linux") and plugin.is_file() and bool(missing_libraries(plugin))


@pytest.mark.skipif(
    not _xcb_plugin_lacks_libraries(),
    reason="this system has every library Qt's xcb plugin needs (or is not Linux): wadesk would open its window",
)
def test_wadesk_says_what_to_install_instead_of_aborting(tmp_path: Path) -> None:
    cli = Cli(home=tmp_path / "home", keyring_file=tmp_path / "keyring.json")
    cli.extra_env.update({"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":0"})
    done = cli.run()
    assert done.returncode == 1, (done.returncode, done.stderr)
    [line] = done.stderr.splitlines()
    assert line.startswith("wadesk: the desktop window cannot start") and "sudo apt install lib" in line


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or _xcb_plugin_lacks_libraries(),
    reason="Qt's X11 plugin is not used here, or is stopped earlier by a missing library",
)
@pytest.mark.parametrize("demo", [False, True])
def test_a_display_that_does_not_answer_is_said_and_the_demo_leaves_nothing_behind(tmp_path: Path, demo: bool) -> None:
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    env = {
        **os.environ,
        "WADESK_HOME": str(tmp_path / "home"),
        "TMPDIR": str(temporary),
        "QT_QPA_PLATFORM": "xcb",
        "DISPLAY": ":4711",  # no X server there: Qt would abort (exit 134) without a word
    }
    done = subprocess.run(
        [sys.executable, "-m", "wadesk", *(["--demo"] if demo else [])],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1, (done.returncode, done.stderr)
    assert done.stderr == (
        "wadesk: the desktop window cannot start: the X display :4711 (DISPLAY) does not answer; run wadesk in a "
        "desktop session, or set DISPLAY to a display that is running\n"
    )
    assert list(temporary.iterdir()) == []  # the demo's throwaway folder is gone


def test_a_display_without_a_server_does_not_answer() -> None:
    assert display_reachable(":4711") is False
