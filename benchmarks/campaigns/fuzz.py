"""Fuzz campaign: generated and mutated lists through the importer, mutated session files
through every command that reads one.

    python -m benchmarks.campaigns.fuzz --lists 10000 --sessions 1000

Lists (CSV in four encodings and delimiters, XLSX, ODS; half of them then mutated byte by
byte): `read_list` gives the whole list or `ListImportError`, nothing else; a list it gives
is complete (ids unique, names present) and `import_list` stores every row of it. Session
files (a sealed `demo-session`, then a column of an event set to another value or type, a
table's rows deleted, bytes flipped, the file truncated): `invigilator verify`, `summary`,
`summary --json` and, once they exist, `export-pdf` (#10) and `reconcile` (#12) end with an
exit code and a message, never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import random
import shutil
import sqlite3
import tempfile
import traceback
from pathlib import Path
from typing import Any

from benchmarks.campaigns.common import print_report
from benchmarks.campaigns.crash import command_exists
from benchmarks.campaigns.lists import FORMATS, mutate, rows


def fuzz_lists(folder: Path, count: int, rng: random.Random) -> dict[str, Any]:
    from benchmarks.rooms import fast_writes
    from invigilator.importing import ListImportError, read_list
    from invigilator.room.session import RoomSession

    session = RoomSession.create(folder / "imports.invigilator")
    fast_writes(session)
    imported = refused = partial = 0
    unexpected: list[str] = []
    by_format = dict.fromkeys(FORMATS, 0)
    for i in range(count):
        name = list(FORMATS)[i % len(FORMATS)]
        data = FORMATS[name](rows(rng), rng)
        if rng.random() < 0.5:
            data = mutate(data, rng)
        path = folder / f"liste-{i % 50}.{name}"
        path.write_bytes(data)
        by_format[name] += 1
        args: dict[str, Any] = rng.choice([{}, {"room": "31.2.85"}, {"duration_minutes": 180}])
        try:
            result = read_list(path, **args)
        except ListImportError as error:
            refused += 1
            if not (error.problems and all(p.message for p in error.problems) and str(error)):
                unexpected.append(f"{name} #{i}: ListImportError without its problems")
            continue
        except Exception as error:  # noqa: BLE001 - what the campaign counts
            unexpected.append(f"{name} #{i}: {type(error).__name__}: {error}"[:300])
            continue
        everyone = result.candidates + result.others
        ids = [c.student_id.casefold() for c in everyone]
        if (
            not result.candidates
            or len(set(ids)) != len(ids)
            or not all(c.student_id and c.last_name for c in everyone)
        ):
            partial += 1
            continue
        session.import_list(result)
        state = session.state
        if len(state.candidates) != len(result.candidates) or len(state.others) != len(
            result.others
        ):
            partial += 1
        imported += 1
    intact = session.verify().ok
    session.close()
    return {"lists": count, "by_format": by_format, "imported": imported, "refused": refused,
            "partial": partial, "unexpected": len(unexpected), "examples": unexpected[:5],
            "session_intact": intact}  # fmt: skip


def _mutate_session(path: Path, rng: random.Random) -> str:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        events = conn.execute("SELECT max(seq) FROM events").fetchone()[0]
        roll = rng.random()
        if roll < 0.55:
            column = rng.choice(["seq", "at", "invigilator", "kind", "candidate", "payload",
                                 "prev_hash", "hash"])  # fmt: skip
            value = rng.choice([None, "", 0, -1, 2**62, 1.5, b"\x00\xff", "{}", "[]", "null",
                                '{"signature": 1}', "2026-13-45T99:99:99.000000Z", "sealed",
                                "checked_in", "é" * 10000, '{"sheets": "deux"}'])  # fmt: skip
            seq = rng.randint(1, events)
            try:
                conn.execute(f"UPDATE events SET {column} = ? WHERE seq = ?", [value, seq])
            except sqlite3.Error:
                return f"{column} of {seq}: refused by SQLite"
            return f"{column} of {seq} = {value!r}"[:80]
        if roll < 0.65:
            table = rng.choice(["meta", "events", "candidates"])
            conn.execute(f"DELETE FROM {table} WHERE abs(random()) % ? = 0", [rng.randint(1, 5)])
            return f"rows of {table} deleted"
        if roll < 0.7:
            key = rng.choice(["format", "format_version", "head_seq", "head_hash", "session_id"])
            conn.execute(
                "UPDATE meta SET value = ? WHERE key = ?", [rng.choice(["", "x", "9"]), key]
            )
            return f"meta {key}"
    finally:
        conn.close()
    data = bytearray(path.read_bytes())
    if rng.random() < 0.5:
        for _ in range(rng.randint(1, 20)):
            data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
        path.write_bytes(bytes(data))
        return "bytes flipped"
    path.write_bytes(bytes(data[: rng.randrange(len(data))]))
    return "truncated"


def fuzz_sessions(folder: Path, count: int, rng: random.Random) -> dict[str, Any]:
    from benchmarks.campaigns.tamper import sealed_sitting
    from invigilator.cli import main

    original = sealed_sitting(folder / "sealed.invigilator", 30)
    commands = [["verify"], ["summary"], ["summary", "--json"]]
    if command_exists("export-pdf"):
        commands += [["export-pdf"], ["export-pdf", "--draft"]]
    if command_exists("reconcile"):
        commands += [["reconcile"], ["reconcile", "--json"]]
    tracebacks: list[str] = []
    codes: dict[str, int] = {}
    for i in range(count):
        path = folder / f"mutated-{i % 20}.invigilator"
        shutil.copy(original, path)
        what = _mutate_session(path, rng)
        for command in commands:
            args = [command[0], str(path), *command[1:]]
            if command[0] == "export-pdf":
                args += ["-o", str(folder / f"out-{i % 20}.pdf")]
            out = io.StringIO()
            try:
                with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
                    code = main(args)
            except SystemExit as exit_:  # argparse: a usage error, with its message
                code = exit_.code if isinstance(exit_.code, int) else 1
            except Exception:  # noqa: BLE001 - a traceback is what the campaign counts
                tracebacks.append(f"{' '.join(command)} after {what}: "
                                  f"{traceback.format_exc().splitlines()[-1]}")  # fmt: skip
                continue
            key = f"{command[0]} exit {code}"
            codes[key] = codes.get(key, 0) + 1
    return {"session_files": count, "commands": [" ".join(c) for c in commands],
            "tracebacks": len(tracebacks), "exit_codes": codes,
            # "command: cause", once each (the command without its options)
            "distinct": sorted({f"{t.split(' ', 1)[0]}: {t.split(': ', 1)[1]}"
                                for t in tracebacks})[:12],
            "examples": tracebacks[:3]}  # fmt: skip


def run(lists: int = 10000, sessions: int = 1000, seed: int = 31) -> dict[str, Any]:
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        listed = fuzz_lists(folder, lists, rng)
        files = fuzz_sessions(folder, sessions, rng)
    ok = not (listed["unexpected"] or listed["partial"] or files["tracebacks"])
    return {"lists": listed, "sessions": files, "ok": ok and listed["session_intact"]}


def main() -> None:
    parser = argparse.ArgumentParser(description="fuzz campaign")
    parser.add_argument("--lists", type=int, default=10000)
    parser.add_argument("--sessions", type=int, default=1000)
    args = parser.parse_args()
    report = run(args.lists, args.sessions)
    print_report("fuzz lists", report["lists"])
    print_report("fuzz session files", report["sessions"])


if __name__ == "__main__":
    main()
