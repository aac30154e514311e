# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTabWidget, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_SettingsPage(object):
    def setupUi(self, SettingsPage):
        if not SettingsPage.objectName():
            SettingsPage.setObjectName(u"SettingsPage")
        self.mainLayout = QVBoxLayout(SettingsPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLabel = QLabel(SettingsPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.mainLayout.addWidget(self.titleLabel)

        self.tabs = QTabWidget(SettingsPage)
        self.tabs.setObjectName(u"tabs")
        self.profileTab = QWidget()
        self.profileTab.setObjectName(u"profileTab")
        self.profileLayout = QVBoxLayout(self.profileTab)
        self.profileLayout.setObjectName(u"profileLayout")
        self.profileHint = QLabel(self.profileTab)
        self.profileHint.setObjectName(u"profileHint")
        self.profileHint.setWordWrap(True)

        self.profileLayout.addWidget(self.profileHint)

        self.profileForm = QFormLayout()
        self.profileForm.setObjectName(u"profileForm")
        self.profileFormLabel0 = QLabel(self.profileTab)
        self.profileFormLabel0.setObjectName(u"profileFormLabel0")

        self.profileForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.profileFormLabel0)

        self.communityNameEdit = QLineEdit(self.profileTab)
        self.communityNameEdit.setObjectName(u"communityNameEdit")

        self.profileForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.communityNameEdit)

        self.profileFormLabel1 = QLabel(self.profileTab)
        self.profileFormLabel1.setObjectName(u"profileFormLabel1")

        self.profileForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.profileFormLabel1)

        self.committeeNameEdit = QLineEdit(self.profileTab)
        self.committeeNameEdit.setObjectName(u"committeeNameEdit")

        self.profileForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.committeeNameEdit)

        self.profileFormLabel2 = QLabel(self.profileTab)
        self.profileFormLabel2.setObjectName(u"profileFormLabel2")

        self.profileForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.profileFormLabel2)

        self.streetOfficeEdit = QLineEdit(self.profileTab)
        self.streetOfficeEdit.setObjectName(u"streetOfficeEdit")

        self.profileForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.streetOfficeEdit)

        self.profileFormLabel3 = QLabel(self.profileTab)
        self.profileFormLabel3.setObjectName(u"profileFormLabel3")

        self.profileForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.profileFormLabel3)

        self.communityCodeEdit = QLineEdit(self.profileTab)
        self.communityCodeEdit.setObjectName(u"communityCodeEdit")

        self.profileForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.communityCodeEdit)

        self.profileFormLabel4 = QLabel(self.profileTab)
        self.profileFormLabel4.setObjectName(u"profileFormLabel4")

        self.profileForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.profileFormLabel4)

        self.areaCodeEdit = QLineEdit(self.profileTab)
        self.areaCodeEdit.setObjectName(u"areaCodeEdit")

        self.profileForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.areaCodeEdit)

        self.profileFormLabel5 = QLabel(self.profileTab)
        self.profileFormLabel5.setObjectName(u"profileFormLabel5")

        self.profileForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.profileFormLabel5)

        self.addressEdit = QLineEdit(self.profileTab)
        self.addressEdit.setObjectName(u"addressEdit")

        self.profileForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.profileFormLabel6 = QLabel(self.profileTab)
        self.profileFormLabel6.setObjectName(u"profileFormLabel6")

        self.profileForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.profileFormLabel6)

        self.phoneEdit = QLineEdit(self.profileTab)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.profileForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.profileFormLabel7 = QLabel(self.profileTab)
        self.profileFormLabel7.setObjectName(u"profileFormLabel7")

        self.profileForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.profileFormLabel7)

        self.returnUnitEdit = QLineEdit(self.profileTab)
        self.returnUnitEdit.setObjectName(u"returnUnitEdit")

        self.profileForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.returnUnitEdit)

        self.profileFormLabel8 = QLabel(self.profileTab)
        self.profileFormLabel8.setObjectName(u"profileFormLabel8")

        self.profileForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.profileFormLabel8)

        self.preparerEdit = QLineEdit(self.profileTab)
        self.preparerEdit.setObjectName(u"preparerEdit")

        self.profileForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.preparerEdit)

        self.profileFormLabel9 = QLabel(self.profileTab)
        self.profileFormLabel9.setObjectName(u"profileFormLabel9")

        self.profileForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.profileFormLabel9)

        self.reviewerEdit = QLineEdit(self.profileTab)
        self.reviewerEdit.setObjectName(u"reviewerEdit")

        self.profileForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.reviewerEdit)


        self.profileLayout.addLayout(self.profileForm)

        self.profileButtons = QHBoxLayout()
        self.profileButtons.setObjectName(u"profileButtons")
        self.saveProfileButton = QPushButton(self.profileTab)
        self.saveProfileButton.setObjectName(u"saveProfileButton")

        self.profileButtons.addWidget(self.saveProfileButton)

        self.wizardButton = QPushButton(self.profileTab)
        self.wizardButton.setObjectName(u"wizardButton")

        self.profileButtons.addWidget(self.wizardButton)

        self.profileSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.profileButtons.addItem(self.profileSpacer)


        self.profileLayout.addLayout(self.profileButtons)

        self.profileStatus = QLabel(self.profileTab)
        self.profileStatus.setObjectName(u"profileStatus")
        self.profileStatus.setWordWrap(True)

        self.profileLayout.addWidget(self.profileStatus)

        self.profileBottom = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.profileLayout.addItem(self.profileBottom)

        self.tabs.addTab(self.profileTab, "")
        self.gridsTab = QWidget()
        self.gridsTab.setObjectName(u"gridsTab")
        self.gridsLayout = QVBoxLayout(self.gridsTab)
        self.gridsLayout.setObjectName(u"gridsLayout")
        self.gridButtons = QHBoxLayout()
        self.gridButtons.setObjectName(u"gridButtons")
        self.addGridButton = QPushButton(self.gridsTab)
        self.addGridButton.setObjectName(u"addGridButton")

        self.gridButtons.addWidget(self.addGridButton)

        self.renameGridButton = QPushButton(self.gridsTab)
        self.renameGridButton.setObjectName(u"renameGridButton")

        self.gridButtons.addWidget(self.renameGridButton)

        self.workerButton = QPushButton(self.gridsTab)
        self.workerButton.setObjectName(u"workerButton")

        self.gridButtons.addWidget(self.workerButton)

        self.mergeGridButton = QPushButton(self.gridsTab)
        self.mergeGridButton.setObjectName(u"mergeGridButton")

        self.gridButtons.addWidget(self.mergeGridButton)

        self.retireGridButton = QPushButton(self.gridsTab)
        self.retireGridButton.setObjectName(u"retireGridButton")

        self.gridButtons.addWidget(self.retireGridButton)

        self.assignBuildingButton = QPushButton(self.gridsTab)
        self.assignBuildingButton.setObjectName(u"assignBuildingButton")

        self.gridButtons.addWidget(self.assignBuildingButton)

        self.gridsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.gridButtons.addItem(self.gridsSpacer)


        self.gridsLayout.addLayout(self.gridButtons)

        self.gridsTable = QTableWidget(self.gridsTab)
        self.gridsTable.setObjectName(u"gridsTable")
        self.gridsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.gridsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.gridsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.gridsTable.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self.gridsLayout.addWidget(self.gridsTable)

        self.gridsStatus = QLabel(self.gridsTab)
        self.gridsStatus.setObjectName(u"gridsStatus")
        self.gridsStatus.setWordWrap(True)

        self.gridsLayout.addWidget(self.gridsStatus)

        self.tabs.addTab(self.gridsTab, "")
        self.staffTab = QWidget()
        self.staffTab.setObjectName(u"staffTab")
        self.staffLayout = QVBoxLayout(self.staffTab)
        self.staffLayout.setObjectName(u"staffLayout")
        self.staffButtons = QHBoxLayout()
        self.staffButtons.setObjectName(u"staffButtons")
        self.addStaffButton = QPushButton(self.staffTab)
        self.addStaffButton.setObjectName(u"addStaffButton")

        self.staffButtons.addWidget(self.addStaffButton)

        self.editStaffButton = QPushButton(self.staffTab)
        self.editStaffButton.setObjectName(u"editStaffButton")

        self.staffButtons.addWidget(self.editStaffButton)

        self.removeStaffButton = QPushButton(self.staffTab)
        self.removeStaffButton.setObjectName(u"removeStaffButton")

        self.staffButtons.addWidget(self.removeStaffButton)

        self.staffSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.staffButtons.addItem(self.staffSpacer)


        self.staffLayout.addLayout(self.staffButtons)

        self.staffTable = QTableWidget(self.staffTab)
        self.staffTable.setObjectName(u"staffTable")
        self.staffTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.staffTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.staffTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.staffTable.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self.staffLayout.addWidget(self.staffTable)

        self.staffStatus = QLabel(self.staffTab)
        self.staffStatus.setObjectName(u"staffStatus")
        self.staffStatus.setWordWrap(True)

        self.staffLayout.addWidget(self.staffStatus)

        self.tabs.addTab(self.staffTab, "")
        self.serverTab = QWidget()
        self.serverTab.setObjectName(u"serverTab")
        self.serverLayout = QVBoxLayout(self.serverTab)
        self.serverLayout.setObjectName(u"serverLayout")
        self.serverHint = QLabel(self.serverTab)
        self.serverHint.setObjectName(u"serverHint")
        self.serverHint.setWordWrap(True)

        self.serverLayout.addWidget(self.serverHint)

        self.currentLabel = QLabel(self.serverTab)
        self.currentLabel.setObjectName(u"currentLabel")
        self.currentLabel.setWordWrap(True)

        self.serverLayout.addWidget(self.currentLabel)

        self.serverForm = QFormLayout()
        self.serverForm.setObjectName(u"serverForm")
        self.serverFormLabel0 = QLabel(self.serverTab)
        self.serverFormLabel0.setObjectName(u"serverFormLabel0")

        self.serverForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.serverFormLabel0)

        self.serverEdit = QLineEdit(self.serverTab)
        self.serverEdit.setObjectName(u"serverEdit")

        self.serverForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.serverEdit)


        self.serverLayout.addLayout(self.serverForm)

        self.serverButtons = QHBoxLayout()
        self.serverButtons.setObjectName(u"serverButtons")
        self.testServerButton = QPushButton(self.serverTab)
        self.testServerButton.setObjectName(u"testServerButton")

        self.serverButtons.addWidget(self.testServerButton)

        self.saveServerButton = QPushButton(self.serverTab)
        self.saveServerButton.setObjectName(u"saveServerButton")

        self.serverButtons.addWidget(self.saveServerButton)

        self.localButton = QPushButton(self.serverTab)
        self.localButton.setObjectName(u"localButton")

        self.serverButtons.addWidget(self.localButton)

        self.serverSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.serverButtons.addItem(self.serverSpacer)


        self.serverLayout.addLayout(self.serverButtons)

        self.serverStatus = QLabel(self.serverTab)
        self.serverStatus.setObjectName(u"serverStatus")
        self.serverStatus.setWordWrap(True)

        self.serverLayout.addWidget(self.serverStatus)

        self.serverBottom = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.serverLayout.addItem(self.serverBottom)

        self.tabs.addTab(self.serverTab, "")

        self.mainLayout.addWidget(self.tabs)


        self.retranslateUi(SettingsPage)

        QMetaObject.connectSlotsByName(SettingsPage)
    # setupUi

    def retranslateUi(self, SettingsPage):
        self.titleLabel.setText(QCoreApplication.translate("SettingsPage", u"\u8bbe\u7f6e", None))
        self.titleLabel.setStyleSheet(QCoreApplication.translate("SettingsPage", u"font-size: 16pt; font-weight: bold;", None))
        self.profileHint.setText(QCoreApplication.translate("SettingsPage", u"\u8fd9\u4e9b\u4fe1\u606f\u7528\u4e8e\u7a97\u53e3\u6807\u9898\u3001\u62a5\u8868\u7684\u586b\u62a5\u5355\u4f4d\u548c\u7b7e\u540d\u680f\u3001\u8bc1\u4e66\u4e0e\u516c\u793a\u7684\u843d\u6b3e\u3002", None))
        self.profileFormLabel0.setText(QCoreApplication.translate("SettingsPage", u"\u793e\u533a\u540d\u79f0", None))
        self.communityNameEdit.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"\u91d1\u6c99\u793e\u533a", None))
        self.profileFormLabel1.setText(QCoreApplication.translate("SettingsPage", u"\u5c45\u59d4\u4f1a\u5168\u79f0", None))
        self.committeeNameEdit.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"\u91d1\u6c99\u793e\u533a\u5c45\u6c11\u59d4\u5458\u4f1a\uff08\u8bc1\u4e66\u3001\u516c\u793a\u7684\u843d\u6b3e\uff09", None))
        self.profileFormLabel2.setText(QCoreApplication.translate("SettingsPage", u"\u6240\u5c5e\u8857\u9053", None))
        self.streetOfficeEdit.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"\u91d1\u6c99\u8857\u9053\u529e\u4e8b\u5904", None))
        self.profileFormLabel3.setText(QCoreApplication.translate("SettingsPage", u"\u793e\u533a\u4ee3\u7801\uff08\u8bc1\u4e66\u7f16\u53f7\u524d\u7f00\uff09", None))
        self.communityCodeEdit.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"\u5982 JS", None))
        self.profileFormLabel4.setText(QCoreApplication.translate("SettingsPage", u"\u7edf\u8ba1\u7528\u533a\u5212\u4ee3\u7801", None))
        self.areaCodeEdit.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"12 \u4f4d\u6570\u5b57", None))
        self.profileFormLabel5.setText(QCoreApplication.translate("SettingsPage", u"\u529e\u516c\u5730\u5740", None))
        self.profileFormLabel6.setText(QCoreApplication.translate("SettingsPage", u"\u8054\u7cfb\u7535\u8bdd", None))
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"0812-3331234", None))
        self.profileFormLabel7.setText(QCoreApplication.translate("SettingsPage", u"\u62a5\u8868\u586b\u62a5\u5355\u4f4d", None))
        self.returnUnitEdit.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"\u9ed8\u8ba4\u4e3a\u793e\u533a\u540d\u79f0", None))
        self.profileFormLabel8.setText(QCoreApplication.translate("SettingsPage", u"\u9ed8\u8ba4\u586b\u8868\u4eba", None))
        self.profileFormLabel9.setText(QCoreApplication.translate("SettingsPage", u"\u9ed8\u8ba4\u5ba1\u6838\u4eba", None))
        self.saveProfileButton.setText(QCoreApplication.translate("SettingsPage", u"\u4fdd\u5b58\u793e\u533a\u4fe1\u606f", None))
        self.wizardButton.setText(QCoreApplication.translate("SettingsPage", u"\u6253\u5f00\u8bbe\u7f6e\u5411\u5bfc\u2026", None))
        self.profileStatus.setText("")
        self.profileStatus.setStyleSheet(QCoreApplication.translate("SettingsPage", u"color: #c0392b;", None))
        self.tabs.setTabText(self.tabs.indexOf(self.profileTab), QCoreApplication.translate("SettingsPage", u"\u793e\u533a\u4fe1\u606f", None))
        self.addGridButton.setText(QCoreApplication.translate("SettingsPage", u"\u65b0\u589e\u7f51\u683c\u2026", None))
        self.renameGridButton.setText(QCoreApplication.translate("SettingsPage", u"\u6539\u540d\u2026", None))
        self.workerButton.setText(QCoreApplication.translate("SettingsPage", u"\u8bbe\u7f6e\u7f51\u683c\u5458\u2026", None))
        self.mergeGridButton.setText(QCoreApplication.translate("SettingsPage", u"\u5408\u5e76\u5230\u2026", None))
        self.retireGridButton.setText(QCoreApplication.translate("SettingsPage", u"\u64a4\u9500\u7f51\u683c", None))
        self.assignBuildingButton.setText(QCoreApplication.translate("SettingsPage", u"\u5212\u5165\u697c\u680b\u2026", None))
        self.gridsStatus.setText("")
        self.gridsStatus.setStyleSheet(QCoreApplication.translate("SettingsPage", u"color: #c0392b;", None))
        self.tabs.setTabText(self.tabs.indexOf(self.gridsTab), QCoreApplication.translate("SettingsPage", u"\u7f51\u683c", None))
        self.addStaffButton.setText(QCoreApplication.translate("SettingsPage", u"\u65b0\u589e\u5de5\u4f5c\u4eba\u5458\u2026", None))
        self.editStaffButton.setText(QCoreApplication.translate("SettingsPage", u"\u4fee\u6539\u2026", None))
        self.removeStaffButton.setText(QCoreApplication.translate("SettingsPage", u"\u79fb\u51fa\u540d\u5355", None))
        self.staffStatus.setText("")
        self.staffStatus.setStyleSheet(QCoreApplication.translate("SettingsPage", u"color: #c0392b;", None))
        self.tabs.setTabText(self.tabs.indexOf(self.staffTab), QCoreApplication.translate("SettingsPage", u"\u5de5\u4f5c\u4eba\u5458", None))
        self.serverHint.setText(QCoreApplication.translate("SettingsPage", u"\u51e0\u53f0\u7535\u8111\u5171\u7528\u4e00\u4e2a\u793e\u533a\u7684\u6570\u636e\u65f6\uff0c\u6570\u636e\u653e\u5728\u529e\u516c\u5ba4\u7684\u6570\u636e\u5e93\u670d\u52a1\u5668\u4e0a\uff08\u7531\u4e00\u53f0\u7535\u8111\u8fd0\u884c jinsha-desk server init \u5efa\u7acb\uff09\u3002\u586b\u5199\u670d\u52a1\u5668\u7ed9\u51fa\u7684\u5730\u5740\uff0c\u6d4b\u8bd5\u8fde\u63a5\u540e\u4fdd\u5b58\uff1b\u4e0b\u6b21\u542f\u52a8\u672c\u7a0b\u5e8f\u65f6\u5373\u8fde\u63a5\u670d\u52a1\u5668\u3002\u670d\u52a1\u5668\u8fde\u4e0d\u4e0a\u65f6\uff0c\u7a0b\u5e8f\u4f1a\u8bf4\u660e\u539f\u56e0\uff0c\u4e0d\u4f1a\u6539\u7528\u672c\u673a\u7684\u6570\u636e\u3002", None))
        self.currentLabel.setText("")
        self.serverFormLabel0.setText(QCoreApplication.translate("SettingsPage", u"\u670d\u52a1\u5668\u5730\u5740", None))
        self.serverEdit.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"postgresql://jinsha:\u5bc6\u7801@192.168.1.10:5432/jinsha", None))
        self.testServerButton.setText(QCoreApplication.translate("SettingsPage", u"\u6d4b\u8bd5\u8fde\u63a5", None))
        self.saveServerButton.setText(QCoreApplication.translate("SettingsPage", u"\u4fdd\u5b58\uff0c\u4e0b\u6b21\u542f\u52a8\u65f6\u8fde\u63a5", None))
        self.localButton.setText(QCoreApplication.translate("SettingsPage", u"\u6539\u56de\u672c\u673a\u6570\u636e\u5e93\u6587\u4ef6", None))
        self.serverStatus.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.serverTab), QCoreApplication.translate("SettingsPage", u"\u6570\u636e\u5e93\u670d\u52a1\u5668", None))
        pass
    # retranslateUi

