# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'meeting_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateTimeEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_MeetingDialog(object):
    def setupUi(self, MeetingDialog):
        if not MeetingDialog.objectName():
            MeetingDialog.setObjectName(u"MeetingDialog")
        MeetingDialog.resize(480, 300)
        self.mainLayout = QVBoxLayout(MeetingDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.meetingForm = QFormLayout()
        self.meetingForm.setObjectName(u"meetingForm")
        self.meetingFormLabel0 = QLabel(MeetingDialog)
        self.meetingFormLabel0.setObjectName(u"meetingFormLabel0")

        self.meetingForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.meetingFormLabel0)

        self.kindCombo = QComboBox(MeetingDialog)
        self.kindCombo.setObjectName(u"kindCombo")
        self.kindCombo.setEditable(True)

        self.meetingForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.meetingFormLabel1 = QLabel(MeetingDialog)
        self.meetingFormLabel1.setObjectName(u"meetingFormLabel1")

        self.meetingForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.meetingFormLabel1)

        self.titleEdit = QLineEdit(MeetingDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.meetingForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.meetingFormLabel2 = QLabel(MeetingDialog)
        self.meetingFormLabel2.setObjectName(u"meetingFormLabel2")

        self.meetingForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.meetingFormLabel2)

        self.startsEdit = QDateTimeEdit(MeetingDialog)
        self.startsEdit.setObjectName(u"startsEdit")
        self.startsEdit.setCalendarPopup(True)

        self.meetingForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.startsEdit)

        self.meetingFormLabel3 = QLabel(MeetingDialog)
        self.meetingFormLabel3.setObjectName(u"meetingFormLabel3")

        self.meetingForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.meetingFormLabel3)

        self.placeEdit = QLineEdit(MeetingDialog)
        self.placeEdit.setObjectName(u"placeEdit")

        self.meetingForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.placeEdit)

        self.meetingFormLabel4 = QLabel(MeetingDialog)
        self.meetingFormLabel4.setObjectName(u"meetingFormLabel4")

        self.meetingForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.meetingFormLabel4)

        self.hostEdit = QLineEdit(MeetingDialog)
        self.hostEdit.setObjectName(u"hostEdit")

        self.meetingForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.hostEdit)

        self.meetingFormLabel5 = QLabel(MeetingDialog)
        self.meetingFormLabel5.setObjectName(u"meetingFormLabel5")

        self.meetingForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.meetingFormLabel5)

        self.recorderEdit = QLineEdit(MeetingDialog)
        self.recorderEdit.setObjectName(u"recorderEdit")

        self.meetingForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.recorderEdit)


        self.mainLayout.addLayout(self.meetingForm)

        self.errorLabel = QLabel(MeetingDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(MeetingDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(MeetingDialog)

        QMetaObject.connectSlotsByName(MeetingDialog)
    # setupUi

    def retranslateUi(self, MeetingDialog):
        MeetingDialog.setWindowTitle(QCoreApplication.translate("MeetingDialog", u"\u65b0\u5efa\u4f1a\u8bae", None))
        self.meetingFormLabel0.setText(QCoreApplication.translate("MeetingDialog", u"\u4f1a\u8bae\u7c7b\u578b", None))
        self.meetingFormLabel1.setText(QCoreApplication.translate("MeetingDialog", u"\u4f1a\u8bae\u540d\u79f0", None))
        self.meetingFormLabel2.setText(QCoreApplication.translate("MeetingDialog", u"\u65f6\u95f4", None))
        self.startsEdit.setDisplayFormat(QCoreApplication.translate("MeetingDialog", u"yyyy-MM-dd HH:mm", None))
        self.meetingFormLabel3.setText(QCoreApplication.translate("MeetingDialog", u"\u5730\u70b9", None))
        self.meetingFormLabel4.setText(QCoreApplication.translate("MeetingDialog", u"\u4e3b\u6301\u4eba", None))
        self.meetingFormLabel5.setText(QCoreApplication.translate("MeetingDialog", u"\u8bb0\u5f55\u4eba", None))
        self.errorLabel.setText("")
        self.errorLabel.setStyleSheet(QCoreApplication.translate("MeetingDialog", u"color: #c0392b;", None))
    # retranslateUi

