"""Restore from backup, and the daily automatic backup while a dossier is open."""

from __future__ import annotations

import sqlite3
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
from assistant.ui.screen_fit import resize_within_screen

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
            # the file it was taken from: a copied dossier shares its backups with the
            # original (same id), and a backup of another file must not pass for this one's
            item = QListWidgetItem(f"{when_label(b.taken_at)} — {reason_label(b.reason)} — "
                                   f"{b.source}.rgpd ({size})", self.list)
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
        resize_within_screen(self, 620, 380)

    def chosen(self) -> Path | None:
        item = self.list.currentItem()
        return Path(item.data(Qt.ItemDataRole.UserRole)) if item else None


def dossier_uuid(path: Path) -> str:
    """The id of a dossier that may be damaged (read without checks), or ""."""
    from assistant.store.dossier import open_dossier

    try:
        with open_dossier(path, read_only=True, check=False) as dossier:
            return dossier.uuid
    except (DossierError, sqlite3.Error):  # a damaged file may fail in either way
        return ""


def restore_closed(window: MainWindow, path: Path) -> bool:
    """Restore a backup over a dossier that is not open (it was refused as damaged)."""
    uuid = dossier_uuid(path)
    backups = list_backups(uuid) if uuid else []
    title = translate("Backups", "Restore a backup")
    if not backups:
        QMessageBox.information(window, title, translate(
            "Backups", "There is no automatic backup of this dossier yet."))
        return False
    dialog = RestoreDialog(backups, window)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen() is None:
        return False
    damaged = path.with_name(f"{path.stem}.damaged{path.suffix}")
    try:
        path.replace(damaged)  # keep the damaged file aside, never destroy it
        restore_from(dialog.chosen(), path)  # type: ignore[arg-type]
    except (DossierError, OSError) as exc:
        if not path.exists() and damaged.exists():
            damaged.replace(path)
        from assistant.store.errors import from_os_error

        show_error(window, title, from_os_error(path, exc) if isinstance(exc, OSError) else exc)
        return False
    window.statusBar().showMessage(translate(
        "Backups", "The damaged file was kept as %1.").replace("%1", str(damaged)), 15000)
    return window.open_path(path)


def restore_backup(window: MainWindow) -> None:
    """File › Restore a backup: pick a copy of the open dossier and put it back in place."""
    dossier = window.session.dossier
    if dossier is None:
        return
    uuid = dossier.uuid
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
    picked = next((b for b in backups if b.path == chosen), None)
    if picked is not None and picked.from_other_file(path):
        answer = QMessageBox.question(window, title, translate(
            "Backups", "This copy was taken from %1, not from %2 (a copy of the same "
            "dossier). Put it in place of %2 all the same?").replace(
                "%1", f"{picked.source}.rgpd").replace("%2", path.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
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

