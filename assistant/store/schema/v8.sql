-- Schema step (see migrations.py): the email key rule, and guards on consent_status.

-- Emails are matched by their NFC form in lower case (assistant/domain/identity.py), no
-- longer by Unicode case folding, which took straße@x.de and strasse@x.de for one address,
-- and kept josé@ written in NFD apart from josé@ in NFC. Every person's key is computed
-- again by the app's own function. A key another person already has (the same address
-- kept twice before this step) keeps its old value: merging people is the owner's call.
UPDATE OR IGNORE subject SET email_key = rgpd_email_key(email) WHERE email_key IS NOT NULL;

-- The current status of each person is derived from the ledger and kept for fast figures
-- (consent_status). Written outside the app, it showed a withdrawn person as consenting
-- while the chain still verified. These guards refuse any status that does not name an
-- event of that person and purpose with the same kind and time; a status only ever moves
-- to a newer event (an event appended later has a higher seq), and is never deleted. The
-- app reads the table only while they are intact (consent_repo.status_source); verify
-- also rebuilds the whole table from the chain and names every difference.
CREATE TRIGGER consent_status_follows_the_ledger BEFORE INSERT ON consent_status
WHEN NOT EXISTS (SELECT 1 FROM consent_event e WHERE e.seq = NEW.event_seq
                 AND e.subject_id = NEW.subject_id AND e.kind = NEW.kind
                 AND e.occurred_at = NEW.occurred_at AND e.date_unknown = NEW.date_unknown
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
                    AND e.occurred_at = NEW.occurred_at AND e.date_unknown = NEW.date_unknown
                    AND (e.purpose_id = NEW.purpose_id
                         OR (e.purpose_id IS NULL AND NEW.kind = 'erased')))
BEGIN
    SELECT RAISE(ABORT, 'a consent status only moves to a newer event of the ledger');
END;

CREATE TRIGGER consent_status_is_never_deleted BEFORE DELETE ON consent_status
BEGIN
    SELECT RAISE(ABORT, 'a consent status is derived from the ledger: it is never deleted');
END;
