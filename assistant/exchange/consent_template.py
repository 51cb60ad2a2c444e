"""A blank consent list in the app's own layout (File › Save an import template): the
contract's columns in the user's language, one example row to replace, saved as French
Excel opens it (UTF-8 with a BOM, ``;``, CRLF). Imported as it is, the example row is
refused (its address is ``example.org``'s and its purpose a placeholder), so nothing
false is ever recorded from a template left unfilled."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from assistant.store.outputs import write_output

HEADERS = {
    "fr": ["courriel", "telephone", "reference_client", "prenom", "nom", "finalite", "statut",
           "date", "date_inconnue", "canal", "version_mention", "preuve"],
    "en": ["email", "phone", "customer_ref", "first_name", "last_name", "purpose", "status",
           "date", "date_unknown", "channel", "notice_version", "evidence"],
}
EXAMPLE = {
    "fr": ["prenom.nom@example.org", "06 12 34 56 78", "C-0001", "Prénom", "Nom",
           "(code de la finalité : newsletter, sms…)", "oui", "31/01/2025 10:30", "non",
           "magasin", "", "bulletin papier n° 12"],
    "en": ["first.last@example.org", "06 12 34 56 78", "C-0001", "First", "Last",
           "(purpose code: newsletter, sms…)", "yes", "2025-01-31 10:30", "no", "in_store",
           "", "paper form no. 12"],
}


def template_bytes(lang: str) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADERS.get(lang, HEADERS["en"]))
    writer.writerow(EXAMPLE.get(lang, EXAMPLE["en"]))
    return out.getvalue().encode("utf-8-sig")


def write_template(target: Path, lang: str, *, overwrite: bool = False) -> Path:
    """Write the template (never onto a dossier; an existing file only when
    ``overwrite``)."""
    write_output(target, template_bytes(lang), overwrite=overwrite)
    return target
