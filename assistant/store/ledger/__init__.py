"""The consent ledger's tables and the only code that writes them: the people
(``subject``), the keys they are found by (``subject_key``), the events
(``consent_event``), their current statuses (``consent_status``) and the files imported
(``consent_import``).

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
