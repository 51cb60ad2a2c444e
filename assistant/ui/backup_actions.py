"""Restore from backup, and the daily automatic backup while a dossier is open."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QLocale, QObject, Qt
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

from assistant.store.backup import (
    BackupContents,
    BackupFile,
    all_backups,
    automatic_backup,
    backup_contents,
    backups_of_file,
    list_backups,
    restore_from,
    set_aside,
)
from assistant.store.errors import DossierError
from assistant.store.unopened import dossier_id
from assistant.ui import window_settings
from assistant.ui.errors import describe, show_error
from assistant.ui.i18n import translate
from assistant.ui.screen_fit import resize_within_screen

if TYPE_CHECKING:
    from assistant.ui.main_window import MainWindow



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
        self.intro = intro = QLabel(self.tr(
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


class BackupContentsText(QObject):
    """The words for what a backup holds (a QObject for its plural translations)."""

    def describe(self, contents: BackupContents) -> str:
        return ", ".join((
            self.tr("%n processing activities", "", contents.processing),
            self.tr("%n people in the consent ledger", "", contents.people),
            self.tr("%n consent events", "", contents.events),
        ))


def contents_label(backup: BackupFile) -> str:
    """What a backup holds, in words: the shop, its register, its ledger."""
    contents = backup_contents(backup.path)
    if contents is None:
        return translate("Backups", "its contents cannot be read")
    text = BackupContentsText().describe(contents)
    return f"{contents.organisation} — {text}" if contents.organisation else text


def offer_damaged(window: MainWindow, path: Path, exc: DossierError) -> bool:
    """A dossier that cannot be opened because it is damaged: offer its newest automatic
    backup (named, dated, with what it holds), another backup, or (when SQLite can still
    read it) opening it read-only. Nothing is replaced without the user's yes, and the
    damaged file is kept beside it."""
    from assistant.store.errors import CorruptDossier

    title = translate("Backups", "Damaged dossier")
    readable = isinstance(exc, CorruptDossier)
    backups = backups_of_file(path, dossier_id(path))
    if not backups and not readable:
        show_error(window, translate("Backups", "Cannot open the dossier"), exc)
        return False
    text = describe(exc)
    if backups:
        newest = backups[0]
        text += "\n\n" + translate(
            "Backups", "The newest automatic backup of this dossier, %1, was taken on %2 "
            "(%3). It holds: %4.").replace("%1", newest.path.name).replace(
                "%2", when_label(newest.taken_at)).replace(
                "%3", reason_label(newest.reason)).replace("%4", contents_label(newest))
        text += "\n\n" + translate(
            "Backups", "Restore it in place of %1? The damaged file is kept beside it "
            "(renamed), never deleted.").replace("%1", path.name)
    else:
        text += "\n\n" + translate("Backups",
                                    "There is no automatic backup of this dossier yet.")
    box = QMessageBox(QMessageBox.Icon.Warning, title, text,
                      QMessageBox.StandardButton.Cancel, window)
    restore = choose = None
    if backups:
        restore = box.addButton(translate("Backups", "&Restore this backup"),
                                QMessageBox.ButtonRole.YesRole)
        if len(backups) > 1:
            choose = box.addButton(translate("Backups", "Choose &another backup…"),
                                   QMessageBox.ButtonRole.ActionRole)
        box.setDefaultButton(restore)
    read_only = None
    if readable:
        read_only = box.addButton(translate("Backups", "Open &read-only"),
                                  QMessageBox.ButtonRole.AcceptRole)
    box.exec()
    clicked = box.clickedButton()
    if clicked is not None and clicked is read_only:
        return window.open_read_only(path, check=False)
    if clicked is not None and clicked is restore:
        return restore_closed(window, path, backups, chosen=backups[0].path)
    if clicked is not None and clicked is choose:
        return restore_closed(window, path, backups)
    return False


def restore_closed(window: MainWindow, path: Path, backups: list[BackupFile] | None = None,
                   *, chosen: Path | None = None, label: str = "damaged") -> bool:
    """Restore a backup over a dossier that is not open (damaged, or chosen with no
    dossier open): ``chosen``, or one picked from ``backups`` (those of ``path`` by
    default). A file at ``path`` is first moved aside (``NAME.<label>.rgpd``), never
    deleted; the restored dossier is then opened."""
    title = translate("Backups", "Restore a backup")
    if backups is None:
        backups = backups_of_file(path, dossier_id(path)) if path.exists() else []
    if chosen is None:
        if not backups:
            QMessageBox.information(window, title, translate(
                "Backups", "There is no automatic backup of this dossier yet."))
            return False
        dialog = RestoreDialog(backups, window)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen() is None:
            return False
        chosen = dialog.chosen()
    aside = None
    try:
        if os.path.lexists(path):
            aside = set_aside(path, label)  # kept, never destroyed
        restore_from(chosen, path)  # type: ignore[arg-type]
    except DossierError as exc:
        if aside is not None and not os.path.lexists(path):
            with contextlib.suppress(OSError):
                for suffix in ("", "-wal", "-shm", "-journal"):
                    if os.path.lexists(f"{aside}{suffix}"):
                        os.rename(f"{aside}{suffix}", f"{path}{suffix}")
        show_error(window, title, exc)
        return False
    opened = window.open_path(path)
    if aside is not None:
        window.statusBar().showMessage(translate(
            "Backups", "The file that was there is kept as %1.").replace("%1", str(aside)),
            15000)
    return opened


def restore_without_dossier(window: MainWindow) -> None:
    """File › Restore a backup with no dossier open (the dossier may be damaged, or gone):
    pick any automatic backup, then where to put it back."""
    from PySide6.QtWidgets import QFileDialog

    title = translate("Backups", "Restore a backup")
    backups = all_backups()
    if not backups:
        QMessageBox.information(window, title, translate(
            "Backups", "There is no automatic backup yet: one is made each day a dossier "
            "is open, and before each update of its format."))
        return
    dialog = RestoreDialog(backups, window)
    dialog.intro.setText(translate(
        "Backups", "Choose the copy to go back to; you then choose where to put it. A file "
        "already there is kept beside it (renamed), never deleted."))
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen() is None:
        return
    chosen = dialog.chosen()
    picked = next(b for b in backups if b.path == chosen)
    recent = [p for p in window.settings.recent() if p.stem == picked.source]
    suggested = recent[0] if recent else window.default_folder() / f"{picked.source}.rgpd"
    name, _ = QFileDialog.getSaveFileName(
        window, title, str(suggested), translate("Backups", "Dossiers (*.rgpd)"),
        options=QFileDialog.Option.DontConfirmOverwrite)
    if not name:
        return
    target = Path(name)
    if target.suffix.lower() != ".rgpd":
        target = target.with_name(target.name + ".rgpd")
    if os.path.lexists(target) and not window.ask_yes_no(title, translate(
            "Backups", "%1 exists. Put the copy of %2 in its place? The file there now is "
            "kept beside it (renamed), never deleted.").replace("%1", target.name).replace(
                "%2", when_label(picked.taken_at))):
        return
    restore_closed(window, target, backups, chosen=chosen, label="before-restore")


def restore_backup(window: MainWindow) -> None:
    """File › Restore a backup: pick a copy of the open dossier and put it back in place."""
    dossier = window.session.dossier
    if dossier is None:
        restore_without_dossier(window)
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
    keep = window_settings.backups_to_keep(window)
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

