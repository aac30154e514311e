# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'data_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTabWidget,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_DataPage(object):
    def setupUi(self, DataPage):
        if not DataPage.objectName():
            DataPage.setObjectName(u"DataPage")
        self.pageLayout = QVBoxLayout(DataPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.tabs = QTabWidget(DataPage)
        self.tabs.setObjectName(u"tabs")
        self.backupsTab = QWidget()
        self.backupsTab.setObjectName(u"backupsTab")
        self.backupsLayout = QVBoxLayout(self.backupsTab)
        self.backupsLayout.setObjectName(u"backupsLayout")
        self.locationLabel = QLabel(self.backupsTab)
        self.locationLabel.setObjectName(u"locationLabel")
        self.locationLabel.setWordWrap(True)
        self.locationLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.backupsLayout.addWidget(self.locationLabel)

        self.backupBar = QHBoxLayout()
        self.backupBar.setObjectName(u"backupBar")
        self.backupButton = QPushButton(self.backupsTab)
        self.backupButton.setObjectName(u"backupButton")

        self.backupBar.addWidget(self.backupButton)

        self.restoreButton = QPushButton(self.backupsTab)
        self.restoreButton.setObjectName(u"restoreButton")

        self.backupBar.addWidget(self.restoreButton)

        self.exportBackupButton = QPushButton(self.backupsTab)
        self.exportBackupButton.setObjectName(u"exportBackupButton")

        self.backupBar.addWidget(self.exportBackupButton)

        self.backupSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.backupBar.addItem(self.backupSpacer)


        self.backupsLayout.addLayout(self.backupBar)

        self.backupStatus = QLabel(self.backupsTab)
        self.backupStatus.setObjectName(u"backupStatus")
        self.backupStatus.setWordWrap(True)

        self.backupsLayout.addWidget(self.backupStatus)

        self.backupsTable = QTableWidget(self.backupsTab)
        self.backupsTable.setObjectName(u"backupsTable")
        self.backupsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.backupsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.backupsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.backupsTable.setAlternatingRowColors(True)

        self.backupsLayout.addWidget(self.backupsTable)

        self.tabs.addTab(self.backupsTab, "")
        self.auditTab = QWidget()
        self.auditTab.setObjectName(u"auditTab")
        self.auditLayout = QVBoxLayout(self.auditTab)
        self.auditLayout.setObjectName(u"auditLayout")
        self.auditBar = QHBoxLayout()
        self.auditBar.setObjectName(u"auditBar")
        self.tableFilter = QComboBox(self.auditTab)
        self.tableFilter.setObjectName(u"tableFilter")

        self.auditBar.addWidget(self.tableFilter)

        self.userFilter = QLineEdit(self.auditTab)
        self.userFilter.setObjectName(u"userFilter")

        self.auditBar.addWidget(self.userFilter)

        self.fromLabel = QLabel(self.auditTab)
        self.fromLabel.setObjectName(u"fromLabel")

        self.auditBar.addWidget(self.fromLabel)

        self.fromDate = QDateEdit(self.auditTab)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setCalendarPopup(True)

        self.auditBar.addWidget(self.fromDate)

        self.toLabel = QLabel(self.auditTab)
        self.toLabel.setObjectName(u"toLabel")

        self.auditBar.addWidget(self.toLabel)

        self.toDate = QDateEdit(self.auditTab)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setCalendarPopup(True)

        self.auditBar.addWidget(self.toDate)

        self.auditSearchButton = QPushButton(self.auditTab)
        self.auditSearchButton.setObjectName(u"auditSearchButton")

        self.auditBar.addWidget(self.auditSearchButton)

        self.auditSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.auditBar.addItem(self.auditSpacer)


        self.auditLayout.addLayout(self.auditBar)

        self.auditTable = QTableWidget(self.auditTab)
        self.auditTable.setObjectName(u"auditTable")
        self.auditTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.auditTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.auditTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.auditTable.setAlternatingRowColors(True)

        self.auditLayout.addWidget(self.auditTable)

        self.tabs.addTab(self.auditTab, "")
        self.accountsTab = QWidget()
        self.accountsTab.setObjectName(u"accountsTab")
        self.accountsLayout = QVBoxLayout(self.accountsTab)
        self.accountsLayout.setObjectName(u"accountsLayout")
        self.accountsTable = QTableWidget(self.accountsTab)
        self.accountsTable.setObjectName(u"accountsTable")
        self.accountsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.accountsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.accountsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.accountsTable.setAlternatingRowColors(True)

        self.accountsLayout.addWidget(self.accountsTable)

        self.accountBar = QHBoxLayout()
        self.accountBar.setObjectName(u"accountBar")
        self.newUsername = QLineEdit(self.accountsTab)
        self.newUsername.setObjectName(u"newUsername")

        self.accountBar.addWidget(self.newUsername)

        self.newPassword = QLineEdit(self.accountsTab)
        self.newPassword.setObjectName(u"newPassword")
        self.newPassword.setEchoMode(QLineEdit.Password)

        self.accountBar.addWidget(self.newPassword)

        self.newRole = QComboBox(self.accountsTab)
        self.newRole.setObjectName(u"newRole")

        self.accountBar.addWidget(self.newRole)

        self.addAccountButton = QPushButton(self.accountsTab)
        self.addAccountButton.setObjectName(u"addAccountButton")

        self.accountBar.addWidget(self.addAccountButton)

        self.setRoleButton = QPushButton(self.accountsTab)
        self.setRoleButton.setObjectName(u"setRoleButton")

        self.accountBar.addWidget(self.setRoleButton)

        self.deactivateButton = QPushButton(self.accountsTab)
        self.deactivateButton.setObjectName(u"deactivateButton")

        self.accountBar.addWidget(self.deactivateButton)

        self.resetPasswordButton = QPushButton(self.accountsTab)
        self.resetPasswordButton.setObjectName(u"resetPasswordButton")

        self.accountBar.addWidget(self.resetPasswordButton)

        self.accountSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.accountBar.addItem(self.accountSpacer)


        self.accountsLayout.addLayout(self.accountBar)

        self.accountStatus = QLabel(self.accountsTab)
        self.accountStatus.setObjectName(u"accountStatus")
        self.accountStatus.setWordWrap(True)

        self.accountsLayout.addWidget(self.accountStatus)

        self.tabs.addTab(self.accountsTab, "")

        self.pageLayout.addWidget(self.tabs)


        self.retranslateUi(DataPage)

        QMetaObject.connectSlotsByName(DataPage)
    # setupUi

    def retranslateUi(self, DataPage):
        self.locationLabel.setText("")
        self.backupButton.setText(QCoreApplication.translate("DataPage", u"\u7acb\u5373\u5907\u4efd", None))
        self.restoreButton.setText(QCoreApplication.translate("DataPage", u"\u4ece\u6240\u9009\u5907\u4efd\u6062\u590d\u2026", None))
        self.exportBackupButton.setText(QCoreApplication.translate("DataPage", u"\u628a\u6240\u9009\u5907\u4efd\u590d\u5236\u5230U\u76d8\u6216\u6587\u4ef6\u5939\u2026", None))
        self.backupStatus.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.backupsTab), QCoreApplication.translate("DataPage", u"\u5907\u4efd", None))
        self.userFilter.setPlaceholderText(QCoreApplication.translate("DataPage", u"\u64cd\u4f5c\u4eba", None))
        self.fromLabel.setText(QCoreApplication.translate("DataPage", u"\u4ece", None))
        self.fromDate.setDisplayFormat(QCoreApplication.translate("DataPage", u"yyyy-MM-dd", None))
        self.toLabel.setText(QCoreApplication.translate("DataPage", u"\u5230", None))
        self.toDate.setDisplayFormat(QCoreApplication.translate("DataPage", u"yyyy-MM-dd", None))
        self.auditSearchButton.setText(QCoreApplication.translate("DataPage", u"\u67e5\u8be2", None))
        self.tabs.setTabText(self.tabs.indexOf(self.auditTab), QCoreApplication.translate("DataPage", u"\u5ba1\u8ba1\u8bb0\u5f55", None))
        self.newUsername.setPlaceholderText(QCoreApplication.translate("DataPage", u"\u7528\u6237\u540d", None))
        self.newPassword.setPlaceholderText(QCoreApplication.translate("DataPage", u"\u521d\u59cb\u5bc6\u7801\uff08\u81f3\u5c116\u4f4d\uff09", None))
        self.addAccountButton.setText(QCoreApplication.translate("DataPage", u"\u65b0\u5efa\u8d26\u53f7", None))
        self.setRoleButton.setText(QCoreApplication.translate("DataPage", u"\u628a\u6240\u9009\u8d26\u53f7\u6539\u4e3a\u6b64\u89d2\u8272", None))
        self.deactivateButton.setText(QCoreApplication.translate("DataPage", u"\u505c\u7528\u6240\u9009\u8d26\u53f7", None))
        self.resetPasswordButton.setText(QCoreApplication.translate("DataPage", u"\u91cd\u8bbe\u6240\u9009\u8d26\u53f7\u7684\u5bc6\u7801\u2026", None))
        self.accountStatus.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.accountsTab), QCoreApplication.translate("DataPage", u"\u8d26\u53f7", None))
        pass
    # retranslateUi

