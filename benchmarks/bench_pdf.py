"""The PV and attendance sheet of a sealed 500-candidate session (1,000 signatures) against
reportlab building the bare 500-row table without signatures, in the same run (#10).

Target: at most 1.5× the bare table; the PDF under 1 MB. Prints the peak memory of a build,
and the floor: the bare table with the 1,000 signatures drawn as raw paths, plus verify's
canonical-JSON check of the payloads, over the bare table. No export that draws the
signatures and refuses a file `verify` refuses can go under it, PV or not.
`measure(quick)` returns the figures for a runner; `python benchmarks/bench_pdf.py [--quick]`.
"""

from __future__ import annotations

import gc
import io
import json
import random
import statistics
import sys
import tempfile
import time
import tracemalloc
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from invigilator.clock import ManualClock  # noqa: E402
from invigilator.demo import create_demo_room, demo_signature  # noqa: E402

CANDIDATES = 500
TARGET = 1.5
SIZE_TARGET = 1_000_000


def sealed_room(path: Path, candidates: int = CANDIDATES) -> Path:
    """Everyone signs in and hands in: `2 × candidates` signatures, then the PV and the seal."""
    rng = random.Random(5)
    clock = ManualClock(datetime(2026, 6, 15, 6, 0, tzinfo=UTC))
    session = create_demo_room(path, candidates=candidates, clock=clock, duration_minutes=120)
    ids = list(session.state.candidates)
    for student_id in ids:
        clock.advance(seconds=2)
        session.check_in(student_id, id_document="passeport", signature=demo_signature(rng))
    session.start_exam()
    clock.advance(timedelta(minutes=200))  # past every tiers-temps
    for student_id in ids:
        clock.advance(seconds=2)
        session.hand_in(student_id, sheets=2, signature=demo_signature(rng))
    session.sign_pv({name: demo_signature(rng) for name in session.state.invigilators})
    session.seal()
    session.close()
    return path


def bare_table(candidates: int = CANDIDATES) -> bytes:
    """What any attendance PDF costs: reportlab laying out the same 500 rows, plain strings."""
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    from invigilator.documents.attendance import HEADERS, WIDTHS
    from invigilator.documents.fonts import REGULAR, register_fonts
    from invigilator.documents.page import binary_streams
    from invigilator.documents.styles import BOTTOM, MARGIN, TOP

    register_fonts()
    rows = [HEADERS] + [
        [str(i), f"{100200300 + i * 7:09d}", f"Nom{i} Prénom{i}", "08:31", "", "", "12:02", ""]
        for i in range(1, candidates + 1)
    ]
    table = Table(rows, colWidths=WIDTHS, repeatRows=1)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR),
                               ("GRID", (0, 0), (-1, -1), 0.4, "#333333")]))  # fmt: skip
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=TOP,
                            bottomMargin=BOTTOM, invariant=1, initialFontName=REGULAR)  # fmt: skip
    with binary_streams():  # the same stream settings as the documents
        doc.build([table])
    return buffer.getvalue()


def signed_table(strokes: list[list[str]], candidates: int = CANDIDATES) -> bytes:
    """The bare table with its 1,000 signatures drawn as raw paths (no simplification, no
    reading): what the signatures alone cost reportlab, for comparison (not the target)."""
    from reportlab.platypus import Flowable, SimpleDocTemplate, Table, TableStyle

    from invigilator.documents.attendance import HEADERS, ROW_HEIGHT, WIDTHS
    from invigilator.documents.fonts import REGULAR
    from invigilator.documents.page import binary_streams
    from invigilator.documents.styles import BOTTOM, MARGIN, TOP

    class Path_(Flowable):
        def __init__(self, operators: str) -> None:
            super().__init__()
            self.operators = operators

        def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
            return 60.0, 20.0

        def draw(self) -> None:
            self.canv.addLiteral(self.operators)

    rows: list[list[Any]] = [HEADERS]
    for i in range(1, candidates + 1):
        entry, hand_in = strokes[(2 * i) % len(strokes)], strokes[(2 * i + 1) % len(strokes)]
        rows.append([str(i), f"{100200300 + i * 7:09d}", f"Nom{i} Prénom{i}", "08:31",
                     Path_(entry[0]), "", "12:02", Path_(hand_in[0])])  # fmt: skip
    table = Table(rows, colWidths=WIDTHS, repeatRows=1, rowHeights=[20] + [ROW_HEIGHT] * candidates)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR),
                               ("GRID", (0, 0), (-1, -1), 0.4, "#333333")]))  # fmt: skip
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=TOP,
                            bottomMargin=BOTTOM, invariant=1, initialFontName=REGULAR)  # fmt: skip
    with binary_streams():
        doc.build([table])
    return buffer.getvalue()


def raw_strokes(path: Path) -> list[list[str]]:
    """Each signature of the session as one PDF path, unsimplified, fitted to 60 × 20 pt."""
    from invigilator.room.session import RoomSession

    found = []
    with RoomSession.open(path, readonly=True) as session:
        for event in session.events():
            record = event.payload.get("signature")
            if not isinstance(record, dict):
                continue
            scale = 20.0 / float(record.get("h", 150.0))
            ops = []
            for stroke in record.get("strokes", []):
                (x0, y0, *_), rest = stroke[0], stroke[1:]
                ops.append(f"{x0 * scale:.2f} {20 - y0 * scale:.2f} m")
                ops.extend(f"{x * scale:.2f} {20 - y * scale:.2f} l" for x, y, *_ in rest)
            found.append([" ".join(ops) + " S"])
    return found


