"""Previewing a generated PDF inside the app, printing it with Qt's printer dialog, or saving it.

Pages are drawn by PDFium (pypdfium2): PySide6-Essentials has no QtPdf, and the full Addons
package would add hundreds of megabytes for this one view.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QWidget

from jinsha_desk.ui.forms.ui_document_preview import Ui_DocumentPreview

PREVIEW_SCALE = 1.3  # 72 dpi × 1.3: readable on a 1366×768 screen
PRINT_DPI = 300


def render_page(pdf_path: Path, index: int, scale: float) -> QImage:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(pdf_path))
    try:
        bitmap = pdf[index].render(scale=scale, rev_byteorder=True)
        return QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB888).copy()
    finally:
        pdf.close()


def page_count(pdf_path: Path) -> int:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(pdf_path))
    try:
        return len(pdf)
    finally:
        pdf.close()


def print_pdf(pdf_path: Path, printer: QPrinter) -> None:
    """Each page rendered at printer resolution and fitted to the paper."""
    painter = QPainter(printer)
    try:
        for index in range(page_count(pdf_path)):
            if index:
                printer.newPage()
            image = render_page(pdf_path, index, PRINT_DPI / 72)
            target = painter.viewport()
            size = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.setViewport(target.x(), target.y(), size.width(), size.height())
            painter.setWindow(image.rect())
            painter.drawImage(0, 0, image)
            painter.setViewport(target)
    finally:
        painter.end()


class DocumentPreview(QDialog):
    def __init__(self, pdf_path: Path, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DocumentPreview()
        self.ui.setupUi(self)
        self.pdf_path = Path(pdf_path)
        self.setWindowTitle(f"预览：{title}")
        self.pages = page_count(self.pdf_path)
        self.ui.pagesLabel.setText(f"{title}　共 {self.pages} 页")
        # Pages are drawn once, sharp enough for 200%; zooming scales the drawings.
        self.images = [render_page(self.pdf_path, index, PREVIEW_SCALE * 2) for index in range(self.pages)]
        self.labels = []
        for _ in self.images:
            label = QLabel(self.ui.pagesHost)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.ui.pagesLayout.addWidget(label)
            self.labels.append(label)
        self.zoom = 1.0
        self.set_zoom(1.0)
        self.ui.zoomInButton.clicked.connect(lambda: self.set_zoom(self.zoom * 1.25))
        self.ui.zoomOutButton.clicked.connect(lambda: self.set_zoom(self.zoom / 1.25))
        self.ui.fitButton.clicked.connect(self.fit_page)
        self.ui.printButton.clicked.connect(self.print_document)
        self.ui.saveButton.clicked.connect(self.save_as)
        self.ui.closeButton.clicked.connect(self.accept)

    def set_zoom(self, zoom: float) -> None:
        """Show the pages at ``zoom`` (1.0 is the readable size), between 25% and 200%."""
        self.zoom = min(2.0, max(0.25, zoom))
        for image, label in zip(self.images, self.labels):
            size = image.size() * (self.zoom / 2)
            label.setPixmap(QPixmap.fromImage(image).scaled(
                size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation))
        self.ui.zoomLabel.setText(f"{round(self.zoom * 100)}%")

    def fit_page(self) -> None:
        """A whole page in the window."""
        if not self.images:
            return
        viewport = self.ui.scrollArea.viewport().size()
        page = self.images[0].size() / 2
        self.set_zoom(min((viewport.height() - 12) / page.height(), (viewport.width() - 24) / page.width()))

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            print_pdf(self.pdf_path, printer)

    def save_as(self) -> None:
        target, _ = QFileDialog.getSaveFileName(self, "另存为", self.pdf_path.name, "PDF 文件 (*.pdf)")
        if target:
            shutil.copyfile(self.pdf_path, target)
