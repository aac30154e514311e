"""Messages about work that finished in the background (a page's load, the daily backup, the
integrity check), shown without a nested event loop.

A result from the thread pool arrives while the GUI thread may be anywhere: inside another modal
dialog, or processing events for a window that is about to close. ``QMessageBox.warning`` would run
a second event loop there, in which further results arrive and the widgets under the box can be
deleted. ``open()`` shows the same window-modal box and returns at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def tell(parent: QWidget, title: str, text: str, icon: QMessageBox.Icon = QMessageBox.Icon.Warning) -> QMessageBox:
    """Show ``text`` over ``parent``; a notice with the same title still on screen is updated
    instead of stacking a second box over it."""
    for box in parent.findChildren(QMessageBox, "backgroundNotice"):
        if box.windowTitle() == title and box.isVisible():
            box.setText(text)
            return box
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("backgroundNotice")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
