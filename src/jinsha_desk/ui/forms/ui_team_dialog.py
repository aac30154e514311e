# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'team_dialog.ui'
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

class Ui_TeamDialog(object):
    def setupUi(self, TeamDialog):
        if not TeamDialog.objectName():
            TeamDialog.setObjectName(u"TeamDialog")
        TeamDialog.resize(420, 220)
        self.mainLayout = QVBoxLayout(TeamDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.teamForm = QFormLayout()
        self.teamForm.setObjectName(u"teamForm")
        self.teamFormLabel0 = QLabel(TeamDialog)
        self.teamFormLabel0.setObjectName(u"teamFormLabel0")

        self.teamForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.teamFormLabel0)

        self.nameEdit = QLineEdit(TeamDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.teamForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.teamFormLabel1 = QLabel(TeamDialog)
        self.teamFormLabel1.setObjectName(u"teamFormLabel1")

        self.teamForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.teamFormLabel1)

        self.leaderCombo = QComboBox(TeamDialog)
        self.leaderCombo.setObjectName(u"leaderCombo")

        self.teamForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.leaderCombo)

        self.teamFormLabel2 = QLabel(TeamDialog)
        self.teamFormLabel2.setObjectName(u"teamFormLabel2")

        self.teamForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.teamFormLabel2)

        self.descriptionEdit = QLineEdit(TeamDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")

        self.teamForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)


        self.mainLayout.addLayout(self.teamForm)

        self.errorLabel = QLabel(TeamDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(TeamDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(TeamDialog)

        QMetaObject.connectSlotsByName(TeamDialog)
    # setupUi

    def retranslateUi(self, TeamDialog):
        TeamDialog.setWindowTitle(QCoreApplication.translate("TeamDialog", u"\u65b0\u5efa\u670d\u52a1\u961f", None))
        self.teamFormLabel0.setText(QCoreApplication.translate("TeamDialog", u"\u540d\u79f0", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("TeamDialog", u"\u5982 \u52a9\u8001\u5fd7\u613f\u670d\u52a1\u961f", None))
        self.teamFormLabel1.setText(QCoreApplication.translate("TeamDialog", u"\u961f\u957f", None))
        self.teamFormLabel2.setText(QCoreApplication.translate("TeamDialog", u"\u8bf4\u660e", None))
        self.errorLabel.setText("")
        self.errorLabel.setStyleSheet(QCoreApplication.translate("TeamDialog", u"color: #c0392b;", None))
    # retranslateUi

