"""The `invigilator` command: with no sub-command it opens the app; sub-commands run headless."""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

from invigilator.errors import InvigilatorError
from invigilator.record.verify import Verification, verify_file
from invigilator.room.session import RoomSession
from invigilator.room.summary import summarise


def _verified(path: str) -> tuple[Verification, RoomSession | None]:
    """The file verified whole, and what the fold made of it (an event it cannot apply is a
    verdict too); the session is None when the file cannot even be opened."""
    result = verify_file(path)
    try:
        session = RoomSession.open(path, readonly=True)
    except InvigilatorError:
        if result.ok:
            raise
        return result, None
    if result.ok:
        result = session.verify()
    return result, session


def run_verify(args: argparse.Namespace) -> int:
    result, session = _verified(args.session_file)
    if session is not None:
        session.close()
    print(result.message if result.ok else f"NON CONFORME : {result.message}")
    return 0 if result.ok else 3


SESSION_HELP = "le fichier de session d'une salle (.invigilator)"


def run_summary(args: argparse.Namespace) -> int:
    # Figures from a file that does not verify cannot be trusted: say so, and exit non-zero.
    verification, session = _verified(args.session_file)
    if session is None:
        print(f"NON CONFORME : {verification.message} : fichier illisible, aucun chiffre.")
        return 3
    with session:
        summary = summarise(session)
    summary["intact"] = verification.ok
    summary["verification"] = verification.message
    code = 0 if verification.ok else 3
    if args.json:  # the hash as it is, beside "intact" and "verification"
        print(json.dumps(summary, ensure_ascii=False, indent=2))
        return code
    if not verification.ok:
        print(f"ATTENTION : fichier NON CONFORME ({verification.message}) : chiffres non fiables.")
        # Issue #11.5: never a final hash that reads like an intact one, on its own line.
        summary["final_hash"] = f"{summary['final_hash']} — NON CONFORME, empreinte non garantie"
    labels = {
        "exam": "Épreuve", "room": "Salle", "enrolled": "Inscrits", "present": "Présents (ajouts inclus)",
        "absent": "Absents",
        "absent_refused": "dont entrée refusée", "late_admitted": "Retards admis", "late_refused": "Retards refusés",
        "without_id": "Sans pièce d'identité",
        "refused_then_admitted": "Refusés puis admis",
        "out_now": "Sortis en ce moment", "handed_in": "Copies rendues", "not_handed_in": "Partis sans copie",
        "blank_papers": "Copies blanches", "sheets": "Feuilles intercalaires",
        "emergency_departures": "Sorties d'urgence", "added_by_hand": "Ajouts manuscrits",
        "incidents": "Incidents", "addenda": "Ajouts après signature",
        "contradicted_decisions": "Décisions contredites",
        "clock_jumps": "Horloge modifiée", "started": "Commencée", "not_held": "Non tenue",
        "sealed": "Scellée", "events": "Événements", "final_hash": "Empreinte finale",
    }  # fmt: skip
    for key, label in labels.items():
        value = summary[key]
        if isinstance(value, bool):
            value = "oui" if value else "non"
        elif isinstance(value, list):
            value = ", ".join(value) or "—"
        elif value == "" and key == "not_held":
            continue
        print(f"{label:<24} {value}")
    return code


def run_demo_session(args: argparse.Namespace) -> int:
    from invigilator.demo import simulate_sitting

    if args.candidates < 1:
        raise InvigilatorError("--candidates doit être au moins 1.")
    out = Path(args.out_file)
    if out.exists() and not args.force:
        raise InvigilatorError(f"{out} existe déjà (utilisez --force pour le remplacer).")
    for stale in (out, out.with_name(out.name + "-wal"), out.with_name(out.name + "-shm")):
        stale.unlink(missing_ok=True)  # nothing of the old session (names, signatures) stays
    listing = None
    if args.list:
        from invigilator.importing import ListImportError, read_list

        try:
            listing = read_list(args.list, room=args.room, duration_minutes=240)
        except ListImportError as error:
            hint = "\n  Indiquez la salle avec --room." if error.rooms else ""
            raise InvigilatorError(f"{error}{hint}") from None
    with simulate_sitting(
        out,
        candidates=args.candidates,
        seed=args.seed,
        listing=listing,
        room=args.room,
        ue_code=args.exam,
        seal=not args.no_seal,
    ) as session:
        summary = summarise(session)
    print(
        f"{out} : {summary['present']} présents sur {summary['enrolled']} inscrits, "
        f"{summary['events']} événements, {'scellée' if summary['sealed'] else 'non scellée'}, "
        f"empreinte {summary['final_hash']}"
    )
    return 0


