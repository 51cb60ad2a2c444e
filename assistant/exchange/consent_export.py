"""Exporting the consent ledger, or everyone's current status, to CSV.

The file opens cleanly in a French Excel: UTF-8 with a BOM, ``;`` between values, CRLF line
ends, and no cell that a spreadsheet would run as a formula (a value starting with ``=``,
``+``, ``-``, ``@``, a tab or a carriage return gets a leading apostrophe; the import removes
it again). Its column names are the import contract's, so an export imports into another
dossier; the extra columns (hashes, who recorded, the file an event came from) are ignored
there. An event whose source did not say when the choice was made says so in words in the
column ``date_unknown`` (``date_inconnue``) beside its date, which is then only the date it
was recorded; the import reads that column back. The caller shows the event count and chain
head the export was made at (the CLI prints them), so they can be kept apart from the file.
"""

from __future__ import annotations

from collections.abc import Generator
from pathlib import Path

from assistant.content.catalog import Lang
from assistant.domain import excel_csv
from assistant.domain.progress import Progress
from assistant.store.consent_repo import ledger_status_batches, subjects_by_id
from assistant.store.dossier import Dossier
from assistant.store.outputs import output_path

BATCH = 10_000

_LEDGER = {
    "en": ["seq", "date", "date_unknown", "status", "purpose", "email", "customer_ref",
           "first_name", "last_name", "phone", "channel", "channel_detail", "notice_version",
           "notice_sha256", "evidence", "recorded_by", "recorded_at", "source", "subject_id",
           "hash", "prev_hash"],
    "fr": ["numero", "date", "date_inconnue", "statut", "finalite", "courriel",
           "reference_client", "prenom", "nom", "telephone", "canal", "precision_canal",
           "version_mention",
           "empreinte_mention", "preuve", "enregistre_par", "enregistre_le", "source",
           "id_personne", "empreinte", "empreinte_precedente"],
}
_STATUS = {
    "en": ["email", "customer_ref", "first_name", "last_name", "phone", "purpose", "status",
           "date", "date_unknown", "subject_id", "event_seq"],
    "fr": ["courriel", "reference_client", "prenom", "nom", "telephone", "finalite", "statut",
           "date", "date_inconnue", "id_personne", "numero_evenement"],
}
# The date_unknown cell: the words a reader (and the import) understands.
_UNKNOWN = {"en": ("", "yes: date unknown"), "fr": ("", "oui : date inconnue")}


guard = excel_csv.formula_safe  # the formula-injection guard of every exported cell


def export_consents(dossier: Dossier, target: Path | str, *, lang: Lang = "fr",
                    statuses: bool = False,
                    overwrite: bool = False) -> Generator[Progress, None, Path]:
    """Write the ledger (one row per event) or the current statuses (one row per person and
    purpose) to ``target``, atomically; an existing file is replaced only when
    ``overwrite``."""
    target = Path(target)
    conn = dossier.conn
    head = dossier.consents.chain_head()
    unknown = _UNKNOWN[lang]
    with output_path(target, overwrite=overwrite, reading=[dossier.path]) as tmp, \
            tmp.open("w", encoding=excel_csv.ENCODING, newline="") as out:
        writer = excel_csv.writer(out)
        if statuses:
            total = conn.execute("SELECT count(*) FROM consent_status").fetchone()[0]  # a bar
            writer.writerow(_STATUS[lang])
            # derived from the ledger itself, never from the status table: an export is
            # what others rely on
            codes = {p.id: p.code for p in dossier.consents.purposes()}
            done = 0
            for rows in ledger_status_batches(conn, BATCH):
                people = subjects_by_id(conn, [r[0] for r in rows])
                for sid, pid, kind, when, date_unknown, seq in rows:
                    email, ref, first, last, phone, uid = people[sid]
                    cells = [guard(v) for v in (email, ref, first, last, phone, codes[pid],
                                                kind, when, None, uid, seq)]
                    cells[8] = unknown[bool(date_unknown)]
                    writer.writerow(cells)
                done += len(rows)
                yield Progress(done, total, "export")
        else:
            total = head.count
            writer.writerow(_LEDGER[lang])
            last_seq = 0
            while True:
                rows = conn.execute(
                    "SELECT e.seq, e.occurred_at, e.date_unknown, e.kind, coalesce(p.code, ''), "
                    "s.email, "
                    "coalesce(s.customer_ref, ''), s.first_name, s.last_name, s.phone, "
                    "e.channel, e.channel_detail, coalesce(n.version, ''), "
                    "coalesce(n.sha256, ''), e.evidence, e.recorded_by, e.recorded_at, "
                    "coalesce(i.file_name || ':' || e.source_line, ''), s.uid, e.hash, "
                    "e.prev_hash FROM consent_event e "
                    "JOIN subject s ON s.id = e.subject_id "
                    "LEFT JOIN consent_purpose p ON p.id = e.purpose_id "
                    "LEFT JOIN notice_version n ON n.id = e.notice_id "
                    "LEFT JOIN consent_import i ON i.id = e.import_id "
                    "WHERE e.seq > ? ORDER BY e.seq LIMIT ?", (last_seq, BATCH)).fetchall()
                if not rows:
                    break
                for r in rows:
                    cells = [guard(v) for v in r]
                    cells[2] = unknown[bool(r[2])]
                    writer.writerow(cells)
                last_seq = rows[-1][0]
                yield Progress(last_seq, total, "export")
    yield Progress(1, 1, "done")
    return target
