"""What the command line prints: JSON lines, one-line errors, progress and result lines, exit codes."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime, tzinfo
from typing import Any, TextIO, cast

from wadesk.domain.models import (
    DeviceInfo,
    StoredMessage,
)
from wadesk.domain.redaction import redact
from wadesk.domain.status import DeliveryStatus
from wadesk.domain.text import escape_controls_in_json, printable

OK, FAILED, INVALID = 0, 1, 2


READER_GONE = 141  # the reader of the output went away (128 + SIGPIPE)


class Exit(Exception):
    """Leave with a status code after the message was printed."""

    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


def emit(obj: dict[str, Any], out: TextIO | None = None) -> None:
    text = escape_controls_in_json(json.dumps(obj, ensure_ascii=False, default=str))
    (out or sys.stdout).write(text + "\n")  # stdout as it is now


_ENCODER = json.JSONEncoder(ensure_ascii=False, default=str)


def emit_each(objects: Iterable[dict[str, Any]], *, chunk: int = 1_000) -> None:
    """``emit`` for a long listing: the same lines, written ``chunk`` at a time as ``objects`` come."""
    write_json_lines(map(_ENCODER.encode, objects), chunk=chunk)


def write_json_lines(lines: Iterable[str], *, chunk: int = 1_000) -> None:
    """JSON texts (``json.dumps(obj, ensure_ascii=False)``) as ``emit`` writes them, ``chunk`` lines at a time."""
    batch: list[str] = []
    for line in lines:
        batch.append(line)
        if len(batch) == chunk:
            _write_json(batch)
            batch.clear()
    if batch:
        _write_json(batch)


def _write_json(lines: list[str]) -> None:
    text = "\n".join(lines) + "\n"
    if not text.isascii() or "\x7f" in text:  # only then can it hold DEL or a C1 control (isascii is O(1))
        text = escape_controls_in_json(text)
    # JSON escapes every C0 control and DEL and C1 are escaped now: nothing is left for ``Printable`` to take out.
    out = sys.stdout
    (out.wrapped if isinstance(out, Printable) else out).write(text)


def iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def fail(message: str) -> None:
    """One line on stderr; a gateway that echoes a key back never gets it printed, nor its control characters."""
    sys.stderr.write(f"wadesk: {printable(redact(message))}\n")


class Printable:
    """A terminal stream that drops control characters from what it is given (see ``domain.text``).

    While a command runs, stdout and stderr are wrapped in it, so that no name
    from a file and no gateway's answer can drive the terminal, whichever
    ``print`` shows it.
    """

    def __init__(self, stream: TextIO) -> None:
        self.wrapped = stream

    def write(self, text: str) -> int:
        self.wrapped.write(printable(text))
        return len(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.wrapped, name)


@contextmanager
def printable_output() -> Iterator[None]:
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = cast(TextIO, Printable(sys.stdout)), cast(TextIO, Printable(sys.stderr))
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved


def quote(name: str) -> str:
    return f'"{name}"' if " " in name else name


def local_time(moment: datetime, tz: tzinfo) -> str:
    """``2027-01-01 10:00 WIB``: a time in ``tz``, the zone named."""
    local = moment.astimezone(tz)
    return f"{local:%Y-%m-%d %H:%M} {local.tzname()}"


def time_span(times: Sequence[datetime], tz: tzinfo) -> str:
    """``for 2027-01-01 10:00 WIB``, or ``from 2027-01-01 10:00:00 to 10:02:30 WIB, paced`` (a timetable)."""
    if not times:
        return ""
    first, last = min(times).astimezone(tz), max(times).astimezone(tz)
    if first == last:
        return f"for {local_time(first, tz)}"
    end = f"{last:%H:%M:%S}" if first.date() == last.date() else f"{last:%Y-%m-%d %H:%M:%S}"
    return f"from {first:%Y-%m-%d %H:%M:%S} to {end} {last.tzname()}, paced"


def zone_name(tz: tzinfo) -> str:
    return str(getattr(tz, "key", None) or tz.tzname(None) or tz)


def progress_printer(total: int) -> Callable[[StoredMessage], None]:
    done = 0

    def show(row: StoredMessage) -> None:
        nonlocal done
        done += 1
        print(f"  [{done}/{total}] {row.to.address} {row.status.value}", file=sys.stderr, flush=True)

    return show


def send_json(row: StoredMessage) -> dict[str, Any]:
    return {
        "to": row.to.address,
        "status": row.status.value,
        "message_id": row.id,
        "provider_message_id": row.provider_message_id,
        "error": row.error,
    }


def print_send_results(rows: Sequence[StoredMessage], as_json: bool) -> int:
    bad = [r for r in rows if r.status in (DeliveryStatus.FAILED, DeliveryStatus.UNCERTAIN, DeliveryStatus.QUEUED)]
    for row in rows:
        if as_json:
            emit(send_json(row))
        else:
            ok = row not in bad
            detail = (f"id {row.provider_message_id}" if row.provider_message_id else "") if ok else row.error
            print(f"{row.to.address:<16} {row.status.value:<9} {detail or ''}")
    if bad:
        first = bad[0]
        hint = (
            " (it stays in the outbox: 'wadesk outbox run' retries it)" if first.status is DeliveryStatus.QUEUED else ""
        )
        fail(f"{len(bad)} of {len(rows)} message(s) not accepted: {first.error}{hint}")
        return FAILED
    return OK


def outcome_printer(as_json: bool) -> Callable[[StoredMessage], None]:
    """Each message's outcome as it comes: a JSON object on stdout, or a line on stderr."""

    def show(row: StoredMessage) -> None:
        if as_json:
            emit(send_json(row))
            sys.stdout.flush()
            return
        why = f": {redact(row.error)}" if row.error and row.status is not DeliveryStatus.ACCEPTED else ""
        print(f"  message {row.id} to {row.to.address}: {row.status.value}{why}", file=sys.stderr, flush=True)

    return show


def idle_printer(wake: datetime | None) -> None:
    when = "nothing queued or scheduled" if wake is None else f"next due {iso(wake)}"
    print(f"waiting: {when} (Ctrl+C to stop)", file=sys.stderr, flush=True)


def device_json(info: DeviceInfo) -> dict[str, Any]:
    return {
        "device_id": info.device_id,
        "status": info.state.value,
        "number": info.number,
        "quota": info.quota,
        "expires": info.expires.isoformat() if info.expires else None,
    }


def device_line(info: DeviceInfo) -> str:
    parts = [f"device {info.device_id}: {info.state.value}"]
    if info.number:
        parts.append(f"number {info.number}")
    if info.quota is not None:
        parts.append(f"quota {info.quota}")
    if info.expires:
        parts.append(f"expires {info.expires.isoformat()}")
    return ", ".join(parts)


def report_json(row: StoredMessage) -> dict[str, Any]:
    return {
        "message_id": row.id,
        "provider_message_id": row.provider_message_id,
        "to": row.to.address,
        "status": row.status.value,
        "updated_at": iso(row.updated_at),
    }
