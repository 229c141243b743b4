"""A shutdown (SIGTERM) quits the app even while the set-up asks about unsaved entries."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

DRIVER = textwrap.dedent(
    """
    import os, signal, sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    import ui.app as app_module

    opened = app_module.App.open_session

    def open_session(self, session, **options):
        window = opened(self, session, **options)

        def unsaved_question():
            window.room_actions.open_setup()
            wizard = window.active_dialog
            wizard.next()  # the exam page, then something typed and not recorded
            wizard.exam_page.title.setText(wizard.exam_page.title.text() + " (modifié)")
            wizard.reject()  # "Les enregistrer avant de fermer ?"
            assert wizard.close_question is not None
            print("question shown", flush=True)
            QTimer.singleShot(200, lambda: os.kill(os.getpid(), signal.SIGTERM))

        QTimer.singleShot(300, unsaved_question)
        return window

    app_module.App.open_session = open_session
    sys.exit(app_module.main(["--demo", "--lang", "fr"]))
    """
)


def test_sigterm_quits_while_the_wizard_asks_about_unsaved_entries(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "INVIGILATOR_DATA_DIR": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", DRIVER], capture_output=True, text=True,
                          env=env, timeout=30, cwd=Path(__file__).resolve().parents[3])  # fmt: skip
    assert "question shown" in done.stdout, done.stderr
    assert done.returncode == 0, done.stderr
