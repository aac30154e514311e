"""The shape of the code, read from its imports: the core runs from the bottom up, Qt stays in ui/."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "jinsha_desk"

# Lowest first. A module may import its own package and anything on a lower layer, never a sibling
# on its own layer or anything above it.
LAYERS: list[set[str]] = [
    {"errors", "paths", "models", "changes", "cells", "chinese_dates", "__init__"},
    {"trail"},
    {"logs", "auth", "settings"},
    {"audit"},
    {"db"},
    {"roster"},
    {"office"},
    {"importing", "visits", "volunteers", "meetings", "honours"},
    {"story", "overview"},
    {"returns", "documents"},
    {"street"},
    {"demo"},
    {"ui"},
    {"cli"},
    {"__main__"},
]
RANK = {name: rank for rank, layer in enumerate(LAYERS) for name in layer}
# Siblings on one layer that build on each other by design: returns read rosters with the importer's
# header synonyms; documents print what the areas hold.
ALLOWED_SIDEWAYS = {("returns", "importing")}


def _area(module_path: Path) -> str:
    relative = module_path.relative_to(PACKAGE)
    return relative.parts[0].removesuffix(".py")


def _imports(module_path: Path) -> list[tuple[int, str]]:
    """Every module imported anywhere in the file (functions included), with its line."""
    tree = ast.parse(module_path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
            found += [(node.lineno, f"{node.module}.{alias.name}") for alias in node.names]
    return found


def _sources() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "forms" not in p.relative_to(PACKAGE).parts)


def test_every_area_has_a_layer():
    areas = {_area(p) for p in _sources()}
    assert areas <= set(RANK), f"new top-level modules need a layer: {areas - set(RANK)}"


@pytest.mark.parametrize("module_path", _sources(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_run_downward(module_path):
    area = _area(module_path)
    wrong = set()
    for line, name in _imports(module_path):
        parts = name.split(".")
        if parts[0] != "jinsha_desk" or len(parts) < 2 or parts[1] not in RANK or parts[1] == area:
            continue
        target = parts[1]
        if RANK[target] > RANK[area] or (RANK[target] == RANK[area] and (area, target) not in ALLOWED_SIDEWAYS):
            wrong.add(f"line {line}: {area} imports {target}")
    assert not wrong, wrong


@pytest.mark.parametrize("module_path", _sources(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_only_the_ui_imports_qt(module_path):
    if _area(module_path) == "ui":
        return
    qt = [f"line {line}: {name}" for line, name in _imports(module_path) if name.split(".")[0] in ("PySide6", "shiboken6")]
    assert not qt, qt


def test_the_layer_rule_catches_an_upward_import(tmp_path, monkeypatch):
    """The check itself: a roster module importing visits is reported."""
    fake = tmp_path / "jinsha_desk"
    (fake / "roster").mkdir(parents=True)
    bad = fake / "roster" / "bad.py"
    bad.write_text("def f():\n    from jinsha_desk.visits import records\n", encoding="utf-8")
    monkeypatch.setattr(__import__(__name__), "PACKAGE", fake)
    with pytest.raises(AssertionError, match="roster imports visits"):
        test_imports_run_downward(bad)


def test_the_window_starts_without_the_libraries_only_printing_and_importing_need():
    """reportlab, openpyxl, pypinyin and the demo generator take a third of a second together: the
    start loads none of them (they load when first used)."""
    heavy = ("reportlab", "openpyxl", "pypinyin", "python_calamine", "jinsha_desk.demo")
    code = ("import sys, jinsha_desk.ui.app, jinsha_desk.ui.main_window; "
            f"print(' '.join(m for m in {heavy!r} if m in sys.modules))")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert loaded.split() == []
