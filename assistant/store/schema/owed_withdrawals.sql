-- Schema step: withdrawals owed to the tools that send a shop's messages, for people erased
-- (see migrations.py; the step's number is given there only).

-- Erasing a person blanks their identity, so the suppression lists sent back to Mailchimp,
-- Brevo or Shopify could no longer name them, and the tool would go on writing to them
-- (GDPR Art. 17(2) and 19: recipients are to be told). At the erasure, one row per tool the
-- shop uses and per purpose that tool sends, for which the person had a choice the tool has
-- not yet been sent, keeps only what that tool needs to unsubscribe them: the email, or the
-- phone number (E.164) for an SMS purpose; never a name. The next suppression list for that
-- tool and purpose carries them; from then on the row keeps only when it was sent (the
-- CHECK: a sent row holds no contact), which the erasure's answer cites.
CREATE TABLE owed_withdrawal (
    subject_id  INTEGER NOT NULL REFERENCES subject (id),
    purpose_id  INTEGER NOT NULL REFERENCES consent_purpose (id),
    tool        TEXT NOT NULL CHECK (tool = 'mailchimp' OR tool = 'brevo' OR tool = 'shopify'),
    email       TEXT NOT NULL DEFAULT '',
    phone_key   TEXT NOT NULL DEFAULT '',
    erased_at   TEXT NOT NULL,
    sent_at     TEXT,
    PRIMARY KEY (subject_id, purpose_id, tool),
    CHECK (sent_at IS NOT NULL OR email != '' OR phone_key != ''),
    CHECK (sent_at IS NULL OR (email = '' AND phone_key = ''))
) STRICT;

CREATE INDEX owed_withdrawal_unsent ON owed_withdrawal (tool, purpose_id) WHERE sent_at IS NULL;
