"""Sign-in rules: passwords worth the name, a growing wait and a lockout after wrong passwords (all
recorded), administrators resetting passwords, everyone changing their own."""

import datetime as dt

import pytest

from jinsha_desk import auth
from jinsha_desk.errors import DeskError
from jinsha_desk.models import AuditLog

NOW = dt.datetime(2026, 11, 24, 9, 0, 0)


@pytest.fixture
def accounts(db):
    auth.create_account("admin", "secret-1a", auth.ADMIN)
    auth.set_current(auth.Session("admin", auth.ADMIN))
    auth.create_account("liufang", "secret-2b", auth.CLERK)


@pytest.mark.parametrize(("password", "words"), [("short1", "至少 8 位"), ("12345678", "全是数字")])
def test_password_rules(accounts, password, words):
    with pytest.raises(DeskError, match=words):
        auth.create_account("zhao", password, auth.CLERK)


def _fail(at):
    with pytest.raises(DeskError) as caught:
        auth.login("liufang", "wrong-pass", now=at)
    return caught.value.message


def test_wrong_passwords_wait_longer_then_lock(accounts):
    moment = NOW
    assert "不对" in _fail(moment)
    assert "不对" in _fail(moment)
    assert "秒后再试" in _fail(moment)  # the third try at once is refused before the password is looked at
    moment += dt.timedelta(seconds=3)
    assert "再错 2 次" in _fail(moment)
    moment += dt.timedelta(seconds=6)
    assert "再错 1 次" in _fail(moment)
    assert "秒后再试" in _fail(moment + dt.timedelta(seconds=4))  # the wait grows: 5 s now
    moment += dt.timedelta(seconds=16)
    assert "不对" in _fail(moment)
    with pytest.raises(DeskError, match="锁定"):  # even the right password, until the lock ends
        auth.login("liufang", "secret-2b", now=moment + dt.timedelta(minutes=1))
    assert AuditLog.select().where(AuditLog.action == auth.SIGN_IN_FAILED).count() == 5
    auth.reset_password("liufang", "new-secret-3")
    assert auth.login("liufang", "new-secret-3").role == auth.CLERK


def test_everyone_changes_their_own_password(accounts):
    auth.set_current(auth.Session("liufang", auth.CLERK))
    with pytest.raises(DeskError, match="原密码不对"):
        auth.change_own_password("nope", "another-4d")
    auth.change_own_password("secret-2b", "another-4d")
    assert auth.login("liufang", "another-4d").username == "liufang"
    with pytest.raises(DeskError, match="没有权限"):
        auth.reset_password("admin", "taken-over-5")



def test_the_command_line_acts_under_an_account(capsys, db_path, monkeypatch):
    from jinsha_desk.cli import main
    from jinsha_desk.db.connection import open_database

    db = open_database(db_path)
    auth.create_account("admin", "secret-1a", auth.ADMIN)
    db.close()
    db = str(db_path)
    assert main(["--db", db, "grids", "add", "第一网格"]) == 1
    assert "--user" in capsys.readouterr().err
    monkeypatch.setenv("JINSHA_DESK_PASSWORD", "wrong-pass")
    assert main(["--db", db, "--user", "admin", "grids"]) == 1
    assert "不对" in capsys.readouterr().err
    monkeypatch.setenv("JINSHA_DESK_PASSWORD", "secret-1a")
    assert main(["--db", db, "--user", "admin", "grids", "add", "第一网格"]) == 0
    assert main(["--db", db, "--as-system", "stats"]) == 1
    assert "system-access on" in capsys.readouterr().err
    assert main(["--db", db, "--user", "admin", "system-access", "on"]) == 0
    monkeypatch.delenv("JINSHA_DESK_PASSWORD")
    assert main(["--db", db, "--as-system", "grids", "add", "第二网格"]) == 0
    database = open_database(db_path)
    who = {a.user for a in AuditLog.select().where(AuditLog.table_name == "grid")}
    assert who == {"admin", "系统任务（命令行）"}
    database.close()


def test_while_the_desktop_has_the_database_the_command_line_only_reads(capsys, db_path):
    from jinsha_desk.cli import main
    from jinsha_desk.db.connection import open_database
    from jinsha_desk.db.lock import acquire_instance_lock

    open_database(db_path).close()
    lock = acquire_instance_lock(db_path)
    try:
        assert main(["--db", str(db_path), "stats", "--json"]) == 0
        assert main(["--db", str(db_path), "grids", "add", "第一网格"]) == 1
        err = capsys.readouterr().err
        assert "金沙社区工作台窗口" in err and "只能查看" in err
    finally:
        lock.release()
    assert main(["--db", str(db_path), "grids", "add", "第一网格"]) == 0
