"""Broken (and a few sound) lists, with the French the importer gave for each before its
problems had codes: `golden/broken_lists.json`. Shared by the importer's tests and the set-up
wizard's English test (tests/ui/setup/test_import_english.py)."""

from __future__ import annotations

import base64
import json
import shutil
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
GOLDEN = HERE / "golden" / "broken_lists.json"
CORPUS = HERE / "corpus"


def cases() -> list[dict[str, Any]]:
    return json.loads(GOLDEN.read_text(encoding="utf-8"))


def materialise(case: dict[str, Any], folder: Path) -> Path:
    """Write the case's file into `folder` under the name the golden text cites."""
    source, target = case["source"], folder / case["file"]
    if "corpus" in source:
        shutil.copy(CORPUS / source["corpus"], target)
    elif "folder" in source:
        target.mkdir()
    elif "b64" in source:
        target.write_bytes(base64.b64decode(source["b64"]))
    elif "text" in source:
        target.write_bytes(source["text"].encode("utf-8"))
    return target  # "missing": nothing written
