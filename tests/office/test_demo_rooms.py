"""The issue's own set-up: `demo-session` rooms of one exam built over one multi-room list,
then `reconcile` on the folder."""

from __future__ import annotations

import json

from invigilator.cli import main

ROOMS = {"31.2.85": range(100, 112), "17.1.04": range(200, 212), "12.0.01": range(300, 306)}


def test_demo_rooms_over_a_shared_list_reconcile(tmp_path, capsys):
    listing = tmp_path / "NFA031-toutes-salles.csv"
    lines = ["Numéro;Nom;Prénom;Salle"]
    lines += [f"{n};Nom{n};Prénom{n};{room}" for room, ids in ROOMS.items() for n in ids]
    listing.write_text("\n".join(lines) + "\n", encoding="utf-8")
    rendus = tmp_path / "rendus"
    rendus.mkdir()
    for seed, (room, extra) in enumerate((("31.2.85", []), ("17.1.04", ["--no-seal"])), start=1):
        out = rendus / f"salle-{room}.invigilator"
        assert main(["demo-session", str(out), "--list", str(listing), "--room", room,
                     "--exam", "NFA031", "--seed", str(seed), *extra]) == 0  # fmt: skip
    capsys.readouterr()
    assert main(["reconcile", str(rendus), "--json"]) == 0
    (exam,) = json.loads(capsys.readouterr().out)["exams"]
    assert exam["exam"] == "NFA031" and exam["enrolled"] == 30
    rooms = {r["room"]: r for r in exam["rooms"]}
    assert rooms["31.2.85"]["sealed"] and not rooms["17.1.04"]["sealed"]
    assert all(r["intact"] and r["paper"] == "non rapproché du PV papier" for r in rooms.values())
    kinds = {(p["kind"], p["room"]) for p in exam["problems"]}
    assert ("room_missing", "12.0.01") in kinds and ("not_sealed", "17.1.04") in kinds
    assert ("added_not_enrolled", "31.2.85") in kinds  # the demo's hand addition
    assert ("fraud", "31.2.85") in kinds
    missing = next(p for p in exam["problems"] if p["kind"] == "room_missing")
    assert missing["candidates"] == [str(n) for n in ROOMS["12.0.01"]]
