"""What a core operation changed, announced to whoever listens, as Anki's operations report their
changes: the desktop's pages refresh themselves when an area they show has changed, whichever page,
dialog, import or restore changed it. Plain callables, so the core stays free of Qt."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import ParamSpec, TypeVar

ROSTER = "roster"
VISITS = "visits"
VOLUNTEERS = "volunteers"
MEETINGS = "meetings"
HONOURS = "honours"
SETTINGS = "settings"
DATA = "data"  # accounts, backups, the export log
ALL = frozenset({ROSTER, VISITS, VOLUNTEERS, MEETINGS, HONOURS, SETTINGS, DATA})

Listener = Callable[[frozenset[str]], None]
_listeners: list[Listener] = []

P = ParamSpec("P")
R = TypeVar("R")


def subscribe(listener: Listener) -> Callable[[], None]:
    """Call ``listener`` with the changed areas after every operation; returns the way to stop."""
    _listeners.append(listener)
    return lambda: _listeners.remove(listener) if listener in _listeners else None


def announce(*areas: str) -> None:
    changed = frozenset(areas)
    for listener in list(_listeners):
        listener(changed)


def reports(*areas: str) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Mark a core operation as changing ``areas``: announced once it has returned (not when it failed)."""
    def decorate(operation: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(operation)
        def run(*args: P.args, **kwargs: P.kwargs) -> R:
            result = operation(*args, **kwargs)
            announce(*areas)
            return result

        return run

    return decorate
