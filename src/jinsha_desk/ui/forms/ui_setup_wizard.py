# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_wizard.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget,
    QWizard, QWizardPage)

class Ui_SetupWizard(object):
    def setupUi(self, SetupWizard):
        if not SetupWizard.objectName():
            SetupWizard.setObjectName(u"SetupWizard")
        SetupWizard.setMinimumSize(QSize(620, 520))
        self.profilePage = QWizardPage()
        self.profilePage.setObjectName(u"profilePage")
        self.profilePageLayout = QVBoxLayout(self.profilePage)
        self.profilePageLayout.setObjectName(u"profilePageLayout")
        self.wizardProfileForm = QFormLayout()
        self.wizardProfileForm.setObjectName(u"wizardProfileForm")
        self.wizardProfileFormLabel0 = QLabel(self.profilePage)
        self.wizardProfileFormLabel0.setObjectName(u"wizardProfileFormLabel0")

        self.wizardProfileForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.wizardProfileFormLabel0)

        self.communityNameEdit = QLineEdit(self.profilePage)
        self.communityNameEdit.setObjectName(u"communityNameEdit")

        self.wizardProfileForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.communityNameEdit)

        self.wizardProfileFormLabel1 = QLabel(self.profilePage)
        self.wizardProfileFormLabel1.setObjectName(u"wizardProfileFormLabel1")

        self.wizardProfileForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.wizardProfileFormLabel1)

        self.committeeNameEdit = QLineEdit(self.profilePage)
        self.committeeNameEdit.setObjectName(u"committeeNameEdit")

        self.wizardProfileForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.committeeNameEdit)

        self.wizardProfileFormLabel2 = QLabel(self.profilePage)
        self.wizardProfileFormLabel2.setObjectName(u"wizardProfileFormLabel2")

        self.wizardProfileForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.wizardProfileFormLabel2)

        self.streetOfficeEdit = QLineEdit(self.profilePage)
        self.streetOfficeEdit.setObjectName(u"streetOfficeEdit")

        self.wizardProfileForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.streetOfficeEdit)

        self.wizardProfileFormLabel3 = QLabel(self.profilePage)
        self.wizardProfileFormLabel3.setObjectName(u"wizardProfileFormLabel3")

        self.wizardProfileForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.wizardProfileFormLabel3)

        self.communityCodeEdit = QLineEdit(self.profilePage)
        self.communityCodeEdit.setObjectName(u"communityCodeEdit")

        self.wizardProfileForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.communityCodeEdit)

        self.wizardProfileFormLabel4 = QLabel(self.profilePage)
        self.wizardProfileFormLabel4.setObjectName(u"wizardProfileFormLabel4")

        self.wizardProfileForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.wizardProfileFormLabel4)

        self.areaCodeEdit = QLineEdit(self.profilePage)
        self.areaCodeEdit.setObjectName(u"areaCodeEdit")

        self.wizardProfileForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.areaCodeEdit)

        self.wizardProfileFormLabel5 = QLabel(self.profilePage)
        self.wizardProfileFormLabel5.setObjectName(u"wizardProfileFormLabel5")

        self.wizardProfileForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.wizardProfileFormLabel5)

        self.addressEdit = QLineEdit(self.profilePage)
        self.addressEdit.setObjectName(u"addressEdit")

        self.wizardProfileForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.wizardProfileFormLabel6 = QLabel(self.profilePage)
        self.wizardProfileFormLabel6.setObjectName(u"wizardProfileFormLabel6")

        self.wizardProfileForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.wizardProfileFormLabel6)

        self.phoneEdit = QLineEdit(self.profilePage)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.wizardProfileForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.wizardProfileFormLabel7 = QLabel(self.profilePage)
        self.wizardProfileFormLabel7.setObjectName(u"wizardProfileFormLabel7")

        self.wizardProfileForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.wizardProfileFormLabel7)

        self.returnUnitEdit = QLineEdit(self.profilePage)
        self.returnUnitEdit.setObjectName(u"returnUnitEdit")

        self.wizardProfileForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.returnUnitEdit)

        self.wizardProfileFormLabel8 = QLabel(self.profilePage)
        self.wizardProfileFormLabel8.setObjectName(u"wizardProfileFormLabel8")

        self.wizardProfileForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.wizardProfileFormLabel8)

        self.preparerEdit = QLineEdit(self.profilePage)
        self.preparerEdit.setObjectName(u"preparerEdit")

        self.wizardProfileForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.preparerEdit)

        self.wizardProfileFormLabel9 = QLabel(self.profilePage)
        self.wizardProfileFormLabel9.setObjectName(u"wizardProfileFormLabel9")

        self.wizardProfileForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.wizardProfileFormLabel9)

        self.reviewerEdit = QLineEdit(self.profilePage)
        self.reviewerEdit.setObjectName(u"reviewerEdit")

        self.wizardProfileForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.reviewerEdit)


        self.profilePageLayout.addLayout(self.wizardProfileForm)

        self.profileError = QLabel(self.profilePage)
        self.profileError.setObjectName(u"profileError")
        self.profileError.setWordWrap(True)

        self.profilePageLayout.addWidget(self.profileError)

        SetupWizard.addPage(self.profilePage)
        self.gridsPage = QWizardPage()
        self.gridsPage.setObjectName(u"gridsPage")
        self.gridsPageLayout = QVBoxLayout(self.gridsPage)
        self.gridsPageLayout.setObjectName(u"gridsPageLayout")
        self.gridsEdit = QPlainTextEdit(self.gridsPage)
        self.gridsEdit.setObjectName(u"gridsEdit")

        self.gridsPageLayout.addWidget(self.gridsEdit)

        SetupWizard.addPage(self.gridsPage)
        self.staffPage = QWizardPage()
        self.staffPage.setObjectName(u"staffPage")
        self.staffPageLayout = QVBoxLayout(self.staffPage)
        self.staffPageLayout.setObjectName(u"staffPageLayout")
        self.staffEdit = QPlainTextEdit(self.staffPage)
        self.staffEdit.setObjectName(u"staffEdit")

        self.staffPageLayout.addWidget(self.staffEdit)

        self.setupError = QLabel(self.staffPage)
        self.setupError.setObjectName(u"setupError")
        self.setupError.setWordWrap(True)

        self.staffPageLayout.addWidget(self.setupError)

        SetupWizard.addPage(self.staffPage)

        self.retranslateUi(SetupWizard)

        QMetaObject.connectSlotsByName(SetupWizard)
    # setupUi

    def retranslateUi(self, SetupWizard):
        SetupWizard.setWindowTitle(QCoreApplication.translate("SetupWizard", u"\u8bbe\u7f6e\u793e\u533a", None))
        self.profilePage.setTitle(QCoreApplication.translate("SetupWizard", u"\u793e\u533a\u4fe1\u606f", None))
        self.profilePage.setSubTitle(QCoreApplication.translate("SetupWizard", u"\u5148\u586b\u5199\u793e\u533a\u540d\u79f0\u548c\u5c45\u59d4\u4f1a\u5168\u79f0\uff1a\u5b83\u4eec\u51fa\u73b0\u5728\u7a97\u53e3\u6807\u9898\u3001\u62a5\u8868\u548c\u8bc1\u4e66\u4e0a\u3002\u5176\u4f59\u53ef\u4ee5\u4ee5\u540e\u5728\u201c\u8bbe\u7f6e\u201d\u4e2d\u8865\u586b\u3002", None))
        self.wizardProfileFormLabel0.setText(QCoreApplication.translate("SetupWizard", u"\u793e\u533a\u540d\u79f0", None))
        self.communityNameEdit.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"\u91d1\u6c99\u793e\u533a", None))
        self.wizardProfileFormLabel1.setText(QCoreApplication.translate("SetupWizard", u"\u5c45\u59d4\u4f1a\u5168\u79f0", None))
        self.committeeNameEdit.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"\u91d1\u6c99\u793e\u533a\u5c45\u6c11\u59d4\u5458\u4f1a\uff08\u8bc1\u4e66\u3001\u516c\u793a\u7684\u843d\u6b3e\uff09", None))
        self.wizardProfileFormLabel2.setText(QCoreApplication.translate("SetupWizard", u"\u6240\u5c5e\u8857\u9053", None))
        self.streetOfficeEdit.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"\u91d1\u6c99\u8857\u9053\u529e\u4e8b\u5904", None))
        self.wizardProfileFormLabel3.setText(QCoreApplication.translate("SetupWizard", u"\u793e\u533a\u4ee3\u7801\uff08\u8bc1\u4e66\u7f16\u53f7\u524d\u7f00\uff09", None))
        self.communityCodeEdit.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"\u5982 JS", None))
        self.wizardProfileFormLabel4.setText(QCoreApplication.translate("SetupWizard", u"\u7edf\u8ba1\u7528\u533a\u5212\u4ee3\u7801", None))
        self.areaCodeEdit.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"12 \u4f4d\u6570\u5b57", None))
        self.wizardProfileFormLabel5.setText(QCoreApplication.translate("SetupWizard", u"\u529e\u516c\u5730\u5740", None))
        self.wizardProfileFormLabel6.setText(QCoreApplication.translate("SetupWizard", u"\u8054\u7cfb\u7535\u8bdd", None))
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"0812-3331234", None))
        self.wizardProfileFormLabel7.setText(QCoreApplication.translate("SetupWizard", u"\u62a5\u8868\u586b\u62a5\u5355\u4f4d", None))
        self.returnUnitEdit.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"\u9ed8\u8ba4\u4e3a\u793e\u533a\u540d\u79f0", None))
        self.wizardProfileFormLabel8.setText(QCoreApplication.translate("SetupWizard", u"\u9ed8\u8ba4\u586b\u8868\u4eba", None))
        self.wizardProfileFormLabel9.setText(QCoreApplication.translate("SetupWizard", u"\u9ed8\u8ba4\u5ba1\u6838\u4eba", None))
        self.profileError.setText("")
        self.profileError.setStyleSheet(QCoreApplication.translate("SetupWizard", u"color: #c0392b;", None))
        self.gridsPage.setTitle(QCoreApplication.translate("SetupWizard", u"\u7f51\u683c", None))
        self.gridsPage.setSubTitle(QCoreApplication.translate("SetupWizard", u"\u6bcf\u884c\u4e00\u4e2a\u7f51\u683c\uff1a\u7f51\u683c\u540d\u79f0\u3001\u7f51\u683c\u5458\u3001\u7535\u8bdd\uff08\u7f51\u683c\u5458\u548c\u7535\u8bdd\u53ef\u4ee5\u7a7a\u7740\uff09\u3002\u4e5f\u53ef\u4ee5\u4ece Excel \u4e2d\u590d\u5236\u7c98\u8d34\u3002", None))
        self.gridsEdit.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"\u7b2c\u4e00\u7f51\u683c \u738b\u4e3d\u840d 13881240101\n"
