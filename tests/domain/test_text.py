from __future__ import annotations

import json

from wadesk.domain.text import escape_controls_in_json, printable


def test_printable_drops_terminal_controls_and_keeps_text() -> None:
    assert printable("\x1b[31mMerah\x1b[0m\tAni\n") == "[31mMerah[0m\tAni\n"
    assert printable("a\rb\x00c\x07d\x7fe\x9bf\x85g") == "abcdefg"
    assert printable("José Ñoño 山田 🙂") == "José Ñoño 山田 🙂"


def test_json_escapes_what_json_dumps_leaves_raw() -> None:
    text = escape_controls_in_json(json.dumps({"name": "Ani\x9b31m\x7f\x1b"}, ensure_ascii=False))
    assert text == '{"name": "Ani\\u009b31m\\u007f\\u001b"}'
    assert json.loads(text) == {"name": "Ani\x9b31m\x7f\x1b"}
