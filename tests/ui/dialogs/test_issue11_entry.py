"""Issue #11, items 1, 2 and 8: who may enter here, and on which ID — through the widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from uihelpers import draw_signature, type_text, wait_dialog

from invigilator.record.events import EventKind
from invigilator.room.session import RoomSession
from invigilator.room.state import Status
from invigilator.room.summary import summarise
from ui.dialogs.addition import AdditionDialog
from ui.dialogs.checkin import CheckInDialog


def scan(qtbot, window, text: str) -> None:
    """What a barcode scanner does: the digits, then Enter (one interaction)."""
    window.scan.clear()
    type_text(qtbot, window.scan, text)
    qtbot.keyClick(window.scan, Qt.Key.Key_Return)


def other_room_candidate(session: RoomSession):
    return next(iter(session.state.others.values()))


def kinds(session: RoomSession) -> list[EventKind]:
    return [e.kind for e in session.events()]


# -- 1. a candidate expected in another room ---------------------------------------------------


def test_issue11_1_a_number_from_another_room_says_where_and_offers_a_decided_addition(
    qtbot, window, session
):
    other = other_room_candidate(session)
    scan(qtbot, window, other.student_id)
    assert "attendu(e) en salle 17.1.04" in window.alert.text()
    assert window.alert_action.isVisible()  # F8: a decision, not a dead end


def test_issue11_1_a_name_from_another_room_says_where(qtbot, window, session):
    other = other_room_candidate(session)
    scan(qtbot, window, other.last_name + " " + other.first_name)
    assert "attendu(e) en salle 17.1.04" in window.alert.text()
    assert other.student_id in window.alert.text()
    assert "Aucun candidat ne correspond" not in window.alert.text()


def test_issue11_1_f8_with_a_number_from_another_room_needs_a_decision_with_its_reason(
    qtbot, window, session
):
    other = other_room_candidate(session)
    scan(qtbot, window, other.student_id)
    qtbot.keyClick(window, Qt.Key.Key_F8)
    dialog = wait_dialog(qtbot, window, AdditionDialog)
    assert "attendu(e) en salle 17.1.04" in dialog.known.text()
    assert dialog.last_name.text() == other.last_name  # the list's own spelling
    draw_signature(qtbot, dialog.signature.pad)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.isVisible() and "cochez" in dialog.error.text()
    dialog.admit_here.setChecked(True)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.isVisible() and "motif de la décision" in dialog.error.text()
    assert other.student_id not in session.state.candidates  # nothing recorded yet
    type_text(qtbot, dialog.decision_reason, "envoyé par le service des examens")
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.active_dialog is None, timeout=2000)

    added = session.events()[-2]
    assert added.kind is EventKind.CANDIDATE_ADDED
    assert added.payload["expected_in"] == "17.1.04"
    assert added.payload["elsewhere_decision"] == "envoyé par le service des examens"
    assert session.state.candidates[other.student_id].status is Status.PRESENT
    assert added.payload["candidate"]["room"] == "17.1.04"  # as the office listed them
    row = window.model.row_of(other.student_id)
    assert "attendu(e) en salle 17.1.04" in window.model.index(row, window.model.ADDED).data()


def test_issue11_1_the_domain_refuses_an_undecided_addition_of_another_rooms_candidate(session):
    from invigilator.errors import InvalidInput

    other = other_room_candidate(session)
    seen = session.state.last_seq
    try:
        session.add_candidate(other, reason="absent(e) de la liste")
    except InvalidInput as error:
        assert "attendu(e) en salle 17.1.04" in str(error)
        assert error.code == "other_room_needs_decision" and error.params["room"] == "17.1.04"
    else:
        raise AssertionError("added without a decision")
    assert session.state.last_seq == seen  # nothing recorded


# -- 2. F8 with a number already on this room's list -------------------------------------------


def test_issue11_2_f8_with_a_listed_number_opens_the_ordinary_check_in_and_keeps_the_signature(
    qtbot, window, session
):
    student_id = next(iter(session.state.candidates))
    seen = len(session.events())
    qtbot.keyClick(window, Qt.Key.Key_F8)
    dialog = wait_dialog(qtbot, window, AdditionDialog)
    type_text(qtbot, dialog.student_id, student_id)
    assert "sur la liste de cette salle" in dialog.known.text()
    draw_signature(qtbot, dialog.signature.pad)
    drawn = dialog.signature.signature()
    dialog.confirm.click()
    check_in = wait_dialog(qtbot, window, CheckInDialog)
    assert check_in.entry.student_id == student_id
    assert check_in.signature.signature().strokes == drawn.strokes  # nothing lost
    assert len(session.events()) == seen  # nothing recorded, no "Action refusée"
    qtbot.keyClick(check_in, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.active_dialog is None, timeout=2000)
    assert session.state.candidates[student_id].status is Status.PRESENT
    assert EventKind.COMMAND_REFUSED not in kinds(session)


def test_issue11_2_f8_with_the_number_of_someone_who_signed_says_so(qtbot, window, session):
    from invigilator.demo import demo_signature

    student_id = next(iter(session.state.candidates))
    import random

    session.check_in(
        student_id, id_document="passeport", signature=demo_signature(random.Random(1))
    )
    seen = len(session.events())
    qtbot.keyClick(window, Qt.Key.Key_F8)
    dialog = wait_dialog(qtbot, window, AdditionDialog)
    type_text(qtbot, dialog.student_id, student_id)
    assert "a déjà émargé" in dialog.known.text()
    dialog.confirm.click()
    assert dialog.isVisible() and "rien n'a été enregistré" in dialog.error.text()
    assert len(session.events()) == seen


def test_issue11_2_the_domain_records_no_refusal_for_a_listed_number(session):
    from invigilator.errors import CommandRefused, InvalidInput

    listed = next(iter(session.state.candidates.values())).candidate
    seen = session.state.last_seq
    try:
        session.add_candidate(listed, reason="absent(e) de la liste")
    except CommandRefused:
        raise AssertionError("a mistake recorded as a refusal") from None
    except InvalidInput as error:
        assert error.code == "already_listed"
    assert session.state.last_seq == seen


def test_issue11_2_f8_after_scanning_a_listed_number_opens_its_check_in(qtbot, window, session):
    student_id = next(iter(session.state.candidates))
    window.scan.setText(student_id)
    window.table.clearSelection()
    qtbot.keyClick(window, Qt.Key.Key_F8)
    dialog = wait_dialog(qtbot, window, CheckInDialog)
    assert dialog.entry.student_id == student_id


# -- 8. the ID check made explicit ------------------------------------------------------------


def test_issue11_8_scan_sign_confirm_with_the_usual_id_and_the_button_names_it(
    qtbot, window, session
):
    first, second = list(session.state.candidates)[:2]
    # 1. scan (the scanner types the digits and Enter)
    scan(qtbot, window, first)
    dialog = wait_dialog(qtbot, window, CheckInDialog)
    assert "carte d'identité" in dialog.confirm.text()  # the decision, on the button pressed
    # 2. sign; 3. confirm
    draw_signature(qtbot, dialog.signature.pad)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.active_dialog is None, timeout=2000)
    assert session.state.candidates[first].id_document == "carte d'identité"

    # Another document is one key; then it is the usual one for the next candidate.
    scan(qtbot, window, second)
    dialog = wait_dialog(qtbot, window, CheckInDialog)
    qtbot.keyClick(dialog, Qt.Key.Key_2)
    assert "passeport" in dialog.confirm.text()
    draw_signature(qtbot, dialog.signature.pad)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.active_dialog is None, timeout=2000)
    assert session.state.candidates[second].id_document == "passeport"
    third = list(session.state.candidates)[2]
    scan(qtbot, window, third)
    dialog = wait_dialog(qtbot, window, CheckInDialog)
    assert "passeport" in dialog.confirm.text()


def test_issue11_8_another_document_is_named(qtbot, window, session):
    student_id = next(iter(session.state.candidates))
    scan(qtbot, window, student_id)
    dialog = wait_dialog(qtbot, window, CheckInDialog)
    qtbot.keyClick(dialog, Qt.Key.Key_5)
    draw_signature(qtbot, dialog.signature.pad)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.isVisible() and "Précisez" in dialog.error.text()
    type_text(qtbot, dialog.id_check.detail, "carte d'étudiant")
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.active_dialog is None, timeout=2000)
    assert session.state.candidates[student_id].id_document == "autre : carte d'étudiant"


def test_issue11_8_without_an_id_the_candidate_is_admitted_flagged_and_counted(
    qtbot, window, session
):
    student_id = next(iter(session.state.candidates))
    scan(qtbot, window, student_id)
    dialog = wait_dialog(qtbot, window, CheckInDialog)
    qtbot.keyClick(dialog, Qt.Key.Key_6)
    assert "procès-verbal" in dialog.id_check.note.text()
    assert "sans pièce" in dialog.confirm.text()
    draw_signature(qtbot, dialog.signature.pad)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.isVisible()  # a decision needs its reason
    type_text(qtbot, dialog.id_check.detail, "identité confirmée par l'enseignant")
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.active_dialog is None, timeout=2000)
    entry = session.state.candidates[student_id]
    assert entry.status is Status.PRESENT
    assert entry.id_document == "sans pièce d'identité : identité confirmée par l'enseignant"
    assert summarise(session)["without_id"] == 1
    row = window.model.row_of(student_id)
    assert "sans pièce" in window.model.index(row, 0).data()  # flagged in the table


def test_issue11_8_the_domain_refuses_a_bare_no_id(session):
    import random

    from invigilator.demo import demo_signature
    from invigilator.errors import InvalidInput
    from invigilator.room.commands import ID_NONE

    student_id = next(iter(session.state.candidates))
    try:
        session.check_in(student_id, id_document=ID_NONE,
                         signature=demo_signature(random.Random(2)))  # fmt: skip
    except InvalidInput as error:
        assert error.code == "id_none_unexplained"
    else:
        raise AssertionError("admitted without an ID and without a reason")


def test_issue11_8_and_1_the_record_for_the_pv_names_both_decisions(qtbot, window, session):
    import random

    from invigilator.demo import demo_signature
    from ui.dialogs.record import RecordListDialog

    rng = random.Random(3)
    student_id = next(iter(session.state.candidates))
    session.check_in(student_id, id_document="sans pièce d'identité : vu par l'enseignant",
                     signature=demo_signature(rng))  # fmt: skip
    other = other_room_candidate(session)
    session.add_candidate(other, reason="absent(e) de la liste", id_document="passeport",
                          signature=demo_signature(rng), elsewhere_decision="envoyé par le SE")  # fmt: skip
    dialog = RecordListDialog(session, window)
    qtbot.addWidget(dialog)
    rows = dialog.texts()
    assert any(r[1] == "Entrée sans pièce d'identité" and "vu par l'enseignant" in r[2]
               for r in rows), rows  # fmt: skip
    assert any("attendu(e) en salle 17.1.04" in r[1] and r[2] == "envoyé par le SE"
               for r in rows), rows  # fmt: skip


def test_issue11_8_a_card_scanned_into_the_open_check_in_does_not_change_the_id(
    qtbot, window, session, monkeypatch
):
    from ui.widgets import dialog_parts

    monkeypatch.setattr(dialog_parts, "SCANNER_GAP", 0.5)  # a loaded machine is slow too
    first, second = list(session.state.candidates)[:2]
    scan(qtbot, window, first)
    dialog = wait_dialog(qtbot, window, CheckInDialog)
    qtbot.keyClick(dialog, Qt.Key.Key_2)  # the invigilator's choice: passport
    qtbot.wait(700)  # a person's pace, then a scan
    type_text(qtbot, dialog, second)  # then the next card, typed by the scanner at once
    assert dialog.id_check.choice() == "passeport"
