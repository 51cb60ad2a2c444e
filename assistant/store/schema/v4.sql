-- Schema step after version 3 (see migrations.py): the information notices the shop has
-- published (website notice, counter poster, CCTV sign, short form, staff notice), each
-- version kept word for word with its SHA-256 and the day it took effect, so the dossier
-- can show which version was in force when. Not to be confused with `notice_version`, the
-- consent wordings of the consent ledger (one per consent purpose).
CREATE TABLE info_notice_version (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    kind            TEXT NOT NULL
                    CHECK (kind IN ('website', 'poster', 'cctv', 'form', 'staff')),
    language        TEXT NOT NULL CHECK (language IN ('fr', 'en')),
    number          INTEGER NOT NULL CHECK (number >= 1),
    -- the processing it covers (ids of `processing`; kept as history, not as a reference:
    -- a version stays what it was when a processing is later deleted)
    processing_ids  TEXT NOT NULL DEFAULT '[]' CHECK (json_type(processing_ids) = 'array'),
    text            TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 200000),
    sha256          TEXT NOT NULL CHECK (length(sha256) = 64),
    -- digests of what it was drawn from: {"general": sha, "<processing id>": sha, ...}
    inputs          TEXT NOT NULL DEFAULT '{}' CHECK (json_type(inputs) = 'object'),
    issued_on       TEXT NOT NULL CHECK (issued_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    recorded_at     TEXT NOT NULL,
    UNIQUE (kind, language, number)
) STRICT;

-- A published version is kept as it was: a change is a new version.
CREATE TRIGGER info_notice_version_is_fixed BEFORE UPDATE ON info_notice_version
BEGIN
    SELECT RAISE(ABORT, 'an information notice version is kept as it was published; record a new version');
END;
