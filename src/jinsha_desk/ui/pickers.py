"""Picking a household or a resident by typing, as the clerk names them: an address, a name, pinyin."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

Source = Callable[[str], list[tuple[int, str]]]


class SearchPicker(QWidget):
    """A search box over a list of matches; ``chosen`` carries the picked record's id."""

    chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source: Source = lambda text: []
        self.selected_id: int | None = None
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.setMaximumHeight(110)
        self.picked = QLabel("尚未选择", self)
        self.picked.setStyleSheet("color: #1e8449;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.search, self.results, self.picked):
            layout.addWidget(widget)
        self.search.textChanged.connect(self._search)
        self.results.currentItemChanged.connect(self._picked)

    def set_source(self, source: Source, placeholder: str = "") -> None:
        self._source = source
        self.search.setPlaceholderText(placeholder)

    def choose(self, record_id: int, label: str) -> None:
        """Preselect a record (a household from the overdue list, say)."""
        self.results.clear()
        item = QListWidgetItem(label, self.results)
        item.setData(Qt.ItemDataRole.UserRole, record_id)
        self.results.setCurrentItem(item)

    def _search(self, text: str) -> None:
        self.results.clear()
        for record_id, label in self._source(text):
            item = QListWidgetItem(label, self.results)
            item.setData(Qt.ItemDataRole.UserRole, record_id)
        if self.results.count() == 1:
            self.results.setCurrentRow(0)

    def _picked(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        self.selected_id = item.data(Qt.ItemDataRole.UserRole)
        self.picked.setText(f"已选择：{item.text()}")
        self.chosen.emit(self.selected_id)
