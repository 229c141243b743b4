"""Crash campaign: SIGKILL a process in the middle of bursts of room actions, of the seal and of
PDF exports; nothing it acknowledged may be lost, and the file must verify and reopen.

    python -m benchmarks.campaigns.crash --kills 200

A child process opens a mid-exam room and runs random actions as fast as it can (check-ins
with signatures, temporary exits and returns, incidents, observations), printing each
acknowledged event (the command returned, or was refused with its refusal committed) as it
goes; it is killed at a random moment. Then: every acknowledged event is stored with its kind
and candidate, `PRAGMA integrity_check` is ok, the chain verifies, and the room reopens for
writing at its last event. The seal and the export run the same way on copies of a room ready
to seal; a PDF left behind must be complete (qpdf --check), never half written.
"""

from __future__ import annotations

import argparse
import random
import signal
import subprocess
import tempfile
import textwrap
import time
from pathlib import Path
from typing import Any

from benchmarks.campaigns.common import file_problems, print_report, spawn, stored_events

BURSTS = textwrap.dedent(
    """
    import random, sqlite3, sys
    from datetime import timedelta
    from invigilator.clock import ManualClock
    from invigilator.demo import demo_signature
    from invigilator.errors import CommandRefused
    from invigilator.record.events import parse_time
    from invigilator.room.session import RoomSession
    from invigilator.room.state import Status

    path, seed = sys.argv[1], int(sys.argv[2])
    conn = sqlite3.connect(path)
    last = parse_time(conn.execute("SELECT max(at) FROM events").fetchone()[0])
    conn.close()
    clock = ManualClock(last + timedelta(seconds=1))
    session = RoomSession.open(path, clock=clock)
    if sys.argv[3:] == ["unsafe"]:  # the campaigns' own check that they can fail
        session._store.conn.execute("PRAGMA synchronous = OFF")
    rng = random.Random(seed)
    escort = session.state.invigilators[-1]
    print("ready", flush=True)

    def ack(change):
        for event in change.events:
            print(event.seq, event.kind.value, event.candidate or "", flush=True)

    while True:
        clock.advance(seconds=0.5)
        state = session.state
        roll = rng.random()
        try:
            if roll < 0.6:
                waiting = [c for c, e in state.candidates.items() if e.status is Status.EXPECTED]
                if not waiting:
                    continue
                ack(session.check_in(rng.choice(waiting), id_document="passeport",
                                     signature=demo_signature(rng), transport_proof=True))
            elif roll < 0.8:
                out = state.out_now
                if out:
                    ack(session.return_to_room(out[0].student_id))
                else:
                    present = [c for c, e in state.candidates.items()
                               if e.status is Status.PRESENT]
                    ack(session.temporary_exit(rng.choice(present), escort=escort))
            elif roll < 0.9:
                ack(session.record_incident("perturbation", "Bruit dans le couloir.",
                                            candidates=[]))
            else:
                ack(session.observe(f"Observation {rng.random():.6f}"))
        except CommandRefused:
            print(session.state.last_seq, "refused", "", flush=True)
    """
)

SEAL = textwrap.dedent(
    """
    import sys
    from datetime import timedelta
    from invigilator.clock import ManualClock
    from invigilator.demo import demo_signature
    import random, sqlite3
    from invigilator.record.events import parse_time
    from invigilator.room.session import RoomSession

    path = sys.argv[1]
    conn = sqlite3.connect(path)
    last = parse_time(conn.execute("SELECT max(at) FROM events").fetchone()[0])
    conn.close()
    session = RoomSession.open(path, clock=ManualClock(last + timedelta(minutes=1)))
    rng = random.Random(1)
    print("ready", flush=True)
    change = session.sign_pv({n: demo_signature(rng) for n in session.state.invigilators})
    print(change.events[0].seq, "pv_signed", "", flush=True)
    change = session.seal()
    print(change.events[0].seq, "sealed", "", flush=True)
    """
)


def _kill_at_random(code: str, args: list[str], rng: random.Random, within_s: float
                    ) -> list[tuple[int, str, str]]:  # fmt: skip
    """Run a child, kill it `0..within_s` seconds after it is ready; the events it acknowledged."""
    child = spawn(code, *args)
    assert child.stdout is not None
    first = child.stdout.readline().strip()
    if first != "ready":
        child.kill()
        raise RuntimeError(f"the child did not start: {child.communicate()[1][-2000:]}")
    time.sleep(rng.uniform(0, within_s))
    child.send_signal(signal.SIGKILL)
    rest, _ = child.communicate()
    acked = []
    for line in rest.splitlines():
        parts = line.split(" ")
        if len(parts) == 3 and parts[0].isdigit():
            acked.append((int(parts[0]), parts[1], parts[2]))
    return acked


def _lost(path: Path, acked: list[tuple[int, str, str]]) -> list[tuple[int, str, str]]:
    stored = stored_events(path)
    lost = []
    for seq, kind, candidate in acked:
        found = stored.get(seq)
        if found is None or (kind != "refused" and found != (kind, candidate or None)):
            lost.append((seq, kind, candidate))
    return lost


