-- Schema step "consent at the till" (see migrations.py): signatures drawn on the customer's
-- screen, numbered paper forms, and a count of consents recorded without their wording.

-- A signature drawn on the customer's own screen, kept as a PNG. It is named by its SHA-256,
-- which the evidence of the events it signs quotes ("signature:sha256:<hex>"): the hash is
-- inside the hashed events, so the image is bound to the chain (verify recomputes it).
-- Erasing the person removes the image; the events keep a hash that then links to nothing.
CREATE TABLE consent_signature (
    sha256      TEXT PRIMARY KEY CHECK (length(sha256) = 64),
    subject_id  INTEGER NOT NULL REFERENCES subject (id),
    png         BLOB NOT NULL CHECK (length(png) > 0),
    created_at  TEXT NOT NULL
) STRICT, WITHOUT ROWID;

CREATE INDEX consent_signature_by_subject ON consent_signature (subject_id);

CREATE TRIGGER consent_signature_is_fixed BEFORE UPDATE ON consent_signature
BEGIN
    SELECT RAISE(ABORT, 'a signature is kept as it was drawn');
END;

-- Numbered paper forms as printed (export pdf --kind consent-form): each range of numbers,
-- and the wording of each purpose printed on it. Recording form n° 0007 finds the wordings
-- that form carries, even after a wording was changed.
CREATE TABLE consent_form_batch (
    id            INTEGER PRIMARY KEY,
    first_number  INTEGER NOT NULL CHECK (first_number >= 1),
    last_number   INTEGER NOT NULL CHECK (last_number >= first_number),
    language      TEXT NOT NULL,
    printed_at    TEXT NOT NULL,
    printed_by    TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX consent_form_batch_by_number ON consent_form_batch (first_number, last_number);

CREATE TABLE consent_form_wording (
    batch_id    INTEGER NOT NULL REFERENCES consent_form_batch (id),
    position    INTEGER NOT NULL,
    purpose_id  INTEGER NOT NULL REFERENCES consent_purpose (id),
    notice_id   INTEGER NOT NULL REFERENCES notice_version (id),
    PRIMARY KEY (batch_id, position)
) STRICT, WITHOUT ROWID;

CREATE INDEX consent_form_wording_by_notice ON consent_form_wording (notice_id);
CREATE INDEX consent_form_wording_by_purpose ON consent_form_wording (purpose_id);

CREATE TRIGGER consent_form_batch_is_fixed BEFORE UPDATE ON consent_form_batch
BEGIN
    SELECT RAISE(ABORT, 'printed forms are kept as printed');
END;

CREATE TRIGGER consent_form_wording_is_fixed BEFORE UPDATE ON consent_form_wording
BEGIN
    SELECT RAISE(ABORT, 'printed forms are kept as printed');
END;

-- The events recorded from each paper form: a number entered twice is flagged.
CREATE TABLE consent_form_entry (
    number      INTEGER NOT NULL,
    event_seq   INTEGER NOT NULL REFERENCES consent_event (seq),
    PRIMARY KEY (number, event_seq)
) STRICT, WITHOUT ROWID;

-- Consents recorded without the wording shown (imported from a source that had none): the
-- Consents page counts them and the action plan lists them, without reading the ledger.
CREATE INDEX consent_event_unworded ON consent_event (purpose_id)
    WHERE kind = 'granted' AND notice_id IS NULL;
