# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'meetings_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QTabWidget, QTableWidget, QTableWidgetItem, QTextBrowser,
    QVBoxLayout, QWidget)

class Ui_MeetingsPage(object):
    def setupUi(self, MeetingsPage):
        if not MeetingsPage.objectName():
            MeetingsPage.setObjectName(u"MeetingsPage")
        self.pageLayout = QVBoxLayout(MeetingsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.tabs = QTabWidget(MeetingsPage)
        self.tabs.setObjectName(u"tabs")
        self.meetingsTab = QWidget()
        self.meetingsTab.setObjectName(u"meetingsTab")
        self.meetingsLayout = QVBoxLayout(self.meetingsTab)
        self.meetingsLayout.setObjectName(u"meetingsLayout")
        self.meetingsBar = QHBoxLayout()
        self.meetingsBar.setObjectName(u"meetingsBar")
        self.newMeetingButton = QPushButton(self.meetingsTab)
        self.newMeetingButton.setObjectName(u"newMeetingButton")

        self.meetingsBar.addWidget(self.newMeetingButton)

        self.inviteButton = QPushButton(self.meetingsTab)
        self.inviteButton.setObjectName(u"inviteButton")

        self.meetingsBar.addWidget(self.inviteButton)

        self.agendaButton = QPushButton(self.meetingsTab)
        self.agendaButton.setObjectName(u"agendaButton")

        self.meetingsBar.addWidget(self.agendaButton)

        self.minutesButton = QPushButton(self.meetingsTab)
        self.minutesButton.setObjectName(u"minutesButton")

        self.meetingsBar.addWidget(self.minutesButton)

        self.meetingsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.meetingsBar.addItem(self.meetingsSpacer)

        self.printAgendaButton = QPushButton(self.meetingsTab)
        self.printAgendaButton.setObjectName(u"printAgendaButton")

        self.meetingsBar.addWidget(self.printAgendaButton)

        self.printSigninButton = QPushButton(self.meetingsTab)
        self.printSigninButton.setObjectName(u"printSigninButton")

        self.meetingsBar.addWidget(self.printSigninButton)

        self.printMinutesButton = QPushButton(self.meetingsTab)
        self.printMinutesButton.setObjectName(u"printMinutesButton")

        self.meetingsBar.addWidget(self.printMinutesButton)


        self.meetingsLayout.addLayout(self.meetingsBar)

        self.meetingsError = QLabel(self.meetingsTab)
        self.meetingsError.setObjectName(u"meetingsError")

        self.meetingsLayout.addWidget(self.meetingsError)

        self.meetingsSplitter = QSplitter(self.meetingsTab)
        self.meetingsSplitter.setObjectName(u"meetingsSplitter")
        self.meetingsSplitter.setOrientation(Qt.Vertical)
        self.meetingsTable = QTableWidget(self.meetingsSplitter)
        self.meetingsTable.setObjectName(u"meetingsTable")
        self.meetingsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.meetingsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.meetingsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.meetingsTable.setAlternatingRowColors(True)
        self.meetingsSplitter.addWidget(self.meetingsTable)
        self.meetingDetail = QTextBrowser(self.meetingsSplitter)
        self.meetingDetail.setObjectName(u"meetingDetail")
        self.meetingsSplitter.addWidget(self.meetingDetail)

        self.meetingsLayout.addWidget(self.meetingsSplitter)

        self.tabs.addTab(self.meetingsTab, "")
        self.boardTab = QWidget()
        self.boardTab.setObjectName(u"boardTab")
        self.boardTabLayout = QVBoxLayout(self.boardTab)
        self.boardTabLayout.setObjectName(u"boardTabLayout")
        self.boardBar = QHBoxLayout()
        self.boardBar.setObjectName(u"boardBar")
        self.kindFilter = QComboBox(self.boardTab)
        self.kindFilter.setObjectName(u"kindFilter")

        self.boardBar.addWidget(self.kindFilter)

        self.satisfactionLabel = QLabel(self.boardTab)
        self.satisfactionLabel.setObjectName(u"satisfactionLabel")

        self.boardBar.addWidget(self.satisfactionLabel)

        self.boardSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.boardBar.addItem(self.boardSpacer)

        self.newTopicButton = QPushButton(self.boardTab)
        self.newTopicButton.setObjectName(u"newTopicButton")

        self.boardBar.addWidget(self.newTopicButton)

        self.evaluateButton = QPushButton(self.boardTab)
        self.evaluateButton.setObjectName(u"evaluateButton")

        self.boardBar.addWidget(self.evaluateButton)

        self.closeTopicButton = QPushButton(self.boardTab)
        self.closeTopicButton.setObjectName(u"closeTopicButton")

        self.boardBar.addWidget(self.closeTopicButton)


        self.boardTabLayout.addLayout(self.boardBar)

        self.boardError = QLabel(self.boardTab)
        self.boardError.setObjectName(u"boardError")

        self.boardTabLayout.addWidget(self.boardError)

        self.boardLayout = QHBoxLayout()
        self.boardLayout.setObjectName(u"boardLayout")
        self.collectedColumn = QVBoxLayout()
        self.collectedColumn.setObjectName(u"collectedColumn")
        self.collectedTitle = QLabel(self.boardTab)
        self.collectedTitle.setObjectName(u"collectedTitle")

        self.collectedColumn.addWidget(self.collectedTitle)

        self.collectedList = QListWidget(self.boardTab)
        self.collectedList.setObjectName(u"collectedList")

        self.collectedColumn.addWidget(self.collectedList)


        self.boardLayout.addLayout(self.collectedColumn)

        self.acceptedColumn = QVBoxLayout()
        self.acceptedColumn.setObjectName(u"acceptedColumn")
        self.acceptedTitle = QLabel(self.boardTab)
        self.acceptedTitle.setObjectName(u"acceptedTitle")

        self.acceptedColumn.addWidget(self.acceptedTitle)

        self.acceptedList = QListWidget(self.boardTab)
        self.acceptedList.setObjectName(u"acceptedList")

        self.acceptedColumn.addWidget(self.acceptedList)


        self.boardLayout.addLayout(self.acceptedColumn)

        self.consultedColumn = QVBoxLayout()
        self.consultedColumn.setObjectName(u"consultedColumn")
        self.consultedTitle = QLabel(self.boardTab)
        self.consultedTitle.setObjectName(u"consultedTitle")

        self.consultedColumn.addWidget(self.consultedTitle)

        self.consultedList = QListWidget(self.boardTab)
        self.consultedList.setObjectName(u"consultedList")

        self.consultedColumn.addWidget(self.consultedList)


        self.boardLayout.addLayout(self.consultedColumn)

        self.implementingColumn = QVBoxLayout()
        self.implementingColumn.setObjectName(u"implementingColumn")
        self.implementingTitle = QLabel(self.boardTab)
        self.implementingTitle.setObjectName(u"implementingTitle")

        self.implementingColumn.addWidget(self.implementingTitle)

        self.implementingList = QListWidget(self.boardTab)
        self.implementingList.setObjectName(u"implementingList")

        self.implementingColumn.addWidget(self.implementingList)


        self.boardLayout.addLayout(self.implementingColumn)

        self.evaluatedColumn = QVBoxLayout()
        self.evaluatedColumn.setObjectName(u"evaluatedColumn")
        self.evaluatedTitle = QLabel(self.boardTab)
        self.evaluatedTitle.setObjectName(u"evaluatedTitle")

        self.evaluatedColumn.addWidget(self.evaluatedTitle)

        self.evaluatedList = QListWidget(self.boardTab)
        self.evaluatedList.setObjectName(u"evaluatedList")

        self.evaluatedColumn.addWidget(self.evaluatedList)


        self.boardLayout.addLayout(self.evaluatedColumn)

        self.closedColumn = QVBoxLayout()
        self.closedColumn.setObjectName(u"closedColumn")
        self.closedTitle = QLabel(self.boardTab)
        self.closedTitle.setObjectName(u"closedTitle")

        self.closedColumn.addWidget(self.closedTitle)

        self.closedList = QListWidget(self.boardTab)
        self.closedList.setObjectName(u"closedList")

        self.closedColumn.addWidget(self.closedList)


        self.boardLayout.addLayout(self.closedColumn)


        self.boardTabLayout.addLayout(self.boardLayout)

        self.tabs.addTab(self.boardTab, "")

        self.pageLayout.addWidget(self.tabs)


        self.retranslateUi(MeetingsPage)

        QMetaObject.connectSlotsByName(MeetingsPage)
    # setupUi

    def retranslateUi(self, MeetingsPage):
        self.newMeetingButton.setText(QCoreApplication.translate("MeetingsPage", u"\u65b0\u5efa\u4f1a\u8bae\u2026", None))
        self.inviteButton.setText(QCoreApplication.translate("MeetingsPage", u"\u9080\u8bf7\u53c2\u4f1a\u4eba\u5458\u2026", None))
        self.agendaButton.setText(QCoreApplication.translate("MeetingsPage", u"\u5b89\u6392\u8bae\u7a0b\u2026", None))
        self.minutesButton.setText(QCoreApplication.translate("MeetingsPage", u"\u8bb0\u5f55\u7b7e\u5230\u548c\u7eaa\u8981\u2026", None))
        self.printAgendaButton.setText(QCoreApplication.translate("MeetingsPage", u"\u8bae\u7a0b", None))
        self.printSigninButton.setText(QCoreApplication.translate("MeetingsPage", u"\u7b7e\u5230\u8868", None))
        self.printMinutesButton.setText(QCoreApplication.translate("MeetingsPage", u"\u4f1a\u8bae\u7eaa\u8981", None))
        self.meetingsError.setText("")
        self.meetingsError.setStyleSheet(QCoreApplication.translate("MeetingsPage", u"color: #c0392b;", None))
        self.tabs.setTabText(self.tabs.indexOf(self.meetingsTab), QCoreApplication.translate("MeetingsPage", u"\u4f1a\u8bae", None))
        self.satisfactionLabel.setText("")
        self.satisfactionLabel.setStyleSheet(QCoreApplication.translate("MeetingsPage", u"font-size: 11pt;", None))
        self.newTopicButton.setText(QCoreApplication.translate("MeetingsPage", u"\u65b0\u589e\u8bae\u9898\u2026", None))
        self.evaluateButton.setText(QCoreApplication.translate("MeetingsPage", u"\u5c45\u6c11\u8bc4\u4ef7\u2026", None))
        self.closeTopicButton.setText(QCoreApplication.translate("MeetingsPage", u"\u4e0d\u4e88\u91c7\u7eb3/\u64a4\u56de\u2026", None))
        self.boardError.setText("")
        self.boardError.setStyleSheet(QCoreApplication.translate("MeetingsPage", u"color: #c0392b;", None))
        self.collectedTitle.setText(QCoreApplication.translate("MeetingsPage", u"\u6536\u96c6", None))
        self.collectedTitle.setStyleSheet(QCoreApplication.translate("MeetingsPage", u"font-weight: bold;", None))
        self.acceptedTitle.setText(QCoreApplication.translate("MeetingsPage", u"\u8bae\u9898\u786e\u5b9a", None))
        self.acceptedTitle.setStyleSheet(QCoreApplication.translate("MeetingsPage", u"font-weight: bold;", None))
        self.consultedTitle.setText(QCoreApplication.translate("MeetingsPage", u"\u534f\u5546", None))
        self.consultedTitle.setStyleSheet(QCoreApplication.translate("MeetingsPage", u"font-weight: bold;", None))
        self.implementingTitle.setText(QCoreApplication.translate("MeetingsPage", u"\u5b9e\u65bd", None))
        self.implementingTitle.setStyleSheet(QCoreApplication.translate("MeetingsPage", u"font-weight: bold;", None))
        self.evaluatedTitle.setText(QCoreApplication.translate("MeetingsPage", u"\u8bc4\u4ef7", None))
        self.evaluatedTitle.setStyleSheet(QCoreApplication.translate("MeetingsPage", u"font-weight: bold;", None))
        self.closedTitle.setText(QCoreApplication.translate("MeetingsPage", u"\u672a\u91c7\u7eb3/\u64a4\u56de", None))
        self.closedTitle.setStyleSheet(QCoreApplication.translate("MeetingsPage", u"font-weight: bold;", None))
        self.tabs.setTabText(self.tabs.indexOf(self.boardTab), QCoreApplication.translate("MeetingsPage", u"\u8bae\u9898\u770b\u677f", None))
        pass
    # retranslateUi

