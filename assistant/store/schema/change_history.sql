-- Schema step: the change history of the register, with content hashes (see history.py).

-- Every change the app makes to the organisation, a processing, a processor, a rights request
-- or a breach: who made it (the computer account, or the name the window was given), when
-- (UTC), what (the record, what happened to it, the names of the fields that changed: never
-- their values, so that an erasure leaves nothing behind here), and the record's content hash
-- once changed ('' once deleted). Each entry holds the hash of the one before: a chain, like
-- the consent ledger's, whose head the PDF prints. An undo is a change like any other, with
-- the label 'undo'. The first entries of a dossier made before this step say 'baseline'.
CREATE TABLE change_log (
    seq          INTEGER PRIMARY KEY CHECK (seq >= 1),
    at           TEXT NOT NULL,
    actor        TEXT NOT NULL DEFAULT '',
    area         TEXT NOT NULL CHECK (length(area) BETWEEN 1 AND 40),
    record       INTEGER NOT NULL,
    action       TEXT NOT NULL CHECK (action IN ('created', 'changed', 'deleted', 'baseline',
                     'upgrade')),
    fields       TEXT NOT NULL DEFAULT '[]' CHECK (json_type(fields) = 'array'),
    label        TEXT NOT NULL DEFAULT '',
    title        TEXT NOT NULL DEFAULT '',
    content_sha  TEXT NOT NULL,
    prev_hash    TEXT NOT NULL,
    hash         TEXT NOT NULL
) STRICT;

CREATE INDEX change_log_by_record ON change_log (area, record, seq);

CREATE TRIGGER change_log_kept_update BEFORE UPDATE ON change_log
BEGIN
    SELECT RAISE(ABORT, 'the change history is never changed');
END;
CREATE TRIGGER change_log_kept_delete BEFORE DELETE ON change_log
BEGIN
    SELECT RAISE(ABORT, 'the change history is never deleted');
END;

-- The content hash of every person's identity as the app last wrote it: too many rows, and
-- too personal, for a history entry each, but enough for `verify` to name an identity
-- changed outside the app.
CREATE TABLE record_seal (
    area         TEXT NOT NULL,
    record       INTEGER NOT NULL,
    content_sha  TEXT NOT NULL,
    PRIMARY KEY (area, record)
) STRICT, WITHOUT ROWID;

-- A breach's sheet says when it ended (if it has) and which processor was involved, if one
-- was (Art. 33(5): the facts of the breach; Art. 33(2): a processor tells the controller).
ALTER TABLE breach ADD COLUMN ended_at TEXT;
ALTER TABLE breach ADD COLUMN processor_id INTEGER REFERENCES processor (id) ON DELETE SET NULL;
