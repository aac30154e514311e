"""Filling the read-only tables of the pages, with each row's record id kept on it.

Small tables are QTableWidgets filled item by item. Lists that grow with the community (a month's
visits at 100,000 residents is 30,000 rows) are QTableViews over a :class:`RowsModel`: filling one is a
model reset, and Qt draws only the rows on screen, so the GUI thread never spends seconds on items."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QTableWidget, QTableWidgetItem

RowIdRole = Qt.ItemDataRole.UserRole + 10
# Columns are sized to the first rows only: measuring 30,000 rows would freeze the window.
_SIZED_ROWS = 200


def cell_text(value: object) -> str:
    return "" if value is None else (f"{value:g}" if isinstance(value, float) else str(value))


class RowsModel(QAbstractTableModel):
    """Plain rows of values (and their record ids) for a QTableView; text is made only for the cells
    Qt draws."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers: list[str] = []
        self.rows: Sequence[Sequence[object]] = []
        self.ids: Sequence[int] | None = None

    def set_rows(self, headers: Sequence[str], rows: Sequence[Sequence[object]], ids: Sequence[int] | None) -> None:
        self.beginResetModel()
        self.headers, self.rows, self.ids = list(headers), rows, ids
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 (Qt's names)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(self.rows[index.row()][index.column()])
        if role == RowIdRole and self.ids is not None:
            return self.ids[index.row()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None


def _model_of(view: QTableView) -> RowsModel:
    model = view.model()
    if not isinstance(model, RowsModel):
        model = RowsModel(view)
        view.setModel(model)
    return model


def row_count(table: QTableView) -> int:
    return table.rowCount() if isinstance(table, QTableWidget) else table.model().rowCount() if table.model() else 0


def text_at(table: QTableView, row: int, column: int) -> str:
    """What the clerk reads in a cell."""
    if isinstance(table, QTableWidget):
        item = table.item(row, column)
        return item.text() if item is not None else ""
    return table.model().index(row, column).data() or ""


def fill_table(
    table: QTableView,
    headers: Sequence[str],
    rows: Sequence[Sequence[object]],
    ids: Sequence[int] | None = None,
    stretch: bool = False,
    empty: str = "",
) -> None:
    """Fill a read-only table; ``empty`` says, over an empty table, what would be there and how to add it.
    The row selected before stays selected when its record is still listed."""
    kept = selected_row_id(table)
    if isinstance(table, QTableWidget):
        _fill_items(table, headers, rows, ids)
    else:
        _model_of(table).set_rows(headers, rows, ids)
        table.horizontalHeader().setResizeContentsPrecision(_SIZED_ROWS)
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


def _fill_items(table: QTableWidget, headers: Sequence[str], rows: Sequence[Sequence[object]],
                ids: Sequence[int] | None) -> None:
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(cell_text(value))
            if ids is not None and c == 0:
                item.setData(RowIdRole, ids[r])
            table.setItem(r, c, item)


class _EmptyNote(QObject):
    """A note centred over an empty table's viewport, kept in place as the table is resized."""

    def __init__(self, table: QTableView) -> None:
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


def show_empty_note(table: QTableView, text: str) -> None:
    note = table.findChild(_EmptyNote) or _EmptyNote(table)
    note.label.setText(text)
    note.label.setGeometry(table.viewport().rect())
    note.label.setVisible(bool(text) and row_count(table) == 0)


def empty_note(table: QTableView) -> str:
    """The note a clerk sees over the table, '' when none is shown."""
    note = table.findChild(_EmptyNote)
    return note.label.text() if note is not None and note.label.isVisibleTo(table) else ""


def selected_row_id(table: QTableView) -> int | None:
    index = table.currentIndex()
    if not index.isValid():
        return None
    return table.model().index(index.row(), 0).data(RowIdRole)


def selected_row(table: QTableView) -> int:
    """The current row, -1 when none."""
    index = table.currentIndex()
    return index.row() if index.isValid() else -1


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
