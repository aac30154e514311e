"""The same desk on a PostgreSQL server (issue 19), against a real server the tests start."""

import datetime as dt

import pytest
from ids import make_id

from jinsha_desk import auth
from jinsha_desk.db.audit_chain import audit_problems
from jinsha_desk.db.location import ServerAddress, parse_location
from jinsha_desk.db.server import open_server
from jinsha_desk.errors import DeskError
from jinsha_desk.models import AuditLog, Resident
from jinsha_desk.roster import editing
from jinsha_desk.roster.browse import RosterFilter, matching_ids
from jinsha_desk.settings import get_setting, set_setting


def test_a_server_url_is_never_taken_for_a_file(tmp_path):
    address = parse_location("postgresql://clerk:secret@192.168.1.10:5432/jinsha")
    assert isinstance(address, ServerAddress) and address.database == "jinsha"
    assert "secret" not in address.shown and address.shown == "postgresql://clerk@192.168.1.10:5432/jinsha"
    assert parse_location(str(tmp_path / "desk.db")) == tmp_path / "desk.db"
    with pytest.raises(DeskError, match="不认识的数据库地址"):
        parse_location("mysql://x@y/z")
    with pytest.raises(DeskError, match="没有写数据库名"):
        parse_location("postgresql://clerk@server:5432/")


def test_the_command_line_says_how_to_install_the_driver(capsys, monkeypatch, tmp_path):
    import builtins

    from jinsha_desk.cli import main

    real_import = builtins.__import__

    def without_psycopg(name, *args, **kwargs):
        if name == "psycopg" or name.startswith("psycopg."):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", without_psycopg)
    monkeypatch.chdir(tmp_path)
    assert main(["--db", "postgresql://clerk@server:5432/jinsha", "stats"]) == 1
    err = capsys.readouterr().err
    assert 'pip install -e ".[server]"' in err and "psycopg" in err
    assert not (tmp_path / "postgresql:").exists()  # no folder named after the URL


def test_an_unreachable_server_is_named_at_once(pg_cluster):
    from jinsha_desk.db.server import open_server

    address = parse_location(pg_cluster.url("jinsha").replace(f"port={pg_cluster.port}", "port=1"))
    with pytest.raises(DeskError, match="无法连接数据库服务器"):
        open_server(address)


def test_an_empty_server_database_gets_the_schema_and_keeps_the_trail(server_db):
    from jinsha_desk.db import migrations
    from jinsha_desk.db.server import schema_version

    assert schema_version(server_db) == migrations.LATEST_VERSION
    auth.set_current(auth.Session("刘芳", auth.CLERK))
    rid = editing.add_resident(editing.ResidentInput(
        name="李秀琼", id_number=make_id(order=11), relation="户主", tags=["低保"], grid="第一网格",
        create_grid=True, building="3", unit="2", room="301"))
    data = editing.resident_input(rid)
    data.phone = "13800001111"
    editing.update_resident(rid, data)
    editing.mark_deceased(rid, dt.date.today())
    entries = list(AuditLog.select().where(AuditLog.table_name == "resident").order_by(AuditLog.id))
    assert [e.action for e in entries] == ["新增", "修改", "修改"]
    assert {e.user for e in entries} == {"刘芳"}
    assert "13800001111" in entries[1].new_values
    assert audit_problems(server_db) == []
    assert Resident.get_by_id(rid).status == "死亡"


def test_search_finds_the_same_on_the_server(server_db):
    for order, (name, building) in enumerate((("李秀琼", "3"), ("王建国", "13"), ("张丽", "263")), start=20):
        editing.add_resident(editing.ResidentInput(name=name, id_number=make_id(order=order), relation="户主",
                                                   building=building, unit="2", room="101"))
    names = lambda query: {Resident.get_by_id(i).name for i in matching_ids(RosterFilter(search=query))}  # noqa: E731
    assert names("lxq") == {"李秀琼"}
    assert names("3栋2单元") == {"李秀琼"}
    assert names("2单元") == {"李秀琼", "王建国", "张丽"}


