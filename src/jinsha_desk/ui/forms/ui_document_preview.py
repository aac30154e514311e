# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'document_preview.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_DocumentPreview(object):
    def setupUi(self, DocumentPreview):
        if not DocumentPreview.objectName():
            DocumentPreview.setObjectName(u"DocumentPreview")
        DocumentPreview.resize(860, 680)
        self.mainLayout = QVBoxLayout(DocumentPreview)
        self.mainLayout.setObjectName(u"mainLayout")
        self.previewBar = QHBoxLayout()
        self.previewBar.setObjectName(u"previewBar")
        self.pagesLabel = QLabel(DocumentPreview)
        self.pagesLabel.setObjectName(u"pagesLabel")

        self.previewBar.addWidget(self.pagesLabel)

        self.zoomOutButton = QPushButton(DocumentPreview)
        self.zoomOutButton.setObjectName(u"zoomOutButton")

        self.previewBar.addWidget(self.zoomOutButton)

        self.zoomLabel = QLabel(DocumentPreview)
        self.zoomLabel.setObjectName(u"zoomLabel")

        self.previewBar.addWidget(self.zoomLabel)

        self.zoomInButton = QPushButton(DocumentPreview)
        self.zoomInButton.setObjectName(u"zoomInButton")

        self.previewBar.addWidget(self.zoomInButton)

        self.fitButton = QPushButton(DocumentPreview)
        self.fitButton.setObjectName(u"fitButton")

        self.previewBar.addWidget(self.fitButton)

        self.previewSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.previewBar.addItem(self.previewSpacer)

        self.printButton = QPushButton(DocumentPreview)
        self.printButton.setObjectName(u"printButton")

        self.previewBar.addWidget(self.printButton)

        self.saveButton = QPushButton(DocumentPreview)
        self.saveButton.setObjectName(u"saveButton")

        self.previewBar.addWidget(self.saveButton)

        self.closeButton = QPushButton(DocumentPreview)
        self.closeButton.setObjectName(u"closeButton")

        self.previewBar.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.previewBar)

        self.scrollArea = QScrollArea(DocumentPreview)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setWidgetResizable(True)
        self.pagesHost = QWidget()
        self.pagesHost.setObjectName(u"pagesHost")
        self.pagesLayout = QVBoxLayout(self.pagesHost)
        self.pagesLayout.setObjectName(u"pagesLayout")
        self.scrollArea.setWidget(self.pagesHost)

        self.mainLayout.addWidget(self.scrollArea)


        self.retranslateUi(DocumentPreview)

        QMetaObject.connectSlotsByName(DocumentPreview)
    # setupUi

    def retranslateUi(self, DocumentPreview):
        DocumentPreview.setWindowTitle(QCoreApplication.translate("DocumentPreview", u"\u9884\u89c8", None))
        self.pagesLabel.setText("")
        self.zoomOutButton.setText(QCoreApplication.translate("DocumentPreview", u"\u7f29\u5c0f", None))
        self.zoomLabel.setText(QCoreApplication.translate("DocumentPreview", u"100%", None))
        self.zoomInButton.setText(QCoreApplication.translate("DocumentPreview", u"\u653e\u5927", None))
        self.fitButton.setText(QCoreApplication.translate("DocumentPreview", u"\u9002\u5408\u9875\u9762", None))
        self.printButton.setText(QCoreApplication.translate("DocumentPreview", u"\u6253\u5370\u2026", None))
        self.saveButton.setText(QCoreApplication.translate("DocumentPreview", u"\u53e6\u5b58\u4e3a PDF\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("DocumentPreview", u"\u5173\u95ed", None))
    # retranslateUi

