"""A volunteer's service certificate (志愿服务证明) for a period: the dates asked here, the PDF made by
the core and shown in the preview, where it is printed or saved."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QWidget

from jinsha_desk.paths import scratch_dir
from jinsha_desk.ui.form_dialog import FormDialog
from jinsha_desk.ui.forms.ui_certificate_dialog import Ui_CertificateDialog


class CertificateDialog(FormDialog):
    def __init__(self, parent: QWidget | None, volunteer_id: int, name: str) -> None:
        super().__init__(Ui_CertificateDialog(), parent)
        self.volunteer_id = volunteer_id
        self.pdf: Path | None = None
        today = QDate.currentDate()
        self.ui.volunteerLabel.setText(f"为志愿者 {name} 开具志愿服务证明，列出这段时间内的每次服务。")
        self.ui.fromDate.setDate(QDate(today.year(), 1, 1))
        self.ui.toDate.setDate(today)
        self.ui.toDate.setMaximumDate(today)

    def save_action(self) -> int:
        from jinsha_desk.documents.volunteer_docs import (
            write_service_certificate,  # reportlab loads when first printing
        )

        folder = scratch_dir()
        self.pdf = write_service_certificate(self.volunteer_id, self.ui.fromDate.date().toPython(),
                                             self.ui.toDate.date().toPython(), folder / "志愿服务证明.pdf")
        self.saved_message = "已生成志愿服务证明"
        return self.volunteer_id
