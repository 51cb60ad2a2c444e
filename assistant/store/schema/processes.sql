-- Part of schema version 1: the processes area (see migrations.py).
-- Internal processes: rights requests (GDPR Art. 12(3)), the breach register (Art. 33(5)),
-- and what the processor register adds for Art. 28 contracts and transfers.
-- Dates are 'YYYY-MM-DD' text (checked to be real dates), moments canonical UTC text.

CREATE TABLE rights_request (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    reference          TEXT NOT NULL DEFAULT '',
    "right"            TEXT NOT NULL CHECK ("right" IN ('access', 'rectification', 'erasure',
                           'restriction', 'portability', 'objection', 'consent_withdrawal',
                           'other')),
    right_detail       TEXT NOT NULL DEFAULT '',
    requester          TEXT NOT NULL CHECK (length(requester) BETWEEN 1 AND 200),
    requester_contact  TEXT NOT NULL DEFAULT '',
    subject_reference  TEXT NOT NULL DEFAULT '',
    received_on        TEXT NOT NULL CHECK (date(received_on) IS received_on),
    received_via       TEXT NOT NULL DEFAULT '',
    request_text       TEXT NOT NULL DEFAULT '',
    identity_check     TEXT NOT NULL DEFAULT 'pending'
                       CHECK (identity_check IN ('pending', 'information_requested',
                           'verified', 'not_needed', 'failed')),
    extended           INTEGER NOT NULL DEFAULT 0 CHECK (extended IN (0, 1)),
    extension_reason   TEXT NOT NULL DEFAULT '',
    extension_told_on  TEXT CHECK (extension_told_on IS NULL
                           OR date(extension_told_on) IS extension_told_on),
    answered_on        TEXT CHECK (answered_on IS NULL OR date(answered_on) IS answered_on),
    answer_outcome     TEXT CHECK (answer_outcome IS NULL OR answer_outcome IN ('fulfilled',
                           'partially_fulfilled', 'refused', 'no_data', 'withdrawn')),
    answer_summary     TEXT NOT NULL DEFAULT '',
    answer_evidence    TEXT NOT NULL DEFAULT '',
    notes              TEXT NOT NULL DEFAULT '',
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    CHECK (answered_on IS NULL OR answered_on >= received_on)
) STRICT;

CREATE TABLE breach (
    id                     INTEGER PRIMARY KEY AUTOINCREMENT,
    reference              TEXT NOT NULL DEFAULT '',
    summary                TEXT NOT NULL CHECK (length(summary) BETWEEN 1 AND 200),
    aware_at               TEXT NOT NULL,
    occurred_at            TEXT,
    breach_types           TEXT NOT NULL DEFAULT '[]' CHECK (json_type(breach_types) = 'array'),
    what_happened          TEXT NOT NULL DEFAULT '',
    data_concerned         TEXT NOT NULL DEFAULT '',
    people_concerned       TEXT NOT NULL DEFAULT '',
    people_count           INTEGER CHECK (people_count IS NULL OR people_count >= 0),
    records_count          INTEGER CHECK (records_count IS NULL OR records_count >= 0),
    likely_consequences    TEXT NOT NULL DEFAULT '',
    measures_taken         TEXT NOT NULL DEFAULT '',
    risk_level             TEXT NOT NULL DEFAULT 'unassessed'
                           CHECK (risk_level IN ('unassessed', 'unlikely', 'risk', 'high')),
    risk_reasoning         TEXT NOT NULL DEFAULT '',
    authority_notified_at  TEXT,
    authority_reference    TEXT NOT NULL DEFAULT '',
    delay_reason           TEXT NOT NULL DEFAULT '',
    people_notified_at     TEXT,
    people_notice          TEXT NOT NULL DEFAULT '',
    people_exemption       TEXT CHECK (people_exemption IS NULL OR people_exemption IN
                               ('protected', 'risk_removed', 'public_notice')),
    notes                  TEXT NOT NULL DEFAULT '',
    created_at             TEXT NOT NULL,
    updated_at             TEXT NOT NULL
) STRICT;

-- The processor's contract (Art. 28(3) items covered, as a JSON array of codes) and any
-- transfer outside the EEA with its safeguard.
ALTER TABLE processor ADD COLUMN contract_reference TEXT NOT NULL DEFAULT '';
ALTER TABLE processor ADD COLUMN contract_date TEXT NOT NULL DEFAULT ''
    CHECK (contract_date = '' OR date(contract_date) IS contract_date);
ALTER TABLE processor ADD COLUMN contract_clauses TEXT NOT NULL DEFAULT '[]'
    CHECK (json_type(contract_clauses) = 'array');
ALTER TABLE processor ADD COLUMN transfer_countries TEXT NOT NULL DEFAULT '';
ALTER TABLE processor ADD COLUMN transfer_safeguard TEXT NOT NULL DEFAULT '';

-- A rights request's person in the consent ledger, and what was done there for the request:
-- the erasure (Art. 17) with the ledger's erasure event, or the withdrawals of consent
-- (Art. 7(3)) recorded. Kept apart from the request's row so that undoing an edit of the
-- request can never undo the record of an erasure (which itself cannot be undone). No foreign
-- key to the request: a request deleted by mistake gets its link back with undo.
CREATE TABLE request_subject (
    request_id    INTEGER PRIMARY KEY,
    subject_id    INTEGER NOT NULL REFERENCES subject (id),
    linked_at     TEXT NOT NULL,
    erased_at     TEXT,
    erasure_seq   INTEGER REFERENCES consent_event (seq),
    withdrawn_at  TEXT,
    withdrawals   INTEGER NOT NULL DEFAULT 0 CHECK (withdrawals >= 0),
    CHECK ((erased_at IS NULL) = (erasure_seq IS NULL))
) STRICT;
