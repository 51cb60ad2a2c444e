"""About: the version, the licence, and the licences of the parts the app bundles."""

from __future__ import annotations

import platform
from importlib import metadata

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from assistant import APP_DISPLAY_NAME, __version__
from assistant.ui.screen_fit import resize_within_screen


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "?"


def bundled_parts() -> list[tuple[str, str, str]]:
    """(name and version, licence, where to read it) of every third-party part shipped."""
    return [
        (f"Python {platform.python_version()}", "PSF License 2.0",
         "https://docs.python.org/3/license.html"),
        (f"Qt {qVersion()}", "GNU LGPL v3", "https://doc.qt.io/qt-6/lgpl.html"),
        (f"Qt for Python (PySide6) {pyside_version}", "GNU LGPL v3",
         "https://doc.qt.io/qtforpython-6/licenses.html"),
        (f"ReportLab {_version('reportlab')}", "BSD 3-Clause",
         "https://www.reportlab.com/opensource/"),
        (f"platformdirs {_version('platformdirs')}", "MIT",
         "https://github.com/tox-dev/platformdirs"),
        (f"jsonschema {_version('jsonschema')}", "MIT",
         "https://github.com/python-jsonschema/jsonschema"),
        (f"python-bidi {_version('python-bidi')}", "GNU LGPL v3",
         "https://github.com/MeirKriheli/python-bidi"),
        (f"arabic-reshaper {_version('arabic-reshaper')}", "MIT",
         "https://github.com/mpcabd/python-arabic-reshaper"),
        ("DejaVu fonts", "Bitstream Vera / DejaVu licence (free)",
         "https://dejavu-fonts.github.io/License.html"),
    ]


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About %1").replace("%1", APP_DISPLAY_NAME))
        title = QLabel(f"<h2>{APP_DISPLAY_NAME} {__version__}</h2>", self)
        text = QLabel(self.tr(
            "Helps small shops keep their GDPR register, consent records and documentation. "
            "It helps you organise your compliance; it is not legal advice.\n\n"
            "Free software under the GNU General Public License, version 3 or later: you may "
            "use, study, share and improve it."), self)
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        parts = QTextBrowser(self)
        parts.setOpenExternalLinks(True)
        heading = self.tr("Bundled parts and their licences")
        parts.setAccessibleName(heading)
        rows = "".join(
            f"<tr><td>{name}</td><td>{licence}</td><td><a href='{url}'>{url}</a></td></tr>"
            for name, licence, url in bundled_parts())
        parts.setHtml(f"<p><b>{heading}</b></p>"
                      f"<table cellpadding='3'>{rows}</table>")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addWidget(parts, 1)
        layout.addWidget(buttons)
        resize_within_screen(self, 720, 460)
