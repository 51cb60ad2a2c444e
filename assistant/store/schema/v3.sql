-- Schema step after version 2 (see migrations.py): the email key rule.

-- Emails are matched by their NFC form in lower case (assistant/domain/identity.py), no
-- longer by Unicode case folding, which took straße@x.de and strasse@x.de for one address,
-- and kept josé@ written in NFD apart from josé@ in NFC. Every person's key is computed
-- again by the app's own function. A key another person already has (the same address
-- kept twice before this step) keeps its old value: merging people is the owner's call.
UPDATE OR IGNORE subject SET email_key = rgpd_email_key(email) WHERE email_key IS NOT NULL;
