"""Accounts, roles and who is at the desk.

Roles: 管理员 (accounts, restore, full ID exports), 工作人员 (everything else), 只读 (looks, never
writes; ID numbers masked everywhere). Passwords are stored as scrypt hashes (hashlib, standard
library) with a random salt. The session is process-wide: the desktop app sets it at login; the
command line acts as the administrator of the PC it runs on.
"""

from __future__ import annotations

import getpass
import hashlib
import hmac
import secrets
from dataclasses import dataclass

from jinsha_desk.changes import DATA, reports
from jinsha_desk.errors import DeskError
from jinsha_desk.models import Account

ADMIN, CLERK, VIEWER = "管理员", "工作人员", "只读"
ROLES = (ADMIN, CLERK, VIEWER)
_ALLOWED = {
    "write": {ADMIN, CLERK},
    "full_ids": {ADMIN},
    "restore": {ADMIN},
    "accounts": {ADMIN},
    "settings": {ADMIN},
}
_ACTIONS = {
    "write": "修改数据",
    "full_ids": "查看或导出完整身份证号",
    "restore": "从备份恢复数据库",
    "accounts": "管理账号",
    "settings": "修改社区设置、网格和工作人员名单",
}


@dataclass(frozen=True)
class Session:
    username: str
    role: str

    def can(self, permission: str) -> bool:
        return self.role in _ALLOWED[permission]


def _os_user() -> str:
    try:
        return getpass.getuser()
    except OSError:
        return "未知"


_session = Session(f"命令行:{_os_user()}", ADMIN)


def current() -> Session:
    return _session


def set_current(session: Session) -> None:
    global _session
    _session = session


def require(permission: str) -> None:
    if not _session.can(permission):
        raise DeskError(f"当前账号“{_session.username}”（{_session.role}）没有权限{_ACTIONS[permission]}。")


def hash_password(password: str, salt: str | None = None) -> tuple[str, str]:
    salt = salt or secrets.token_hex(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=bytes.fromhex(salt), n=2**14, r=8, p=1, dklen=32)
    return digest.hex(), salt


def has_accounts() -> bool:
    return Account.select().exists()


@reports(DATA)
def create_account(username: str, password: str, role: str) -> int:
    """Add an account; the very first one (the administrator) needs no one logged in."""
    if has_accounts():
        require("accounts")
    elif role != ADMIN:
        raise DeskError("第一个账号必须是管理员。")
    username = username.strip()
    if not username:
        raise DeskError("请填写用户名。")
    if role not in ROLES:
        raise DeskError(f"角色只能是：{'、'.join(ROLES)}。")
    if len(password) < 6:
        raise DeskError("密码至少 6 位。")
    if Account.get_or_none(Account.username == username) is not None:
        raise DeskError(f"用户名“{username}”已经有人用了。")
    digest, salt = hash_password(password)
    return Account.insert(username=username, role=role, password_hash=digest, salt=salt).execute()


def login(username: str, password: str) -> Session:
    account = Account.get_or_none(Account.username == username.strip(), Account.active == 1)
    if account is None or not hmac.compare_digest(hash_password(password, account.salt)[0], account.password_hash):
        raise DeskError("用户名或密码不对。")
    session = Session(account.username, account.role)
    set_current(session)
    return session


def _keep_an_administrator(username: str) -> None:
    """Refuse to take the last active administrator away: nobody could manage accounts or restore."""
    admins = [a.username for a in Account.select().where(Account.role == ADMIN, Account.active == 1)]
    if admins == [username]:
        raise DeskError(f"“{username}”是唯一的管理员，不能改为其他角色或停用。请先把另一个账号设为管理员。")


@reports(DATA)
def set_role(username: str, role: str) -> None:
    require("accounts")
    if role not in ROLES:
        raise DeskError(f"角色只能是：{'、'.join(ROLES)}。")
    if role != ADMIN:
        _keep_an_administrator(username)
    Account.update(role=role).where(Account.username == username).execute()


@reports(DATA)
def deactivate_account(username: str) -> None:
    """An account that may no longer sign in; its name stays in the audit trail."""
    require("accounts")
    _keep_an_administrator(username)
    Account.update(active=0).where(Account.username == username).execute()


def accounts() -> list[tuple[str, str, bool]]:
    return [(a.username, a.role, bool(a.active)) for a in Account.select().order_by(Account.id)]