def test_a_desk_moves_up_to_an_empty_server_database_whole(pg_cluster, tmp_path, capsys):
    """move-to: every table copied and checked, the trail intact and still growing, the file marked."""
    import json

    from jinsha_desk.cli import main
    from jinsha_desk.db.connection import open_database
    from jinsha_desk.demo import seed_demo

    desk_path = tmp_path / "desk.db"
    desk = open_database(desk_path)
    seed_demo(300)
    editing_row = Resident.select().first()
    Resident.update(phone="13700000000").where(Resident.id == editing_row.id).execute()
    desk.close()
    url = pg_cluster.url(pg_cluster.create_database())

    assert main(["--db", str(desk_path), "move-to", url, "--json"]) == 0
    checks = {c["table"]: c["rows"] for c in json.loads(capsys.readouterr().out)}
    assert checks["resident"] == 300 and checks["audit_log"] > 0 and checks["visit"] > 0

    server = open_server(parse_location(url))
    assert Resident.select().count() == 300 and Resident.get_by_id(editing_row.id).phone == "13700000000"
    assert audit_problems(server) == []
    fresh = Resident.insert(household=editing_row.household_id, name="新来的", id_number="x", gender="女",
                            birth_date=dt.date(1990, 1, 1)).execute()
    assert fresh > max(r.id for r in Resident.select(Resident.id).where(Resident.id != fresh))
    assert audit_problems(server) == []
    server.close()

    code = main(["--db", str(desk_path), "residents", "--search", "新来的"])
    err = capsys.readouterr().err
    assert code == 0 and "已迁移到数据库服务器" in err
    assert main(["--db", str(desk_path), "resident", "edit", str(editing_row.id), "--phone", "13711111111"]) != 0
    assert main(["--db", str(desk_path), "move-to", url]) != 0
    assert "已经迁移" in capsys.readouterr().err


def test_moving_into_a_database_that_has_data_changes_nothing(pg_cluster, server_db, tmp_path, capsys):
    from jinsha_desk.cli import main
    from jinsha_desk.db.connection import open_database

    set_setting("community_name", "别的社区")
    server_db.close()
    desk = open_database(tmp_path / "desk.db")
    set_setting("community_name", "金沙社区")
    desk.close()
    assert main(["--db", str(tmp_path / "desk.db"), "move-to", server_db.address.url]) != 0
    assert "已有数据" in capsys.readouterr().err
    open_server(server_db.address)
    assert get_setting("community_name") == "别的社区"


