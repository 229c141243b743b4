"""The installed `invigilator` command: the app with no sub-command, headless commands otherwise.

Qt is imported only when the app opens, so `invigilator verify …` runs where Qt cannot.
"""

from __future__ import annotations

import sys

from invigilator.cli import main as cli_main


def open_app(argv: list[str]) -> int:
    from ui.app import main as app_main

    return app_main(argv)


def main(argv: list[str] | None = None) -> int:
    return cli_main(sys.argv[1:] if argv is None else argv, open_app=open_app)


if __name__ == "__main__":
    sys.exit(main())