def build_parser() -> argparse.ArgumentParser:
    from invigilator.cli_french import install as speak_french

    speak_french()
    parser = argparse.ArgumentParser(
        prog="invigilator",
        description="Surveillance d'examen hors ligne. Sans sous-commande, ouvre l'application.",
    )
    parser._positionals.title = "commandes"
    parser._optionals.title = "options"
    parser.add_argument(
        "--demo", action="store_true", help="ouvrir l'application sur une salle de démonstration"
    )
    parser.add_argument(
        "--session", metavar="FICHIER", help="ouvrir l'application sur ce fichier de session"
    )
    parser.add_argument("--lang", choices=["fr", "en"], help="langue de l'interface")
    commands = parser.add_subparsers(dest="command", metavar="COMMANDE")

    verify = commands.add_parser(
        "verify",
        help="vérifier l'intégrité d'un fichier de session",
        description="Vérifie un fichier de session en entier (chaîne d'empreintes, structure, "
        "journal d'ancrage), en lecture seule. Code de sortie : 0 intact, 3 NON CONFORME.",
    )
    verify.add_argument("session_file", metavar="FICHIER_DE_SESSION", help=SESSION_HELP)
    verify.set_defaults(func=run_verify)

    summary = commands.add_parser(
        "summary",
        help="résumé chiffré d'une session",
        description="Les effectifs, copies et incidents d'une session, lus en lecture seule ; "
        "un fichier NON CONFORME est signalé (code de sortie 3).",
    )
    summary.add_argument("session_file", metavar="FICHIER_DE_SESSION", help=SESSION_HELP)
    summary.add_argument("--json", action="store_true", help="sortie JSON")
    summary.set_defaults(func=run_summary)

    demo = commands.add_parser(
        "demo-session",
        help="simuler une épreuve complète dans un fichier",
        description="Simule une épreuve complète (émargements, retards, sorties, fraudes, "
        "interruption, erratum, signatures, scellement) dans un nouveau fichier de session.",
    )
    demo.add_argument("out_file", metavar="FICHIER", help="le fichier de session à créer")
    demo.add_argument(
        "--candidates",
        type=int,
        default=60,
        metavar="N",
        help="nombre de candidats générés (60 par défaut ; sans effet avec --list)",
    )
    demo.add_argument(
        "--seed",
        type=int,
        default=1,
        metavar="GRAINE",
        help="graine du tirage : même graine, même simulation (1 par défaut)",
    )
    demo.add_argument("--force", action="store_true", help="remplacer le fichier s'il existe")
    demo.add_argument("--list", metavar="LISTE", help="simuler sur les candidats de cette liste")
    demo.add_argument("--room", metavar="SALLE", help="la salle (celle de la liste à choisir)")
    demo.add_argument("--exam", metavar="CODE_UE", default="NFA031", help="le code de l'UE")
    demo.add_argument("--no-seal", action="store_true", help="s'arrêter avant le scellement")
    demo.set_defaults(func=run_demo_session)

    from invigilator.importing.command import add_parser as add_check_list

    add_check_list(commands)
    from invigilator.office.command import add_parser as add_reconcile

    add_reconcile(commands)
    from invigilator.documents.command import register as add_documents

    add_documents(commands)
    return parser


def main(
    argv: list[str] | None = None, *, open_app: Callable[[list[str]], int] | None = None
) -> int:
    """Run a sub-command headless; with none, hand the app's options to `open_app`.

    The installed `invigilator` command passes `ui.launcher`'s opener: this package never
    imports Qt, so `python -m invigilator` works on a machine without a screen or Qt.
    """
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        if open_app is None:
            parser.print_help(sys.stderr)
            print(
                "\ninvigilator : indiquez une commande ; l'application s'ouvre avec la commande "
                "installée « invigilator » (ou « python -m ui »).",
                file=sys.stderr,
            )
            return 2
        app_args = ["--demo"] if args.demo else []
        if args.session:
            app_args += ["--session", args.session]
        if args.lang:
            app_args += ["--lang", args.lang]
        return open_app(app_args)
    try:
        return int(args.func(args))
    except InvigilatorError as error:
        print(f"invigilator : {error}", file=sys.stderr)
        return 1
    except (sqlite3.Error, OSError) as error:
        print(f"invigilator : erreur de fichier : {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
