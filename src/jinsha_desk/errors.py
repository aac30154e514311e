"""Errors the clerk sees: each carries a message in Chinese that says what to do."""


class DeskError(Exception):
    """A failure with a Chinese message fit to show in the CLI or a dialog."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class Cancelled(DeskError):
    def __init__(self) -> None:
        super().__init__("操作已取消，数据库未作任何改动。")


class NeedsAnswer(DeskError):
    """The operation stops to ask the clerk a yes/no question; asked again with ``answer`` set to
    True in its input, it goes ahead (a new grid, a new head of household)."""

    answer = ""
