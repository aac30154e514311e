"""Desktop benchmark: cold start to a usable window (demo and 100,000 residents), and the time from
typing a search to the updated table at 100,000 residents.

Run by hand:  QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_gui.py
"""

from __future__ import annotations

import time

STARTED = time.perf_counter()

import os  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402

OUT = Path(__file__).parent / "out"


def signed_in():
    """The clerk has typed their password: the benchmark measures the app, not the typing."""
    from jinsha_desk import auth

    return auth.Session("基准测试", auth.CLERK)


def child(db: str, demo: bool) -> None:
    """Start the app as `jinsha-desk` would, and report when the roster is painted."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from jinsha_desk.ui.app import build_window, install_translations

    app = QApplication(sys.argv)
    install_translations(app)
    window = build_window(Path(db), demo=demo, sign_in=signed_in)
    window.ui.navList.setCurrentRow(1)
    window.show()

    def painted() -> None:
        window.roster.ui.residentTable.viewport().repaint()
        print(f"{time.perf_counter() - STARTED:.3f}")
        app.quit()

    QTimer.singleShot(0, painted)
    app.exec()


def cold_start(db: Path, demo: bool, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        args = [sys.executable, __file__, "--child", str(db)] + (["--demo"] if demo else [])
        out = subprocess.run(args, check=True, capture_output=True, text=True, env=os.environ).stdout
        times.append(float(out.strip().splitlines()[-1]))
    return statistics.median(times)


def search_latency(db: Path, queries: list[str]) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from jinsha_desk.ui.app import build_window

    app = QApplication.instance() or QApplication(sys.argv)
    window = build_window(db, sign_in=signed_in)
    window.ui.navList.setCurrentRow(1)
    window.show()
    app.processEvents()
    edit = window.roster.ui.searchEdit
    results = {}
    for q in queries:
        times = []
        for _ in range(7):
            edit.clear()
            app.processEvents()
            start = time.perf_counter()
            edit.setText(q)  # what one keystroke does: filter, count, refill the visible rows
            window.roster.ui.residentTable.viewport().repaint()
            times.append(time.perf_counter() - start)
        results[q] = statistics.median(times) * 1000
    window.close()
    return results


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    OUT.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["JINSHA_DESK_HOME"] = tmp
        big = OUT / "gui-100k.db"
        if not big.exists():
            from jinsha_desk.db.connection import open_database
            from jinsha_desk.demo import seed_demo

            db = open_database(big)
            seed_demo(100_000)
            db.close()
        child_demo = cold_start(Path(tmp) / "unused.db", demo=True, runs=1)  # seeds the demo once
        demo = cold_start(Path(tmp) / "unused.db", demo=True)
        large = cold_start(big, demo=False)
        latencies = search_latency(big, ["王", "lxq", "李秀", "1381", "3栋2单元", "不存在"])
    lines = [
        "| desktop | median |",
        "|---|---|",
        f"| cold start to painted roster, demo (6,000 residents) | {demo:.2f} s |",
        f"| cold start to painted roster, 100,000 residents | {large:.2f} s |",
        f"| first start of the demo, seeding it | {child_demo:.2f} s |",
        *[f"| search `{q}` at 100,000: keystroke to repainted table | {ms:.0f} ms |" for q, ms in latencies.items()],
    ]
    text = "\n".join(lines)
    print(text)
    (OUT / "gui.md").write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    if "--child" in sys.argv:
        child(sys.argv[sys.argv.index("--child") + 1], "--demo" in sys.argv)
    else:
        main()
