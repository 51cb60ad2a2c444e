"""Warnings about where a dossier is: in a synced folder or on a network share (it can be
damaged there), or where other accounts of the computer can read it; each one can be silenced
for one dossier.

Functions of the window (``window`` is the :class:`~assistant.ui.main_window.MainWindow`):
its words stay in the window's translation context."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from assistant.ui.i18n import translate

if TYPE_CHECKING:
    from assistant.ui.main_window import MainWindow


def silenced(window: MainWindow, key: str) -> list[str]:
    """The dossiers a warning is no longer given for (QSettings gives one as a string)."""
    value = window.settings.value(key, []) or []
    if isinstance(value, str):
        return [value]
    return [str(item) for item in value] if isinstance(value, list) else []


def warn_once(window: MainWindow, setting: str, key: str, title: str, text: str) -> None:
    """The warning, with a box to tick for no more of it about this dossier (``key``)."""
    from PySide6.QtWidgets import QCheckBox, QMessageBox

    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, window)
    box.setCheckBox(
        QCheckBox(translate("MainWindow", "Do not warn me again for this dossier"), box)
    )
    box.exec()
    if box.checkBox().isChecked():
        window.settings.set_value(setting, [*silenced(window, setting), key])


def warn_about_location(window: MainWindow, path: Path) -> None:
    """A dossier on a network share or in a synced folder can be corrupted: say so."""
    from assistant.store.location import location_risk

    risk = location_risk(path)
    accepted = silenced(window, "location/accepted")
    key = str(path.resolve())
    if risk is None or key in accepted:
        return
    if risk.detail == "a cloud storage provider":  # no name known: say it in words
        from dataclasses import replace

        risk = replace(risk, detail=translate("MainWindow", "a cloud storage provider"))
    if risk.kind == "cloud":
        text = translate(
            "MainWindow",
            "This dossier is in a folder synchronised by %1. Sync software can copy the "
            "file while the app writes it, or merge two people's copies, and damage the "
            "dossier or lose changes.",
        ).replace("%1", risk.detail)
    else:
        text = translate(
            "MainWindow",
            "This dossier is on a network location (%1). File locks are not reliable "
            "there: if two people open it at once, or the connection drops while the app "
            "writes, the dossier can be damaged.",
        ).replace("%1", risk.detail)
    warn_once(
        window,
        "location/accepted",
        key,
        translate("MainWindow", "Risky location"),
        text
        + "\n\n"
        + translate(
            "MainWindow",
            "Safer: keep the dossier on this computer's disk and put backup "
            "copies (File › Save a backup copy) in the shared folder.",
        ),
    )
    window.statusBar().showMessage(
        translate("MainWindow", "Risky location: %1").replace("%1", risk.detail)
    )


def warn_about_exposure(window: MainWindow, path: Path) -> None:
    """On Windows, a dossier outside the user's own folders can be read by the other
    accounts of the computer (mode bits protect nothing there): say so, once per file
    if the user asks."""
    from assistant.store.exposure import exposure

    kind = exposure(path)
    accepted = silenced(window, "exposure/accepted")
    key = str(path.resolve())
    if kind is None or key in accepted:
        return
    where = {
        "public": translate(
            "MainWindow",
            "This dossier is in a public folder (Public Documents or "
            "Public Desktop): every account of this computer can read it.",
        ),
        "shared_data": translate(
            "MainWindow",
            "This dossier is in ProgramData, which every account of this computer can read.",
        ),
        "drive_root": translate(
            "MainWindow",
            "This dossier is at the root of a drive: by Windows' "
            "defaults every account of this computer can read it.",
        ),
        "outside_profile": translate(
            "MainWindow",
            "This dossier is outside your user folder: by "
            "Windows' defaults other accounts of this computer "
            "can read it.",
        ),
    }[kind]
    warn_once(
        window,
        "exposure/accepted",
        key,
        translate("MainWindow", "Who can read this dossier"),
        where
        + "\n\n"
        + translate(
            "MainWindow",
            "It holds personal data. Keep it in your own folders "
            "(Documents, or the app's folder), unless access to this "
            "folder is restricted.",
        )
        + "\n\n"
        + str(path),
    )
