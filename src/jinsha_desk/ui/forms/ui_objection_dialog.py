# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'objection_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_ObjectionDialog(object):
    def setupUi(self, ObjectionDialog):
        if not ObjectionDialog.objectName():
            ObjectionDialog.setObjectName(u"ObjectionDialog")
        ObjectionDialog.resize(480, 320)
        self.mainLayout = QVBoxLayout(ObjectionDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.nomineeLabel = QLabel(ObjectionDialog)
        self.nomineeLabel.setObjectName(u"nomineeLabel")
        self.nomineeLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.nomineeLabel)

        self.objectionForm = QFormLayout()
        self.objectionForm.setObjectName(u"objectionForm")
        self.objectionFormLabel0 = QLabel(ObjectionDialog)
        self.objectionFormLabel0.setObjectName(u"objectionFormLabel0")

        self.objectionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.objectionFormLabel0)

        self.objectionCombo = QComboBox(ObjectionDialog)
        self.objectionCombo.setObjectName(u"objectionCombo")

        self.objectionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.objectionCombo)

        self.objectionFormLabel1 = QLabel(ObjectionDialog)
        self.objectionFormLabel1.setObjectName(u"objectionFormLabel1")

        self.objectionForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.objectionFormLabel1)

        self.raisedByEdit = QLineEdit(ObjectionDialog)
        self.raisedByEdit.setObjectName(u"raisedByEdit")

        self.objectionForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.raisedByEdit)

        self.objectionFormLabel2 = QLabel(ObjectionDialog)
        self.objectionFormLabel2.setObjectName(u"objectionFormLabel2")

        self.objectionForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.objectionFormLabel2)

        self.textEdit = QPlainTextEdit(ObjectionDialog)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setMaximumSize(QSize(16777215, 90))

        self.objectionForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.textEdit)

        self.objectionFormLabel3 = QLabel(ObjectionDialog)
        self.objectionFormLabel3.setObjectName(u"objectionFormLabel3")

        self.objectionForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.objectionFormLabel3)

        self.sustainedCheck = QCheckBox(ObjectionDialog)
        self.sustainedCheck.setObjectName(u"sustainedCheck")

        self.objectionForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.sustainedCheck)

        self.objectionFormLabel4 = QLabel(ObjectionDialog)
        self.objectionFormLabel4.setObjectName(u"objectionFormLabel4")

        self.objectionForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.objectionFormLabel4)

        self.dateEdit = QDateEdit(ObjectionDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.objectionForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.dateEdit)


        self.mainLayout.addLayout(self.objectionForm)

        self.errorLabel = QLabel(ObjectionDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ObjectionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(ObjectionDialog)

        QMetaObject.connectSlotsByName(ObjectionDialog)
    # setupUi

    def retranslateUi(self, ObjectionDialog):
        ObjectionDialog.setWindowTitle(QCoreApplication.translate("ObjectionDialog", u"\u5f02\u8bae", None))
        self.nomineeLabel.setText("")
        self.nomineeLabel.setStyleSheet(QCoreApplication.translate("ObjectionDialog", u"font-weight: bold;", None))
        self.objectionFormLabel0.setText(QCoreApplication.translate("ObjectionDialog", u"\u5f02\u8bae", None))
        self.objectionFormLabel1.setText(QCoreApplication.translate("ObjectionDialog", u"\u53cd\u6620\u4eba", None))
        self.objectionFormLabel2.setText(QCoreApplication.translate("ObjectionDialog", u"\u5185\u5bb9\u6216\u5904\u7406\u60c5\u51b5", None))
        self.objectionFormLabel3.setText(QCoreApplication.translate("ObjectionDialog", u"\u5f02\u8bae\u6210\u7acb", None))
        self.sustainedCheck.setText(QCoreApplication.translate("ObjectionDialog", u"\u6210\u7acb\uff08\u53d6\u6d88\u62df\u8868\u5f70\u8d44\u683c\uff09", None))
        self.objectionFormLabel4.setText(QCoreApplication.translate("ObjectionDialog", u"\u65e5\u671f", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("ObjectionDialog", u"yyyy-MM-dd", None))
        self.errorLabel.setText("")
        self.errorLabel.setStyleSheet(QCoreApplication.translate("ObjectionDialog", u"color: #c0392b;", None))
    # retranslateUi

