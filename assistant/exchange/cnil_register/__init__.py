"""The CNIL's simplified register spreadsheet, filled in (``export register``) and read back
(``import register``): the authority's own template, in ODS (odfdo) or XLSX (openpyxl)."""
