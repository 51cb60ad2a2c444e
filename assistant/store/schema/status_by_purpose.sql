-- Schema step (see migrations.py): the index of consent statuses by purpose also holds
-- whether each one's date is unknown.
--
-- The Consents page counts, per purpose and state, the people, their latest date, the
-- consents due for renewal and those of unknown date. Every figure but the last could be read
-- from this index alone; the last sent SQLite to the table for each of the statuses, one
-- lookup at a time (a million people: about 9 s, the page frozen meanwhile). With the column
-- in the index the whole summary is one pass over it (about 0.4 s). The index grows by one
-- byte per status.

DROP INDEX consent_status_by_purpose;
CREATE INDEX consent_status_by_purpose
    ON consent_status (purpose_id, kind, occurred_at, date_unknown);
