"""Bad files into the import, formulas out of every workbook: a clear Chinese message naming the file,
a non-zero exit, nothing written; text never travels as a formula."""

import csv
import json
import zipfile

import pytest
from ids import make_id
from openpyxl import Workbook, load_workbook

from jinsha_desk.cells import put
from jinsha_desk.cli import main
from jinsha_desk.errors import DeskError
from jinsha_desk.importing import readers
from jinsha_desk.importing.importer import import_rosters
from jinsha_desk.importing.report import write_rejected
from jinsha_desk.models import Resident
from jinsha_desk.returns.export import export_return

FORMULAS = ["=HYPERLINK(\"http://x\",\"点我\")", "=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1)"]


def roster(path, rows):
    """A roster whose text cells are text (a formula-like note is what a clerk typed, not a formula)."""
    wb = Workbook()
    ws = wb.active
    for r, row in enumerate([["姓名", "身份证号码", "备注", "联系电话"], *rows], start=1):
        for c, value in enumerate(row, start=1):
            put(ws.cell(row=r, column=c), value)
    wb.save(path)
    return path


def refused(capsys, db_path, path, words):
    code = main(["--db", str(db_path), "import", str(path)])
    err = capsys.readouterr().err
    assert code == 1 and path.name in err and words in err and "Traceback" not in err, err
    assert err.count("\n") == 1  # one Chinese line
    return err


def test_a_lone_cell_in_the_far_corner_is_read_without_the_grid(db, tmp_path):
    path = tmp_path / "far.xlsx"
    wb = Workbook()
    wb.active["XFD1048576"] = "x"
    wb.save(path)
    sheets = readers.read_cells(path)
    assert [len(s.rows) for s in sheets] == [1] and sheets[0].first_row == 1048575
    report = import_rosters([path])
    assert report.new == 0 and report.sheets_skipped == [("far.xlsx", "Sheet")]


def test_a_sheet_claiming_too_much_is_refused(capsys, db_path, tmp_path):
    path = tmp_path / "wide.xlsx"
    wb = Workbook()
    wb.active["A1"] = "姓名"
    wb.active["ALL3000"] = "x"
    wb.save(path)
    refused(capsys, db_path, path, "200 列")


def test_a_zip_bomb_is_refused(capsys, db_path, tmp_path, monkeypatch):
    monkeypatch.setattr(readers, "MAX_UNPACKED", 10_000)
    path = roster(tmp_path / "bomb.xlsx", [["王" * 20_000, make_id(order=1)]])
    refused(capsys, db_path, path, "1 GB")


@pytest.mark.parametrize(("name", "content", "words"), [
    ("empty.csv", b"", "空的"),
    ("blank.csv", b"\xef\xbb\xbf\r\n,,\r\n", "空的"),
    ("locked.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "密码"),
    ("report.xlsx", b"%PDF-1.4\n...", "PDF"),
    ("text.xlsx", "姓名,身份证号码\n王建国,1\n".encode(), ".csv"),
    ("book.csv", b"PK\x03\x04" + b"\0" * 100, ".xlsx"),
])
def test_files_that_are_not_what_they_say(capsys, db_path, tmp_path, name, content, words):
    path = tmp_path / name
    path.write_bytes(content)
    refused(capsys, db_path, path, words)


def test_a_csv_field_longer_than_the_limit(capsys, db_path, tmp_path):
    path = tmp_path / "long.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows([["姓名", "身份证号码", "备注"], ["王建国", make_id(order=1), "长" * 200_000]])
    refused(capsys, db_path, path, "过长")


def test_control_characters_refused_and_invisible_ones_removed(db, tmp_path):
    path = tmp_path / "ctl.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows([["姓名", "身份证号码", "备注"], ["王\u200b建国\u202e", make_id(order=1), ""],
                                   ["李秀琼", make_id(order=2), "响铃\x07字符"]])
    report = import_rosters([path])
    assert [r.name for r in Resident.select()] == ["王建国"]
    assert report.rejected[0].reason == "control_characters" and "U+0007" in report.rejected[0].detail
    assert "备注" in report.rejected[0].detail


def test_a_value_a_worksheet_cannot_hold_never_blocks_a_return(db, tmp_path):
    roster_path = roster(tmp_path / "r.xlsx", [["王建国", make_id(order=1), "正常", ""]])
    import_rosters([roster_path])
    Resident.update(note="来自旧系统\x1b的备注").execute()  # written by another tool
    sheet = load_workbook(export_return("roster", tmp_path / "out.xlsx", full_ids=True).path).active
    assert "来自旧系统的备注" in [c.value for row in sheet.iter_rows() for c in row]


def _cells(path):
    return [c for row in load_workbook(path).active.iter_rows() for c in row if c.value in FORMULAS]


