#!/usr/bin/env python3
"""Build wadesk's desktop bundle for the OS this runs on, into dist/ (``python3 dev.py package`` runs this).

    python3 dev.py package            the bundle, then the installer, .dmg or tarball of this OS
    python3 dev.py package --check    the same, then the bundle's own executable renders every panel (English and
                                      Indonesian) and each picture is checked: what `python3 dev.py test` runs
    python3 dev.py package --check-only   check the bundle already in dist/
    python3 dev.py package --no-trim  keep everything PyInstaller collects (to compare sizes; see trim.py)

Steps: the translations (.qm) are built, PyInstaller builds the folder dist/wadesk/ from packaging/wadesk.spec, then
- Linux:   dist/wadesk-<version>-linux-<machine>.tar.gz (the folder with wadesk.desktop, the icon and install.sh);
- Windows: dist/wadesk-<version>-setup.exe with Inno Setup (packaging/windows/wadesk.iss) when ISCC.exe is found;
- macOS:   dist/wadesk.app, signed when WADESK_CODESIGN_IDENTITY is set, in dist/wadesk-<version>-macos-<arch>.dmg,
           notarized and stapled when WADESK_NOTARY_PROFILE is set too.
packaging/README.md tells each step in full.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
DIST = ROOT / "dist"
BUNDLE = DIST / "wadesk"
APP = DIST / "wadesk.app"
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]

# What `wadesk --demo --screenshots DIR` writes: the five panels, then the dialogs and second views.
SCREENSHOTS = (
    "devices",
    "composer",
    "scheduler",
    "contacts",
    "reports",
    "pairing",
    "pairing-paired",
    "account",
    "preferences",
    "contacts-import",
    "composer-checks",
    "reports-campaign",
    "scheduler-agenda",
)
SIDEBAR = (0, 110, 210, 200)  # x, y, width, height of the sidebar's panel names in a 1280×800 picture


def say(text: str) -> None:
    print(f"[package] {text}", flush=True)


def run(*command: str | Path, **kwargs: object) -> None:
    print("$", " ".join(str(part) for part in command), flush=True)
    subprocess.run([str(part) for part in command], cwd=ROOT, check=True, **kwargs)  # type: ignore[call-overload]


def size_of(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def megabytes(count: int) -> str:
    return f"{count / 1_000_000:.1f} MB"


# --- the bundle --------------------------------------------------------------------------------------------------


QM = ROOT / "resources" / "translations" / "wadesk_id.qm"


def build_translations(strict: bool) -> None:
    """The ``.qm`` from its ``.ts`` sources.  ``strict`` (the checks): a committed ``.qm`` that is not what its
    sources build is an error, not quietly fixed (the tests compare the two)."""
    before = QM.read_bytes() if QM.exists() else None
    run(sys.executable, PACKAGING / "translations.py", "build")
    if strict and QM.read_bytes() != before:
        if before is None:
            QM.unlink()
        else:
            QM.write_bytes(before)
        sys.exit(f"{QM.relative_to(ROOT)} is not what its .ts sources build: run python3 dev.py translations")


def build_bundle(trim: bool, strict: bool = False) -> None:
    build_translations(strict)
    env = {**os.environ, "WADESK_NO_TRIM": "" if trim else "1", "PYTHONPATH": str(ROOT)}
    started = time.monotonic()
    run(
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level=WARN",
        "--distpath",
        DIST,
        "--workpath",
        ROOT / "build" / "pyinstaller",
        PACKAGING / "wadesk.spec",
        env=env,
    )
    folder = APP if sys.platform == "darwin" else BUNDLE
    files = sum(1 for path in folder.rglob("*") if path.is_file() and not path.is_symlink())
    took = time.monotonic() - started
    say(f"{folder.relative_to(ROOT)}: {megabytes(size_of(folder))} in {files} files; PyInstaller took {took:.0f} s")


# --- Linux -------------------------------------------------------------------------------------------------------


def strip_python_debug_info() -> None:
    """Linux: drop the debugging sections of the interpreter's own libraries (libpython alone is 23 MB with them).

    Only those: the wheels' libraries (Qt, cryptography, …) come stripped or are patched by auditwheel, which a
    strip can break.
    """
    strip = shutil.which("strip")
    internal = BUNDLE / "_internal"
    targets = [*internal.glob("libpython3*.so*"), *internal.glob("python3*/lib-dynload/*.so")]
    targets = [path for path in targets if path.is_file() and not path.is_symlink()]
    if strip is None or not targets:
        return
    before = sum(path.stat().st_size for path in targets)
    subprocess.run([strip, "--strip-debug", *map(str, targets)], check=True)
    saved = before - sum(path.stat().st_size for path in targets)
    say(f"stripped the interpreter's debugging information: {megabytes(saved)} less, {megabytes(size_of(BUNDLE))} now")


def linux_tarball() -> Path:
    """dist/wadesk-<version>-linux-<machine>.tar.gz: the folder, with its .desktop file, icon and install.sh."""
    shutil.copy2(PACKAGING / "linux" / "wadesk.desktop", BUNDLE / "wadesk.desktop")
    shutil.copy2(PACKAGING / "linux" / "install.sh", BUNDLE / "install.sh")
    (BUNDLE / "install.sh").chmod(0o755)
    shutil.copy2(ROOT / "resources" / "icons" / "wadesk-256.png", BUNDLE / "wadesk.png")
    target = DIST / f"wadesk-{VERSION}-linux-{platform.machine()}.tar.gz"
    with tarfile.open(target, "w:gz", compresslevel=6) as tar:
        tar.add(BUNDLE, arcname="wadesk")
    say(f"{target.relative_to(ROOT)}: {megabytes(target.stat().st_size)}")
    return target


# --- Windows -----------------------------------------------------------------------------------------------------


def find_iscc() -> Path | None:
    found = shutil.which("ISCC") or shutil.which("iscc")
    if found:
        return Path(found)
    # Windows' environment is case-insensitive: %ProgramFiles(x86)%, %ProgramFiles%, %LOCALAPPDATA%.
    bases = [os.environ.get(name) for name in ("PROGRAMFILES(X86)", "PROGRAMFILES", "LOCALAPPDATA")]
    for base in filter(None, bases):
        for folder in (Path(base), Path(base) / "Programs"):
            if (folder / "Inno Setup 6" / "ISCC.exe").is_file():
                return folder / "Inno Setup 6" / "ISCC.exe"
    return None


def windows_installer() -> Path | None:
    """dist/wadesk-<version>-setup.exe, with Inno Setup's compiler when it is installed."""
    script = PACKAGING / "windows" / "wadesk.iss"
    iscc = find_iscc()
    if iscc is None:
        say(
            "Inno Setup was not found, so there is no installer yet (the folder dist\\wadesk works as it is). "
            "Install Inno Setup 6 (https://jrsoftware.org/isdl.php, or: winget install JRSoftware.InnoSetup), "
            f'then run this again, or by hand: ISCC /DAppVersion={VERSION} "{script}"'
        )
        return None
    run(iscc, f"/DAppVersion={VERSION}", script)
    target = DIST / f"wadesk-{VERSION}-setup.exe"
    say(f"{target.relative_to(ROOT)}: {megabytes(target.stat().st_size)}")
    return target


