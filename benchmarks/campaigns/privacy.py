"""Privacy campaign: what holds personal data is owner-only on disk, and nothing goes out.

    python -m benchmarks.campaigns.privacy --seconds 3

Files: a session created by the app's own path (`new_session_path`) and its folders, its
-wal and -shm, a `demo-session` file, a copy saved for a USB stick and, once `export-pdf`
exists (#10), the PDF: files 0600, folders the app creates 0700. Network: the app (on a
session and on the demo room, for a few seconds each) and every sub-command of
`invigilator` run with netguard_shim.c preloaded, which refuses and logs any connect() or
sendto() to an address other than loopback, from Python or from Qt alike: the log must stay
empty. The guard itself is checked first on a child that does try to connect out.
"""

from __future__ import annotations

import argparse
import os
import stat
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path
from typing import Any

from benchmarks.campaigns.common import ROOT, build_shim, child_env, print_report
from benchmarks.campaigns.crash import command_exists

SHIM = Path(__file__).with_name("netguard_shim.c")

APP = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from ui.launcher import load_app

    app_main = load_app()
    app = QApplication([])
    QTimer.singleShot(int(float(sys.argv[1]) * 1000), app.quit)
    app_main(sys.argv[2:])
    """
)

REACH_OUT = textwrap.dedent(
    """
    import socket
    try:
        socket.create_connection(("192.0.2.1", 80), timeout=1)
    except OSError as error:
        print("refused", error.errno)
    """
)


def mode(path: Path) -> str:
    return oct(stat.S_IMODE(path.stat().st_mode))


def file_modes(folder: Path) -> dict[str, Any]:
    """Every file and folder the app creates, with its mode; `wrong` lists what is not private."""
    from invigilator.demo import simulate_sitting
    from invigilator.paths import data_dir, new_session_path, save_copy, sessions_dir

    os.environ["INVIGILATOR_DATA_DIR"] = str(folder / "data")
    seen: dict[str, str] = {}
    path = new_session_path("NFA031", None, "31.2.85")
    with simulate_sitting(path, candidates=20) as session:
        session_path = session.path
        for suffix in ("", "-wal", "-shm"):
            file = Path(f"{session_path}{suffix}")
            if file.exists():
                seen[f"session file{suffix}"] = mode(file)
    seen["data folder"] = mode(data_dir())
    seen["sessions folder"] = mode(sessions_dir())
    stick = folder / "stick"
    stick.mkdir()
    seen["copy for a USB stick"] = mode(save_copy(session_path, stick / "copie.invigilator"))
    demo = folder / "demo.invigilator"
    subprocess.run([sys.executable, "-m", "invigilator", "demo-session", str(demo),
                    "--candidates", "10"], check=True, capture_output=True, cwd=ROOT,
                   env=child_env(INVIGILATOR_DATA_DIR=str(folder / "data")))  # fmt: skip
    seen["demo-session file"] = mode(demo)
    if command_exists("export-pdf"):
        pdf = folder / "pv.pdf"
        subprocess.run([sys.executable, "-m", "invigilator", "export-pdf", str(session_path),
                        "-o", str(pdf)], capture_output=True, cwd=ROOT, env=child_env())  # fmt: skip
        seen["PDF"] = mode(pdf) if pdf.exists() else "not written"
    else:
        seen["PDF"] = "export-pdf not yet available (#10)"
    if command_exists("print-list"):
        listing = ROOT / "tests" / "importing" / "corpus" / "excel_semicolon_cp1252.csv"
        blank = folder / "liste.pdf"
        subprocess.run([sys.executable, "-m", "invigilator", "print-list", str(listing),
                        "--duration", "120", "-o", str(blank)], capture_output=True, cwd=ROOT,
                       env=child_env())  # fmt: skip
        seen["blank attendance sheet PDF"] = mode(blank) if blank.exists() else "not written"
    wrong = {what: m for what, m in seen.items()
             if m.startswith("0o") and int(m, 8) & 0o077}  # fmt: skip
    return {"modes": seen, "wrong": wrong}


def commands(folder: Path) -> list[list[str]]:
    """Every sub-command of `invigilator`, with arguments that make it do its work."""
    from invigilator.cli import build_parser

    session = folder / "net.invigilator"
    listing = ROOT / "tests" / "importing" / "corpus" / "excel_semicolon_cp1252.csv"
    known = {
        "demo-session": [["demo-session", str(session), "--candidates", "10"]],
        "verify": [["verify", str(session)]],
        "summary": [["summary", str(session)], ["summary", str(session), "--json"]],
        "export-pdf": [["export-pdf", str(session), "-o", str(folder / "net.pdf")]],
        "reconcile": [["reconcile", str(session)]],
        "check-list": [["check-list", str(listing)]],
        "print-list": [
            ["print-list", str(listing), "--duration", "120", "-o", str(folder / "liste.pdf")]
        ],
    }
    parser = build_parser()
    choices = next(a for a in parser._actions if a.dest == "command").choices
    runs: list[list[str]] = []
    # demo-session first: it writes the session the others read.
    for name in sorted(choices, key=lambda n: n != "demo-session"):  # type: ignore[union-attr]
        runs += known.get(name, []) + [[name, "--help"]]  # a command not known here: its help
    return runs


def network(folder: Path, seconds: float) -> dict[str, Any]:
    library = build_shim(SHIM, folder)
    log = folder / "netguard.log"
    env = child_env(LD_PRELOAD=str(library), NETGUARD_LOG=str(log),
                    INVIGILATOR_DATA_DIR=str(folder / "data"))  # fmt: skip
    probe = subprocess.run([sys.executable, "-c", REACH_OUT], capture_output=True, text=True,
                           env=env, cwd=ROOT)  # fmt: skip
    guard_works = "refused" in probe.stdout and log.exists() and log.read_text().strip() != ""
    log.unlink(missing_ok=True)
    ran: dict[str, int] = {}
    for command in commands(folder):
        done = subprocess.run([sys.executable, "-m", "invigilator", *command],
                              capture_output=True, env=env, cwd=ROOT, timeout=300)  # fmt: skip
        ran[" ".join(c if not c.startswith("/") else Path(c).name for c in command)] = (
            done.returncode
        )
    for app_args in (["--session", str(folder / "net.invigilator")], ["--demo"]):
        done = subprocess.run([sys.executable, "-c", APP, str(seconds), *app_args, "--lang", "fr"],
                              capture_output=True, env=env, cwd=ROOT, timeout=120)  # fmt: skip
        ran[f"app {app_args[0]}"] = done.returncode
    outside = log.read_text().splitlines() if log.exists() else []
    return {"guard_works": guard_works, "exit_codes": ran, "connections_out": len(outside),
            "examples": outside[:5]}  # fmt: skip


def run(seconds: float = 3.0) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files = file_modes(folder)
        net = network(folder, seconds)
    ok = not files["wrong"] and net["guard_works"] and net["connections_out"] == 0
    return {"files": files, "network": net, "ok": ok}


def main() -> None:
    parser = argparse.ArgumentParser(description="privacy campaign")
    parser.add_argument("--seconds", type=float, default=3.0, help="how long the app runs")
    report = run(parser.parse_args().seconds)
    print_report("privacy files", report["files"])
    print_report("privacy network", report["network"])


if __name__ == "__main__":
    main()
