"""The documents from the app (#10): written at the seal beside the session file, exported at
any time from the File menu (a draft before the seal), the blank sheet from the set-up."""

from __future__ import annotations

import os
import random
import subprocess
from datetime import timedelta

from PySide6.QtWidgets import QFileDialog
from uihelpers import draw_signature, wait_dialog

from invigilator.demo import demo_signature
from ui.dialogs import pdf_export
from ui.dialogs.pv import ClosingDialog
from ui.setup.wizard import InstructionsPage, SetupWizard


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout


def start_and_hand_in_nobody(window, session, clock) -> None:
    session.start_exam()
    clock.advance(timedelta(minutes=241))
    window.bridge.roomChanged.emit()


def test_sealing_writes_the_pdf_beside_the_session_and_offers_it(
    qtbot, window, session, clock, monkeypatch
):
    start_and_hand_in_nobody(window, session, clock)
    window.record_actions.closing.trigger()
    closing = wait_dialog(qtbot, window, ClosingDialog)
    for box in closing.boxes:
        draw_signature(qtbot, box.pad)
    closing.sign.click()
    closing.seal()
    assert closing.pdf_job is not None
    closing.pdf_job.wait()
    pdf = session.path.with_suffix(".pdf")
    assert pdf.exists() and pdf.stat().st_mode & 0o777 == 0o600
    assert session.final_hash in pdf_text(pdf)
    assert closing.open_pdf_button.isEnabled() and closing.copy_pdf_button.isEnabled()
    assert str(pdf) in closing.pdf_label.text()
    opened = []
    monkeypatch.setattr(pdf_export, "open_pdf", lambda path: opened.append(path) or True)
    closing.open_pdf_button.click()
    assert opened == [pdf]
    copy = session.path.parent / "cle-usb" / "copie.pdf"
    copy.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))
    closing.copy_pdf_button.click()
    assert copy.read_bytes() == pdf.read_bytes() and str(copy) in closing.pdf_label.text()


def test_file_menu_exports_a_draft_before_the_seal(qtbot, window, session, tmp_path, monkeypatch):
    rng = random.Random(1)
    first = next(iter(session.state.candidates))
    session.check_in(first, id_document="passeport", signature=demo_signature(rng))
    target = tmp_path / "projet.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert window.room_actions.export_pdf in window.menuBar().actions()[0].menu().actions()
    window.room_actions.export_pdf.trigger()
    window.room_actions.pdf_job.wait()
    assert "PROJET — NON SCELLÉ" in pdf_text(target)
    assert "Projet de procès-verbal enregistré" in window.alert.text()


def test_a_failed_export_is_said_on_the_alert_line(qtbot, window, tmp_path):
    job = window.room_actions.export_pdf_to(tmp_path / "absent" / "x.pdf")
    job.wait()
    assert "n'existe pas" in window.alert.text()


def test_the_set_up_offers_the_blank_sheet(qtbot, window, tmp_path, monkeypatch):
    window.room_actions.open_setup()
    wizard = wait_dialog(qtbot, window, SetupWizard)
    page = next(p for p in (wizard.page(i) for i in wizard.pageIds())
                if isinstance(p, InstructionsPage))  # fmt: skip
    target = tmp_path / "vierge.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.blank_sheet.click()
    page.pdf_job.wait()
    text = pdf_text(target)
    assert "Exemplaire papier de secours" in text and "A10" in text
    assert "Feuille d'émargement vierge enregistrée" in page.message.text()


def fake_spooler(tmp_path, monkeypatch, script: str):
    """An `lp` on PATH that records its arguments (this machine has no printer)."""
    folder = tmp_path / "bin"
    folder.mkdir()
    lp = folder / "lp"
    lp.write_text(f"#!/bin/sh\nprintf '%s\\n' \"$@\" > {tmp_path / 'lp-args'}\n{script}\n")
    lp.chmod(0o700)
    monkeypatch.setenv("PATH", f"{folder}:{os.environ['PATH']}")
    return tmp_path / "lp-args"


def test_printing_hands_the_pdf_to_the_chosen_printer_with_its_copies(
    qtbot, window, tmp_path, monkeypatch
):
    recorded = fake_spooler(tmp_path, monkeypatch, "exit 0")
    pdf = tmp_path / "-pv.pdf"  # a name starting with "-" must not read as an option
    pdf.write_bytes(b"%PDF-1.4\n")
    outcome = pdf_export.spool_pdf(window, pdf, "Salle-B204", 2)
    assert recorded.read_text().split("\n")[:-1] == ["-d", "Salle-B204", "-n", "2", "--", str(pdf)]
    assert outcome == "PDF envoyé à l'imprimante Salle-B204."


def test_a_refused_print_job_gives_the_spoolers_reason_and_the_way_out(
    qtbot, window, tmp_path, monkeypatch
):
    fake_spooler(
        tmp_path, monkeypatch, "echo 'lp: The printer or class does not exist.' >&2\nexit 1"
    )
    pdf = tmp_path / "pv.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    outcome = pdf_export.spool_pdf(window, pdf, "absente", 0)
    assert "The printer or class does not exist." in outcome
    assert "ouvrez le PDF et imprimez-le depuis la visionneuse" in outcome
