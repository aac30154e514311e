"""报表导出: pick a return and its period, masked or full IDs, optionally the street office's
template; preview the first rows; export in the background with progress; open the folder."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QStandardPaths, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from jinsha_desk import auth, changes
from jinsha_desk.errors import DeskError
from jinsha_desk.returns.period import Period, between, parse_period
from jinsha_desk.returns.returns import NEEDS_PERIOD, RETURNS, build_return
from jinsha_desk.ui.forms.ui_exports_page import Ui_ExportsPage
from jinsha_desk.ui.page import Page
from jinsha_desk.ui.tables import fill_table
from jinsha_desk.ui.workers import Task, run_with_progress

MONTH, QUARTER, YEAR, DATES = "按月", "按季度", "按年", "起止日期"
PREVIEW_ROWS = 50


class ExportsPage(Page):
    title = "报表导出"
    write_buttons = ()
    shows = frozenset({changes.DATA})
    take_out_buttons = ("exportButton",)
    exported = Signal(object)  # ExportResult
    previewed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ExportsPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.task: Task | None = None
        self.last_export: Path | None = None
        for code, name in RETURNS.items():
            ui.returnCombo.addItem(name, code)
        ui.periodKind.addItems([MONTH, QUARTER, YEAR, DATES])
        today = QDate.currentDate()
        ui.yearSpin.setValue(today.year())
        ui.partSpin.setValue(today.month())
        ui.fromDate.setDate(today.addMonths(-1))
        ui.toDate.setDate(today)
        ui.returnCombo.currentIndexChanged.connect(self._period_controls)
        ui.returnCombo.currentIndexChanged.connect(self.clear_preview)
        ui.periodKind.currentIndexChanged.connect(self._period_controls)
        ui.chooseTemplateButton.clicked.connect(self._choose_template)
        ui.clearTemplateButton.clicked.connect(ui.templateEdit.clear)
        ui.previewButton.clicked.connect(self.preview)
        ui.exportButton.clicked.connect(self._ask_and_export)
        ui.openFolderButton.clicked.connect(self.open_folder)
        ui.openFolderButton.setEnabled(False)
        self._period_controls()
        self.clear_preview()

    def clear_preview(self) -> None:
        """The preview shows the return picked, or nothing: never the rows of the one picked before."""
        fill_table(self.ui.previewTable, [], [], empty=f"点击“预览”查看{self.ui.returnCombo.currentText()}的前 {PREVIEW_ROWS} 行。")
        self.ui.statusLabel.setText("")

    def refresh(self) -> None:
        from jinsha_desk.returns.export import export_log  # openpyxl loads when the page is first shown

        rows = export_log(50)
        fill_table(self.ui.logTable, ["时间", "操作人", "报表", "期间", "身份证号", "行数", "文件"],
                   [[f"{r.exported_at:%Y-%m-%d %H:%M}", r.user, r.return_name, r.period,
                     "遮盖" if r.masked else "完整", r.rows, r.path] for r in rows])

    # Choices
    def code(self) -> str:
        return self.ui.returnCombo.currentData()

    def _period_controls(self) -> None:
        ui = self.ui
        needs = self.code() in NEEDS_PERIOD
        kind = ui.periodKind.currentText()
        ui.periodKind.setEnabled(needs)
        ui.yearSpin.setVisible(needs and kind != DATES)
        ui.partSpin.setVisible(needs and kind in (MONTH, QUARTER))
        ui.partLabel.setVisible(needs and kind in (MONTH, QUARTER))
        ui.partLabel.setText("月" if kind == MONTH else "季度")
        ui.partSpin.setMaximum(12 if kind == MONTH else 4)
        for widget in (ui.fromDate, ui.toLabel, ui.toDate):
            widget.setVisible(needs and kind == DATES)
        ui.fullIdsCheck.setEnabled(self.code() in ("roster", "care") and auth.current().can("full_ids"))

    def period(self) -> Period | None:
        if self.code() not in NEEDS_PERIOD:
            return None
        ui = self.ui
        kind = ui.periodKind.currentText()
        year = ui.yearSpin.value()
        if kind == MONTH:
            return parse_period(f"{year}-{ui.partSpin.value():02d}")
        if kind == QUARTER:
            return parse_period(f"{year}-Q{ui.partSpin.value()}")
        if kind == YEAR:
            return parse_period(str(year))
        return between(ui.fromDate.date().toPython(), ui.toDate.date().toPython())

    def _choose_template(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, "选择街道下发的模板", "", "Excel 工作簿 (*.xlsx)")
        if chosen:
            self.ui.templateEdit.setText(chosen)

    # Work in the background
    def _run(self, work, done, text: str) -> Task:
        def finished(result) -> None:
            self.task = None
            done(result)

        def stopped(message: str) -> None:
            self.task = None
            self.ui.statusLabel.setText(message)

        self.task = run_with_progress(self, work, text, finished, stopped, "已取消导出。")
        return self.task

    def preview(self) -> Task | None:
        try:
            code, period, full = self.code(), self.period(), self.ui.fullIdsCheck.isChecked()
        except DeskError as exc:  # a period the clerk mistyped, shown where the clerk looks
            self.ui.statusLabel.setText(exc.message)
            return None
        self.ui.statusLabel.setText("正在准备预览……")
        return self._run(lambda progress, cancelled: build_return(code, period, full), self._show_preview, "正在准备预览……")

    def _show_preview(self, table) -> None:
        fill_table(self.ui.previewTable, [c.header for c in table.columns], table.rows[:PREVIEW_ROWS])
        more = f"，下面是前 {PREVIEW_ROWS} 行" if len(table.rows) > PREVIEW_ROWS else ""
        self.ui.statusLabel.setText(f"{table.title}共 {len(table.rows)} 行{more}。")
        self.previewed.emit()

    def _ask_and_export(self) -> None:
        name = f"{self.ui.returnCombo.currentText()}-{dt.date.today():%Y%m%d}.xlsx"
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        target, _ = QFileDialog.getSaveFileName(self, "导出到", str(Path(folder) / name), "Excel 工作簿 (*.xlsx)")
        if target:
            self.export_to(Path(target))

    def export_to(self, target: Path) -> Task | None:
        try:
            code, period = self.code(), self.period()
        except DeskError as exc:
            self.ui.statusLabel.setText(exc.message)
            return None
        full = self.ui.fullIdsCheck.isChecked() and self.ui.fullIdsCheck.isEnabled()
        template = Path(self.ui.templateEdit.text()) if self.ui.templateEdit.text() else None
        from jinsha_desk.returns.export import export_return

        return self._run(
            lambda progress, cancelled: export_return(code, target, period, full, template, progress, cancelled),
            self._exported, "正在导出……",
        )

    def _exported(self, result) -> None:  # returns.export.ExportResult
        self.last_export = result.path
        self.ui.openFolderButton.setEnabled(True)
        unfilled = f"模板中这些列没有可填的数据：{'、'.join(result.unfilled)}。" if result.unfilled else ""
        unmatched = (f"下拉列表中没有对应项、已按原样填写：{'；'.join(result.unmatched)}。" if result.unmatched else "")
        self.ui.statusLabel.setText(f"已导出 {result.rows} 行到 {result.path}。{unfilled}{unmatched}")
        self.refresh()
        self.exported.emit(result)

    def open_folder(self) -> None:
        if self.last_export is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_export.parent)))
