"""The Requests page's "Prepare the answer" action (Ctrl+R, as "reply"): opens the answer
dialog for the selected request and shows, in the request's details, the answers filed for it.

The work is :mod:`assistant.reports.answers`'; this only opens the dialog and shows."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from assistant.content.answers import answer_words
from assistant.domain.rights_request import RightsRequest
from assistant.ui.changes import Area
from assistant.ui.i18n import current_lang
from assistant.ui.pages.record_page import h

if TYPE_CHECKING:
    from assistant.ui.pages.requests_page import RequestsPage


class RequestAnswerActions(QObject):
    def __init__(self, page: RequestsPage) -> None:
        super().__init__(page)
        self.page = page
        self.act_answer = page.add_action(self.tr("Prepare the &answer…"), "Ctrl+R",
                                          self.prepare)
        self.act_answer.setToolTip(self.tr("Write the letter (and the data files) the "
                                           "selected request calls for, and file it (Ctrl+R)"))
        self.folder: Path | None = None  # the last folder chosen, offered again

    def update(self) -> None:
        ids = self.page.selected_ids()
        dossier = self.page.session.dossier
        self.act_answer.setEnabled(len(ids) == 1 and dossier is not None
                                   and not dossier.read_only)

    def details_html(self, request: RightsRequest) -> str:
        """The answers filed for the request, each with its date, channel and files."""
        dossier = self.page.session.dossier
        if dossier is None or request.id is None:
            return ""
        filed = dossier.request_answers.answers(request.id)
        proof = dossier.request_answers.identity(request.id)
        words = answer_words(current_lang())
        lines = []
        if proof is not None:
            method = words.choice("identity_methods", proof.method.value).label
            lines.append(self.tr("Identity checked on %1: %2").replace(
                "%1", words.day(proof.checked_on)).replace(
                "%2", method + (f" ({proof.detail})" if proof.detail else "")))
        for a in filed:
            lines.append(self.tr("Answer filed: %1 v%2, sent on %3 — files: %4, SHA-256 of "
                                 "the letter %5…")
                         .replace("%1", words.t("filed", a.kind.value))
                         .replace("%2", str(a.version)).replace("%3", words.day(a.sent_on))
                         .replace("%4", str(len(a.files)))
                         .replace("%5", a.files[0].sha256[:16] if a.files else "—"))
        if not filed and not request.answered_on:
            lines.append(self.tr("Prepare the answer (Ctrl+R): the letter this request calls "
                                 "for, ready to edit or send."))
        if not lines:
            return ""
        return "<p>" + "<br>".join(h(line) for line in lines) + "</p>"

    def prepare(self) -> None:
        from assistant.ui.dialogs.answer_dialog import AnswerDialog

        ids = self.page.selected_ids()
        dossier = self.page.session.dossier
        if len(ids) != 1 or dossier is None or dossier.read_only:
            return
        request = dossier.requests.get(ids[0])
        if request is None:
            return
        folder = self.folder or dossier.path.parent
        dialog = AnswerDialog(self.page.session, request, self.page, folder=folder)
        dialog.exec()
        if dialog.written:
            self.folder = dialog.written[0].parent
        self.page.session.changed.emit(Area.REQUESTS | Area.DOCUMENTS)
