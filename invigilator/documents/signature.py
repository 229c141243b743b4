"""Signatures drawn back as vector paths, simplified with Ramer–Douglas–Peucker.

The pad records a point every few milliseconds; most lie on a straight line between their
neighbours. RDP keeps the points that carry the shape: with a tolerance of a tenth of a
point on paper, the path differs from the drawn one by less than a pixel at 200 %, and is a
few hundred bytes in the PDF.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.colors import Color, black
from reportlab.platypus import Flowable

from invigilator.model import Signature

# Largest distance, in points on the page, between the drawn stroke and its simplification.
TOLERANCE_PT = 0.1
XY = tuple[float, float]


def simplify(points: Sequence[XY], tolerance: float) -> list[XY]:
    """Ramer–Douglas–Peucker, iterative (a long stroke would overflow recursion).

    Points within a fifth of the tolerance of the last kept one are dropped first: a pad
    sampling every few milliseconds gives many, and RDP's cost grows with their number."""
    near = (tolerance / 5) ** 2
    thinned = [points[0]] if points else []
    for point in points[1:-1]:
        previous = thinned[-1]
        if (point[0] - previous[0]) ** 2 + (point[1] - previous[1]) ** 2 > near:
            thinned.append(point)
    if len(points) > 1:
        thinned.append(points[-1])
    points = thinned
    count = len(points)
    if count < 3:
        return list(points)
    keep = [False] * count
    keep[0] = keep[-1] = True
    stack = [(0, count - 1)]
    limit = tolerance * tolerance
    while stack:
        first, last = stack.pop()
        x1, y1 = points[first]
        x2, y2 = points[last]
        dx, dy = x2 - x1, y2 - y1
        length2 = dx * dx + dy * dy
        worst, index = -1.0, -1
        for i in range(first + 1, last):
            px, py = points[i]
            if length2 == 0.0:
                d2 = (px - x1) ** 2 + (py - y1) ** 2
            else:
                cross = dx * (py - y1) - dy * (px - x1)
                d2 = cross * cross / length2
            if d2 > worst:
                worst, index = d2, i
        if worst > limit:
            keep[index] = True
            stack.append((first, index))
            stack.append((index, last))
    return [p for p, kept in zip(points, keep, strict=True) if kept]


def signature_paths(signature: Signature, width: float, height: float) -> list[list[XY]]:
    """The strokes fitted into a width × height box (page points, y up), simplified.

    The pad's aspect ratio is kept; the signature is centred in the box."""
    pad_w = max(signature.width, 1.0)
    pad_h = max(signature.height, 1.0)
    scale = min(width / pad_w, height / pad_h)
    off_x = (width - pad_w * scale) / 2
    off_y = (height - pad_h * scale) / 2
    paths = []
    for stroke in signature.strokes:
        if not stroke:
            continue
        points = [(off_x + x * scale, off_y + (pad_h - y) * scale) for x, y, _, _ in stroke]
        paths.append(simplify(points, TOLERANCE_PT))
    return paths


def stroke_width(signature: Signature) -> float:
    """A pen width from the mean pressure, where the device gave one (0 when it did not)."""
    pressures = [p for stroke in signature.strokes for _, _, _, p in stroke if p > 0]
    mean = sum(pressures) / len(pressures) if pressures else 0.5
    return 0.55 + 0.5 * min(max(mean, 0.0), 1.0)


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
        self._paths = signature_paths(signature, width, height) if signature else []

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        if not self._paths or self.signature is None:
            return
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(self.colour)
        canvas.setLineWidth(stroke_width(self.signature))
        canvas.setLineCap(1)
        canvas.setLineJoin(1)
        # The path's operators written at once: a thousand signatures on an attendance sheet
        # are ~40,000 points, and reportlab's per-point path calls cost more than the table.
        canvas.addLiteral(path_operators(self._paths))
        canvas.restoreState()


def path_operators(paths: list[list[XY]]) -> str:
    """PDF operators stroking the paths: `x y m x y l … S`, to a hundredth of a point."""
    parts = []
    for points in paths:
        (x, y), rest = points[0], points[1:]
        parts.append(f"{x:.2f} {y:.2f} m")
        if not rest:  # a dot: a tiny segment so that the round cap shows it
            parts.append(f"{x + 0.2:.2f} {y:.2f} l")
        parts.extend(f"{px:.2f} {py:.2f} l" for px, py in rest)
    parts.append("S")
    return " ".join(parts)
