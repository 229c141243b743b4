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


def test_the_file_dialogs_open_at_home_then_where_the_last_file_was_taken(
    qtbot, tmp_path, monkeypatch, office_exam
):
    """Review walk: they opened in the program's working folder, wherever it was started."""
    from pathlib import Path

    asked: list[str] = []
    first = next(iter(office_exam.values()))
    received = first.parent

    def files(parent, title, folder, *rest):  # noqa: ANN001
        asked.append(folder)
        return [str(first)], ""

    def save(parent, title, proposed, *rest):  # noqa: ANN001
        asked.append(proposed)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", files)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    window = OfficeWindow(paper_path=tmp_path / "pv-papier.json")
    qtbot.addWidget(window)
    window.ask_files()
    qtbot.waitUntil(lambda: bool(window.report.exams), timeout=10000)
    window.ask_files()
    window.ask_export(".csv")
    assert asked[0] == str(Path.home())
    assert asked[1] == str(received)
    assert Path(asked[2]).parent == received and asked[2].endswith(".csv")
