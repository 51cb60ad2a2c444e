-- Schema step: the owner's answer "nothing of this processing leaves the EEA" (see
-- migrations.py; the step's number is given there only). An empty transfers list is what
-- every template starts with: on its own it says nothing, and a notice must not read it as
-- "no transfer". Existing processing gain the answer unset (0): to be checked.
ALTER TABLE processing ADD COLUMN no_transfer_confirmed INTEGER NOT NULL DEFAULT 0
    CHECK (no_transfer_confirmed IN (0, 1));
