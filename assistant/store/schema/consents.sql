-- Part of schema version 1: the consents area (see migrations.py).
-- Consent records (GDPR Art. 7(1)): purposes, their wordings, people, and the append-only,
-- hash-chained ledger of events. The canonical form the chain hashes is documented in
-- assistant/domain/consent.py. People's identities live in `subject`, apart from the events:
-- erasing a person blanks the identity (and its salt) and appends an erasure event, so the
-- chain still verifies and the erased identity cannot be linked again.

CREATE TABLE consent_purpose (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    code            TEXT NOT NULL UNIQUE
                    CHECK (length(code) BETWEEN 1 AND 50 AND code NOT GLOB '*[^a-z0-9_]*'),
    label           TEXT NOT NULL CHECK (length(label) BETWEEN 1 AND 200),
    description     TEXT NOT NULL DEFAULT '',
    processing_id   INTEGER REFERENCES processing (id) ON DELETE RESTRICT,
    validity_months INTEGER CHECK (validity_months IS NULL
                                   OR validity_months BETWEEN 1 AND 1200),
    archived        INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
) STRICT;

CREATE INDEX consent_purpose_by_processing ON consent_purpose (processing_id);

-- A purpose's code is what the ledger's hashes name: it never changes.
CREATE TRIGGER consent_purpose_code_is_fixed BEFORE UPDATE OF code ON consent_purpose
WHEN NEW.code IS NOT OLD.code
BEGIN
    SELECT RAISE(ABORT, 'consent purpose codes cannot change');
END;

CREATE TABLE notice_version (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    purpose_id      INTEGER NOT NULL REFERENCES consent_purpose (id) ON DELETE RESTRICT,
    version         TEXT NOT NULL CHECK (length(version) BETWEEN 1 AND 50),
    language        TEXT NOT NULL DEFAULT 'fr',
    text            TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 20000),
    sha256          TEXT NOT NULL CHECK (length(sha256) = 64),
    effective_from  TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    UNIQUE (purpose_id, version)
) STRICT;

-- A wording is kept word for word: the events that cite it hash its SHA-256.
CREATE TRIGGER notice_version_is_fixed BEFORE UPDATE ON notice_version
BEGIN
    SELECT RAISE(ABORT, 'a notice version is kept as it was shown; add a new version');
END;

CREATE TABLE subject (
    id              INTEGER PRIMARY KEY,
    uid             TEXT NOT NULL CHECK (length(uid) = 32),  -- unique: subject_by_uid
    email           TEXT NOT NULL DEFAULT '',
    email_key       TEXT,   -- casefolded email, NULL when none (unique)
    customer_ref    TEXT,   -- NULL when none (unique)
    first_name      TEXT NOT NULL DEFAULT '',
    last_name       TEXT NOT NULL DEFAULT '',
    phone           TEXT NOT NULL DEFAULT '',
    salt            BLOB,   -- 16 random bytes; NULL once erased
    sort_key        TEXT NOT NULL DEFAULT '',  -- folded "last first email ref", for the list
    search          TEXT NOT NULL DEFAULT '',  -- folded search keys, space-separated
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    erased_at       TEXT
) STRICT;

-- Indexes, not UNIQUE constraints: a large CSV import drops those it does not read while it
-- writes and builds them again, sorted, before it commits (consent_import.py).
CREATE UNIQUE INDEX subject_by_uid ON subject (uid);
CREATE UNIQUE INDEX subject_by_email ON subject (email_key) WHERE email_key IS NOT NULL;
CREATE UNIQUE INDEX subject_by_ref ON subject (customer_ref) WHERE customer_ref IS NOT NULL;
CREATE INDEX subject_by_sort_key ON subject (sort_key, id);

CREATE TRIGGER subject_uid_is_fixed BEFORE UPDATE OF uid ON subject
WHEN NEW.uid IS NOT OLD.uid
BEGIN
    SELECT RAISE(ABORT, 'a subject id never changes');
END;

CREATE TRIGGER subject_is_never_deleted BEFORE DELETE ON subject
BEGIN
    SELECT RAISE(ABORT, 'people are erased, never deleted: the ledger refers to them');
END;

