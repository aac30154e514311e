"""Regenerate src/jinsha_desk/ui/forms/ui_*.py from the Designer files here.

Run after editing a .ui file:  .venv/bin/python forms/compile.py
tests/test_forms.py fails when a generated file is out of date.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

FORMS = Path(__file__).resolve().parent
TARGET = FORMS.parent / "src" / "jinsha_desk" / "ui" / "forms"


def uic() -> str:
    found = shutil.which("pyside6-uic", path=str(Path(sys.executable).parent)) or shutil.which("pyside6-uic")
    if not found:
        raise SystemExit("pyside6-uic not found: install PySide6-Essentials")
    return found


def generated(ui_file: Path) -> str:
    return subprocess.run([uic(), str(ui_file)], check=True, capture_output=True, text=True).stdout.replace(
        str(ui_file), ui_file.name
    )


def target_for(ui_file: Path) -> Path:
    return TARGET / f"ui_{ui_file.stem}.py"


def main() -> None:
    TARGET.mkdir(parents=True, exist_ok=True)
    (TARGET / "__init__.py").write_text('"""Generated from forms/*.ui by forms/compile.py; never edited by hand."""\n')
    for ui_file in sorted(FORMS.glob("*.ui")):
        target_for(ui_file).write_text(generated(ui_file), encoding="utf-8")
        print(f"{ui_file.name} -> {target_for(ui_file).relative_to(FORMS.parent)}")


if __name__ == "__main__":
    main()
