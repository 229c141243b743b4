"""Set-up, optional step: the second medium (a USB stick) that keeps a whole copy of the session.

The same command as Fichier › Copie continue sur un second support… (`set_mirror`), with its
checks: the folder must exist and be another folder than the session file's. The copy is made
at once (the choice is itself recorded): the page says whether it could be, and where.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from invigilator.errors import InvigilatorError
from ui.bridge import SessionBridge
from ui.widgets.alert_label import AlertLabel
from ui.widgets.domain_text import error_text


class MirrorPage(QWizardPage):
    def __init__(self, bridge: SessionBridge) -> None:
        super().__init__()
        self.bridge = bridge
        self.setTitle(self.tr("4. Second support (facultatif)"))
        self.setSubTitle(self.tr(
            "Une clé USB garde une copie complète de la session, mise à jour après chaque "
            "enregistrement : si l'ordinateur tombe en panne, la copie s'ouvre sur un autre."
        ))  # fmt: skip
        layout = QVBoxLayout(self)
        self.current = QLabel()
        self.current.setWordWrap(True)
        self.current.setAccessibleName(self.tr("Second support choisi"))
        layout.addWidget(self.current)
        buttons = QHBoxLayout()
        self.choose_button = QPushButton(self.tr("&Choisir le dossier du second support…"))
        self.choose_button.setAccessibleName(self.tr("Choisir le dossier du second support"))
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self.ask_folder)
        self.stop_button = QPushButton(self.tr("&Arrêter la copie"))
        self.stop_button.setAccessibleName(self.tr("Arrêter la copie sur le second support"))
        self.stop_button.setAutoDefault(False)
        self.stop_button.clicked.connect(lambda: self.choose(""))
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.stop_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.message = AlertLabel()
        layout.addWidget(self.message)
        note = QLabel(self.tr(
            "Étape facultative : Suivant passe sans second support. Le choix se modifie aussi "
            "plus tard depuis le menu Fichier."
        ))  # fmt: skip
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addStretch(1)

    def pending(self) -> bool:
        return False  # a folder chosen is recorded at once

    def initializePage(self) -> None:
        self.message.clear_message()
        self._show_current()

    def _show_current(self) -> None:
        state = self.bridge.state
        folder = state.mirror_folder
        self.current.setText(
            self.tr("Copie continue sur : %s") % folder
            if folder
            else self.tr("Aucun second support : la session n'est que sur cet ordinateur.")
        )
        # As the Fichier menu: not once the PV is signed, nor on a file opened read-only.
        writable = not self.bridge.session.read_only and state.pv_signed is None
        self.choose_button.setEnabled(writable)
        self.stop_button.setEnabled(writable and bool(folder))

    def ask_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Second support (clé USB) : dossier de la copie continue")
        )
        if folder:
            self.choose(folder)

    def choose(self, folder: str) -> bool:
        """Keep the copy in `folder` from now on ("" to stop); False, with the reason shown,
        when the folder is refused or the copy cannot be written there."""
        session = self.bridge.session
        try:
            self.bridge.run(session.set_mirror, folder or None)
        except InvigilatorError as error:
            self.message.show_message("error", error_text(error))
            self._show_current()
            return False
        self._show_current()
        if not folder:
            self.message.show_message("ok", self.tr("Copie sur le second support arrêtée."))
            return True
        problem = session.safekeeping.problem
        copy = Path(session.state.mirror_folder) / session.path.name
        if problem or not copy.is_file():
            self.message.show_message("error", self.tr(
                "Le dossier est retenu, mais la copie n'a pas pu y être écrite : %s. Vérifiez la "
                "clé (branchée, non protégée en écriture) ; la copie sera retentée à chaque "
                "enregistrement."
            ) % (problem or copy))  # fmt: skip
            return False
        self.message.show_message("ok", self.tr(
            "Copie continue de la session sur %s : après chaque enregistrement, la copie et "
            "son journal d'ancrage y sont mis à jour."
        ) % session.state.mirror_folder)  # fmt: skip
        return True
