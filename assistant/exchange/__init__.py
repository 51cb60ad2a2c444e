"""Moving dossiers and records in and out: JSON dossier interchange, CSV import/export."""
