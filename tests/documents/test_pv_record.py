"""Issue #10: what issue #9 added to the record has its own place in the PV and the sheet —
addenda after the signatures, clock jumps, an exam not held, emergency departures,
instructions read late, the exam amended and the start corrected with the decisions changed."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest
from documents_helpers import flat, needs_poppler, pdf_text

from invigilator.clock import ManualClock
from invigilator.demo import create_demo_room, demo_signature
from invigilator.documents.export import export_pdf
from invigilator.room.commands import local_time

pytestmark = needs_poppler
M = timedelta(minutes=1)


@pytest.fixture(scope="module")
def eventful(tmp_path_factory):
    """A sitting with every kind #9 added, sealed; returns (path, facts for the asserts)."""
    path = tmp_path_factory.mktemp("eventful") / "room.invigilator"
    rng = random.Random(9)
    clock = ManualClock(datetime(2026, 6, 15, 7, 0, tzinfo=UTC))
    session = create_demo_room(path, candidates=8, clock=clock, duration_minutes=120)
    ids = list(session.state.candidates)
    lead, second = session.state.invigilators
    for student_id in ids[:6]:
        clock.advance(seconds=20)
        session.check_in(student_id, id_document="passeport", signature=demo_signature(rng))
    clock.advance(minutes=1)
    session.start_exam()
    start = session.state.started_at
    clock.advance(minutes=5)
    session.read_instructions()  # after the start
    clock.advance(minutes=10)
    session.check_in(ids[6], id_document="passeport", signature=demo_signature(rng))
    clock.advance(minutes=1)
    session.correct_start(start - 10 * M, note="début réel noté au tableau", accept_changes=True)
    changed = session.events()[-1].payload["changed_decisions"]
    clock.advance(minutes=5)
    exam = session.state.exam._replace(duration_minutes=150)
    session.amend_exam(exam, "30 minutes accordées par le service des examens")
    wall = clock.now() + timedelta(hours=2)
    clock.set_wall(wall)  # the computer's clock jumps two hours ahead
    session.observe("Chauffage coupé.")
    clock.set_wall(clock.now() - timedelta(hours=2))
    clock.advance(minutes=50)
    session.temporary_exit(ids[1], escort=second, emergency=True, note="malaise")
    clock.advance(minutes=5)
    session.emergency_departure(ids[1], note="évacuée par les pompiers", paper_handed_in=False)
    clock.advance(minutes=5)
    session.emergency_departure(ids[2], note="appel de la crèche", paper_handed_in=True, sheets=2,
                                escort="agent d'accueil", escort_outside=True)  # fmt: skip
    clock.advance(minutes=120)
    for student_id, entry in list(session.state.candidates.items()):
        if entry.status.value == "present":
            clock.advance(seconds=10)
            session.hand_in(student_id, sheets=1, signature=demo_signature(rng))
    session.sign_pv({lead: demo_signature(rng), second: demo_signature(rng)})
    clock.advance(minutes=20)
    session.add_addendum("Copie de M. X retrouvée sous une table, remise au service.")
    session.seal()
    names = {i: session.state.candidates[i].candidate.display_name for i in ids}
    session.close()
    out = path.with_suffix(".pdf")
    export_pdf(path, out)
    return out, {"start": start, "changed": changed, "ids": ids, "names": names, "lead": lead}


def pv_pages(pdf) -> str:
    pages = pdf_text(pdf)
    return flat(" ".join(p for p in pages if "DÉROULEMENT" in p.upper()))


def test_addenda_print_after_the_signatures_in_their_own_section(eventful):
    pdf, facts = eventful
    text = pv_pages(pdf)
    signatures = text.index("Signatures des surveillants (4.5)")
    addenda = text.index("Ajouts postérieurs à la signature")
    assert signatures < addenda < text.index("Empreinte finale du journal")
    section = text[addenda:]
    assert "Copie de M. X retrouvée sous une table" in section
    assert facts["lead"] in section  # the author
    assert "les signatures ci-dessus ne les couvrent pas" in section


def test_clock_jumps_show_the_computers_time_beside_the_sessions(eventful):
    text = pv_pages(eventful[0])
    assert "horloge de l'ordinateur modifiée" in text
    assert "l'ordinateur en avance de 2 h" in text
    assert "la session a gardé son heure" in text


def test_instructions_read_after_the_start_say_so(eventful):
    text = pv_pages(eventful[0])
    assert "APRÈS LE DÉBUT DE L'ÉPREUVE (5 min après le début)" in text


