-- Schema step (see migrations.py): the consent ledger in lean rows, found through a
-- full-text index.
--
-- * `consent_event` keeps what differs from one event to the next only: its hashes as
--   32-byte blobs (the identity hash and the event's own), no copy of the previous
--   event's hash (it is the hash of the row before), the time it took place as integer
--   microseconds since 1970 (UTC). When and by whom it was recorded, and the file it came
--   from, are held once per write in `consent_batch`: an import of a million rows has one.
-- * `subject_search`, a contentless FTS5 index of the folded words a person is found by,
--   replaces the `subject_key` table and the `subject.search` copy of the same words.
--
-- Nothing the hashes cover changes: each value is converted by a function that refuses
-- any value it could not give back exactly (rgpd_hash_blob, rgpd_utc_micros: ledger/times.py,
-- registered by migrations.py), and `consent_event_text` gives every event back in the text the
-- canonical form hashes, so that a head printed before this step still verifies after it.
-- The times kept as text elsewhere (statuses, imports) are untouched.

CREATE TABLE consent_batch (
    id           INTEGER PRIMARY KEY,
    recorded_at  TEXT NOT NULL,
    recorded_by  TEXT NOT NULL DEFAULT '',
    import_id    INTEGER REFERENCES consent_import (id)
) STRICT;

-- used by this step only, to give each event its batch
CREATE INDEX temp_consent_batch_by_values ON consent_batch (recorded_at, recorded_by, import_id);
INSERT INTO consent_batch (recorded_at, recorded_by, import_id)
SELECT recorded_at, recorded_by, import_id FROM consent_event
GROUP BY recorded_at, recorded_by, import_id ORDER BY min(seq);

CREATE TABLE consent_event_lean (
    seq             INTEGER PRIMARY KEY,   -- 1, 2, 3... without gaps: the chain's order
    scheme          INTEGER NOT NULL DEFAULT 2,
    subject_id      INTEGER NOT NULL REFERENCES subject (id),
    identity_hash   BLOB NOT NULL CHECK (length(identity_hash) = 32),
    purpose_id      INTEGER REFERENCES consent_purpose (id),  -- NULL for an erasure
    -- The CHECKs spell out their lists with OR: SQLite builds a lookup table for a list
    -- "IN (...)" each time a statement runs, i.e. for every row of an executemany.
    kind            TEXT NOT NULL
                    CHECK (kind = 'granted' OR kind = 'withdrawn' OR kind = 'refused'
                           OR kind = 'erased'),
    occurred_at     INTEGER NOT NULL CHECK (occurred_at >= 0),  -- microseconds, UTC
    date_unknown    INTEGER NOT NULL DEFAULT 0 CHECK (date_unknown = 0 OR date_unknown = 1),
    channel         TEXT NOT NULL
                    CHECK (channel = 'in_store' OR channel = 'web' OR channel = 'paper'
                           OR channel = 'email' OR channel = 'phone' OR channel = 'other'
                           OR channel = 'system'),
    channel_detail  TEXT NOT NULL DEFAULT '',
    notice_id       INTEGER REFERENCES notice_version (id),
    evidence        TEXT NOT NULL DEFAULT '',
    batch_id        INTEGER NOT NULL REFERENCES consent_batch (id),
    source_line     INTEGER,
    hash            BLOB NOT NULL CHECK (length(hash) = 32),
    CHECK ((kind = 'erased') = (purpose_id IS NULL)),
    -- scheme 1 hashes neither of them: an event that has one is of scheme 2 or later
    CHECK (scheme >= 2 OR (kind != 'refused' AND date_unknown = 0))
) STRICT;

INSERT INTO consent_event_lean (seq, scheme, subject_id, identity_hash, purpose_id, kind,
    occurred_at, date_unknown, channel, channel_detail, notice_id, evidence, batch_id,
    source_line, hash)
SELECT e.seq, e.scheme, e.subject_id, rgpd_hash_blob(e.identity_hash), e.purpose_id, e.kind,
    rgpd_utc_micros(e.occurred_at), e.date_unknown, e.channel, e.channel_detail, e.notice_id,
    e.evidence, b.id, e.source_line, rgpd_hash_blob(e.hash)
FROM consent_event e
JOIN consent_batch b ON b.recorded_at = e.recorded_at AND b.recorded_by = e.recorded_by
    AND b.import_id IS e.import_id
ORDER BY e.seq;

-- A previous hash that is not the hash of the row before is a break of the chain that
-- verify names: such a ledger is not migrated (the backup made before the step keeps it
-- as it is, for whoever must look into it).
SELECT rgpd_refuse('the consent ledger is broken at event ' || e.seq
                   || ': run verify on the backup made before this step')
FROM consent_event e LEFT JOIN consent_event p ON p.seq = e.seq - 1
WHERE e.prev_hash IS NOT coalesce(p.hash, '0000000000000000000000000000000000000000000000000000000000000000')
ORDER BY e.seq LIMIT 1;

DROP INDEX temp_consent_batch_by_values;
-- (the guards of consent_status name the table: made again below)
DROP TRIGGER consent_status_follows_the_ledger;
DROP TRIGGER consent_status_moves_forward;
DROP TABLE consent_event;
ALTER TABLE consent_event_lean RENAME TO consent_event;

CREATE INDEX consent_event_by_subject ON consent_event (subject_id, purpose_id, occurred_at);
CREATE INDEX consent_event_unworded ON consent_event (purpose_id)
    WHERE kind = 'granted' AND notice_id IS NULL;

-- The ledger is append-only: an event is never changed or removed.
CREATE TRIGGER consent_event_no_update BEFORE UPDATE ON consent_event
BEGIN
    SELECT RAISE(ABORT, 'the consent ledger is append-only: events cannot be changed');
END;

CREATE TRIGGER consent_event_no_delete BEFORE DELETE ON consent_event
BEGIN
    SELECT RAISE(ABORT, 'the consent ledger is append-only: events cannot be deleted');
END;

-- A batch is part of the events' hashes (when and by whom they were recorded).
CREATE TRIGGER consent_batch_is_fixed BEFORE UPDATE ON consent_batch
BEGIN
    SELECT RAISE(ABORT, 'the consent ledger is append-only: events cannot be changed');
END;

-- Every event as it was stored before this step, its times and hashes in the text the
-- canonical form hashes (what the readers of the ledger show, export and compare).
CREATE VIEW consent_event_text AS
SELECT e.seq AS seq, e.scheme AS scheme, e.subject_id AS subject_id,
    lower(hex(e.identity_hash)) AS identity_hash, e.purpose_id AS purpose_id, e.kind AS kind,
    strftime('%Y-%m-%dT%H:%M:%S', e.occurred_at / 1000000, 'unixepoch')
        || printf('.%06dZ', e.occurred_at % 1000000) AS occurred_at,
    e.date_unknown AS date_unknown, b.recorded_at AS recorded_at, e.channel AS channel,
    e.channel_detail AS channel_detail, e.notice_id AS notice_id, e.evidence AS evidence,
    b.recorded_by AS recorded_by, b.import_id AS import_id, e.source_line AS source_line,
    coalesce((SELECT lower(hex(p.hash)) FROM consent_event p WHERE p.seq = e.seq - 1),
             '0000000000000000000000000000000000000000000000000000000000000000') AS prev_hash,
    lower(hex(e.hash)) AS hash
FROM consent_event e JOIN consent_batch b ON b.id = e.batch_id;

-- The guards of consent_status (schema step 8), with the event's time read as text.

CREATE TRIGGER consent_status_follows_the_ledger BEFORE INSERT ON consent_status
WHEN NOT EXISTS (SELECT 1 FROM consent_event e WHERE e.seq = NEW.event_seq
                 AND e.subject_id = NEW.subject_id AND e.kind = NEW.kind
                 AND strftime('%Y-%m-%dT%H:%M:%S', e.occurred_at / 1000000, 'unixepoch')
                     || printf('.%06dZ', e.occurred_at % 1000000) = NEW.occurred_at
                 AND e.date_unknown = NEW.date_unknown
                 AND (e.purpose_id = NEW.purpose_id
                      OR (e.purpose_id IS NULL AND NEW.kind = 'erased')))
BEGIN
    SELECT RAISE(ABORT, 'a consent status names an event of the ledger for that person and purpose');
END;

CREATE TRIGGER consent_status_moves_forward BEFORE UPDATE ON consent_status
WHEN NEW.subject_id IS NOT OLD.subject_id OR NEW.purpose_id IS NOT OLD.purpose_id
     OR NEW.event_seq <= OLD.event_seq
     OR NOT EXISTS (SELECT 1 FROM consent_event e WHERE e.seq = NEW.event_seq
                    AND e.subject_id = NEW.subject_id AND e.kind = NEW.kind
                    AND strftime('%Y-%m-%dT%H:%M:%S', e.occurred_at / 1000000, 'unixepoch')
                        || printf('.%06dZ', e.occurred_at % 1000000) = NEW.occurred_at
                    AND e.date_unknown = NEW.date_unknown
                    AND (e.purpose_id = NEW.purpose_id
                         OR (e.purpose_id IS NULL AND NEW.kind = 'erased')))
BEGIN
    SELECT RAISE(ABORT, 'a consent status only moves to a newer event of the ledger');
END;

-- The search: one row per person not erased, its words folded by the app (so that `ł`
-- and `ø` are folded as everywhere else), each word one token (only spaces separate
-- them), prefixes of 2 to 4 characters indexed. Contentless: the words are not stored a
-- second time; a person's words are taken out by giving them again (ledger/people.py).
CREATE VIRTUAL TABLE subject_search USING fts5(
    keys, content = '', detail = 'none', prefix = '2 3 4',
    tokenize = "unicode61 remove_diacritics 0 categories 'L* N* Co M* P* S*'");

INSERT INTO subject_search (rowid, keys)
SELECT id, rgpd_search_words(email, coalesce(customer_ref, ''), first_name, last_name, phone)
FROM subject WHERE erased_at IS NULL;

DROP TABLE subject_key;
ALTER TABLE subject DROP COLUMN search;
