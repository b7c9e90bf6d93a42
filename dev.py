#!/usr/bin/env python3
"""Set everything up in ./.venv and run wadesk or its checks.  Needs only Python 3.11+.

python3 dev.py demo     install, then start the app on the embedded simulator
python3 dev.py test     install with the test tools, then lint, type-check, import contracts, tests
python3 dev.py run ...  install, then run ``wadesk ...`` with the given arguments
python3 dev.py translations   update resources/translations/*/*.ts from the code and rebuild the .qm files
python3 dev.py package  install with the package tools, then build the desktop bundle for this OS into dist/
                        (Linux: a tarball; Windows: an Inno Setup installer; macOS: a .app in a .dmg), see
                        packaging/README.md; `--check` then runs the bundle and checks every panel's picture

`python3 dev.py test` with no arguments (what CI runs) also builds the bundle and checks it (about 3 minutes);
with pytest arguments, or with WADESK_SKIP_BUNDLE=1, it leaves that step out.
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def ensure_venv(extra: str = "") -> Path:
    if sys.version_info < (3, 11):
        sys.exit(f"wadesk needs Python 3.11 or newer; this is {sys.version.split()[0]}")
    python = venv_python()
    if not python.exists():
        print(f"creating {VENV}", flush=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    spec = f".[{extra}]" if extra else "."
    print(f"installing wadesk{f' with {extra} tools' if extra else ''} into {VENV}", flush=True)
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-e", spec],
        cwd=ROOT,
        check=True,
    )
    return python


def run(*cmd: str, env: dict[str, str] | None = None) -> int:
    print("$", " ".join(cmd), flush=True)
    return subprocess.run(cmd, cwd=ROOT, env=env, check=False).returncode


def test(pytest_args: list[str]) -> int:
    python = str(ensure_venv("test,package"))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    # The desktop bundle, built and run on its own (packaging/build.py): only in a full run, before the tests
    # so that pytest's summary stays the last word.
    bundle = not pytest_args and not os.environ.get("WADESK_SKIP_BUNDLE")
    steps = [
        (python, "-m", "ruff", "check", "wadesk", "tests", "bench", "packaging", "dev.py"),
        (python, "-m", "ruff", "format", "--check", "wadesk", "tests", "bench", "packaging", "dev.py"),
        (python, "-m", "mypy", "--strict", "wadesk"),
        (str(Path(python).parent / ("lint-imports.exe" if os.name == "nt" else "lint-imports")),),
        *([(python, str(ROOT / "packaging" / "build.py"), "--check")] if bundle else []),
        (python, "-m", "pytest", *pytest_args),
    ]
    failed = [" ".join(step[:4]) for step in steps if run(*step, env=env) != 0]
    if failed:
        print("FAILED:", *failed, sep="\n  ")
        return 1
    print("all checks passed")
    return 0


def main(argv: list[str]) -> int:
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__)
        return 0
    command, rest = argv[0], argv[1:]
    if command == "test":
        return test(rest)
    if command == "demo":
        return run(str(ensure_venv()), "-m", "wadesk", "--demo", *rest)
    if command == "run":
        return run(str(ensure_venv()), "-m", "wadesk", *rest)
    if command == "package":
        return run(str(ensure_venv("package")), str(ROOT / "packaging" / "build.py"), *rest)
    if command == "translations":
        return run(str(ensure_venv()), str(ROOT / "packaging" / "translations.py"), *rest)
    print(f"unknown command {command!r}\n{__doc__}")
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
