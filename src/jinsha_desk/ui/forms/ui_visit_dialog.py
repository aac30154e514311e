# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'visit_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QListWidget, QListWidgetItem, QPlainTextEdit, QSizePolicy,
    QVBoxLayout, QWidget)

from jinsha_desk.ui.pickers import SearchPicker

class Ui_VisitDialog(object):
    def setupUi(self, VisitDialog):
        if not VisitDialog.objectName():
            VisitDialog.setObjectName(u"VisitDialog")
        VisitDialog.resize(720, 620)
        self.mainLayout = QVBoxLayout(VisitDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.householdHint = QLabel(VisitDialog)
        self.householdHint.setObjectName(u"householdHint")

        self.mainLayout.addWidget(self.householdHint)

        self.householdPicker = SearchPicker(VisitDialog)
        self.householdPicker.setObjectName(u"householdPicker")

        self.mainLayout.addWidget(self.householdPicker)

        self.visitForm = QFormLayout()
        self.visitForm.setObjectName(u"visitForm")
        self.visitFormLabel0 = QLabel(VisitDialog)
        self.visitFormLabel0.setObjectName(u"visitFormLabel0")

        self.visitForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.visitFormLabel0)

        self.dateEdit = QDateEdit(VisitDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.visitForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.visitFormLabel1 = QLabel(VisitDialog)
        self.visitFormLabel1.setObjectName(u"visitFormLabel1")

        self.visitForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.visitFormLabel1)

        self.visitorCombo = QComboBox(VisitDialog)
        self.visitorCombo.setObjectName(u"visitorCombo")
        self.visitorCombo.setEditable(True)

        self.visitForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.visitorCombo)

        self.visitFormLabel2 = QLabel(VisitDialog)
        self.visitFormLabel2.setObjectName(u"visitFormLabel2")

        self.visitForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.visitFormLabel2)

        self.kindCombo = QComboBox(VisitDialog)
        self.kindCombo.setObjectName(u"kindCombo")
        self.kindCombo.setEditable(True)

        self.visitForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.visitFormLabel3 = QLabel(VisitDialog)
        self.visitFormLabel3.setObjectName(u"visitFormLabel3")

        self.visitForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.visitFormLabel3)

        self.membersList = QListWidget(VisitDialog)
        self.membersList.setObjectName(u"membersList")
        self.membersList.setMaximumSize(QSize(16777215, 90))

        self.visitForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.membersList)

        self.visitFormLabel4 = QLabel(VisitDialog)
        self.visitFormLabel4.setObjectName(u"visitFormLabel4")

        self.visitForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.visitFormLabel4)

        self.findingsEdit = QPlainTextEdit(VisitDialog)
        self.findingsEdit.setObjectName(u"findingsEdit")
        self.findingsEdit.setMaximumSize(QSize(16777215, 80))

        self.visitForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.findingsEdit)

        self.visitFormLabel5 = QLabel(VisitDialog)
        self.visitFormLabel5.setObjectName(u"visitFormLabel5")

        self.visitForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.visitFormLabel5)

        self.needsEdit = QPlainTextEdit(VisitDialog)
        self.needsEdit.setObjectName(u"needsEdit")
        self.needsEdit.setMaximumSize(QSize(16777215, 70))

        self.visitForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.needsEdit)


        self.mainLayout.addLayout(self.visitForm)

        self.errorLabel = QLabel(VisitDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(VisitDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(VisitDialog)

        QMetaObject.connectSlotsByName(VisitDialog)
    # setupUi

    def retranslateUi(self, VisitDialog):
        VisitDialog.setWindowTitle(QCoreApplication.translate("VisitDialog", u"\u767b\u8bb0\u5165\u6237\u8d70\u8bbf", None))
        self.householdHint.setText(QCoreApplication.translate("VisitDialog", u"\u88ab\u8d70\u8bbf\u7684\u6237\uff1a\u8f93\u5165\u95e8\u724c\u6216\u6237\u5185\u6210\u5458\u59d3\u540d/\u62fc\u97f3\uff0c\u5982 3\u680b2\u5355\u5143301\u3001lxq", None))
        self.visitFormLabel0.setText(QCoreApplication.translate("VisitDialog", u"\u8d70\u8bbf\u65e5\u671f", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("VisitDialog", u"yyyy-MM-dd", None))
        self.visitFormLabel1.setText(QCoreApplication.translate("VisitDialog", u"\u8d70\u8bbf\u4eba", None))
        self.visitFormLabel2.setText(QCoreApplication.translate("VisitDialog", u"\u8d70\u8bbf\u7c7b\u578b", None))
        self.visitFormLabel3.setText(QCoreApplication.translate("VisitDialog", u"\u89c1\u5230\u7684\u5c45\u6c11", None))
        self.visitFormLabel4.setText(QCoreApplication.translate("VisitDialog", u"\u8d70\u8bbf\u60c5\u51b5", None))
        self.visitFormLabel5.setText(QCoreApplication.translate("VisitDialog", u"\u9700\u6c42\u548c\u95ee\u9898", None))
        self.needsEdit.setPlaceholderText(QCoreApplication.translate("VisitDialog", u"\u6bcf\u884c\u4e00\u6761\uff0c\u4fdd\u5b58\u540e\u8fdb\u5165\u9700\u6c42\u6e05\u5355", None))
        self.errorLabel.setText("")
        self.errorLabel.setStyleSheet(QCoreApplication.translate("VisitDialog", u"color: #c0392b;", None))
    # retranslateUi

