"""Certificates benchmark: 1,000 certificates in one PDF (goal: under 10 s, under 5 MB).

Run by hand:  .venv/bin/python bench/bench_certificates.py
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
import time
from pathlib import Path

OUT = Path(__file__).parent / "out"


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["JINSHA_DESK_HOME"] = tmp
        from jinsha_desk.db.connection import open_database
        from jinsha_desk.documents.honour_docs import write_certificates
        from jinsha_desk.honours import campaigns as c
        from jinsha_desk.models import Household
        from jinsha_desk.demo import seed_demo

        open_database(Path(tmp) / "bench.db")
        seed_demo(4000)
        campaign = c.create_campaign(c.CampaignInput("文明家庭", 2030, c.HOUSEHOLD, 1000))
        for hid in [h for (h,) in Household.select(Household.id).limit(1000).tuples()]:
            c.nominate(campaign, hid, "楼栋长推荐", "孝老爱亲，邻里和睦。")
        c.choose_top(campaign)
        c.start_notice(campaign, dt.date(2030, 12, 2))
        c.confirm(campaign, dt.date(2030, 12, 12))
        c.issue_certificates(campaign, dt.date(2030, 12, 12))
        target = Path(tmp) / "certificates.pdf"
        start = time.perf_counter()
        write_certificates(campaign, target)
        seconds = time.perf_counter() - start
        size = target.stat().st_size / 1024 / 1024
    text = (
        "| certificates | seconds | file |\n|---|---|---|\n"
        f"| 1,000 in one PDF (goal < 10 s, < 5 MB) | {seconds:.2f} | {size:.2f} MB |\n"
    )
    print(text)
    OUT.mkdir(exist_ok=True)
    (OUT / "certificates.md").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
