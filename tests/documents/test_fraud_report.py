"""Issue #10 (4.6.2): a fraud report says the nature of the fraud, how the seized items are
kept and by whom, and any other measure taken; the record checks them, old files stay valid."""

from __future__ import annotations

import random
from datetime import UTC, datetime

import pytest
from documents_helpers import flat, needs_poppler, pdf_text, rewrite_and_rechain

from invigilator.clock import ManualClock
from invigilator.demo import create_demo_room, demo_signature
from invigilator.documents.export import export_pdf
from invigilator.errors import InvalidInput
from invigilator.room.session import RoomSession

pytestmark = needs_poppler


@pytest.fixture
def room(tmp_path):
    clock = ManualClock(datetime(2026, 6, 15, 7, 0, tzinfo=UTC))
    session = create_demo_room(tmp_path / "room.invigilator", candidates=4, clock=clock)
    rng = random.Random(3)
    for student_id in session.state.candidates:
        session.check_in(student_id, id_document="passeport", signature=demo_signature(rng))
    session.start_exam()
    clock.advance(minutes=40)
    yield session, rng
    session.close()


def fraud(session, rng, **details):
    suspect = list(session.state.candidates)[0]
    lead = session.state.invigilators[0]
    return session.record_incident(
        "fraude", "Antisèche dans la trousse.", candidates=[suspect], seized="une feuille",
        invigilator_signatures={lead: demo_signature(rng)},
        candidate_signatures={suspect: demo_signature(rng)}, **details,
    )  # fmt: skip


def report_text(session, tmp_path) -> str:
    out = tmp_path / "fraud.pdf"
    export_pdf(session.path, out, parts=["fraud"], draft=True)
    return flat(" ".join(pdf_text(out)))


def test_fraud_report_prints_nature_custody_keeper_and_measures(room, tmp_path):
    session, rng = room
    second = session.state.invigilators[1]
    fraud(session, rng, nature="communication", custody=["photographie", "rendu"],
          seized_by=second, measures="Candidat placé au premier rang.")  # fmt: skip
    assert session.verify().ok
    text = report_text(session, tmp_path)
    assert "☒ communication entre candidats ou avec l'extérieur" in text
    assert "☐ document ou matériel non autorisé" in text
    assert "☐ saisis et joints au procès-verbal ☒ photographiés ☒ rendus au candidat" in text
    assert f"Saisis par {second}" in text
    assert "Autre mesure prise : Candidat placé au premier rang." in text
    assert "Nature non précisée" not in text


def test_a_fraud_recorded_without_the_details_still_reads_and_says_so(room, tmp_path):
    session, rng = room
    fraud(session, rng)
    payload = session.events()[-1].payload
    assert not {"nature", "custody", "seized_by", "measures"} & set(payload)
    session.close()
    with RoomSession.open(session.path, readonly=True) as reopened:
        assert reopened.verify().ok and not reopened.state.unreadable
        text = report_text(reopened, tmp_path)
    assert "Nature non précisée lors de l'enregistrement" in text
    assert "Conservation non précisée lors de l'enregistrement" in text


@pytest.mark.parametrize(
    ("details", "message"),
    [
        ({"nature": "bavardage"}, "Nature de fraude inconnue"),
        ({"custody": ["détruit"]}, "Conservation inconnue"),
        ({"seized_by": "M. Inconnu"}, "n'est pas un surveillant de la salle"),
        ({"measures": "x" * 4001}, "4000 caractères"),
    ],
)
def test_fraud_details_are_checked_before_anything_is_written(room, details, message):
    session, rng = room
    before = session.state.last_seq
    with pytest.raises(InvalidInput, match=message):
        fraud(session, rng, **details)
    assert session.state.last_seq == before


def test_fraud_details_belong_to_a_fraud_and_custody_to_seized_items(room):
    session, _ = room
    with pytest.raises(InvalidInput, match="procès-verbal de fraude"):
        session.record_incident("perturbation", "Bruit.", nature="communication")
    lead = session.state.invigilators[0]
    suspect = list(session.state.candidates)[0]
    with pytest.raises(InvalidInput, match="saisis avant leur conservation"):
        session.record_incident(
            "fraude", "Regards insistants.", candidates=[suspect], custody=["saisi"],
            invigilator_signatures={lead: demo_signature(random.Random(1))},
            refused_to_countersign=[suspect],
        )  # fmt: skip


