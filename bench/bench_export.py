"""Export benchmark: the 100,000-resident roster as a return, against a bare xlsxwriter constant-memory
dump of the same rows with the same cell types (text as strings, dates as dates), measured in the same
run (goal: within 1.5×).

Run by hand:  .venv/bin/python bench/bench_export.py
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

OUT = Path(__file__).parent / "out"


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["JINSHA_DESK_HOME"] = tmp
        import xlsxwriter

        from jinsha_desk.db.connection import open_database
        from jinsha_desk.demo import seed_demo
        from jinsha_desk.returns.export import export_return
        from jinsha_desk.returns.returns import roster_return

        open_database(Path(tmp) / "bench.db")
        seed_demo(100_000)
        rows = roster_return(full_ids=True).rows
        start = time.perf_counter()
        workbook = xlsxwriter.Workbook(str(Path(tmp) / "bare.xlsx"), {"constant_memory": True})
        sheet = workbook.add_worksheet("dump")
        for line, row in enumerate(rows):
            for column, value in enumerate(row):
                if isinstance(value, str):
                    sheet.write_string(line, column, value)
                elif value is not None:
                    sheet.write_datetime(line, column, value)
        workbook.close()
        bare = time.perf_counter() - start
        start = time.perf_counter()
        export_return("roster", Path(tmp) / "roster.xlsx", full_ids=True)
        ours = time.perf_counter() - start
    text = (
        "| roster export, 100,000 residents | seconds |\n|---|---|\n"
        f"| bare xlsxwriter constant-memory dump of the same rows | {bare:.1f} |\n"
        f"| jinsha-desk return (query, form, styles, audit) | {ours:.1f} |\n"
        f"| ratio (goal < 1.5) | {ours / bare:.2f} |\n"
    )
    print(text)
    OUT.mkdir(exist_ok=True)
    (OUT / "export.md").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
