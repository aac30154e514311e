"""The packaged app: built with PyInstaller from packaging/jinsha-desk.spec, then started as a clerk
would start it, with nothing but the built folder."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def built_app(tmp_path_factory):
    work = tmp_path_factory.mktemp("build")
    pyinstaller = Path(sys.executable).with_name("pyinstaller")
    subprocess.run(
        [str(pyinstaller), "--noconfirm", "--log-level", "WARN", "--distpath", str(work / "dist"),
         "--workpath", str(work / "build"), str(ROOT / "packaging" / "jinsha-desk.spec")],
        check=True, cwd=work, capture_output=True, text=True,
    )
    return work / "dist" / "jinsha-desk" / "jinsha-desk"


def run_built(binary, *args, home):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update(QT_QPA_PLATFORM="offscreen", JINSHA_DESK_HOME=str(home), JINSHA_DESK_SMOKE_TEST="1")
    return subprocess.run([str(binary), *map(str, args)], env=env, capture_output=True, text=True, timeout=300)


@pytest.mark.slow
def test_built_app_starts(built_app, tmp_path):
    version = run_built(built_app, "--version", home=tmp_path)
    assert version.returncode == 0 and version.stdout.strip() == "jinsha-desk 0.1.0"
    demo = run_built(built_app, "--demo", home=tmp_path)
    assert demo.returncode == 0, demo.stderr
    assert (tmp_path / "demo.db").stat().st_size > 1_000_000  # the demo community was seeded
    assert (tmp_path / "logs" / "jinsha-desk.log").exists()


@pytest.mark.slow
def test_built_app_prints_chinese_pdfs(built_app, tmp_path):
    db = tmp_path / "c.db"
    assert run_built(built_app, "--db", db, "seed-demo", "--residents", "300", home=tmp_path).returncode == 0
    made = run_built(built_app, "--db", db, "agenda", "1", "--out", tmp_path / "agenda.pdf", home=tmp_path)
    assert made.returncode == 0, made.stderr
    text = PdfReader(str(tmp_path / "agenda.pdf")).pages[0].extract_text()
    assert "会议议程" in text
