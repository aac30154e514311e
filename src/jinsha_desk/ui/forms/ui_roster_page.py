# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'roster_page.ui'
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
    QSplitter, QTableView, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_RosterPage(object):
    def setupUi(self, RosterPage):
        if not RosterPage.objectName():
            RosterPage.setObjectName(u"RosterPage")
        self.pageLayout = QVBoxLayout(RosterPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.searchEdit = QLineEdit(RosterPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)

        self.gridFilter = QComboBox(RosterPage)
        self.gridFilter.setObjectName(u"gridFilter")
        self.gridFilter.setMinimumContentsLength(6)

        self.filterLayout.addWidget(self.gridFilter)

        self.buildingFilter = QComboBox(RosterPage)
        self.buildingFilter.setObjectName(u"buildingFilter")
        self.buildingFilter.setMinimumContentsLength(6)

        self.filterLayout.addWidget(self.buildingFilter)

        self.tagFilter = QComboBox(RosterPage)
        self.tagFilter.setObjectName(u"tagFilter")
        self.tagFilter.setMinimumContentsLength(6)

        self.filterLayout.addWidget(self.tagFilter)

        self.partyCheck = QCheckBox(RosterPage)
        self.partyCheck.setObjectName(u"partyCheck")

        self.filterLayout.addWidget(self.partyCheck)

        self.inactiveCheck = QCheckBox(RosterPage)
        self.inactiveCheck.setObjectName(u"inactiveCheck")

        self.filterLayout.addWidget(self.inactiveCheck)

        self.asOfCheck = QCheckBox(RosterPage)
        self.asOfCheck.setObjectName(u"asOfCheck")

        self.filterLayout.addWidget(self.asOfCheck)

        self.asOfDate = QDateEdit(RosterPage)
        self.asOfDate.setObjectName(u"asOfDate")
        self.asOfDate.setCalendarPopup(True)
        self.asOfDate.setEnabled(False)

        self.filterLayout.addWidget(self.asOfDate)


        self.pageLayout.addLayout(self.filterLayout)

        self.actionLayout = QHBoxLayout()
        self.actionLayout.setObjectName(u"actionLayout")
        self.countLabel = QLabel(RosterPage)
        self.countLabel.setObjectName(u"countLabel")

        self.actionLayout.addWidget(self.countLabel)

        self.clearConditionsButton = QPushButton(RosterPage)
        self.clearConditionsButton.setObjectName(u"clearConditionsButton")
        self.clearConditionsButton.setVisible(False)

        self.actionLayout.addWidget(self.clearConditionsButton)

        self.actionSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionLayout.addItem(self.actionSpacer)

        self.revealCheck = QCheckBox(RosterPage)
        self.revealCheck.setObjectName(u"revealCheck")

        self.actionLayout.addWidget(self.revealCheck)

        self.addButton = QPushButton(RosterPage)
        self.addButton.setObjectName(u"addButton")

        self.actionLayout.addWidget(self.addButton)

        self.storyButton = QPushButton(RosterPage)
        self.storyButton.setObjectName(u"storyButton")

        self.actionLayout.addWidget(self.storyButton)

        self.editButton = QPushButton(RosterPage)
        self.editButton.setObjectName(u"editButton")

        self.actionLayout.addWidget(self.editButton)

        self.moveOutButton = QPushButton(RosterPage)
        self.moveOutButton.setObjectName(u"moveOutButton")

        self.actionLayout.addWidget(self.moveOutButton)

        self.deceasedButton = QPushButton(RosterPage)
        self.deceasedButton.setObjectName(u"deceasedButton")

        self.actionLayout.addWidget(self.deceasedButton)

        self.importButton = QPushButton(RosterPage)
        self.importButton.setObjectName(u"importButton")

        self.actionLayout.addWidget(self.importButton)


        self.pageLayout.addLayout(self.actionLayout)

        self.splitter = QSplitter(RosterPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.residentTable = QTableView(self.splitter)
        self.residentTable.setObjectName(u"residentTable")
        self.residentTable.setAlternatingRowColors(True)
        self.residentTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.residentTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.residentTable.setSortingEnabled(True)
        self.residentTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.residentTable.setWordWrap(False)
        self.splitter.addWidget(self.residentTable)
        self.householdPanel = QWidget(self.splitter)
        self.householdPanel.setObjectName(u"householdPanel")
        self.householdLayout = QVBoxLayout(self.householdPanel)
        self.householdLayout.setObjectName(u"householdLayout")
        self.householdLayout.setContentsMargins(0, 0, 0, 0)
        self.householdTitle = QLabel(self.householdPanel)
        self.householdTitle.setObjectName(u"householdTitle")

        self.householdLayout.addWidget(self.householdTitle)

        self.householdAddress = QLabel(self.householdPanel)
        self.householdAddress.setObjectName(u"householdAddress")
        self.householdAddress.setWordWrap(True)

        self.householdLayout.addWidget(self.householdAddress)

        self.householdTable = QTableWidget(self.householdPanel)
        self.householdTable.setObjectName(u"householdTable")
        self.householdTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.householdTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.householdTable.setAlternatingRowColors(True)

        self.householdLayout.addWidget(self.householdTable)

        self.householdStoryButton = QPushButton(self.householdPanel)
        self.householdStoryButton.setObjectName(u"householdStoryButton")

        self.householdLayout.addWidget(self.householdStoryButton)

        self.splitter.addWidget(self.householdPanel)

        self.pageLayout.addWidget(self.splitter)


        self.retranslateUi(RosterPage)

        QMetaObject.connectSlotsByName(RosterPage)
    # setupUi

    def retranslateUi(self, RosterPage):
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("RosterPage", u"\u641c\u7d22\uff1a\u59d3\u540d\u3001\u62fc\u97f3\uff08\u5982 lxq\uff09\u3001\u8eab\u4efd\u8bc1\u53f7\u3001\u7535\u8bdd\u6216\u5730\u5740\uff08\u5982 3\u680b2\u5355\u5143\uff09", None))
        self.partyCheck.setText(QCoreApplication.translate("RosterPage", u"\u53ea\u770b\u515a\u5458", None))
        self.inactiveCheck.setText(QCoreApplication.translate("RosterPage", u"\u542b\u8fc1\u51fa/\u5df2\u6545", None))
        self.asOfCheck.setText(QCoreApplication.translate("RosterPage", u"\u67e5\u770b\u67d0\u65e5\u82b1\u540d\u518c", None))
#if QT_CONFIG(tooltip)
        self.asOfCheck.setToolTip(QCoreApplication.translate("RosterPage", u"\u6309\u5386\u53f2\u8bb0\u5f55\u8fd8\u539f\u90a3\u4e00\u5929\u8c01\u4f4f\u5728\u54ea\u91cc\u3001\u5c5e\u4e8e\u54ea\u4e00\u6237\u3001\u6709\u54ea\u4e9b\u7c7b\u522b", None))
#endif // QT_CONFIG(tooltip)
        self.asOfDate.setDisplayFormat(QCoreApplication.translate("RosterPage", u"yyyy-MM-dd", None))
        self.countLabel.setText("")
        self.clearConditionsButton.setText(QCoreApplication.translate("RosterPage", u"\u6e05\u9664\u6761\u4ef6", None))
        self.revealCheck.setText(QCoreApplication.translate("RosterPage", u"\u663e\u793a\u5b8c\u6574\u8eab\u4efd\u8bc1\u53f7", None))
        self.addButton.setText(QCoreApplication.translate("RosterPage", u"\u65b0\u589e\u5c45\u6c11", None))
        self.storyButton.setText(QCoreApplication.translate("RosterPage", u"\u6863\u6848", None))
#if QT_CONFIG(tooltip)
        self.storyButton.setToolTip(QCoreApplication.translate("RosterPage", u"\u8fd9\u4f4d\u5c45\u6c11\u7684\u5168\u90e8\u7ecf\u5386\uff1a\u767b\u8bb0\u3001\u8fc1\u5c45\u3001\u72b6\u6001\u548c\u7c7b\u522b\u53d8\u5316\u3001\u8d70\u8bbf\u3001\u670d\u52a1\u3001\u4f1a\u8bae\u3001\u8868\u5f70", None))
#endif // QT_CONFIG(tooltip)
        self.editButton.setText(QCoreApplication.translate("RosterPage", u"\u4fee\u6539", None))
        self.moveOutButton.setText(QCoreApplication.translate("RosterPage", u"\u8fc1\u51fa", None))
        self.deceasedButton.setText(QCoreApplication.translate("RosterPage", u"\u767b\u8bb0\u6b7b\u4ea1", None))
        self.importButton.setText(QCoreApplication.translate("RosterPage", u"\u5bfc\u5165\u82b1\u540d\u518c\u2026", None))
        self.householdTitle.setText(QCoreApplication.translate("RosterPage", u"\u672c\u6237\u6210\u5458", None))
        self.householdTitle.setStyleSheet(QCoreApplication.translate("RosterPage", u"font-weight: bold; font-size: 11pt;", None))
        self.householdAddress.setText(QCoreApplication.translate("RosterPage", u"\u9009\u62e9\u4e00\u4f4d\u5c45\u6c11\u540e\uff0c\u8fd9\u91cc\u663e\u793a\u4ed6\u6240\u5728\u6237\u7684\u5168\u90e8\u6210\u5458\u3002", None))
        self.householdStoryButton.setText(QCoreApplication.translate("RosterPage", u"\u5bb6\u5ead\u6863\u6848", None))
        pass
    # retranslateUi

