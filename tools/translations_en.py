"""Fill resources/translations/invigilator_en.ts from the tables in tools/en_*.py, then compile
the .qm.

    .venv/bin/pyside6-lupdate $(find ui -name "*.py") -ts resources/translations/invigilator_en.ts
    .venv/bin/python tools/translations_en.py

New source texts without an entry stay "unfinished" (Qt then shows the French text).
Translators can also open the .ts file in Qt Linguist: this table is only a starting point.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from en_documents_office import DOCUMENTS, OFFICE  # noqa: E402
from en_followups import FOLLOWUPS  # noqa: E402
from en_import import IMPORT  # noqa: E402
from en_review import REVIEW  # noqa: E402
from en_room import ROOM  # noqa: E402
from en_walk import WALK  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "invigilator_en.ts"
QM = ROOT / "ui" / "invigilator_en.qm"
# Qt's own texts its French translation lacks (issue #11): a hand-made table, compiled here too.
QT_EXTRA_FR = ROOT / "resources" / "translations" / "qtbase_extra_fr.ts"

# The tables, by part of the UI; a later entry wins, the office's never override.
EN = {**ROOM, **WALK, **DOCUMENTS, **FOLLOWUPS, **REVIEW, **IMPORT}
EN.update({k: v for k, v in OFFICE.items() if k not in EN})


def main() -> int:
    tree = ET.parse(TS)
    missing = 0
    for message in tree.iter("message"):
        source = message.find("source").text or ""
        translation = message.find("translation")
        if source in EN:
            # Kept even where lupdate calls it vanished: a dialog translated at run time under
            # another context (its class) still finds it ("Annuler", test_record_flow).
            translation.text = EN[source]
            translation.attrib.pop("type", None)
        elif translation.get("type") not in ("vanished", "obsolete"):
            missing += 1
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    lrelease = str(Path(sys.executable).parent / "pyside6-lrelease")
    subprocess.run([lrelease, str(TS), "-qm", str(QM)], check=True)
    extra_qm = ROOT / "ui" / "qtbase_extra_fr.qm"
    subprocess.run([lrelease, str(QT_EXTRA_FR), "-qm", str(extra_qm)], check=True)
    print(f"{QM.name} written; {missing} text(s) left untranslated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
