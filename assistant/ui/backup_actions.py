"""Restore from backup, and the daily automatic backup while a dossier is open."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from assistant.store.backup import BackupFile, automatic_backup, list_backups, restore_from
from assistant.store.errors import DossierError
from assistant.ui.errors import show_error
from assistant.ui.i18n import translate

if TYPE_CHECKING:
    from assistant.ui.main_window import MainWindow

DEFAULT_KEEP = 10


def reason_label(reason: str) -> str:
    if reason.startswith("before-v"):
        return translate("Backups", "before an update of the file format")
    return {
        "daily": translate("Backups", "daily backup"),
        "before-restore": translate("Backups", "before a restore"),
    }.get(reason, reason)


def when_label(taken_at: str) -> str:
    moment = QDateTime.fromString(taken_at[:19] + "Z", Qt.DateFormat.ISODate)
    return QLocale().toString(moment.toLocalTime(), QLocale.FormatType.LongFormat)


class RestoreDialog(QDialog):
    def __init__(self, backups: list[BackupFile], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore a backup"))
        self.backups = backups
        intro = QLabel(self.tr(
            "Choose the copy to go back to. The dossier as it is now is backed up first, so "
            "this can be undone by restoring that copy."), self)
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Backups"))
        for b in backups:
            size = QLocale().formattedDataSize(b.path.stat().st_size)
            item = QListWidgetItem(f"{when_label(b.taken_at)} — {reason_label(b.reason)} "
                                   f"({size})", self.list)
            item.setData(Qt.ItemDataRole.UserRole, str(b.path))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Restore"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemActivated.connect(lambda _i: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        if backups:
            self.list.setCurrentRow(0)
        self.resize(620, 380)

    def chosen(self) -> Path | None:
        item = self.list.currentItem()
        return Path(item.data(Qt.ItemDataRole.UserRole)) if item else None


def restore_backup(window: MainWindow) -> None:
    """File › Restore a backup: pick a copy of the open dossier and put it back in place."""
    dossier = window.session.dossier
    if dossier is None:
        return
    uuid = dossier.meta("uuid") if dossier.uuid else ""
    backups = list_backups(uuid) if uuid else []
    title = translate("Backups", "Restore a backup")
    if not backups:
        QMessageBox.information(window, title, translate(
            "Backups", "There is no automatic backup of this dossier yet."))
        return
    dialog = RestoreDialog(backups, window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    chosen = dialog.chosen()
    if chosen is None:
        return
    path = dossier.path
    keep = int(window.settings.value("backups/keep", DEFAULT_KEEP) or DEFAULT_KEEP)
    try:
        if not dossier.read_only:
            automatic_backup(dossier.conn, path, uuid, "before-restore", keep=keep + 1)
        window.session.close()
        restore_from(chosen, path)
    except DossierError as exc:
        show_error(window, title, exc)
        return
    window.open_path(path)
    window.statusBar().showMessage(
        translate("Backups", "Restored the copy of %1.").replace("%1", when_label(
            next(b.taken_at for b in backups if b.path == chosen))), 10000)

