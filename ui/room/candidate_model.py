"""The candidate table: a thin QAbstractTableModel over the room session's state.

Sorting and filtering happen here, on plain Python lists (a proxy model would call back
into Python for every comparison). Search keys are computed once per list change.

`data()` runs for every visible cell and every role the delegate asks for (about ten per
cell on each paint): it answers the roles it ignores at once, and serves a row's texts and
colours from a cache that is emptied whenever the row's candidate or the clock changes.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QModelRoleDataSpan,
    QPersistentModelIndex,
)
from PySide6.QtGui import QColor, QStandardItemModel

from invigilator.room.commands import without_id
from invigilator.room.session import RoomSession, local_time
from invigilator.room.state import CandidateState, Status
from invigilator.text import normalise_for_search

# Roles as plain ints (see ui.qt_values): an enum attribute costs more than the rest of data().
from ui.qt_values import ACCESSIBLE_TEXT_ROLE as ACCESSIBLE_TEXT
from ui.qt_values import BACKGROUND_ROLE as BACKGROUND
from ui.qt_values import DISPLAY_ROLE as DISPLAY
from ui.qt_values import FOREGROUND_ROLE as FOREGROUND
from ui.qt_values import TOOLTIP_ROLE as TOOLTIP
from ui.qt_values import USER_ROLE
from ui.widgets.labels import (
    ADDED_MARK,  # noqa: F401  re-exported (tests)
    ADDED_SYMBOL,
    INCIDENT_SYMBOL,
    NO_ID_SYMBOL,
    accommodations_label,
    added_mark,
    id_document_label,
    reason_text,
    status_label,
)

if TYPE_CHECKING:
    from invigilator.model import Candidate
    from invigilator.room.search import SearchIndex

STUDENT_ID_ROLE = USER_ROLE + 1
ROLES = frozenset({DISPLAY, ACCESSIBLE_TEXT, BACKGROUND, FOREGROUND, TOOLTIP, STUDENT_ID_ROLE})
ADDED_BACKGROUND = "#fff3c4"
# What a row shows: its texts by column, the state column's background, the others' one.
ShownRow = tuple[tuple[str, ...], QColor | None, QColor | None]
INK = "#111111"

# A symbol with every status, so that nothing relies on colour alone.
SYMBOLS = {
    Status.EXPECTED: "○",
    Status.PRESENT: "✔",
    Status.OUT: "↗",
    Status.HANDED_IN: "■",
    Status.NOT_HANDED_IN: "⚠",
    Status.REFUSED: "✖",
    Status.ABSENT: "✖",
    Status.EMERGENCY_PAPER: "✚",
    Status.EMERGENCY_NO_PAPER: "✚",
}
EMERGENCY_STATUSES = (Status.EMERGENCY_PAPER, Status.EMERGENCY_NO_PAPER)
BACKGROUNDS = {
    Status.EXPECTED: None,
    Status.PRESENT: "#d9f2dc",
    Status.OUT: "#ffe8b3",
    Status.HANDED_IN: "#dfe6ee",
    Status.NOT_HANDED_IN: "#f8c9c9",
    Status.REFUSED: "#f8c9c9",
    Status.ABSENT: "#ececec",
    Status.EMERGENCY_PAPER: "#dfe6ee",
    Status.EMERGENCY_NO_PAPER: "#ffe8b3",
}
ORDER = {status: i for i, status in enumerate(Status)}

# Filters offered above the table: (label, statuses or None for all, hand additions only).
FILTERS: list[tuple[str, frozenset[Status] | None, bool]] = [
    ("Tous les candidats", None, False),
    ("Attendus", frozenset({Status.EXPECTED}), False),
    ("Présents dans la salle", frozenset({Status.PRESENT}), False),
    ("Sortis temporairement", frozenset({Status.OUT}), False),
    ("Copies rendues", frozenset({Status.HANDED_IN}), False),
    ("Partis sans rendre leur copie", frozenset({Status.NOT_HANDED_IN}), False),
    ("Absents ou refusés", frozenset({Status.ABSENT, Status.REFUSED}), False),
    ("Ajoutés en salle", None, True),
]


class CandidateTableModel(QAbstractTableModel):
    COLUMNS = (
        "État",
        "Nom",
        "Prénom",
        "N° d'auditeur",
        "Place",
        "Aménagements",
        "Entrée",
        "Remise",
        "Inscription",
    )
    STATE, LAST, FIRST, NUMBER, SEAT, ACCOMMODATIONS, ENTRY, HAND_IN, ADDED = range(9)

    def __init__(self, session: RoomSession, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._session = session
        self._headers = [self.tr(column) for column in self.COLUMNS]
        # Colours, not brushes: the delegate turns them into brushes itself, and a QBrush built
        # from Python first creates the gradient and image enum types it could be built from.
        self._colours: dict[str | None, QColor | None] = {None: None}
        self._ink = self._colour(INK)
        # student number -> (texts by column, state column's background, other columns' one)
        self._rows: dict[str, ShownRow] = {}
        self._position: dict[str, int] = {}
        self._index: SearchIndex | None = None
        self._elsewhere: SearchIndex | None = None  # other rooms' candidates (issue #11)
        self._incident_count: tuple[int, dict[str, int]] = (-1, {})
        self._all: list[str] = []
        self._visible: list[str] = []
        self._row_of: dict[str, int] = {}
        self._search: set[str] | None = None
        self._statuses: frozenset[Status] | None = None
        self._added_only = False
        self._sort = (self.LAST, False)  # (column, descending)
        self._entry_closed = False
        self._now: datetime = session.clock.now()
        self.reload()

    # -- Qt's side -----------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: QtCore.Qt.Orientation, role: int = DISPLAY):  # noqa: ANN201
        if role != DISPLAY and role != ACCESSIBLE_TEXT:
            return None
        if orientation == QtCore.Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return section + 1 if role == DISPLAY else None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY):  # noqa: ANN201
        if role not in ROLES:
            return None
        cached = self._shown_row(index.row())
        if cached is None:
            return None
        student_id, (texts, state_colour, other_colour) = cached
        column = index.column()
        if role == DISPLAY or role == ACCESSIBLE_TEXT:
            return texts[column] if 0 <= column < len(texts) else None
        if role == BACKGROUND:
            return state_colour if column == self.STATE else other_colour
        if role == FOREGROUND:
            return self._ink
        if role == STUDENT_ID_ROLE:
            return student_id
        entry = self._session.state.candidates.get(student_id)
        return self._tooltip(entry) if entry is not None else None

    def multiData(
        self, index: QModelIndex | QPersistentModelIndex, span: QModelRoleDataSpan
    ) -> None:
        """All the roles a painted cell asks for, in one call from Qt rather than one per role.

        The item delegate asks seven roles at once for every cell it paints: answered here,
        from the row's cache, they cost one call from C++ into Python instead of seven."""
        cached = self._shown_row(index.row())
        column = index.column()
        if cached is None or not 0 <= column < len(self.COLUMNS):
            for role_data in span:
                role_data.clearData()
            return
        texts, state_colour, other_colour = cached[1]
        for role_data in span:
            role = role_data.role()
            if role == DISPLAY or role == ACCESSIBLE_TEXT:
                role_data.setData(texts[column])
            elif role == BACKGROUND:
                colour = state_colour if column == self.STATE else other_colour
                if colour is None:
                    role_data.clearData()
                else:
                    role_data.setData(colour)
            elif role == FOREGROUND:
                role_data.setData(self._ink)
            elif role in ROLES:
                role_data.setData(self.data(index, role))
            else:
                role_data.clearData()

    def _shown_row(self, row: int) -> tuple[str, ShownRow] | None:
        """The student number shown in this row, and what the row shows (computed once per
        change of the candidate or the clock); None past the last row."""
        if not 0 <= row < len(self._visible):  # row is -1 for an invalid index
            return None
        student_id = self._visible[row]
        cached = self._rows.get(student_id)
        if cached is None:
            entry = self._session.state.candidates.get(student_id)
            if entry is None:
                return None
            cached = self._rows[student_id] = self._row(entry)
        return student_id, cached

    # flags(): QAbstractTableModel's own (enabled, selectable) is what the table needs, and
    # costs no call into Python per painted cell.

    def sort(self, column: int, order: QtCore.Qt.SortOrder | None = None) -> None:
        if not 0 <= column < len(self.COLUMNS):
            return
        descending = order == QtCore.Qt.SortOrder.DescendingOrder
        if (column, descending) == self._sort and column != self.STATE:
            return  # kept in this order already (the view asks again when sorting is enabled)
        self._sort = (column, descending)
        self.beginResetModel()
        self._sort_all()
        self._filter()
        self.endResetModel()

    def header_labels(self) -> QStandardItemModel:
        """The column titles, for the table's header to show.

        Its own model rather than this one: a header calls `headerData` with a `Qt.Orientation`
        for every section it paints, and the first frame must not create `Qt` (ui.qt_values).
        """
        labels = QStandardItemModel(0, len(self.COLUMNS), self)
        labels.setHorizontalHeaderLabels(self._headers)
        return labels

    # -- what the window asks ------------------------------------------------------------

    def status(self, entry: CandidateState) -> Status:
        return self._session.state.display_status(entry, self._entry_closed)

    def student_id(self, row: int) -> str | None:
        return self._visible[row] if 0 <= row < len(self._visible) else None

    def row_of(self, student_id: str) -> int | None:
        return self._row_of.get(student_id)

    def visible_ids(self) -> list[str]:
        return list(self._visible)

    def search(self, query: str) -> list[str] | None:
        """Filter the table to a query's matches; returns them (None: no query)."""
        found = self._search_index().search(query) if query.strip() else None
        self.beginResetModel()
        self._search = set(found) if found is not None else None
        self._filter()
        self.endResetModel()
        return found

    def set_status_filter(
        self, statuses: Iterable[Status] | None, added_only: bool = False
    ) -> None:
        self.beginResetModel()
        self._statuses = frozenset(statuses) if statuses is not None else None
        self._added_only = added_only
        self._filter()
        self.endResetModel()

    def reload(self) -> None:
        """The whole list may have changed (import, hand addition, correction)."""
        self.beginResetModel()
        state = self._session.state
        self._rows.clear()
        self._index = None  # built on the first search: start-up does not pay for it
        self._now = self._session.clock.now()
        self._entry_closed = self._session.entry_closed()
        self._all = list(state.candidates)
        self._sort_all()
        self._filter()
        self.endResetModel()

    def refresh(self, student_ids: Iterable[str]) -> None:
        """Some candidates changed state: repaint their rows, or refilter if they must move."""
        ids = set(student_ids)
        for student_id in ids:
            self._rows.pop(student_id, None)
        if any(i not in self._position for i in ids
               if i in self._session.state.candidates):  # fmt: skip
            self.reload()
            return
        if self._statuses is not None or self._sort[0] in (self.STATE, self.ENTRY, self.HAND_IN):
            self.beginResetModel()
            self._sort_all()
            self._filter()
            self.endResetModel()
            return
        for student_id in ids:
            row = self._row_of.get(student_id)
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))

    def tick(self) -> None:
        """The clock moved: statuses that depend on time (absent, minutes out) may change."""
        self._now = self._session.clock.now()
        self._rows.clear()  # minutes out, late, absent: the state column follows the clock
        closed = self._session.entry_closed()
        if closed != self._entry_closed:
            self._entry_closed = closed
            if self._statuses is not None:
                self.beginResetModel()
                self._filter()
                self.endResetModel()
                return
        if self._visible:
            last = len(self._visible) - 1
            self.dataChanged.emit(self.index(0, self.STATE), self.index(last, self.STATE))

    def counts(self) -> dict[str, int]:
        """The window's counters. "absent" is the procès-verbal's (issue #11): listed and did
        not sit, the refused at the door among them ("refused" says how many)."""
        from invigilator.room.summary import absent, refused_at_door

        state = self._session.state
        entries = list(state.candidates.values())
        statuses = [self.status(e) for e in entries]
        absentees = absent(state, self._entry_closed)
        return {
            "enrolled": sum(1 for e in entries if not e.added_by_hand),
            "added": sum(1 for e in entries if e.added_by_hand),
            "signed_in": sum(1 for e in entries if e.has_entered),
            "in_room": statuses.count(Status.PRESENT),
            "out": statuses.count(Status.OUT),
            "handed_in": statuses.count(Status.HANDED_IN),
            "not_handed_in": statuses.count(Status.NOT_HANDED_IN),
            "emergency": statuses.count(Status.EMERGENCY_PAPER)
            + statuses.count(Status.EMERGENCY_NO_PAPER),
            "refused": refused_at_door(absentees),
            "absent": len(absentees),
            "expected": statuses.count(Status.EXPECTED),
        }

    def search_elsewhere(self, query: str) -> list[Candidate]:
        """The candidates the list keeps for other rooms that match a name or a number."""
        from invigilator.room.search import SearchIndex

        others = self._session.state.others
        if self._elsewhere is None or len(self._elsewhere) != len(others):
            self._elsewhere = SearchIndex(others.values())
        return [others[i] for i in self._elsewhere.search(query) or [] if i in others]

    # -- inside --------------------------------------------------------------------------

    def prepare_search(self) -> None:
        """Build the search keys now (the window calls it right after painting)."""
        self._search_index()

    def _search_index(self) -> SearchIndex:
        if self._index is None:
            from invigilator.room.search import SearchIndex

            state = self._session.state
            self._index = SearchIndex(e.candidate for e in state.candidates.values())
        return self._index

    def status_text(self, entry: CandidateState) -> str:
        status = self.status(entry)
        text = f"{SYMBOLS[status]} {status_label(status)}"
        if status is Status.OUT and entry.out_since is not None:
            minutes = int((self._now - entry.out_since).total_seconds() // 60)
            text += f" ({max(minutes, 0)} min)"
        elif status is Status.PRESENT and entry.late:
            text += self.tr(" (en retard)")
        elif status is Status.HANDED_IN and entry.blank:
            text += self.tr(" (copie blanche)")
        # What the office must look at, in the row itself (issue #11, items 8 and 15).
        if without_id(entry.id_document):
            text += f"  {NO_ID_SYMBOL} " + self.tr("sans pièce d'identité")
        # An emergency exit (a note is always recorded with one) marks the row in words too,
        # first, where a narrow column does not cut it off; an emergency departure already
        # says so in its status.
        if entry.emergency_note and status not in EMERGENCY_STATUSES:
            text = f"{SYMBOLS[Status.EMERGENCY_PAPER]} " + self.tr("urgence") + " · " + text
        incidents = self._incidents().get(entry.student_id, 0)
        if incidents:
            text += f"  {INCIDENT_SYMBOL} " + (
                self.tr("incident") if incidents == 1 else self.tr("%d incidents") % incidents
            )
        return text

    def _incidents(self) -> dict[str, int]:
        """How many incidents name each candidate, as of the state's last event."""
        state = self._session.state
        if self._incident_count[0] != state.last_seq:
            counts: dict[str, int] = {}
            for event in state.incidents:
                for student_id in event.payload.get("candidates", []):
                    counts[student_id] = counts.get(student_id, 0) + 1
            self._incident_count = (state.last_seq, counts)
        return self._incident_count[1]

    def _colour(self, name: str | None) -> QColor | None:
        colour = self._colours.get(name)
        if colour is None and name is not None:
            colour = self._colours[name] = QColor(name)
        return colour

    def _row(self, entry: CandidateState) -> ShownRow:
        texts = tuple(self._text(entry, column) for column in range(len(self.COLUMNS)))
        state = self._colour(BACKGROUNDS[self.status(entry)])
        other = self._colour(ADDED_BACKGROUND) if entry.added_by_hand else None
        return texts, state, other

    def _text(self, entry: CandidateState, column: int) -> str:
        c = entry.candidate
        if column == self.STATE:
            return self.status_text(entry)
        if column == self.LAST:
            return c.last_name
        if column == self.FIRST:
            return c.first_name
        if column == self.NUMBER:
            return c.student_id
        if column == self.SEAT:
            return c.seat
        if column == self.ACCOMMODATIONS:
            # The extra time first: the column is narrow, and a long text ("tiers temps, salle
            # isolée") elided on the right hid the minutes that decide the candidate's end.
            parts = [f"+{c.extra_time_minutes} min"] if c.extra_time_minutes else []
            if c.accommodations:
                parts.append(accommodations_label(c.accommodations))
            return ", ".join(dict.fromkeys(parts))
        if column == self.ENTRY:
            return local_time(entry.entered_at) if entry.entered_at else ""
        if column == self.HAND_IN:
            if entry.handed_in_at is None:
                return ""
            return f"{local_time(entry.handed_in_at)} ({entry.sheets} f.)"
        if column == self.ADDED:  # its own column: readable whole, whatever the status says
            if not entry.added_by_hand:
                return ""
            exam = self._session.state.exam
            if c.room and exam is not None and c.room != exam.room:  # admitted from elsewhere
                # Short enough for the column: the ✚ and the colour say "added, to verify".
                return f"{ADDED_SYMBOL} " + self.tr("attendu(e) en salle %s — à vérifier") % c.room
            return f"{ADDED_SYMBOL} {added_mark()}"
        return ""

    def _tooltip(self, entry: CandidateState) -> str:
        lines = [f"{entry.candidate.display_name} — {entry.student_id}", self.status_text(entry)]
        if entry.added_by_hand:
            lines.append(added_mark())
            lines.append(self.tr("Motif de l'ajout : %s") % entry.added_reason)
            exam = self._session.state.exam
            if entry.candidate.room and exam is not None and entry.candidate.room != exam.room:
                lines.append(self.tr("attendu(e) en salle %s") % entry.candidate.room)
        if entry.id_document:
            lines.append(self.tr("Pièce d'identité : %s") % id_document_label(entry.id_document))
        if entry.late_reason:
            lines.append(self.tr("Retard : %s") % reason_text(entry.late_reason))
        if entry.emergency_note:
            lines.append(self.tr("Sortie d'urgence : %s") % entry.emergency_note)
        for event in self._session.state.incidents:
            if entry.student_id in event.payload.get("candidates", []):
                lines.append(self.tr("Incident à %s : %s") % (local_time(event.at),
                             event.payload.get("description", "")))  # fmt: skip
        return "\n".join(lines)

    def _sort_key(self, column: int):  # noqa: ANN202
        candidates = self._session.state.candidates
        if column == self.STATE:
            return lambda i: (
                ORDER[self.status(candidates[i])],
                normalise_for_search(candidates[i].candidate.last_name),
            )
        if column in (self.ENTRY, self.HAND_IN):
            attr = "entered_at" if column == self.ENTRY else "handed_in_at"
            return lambda i: (
                getattr(candidates[i], attr) is None,
                getattr(candidates[i], attr) or 0,
            )
        # Alphabetical as a French reader expects it: Çelik with the C, Łukaszewicz with the L.
        return lambda i: normalise_for_search(self._text(candidates[i], column))

    def _sort_all(self) -> None:
        column, descending = self._sort
        key = self._sort_key(column)
        if column in (self.ENTRY, self.HAND_IN):
            present = [i for i in self._all if key(i)[0] is False]
            missing = [i for i in self._all if key(i)[0] is True]
            present.sort(key=lambda i: key(i)[1], reverse=descending)
            self._all = present + missing
        else:
            self._all.sort(key=key, reverse=descending)
        self._position = {student_id: i for i, student_id in enumerate(self._all)}

    def _filter(self) -> None:
        candidates = self._session.state.candidates
        rows = self._all
        if self._search is not None:
            wanted = self._search
            if len(wanted) * 16 < len(rows):  # a few matches (a scanned number): order them
                position = self._position
                rows = sorted((i for i in wanted if i in position), key=position.__getitem__)
            else:
                rows = [i for i in rows if i in wanted]
        if self._added_only:
            rows = [i for i in rows if candidates[i].added_by_hand]
        if self._statuses is not None:
            statuses = self._statuses
            rows = [i for i in rows if self.status(candidates[i]) in statuses]
        self._visible = rows
        if rows is self._all:  # unfiltered: the rows are the sorted list itself
            self._row_of = self._position
        else:
            self._row_of = {student_id: row for row, student_id in enumerate(rows)}
