"""The packaged app: built with PyInstaller from packaging/jinsha-desk.spec, then started as a clerk
would start it, with nothing but the built folder; the Windows installer compiled with makensis and
the .deb built, checked with lintian and started from where dpkg unpacks it."""

import ast
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from pdfs import embedded_fonts, pdf_text

from jinsha_desk import __version__

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))

from build_deb import build_deb  # noqa: E402
from leave_out import keep_chinese_translations, needed_by_the_app, without_dangling_links  # noqa: E402

APP_NAME = "金沙社区工作台"


@pytest.fixture(scope="module")
def app_folder(tmp_path_factory):
    work = tmp_path_factory.mktemp("build")
    pyinstaller = Path(sys.executable).with_name("pyinstaller")
    subprocess.run(
        [str(pyinstaller), "--noconfirm", "--log-level", "ERROR", "--distpath", str(work / "dist"),
         "--workpath", str(work / "build"), str(ROOT / "packaging" / "jinsha-desk.spec")],
        check=True, cwd=work, capture_output=True, text=True,
    )
    return work / "dist" / "jinsha-desk"


def run_built(binary, *args, home):
    """Run as on a PC without Python: nothing of the build's environment (no virtualenv, no PYTHON*
    variables, PATH with the system's folders only)."""
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen",
           "JINSHA_DESK_HOME": str(home), "JINSHA_DESK_SMOKE_TEST": "1"}
    return subprocess.run([str(binary), *map(str, args)], env=env, capture_output=True, text=True, timeout=300)


def starts_and_prints(program: Path, home: Path) -> None:
    version = run_built(program, "--version", home=home)
    assert version.returncode == 0 and version.stdout.strip() == f"jinsha-desk {__version__}", version.stderr
    demo = run_built(program, "--demo", home=home)
    assert demo.returncode == 0, demo.stderr
    # Qt's Chinese translations, the SVG icon (through Qt's image plugin) and a Chinese font were found.
    found = dict(word.split("=") for word in demo.stdout.split() if "=" in word)
    assert "qtbase_zh_CN" in found["translations"].split(","), demo.stdout
    assert found["icon"] == "found" and found["chinese-font"] == "True", demo.stdout
    assert (home / "demo.db").stat().st_size > 1_000_000  # the demo community was seeded
    assert (home / "logs" / "jinsha-desk.log").exists()
    db = home / "c.db"
    assert run_built(program, "--db", db, "seed-demo", "--residents", "300", home=home).returncode == 0
    made = run_built(program, "--db", db, "agenda", "1", "--out", home / "agenda.pdf", home=home)
    assert made.returncode == 0, made.stderr
    reader, text = pdf_text(home / "agenda.pdf")
    assert "会议议程" in text
    chinese = {name: embedded for name, embedded in embedded_fonts(reader).items() if "Helvetica" not in name}
    assert chinese and all(chinese.values()), chinese  # the Chinese fonts travel inside the PDF


@pytest.mark.slow
def test_the_built_folder_runs_without_python(app_folder, tmp_path):
    assert (app_folder / "jinsha-desk").is_file() and (app_folder / "jinsha-desk-cli").is_file()
    starts_and_prints(app_folder / "jinsha-desk", tmp_path / "gui")
    cli = run_built(app_folder / "jinsha-desk-cli", "--help", home=tmp_path / "cli")
    assert cli.returncode == 0 and "金沙社区工作台" in cli.stdout


@pytest.mark.slow
def test_the_built_folder_leaves_out_what_the_app_does_not_use(app_folder):
    names = {path.relative_to(app_folder).as_posix() for path in app_folder.rglob("*")}
    assert not [name for name in names if re.search(r"Qt6(Quick|Qml|Pdf|Network|VirtualKeyboard)", name)]
    translations = [name for name in names if name.endswith(".qm")]
    assert translations and all(name.endswith("zh_CN.qm") for name in translations)
    assert any(name.endswith("qtbase_zh_CN.qm") for name in translations)  # Qt's own dialogs in Chinese
    assert any(name.endswith("imageformats/libqsvg.so") for name in names)  # the window's SVG icon
    assert any(name.endswith("resources/fonts/wqy-microhei.ttc") for name in names)
    assert not [path for path in app_folder.rglob("*") if path.is_symlink() and not path.exists()]


@pytest.mark.slow
def test_the_windows_installer_compiles_with_its_shortcuts_and_every_file(app_folder, tmp_path):
    setup = tmp_path / f"jinsha-desk-{__version__}-setup.exe"
    made = subprocess.run(
        ["makensis", "-V4", "-DUNCOMPRESSED", f"-DDIST={app_folder}", f"-DVERSION={__version__}",
         f"-DOUTFILE={setup}", str(ROOT / "packaging" / "installer.nsi")],
        capture_output=True, text=True,
    )
    assert made.returncode == 0, made.stdout[-3000:] + made.stderr
    log = made.stdout
    assert "warning" not in log.lower().split("output:")[-1], log[-2000:]
    for place in ("$SMPROGRAMS", "$DESKTOP"):
        assert f'CreateShortcut: "{place}\\{APP_NAME}.lnk"->"$INSTDIR\\jinsha-desk.exe"' in log
    assert 'InstallDir: "$LOCALAPPDATA\\Programs\\jinsha-desk"' in log  # the user's own folder
    assert b'level="asInvoker"' in setup.read_bytes()  # Windows asks for no administrator rights
    # An upgrade runs the migrations, which back the database up first.
    assert 'ExecToLog "$INSTDIR\\jinsha-desk-cli.exe" upgrade' in log
    # Every file of the folder is in the installer.
    packed = re.findall(r'^File: "([^"]+)" (?:\d+/)?\d+ bytes$', log, flags=re.M)
    assert sorted(packed) == sorted(path.name for path in app_folder.rglob("*") if not path.is_dir())
    # The uninstaller removes the program, its shortcuts and registration, never the data folder.
    uninstall = log.split('Section: "Uninstall"')[1]
    removed = re.findall(r'^(?:Delete|RMDir): (?:/r )?"([^"]+)"', uninstall, flags=re.M)
    assert removed and all(path.startswith(("$INSTDIR", "$SMPROGRAMS", "$DESKTOP")) for path in removed)
    assert "$LOCALAPPDATA\\jinsha-desk" in uninstall and "仍保留" in uninstall


