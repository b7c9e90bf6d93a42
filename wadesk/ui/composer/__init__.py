"""The Composer's parts, each a self-contained widget the Composer panel places (``ui/panels/composer.py``)."""

from wadesk.ui.composer.recipients import RecipientChoice, RecipientsPicker

__all__ = ["RecipientChoice", "RecipientsPicker"]
