"""Where things are in the CNIL's simplified register template, found by the words of its
column A (so rows the user or the app inserted do not throw reading off), and how the app's
codes map onto the template's wording (``resources/templates/cnil/mapping.toml``).

The template (``resources/templates/cnil/registre-traitement-simplifie.ods``, content dated
17 September 2019) has, besides its tutorial: sheet 2, the controller, representative and DPO
contacts then one line per processing; sheet 3, the model of a processing's sheet, to
duplicate; sheet 4, a worked example; sheet 5, the lists behind its drop-downs.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from assistant.exchange.cnil_register.workbook import Sheet, rows
from assistant.paths import resources_dir


def template_dir() -> Path:
    return resources_dir() / "templates" / "cnil"


def template_path(fmt: str) -> Path:
    return template_dir() / f"registre-traitement-simplifie.{fmt}"


@lru_cache(maxsize=1)
def mapping() -> dict[str, Any]:
    with (template_dir() / "mapping.toml").open("rb") as handle:
        return tomllib.load(handle)


def fold(text: str) -> str:
    """Words compared without case, accents, apostrophe kinds or spacing."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.casefold().split())


# -- sheets --------------------------------------------------------------------------------
# The sheets are told apart by the number their names start with ("2_-_Liste...", as LibreOffice
# writes "2 - Liste..." into the file) and, for a processing's sheet, by its labels.
def sheet_number(sheet: Sheet) -> int | None:
    match = re.match(r"\s*(\d+)\s*[_ ]*-", sheet.name)
    return int(match.group(1)) if match else None


# -- a processing's sheet (sheet 3 and its copies) -----------------------------------------
Match = Callable[[str], bool]


def _is(words: str) -> Match:
    wanted = fold(words)
    return lambda text: fold(text) == wanted


def _starts(words: str) -> Match:
    wanted = fold(words)
    return lambda text: fold(text).startswith(wanted)


def _ends(words: str) -> Match:
    wanted = fold(words)
    return lambda text: fold(text).endswith(wanted)


FIELDS: dict[str, Match] = {
    "name": _is("Nom du traitement"),
    "reference": _starts("N° / RÉF"),
    "created": _starts("Date de création"),
    "updated": _starts("Mise à jour du traitement"),
    "controller": _ends("Responsable du traitement"),
    "dpo": _is("Délégué à la protection des données"),
    "dpo_company": _starts("Société du DPO"),
    "representative": _ends("Représentant"),
    "joint": _ends("Responsable(s) conjoint(s)"),
    "main_purpose": _is("Finalité principale"),
    "categories_header": _is("Catégories de données personnelles concernées"),
}

CATEGORY_ROWS: dict[str, Match] = {
    "identity": _starts("État civil"),
    "personal_life": _starts("Vie personnelle"),
    "economic_financial": _starts("Informations d'ordre économique"),
    "connection_data": _starts("Données de connexion"),
    "location_data": _starts("Données de localisation"),
    "nir": lambda text: "(ou nir)" in fold(text),
}

SENSITIVE_ROWS: dict[str, Match] = {
    "racial_ethnic_origin": _starts("Données révélant l'origine raciale"),
    "political_opinions": _starts("Données révélant les opinions politiques"),
    "religious_beliefs": _starts("Données révélant les convictions religieuses"),
    "trade_union": _starts("Données révélant l'appartenance syndicale"),
    "genetic": _starts("Données génétiques"),
    "biometric": _starts("Données biométriques"),
    "health": _starts("Données concernant la santé"),
    "sex_life_orientation": _starts("Données concernant la vie sexuelle"),
    "criminal_offences": _starts("Données relatives à des condamnations pénales"),
}

# numbered rows: label pattern, the label written on an inserted row
BLOCKS: dict[str, tuple[re.Pattern[str], str]] = {
    "sub_purposes": (re.compile(r"^sous-finalite (\d+)$"), "Sous-finalité {n}"),
    "subjects": (re.compile(r"^categorie de personnes (\d+)$"), "Catégorie de personnes {n}"),
    "recipients": (re.compile(r"^destinataire (\d+)$"), "Destinataire {n}"),
    "measures": (re.compile(r"^mesure de securite (\d+)$"), "Mesure de sécurité {n}"),
    "transfers": (re.compile(r"^organisme destinataire (\d+)$"), "Organisme destinataire {n}"),
}

