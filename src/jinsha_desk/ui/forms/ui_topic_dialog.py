# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'topic_dialog.ui'
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
    QLineEdit, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_TopicDialog(object):
    def setupUi(self, TopicDialog):
        if not TopicDialog.objectName():
            TopicDialog.setObjectName(u"TopicDialog")
        TopicDialog.resize(520, 360)
        self.mainLayout = QVBoxLayout(TopicDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.topicForm = QFormLayout()
        self.topicForm.setObjectName(u"topicForm")
        self.topicFormLabel0 = QLabel(TopicDialog)
        self.topicFormLabel0.setObjectName(u"topicFormLabel0")

        self.topicForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.topicFormLabel0)

        self.titleEdit = QLineEdit(TopicDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.topicForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.topicFormLabel1 = QLabel(TopicDialog)
        self.topicFormLabel1.setObjectName(u"topicFormLabel1")

        self.topicForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.topicFormLabel1)

        self.kindCombo = QComboBox(TopicDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.topicForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.topicFormLabel2 = QLabel(TopicDialog)
        self.topicFormLabel2.setObjectName(u"topicFormLabel2")

        self.topicForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.topicFormLabel2)

        self.scopeCombo = QComboBox(TopicDialog)
        self.scopeCombo.setObjectName(u"scopeCombo")
        self.scopeCombo.setEditable(True)

        self.topicForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.scopeCombo)

        self.topicFormLabel3 = QLabel(TopicDialog)
        self.topicFormLabel3.setObjectName(u"topicFormLabel3")

        self.topicForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.topicFormLabel3)

        self.sourceCombo = QComboBox(TopicDialog)
        self.sourceCombo.setObjectName(u"sourceCombo")
        self.sourceCombo.setEditable(True)

        self.topicForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.sourceCombo)

        self.topicFormLabel4 = QLabel(TopicDialog)
        self.topicFormLabel4.setObjectName(u"topicFormLabel4")

        self.topicForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.topicFormLabel4)

        self.raisedByEdit = QLineEdit(TopicDialog)
        self.raisedByEdit.setObjectName(u"raisedByEdit")

        self.topicForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.raisedByEdit)

        self.topicFormLabel5 = QLabel(TopicDialog)
        self.topicFormLabel5.setObjectName(u"topicFormLabel5")

        self.topicForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.topicFormLabel5)

        self.dateEdit = QDateEdit(TopicDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.topicForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.topicFormLabel6 = QLabel(TopicDialog)
        self.topicFormLabel6.setObjectName(u"topicFormLabel6")

        self.topicForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.topicFormLabel6)

        self.descriptionEdit = QPlainTextEdit(TopicDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setMaximumSize(QSize(16777215, 80))

        self.topicForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)


        self.mainLayout.addLayout(self.topicForm)

        self.errorLabel = QLabel(TopicDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(TopicDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(TopicDialog)

        QMetaObject.connectSlotsByName(TopicDialog)
    # setupUi

    def retranslateUi(self, TopicDialog):
        TopicDialog.setWindowTitle(QCoreApplication.translate("TopicDialog", u"\u65b0\u589e\u8bae\u9898", None))
        self.topicFormLabel0.setText(QCoreApplication.translate("TopicDialog", u"\u8bae\u9898", None))
        self.topicFormLabel1.setText(QCoreApplication.translate("TopicDialog", u"\u7c7b\u522b", None))
        self.topicFormLabel2.setText(QCoreApplication.translate("TopicDialog", u"\u8303\u56f4", None))
        self.topicFormLabel3.setText(QCoreApplication.translate("TopicDialog", u"\u6765\u6e90", None))
        self.topicFormLabel4.setText(QCoreApplication.translate("TopicDialog", u"\u63d0\u51fa\u4eba", None))
        self.topicFormLabel5.setText(QCoreApplication.translate("TopicDialog", u"\u63d0\u51fa\u65e5\u671f", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("TopicDialog", u"yyyy-MM-dd", None))
        self.topicFormLabel6.setText(QCoreApplication.translate("TopicDialog", u"\u8bf4\u660e", None))
        self.errorLabel.setText("")
        self.errorLabel.setStyleSheet(QCoreApplication.translate("TopicDialog", u"color: #c0392b;", None))
    # retranslateUi

