"""The command line (ARCHITECTURE §8): parse, call a service, print.

``parser`` holds the grammar, ``output`` what is printed and the exit codes,
``commands`` one module per command group, ``main`` the entry point.

Exit status: 0 all good; 1 the provider or the network failed for at least one
message; 2 invalid input, nothing was sent; 141 the reader of the output went
away (``| head``).  A user never sees a traceback: unexpected errors are logged
in full and reported in one line.
"""

from wadesk.cli.commands import COMMANDS
from wadesk.cli.main import main
from wadesk.cli.parser import build_parser

__all__ = ["COMMANDS", "build_parser", "main"]