def test_server_backups_are_dumps_checked_by_restoring_and_restore_in_one_go(server_db, capsys, tmp_path):
    """backup and restore on a server database: pg_dump's custom format, verified in a scratch database;
    a restore dumps the current contents first; a damaged dump is refused and changes nothing."""
    from jinsha_desk.cli import main
    from jinsha_desk.db.backup import backup_summaries, list_backups

    url = server_db.address.url
    set_setting("community_name", "金沙社区")
    assert main(["--db", url, "backup"]) == 0
    dump = list_backups(server_db.address)[0]
    assert dump.suffix == ".dump" and backup_summaries(server_db.address)[0].reason == "manual"
    capsys.readouterr()

    open_server(server_db.address)
    set_setting("community_name", "改错了")
    damaged = tmp_path / "damaged.dump"
    damaged.write_bytes(dump.read_bytes()[: dump.stat().st_size // 2])
    assert main(["--db", url, "restore", str(damaged)]) == 1
    assert "备份校验没有完成" in capsys.readouterr().err
    open_server(server_db.address)
    assert get_setting("community_name") == "改错了"

    assert main(["--db", url, "restore", str(dump)]) == 0
    open_server(server_db.address)
    assert get_setting("community_name") == "金沙社区"
    assert any("before-restore" in p.name for p in list_backups(server_db.address))
    assert audit_problems(server_db) == []


def test_a_desk_says_so_when_the_server_is_gone_and_carries_on_when_it_is_back(pg_cluster, server_db):
    from peewee import OperationalError

    from jinsha_desk.errors import explain

    set_setting("community_name", "金沙社区")
    pg_cluster.pause()
    try:
        with pytest.raises(OperationalError) as caught:
            set_setting("community_name", "停机时的修改")
        assert "数据库服务器" in explain(caught.value) and "没有保存" in explain(caught.value)
    finally:
        pg_cluster.resume()
    set_setting("community_name", "恢复后的修改")  # the desk connects again by itself
    assert get_setting("community_name") == "恢复后的修改"
    assert audit_problems(server_db) == []


def test_a_desk_killed_mid_transaction_leaves_nothing_half_written(server_db, tmp_path):
    """A desk's process killed while its import is inside one transaction: none of its rows stay."""
    import signal
    import subprocess
    import sys

    script = tmp_path / "desk.py"
    script.write_text(
        "import sys\n"
        "from jinsha_desk.db.location import parse_location\n"
        "from jinsha_desk.db.server import open_server\n"
        "from jinsha_desk.models import Setting\n"
        "db = open_server(parse_location(sys.argv[1]))\n"
        "with db.atomic():\n"
        "    for n in range(50):\n"
        "        Setting.create(key=f'half-{n}', value='x')\n"
        "    print('inside', flush=True)\n"
        "    sys.stdin.readline()\n", encoding="utf-8")
    before = AuditLog.select().count()
    desk = subprocess.Popen([sys.executable, str(script), server_db.address.url], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)
    assert desk.stdout.readline().strip() == "inside"
    desk.send_signal(signal.SIGKILL)
    desk.wait()
    set_setting("after", "1")  # the server has let go of the killed desk's transaction
    from jinsha_desk.models import Setting

    assert not Setting.select().where(Setting.key.startswith("half-")).exists()
    assert AuditLog.select().count() == before + 1 and audit_problems(server_db) == []


def test_the_server_schema_matches_the_migrated_desk_column_by_column(server_db, db_path):
    """Schema contract on both engines: the server's tables, columns and NOT NULLs are the desk's."""
    from jinsha_desk.db.connection import open_database

    server = {(t, c, n == "NO") for t, c, n in server_db.execute_sql(
        "SELECT table_name, column_name, is_nullable FROM information_schema.columns "
        "WHERE table_schema = current_schema() AND table_name != 'jinsha_schema'").fetchall()}
    desk = open_database(db_path)
    tables = [t for (t,) in desk.execute_sql("SELECT name FROM sqlite_master WHERE type = 'table' "
                                            "AND name NOT LIKE 'sqlite_%'").fetchall()]
    migrated = {(t, row[1], bool(row[3]) or bool(row[5])) for t in tables
                for row in desk.execute_sql(f'PRAGMA table_info("{t}")').fetchall()}
    desk.close()
    assert server == migrated


def test_an_older_server_database_upgrades_itself(server_db):
    """A server database made by the previous version (no record versions) gets migration 12."""
    from jinsha_desk.db import migrations

    for table in migrations.EDITABLE_TABLES:
        server_db.execute_sql(f'ALTER TABLE "{table}" DROP COLUMN "version"')
    server_db.execute_sql('UPDATE "jinsha_schema" SET "version" = 11')
    server_db.close()
    db = open_server(server_db.address)
    assert db.execute_sql('SELECT "version" FROM "jinsha_schema"').fetchone()[0] == migrations.LATEST_VERSION
    rid = editing.add_resident(editing.ResidentInput(name="赵丽", id_number=make_id(order=841), room="101",
                                                     building="1", unit="1"))
    assert Resident.get_by_id(rid).version == 1


def test_a_bulk_insert_does_not_stop_other_desks_saving(server_db):
    """An import's unaudited inserts take no table lock: another desk's save goes through meanwhile."""
    import psycopg

    from jinsha_desk.db.bulk import inserts_unaudited
    from jinsha_desk.models import Grid

    existing = Grid.create(name="第一网格").id
    with server_db.atomic(), inserts_unaudited(Grid):
        Grid.insert(name="导入的网格").execute()
        with psycopg.connect(server_db.address.url, autocommit=True) as other_desk:
            other_desk.execute("SET lock_timeout = '3s'")
            other_desk.execute('UPDATE "grid" SET "worker_name" = %s WHERE "id" = %s', ("李娜", existing))
    assert Grid.get_by_id(existing).worker_name == "李娜"
    assert AuditLog.select().where(AuditLog.table_name == "grid").count() == 2  # 新增 第一网格, 修改 李娜
    assert audit_problems(server_db) == []


def test_a_read_only_account_reads_through_a_select_only_role(server_db):
    """On every connection of the desk, the pool's threads' too; writing again once an editor signs in."""
    import threading

    from peewee import DatabaseError

    from jinsha_desk.db.connection import apply_role
    from jinsha_desk.errors import explain

    set_setting("community_name", "金沙社区")
    apply_role(server_db, auth.Session("访客", auth.VIEWER))
    assert get_setting("community_name") == "金沙社区"
    assert server_db.execute_sql("SELECT current_user").fetchone()[0].endswith("_public_viewer")
    refused = []

    def try_to_write():
        try:
            set_setting("community_name", "改了")
        except DatabaseError as exc:
            refused.append(explain(exc))

    try_to_write()
    worker = threading.Thread(target=try_to_write)
    worker.start()
    worker.join()
    assert len(refused) == 2 and all("只能查看" in r or "没有权限" in r for r in refused)
    apply_role(server_db, auth.Session("网格员小李", auth.CLERK))
    set_setting("community_name", "金沙社区（新）")
    assert get_setting("community_name") == "金沙社区（新）"