@pytest.mark.slow
def test_the_deb_passes_lintian_and_runs_where_dpkg_unpacks_it(app_folder, tmp_path):
    deb = build_deb(app_folder, tmp_path / "out")
    lint = subprocess.run(["lintian", "--tag-display-limit", "0", str(deb)], capture_output=True, text=True)
    assert not [line for line in lint.stdout.splitlines() if line.startswith("E:")], lint.stdout
    fields = subprocess.run(["dpkg-deb", "-f", str(deb)], capture_output=True, text=True, check=True).stdout
    assert "fonts-wqy-microhei" in fields and "libc6" in fields
    root = tmp_path / "root"
    subprocess.run(["dpkg", "-x", str(deb), str(root)], check=True)
    command = root / "usr" / "bin" / "jinsha-desk"
    assert os.readlink(command) == "/opt/jinsha-desk/jinsha-desk"
    program = root / os.readlink(command).lstrip("/")
    entry = (root / "usr/share/applications/jinsha-desk.desktop").read_text(encoding="utf-8")
    assert f"Name[zh_CN]={APP_NAME}" in entry and "Categories=Office;" in entry and "Exec=jinsha-desk" in entry
    assert (root / "usr/share/icons/hicolor/256x256/apps/jinsha-desk.png").stat().st_size > 0
    starts_and_prints(program, tmp_path / "home")


def test_windows_file_properties_are_in_chinese(tmp_path):
    """PyInstaller reads the version file on Windows only (its classes need the Windows API): read
    it back here as the expression PyInstaller evaluates."""
    from version_info import write_version_file

    text = write_version_file(tmp_path, "1.2.3", "jinsha-desk.exe", APP_NAME).read_text(encoding="utf-8")
    calls = {}
    for node in ast.walk(ast.parse(text, mode="eval")):
        if isinstance(node, ast.Call):
            literals = [arg for arg in node.args if not any(isinstance(n, ast.Call) for n in ast.walk(arg))]
            calls.setdefault(node.func.id, []).append([ast.literal_eval(arg) for arg in literals])
    strings = dict(calls["StringStruct"])
    assert strings["ProductName"] == APP_NAME and strings["FileDescription"] == APP_NAME
    assert strings["FileVersion"] == "1.2.3" and strings["OriginalFilename"] == "jinsha-desk.exe"
    assert calls["StringTable"][0][0] == "080404b0" and calls["VarStruct"] == [["Translation", [2052, 1200]]]
    assert "filevers=(1, 2, 3, 0)" in text


@pytest.mark.parametrize("dest, kept", [
    ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
    ("PySide6\\Qt\\plugins\\platforms\\qwindows.dll", True),
    ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
    ("PySide6/Qt/plugins/imageformats/libqpdf.so", False),
    ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
    ("PySide6/Qt/lib/libQt6Quick.so.6", False),
    ("PySide6/Qt6Quick.dll", False),
    ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
])
def test_what_the_app_folder_leaves_out(dest, kept):
    dest = dest.replace("\\", "/")
    assert needed_by_the_app((dest, "/src", "BINARY")) is kept


def test_qt_translations_other_than_chinese_and_links_to_left_out_libraries_go():
    datas = [("PySide6/Qt/translations/qtbase_zh_CN.qm", "a", "DATA"),
             ("PySide6/Qt/translations/qtbase_de.qm", "b", "DATA"),
             ("resources/fonts/wqy-microhei.ttc", "c", "DATA"),
             ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
             ("libQt6Quick.so.6", "PySide6/Qt/lib/libQt6Quick.so.6", "SYMLINK")]
    binaries = [("PySide6/Qt/lib/libQt6Core.so.6", "/src", "BINARY")]
    kept = [entry[0] for entry in keep_chinese_translations(without_dangling_links(datas, binaries))]
    assert kept == ["PySide6/Qt/translations/qtbase_zh_CN.qm", "resources/fonts/wqy-microhei.ttc", "libQt6Core.so.6"]


def test_the_icon_files_are_rendered_from_the_svg():
    ico = (ROOT / "resources" / "icons" / "jinsha-desk.ico").read_bytes()
    assert ico[:4] == b"\0\0\1\0" and int.from_bytes(ico[4:6], "little") >= 5  # several sizes
    png = (ROOT / "resources" / "icons" / "jinsha-desk.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and int.from_bytes(png[16:20], "big") == 256
