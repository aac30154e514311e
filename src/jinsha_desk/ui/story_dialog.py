"""档案: one resident's or one household's story, oldest first, to read, narrow by kind and print.
Opened from the roster and from every list that names a resident or a household."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QWidget

from jinsha_desk import story
from jinsha_desk.errors import DeskError
from jinsha_desk.paths import scratch_dir
from jinsha_desk.ui.forms.ui_story_dialog import Ui_StoryDialog
from jinsha_desk.ui.preview_dialog import DocumentPreview
from jinsha_desk.ui.tables import fill_table

_ALL_KINDS = "全部"
RESIDENT, HOUSEHOLD = "居民档案", "家庭档案"


class StoryDialog(QDialog):
    def __init__(self, parent: QWidget | None, resident_id: int | None = None, household_id: int | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_StoryDialog()
        self.ui.setupUi(self)
        self.paper = RESIDENT if resident_id is not None else HOUSEHOLD
        self.story = story.resident_story(resident_id) if resident_id is not None else story.household_story(
            household_id)
        self.setWindowTitle(f"{self.paper}：{self.story.title}")
        self.ui.titleLabel.setText(f"{self.paper}：{self.story.title}")
        self.ui.subjectLabel.setText(self.story.subject)
        self.ui.kindFilter.addItem(_ALL_KINDS)
        self.ui.kindFilter.addItems(list(dict.fromkeys(e.kind for e in self.story.events)))
        self.ui.kindFilter.currentIndexChanged.connect(self.show_events)
        self.ui.printButton.clicked.connect(self.print_story)
        self.ui.closeButton.clicked.connect(self.accept)
        self.show_events()

    def shown_events(self) -> list[story.Event]:
        kind = self.ui.kindFilter.currentText()
        return [e for e in self.story.events if kind in (_ALL_KINDS, e.kind)]

    def show_events(self) -> None:
        events = self.shown_events()
        table = self.ui.eventsTable
        fill_table(table, ["日期", "类别", "内容", "记录人/经办人"],
                   [[e.day.isoformat(), e.kind, e.text, e.who] for e in events], empty="还没有记录。")
        header = table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        table.resizeRowsToContents()
        self.ui.countLabel.setText(f"共 {len(events)} 条")

    def print_story(self) -> None:
        from jinsha_desk.documents.story_docs import write_story  # reportlab only when printing

        try:
            pdf = write_story(self.story, scratch_dir() / f"{self.paper}.pdf", self.paper)
        except DeskError as exc:
            self.ui.statusLabel.setText(exc.message)
            return
        DocumentPreview(pdf, f"{self.paper}：{self.story.title}", self).exec()


def open_story(parent: QWidget, resident_id: int | None = None, household_id: int | None = None) -> None:
    """The story of the resident or household a list names; nothing when the list names none."""
    if resident_id is None and household_id is None:
        return
    try:
        dialog = StoryDialog(parent, resident_id, household_id)
    except DeskError as exc:
        QMessageBox.warning(parent, "档案", exc.message)
        return
    dialog.exec()
