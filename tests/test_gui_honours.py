"""A 文明家庭 campaign from nomination to printed certificates, through the 评选表彰 page."""

from conftest import press_save
from ids import make_id
from pypdf import PdfReader

from jinsha_desk.honours import campaigns as c
from jinsha_desk.models import Campaign, Nominee, Resident
from jinsha_desk.roster import editing
from jinsha_desk.settings import set_setting
from jinsha_desk.ui.honours.honour_dialogs import (
    CampaignDialog,
    NominateDialog,
    NoticeDialog,
    ObjectionDialog,
    ScoreDialog,
)


def test_campaign_through_the_page(window, qtbot, monkeypatch):
    window.ui.navList.setCurrentRow(window.pages.index(window.honours))
    page = window.honours
    assert window.ui.pages.currentWidget() is page
    set_setting("community_name", "金沙社区")
    for n, name in enumerate(["王建国", "李秀琼", "赵海"]):
        editing.add_resident(editing.ResidentInput(name=name, id_number=make_id(order=300 + n), relation="户主",
                                                   building=str(n + 1), unit="1", room="101"))

    def new_campaign(dialog):
        dialog.ui.honourCombo.setCurrentText("文明家庭")
        dialog.ui.placesSpin.setValue(2)

    press_save(monkeypatch, CampaignDialog, new_campaign)
    page.ui.newCampaignButton.click()
    campaign = Campaign.get()
    assert campaign.nominee_kind == c.HOUSEHOLD and page.ui.campaignsTable.rowCount() == 1

    for name, citation in (("王建国", "孝老爱亲"), ("李秀琼", "热心公益"), ("zh", "邻里和睦")):
        def nominate(dialog, name=name, citation=citation):
            dialog.ui.picker.search.setText(name)
            dialog.ui.citationEdit.setPlainText(citation)

        press_save(monkeypatch, NominateDialog, nominate)
        page.ui.nominateButton.click()
    assert page.ui.nomineesTable.rowCount() == 3

    def nominate_again(dialog):
        dialog.ui.picker.search.setText("王建国")
        dialog.save()
        assert "不能重复提名" in dialog.ui.errorLabel.text()
        return dialog.result()

    monkeypatch.setattr(NominateDialog, "exec", nominate_again)
    page.ui.nominateButton.click()
    assert Nominee.select().count() == 3

    for row, score in ((2, 96.5), (0, 90.0)):
        page.ui.nomineesTable.selectRow(row)
        press_save(monkeypatch, ScoreDialog, lambda d, score=score: d.ui.scoreSpin.setValue(score))
        page.ui.scoreButton.click()
    assert page.ui.nomineesTable.item(0, 1).text() == "赵海家庭"  # ranked first by score
    page.ui.topButton.click()
    assert [page.ui.nomineesTable.item(r, 6).text() for r in range(3)] == ["当选", "当选", ""]

    press_save(monkeypatch, NoticeDialog, lambda d: d.ui.startEdit.setDate(d.ui.startEdit.date().addDays(-20)))
    page.ui.noticeButton.click()
    assert Campaign.get().step == c.NOTICE
    page.ui.confirmButton.click()
    assert Campaign.get().step == c.CONFIRMED

    page.ui.issueButton.click()
    assert Campaign.get().step == c.ISSUED
    serials = [page.ui.nomineesTable.item(r, 8).text() for r in range(2)]
    assert serials == ["JS-WMJT-2026-001", "JS-WMJT-2026-002"]

    page.preview_on_finish = False
    with qtbot.waitSignal(page.certificates_ready, timeout=20000) as ready:
        page.ui.printCertificatesButton.click()
    reader = PdfReader(str(ready.args[0]))
    assert len(reader.pages) == 2 and serials[0] in reader.pages[0].extract_text()

    page.ui.nomineesTable.selectRow(1)
    with qtbot.waitSignal(page.certificates_ready, timeout=20000) as ready:
        page.ui.reprintButton.click()
    reader = PdfReader(str(ready.args[0]))
    assert len(reader.pages) == 1 and serials[1] in reader.pages[0].extract_text()


def test_objection_recorded_and_sustained(window, monkeypatch):
    page = window.honours
    rid = editing.add_resident(editing.ResidentInput(name="周红", id_number=make_id(order=310), building="1",
                                                     unit="1", room="101"))
    campaign = c.create_campaign(c.CampaignInput("最美楼栋长", 2026, c.RESIDENT, 1))
    nominee = c.nominate(campaign, rid, citation="热心")
    c.set_winner(nominee, True)
    import datetime as dt

    c.start_notice(campaign, dt.date.today())
    page.refresh()
    page.ui.nomineesTable.selectRow(0)

    def object_to(dialog):
        dialog.ui.raisedByEdit.setText("居民甲")
        dialog.ui.textEdit.setPlainText("不常住本楼")

    press_save(monkeypatch, ObjectionDialog, object_to)
    page.ui.objectionButton.click()
    assert "待处理 1" in page.ui.nomineesTable.item(0, 7).text()
    page.ui.confirmButton.click()
    assert "公示期到" in page.ui.honoursError.text()

    def resolve(dialog):
        dialog.ui.textEdit.setPlainText("经核实属实")
        dialog.ui.sustainedCheck.setChecked(True)

    press_save(monkeypatch, ObjectionDialog, resolve)
    page.ui.resolveButton.click()
    assert page.ui.nomineesTable.item(0, 6).text() == "" and "成立 1" in page.ui.nomineesTable.item(0, 7).text()


def test_issuing_to_a_household_without_a_head_asks_and_preprinted_paper(window, qtbot, monkeypatch):
    import datetime as dt

    from jinsha_desk.honours.paper import paper_offsets

    page = window.honours
    rid = editing.add_resident(editing.ResidentInput(name="孙老", id_number=make_id(order=320), relation="父亲",
                                                     building="2", unit="1", room="301"))
    campaign = c.create_campaign(c.CampaignInput("文明家庭", 2026, c.HOUSEHOLD, 1))
    c.nominate(campaign, Resident.get_by_id(rid).household_id)
    c.choose_top(campaign)
    c.start_notice(campaign, dt.date.today() - dt.timedelta(days=30))
    c.confirm(campaign, dt.date.today())
    page.refresh()
    page.ui.campaignsTable.selectRow(0)
    asked = []
    answers = iter([False, True])
    monkeypatch.setattr(page, "confirm", lambda question, title="": asked.append(question) or next(answers))
    page.ui.issueButton.click()
    assert "孙老家庭" in asked[0] and Campaign.get().step == c.CONFIRMED
    page.ui.issueButton.click()
    assert Campaign.get().step == c.ISSUED

    monkeypatch.setattr(page, "ask_text", lambda *args: "3，-1.5")
    page.ui.paperOffsetsButton.click()
    assert paper_offsets() == (3.0, -1.5)
    page.ui.preprintedCheck.setChecked(True)
    page.preview_on_finish = False
    with qtbot.waitSignal(page.certificates_ready, timeout=20000) as ready:
        page.ui.printCertificatesButton.click()
    words = PdfReader(str(ready.args[0])).pages[0].extract_text()
    assert "孙老家庭" in words and "荣 誉 证 书" not in words
