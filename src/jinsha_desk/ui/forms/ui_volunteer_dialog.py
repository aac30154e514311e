# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'volunteer_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

from jinsha_desk.ui.pickers import SearchPicker

class Ui_VolunteerDialog(object):
    def setupUi(self, VolunteerDialog):
        if not VolunteerDialog.objectName():
            VolunteerDialog.setObjectName(u"VolunteerDialog")
        VolunteerDialog.resize(560, 480)
        self.mainLayout = QVBoxLayout(VolunteerDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.residentHint = QLabel(VolunteerDialog)
        self.residentHint.setObjectName(u"residentHint")

        self.mainLayout.addWidget(self.residentHint)

        self.residentPicker = SearchPicker(VolunteerDialog)
        self.residentPicker.setObjectName(u"residentPicker")

        self.mainLayout.addWidget(self.residentPicker)

        self.outsideHint = QLabel(VolunteerDialog)
        self.outsideHint.setObjectName(u"outsideHint")

        self.mainLayout.addWidget(self.outsideHint)

        self.volunteerForm = QFormLayout()
        self.volunteerForm.setObjectName(u"volunteerForm")
        self.volunteerFormLabel0 = QLabel(VolunteerDialog)
        self.volunteerFormLabel0.setObjectName(u"volunteerFormLabel0")

        self.volunteerForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.volunteerFormLabel0)

        self.nameEdit = QLineEdit(VolunteerDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.volunteerForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.volunteerFormLabel1 = QLabel(VolunteerDialog)
        self.volunteerFormLabel1.setObjectName(u"volunteerFormLabel1")

        self.volunteerForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.volunteerFormLabel1)

        self.phoneEdit = QLineEdit(VolunteerDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.volunteerForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.volunteerFormLabel2 = QLabel(VolunteerDialog)
        self.volunteerFormLabel2.setObjectName(u"volunteerFormLabel2")

        self.volunteerForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.volunteerFormLabel2)

        self.teamCombo = QComboBox(VolunteerDialog)
        self.teamCombo.setObjectName(u"teamCombo")

        self.volunteerForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.teamCombo)

        self.volunteerFormLabel3 = QLabel(VolunteerDialog)
        self.volunteerFormLabel3.setObjectName(u"volunteerFormLabel3")

        self.volunteerForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.volunteerFormLabel3)

        self.noteEdit = QLineEdit(VolunteerDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.volunteerForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.mainLayout.addLayout(self.volunteerForm)

        self.errorLabel = QLabel(VolunteerDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(VolunteerDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(VolunteerDialog)

        QMetaObject.connectSlotsByName(VolunteerDialog)
    # setupUi

    def retranslateUi(self, VolunteerDialog):
        VolunteerDialog.setWindowTitle(QCoreApplication.translate("VolunteerDialog", u"\u65b0\u589e\u5fd7\u613f\u8005", None))
        self.residentHint.setText(QCoreApplication.translate("VolunteerDialog", u"\u672c\u793e\u533a\u5c45\u6c11\uff1a\u8f93\u5165\u59d3\u540d\u3001\u62fc\u97f3\u6216\u95e8\u724c\u540e\u9009\u62e9", None))
        self.outsideHint.setText(QCoreApplication.translate("VolunteerDialog", u"\u793e\u533a\u5916\u4eba\u5458\uff1a\u4e0d\u9009\u5c45\u6c11\uff0c\u76f4\u63a5\u586b\u5199\u59d3\u540d\u548c\u7535\u8bdd", None))
        self.volunteerFormLabel0.setText(QCoreApplication.translate("VolunteerDialog", u"\u59d3\u540d", None))
        self.volunteerFormLabel1.setText(QCoreApplication.translate("VolunteerDialog", u"\u8054\u7cfb\u7535\u8bdd", None))
        self.volunteerFormLabel2.setText(QCoreApplication.translate("VolunteerDialog", u"\u670d\u52a1\u961f", None))
        self.volunteerFormLabel3.setText(QCoreApplication.translate("VolunteerDialog", u"\u5907\u6ce8", None))
        self.errorLabel.setText("")
        self.errorLabel.setStyleSheet(QCoreApplication.translate("VolunteerDialog", u"color: #c0392b;", None))
    # retranslateUi

