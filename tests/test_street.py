"""A street office's server database: each community sees only its own rows, by any command or query;
the street office reads all of them and makes the statistics return with a row per community."""

import json

import openpyxl
import pytest
from ids import make_id
from peewee import ProgrammingError

from jinsha_desk.cli import main
from jinsha_desk.db.location import parse_location
from jinsha_desk.db.server import open_server
from jinsha_desk.models import Resident
from jinsha_desk.roster import editing
from jinsha_desk.settings import set_setting


@pytest.fixture
def street(pg_cluster, monkeypatch, capsys):
    """Two communities on one street database, each with a resident and its own 1栋."""
    monkeypatch.setenv("JINSHA_SERVER_PASSWORD", "street-pw")
    name = pg_cluster.create_database()
    owner = pg_cluster.url(name)
    urls = {}
    for code, community, person, order in (("jinsha", "金沙社区", "赵丽", 831), ("yinsha", "银沙社区", "钱敏", 832)):
        assert main(["--db", owner, "server", "add-community", code, "--name", community]) == 0
        assert f"{name}_{code}" in capsys.readouterr().out
        urls[code] = parse_location(owner).signed_in_as(f"{name}_{code}").url
        db = open_server(parse_location(urls[code]))
        set_setting("community_name", community)
        editing.add_resident(editing.ResidentInput(name=person, id_number=make_id(order=order), grid="第一网格",
                                                   create_grid=True, building="1", unit="1", room="101"))
        db.close()
    urls["street"] = parse_location(owner).signed_in_as(f"{name}_street").url
    yield urls
    pg_cluster.drop_database(name)
    pg_cluster.drop_roles(f"{name}_jinsha", f"{name}_yinsha", f"{name}_street", f"{name}_c_jinsha_viewer",
                          f"{name}_c_yinsha_viewer")


def test_a_community_sees_only_its_own_rows(street, capsys):
    assert main(["--db", street["jinsha"], "residents", "--json"]) == 0
    assert [r["name"] for r in json.loads(capsys.readouterr().out)] == ["赵丽"]
    assert main(["--db", street["yinsha"], "stats", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["residents"] == 1

    db = open_server(parse_location(street["jinsha"]))
    for attempt in ('SELECT name FROM "c_yinsha"."resident"',
                    'SELECT name FROM "public"."jinsha_community"'):
        with pytest.raises(ProgrammingError, match="permission denied"):
            db.execute_sql(attempt)
        db.rollback()
    db.execute_sql('SET search_path TO "c_yinsha"')
    with pytest.raises(ProgrammingError):
        Resident.select().count()
    db.close()


def test_the_street_office_reads_every_community_and_writes_none(street, capsys, tmp_path):
    out = tmp_path / "街道统计.xlsx"
    assert main(["--db", street["street"], "street", "stats", "--period", "2026", "--out", str(out), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out.split("\n", 1)[1])
    assert [(r["社区"], r["居民"]) for r in rows] == [("金沙社区", 1), ("银沙社区", 1), ("合计", 2)]
    sheet = openpyxl.load_workbook(out).active
    values = [[c for c in row if c is not None] for row in sheet.iter_rows(values_only=True)]
    assert any(row[:3] == ["银沙社区", 1, 1] for row in values if row)
    db = open_server(parse_location(street["street"]))
    db.execute_sql('SET search_path TO "c_jinsha"')
    with pytest.raises(ProgrammingError, match="permission denied"):
        set_setting("community_name", "街道改的")
    db.close()
