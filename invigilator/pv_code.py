"""The text of the QR code printed on the procès-verbal, which ties the paper to the file.

A QR scanner types it into the exam office's view, which checks it against the session file.
One line, `INVIGILATOR-PV/1;` then `key=value` fields separated by `;`, values percent-encoded
(`%`, `;`, `=` and control characters), so that any exam code or room name survives the trip:

    INVIGILATOR-PV/1;exam=NFA031;room=31.2.85;date=2026-06-15;enrolled=60;present=55;absent=5;papers=54;hash=<64 hex>
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from urllib.parse import quote, unquote

PREFIX = "INVIGILATOR-PV/1;"
FIELDS = ("exam", "room", "date", "enrolled", "present", "absent", "papers", "hash")
COUNTS = ("enrolled", "present", "absent", "papers")
_HASH = re.compile(r"[0-9a-f]{64}")


class PvCodeError(ValueError):
    """The scanned text is not a procès-verbal code of this format."""


def format_pv_code(fields: Mapping[str, object]) -> str:
    """The QR text for these fields (every name of FIELDS, in that order)."""
    missing = [name for name in FIELDS if name not in fields]
    if missing:
        raise ValueError(f"missing PV code fields: {missing}")
    return PREFIX + ";".join(f"{name}={quote(str(fields[name]), safe='')}" for name in FIELDS)


def parse_pv_code(text: str) -> dict[str, str | int]:
    """The fields of a scanned code; PvCodeError names what is wrong (in French: the office reads it)."""
    text = text.strip()
    if not text.startswith(PREFIX):
        raise PvCodeError("ce texte n'est pas le code d'un procès-verbal (INVIGILATOR-PV/1)")
    fields: dict[str, str | int] = {}
    for part in text[len(PREFIX) :].split(";"):
        name, sep, value = part.partition("=")
        if not sep or name not in FIELDS or name in fields:
            raise PvCodeError(f"champ inattendu dans le code du procès-verbal : {part[:40]!r}")
        fields[name] = unquote(value)
    missing = [name for name in FIELDS if name not in fields]
    if missing:
        raise PvCodeError("code du procès-verbal incomplet : manque " + ", ".join(missing))
    for name in COUNTS:
        if not str(fields[name]).isdigit():
            raise PvCodeError(f"nombre illisible dans le code du procès-verbal : {name}")
        fields[name] = int(fields[name])
    if not _HASH.fullmatch(str(fields["hash"])):
        raise PvCodeError("empreinte illisible dans le code du procès-verbal")
    return fields
