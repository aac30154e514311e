"""Roster benchmark: importing a 100,000-row .xlsx end to end, against the fastest reader plus a
raw executemany of the same rows measured in the same run; and search latency at that size.

Run by hand:  .venv/bin/python bench/bench_roster.py [--residents 100000]
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

OUT = Path(__file__).parent / "out"


def write_roster(path: Path, residents: int) -> None:
    from openpyxl import Workbook

    from jinsha_desk.demo import demo_candidates

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("居民花名册")
    ws.append(["网格", "楼栋", "单元", "房号", "姓名", "性别", "公民身份号码", "出生日期", "民族", "联系电话",
               "与户主关系", "政治面貌", "文化程度", "居住状态", "特殊人群", "备注", "序号", "年龄"])
    for i, c in enumerate(demo_candidates(residents), start=1):
        v = c.values
        ws.append([c.grid, c.building, c.unit, c.room, v["name"], v["gender"], c.id_number, v["birth_date"],
                   v["ethnicity"], v["phone"], v["relation"], v["political_status"], v["education"],
                   v["residence_status"], "、".join(c.tags or []), "", i, 2026 - v["birth_date"].year])
    wb.save(path)


def timed(fn):
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def baseline(path: Path, work: Path) -> tuple[float, float]:
    from python_calamine import CalamineWorkbook

    read_s, rows = timed(lambda: CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python())
    conn = sqlite3.connect(work / "raw.db")
    width = len(rows[0])
    conn.execute(f"CREATE TABLE raw ({', '.join(f'c{i}' for i in range(width))})")
    data = [tuple(str(c) for c in r) for r in rows[1:]]

    def insert():
        with conn:
            conn.executemany(f"INSERT INTO raw VALUES ({', '.join('?' * width)})", data)

    insert_s, _ = timed(insert)
    conn.close()
    return read_s, insert_s


def search_latencies(queries: list[str]) -> dict[str, float]:
    from jinsha_desk.roster.browse import RosterFilter, matching_ids, rows_for

    results = {}
    for q in queries:
        times = []
        for _ in range(7):
            start = time.perf_counter()
            ids = matching_ids(RosterFilter(search=q))
            rows_for(ids[:100])
            times.append(time.perf_counter() - start)
        results[q] = statistics.median(times) * 1000
    return results


def measure(roster: Path, residents: int, with_search: bool) -> dict[str, object]:
    """One run in this process: the baseline, then the import into a new database (and search)."""
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        os.environ["JINSHA_DESK_HOME"] = str(work / "home")
        read_s, insert_s = baseline(roster, work)
        from jinsha_desk.db.connection import open_database
        from jinsha_desk.importing.importer import import_rosters

        open_database(work / "bench.db")
        import_s, report = timed(lambda: import_rosters([roster]))
        assert report.new == residents, report.new
        queries = ["王", "秀", "李秀", "lxq", "wjg", "zhang", "1381", "510403", "3栋2单元", "12栋1单元1801", "不存在"]
        latencies = search_latencies(queries) if with_search else {}
    return {"read": read_s, "insert": insert_s, "import": import_s, "search": latencies}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--residents", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--one-run", choices=["plain", "search"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    roster = OUT / f"roster-{args.residents}.xlsx"
    if args.one_run:
        print(json.dumps(measure(roster, args.residents, args.one_run == "search")))
        return
    if not roster.exists():
        print(f"writing {roster} …", flush=True)
        write_roster(roster, args.residents)

    # Each run in a new process, as a clerk's import is (no warm caches), its baseline measured just
    # before it: on this shared machine the speed drifts by tens of percent within minutes, and a
    # ratio taken within one run follows the drift where separate medians would not.
    runs = []
    for number in range(args.runs):
        kind = "search" if number == args.runs - 1 else "plain"
        out = subprocess.run([sys.executable, __file__, "--residents", str(args.residents), "--one-run", kind],
                             check=True, capture_output=True, text=True).stdout
        runs.append(json.loads(out.strip().splitlines()[-1]))
        run = runs[-1]
        print(f"run {number + 1}: baseline {run['read'] + run['insert']:.2f} s, import {run['import']:.2f} s, "
              f"ratio {run['import'] / (run['read'] + run['insert']):.2f}", flush=True)
    ratios = [r["import"] / (r["read"] + r["insert"]) for r in runs]
    latencies = runs[-1]["search"]

    def median(key: str) -> float:
        return statistics.median(r[key] for r in runs)

    lines = [
        f"| step, {args.residents:,} rows (median of {args.runs} runs, each in a new process) | seconds |",
        "|---|---|",
        f"| read .xlsx, python-calamine | {median('read'):.2f} |",
        f"| raw sqlite3 executemany, one transaction | {median('insert'):.2f} |",
        f"| baseline (read + insert) | {statistics.median(r['read'] + r['insert'] for r in runs):.2f} |",
        f"| jinsha-desk import end to end | {median('import'):.2f} |",
        f"| ratio import / baseline, each run's own (goal < 3): median | {statistics.median(ratios):.2f} |",
        f"| ratio, all runs | {' · '.join(f'{r:.2f}' for r in ratios)} |",
        f"| ratio of the fastest import to the fastest baseline (noise only ever adds time) | "
        f"{min(r['import'] for r in runs) / min(r['read'] + r['insert'] for r in runs):.2f} |",
        "",
        "| search (all matching ids + first 100 rows) | median ms |",
        "|---|---|",
        *[f"| `{q}` | {ms:.1f} |" for q, ms in latencies.items()],
        f"| **median of all** | **{statistics.median(latencies.values()):.1f}** |",
    ]
    text = "\n".join(lines)
    print(text)
    (OUT / f"roster-{args.residents}.md").write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
