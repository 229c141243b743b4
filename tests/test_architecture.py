"""House rules that keep the app sound on any machine."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import invigilator

DOMAIN = Path(invigilator.__file__).parent


def test_domain_imports_without_qt():
    code = textwrap.dedent(
        """
        import sys, pkgutil, importlib, invigilator
        for module in pkgutil.walk_packages(invigilator.__path__, "invigilator."):
            importlib.import_module(module.name)
        assert "PySide6" not in sys.modules, sorted(m for m in sys.modules if "PySide" in m)
        assert not any(m == "ui" or m.startswith("ui.") for m in sys.modules)
        print("clean")
        """
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "clean", result.stderr


def test_domain_source_never_names_qt():
    offenders = [
        str(path)
        for path in DOMAIN.rglob("*.py")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.lstrip().startswith(("import PySide6", "from PySide6", "import ui", "from ui"))
    ]
    assert offenders == []


def test_pyside6_survives_many_calls_returning_none():
    """PySide6 6.12.0 aborts on Python 3.11 ("none_dealloc") after a few thousand such calls."""
    code = textwrap.dedent(
        """
        import os
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtWidgets import QApplication, QLineEdit
        app = QApplication([])
        edit = QLineEdit()
        for i in range(20000):
            edit.setText(str(i))
        print(edit.text())
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "19999"
