# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'campaign_dialog.ui'
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
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

class Ui_CampaignDialog(object):
    def setupUi(self, CampaignDialog):
        if not CampaignDialog.objectName():
            CampaignDialog.setObjectName(u"CampaignDialog")
        CampaignDialog.resize(440, 300)
        self.mainLayout = QVBoxLayout(CampaignDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.campaignForm = QFormLayout()
        self.campaignForm.setObjectName(u"campaignForm")
        self.campaignFormLabel0 = QLabel(CampaignDialog)
        self.campaignFormLabel0.setObjectName(u"campaignFormLabel0")

        self.campaignForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.campaignFormLabel0)

        self.honourCombo = QComboBox(CampaignDialog)
        self.honourCombo.setObjectName(u"honourCombo")
        self.honourCombo.setEditable(True)

        self.campaignForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.honourCombo)

        self.campaignFormLabel1 = QLabel(CampaignDialog)
        self.campaignFormLabel1.setObjectName(u"campaignFormLabel1")

        self.campaignForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.campaignFormLabel1)

        self.yearSpin = QSpinBox(CampaignDialog)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)

        self.campaignForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.yearSpin)

        self.campaignFormLabel2 = QLabel(CampaignDialog)
        self.campaignFormLabel2.setObjectName(u"campaignFormLabel2")

        self.campaignForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.campaignFormLabel2)

        self.kindCombo = QComboBox(CampaignDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.campaignForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.campaignFormLabel3 = QLabel(CampaignDialog)
        self.campaignFormLabel3.setObjectName(u"campaignFormLabel3")

        self.campaignForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.campaignFormLabel3)

        self.placesSpin = QSpinBox(CampaignDialog)
        self.placesSpin.setObjectName(u"placesSpin")
        self.placesSpin.setMinimum(1)
        self.placesSpin.setMaximum(9999)
        self.placesSpin.setValue(10)

        self.campaignForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.placesSpin)

        self.campaignFormLabel4 = QLabel(CampaignDialog)
        self.campaignFormLabel4.setObjectName(u"campaignFormLabel4")

        self.campaignForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.campaignFormLabel4)

        self.noticeSpin = QSpinBox(CampaignDialog)
        self.noticeSpin.setObjectName(u"noticeSpin")
        self.noticeSpin.setMinimum(1)
        self.noticeSpin.setMaximum(30)
        self.noticeSpin.setValue(5)

        self.campaignForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.noticeSpin)

        self.campaignFormLabel5 = QLabel(CampaignDialog)
        self.campaignFormLabel5.setObjectName(u"campaignFormLabel5")

        self.campaignForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.campaignFormLabel5)

        self.phoneEdit = QLineEdit(CampaignDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.campaignForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.phoneEdit)


        self.mainLayout.addLayout(self.campaignForm)

        self.errorLabel = QLabel(CampaignDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(CampaignDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(CampaignDialog)

        QMetaObject.connectSlotsByName(CampaignDialog)
    # setupUi

    def retranslateUi(self, CampaignDialog):
        CampaignDialog.setWindowTitle(QCoreApplication.translate("CampaignDialog", u"\u65b0\u5efa\u8bc4\u9009", None))
        self.campaignFormLabel0.setText(QCoreApplication.translate("CampaignDialog", u"\u8363\u8a89", None))
        self.campaignFormLabel1.setText(QCoreApplication.translate("CampaignDialog", u"\u5e74\u5ea6", None))
        self.campaignFormLabel2.setText(QCoreApplication.translate("CampaignDialog", u"\u8bc4\u9009\u5bf9\u8c61", None))
        self.campaignFormLabel3.setText(QCoreApplication.translate("CampaignDialog", u"\u540d\u989d", None))
        self.campaignFormLabel4.setText(QCoreApplication.translate("CampaignDialog", u"\u516c\u793a\u671f\uff08\u5de5\u4f5c\u65e5\uff09", None))
        self.campaignFormLabel5.setText(QCoreApplication.translate("CampaignDialog", u"\u5f02\u8bae\u8054\u7cfb\u7535\u8bdd", None))
        self.errorLabel.setText("")
        self.errorLabel.setStyleSheet(QCoreApplication.translate("CampaignDialog", u"color: #c0392b;", None))
    # retranslateUi