def action_kills(folder: Path, kills: int, rng: random.Random) -> dict[str, Any]:
    from benchmarks.rooms import started_room

    path = folder / "bursts.invigilator"
    session, _, _ = started_room(path, max(400, kills * 8), waiting=max(300, kills * 6))
    session.close()
    acked: list[tuple[int, str, str]] = []
    problems: list[str] = []
    for i in range(kills):
        acked += _kill_at_random(BURSTS, [str(path), str(i)], rng, 0.15)
        if i % 25 == 24 or i == kills - 1:  # the checks reopen the file: not after every kill
            problems += file_problems(path)
    lost = _lost(path, acked)
    return {"kills": kills, "acknowledged": len(acked), "lost": len(lost),
            "problems": problems, "events": len(stored_events(path))}  # fmt: skip


def ready_to_seal(path: Path, candidates: int, *, sealed: bool = False) -> Path:
    from benchmarks.rooms import T0, check_in_everyone, new_room
    from invigilator.clock import ManualClock
    from invigilator.demo import demo_signature

    rng = random.Random(3)
    clock = ManualClock(T0)
    with new_room(path, candidates, clock=clock) as session:
        check_in_everyone(session, clock, rng)
        session.start_exam()
        clock.advance(minutes=240 + 80 + 1)  # past every candidate's end, tiers-temps included
        for student_id in list(session.state.candidates):
            clock.advance(seconds=1)
            session.hand_in(student_id, sheets=1, signature=demo_signature(rng))
        if sealed:
            session.sign_pv({n: demo_signature(rng) for n in session.state.invigilators})
            session.seal()
    return path


def seal_kills(folder: Path, kills: int, rng: random.Random) -> dict[str, Any]:
    lost, problems, sealed = 0, [], 0
    for i in range(kills):
        # A room of its own each time: a copy would share its session id, and with it the
        # anchor journal that tells a copy from the file it was taken from (#9).
        path = ready_to_seal(folder / f"seal-{i}.invigilator", 60)
        acked = _kill_at_random(SEAL, [str(path)], rng, 0.012)
        lost += len(_lost(path, acked))
        problems += file_problems(path)
        sealed += any(kind == "sealed" for _, kind, _ in acked)
        path.unlink()
        for extra in ("-wal", "-shm"):
            Path(f"{path}{extra}").unlink(missing_ok=True)
    return {"kills": kills, "sealed_before_kill": sealed, "lost": lost, "problems": problems}


def command_exists(name: str) -> bool:
    """Whether the `invigilator` command has this sub-command (export-pdf: #10, reconcile: #12)."""
    from invigilator.cli import build_parser

    parser = build_parser()
    commands = next(a for a in parser._actions if a.dest == "command")
    return name in commands.choices  # type: ignore[operator]


EXPORT = textwrap.dedent(
    """
    import sys
    from invigilator.cli import main
    print("ready", flush=True)
    sys.exit(main(["export-pdf", *sys.argv[1:]]))
    """
)


def complete_pdf(path: Path) -> bool:
    done = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    return done.returncode == 0


def export_kills(folder: Path, kills: int, rng: random.Random) -> dict[str, Any]:
    if not command_exists("export-pdf"):
        return {"kills": 0, "note": "export-pdf not yet available (issue #10)"}
    session = ready_to_seal(folder / "sealed.invigilator", 500, sealed=True)
    from benchmarks.campaigns.common import cli

    out = folder / "pdf"
    out.mkdir()
    timing = time.perf_counter()
    full = cli("export-pdf", str(session), "-o", str(out / "complete.pdf"))
    took = time.perf_counter() - timing
    if full.returncode != 0:
        return {"kills": 0, "note": f"export-pdf failed: {full.stderr.strip()[-300:]}"}
    half_written = complete = 0
    for i in range(kills):
        target = out / f"export-{i}.pdf"
        _kill_at_random(EXPORT, [str(session), "-o", str(target)], rng, took * 0.5)
        for leftover in out.glob(f"export-{i}*"):
            if leftover.suffix != ".pdf":
                continue  # a temporary file, not presented as the PDF
            if complete_pdf(leftover):
                complete += 1
            else:
                half_written += 1
    problems = file_problems(session)
    return {"kills": kills, "complete_pdfs_before_kill": complete,
            "half_written_pdfs": half_written, "problems": problems}  # fmt: skip


def run(kills: int = 200, seed: int = 13) -> dict[str, Any]:
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        actions = action_kills(folder, kills, rng)
        seal = seal_kills(folder, max(2, kills // 10), rng)
        export = export_kills(folder, max(2, kills // 10), rng)
    return {"actions": actions, "seal": seal, "export": export,
            "ok": not (actions["lost"] or actions["problems"] or seal["lost"]
                       or seal["problems"] or export.get("half_written_pdfs")
                       or export.get("problems"))}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description="SIGKILL campaign")
    parser.add_argument("--kills", type=int, default=200)
    args = parser.parse_args()
    report = run(args.kills)
    for part in ("actions", "seal", "export"):
        print_report(f"crash {part}", report[part])
    print("crash: OK" if report["ok"] else "crash: FAILED")


if __name__ == "__main__":
    main()