def test_formulas_never_travel_upward(db, tmp_path):
    rows = [[f"居民{i}", make_id(order=10 + i), payload, ""] for i, payload in enumerate(FORMULAS)]
    rows.append(["=1+1", make_id(order=99)[:-1] + "0", "=WEBSERVICE(\"x\")", ""])  # refused: bad check digit
    report = import_rosters([roster(tmp_path / "f.xlsx", rows)])
    assert report.new == len(FORMULAS)
    returned = export_return("roster", tmp_path / "roster.xlsx", full_ids=True).path
    cells = _cells(returned)
    assert {c.value for c in cells} == set(FORMULAS) and all(c.data_type == "s" for c in cells)
    template = Workbook()
    template.active.append(["姓名", "身份证号码", "备注"])
    template.save(tmp_path / "t.xlsx")
    filled = export_return("roster", tmp_path / "filled.xlsx", full_ids=True, template=tmp_path / "t.xlsx").path
    assert {c.value for c in _cells(filled)} == set(FORMULAS) and all(c.data_type == "s" for c in _cells(filled))
    rejected = write_rejected(report, tmp_path / "rejected.xlsx")
    sheet = load_workbook(rejected).active
    formula_cells = [c for row in sheet.iter_rows() for c in row if str(c.value).startswith("=")]
    assert formula_cells and all(c.data_type == "s" for c in formula_cells)
    with zipfile.ZipFile(returned) as archive:
        assert "<f>" not in archive.read("xl/worksheets/sheet1.xml").decode()


def test_a_phone_of_a_dash_stays_text(db, tmp_path):
    import_rosters([roster(tmp_path / "d.xlsx", [["王建国", make_id(order=1), "", "-"]])])
    sheet = load_workbook(export_return("roster", tmp_path / "o.xlsx", full_ids=True).path).active
    dash = [c for row in sheet.iter_rows() for c in row if c.value == "-"]
    assert dash and all(c.data_type == "s" for c in dash)


def test_the_reader_says_which_file_it_cannot_find():
    with pytest.raises(DeskError, match="找不到文件"):
        readers.read_cells("/nonexistent/花名册.xlsx")


def _community_with_a_backup(db_path, tmp_path):
    from jinsha_desk.db.connection import open_database

    db = open_database(db_path)
    import_rosters([roster(tmp_path / "r.xlsx", [["王建国", make_id(order=1), "", ""], ["李秀琼", make_id(order=2), "", ""]])])
    assert main(["--db", str(db_path), "backup"]) == 0
    db.close()


