"""Reading workbook and CSV files into plain grids of cells, numbered as the spreadsheet numbers them.

python-calamine reads .xlsx and legacy .xls about twelve times faster than openpyxl
(bench/README.md) and reports merged ranges, whose top-left value is copied into every
cell of the range so that a building merged over a household's rows applies to each row.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import sys
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from jinsha_desk.errors import DeskError

WORKBOOK_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".ods"}
CSV_SUFFIXES = {".csv", ".txt"}
# A sheet claiming more than this is refused before it is read: rosters are far smaller, and a
# stray cell in the far corner must not make the reader allocate the whole grid.
MAX_ROWS = 1_000_000
MAX_COLUMNS = 200
# A workbook is a zip: one that unpacks to more than this (a zip bomb) is refused.
MAX_UNPACKED = 1024 * 1024 * 1024
# A cell reference past MAX_COLUMNS (column GR is the 200th: three letters, or two from GS on) or past
# MAX_ROWS (a seven-digit row from 1,000,001 on, or eight digits).
_BEYOND = re.compile(rb' r="(?:[A-Z]{3}|[H-Z][A-Z]|G[S-Z]|[A-Z]{1,2}(?:\d{8}|[1-9]\d{6}(?<!1000000)))')
# Every letter read as A and every digit as 0, a reference that could be past the limits shows as r="AA
# (two or more letters) or ends in seven digits: found by a plain substring search, three times quicker
# than the regular expression above stopping at each of a roster's two million references, which
# then looks only at the rare piece of a sheet with such a mark.
_FOLD = bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", b"A" * 26 + b"0" * 10)
_MAYBE_BEYOND = (b' r="AA', b'0000000"')
_CHUNK = 1 << 20
_CELL_REFERENCE = re.compile(rb'<c r="([A-Z]+)(\d+)"')


@dataclass
class SheetCells:
    file: str
    sheet: str
    # Every row has the same width.
    rows: list[list[object]]
    # Rows whose own cells are empty, although merged cells above them fill some of their cells.
    blank_under_merges: frozenset[int] = frozenset()
    # How many rows above rows[0] the sheet leaves empty: rows[i] is the spreadsheet's row
    # first_row + i + 1.
    first_row: int = 0


def _pad(rows: list[list[object]]) -> list[list[object]]:
    """The rows, each as wide as the widest (lengthened in place: a workbook's rows already are)."""
    width = max((len(r) for r in rows), default=0)
    for row in rows:
        if len(row) < width:
            row.extend([""] * (width - len(row)))
    return rows


def _check_xlsx(path: Path) -> None:
    """Refuse, before the reader allocates it, an .xlsx whose sheets reach further than a roster can,
    or that unpacks to more than MAX_UNPACKED. The cells are scanned, not the sheet's <dimension>:
    a damaged or hand-made file can claim A1:B2 and hold a cell at XFD1048576, and the reader then
    asks for half a terabyte and ends the program."""
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        return  # not a zip: the reader says what it is
    with archive:
        if sum(info.file_size for info in archive.infolist()) > MAX_UNPACKED:
            raise DeskError(f"文件 {path.name} 解压后超过 1 GB，不像是花名册，已拒绝读取。")
        for info in archive.infolist():
            if not info.filename.startswith("xl/worksheets/") or not info.filename.endswith(".xml"):
                continue
            if _holds_cells_beyond_limits(archive, info):
                raise _reaching_too_far(path)


def _reaching_too_far(path: Path) -> DeskError:
    return DeskError(f"文件 {path.name} 中有工作表的数据范围超过 {MAX_ROWS:,} 行或 {MAX_COLUMNS} 列"
                     "（可能有单元格误填在很远的位置），请删除多余的单元格后重新导入。")


def _holds_cells_beyond_limits(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    """Whether a sheet's cells span more than MAX_ROWS or MAX_COLUMNS (read in pieces). A lone cell far
    away is no danger: the reader starts from the first used cell."""
    tail = b""
    with archive.open(info) as sheet:
        while chunk := sheet.read(_CHUNK):
            data = tail + chunk
            folded = data.translate(_FOLD)
            if any(mark in folded for mark in _MAYBE_BEYOND) and _BEYOND.search(data):
                return _too_large(_extent(archive, info))
            tail = data[-32:]
    return False


def _extent(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> tuple[int, int, int, int]:
    """(first column, first row, last column, last row) over every cell of a sheet."""
    first_col = first_row = sys.maxsize
    last_col = last_row = 0
    for column, row in _cell_positions(archive, info):
        first_col, last_col = min(first_col, column), max(last_col, column)
        first_row, last_row = min(first_row, row), max(last_row, row)
    return first_col, first_row, last_col, last_row


def _cell_positions(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> Iterator[tuple[int, int]]:
    tail = b""
    with archive.open(info) as sheet:
        while True:
            chunk = sheet.read(_CHUNK)
            data = tail + chunk
            # A reference cut in two is read with the next piece.
            cut = max(data.rfind(b"<c "), 0) if chunk else len(data)
            for letters, digits in _CELL_REFERENCE.findall(data, 0, cut):
                yield _column_number(letters), int(digits)
            if not chunk:
                return
            tail = data[cut:]


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


def _too_large(extent: tuple[int, int, int, int]) -> bool:
    first_col, first_row, last_col, last_row = extent
    return last_row - first_row + 1 > MAX_ROWS or last_col - first_col + 1 > MAX_COLUMNS


def _read_workbook(path: Path, while_reading: Callable[[], object] | None) -> list[SheetCells]:
    from python_calamine import CalamineWorkbook

    if path.suffix.lower() in (".xlsx", ".xlsm"):
        _check_xlsx(path)
    try:
        workbook = CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # calamine raises its own error types for every kind of bad file
        # An .ods reaching too far: calamine reads its sheets on opening and refuses past 100 million cells.
        if "Cell limit exceeded" in str(exc):
            raise _reaching_too_far(path) from exc
        raise DeskError(f"文件 {path.name} 无法作为Excel工作簿打开：{_what_it_is(path)}") from exc
    if while_reading is not None:
        while_reading()
    sheets = []
    for name in workbook.sheet_names:
        sheet = workbook.get_sheet_by_name(name)
        if sheet.height > MAX_ROWS or sheet.width > MAX_COLUMNS:
            raise DeskError(f"文件 {path.name} 的工作表「{name}」数据范围超过 {MAX_ROWS:,} 行或 {MAX_COLUMNS} 列，"
                            "请删除多余的单元格后重新导入。")
        # From the first used cell, not from A1: a lone cell far away is not padded out to a grid.
        top, left = sheet.start if sheet.height else (0, 0)
        rows = _pad(sheet.to_python(skip_empty_area=True)) if sheet.height else []
        merges = [((r0 - top, c0 - left), (r1 - top, c1 - left))
                  for (r0, c0), (r1, c1) in sheet.merged_cell_ranges or [] if r0 >= top and c0 >= left]
        empty = {i for i, row in enumerate(rows) if all(_empty(c) for c in row)} if merges else set()
        for (r0, c0), (r1, c1) in merges:
            if r0 >= len(rows):
                continue
            value = rows[r0][c0] if c0 < len(rows[r0]) else ""
            for r in range(r0, min(r1, len(rows) - 1) + 1):
                for c in range(c0, min(c1, len(rows[r]) - 1) + 1):
                    rows[r][c] = value
        filled = {i for i in empty if not all(_empty(c) for c in rows[i])}
        sheets.append(SheetCells(path.name, name, rows, frozenset(filled), top))
    return sheets


def _empty(cell: object) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.replace("\u3000", " ").strip())


def _what_it_is(path: Path) -> str:
    """Why a workbook will not open, said from its first bytes."""
    with path.open("rb") as handle:
        head = handle.read(8)
    if not head:
        return "文件是空的。"
    if head.startswith(b"\xd0\xcf\x11\xe0") and path.suffix.lower() != ".xls":
        return "文件设有打开密码（已加密）。请在Excel中取消密码后另存，再导入。"
    if head.startswith(b"%PDF"):
        return "它其实是PDF文件，不是Excel工作簿。"
    if head.startswith(b"PK"):
        return "文件已损坏，或不是Excel工作簿（可能是其他程序的压缩文件）。"
    return f"它的内容不是Excel工作簿（扩展名是 {path.suffix}）。如果是文本或CSV，请改为 .csv 后再导入。"


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
    data = path.read_bytes()
    if not data.strip(b"\xef\xbb\xbf \r\n\t,;"):
        raise DeskError(f"文件 {path.name} 是空的，没有可以导入的内容。")
    if data.startswith((b"PK", b"\xd0\xcf\x11\xe0", b"%PDF")):
        raise DeskError(f"文件 {path.name} 不是文本或CSV文件（扩展名是 {path.suffix}），可能是Excel工作簿，"
                        "请把扩展名改为 .xlsx 或 .xls 后再导入。")
    text = decode_text(data, path.name)
    sample = text[:8192]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",\t;")
    except csv.Error:
        dialect = csv.excel
    try:
        rows: list[list[object]] = [list(r) for r in csv.reader(io.StringIO(text), dialect)]
    except csv.Error as exc:
        raise DeskError(f"文件 {path.name} 中有一格内容过长（超过 {csv.field_size_limit():,} 个字符）或格式损坏，"
                        "不像是花名册。请检查文件后重新导入。") from exc
    return [SheetCells(path.name, "CSV", _pad(rows))]


def read_cells(path: Path, while_reading: Callable[[], object] | None = None) -> list[SheetCells]:
    """Every sheet of a roster file as cells; raises DeskError for files it cannot read.

    ``while_reading`` is called as python-calamine starts on a workbook's cells, which it reads without
    holding the interpreter: other threads run meanwhile (and would only slow the checks before)."""
    path = Path(path)
    if not path.is_file():
        raise DeskError(f"找不到文件：{path}")
    suffix = path.suffix.lower()
    if suffix in WORKBOOK_SUFFIXES:
        return _read_workbook(path, while_reading)
    if suffix in CSV_SUFFIXES:
        return _read_csv(path)
    raise DeskError(f"文件 {path.name} 不是能识别的花名册格式（支持 .xlsx、.xls、.csv）。")
