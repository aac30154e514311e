"""Long work off the GUI thread: a plain core function run on the thread pool, its progress and
result turned into signals, with a cancel flag the function checks between steps."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from jinsha_desk.errors import Cancelled, DeskError, explain

log = logging.getLogger(__name__)

Work = Callable[[Callable[[float, str], None], Callable[[], bool]], object]
# Tasks on the pool, kept alive until they finish: a task whose starter is gone (a closed window's
# backup) must still be able to report, and its signals object must not be collected under it.
_running: set[Task] = set()
_running_lock = threading.Lock()


class TaskSignals(QObject):
    progress = Signal(float, str)
    done = Signal(object)
    failed = Signal(str)
    cancelled = Signal()


class Task(QRunnable):
    """Runs ``work(progress, cancelled)``; connect to ``signals`` before calling ``start``."""

    def __init__(self, work: Work) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = TaskSignals()
        self._work = work
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def start(self) -> None:
        with _running_lock:
            _running.add(self)
        QThreadPool.globalInstance().start(self)

    def run(self) -> None:
        try:
            result = self._work(self.signals.progress.emit, self._cancel.is_set)
        except Cancelled:
            self.signals.cancelled.emit()
        except DeskError as exc:
            self.signals.failed.emit(exc.message)
        except Exception as exc:  # shown to the clerk, the traceback goes to the log
            log.exception("background task failed")
            self.signals.failed.emit(explain(exc))
        else:
            self.signals.done.emit(result)
        finally:
            with _running_lock:
                _running.discard(self)


def run_with_progress(
    parent: QWidget, work: Work, text: str, done: Callable[[object], None], stopped: Callable[[str], None],
    cancelled_text: str,
) -> Task:
    """Run ``work`` on the pool behind a progress dialog that shows only if it takes over half a
    second; its Cancel button cancels the work. ``done`` gets the result, ``stopped`` the message of a
    failure or of the cancel."""
    task = Task(work)
    dialog = QProgressDialog(text, "取消", 0, 100, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(500)
    dialog.canceled.connect(task.cancel)
    task.progress_dialog = dialog  # kept with the task for as long as it runs
    task.signals.progress.connect(lambda fraction, _: dialog.setValue(int(fraction * 100)))
    task.signals.done.connect(lambda result: (dialog.reset(), done(result)))
    task.signals.failed.connect(lambda message: (dialog.reset(), stopped(message)))
    task.signals.cancelled.connect(lambda: (dialog.reset(), stopped(cancelled_text)))
    task.start()
    return task
