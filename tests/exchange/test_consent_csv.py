"""The consent CSV contract: what imports, and every class of bad input refused with a message
that names the place, leaving the dossier exactly as it was."""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import pytest

from assistant.content.messages import messages
from assistant.domain.consent import EventKind, Identity
from assistant.domain.progress import drive
from assistant.exchange.consent_csv_read import CsvRefused
from assistant.exchange.consent_export import export_consents, guard
from assistant.exchange.consent_import import CsvRowsRefused, ImportReport, import_consents
from assistant.store.dossier import Dossier, create_dossier
from tests.consent_helpers import csv_rows, dossier_state

EN = messages("en")


@pytest.fixture
def shop(tmp_path: Path):  # type: ignore[no-untyped-def]
    d = create_dossier(tmp_path / "shop.rgpd", language="fr")
    d.consents.add_notice(1, "v2", "Texte de la lettre", "2020-01-01")
    yield d
    d.close()


def run(d: Dossier, path: Path, **kw: object) -> ImportReport:
    return drive(import_consents(d, path, **kw))  # type: ignore[arg-type]


def write(tmp_path: Path, content: str | bytes, name: str = "in.csv",
          encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode(encoding))
    return path


def refused_file(d: Dossier, path: Path) -> tuple[CsvRefused, str]:
    before = dossier_state(d.path)
    with pytest.raises(CsvRefused) as caught:
        run(d, path)
    assert dossier_state(d.path) == before
    return caught.value, EN.exception(caught.value)


def refused_rows(d: Dossier, path: Path) -> list[str]:
    before = dossier_state(d.path)
    with pytest.raises(CsvRowsRefused) as caught:
        run(d, path)
    assert dossier_state(d.path) == before
    return [f"{p.line}: {EN.get('csv', p.code, p.params)}" for p in caught.value.problems]


# -- what imports ---------------------------------------------------------------------------
def test_a_french_excel_file_in_windows_1252_with_semicolons(shop: Dossier,
                                                             tmp_path: Path) -> None:
    text = ("Courriel;Prénom;Nom;Finalité;Statut;Date;Canal;Version mention\r\n"
            "jose@example.org;José;Müller;Lettre d'information par courriel;accordé;"
            "31/01/2025 10:30;magasin;v2\r\n"
            "anais@example.org;Anaïs;Lefèvre;sms;retiré;01/02/2025;téléphone;\r\n"
            "euro@example.org;Zoé;Prix 5 €;newsletter;oui;2025-02-03;salon;\r\n")
    report = run(shop, write(tmp_path, text, encoding="cp1252"))
    assert (report.encoding, report.delimiter, report.events_added) == ("cp1252", ";", 3)
    subject = shop.consents.find_subject(email="euro@example.org")
    assert subject is not None and subject.identity.last_name == "Prix 5 €"
    history = shop.consents.history(subject.id)
    assert history[0].channel == "other" and history[0].channel_detail == "salon"
    jose = shop.consents.find_subject(email="JOSE@example.org")
    assert jose is not None
    entry = shop.consents.history(jose.id)[0]
    assert entry.notice_version == "v2" and entry.source == "in.csv:2"


def test_utf8_with_bom_commas_and_quoted_values(shop: Dossier, tmp_path: Path) -> None:
    text = ('\ufeffEMAIL,Customer_Ref,First Name,Last-Name,Purpose,Status,Date\n'
            '"a@example.org","C-1","Łukasz","Kowalski, Jr","newsletter","granted",2025-01-01\n'
            ',C-2,Νίκος,Παπαδόπουλος,loyalty,1,2025-01-02T10:00:00Z\n')
    report = run(shop, write(tmp_path, text))
    assert (report.encoding, report.delimiter, report.events_added) == ("utf-8-sig", ",", 2)
    assert shop.consents.search("kowalski") and shop.consents.search("παπαδοπουλος")