def test_a_correction_may_state_the_nature_afterwards(room, tmp_path):
    session, rng = room
    change = fraud(session, rng)
    session.correct(change.events[-1].seq, note="nature oubliée", changes={"nature": "document"})
    with pytest.raises(InvalidInput, match="une nature de fraude"):
        session.correct(change.events[-1].seq, note="?", changes={"nature": ["document"]})
    assert "☒ document ou matériel non autorisé" in report_text(session, tmp_path)


def test_the_pv_lists_each_fraud_with_its_nature_and_custody(room, tmp_path):
    session, rng = room
    fraud(session, rng, nature="substitution", custody=["saisi"])
    out = tmp_path / "pv.pdf"
    export_pdf(session.path, out, parts=["pv"], draft=True)
    text = flat(" ".join(pdf_text(out)))
    assert "Nature, objets saisis" in text
    assert "substitution de personne une feuille (saisis et joints au procès-verbal)" in text


@pytest.mark.parametrize("custody", ['"gardés au bureau"', "5", '[["saisi"]]'])
def test_a_custody_of_another_shape_still_prints(room, tmp_path, custody):
    session, rng = room
    fraud(session, rng, nature="document", custody=["saisi"])
    session.close()
    rewrite_and_rechain(session.path, "incident", '"custody":["saisi"]', f'"custody":{custody}')
    with RoomSession.open(session.path, readonly=True) as edited:
        # A shape no command writes is a verdict on the event (attack on the record): the
        # value never reaches a reader, the rest of the incident still does.
        assert "custody" not in edited.state.incidents[-1].payload
        assert not edited.verify().ok and "custody" in edited.state.unreadable[0][1]
    text = report_text(session, tmp_path)
    assert "Antisèche dans la trousse." in text
    out = tmp_path / "pv.pdf"
    export_pdf(session.path, out, parts=["pv"], draft=True)
    assert "document ou matériel non autorisé" in flat(" ".join(pdf_text(out)))


def test_the_countersignature_never_stands_alone_on_a_page(room, tmp_path):
    """Review walk: long facts pushed the candidate's countersignature alone onto page 2."""
    session, rng = room
    suspect = list(session.state.candidates)[0]
    facts = " ".join(["Le candidat consultait un téléphone posé sur ses genoux."] * 10)
    session.record_incident(
        "fraude", facts, candidates=[suspect], seized="un téléphone portable",
        invigilator_signatures={n: demo_signature(rng) for n in session.state.invigilators},
        candidate_signatures={suspect: demo_signature(rng)}, nature="document",
        custody=["photographie"], measures="Candidat placé au premier rang.",
    )  # fmt: skip
    out = tmp_path / "fraud.pdf"
    export_pdf(session.path, out, parts=["fraud"], draft=True)
    pages = [flat(page) for page in pdf_text(out)]
    assert len(pages) == 2  # the facts leave room for one signature block, not both
    (countersigned,) = [page for page in pages if "Contreseing du ou des candidats" in page]
    assert "Signatures des surveillants" in countersigned


def test_an_emoji_typed_in_the_room_prints_as_its_code_point_and_the_pv_is_made(room, tmp_path):
    """Attack review: an observation with a character no font draws stopped every PDF of the
    room, the sealed PV included. A name still fails the export, naming the candidate."""
    session, rng = room
    session.observe("Salle calme 🦄, merci 👍")
    suspect = list(session.state.candidates)[0]
    session.record_incident(
        "fraude", "Message « ✅ réponse B » sur le téléphone.", candidates=[suspect],
        invigilator_signatures={session.state.invigilators[0]: demo_signature(rng)},
        refused_to_countersign=[suspect],
    )  # fmt: skip
    out = tmp_path / "room.pdf"
    export_pdf(session.path, out, parts=["pv", "fraud"], draft=True)
    text = flat(" ".join(pdf_text(out)))
    assert "Salle calme [U+1F984], merci [U+1F44D]" in text
    assert "Message « [U+2705] réponse B » sur le téléphone." in text
