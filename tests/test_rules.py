"""The rules engine against RULES.md: every boundary, to the second, for many durations."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from invigilator.rules import (
    CNAM,
    MilestoneKind,
    Reason,
    RulesProfile,
    exit_decision,
    late_entry,
    milestones,
)

S = timedelta(seconds=1)
M = timedelta(minutes=1)
DURATIONS = [45, 60, 90, 100, 120, 150, 179, 180, 181, 200, 210, 240, 270, 300, 330]


def free_late_limit(d: timedelta) -> timedelta:
    return min(d / 3, 60 * M)


def exits_from(d: timedelta) -> timedelta:
    return max(60 * M, d / 3)


@pytest.mark.parametrize(
    ("hours_minutes", "free_until", "proof_until", "exits"),
    [((1, 30), 30, None, 60), ((2, 0), 40, None, 60), ((3, 0), 60, None, 60), ((4, 0), 60, 80, 80)],
)
def test_worked_thresholds_of_rules_md(hours_minutes, free_until, proof_until, exits):
    d = timedelta(hours=hours_minutes[0], minutes=hours_minutes[1])
    assert CNAM.late_entry_free_until(d) == free_until * M
    assert CNAM.late_entry_with_proof_until(d) == (proof_until * M if proof_until else None)
    assert CNAM.temporary_exits_from(d) == exits * M
    assert CNAM.definitive_exits_from(d) == exits * M


@pytest.mark.parametrize("minutes", DURATIONS)
def test_late_entry_free_boundary_to_the_second(minutes):
    d = minutes * M
    limit = free_late_limit(d)
    assert late_entry(d, limit - S).reason is Reason.LATE_ADMITTED
    assert late_entry(d, limit).allowed
    after = late_entry(d, limit + S)
    assert not after.allowed
    expected = Reason.LATE_NEEDS_TRANSPORT_PROOF if d > 3 * 60 * M else Reason.LATE_TOO_LATE
    assert after.reason is expected


@pytest.mark.parametrize("minutes", [m for m in DURATIONS if m > 180])
def test_transport_proof_window_beyond_one_hour(minutes):
    d = minutes * M
    third = d / 3
    assert late_entry(d, third, transport_proof=True).reason is Reason.LATE_ADMITTED_WITH_PROOF
    assert not late_entry(d, third + S, transport_proof=True).allowed
    assert late_entry(d, third + S, transport_proof=True).reason is Reason.LATE_TOO_LATE
    refused = late_entry(d, 60 * M + S, transport_proof=True, anyone_left=True)
    assert refused.reason is Reason.LATE_SOMEONE_LEFT
    # Within the first hour, a candidate who left does not matter.
    assert late_entry(d, 60 * M, anyone_left=True).allowed


@pytest.mark.parametrize("minutes", [m for m in DURATIONS if m <= 180])
def test_no_transport_window_up_to_three_hours(minutes):
    d = minutes * M
    beyond = free_late_limit(d) + S
    assert late_entry(d, beyond, transport_proof=True).reason is Reason.LATE_TOO_LATE


def test_arrival_before_start_is_on_time():
    assert late_entry(120 * M, timedelta(0)).reason is Reason.ON_TIME
    assert late_entry(120 * M, -5 * M).reason is Reason.ON_TIME


@pytest.mark.parametrize("minutes", DURATIONS)
@pytest.mark.parametrize("definitive", [True, False])
def test_exit_boundary_to_the_second(minutes, definitive):
    d = minutes * M
    opens = exits_from(d)
    before = exit_decision(d, opens - S, definitive=definitive, invigilators_present=2)
    assert not before.allowed and before.reason is Reason.EXIT_TOO_EARLY
    assert before.allowed_from == opens
    assert exit_decision(d, opens, definitive=definitive, invigilators_present=2).allowed


def test_refused_exit_says_from_when_in_local_words():
    start = datetime(2026, 6, 15, 9, 0)
    decision = exit_decision(240 * M, 30 * M, definitive=True, invigilators_present=2)
    assert decision.text(start).endswith("sorties autorisées à partir de 10:20")
    assert "début + 1 h 20 min" in decision.text()


def test_single_invigilator_makes_every_exit_definitive():
    d = 120 * M
    temporary = exit_decision(d, 90 * M, definitive=False, invigilators_present=1)
    assert temporary.reason is Reason.EXIT_SINGLE_INVIGILATOR
    assert exit_decision(d, 90 * M, definitive=True, invigilators_present=1).allowed


def test_temporary_exits_one_at_a_time():
    d = 120 * M
    busy = exit_decision(d, 90 * M, definitive=False, invigilators_present=2, someone_out=True)
    assert busy.reason is Reason.EXIT_SOMEONE_OUT
    assert exit_decision(
        d, 90 * M, definitive=True, invigilators_present=2, someone_out=True
    ).allowed


def test_emergency_exit_allowed_at_any_time():
    # Two invigilators in the room (issue #9: with one, any exit is definitive).
    for elapsed in (timedelta(0), 5 * M, 59 * M):
        decision = exit_decision(
            120 * M, elapsed, definitive=False, invigilators_present=2, emergency=True,
            someone_out=True,
        )  # fmt: skip
        assert decision.allowed and decision.reason is Reason.EXIT_EMERGENCY


def test_issue_9_one_invigilator_in_the_room_makes_any_exit_definitive_emergency_or_not():
    for emergency in (False, True):
        decision = exit_decision(
            120 * M, 90 * M, definitive=False, invigilators_present=1, emergency=emergency
        )
        assert not decision.allowed and decision.reason is Reason.EXIT_SINGLE_INVIGILATOR
        assert decision.allowed_from is None  # waiting would not make it allowed
    assert exit_decision(120 * M, 5 * M, definitive=True, invigilators_present=1,
                         emergency=True).allowed  # fmt: skip


def test_issue_9_refusal_text_with_one_invigilator_announces_no_time():
    decision = exit_decision(120 * M, 10 * M, definitive=False, invigilators_present=1)
    assert decision.reason is Reason.EXIT_SINGLE_INVIGILATOR
    assert "à partir de" not in decision.text()


def test_every_reason_has_french_text():
    for reason in Reason:
        assert reason.text and reason.text == reason.text.strip()


def test_milestones_of_a_four_hour_exam_with_extra_times():
    found = milestones(240 * M, [80 * M, 0 * M, 80 * M, 30 * M])
    assert [(m.kind, m.offset) for m in found] == [
        (MilestoneKind.LATE_ENTRY_CLOSES, 60 * M),
        (MilestoneKind.LATE_ENTRY_WITH_PROOF_CLOSES, 80 * M),
        (MilestoneKind.EXITS_OPEN, 80 * M),
        (MilestoneKind.EXAM_ENDS, 240 * M),
        (MilestoneKind.EXTRA_TIME_ENDS, 270 * M),
        (MilestoneKind.EXTRA_TIME_ENDS, 320 * M),
    ]


def test_another_institution_configures_its_thresholds_without_touching_the_engine():
    strict = RulesProfile(
        name="strict", late_entry_cap=30 * M, transport_proof_extends_late_entry=False
    )
    assert late_entry(240 * M, 30 * M, profile=strict).allowed
    assert (
        late_entry(240 * M, 31 * M, transport_proof=True, profile=strict).reason
        is Reason.LATE_TOO_LATE
    )


durations = st.integers(min_value=30 * 60, max_value=6 * 3600).map(lambda s: timedelta(seconds=s))
elapsed_pairs = st.tuples(
    st.integers(min_value=0, max_value=7 * 3600), st.integers(min_value=0, max_value=7 * 3600)
).map(lambda p: tuple(timedelta(seconds=s) for s in sorted(p)))


@given(durations, elapsed_pairs, st.booleans(), st.booleans())
def test_late_entry_allowed_later_implies_allowed_earlier(d, pair, proof, left):
    earlier, later = pair
    if late_entry(d, later, transport_proof=proof, anyone_left=left).allowed:
        assert late_entry(d, earlier, transport_proof=proof, anyone_left=left).allowed


@given(durations, elapsed_pairs, st.booleans(), st.integers(1, 3), st.booleans())
def test_exit_refused_later_implies_refused_earlier(d, pair, definitive, invigilators, out):
    earlier, later = pair
    kwargs = dict(definitive=definitive, invigilators_present=invigilators, someone_out=out)
    if not exit_decision(d, later, **kwargs).allowed:
        assert not exit_decision(d, earlier, **kwargs).allowed


@given(durations)
def test_no_late_entry_ever_past_a_third_and_no_exit_in_the_first_hour(d):
    assert not late_entry(d, d / 3 + S, transport_proof=True).allowed
    assert not exit_decision(d, 60 * M - S, definitive=True, invigilators_present=3).allowed
