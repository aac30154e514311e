"""The Python forms are generated from forms/*.ui and must match them."""

import importlib.util
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("compile_forms", ROOT / "forms" / "compile.py")
compile_forms = importlib.util.module_from_spec(spec)
spec.loader.exec_module(compile_forms)

# The generator names its own version in the header; that may differ between machines.
_VERSION_LINE = re.compile(r"^## Created by: Qt User Interface Compiler version .*$", re.M)


@pytest.mark.parametrize("ui_file", sorted((ROOT / "forms").glob("*.ui")), ids=lambda p: p.name)
def test_generated_form_is_up_to_date(ui_file):
    target = compile_forms.target_for(ui_file)
    assert target.exists(), f"run forms/compile.py: {target.name} is missing"
    expected = _VERSION_LINE.sub("", compile_forms.generated(ui_file))
    assert _VERSION_LINE.sub("", target.read_text(encoding="utf-8")) == expected, f"run forms/compile.py for {ui_file.name}"
