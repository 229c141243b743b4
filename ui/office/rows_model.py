"""A read-only table model over plain rows: the office's candidates of 400 rooms (120,000
rows) show at once, where one widget item per cell would take seconds and much memory."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    """Rows of texts; cells of `flagged_column` that are not empty are shown bold in `colour`."""

    def __init__(
        self, headers: list[str], flagged_column: int, colour: QColor, parent: Any = None
    ) -> None:
        super().__init__(parent)
        self.headers = headers
        self.rows: list[tuple[str, ...]] = []
        self.flagged_column = flagged_column
        self.colour = colour
        self.bold = QFont()
        self.bold.setBold(True)

    def set_rows(self, rows: list[tuple[str, ...]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        text = self.rows[index.row()][index.column()]
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
