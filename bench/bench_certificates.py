"""Certificates benchmark: 1,000 certificates in one PDF through the command line, process start
included (goal: under 2 s, under 5 MB).

Run by hand:  .venv/bin/python bench/bench_certificates.py
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

OUT = Path(__file__).parent / "out"


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["JINSHA_DESK_HOME"] = tmp
        from jinsha_desk.db.connection import open_database
        from jinsha_desk.demo import seed_demo
        from jinsha_desk.honours import campaigns as c
        from jinsha_desk.models import Household

        db = open_database(Path(tmp) / "bench.db")
        seed_demo(4000)
        year = dt.date.today().year
        campaign = c.create_campaign(c.CampaignInput("十佳文明家庭", year, c.HOUSEHOLD, 1000))
        for hid in [h for (h,) in Household.select(Household.id).limit(1000).tuples()]:
            c.nominate(campaign, hid, "楼栋长推荐", "孝老爱亲，邻里和睦。")
        c.choose_top(campaign)
        start_day = dt.date(year, 1, 5)
        c.start_notice(campaign, start_day, end=start_day + dt.timedelta(days=7))
        c.confirm(campaign, start_day + dt.timedelta(days=10))
        c.issue_certificates(campaign, start_day + dt.timedelta(days=10), without_head_ok=True)
        db.close()
        target = Path(tmp) / "certificates.pdf"
        command = [sys.executable, "-m", "jinsha_desk", "--db", str(Path(tmp) / "bench.db"),
                   "certificates", str(campaign), "--out", str(target)]
        runs = []
        for _ in range(5):
            start = time.perf_counter()
            subprocess.run(command, check=True, capture_output=True, env=os.environ)
            runs.append(time.perf_counter() - start)
        seconds = statistics.median(runs)
        size = target.stat().st_size / 1024 / 1024
    text = (
        "| certificates | seconds | file |\n|---|---|---|\n"
        f"| 1,000 in one PDF, `jinsha-desk certificates` from start to exit, median of 5 (goal < 2 s, < 5 MB) "
        f"| {seconds:.2f} | {size:.2f} MB |\n"
    )
    print(text)
    OUT.mkdir(exist_ok=True)
    (OUT / "certificates.md").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
