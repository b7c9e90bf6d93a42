"""The icons come from resources/icons: the app icon's SVG and the line icons, tinted with the theme's colour."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PIL import Image

from wadesk.ui import icons
from wadesk.ui.resources import resource, resources_dir

ROOT = Path(__file__).resolve().parents[2]
NAMED = re.compile(r"""(?:icons\.)?(?:icon|pixmap|line_svg)\(\s*["']([a-z_]+)["']""")


def test_in_a_checkout_the_resources_are_the_checkouts_folder() -> None:
    assert resources_dir() == ROOT / "resources"


def test_every_icon_the_code_asks_for_is_a_file() -> None:
    named = {name for path in (ROOT / "wadesk").rglob("*.py") for name in NAMED.findall(path.read_text("utf-8"))}
    assert len(named) > 20
    assert named <= set(icons.line_names()), sorted(named - set(icons.line_names()))


@pytest.mark.usefixtures("qapp")
def test_a_line_icon_is_drawn_in_the_colour_asked_for() -> None:
    svg = icons.line_svg("add", "#ff0000")
    assert "#ff0000" in svg and "currentColor" not in svg
    image = icons.pixmap("add", 24, "#ff0000").toImage()
    drawn = [image.pixelColor(x, y) for x in range(24) for y in range(24) if image.pixelColor(x, y).alpha() > 128]
    assert len(drawn) > 20
    assert all(c.red() > 200 and c.green() < 50 and c.blue() < 50 for c in drawn)


@pytest.mark.usefixtures("qapp")
def test_the_app_icon_is_drawn_from_resources() -> None:
    assert icons.app_svg() == resource("icons", "wadesk.svg").read_text("utf-8")
    icon = icons.app_icon()
    assert not icon.isNull()
    assert {size.width() for size in icon.availableSizes()} >= {16, 32, 64}
    image = icons.app_pixmap(64).toImage()
    assert image.pixelColor(32, 6).green() > image.pixelColor(32, 6).red()  # the green square's top edge


def test_the_installers_icon_files_hold_every_size() -> None:
    folder = ROOT / "resources" / "icons"
    with Image.open(folder / "wadesk.ico") as ico:
        assert set(ico.info["sizes"]) == {(n, n) for n in (16, 24, 32, 48, 64, 128, 256)}
    with Image.open(folder / "wadesk.icns") as icns:
        assert icns.size == (1024, 1024)
    for size in (16, 24, 32, 48, 64, 128, 256, 512, 1024):
        with Image.open(folder / f"wadesk-{size}.png") as png:
            assert png.size == (size, size)