def ours(path: Path) -> bytes:
    from invigilator.documents.export import session_pdf

    data, _ = session_pdf(path, ("pv", "sheet"))
    return data


def verify_only(path: Path) -> None:
    """Open read-only and verify the chain: what any export must do before laying out."""
    from invigilator.room.session import RoomSession

    with RoomSession.open(path, readonly=True) as session:
        session.verify()


def canonical_check(payloads: list[str]) -> None:
    """Verify's check that every payload is canonical JSON, alone: decode each, encode it
    back (json, C). The strict reading's floor, whatever the layout costs."""
    from invigilator.record.events import canonical_json

    for text in payloads:
        canonical_json(json.loads(text))


def stored_payloads(path: Path) -> list[str]:
    import sqlite3

    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        return [row[0] for row in conn.execute("SELECT payload FROM events ORDER BY seq")]


def _timed(work: Any) -> tuple[float, Any]:
    # Each build starts on a collected heap: otherwise the one after ours paid, in the
    # collector's passes, for the objects ours left (the bare table measured slower than the
    # same table with 1,000 paths more).
    gc.collect()
    start = time.perf_counter()
    result = work()
    return time.perf_counter() - start, result


def measure(quick: bool = False) -> dict[str, Any]:
    """Interleaved rounds of both builds; medians, their ratio, the PDF's size, peak memory.

    `ours` is the whole export from the file (open read-only, verify the chain, fold, lay
    out, write the bytes); `build` the layout alone from the sitting already read."""
    from invigilator.documents.export import sitting_pdf
    from invigilator.documents.source import read_sitting

    rounds = 2 if quick else 5
    with tempfile.TemporaryDirectory() as tmp:
        path = sealed_room(Path(tmp) / "room500.invigilator")
        bare_table(), ours(path)  # fonts registered, modules imported: both warm
        sitting = read_sitting(path)
        strokes = raw_strokes(path)
        signed_table(strokes)
        payloads = stored_payloads(path)
        bare_times, our_times, build_times, signed_times = [], [], [], []
        verify_times, check_times = [], []
        data = b""
        for _ in range(rounds):
            bare_times.append(_timed(bare_table)[0])
            signed_times.append(_timed(lambda: signed_table(strokes))[0])
            elapsed, data = _timed(lambda: ours(path))
            our_times.append(elapsed)
            build_times.append(_timed(lambda: sitting_pdf(sitting, ("pv", "sheet")))[0])
            verify_times.append(_timed(lambda: verify_only(path))[0])
            check_times.append(_timed(lambda: canonical_check(payloads))[0])
        tracemalloc.start()
        ours(path)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    bare, mine = statistics.median(bare_times), statistics.median(our_times)
    build = statistics.median(build_times)
    signed, check = statistics.median(signed_times), statistics.median(check_times)
    return {
        "name": "pdf_500",
        "ours": mine,
        "baseline": bare,
        "ratio": mine / bare,
        "build": build,
        "build_ratio": build / bare,
        "target": TARGET,
        "pdf_bytes": len(data),
        "size_target": SIZE_TARGET,
        "peak_memory_mb": peak / 1e6,
        "rounds": rounds,
        "signed_table": signed,
        "verify": statistics.median(verify_times),
        "canonical_check": check,
        # What no export that draws the signatures and reads the file strictly can go under.
        "floor_ratio": (signed + check) / bare,
        "rl_accel": _accelerated(),
    }


def _accelerated() -> bool:
    try:
        import _rl_accel  # noqa: F401  reportlab uses it when installed
    except ImportError:
        return False
    return True


def main() -> None:
    result = measure(quick="--quick" in sys.argv)
    print(f"PDF of a sealed {CANDIDATES}-candidate session (PV + attendance sheet, "
          f"{2 * CANDIDATES} signatures), median of {result['rounds']} interleaved runs")  # fmt: skip
    print(f"  bare reportlab 500-row table : {result['baseline'] * 1000:.0f} ms")
    print(f"  bare table + 1000 raw paths  : {result['signed_table'] * 1000:.0f} ms "
          "(for comparison: what the signatures alone add)")  # fmt: skip
    print(f"  invigilator PV + sheet       : {result['ours'] * 1000:.0f} ms from the file, "
          f"{result['build'] * 1000:.0f} ms of layout")  # fmt: skip
    print(f"  of which open + verify       : {result['verify'] * 1000:.0f} ms "
          f"({result['verify'] / result['baseline']:.2f}x the bare table); the canonical-JSON "
          f"check alone {result['canonical_check'] * 1000:.0f} ms")  # fmt: skip
    print(
        f"  floor                        : {result['floor_ratio']:.2f}x = (bare table + 1000 raw "
        "paths + the canonical-JSON check) / bare table, before any PV or reading of events"
    )
    print(f"  ratio                        : {result['ratio']:.2f}x from the file, "
          f"{result['build_ratio']:.2f}x layout alone (target ≤ {TARGET}x)")  # fmt: skip
    print(f"  PDF size                     : {result['pdf_bytes'] / 1e6:.2f} MB "
          f"(target < {SIZE_TARGET / 1e6:.0f} MB)")  # fmt: skip
    print(f"  peak memory of a build       : {result['peak_memory_mb']:.0f} MB (tracemalloc)")
    print(f"  reportlab's C accelerator    : {'rl_accel' if result['rl_accel'] else 'absent'} "
          "(it speeds both builds)")  # fmt: skip


if __name__ == "__main__":
    main()
