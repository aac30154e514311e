"""Desktop benchmark at 100,000 residents: start to a usable window (sign-in dialog included), closing,
switching to each page, and search as you type, keystroke by keystroke. Medians and 95th percentiles.

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
RUNS = 7
# The README's query set, single characters and pinyin initials, typed one keystroke at a time.
QUERIES = ["王", "秀", "李秀", "lxq", "wjg", "zhang", "1381", "510403", "3栋2单元", "12栋1单元1801", "不存在",
           "张", "刘", "陈", "w", "zj", "ly"]


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def child(db: str) -> None:
    """Start the app as `jinsha-desk --db` would; print when the sign-in dialog would show, when the
    window is usable (roster painted) and how long closing took."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from jinsha_desk import auth
    from jinsha_desk.ui.app import build_window, install_translations

    app = QApplication(sys.argv)
    install_translations(app)
    asked = []

    def sign_in():
        asked.append(time.perf_counter() - STARTED)  # the dialog is up; the clerk's typing is not measured
        return auth.Session("基准测试", auth.CLERK)

    window = build_window(Path(db), sign_in=sign_in)
    window.ui.navList.setCurrentRow(1)
    window.show()

    def painted() -> None:
        window.roster.ui.residentTable.viewport().repaint()
        usable = time.perf_counter() - STARTED
        start = time.perf_counter()
        window.close()
        print(f"{asked[0]:.3f} {usable:.3f} {time.perf_counter() - start:.3f}")
        app.quit()

    QTimer.singleShot(0, painted)
    app.exec()


def starts(db: Path) -> tuple[list[float], list[float], list[float]]:
    asked, usable, closing = [], [], []
    for _ in range(RUNS):
        out = subprocess.run([sys.executable, __file__, "--child", str(db)], check=True, capture_output=True,
                             text=True, env=os.environ).stdout
        a, u, c = (float(v) for v in out.strip().splitlines()[-1].split())
        asked.append(a)
        usable.append(u)
        closing.append(c)
    return asked, usable, closing


def wait_until(app, done) -> None:
    """Turn the event loop as the idle app does: blocked in Qt until an event arrives (a timer wakes
    it at least every 20 ms). A loop that returns at once would hold Python's lock and slow the
    background loads it waits for (processEvents with a time limit does not wait for events)."""
    from PySide6.QtCore import QEventLoop, QTimer

    waker = QTimer(interval=20)
    waker.start()
    while not done():
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    waker.stop()


def page_switches(window, app) -> dict[str, tuple[list[float], list[float]]]:
    """Per page: time until the window answers again (the switch returned), and until its data is
    on screen (the background load done and painted). The 首页 shows its figures before its charts:
    the figures' time is listed as 首页（数字）."""
    results = {}
    figures: list[float] = []
    for index, page in enumerate(window.pages):
        responsive, shown = [], []
        for _ in range(RUNS):
            window.ui.navList.setCurrentRow(1 if index != 1 else 0)
            wait_until(app, lambda: not any(p.loading for p in window.pages))
            start = time.perf_counter()
            window.ui.navList.setCurrentRow(index)
            app.processEvents()
            responsive.append(time.perf_counter() - start)
            if page is window.dashboard:
                wait_until(app, lambda page=page: "figures" not in page._loads)
                figures.append(time.perf_counter() - start)
            wait_until(app, lambda page=page: not page.loading)
            page.repaint()
            shown.append(time.perf_counter() - start)
        results[page.title] = (responsive, shown)
        if page is window.dashboard:
            results["首页（数字）"] = (responsive, figures)
    return results


def keystrokes(window, app) -> list[float]:
    from PySide6.QtTest import QTest

    page = window.roster
    window.ui.navList.setCurrentRow(window.pages.index(page))
    edit = page.ui.searchEdit
    times = []
    for query in QUERIES:
        for _ in range(3):
            edit.clear()
            wait_until(app, lambda: not page.search_pending)
            for character in query:
                start = time.perf_counter()
                if character.isascii():
                    QTest.keyClicks(edit, character)
                else:  # Chinese arrives from the input method as committed text, not as key presses
                    edit.insert(character)
                app.processEvents()
                wait_until(app, lambda: not page.search_pending)
                page.ui.residentTable.viewport().repaint()
                times.append(time.perf_counter() - start)
    return times


def in_process(db: Path):
    from PySide6.QtWidgets import QApplication

    from jinsha_desk import auth
    from jinsha_desk.ui.app import build_window

    app = QApplication.instance() or QApplication(sys.argv)
    window = build_window(db, sign_in=lambda: auth.Session("基准测试", auth.CLERK))
    window.show()
    app.processEvents()
    from PySide6.QtCore import QThreadPool

    switches = page_switches(window, app)
    typed = keystrokes(window, app)
    window.close()
    QThreadPool.globalInstance().waitForDone()  # the closing backup
    return switches, typed


def ms(values: list[float]) -> str:
    return f"{statistics.median(values) * 1000:.0f} / {p95(values) * 1000:.0f} ms"


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
        asked, usable, closing = starts(big)
        switches, typed = in_process(big)
    lines = [
        "| at 100,000 residents | median / p95 |",
        "|---|---|",
        f"| start: process to sign-in dialog | {ms(asked)} |",
        f"| start: process to usable window (roster painted), sign-in typing excluded | {ms(usable)} |",
        f"| close: window gone (the closing backup finishes in the background) | {ms(closing)} |",
        "| page switch: window answers again (all pages, every switch) | "
        f"{ms([t for r, _ in switches.values() for t in r])} |",
        *[f"| page {title}: data on screen, first time shown / shown again | {s[0] * 1000:.0f} ms · {ms(s[1:])} |"
          for title, (_, s) in switches.items()],
        f"| search, keystroke to repainted table ({len(typed)} keystrokes) | {ms(typed)} |",
    ]
    text = "\n".join(lines)
    print(text)
    (OUT / "gui.md").write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    if "--child" in sys.argv:
        child(sys.argv[sys.argv.index("--child") + 1])
    else:
        main()
