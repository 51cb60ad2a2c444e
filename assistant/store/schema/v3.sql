-- Schema step: the answers to rights requests (see migrations.py).

-- How the requester's identity was checked before their data was given out (GDPR Art. 12(2)
-- and 12(6)): the means (proportionate ones first: the email on file, the customer reference,
-- a question only the person can answer), what was compared, when and by whom. One row per
-- request; a later check replaces it. No foreign key to the request, as for request_subject:
-- a request deleted by mistake gets it back with undo.
CREATE TABLE request_identity (
    request_id  INTEGER PRIMARY KEY,
    method      TEXT NOT NULL CHECK (method IN ('email_on_file', 'customer_reference',
                    'known_answer', 'in_person', 'id_document', 'other')),
    detail      TEXT NOT NULL DEFAULT '',
    checked_on  TEXT NOT NULL CHECK (date(checked_on) IS checked_on),
    checked_by  TEXT NOT NULL DEFAULT ''
) STRICT;

-- Every answer written for a request: its kind (acknowledgment, access pack, erasure
-- confirmation, refusal...), its version (a new answer of the same kind is the next one),
-- when it was written (UTC) and sent (the day), by which channel, in which language, and its
-- files with their size and SHA-256, the proof of what the person received. Never changed
-- nor deleted.
CREATE TABLE request_answer (
    request_id   INTEGER NOT NULL,
    kind         TEXT NOT NULL CHECK (length(kind) BETWEEN 1 AND 40),
    version      INTEGER NOT NULL CHECK (version >= 1),
    written_at   TEXT NOT NULL,
    sent_on      TEXT NOT NULL CHECK (date(sent_on) IS sent_on),
    channel      TEXT NOT NULL DEFAULT '',
    language     TEXT NOT NULL CHECK (language IN ('fr', 'en')),
    files        TEXT NOT NULL DEFAULT '[]' CHECK (json_type(files) = 'array'),
    recorded_by  TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (request_id, kind, version)
) STRICT;

CREATE TRIGGER request_answer_kept_update BEFORE UPDATE ON request_answer
BEGIN
    SELECT RAISE(ABORT, 'a filed answer is never changed: file a new version');
END;
CREATE TRIGGER request_answer_kept_delete BEFORE DELETE ON request_answer
BEGIN
    SELECT RAISE(ABORT, 'a filed answer is never deleted');
END;
