"""The import wizard: choose files → see every problem row → import in the background → summary.

Both the check and the import are the core's import_rosters (the check with dry_run), run on the
thread pool; the window stays responsive and Cancel leaves the database untouched.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFileDialog, QWidget, QWizard

from jinsha_desk.importing.headers import FIELD_LABELS, SKIP
from jinsha_desk.importing.importer import ImportReport, import_with_backup
from jinsha_desk.importing.report import WARNING_TEXT, reason_text, write_rejected
from jinsha_desk.ui.forms.ui_import_wizard import Ui_ImportWizard
from jinsha_desk.ui.tables import fill_table
from jinsha_desk.ui.workers import Task

_PROBLEM_HEADERS = ["文件", "工作表", "行号", "问题"]
_MAPPING_HEADERS = ["文件", "表头", "示例", "导入为"]


def problem_rows(report: ImportReport) -> list[tuple[str, str, int, str]]:
    """Every rejected and warned row, in file order, as the preview lists them."""
    rows = [(r.ref.file, r.ref.sheet, r.ref.row, "不导入：" + reason_text(r)) for r in report.rejected]
    rows += [(w.ref.file, w.ref.sheet, w.ref.row, "提醒：" + WARNING_TEXT[w.code]) for w in report.warnings]
    rows += [(f, s, 0, "整张工作表没有花名册表头，跳过") for f, s in report.sheets_skipped]
    return sorted(rows, key=lambda r: (r[0], r[1], r[2]))


class ImportWizard(QWizard):
    imported = Signal(object)  # the ImportReport, once residents were written

    def __init__(self, parent: QWidget | None = None, files: Sequence[Path] = ()) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportWizard()
        self.ui.setupUi(self)
        self.setButtonText(QWizard.WizardButton.NextButton, "下一步 >")
        self.setButtonText(QWizard.WizardButton.BackButton, "< 上一步")
        self.setButtonText(QWizard.WizardButton.FinishButton, "完成")
        self.setButtonText(QWizard.WizardButton.CancelButton, "关闭")
        # Past the preview there is no way back: the import has begun (or finished).
        self.ui.previewPage.setCommitPage(True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.CommitButton, "开始导入")
        self.preview: ImportReport | None = None
        self.mapping: dict[str, str | None] = {}  # header → field the clerk chose (None: not imported)
        self.result: ImportReport | None = None
        self.outcome = ""
        self.task: Task | None = None
        fill_table(self.ui.problemsTable, _PROBLEM_HEADERS, [])
        self.ui.addFilesButton.clicked.connect(self._choose_files)
        self.ui.removeFileButton.clicked.connect(self._remove_selected)
        self.ui.cancelImportButton.clicked.connect(self.cancel_import)
        self.ui.saveRejectedButton.clicked.connect(self._save_rejected)
        self.ui.filesPage.isComplete = lambda: self.ui.fileList.count() > 0
        self.ui.previewPage.isComplete = lambda: self.preview is not None and self._task_idle()
        self.ui.runPage.isComplete = lambda: self.result is not None or bool(self.outcome)
        self.currentIdChanged.connect(self._entered)
        self.set_files(files)

    # Files
    def files(self) -> list[Path]:
        return [Path(self.ui.fileList.item(i).text()) for i in range(self.ui.fileList.count())]

    def set_files(self, files: Sequence[Path]) -> None:
        for path in files:
            if str(path) not in {str(p) for p in self.files()}:
                self.ui.fileList.addItem(str(path))
        self.ui.filesPage.completeChanged.emit()

    def _choose_files(self) -> None:
        chosen, _ = QFileDialog.getOpenFileNames(
            self, "选择花名册文件", "", "花名册 (*.xlsx *.xls *.csv);;所有文件 (*)"
        )
        self.set_files([Path(p) for p in chosen])

    def _remove_selected(self) -> None:
        for item in self.ui.fileList.selectedItems():
            self.ui.fileList.takeItem(self.ui.fileList.row(item))
        self.ui.filesPage.completeChanged.emit()

    # Pages
    def _task_idle(self) -> bool:
        return self.task is None

    def _entered(self, page_id: int) -> None:
        page = self.page(page_id)
        if page is self.ui.previewPage:
            self._start_preview()
        elif page is self.ui.runPage:
            self._start_import()
        elif page is self.ui.summaryPage:
            self._show_summary()

    def _run(self, dry_run: bool, progress_bar, done, page) -> None:
        files = self.files()
        mapping = dict(self.mapping) or None
        self.task = Task(lambda progress, cancelled: import_with_backup(files, dry_run, progress, cancelled, mapping))
        self.task.signals.progress.connect(lambda fraction, text: (progress_bar.setValue(int(fraction * 100)),
                                                                   progress_bar.setFormat(f"{text}  %p%")))
        self.task.signals.done.connect(done)
        self.task.signals.failed.connect(lambda message: self._stopped(message, page))
        self.task.signals.cancelled.connect(lambda: self._stopped("导入已取消，数据库没有任何改动。", page))
        self.task.start()

    def _start_preview(self) -> None:
        self.preview = None
        self.ui.previewSummary.setText("正在检查文件……")
        self.ui.problemsTable.setRowCount(0)
        self._run(True, self.ui.previewProgress, self._preview_done, self.ui.previewPage)

    def _preview_done(self, report: ImportReport) -> None:
        self.task = None
        self.preview = report
        self.ui.previewProgress.setValue(100)
        self.ui.previewProgress.setFormat("检查完成")
        problems = problem_rows(report)
        self.ui.previewSummary.setText(
            f"将新增 {report.new} 人，更新 {report.updated} 人，{report.unchanged} 人无变化；"
            f"不导入 {len(report.rejected)} 行，提醒 {len(report.warnings)} 条。"
        )
        # Row 0 stands for a whole sheet: shown without a row number.
        fill_table(self.ui.problemsTable, _PROBLEM_HEADERS, [[f, s, r or None, t] for f, s, r, t in problems])
        self._show_mapping(report)
        self.ui.previewPage.completeChanged.emit()

    def _show_mapping(self, report: ImportReport) -> None:
        """How each column was understood, with a few of its values; a combo to change it."""
        uses = report.columns
        fill_table(self.ui.mappingTable, _MAPPING_HEADERS,
                   [[f"{c.file}「{c.sheet}」", c.header, "、".join(c.samples), ""] for c in uses])
        for row, use in enumerate(uses):
            combo = QComboBox(self.ui.mappingTable)
            combo.addItem(SKIP, None)
            for key, label in FIELD_LABELS.items():
                combo.addItem(label, key)
            combo.setCurrentIndex(max(0, combo.findData(use.field)))
            combo.currentIndexChanged.connect(lambda _, c=combo, header=use.header: self.map_column(header, c.currentData()))
            self.ui.mappingTable.setCellWidget(row, 3, combo)
        self.ui.mappingTable.resizeColumnsToContents()

    def map_column(self, header: str, field: str | None) -> None:
        """The clerk says what a column holds: checked again with that mapping."""
        self.mapping[header] = field
        if self._task_idle():
            self._start_preview()

    def _start_import(self) -> None:
        self.result = None
        self.outcome = ""
        self.ui.cancelImportButton.setEnabled(True)
        self.ui.runStatus.setText("正在导入……")
        self._run(False, self.ui.runProgress, self._import_done, self.ui.runPage)

    def cancel_import(self) -> None:
        if self.task is not None:
            self.ui.cancelImportButton.setEnabled(False)
            self.ui.runStatus.setText("正在取消……")
            self.task.cancel()

    def _import_done(self, report: ImportReport) -> None:
        self.task = None
        self.result = report
        self.outcome = "done"
        self.ui.runProgress.setValue(100)
        self.ui.runProgress.setFormat("导入完成")
        self.ui.runStatus.setText("导入完成。")
        self.ui.cancelImportButton.setEnabled(False)
        self.imported.emit(report)
        self.ui.runPage.completeChanged.emit()
        self.next()

    def _stopped(self, message: str, page) -> None:
        self.task = None
        self.outcome = message
        self.ui.cancelImportButton.setEnabled(False)
        if page is self.ui.previewPage:
            self.ui.previewSummary.setText(message)
        else:
            self.ui.runStatus.setText(message)
        page.completeChanged.emit()
        if page is self.ui.runPage:
            self.next()

    def _show_summary(self) -> None:
        report = self.result
        self.setButtonText(QWizard.WizardButton.FinishButton, "完成")
        if report is None:
            self.ui.resultLabel.setText(self.outcome)
            self.ui.saveRejectedButton.setVisible(False)
            return
        self.ui.resultLabel.setText(
            f"导入完成：新增 {report.new} 人，更新 {report.updated} 人，{report.unchanged} 人无变化。\n"
            f"未导入 {len(report.rejected)} 行，提醒 {len(report.warnings)} 条。"
        )
        self.ui.saveRejectedButton.setVisible(bool(report.rejected))

    def save_rejected_to(self, path: Path) -> Path:
        assert self.result is not None
        return write_rejected(self.result, path)

    def _save_rejected(self) -> None:
        target, _ = QFileDialog.getSaveFileName(self, "保存未导入的行", "未导入的行.xlsx", "Excel 工作簿 (*.xlsx)")
        if target:
            self.save_rejected_to(Path(target))
            self.ui.resultLabel.setText(self.ui.resultLabel.text() + f"\n已保存到 {target}，修改后可重新导入。")

    def reject(self) -> None:
        # Closing mid-import cancels it; the task finishes its rollback in the background.
        if self.task is not None:
            self.task.cancel()
        super().reject()
