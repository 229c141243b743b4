from __future__ import annotations

import sys
from pathlib import Path

import pytest

# The rooms of one exam are built by the office's own test helper.
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "office"))

from office_rooms import build_exam  # noqa: E402


@pytest.fixture(scope="session")
def office_exam(tmp_path_factory):
    folder = tmp_path_factory.mktemp("office-ui") / "rendus"
    files = build_exam(folder)
    (folder / "notes.invigilator").write_text("pas une session")
    return files
