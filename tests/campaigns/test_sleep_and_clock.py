"""The sleep-and-clock campaign (#13), small: thresholds stay where the start put them."""

from __future__ import annotations

from benchmarks.campaigns import clock


def test_no_threshold_moves_when_the_clock_jumps_or_the_laptop_sleeps():
    report = clock.run(sittings=4, seed=3)
    assert report["sleeps"] + report["jumps_forward"] + report["jumps_back"] > 0
    assert report["thresholds_moved"] == 0


def test_a_clock_set_back_neither_dates_events_backwards_nor_reopens_a_window():
    report = clock.run(sittings=6, seed=3)
    assert report["jumps_back"] > 0
    assert report["events_dated_backwards"] == 0
    assert report["windows_reopened"] == 0
    assert report["jumps_logged"] >= report["jumps_back"]
