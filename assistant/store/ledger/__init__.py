"""The consent ledger's tables and the only code that writes them: the people
(``subject``), the words they are found by (``subject_search``, a contentless FTS5 index),
the events (``consent_event``: lean rows, hashes as bytes, times as integer microseconds,
no copy of the previous hash), when and by whom each write was recorded
(``consent_batch``), the events' current statuses (``consent_status``) and the files
imported (``consent_import``). Readers see the events as their hashes cover them through
the view ``consent_event_text`` (:mod:`~assistant.store.ledger.times` converts, exactly both
ways).

- :func:`~assistant.store.ledger.append.append`: one event typed in (the Consents page,
  ``consents record``, the till, the customer's screen, a request's withdrawal), and
  :func:`~assistant.store.ledger.append.erase` for an erasure;
- :func:`~assistant.store.ledger.bulk.bulk`: many events at once (a CSV import), with the
  index builds, SQLite settings, staging, statuses and import bookkeeping that go with it;
- :mod:`~assistant.store.ledger.restore`: a ledger read from a JSON dossier, as it was;
- :mod:`~assistant.store.ledger.people`: the people's identities and search keys.

Each event is hashed over the canonical form of :mod:`assistant.domain.consent`, whose one
field list (``CANONICAL_FIELDS``) drives the hash of :func:`append`, the template of the
bulk path and the SQL ``verify`` recomputes it with (:func:`~assistant.store.ledger.sql.
canonical_printf`).
"""
