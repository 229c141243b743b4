"""The one error the importer raises, and the problems it lists (in French, for the office;
each with a stable code and its parameters for a UI in another language: messages.py)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .messages import MESSAGES, french

# Past this many problems the message stops listing them (the list itself keeps them all).
_SHOWN = 20


@dataclass(frozen=True)
class Problem:
    """Something wrong in the list: where (1-based line as the file or sheet shows it, column
    header) and what, in French.

    `code` and `params` say the same for another language (messages.MESSAGES); a column
    without a header is named "colonne N" and has its `column_number` N. None of these three
    counts in comparisons: the French says it all.
    """

    line: int | None
    column: str | None
    message: str
    code: str = field(default="", compare=False)
    params: dict[str, Any] = field(default_factory=dict, compare=False)
    column_number: int | None = field(default=None, compare=False)

    def __str__(self) -> str:
        where = []
        if self.line is not None:
            where.append(f"ligne {self.line}")
        if self.column is not None:
            where.append(f"colonne « {self.column} »")
        return f"{', '.join(where)} : {self.message}" if where else self.message

    def to_record(self) -> dict[str, int | str | None]:
        return {"line": self.line, "column": self.column, "message": self.message}


class ListImportError(Exception):
    """The list cannot be imported; nothing was imported. `problems` says why, line by line."""

    def __init__(
        self, problems: list[Problem], source_name: str = "", rooms: list[str] | None = None
    ) -> None:
        self.problems = list(problems)
        self.source_name = source_name
        # The rooms found, when the list has several: the UI and the CLI offer them.
        self.rooms = list(rooms or [])
        super().__init__(self._text())

    def _text(self) -> str:
        name = f" « {self.source_name} »" if self.source_name else ""
        count = len(self.problems)
        head = f"Impossible d'importer la liste{name} ; rien n'a été importé."
        if count > 1:
            head += f" {count} problèmes :"
        lines = [head, *(f"  - {p}" for p in self.problems[:_SHOWN])]
        if count > _SHOWN:
            lines.append(f"  … et {count - _SHOWN} autres problèmes.")
        return "\n".join(lines)


def problem(
    code: str,
    *,
    line: int | None = None,
    column: str | None = None,
    column_number: int | None = None,
    **params: Any,
) -> Problem:
    """The problem of this code (messages.MESSAGES), its French text made from its parameters."""
    message = french(MESSAGES[code], params)
    return Problem(line, column, message, code, params, column_number)


def fail(code: str, *, line: int | None = None, **params: Any) -> ListImportError:
    """A ListImportError with a single problem, to `raise`."""
    return ListImportError([problem(code, line=line, **params)])
