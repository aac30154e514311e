"""Encryption at rest with SQLCipher: the database and its backups unreadable without the passphrase."""

import pytest

from jinsha_desk.cli import main
from jinsha_desk.db.backup import backup_database, integrity_problems, list_backups, restore_database
from jinsha_desk.db.cipher import is_encrypted
from jinsha_desk.db.connection import NeedsPassphrase, open_database
from jinsha_desk.demo import seed_demo
from jinsha_desk.errors import DeskError
from jinsha_desk.models import Resident

SECRET = "金沙-2026-secret"


@pytest.fixture
def encrypted(db_path, capsys, monkeypatch):
    database = open_database(db_path)
    seed_demo(200)
    database.close()
    monkeypatch.setenv("JINSHA_DESK_PASSPHRASE", SECRET)
    assert main(["--db", str(db_path), "encrypt"]) == 0
    assert "数据库已加密" in capsys.readouterr().out
    return db_path


def test_encrypted_file_and_backups_are_unreadable_without_the_passphrase(encrypted):
    assert is_encrypted(encrypted)
    assert b"resident" not in encrypted.read_bytes()
    assert list_backups(encrypted) and all(is_encrypted(p) for p in list_backups(encrypted))
    with pytest.raises(NeedsPassphrase, match="已加密"):
        open_database(encrypted)
    with pytest.raises(NeedsPassphrase, match="密码不对"):
        open_database(encrypted, passphrase="wrong-passphrase")


def test_encrypted_database_works_backs_up_and_restores(encrypted):
    db = open_database(encrypted, passphrase=SECRET)
    assert Resident.select().count() == 200
    backup = backup_database(db, encrypted)
    assert is_encrypted(backup) and integrity_problems(backup, passphrase=SECRET) == []
    assert integrity_problems(backup) != []  # without the key it is not even a database
    Resident.update(phone="").execute()
    db.close()
    restore_database(backup, encrypted, passphrase=SECRET)
    open_database(encrypted, passphrase=SECRET)
    assert Resident.select().where(Resident.phone != "").count() > 0
    with pytest.raises(DeskError, match="密码不对"):
        restore_database(backup, encrypted, passphrase="wrong-passphrase")


def test_command_line_reads_the_passphrase_from_the_environment(encrypted, capsys, monkeypatch):
    assert main(["--db", str(encrypted), "stats"]) == 0
    monkeypatch.delenv("JINSHA_DESK_PASSPHRASE")
    assert main(["--db", str(encrypted), "stats"]) == 1
    assert "JINSHA_DESK_PASSPHRASE" in capsys.readouterr().err
