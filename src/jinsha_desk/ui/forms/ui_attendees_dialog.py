# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'attendees_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

from jinsha_desk.ui.pickers import SearchPicker

class Ui_AttendeesDialog(object):
    def setupUi(self, AttendeesDialog):
        if not AttendeesDialog.objectName():
            AttendeesDialog.setObjectName(u"AttendeesDialog")
        AttendeesDialog.resize(620, 560)
        self.mainLayout = QVBoxLayout(AttendeesDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.residentHint = QLabel(AttendeesDialog)
        self.residentHint.setObjectName(u"residentHint")

        self.mainLayout.addWidget(self.residentHint)

        self.residentPicker = SearchPicker(AttendeesDialog)
        self.residentPicker.setObjectName(u"residentPicker")

        self.mainLayout.addWidget(self.residentPicker)

        self.residentBar = QHBoxLayout()
        self.residentBar.setObjectName(u"residentBar")
        self.categoryLabel = QLabel(AttendeesDialog)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.residentBar.addWidget(self.categoryLabel)

        self.categoryCombo = QComboBox(AttendeesDialog)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.residentBar.addWidget(self.categoryCombo)

        self.addResidentButton = QPushButton(AttendeesDialog)
        self.addResidentButton.setObjectName(u"addResidentButton")

        self.residentBar.addWidget(self.addResidentButton)

        self.residentSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.residentBar.addItem(self.residentSpacer)


        self.mainLayout.addLayout(self.residentBar)

        self.guestHint = QLabel(AttendeesDialog)
        self.guestHint.setObjectName(u"guestHint")

        self.mainLayout.addWidget(self.guestHint)

        self.guestBar = QHBoxLayout()
        self.guestBar.setObjectName(u"guestBar")
        self.guestName = QLineEdit(AttendeesDialog)
        self.guestName.setObjectName(u"guestName")

        self.guestBar.addWidget(self.guestName)

        self.guestUnit = QLineEdit(AttendeesDialog)
        self.guestUnit.setObjectName(u"guestUnit")

        self.guestBar.addWidget(self.guestUnit)

        self.guestPhone = QLineEdit(AttendeesDialog)
        self.guestPhone.setObjectName(u"guestPhone")

        self.guestBar.addWidget(self.guestPhone)

        self.guestCategory = QComboBox(AttendeesDialog)
        self.guestCategory.setObjectName(u"guestCategory")

        self.guestBar.addWidget(self.guestCategory)

        self.addGuestButton = QPushButton(AttendeesDialog)
        self.addGuestButton.setObjectName(u"addGuestButton")

        self.guestBar.addWidget(self.addGuestButton)


        self.mainLayout.addLayout(self.guestBar)

        self.invitedTitle = QLabel(AttendeesDialog)
        self.invitedTitle.setObjectName(u"invitedTitle")

        self.mainLayout.addWidget(self.invitedTitle)

        self.invitedList = QListWidget(AttendeesDialog)
        self.invitedList.setObjectName(u"invitedList")
        self.invitedList.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self.mainLayout.addWidget(self.invitedList)

        self.removeInviteeButton = QPushButton(AttendeesDialog)
        self.removeInviteeButton.setObjectName(u"removeInviteeButton")

        self.mainLayout.addWidget(self.removeInviteeButton)

        self.errorLabel = QLabel(AttendeesDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(AttendeesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(AttendeesDialog)

        QMetaObject.connectSlotsByName(AttendeesDialog)
    # setupUi

    def retranslateUi(self, AttendeesDialog):
        AttendeesDialog.setWindowTitle(QCoreApplication.translate("AttendeesDialog", u"\u9080\u8bf7\u53c2\u4f1a\u4eba\u5458", None))
        self.residentHint.setText(QCoreApplication.translate("AttendeesDialog", u"\u672c\u793e\u533a\u5c45\u6c11\uff1a\u8f93\u5165\u59d3\u540d\u3001\u62fc\u97f3\u6216\u95e8\u724c\uff0c\u53cc\u51fb\u7ed3\u679c\u52a0\u5165", None))
        self.categoryLabel.setText(QCoreApplication.translate("AttendeesDialog", u"\u8eab\u4efd", None))
        self.addResidentButton.setText(QCoreApplication.translate("AttendeesDialog", u"\u9080\u8bf7\u6240\u9009\u5c45\u6c11", None))
        self.guestHint.setText(QCoreApplication.translate("AttendeesDialog", u"\u5355\u4f4d\u4ee3\u8868\u3001\u7269\u4e1a\u6216\u6765\u5bbe\uff1a", None))
        self.guestName.setPlaceholderText(QCoreApplication.translate("AttendeesDialog", u"\u59d3\u540d", None))
        self.guestUnit.setPlaceholderText(QCoreApplication.translate("AttendeesDialog", u"\u5355\u4f4d", None))
        self.guestPhone.setPlaceholderText(QCoreApplication.translate("AttendeesDialog", u"\u7535\u8bdd", None))
        self.addGuestButton.setText(QCoreApplication.translate("AttendeesDialog", u"\u9080\u8bf7", None))
        self.invitedTitle.setText(QCoreApplication.translate("AttendeesDialog", u"\u5df2\u9080\u8bf7", None))
        self.invitedTitle.setStyleSheet(QCoreApplication.translate("AttendeesDialog", u"font-weight: bold;", None))
        self.removeInviteeButton.setText(QCoreApplication.translate("AttendeesDialog", u"\u628a\u6240\u9009\u4eba\u5458\u79fb\u51fa\u540d\u5355", None))
        self.errorLabel.setText("")
        self.errorLabel.setStyleSheet(QCoreApplication.translate("AttendeesDialog", u"color: #c0392b;", None))
    # retranslateUi

