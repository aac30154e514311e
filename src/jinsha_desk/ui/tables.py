"""Filling the small read-only tables of the pages, with each row's record id kept on it."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableWidget, QTableWidgetItem

RowIdRole = Qt.ItemDataRole.UserRole + 10


def fill_table(
    table: QTableWidget,
    headers: Sequence[str],
    rows: Sequence[Sequence[object]],
    ids: Sequence[int] | None = None,
    stretch: bool = False,
    empty: str = "",
) -> None:
    """Fill a read-only table; ``empty`` says, over an empty table, what would be there and how to add it.
    The row selected before stays selected when its record is still listed."""
    kept = selected_row_id(table)
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            text = "" if value is None else (f"{value:g}" if isinstance(value, float) else str(value))
            item = QTableWidgetItem(text)
            if ids is not None and c == 0:
                item.setData(RowIdRole, ids[r])
            table.setItem(r, c, item)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    if stretch:
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    else:
        table.resizeColumnsToContents()
        header.setStretchLastSection(True)
    if kept is not None and ids is not None and kept in ids:
        table.selectRow(list(ids).index(kept))
    if empty or table.findChild(_EmptyNote) is not None:
        show_empty_note(table, empty)


class _EmptyNote(QObject):
    """A note centred over an empty table's viewport, kept in place as the table is resized."""

    def __init__(self, table: QTableWidget) -> None:
        super().__init__(table)
        self.label = QLabel(table.viewport())
        self.label.setObjectName("emptyNote")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.label.setStyleSheet("color: #7f8c8d;")
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.label.setGeometry(watched.rect())
        return False


def show_empty_note(table: QTableWidget, text: str) -> None:
    note = table.findChild(_EmptyNote) or _EmptyNote(table)
    note.label.setText(text)
    note.label.setGeometry(table.viewport().rect())
    note.label.setVisible(bool(text) and table.rowCount() == 0)


def empty_note(table: QTableWidget) -> str:
    """The note a clerk sees over the table, '' when none is shown."""
    note = table.findChild(_EmptyNote)
    return note.label.text() if note is not None and note.label.isVisibleTo(table) else ""


def selected_row_id(table: QTableWidget) -> int | None:
    row = table.currentRow()
    if row < 0 or table.item(row, 0) is None:
        return None
    return table.item(row, 0).data(RowIdRole)


def add_row_actions(
    table: QAbstractItemView, actions: Sequence[tuple[str, Callable[[], object], QKeySequence.StandardKey | str | None]],
) -> list[QAction]:
    """Right-click actions on a table's rows, each with the key a clerk expects (Delete removes, Enter
    opens), active while the table has the focus."""
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    made = []
    for text, handler, key in actions:
        action = QAction(text, table)
        if key is not None:
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False, run=handler: run())
        table.addAction(action)
        made.append(action)
    return made
