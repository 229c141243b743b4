"""The second medium's copy is made when it is chosen, not at the next record (follow-up of
#11: the set-up wizard says at once whether the stick works)."""

from __future__ import annotations

from invigilator.room.session import RoomSession


def test_the_second_medium_copy_is_made_as_soon_as_it_is_chosen(make_session, tmp_path):
    session = make_session()
    stick = tmp_path / "cle"
    stick.mkdir()
    session.set_mirror(stick)
    copy = stick / session.path.name
    assert copy.is_file() and session.safekeeping.problem == ""
    with RoomSession.open(copy, readonly=True) as mirrored:
        assert mirrored.state.last_seq == session.state.last_seq
        assert mirrored.state.mirror_folder == str(stick.resolve())
    assert list(stick.glob("*.anchors"))
