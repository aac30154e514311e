# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'story_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDialog,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_StoryDialog(object):
    def setupUi(self, StoryDialog):
        if not StoryDialog.objectName():
            StoryDialog.setObjectName(u"StoryDialog")
        StoryDialog.resize(860, 560)
        self.mainLayout = QVBoxLayout(StoryDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLabel = QLabel(StoryDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.mainLayout.addWidget(self.titleLabel)

        self.subjectLabel = QLabel(StoryDialog)
        self.subjectLabel.setObjectName(u"subjectLabel")
        self.subjectLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.subjectLabel)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.kindLabel = QLabel(StoryDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.filterLayout.addWidget(self.kindLabel)

        self.kindFilter = QComboBox(StoryDialog)
        self.kindFilter.setObjectName(u"kindFilter")
        self.kindFilter.setMinimumContentsLength(8)

        self.filterLayout.addWidget(self.kindFilter)

        self.filterSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)

        self.countLabel = QLabel(StoryDialog)
        self.countLabel.setObjectName(u"countLabel")

        self.filterLayout.addWidget(self.countLabel)


        self.mainLayout.addLayout(self.filterLayout)

        self.eventsTable = QTableWidget(StoryDialog)
        self.eventsTable.setObjectName(u"eventsTable")
        self.eventsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.eventsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.eventsTable.setAlternatingRowColors(True)
        self.eventsTable.setWordWrap(True)

        self.mainLayout.addWidget(self.eventsTable)

        self.statusLabel = QLabel(StoryDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.statusLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.printButton = QPushButton(StoryDialog)
        self.printButton.setObjectName(u"printButton")

        self.buttonLayout.addWidget(self.printButton)

        self.closeButton = QPushButton(StoryDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.buttonLayout)


        self.retranslateUi(StoryDialog)

        QMetaObject.connectSlotsByName(StoryDialog)
    # setupUi

    def retranslateUi(self, StoryDialog):
        StoryDialog.setWindowTitle(QCoreApplication.translate("StoryDialog", u"\u6863\u6848", None))
        self.titleLabel.setText("")
        self.titleLabel.setStyleSheet(QCoreApplication.translate("StoryDialog", u"font-size: 14pt; font-weight: bold;", None))
        self.subjectLabel.setText("")
        self.kindLabel.setText(QCoreApplication.translate("StoryDialog", u"\u7c7b\u522b", None))
        self.countLabel.setText("")
        self.statusLabel.setText("")
        self.printButton.setText(QCoreApplication.translate("StoryDialog", u"\u6253\u5370\u6863\u6848\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("StoryDialog", u"\u5173\u95ed", None))
    # retranslateUi

