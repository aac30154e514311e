"""The residents table: keeps the matching ids and fetches rows a block at a time as they scroll
into view, so 100,000 residents open, scroll and sort without loading them all."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from jinsha_desk.models import STATUS_ACTIVE
from jinsha_desk.roster.browse import (
    COLUMNS,
    RosterFilter,
    RosterRow,
    matching_ids,
    rows_for,
    rows_on,
)
from jinsha_desk.roster.idcard import mask

ResidentIdRole = Qt.ItemDataRole.UserRole + 1
HouseholdIdRole = Qt.ItemDataRole.UserRole + 2
# Rows are fetched as they come into view, a screenful (60) at a time: every keystroke of a search
# fetches the first block again, so a larger block costs typing.
_BLOCK = 60

Index = QModelIndex | QPersistentModelIndex
_ANSWERED_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, ResidentIdRole, HouseholdIdRole,
                             Qt.ItemDataRole.ForegroundRole})


class ResidentTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._ids: list[int] = []
        self._blocks: dict[int, list[RosterRow]] = {}
        self._rows_on_day: list[RosterRow] | None = None  # the roster of a past day, held whole
        self._filter = RosterFilter()
        self._sort = ("address", False)
        self._reveal_ids = False
        self._today = dt.date.today()

    # What the roster page sets.
    def set_filter(self, roster_filter: RosterFilter) -> None:
        self._filter = roster_filter
        self.reload()

    def set_reveal_ids(self, reveal: bool) -> None:
        self._reveal_ids = reveal
        column = [key for key, _ in COLUMNS].index("id_number")
        if self._ids:
            self.dataChanged.emit(self.index(0, column), self.index(len(self._ids) - 1, column))

    def reload(self) -> None:
        self.beginResetModel()
        if self._filter.as_of is None:
            self._rows_on_day = None
            self._ids = matching_ids(self._filter, *self._sort)
        else:
            self._rows_on_day = rows_on(self._filter, *self._sort)
            self._ids = [row.resident_id for row in self._rows_on_day]
        self._blocks.clear()
        self._today = self._filter.as_of or dt.date.today()  # ages as they were that day
        self.endResetModel()

    def row_of(self, resident_id: int) -> int:
        try:
            return self._ids.index(resident_id)
        except ValueError:
            return -1

    def resident_row(self, row: int) -> RosterRow:
        if self._rows_on_day is not None:
            return self._rows_on_day[row]
        block = row // _BLOCK
        if block not in self._blocks:
            self._blocks[block] = rows_for(self._ids[block * _BLOCK : (block + 1) * _BLOCK])
        return self._blocks[block][row % _BLOCK]

    # QAbstractTableModel
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section][1]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        # A repaint asks each cell for eight roles or so: the ones not answered go before any lookup.
        if role not in _ANSWERED_ROLES or not index.isValid():
            return None
        row = self.resident_row(index.row())
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            value = row.value(key, self._today)
            if key == "id_number" and not self._reveal_ids:
                return mask(str(value))
            return value
        if role == ResidentIdRole:
            return row.resident_id
        if role == HouseholdIdRole:
            return row.household_id
        if role == Qt.ItemDataRole.ForegroundRole and row.status != STATUS_ACTIVE:
            return QColor("#888888")
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (COLUMNS[column][0], order == Qt.SortOrder.DescendingOrder)
        self.reload()
