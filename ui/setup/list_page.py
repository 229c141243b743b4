"""Set-up, step 1: import the room's list through the importer's preview and mapping."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from invigilator.errors import InvigilatorError
from ui.bridge import SessionBridge
from ui.widgets.alert_label import AlertLabel
from ui.widgets.import_text import (
    FIELD_CAPTIONS,
    description_text,
    field_caption,
    import_error_text,
    problem_text,
)

NONE = "— aucune —"
PROBLEM_BACKGROUND = "#fbdada"
SHOWN_PROBLEMS = 5


def preview_lines(path: Path, sheet: str | None, header_line: int) -> list[int]:
    """The file lines of the preview's rows (the preview gives their cells only): the filled
    lines after the header, as the importer counts them in its problems."""
    from invigilator.importing.rows import filled
    from invigilator.importing.source import load_table

    table = load_table(path, sheet)
    return [line for line, cells in table.rows if line > header_line and filled(cells)]


class ListPage(QWizardPage):
    def __init__(self, bridge: SessionBridge) -> None:
        super().__init__()
        self.bridge = bridge
        self.preview = None
        self.path: Path | None = None
        self.lines: list[int] = []
        self.problems: list = []  # the importer's, for the file as mapped now
        self.imported_key: tuple | None = None  # what was last imported from this page
        self._initialized = False
        self._no_list_confirmed = False  # Suivant pressed once with no list: said
        self.setTitle(self.tr("1. Liste des candidats"))
        self.setSubTitle(
            self.tr("Importez la liste transmise par le service des examens (CSV, XLSX, XLS, ODS).")
        )
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.file = QLineEdit()
        self.file.setReadOnly(True)
        self.file.setAccessibleName(self.tr("Fichier de la liste"))
        choose = QPushButton(self.tr("&Choisir le fichier…"))
        choose.setAccessibleName(self.tr("Choisir le fichier de la liste"))
        choose.clicked.connect(self.choose)
        row.addWidget(self.file, 1)
        row.addWidget(choose)
        layout.addLayout(row)
        self.current = QLabel()
        self.current.setAccessibleName(self.tr("Liste actuelle"))
        layout.addWidget(self.current)

        form = QFormLayout()
        self.sheet = QComboBox()
        self.sheet.setAccessibleName(self.tr("Feuille du classeur"))
        self.sheet.activated.connect(lambda _: self.load(self.path, self.sheet.currentText()))
        self.room = QComboBox()
        self.room.setAccessibleName(self.tr("Salle à importer"))
        self.room.activated.connect(lambda _: self.check())
        form.addRow(self.tr("Feuille :"), self.sheet)
        form.addRow(self.tr("Salle :"), self.room)
        layout.addLayout(form)

        self.mapping_grid = QGridLayout()
        self.mapping: dict[str, QComboBox] = {}
        layout.addLayout(self.mapping_grid)
        self.table = QTableWidget()
        self.table.setAccessibleName(self.tr("Aperçu de la liste"))
        self.table.setMinimumHeight(160)
        layout.addWidget(self.table, 1)

        photos = QHBoxLayout()
        self.photos = QLineEdit()
        self.photos.setReadOnly(True)
        self.photos.setAccessibleName(self.tr("Dossier des photos"))
        photos_button = QPushButton(self.tr("Dossier des &photos…"))
        photos_button.setAccessibleName(self.tr("Choisir le dossier des photos"))
        photos_button.clicked.connect(self.choose_photos)
        photos.addWidget(QLabel(self.tr("Photos (facultatif) :")))
        photos.addWidget(self.photos, 1)
        photos.addWidget(photos_button)
        layout.addLayout(photos)
        self.message = AlertLabel()
        layout.addWidget(self.message)

    def initializePage(self) -> None:
        if not self.pending():
            self.photos.setText(self.bridge.state.photo_folder)
        self._initialized = True
        info = self.bridge.state.list_import
        if info:
            self.current.setText(
                self.tr("Liste importée : %s (%d candidats, salle %s).")
                % (info.get("source_name"), info.get("count", 0), info.get("room") or "—")
            )
        else:
            self.current.setText(self.tr("Aucune liste importée pour l'instant."))

    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Liste des candidats"), str(Path.home()),
            self.tr("Listes (*.csv *.tsv *.txt *.xlsx *.xls *.ods);;Tous les fichiers (*)"),
        )  # fmt: skip
        if path:
            self.load(Path(path))

    def choose_photos(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Dossier des photos"))
        if folder:
            self.photos.setText(folder)

    def load(self, path: Path | None, sheet: str | None = None) -> bool:
        """Preview a list file; the mapping can then be corrected before the import."""
        if path is None:
            return False
        from invigilator.importing import FIELDS, ListImportError, preview_list

        try:
            preview = preview_list(path, sheet=sheet)
        except ListImportError as error:
            self.message.show_message("error", import_error_text(error))
            return False
        except OSError as error:
            self.message.show_message(
                "error", self.tr("Impossible de lire %s : %s") % (path, error.strerror)
            )
            return False
        self.path, self.preview = Path(path), preview
        self.file.setText(str(path))
        self.sheet.clear()
        self.sheet.addItems(preview.sheets)
        if preview.sheet:
            self.sheet.setCurrentText(preview.sheet)
        self.sheet.setEnabled(len(preview.sheets) > 1)
        self.room.clear()
        self.room.addItems(preview.rooms or [self.tr("(toute la liste)")])
        exam = self.bridge.state.exam
        if exam and exam.room in preview.rooms:
            self.room.setCurrentText(exam.room)
        self.room.setEnabled(len(preview.rooms) > 1)
        self._fill_mapping(FIELDS, preview.header, preview.mapping)
        try:
            self.lines = preview_lines(path, preview.sheet, preview.header_line)
        except (ListImportError, OSError):
            self.lines = []
        self.table.clear()
        self.table.setColumnCount(len(preview.header))
        self.table.setRowCount(len(preview.rows))
        self.table.setHorizontalHeaderLabels(preview.header)
        # Rows numbered by their line in the file, as the problems cite them.
        self.table.setVerticalHeaderLabels([str(line) for line in self.lines[: len(preview.rows)]])
        for r, cells in enumerate(preview.rows):
            for c, value in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.check()
        return True

    def check(self) -> list:
        """Read the whole list as mapped now, without importing it: show its problems, mark
        the preview's rows they cite, and never a ✔ while there is one."""
        if self.path is None or self.preview is None:
            return []
        from invigilator.importing import ListImportError, read_list

        exam = self.bridge.state.exam
        try:
            read_list(
                self.path, sheet=self.sheet.currentText() or None, room=self._room(),
                mapping=self.chosen_mapping(),
                duration_minutes=exam.duration_minutes if exam else None,
            )  # fmt: skip
            self.problems = []
        except ListImportError as error:
            self.problems = list(error.problems)
        except OSError:
            self.problems = []
        self._mark_rows()
        preview = self.preview
        if self.problems:
            count = len(self.problems)
            head = (self.tr("1 problème dans la liste") if count == 1
                    else self.tr("%d problèmes dans la liste") % count)  # fmt: skip
            lines = [head + self.tr(" : rien ne sera importé tant qu'il en reste "
                                    "(numéros de ligne du fichier, marqués ⚠ dans l'aperçu).")]  # fmt: skip
            lines += [f"• {problem_text(p)}" for p in self.problems[:SHOWN_PROBLEMS]]
            if count > SHOWN_PROBLEMS:
                lines.append(self.tr("… et %d autre(s).") % (count - SHOWN_PROBLEMS))
            self.message.show_message("error", "\n".join(lines))
            return self.problems
        kind = "ok" if preview.confident else "warning"
        note = description_text(
            preview.description, preview.description_code, preview.description_params
        )
        if not preview.confident:
            note += " " + self.tr("Vérifiez la correspondance des colonnes.")
        self.message.show_message(kind, note.strip() or self.tr("Liste lue."))
        return self.problems

    def _mark_rows(self) -> None:
        by_line: dict[int, list[str]] = {}
        for problem in self.problems:
            if problem.line is not None:
                by_line.setdefault(problem.line, []).append(problem_text(problem))
        for row in range(self.table.rowCount()):
            line = self.lines[row] if row < len(self.lines) else None
            found = by_line.get(line) if line is not None else None
            for column in range(self.table.columnCount()):
                item = self.table.item(row, column)
                if item is None:
                    item = QTableWidgetItem("")
                    self.table.setItem(row, column, item)
                item.setBackground(QColor(PROBLEM_BACKGROUND) if found else QBrush())
                item.setToolTip("\n".join(found) if found else "")
            header = self.table.verticalHeaderItem(row)
            if header is not None:
                header.setText(f"⚠ {line}" if found else str(line))
                header.setToolTip("\n".join(found) if found else "")

    def _room(self) -> str | None:
        return self.room.currentText() if self.preview is not None and self.preview.rooms else None

    def _key(self) -> tuple:
        sha = self.preview.sha256 if self.preview is not None else None
        return (
            sha,
            self.sheet.currentText(),
            self._room(),
            tuple(sorted(self.chosen_mapping().items())),
        )

    def pending(self) -> bool:
        """A list previewed and not imported as mapped now, or a photo folder not recorded."""
        if self.preview is not None and self._key() != self.imported_key:
            return True
        return self._initialized and self.photos.text() != self.bridge.state.photo_folder

    def _fill_mapping(
        self, fields: dict[str, str], header: list[str], mapping: dict[str, int]
    ) -> None:
        while self.mapping_grid.count():
            item = self.mapping_grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.mapping.clear()
        for i, (key, label) in enumerate(fields.items()):
            label = field_caption(key) if key in FIELD_CAPTIONS else label
            combo = QComboBox()
            combo.addItem(self.tr(NONE), -1)
            for column, text in enumerate(header):
                combo.addItem(f"{column + 1}. {text}", column)
            combo.setCurrentIndex(mapping.get(key, -1) + 1)
            combo.activated.connect(lambda _: self.check())
            combo.setAccessibleName(self.tr("Colonne pour %s") % label)
            self.mapping[key] = combo
            caption = QLabel(self.tr("%s :") % label)
            caption.setBuddy(combo)
            self.mapping_grid.addWidget(caption, i // 2, (i % 2) * 2)
            self.mapping_grid.addWidget(combo, i // 2, (i % 2) * 2 + 1)

    def chosen_mapping(self) -> dict[str, int]:
        return {k: c.currentData() for k, c in self.mapping.items() if c.currentData() >= 0}

    def validatePage(self) -> bool:
        """Suivant records what this page holds: the photo folder, and the list as mapped."""
        if self.photos.text() != self.bridge.state.photo_folder:
            try:
                self.bridge.run(self.bridge.session.set_photo_folder, self.photos.text() or None)
            except InvigilatorError as error:
                self.message.show_message("error", str(error))
                return False
            self.photos.setText(self.bridge.state.photo_folder)  # as recorded (resolved)
        if self.path is None or self.preview is None:
            if self.bridge.state.candidates or self._no_list_confirmed:
                return True  # keep the list already imported (or none: hand additions only)
            # A room without a list is possible (hand additions only), never by accident:
            # the first Suivant says so, the second goes on.
            self._no_list_confirmed = True
            self.message.show_message("warning", self.tr(
                "Aucune liste importée : choisissez le fichier de la liste. Sans liste, chaque "
                "candidat devra être ajouté à la main ; Suivant de nouveau pour continuer ainsi."))  # fmt: skip
            return False
        if self.imported_key == self._key():
            return True
        from invigilator.importing import ListImportError, read_list

        exam = self.bridge.state.exam
        try:
            imported = read_list(
                self.path, sheet=self.sheet.currentText() or None, room=self._room(),
                mapping=self.chosen_mapping(),
                duration_minutes=exam.duration_minutes if exam else None,
            )  # fmt: skip
            self.bridge.run(self.bridge.session.import_list, imported)
        except ListImportError as error:
            self.problems = list(error.problems)
            self._mark_rows()
            self.message.show_message("error", import_error_text(error))
            return False
        except InvigilatorError as error:
            self.message.show_message("error", str(error))
            return False
        self.imported_key = self._key()
        self.imported = imported
        self.message.show_message(
            "ok", self.tr("%d candidats importés.") % len(imported.candidates)
        )
        return True