# columns of a processing's sheet
COL_VALUE = 2  # B: the value beside a label (merged B..H for texts)
COL_DETAIL = 5  # E: the retention of a category, the "précisions" of a list's row
ACTOR_COLUMNS = ("name", "address", "postcode", "city", "country", "phone", "email")  # B..H
TRANSFER_COLUMNS = {"recipient": 2, "country": 3, "safeguard": 4, "documentation": 6}
HEADER_REF = (1, 8)  # H1: the sheet's reference, shown in its corner

# the list sheet (sheet 2): value cells of its contact blocks, (row, column)
LIST_CONTROLLER = {"name": (1, 3), "first_name": (1, 5), "address": (1, 7), "email": (1, 9),
                   "postcode": (2, 3), "city": (2, 5), "phone": (2, 7)}
LIST_REPRESENTATIVE = {"name": (3, 3), "first_name": (3, 5), "address": (3, 7),
                       "email": (3, 9), "postcode": (4, 3), "city": (4, 5), "phone": (4, 7)}
LIST_DPO = {"name": (5, 3), "first_name": (5, 5), "organisation": (5, 7), "address": (5, 9),
            "postcode": (6, 3), "city": (6, 5), "phone": (6, 7), "email": (6, 9)}
LIST_FIRST_ROW = 9  # the first processing's line (the template's example is there)
LIST_COLUMNS = {"name": 1, "reference": 2, "created": 3, "updated": 4, "purpose": 5,
                "sensitive": 8}

# the supplement the app adds under a processing's sheet, in the template's own look: what
# the app holds beyond the template (legal basis, data source, processors, status, notes)
SUPPLEMENT_TITLE = "Compléments (Assistant RGPD)"
SUPPLEMENT_ROWS = ("Base légale (RGPD, art. 6)", "Précision de la base légale",
                   "Condition de l'article 9(2)", "Source des données",
                   "Précision sur la source", "Sous-traitants",
                   "Conservation (règle générale)", "Statut dans le registre", "Notes",
                   # the owner's answer when the transfers block is empty (else "to check")
                   "Aucun transfert hors de l'EEE (vérifié)")
NO_TRANSFER_YES = "Oui"


@dataclass(frozen=True)
class Located:
    fields: dict[str, int]  # field -> row
    categories: dict[str, int]  # category row key -> row
    sensitive: dict[str, int]
    blocks: dict[str, list[int]]  # block -> rows, in order
    supplement: dict[str, int]  # supplement label -> row


def locate(sheet: Sheet) -> Located:
    """The rows of a processing's sheet, by their labels."""
    found: dict[str, int] = {}
    categories: dict[str, int] = {}
    sensitive: dict[str, int] = {}
    blocks: dict[str, list[int]] = {k: [] for k in BLOCKS}
    supplement: dict[str, int] = {}
    wanted = {fold(x): x for x in SUPPLEMENT_ROWS}
    empty = 0
    for row, label in rows(sheet):
        if not label:
            empty += 1
            if empty > 40:  # far below the last label: the sheet is read
                break
            continue
        empty = 0
        folded = fold(label)
        if folded in wanted:
            supplement[wanted[folded]] = row
            continue
        for block, pattern in BLOCKS.items():
            if pattern[0].match(folded):
                blocks[block].append(row)
                break
        else:
            key = next((k for k, m in FIELDS.items() if k not in found and m(label)), None)
            if key is not None:
                found[key] = row
                continue
            for table, matchers in ((categories, CATEGORY_ROWS), (sensitive, SENSITIVE_ROWS)):
                key = next((k for k, m in matchers.items() if k not in table and m(label)),
                           None)
                if key is not None:
                    table[key] = row
                    break
    return Located(found, categories, sensitive, blocks, supplement)


def is_processing_sheet(sheet: Sheet) -> bool:
    located = locate(sheet)
    return "name" in located.fields and "reference" in located.fields


__all__ = ["ACTOR_COLUMNS", "BLOCKS", "CATEGORY_ROWS", "COL_DETAIL", "COL_VALUE", "FIELDS",
           "HEADER_REF", "LIST_COLUMNS", "LIST_CONTROLLER", "LIST_DPO", "LIST_FIRST_ROW",
           "LIST_REPRESENTATIVE", "NO_TRANSFER_YES", "SENSITIVE_ROWS", "SUPPLEMENT_ROWS",
           "SUPPLEMENT_TITLE",
           "TRANSFER_COLUMNS", "Located", "fold", "is_processing_sheet", "locate", "mapping",
           "sheet_number", "template_path"]
