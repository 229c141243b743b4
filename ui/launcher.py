"""The installed `invigilator` command: the app with no sub-command, headless commands otherwise.

Qt is imported only when the app opens, so `invigilator verify …` runs where Qt cannot. A plain
command line for the app (`--session`, `--demo`, `--lang`) goes straight to it; anything else
(a sub-command, --help, a mistake) goes through the command line's full parser.
"""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Callable
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


def load_app() -> Callable[[list[str]], int]:
    """Import the app, as the command does before opening it (benchmarks do the same)."""
    # Start-up allocates a lot and frees little: no garbage collection until the first frame
    # (ui.app.resume_garbage_collection), or until the app returns.
    gc.disable()
    from ui.app import main as app_main

    return app_main


def open_app(argv: list[str]) -> int:
    return load_app()(argv)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if plain_options(args) is not None:
        return open_app(args)
    from invigilator.cli import main as cli_main

    return cli_main(args, open_app=open_app)


if __name__ == "__main__":
    sys.exit(main())
