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


_SERVER_LOST = ("与数据库服务器的连接断了，这次没有保存（已输入的内容还在）。请检查网络和服务器，"
                "稍后再点一次保存；连接恢复后会自动重新连上。")
_DISK_FULL = "磁盘空间不足，操作没有完成，已保存的数据未受影响。请清理磁盘后再试。"
_READ_ONLY = "数据库现在只能查看、不能修改（当前账号为只读，或数据库文件、文件夹只读）。"
# A fragment of a database or system error, lower-cased → what it means for the clerk.
_EXPLAINED = (
    ("readonly", _READ_ONLY),
    ("read-only", _READ_ONLY),
    ("database is locked", "数据库正被另一个程序使用，请稍后再试。"),
    ("database or disk is full", _DISK_FULL),
    ("no space left", _DISK_FULL),
    ("disk i/o error", "读写磁盘时出错，操作没有完成。请检查磁盘或U盘后再试。"),
    ("malformed", "数据库文件已损坏，请在“数据与备份”中从最近的完好备份恢复。"),
    ("not a database", "这不是金沙社区工作台的数据库文件，或文件已损坏、密码不对。"),
    ("permission denied for", "当前账号没有权限查看或修改这些数据（数据库服务器拒绝了）。"),
    ("permission denied", "没有权限读写这个文件或文件夹。"),
    ("terminating connection", _SERVER_LOST),
    ("server closed the connection", _SERVER_LOST),
    ("the connection is closed", _SERVER_LOST),
    ("connection already closed", _SERVER_LOST),
    ("consuming input failed", _SERVER_LOST),
    ("connection refused", _SERVER_LOST),
    ("connection failed", _SERVER_LOST),
    ("could not connect", _SERVER_LOST),
    ("connection is bad", _SERVER_LOST),
    ("connection to server", _SERVER_LOST),
    ("unable to open database", "无法打开数据库文件：请检查文件是否存在、是否有权限访问。"),
)


def explain(exc: BaseException) -> str:
    """A Chinese sentence for any failure: the core's own message, or what a database or system error
    means for the clerk. The technical detail belongs in the log, never in front of the clerk."""
    if isinstance(exc, DeskError):
        return exc.message
    text = str(exc).lower()
    for fragment, message in _EXPLAINED:
        if fragment in text:
            return message
    if isinstance(exc, PermissionError):
        return "没有权限读写这个文件或文件夹。"
    if isinstance(exc, OSError) and exc.errno == 28:
        return _DISK_FULL
    return "操作没有完成，已保存的数据未受影响。详细信息已写入日志，请把日志文件发给技术支持。"
