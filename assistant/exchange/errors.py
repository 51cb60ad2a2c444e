"""Refusals of an input file: where in the file, and what is wrong there."""

from __future__ import annotations

from pathlib import Path

from assistant.domain.findings import Finding
from assistant.store.errors import DossierError


class JsonMalformed(DossierError):
    """params: ``line``, ``column``, ``detail``."""

    code = "json_invalid"


class JsonRefused(DossierError):
    """params: ``where`` (a JSON path such as ``$.processing[2].name``), ``detail``
    (a :class:`Finding`)."""

    code = "json_refused"

    def __init__(self, path: Path | str, where: str, detail: Finding) -> None:
        super().__init__(path, where=where, detail=detail)
        self.where = where
        self.finding = detail


class JsonWrongFormat(DossierError):
    code = "json_format"


class JsonWrongVersion(DossierError):
    code = "json_version"


# Output errors live in the store layer (dossiers are outputs too); kept importable from here.
from assistant.store.errors import OutputExists, OutputFolderMissing  # noqa: E402

__all__ = ["JsonMalformed", "JsonRefused", "JsonWrongFormat", "JsonWrongVersion",
           "OutputExists", "OutputFolderMissing"]
