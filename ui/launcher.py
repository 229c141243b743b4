"""The installed `invigilator` command: the app with no sub-command, headless commands otherwise.

Qt is imported only when the app opens, so `invigilator verify …` runs where Qt cannot; and
the app's own options (`--session`, `--demo`, `--lang`) go straight to the app, without
building the sub-commands' parser first.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable
from typing import Any

SUBCOMMANDS = frozenset({"verify", "summary", "demo-session", "check-list"})
HELP = frozenset({"-h", "--help"})


def open_app(argv: list[str], started: Callable[[Any], None] | None = None) -> int:
    # Start-up allocates a lot and frees little: no garbage collection until the first frame
    # is painted (ui.app.main turns it back on then, or when it returns).
    gc.disable()
    from ui.app import main as app_main

    return app_main(argv, started=started)


def main(argv: list[str] | None = None, *, started: Callable[[Any], None] | None = None) -> int:
    """`started` is ui.app.main's: called with the app once its window is shown."""
    args = sys.argv[1:] if argv is None else argv
    if not (SUBCOMMANDS | HELP).intersection(args):
        return open_app(args, started)
    from invigilator.cli import main as cli_main

    return cli_main(args, open_app=open_app)


if __name__ == "__main__":
    sys.exit(main())
