"""The crash and power-cut campaigns (#13), small: nothing acknowledged is lost."""

from __future__ import annotations

import shutil

import pytest

from benchmarks.campaigns import crash, power_cut

needs_cc = pytest.mark.skipif(shutil.which("cc") is None, reason="needs a C compiler (gcc)")


def test_sigkill_during_bursts_and_the_seal_loses_no_acknowledged_event():
    report = crash.run(kills=12, seed=5)
    actions, seal = report["actions"], report["seal"]
    assert actions["acknowledged"] > 12
    assert actions["lost"] == 0 and actions["problems"] == []
    assert seal["lost"] == 0 and seal["problems"] == []
    assert report["ok"]


@needs_cc
def test_a_power_cut_that_drops_every_unsynced_write_loses_no_acknowledged_event():
    report = power_cut.run(cuts=10, seed=3)
    assert report["acknowledged"] > 10
    assert report["lost"] == 0 and report["problems"] == []


@needs_cc
def test_the_power_cut_model_catches_commits_that_were_not_synced():
    """The campaign can fail: with synchronous=OFF acknowledged events vanish at the cut."""
    report = power_cut.run(cuts=4, seed=3, unsafe=True)
    assert report["lost"] > 0
    assert not report["ok"]
