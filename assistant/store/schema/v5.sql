-- Schema step (see migrations.py): refusals, unknown dates, people found by phone.
--
-- * `refused` is a status of its own (asked, and said no), in the ledger and in the
--   current statuses.
-- * `date_unknown` marks an event whose source did not say when the choice was made (a web
--   shop's export has a yes/no and no date): `occurred_at` then holds when it was recorded.
--   The flag is part of the event's hash from canonical scheme 2 on; the events already
--   in the ledger keep scheme 1 and their hashes, bit for bit.
-- * `subject.phone_key`: the phone number in E.164 form, the key people are found by when
--   a file gives no email.
--
-- SQLite cannot change a CHECK constraint: the two tables are built again and their rows
-- copied as they are (migrations.apply_step runs a step with foreign keys off and checks
-- them all before it commits).

CREATE TABLE consent_event_v3 (
    seq             INTEGER PRIMARY KEY,   -- 1, 2, 3... without gaps: the chain's order
    scheme          INTEGER NOT NULL DEFAULT 2,
    subject_id      INTEGER NOT NULL REFERENCES subject (id),
    identity_hash   TEXT NOT NULL,
    purpose_id      INTEGER REFERENCES consent_purpose (id),  -- NULL for an erasure
    -- The CHECKs spell out their lists with OR: SQLite builds a lookup table for a list
    -- "IN (...)" each time a statement runs, i.e. for every row of an executemany.
    kind            TEXT NOT NULL
                    CHECK (kind = 'granted' OR kind = 'withdrawn' OR kind = 'refused'
                           OR kind = 'erased'),
    occurred_at     TEXT NOT NULL,
    date_unknown    INTEGER NOT NULL DEFAULT 0 CHECK (date_unknown = 0 OR date_unknown = 1),
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
    CHECK ((kind = 'erased') = (purpose_id IS NULL)),
    -- scheme 1 hashes neither of them: an event that has one is of scheme 2 or later
    CHECK (scheme >= 2 OR (kind != 'refused' AND date_unknown = 0))
) STRICT;

INSERT INTO consent_event_v3 (seq, scheme, subject_id, identity_hash, purpose_id, kind,
    occurred_at, date_unknown, recorded_at, channel, channel_detail, notice_id, evidence,
    recorded_by, import_id, source_line, prev_hash, hash)
SELECT seq, scheme, subject_id, identity_hash, purpose_id, kind, occurred_at, 0,
    recorded_at, channel, channel_detail, notice_id, evidence, recorded_by, import_id,
    source_line, prev_hash, hash
FROM consent_event ORDER BY seq;

DROP TABLE consent_event;
ALTER TABLE consent_event_v3 RENAME TO consent_event;

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

-- Current state of each person for each purpose, derived from the ledger
-- (assistant.domain.consent.supersedes says which event wins).
CREATE TABLE consent_status_v3 (
    subject_id   INTEGER NOT NULL REFERENCES subject (id),
    purpose_id   INTEGER NOT NULL REFERENCES consent_purpose (id),
    kind         TEXT NOT NULL
                 CHECK (kind = 'granted' OR kind = 'withdrawn' OR kind = 'refused'
                        OR kind = 'erased'),
    occurred_at  TEXT NOT NULL,
    date_unknown INTEGER NOT NULL DEFAULT 0 CHECK (date_unknown = 0 OR date_unknown = 1),
    event_seq    INTEGER NOT NULL,
    PRIMARY KEY (subject_id, purpose_id)
) STRICT, WITHOUT ROWID;

INSERT INTO consent_status_v3 (subject_id, purpose_id, kind, occurred_at, date_unknown,
    event_seq)
SELECT subject_id, purpose_id, kind, occurred_at, 0, event_seq FROM consent_status;

DROP TABLE consent_status;
ALTER TABLE consent_status_v3 RENAME TO consent_status;

CREATE INDEX consent_status_by_purpose ON consent_status (purpose_id, kind, occurred_at);

-- People found by phone: several people may share one (a family's landline), so the key
-- is not unique; an import finds a person by phone only when one person has it.
ALTER TABLE subject ADD COLUMN phone_key TEXT;
UPDATE subject SET phone_key = rgpd_phone_key(phone) WHERE phone != '' AND erased_at IS NULL;
CREATE INDEX subject_by_phone ON subject (phone_key) WHERE phone_key IS NOT NULL;
