"""The PySide6 desktop app: thin widgets over the core; no SQL here."""
