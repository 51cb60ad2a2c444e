"""Choose a template of typical shop processing to start a register entry from."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from assistant.content.loader import Template, load_templates
from assistant.content.sectors import sector_suggestions
from assistant.domain.text import contract_fr
from assistant.ui.colours import brush
from assistant.ui.i18n import current_lang, translate
from assistant.ui.models.clock_text import colon
from assistant.ui.screen_fit import resize_within_screen
from assistant.ui.vocab import label


def counted_from(words: str, trigger: str) -> str:
    """"from" and a retention's start, as the language joins them ("à compter du dernier
    contact", not "de le")."""
    return contract_fr(f"{words} {trigger}")


def _html(text: str) -> str:
    return html.escape(text, quote=False)


class TemplateDialog(QDialog):
    """The templates, those usual for the shop's sector first (with why), those the
    register already has marked."""

    def __init__(self, parent: QWidget | None = None, *, sector: str = "",
                 held: set[str] | frozenset[str] = frozenset()) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New processing from a template"))
        everything = load_templates(current_lang())
        found = sector_suggestions(current_lang(), sector) if sector else None
        suggested = [s.template for s in found.items] if found else []
        self._why = {s.template.id: s.why for s in found.items} if found else {}
        others = [t for t in everything if t not in suggested]
        self.templates: list[Template] = []
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Templates"))
        groups = [(self.tr("Usual for your sector (%1)").replace("%1", found.label), suggested),
                  (self.tr("Other templates"), others)] if found else [("", others)]
        self._rows: list[Template | None] = []  # None: a heading
        for heading, templates in groups:
            if heading:
                item = QListWidgetItem(heading, self.list)
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                font = item.font()
                font.setBold(True)
                item.setFont(font)
                item.setForeground(brush("muted"))
                self._rows.append(None)
            for t in templates:
                mark = self.tr(" (in your register)") if t.id in held else ""
                item = QListWidgetItem(t.name + mark, self.list)
                item.setData(Qt.ItemDataRole.UserRole, t.id)
                self._rows.append(t)
                self.templates.append(t)
        self.details = QTextBrowser(self)
        self.details.setAccessibleName(self.tr("Template details"))
        self.details.setOpenLinks(False)
        self.list.currentRowChanged.connect(self._show)
        self.list.itemActivated.connect(lambda _i: self.accept())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Use this template"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.list, 2)
        row.addWidget(self.details, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)
        resize_within_screen(self, 860, 520)
        first = next((i for i, t in enumerate(self._rows) if t is not None), -1)
        if first >= 0:
            self.list.setCurrentRow(first)

    def chosen(self) -> Template | None:
        row = self.list.currentRow()
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def _show(self, row: int) -> None:
        t = self._rows[row] if 0 <= row < len(self._rows) else None
        if t is None:
            self.details.clear()
            return
        p = t.to_processing()
        # tr() outside the f-strings: lupdate does not see it inside them
        basis, since = colon(self.tr("Legal basis")), self.tr("from")
        data, sources = colon(self.tr("Data and retention")), colon(self.tr("Sources"))
        parts = [f"<h3>{_html(t.name)}</h3>", f"<p>{_html(t.summary)}</p>"]
        if self._why.get(t.id):
            usual = colon(self.tr("Usual for your sector"))
            parts.append(f"<p><b>{_html(usual)}</b> {_html(self._why[t.id])}</p>")
        if p.legal_basis:
            parts.append(f"<p><b>{_html(basis)}</b> "
                         f"{_html(label('legal_bases', p.legal_basis.value))}</p>")
        rows = []
        for c in p.data_categories:
            r = p.retention_for(c)
            duration = ""
            if r.value is not None and r.unit is not None:
                duration = f"{r.value} {_html(self._unit(r.unit.value))}"
            if r.trigger:
                trigger = label("retention_triggers", r.trigger)
                duration += f" ({_html(counted_from(since, trigger))})"
            name = colon(label("data_categories", c.category))  # "Identité : 5 ans"
            rows.append(f"<li>{_html(name)} {duration}</li>")
        if rows:
            parts.append(f"<p><b>{_html(data)}</b></p><ul>"
                         + "".join(rows) + "</ul>")
        if t.sources:
            parts.append(f"<p><b>{_html(sources)}</b></p><ul>"
                         + "".join(f"<li>{_html(s)}</li>" for s in t.sources) + "</ul>")
        self.details.setHtml("".join(parts))

    def _unit(self, unit: str) -> str:

        return {"days": translate("Units", "days"),
                "months": translate("Units", "months"),
                "years": translate("Units", "years")}[unit]
