"""``wadesk config``: app-wide settings."""

from __future__ import annotations

import argparse

from wadesk.app import App
from wadesk.cli.output import OK, emit, fail
from wadesk.services.settings import SETTINGS, SettingsFile, setting


async def cmd_config(app: App, args: argparse.Namespace) -> int:
    """App-wide settings (``services.settings``); a wrong key or value is refused before anything is written."""
    store = SettingsFile(app.home, app.events)
    if args.action == "list":
        for spec in SETTINGS:
            value = app.settings.get(spec.key)
            if args.json:
                emit(
                    {
                        "key": spec.key,
                        "value": value,
                        "default": spec.default,
                        "set": app.settings.is_set(spec.key),
                        "label": spec.label,
                        "help": spec.help,
                    }
                )
            else:
                mark = "" if app.settings.is_set(spec.key) else "  (default)"
                print(f"{spec.key:<18} {spec.text(value) or '(none)'}{mark}")
        return OK
    spec = setting(args.key)
    if args.action == "get":
        print(spec.text(app.settings.get(spec.key)))
        return OK
    if args.action == "set":
        settings, kept = store.set(spec.key, args.value)
    else:
        settings, kept = store.unset(spec.key)
    if kept:
        fail(f"note: {kept}")
    print(f"{spec.key} = {spec.text(settings.get(spec.key)) or '(none)'}")
    return OK
