"""Filling the street office's own template: find its header row, fill the columns we recognise, keep
its title and formatting, and say which columns could not be filled."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path

from jinsha_desk.errors import Cancelled, DeskError
from jinsha_desk.importing.headers import HEADER_SEARCH_ROWS, clean_header, field_for
from jinsha_desk.returns.form import ReturnTable, cell_value

# Template headers that carry a whole address, filled from our grid-less address parts.
_ADDRESS_KEYS = {"address", "registered_address"}
# A template's column for a field we keep under another name (a 手机号码 column gets the phone).
_FILLED_FROM = {"mobile": "phone", "registered_address": "address"}


def _column_for(header: object, table: ReturnTable) -> int | None:
    """Which of the table's columns a template header asks for: by our own heading, else by the
    importer's synonyms (身份证号 → id_number …)."""
    cleaned = clean_header(header)
    if not cleaned:
        return None
    for index, column in enumerate(table.columns):
        if clean_header(column.header) == cleaned:
            return index
    key = field_for(header)
    key = _FILLED_FROM.get(key, key)
    for index, column in enumerate(table.columns):
        if key and column.key == key:
            return index
    return None


def _address_parts(table: ReturnTable) -> list[int] | None:
    keys = [c.key for c in table.columns]
    if all(k in keys for k in ("building", "unit", "room")):
        return [keys.index(k) for k in ("building", "unit", "room")]
    return None


def fill_template(
    table: ReturnTable, template: Path, out: Path, cancel: Callable[[], bool] | None = None
) -> tuple[Path, list[str]]:
    from openpyxl import load_workbook

    if not template.is_file():
        raise DeskError(f"找不到模板文件：{template}")
    try:
        workbook = load_workbook(template)
    except Exception as exc:  # openpyxl raises many kinds for a file that is not a workbook
        raise DeskError(f"模板 {template.name} 无法作为 Excel 工作簿打开：{exc}") from exc
    sheet = workbook.worksheets[0]
    best_row, best = None, {}
    for row in sheet.iter_rows(min_row=1, max_row=min(sheet.max_row, HEADER_SEARCH_ROWS)):
        found = {cell.column: _column_for(cell.value, table) for cell in row if cell.value is not None}
        matched = {col: idx for col, idx in found.items() if idx is not None}
        address = [cell.column for cell in row
                   if cell.column not in matched and cell.value is not None and field_for(cell.value) in _ADDRESS_KEYS]
        if len(matched) + len(address) > len(best):
            best_row, best = row[0].row, {**matched, **{col: "address" for col in address}}
    if best_row is None or len(best) < 2:
        raise DeskError(f"没有在模板 {template.name} 前 {HEADER_SEARCH_ROWS} 行里找到能识别的表头。")
    headers = {cell.column: cell.value for cell in sheet[best_row] if cell.value is not None}
    unfilled = [str(h).strip() for col, h in headers.items() if col not in best]
    parts = _address_parts(table)
    first_data = best_row + 1
    styles = {col: copy.copy(sheet.cell(row=first_data, column=col)._style) for col in headers}
    for offset, values in enumerate(table.rows):
        if offset % 2000 == 0 and cancel is not None and cancel():
            raise Cancelled()
        for col, source in best.items():
            if source == "address":
                value = "".join(str(values[i] or "") for i in parts) if parts else ""
                kind = "text"
            else:
                value, kind = values[source], table.columns[source].kind
            cell = sheet.cell(row=first_data + offset, column=col, value=cell_value(value, kind))
            cell._style = copy.copy(styles[col])
            if kind in ("id", "phone"):
                cell.number_format = "@"
            elif kind == "date":
                cell.number_format = "yyyy-mm-dd"
    out.parent.mkdir(parents=True, exist_ok=True)
    workbook.save(out)
    return out, unfilled
