"""The demo shop's information notices: the website notice, published three months ago
(before the two drafts of the register were started), then one change to the loyalty
programme that it does not yet say: the Overview and the plan show it out of date, and the
children's workshop (not covered yet) asks for its notice. The CCTV sign is still to put up
(an action of the owner's own): it is not recorded.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from assistant.content.catalog import Lang
from assistant.domain.notices.document import NoticeKind, default_scope
from assistant.domain.processing import ProcessingStatus
from assistant.exchange.notice_files import prepare_notice, record_notice
from assistant.store.dossier import Dossier

_TEXT = {
    "fr": {"birthday": "Offrir un bon d'anniversaire aux membres"},
    "en": {"birthday": "Give members a birthday voucher"},
}


def fill_notices_demo(dossier: Dossier, lang: Lang, *, today: date | None = None) -> None:
    today = today or date.today()
    published = today - timedelta(days=90)
    register = dossier.register.list()
    ids = [int(p.id or 0) for p in default_scope(NoticeKind.WEBSITE, register)
           if p.status is ProcessingStatus.ACTIVE]
    record_notice(dossier, prepare_notice(dossier, NoticeKind.WEBSITE, lang, ids,
                                          today=published))
    loyalty = next(p for p in register if p.template_id == "loyalty_programme")
    dossier.register.update(replace(
        loyalty, sub_purposes=(*loyalty.sub_purposes, _TEXT[lang]["birthday"])))
