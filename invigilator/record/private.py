"""Files that hold personal data are created owner-only (0600), before a byte is written."""

from __future__ import annotations

import os
from pathlib import Path

PRIVATE_FILE = 0o600


def create_private_file(path: Path) -> None:
    """Create an empty file readable and writable by its owner only; FileExistsError if it
    exists. Where the folder cannot take it (missing, read-only), nothing is created: the
    caller's own open fails next with its own message.

    SQLite writes into such a file (an empty file is a new database) and gives its -wal and
    -shm files the same permissions."""
    try:
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE))
    except FileExistsError:
        raise
    except OSError:
        pass
