"""Accounts, roles and who is at the desk.

Roles: 管理员 (accounts, restore, full ID exports), 工作人员 (everything else), 只读 (looks, never
writes; ID numbers masked everywhere). Passwords are stored as scrypt hashes (hashlib, standard
library) with a random salt. The session is process-wide: the desktop app sets it at login; the
command line acts as the administrator of the PC it runs on.
"""

from __future__ import annotations

import datetime as dt
import getpass
import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass

from jinsha_desk.changes import DATA, reports
from jinsha_desk.errors import DeskError
from jinsha_desk.models import Account, AuditLog
from jinsha_desk.trail import append_entry

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
    check_password_rules(password)
    if Account.get_or_none(Account.username == username) is not None:
        raise DeskError(f"用户名“{username}”已经有人用了。")
    digest, salt = hash_password(password)
    return Account.insert(username=username, role=role, password_hash=digest, salt=salt).execute()


def check_password_rules(password: str) -> None:
    if len(password) < 8:
        raise DeskError("密码至少 8 位。")
    if password.isdigit():
        raise DeskError("密码不能全是数字，请加上字母或符号。")


# After the n-th failure in a row the next try waits WAIT_AFTER[n] seconds; after LOCK_AFTER failures the
# account is locked for LOCK_MINUTES. Failures and sign-ins are recorded in the audit trail.
WAIT_AFTER = (0, 0, 2, 5, 15)
LOCK_AFTER = 5
LOCK_MINUTES = 15
SIGNED_IN, SIGN_IN_FAILED = "登录", "登录失败"


def _recent_failures(username: str, now: dt.datetime) -> list[dt.datetime]:
    """This account's failed sign-ins since its last sign-in, within the lockout window."""
    since = now - dt.timedelta(minutes=LOCK_MINUTES)
    entries = (AuditLog.select(AuditLog.at, AuditLog.action)
               .where(AuditLog.table_name == "account", AuditLog.action.in_((SIGNED_IN, SIGN_IN_FAILED)),
                      AuditLog.new_values == json.dumps({"内容": username}, ensure_ascii=False),
                      AuditLog.at >= since)
               .order_by(AuditLog.id.desc()))
    failures = []
    for at, action in entries.tuples():
        if action == SIGNED_IN:
            break
        failures.append(at if isinstance(at, dt.datetime) else dt.datetime.fromisoformat(str(at)))
    return failures


def _record(action: str, username: str, at: dt.datetime | None = None) -> None:
    try:
        append_entry(username, "account", action, username, at)
    except Exception:  # a read-only database still lets people sign in to look
        pass


def login(username: str, password: str, now: dt.datetime | None = None) -> Session:
    """Sign in; wrong passwords make the next try wait longer, and five lock the account for a while."""
    now = now or dt.datetime.now()
    username = username.strip()
    failures = _recent_failures(username, now)
    if len(failures) >= LOCK_AFTER:
        until = failures[0] + dt.timedelta(minutes=LOCK_MINUTES)
        raise DeskError(f"密码错误次数过多，账号“{username}”已暂时锁定，请在 {until:%H:%M} 之后再试，或请管理员重设密码。")
    if failures:
        ready = failures[0] + dt.timedelta(seconds=WAIT_AFTER[min(len(failures), len(WAIT_AFTER) - 1)])
        if now < ready:
            raise DeskError(f"密码错误，请 {max(1, int((ready - now).total_seconds()))} 秒后再试。")
    account = Account.get_or_none(Account.username == username, Account.active == 1)
    if account is None or not hmac.compare_digest(hash_password(password, account.salt)[0], account.password_hash):
        _record(SIGN_IN_FAILED, username, now)
        left = LOCK_AFTER - len(failures) - 1
        raise DeskError("用户名或密码不对。" + (f"再错 {left} 次账号将暂时锁定。" if 0 < left < 3 else ""))
    _record(SIGNED_IN, username, now)
    session = Session(account.username, account.role)
    set_current(session)
    return session


@reports(DATA)
def reset_password(username: str, password: str) -> None:
    """An administrator gives an account a new password (and so lifts a lockout)."""
    require("accounts")
    _set_password(username, password)
    _record(SIGNED_IN, username)  # the failures before the reset no longer count


@reports(DATA)
def change_own_password(old: str, new: str) -> None:
    account = Account.get_or_none(Account.username == _session.username, Account.active == 1)
    if account is None or not hmac.compare_digest(hash_password(old, account.salt)[0], account.password_hash):
        raise DeskError("原密码不对。")
    _set_password(account.username, new)


def _set_password(username: str, password: str) -> None:
    check_password_rules(password)
    digest, salt = hash_password(password)
    if Account.update(password_hash=digest, salt=salt).where(Account.username == username).execute() == 0:
        raise DeskError(f"没有名为“{username}”的账号。")


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
