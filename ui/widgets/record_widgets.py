"""Pieces of the record dialogs: a signature box that says who signs, a candidate picker."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from invigilator.room.state import RoomState
from invigilator.text import normalise_for_search
from ui.widgets.dialog_parts import SignatureField
from ui.widgets.labels import status_label

ID_ROLE = Qt.ItemDataRole.UserRole
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
IN_ROOM_ROLE = Qt.ItemDataRole.UserRole + 2
CHOSEN_SHOWN = 6


class SignatureBox(SignatureField):
    """Who signs, the pad, its 'Effacer' button."""

    def __init__(self, signer: str, caption: str, *, height: int = 130,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(caption, parent, signer=signer)
        self.signer = signer
        self.layout_.setSpacing(2)
        self.title.setWordWrap(True)
        self.pad.setMinimumWidth(260)
        self.pad.setFixedHeight(height)

    @property
    def is_empty(self) -> bool:
        """No signature that counts: nothing drawn, or too little (see Signature.is_empty)."""
        return self.pad.is_empty

    @property
    def too_short(self) -> bool:
        """Something drawn, but too little to count as a signature."""
        return self.is_empty and self.pad.signature().has_ink


class _SearchLine(QLineEdit):
    """Down moves into the list; Up and Down from the list's top come back (see the picker)."""

    down = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.down.emit()
            return
        super().keyPressEvent(event)


class _RoomyRows(QStyledItemDelegate):
    """A row as tall as the accents of capitals: with the default font's height only, the
    top of "É", "È", "Ü" was cut off ("LEFÈVRE" read "LEFĒVRE")."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        tight = option.fontMetrics.tightBoundingRect("ÉÈÊÜÇ")
        missing = max(0, -tight.top() - option.fontMetrics.ascent()) + 1
        return size.grownBy(QMargins(0, missing, 0, missing))


class _TickList(QListWidget):
    """Enter ticks the current candidate as Space does (and does not reach the dialog)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.currentItem()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and item is not None:
            checked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
            return
        super().keyPressEvent(event)


