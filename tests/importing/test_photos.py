"""The optional photo folder: images named by student number."""

from __future__ import annotations

from invigilator.importing import find_photo, index_photos


def test_photo_found_by_student_number_any_extension_case(tmp_path):
    for name in ["21234567.JPG", "21234568.jpeg", "21234569.png", "21234570.gif", "notes.txt"]:
        (tmp_path / name).write_bytes(b"x")
    assert find_photo(tmp_path, "21234567") == tmp_path / "21234567.JPG"
    assert find_photo(tmp_path, "21234568") == tmp_path / "21234568.jpeg"
    assert find_photo(tmp_path, " 21234569 ") == tmp_path / "21234569.png"
    assert find_photo(tmp_path, "21234570") is None  # gif is not a photo format we show
    assert find_photo(tmp_path, "99999999") is None


def test_jpg_is_preferred_when_there_are_several(tmp_path):
    for name in ["A12.png", "a12.jpg"]:
        (tmp_path / name).write_bytes(b"x")
    assert find_photo(tmp_path, "A12") == tmp_path / "a12.jpg"


def test_missing_folder_and_odd_ids(tmp_path):
    assert find_photo(tmp_path / "absent", "1") is None
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "1.jpg").write_bytes(b"x")
    (tmp_path / "dir.jpg").mkdir()
    assert find_photo(tmp_path, "sub/1") is None
    assert find_photo(tmp_path, "..") is None
    assert find_photo(tmp_path, "") is None
    assert find_photo(tmp_path, "dir") is None


def test_index_of_a_whole_folder(tmp_path):
    (tmp_path / "1.jpg").write_bytes(b"x")
    (tmp_path / "2.png").write_bytes(b"x")
    assert index_photos(tmp_path) == {"1": tmp_path / "1.jpg", "2": tmp_path / "2.png"}
