"""What a paged list asks of its source: how many rows match, and one page of them, sorted and filtered there.

A window's table of 100,000 rows reads only what it shows (``ui/models/paged.py``);
the source does the counting, sorting and filtering (in SQL), and says which
change events can alter what it lists.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

from wadesk.services.events import Event

R_co = TypeVar("R_co", covariant=True)
F_contra = TypeVar("F_contra", contravariant=True)


@dataclass(frozen=True)
class Sort:
    """An order the source knows by name (``key``), ascending unless ``descending``."""

    key: str
    descending: bool = False


class PagedSource(Protocol[R_co, F_contra]):
    """Rows counted, sorted and filtered by whoever holds them.  Called from a worker thread."""

    def count(self, filter: F_contra) -> int:
        """How many rows match ``filter``."""
        ...

    def page(self, offset: int, limit: int, sort: Sort, filter: F_contra) -> Sequence[R_co]:
        """Up to ``limit`` matching rows from position ``offset`` in the order ``sort``."""
        ...

    def affected_by(self, events: Sequence[Event]) -> bool:
        """Whether any of these change events may alter the rows listed (their number, order or content)."""
        ...
