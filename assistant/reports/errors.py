"""Refusals of a PDF export that the user can act on (words in messages-reports.toml)."""

from __future__ import annotations

from assistant.store.errors import DossierError


class OutputNotWritable(DossierError):
    """The chosen folder cannot be written to (read-only, no rights)."""

    code = "pdf_output_not_writable"
