"""What the office takes from the paper: the PV's code (scanned or its hash typed) and the
number of papers received, per room.

A QR scanner types the PV's code (`invigilator.pv_code`); a hand may type the final hash, or
at least its first 16 hexadecimal characters. `--pv-hashes FILE` gives them as CSV lines
`room;hash[;papers received]` (any of `;`, `,` or a tab), or as scanned codes, one a line.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

from invigilator.errors import InvigilatorError
from invigilator.pv_code import PREFIX, PvCodeError, parse_pv_code

MIN_HASH_PREFIX = 16
_HEX = re.compile(r"[0-9a-f]+")


class PaperError(InvigilatorError):
    """What the office typed or scanned is not a PV code or a hash."""


@dataclass(frozen=True)
class PaperCode:
    """The final hash of a room's paper PV (whole or its beginning), and what its code says."""

    hash_prefix: str
    exam: str = ""
    room: str = ""
    date: str = ""
    counts: tuple[tuple[str, int], ...] = ()  # enrolled, present, absent, papers (scanned)
    text: str = ""  # what was scanned or typed, as given

    def matches(self, final_hash: str) -> bool:
        return bool(final_hash) and final_hash.lower().startswith(self.hash_prefix)

    @property
    def scanned(self) -> bool:
        return bool(self.counts)


def read_paper_code(text: str) -> PaperCode:
    """A scanned PV code, or a hash typed by hand (at least its first 16 characters)."""
    given = text.strip()
    if given.startswith(PREFIX):
        try:
            fields = parse_pv_code(given)
        except PvCodeError as error:
            raise PaperError(str(error)) from error
        counts = tuple(
            (name, int(fields[name])) for name in ("enrolled", "present", "absent", "papers")
        )
        return PaperCode(
            str(fields["hash"]), str(fields["exam"]), str(fields["room"]), str(fields["date"]),
            counts, given,
        )  # fmt: skip
    cleaned = re.sub(r"[\s:-]", "", given).lower()
    if not cleaned:
        raise PaperError("code du procès-verbal vide")
    if not _HEX.fullmatch(cleaned):
        raise PaperError(
            "ce n'est ni le code scanné d'un procès-verbal ni une empreinte "
            "(chiffres 0-9 et lettres a-f)"
        )
    if len(cleaned) < MIN_HASH_PREFIX:
        raise PaperError(
            f"empreinte trop courte : au moins {MIN_HASH_PREFIX} caractères ({len(cleaned)} donnés)"
        )
    if len(cleaned) > 64:
        raise PaperError("empreinte trop longue : 64 caractères au plus")
    return PaperCode(cleaned, text=given)


@dataclass(frozen=True)
class PaperEntry:
    """One room's paper facts, as the office gave them."""

    room: str
    code: PaperCode | None = None
    papers_received: int | None = None
    exam: str = ""  # empty: any exam with this room


def read_paper_file(path: Path | str) -> list[PaperEntry]:
    """The `--pv-hashes` file. Raises PaperError naming the line at fault."""
    path = Path(path)
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as error:
        raise PaperError(f"{path.name} : lecture impossible ({error.strerror}).") from error
    except UnicodeDecodeError as error:
        raise PaperError(f"{path.name} : ce n'est pas un texte UTF-8.") from error
    entries: list[PaperEntry] = []
    lines = [(n, line) for n, line in enumerate(text.splitlines(), start=1) if line.strip()]
    for number, line in lines:
        try:
            entry = _entry(line, header_allowed=number == lines[0][0])
        except PaperError as error:
            raise PaperError(f"{path.name}, ligne {number} : {error}") from None
        if entry is not None:
            entries.append(entry)
    return entries


def _entry(line: str, *, header_allowed: bool) -> PaperEntry | None:
    if line.strip().startswith(PREFIX):
        code = read_paper_code(line)
        return PaperEntry(code.room, code, exam=code.exam)
    delimiter = max(";,\t", key=line.count)
    cells = [c.strip() for c in next(csv.reader(io.StringIO(line), delimiter=delimiter))]
    cells += [""] * (3 - len(cells))
    room, hash_text, received = cells[:3]
    looks_like_hash = bool(_HEX.fullmatch(re.sub(r"[\s:-]", "", hash_text).lower() or "-"))
    if header_allowed and not looks_like_hash and not received.isdigit():
        return None  # a header line ("salle;empreinte;copies reçues")
    if not room:
        raise PaperError("salle manquante")
    if not hash_text and not received:
        raise PaperError("ni empreinte ni nombre de copies reçues")
    if received and not received.isdigit():
        raise PaperError(f"nombre de copies reçues illisible : {received!r}")
    return PaperEntry(
        room, read_paper_code(hash_text) if hash_text else None, int(received) if received else None
    )


def paper_record_path() -> Path:
    """Where the office view keeps what was scanned or typed, between two openings."""
    from invigilator.paths import data_dir

    folder = data_dir() / "office"
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return folder / "pv-papier.json"


def load_paper_entries(path: Path) -> list[PaperEntry]:
    """The entries saved by `save_paper_entries`; an unreadable record is an empty one."""
    import json

    try:
        records = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    entries = []
    for record in records if isinstance(records, list) else []:
        try:
            text = str(record.get("text") or "")
            received = record.get("papers_received")
            entries.append(PaperEntry(
                str(record["room"]), read_paper_code(text) if text else None,
                int(received) if received is not None else None, str(record.get("exam") or ""),
            ))  # fmt: skip
        except (KeyError, TypeError, ValueError, PaperError):
            continue  # one bad record costs only itself
    return entries


def save_paper_entries(path: Path, entries: list[PaperEntry]) -> None:
    """Owner-only (0600), replaced whole: what the office typed is never half written."""
    import json
    import os

    records = [
        {"exam": e.exam, "room": e.room, "text": e.code.text if e.code else "",
         "papers_received": e.papers_received}
        for e in entries
    ]  # fmt: skip
    partial = path.with_name(path.name + ".partiel")
    handle = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        json.dump(records, out, ensure_ascii=False, indent=1)
    os.replace(partial, path)
