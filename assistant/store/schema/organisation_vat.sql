-- Schema version 8 (see migrations.py).

-- The organisation's intra-community VAT number (FR + a two-digit key + the SIREN), printed
-- on its invoices: the controller's identification beside its SIREN and SIRET.
ALTER TABLE organisation ADD COLUMN vat_number TEXT NOT NULL DEFAULT '';
