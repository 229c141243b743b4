"""Writing an export: owner-only (0600), whole or not at all."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from invigilator.errors import InvigilatorError


class ExportError(InvigilatorError):
    """The export could not be written; the message says where and why."""


def write_private(path: Path, write: Callable[[Path], None]) -> Path:
    """Write through a temporary file beside `path` (0600), then put it in place: a failed
    export leaves no half file, and no one else can read the personal data."""
    path = Path(path)
    try:
        handle, temporary = tempfile.mkstemp(prefix=".export-", dir=path.parent)
    except OSError as error:
        raise ExportError(f"Impossible d'écrire dans {path.parent} : {error.strerror}.") from error
    os.close(handle)
    try:
        os.chmod(temporary, 0o600)
        write(Path(temporary))
        os.replace(temporary, path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise ExportError(f"Impossible d'écrire {path} : {error.strerror or error}.") from error
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path
