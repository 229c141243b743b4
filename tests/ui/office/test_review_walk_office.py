"""Review walk under Xvfb: the office view with nothing loaded yet."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog

from ui.office.office_window import OfficeWindow


def test_an_export_with_nothing_loaded_says_so_before_asking_for_a_file(
    qtbot, tmp_path, monkeypatch
):
    # "Exporter CSV…" on an empty view asked where to save, then said "Rien à exporter".
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: asked.append(a) or ("", ""))
    window = OfficeWindow(paper_path=tmp_path / "pv-papier.json")
    qtbot.addWidget(window)
    for suffix in (".csv", ".xlsx", ".pdf"):
        window.ask_export(suffix)
        assert asked == []
        assert "Rien à exporter" in window.message.text()
