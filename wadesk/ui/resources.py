"""Where wadesk's files that are not code are: icons and translations (the ``resources`` folder).

In a checkout it is ``resources/`` beside the ``wadesk`` package; an installed
wheel carries it as ``wadesk/resources``; a frozen bundle beside its
executable's code (``sys._MEIPASS``).
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent


@cache
def resources_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    candidates = [Path(bundle) / "resources"] if bundle else []
    candidates += [_PACKAGE / "resources", _PACKAGE.parent / "resources"]
    return next((path for path in candidates if path.is_dir()), candidates[-1])


def resource(*parts: str) -> Path:
    """``resource("translations", "wadesk_id.qm")``."""
    return resources_dir().joinpath(*parts)
