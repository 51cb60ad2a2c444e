-- Schema step (see migrations.py): people in lean rows, their seals as bytes.
--
-- * `subject` keeps its columns, in smaller forms (ledger/subject_forms.py): the uid as its
--   16 bytes; created_at, updated_at and erased_at as integer microseconds since 1970 (UTC),
--   updated_at NULL while it is created_at; email_key NULL when it is the email itself, 0
--   when a person with an email has no key; phone_key (+33612345678) as the integer of its
--   digits. A value with no exact lean form (edited outside
--   the app: a time not written the canonical way, a uid not in lower-case hex) is kept as
--   it is, in columns that take either (ANY).
-- * `subject_seal` holds each person's seal as its 32 bytes, keyed by the person, instead of
--   64 hex characters in `record_seal` keyed by the text 'subject' too. A seal that is not a
--   SHA-256 in lower-case hex (edited outside the app) stays in `record_seal` as it was:
--   `verify` names that person, as it did.
--
-- Nothing a seal or a hash covers changes: the view `subject_text` gives every row back in
-- the text form (the one the seals hash and the ledger's canonical form reads the uid in),
-- and this step refuses to go on, leaving the backup made before it, if a single value
-- would not come back to the character.

CREATE TABLE subject_seal (
    subject_id  INTEGER PRIMARY KEY,
    seal        BLOB NOT NULL CHECK (length(seal) = 32)
) STRICT;

INSERT INTO subject_seal (subject_id, seal)
SELECT record, rgpd_hash_blob(content_sha) FROM record_seal
WHERE area = 'subject' AND length(content_sha) = 64 AND NOT content_sha GLOB '*[^0-9a-f]*'
ORDER BY record;
DELETE FROM record_seal WHERE area = 'subject' AND record IN (SELECT subject_id FROM subject_seal);

CREATE TABLE subject_lean (
    id              INTEGER PRIMARY KEY,
    uid             ANY NOT NULL,   -- 16 bytes (unique: subject_by_uid)
    email           TEXT NOT NULL DEFAULT '',
    email_key       ANY,    -- NULL: the email itself (none without email); 0: no key
    customer_ref    TEXT,   -- NULL when none (unique)
    first_name      TEXT NOT NULL DEFAULT '',
    last_name       TEXT NOT NULL DEFAULT '',
    phone           TEXT NOT NULL DEFAULT '',
    salt            BLOB,   -- 16 random bytes; NULL once erased
    sort_key        TEXT NOT NULL DEFAULT '',  -- folded "last first email ref", for the list
    created_at      ANY NOT NULL,   -- microseconds since 1970, UTC
    updated_at      ANY,    -- NULL while it is created_at
    erased_at       ANY,
    phone_key       ANY     -- E.164 without its "+"
) STRICT;

INSERT INTO subject_lean (id, uid, email, email_key, customer_ref, first_name, last_name,
    phone, salt, sort_key, created_at, updated_at, erased_at, phone_key)
SELECT id, rgpd_lean_uid(uid), email, rgpd_lean_email_key(email_key, email), customer_ref,
    first_name, last_name, phone, salt, sort_key, rgpd_lean_time(created_at),
    CASE WHEN updated_at IS created_at THEN NULL ELSE rgpd_lean_time(updated_at) END,
    rgpd_lean_time(erased_at), rgpd_lean_phone_key(phone_key)
FROM subject ORDER BY id;

-- Each person in the text form (see the top of this file): what the readers of the store
-- see, what the seals hash.
CREATE VIEW subject_text AS
SELECT s.id AS id,
    CASE WHEN typeof(s.uid) = 'blob' THEN lower(hex(s.uid)) ELSE s.uid END AS uid,
    s.email AS email, nullif(coalesce(s.email_key, nullif(s.email, '')), 0) AS email_key,
    s.customer_ref AS customer_ref, s.first_name AS first_name, s.last_name AS last_name,
    s.phone AS phone, s.salt AS salt, s.sort_key AS sort_key,
    CASE WHEN typeof(s.created_at) = 'integer' AND s.created_at >= 0
              AND s.created_at < 253402300800000000
         THEN strftime('%Y-%m-%dT%H:%M:%S', s.created_at / 1000000, 'unixepoch')
              || printf('.%06dZ', s.created_at % 1000000)
         ELSE s.created_at END AS created_at,
    CASE WHEN typeof(coalesce(s.updated_at, s.created_at)) = 'integer'
              AND coalesce(s.updated_at, s.created_at) >= 0
              AND coalesce(s.updated_at, s.created_at) < 253402300800000000
         THEN strftime('%Y-%m-%dT%H:%M:%S', coalesce(s.updated_at, s.created_at) / 1000000,
                       'unixepoch')
              || printf('.%06dZ', coalesce(s.updated_at, s.created_at) % 1000000)
         ELSE coalesce(s.updated_at, s.created_at) END AS updated_at,
    CASE WHEN typeof(s.erased_at) = 'integer' AND s.erased_at >= 0
              AND s.erased_at < 253402300800000000
         THEN strftime('%Y-%m-%dT%H:%M:%S', s.erased_at / 1000000, 'unixepoch')
              || printf('.%06dZ', s.erased_at % 1000000)
         ELSE s.erased_at END AS erased_at,
    CASE WHEN typeof(s.phone_key) = 'integer' THEN '+' || s.phone_key ELSE s.phone_key END
        AS phone_key
FROM subject_lean s;

-- every value back to the character, or no step
SELECT rgpd_refuse('person ' || o.id || ' cannot be kept exactly in the new form of the '
                   || 'people table: run verify on the backup made before this step')
FROM subject o LEFT JOIN subject_text n ON n.id = o.id
WHERE n.id IS NULL OR n.uid IS NOT o.uid OR n.email_key IS NOT o.email_key
   OR n.created_at IS NOT o.created_at OR n.updated_at IS NOT o.updated_at
   OR n.erased_at IS NOT o.erased_at OR n.phone_key IS NOT o.phone_key
ORDER BY o.id LIMIT 1;

DROP TABLE subject;
ALTER TABLE subject_lean RENAME TO subject;

CREATE UNIQUE INDEX subject_by_uid ON subject (uid);
-- the key lookups compare with: the view's email_key (ledger/subject_forms.py text_sql)
CREATE UNIQUE INDEX subject_by_email ON subject (
    nullif(coalesce(email_key, nullif(email, '')), 0));
CREATE UNIQUE INDEX subject_by_ref ON subject (customer_ref) WHERE customer_ref IS NOT NULL;
CREATE INDEX subject_by_sort_key ON subject (sort_key, id);
CREATE INDEX subject_by_phone ON subject (phone_key) WHERE phone_key IS NOT NULL;

CREATE TRIGGER subject_uid_is_fixed BEFORE UPDATE OF uid ON subject
WHEN NEW.uid IS NOT OLD.uid
BEGIN
    SELECT RAISE(ABORT, 'a subject id never changes');
END;

CREATE TRIGGER subject_is_never_deleted BEFORE DELETE ON subject
BEGIN
    SELECT RAISE(ABORT, 'people are erased, never deleted: the ledger refers to them');
END;