def test_each_imported_person_gets_an_id_and_a_salt_of_their_own(shop: Dossier,
                                                                  tmp_path: Path) -> None:
    """The import draws random bytes for 2,000 people at a time: past that, they must
    still all differ, and each person's identity hash must be made with their salt."""
    from assistant.domain.consent import identity_hash_of

    lines = ["courriel;prenom;nom;telephone;finalite;statut;date"]
    lines += [f"p{i}@example.org;Zoé;Łukasz{i};06 00 00 {i % 100:02d};sms;oui;01/02/2025"
              for i in range(4500)]
    assert run(shop, write(tmp_path, "\r\n".join(lines))).subjects_added == 4500
    rows = shop.conn.execute(
        "SELECT s.uid, s.salt, s.email, s.first_name, s.last_name, s.phone, e.identity_hash "
        "FROM subject_text s JOIN consent_event_text e ON e.subject_id = s.id").fetchall()
    assert len({r[0] for r in rows}) == len({r[1] for r in rows}) == 4500
    assert all(len(r[0]) == 32 and len(r[1]) == 16 for r in rows)
    assert all(identity_hash_of(r[1], r[2], "", r[3], r[4], r[5]) == r[6] for r in rows)
    assert shop.consents.search("łukasz4499") and shop.consents.search("06000099")


def test_reimporting_the_same_file_changes_nothing(shop: Dossier, tmp_path: Path) -> None:
    path = write(tmp_path, csv_rows(20))
    first = run(shop, path)
    assert first.events_added == 20 and first.subjects_added == 20
    before = dossier_state(shop.path)
    again = run(shop, path)
    assert again.already_imported_at and again.events_added == 0
    assert dossier_state(shop.path) == before
    # the same rows in another file (one row added): only the new one is written
    more = write(tmp_path, csv_rows(21), name="more.csv")
    third = run(shop, more)
    assert (third.events_added, third.unchanged, third.subjects_added) == (1, 20, 1)


def test_a_file_imported_with_rows_left_out_imports_again_once_they_are_fixed(
        shop: Dossier, tmp_path: Path) -> None:
    """After --skip-invalid left rows out (here: a purpose the dossier did not have yet),
    giving the same file again imports what can now be imported, and only that."""
    text = ("email;purpose;status;date\n"
            "ann@example.org;newsletter;yes;2025-01-01\n"
            "bob@example.org;cakes;yes;2025-01-01\n")
    path = write(tmp_path, text)
    first = run(shop, path, skip_invalid=True)
    assert (first.events_added, first.rows_invalid) == (1, 1)
    from assistant.domain.consent import Purpose

    shop.consents.save_purpose(Purpose(None, "cakes", "Cakes of the week"))
    again = run(shop, path, skip_invalid=True)
    assert not again.already_imported_at
    assert (again.events_added, again.unchanged, again.rows_invalid) == (1, 1, 0)
    imports = shop.conn.execute(
        "SELECT count(*), sum(events_added), sum(rows_refused) FROM consent_import").fetchone()
    assert tuple(imports) == (1, 2, 0)  # the same file, now taken whole
    before = dossier_state(shop.path)
    assert run(shop, path).already_imported_at  # from now on recognised at once
    assert dossier_state(shop.path) == before
    from assistant.store.verify import verify_dossier

    assert drive(verify_dossier(shop.path)).sound


def test_one_column_file_is_not_split_on_a_letter(shop: Dossier, tmp_path: Path) -> None:
    exc, text = refused_file(shop, write(tmp_path, "purpose\nnewsletter\n"))
    assert exc.finding.code == "csv_missing_columns"
    assert "in.csv:1:" in text and "email / customer_ref" in text and "status" in text


