-- Core of a dossier: the organisation, the register of processing activities, processors.
-- Part of schema version 1. Lists inside a processing are JSON arrays (checked valid):
-- a register holds tens of rows and is always read whole, so child tables would add joins
-- and buy nothing.

CREATE TABLE app_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE organisation (
    id                  INTEGER PRIMARY KEY CHECK (id = 1),
    legal_name          TEXT NOT NULL DEFAULT '',
    trade_name          TEXT NOT NULL DEFAULT '',
    legal_form          TEXT NOT NULL DEFAULT '',
    siren               TEXT NOT NULL DEFAULT '',
    siret               TEXT NOT NULL DEFAULT '',
    address             TEXT NOT NULL DEFAULT '',
    postcode            TEXT NOT NULL DEFAULT '',
    city                TEXT NOT NULL DEFAULT '',
    country             TEXT NOT NULL DEFAULT '',
    representative_name TEXT NOT NULL DEFAULT '',
    representative_role TEXT NOT NULL DEFAULT '',
    email               TEXT NOT NULL DEFAULT '',
    phone               TEXT NOT NULL DEFAULT '',
    website             TEXT NOT NULL DEFAULT '',
    sector              TEXT NOT NULL DEFAULT '',
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL
) STRICT;

CREATE TABLE processor (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    name        TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    service     TEXT NOT NULL DEFAULT '',
    contact     TEXT NOT NULL DEFAULT '',
    country     TEXT NOT NULL DEFAULT '',
    notes       TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;

CREATE TABLE processing (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    reference           TEXT NOT NULL DEFAULT '',
    name                TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    status              TEXT NOT NULL DEFAULT 'draft'
                        CHECK (status IN ('draft', 'active', 'archived')),
    purposes            TEXT NOT NULL DEFAULT '[]' CHECK (json_type(purposes) = 'array'),
    sub_purposes        TEXT NOT NULL DEFAULT '[]' CHECK (json_type(sub_purposes) = 'array'),
    legal_basis         TEXT CHECK (legal_basis IN ('consent', 'contract', 'legal_obligation',
                            'vital_interests', 'public_task', 'legitimate_interests')),
    legal_basis_detail  TEXT NOT NULL DEFAULT '',
    art9_condition      TEXT NOT NULL DEFAULT '',
    data_subjects       TEXT NOT NULL DEFAULT '[]' CHECK (json_type(data_subjects) = 'array'),
    data_categories     TEXT NOT NULL DEFAULT '[]' CHECK (json_type(data_categories) = 'array'),
    retention           TEXT NOT NULL DEFAULT '{}' CHECK (json_type(retention) = 'object'),
    recipients          TEXT NOT NULL DEFAULT '[]' CHECK (json_type(recipients) = 'array'),
    transfers           TEXT NOT NULL DEFAULT '[]' CHECK (json_type(transfers) = 'array'),
    security_measures   TEXT NOT NULL DEFAULT '[]'
                        CHECK (json_type(security_measures) = 'array'),
    data_source         TEXT NOT NULL DEFAULT '',
    data_source_detail  TEXT NOT NULL DEFAULT '',
    joint_controller    TEXT NOT NULL DEFAULT '',
    template_id         TEXT NOT NULL DEFAULT '',
    notes               TEXT NOT NULL DEFAULT '',
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL
) STRICT;

CREATE TABLE processing_processor (
    processing_id INTEGER NOT NULL REFERENCES processing (id) ON DELETE CASCADE,
    processor_id  INTEGER NOT NULL REFERENCES processor (id) ON DELETE RESTRICT,
    PRIMARY KEY (processing_id, processor_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX processing_processor_by_processor ON processing_processor (processor_id);
