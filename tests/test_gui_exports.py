"""报表导出 driven as a clerk would: pick, preview, export in the background, read the file back."""

import pytest
from openpyxl import load_workbook

from jinsha_desk.db.connection import open_database
from jinsha_desk.demo import seed_demo
from jinsha_desk.models import ExportLog
from jinsha_desk.ui.app import build_window
from jinsha_desk.ui.returns.exports_page import MONTH, YEAR


@pytest.fixture
def window(qtbot, db_path):
    open_database(db_path)
    seed_demo(300)
    win = build_window(db_path)
    qtbot.addWidget(win)
    win.show()
    win.ui.navList.setCurrentRow(6)
    yield win
    win.close()


def test_preview_and_export(window, qtbot, tmp_path):
    page = window.exports
    assert window.ui.pages.currentWidget() is page
    ui = page.ui
    ui.returnCombo.setCurrentIndex(ui.returnCombo.findData("roster"))
    assert not ui.periodKind.isEnabled() and ui.fullIdsCheck.isEnabled()
    with qtbot.waitSignal(page.previewed, timeout=20000):
        page.preview()
    assert ui.previewTable.rowCount() == 50 and "共 300 行" in ui.statusLabel.text()
    assert "****" in ui.previewTable.item(0, 6).text()

    with qtbot.waitSignal(page.exported, timeout=20000) as done:
        page.export_to(tmp_path / "花名册.xlsx")
    sheet = load_workbook(done.args[0].path).active
    assert sheet["A1"].value == "居民花名册" and sheet.max_row == 300 + 5
    assert ui.openFolderButton.isEnabled() and ui.logTable.rowCount() == 1
    assert ui.logTable.item(0, 4).text() == "遮盖"

    ui.returnCombo.setCurrentIndex(ui.returnCombo.findData("visits"))
    assert ui.periodKind.isEnabled() and not ui.fullIdsCheck.isEnabled()
    ui.periodKind.setCurrentText(YEAR)
    assert not ui.partSpin.isVisible()
    ui.periodKind.setCurrentText(MONTH)
    ui.partSpin.setValue(13)
    assert ui.partSpin.value() == 12  # months only go to December
    with qtbot.waitSignal(page.exported, timeout=20000) as done:
        page.export_to(tmp_path / "走访.xlsx")
    assert "入户走访台账" in load_workbook(done.args[0].path).active["A1"].value
    assert ExportLog.select().count() == 2


def test_export_cancelled_leaves_no_log(window, qtbot, tmp_path):
    page = window.exports
    page.ui.returnCombo.setCurrentIndex(page.ui.returnCombo.findData("roster"))
    # Cancelled at once: the background work sees the flag before it writes the first row.
    task = page.export_to(tmp_path / "x.xlsx")
    task.cancel()
    qtbot.waitUntil(lambda: page.task is None, timeout=20000)
    assert page.ui.statusLabel.text() == "已取消导出。"
    assert not (tmp_path / "x.xlsx").exists() and ExportLog.select().count() == 0
