-- Part of schema version 1: the guide area (see migrations.py).
-- The six-step guide keeps only what the owner records or decides. The action plan itself is
-- derived from the dossier on every evaluation (assistant/domain/guide/plan.py), so it is not
-- stored here; only the owner's own actions, their decisions about the actions the rules
-- raise, and a small history of when those were first seen and cleared.

-- Step 1: the pilot and the DPO (one row, created when first saved).
CREATE TABLE guide_pilot (
    id                          INTEGER PRIMARY KEY CHECK (id = 1),
    name                        TEXT NOT NULL DEFAULT '',
    role                        TEXT NOT NULL DEFAULT '',
    email                       TEXT NOT NULL DEFAULT '',
    phone                       TEXT NOT NULL DEFAULT '',
    appointed_on                TEXT NOT NULL DEFAULT '',
    notes                       TEXT NOT NULL DEFAULT '',
    -- GDPR Art. 37(1)(a)-(c): NULL = not answered, 0 = no, 1 = yes
    dpo_public_body             INTEGER CHECK (dpo_public_body IN (0, 1)),
    dpo_large_scale_monitoring  INTEGER CHECK (dpo_large_scale_monitoring IN (0, 1)),
    dpo_large_scale_sensitive   INTEGER CHECK (dpo_large_scale_sensitive IN (0, 1)),
    dpo_designated              INTEGER NOT NULL DEFAULT 0 CHECK (dpo_designated IN (0, 1)),
    dpo_name                    TEXT NOT NULL DEFAULT '',
    dpo_organisation            TEXT NOT NULL DEFAULT '',
    dpo_email                   TEXT NOT NULL DEFAULT '',
    dpo_phone                   TEXT NOT NULL DEFAULT '',
    dpo_designation_number      TEXT NOT NULL DEFAULT '',
    dpo_designated_on           TEXT NOT NULL DEFAULT '',
    updated_at                  TEXT NOT NULL
) STRICT;

-- Checklist tasks the owner settled; a task with no row is still to do, so a task added to
-- the content later shows as to do in every dossier.
CREATE TABLE guide_task (
    task_id     TEXT PRIMARY KEY CHECK (length(task_id) BETWEEN 1 AND 80),
    step        INTEGER NOT NULL CHECK (step BETWEEN 1 AND 6),
    status      TEXT NOT NULL CHECK (status IN ('done', 'not_applicable')),
    reason      TEXT NOT NULL DEFAULT '',
    done_on     TEXT NOT NULL DEFAULT '',
    done_by     TEXT NOT NULL DEFAULT '',
    updated_at  TEXT NOT NULL,
    CHECK (status != 'not_applicable' OR length(trim(reason)) > 0)
) STRICT;

-- Step 4: DPIA screening, one per processing. No foreign key on purpose: a screening outlives
-- the deletion of its processing so that undoing the deletion brings it back (processing ids
-- are never reused: AUTOINCREMENT); screenings of processing not in the register are ignored.
CREATE TABLE guide_dpia_screening (
    processing_id   INTEGER PRIMARY KEY,
    criteria        TEXT NOT NULL DEFAULT '[]' CHECK (json_type(criteria) = 'array'),
    listed          TEXT NOT NULL DEFAULT '',
    exempt          TEXT NOT NULL DEFAULT '',
    notes           TEXT NOT NULL DEFAULT '',
    conclusion      TEXT CHECK (conclusion IN ('dpia_done', 'not_needed')),
    concluded_on    TEXT NOT NULL DEFAULT '',
    reference       TEXT NOT NULL DEFAULT '',
    reason          TEXT NOT NULL DEFAULT '',
    screened_on     TEXT NOT NULL DEFAULT '',
    screened_by     TEXT NOT NULL DEFAULT '',
    updated_at      TEXT NOT NULL
) STRICT;

-- Step 3: the owner's own actions.
CREATE TABLE guide_action (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    title       TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    detail      TEXT NOT NULL DEFAULT '',
    priority    TEXT NOT NULL DEFAULT 'medium' CHECK (priority IN ('high', 'medium', 'low')),
    due_on      TEXT NOT NULL DEFAULT '',
    owner       TEXT NOT NULL DEFAULT '',
    state       TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'done', 'cancelled')),
    done_on     TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;

-- Step 3: what the owner decided about an action a rule raised (key: rule:<rule>:<scope>).
CREATE TABLE guide_action_decision (
    key         TEXT PRIMARY KEY,
    state       TEXT NOT NULL CHECK (state IN ('postponed', 'not_applicable')),
    reason      TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    until       TEXT NOT NULL DEFAULT '',
    decided_by  TEXT NOT NULL DEFAULT '',
    decided_at  TEXT NOT NULL
) STRICT;

-- Step 3: when each rule's action was first seen open and when it last cleared.
CREATE TABLE guide_action_history (
    key         TEXT PRIMARY KEY,
    first_seen  TEXT NOT NULL,
    cleared_at  TEXT NOT NULL DEFAULT ''
) STRICT;
