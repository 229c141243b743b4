"""What the campaigns share: child processes, the checks a session file must pass, reports."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def child_env(**extra: str) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", **extra}


def spawn(code: str, *args: str, **extra_env: str) -> subprocess.Popen[str]:
    """A Python child running `code`, its stdout a pipe of lines."""
    return subprocess.Popen(
        [sys.executable, "-c", code, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True, cwd=ROOT, env=child_env(**extra_env),
    )  # fmt: skip


def cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """The `invigilator` command (`python -m invigilator`), headless."""
    return subprocess.run(
        [sys.executable, "-m", "invigilator", *args], capture_output=True, text=True,
        cwd=ROOT, env=child_env(), timeout=timeout,
    )  # fmt: skip


def build_shim(source: Path, folder: Path) -> Path:
    """Compile one of the campaigns' LD_PRELOAD shims with the system's C compiler."""
    library = folder / f"{source.stem}.so"
    subprocess.run(["cc", "-shared", "-fPIC", "-O2", "-o", str(library), str(source), "-ldl"],
                   check=True, capture_output=True)  # fmt: skip
    return library


def file_problems(path: Path) -> list[str]:
    """What is wrong with a session file after a crash: SQLite integrity, the chain, reopening
    it for writing as the app does. An empty list when it is sound."""
    from invigilator.errors import InvigilatorError
    from invigilator.record.verify import verify_file
    from invigilator.room.session import RoomSession

    problems = []
    conn = sqlite3.connect(path)
    try:
        integrity = conn.execute("PRAGMA integrity_check").fetchall()
    finally:
        conn.close()
    if integrity != [("ok",)]:
        problems.append(f"integrity_check: {integrity[:3]}")
    verdict = verify_file(path)
    if not verdict.ok:
        problems.append(f"verify: {verdict.message}")
    try:
        with RoomSession.open(path) as session:
            if session.state.last_seq != verdict.events:
                problems.append(f"reopened at {session.state.last_seq}, {verdict.events} stored")
    except InvigilatorError as error:
        problems.append(f"reopen: {error}")
    return problems


def stored_events(path: Path) -> dict[int, tuple[str, str | None]]:
    """seq -> (kind, candidate) as stored."""
    conn = sqlite3.connect(path)
    try:
        return {seq: (kind, candidate) for seq, kind, candidate in
                conn.execute("SELECT seq, kind, candidate FROM events")}  # fmt: skip
    finally:
        conn.close()


def print_report(name: str, report: dict[str, Any]) -> None:
    print(f"{name}: " + ", ".join(f"{k} {v}" for k, v in report.items()))
