"""server init/start/stop/status: an office's own PostgreSQL server in a folder, made from the
PostgreSQL installed on the PC, reached with a password over TCP as the other desks reach it."""

import os
import shutil
import tempfile
import uuid
from pathlib import Path

import pytest

from jinsha_desk.cli import main
from jinsha_desk.db.cluster import postgresql_bin
from jinsha_desk.db.location import parse_location
from jinsha_desk.db.server import open_server
from jinsha_desk.errors import DeskError
from jinsha_desk.models import Setting

PASSWORD = "办公室-2026-pw"


@pytest.fixture
def office_folder(pg_cluster, monkeypatch, capsys):
    """The commands as an office runs them (as root, the server's tools run as the postgres user, who
    must reach the folder: not under pytest's root-only temporary folder)."""
    monkeypatch.setenv("JINSHA_SERVER_PASSWORD", PASSWORD)
    tmp_path = Path(tempfile.mkdtemp(prefix="jinsha-office-"))
    os.chmod(tmp_path, 0o755)

    def command(*args):
        code = main(["server", *args])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    yield tmp_path / "server", command
    command("stop", str(tmp_path / "server"))
    shutil.rmtree(tmp_path, ignore_errors=True)


def test_an_office_sets_up_starts_and_stops_its_own_server(office_folder):
    folder, command = office_folder
    port = 20000 + uuid.uuid4().int % 20000
    code, out, err = command("init", str(folder), "--port", str(port))
    assert code == 0, err
    assert f":{port}/jinsha" in out and PASSWORD in (folder / "连接信息.txt").read_text(encoding="utf-8")
    assert command("status", str(folder))[0] == 0

    url = f"postgresql://jinsha:{PASSWORD}@127.0.0.1:{port}/jinsha"
    db = open_server(parse_location(url))
    Setting.create(key="community_name", value="金沙社区")
    db.close()
    with pytest.raises(DeskError, match="无法连接数据库服务器"):
        open_server(parse_location(f"postgresql://jinsha:wrong@127.0.0.1:{port}/jinsha"))

    assert command("stop", str(folder))[0] == 0
    code, out, _ = command("status", str(folder))
    assert code == 3 and "没有运行" in out
    with pytest.raises(DeskError, match="无法连接数据库服务器"):
        open_server(parse_location(url))
    assert command("start", str(folder))[0] == 0
    db = open_server(parse_location(url))
    assert Setting.get_by_id("community_name").value == "金沙社区"
    db.close()
    code, _, err = command("init", str(folder), "--port", str(port))
    assert code != 0 and "已经有数据库服务器" in err


def test_the_postgresql_installed_on_the_pc_is_found(pg_cluster):
    assert (postgresql_bin() / "pg_ctl").exists()


def test_a_folder_without_a_server_says_how_to_make_one(pg_cluster, tmp_path, capsys):
    assert main(["server", "start", str(tmp_path)]) == 1
    assert "server init" in capsys.readouterr().err
