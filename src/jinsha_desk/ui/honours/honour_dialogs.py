"""The dialogs of the honours page: a campaign, a nomination, scores, the notice start, objections."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QWidget

from jinsha_desk.errors import DeskError
from jinsha_desk.honours import campaigns as c
from jinsha_desk.roster.browse import resident_choices
from jinsha_desk.roster.editing import building_choices
from jinsha_desk.ui.form_dialog import FormDialog
from jinsha_desk.ui.forms.ui_campaign_dialog import Ui_CampaignDialog
from jinsha_desk.ui.forms.ui_nominate_dialog import Ui_NominateDialog
from jinsha_desk.ui.forms.ui_notice_dialog import Ui_NoticeDialog
from jinsha_desk.ui.forms.ui_objection_dialog import Ui_ObjectionDialog
from jinsha_desk.ui.forms.ui_score_dialog import Ui_ScoreDialog
from jinsha_desk.ui.visits.visit_dialog import household_source

HONOURS = ("文明家庭", "最美楼栋长", "十佳楼栋", "优秀志愿者", "好媳妇", "好婆婆")


def building_source(text: str) -> list[tuple[int, str]]:
    return [(bid, name) for bid, name in building_choices() if text.strip() and text.strip() in name]


class CampaignDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Ui_CampaignDialog(), parent)
        ui = self.ui
        ui.honourCombo.addItems(HONOURS)
        ui.yearSpin.setValue(dt.date.today().year)
        ui.kindCombo.addItems(c.NOMINEE_KINDS)
        ui.honourCombo.currentTextChanged.connect(self._kind_for_honour)

    def _kind_for_honour(self, honour: str) -> None:
        kind = c.BUILDING if honour.endswith("楼栋") else c.HOUSEHOLD if honour.endswith("家庭") else c.RESIDENT
        self.ui.kindCombo.setCurrentText(kind)

    def save_action(self) -> int:
        ui = self.ui
        return c.create_campaign(c.CampaignInput(
            ui.honourCombo.currentText(), ui.yearSpin.value(), ui.kindCombo.currentText(), ui.placesSpin.value(),
            notice_days=ui.noticeSpin.value(), objection_phone=ui.phoneEdit.text(),
        ))


class NominateDialog(FormDialog):
    _SOURCES = {
        c.HOUSEHOLD: (household_source, "被提名的户：输入门牌或户内成员姓名/拼音"),
        c.RESIDENT: (resident_choices, "被提名的居民：输入姓名、拼音或门牌"),
        c.BUILDING: (building_source, "被提名的楼栋：输入楼栋，如 3栋"),
    }

    def __init__(self, parent: QWidget | None, campaign: c.CampaignRow) -> None:
        super().__init__(Ui_NominateDialog(), parent)
        self.campaign = campaign
        source, hint = self._SOURCES[campaign.nominee_kind]
        self.ui.pickHint.setText(hint)
        self.ui.picker.set_source(source, hint.split("：")[-1])
        self.setWindowTitle(f"提名：{campaign.title}")

    def save_action(self) -> int:
        ui = self.ui
        return c.nominate(self.campaign.campaign_id, ui.picker.selected_id or 0, ui.nominatedByEdit.text(),
                          ui.citationEdit.toPlainText())


class ScoreDialog(FormDialog):
    def __init__(self, parent: QWidget | None, nominee: c.NomineeRow) -> None:
        super().__init__(Ui_ScoreDialog(), parent)
        self.nominee = nominee
        self.ui.nomineeLabel.setText(nominee.name)
        self.ui.votesSpin.setValue(nominee.votes or 0)
        self.ui.scoreSpin.setValue(nominee.score or 0)

    def save_action(self) -> int:
        c.set_scores(self.nominee.nominee_id, self.ui.votesSpin.value(), self.ui.scoreSpin.value())
        return self.nominee.nominee_id


class NoticeDialog(FormDialog):
    def __init__(self, parent: QWidget | None, campaign: c.CampaignRow, notice_days: int) -> None:
        super().__init__(Ui_NoticeDialog(), parent)
        self.campaign = campaign
        self.notice_days = notice_days
        self.ui.startEdit.dateChanged.connect(self._show_end)
        self.ui.startEdit.setDate(QDate.currentDate())
        self._show_end()

    def _show_end(self) -> None:
        """The end counted on the official calendar; where a year's calendar is unknown, asked for."""
        start = self.ui.startEdit.date().toPython()
        try:
            end = c.add_working_days(start, self.notice_days)
        except c.CalendarUnknown as exc:
            self.ui.endLabel.setText(exc.message)
            self.ui.endEdit.setMinimumDate(self.ui.startEdit.date())
            self.ui.endEdit.setVisible(True)
            return
        self.ui.endEdit.setVisible(False)
        self.ui.endLabel.setText(f"公示 {self.notice_days} 个工作日（按国务院公布的节假日和调休安排），"
                                 f"到 {end.year}年{end.month}月{end.day}日 结束")

    def save_action(self) -> int:
        end = self.ui.endEdit.date().toPython() if not self.ui.endEdit.isHidden() else None
        c.start_notice(self.campaign.campaign_id, self.ui.startEdit.date().toPython(), end)
        return self.campaign.campaign_id


class ObjectionDialog(FormDialog):
    """Record an objection against a nominee, or (``resolving``) how one was settled."""

    def __init__(self, parent: QWidget | None, campaign_id: int, nominee: c.NomineeRow | None, resolving: bool) -> None:
        super().__init__(Ui_ObjectionDialog(), parent)
        self.nominee, self.resolving = nominee, resolving
        ui = self.ui
        ui.dateEdit.setDate(QDate.currentDate())
        if resolving:
            self.setWindowTitle("处理异议")
            ui.nomineeLabel.setText("选择要处理的异议，写明核实和处理情况。")
            for objection_id, name, day, content, _, sustained in c.objections(campaign_id):
                if sustained is None:
                    ui.objectionCombo.addItem(f"{name}：{content}（{day:%m-%d}）", objection_id)
            ui.raisedByEdit.setEnabled(False)
        else:
            self.setWindowTitle("登记异议")
            ui.nomineeLabel.setText(f"对“{nominee.name}”的异议")
            ui.objectionCombo.setEnabled(False)
            ui.sustainedCheck.setEnabled(False)

    def save_action(self) -> int:
        ui = self.ui
        day = ui.dateEdit.date().toPython()
        if self.resolving:
            objection_id = ui.objectionCombo.currentData()
            if objection_id is None:
                raise DeskError("没有待处理的异议。")
            c.resolve_objection(objection_id, ui.textEdit.toPlainText(), ui.sustainedCheck.isChecked(), day)
            return objection_id
        return c.raise_objection(self.nominee.nominee_id, ui.textEdit.toPlainText(), ui.raisedByEdit.text(), day)
