"""What goes into a worksheet cell: text stays text (a value beginning with =, +, -, @ is never a
formula when the street office opens the workbook — OWASP's formula-injection guidance), and characters
a worksheet cannot hold are left out so that one bad value never blocks a return."""

from __future__ import annotations

import re

# Control characters other than tab, line feed and carriage return (what openpyxl refuses to write).
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def sheet_text(value: object) -> object:
    """The value with what a worksheet cannot hold removed (text only; numbers and dates as they are)."""
    return _ILLEGAL.sub("", value) if isinstance(value, str) else value


def put(cell, value: object) -> None:
    """Set a cell (ordinary or write-only) so that text is stored as text, never as a formula."""
    value = sheet_text(value)
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"
