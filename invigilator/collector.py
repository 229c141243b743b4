"""The cyclic garbage collector paused around work that decodes many short-lived objects."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic collection inside the block; reference counting still frees everything.

    Reading a session file decodes hundreds of thousands of small objects (events, the
    signatures' points) that die by reference count; each burst of them sets off collections
    that find nothing to free and, in the office, traverse every room already read."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
