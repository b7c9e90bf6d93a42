"""The bundle's entry point: the ``wadesk`` command, frozen by PyInstaller (see wadesk.spec)."""

import sys

from wadesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
