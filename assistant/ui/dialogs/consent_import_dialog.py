"""Before importing a consent CSV: what was detected (encoding, delimiter), how the columns
map to the contract's, the first rows, and the options (skip invalid rows, report file)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from assistant.exchange.consent_csv_read import COLUMNS, REQUIRED
from assistant.exchange.consent_import import Preview
from assistant.ui.screen_fit import resize_within_screen


def column_label(name: str) -> str:
    from assistant.ui.i18n import translate

    return {
        "email": translate("ConsentImport", "Email"),
        "customer_ref": translate("ConsentImport", "Customer reference"),
        "first_name": translate("ConsentImport", "First name"),
        "last_name": translate("ConsentImport", "Last name"),
        "phone": translate("ConsentImport", "Phone"),
        "purpose": translate("ConsentImport", "Purpose"),
        "status": translate("ConsentImport", "Status"),
        "date": translate("ConsentImport", "Date"),
        "channel": translate("ConsentImport", "Channel"),
        "notice_version": translate("ConsentImport", "Wording version"),
        "date_unknown": translate("ConsentImport", "Date unknown"),
        "evidence": translate("ConsentImport", "Evidence"),
    }[name]


class ConsentImportDialog(QDialog):
    def __init__(self, source: Path, found: Preview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.setWindowTitle(self.tr("Import consents from %1").replace("%1", source.name))
        resize_within_screen(self, 820, 560)
        layout = QVBoxLayout(self)
        encoding = "UTF-8" if found.scan.encoding.startswith("utf-8") else "Windows-1252"
        delimiter = self.tr("a semicolon") if found.header.delimiter == ";" \
            else self.tr("a comma")
        about = QLabel(self.tr("%1 lines after the header · %2 · values separated by %3")
                       .replace("%1", str(max(found.total_lines - 1, 0)))
                       .replace("%2", encoding).replace("%3", delimiter), self)
        layout.addWidget(about)
        from PySide6.QtCore import QTimeZone

        zone = bytes(QTimeZone.systemTimeZoneId().data()).decode() or "UTC"
        layout.addWidget(QLabel(self.tr("Dates and times written without a time zone are "
                                        "read in this computer's: %1.").replace("%1", zone),
                                self))

        layout.addWidget(QLabel(self.tr("How the columns are read:"), self))
        # two pairs of columns: the ten contract columns all in view, without scrolling
        per_column = (len(COLUMNS) + 1) // 2
        self.mapping = QTableWidget(per_column, 4, self)
        self.mapping.setAccessibleName(self.tr("Column mapping"))
        self.mapping.setHorizontalHeaderLabels([self.tr("Column of the ledger"),
                                                self.tr("Column of the file")] * 2)
        self.mapping.verticalHeader().setVisible(False)
        self.mapping.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for n, name in enumerate(COLUMNS):
            index = found.header.columns.get(name)
            wanted = name in REQUIRED or name in ("email", "customer_ref")
            text = found.header.names[index] if index is not None else (
                self.tr("missing") if wanted else self.tr("(not given)"))
            row, pair = n % per_column, 2 * (n // per_column)
            self.mapping.setItem(row, pair, QTableWidgetItem(column_label(name)))
            self.mapping.setItem(row, pair + 1, QTableWidgetItem(text))
        self.mapping.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.mapping.setWordWrap(False)
        self.mapping.setFixedHeight(
            self.mapping.horizontalHeader().sizeHint().height()
            + per_column * self.mapping.verticalHeader().defaultSectionSize()
            + 2 * self.mapping.frameWidth())
        layout.addWidget(self.mapping)
        if found.header.ignored:
            ignored = QLabel(self.tr("Ignored columns: %1").replace(
                "%1", ", ".join(found.header.ignored)), self)
            ignored.setWordWrap(True)
            layout.addWidget(ignored)

        layout.addWidget(QLabel(self.tr("First rows:"), self))
        self.rows = QTableWidget(len(found.rows), len(found.header.names), self)
        self.rows.setAccessibleName(self.tr("First rows of the file"))
        self.rows.setHorizontalHeaderLabels(found.header.names)
        self.rows.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for r, cells in enumerate(found.rows):
            for c, value in enumerate(cells[:len(found.header.names)]):
                self.rows.setItem(r, c, QTableWidgetItem(value))
        layout.addWidget(self.rows, 1)

        self.skip = QCheckBox(self.tr("&Leave out invalid rows and import the others"), self)
        self.skip.setToolTip(self.tr("By default, one invalid row refuses the whole file and "
                                     "nothing is imported."))
        layout.addWidget(self.skip)
        report_row = QHBoxLayout()
        # "-refusees" in French: a file name the user reads
        suffix = self.tr("refused", "file name of the refused rows: ASCII letters only")
        self.report = QLineEdit(str(source.with_name(f"{source.stem}-{suffix}.csv")), self)
        self.report.setAccessibleName(self.tr("File listing the refused rows"))
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._browse)
        report_row.addWidget(QLabel(self.tr("Refused rows to:"), self))
        report_row.addWidget(self.report, 1)
        report_row.addWidget(browse)
        layout.addLayout(report_row)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = buttons.addButton(self.tr("&Import"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Refused rows"),
                                                self.report.text(),
                                                self.tr("CSV files (*.csv)"))
        if chosen:
            self.report.setText(chosen)

    def options(self) -> tuple[bool, Path | None]:
        text = self.report.text().strip()
        return self.skip.isChecked(), Path(text) if text else None
