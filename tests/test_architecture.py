"""House rules that keep the app sound on any machine."""

from __future__ import annotations

import ast
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


# The house rules of the tree (issue #8): a folder per part, modules that fit in a head.
ROOT = DOMAIN.parent
PACKAGES = ("invigilator", "ui")
MAX_MODULE_LINES = 600
MAX_MODULES_PER_FOLDER = 15
# What `ui` may import from the record: the events it shows and the verdicts, never the store.
RECORD_PUBLIC = {"invigilator.record", "invigilator.record.events", "invigilator.record.verify"}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def project_modules() -> dict[str, Path]:
    return {module_name(p): p for package in PACKAGES for p in (ROOT / package).rglob("*.py")}


def _under_type_checking(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> bool:
    while node in parents:
        node = parents[node]
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            return True
    return False


def imports_of(path: Path, known: set[str]) -> set[str]:
    """Project modules that `path` imports anywhere (in functions too), TYPE_CHECKING aside."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    found: set[str] = set()
    for node in ast.walk(tree):
        if _under_type_checking(node, parents):
            continue
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
        else:
            continue
        found |= {name for name in names if name in known}
    return found


def import_graph() -> dict[str, set[str]]:
    modules = project_modules()
    return {name: imports_of(path, set(modules)) - {name} for name, path in modules.items()}


def find_circle(graph: dict[str, set[str]]) -> list[str]:
    """One import circle as a path of module names, or [] (depth-first, three colours)."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(name: str) -> list[str]:
        state[name] = 1
        stack.append(name)
        for target in sorted(graph.get(name, ())):
            if state.get(target) == 1:
                return stack[stack.index(target) :] + [target]
            if target not in state and (circle := visit(target)):
                return circle
        stack.pop()
        state[name] = 2
        return []

    for name in sorted(graph):
        if name not in state and (circle := visit(name)):
            return circle
    return []


def test_no_import_circle():
    assert find_circle(import_graph()) == []


def test_the_circle_finder_sees_a_circle():
    graph = import_graph()
    graph["ui.options"] = graph["ui.options"] | {"ui.launcher"}
    assert {"ui.launcher", "ui.options"} <= set(find_circle(graph))


def test_no_module_over_600_lines():
    """The packages, and the scripts, benchmarks and tests around them."""
    files = [*project_modules().values()] + [
        path
        for folder in ("tools", "benchmarks", "tests")
        for path in (ROOT / folder).rglob("*.py")
    ]
    long = {
        str(path.relative_to(ROOT)): lines
        for path in files
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES
    }
    assert long == {}


def test_no_folder_with_more_than_15_modules():
    crowded = {
        str(folder.relative_to(ROOT)): count
        for package in PACKAGES
        for folder in [ROOT / package, *(ROOT / package).rglob("*/")]
        if folder.is_dir() and (count := len(list(folder.glob("*.py")))) > MAX_MODULES_PER_FOLDER
    }
    assert crowded == {}


def test_every_package_says_what_lives_there():
    silent = [
        name
        for name, path in project_modules().items()
        if path.name == "__init__.py" and not ast.get_docstring(ast.parse(path.read_text()))
    ]
    assert silent == []


def test_the_domain_never_imports_ui():
    graph = import_graph()
    wrong = {
        name: sorted(t for t in targets if t.split(".")[0] == "ui")
        for name, targets in graph.items()
        if name.split(".")[0] == "invigilator"
    }
    assert {name: targets for name, targets in wrong.items() if targets} == {}


def test_ui_reads_the_record_only_through_its_public_modules():
    graph = import_graph()
    internal = {
        name: sorted(
            t for t in targets if t.startswith("invigilator.record") and t not in RECORD_PUBLIC
        )
        for name, targets in graph.items()
        if name.split(".")[0] == "ui"
    }
    assert {name: targets for name, targets in internal.items() if targets} == {}