def test_skip_invalid_writes_the_good_rows_and_reports_the_others(
        shop: Dossier, tmp_path: Path) -> None:
    text = ("email;purpose;status;date\n"
            "ok@example.org;newsletter;yes;2025-01-01\n"
            "bad-email;newsletter;yes;2025-01-01\n"
            "=cmd|'/c calc'!A1@example.org;newsletter;yes;2025-01-01\n"
            "ok2@example.org;newsletter;yes;2025-01-02\n")
    report_path = tmp_path / "bad.csv"
    report = run(shop, write(tmp_path, text), skip_invalid=True, report=report_path,
                 reason_text=lambda p: EN.get("csv", p.code, p.params))
    assert (report.events_added, report.rows_invalid) == (2, 2)
    rows = list(csv.reader(io.StringIO(report_path.read_text("utf-8-sig")), delimiter=";"))
    assert rows[0] == ["email", "purpose", "status", "date", "line", "reason"]
    assert rows[1][4] == "3" and "not a valid email" in rows[1][5]
    assert rows[2][0].startswith("'=")  # the report is itself safe to open in Excel


def test_a_row_whose_email_and_reference_are_two_people_is_refused(shop: Dossier,
                                                                  tmp_path: Path) -> None:
    """The event would prove the consent of the wrong person, for good (the ledger is
    append-only): the row is refused, naming its line, both values and what they find."""
    first = ("email;customer_ref;purpose;status;date\n"
             "ann@example.org;C-1;newsletter;yes;2025-01-01\n"
             "bob@example.org;C-2;newsletter;yes;2025-01-01\n"
             "cat@example.org;;newsletter;yes;2025-01-01\n"
             ";C-4;newsletter;yes;2025-01-01\n")
    run(shop, write(tmp_path, first, "first.csv"))
    clash = ("email;customer_ref;purpose;status;date\n"
             "ann@example.org;C-2;sms;yes;2025-02-01\n"  # Bob's reference, Ann's email
             "zed@example.org;C-1;sms;yes;2025-02-01\n"  # Ann's reference, a new email
             "bob@example.org;C-9;sms;yes;2025-02-01\n"  # Bob's email, a new reference
             "cat@example.org;C-4;sms;yes;2025-02-01\n"  # C-4 has no email: Cat's is taken
             "ANN@example.org;C-1;sms;yes;2025-02-02\n")  # fine: the same person
    assert refused_rows(shop, write(tmp_path, clash, "clash.csv")) == [
        '2: the customer reference "C-2" belongs to a person recorded with another email '
        '(bob@example.org), not "ann@example.org": correct the row, or that person\'s '
        'identity first.',
        '3: the customer reference "C-1" belongs to a person recorded with another email '
        '(ann@example.org), not "zed@example.org": correct the row, or that person\'s '
        'identity first.',
        '4: the email "bob@example.org" belongs to a person recorded with another customer '
        'reference (C-2), not "C-9": correct the row, or that person\'s identity first.',
        '5: the email "cat@example.org" belongs to another person than the customer '
        'reference "C-4": correct the row.']
    report_path = tmp_path / "refused.csv"
    report = run(shop, write(tmp_path, clash, "clash.csv"), skip_invalid=True,
                 report=report_path, reason_text=lambda p: EN.get("csv", p.code, p.params))
    assert (report.events_added, report.rows_invalid, report.rows_valid) == (1, 4, 1)
    assert [p.line for p in report.problems] == [2, 3, 4, 5]
    rows = list(csv.reader(io.StringIO(report_path.read_text("utf-8-sig")), delimiter=";"))
    assert [r[:2] + r[5:6] for r in rows] == [
        ["email", "customer_ref", "line"], ["ann@example.org", "C-2", "2"],
        ["zed@example.org", "C-1", "3"], ["bob@example.org", "C-9", "4"],
        ["cat@example.org", "C-4", "5"]]
    ann = shop.consents.find_subject(email="ann@example.org")
    assert ann is not None and len(shop.consents.history(ann.id)) == 2


