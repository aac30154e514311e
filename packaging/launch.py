"""The frozen app's entry point for both executables: the same command line as the `jinsha-desk`
script. The windowed Windows executable has no console, so Python gives it no standard streams;
they go to the null device there (what matters is in the log file and the app's own dialogs)
instead of failing on the first print."""

import os
import sys

for name in ("stdout", "stderr"):
    if getattr(sys, name) is None:
        setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))

from jinsha_desk.cli import main  # noqa: E402  (after the streams exist: importing may log)

raise SystemExit(main())
