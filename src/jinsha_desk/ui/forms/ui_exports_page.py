# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'exports_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDateEdit, QFormLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_ExportsPage(object):
    def setupUi(self, ExportsPage):
        if not ExportsPage.objectName():
            ExportsPage.setObjectName(u"ExportsPage")
        self.pageLayout = QVBoxLayout(ExportsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.exportForm = QFormLayout()
        self.exportForm.setObjectName(u"exportForm")
        self.exportFormLabel0 = QLabel(ExportsPage)
        self.exportFormLabel0.setObjectName(u"exportFormLabel0")

        self.exportForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.exportFormLabel0)

        self.returnCombo = QComboBox(ExportsPage)
        self.returnCombo.setObjectName(u"returnCombo")

        self.exportForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.returnCombo)

        self.exportFormLabel1 = QLabel(ExportsPage)
        self.exportFormLabel1.setObjectName(u"exportFormLabel1")

        self.exportForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.exportFormLabel1)

        self.periodLayout = QHBoxLayout()
        self.periodLayout.setObjectName(u"periodLayout")
        self.periodKind = QComboBox(ExportsPage)
        self.periodKind.setObjectName(u"periodKind")

        self.periodLayout.addWidget(self.periodKind)

        self.yearSpin = QSpinBox(ExportsPage)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)

        self.periodLayout.addWidget(self.yearSpin)

        self.partSpin = QSpinBox(ExportsPage)
        self.partSpin.setObjectName(u"partSpin")
        self.partSpin.setMinimum(1)
        self.partSpin.setMaximum(12)

        self.periodLayout.addWidget(self.partSpin)

        self.partLabel = QLabel(ExportsPage)
        self.partLabel.setObjectName(u"partLabel")

        self.periodLayout.addWidget(self.partLabel)

        self.fromDate = QDateEdit(ExportsPage)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setCalendarPopup(True)

        self.periodLayout.addWidget(self.fromDate)

        self.toLabel = QLabel(ExportsPage)
        self.toLabel.setObjectName(u"toLabel")

        self.periodLayout.addWidget(self.toLabel)

        self.toDate = QDateEdit(ExportsPage)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setCalendarPopup(True)

        self.periodLayout.addWidget(self.toDate)

        self.periodSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodLayout.addItem(self.periodSpacer)


        self.exportForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.periodLayout)

        self.exportFormLabel2 = QLabel(ExportsPage)
        self.exportFormLabel2.setObjectName(u"exportFormLabel2")

        self.exportForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.exportFormLabel2)

        self.fullIdsCheck = QCheckBox(ExportsPage)
        self.fullIdsCheck.setObjectName(u"fullIdsCheck")

        self.exportForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.fullIdsCheck)

        self.exportFormLabel3 = QLabel(ExportsPage)
        self.exportFormLabel3.setObjectName(u"exportFormLabel3")

        self.exportForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.exportFormLabel3)

        self.templateLayout = QHBoxLayout()
        self.templateLayout.setObjectName(u"templateLayout")
        self.templateEdit = QLineEdit(ExportsPage)
        self.templateEdit.setObjectName(u"templateEdit")
        self.templateEdit.setReadOnly(True)

        self.templateLayout.addWidget(self.templateEdit)

        self.chooseTemplateButton = QPushButton(ExportsPage)
        self.chooseTemplateButton.setObjectName(u"chooseTemplateButton")

        self.templateLayout.addWidget(self.chooseTemplateButton)

        self.clearTemplateButton = QPushButton(ExportsPage)
        self.clearTemplateButton.setObjectName(u"clearTemplateButton")

        self.templateLayout.addWidget(self.clearTemplateButton)


        self.exportForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.templateLayout)


        self.pageLayout.addLayout(self.exportForm)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.previewButton = QPushButton(ExportsPage)
        self.previewButton.setObjectName(u"previewButton")

        self.actionsLayout.addWidget(self.previewButton)

        self.exportButton = QPushButton(ExportsPage)
        self.exportButton.setObjectName(u"exportButton")

        self.actionsLayout.addWidget(self.exportButton)

        self.openFolderButton = QPushButton(ExportsPage)
        self.openFolderButton.setObjectName(u"openFolderButton")

        self.actionsLayout.addWidget(self.openFolderButton)

        self.actionsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)


        self.pageLayout.addLayout(self.actionsLayout)

        self.statusLabel = QLabel(ExportsPage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.statusLabel)

        self.previewTable = QTableWidget(ExportsPage)
        self.previewTable.setObjectName(u"previewTable")
        self.previewTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.previewTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.previewTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.previewTable.setAlternatingRowColors(True)

        self.pageLayout.addWidget(self.previewTable)

        self.logTitle = QLabel(ExportsPage)
        self.logTitle.setObjectName(u"logTitle")

        self.pageLayout.addWidget(self.logTitle)

        self.logTable = QTableWidget(ExportsPage)
        self.logTable.setObjectName(u"logTable")
        self.logTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.logTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.logTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.logTable.setAlternatingRowColors(True)

        self.pageLayout.addWidget(self.logTable)

        self.pageLayout.setStretch(3, 3)
        self.pageLayout.setStretch(5, 1)

        self.retranslateUi(ExportsPage)

        QMetaObject.connectSlotsByName(ExportsPage)
    # setupUi

    def retranslateUi(self, ExportsPage):
        self.exportFormLabel0.setText(QCoreApplication.translate("ExportsPage", u"\u62a5\u8868", None))
        self.exportFormLabel1.setText(QCoreApplication.translate("ExportsPage", u"\u671f\u95f4", None))
        self.yearSpin.setSuffix(QCoreApplication.translate("ExportsPage", u" \u5e74", None))
        self.partLabel.setText(QCoreApplication.translate("ExportsPage", u"\u6708", None))
        self.fromDate.setDisplayFormat(QCoreApplication.translate("ExportsPage", u"yyyy-MM-dd", None))
        self.toLabel.setText(QCoreApplication.translate("ExportsPage", u"\u81f3", None))
        self.toDate.setDisplayFormat(QCoreApplication.translate("ExportsPage", u"yyyy-MM-dd", None))
        self.exportFormLabel2.setText(QCoreApplication.translate("ExportsPage", u"\u8eab\u4efd\u8bc1\u53f7", None))
        self.fullIdsCheck.setText(QCoreApplication.translate("ExportsPage", u"\u5bfc\u51fa\u5b8c\u6574\u8eab\u4efd\u8bc1\u53f7\uff08\u9ed8\u8ba4\u906e\u76d6\u51fa\u751f\u65e5\u671f\u90e8\u5206\uff1b\u5bfc\u51fa\u4f1a\u8bb0\u5165\u5bfc\u51fa\u65e5\u5fd7\uff09", None))
        self.exportFormLabel3.setText(QCoreApplication.translate("ExportsPage", u"\u8857\u9053\u6a21\u677f", None))
        self.templateEdit.setPlaceholderText(QCoreApplication.translate("ExportsPage", u"\u4e0d\u9009\u5219\u6309\u672c\u7a0b\u5e8f\u7684\u6807\u51c6\u683c\u5f0f\u5bfc\u51fa", None))
        self.chooseTemplateButton.setText(QCoreApplication.translate("ExportsPage", u"\u9009\u62e9\u6a21\u677f\u2026", None))
        self.clearTemplateButton.setText(QCoreApplication.translate("ExportsPage", u"\u6e05\u9664", None))
        self.previewButton.setText(QCoreApplication.translate("ExportsPage", u"\u9884\u89c8\u524d 50 \u884c", None))
        self.exportButton.setText(QCoreApplication.translate("ExportsPage", u"\u5bfc\u51fa Excel\u2026", None))
        self.openFolderButton.setText(QCoreApplication.translate("ExportsPage", u"\u6253\u5f00\u6240\u5728\u6587\u4ef6\u5939", None))
        self.statusLabel.setText("")
        self.logTitle.setText(QCoreApplication.translate("ExportsPage", u"\u5bfc\u51fa\u65e5\u5fd7\uff08\u6700\u8fd1\u7684\u5728\u524d\uff09", None))
        self.logTitle.setStyleSheet(QCoreApplication.translate("ExportsPage", u"font-weight: bold;", None))
        pass
    # retranslateUi

