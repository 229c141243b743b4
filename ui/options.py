"""The app's own command line (`--session`, `--demo`, `--lang`), read without argparse.

Shared by the launcher, which decides whether the app opens, and the app, which reads them.
"""

from __future__ import annotations

import argparse
from pathlib import Path


def plain_options(argv: list[str]) -> argparse.Namespace | None:
    """The app's options when `argv` is only those, each once, spelled as `ui.app.parser`
    spells them; None for anything else. Read by hand: building an argparse parser costs
    ~2 ms of start-up (its gettext lookups)."""
    args = argparse.Namespace(demo=False, session=None, lang=None)
    rest = list(argv)
    while rest:
        option = rest.pop(0)
        if option == "--demo" and not args.demo:
            args.demo = True
        elif option == "--session" and args.session is None and rest and rest[0][:1] != "-":
            args.session = Path(rest.pop(0))
        elif option == "--lang" and args.lang is None and rest and rest[0] in ("fr", "en"):
            args.lang = rest.pop(0)
        else:
            return None
    return args
