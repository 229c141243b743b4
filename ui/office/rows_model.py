"""A read-only table model over plain rows: the office's candidates of 400 rooms (120,000
rows) show at once, where one widget item per cell would take seconds and much memory."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    """Items shown as rows of texts, each row made by `cells(item)` when the view asks (only
    the rows on screen: no 120,000 time formats before the table shows). Cells of
    `flagged_column` that are not empty are shown bold in `colour`."""

    def __init__(
        self, headers: list[str], flagged_column: int, colour: QColor, parent: Any = None
    ) -> None:
        super().__init__(parent)
        self.headers = headers
        self.items: list[Any] = []
        self.cells: Callable[[Any], tuple[str, ...]] = tuple
        self._last: tuple[int, tuple[str, ...]] = (-1, ())  # the row the view just asked for
        self.flagged_column = flagged_column
        self.colour = colour
        self.bold = QFont()
        self.bold.setBold(True)

    def set_rows(self, items: list[Any], cells: Callable[[Any], tuple[str, ...]]) -> None:
        self.beginResetModel()
        self.items, self.cells, self._last = items, cells, (-1, ())
        self.endResetModel()

    def row(self, number: int) -> tuple[str, ...]:
        if self._last[0] != number:
            self._last = (number, self.cells(self.items[number]))
        return self._last[1]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        text = self.row(index.row())[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return text
        if index.column() == self.flagged_column and text:
            if role == Qt.ItemDataRole.ForegroundRole:
                return self.colour
            if role == Qt.ItemDataRole.FontRole:
                return self.bold
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None
