"""Errors the domain raises. Every message is French and safe to show as it is."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from invigilator.rules import Decision


class InvigilatorError(Exception):
    """Base of every error the app expects; its text is meant for the user.

    `code` (stable, "" when none) and `params` let a UI in another language say the same
    thing in its own words; the French text stays what the record and the documents use.
    """

    def __init__(
        self, message: str = "", *, code: str = "", params: Mapping[str, Any] | None = None
    ) -> None:
        super().__init__(message)
        self.code = code
        self.params: dict[str, Any] = dict(params or {})


class SessionFileError(InvigilatorError):
    """The file cannot be used as a room session file."""


class NotASessionFile(SessionFileError):
    """The file exists but is not a room session file."""


class SessionLocked(SessionFileError):
    """Another program holds the session file."""


class SessionReadOnly(SessionFileError):
    """The session file cannot be written (read-only file or medium)."""


class SessionSealed(InvigilatorError):
    """The session is sealed: it can be read, not written."""


class PvSigned(InvigilatorError):
    """The PV is signed: only an addendum or the seal can still be written (issue #9)."""


class InvalidInput(InvigilatorError):
    """The command's own input is incomplete or malformed; nothing was recorded."""


class CommandRefused(InvigilatorError):
    """The room rules or the room state refuse the command; the refusal itself is logged."""

    def __init__(
        self,
        message: str,
        *,
        code: str,
        decision: Decision | None = None,
        params: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(message, code=code, params=params)
        self.decision = decision
