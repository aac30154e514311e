# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_start_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QLabel, QPushButton,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_FirstStartDialog(object):
    def setupUi(self, FirstStartDialog):
        if not FirstStartDialog.objectName():
            FirstStartDialog.setObjectName(u"FirstStartDialog")
        FirstStartDialog.setMinimumSize(QSize(460, 0))
        self.mainLayout = QVBoxLayout(FirstStartDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.welcomeLabel = QLabel(FirstStartDialog)
        self.welcomeLabel.setObjectName(u"welcomeLabel")
        self.welcomeLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.welcomeLabel)

        self.importButton = QPushButton(FirstStartDialog)
        self.importButton.setObjectName(u"importButton")
        self.importButton.setMinimumSize(QSize(0, 40))

        self.mainLayout.addWidget(self.importButton)

        self.emptyButton = QPushButton(FirstStartDialog)
        self.emptyButton.setObjectName(u"emptyButton")
        self.emptyButton.setMinimumSize(QSize(0, 40))

        self.mainLayout.addWidget(self.emptyButton)

        self.demoButton = QPushButton(FirstStartDialog)
        self.demoButton.setObjectName(u"demoButton")
        self.demoButton.setMinimumSize(QSize(0, 40))

        self.mainLayout.addWidget(self.demoButton)


        self.retranslateUi(FirstStartDialog)

        QMetaObject.connectSlotsByName(FirstStartDialog)
    # setupUi

    def retranslateUi(self, FirstStartDialog):
        FirstStartDialog.setWindowTitle(QCoreApplication.translate("FirstStartDialog", u"\u6b22\u8fce\u4f7f\u7528\u91d1\u6c99\u793e\u533a\u5de5\u4f5c\u53f0", None))
        self.welcomeLabel.setText(QCoreApplication.translate("FirstStartDialog", u"\u6570\u636e\u5e93\u91cc\u8fd8\u6ca1\u6709\u5c45\u6c11\u3002\u60a8\u60f3\u600e\u6837\u5f00\u59cb\uff1f", None))
        self.welcomeLabel.setStyleSheet(QCoreApplication.translate("FirstStartDialog", u"font-size: 12pt;", None))
        self.importButton.setText(QCoreApplication.translate("FirstStartDialog", u"\u5bfc\u5165\u5df2\u6709\u7684\u82b1\u540d\u518c\uff08Excel / CSV\uff09\u2026", None))
        self.emptyButton.setText(QCoreApplication.translate("FirstStartDialog", u"\u4ece\u7a7a\u767d\u5f00\u59cb", None))
        self.demoButton.setText(QCoreApplication.translate("FirstStartDialog", u"\u5148\u770b\u770b\u793a\u4f8b\u793e\u533a\uff08\u4e0d\u5f71\u54cd\u771f\u5b9e\u6570\u636e\uff09", None))
    # retranslateUi

