"""Benchmarks and reliability campaigns: `python benchmarks/run.py` (see the README's Speed and
Reliability sections). Not part of the installed app."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile

# What they run writes app data (settings, journals): never into the user's own data folder.
if not os.environ.get("INVIGILATOR_DATA_DIR"):
    _data = tempfile.mkdtemp(prefix="invigilator-bench-")
    os.environ["INVIGILATOR_DATA_DIR"] = _data
    atexit.register(shutil.rmtree, _data, ignore_errors=True)
