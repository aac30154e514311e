"""Filling the small read-only tables of the pages, with each row's record id kept on it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

RowIdRole = Qt.ItemDataRole.UserRole + 10


def fill_table(
    table: QTableWidget,
    headers: Sequence[str],
    rows: Sequence[Sequence[object]],
    ids: Sequence[int] | None = None,
    stretch: bool = False,
) -> None:
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


def selected_row_id(table: QTableWidget) -> int | None:
    row = table.currentRow()
    if row < 0 or table.item(row, 0) is None:
        return None
    return table.item(row, 0).data(RowIdRole)
