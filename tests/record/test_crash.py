"""Crash safety: what a command reported as done survives a SIGKILL at any moment."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import textwrap

from invigilator.record.store import SessionStore
from invigilator.record.verify import verify_file
from invigilator.room.session import RoomSession

WRITER = textwrap.dedent(
    """
    import sys
    from invigilator.room.session import RoomSession
    session = RoomSession.open(sys.argv[1])
    print("ready", flush=True)
    i = 0
    while True:
        i += 1
        change = session.observe(f"observation {i} " + "x" * (i % 50))
        print(change.events[0].seq, flush=True)
    """
)


def test_sigkill_at_random_moments_loses_nothing_reported(tmp_path):
    path = tmp_path / "crash.sqlite"
    RoomSession.create(path).close()
    rng = random.Random(20261121)
    reported: set[int] = set()
    for _ in range(50):
        child = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert child.stdout.readline().strip() == "ready"
        # Read a random number of confirmations, so the kill lands mid-loop.
        for _ in range(rng.randint(0, 40)):
            line = child.stdout.readline()
            if line.strip():
                reported.add(int(line))
        child.send_signal(signal.SIGKILL)
        rest, _ = child.communicate()
        reported.update(int(x) for x in rest.split())
        assert child.returncode == -signal.SIGKILL

    with SessionStore.open(path, readonly=True) as store:
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = {e.seq for e in store.events()}
    assert reported <= stored
    assert len(reported) > 50
    result = verify_file(path)
    assert result.ok, result.message