def test_a_file_that_contradicts_itself_is_refused(shop: Dossier, tmp_path: Path) -> None:
    """The same email with two references in one file, near and far apart."""
    text = ("email;customer_ref;purpose;status;date\n"
            "ann@example.org;C-1;newsletter;yes;2025-01-01\n"
            "ann@example.org;C-2;sms;yes;2025-01-01\n"
            "cat@example.org;C-3;newsletter;yes;2025-01-01\n"
            "dan@example.org;C-3;sms;yes;2025-01-01\n")
    assert [line.split(":")[0] for line in refused_rows(shop, write(tmp_path, text))] == [
        "3", "5"]


# -- bad input: the whole file ----------------------------------------------------------------
@pytest.mark.parametrize("content,code,line", [
    (b"", "csv_empty", 1),
    (b"\xff\xfee\x00m\x00a\x00i\x00l\x00", "csv_utf16", 1),
    (b"PK\x03\x04" + b"\x00" * 100, "csv_workbook", 1),
    (b"\x7fELF\x02\x01\x01\x00\x00\x00", "csv_binary", 1),
    (b"email,purpose,status,date\na@example.org,newsletter,yes,2025-01-01\nb\x00c\n",
     "csv_binary", 3),
    ("email,purpose,status,date\ncafé@example.org,newsletter,yes,2025-01-01\n".encode()
     + "x@example.org,newsletter,yes,2025-01-01,Müller\n".encode("cp1252"),
     "csv_mixed_encoding", 3),
    ("email;purpose;status;date\nx@example.org;newsletter;yes;2025-01-01;Müller\n"
     .encode("cp1252") + "y@example.org;newsletter;oui;2025-01-01;José\n".encode(),
     "csv_mixed_encoding", 3),
    (b"email,purpose,status,date\nx@example.org,newsletter,yes,2025-01-01\n"
     b'y@example.org,"newsletter,yes,2025-01-01\nz@example.org,sms,yes,2025-01-01\n',
     "csv_unclosed_quote", 3),
    (b'email,purpose,status,date\nx@example.org,"news"letter,yes,2025-01-01\n',
     "csv_quoting", 2),
    (b"email,purpose,email,date,status\n", "csv_duplicate_column", 1),
    (b"nom;prenom;date\nDupont;Jean;2025-01-01\n", "csv_missing_columns", 1),
    (b"email\tpurpose\tstatus\tdate\nx@example.org\tsms\tyes\t2025-01-01\n",
     "csv_tab_separated", 1),
    (b"email;purpose;status;date\rx@example.org;sms;yes;2025-01-01\r", "csv_cr_only", 1),
    (b"courriel|finalite|statut|date\nx@example.org|sms|oui|2025-01-01\n",
     "csv_bar_separated", 1),
    (b"\n\n", "csv_no_header", 1),
    (b"email,purpose,status,date\n\n,,,\n", "csv_no_rows", 2),
])
def test_files_that_cannot_be_read(shop: Dossier, tmp_path: Path, content: bytes, code: str,
                                   line: int) -> None:
    exc, text = refused_file(shop, write(tmp_path, content))
    assert (exc.finding.code, exc.line) == (code, line)
    assert text.startswith(f"{tmp_path / 'in.csv'}:{line}: ")
    assert "Nothing was imported" in text
    assert "csv_" not in text  # words, not codes


def test_a_1_gb_file_is_streamed_not_loaded(shop: Dossier, tmp_path: Path) -> None:
    """A 1 GB file (sparse: a header, a row, then zeros) is refused at its first NUL
    byte without being read whole; the memory used stays small."""
    import resource

    path = tmp_path / "huge.csv"
    with path.open("wb") as f:
        f.write(b"email,purpose,status,date\na@example.org,newsletter,yes,2025-01-01\n")
        f.truncate(1 << 30)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    exc, _text = refused_file(shop, path)
    assert exc.finding.code == "csv_nul" or exc.finding.code == "csv_binary"
    assert exc.line == 3
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert grown_mb < 100