"\u7b2c\u4e8c\u7f51\u683c \u9648\u5fd7\u5f3a 13881240102", None))
        self.staffPage.setTitle(QCoreApplication.translate("SetupWizard", u"\u5de5\u4f5c\u4eba\u5458", None))
        self.staffPage.setSubTitle(QCoreApplication.translate("SetupWizard", u"\u6bcf\u884c\u4e00\u4eba\uff1a\u59d3\u540d\u3001\u804c\u52a1\u3001\u7535\u8bdd\u3001\u670d\u52a1\u7684\u7f51\u683c\uff08\u540e\u4e09\u9879\u53ef\u4ee5\u7a7a\u7740\uff09\u3002\u8d70\u8bbf\u8bb0\u5f55\u7684\u201c\u8d70\u8bbf\u4eba\u201d\u4ece\u8fd9\u4efd\u540d\u5355\u4e2d\u9009\u62e9\u3002", None))
        self.staffEdit.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"\u5218\u82b3 \u7f51\u683c\u5458 13881240103 \u7b2c\u4e09\u7f51\u683c\n"
"\u8d75\u654f \u793e\u5de5 13900001111", None))
        self.setupError.setText("")
        self.setupError.setStyleSheet(QCoreApplication.translate("SetupWizard", u"color: #c0392b;", None))
    # retranslateUi

