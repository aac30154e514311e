# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'nominate_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

from jinsha_desk.ui.pickers import SearchPicker

class Ui_NominateDialog(object):
    def setupUi(self, NominateDialog):
        if not NominateDialog.objectName():
            NominateDialog.setObjectName(u"NominateDialog")
        NominateDialog.resize(560, 460)
        self.mainLayout = QVBoxLayout(NominateDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.pickHint = QLabel(NominateDialog)
        self.pickHint.setObjectName(u"pickHint")

        self.mainLayout.addWidget(self.pickHint)

        self.picker = SearchPicker(NominateDialog)
        self.picker.setObjectName(u"picker")

        self.mainLayout.addWidget(self.picker)

        self.nominateForm = QFormLayout()
        self.nominateForm.setObjectName(u"nominateForm")
        self.nominateFormLabel0 = QLabel(NominateDialog)
        self.nominateFormLabel0.setObjectName(u"nominateFormLabel0")

        self.nominateForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nominateFormLabel0)

        self.nominatedByEdit = QLineEdit(NominateDialog)
        self.nominatedByEdit.setObjectName(u"nominatedByEdit")

        self.nominateForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nominatedByEdit)

        self.nominateFormLabel1 = QLabel(NominateDialog)
        self.nominateFormLabel1.setObjectName(u"nominateFormLabel1")

        self.nominateForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nominateFormLabel1)

        self.citationEdit = QPlainTextEdit(NominateDialog)
        self.citationEdit.setObjectName(u"citationEdit")
        self.citationEdit.setMaximumSize(QSize(16777215, 90))

        self.nominateForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.citationEdit)


        self.mainLayout.addLayout(self.nominateForm)

        self.errorLabel = QLabel(NominateDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(NominateDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(NominateDialog)

        QMetaObject.connectSlotsByName(NominateDialog)
    # setupUi

    def retranslateUi(self, NominateDialog):
        NominateDialog.setWindowTitle(QCoreApplication.translate("NominateDialog", u"\u63d0\u540d", None))
        self.pickHint.setText("")
        self.nominateFormLabel0.setText(QCoreApplication.translate("NominateDialog", u"\u63a8\u8350\u4eba", None))
        self.nominatedByEdit.setPlaceholderText(QCoreApplication.translate("NominateDialog", u"\u5982 3\u680b\u697c\u680b\u957f\u3001\u5c45\u6c11\u8054\u540d", None))
        self.nominateFormLabel1.setText(QCoreApplication.translate("NominateDialog", u"\u4e3b\u8981\u4e8b\u8ff9", None))
        self.errorLabel.setText("")
        self.errorLabel.setStyleSheet(QCoreApplication.translate("NominateDialog", u"color: #c0392b;", None))
    # retranslateUi

