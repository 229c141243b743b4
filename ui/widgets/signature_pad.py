"""A signature pad for mouse, touch and stylus; the strokes are kept as vectors."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from invigilator.model import Point, Signature
from ui.widgets.alert_label import AlertLabel

MOUSE_PRESSURE = 0.5


class SignaturePad(QWidget):
    """Draw with anything; `signature()` gives the strokes (x, y, ms, pressure)."""

    changed = Signal()  # a stroke ended, or the pad was cleared
    inked = Signal()  # a stroke began: the pad has ink from now on

    def __init__(self, parent: QWidget | None = None, *, placeholder: str = "") -> None:
        super().__init__(parent)
        # What the empty pad says: who signs ("Signature du candidat" unless told otherwise).
        self.placeholder = placeholder or self.tr("Signature du candidat")
        self._strokes: list[list[Point]] = []
        self._current: list[Point] | None = None
        self._t0: float | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents, True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumSize(360, 150)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(self.tr("Zone de signature"))
        self.setAccessibleDescription(
            self.tr("Le candidat signe ici avec le doigt, le stylet ou la souris.")
        )

    def sizeHint(self) -> QSize:
        return QSize(480, 170)

    # -- the result ----------------------------------------------------------------------

    @property
    def is_empty(self) -> bool:
        return self.signature().is_empty

    def signature(self) -> Signature:
        strokes = [tuple(s) for s in self._strokes if s]
        if self._current:
            strokes.append(tuple(self._current))
        return Signature(tuple(strokes), float(self.width()), float(self.height()))

    def load(self, signature: Signature) -> None:
        """Take strokes drawn on another pad (a dialog handing over to another, issue #11)."""
        self._strokes = [list(stroke) for stroke in signature.strokes if stroke]
        self._current = None
        self.update()
        self.changed.emit()

    def clear(self) -> None:
        self._strokes.clear()
        self._current = None
        self._t0 = None
        self.update()
        self.changed.emit()

    # -- input ---------------------------------------------------------------------------

    def _ms(self) -> int:
        now = time.monotonic()
        if self._t0 is None:
            self._t0 = now
        return int((now - self._t0) * 1000)

    def _begin(self, pos: QPointF, pressure: float) -> None:
        self._current = []
        self._add(pos, pressure)
        AlertLabel.drawing = True  # a message withdrawn now keeps its room: the pad stays put
        try:
            self.inked.emit()
        finally:
            AlertLabel.drawing = False

    def _add(self, pos: QPointF, pressure: float) -> None:
        if self._current is None:
            return
        x = min(max(pos.x(), 0.0), float(self.width()))
        y = min(max(pos.y(), 0.0), float(self.height()))
        self._current.append((x, y, self._ms(), round(min(max(pressure, 0.0), 1.0), 2)))
        self.update()

    def _end(self) -> None:
        if self._current:
            self._strokes.append(self._current)
        self._current = None
        self.update()
        self.changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position(), MOUSE_PRESSURE)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._add(event.position(), MOUSE_PRESSURE)
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._add(event.position(), MOUSE_PRESSURE)
            self._end()
        event.accept()

    def tabletEvent(self, event: QTabletEvent) -> None:
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self._begin(event.position(), event.pressure())
        elif kind == QEvent.Type.TabletMove and self._current is not None:
            self._add(event.position(), event.pressure())
        elif kind == QEvent.Type.TabletRelease:
            self._end()
        event.accept()  # no synthesised mouse events on top

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd):
            assert isinstance(event, QTouchEvent)
            points = event.points()
            if points:
                point = points[0]
                pressure = point.pressure() if point.pressure() > 0 else MOUSE_PRESSURE
                if kind == QEvent.Type.TouchBegin:
                    self._begin(point.position(), pressure)
                elif kind == QEvent.Type.TouchUpdate:
                    self._add(point.position(), pressure)
                else:
                    self._add(point.position(), pressure)
                    self._end()
            event.accept()
            return True
        if kind == QEvent.Type.TouchCancel:
            self._current = None
            self.update()
            return True
        return super().event(event)

    # -- drawing -------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.fillRect(rect, QColor("#ffffff"))
        painter.setPen(QPen(QColor("#6b7280"), 1, Qt.PenStyle.DashLine))
        painter.drawRect(rect)
        baseline = self.height() * 0.75
        painter.drawLine(QPointF(16, baseline), QPointF(self.width() - 16, baseline))
        strokes = list(self._strokes) + ([self._current] if self._current else [])
        if not strokes:
            painter.setPen(QColor("#6b7280"))
            painter.drawText(
                self.rect().adjusted(0, 0, 0, -int(self.height() * 0.3)),
                Qt.AlignmentFlag.AlignCenter,
                self.placeholder,
            )
        for stroke in strokes:
            draw_stroke(painter, stroke)
        painter.end()


def draw_stroke(
    painter: QPainter, stroke: list[Point] | tuple[Point, ...], scale: float = 1.0
) -> None:
    """A stroke whose width follows the pressure."""
    if len(stroke) == 1:
        x, y, _, p = stroke[0]
        painter.setPen(
            QPen(
                QColor("#0b1f44"),
                (1.2 + 2.8 * p) * scale,
                Qt.PenStyle.SolidLine,
                Qt.PenCapStyle.RoundCap,
            )
        )
        painter.drawPoint(QPointF(x * scale, y * scale))
        return
    for (x1, y1, _, p1), (x2, y2, _, p2) in zip(stroke, stroke[1:], strict=False):
        width = (1.2 + 2.8 * (p1 + p2) / 2) * scale
        painter.setPen(
            QPen(
                QColor("#0b1f44"),
                width,
                Qt.PenStyle.SolidLine,
                Qt.PenCapStyle.RoundCap,
                Qt.PenJoinStyle.RoundJoin,
            )
        )
        path = QPainterPath(QPointF(x1 * scale, y1 * scale))
        path.lineTo(QPointF(x2 * scale, y2 * scale))
        painter.drawPath(path)
