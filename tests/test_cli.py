import datetime as dt
import json
import re
import sqlite3

import pytest
from rosters import AYI, LI, WANG, messy_workbook

from jinsha_desk.cli import main
from jinsha_desk.db.audit_chain import chain
from jinsha_desk.db.backup import list_backups


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def messy(tmp_path):
    return messy_workbook(tmp_path / "花名册.xlsx")


def test_import_json_report(capsys, db_path, messy, tmp_path):
    errors = tmp_path / "errors.xlsx"
    code, out, _ = run(capsys, "--db", db_path, "import", messy, "--json", "--errors", errors)
    assert code == 0
    report = json.loads(out)
    assert (report["new"], report["updated"], report["unchanged"]) == (7, 0, 0)
    assert {"file": messy.name, "sheet": "居民花名册", "row": 11, "reason": "id_checksum"}.items() <= report["rejected"][1].items()
    assert {w["code"] for w in report["warnings"]} == {"gender_mismatch", "birth_mismatch", "conflicting_duplicate"}
    assert {"file": messy.name, "sheet": "居民花名册", "row": 14, "kind": "total"} in report["skipped"]
    assert errors.exists()
    code, out, _ = run(capsys, "--db", db_path, "import", messy, "--json")
    assert (json.loads(out)["new"], json.loads(out)["unchanged"]) == (0, 7)


def test_import_text_report_in_chinese(capsys, db_path, messy):
    code, out, _ = run(capsys, "--db", db_path, "import", messy, "--dry-run")
    assert code == 0
    assert "试导入" in out and "新增 7 人" in out
    code, out, _ = run(capsys, "--db", db_path, "residents", "--json")
    assert json.loads(out) == []  # the dry run stored nobody


def test_import_of_a_missing_file_fails_cleanly(capsys, db_path, tmp_path):
    code, _, err = run(capsys, "--db", db_path, "import", tmp_path / "没有.xlsx")
    assert code == 1
    assert "找不到文件" in err


def test_residents_json_and_search(capsys, db_path, messy):
    run(capsys, "--db", db_path, "import", messy)
    code, out, _ = run(capsys, "--db", db_path, "residents", "--json")
    records = json.loads(out)
    assert len(records) == 7
    wang = next(r for r in records if r["id_number"] == WANG)
    assert isinstance(wang.pop("id"), int)  # the id later commands take
    assert wang == {
        "id_number": WANG, "name": "王建国", "gender": "男", "birth_date": "1960-05-12", "ethnicity": "汉族",
        "phone": "13812345678", "grid": "", "building": "3栋", "unit": "2单元", "room": "301", "relation": "户主",
        "political_status": "中共党员", "party_member": True, "tags": [], "residence_status": "",
        "household": wang["household"], "address": "3栋2单元301", "category": [], "other_phone": "",
        "document_type": "居民身份证", "version": 1,
    }
    assert records[0]["id_number"] == WANG  # roster order: address, head first

    def search(text):
        _, out, _ = run(capsys, "--db", db_path, "residents", "--search", text, "--json")
        return {r["id_number"] for r in json.loads(out)}

    assert search("lxq") == {LI}
    assert search("lixiuqiong") == {LI}
    assert search("秀琼") == {LI}
    assert search("5910065") == {LI}
    assert search(AYI[-6:]) == {AYI}
    assert search("3栋2单元") == {WANG, LI, *search("3栋2单元301")}
    assert len(search("3栋2单元301")) == 3
    assert search("阿依") == {AYI}
    assert search("不存在的人") == set()


def test_residents_text_masks_ids(capsys, db_path, messy):
    run(capsys, "--db", db_path, "import", messy)
    _, out, _ = run(capsys, "--db", db_path, "residents", "--search", "王建国")
    assert WANG not in out
    assert WANG[:6] + "********" + WANG[-4:] in out
    assert "共 1 人" in out


def test_stats_json(capsys, db_path, messy):
    run(capsys, "--db", db_path, "import", messy)
    _, out, _ = run(capsys, "--db", db_path, "stats", "--json")
    stats = json.loads(out)
    assert stats["residents"] == 7
    assert stats["households"] == 4
    assert stats["party_members"] == 2
    assert stats["per_category"] == {"独居老人": 1, "低保": 1, "残疾人": 1, "退役军人": 1}
    assert {g["grid"]: g["residents"] for g in stats["per_grid"]} == {"未分网格": 4, "第二网格": 3}  # building 5 lies in 第二网格