class CandidatePicker(QWidget):
    """The room's candidates, searched accents and case ignored; a tick marks each one involved.

    Those who sat come first and alone (issue #11): the others (absent, expected, refused at
    the door) only on request. Space ticks the current candidate; ticked candidates stay
    ticked when the search hides them.
    """

    changed = Signal()

    def __init__(
        self, state: RoomState, *, entry_closed: bool, parent: QWidget | None = None
    ) -> None:
        """`entry_closed`: the session's, so that each candidate's state reads as in the
        table (someone never come once entry has closed is "absent(e)", not "attendu(e)")."""
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.search = _SearchLine()
        self.search.setPlaceholderText(self.tr("Nom, prénom, numéro ou place…"))
        self.search.setAccessibleName(self.tr("Rechercher un candidat"))
        self.search.setClearButtonEnabled(True)
        self.list = _TickList()
        self.list.setItemDelegate(_RoomyRows(self.list))
        self.list.setAccessibleName(self.tr("Candidats de la salle"))
        self.list.setAccessibleDescription(
            self.tr("Espace coche ou décoche le candidat mis en cause.")
        )
        self.list.setMinimumHeight(120)
        self.show_all = QCheckBox()
        self.chosen = QLabel()
        self.chosen.setWordWrap(True)
        self.chosen.setAccessibleName(self.tr("Candidats mis en cause"))
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.show_all)
        layout.addWidget(self.chosen)
        self._names: dict[str, str] = {}
        entries = sorted(
            state.candidates.values(),
            key=lambda e: (not e.has_entered, normalise_for_search(e.candidate.display_name)),
        )
        seat_word = self.tr("place")
        for entry in entries:
            c = entry.candidate
            name = f"{c.last_name.upper()} {c.first_name}"
            self._names[c.student_id] = name
            seat = f" — {seat_word} {c.seat}" if c.seat else ""
            status = status_label(state.display_status(entry, entry_closed))
            item = QListWidgetItem(f"{name} — {c.student_id}{seat} — {status}")
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )  # fmt: skip
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(ID_ROLE, c.student_id)
            item.setData(IN_ROOM_ROLE, entry.has_entered)
            item.setData(
                KEY_ROLE, normalise_for_search(f"{c.display_name} {c.student_id} {c.seat}")
            )
            self.list.addItem(item)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._tick_single_match)
        self.search.down.connect(self._into_list)
        self.list.itemChanged.connect(lambda _: self._update_chosen())
        self.show_all.toggled.connect(lambda _: self._filter(self.search.text()))
        self._update_chosen()
        self.set_room({e.student_id for e in entries if e.has_entered})

    def set_room(self, student_ids: set[str], *, inside: bool = False) -> None:
        """Who the list shows first and alone: `student_ids` (those who sat, or with `inside`
        those still in the room); the others on request, by the box below the list."""
        for item in self._items():
            item.setData(IN_ROOM_ROLE, item.data(ID_ROLE) in student_ids)
        others = self.list.count() - len(student_ids)
        text = (
            self.tr("Afficher aussi les candidats qui ne sont plus dans la salle (%d)")
            if inside
            else self.tr("Afficher aussi les candidats qui n'ont pas composé (%d)")
        )
        self.show_all.setText(text % others)
        self.show_all.setAccessibleName(text.replace(" (%d)", ""))
        self.show_all.setVisible(others > 0)
        self._filter(self.search.text())

    def _items(self) -> list[QListWidgetItem]:
        return [self.list.item(i) for i in range(self.list.count())]

    def _filter(self, text: str) -> None:
        words = normalise_for_search(text).split()
        everyone = self.show_all.isChecked()
        for item in self._items():
            key = item.data(KEY_ROLE)
            shown = (
                everyone or item.data(IN_ROOM_ROLE) or item.checkState() == Qt.CheckState.Checked
            )
            item.setHidden(not shown or not all(w in key for w in words))
        visible = [item for item in self._items() if not item.isHidden()]
        if visible:
            self.list.setCurrentItem(visible[0])

    def visible_ids(self) -> list[str]:
        return [item.data(ID_ROLE) for item in self._items() if not item.isHidden()]

    def _into_list(self) -> None:
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.list.currentItem() is None or self.list.currentItem().isHidden():
            visible = [item for item in self._items() if not item.isHidden()]
            if visible:
                self.list.setCurrentItem(visible[0])

    def _tick_single_match(self) -> None:
        visible = [item for item in self._items() if not item.isHidden()]
        if len(visible) == 1:
            self._toggle(visible[0])

    def _toggle(self, item: QListWidgetItem) -> None:
        checked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def set_selected(self, student_ids: list[str]) -> None:
        wanted = set(student_ids)
        for item in self._items():
            state = (
                Qt.CheckState.Checked if item.data(ID_ROLE) in wanted else Qt.CheckState.Unchecked
            )
            item.setCheckState(state)
        self._filter(self.search.text())

    def selected(self) -> list[str]:
        return [
            item.data(ID_ROLE)
            for item in self._items()
            if item.checkState() == Qt.CheckState.Checked
        ]

    def name(self, student_id: str) -> str:
        return self._names.get(student_id, student_id)

    def _update_chosen(self) -> None:
        ids = self.selected()
        if ids:
            # A few names, the count says how many: a whole room's list would overflow the label.
            names = ", ".join(self.name(i) for i in ids[:CHOSEN_SHOWN])
            more = "…" if len(ids) > CHOSEN_SHOWN else ""
            self.chosen.setText(self.tr("Mis en cause (%d) : %s") % (len(ids), names + more))
        else:
            self.chosen.setText(self.tr("Aucun candidat mis en cause."))
        self.changed.emit()
