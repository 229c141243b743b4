"""The installed `invigilator` command: the app with no sub-command, headless commands otherwise.

Qt is imported only when the app opens, so `invigilator verify …` runs where Qt cannot. A plain
command line for the app (`--session`, `--demo`, `--lang`) goes straight to it; anything else
(a sub-command, --help, a mistake) goes through the command line's full parser.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable

from ui.options import plain_options


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
