"""The sittings the documents' tests read: built once per run, sealed and unsealed."""

from __future__ import annotations

from pathlib import Path

import pytest
from documents_helpers import build_sitting


@pytest.fixture(scope="session")
def sealed(tmp_path_factory) -> Path:
    return build_sitting(tmp_path_factory.mktemp("sealed") / "room.invigilator")


@pytest.fixture(scope="session")
def unsealed(tmp_path_factory) -> Path:
    return build_sitting(tmp_path_factory.mktemp("unsealed") / "room.invigilator", seal=False)