def test_a_1_gb_text_file_is_streamed(shop: Dossier, tmp_path: Path) -> None:
    """The same with text: a line of 64 MB (an unclosed quote) stops at 1 MB, naming its
    line, and memory stays bounded."""
    import resource

    path = tmp_path / "long.csv"
    chunk = b"x" * (1 << 20)
    with path.open("wb") as f:
        f.write(b'email,purpose,status,date\na@example.org,newsletter,yes,2025-01-01\n"')
        for _ in range(64):  # 64 MB is enough to show it: nothing is held whole
            f.write(chunk)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    exc, _ = refused_file(shop, path)
    assert (exc.finding.code, exc.line) == ("csv_line_too_long", 3)
    assert (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024 < 100


# -- bad input: rows --------------------------------------------------------------------------
HEAD = "email,customer_ref,first_name,purpose,status,date\n"


@pytest.mark.parametrize("row,expected", [
    ("x@example.org,,,cakes,yes,2025-01-01",
     'unknown purpose "cakes" (purposes of this dossier: newsletter, sms, partners, loyalty, '
     'phone)'),
    ("x@example.org,,,newsletter,maybe,2025-01-01", 'unknown status "maybe" (accepted: granted'),
    ("x@example.org,,,newsletter,yes,31/02/2025",
     '"31/02/2025" is not a real date (column "date")'),
    ("x@example.org,,,newsletter,yes,2999-01-01", '"2999-01-01" is in the future'),
    ("x@example.org,,,newsletter,yes,someday", '"someday" is not a date'),
    (",,Jean,newsletter,yes,2025-01-01", "no email, no customer reference and no phone number"),
    ("not-an-email,,,newsletter,yes,2025-01-01",
     '"not-an-email" is not a valid email address (column "email")'),
    ("x@example.org,," + "J" * 1000 + ",newsletter,yes,2025-01-01",
     'the column "first_name" is too long: 1000 characters, 200 at most'),
    ("x@example.org,,Jean\x07,newsletter,yes,2025-01-01",
     'the column "first_name" contains a character that is not allowed (U+0007'),
    ("x@example.org,,Jean\u202e,newsletter,yes,2025-01-01",
     "(U+202E (RIGHT-TO-LEFT OVERRIDE))"),
    ("x@example.org,,Jean\u2066,newsletter,yes,2025-01-01", "U+2066"),
    ('x@example.org,,"Jean\nDupont",newsletter,yes,2025-01-01',
     'the column "first_name" holds a line break'),
    ("x@example.org,,,,yes,2025-01-01", 'the column "purpose" is empty'),
    ("x@example.org,,,newsletter,yes,2025-01-01,extra,values", "8 values for 6 columns"),
])
def test_each_bad_row_is_named(shop: Dossier, tmp_path: Path, row: str, expected: str) -> None:
    text = HEAD + "ok@example.org,,,newsletter,yes,2025-01-01\n" + row + "\n"
    problems = refused_rows(shop, write(tmp_path, text))
    assert len(problems) == 1
    assert problems[0].startswith("3: "), problems
    assert expected in problems[0]


def test_every_bad_row_is_reported_with_its_line_after_quoted_newlines(
        shop: Dossier, tmp_path: Path) -> None:
    text = (HEAD + 'a@example.org,,"Multi\nline",newsletter,yes,2025-01-01\n'
            "b@example.org,,,newsletter,yes,2025-01-01\n"
            "b@example.org,,,newsletter,yes,2025-01-01\n"
            "\n"
            "c@example.org,,,unknown,yes,2025-01-01\n")
    problems = refused_rows(shop, write(tmp_path, text))
    assert [p.split(":")[0] for p in problems] == ["2", "5", "7"]
    assert "same row as line 4" in problems[1]


def test_unknown_wording_version_lists_the_known_ones(shop: Dossier, tmp_path: Path) -> None:
    text = "email,purpose,status,date,notice_version\nx@example.org,newsletter,yes,2025-01-01,v9\n"
    problems = refused_rows(shop, write(tmp_path, text))
    assert 'unknown wording version "v9"' in problems[0] and "(versions: v2)" in problems[0]


def test_a_wording_not_yet_in_effect_on_the_row_s_date_is_refused(shop: Dossier,
                                                                   tmp_path: Path) -> None:
    text = ("email;purpose;status;date;notice_version\n"
            "ann@example.org;newsletter;yes;2019-12-31;v2\n"
            "bob@example.org;newsletter;yes;2020-01-01;v2\n")
    assert refused_rows(shop, write(tmp_path, text)) == [
        '2: the wording version "v2" of the purpose "newsletter" took effect on 2020-01-01, '
        'after the date of the row (2019-12-31).']


def test_a_file_changed_during_the_import_is_refused(shop: Dossier, tmp_path: Path) -> None:
    path = write(tmp_path, csv_rows(5))
    before = dossier_state(shop.path)
    job = import_consents(shop, path)
    next(job)
    next(job)  # scanned, checking
    path.write_text(csv_rows(6))
    os.utime(path, ns=(1, 1))
    with pytest.raises(CsvRefused) as caught:
        for _ in job:
            pass
    assert caught.value.finding.code == "csv_changed"
    assert dossier_state(shop.path) == before


def test_cancelling_while_writing_writes_nothing(shop: Dossier, tmp_path: Path) -> None:
    path = write(tmp_path, csv_rows(5000))
    before = dossier_state(shop.path)
    job = import_consents(shop, path)
    for progress in job:
        if progress.stage == "write" and progress.done > progress.total // 2 + 1:
            job.close()
            break
    assert dossier_state(shop.path) == before
    assert shop.consents.chain_head().count == 0


# -- export -----------------------------------------------------------------------------------
def test_export_opens_in_french_excel_and_guards_formulas(shop: Dossier,
                                                         tmp_path: Path) -> None:
    c = shop.consents
    p = c.add_subject(Identity("a@example.org", "=HYPERLINK(\"x\")", "+33 6", "@Dupont",
                               "-6 12 34 56 78"))  # a phone number still, with a minus first
    c.record(p.id, 1, EventKind.GRANTED, evidence="=1+1")
    out = tmp_path / "out.csv"
    drive(export_consents(shop, out, lang="fr"))
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:5] == ["numero", "date", "date_inconnue", "statut", "finalite"]
    cells = rows[1]
    for cell in cells:
        assert not cell or cell[0] not in "=+-@\t\r", cell
    assert "'=HYPERLINK(\"x\")" in cells and "'+33 6" in cells and "'@Dupont" in cells
    assert "'=1+1" in cells
    assert [guard(x) for x in ("\tx", "\rx", "a=b", "")] == ["'\tx", "'\rx", "a=b", ""]
    # and the export imports into another dossier, the guard removed
    with create_dossier(tmp_path / "other.rgpd") as other:
        report = run(other, out)
        assert report.events_added == 1
        again = other.consents.find_subject(customer_ref="=HYPERLINK(\"x\")")
        assert again is not None and again.identity.last_name == "@Dupont"


