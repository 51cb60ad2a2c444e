"""The Consents page's summary per purpose reads one index, not a status row per person:
with a million statuses, a lookup each froze the page for seconds."""

from __future__ import annotations

from assistant.domain.consent import EventKind, Identity
from assistant.store.dossier import Dossier


def test_the_summary_per_purpose_reads_the_index_alone(new_dossier: Dossier) -> None:
    consents = new_dossier.consents
    newsletter = consents.purpose_by_code("newsletter")
    assert newsletter is not None and newsletter.id is not None
    assert newsletter.validity_months  # the default purposes have a validity
    old = consents.add_subject(Identity(email="a@x.fr")).id
    consents.record(old, newsletter.id, EventKind.GRANTED,
                    occurred_at="2020-01-02T10:00:00.000000Z")
    undated = consents.add_subject(Identity(email="b@x.fr")).id
    consents.record(undated, newsletter.id, EventKind.GRANTED, date_unknown=True)
    statements: list[str] = []
    new_dossier.conn.set_trace_callback(statements.append)
    try:
        summary = next(s for s in consents.purpose_summary() if s.code == "newsletter")
    finally:
        new_dossier.conn.set_trace_callback(None)
    # what the page shows, from that index alone
    assert (summary.granted, summary.date_unknown, summary.to_renew) == (2, 1, 1)
    reads = [s for s in statements if "consent_status" in s]
    assert reads
    for read in reads:
        plan = " ".join(str(row[3]) for row in
                        new_dossier.conn.execute("EXPLAIN QUERY PLAN " + read))
        assert "COVERING INDEX consent_status_by_purpose" in plan, (read, plan)
