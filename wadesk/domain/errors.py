"""The error hierarchy every layer speaks, and ``describe``: any error in plain words.

The message of each error is written for the person using wadesk: it names what
went wrong in plain words and, for provider errors, carries the provider's own
words.  Secrets never appear in these messages.
"""

from __future__ import annotations

from typing import Self

from wadesk.domain.words import N_, Phrase


class WadeskError(Exception):
    """Base of every error wadesk shows to a user.

    ``message`` is a template marked with ``N_`` whose ``{names}`` are filled
    from ``values`` (see ``domain/words.py``): ``.message`` is the English text,
    ``.phrase`` what the window translates.  A message with no values may be
    any text (a literal brace then needs no doubling).
    """

    def __init__(self, message: str | Phrase, /, **values: object) -> None:
        if isinstance(message, Phrase):  # words made elsewhere (a plan's problems, a row's)
            values = {**message.values, **values}
            message = message.template
        self.phrase = Phrase(message, values)
        self.message = str(self.phrase) if values else message
        super().__init__(self.message)

    def __str__(self) -> str:
        return self.message

    def hint(self, words: str) -> Self:
        """Add ``words`` for the command line only (they name a command or an option): the window's ``phrase``
        leaves them out.  ``raise ValidationError(N_("no tag named '{name}'"), name=n).hint(" (see …)")``."""
        return self.on_command_line(self.message + words)

    def on_command_line(self, message: str) -> Self:
        """Say ``message`` on the command line instead (it names its options); the window keeps ``phrase``."""
        self.message = message
        self.args = (message,)
        return self


class ValidationError(WadeskError):
    """Invalid input, detected before anything was sent."""


class UnknownAccount(ValidationError):
    """No account with the given name exists."""

    def __init__(self, name: str) -> None:
        super().__init__(N_("no account named '{name}'"), name=name)
        self.hint(" (see 'wadesk account list')")
        self.name = name


class NotSupported(ValidationError):
    """The provider lacks the capability that was asked for."""

    def __init__(self, provider: str, what: str | Phrase) -> None:
        """``what``: marked with ``N_`` (or a ``Phrase``), so that the window says it in its language too."""
        said = what if isinstance(what, Phrase) else Phrase(what)
        super().__init__(N_("{gateway} does not support {what}"), gateway=provider, what=said)
        self.provider = provider
        self.what = str(said)


class CallbackRejected(WadeskError):
    """A call to the callback receiver that is not the gateway's documented delivery report (nothing changes)."""


class SecretsUnavailable(WadeskError):
    """No working keyring backend: secrets cannot be stored or read."""


class ProviderError(WadeskError):
    """The provider answered with a failure, or could not be reached.

    ``provider_message`` holds the provider's own words when it gave any.
    """

    def __init__(
        self,
        provider: str,
        message: str | Phrase,
        /,
        *,
        http_status: int | None = None,
        provider_message: str | None = None,
        request_id: str | None = None,
        **values: object,
    ) -> None:
        super().__init__(message, **values)
        self.provider = provider
        self.http_status = http_status
        self.provider_message = provider_message
        self.request_id = request_id

    def __str__(self) -> str:
        return f"{self.provider}: {self.message}"


class AuthError(ProviderError):
    """The provider refused the credentials."""


class RateLimited(ProviderError):
    """The provider asked us to slow down; nothing was accepted."""

    def __init__(
        self,
        provider: str,
        message: str | Phrase,
        /,
        *,
        retry_after: float | None = None,
        http_status: int | None = None,
        provider_message: str | None = None,
        **values: object,
    ) -> None:
        WadeskError.__init__(self, message, **values)  # ProviderError's own, with its keywords set here
        self.provider = provider
        self.http_status = http_status
        self.provider_message = provider_message
        self.request_id: str | None = None
        self.retry_after = retry_after


class Rejected(ProviderError):
    """The provider said no: invalid number, no balance, bad media, …"""


class TransportError(ProviderError):
    """The request certainly did not reach the provider (safe to retry)."""


class NotSent(TransportError):
    """The request could not be built, so it never left: sending it again as it is cannot help either.

    A key with a character no HTTP header can carry, an address httpx cannot
    use, plain HTTP to a remote host: the message fails with this reason
    (certainly not delivered) instead of being retried.
    """


class Ambiguous(ProviderError):
    """The request may have been accepted: a timeout after sending, a 5xx page."""


def words_of(exc: BaseException) -> Phrase | str:
    """An error as a value of another phrase: wadesk's own words as a ``Phrase`` (so the window translates them,
    the gateway's name before a gateway's error as ``str(exc)`` has it), anything else's text as it is."""
    if isinstance(exc, ProviderError):
        return Phrase(N_("{provider}: {message}"), {"provider": exc.provider, "message": exc.phrase})
    if isinstance(exc, WadeskError):
        return exc.phrase
    return str(exc)


def describe(exc: BaseException) -> str:
    """An error in plain words for a person; a gateway's own words where it gave any.

    For every layer and front end; the text of an unexpected error is never shown
    (the caller logs it).
    """
    if isinstance(exc, ProviderError):
        return str(exc)
    if isinstance(exc, WadeskError):
        return exc.message
    return N_("an unexpected error happened; the details are in the log file")
