# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'score_dialog.ui'
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
    QDoubleSpinBox, QFormLayout, QLabel, QSizePolicy,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_ScoreDialog(object):
    def setupUi(self, ScoreDialog):
        if not ScoreDialog.objectName():
            ScoreDialog.setObjectName(u"ScoreDialog")
        ScoreDialog.resize(360, 200)
        self.mainLayout = QVBoxLayout(ScoreDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.nomineeLabel = QLabel(ScoreDialog)
        self.nomineeLabel.setObjectName(u"nomineeLabel")

        self.mainLayout.addWidget(self.nomineeLabel)

        self.scoreForm = QFormLayout()
        self.scoreForm.setObjectName(u"scoreForm")
        self.scoreFormLabel0 = QLabel(ScoreDialog)
        self.scoreFormLabel0.setObjectName(u"scoreFormLabel0")

        self.scoreForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.scoreFormLabel0)

        self.votesSpin = QSpinBox(ScoreDialog)
        self.votesSpin.setObjectName(u"votesSpin")
        self.votesSpin.setMaximum(99999)

        self.scoreForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.votesSpin)

        self.scoreFormLabel1 = QLabel(ScoreDialog)
        self.scoreFormLabel1.setObjectName(u"scoreFormLabel1")

        self.scoreForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.scoreFormLabel1)

        self.scoreSpin = QDoubleSpinBox(ScoreDialog)
        self.scoreSpin.setObjectName(u"scoreSpin")
        self.scoreSpin.setMaximum(100.000000000000000)
        self.scoreSpin.setDecimals(1)

        self.scoreForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.scoreSpin)


        self.mainLayout.addLayout(self.scoreForm)

        self.errorLabel = QLabel(ScoreDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ScoreDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(ScoreDialog)

        QMetaObject.connectSlotsByName(ScoreDialog)
    # setupUi

    def retranslateUi(self, ScoreDialog):
        ScoreDialog.setWindowTitle(QCoreApplication.translate("ScoreDialog", u"\u5f55\u5165\u7968\u6570\u548c\u8bc4\u5206", None))
        self.nomineeLabel.setText("")
        self.nomineeLabel.setStyleSheet(QCoreApplication.translate("ScoreDialog", u"font-weight: bold;", None))
        self.scoreFormLabel0.setText(QCoreApplication.translate("ScoreDialog", u"\u5c45\u6c11\u6295\u7968\u6570", None))
        self.scoreFormLabel1.setText(QCoreApplication.translate("ScoreDialog", u"\u8bc4\u5ba1\u8bc4\u5206", None))
        self.errorLabel.setText("")
        self.errorLabel.setStyleSheet(QCoreApplication.translate("ScoreDialog", u"color: #c0392b;", None))
    # retranslateUi

