"""What the PDF prints as missing ("not provided") is a gap the app flags: every such cell of
the dossier and the extract has its line in "Points to complete" (or the action plan), for
the same record, naming the same field."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.domain.breach import Breach
from assistant.domain.organisation import Organisation
from assistant.domain.processing import DataCategory, Processing, SecurityMeasure
from assistant.domain.processor import Processor
from assistant.reports.context import KIND_DOSSIER, KIND_EXTRACT, ReportContext
from assistant.reports.document import Heading
from assistant.reports.flow import Grid
from assistant.reports.sections import action_plan, gaps, sections_for
from assistant.reports.snapshot import Snapshot, take_snapshot
from assistant.store.dossier import create_dossier, open_dossier
from tests.cli.test_export_pdf import LATER

# A column whose label shares no word with the finding that flags it.
ALIASES = {"signé ou accepté le": "date", "signed or accepted on": "date"}


def context(kind: str, lang: str) -> ReportContext:
    return ReportContext(lang, LATER, kind, tuple(s.key for s in sections_for(kind)))  # type: ignore[arg-type]


def missing_cells(snap: Snapshot, lang: str) -> list[tuple[str, str, str, str]]:
    """(section, heading, the row's first cell, the label) of every cell that prints the
    "not provided" words, in the dossier and in the extract."""
    out = []
    for kind in (KIND_DOSSIER, KIND_EXTRACT):
        ctx = context(kind, lang)
        for section in sections_for(kind):
            if section.key in ("gaps", "actions"):
                continue
            title = ""
            for flowable in section.build(snap, ctx):
                if isinstance(flowable, Heading):
                    title = flowable.toc_text
                if not isinstance(flowable, Grid):
                    continue
                for row in flowable.source_rows:
                    for col, cell in enumerate(row):
                        if ctx.empty in cell:
                            label = flowable.source_header[col] if flowable.source_header \
                                else row[0]
                            out.append((section.key, title, row[0], label))
    return out


def flagged(snap: Snapshot, lang: str) -> list[tuple[str, str]]:
    """(where, what) of every line of "Points to complete" and of the open actions."""
    ctx = context(KIND_DOSSIER, lang)
    rows: list[tuple[str, str]] = []
    for flowable in gaps.build(snap, ctx):
        if isinstance(flowable, Grid):  # one row per place, its gaps one a line
            rows += [(r[0], what.removeprefix("• ")) for r in flowable.source_rows
                     for what in r[1].split("\n")]
    for flowable in action_plan.build(snap, ctx):
        if isinstance(flowable, Grid) and flowable.source_header and len(
                flowable.source_header) == 5:
            rows += [("", r[1]) for r in flowable.source_rows]
    return rows


def words(text: str) -> set[str]:
    text = ALIASES.get(text.casefold().strip(), text)
    text = text.split(" — ")[0]
    return {w for w in re.findall(r"\w+", text.casefold()) if len(w) >= 3}


def same_words(a: set[str], b: set[str]) -> bool:
    """Whether two texts share a word, give or take its ending ("Recipients", "Recipient")."""
    return any(x[:5] == y[:5] for x in a for y in b)


def unflagged(snap: Snapshot, lang: str) -> list[tuple[str, str, str, str]]:
    lines = flagged(snap, lang)
    out = []
    for cell in missing_cells(snap, lang):
        _, title, first, label = cell
        ok = any((where and (where in (title, first) or where.startswith(f"{first} — ")))
                 or (not where and (title in what or first in what))
                 for where, what in lines if same_words(words(label), words(what)))
        if not ok:
            out.append(cell)
    return out


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_missing_cell_of_the_demo_is_a_gap(demo_file: Path, lang: str) -> None:
    with open_dossier(demo_file, read_only=True) as d:
        snap = take_snapshot(d, day=LATER)
    assert missing_cells(snap, lang)  # the demo has some: the walk is not empty
    assert unflagged(snap, lang) == []


def test_every_missing_cell_of_a_sparse_dossier_is_a_gap(tmp_path: Path) -> None:
    with create_dossier(tmp_path / "sparse.rgpd") as d:
        d.organisation.save(Organisation(legal_name="Fleurs SARL"))
        d.processors.save(Processor(name="Hébergeur"))
        d.register.create(Processing(name="Clients", purposes=("Suivi",),
                                     data_categories=(DataCategory("identity", "Nom"),),
                                     security_measures=(SecurityMeasure("backups"),)))
        d.register.create(Processing(name="Vide"))
        d.breaches.create(Breach(summary="Clé perdue", aware_at="2026-01-05T10:00:00Z"))
        snap = take_snapshot(d, day=LATER)
    cells = missing_cells(snap, "fr")
    assert len(cells) > 10
    assert unflagged(snap, "fr") == []


def test_the_demo_gaps_of_the_review_are_flagged(demo_file: Path) -> None:
    """Two consent purposes used by no processing, a processing without recipients, a breach
    inside its 72 hours not assessed: each is in the plan or the points to complete."""
    with open_dossier(demo_file, read_only=True) as d:
        snap = take_snapshot(d, day=LATER)
    text = "\n".join(f"{w} | {t}" for w, t in flagged(snap, "en"))
    assert "Consents with no processing in the register" in text
    # the SMS offers and the partners' offers (about 70 and 30 people in the demo)
    assert len(re.findall(r"\(\d+ people consented\)", text)) == 2
    assert re.search(r"T-012 — .* \| Recipient: say who receives the data", text)
    assert "Breach whose risk is not assessed" in text