# --- macOS -------------------------------------------------------------------------------------------------------


def macos_dmg() -> Path:
    """dist/wadesk-<version>-macos-<arch>.dmg holding wadesk.app (signed, notarized and stapled when set up)."""
    identity = os.environ.get("WADESK_CODESIGN_IDENTITY")
    entitlements = PACKAGING / "macos" / "entitlements.plist"
    if identity:
        # PyInstaller signed every binary inside (the spec passes the identity); the .app itself last.
        run(
            "codesign", "--force", "--timestamp", "--options", "runtime",
            "--entitlements", entitlements, "--sign", identity, APP,
        )  # fmt: skip
        run("codesign", "--verify", "--deep", "--strict", "--verbose=2", APP)
    else:
        say('not signed: set WADESK_CODESIGN_IDENTITY="Developer ID Application: NAME (TEAMID)" to sign')
    target = DIST / f"wadesk-{VERSION}-macos-{platform.machine()}.dmg"
    target.unlink(missing_ok=True)
    with tempfile.TemporaryDirectory() as staging:
        shutil.copytree(APP, Path(staging) / APP.name, symlinks=True)
        (Path(staging) / "Applications").symlink_to("/Applications")
        run("hdiutil", "create", "-volname", "wadesk", "-srcfolder", staging, "-ov", "-format", "UDZO", target)
    if identity:
        run("codesign", "--force", "--timestamp", "--sign", identity, target)
        profile = os.environ.get("WADESK_NOTARY_PROFILE")
        if profile:
            run("xcrun", "notarytool", "submit", target, "--keychain-profile", profile, "--wait")
            run("xcrun", "stapler", "staple", target)
            run("xcrun", "stapler", "validate", target)
        else:
            say(
                "not notarized: store the notary credentials once with "
                "'xcrun notarytool store-credentials wadesk-notary --apple-id YOU@EXAMPLE.COM --team-id TEAMID' "
                "and set WADESK_NOTARY_PROFILE=wadesk-notary"
            )
    say(f"{target.relative_to(ROOT)}: {megabytes(target.stat().st_size)}")
    return target