def test_seed_demo_is_realistic_and_idempotent(capsys, db_path):
    code, out, _ = run(capsys, "--db", db_path, "seed-demo", "--residents", "1500")
    assert code == 0
    _, out, _ = run(capsys, "--db", db_path, "stats", "--json")
    stats = json.loads(out)
    assert stats["residents"] == 1500
    assert stats["grids"] == 5
    assert stats["buildings"] == 22
    assert 0.04 < stats["party_members"] / 1500 < 0.12
    assert {"空巢老人", "独居老人", "留守儿童"} <= set(stats["per_category"])
    _, out, _ = run(capsys, "--db", db_path, "residents", "--search", "lxq", "--json")
    assert "李秀琼" in {r["name"] for r in json.loads(out)}
    _, out, _ = run(capsys, "--db", db_path, "settings", "--json")
    shown = json.loads(out)
    assert shown["person_in_charge"] and shown["handler"]  # the demo's certificates have someone to sign
    run(capsys, "--db", db_path, "seed-demo", "--residents", "1500")
    _, out, _ = run(capsys, "--db", db_path, "stats", "--json")
    assert json.loads(out)["residents"] == 1500


def test_backup_and_restore(capsys, db_path, messy, tmp_path):
    run(capsys, "--db", db_path, "import", messy)
    code, out, _ = run(capsys, "--db", db_path, "backup")
    assert code == 0
    backup = list_backups(db_path)[0]
    assert backup.name in out
    conn = sqlite3.connect(db_path)
    conn.create_function("jinsha_user", 0, lambda: "另一个程序")  # the audit triggers ask who
    conn.create_function("jinsha_chain", -1, chain)  # and chain their entries
    conn.execute("DELETE FROM resident_tag")
    conn.execute("DELETE FROM resident")
    conn.commit()
    conn.close()
    code, out, _ = run(capsys, "--db", db_path, "restore", backup)
    assert code == 0
    assert "恢复前的数据库已另存为" in out
    _, out, _ = run(capsys, "--db", db_path, "stats", "--json")
    assert json.loads(out)["residents"] == 7


def test_restore_refuses_a_damaged_backup(capsys, db_path, messy, tmp_path):
    run(capsys, "--db", db_path, "import", messy)
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100 + b"garbage" * 200)
    code, _, err = run(capsys, "--db", db_path, "restore", damaged)
    assert code == 1
    assert "损坏" in err
    _, out, _ = run(capsys, "--db", db_path, "stats", "--json")
    assert json.loads(out)["residents"] == 7


def test_import_backs_up_a_roster_first(capsys, db_path, messy):
    run(capsys, "--db", db_path, "import", messy)
    assert list_backups(db_path) == []  # nothing to lose yet
    run(capsys, "--db", db_path, "import", messy)
    assert len(list_backups(db_path)) == 1


def test_version(capsys):
    with pytest.raises(SystemExit):
        main(["--version"])
    assert "jinsha-desk 0.1.0" in capsys.readouterr().out


def test_visits_from_the_command_line(capsys, db_path, messy):
    run(capsys, "--db", db_path, "import", messy)
    code, _, err = run(capsys, "--db", db_path, "visits", "add", "--household", "3栋2单元", "--visitor", "刘芳")
    assert code == 1 and "对应多户" in err
    code, out, _ = run(capsys, "--db", db_path, "visits", "add", "--household", "李秀琼", "--date", "2026-11-02",
                       "--visitor", "刘芳", "--kind", "关爱探访", "--findings", "精神很好", "--need", "想装扶手")
    assert code == 0 and "已记录走访" in out
    _, out, _ = run(capsys, "--db", db_path, "visits", "list", "--from", "2026-11-01", "--to", "2026-11-30", "--json")
    visits = json.loads(out)
    assert [(v["head"], v["kind"], v["needs"]) for v in visits] == [("李秀琼", "关爱探访", ["想装扶手"])]
    _, out, _ = run(capsys, "--db", db_path, "visits", "due", "--today", "2026-11-12", "--json")
    due = {d["head"]: d for d in json.loads(out)}
    assert due["李秀琼"]["state"] == "逾期" and due["李秀琼"]["due_date"] == "2026-11-09"
    assert due["阿依·古丽"]["state"] == "从未走访"
    with pytest.raises(SystemExit):
        main(["--db", str(db_path), "visits", "list", "--from", "2026/11/01"])
    assert "日期应写成 YYYY-MM-DD" in capsys.readouterr().err


def test_volunteer_hours_from_the_command_line(capsys, db_path, messy):
    from jinsha_desk.db.connection import open_database
    from jinsha_desk.models import Resident
    from jinsha_desk.volunteers import people, service

    run(capsys, "--db", db_path, "import", messy)
    database = open_database(db_path)
    li = people.add_volunteer(Resident.get(Resident.id_number == LI).id)
    people.add_team("巾帼志愿服务队", leader_id=li)
    service.add_activity(service.ActivityInput("敬老院慰问", dt.date(2026, 5, 1), team_id=1), {li: 3.5})
    database.close()
    _, out, _ = run(capsys, "--db", db_path, "hours", "--year", "2026", "--json")
    assert json.loads(out) == [{"name": "李秀琼", "team": "巾帼志愿服务队", "activities": 1, "hours": 3.5,
                                "total_hours": 3.5, "star": 0}]
    _, out, _ = run(capsys, "--db", db_path, "activities", "--json")
    assert json.loads(out)[0]["volunteers"] == 1
    _, out, _ = run(capsys, "--db", db_path, "volunteers")
    assert "李秀琼" in out and "共 1 名志愿者" in out


