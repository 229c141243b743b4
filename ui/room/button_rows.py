"""The window's row of buttons, on as many rows as the width needs (#11.16).

On one row the buttons need about 1,150 px: on a 1024 px netbook they were cut, and they held
the whole window wider than the screen. Here each keeps its whole caption; the row breaks
where the width ends, and the layout asks for the height of the rows it makes.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class ButtonRows(QLayout):
    """A flow layout: items left to right, a new row when the next one would not fit."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        self.setContentsMargins(0, 0, 0, 0)

    # -- QLayout's interface ---------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        """Everything on one row."""
        visible = self._visible()
        width = sum(i.sizeHint().width() for i in visible) + self._gap * max(0, len(visible) - 1)
        height = max((i.sizeHint().height() for i in visible), default=0)
        return QSize(width, height)

    def minimumSize(self) -> QSize:
        """The widest button alone: narrower, the window scrolls (ui.app.fit_to_screen)."""
        visible = self._visible()
        width = max((i.sizeHint().width() for i in visible), default=0)
        height = max((i.sizeHint().height() for i in visible), default=0)
        return QSize(width, height)

    # -- placing ---------------------------------------------------------------------------

    def _visible(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    def _place(self, rect: QRect, *, move: bool) -> int:
        """Lay the rows out in `rect` (when `move`); the height they take either way."""
        x, y, row_height = rect.x(), rect.y(), 0
        row: list[tuple[QLayoutItem, QSize]] = []
        rows: list[tuple[list[tuple[QLayoutItem, QSize]], int]] = []
        for item in self._visible():
            size = item.sizeHint()
            if row and x + size.width() > rect.right() + 1:
                rows.append((row, row_height))
                x, y, row, row_height = rect.x(), y + row_height + self._gap, [], 0
            row.append((item, size))
            x += size.width() + self._gap
            row_height = max(row_height, size.height())
        if row:
            rows.append((row, row_height))
        rows = self._balanced(rows, rect.width())
        if move:
            self._spread(rows, rect)
        return sum(h for _, h in rows) + self._gap * max(0, len(rows) - 1)

    def _balanced(self, rows: list, width: int) -> list:
        """As many rows, as evenly filled as they fit (4 + 4 rather than 7 + 1)."""
        if len(rows) < 2:
            return rows
        items = [pair for row, _ in rows for pair in row]
        per = -(-len(items) // len(rows))
        chunks = [items[i : i + per] for i in range(0, len(items), per)]
        fits = all(
            sum(s.width() for _, s in chunk) + self._gap * (len(chunk) - 1) <= width
            for chunk in chunks
        )
        if not fits or len(chunks) != len(rows):
            return rows
        return [(chunk, max(s.height() for _, s in chunk)) for chunk in chunks]

    def _spread(self, rows: list, rect: QRect) -> None:
        """Each row fills the width, as the one-row box layout did: the spare width is shared."""
        y = rect.y()
        for row, height in rows:
            spare = rect.width() - sum(s.width() for _, s in row) - self._gap * (len(row) - 1)
            extra, rest = divmod(max(0, spare), len(row))
            x = rect.x()
            for index, (item, size) in enumerate(row):
                width = size.width() + extra + (1 if index < rest else 0)
                item.setGeometry(QRect(QPoint(x, y), QSize(width, height)))
                x += width + self._gap
            y += height + self._gap
