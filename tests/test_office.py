"""Setting up a real office: the profile, grids, staff, and the vocabularies a record is checked against."""

import json

import pytest
from ids import make_id
from openpyxl import load_workbook

from jinsha_desk.cli import main
from jinsha_desk.errors import DeskError
from jinsha_desk.models import AuditLog, Building, Resident
from jinsha_desk.office import grids, profile, staff
from jinsha_desk.returns.export import export_return
from jinsha_desk.roster import editing, vocabularies
from jinsha_desk.visits.records import visitor_choices

pytestmark = pytest.mark.both_engines  # the core's behaviour on SQLite and on a server


def _resident(name, order, relation="", grid="第一网格", room="301", **extra):
    return editing.add_resident(editing.ResidentInput(
        name=name, id_number=make_id(order=order), relation=relation, grid=grid, building="3", unit="2", room=room,
        **extra))


def test_until_the_name_is_set_documents_say_so(db, tmp_path):
    assert profile.community_label() == "未设置社区名称" and not profile.is_set_up()
    sheet = load_workbook(export_return("roster", tmp_path / "s.xlsx").path).active
    assert "填报单位：未设置社区名称" in [c.value for row in sheet.iter_rows(max_row=3) for c in row]
    profile.update_profile({"社区名称": "金沙社区", "preparer": "刘芳", "reviewer": "王丽萍"})
    assert profile.committee_label() == "金沙社区居民委员会" and profile.return_unit() == "金沙社区"
    sheet = load_workbook(export_return("roster", tmp_path / "s.xlsx").path).active
    values = [c.value for row in sheet.iter_rows() for c in row if c.value]
    assert "填报单位：金沙社区" in values and "填表人：刘芳" in values and "审核人：王丽萍" in values


def test_profile_refuses_bad_values_and_saves_nothing(db):
    with pytest.raises(DeskError, match="电话"):
        profile.update_profile({"community_name": "金沙社区", "phone": "12345"})
    assert profile.profile()["community_name"] == ""
    with pytest.raises(DeskError, match="没有“城市”这一项"):
        profile.update_profile({"城市": "乐山"})
    with pytest.raises(DeskError, match="英文字母"):
        profile.update_profile({"community_code": "金沙"})


def test_grids_add_rename_merge_retire(db):
    grids.add_grid("第二网格", "陈志强", "13881240102")
    grids.add_grid("第十网格")
    grids.add_grid("第一网格")
    assert [g.name for g in grids.grids()] == ["第一网格", "第二网格", "第十网格"]
    with pytest.raises(DeskError, match="已有"):
        grids.add_grid("第一网格")
    _resident("王建国", 101, "户主")
    grids.assign_building("3栋", "第二网格")
    with pytest.raises(DeskError, match="还有 1 栋楼"):
        grids.retire_grid("第二网格")
    grids.rename_grid("第十网格", "第三网格")
    grids.merge_grids("第二网格", "第三网格")
    third = next(g for g in grids.grids() if g.name == "第三网格")
    assert third.buildings == ("3栋",) and third.worker == "陈志强" and third.residents == 1
    grids.retire_grid("第一网格")
    assert [g.name for g in grids.grids()] == ["第三网格"]
    assert [g.name for g in grids.grids(include_retired=True)] == ["第一网格", "第三网格"]
    assert [name for _, name in editing.grid_choices()] == ["第三网格"]
    assert AuditLog.select().where(AuditLog.table_name == "grid").count() >= 6


def test_staff_are_the_visitors_to_pick(db):
    grids.add_grid("第一网格")
    first = staff.add_staff(staff.StaffInput("刘芳", "网格员", "138 8124 0103", "第一网格"))
    staff.add_staff(staff.StaffInput("王丽萍", "社工"))
    assert visitor_choices()[:2] == ["刘芳", "王丽萍"]
    staff.remove_staff(first)
    assert visitor_choices() == ["王丽萍"]
    assert [s.name for s in staff.staff(include_inactive=True)] == ["王丽萍", "刘芳"]