def _damage(path, kind):
    data = path.read_bytes()
    if kind == "truncated":
        path.write_bytes(data[: len(data) // 3])
    elif kind == "zeroed header":
        path.write_bytes(b"\0" * 100 + data[100:])
    elif kind == "random bytes":
        import random

        rng = random.Random(7)
        page = 4096
        path.write_bytes(data[:page] + bytes(rng.randrange(256) for _ in range(len(data) - page)))
    elif kind == "zero length":
        path.write_bytes(b"")
    elif kind == "missing":
        path.unlink()


@pytest.mark.parametrize("kind", ["truncated", "zeroed header", "random bytes", "zero length", "missing"])
def test_a_damaged_database_names_the_newest_good_backup(capsys, db_path, tmp_path, kind):
    from jinsha_desk.db.backup import list_backups

    _community_with_a_backup(db_path, tmp_path)
    for journal in ("-wal", "-shm"):
        db_path.with_name(db_path.name + journal).unlink(missing_ok=True)
    _damage(db_path, kind)
    capsys.readouterr()
    assert main(["--db", str(db_path), "stats"]) == 1
    err = capsys.readouterr().err
    newest = list_backups(db_path)[0]
    assert newest.name in err and "restore" in err and "Traceback" not in err, err
    assert "加密" not in err
    assert main(["--db", str(db_path), "restore", str(newest)]) == 0
    assert main(["--db", str(db_path), "residents", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out.splitlines()[-1])) == 2
    if kind not in ("missing",):
        assert list(db_path.parent.glob("community-damaged-*.db")) or kind == "zero length" or \
            list(db_path.parent.glob("community-before-restore-*.db"))


def test_two_backups_at_once_get_names_of_their_own(db, db_path, tmp_path):
    from jinsha_desk.db.backup import backup_database

    import_rosters([roster(tmp_path / "r.xlsx", [["王建国", make_id(order=1), "", ""]])])
    first, second = backup_database(db, db_path, "before-import"), backup_database(db, db_path, "before-import")
    assert first != second and first.exists() and second.exists()
    assert not list(first.parent.glob("*.partial*"))


def test_two_imports_started_together(db_path, tmp_path):
    import subprocess
    import sys

    from jinsha_desk.db.connection import open_database

    open_database(db_path).close()
    files = [roster(tmp_path / f"r{n}.xlsx", [[f"居民{n}{i}", make_id(order=100 * n + i), "", ""] for i in range(60)])
             for n in (1, 2)]
    runs = [subprocess.Popen([sys.executable, "-m", "jinsha_desk", "--db", str(db_path), "import", str(f)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for f in files]
    results = [(run.wait(timeout=120), run.stderr.read()) for run in runs]
    assert all(code in (0, 1) and "Traceback" not in err for code, err in results), results
    db = open_database(db_path)
    assert Resident.select().count() == 60 * sum(code == 0 for code, _ in results)
    db.close()


def test_a_cancelled_export_leaves_no_file(db, tmp_path):
    from jinsha_desk.errors import Cancelled

    import_rosters([roster(tmp_path / "r.xlsx", [["王建国", make_id(order=1), "", ""]])])
    out = tmp_path / "exports" / "花名册.xlsx"
    with pytest.raises(Cancelled):
        export_return("roster", out, cancel=lambda: True)
    assert not out.exists() and not list(out.parent.glob("*")) if out.parent.exists() else True


def _tampered(db_path, statement):
    import sqlite3

    conn = sqlite3.connect(db_path)
    conn.executescript(statement)
    conn.commit()
    conn.close()


@pytest.mark.parametrize(("tampering", "finding"), [
    ('DROP TRIGGER "audit_resident_update";', "审计触发器被删除：audit_resident_update"),
    ('DROP TRIGGER "audit_log_no_delete"; DELETE FROM audit_log WHERE id = 2;', "被删除"),
    ('DROP TRIGGER "audit_log_no_update"; UPDATE audit_log SET user = \'别人\' WHERE id = 1;', "第 1 条被改动过"),
])
def test_the_audit_chain_shows_tampering(capsys, db_path, tmp_path, tampering, finding):
    from jinsha_desk.audit import record_event
    from jinsha_desk.db.connection import open_database

    db = open_database(db_path)
    import_rosters([roster(tmp_path / "r.xlsx", [["王建国", make_id(order=1), "", ""], ["李秀琼", make_id(order=2), "", ""]])])
    record_event("导出", "return", "花名册")
    db.close()
    assert main(["--db", str(db_path), "audit", "verify"]) == 0
    assert "审计记录完整" in capsys.readouterr().out
    _tampered(db_path, tampering)
    assert main(["--db", str(db_path), "audit", "verify"]) == 1
    assert finding in capsys.readouterr().err


def test_a_read_only_folder_opens_the_database_read_only(qtbot, db_path, tmp_path, monkeypatch):
    """Read-only as the operating system reports it (root ignores permission bits, so the report is
    what is simulated here): the window opens, says so, and SQLite refuses every write."""
    import sqlite3

    from jinsha_desk.db import cipher, connection
    from jinsha_desk.ui.app import build_window

    _community_with_a_backup(db_path, tmp_path)
    conn = sqlite3.connect(db_path)  # as the last desk to close it left it: everything in the file
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    monkeypatch.setattr(cipher, "writable", lambda path: False)
    monkeypatch.setattr(connection, "writable", lambda path: False)
    window = build_window(db_path)
    qtbot.addWidget(window)
    assert "只读" in window.windowTitle() and not window.roster.ui.addButton.isEnabled()
    assert window.roster.model.rowCount() == 2
    with pytest.raises(Exception, match="readonly|read-only|只读"):
        Resident.update(note="x").execute()
    window.close()


def _full_disk(*_args, **_kwargs):
    import sqlite3

    raise sqlite3.OperationalError("database or disk is full")


def test_a_full_disk_during_a_backup_keeps_the_app_starting(qtbot, db_path, tmp_path, monkeypatch):
    from jinsha_desk.db import backup
    from jinsha_desk.ui import app
    from jinsha_desk.ui.main_window import MainWindow

    _community_with_a_backup(db_path, tmp_path)
    for old in backup.list_backups(db_path):
        old.unlink()  # no backup today yet: the start takes one
    real = backup.connect_file
    monkeypatch.setattr(backup, "connect_file",  # the disk fills up as the copy is written
                        lambda path, *a, **k: _full_disk() if str(path).endswith(".partial") else real(path, *a, **k))
    warned = []
    monkeypatch.setattr(MainWindow, "warn_backup_failed", lambda window, reason: warned.append(reason))
    window = app.build_window(db_path)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(warned))  # the daily backup runs after the window is up
    assert "磁盘空间不足" in warned[0]
    assert backup.list_backups(db_path) == [] and not list(backup.backup_dir().glob("*.partial*"))
    assert Resident.select().count() == 2
    window.close()  # closing, with no room for its backup, still closes


def test_a_full_disk_during_an_export_leaves_nothing_behind(capsys, db_path, tmp_path, monkeypatch):
    _community_with_a_backup(db_path, tmp_path)

    def half_written(table, out, *args, **kwargs):
        out.write_bytes(b"PK half a workbook")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("jinsha_desk.returns.export.write_return", half_written)
    out = tmp_path / "exports" / "花名册.xlsx"
    out.parent.mkdir()
    assert main(["--db", str(db_path), "export", "roster", "--out", str(out)]) == 1
    assert "磁盘空间不足" in capsys.readouterr().err
    assert list(out.parent.iterdir()) == []


def test_a_full_disk_during_an_import_changes_nothing(capsys, db_path, tmp_path, monkeypatch):
    _community_with_a_backup(db_path, tmp_path)
    monkeypatch.setattr("jinsha_desk.importing.importer.insert_rows", _full_disk)
    more = roster(tmp_path / "more.xlsx", [["赵敏", make_id(order=3), "", ""]])
    assert main(["--db", str(db_path), "import", str(more)]) == 1
    assert "磁盘空间不足" in capsys.readouterr().err
    assert main(["--db", str(db_path), "residents", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 2


def test_nothing_with_personal_data_goes_to_the_system_temp_folder(db, tmp_path, monkeypatch):
    import tempfile

    from jinsha_desk.paths import scratch_dir

    shared = tmp_path / "system-temp"
    shared.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(shared))
    import_rosters([roster(tmp_path / "r.xlsx", [["王建国", make_id(order=1), "", ""]])])
    out = tmp_path / "exports" / "花名册.xlsx"
    export_return("roster", out, full_ids=True)
    assert scratch_dir().parent.name == "documents" and not str(scratch_dir()).startswith(str(shared))
    assert list(shared.iterdir()) == [] and [p.name for p in out.parent.iterdir()] == ["花名册.xlsx"]


def test_a_sheet_hiding_a_far_cell_behind_a_small_dimension_is_refused(capsys, db_path, tmp_path):
    """A damaged file's <dimension> says A1:B2 while a cell sits at XFD1048576: the reader would ask for
    half a terabyte and end the program, so the cells themselves are checked."""
    plain = tmp_path / "plain.xlsx"
    wb = Workbook()
    wb.active["A1"], wb.active["B2"] = "姓名", "x"
    wb.save(plain)
    path = tmp_path / "lying.xlsx"
    far = b'<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>z</t></is></c></row></sheetData>'
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                assert b'<dimension ref="A1:B2"' in data
                data = data.replace(b"</sheetData>", far)
            out.writestr(info, data)
    refused(capsys, db_path, path, "1,000,000 行")


@pytest.mark.parametrize("reference", ["GS7", "AAA1", "A1000001", "B1048576"])
def test_every_reference_past_the_limits_is_found(tmp_path, reference):
    path = tmp_path / "far.xlsx"
    wb = Workbook()
    wb.active["A1"] = "姓名"
    for row in range(2, 3000):  # the reference lands in a later piece of the sheet than the first
        wb.active.cell(row=row, column=1, value=f"居民{row}")
    wb.active[reference] = "x"
    wb.save(path)
    with pytest.raises(DeskError, match="1,000,000 行或 200 列"):
        readers.read_cells(path)


@pytest.mark.parametrize("reference", ["GR7", "FZ3", "A1000000"])
def test_references_within_the_limits_are_read(tmp_path, reference):
    path = tmp_path / "wide.xlsx"
    wb = Workbook()
    wb.active["A1"] = "姓名"
    wb.active[reference] = "x"
    wb.save(path)
    assert readers.read_cells(path)[0].rows[0][0] == "姓名"


def test_an_ods_reaching_too_far_is_refused_with_the_same_words(capsys, db_path, tmp_path):
    """calamine reads an .ods whole on opening and refuses a grid past 100 million cells itself."""
    path = tmp_path / "far.ods"
    cell = '<table:table-cell office:value-type="string"><text:p>{}</text:p></table:table-cell>'
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        '<office:body><office:spreadsheet><table:table table:name="花名册">'
        f'<table:table-row>{cell.format("姓名")}</table:table-row>'
        '<table:table-row table:number-rows-repeated="1048574"><table:table-cell/></table:table-row>'
        f'<table:table-row><table:table-cell table:number-columns-repeated="16383"/>{cell.format("x")}'
        '</table:table-row></table:table></office:spreadsheet></office:body></office:document-content>')
    with zipfile.ZipFile(path, "w") as ods:
        ods.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", compress_type=zipfile.ZIP_STORED)
        ods.writestr("content.xml", content)
        ods.writestr("META-INF/manifest.xml", (
            '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
            'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
            '<manifest:file-entry manifest:full-path="/" '
            'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/></manifest:manifest>'))
    refused(capsys, db_path, path, "1,000,000 行")
