"""The organisation's identity (the controller of Art. 30(1)(a)) as a form, used by the
new-dossier dialog and by the organisation dialog."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from assistant.content.messages import messages
from assistant.domain.findings import Finding
from assistant.domain.organisation import Organisation, check_organisation
from assistant.ui.i18n import current_lang
from assistant.ui.screen_fit import text_height
from assistant.ui.widgets.vocab_combo import VocabCombo


class OrganisationForm(QWidget):
    changed = Signal()

    def __init__(self, org: Organisation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._original = org
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        def line(label: str, value: str, accessible: str, placeholder: str = "") -> QLineEdit:
            edit = QLineEdit(value, self)
            edit.setAccessibleName(accessible)
            edit.setMaxLength(500)
            if placeholder:
                edit.setPlaceholderText(placeholder)
            edit.textChanged.connect(lambda _text: self.changed.emit())
            form.addRow(label, edit)
            return edit

        self.legal_name = line(self.tr("&Legal name:"), org.legal_name, self.tr("Legal name"),
                               self.tr("As registered, e.g. Au Pain Doré SARL"))
        self.trade_name = line(self.tr("&Trade name:"), org.trade_name, self.tr("Trade name"),
                               self.tr("The shop's sign, if different"))
        self.legal_form = line(self.tr("Legal &form:"), org.legal_form, self.tr("Legal form"),
                               self.tr("SARL, SAS, EI, micro-entreprise…"))
        self.siren = line(self.tr("S&IREN:"), org.siren, self.tr("SIREN"),
                          self.tr("9 digits"))
        self.siret = line(self.tr("SI&RET:"), org.siret, self.tr("SIRET"),
                          self.tr("14 digits (SIREN + establishment number)"))
        self.vat_number = line(self.tr("VAT &number:"), org.vat_number, self.tr("VAT number"),
                               self.tr("FR, two digits, the SIREN (on your invoices)"))
        self.address = QPlainTextEdit(org.address, self)
        self.address.setAccessibleName(self.tr("Address"))
        self.address.setTabChangesFocus(True)
        self.address.setMaximumHeight(text_height(self.address, 4.5))
        self.address.textChanged.connect(self.changed.emit)
        form.addRow(self.tr("&Address:"), self.address)
        self.postcode = line(self.tr("&Postcode:"), org.postcode, self.tr("Postcode"))
        self.city = line(self.tr("&City:"), org.city, self.tr("City"))
        self.country = line(self.tr("Co&untry:"), org.country, self.tr("Country"))
        self.representative_name = line(self.tr("Representati&ve:"), org.representative_name,
                                        self.tr("Representative"),
                                        self.tr("The legal representative's name"))
        self.representative_role = line(self.tr("Their r&ole:"), org.representative_role,
                                        self.tr("Representative's role"),
                                        self.tr("Manager, chair…"))
        self.email = line(self.tr("&Email:"), org.email, self.tr("Email"))
        self.phone = line(self.tr("P&hone:"), org.phone, self.tr("Phone"))
        self.website = line(self.tr("&Website:"), org.website, self.tr("Website"))
        self.sector = VocabCombo("sectors", self)
        self.sector.set_code(org.sector)
        self.sector.setAccessibleName(self.tr("Sector"))
        self.sector.code_changed.connect(lambda _c: self.changed.emit())
        form.addRow(self.tr("&Sector:"), self.sector)
        self.problems = QLabel(self)
        self.problems.setWordWrap(True)
        form.addRow(self.problems)
        self.changed.connect(self._refresh)
        self._refresh()

    def organisation(self) -> Organisation:
        return replace(
            self._original,
            legal_name=self.legal_name.text(), trade_name=self.trade_name.text(),
            legal_form=self.legal_form.text(), siren=self.siren.text(),
            siret=self.siret.text(), vat_number=self.vat_number.text(),
            address=self.address.toPlainText(),
            postcode=self.postcode.text(), city=self.city.text(), country=self.country.text(),
            representative_name=self.representative_name.text(),
            representative_role=self.representative_role.text(), email=self.email.text(),
            phone=self.phone.text(), website=self.website.text(), sector=self.sector.code(),
        )

    def findings(self) -> list[Finding]:
        return check_organisation(self.organisation().normalised())

    def _refresh(self) -> None:
        msg = messages(current_lang())
        lines = [msg.finding_with_field(f) for f in self.findings()]
        self.problems.setText("\n".join(f"• {x}" for x in lines))
