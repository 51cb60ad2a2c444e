"""What the window says after a person is erased: where else their data was removed, and
what still holds it (the automatic backups, until replaced; copies saved by hand)."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, QObject, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from assistant.store.consent_repo import ErasureReach


def _when(taken_at: str) -> str:
    moment = QDateTime.fromString(taken_at[:19] + "Z", Qt.DateFormat.ISODate)
    return QLocale().toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)


class ErasureReachWords(QObject):
    """The words of the message (a QObject so that its strings are found by lupdate, plural
    forms included)."""

    def text(self, reach: ErasureReach) -> str:
        text = self.tr("The person's identity is erased from the dossier.")
        if reach.drafts_removed:
            text += " " + self.tr("%n unsaved editor draft(s) naming them were removed too.",
                                  "", reach.drafts_removed)
        if reach.leftovers_removed:
            text += " " + self.tr("%n temporary file(s) an interrupted write left beside the "
                                  "dossier were removed too.", "", reach.leftovers_removed)
        if reach.backups:
            dates: list[tuple[str, int]] = []  # backups of the same minute counted together
            for backup in reach.backups:
                label = _when(backup.taken_at)
                if dates and dates[-1][0] == label:
                    dates[-1] = (label, dates[-1][1] + 1)
                else:
                    dates.append((label, 1))
            text += "\n\n" + self.tr("It remains in the %n automatic backup(s) taken before "
                                     "now, until they are replaced by newer ones:", "",
                                     len(reach.backups))
            text += "".join(f"\n• {label}" + (f" (×{n})" if n > 1 else "")
                            for label, n in dates[:5])
            if len(dates) > 5:
                text += "\n" + self.tr("… and %n more", "", len(dates) - 5)
        return text + "\n\n" + self.tr("Copies you saved yourself (File › Save a backup "
                                       "copy, exports) still hold it: delete them by hand.")


def erasure_reach_text(reach: ErasureReach) -> str:
    return ErasureReachWords().text(reach)


def tell_erasure_reach(parent: QWidget | None, title: str, reach: ErasureReach) -> None:
    QMessageBox.information(parent, title, erasure_reach_text(reach))