def test_exam_amendment_and_start_correction_with_the_decisions_they_changed(eventful):
    pdf, facts = eventful
    text = pv_pages(pdf)
    assert "Modifications après le début" in text
    assert "durée : 2 h → 2 h 30" in text
    assert "30 minutes accordées par le service des examens" in text
    start = facts["start"]
    assert f"Heure de début corrigée : {local_time(start)} → {local_time(start - 10 * M)}" in text
    assert facts["changed"] and all(flat(line) in text for line in facts["changed"])


def test_emergency_departures_with_escort_and_paper(eventful):
    pdf, facts = eventful
    text = pv_pages(pdf)
    ids, names = facts["ids"], facts["names"]
    assert "départ d'urgence sans retour (après une sortie temporaire)" in text
    assert "copie NON remise" in text and "évacuée par les pompiers" in text
    assert "agent d'accueil (personne extérieure à la salle)" in text
    assert "copie remise (2 interc.)" in text
    assert "sortie temporaire d'urgence" in text
    assert names[ids[1]] in text and names[ids[2]] in text
    assert "Autres mentions" not in text
    # The counts add up with them: a paper handed in on leaving counts as collected.
    assert "Partis en urgence sans remettre de copie 1" in text
    assert "dont remises lors d'une sortie d'urgence 1" in text
    assert "Autres présents sans copie" not in text
    assert f"Présent(e) sans copie recueillie : {names[ids[2]]}" not in text


def test_the_attendance_row_of_an_emergency_departure(eventful):
    pages = pdf_text(eventful[0])
    sheet = flat(" ".join(p for p in pages if "ÉMARGEMENT" in p.upper()))
    assert "urgence copie non remise" in sheet
    assert "urgence copie remise 2 interc." in sheet
    assert "sans retour urgence" in sheet


def test_an_exam_not_held_says_so_first_with_its_reason(tmp_path):
    clock = ManualClock(datetime(2026, 6, 15, 7, 0, tzinfo=UTC))
    path = tmp_path / "room.invigilator"
    session = create_demo_room(path, candidates=3, clock=clock)
    first = list(session.state.candidates)[0]
    session.check_in(first, id_document="passeport", signature=demo_signature(random.Random(1)))
    clock.advance(minutes=30)
    session.seal(not_held="Sujets non parvenus au centre.")
    session.close()
    out = tmp_path / "pv.pdf"
    export_pdf(path, out, parts=["pv"])
    first_page = flat(pdf_text(out)[0])
    assert "ÉPREUVE NON TENUE" in first_page
    assert first_page.index("ÉPREUVE NON TENUE") < first_page.index("1. L'épreuve")
    assert "Motif : Sujets non parvenus au centre." in first_page
    assert "Début effectif ÉPREUVE NON TENUE — Sujets non parvenus" in first_page
    assert "Émargé(e) avant la décision de ne pas tenir l'épreuve" in first_page
    assert "Présent(e) sans copie recueillie" not in first_page


def test_odd_payloads_of_the_new_kinds_still_print(eventful, tmp_path):
    """A file edited elsewhere: numbers as text, lists as numbers. The PV prints, as a draft."""
    import shutil

    from documents_helpers import rewrite_and_rechain

    source = eventful[0].with_suffix(".invigilator")
    path = tmp_path / "edited.invigilator"
    shutil.copy(source, path)
    rewrite_and_rechain(path, "emergency_departure", '"sheets":2', '"sheets":"deux"')
    rewrite_and_rechain(path, "start_corrected", '"changed_decisions":[', '"x":[')
    rewrite_and_rechain(path, "start_corrected", '"note":', '"changed_decisions":7,"note":')
    rewrite_and_rechain(path, "exam_amended", '"previous":{', '"previous":5,"p":{')
    rewrite_and_rechain(path, "clock_jumped", '"offset_s":', '"offset_s":"?","o":')
    out = tmp_path / "pv.pdf"
    export_pdf(path, out, parts=["pv"], draft=True)
    text = pv_pages(out)
    assert "copie remise (0 interc.)" in text
    # The values the fold refuses (changed_decisions: 7) are left out of the draft's events,
    # as of the room's state (attack on the record); the event itself still prints.
    assert "Heure de début corrigée" in text and "• 7" not in text
    assert "Épreuve modifiée après le début" in text
