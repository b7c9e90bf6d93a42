"""``python -m wadesk`` is the ``wadesk`` command."""

import sys

from wadesk.cli import main

sys.exit(main())