def test_export_of_current_statuses(shop: Dossier, tmp_path: Path) -> None:
    run(shop, write(tmp_path, csv_rows(3, purposes=("newsletter", "sms"))))
    out = tmp_path / "statuses.csv"
    drive(export_consents(shop, out, lang="en", statuses=True))
    rows = list(csv.reader(io.StringIO(out.read_text("utf-8-sig")), delimiter=";"))
    assert rows[0][:7] == ["email", "customer_ref", "first_name", "last_name", "phone",
                           "purpose", "status"]
    assert len(rows) == 1 + 6


def test_a_row_problem_names_the_column_as_the_file_does(shop: Dossier, tmp_path: Path) -> None:
    from assistant.content.messages import messages

    text = "Courriel;Finalité;Statut;Date\nx@example.org;sms;peut-être;2025-01-01\n"
    before = dossier_state(shop.path)
    with pytest.raises(CsvRowsRefused) as caught:
        run(shop, write(tmp_path, text, encoding="cp1252"))
    assert dossier_state(shop.path) == before
    problem = caught.value.problems[0]
    assert messages("fr").get("csv", problem.code, problem.params).endswith(
        "dans la colonne « Statut ».")


def test_missing_columns_are_named_in_english_and_french(shop: Dossier, tmp_path: Path) -> None:
    _, text = refused_file(shop, write(tmp_path, "nom;prenom;date\nDupont;Jean;2025-01-01\n"))
    assert ("the header lacks: email / customer_ref (courriel / reference_client), "
            "purpose (finalite), status (statut)") in text


