# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'visits_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDateEdit, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTabWidget, QTableView, QVBoxLayout, QWidget)

class Ui_VisitsPage(object):
    def setupUi(self, VisitsPage):
        if not VisitsPage.objectName():
            VisitsPage.setObjectName(u"VisitsPage")
        self.pageLayout = QVBoxLayout(VisitsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.tabs = QTabWidget(VisitsPage)
        self.tabs.setObjectName(u"tabs")
        self.dueTab = QWidget()
        self.dueTab.setObjectName(u"dueTab")
        self.dueLayout = QVBoxLayout(self.dueTab)
        self.dueLayout.setObjectName(u"dueLayout")
        self.dueBar = QHBoxLayout()
        self.dueBar.setObjectName(u"dueBar")
        self.dueSummary = QLabel(self.dueTab)
        self.dueSummary.setObjectName(u"dueSummary")

        self.dueBar.addWidget(self.dueSummary)

        self.dueSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dueBar.addItem(self.dueSpacer)

        self.weekCheck = QCheckBox(self.dueTab)
        self.weekCheck.setObjectName(u"weekCheck")
        self.weekCheck.setChecked(True)

        self.dueBar.addWidget(self.weekCheck)

        self.intervalsButton = QPushButton(self.dueTab)
        self.intervalsButton.setObjectName(u"intervalsButton")

        self.dueBar.addWidget(self.intervalsButton)

        self.recordDueButton = QPushButton(self.dueTab)
        self.recordDueButton.setObjectName(u"recordDueButton")

        self.dueBar.addWidget(self.recordDueButton)


        self.dueLayout.addLayout(self.dueBar)

        self.dueTable = QTableView(self.dueTab)
        self.dueTable.setObjectName(u"dueTable")
        self.dueTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.dueTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.dueTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.dueTable.setAlternatingRowColors(True)

        self.dueLayout.addWidget(self.dueTable)

        self.tabs.addTab(self.dueTab, "")
        self.visitsTab = QWidget()
        self.visitsTab.setObjectName(u"visitsTab")
        self.visitsLayout = QVBoxLayout(self.visitsTab)
        self.visitsLayout.setObjectName(u"visitsLayout")
        self.visitsBar = QHBoxLayout()
        self.visitsBar.setObjectName(u"visitsBar")
        self.fromLabel = QLabel(self.visitsTab)
        self.fromLabel.setObjectName(u"fromLabel")

        self.visitsBar.addWidget(self.fromLabel)

        self.fromDate = QDateEdit(self.visitsTab)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setCalendarPopup(True)

        self.visitsBar.addWidget(self.fromDate)

        self.toLabel = QLabel(self.visitsTab)
        self.toLabel.setObjectName(u"toLabel")

        self.visitsBar.addWidget(self.toLabel)

        self.toDate = QDateEdit(self.visitsTab)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setCalendarPopup(True)

        self.visitsBar.addWidget(self.toDate)

        self.visitsCount = QLabel(self.visitsTab)
        self.visitsCount.setObjectName(u"visitsCount")

        self.visitsBar.addWidget(self.visitsCount)

        self.visitsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.visitsBar.addItem(self.visitsSpacer)

        self.newVisitButton = QPushButton(self.visitsTab)
        self.newVisitButton.setObjectName(u"newVisitButton")

        self.visitsBar.addWidget(self.newVisitButton)


        self.visitsLayout.addLayout(self.visitsBar)

        self.visitsTable = QTableView(self.visitsTab)
        self.visitsTable.setObjectName(u"visitsTable")
        self.visitsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.visitsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.visitsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.visitsTable.setAlternatingRowColors(True)

        self.visitsLayout.addWidget(self.visitsTable)

        self.tabs.addTab(self.visitsTab, "")
        self.needsTab = QWidget()
        self.needsTab.setObjectName(u"needsTab")
        self.needsLayout = QVBoxLayout(self.needsTab)
        self.needsLayout.setObjectName(u"needsLayout")
        self.needsBar = QHBoxLayout()
        self.needsBar.setObjectName(u"needsBar")
        self.needStatusFilter = QComboBox(self.needsTab)
        self.needStatusFilter.setObjectName(u"needStatusFilter")

        self.needsBar.addWidget(self.needStatusFilter)

        self.needsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.needsBar.addItem(self.needsSpacer)

        self.handlerEdit = QLineEdit(self.needsTab)
        self.handlerEdit.setObjectName(u"handlerEdit")

        self.needsBar.addWidget(self.handlerEdit)

        self.inProgressButton = QPushButton(self.needsTab)
        self.inProgressButton.setObjectName(u"inProgressButton")

        self.needsBar.addWidget(self.inProgressButton)

        self.resolvedButton = QPushButton(self.needsTab)
        self.resolvedButton.setObjectName(u"resolvedButton")

        self.needsBar.addWidget(self.resolvedButton)


        self.needsLayout.addLayout(self.needsBar)

        self.needsError = QLabel(self.needsTab)
        self.needsError.setObjectName(u"needsError")

        self.needsLayout.addWidget(self.needsError)

        self.needsTable = QTableView(self.needsTab)
        self.needsTable.setObjectName(u"needsTable")
        self.needsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.needsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.needsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.needsTable.setAlternatingRowColors(True)

        self.needsLayout.addWidget(self.needsTable)

        self.tabs.addTab(self.needsTab, "")

        self.pageLayout.addWidget(self.tabs)


        self.retranslateUi(VisitsPage)

        QMetaObject.connectSlotsByName(VisitsPage)
    # setupUi

    def retranslateUi(self, VisitsPage):
        self.dueSummary.setText("")
        self.dueSummary.setStyleSheet(QCoreApplication.translate("VisitsPage", u"font-size: 11pt;", None))
        self.weekCheck.setText(QCoreApplication.translate("VisitsPage", u"\u542b\u672c\u5468\u5230\u671f", None))
        self.intervalsButton.setText(QCoreApplication.translate("VisitsPage", u"\u8d70\u8bbf\u95f4\u9694\u8bbe\u7f6e\u2026", None))
        self.recordDueButton.setText(QCoreApplication.translate("VisitsPage", u"\u8bb0\u5f55\u8fd9\u6237\u7684\u8d70\u8bbf\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.dueTab), QCoreApplication.translate("VisitsPage", u"\u5f85\u8d70\u8bbf", None))
        self.fromLabel.setText(QCoreApplication.translate("VisitsPage", u"\u4ece", None))
        self.fromDate.setDisplayFormat(QCoreApplication.translate("VisitsPage", u"yyyy-MM-dd", None))
        self.toLabel.setText(QCoreApplication.translate("VisitsPage", u"\u5230", None))
        self.toDate.setDisplayFormat(QCoreApplication.translate("VisitsPage", u"yyyy-MM-dd", None))
        self.visitsCount.setText("")
        self.newVisitButton.setText(QCoreApplication.translate("VisitsPage", u"\u65b0\u589e\u8d70\u8bbf\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.visitsTab), QCoreApplication.translate("VisitsPage", u"\u8d70\u8bbf\u8bb0\u5f55", None))
        self.handlerEdit.setPlaceholderText(QCoreApplication.translate("VisitsPage", u"\u8d1f\u8d23\u4eba", None))
        self.inProgressButton.setText(QCoreApplication.translate("VisitsPage", u"\u8bbe\u4e3a\u529e\u7406\u4e2d", None))
        self.resolvedButton.setText(QCoreApplication.translate("VisitsPage", u"\u8bbe\u4e3a\u5df2\u89e3\u51b3", None))
        self.needsError.setText("")
        self.needsError.setStyleSheet(QCoreApplication.translate("VisitsPage", u"color: #c0392b;", None))
        self.tabs.setTabText(self.tabs.indexOf(self.needsTab), QCoreApplication.translate("VisitsPage", u"\u9700\u6c42\u6e05\u5355", None))
        pass
    # retranslateUi