# --- the check ---------------------------------------------------------------------------------------------------


def executable() -> Path:
    if sys.platform == "win32":
        return BUNDLE / "wadesk-cli.exe"  # the console twin of wadesk.exe: its exit status and messages reach us
    if sys.platform == "darwin":
        return APP / "Contents" / "MacOS" / "wadesk"
    return BUNDLE / "wadesk"


def screenshots(folder: Path, *arguments: str) -> None:
    """The bundle's own executable renders every panel into ``folder`` (offscreen), as a user's machine would."""
    home = folder.parent / f"{folder.name}-home"
    for old in (folder, home):  # no picture of an earlier run may pass for this one's
        shutil.rmtree(old, ignore_errors=True)
    home.mkdir(parents=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WADESK_HOME": str(home)}
    for name in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"):  # the bundle must stand on its own
        env.pop(name, None)
    command = [str(executable()), "--demo", "--screenshots", str(folder), *arguments]
    print("$", " ".join(command), flush=True)
    started = time.monotonic()
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=600, check=False, cwd=home)
    if done.returncode != 0 or "Traceback" in done.stderr:
        sys.exit(f"the bundle failed (exit status {done.returncode}):\n{done.stdout}\n{done.stderr}")
    say(f"rendered {' '.join(arguments) or 'English'} in {time.monotonic() - started:.0f} s")


def check_pictures(folder: Path) -> dict[str, object]:
    """Each expected PNG is there and is a real picture: 1280×800 and not one flat colour.  Returns the QImages."""
    from PySide6.QtGui import QImage

    images: dict[str, object] = {}
    problems = []
    for name in SCREENSHOTS:
        path = folder / f"{name}.png"
        image = QImage(str(path))
        if not path.is_file() or path.stat().st_size == 0:
            problems.append(f"{name}.png is missing or empty")
        elif image.isNull() or (image.width(), image.height()) != (1280, 800):
            problems.append(f"{name}.png is not a 1280×800 picture")
        elif len({image.pixel(x, y) for x in range(0, 1280, 40) for y in range(0, 800, 40)}) < 3:
            problems.append(f"{name}.png is blank")
        images[name] = image
    if problems:
        sys.exit(f"{folder}: " + "; ".join(problems))
    say(f"{folder.name}: all {len(SCREENSHOTS)} pictures are there")
    return images


def check(work: Path) -> None:
    """The bundle works on its own: every panel in English, then in Indonesian from the bundled .qm."""
    qm = (APP / "Contents" / "Resources" if sys.platform == "darwin" else BUNDLE / "_internal") / "resources"
    if not (qm / "translations" / "wadesk_id.qm").is_file():
        sys.exit(f"the bundle has no {qm / 'translations' / 'wadesk_id.qm'}")
    screenshots(work / "en")
    screenshots(work / "id", "--lang", "id")
    english, indonesian = check_pictures(work / "en"), check_pictures(work / "id")
    # The sidebar holds only the panels' names: the same there means the Indonesian words were not loaded.
    before = english["devices"].copy(*SIDEBAR)  # type: ignore[attr-defined]
    after = indonesian["devices"].copy(*SIDEBAR)  # type: ignore[attr-defined]
    if before == after:
        sys.exit("with --lang id the sidebar still shows the English names: the bundle did not load wadesk_id.qm")
    say(f"the bundle works: {len(SCREENSHOTS)} pictures in English and in Indonesian ({work})")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python3 dev.py package", description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="after building, run the bundle and check its pictures")
    parser.add_argument("--check-only", action="store_true", help="check the bundle already in dist/")
    parser.add_argument("--no-trim", action="store_true", help="keep everything PyInstaller collects")
    parser.add_argument("--shots", metavar="DIR", help="where --check writes its pictures (default: a temporary one)")
    args = parser.parse_args(argv)
    started = time.monotonic()
    if not args.check_only:
        build_bundle(trim=not args.no_trim, strict=args.check)
        if sys.platform == "win32":
            windows_installer()
        elif sys.platform == "darwin":
            macos_dmg()
        else:
            strip_python_debug_info()
            linux_tarball()
    if args.check or args.check_only:
        if args.shots:
            check(Path(args.shots).resolve())
        else:
            with tempfile.TemporaryDirectory(prefix="wadesk-bundle-check-") as work:
                check(Path(work))
    say(f"done in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
