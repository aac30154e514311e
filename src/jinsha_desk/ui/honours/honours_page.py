"""评选表彰: campaigns, nominees ranked with their votes and scores, the step buttons, the public
notice and the certificates (generated in the background, with progress and Cancel)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QWidget

from jinsha_desk import auth, changes
from jinsha_desk.errors import DeskError, NeedsAnswer
from jinsha_desk.honours import campaigns as c
from jinsha_desk.honours.paper import paper_offsets, save_paper_offsets
from jinsha_desk.paths import scratch_dir
from jinsha_desk.ui.forms.ui_honours_page import Ui_HonoursPage
from jinsha_desk.ui.honours.honour_dialogs import (
    CampaignDialog,
    NominateDialog,
    NoticeDialog,
    ObjectionDialog,
    ScoreDialog,
)
from jinsha_desk.ui.page import Page
from jinsha_desk.ui.preview_dialog import DocumentPreview
from jinsha_desk.ui.story_dialog import open_story
from jinsha_desk.ui.tables import add_row_actions, fill_table, selected_row_id
from jinsha_desk.ui.workers import Task, run_with_progress

_CAMPAIGN_HEADERS = ["年度", "评选", "对象", "名额", "阶段", "提名", "当选"]
_NOMINEE_HEADERS = ["排名", "名称", "住址", "推荐人", "票数", "评分", "当选", "异议", "证书编号", "主要事迹"]


class HonoursPage(Page):
    title = "评选表彰"
    write_buttons = ("newCampaignButton", "nominateButton", "scoreButton", "winnerButton", "topButton", "noticeButton",
                     "objectionButton", "resolveButton", "confirmButton", "issueButton")
    shows = frozenset({changes.HONOURS, changes.ROSTER})
    take_out_buttons = ("previewNoticeButton", "printCertificatesButton", "reprintButton")
    certificates_ready = Signal(object)  # the PDF's path

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_HonoursPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.task: Task | None = None
        self.preview_on_finish = True
        ui.campaignsTable.itemSelectionChanged.connect(self.refresh_nominees)
        ui.newCampaignButton.clicked.connect(self.new_campaign)
        ui.nominateButton.clicked.connect(lambda: self._with_campaign(lambda row: NominateDialog(self, row)))
        ui.scoreButton.clicked.connect(lambda: self._with_nominee(lambda n: ScoreDialog(self, n)))
        ui.winnerButton.clicked.connect(self.toggle_winner)
        ui.topButton.clicked.connect(lambda: self._act(lambda row: c.choose_top(row.campaign_id)))
        ui.noticeButton.clicked.connect(lambda: self._with_campaign(
            lambda row: NoticeDialog(self, row, row.notice_days)))
        ui.objectionButton.clicked.connect(lambda: self._with_nominee(
            lambda n: ObjectionDialog(self, self.selected_campaign().campaign_id, n, resolving=False)))
        ui.resolveButton.clicked.connect(lambda: self._with_campaign(
            lambda row: ObjectionDialog(self, row.campaign_id, None, resolving=True)))
        ui.confirmButton.clicked.connect(lambda: self._act(lambda row: c.confirm(row.campaign_id, dt.date.today())))
        ui.issueButton.clicked.connect(lambda: self._act(self._issue))
        ui.previewNoticeButton.clicked.connect(self.preview_notice)
        ui.printCertificatesButton.clicked.connect(lambda: self.print_certificates(None))
        ui.paperOffsetsButton.clicked.connect(self.set_paper_offsets)
        ui.reprintButton.clicked.connect(self.reprint_selected)
        remove = QKeySequence.StandardKey.Delete
        self.writing_actions += add_row_actions(ui.campaignsTable, [("删除评选（仅提名阶段）", self.remove_campaign, remove)])
        self.writing_actions += add_row_actions(ui.nomineesTable, [("撤销提名（仅提名阶段）", self.remove_nominee, remove)])
        add_row_actions(ui.nomineesTable, [("查看档案", self.open_nominee_story, None)])

    # Lists
    def refresh(self) -> None:
        selected = selected_row_id(self.ui.campaignsTable)
        self.rows = c.campaigns()
        fill_table(self.ui.campaignsTable, _CAMPAIGN_HEADERS,
                   [[r.year, r.title, r.nominee_kind, r.places, r.step, r.nominees, r.winners] for r in self.rows],
                   ids=[r.campaign_id for r in self.rows])
        row = next((i for i, r in enumerate(self.rows) if r.campaign_id == selected), 0 if self.rows else -1)
        if row >= 0:
            self.ui.campaignsTable.selectRow(row)
        self.refresh_nominees()

    def selected_campaign(self) -> c.CampaignRow | None:
        campaign_id = selected_row_id(self.ui.campaignsTable)
        return next((r for r in c.campaigns() if r.campaign_id == campaign_id), None)

    def _update_buttons(self, campaign: c.CampaignRow | None) -> None:
        """Each step's buttons only in that step (提名 while nominating …)."""
        step = campaign.step if campaign else None
        writer = auth.current().can("write")
        ui = self.ui
        for button, steps in ((ui.nominateButton, (c.NOMINATING,)), (ui.scoreButton, (c.NOMINATING,)),
                              (ui.winnerButton, (c.NOMINATING,)), (ui.topButton, (c.NOMINATING,)),
                              (ui.noticeButton, (c.NOMINATING,)), (ui.objectionButton, (c.NOTICE,)),
                              (ui.resolveButton, (c.NOTICE,)), (ui.confirmButton, (c.NOTICE,)),
                              (ui.issueButton, (c.CONFIRMED,))):
            button.setEnabled(writer and step in steps)
        printing = self.can_take_out()
        ui.previewNoticeButton.setEnabled(printing and step in (c.NOTICE, c.CONFIRMED, c.ISSUED))
        ui.printCertificatesButton.setEnabled(printing and step == c.ISSUED)
        ui.reprintButton.setEnabled(printing and step == c.ISSUED)

    def new_record(self) -> None:
        if self.ui.newCampaignButton.isEnabled():
            self.new_campaign()

    def new_campaign(self) -> None:
        dialog = CampaignDialog(self)
        if self.open_dialog(dialog):
            row = next((i for i, r in enumerate(self.rows) if r.campaign_id == dialog.record_id), -1)
            if row >= 0:
                self.ui.campaignsTable.selectRow(row)

    def remove_campaign(self) -> None:
        campaign = self.selected_campaign()
        if campaign is not None and self.confirm(f"删除“{campaign.title}”及其提名吗？"):
            self.run_action(lambda: c.remove_campaign(campaign.campaign_id), f"已删除：{campaign.title}",
                            self.ui.honoursError)

    def remove_nominee(self) -> None:
        nominee = self.selected_nominee()
        if nominee is not None and self.confirm(f"撤销对“{nominee.name}”的提名吗？"):
            self.run_action(lambda: c.remove_nominee(nominee.nominee_id), f"已撤销提名：{nominee.name}",
                            self.ui.honoursError)

    def refresh_nominees(self) -> None:
        campaign = self.selected_campaign()
        self._update_buttons(campaign)
        if campaign is None:
            self.ui.campaignInfo.setText("还没有评选活动。点击“新建评选…”开始。")
            fill_table(self.ui.nomineesTable, _NOMINEE_HEADERS, [], empty="还没有评选活动。点击“新建评选…”开始。")
            return
        period = (f"，公示期 {campaign.notice_from:%Y-%m-%d} 至 {campaign.notice_to:%Y-%m-%d}"
                  if campaign.notice_from else "")
        self.ui.campaignInfo.setText(
            f"{campaign.title}：{campaign.step}阶段{period}；名额 {campaign.places}，已选 {campaign.winners}。")
        ranked = c.ranking(campaign.campaign_id)
        fill_table(
            self.ui.nomineesTable, _NOMINEE_HEADERS,
            [[n, r.name, r.address, r.nominated_by, r.votes, r.score, "当选" if r.winner else "",
              (f"待处理 {r.open_objections}" if r.open_objections else "") +
              (f"成立 {r.sustained_objections}" if r.sustained_objections else ""), r.serial or "", r.citation]
             for n, r in enumerate(ranked, start=1)],
            ids=[r.nominee_id for r in ranked],
        )

    def open_nominee_story(self) -> None:
        """The household's or the resident's story (a building's nomination has none)."""
        nominee = self.selected_nominee()
        if nominee is not None:
            open_story(self, resident_id=nominee.resident_id,
                       household_id=nominee.household_id if nominee.resident_id is None else None)

    def selected_nominee(self) -> c.NomineeRow | None:
        nominee_id = selected_row_id(self.ui.nomineesTable)
        campaign = self.selected_campaign()
        if nominee_id is None or campaign is None:
            return None
        return next((n for n in c.nominees(campaign.campaign_id) if n.nominee_id == nominee_id), None)

    # Actions
    def _error(self, message: str) -> None:
        self.ui.honoursError.setText(message)

    def _done(self) -> None:
        self._error("")
        self.catch_up()

    def _open(self, dialog: QDialog) -> None:
        if self.open_dialog(dialog):
            self._error("")

    def _with_campaign(self, make_dialog) -> None:
        campaign = self.selected_campaign()
        if campaign is None:
            self._error("请先选择一个评选活动。")
            return
        self._open(make_dialog(campaign))

    def _with_nominee(self, make_dialog) -> None:
        nominee = self.selected_nominee()
        if nominee is None:
            self._error("请先在下方列表中选择一个提名对象。")
            return
        self._open(make_dialog(nominee))

    def _act(self, action) -> None:
        campaign = self.selected_campaign()
        if campaign is None:
            self._error("请先选择一个评选活动。")
            return
        try:
            action(campaign)
        except DeskError as exc:
            self._error(exc.message)
            return
        self._done()

    def _issue(self, campaign: c.CampaignRow) -> None:
        try:
            c.issue_certificates(campaign.campaign_id, dt.date.today())
        except NeedsAnswer as question:
            if self.confirm(question.message, "发放证书"):
                c.issue_certificates(campaign.campaign_id, dt.date.today(), without_head_ok=True)

    def toggle_winner(self) -> None:
        nominee = self.selected_nominee()
        if nominee is None:
            self._error("请先在下方列表中选择一个提名对象。")
            return
        self._act(lambda _: c.set_winner(nominee.nominee_id, not nominee.winner))

    # Documents
    def preview_notice(self) -> None:
        campaign = self.selected_campaign()
        if campaign is None:
            self._error("请先选择一个评选活动。")
            return
        from jinsha_desk.documents.honour_docs import write_notice  # reportlab loads when first printing

        try:
            pdf = write_notice(campaign.campaign_id, scratch_dir() / "公示.pdf")
        except DeskError as exc:
            self._error(exc.message)
            return
        DocumentPreview(pdf, f"{campaign.title}公示", self).exec()

    def reprint_selected(self) -> None:
        nominee = self.selected_nominee()
        if nominee is None or not nominee.serial:
            self._error("请先选择一位已发证的获奖对象。")
            return
        self.print_certificates(nominee.nominee_id)

    def print_certificates(self, nominee_id: int | None) -> Task | None:
        """Generate the certificates off the GUI thread; a progress dialog appears if it takes a while."""
        campaign = self.selected_campaign()
        if campaign is None:
            self._error("请先选择一个评选活动。")
            return None
        from jinsha_desk.documents.honour_docs import write_certificates  # reportlab loads when first printing

        target = scratch_dir() / f"荣誉证书-{campaign.campaign_id}.pdf"
        preprinted = self.ui.preprintedCheck.isChecked()
        self.task = run_with_progress(
            self,
            lambda progress, cancelled: write_certificates(
                campaign.campaign_id, target, nominee_id=nominee_id, progress=progress, cancel=cancelled,
                preprinted=preprinted),
            "正在生成荣誉证书……", self._certificates_done, self._certificates_stopped, "已取消生成证书。",
        )
        return self.task

    def set_paper_offsets(self) -> None:
        """The clerk measured a test print on the certificate paper: how far to move the words."""
        answer = self.ask_text("套打位置", "文字整体右移、下移多少毫米（用逗号隔开，负数表示左移、上移）：",
                               "，".join(f"{v:g}" for v in paper_offsets()))
        if answer is None:
            return
        parts = answer.replace("，", ",").split(",")
        try:
            right, down = (float(p) for p in parts)
        except ValueError:
            self._error(f"“{answer}”不是两个数字，请写成 右移,下移，如 2,-1.5。")
            return
        self.run_action(lambda: save_paper_offsets(right, down), f"已保存套打位置：右移 {right:g} 毫米，下移 {down:g} 毫米")

    def _certificates_done(self, pdf: Path) -> None:
        self.task = None
        self._error("")
        self.certificates_ready.emit(pdf)
        if self.preview_on_finish:
            DocumentPreview(pdf, "荣誉证书", self).exec()

    def _certificates_stopped(self, message: str) -> None:
        self.task = None
        self._error(message)