def test_export_says_date_unknown_and_imports_back_the_same(shop: Dossier,
                                                           tmp_path: Path) -> None:
    c = shop.consents
    ann = c.add_subject(Identity("ann@example.org"))
    c.record(ann.id, 1, EventKind.GRANTED, date_unknown=True, channel="web")
    c.record(ann.id, 2, EventKind.REFUSED, occurred_at="2025-01-02T10:00:00Z")
    for lang, yes, header in (("fr", "oui : date inconnue", "date_inconnue"),
                              ("en", "yes: date unknown", "date_unknown")):
        out = tmp_path / f"ledger-{lang}.csv"
        drive(export_consents(shop, out, lang=lang))  # type: ignore[arg-type]
        rows = list(csv.DictReader(io.StringIO(out.read_text("utf-8-sig")), delimiter=";"))
        assert [r[header] for r in rows] == [yes, ""]
        statuses = tmp_path / f"statuses-{lang}.csv"
        drive(export_consents(shop, statuses, lang=lang, statuses=True))  # type: ignore[arg-type]
        rows = list(csv.DictReader(io.StringIO(statuses.read_text("utf-8-sig")),
                                   delimiter=";"))
        assert sorted(r[header] for r in rows) == ["", yes]
    with create_dossier(tmp_path / "other.rgpd") as other:
        assert run(other, tmp_path / "ledger-fr.csv").events_added == 2
        person = other.consents.find_subject(email="ann@example.org")
        assert person is not None
        history = other.consents.history(person.id)
        assert [(h.kind.value, h.date_unknown) for h in history] == [
            ("refused", False), ("granted", True)] or [
            (h.kind.value, h.date_unknown) for h in history] == [
            ("granted", True), ("refused", False)]
        assert {h.occurred_at for h in history if h.date_unknown} == {
            h.occurred_at for h in c.history(ann.id) if h.date_unknown}


def test_refused_is_a_status_of_the_csv_contract(shop: Dossier, tmp_path: Path) -> None:
    text = ("courriel;finalite;statut;date\n"
            "a@example.org;sms;refusé;2025-01-01\nb@example.org;sms;refused;2025-01-01\n")
    assert run(shop, write(tmp_path, text)).events_added == 2
    summary = {s.code: s for s in shop.consents.purpose_summary()}
    assert summary["sms"].refused == 2 and summary["sms"].withdrawn == 0


def test_a_person_known_only_by_phone_and_excel_s_text_mark(shop: Dossier,
                                                            tmp_path: Path) -> None:
    text = ("telephone;reference_client;finalite;statut;date\n"
            "06 12 34 56 78;;sms;oui;2025-01-01\n"
            "+33 6 12 34 56 78;;sms;retiré;2025-02-01\n"
            "'0033612345000;'00042;sms;oui;2025-01-01\n")
    report = run(shop, write(tmp_path, text))
    assert report.events_added == 3 and report.subjects_added == 2
    person = shop.consents.find_subject(phone="0612345678")
    assert person is not None
    # the same number written another way: the same person
    assert [h.kind.value for h in shop.consents.history(person.id)] == ["granted",
                                                                        "withdrawn"]
    other = shop.consents.find_subject(phone="06 12 34 50 00")
    assert other is not None and other.identity.phone == "0033612345000"
    assert other.identity.customer_ref == "00042"  # Excel's leading ' stripped
