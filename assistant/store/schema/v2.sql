-- Schema version 2 (see migrations.py).

-- How many rows of an imported file were left out (--skip-invalid). A file imported with
-- rows left out is imported again when given again (its rows already in the ledger are
-- recognised one by one); a file taken whole is recognised at once and changes nothing.
ALTER TABLE consent_import ADD COLUMN rows_refused INTEGER NOT NULL DEFAULT 0;

-- The status a processing had when it was archived: restoring it gives that status back
-- (a draft comes back a draft, not "in progress").
CREATE TABLE processing_archived_from (
    processing_id INTEGER PRIMARY KEY REFERENCES processing (id) ON DELETE CASCADE,
    status        TEXT NOT NULL CHECK (status IN ('draft', 'active'))
) STRICT;
