"""Reading workbook and CSV files into plain grids of cells, numbered as the spreadsheet numbers them.

python-calamine reads .xlsx and legacy .xls about twelve times faster than openpyxl
(bench/README.md) and reports merged ranges, whose top-left value is copied into every
cell of the range so that a building merged over a household's rows applies to each row.
"""

from __future__ import annotations

import codecs
import csv
import io
from dataclasses import dataclass
from pathlib import Path

from jinsha_desk.errors import DeskError

WORKBOOK_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".ods"}
CSV_SUFFIXES = {".csv", ".txt"}


@dataclass
class SheetCells:
    file: str
    sheet: str
    # rows[i] is the spreadsheet's row i + 1; every row has the same width.
    rows: list[list[object]]
    # Rows whose own cells are empty, although merged cells above them fill some of their cells.
    blank_under_merges: frozenset[int] = frozenset()


def _pad(rows: list[list[object]]) -> list[list[object]]:
    width = max((len(r) for r in rows), default=0)
    return [list(r) + [""] * (width - len(r)) for r in rows]


def _read_workbook(path: Path) -> list[SheetCells]:
    from python_calamine import CalamineWorkbook

    try:
        workbook = CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # calamine raises its own error types for every kind of bad file
        raise DeskError(f"文件 {path.name} 无法作为Excel工作簿打开：{exc}") from exc
    sheets = []
    for name in workbook.sheet_names:
        sheet = workbook.get_sheet_by_name(name)
        rows = _pad([list(r) for r in sheet.to_python(skip_empty_area=False)])
        merges = sheet.merged_cell_ranges or []
        empty = {i for i, row in enumerate(rows) if all(_empty(c) for c in row)} if merges else set()
        for (r0, c0), (r1, c1) in merges:
            if r0 >= len(rows):
                continue
            value = rows[r0][c0] if c0 < len(rows[r0]) else ""
            for r in range(r0, min(r1, len(rows) - 1) + 1):
                for c in range(c0, min(c1, len(rows[r]) - 1) + 1):
                    rows[r][c] = value
        filled = {i for i in empty if not all(_empty(c) for c in rows[i])}
        sheets.append(SheetCells(path.name, name, rows, frozenset(filled)))
    return sheets


def _empty(cell: object) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.replace("\u3000", " ").strip())


def decode_text(data: bytes, file_name: str) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030 (a superset of GBK and GB2312).

    Strict UTF-8 decoding almost never succeeds on GBK bytes, so trying it first is a reliable test;
    Excel on Chinese Windows saves "CSV" in GBK, which GB18030 reads.
    """
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(encoding)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError as exc:
        raise DeskError(
            f"文件 {file_name} 的文字编码无法识别（既不是UTF-8也不是GBK/GB18030），"
            "请在Excel中另存为“CSV UTF-8”后重试。"
        ) from exc


def _read_csv(path: Path) -> list[SheetCells]:
    text = decode_text(path.read_bytes(), path.name)
    sample = text[:8192]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",\t;")
    except csv.Error:
        dialect = csv.excel
    rows: list[list[object]] = [list(r) for r in csv.reader(io.StringIO(text), dialect)]
    return [SheetCells(path.name, "CSV", _pad(rows))]


def read_cells(path: Path) -> list[SheetCells]:
    """Every sheet of a roster file as cells; raises DeskError for files it cannot read."""
    path = Path(path)
    if not path.is_file():
        raise DeskError(f"找不到文件：{path}")
    suffix = path.suffix.lower()
    if suffix in WORKBOOK_SUFFIXES:
        return _read_workbook(path)
    if suffix in CSV_SUFFIXES:
        return _read_csv(path)
    raise DeskError(f"文件 {path.name} 不是能识别的花名册格式（支持 .xlsx、.xls、.csv）。")
