"""Date and time fields that take typing the obvious way, and never change a date unseen (#11.13).

Qt's date and time edits type into sections: Tab then "31.2.85" silently made 01/03/2026,
and Ctrl+A then digits did nothing. These are plain text boxes: whatever is typed stays as
typed until it reads as a real date or time; beside it, the date in words (or what is wrong
with it), so that a change is always in sight. An impossible date is refused, never moved.
"""

from __future__ import annotations

import re
from datetime import date, time
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

_SEPARATORS = re.compile(r"[\s./\-]+")
FAR_DAYS = 400  # further from today than this, the date in words says to check the year


class Problem(NamedTuple):
    """Why a text is not a date or a time: a code, and what was read (said in the UI)."""

    code: str
    read: str = ""


def parse_date(text: str, today: date) -> date | Problem:
    """A date from "15/06/2026", "15.6.26", "15-06", "150626", "2026-06-15"; else what is
    wrong with it."""
    text = text.strip()
    if not text:
        return Problem("no_date")
    parts = [p for p in _SEPARATORS.split(text) if p]
    if len(parts) == 1 and parts[0].isdigit() and len(parts[0]) in (4, 6, 8):
        digits = parts[0]
        parts = [digits[:2], digits[2:4]] + ([digits[4:]] if len(digits) > 4 else [])
    if not all(p.isdigit() for p in parts) or len(parts) not in (2, 3):
        return Problem("bad_date")
    if len(parts[0]) == 4:  # year first (ISO)
        parts = [parts[2], parts[1], parts[0]] if len(parts) == 3 else parts
    day, month = int(parts[0]), int(parts[1])
    year = int(parts[2]) if len(parts) == 3 else today.year
    if len(parts) == 3 and len(parts[2]) <= 2:
        year += 2000
    if len(parts) == 3 and len(parts[2]) == 3:
        return Problem("bad_year")
    try:
        return date(year, month, day)
    except ValueError:
        return Problem("no_such_date", f"{day:02d}/{month:02d}/{year}")


def parse_time(text: str) -> time | Problem:
    """A time from "9", "9h", "9h30", "09:30", "9.30", "930", "0930"; else what is wrong."""
    text = text.strip().lower().replace("h", ":")
    if not text:
        return Problem("no_time")
    parts = [p for p in re.split(r"[\s:.]+", text) if p]
    if len(parts) == 1 and parts[0].isdigit() and len(parts[0]) in (3, 4):
        parts = [parts[0][:-2], parts[0][-2:]]
    if not all(p.isdigit() for p in parts) or len(parts) not in (1, 2):
        return Problem("bad_time")
    hour, minute = int(parts[0]), int(parts[1]) if len(parts) == 2 else 0
    if hour > 23 or minute > 59:
        return Problem("no_such_time", f"{hour:02d}:{minute:02d}")
    return time(hour, minute)


translate = QCoreApplication.translate


class _TypedField(QWidget):
    """A line edit, and beside it what it reads as (or why it reads as nothing)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit()
        self.reading = QLabel()
        self.reading.setObjectName("fieldReading")
        layout.addWidget(self.edit)
        layout.addWidget(self.reading, 1)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self._read)
        self.edit.editingFinished.connect(self._tidy)

    def setAccessibleName(self, name: str) -> None:  # the box is what a screen reader reaches
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def problem(self) -> str:
        """What is wrong with what is typed, in the UI's language; "" when it reads well."""
        value = self._parse(self.edit.text())
        return self._say(value) if isinstance(value, Problem) else ""

    def _say(self, problem: Problem) -> str:
        texts = {
            "no_date": translate("TypedField", "Indiquez la date."),
            "bad_date": translate(
                "TypedField", "Date illisible : tapez jour, mois et année, ex. 15/06/2026."
            ),
            "bad_year": translate("TypedField", "Année illisible : tapez-la sur 4 chiffres."),
            "no_such_date": translate("TypedField", "Cette date n'existe pas : %s."),
            "no_time": translate("TypedField", "Indiquez l'heure."),
            "bad_time": translate(
                "TypedField", "Heure illisible : tapez par exemple 9:30 ou 14h00."
            ),
            "no_such_time": translate("TypedField", "Cette heure n'existe pas : %s."),
        }
        text = texts[problem.code]
        return text % problem.read if "%s" in text else text

    def _read(self) -> None:
        value = self._parse(self.edit.text())
        if isinstance(value, Problem):
            self.reading.setText("✖ " + self._say(value))
            self.reading.setStyleSheet("color: #8a1111; font-weight: 600;")
        else:
            text, warn = self._words(value)
            self.reading.setText(("⚠ " if warn else "") + text)
            self.reading.setStyleSheet("color: #6b4a00; font-weight: 600;" if warn else "")
        self.reading.setAccessibleName(self.reading.text())
        self.changed.emit()

    def _tidy(self) -> None:
        """Once typed, shown the usual way ("15.6.26" → "15/06/2026")."""
        value = self._parse(self.edit.text())
        if not isinstance(value, Problem):
            self.edit.setText(self._format(value))

    def _parse(self, text: str) -> object:
        raise NotImplementedError

    def _words(self, value: object) -> tuple[str, bool]:
        raise NotImplementedError

    def _format(self, value: object) -> str:
        raise NotImplementedError


class DateField(_TypedField):
    def __init__(self, parent: QWidget | None = None, today: date | None = None) -> None:
        self.today = today or date.today()
        super().__init__(parent)
        self.edit.setPlaceholderText(self.tr("jj/mm/aaaa"))
        self.edit.setMaxLength(12)

    def value(self) -> date | None:
        value = self._parse(self.edit.text())
        return None if isinstance(value, Problem) else value  # type: ignore[return-value]

    def set_value(self, day: date) -> None:
        self.edit.setText(self._format(day))

    def setDate(self, day: QDate) -> None:  # as QDateEdit
        self.set_value(date(day.year(), day.month(), day.day()))

    def _parse(self, text: str) -> object:
        return parse_date(text, self.today)

    def _format(self, value: object) -> str:
        assert isinstance(value, date)
        return value.strftime("%d/%m/%Y")

    def _words(self, value: object) -> tuple[str, bool]:
        assert isinstance(value, date)
        words = QLocale().toString(QDate(value.year, value.month, value.day), "dddd d MMMM yyyy")
        if abs((value - self.today).days) > FAR_DAYS:
            return self.tr("%s — loin d'aujourd'hui : vérifiez l'année") % words, True
        return words, False


class TimeField(_TypedField):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit.setPlaceholderText(self.tr("hh:mm"))
        self.edit.setMaxLength(8)
        self.edit.setMaximumWidth(self.edit.fontMetrics().horizontalAdvance("00:00:00") + 24)

    def value(self) -> time | None:
        value = self._parse(self.edit.text())
        return None if isinstance(value, Problem) else value  # type: ignore[return-value]

    def set_value(self, moment: time) -> None:
        self.edit.setText(self._format(moment))

    def setTime(self, moment: QTime) -> None:  # as QTimeEdit
        self.set_value(time(moment.hour(), moment.minute()))

    def _parse(self, text: str) -> object:
        return parse_time(text)

    def _format(self, value: object) -> str:
        assert isinstance(value, time)
        return value.strftime("%H:%M")

    def _words(self, value: object) -> tuple[str, bool]:
        return "", False