-- Folded words a person is found by (names, email, reference, phone digits): an index of
-- `subject`, written with it. No foreign key: people are never deleted, and checking one
-- for each key, in key order, costs a random read of `subject` per key (an import of a
-- million people spent 17 s on them).
CREATE TABLE subject_key (
    key         TEXT NOT NULL,
    subject_id  INTEGER NOT NULL,  -- subject (id)
    PRIMARY KEY (key, subject_id)
) STRICT, WITHOUT ROWID;

-- One row per imported file (by content): re-importing it changes nothing.
CREATE TABLE consent_import (
    id          INTEGER PRIMARY KEY,
    sha256      TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
    file_name   TEXT NOT NULL DEFAULT '',
    imported_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL DEFAULT '',
    rows_read   INTEGER NOT NULL,
    events_added INTEGER NOT NULL
) STRICT;

CREATE TABLE consent_event (
    seq             INTEGER PRIMARY KEY,   -- 1, 2, 3... without gaps: the chain's order
    scheme          INTEGER NOT NULL DEFAULT 1,
    subject_id      INTEGER NOT NULL REFERENCES subject (id),
    identity_hash   TEXT NOT NULL,
    purpose_id      INTEGER REFERENCES consent_purpose (id),  -- NULL for an erasure
    -- The CHECKs spell out their lists with OR: SQLite builds a lookup table for a list
    -- "IN (...)" each time a statement runs, i.e. for every row of an executemany (measured:
    -- 9 us per event, more than the rest of the insert).
    kind            TEXT NOT NULL
                    CHECK (kind = 'granted' OR kind = 'withdrawn' OR kind = 'erased'),
    occurred_at     TEXT NOT NULL,
    recorded_at     TEXT NOT NULL,
    channel         TEXT NOT NULL
                    CHECK (channel = 'in_store' OR channel = 'web' OR channel = 'paper'
                           OR channel = 'email' OR channel = 'phone' OR channel = 'other'
                           OR channel = 'system'),
    channel_detail  TEXT NOT NULL DEFAULT '',
    notice_id       INTEGER REFERENCES notice_version (id),
    evidence        TEXT NOT NULL DEFAULT '',
    recorded_by     TEXT NOT NULL DEFAULT '',
    import_id       INTEGER REFERENCES consent_import (id),
    source_line     INTEGER,
    prev_hash       TEXT NOT NULL,
    hash            TEXT NOT NULL,
    CHECK ((kind = 'erased') = (purpose_id IS NULL))
) STRICT;

CREATE INDEX consent_event_by_subject ON consent_event (subject_id, purpose_id, occurred_at);

-- The ledger is append-only: an event is never changed or removed.
CREATE TRIGGER consent_event_no_update BEFORE UPDATE ON consent_event
BEGIN
    SELECT RAISE(ABORT, 'the consent ledger is append-only: events cannot be changed');
END;

CREATE TRIGGER consent_event_no_delete BEFORE DELETE ON consent_event
BEGIN
    SELECT RAISE(ABORT, 'the consent ledger is append-only: events cannot be deleted');
END;

-- Current state of each person for each purpose: the latest event by time (then by seq).
-- Derived from the ledger (verify rebuilds it and compares), kept for fast figures.
CREATE TABLE consent_status (
    subject_id  INTEGER NOT NULL REFERENCES subject (id),
    purpose_id  INTEGER NOT NULL REFERENCES consent_purpose (id),
    kind        TEXT NOT NULL
                CHECK (kind = 'granted' OR kind = 'withdrawn' OR kind = 'erased'),
    occurred_at TEXT NOT NULL,
    event_seq   INTEGER NOT NULL,
    PRIMARY KEY (subject_id, purpose_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX consent_status_by_purpose ON consent_status (purpose_id, kind, occurred_at);

-- A processing that a consent purpose belongs to cannot be deleted (the processing
-- repository turns this into its InUse error; the text is shown as the detail, in both
-- languages because SQLite cannot choose one).
CREATE TRIGGER processing_used_by_consent_purpose BEFORE DELETE ON processing
WHEN EXISTS (SELECT 1 FROM consent_purpose WHERE processing_id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'des finalités de consentement s''y rattachent / consent purposes belong to it');
END;
