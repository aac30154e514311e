# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'conflict_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_ConflictDialog(object):
    def setupUi(self, ConflictDialog):
        if not ConflictDialog.objectName():
            ConflictDialog.setObjectName(u"ConflictDialog")
        ConflictDialog.resize(640, 380)
        self.mainLayout = QVBoxLayout(ConflictDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.messageLabel = QLabel(ConflictDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.hintLabel = QLabel(ConflictDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)

        self.fieldsTable = QTableWidget(ConflictDialog)
        self.fieldsTable.setObjectName(u"fieldsTable")
        self.fieldsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.fieldsTable.setSelectionMode(QAbstractItemView.NoSelection)
        self.fieldsTable.setWordWrap(True)

        self.mainLayout.addWidget(self.fieldsTable)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.keepMineButton = QPushButton(ConflictDialog)
        self.keepMineButton.setObjectName(u"keepMineButton")

        self.buttonsLayout.addWidget(self.keepMineButton)

        self.keepTheirsButton = QPushButton(ConflictDialog)
        self.keepTheirsButton.setObjectName(u"keepTheirsButton")

        self.buttonsLayout.addWidget(self.keepTheirsButton)

        self.mergeButton = QPushButton(ConflictDialog)
        self.mergeButton.setObjectName(u"mergeButton")

        self.buttonsLayout.addWidget(self.mergeButton)

        self.cancelButton = QPushButton(ConflictDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonsLayout.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.buttonsLayout)


        self.retranslateUi(ConflictDialog)

        self.mergeButton.setDefault(True)


        QMetaObject.connectSlotsByName(ConflictDialog)
    # setupUi

    def retranslateUi(self, ConflictDialog):
        ConflictDialog.setWindowTitle(QCoreApplication.translate("ConflictDialog", u"\u522b\u4eba\u5df2\u4fee\u6539\u4e86\u8fd9\u6761\u8bb0\u5f55", None))
        self.messageLabel.setText("")
        self.hintLabel.setText(QCoreApplication.translate("ConflictDialog", u"\u52fe\u9009\u201c\u7528\u5bf9\u65b9\u7684\u201d\u7684\u9879\u76ee\u53d6\u5bf9\u65b9\u5df2\u4fdd\u5b58\u7684\u5185\u5bb9\uff0c\u5176\u4f59\u4fdd\u7559\u60a8\u7684\u4fee\u6539\uff0c\u7136\u540e\u70b9\u201c\u6309\u6240\u9009\u5408\u5e76\u201d\u3002", None))
        self.keepMineButton.setText(QCoreApplication.translate("ConflictDialog", u"\u4fdd\u7559\u6211\u7684", None))
#if QT_CONFIG(tooltip)
        self.keepMineButton.setToolTip(QCoreApplication.translate("ConflictDialog", u"\u7528\u60a8\u7684\u4fee\u6539\u8986\u76d6\u5bf9\u65b9\u4fdd\u5b58\u7684\u5185\u5bb9", None))
#endif // QT_CONFIG(tooltip)
        self.keepTheirsButton.setText(QCoreApplication.translate("ConflictDialog", u"\u4fdd\u7559\u5bf9\u65b9\u7684", None))
#if QT_CONFIG(tooltip)
        self.keepTheirsButton.setToolTip(QCoreApplication.translate("ConflictDialog", u"\u653e\u5f03\u60a8\u7684\u4fee\u6539\uff0c\u4fdd\u7559\u5bf9\u65b9\u5df2\u4fdd\u5b58\u7684\u5185\u5bb9", None))
#endif // QT_CONFIG(tooltip)
        self.mergeButton.setText(QCoreApplication.translate("ConflictDialog", u"\u6309\u6240\u9009\u5408\u5e76", None))
        self.cancelButton.setText(QCoreApplication.translate("ConflictDialog", u"\u8fd4\u56de\u4fee\u6539", None))
    # retranslateUi

