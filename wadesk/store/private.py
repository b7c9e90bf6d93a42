"""The data folder is the user's alone.

The database holds every customer's number and every message; the logs hold
what the gateways answered.  On POSIX systems the folder and its subfolders
are 0700 and the files in them 0600, for folders wadesk creates and for ones
an older version created world-readable (they are tightened whenever the
store opens).  Windows keeps files in the per-user profile, whose access
list already excludes other users; nothing is changed there.
"""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

log = logging.getLogger(__name__)

FOLDER_MODE = 0o700
FILE_MODE = 0o600
SUBFOLDERS = ("logs", "backups")
OWN_FILES = ("wadesk.sqlite3*", ".wadesk.sqlite3.*", "outbox.lock", "logs/wadesk.log*", "backups/*")

_POSIX = os.name == "posix"


def make_private_folder(path: Path) -> None:
    """Create ``path`` (and its parents) if needed, and make it private.  Raises ``OSError`` if it cannot be made."""
    path.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    tighten(path)


def open_private(path: Path, flags: int) -> int:
    """``os.open`` creating the file 0600 (before anything is written into it)."""
    return os.open(path, flags, FILE_MODE)


def tighten(path: Path) -> None:
    """Remove the group's and others' access to ``path`` (a folder or a file); never widens it.

    Only what belongs to this user is changed, and never a shared folder such
    as /tmp (sticky bit) given as the data folder by mistake.  A failure (a
    file system without modes) is logged, not raised: it must not stop wadesk.
    """
    if not _POSIX:
        return
    try:
        info = path.stat()
        if info.st_uid != os.geteuid() or info.st_mode & stat.S_ISVTX:
            return
        current = stat.S_IMODE(info.st_mode)
        private = current & (FOLDER_MODE if stat.S_ISDIR(info.st_mode) else FILE_MODE)
        if private != current:
            path.chmod(private)
    except FileNotFoundError:
        return
    except OSError as exc:
        log.warning("cannot make %s private: %s", path, exc.strerror or exc)


def tighten_home(home: Path) -> None:
    """Make ``home``, its logs and backups folders and wadesk's own files in them private.

    Other files are left alone: the data folder may be one the user also keeps other things in.
    """
    if not _POSIX:
        return
    for folder in (home, *(home / name for name in SUBFOLDERS)):
        if folder.is_dir():
            tighten(folder)
    for pattern in OWN_FILES:
        for entry in home.glob(pattern):
            if entry.is_file() and not entry.is_symlink():  # a link may point outside the folder
                tighten(entry)
