"""The register's end: the signature block (signatory, date, register version and history
head) and the annex of the changes since a date (by default the last export)."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import replace
from pathlib import Path

from assistant.cli import main
from assistant.domain.progress import drive
from assistant.reports.builder import ExportOptions, export_pdf, render_pdf
from assistant.reports.snapshot import take_snapshot
from assistant.store import history
from assistant.store.dossier import open_dossier
from tests.cli.test_export_pdf import LATER
from tests.reports.conftest import flat, pages_text, stream_text

SECTIONS = ("register", "signature", "changes")


def render(path: Path, **options: object) -> str:
    with open_dossier(path, read_only=True) as d:
        snap = take_snapshot(d, day=LATER)
    opts = ExportOptions(lang="en", date=LATER, sections=SECTIONS, **options)  # type: ignore
    return stream_text(drive(render_pdf(snap, opts)))


def test_the_register_ends_with_a_signature_block_then_the_changes(demo_copy: Path) -> None:
    with open_dossier(demo_copy) as d:
        version = history.register_version(d.conn)
        org = d.organisation.get()
    text = render(demo_copy)
    block = text[text.index("Signature of the register"):]
    assert f"Name of the signatory {org.representative_name}" in block
    assert f"Capacity {org.representative_role}" in block
    assert (f"Register version {version.number} ({version.number} changes of the "
            "organisation") in block
    assert version.head in block
    assert block.index("Signature of the register") < block.index(
        "Annex: changes to the register")
    assert "Every change the app has recorded" in block  # no export yet: from the start


def test_the_version_goes_up_with_a_change_and_the_annex_says_who_and_what(
        demo_copy: Path) -> None:
    with open_dossier(demo_copy) as d:
        before = history.register_version(d.conn).number
        d.actor = "Zoé Martin"
        p = d.register.list()[0]
        d.register.update(replace(p, legal_basis_detail="Contrat de vente"))
        d.undo.undo()
        after = history.register_version(d.conn).number
    assert after == before + 2  # the undo is a change too
    text = render(demo_copy)
    assert f"Register version {after} " in text
    annex = text[text.index("Annex: changes to the register"):]
    assert "Zoé Martin" in annex
    assert f"Processing activity {p.reference} — {p.name}" in annex
    assert "Changed: Legal basis details" in annex or "Changed: " in annex
    assert "(undo of an earlier change)" in annex


def test_changes_since_a_date_leave_the_older_ones_out(demo_copy: Path) -> None:
    text = render(demo_copy, changes_since=LATER)
    annex = text[text.index("Annex: changes to the register"):]
    assert "No change recorded in that period." in annex
    assert f"since {LATER.day} " in annex


def test_by_default_the_annex_starts_at_the_last_export(demo_copy: Path,
                                                        tmp_path: Path) -> None:
    first = LATER
    with open_dossier(demo_copy, read_only=True) as d:
        drive(export_pdf(d, tmp_path / "first.pdf", ExportOptions(lang="en", date=first)))
    later = first + dt.timedelta(days=10)
    with open_dossier(demo_copy, read_only=True) as d:
        snap = take_snapshot(d, day=later)
    data = drive(render_pdf(snap, ExportOptions(lang="en", date=later, sections=SECTIONS)))
    text = flat(" ".join(pages_text(data)))
    assert f"since {first.day} {first:%B} {first.year}, the date of the previous document" \
        in text


def test_the_signatory_can_be_named_on_the_command_line(demo_copy: Path,
                                                        tmp_path: Path) -> None:
    target = tmp_path / "d.pdf"
    out, err = io.StringIO(), io.StringIO()
    code = main(["--lang", "en", "export", "pdf", str(demo_copy), "-o", str(target),
                 "--date", LATER.isoformat(), "--signer", "Jeanne Roux", "--signer-role",
                 "Déléguée", "--sections", "signature,changes", "--changes-since",
                 LATER.isoformat()], out=out, err=err)
    assert code == 0, err.getvalue()
    text = stream_text(target.read_bytes())
    assert "Name of the signatory Jeanne Roux" in text and "Capacity Déléguée" in text
