"""Export benchmark: the 100,000-resident roster as a return, against a bare openpyxl write-only dump
of the same rows measured in the same run (goal: within 2×).

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
        from openpyxl import Workbook

        from jinsha_desk.db.connection import open_database
        from jinsha_desk.returns.export import export_return
        from jinsha_desk.returns.returns import roster_return
        from jinsha_desk.demo import seed_demo

        open_database(Path(tmp) / "bench.db")
        seed_demo(100_000)
        rows = roster_return(full_ids=True).rows
        start = time.perf_counter()
        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet("dump")
        for row in rows:
            sheet.append(row)
        workbook.save(Path(tmp) / "bare.xlsx")
        bare = time.perf_counter() - start
        start = time.perf_counter()
        export_return("roster", Path(tmp) / "roster.xlsx", full_ids=True)
        ours = time.perf_counter() - start
    text = (
        "| roster export, 100,000 residents | seconds |\n|---|---|\n"
        f"| bare openpyxl write-only dump of the same rows | {bare:.1f} |\n"
        f"| jinsha-desk return (query, form, styles, audit) | {ours:.1f} |\n"
        f"| ratio (goal < 2) | {ours / bare:.2f} |\n"
    )
    print(text)
    OUT.mkdir(exist_ok=True)
    (OUT / "export.md").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
