"""The entry point: parse, run one command with the app (or the window, or the simulator), map errors to exit codes."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import importlib
import logging
import os
import re
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from wadesk.app import HOME_ENV, configure_logging, data_home, open_app
from wadesk.cli.commands import COMMANDS, Command
from wadesk.cli.output import FAILED, INVALID, OK, READER_GONE, fail, printable_output
from wadesk.cli.parser import build_parser, join_negative_values
from wadesk.domain.errors import ValidationError, WadeskError
from wadesk.domain.redaction import redact

log = logging.getLogger("wadesk.cli")


async def _run_with_app(command: Command, args: argparse.Namespace) -> int:
    with printable_output():
        app = open_app()
        try:
            return await command(app, args)
        finally:
            await app.aclose()


def _run_simulator(args: argparse.Namespace) -> int:
    from wadesk.simulator.server import run_simulator

    try:
        run_simulator(args.provider, args.host, args.port, args.faults, args.step, getattr(args, "manual_clock", False))
    except ValueError as exc:  # a bad --faults string
        raise ValidationError(str(exc)) from None
    except OSError as exc:
        raise WadeskError(f"cannot serve on {args.host}:{args.port}: {exc.strerror or exc}") from None
    return OK


def _run_gui(args: argparse.Namespace) -> int:
    """The desktop window (``wadesk``, ``wadesk --demo``, ``wadesk --demo --screenshots DIR``)."""
    if args.screenshots and not args.demo:
        raise ValidationError("--screenshots works with --demo")
    if (args.size or args.scale) and not args.screenshots:
        raise ValidationError("--size and --scale work with --screenshots")
    size, scale = _shot_size(args.size), _shot_scale(args.scale)
    try:
        run_gui = importlib.import_module("wadesk.launch").run_gui
    except ImportError:  # a build without the desktop window
        if args.demo:
            return _run_demo(args)
        build_parser().print_help()
        return OK
    shots = Path(args.screenshots) if args.screenshots else None
    if not args.demo:
        configure_logging(data_home(), verbose=args.verbose)
        return int(run_gui(demo=False, screenshots=shots, verbose=args.verbose, lang=args.lang))
    with tempfile.TemporaryDirectory(prefix="wadesk-demo-") as folder:
        os.environ[HOME_ENV] = folder  # the demo never touches the real data folder, logs included
        configure_logging(Path(folder), verbose=args.verbose)
        return int(run_gui(demo=True, screenshots=shots, verbose=args.verbose, size=size, scale=scale, lang=args.lang))


def _shot_size(text: str | None) -> tuple[int, int]:
    """``--size 1024x640``: the screenshots' window size in logical pixels."""
    if text is None:
        return (1280, 800)
    match = re.fullmatch(r"\s*(\d{3,4})\s*[xX×]\s*(\d{3,4})\s*", text)
    if match is None:
        raise ValidationError(f"--size {text!r}: give the width and height in pixels, e.g. 1024x640")
    width, height = int(match[1]), int(match[2])
    if not (320 <= width <= 3840 and 240 <= height <= 2160):
        raise ValidationError(f"--size {text!r}: from 320x240 to 3840x2160")
    return (width, height)


def _shot_scale(text: str | None) -> float:
    """``--scale 2``: device pixels per logical pixel, as on a high-density screen."""
    if text is None:
        return 1.0
    try:
        scale = float(text)
    except ValueError:
        scale = 0.0
    if not 1.0 <= scale <= 4.0:
        raise ValidationError(f"--scale {text!r}: a number from 1 to 4, e.g. 2")
    return scale


def _run_demo(args: argparse.Namespace) -> int:
    print("wadesk demo: serving the gateway simulator; try the command line against it:")
    print("  wadesk account add shop --provider wablas --base-url http://127.0.0.1:8765/api")
    print("  (token sim-wablas-token, secret_key sim-wablas-secret)")
    print('  wadesk send --account shop --to 0812-3456-7890 --text "Halo"')
    print("  wadesk report")
    args.provider, args.host, args.port, args.faults, args.step = "wablas", "127.0.0.1", 8765, None, 1.0
    return _run_simulator(args)


def main(argv: Sequence[str] | None = None) -> int:
    try:
        code = _main(argv)
        sys.stdout.flush()  # a reader that went away shows here at the latest, not as a warning at exit
    except BrokenPipeError:
        return _reader_gone()
    return code


def _reader_gone() -> int:
    """The reader of our output stopped early (``wadesk … | head -1``): end quietly, as Unix tools do.

    Python ignores SIGPIPE, so the write fails instead; the exit status is the
    one a shell shows for a tool ended by SIGPIPE (128 + 13).  Standard output
    is pointed at the null device so that Python's own flush at exit stays quiet.
    """
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    return READER_GONE


def _main(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(join_negative_values(sys.argv[1:] if argv is None else argv))
    try:
        if args.command is not None:
            configure_logging(data_home(), verbose=args.verbose)
        if args.command == "simulator":
            return _run_simulator(args)
        if args.command is None:
            return _run_gui(args)
        return asyncio.run(_run_with_app(COMMANDS[args.command], args))
    except ValidationError as exc:
        fail(str(exc))
        return INVALID
    except WadeskError as exc:
        fail(str(exc))
        return FAILED
    except KeyboardInterrupt:
        fail("interrupted")
        return 130
    except BrokenPipeError:
        raise
    except Exception as exc:
        log.exception("unexpected error")
        where = data_home() / "logs" / "wadesk.log"
        fail(f"unexpected error: {type(exc).__name__}: {redact(str(exc))} (details in {where})")
        return FAILED
