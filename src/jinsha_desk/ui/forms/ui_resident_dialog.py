# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'resident_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_ResidentDialog(object):
    def setupUi(self, ResidentDialog):
        if not ResidentDialog.objectName():
            ResidentDialog.setObjectName(u"ResidentDialog")
        ResidentDialog.resize(760, 440)
        self.mainLayout = QVBoxLayout(ResidentDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.personForm = QFormLayout()
        self.personForm.setObjectName(u"personForm")
        self.nameEditLabel = QLabel(ResidentDialog)
        self.nameEditLabel.setObjectName(u"nameEditLabel")

        self.personForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameEditLabel)

        self.nameEdit = QLineEdit(ResidentDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.personForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.idEditLabel = QLabel(ResidentDialog)
        self.idEditLabel.setObjectName(u"idEditLabel")

        self.personForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.idEditLabel)

        self.idEdit = QLineEdit(ResidentDialog)
        self.idEdit.setObjectName(u"idEdit")
        self.idEdit.setMaxLength(22)

        self.personForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.idEdit)

        self.idInfo = QLabel(ResidentDialog)
        self.idInfo.setObjectName(u"idInfo")
        self.idInfo.setWordWrap(True)

        self.personForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.idInfo)

        self.ethnicityComboLabel = QLabel(ResidentDialog)
        self.ethnicityComboLabel.setObjectName(u"ethnicityComboLabel")

        self.personForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.ethnicityComboLabel)

        self.ethnicityCombo = QComboBox(ResidentDialog)
        self.ethnicityCombo.addItem("")
        self.ethnicityCombo.addItem("")
        self.ethnicityCombo.addItem("")
        self.ethnicityCombo.addItem("")
        self.ethnicityCombo.addItem("")
        self.ethnicityCombo.addItem("")
        self.ethnicityCombo.addItem("")
        self.ethnicityCombo.addItem("")
        self.ethnicityCombo.addItem("")
        self.ethnicityCombo.setObjectName(u"ethnicityCombo")
        self.ethnicityCombo.setEditable(True)

        self.personForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.ethnicityCombo)

        self.phoneEditLabel = QLabel(ResidentDialog)
        self.phoneEditLabel.setObjectName(u"phoneEditLabel")

        self.personForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phoneEditLabel)

        self.phoneEdit = QLineEdit(ResidentDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.personForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.relationComboLabel = QLabel(ResidentDialog)
        self.relationComboLabel.setObjectName(u"relationComboLabel")

        self.personForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.relationComboLabel)

        self.relationCombo = QComboBox(ResidentDialog)
        self.relationCombo.addItem("")
        self.relationCombo.addItem("")
        self.relationCombo.addItem("")
        self.relationCombo.addItem("")
        self.relationCombo.addItem("")
        self.relationCombo.addItem("")
        self.relationCombo.addItem("")
        self.relationCombo.addItem("")
        self.relationCombo.addItem("")
        self.relationCombo.setObjectName(u"relationCombo")
        self.relationCombo.setEditable(True)

        self.personForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.relationCombo)

        self.politicalComboLabel = QLabel(ResidentDialog)
        self.politicalComboLabel.setObjectName(u"politicalComboLabel")

        self.personForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.politicalComboLabel)

        self.politicalCombo = QComboBox(ResidentDialog)
        self.politicalCombo.addItem("")
        self.politicalCombo.addItem("")
        self.politicalCombo.addItem("")
        self.politicalCombo.addItem("")
        self.politicalCombo.addItem("")
        self.politicalCombo.setObjectName(u"politicalCombo")

        self.personForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.politicalCombo)

        self.educationComboLabel = QLabel(ResidentDialog)
        self.educationComboLabel.setObjectName(u"educationComboLabel")

        self.personForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.educationComboLabel)

        self.educationCombo = QComboBox(ResidentDialog)
        self.educationCombo.addItem("")
        self.educationCombo.addItem("")
        self.educationCombo.addItem("")
        self.educationCombo.addItem("")
        self.educationCombo.addItem("")
        self.educationCombo.addItem("")
        self.educationCombo.addItem("")
        self.educationCombo.addItem("")
        self.educationCombo.setObjectName(u"educationCombo")
        self.educationCombo.setEditable(True)

        self.personForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.educationCombo)

        self.residenceComboLabel = QLabel(ResidentDialog)
        self.residenceComboLabel.setObjectName(u"residenceComboLabel")

        self.personForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.residenceComboLabel)

        self.residenceCombo = QComboBox(ResidentDialog)
        self.residenceCombo.addItem("")
        self.residenceCombo.addItem("")
        self.residenceCombo.addItem("")
        self.residenceCombo.addItem("")
        self.residenceCombo.setObjectName(u"residenceCombo")
        self.residenceCombo.setEditable(True)

        self.personForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.residenceCombo)


        self.columnsLayout.addLayout(self.personForm)

        self.addressForm = QFormLayout()
        self.addressForm.setObjectName(u"addressForm")
        self.gridComboLabel = QLabel(ResidentDialog)
        self.gridComboLabel.setObjectName(u"gridComboLabel")

        self.addressForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.gridComboLabel)

        self.gridCombo = QComboBox(ResidentDialog)
        self.gridCombo.setObjectName(u"gridCombo")
        self.gridCombo.setEditable(True)

        self.addressForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.gridCombo)

        self.buildingEditLabel = QLabel(ResidentDialog)
        self.buildingEditLabel.setObjectName(u"buildingEditLabel")

        self.addressForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.buildingEditLabel)

        self.buildingEdit = QLineEdit(ResidentDialog)
        self.buildingEdit.setObjectName(u"buildingEdit")

        self.addressForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.buildingEdit)

        self.unitEditLabel = QLabel(ResidentDialog)
        self.unitEditLabel.setObjectName(u"unitEditLabel")

        self.addressForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.unitEditLabel)

        self.unitEdit = QLineEdit(ResidentDialog)
        self.unitEdit.setObjectName(u"unitEdit")

        self.addressForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.unitEdit)

        self.roomEditLabel = QLabel(ResidentDialog)
        self.roomEditLabel.setObjectName(u"roomEditLabel")

        self.addressForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.roomEditLabel)

        self.roomEdit = QLineEdit(ResidentDialog)
        self.roomEdit.setObjectName(u"roomEdit")

        self.addressForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.roomEdit)

        self.tagsListLabel = QLabel(ResidentDialog)
        self.tagsListLabel.setObjectName(u"tagsListLabel")

        self.addressForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.tagsListLabel)

        self.tagsList = QListWidget(ResidentDialog)
        self.tagsList.setObjectName(u"tagsList")
        self.tagsList.setMaximumSize(QSize(16777215, 150))

        self.addressForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.tagsList)

        self.noteEditLabel = QLabel(ResidentDialog)
        self.noteEditLabel.setObjectName(u"noteEditLabel")

        self.addressForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.noteEditLabel)

        self.noteEdit = QPlainTextEdit(ResidentDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setMaximumSize(QSize(16777215, 60))

        self.addressForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.columnsLayout.addLayout(self.addressForm)


        self.mainLayout.addLayout(self.columnsLayout)

        self.errorLabel = QLabel(ResidentDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ResidentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)

        QWidget.setTabOrder(self.nameEdit, self.idEdit)
        QWidget.setTabOrder(self.idEdit, self.ethnicityCombo)
        QWidget.setTabOrder(self.ethnicityCombo, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.relationCombo)
        QWidget.setTabOrder(self.relationCombo, self.politicalCombo)
        QWidget.setTabOrder(self.politicalCombo, self.educationCombo)
        QWidget.setTabOrder(self.educationCombo, self.residenceCombo)
        QWidget.setTabOrder(self.residenceCombo, self.gridCombo)
        QWidget.setTabOrder(self.gridCombo, self.buildingEdit)
        QWidget.setTabOrder(self.buildingEdit, self.unitEdit)
        QWidget.setTabOrder(self.unitEdit, self.roomEdit)
        QWidget.setTabOrder(self.roomEdit, self.tagsList)
        QWidget.setTabOrder(self.tagsList, self.noteEdit)

        self.retranslateUi(ResidentDialog)

        QMetaObject.connectSlotsByName(ResidentDialog)
    # setupUi

    def retranslateUi(self, ResidentDialog):
        ResidentDialog.setWindowTitle(QCoreApplication.translate("ResidentDialog", u"\u5c45\u6c11\u4fe1\u606f", None))
        self.nameEditLabel.setText(QCoreApplication.translate("ResidentDialog", u"\u59d3\u540d", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("ResidentDialog", u"\u5fc5\u586b", None))
        self.idEditLabel.setText(QCoreApplication.translate("ResidentDialog", u"\u8eab\u4efd\u8bc1\u53f7\u7801", None))
        self.idEdit.setPlaceholderText(QCoreApplication.translate("ResidentDialog", u"18\u4f4d\uff0c\u6700\u540e\u4e00\u4f4d\u53ef\u4e3aX", None))
        self.idInfo.setText("")
        self.ethnicityComboLabel.setText(QCoreApplication.translate("ResidentDialog", u"\u6c11\u65cf", None))
        self.ethnicityCombo.setItemText(0, QCoreApplication.translate("ResidentDialog", u"\u6c49\u65cf", None))
        self.ethnicityCombo.setItemText(1, QCoreApplication.translate("ResidentDialog", u"\u5f5d\u65cf", None))
        self.ethnicityCombo.setItemText(2, QCoreApplication.translate("ResidentDialog", u"\u56de\u65cf", None))
        self.ethnicityCombo.setItemText(3, QCoreApplication.translate("ResidentDialog", u"\u85cf\u65cf", None))
        self.ethnicityCombo.setItemText(4, QCoreApplication.translate("ResidentDialog", u"\u82d7\u65cf", None))
        self.ethnicityCombo.setItemText(5, QCoreApplication.translate("ResidentDialog", u"\u5088\u50f3\u65cf", None))
        self.ethnicityCombo.setItemText(6, QCoreApplication.translate("ResidentDialog", u"\u6ee1\u65cf", None))
        self.ethnicityCombo.setItemText(7, QCoreApplication.translate("ResidentDialog", u"\u8499\u53e4\u65cf", None))
        self.ethnicityCombo.setItemText(8, QCoreApplication.translate("ResidentDialog", u"\u58ee\u65cf", None))

        self.phoneEditLabel.setText(QCoreApplication.translate("ResidentDialog", u"\u8054\u7cfb\u7535\u8bdd", None))
        self.relationComboLabel.setText(QCoreApplication.translate("ResidentDialog", u"\u4e0e\u6237\u4e3b\u5173\u7cfb", None))
        self.relationCombo.setItemText(0, QCoreApplication.translate("ResidentDialog", u"\u6237\u4e3b", None))
        self.relationCombo.setItemText(1, QCoreApplication.translate("ResidentDialog", u"\u914d\u5076", None))
        self.relationCombo.setItemText(2, QCoreApplication.translate("ResidentDialog", u"\u5b50\u5973", None))
        self.relationCombo.setItemText(3, QCoreApplication.translate("ResidentDialog", u"\u7236\u6bcd", None))
        self.relationCombo.setItemText(4, QCoreApplication.translate("ResidentDialog", u"\u5b59\u5b50\u5973", None))
        self.relationCombo.setItemText(5, QCoreApplication.translate("ResidentDialog", u"\u5144\u5f1f\u59d0\u59b9", None))
        self.relationCombo.setItemText(6, QCoreApplication.translate("ResidentDialog", u"\u513f\u5ab3", None))
        self.relationCombo.setItemText(7, QCoreApplication.translate("ResidentDialog", u"\u5973\u5a7f", None))
        self.relationCombo.setItemText(8, QCoreApplication.translate("ResidentDialog", u"\u5176\u4ed6", None))

        self.politicalComboLabel.setText(QCoreApplication.translate("ResidentDialog", u"\u653f\u6cbb\u9762\u8c8c", None))
        self.politicalCombo.setItemText(0, QCoreApplication.translate("ResidentDialog", u"\u7fa4\u4f17", None))
        self.politicalCombo.setItemText(1, QCoreApplication.translate("ResidentDialog", u"\u4e2d\u5171\u515a\u5458", None))
        self.politicalCombo.setItemText(2, QCoreApplication.translate("ResidentDialog", u"\u9884\u5907\u515a\u5458", None))
        self.politicalCombo.setItemText(3, QCoreApplication.translate("ResidentDialog", u"\u5171\u9752\u56e2\u5458", None))
        self.politicalCombo.setItemText(4, QCoreApplication.translate("ResidentDialog", u"\u6c11\u4e3b\u515a\u6d3e", None))

        self.educationComboLabel.setText(QCoreApplication.translate("ResidentDialog", u"\u6587\u5316\u7a0b\u5ea6", None))
        self.educationCombo.setItemText(0, "")
        self.educationCombo.setItemText(1, QCoreApplication.translate("ResidentDialog", u"\u5c0f\u5b66", None))
        self.educationCombo.setItemText(2, QCoreApplication.translate("ResidentDialog", u"\u521d\u4e2d", None))
        self.educationCombo.setItemText(3, QCoreApplication.translate("ResidentDialog", u"\u9ad8\u4e2d", None))
        self.educationCombo.setItemText(4, QCoreApplication.translate("ResidentDialog", u"\u4e2d\u4e13", None))
        self.educationCombo.setItemText(5, QCoreApplication.translate("ResidentDialog", u"\u5927\u4e13", None))
        self.educationCombo.setItemText(6, QCoreApplication.translate("ResidentDialog", u"\u672c\u79d1", None))
        self.educationCombo.setItemText(7, QCoreApplication.translate("ResidentDialog", u"\u7814\u7a76\u751f", None))

        self.residenceComboLabel.setText(QCoreApplication.translate("ResidentDialog", u"\u5c45\u4f4f\u72b6\u6001", None))
        self.residenceCombo.setItemText(0, QCoreApplication.translate("ResidentDialog", u"\u5e38\u4f4f", None))
        self.residenceCombo.setItemText(1, QCoreApplication.translate("ResidentDialog", u"\u6d41\u52a8", None))
        self.residenceCombo.setItemText(2, QCoreApplication.translate("ResidentDialog", u"\u6237\u5728\u4eba\u4e0d\u5728", None))
        self.residenceCombo.setItemText(3, QCoreApplication.translate("ResidentDialog", u"\u4eba\u5728\u6237\u4e0d\u5728", None))

        self.gridComboLabel.setText(QCoreApplication.translate("ResidentDialog", u"\u7f51\u683c", None))
        self.buildingEditLabel.setText(QCoreApplication.translate("ResidentDialog", u"\u697c\u680b", None))
        self.buildingEdit.setPlaceholderText(QCoreApplication.translate("ResidentDialog", u"\u5982 3 \u6216 3\u680b", None))
        self.unitEditLabel.setText(QCoreApplication.translate("ResidentDialog", u"\u5355\u5143", None))
        self.unitEdit.setPlaceholderText(QCoreApplication.translate("ResidentDialog", u"\u5982 2", None))
        self.roomEditLabel.setText(QCoreApplication.translate("ResidentDialog", u"\u623f\u53f7", None))
        self.roomEdit.setPlaceholderText(QCoreApplication.translate("ResidentDialog", u"\u5982 301\uff08\u5fc5\u586b\uff09", None))
        self.tagsListLabel.setText(QCoreApplication.translate("ResidentDialog", u"\u7279\u6b8a\u4eba\u7fa4", None))
        self.noteEditLabel.setText(QCoreApplication.translate("ResidentDialog", u"\u5907\u6ce8", None))
        self.errorLabel.setText("")
        self.errorLabel.setStyleSheet(QCoreApplication.translate("ResidentDialog", u"color: #c0392b;", None))
    # retranslateUi

