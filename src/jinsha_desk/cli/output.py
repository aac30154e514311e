"""How every command shows its result: one JSON document with ``--json`` (a list is one array, so a
script reads any command the same way), otherwise a table a person reads in a terminal."""

from __future__ import annotations

import argparse
import json
import unicodedata
from collections.abc import Callable, Mapping, Sequence

Row = Mapping[str, object]
# A column of the person's table: its Chinese header and the key (or a function) giving its value.
Column = tuple[str, "str | Callable[[Row], object]"]


def add_json_flag(parser: argparse.ArgumentParser, under_command: bool = False) -> None:
    """``--json``; on an action under a command (``meetings show 3 --json``) it only overrides the
    command's own flag when given."""
    parser.add_argument("--json", action="store_true", help="以 JSON 输出（列表为一个 JSON 数组）",
                        default=argparse.SUPPRESS if under_command else False)


def _width(text: str) -> int:
    """Columns a terminal gives the text: Chinese characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else ""
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, (list, tuple)):
        return "、".join(_cell(v) for v in value)
    return str(value)


def table(rows: Sequence[Row], columns: Sequence[Column]) -> str:
    """Rows as aligned columns under their headers."""
    grid = [[header for header, _ in columns]]
    for row in rows:
        grid.append([_cell(get(row) if callable(get) else row.get(get)) for _, get in columns])
    widths = [max(_width(line[i]) for line in grid) for i in range(len(columns))]
    lines = []
    for line in grid:
        padded = [text + " " * (widths[i] - _width(text)) for i, text in enumerate(line[:-1])]
        lines.append("  ".join([*padded, line[-1]]).rstrip())
    return "\n".join(lines)


def show(
    args: argparse.Namespace, data: object, columns: Sequence[Column] = (), summary: str = "", text: str = "",
) -> int:
    """Print ``data`` as JSON when asked, else as a table of ``columns`` (for a list) or ``text``,
    then the summary line. Returns the command's exit code."""
    if getattr(args, "json", False):
        print(json.dumps(data, ensure_ascii=False, default=str))
        return 0
    if columns:
        rows = data if isinstance(data, list) else []
        if rows:
            print(table(rows, columns))
    if text:
        print(text)
    if summary:
        print(summary)
    return 0


def wrote(path: object) -> int:
    """A command that made a file says where it is."""
    print(f"已生成 {path}")
    return 0
