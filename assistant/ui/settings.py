"""The app's own settings (language, recent dossiers, window layout), in an INI file under
the config folder so that tests and ``--data-dir`` can redirect it."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from assistant.content.catalog import Lang, normalise_lang, system_lang
from assistant.paths import config_dir, owner_only

MAX_RECENT = 10


class Settings:
    def __init__(self) -> None:
        self._file = config_dir() / "settings.ini"
        if not self._file.exists():  # made owner-only before Qt writes into it
            with contextlib.suppress(OSError):
                os.close(os.open(self._file, os.O_CREAT | os.O_WRONLY, 0o600))
        owner_only(self._file)
        self._q = QSettings(str(self._file), QSettings.Format.IniFormat)

    # language: "" means "follow the system"
    @property
    def language_choice(self) -> str:
        return str(self._q.value("ui/language", "") or "")

    @language_choice.setter
    def language_choice(self, value: str) -> None:
        self._q.setValue("ui/language", value)

    def language(self) -> Lang:
        choice = self.language_choice
        return normalise_lang(choice) if choice else system_lang()

    def recent(self) -> list[Path]:
        raw = self._q.value("files/recent", []) or []
        if isinstance(raw, str):  # an INI file gives a list of one as its one string
            raw = [raw]
        if not isinstance(raw, list):
            return []
        return [Path(str(p)) for p in raw if p]

    def add_recent(self, path: Path) -> None:
        path = path.resolve()
        items = [p for p in self.recent() if p != path]
        self._q.setValue("files/recent", [str(p) for p in [path, *items][:MAX_RECENT]])

    def remove_recent(self, path: Path) -> None:
        self._q.setValue("files/recent", [str(p) for p in self.recent() if p != path])

    def clear_recent(self) -> None:
        self._q.setValue("files/recent", [])

    @property
    def last_dossier(self) -> Path | None:
        value = self._q.value("files/last", "")
        return Path(str(value)) if value else None

    @last_dossier.setter
    def last_dossier(self, path: Path | None) -> None:
        self._q.setValue("files/last", str(path) if path else "")

    @property
    def first_run_done(self) -> bool:
        return str(self._q.value("ui/first_run_done", "false")) == "true"

    @first_run_done.setter
    def first_run_done(self, value: bool) -> None:
        self._q.setValue("ui/first_run_done", "true" if value else "false")

    def window_state(self) -> tuple[QByteArray | None, QByteArray | None]:
        geometry = self._q.value("window/geometry")
        state = self._q.value("window/state")
        return (geometry if isinstance(geometry, QByteArray) else None,
                state if isinstance(state, QByteArray) else None)

    def save_window_state(self, geometry: QByteArray, state: QByteArray) -> None:
        self._q.setValue("window/geometry", geometry)
        self._q.setValue("window/state", state)

    def value(self, key: str, default: object = None) -> object:
        return self._q.value(key, default)

    def set_value(self, key: str, value: object) -> None:
        self._q.setValue(key, value)

    def sync(self) -> None:
        self._q.sync()
        owner_only(self._file)  # Qt rewrites the file whole, with the umask's rights