def test_a_grid_typed_for_a_resident_is_not_created_silently(db):
    with pytest.raises(editing.UnknownGrid):
        _resident("王建国", 101, grid="第九网格")
    assert Resident.select().count() == 0 and Building.select().count() == 0
    _resident("王建国", 101, grid="第九网格", create_grid=True)
    assert [name for _, name in editing.grid_choices()] == ["第九网格"]


def test_a_second_head_is_refused_with_the_current_heads_name(db):
    _resident("王建国", 101, "户主", create_grid=True)
    with pytest.raises(editing.SecondHead) as caught:
        _resident("李秀琼", 102, "户主")
    assert caught.value.current_head == "王建国" and Resident.select().count() == 1
    new_head = _resident("李秀琼", 102, "户主", make_head=True)
    relations = {r.name: r.relation for r in Resident.select()}
    assert relations == {"王建国": "", "李秀琼": "户主"} and Resident.get_by_id(new_head).relation == "户主"


@pytest.mark.parametrize(("check", "typed", "stored"), [
    (vocabularies.relation, "儿子", "子"), (vocabularies.relation, "本人", "户主"), (vocabularies.relation, "长女", "长女"),
    (vocabularies.ethnicity, "彝", "彝族"), (vocabularies.ethnicity, "外国血统中国籍人士", "外国血统"),
    (vocabularies.political_status, "中国共产党党员", "中共党员"), (vocabularies.political_status, "团员", "共青团员"),
    (vocabularies.political_status, "九三学社社员", "九三学社社员"),
    (vocabularies.phone, "+86 138-1234-5678", "13812345678"), (vocabularies.phone, "0812 3331234", "0812-3331234"),
    (vocabularies.phone, "(010)62751234", "010-62751234"),
])
def test_vocabularies_accept_the_usual_forms(check, typed, stored):
    assert check(typed) == stored


@pytest.mark.parametrize(("check", "typed"), [
    (vocabularies.relation, "邻居家的"), (vocabularies.ethnicity, "火星族"), (vocabularies.political_status, "党"),
    (vocabularies.phone, "12345"), (vocabularies.phone, "1381234567"),
])
def test_vocabularies_refuse_the_rest(check, typed):
    with pytest.raises(DeskError):
        check(typed)


def test_settings_grids_and_staff_from_the_command_line(capsys, db_path):
    db = str(db_path)
    assert main(["--db", db, "settings", "--set", "社区名称=金沙社区", "--set", "phone=0812 3331234"]) == 0
    assert main(["--db", db, "grids", "add", "第一网格", "--worker", "刘芳"]) == 0
    assert main(["--db", db, "grids", "add", "第二网格"]) == 0
    assert main(["--db", db, "staff", "add", "刘芳", "--post", "网格员", "--grid", "第一网格"]) == 0
    assert main(["--db", db, "grids", "merge", "第二网格", "--into", "第一网格"]) == 0
    capsys.readouterr()
    main(["--db", db, "settings", "--json"])
    assert json.loads(capsys.readouterr().out)["phone"] == "0812-3331234"
    main(["--db", db, "grids", "--json"])
    assert [(g["name"], g["worker"]) for g in json.loads(capsys.readouterr().out)] == [("第一网格", "刘芳")]
    main(["--db", db, "staff", "--json"])
    assert json.loads(capsys.readouterr().out)[0]["grid"] == "第一网格"
    assert main(["--db", db, "grids", "remove", "第九网格"]) == 1
    assert "没有找到网格“第九网格”" in capsys.readouterr().err


def test_backup_reasons_and_database_errors_read_in_chinese():
    import sqlite3

    from jinsha_desk.db.backup import reason_label
    from jinsha_desk.errors import explain

    assert [reason_label(r) for r in ("manual", "daily", "close", "before-import", "upgrade-v6")] == [
        "手动备份", "每日备份", "关闭时备份", "导入前备份", "升级前备份（原结构版本 6）"]
    assert "只能查看" in explain(sqlite3.OperationalError("attempt to write a readonly database"))
    assert "磁盘空间不足" in explain(sqlite3.OperationalError("database or disk is full"))
    assert "磁盘空间不足" in explain(OSError(28, "No space left on device"))
    assert "另一个程序" in explain(sqlite3.OperationalError("database is locked"))
    assert not any(ch.isascii() and ch.isalpha() for ch in explain(RuntimeError("boom")))
