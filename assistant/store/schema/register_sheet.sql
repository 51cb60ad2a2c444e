-- Schema step: what the CNIL's simplified register template holds and the register lacked
-- (see migrations.py; the step's number is given there only).

-- "Précisions" per category of people (the template's second column beside each category):
-- an object from a category of data_subjects to its words.
ALTER TABLE processing ADD COLUMN data_subject_details TEXT NOT NULL DEFAULT '{}'
    CHECK (json_type(data_subject_details) = 'object');

-- The DPO's postal address (the template's "Adresse", "Code postal", "Ville", "Pays").
ALTER TABLE guide_pilot ADD COLUMN dpo_address TEXT NOT NULL DEFAULT '';
ALTER TABLE guide_pilot ADD COLUMN dpo_postcode TEXT NOT NULL DEFAULT '';
ALTER TABLE guide_pilot ADD COLUMN dpo_city TEXT NOT NULL DEFAULT '';
ALTER TABLE guide_pilot ADD COLUMN dpo_country TEXT NOT NULL DEFAULT '';
