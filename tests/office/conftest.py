from __future__ import annotations

import pytest
from office_rooms import build_exam


@pytest.fixture(scope="session")
def exam_files(tmp_path_factory):
    """Rooms A, B, D of NFA031 (see office_rooms); never written to by the tests."""
    return build_exam(tmp_path_factory.mktemp("exam") / "rendus")
