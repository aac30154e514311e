# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'intervals_dialog.ui'
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
    QFormLayout, QLabel, QSizePolicy, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_IntervalsDialog(object):
    def setupUi(self, IntervalsDialog):
        if not IntervalsDialog.objectName():
            IntervalsDialog.setObjectName(u"IntervalsDialog")
        self.mainLayout = QVBoxLayout(IntervalsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.hint = QLabel(IntervalsDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.mainLayout.addWidget(self.hint)

        self.intervalsForm = QFormLayout()
        self.intervalsForm.setObjectName(u"intervalsForm")
        self.intervalsFormLabel0 = QLabel(IntervalsDialog)
        self.intervalsFormLabel0.setObjectName(u"intervalsFormLabel0")

        self.intervalsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.intervalsFormLabel0)

        self.aloneSpin = QSpinBox(IntervalsDialog)
        self.aloneSpin.setObjectName(u"aloneSpin")
        self.aloneSpin.setMaximum(366)

        self.intervalsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.aloneSpin)

        self.intervalsFormLabel1 = QLabel(IntervalsDialog)
        self.intervalsFormLabel1.setObjectName(u"intervalsFormLabel1")

        self.intervalsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.intervalsFormLabel1)

        self.emptyNestSpin = QSpinBox(IntervalsDialog)
        self.emptyNestSpin.setObjectName(u"emptyNestSpin")
        self.emptyNestSpin.setMaximum(366)

        self.intervalsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.emptyNestSpin)

        self.intervalsFormLabel2 = QLabel(IntervalsDialog)
        self.intervalsFormLabel2.setObjectName(u"intervalsFormLabel2")

        self.intervalsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.intervalsFormLabel2)

        self.leftBehindSpin = QSpinBox(IntervalsDialog)
        self.leftBehindSpin.setObjectName(u"leftBehindSpin")
        self.leftBehindSpin.setMaximum(366)

        self.intervalsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.leftBehindSpin)

        self.intervalsFormLabel3 = QLabel(IntervalsDialog)
        self.intervalsFormLabel3.setObjectName(u"intervalsFormLabel3")

        self.intervalsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.intervalsFormLabel3)

        self.disabledSpin = QSpinBox(IntervalsDialog)
        self.disabledSpin.setObjectName(u"disabledSpin")
        self.disabledSpin.setMaximum(366)

        self.intervalsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.disabledSpin)

        self.intervalsFormLabel4 = QLabel(IntervalsDialog)
        self.intervalsFormLabel4.setObjectName(u"intervalsFormLabel4")

        self.intervalsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.intervalsFormLabel4)

        self.lowIncomeSpin = QSpinBox(IntervalsDialog)
        self.lowIncomeSpin.setObjectName(u"lowIncomeSpin")
        self.lowIncomeSpin.setMaximum(366)

        self.intervalsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.lowIncomeSpin)


        self.mainLayout.addLayout(self.intervalsForm)

        self.errorLabel = QLabel(IntervalsDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(IntervalsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(IntervalsDialog)

        QMetaObject.connectSlotsByName(IntervalsDialog)
    # setupUi

    def retranslateUi(self, IntervalsDialog):
        IntervalsDialog.setWindowTitle(QCoreApplication.translate("IntervalsDialog", u"\u5173\u7231\u8d70\u8bbf\u95f4\u9694", None))
        self.hint.setText(QCoreApplication.translate("IntervalsDialog", u"\u6bcf\u7c7b\u5173\u7231\u5bf9\u8c61\u591a\u5c11\u5929\u81f3\u5c11\u8d70\u8bbf\u4e00\u6b21\u3002\u4e00\u6237\u6709\u591a\u7c7b\u5bf9\u8c61\u65f6\uff0c\u6309\u6700\u77ed\u7684\u95f4\u9694\u8ba1\u7b97\u3002", None))
        self.intervalsFormLabel0.setText(QCoreApplication.translate("IntervalsDialog", u"\u72ec\u5c45\u8001\u4eba", None))
        self.aloneSpin.setSuffix(QCoreApplication.translate("IntervalsDialog", u" \u5929", None))
        self.aloneSpin.setSpecialValueText(QCoreApplication.translate("IntervalsDialog", u"\u4e0d\u8981\u6c42\u5b9a\u671f\u8d70\u8bbf", None))
        self.intervalsFormLabel1.setText(QCoreApplication.translate("IntervalsDialog", u"\u7a7a\u5de2\u8001\u4eba", None))
        self.emptyNestSpin.setSuffix(QCoreApplication.translate("IntervalsDialog", u" \u5929", None))
        self.emptyNestSpin.setSpecialValueText(QCoreApplication.translate("IntervalsDialog", u"\u4e0d\u8981\u6c42\u5b9a\u671f\u8d70\u8bbf", None))
        self.intervalsFormLabel2.setText(QCoreApplication.translate("IntervalsDialog", u"\u7559\u5b88\u513f\u7ae5", None))
        self.leftBehindSpin.setSuffix(QCoreApplication.translate("IntervalsDialog", u" \u5929", None))
        self.leftBehindSpin.setSpecialValueText(QCoreApplication.translate("IntervalsDialog", u"\u4e0d\u8981\u6c42\u5b9a\u671f\u8d70\u8bbf", None))
        self.intervalsFormLabel3.setText(QCoreApplication.translate("IntervalsDialog", u"\u6b8b\u75be\u4eba", None))
        self.disabledSpin.setSuffix(QCoreApplication.translate("IntervalsDialog", u" \u5929", None))
        self.disabledSpin.setSpecialValueText(QCoreApplication.translate("IntervalsDialog", u"\u4e0d\u8981\u6c42\u5b9a\u671f\u8d70\u8bbf", None))
        self.intervalsFormLabel4.setText(QCoreApplication.translate("IntervalsDialog", u"\u4f4e\u4fdd", None))
        self.lowIncomeSpin.setSuffix(QCoreApplication.translate("IntervalsDialog", u" \u5929", None))
        self.lowIncomeSpin.setSpecialValueText(QCoreApplication.translate("IntervalsDialog", u"\u4e0d\u8981\u6c42\u5b9a\u671f\u8d70\u8bbf", None))
        self.errorLabel.setText("")
        self.errorLabel.setStyleSheet(QCoreApplication.translate("IntervalsDialog", u"color: #c0392b;", None))
    # retranslateUi

