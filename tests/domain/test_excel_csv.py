"""CSV files a person opens with a double-click in Excel on a French Windows PC: UTF-8 with a
BOM (else Excel reads Windows-1252 and the accents break), ``;`` (France's list separator),
CRLF; and the app's own import reads them back."""

from __future__ import annotations

from pathlib import Path

from assistant.domain import excel_csv
from assistant.exchange.consent_csv_read import read_header, scan


def looks_like_excel_csv(data: bytes) -> None:
    assert data.startswith(b"\xef\xbb\xbf"), "no BOM: Excel would read Windows-1252"
    text = data[3:].decode("utf-8")
    lines = text.split("\r\n")
    assert lines[-1] == "" and all("\n" not in line for line in lines), "CRLF only"
    assert ";" in lines[0] and "," not in lines[0]


def test_the_form_excel_opens(tmp_path: Path) -> None:
    data = excel_csv.csv_bytes([["email", "nom", "ville", "finalite", "statut", "date"],
                                ["a@b.fr", "Léa Œuvray", "Besançon; Doubs", "x", "oui", "1"],
                                ["=1+1", "-2", "@cmd", "+33 6", "", ""]])
    looks_like_excel_csv(data)
    text = data.decode("utf-8-sig")
    assert '"Besançon; Doubs"' in text  # a separator inside a value is quoted
    assert "'=1+1" in text and "'-2" in text and "'@cmd" in text and "'+33 6" in text
    path = tmp_path / "a.csv"
    path.write_bytes(data)
    found = scan(path)
    assert found.encoding == "utf-8-sig"
    header = read_header(path, found.encoding)
    assert header.delimiter == ";"


def test_the_consent_exports_are_in_that_form(demo_copy: Path, tmp_path: Path) -> None:
    from assistant.domain.progress import drive
    from assistant.exchange.consent_export import export_consents
    from assistant.exchange.consent_import import import_consents
    from assistant.store.dossier import create_dossier, open_dossier

    out = tmp_path / "statuses.csv"
    with open_dossier(demo_copy, read_only=True, lock=False) as dossier:
        drive(export_consents(dossier, out, statuses=True))
    looks_like_excel_csv(out.read_bytes())
    with create_dossier(tmp_path / "other.rgpd") as other:
        drive(import_consents(other, out, skip_invalid=True,
                              report=tmp_path / "rejected.csv"))
        assert other.consents.chain_head().count > 0