def test_visit_intervals_from_the_command_line(capsys, db_path):
    code, out, _ = run(capsys, "--db", db_path, "visits", "intervals", "--set", "独居老人=5", "--set", "低保=0")
    assert code == 0 and re.search(r"独居老人\s+每 5 天", out) and re.search(r"低保\s+不要求定期走访", out)
    code, _, err = run(capsys, "--db", db_path, "visits", "intervals", "--set", "党员=3")
    assert code == 1 and "不是需要定期走访" in err


def test_meeting_papers_and_topics_from_the_command_line(capsys, db_path, tmp_path):
    run(capsys, "--db", db_path, "seed-demo", "--residents", "400")
    _, out, _ = run(capsys, "--db", db_path, "meetings", "--json")
    meetings = json.loads(out)
    assert len(meetings) == 13
    upcoming = meetings[0]
    assert upcoming["topics"] == 2
    for paper in ("agenda", "signin"):
        code, out, _ = run(capsys, "--db", db_path, paper, upcoming["id"], "--out", tmp_path / f"{paper}.pdf")
        assert code == 0 and (tmp_path / f"{paper}.pdf").read_bytes().startswith(b"%PDF")
    # Minutes only for a meeting that has been held (issue 16).
    code, _, err = run(capsys, "--db", db_path, "minutes", upcoming["id"], "--out", tmp_path / "early.pdf")
    assert code == 1 and "还没有开会" in err and not (tmp_path / "early.pdf").exists()
    code, _, _ = run(capsys, "--db", db_path, "minutes", meetings[1]["id"], "--out", tmp_path / "minutes.pdf")
    assert code == 0 and (tmp_path / "minutes.pdf").read_bytes().startswith(b"%PDF")
    _, out, _ = run(capsys, "--db", db_path, "topics", "--json")
    steps = {t["step"] for t in json.loads(out)}
    assert {"收集", "议题确定", "协商", "实施", "评价", "不予采纳"} <= steps
    _, out, _ = run(capsys, "--db", db_path, "topics", "--kind", "需求")
    assert "满意率" in out or "尚无评价" in out
    code, _, err = run(capsys, "--db", db_path, "agenda", "999", "--out", tmp_path / "x.pdf")
    assert code == 1 and "找不到编号为 999 的会议" in err


def test_honours_from_the_command_line(capsys, db_path, tmp_path):
    from pypdf import PdfReader

    run(capsys, "--db", db_path, "seed-demo", "--residents", "400")
    _, out, _ = run(capsys, "--db", db_path, "honours", "--json")
    issued, current = sorted(json.loads(out), key=lambda c: c["year"])
    assert (issued["step"], current["step"]) == ("已发证", "公示")
    _, out, _ = run(capsys, "--db", db_path, "honours", str(issued["id"]), "--json")
    winners = [n for n in json.loads(out) if n["winner"]]
    assert len(winners) == 10 and all(n["serial"].startswith(f"JS-WMJT-{issued['year']}-") for n in winners)
    code, _, _ = run(capsys, "--db", db_path, "certificates", issued["id"], "--out", tmp_path / "c.pdf")
    assert code == 0 and len(PdfReader(str(tmp_path / "c.pdf")).pages) == 10
    code, _, _ = run(capsys, "--db", db_path, "certificates", issued["id"], "--nominee", winners[0]["id"],
                     "--out", tmp_path / "one.pdf")
    assert winners[0]["serial"] in PdfReader(str(tmp_path / "one.pdf")).pages[0].extract_text()
    code, _, _ = run(capsys, "--db", db_path, "notice", current["id"], "--out", tmp_path / "n.pdf")
    assert code == 0 and "公示" in PdfReader(str(tmp_path / "n.pdf")).pages[0].extract_text()
    code, _, err = run(capsys, "--db", db_path, "certificates", current["id"], "--out", tmp_path / "x.pdf")
    assert code == 1 and "发放证书" in err
    code, _, err = run(capsys, "--db", db_path, "service-certificate", "1", "--from", "2024-01-01",
                       "--to", (dt.date.today() + dt.timedelta(days=1)).isoformat(), "--out", tmp_path / "s.pdf")
    assert code == 1 and "晚于今天" in err and not (tmp_path / "s.pdf").exists()
    code, _, _ = run(capsys, "--db", db_path, "service-certificate", "1", "--from", "2024-01-01",
                     "--to", dt.date.today().isoformat(), "--out", tmp_path / "s.pdf")
    assert code == 0 and "志愿服务记录证明" in PdfReader(str(tmp_path / "s.pdf")).pages[0].extract_text()
