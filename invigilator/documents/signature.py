"""Signatures drawn back as vector paths: the pad's own points under one transform per box.

The pad records a point every few milliseconds, to a tenth of a pad unit. On paper a box is a
few centimetres wide, so each point is written as whole cells of GRID_PT (a fifth of a point:
at most a tenth of a point off, under a third of a pixel at 200 %) and a point that falls on
the cell of the one before it is dropped. One `cm` per box puts the cells on the page: a
thousand signatures cost one linear pass over their points, not a simplification each.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.colors import Color, black
from reportlab.platypus import Flowable

from invigilator.model import Signature

# The side of a cell of the paths' grid, in points on the page.
GRID_PT = 0.2
# What a damaged file's signature may raise when read as numbers: its box stays empty.
_UNREADABLE = (TypeError, ValueError, OverflowError, IndexError, KeyError, AttributeError)


def record_operators(record: object, width: float, height: float) -> str:
    """A payload's signature record (`Signature.to_record`) as `signature_operators`; "" when
    there is none or when a damaged file's record cannot be read (an empty box, never a
    traceback)."""
    if not isinstance(record, dict):
        return ""
    try:
        strokes = record.get("strokes", [])
        pad_w, pad_h = float(record.get("w", 400.0)), float(record.get("h", 150.0))
        return signature_operators(strokes, pad_w, pad_h, width, height)
    except _UNREADABLE:
        return ""


def signature_operators(
    strokes: Sequence[Sequence[Sequence[Any]]],
    pad_w: float,
    pad_h: float,
    width: float,
    height: float,
) -> str:
    """PDF operators stroking the pad's strokes into a width × height box at the current
    origin: the pad's aspect kept, centred, y turned up; "" when there is no ink.

    Each point is (x, y, t, pressure) in pad units, y down; the pen's width follows the mean
    pressure where the device gave one."""
    pad_w, pad_h = max(pad_w, 1.0), max(pad_h, 1.0)
    scale = min(width / pad_w, height / pad_h)
    cells = scale / GRID_PT  # grid cells per pad unit
    paths = []
    pressure, pressed = 0.0, 0
    for stroke in strokes:
        if not stroke:
            continue
        # Each point as its cell's text: comparing and joining strings is the cheapest pass.
        points = [f"{round(p[0] * cells)} {round(p[1] * cells)}" for p in stroke]
        kept = [b for a, b in zip(points, points[1:], strict=False) if a != b]
        pressures = [p[3] for p in stroke if p[3] > 0]
        pressure += sum(pressures)
        pressed += len(pressures)
        if kept:
            paths.append(f"{points[0]} m {' l '.join(kept)} l")
        else:  # a dot: a tiny segment so that the round cap shows it
            x, y = round(stroke[0][0] * cells), round(stroke[0][1] * cells)
            paths.append(f"{x} {y} m {x + 1} {y} l")
    if not paths:
        return ""
    off_x = (width - pad_w * scale) / 2
    top = height - (height - pad_h * scale) / 2
    pen = 0.55 + 0.5 * min(max(pressure / pressed if pressed else 0.5, 0.0), 1.0)
    return (
        f"q {GRID_PT} 0 0 {-GRID_PT} {off_x:.3f} {top:.3f} cm {pen / GRID_PT:.2f} w 1 J 1 j "
        + " ".join(paths)
        + " S Q"
    )


class SignatureFlowable(Flowable):
    """A signature as vector strokes in a box; an empty box when there is none."""

    def __init__(
        self,
        signature: Signature | None,
        width: float,
        height: float,
        *,
        colour: Color = black,
    ) -> None:
        super().__init__()
        self.width, self.height = width, height
        self.signature = signature
        self.colour = colour
        self._operators = (
            signature_operators(signature.strokes, signature.width, signature.height,
                                width, height)
            if signature is not None else ""
        )  # fmt: skip

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        if not self._operators:
            return
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(self.colour)
        canvas.addLiteral(self._operators)
        canvas.restoreState()
