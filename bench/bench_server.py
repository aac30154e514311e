"""Several desks on one PostgreSQL server (run by hand; needs PostgreSQL installed, like the tests).

1. 8 desks, each its own process (tests/concurrent_desk.py), save visits, hours and resident
   corrections for --seconds: saves per second in all and the median and 95th percentile save latency.
2. Search at 100,000 residents on the server and on the desk's SQLite file, the same queries as
   bench_roster.py: bench/out/gui-100k.db (made by bench_gui.py) is moved up with move-to.

Results go to bench/out/server.md.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))

QUERIES = ["王", "秀", "李秀", "lxq", "wjg", "zhang", "1381", "510403", "3栋2单元", "12栋1单元1801", "不存在"]


def desks_at_once(url: str, desks: int, seconds: float) -> list[dict]:
    from jinsha_desk.models import Resident

    shared = Resident.select().order_by(Resident.id).first().id
    worker = ROOT / "tests" / "concurrent_desk.py"
    running = [subprocess.Popen([sys.executable, str(worker), url, str(n), str(desks), str(seconds), str(shared)],
                                stdout=subprocess.PIPE, text=True) for n in range(desks)]
    return [json.loads(p.communicate()[0]) for p in running]


def search_medians() -> dict[str, float]:
    from bench_roster import search_latencies

    return search_latencies(QUERIES)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--desks", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=60)
    args = parser.parse_args()
    big = OUT / "gui-100k.db"
    if not big.exists():
        raise SystemExit("run bench/bench_gui.py first: it makes bench/out/gui-100k.db")
    os.environ["JINSHA_DESK_HOME"] = tempfile.mkdtemp()
    from pg_server import Cluster

    from jinsha_desk.db.connection import open_database
    from jinsha_desk.db.location import parse_location
    from jinsha_desk.db.move import move_to_server
    from jinsha_desk.db.server import open_server
    from jinsha_desk.demo import seed_demo

    cluster = Cluster()
    try:
        small = parse_location(cluster.url(cluster.create_database()))
        open_server(small)
        seed_demo(6000)
        results = desks_at_once(small.url, args.desks, args.seconds)
        latencies = sorted(x for r in results for x in r["latencies"])
        saves, errors = len(latencies), sum(len(r["errors"]) for r in results)
        conflicts = sum(r["conflicts"] for r in results)

        with tempfile.TemporaryDirectory() as tmp:
            copy = Path(tmp) / "desk.db"
            copy.write_bytes(big.read_bytes())
            desk = open_database(copy)
            sqlite_search = search_medians()
            target = parse_location(cluster.url(cluster.create_database()))
            started = time.perf_counter()
            move_to_server(desk, open_server(target), target)
            move_s = time.perf_counter() - started
            open_server(target)
            server_search = search_medians()
    finally:
        cluster.stop()

    p95 = latencies[int(len(latencies) * 0.95)] * 1000
    lines = [
        f"{args.desks} desks, {args.seconds:.0f} s, demo community of 6,000 residents on a local server:",
        "",
        "| saves | per second | median ms | 95th percentile ms (goal ≤ 100) | conflicts (shared resident) | errors |",
        "|---|---|---|---|---|---|",
        f"| {saves} | {saves / args.seconds:.0f} | {statistics.median(latencies) * 1000:.1f} | {p95:.1f} "
        f"| {conflicts} | {errors} |",
        "",
        f"move-to of the 100,000-resident desk: {move_s:.1f} s",
        "",
        "| search at 100,000 (all matching ids + first 100 rows) | SQLite median ms | PostgreSQL median ms |",
        "|---|---|---|",
        *[f"| `{q}` | {sqlite_search[q]:.1f} | {server_search[q]:.1f} |" for q in QUERIES],
        f"| **median of all** | **{statistics.median(sqlite_search.values()):.1f}** "
        f"| **{statistics.median(server_search.values()):.1f}** |",
    ]
    text = "\n".join(lines)
    (OUT / "server.md").write_text(text + "\n", encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
