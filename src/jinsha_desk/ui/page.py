"""What the main window needs of every page, and how pages hear of changes.

The core announces which areas an operation changed (jinsha_desk.changes); the ChangeBus turns that
into a Qt signal, queued onto the GUI thread when an import or restore announces it from a worker.
Each page declares the areas it shows and refreshes itself: at once when it is the current page,
otherwise the next time the window switches to it. A page whose data grows with the community
gathers it on the thread pool (:meth:`Page.load_in_background`) behind a "正在加载……" note, so the
window stays responsive at 100,000 residents.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QInputDialog, QLabel, QLineEdit, QMessageBox, QWidget

from jinsha_desk import audit, changes
from jinsha_desk.errors import DeskError
from jinsha_desk.ui.notices import tell
from jinsha_desk.ui.workers import Task


class ChangeBus(QObject):
    changed = Signal(object)  # frozenset of the areas an operation changed

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stop = changes.subscribe(self._relay)

    def _relay(self, areas: frozenset[str]) -> None:
        if shiboken6.isValid(self):
            self.changed.emit(areas)
        else:
            self.stop()

    def stop(self) -> None:
        self._stop()


class Page(QWidget):
    title: str = ""
    # Names of the buttons (on ``self.ui``) that change data: disabled for a read-only account.
    write_buttons: tuple[str, ...] = ()
    # Buttons that take personal data out of the app (exports, prints, backup copies): a read-only
    # account may use them only when an administrator allows it.
    take_out_buttons: tuple[str, ...] = ()
    # The areas (jinsha_desk.changes) whose changes this page shows.
    shows: frozenset[str] = frozenset()
    # Whether the page reloads every time it is shown (lists that depend on today's date do).
    refresh_when_shown = True
    # Whether the page keeps current even while another page is shown (the dashboard's figures do).
    keep_current = False
    changed = Signal(object)  # the changed areas, once the page has taken them in
    saved = Signal(str)  # what was just saved, for the status bar ("已保存：刘芳 入户走访 2026-11-24")
    loaded = Signal()  # what was gathered in the background is on screen

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stale = True
        self._loads: dict[str, Task] = {}
        self._shown_on: dt.date | None = None
        self._loading_note: QLabel | None = None
        # Right-click actions that change data (add_row_actions): disabled for a read-only account.
        self.writing_actions: list[QAction] = []

    def refresh(self) -> None:
        raise NotImplementedError

    def new_record(self) -> None:
        """Ctrl+N: the page's usual new record (a page without one ignores it)."""

    def search_field(self) -> QLineEdit | None:
        """Ctrl+F goes here."""
        return None

    def take_changes(self, areas: frozenset[str]) -> None:
        if not areas & self.shows:
            return
        if self.keep_current or self.is_current():
            self.refresh()
            self._stale = False
        else:
            self._stale = True
        self.changed.emit(areas)

    def catch_up(self) -> None:
        """After this page's own action: show its result now, even if the page is not on screen."""
        if self._stale:
            self._stale = False
            self.refresh()

    def open_dialog(self, dialog: QDialog) -> bool:
        """Run a dialog that saves through the core; True when it was saved."""
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        self.catch_up()
        if accepted:
            self.saved.emit(getattr(dialog, "saved_message", "") or "已保存")
        return accepted

    # Questions, in methods of their own so that tests can answer them.
    def confirm(self, question: str, title: str = "") -> bool:
        return QMessageBox.question(self, title or self.title, question) == QMessageBox.StandardButton.Yes

    def ask_text(self, title: str, question: str, text: str = "") -> str | None:
        answer, ok = QInputDialog.getText(self, title, question, text=text)
        return answer if ok else None

    def ask_choice(self, title: str, question: str, choices: list[str]) -> str | None:
        answer, ok = QInputDialog.getItem(self, title, question, choices, 0, False)
        return answer if ok else None

    def run_action(self, action: Callable[[], object], done: str, status: QLabel | None = None) -> bool:
        """Run one core operation for the clerk: its DeskError shown (on ``status``, else in a message
        box), or ``done`` in the status bar."""
        try:
            action()
        except DeskError as exc:
            if status is not None:
                status.setText(exc.message)
            else:
                QMessageBox.warning(self, self.title, exc.message)
            return False
        if status is not None:
            status.setText("")
        self.catch_up()
        self.saved.emit(done)
        return True

    # Loading off the GUI thread

    @property
    def loading(self) -> bool:
        return bool(self._loads)

    def load_in_background(self, part: str, gather: Callable[[], object], present: Callable[[object], None]) -> None:
        """Run ``gather`` (core queries on plain values read from the widgets beforehand) on the thread
        pool and give its result to ``present`` on the GUI thread. A newer load of the same ``part``
        replaces an older one still running, whose result is dropped."""
        task = Task(lambda _progress, _cancelled: gather())
        self._loads[part] = task
        task.signals.done.connect(lambda data: self._arrived(part, task, lambda: present(data)))
        task.signals.failed.connect(lambda message: self._arrived(part, task, lambda: self._load_failed(message)))
        self._show_loading_note(True)
        task.start()

    def _arrived(self, part: str, task: Task, show: Callable[[], None]) -> None:
        if not shiboken6.isValid(self) or self._loads.get(part) is not task:
            return
        del self._loads[part]
        show()
        if not self._loads:
            self._show_loading_note(False)
            self.loaded.emit()

    def _load_failed(self, message: str) -> None:
        tell(self, self.title, message)

    def _show_loading_note(self, visible: bool) -> None:
        if self._loading_note is None:
            self._loading_note = QLabel("正在加载……", self)
            self._loading_note.setObjectName("loadingNote")
            self._loading_note.setStyleSheet(
                "background: #fdf2e9; color: #a04000; border: 1px solid #f0b27a; border-radius: 3px; padding: 2px 8px;")
            self._loading_note.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        note = self._loading_note
        note.adjustSize()
        note.move(self.width() - note.width() - 12, 4)
        note.raise_()
        note.setVisible(visible)

    @staticmethod
    def can_take_out() -> bool:
        """Whether the signed-in account may export, print or copy personal data."""
        try:
            audit.may_take_out()
        except DeskError:
            return False
        return True

    def is_current(self) -> bool:
        """Whether this is the page the main window shows (whether or not the window is on screen)."""
        parent = self.parentWidget()
        return parent is None or self.isVisibleTo(parent)

    def shown(self) -> None:
        """The main window has just switched to this page. What it shows is kept between clicks: it is
        loaded again only after a change in an area it shows, or on a new day for the pages whose
        lists depend on the date (a switch at 100,000 residents then costs nothing)."""
        today = dt.date.today()
        if self._stale or (self.refresh_when_shown and self._shown_on != today):
            self._stale = False
            self._shown_on = today
            self.refresh()
