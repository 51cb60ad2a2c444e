"""Names Windows accepts for every file the app names, and the refusal of those it would not
take (tested with pathlib's PureWindowsPath, on any system)."""

from __future__ import annotations

from pathlib import Path, PureWindowsPath

import pytest

from assistant.store.filenames import (
    MAX_PATH_CHARS,
    dossier_file_name,
    fit_name,
    name_problem,
    numbered,
    safe_stem,
    utf16_len,
    windows_rules_apply,
)
from assistant.store.outputs import (
    PathTooLong,
    WindowsNameRefused,
    check_output,
    check_windows_name,
)
from tests.store.windows_names import windows_refuses

AWKWARD = [
    "Con", "Aux", "Nul", "Prn", "Com1", "Lpt1", "con", "AUX", "nUl", "cOm9", "LPT0", "COM¹",
    "conin$", "Con.txt", "aux.tar.gz", "NUL .pdf", "Com1 ", "Prn.",
    'a<b>c:d"e/f\\g|h?i*j', "Chez Léa: coiffure", "Fleurs & Co.", "Boutique   ", "...",
    "   ", "", "tab\there", "line\nbreak", "x" * 300, "Ζαχαροπλαστείο " * 30,
    "🥐 Boulangerie 🥖" * 20, "Kwiaciarnia Łódź", "../../etc/passwd", "C:\\Windows\\x",
]
DESKTOP = PureWindowsPath(r"C:\Users\Camille Dupont-Martin\OneDrive - Cabinet Martin\Bureau"
                          r"\Clients 2027\Dossiers RGPD")


@pytest.mark.parametrize("text", AWKWARD)
def test_every_awkward_name_gives_a_name_windows_takes(text: str) -> None:
    for name in (safe_stem(text) + ".pdf", dossier_file_name(text),
                 fit_name(DESKTOP, text, ".pdf")):
        assert windows_refuses(DESKTOP / name) == [], name
        assert name_problem(name) is None
        assert PureWindowsPath(DESKTOP, name).parent == DESKTOP  # one name, not a path


@pytest.mark.parametrize("text,expected", [
    ("Con", "Con-dossier.rgpd"), ("AUX", "AUX-dossier.rgpd"), ("nul", "nul-dossier.rgpd"),
    ("Prn", "Prn-dossier.rgpd"), ("Com1", "Com1-dossier.rgpd"), ("lpt1", "lpt1-dossier.rgpd"),
    ("Au Pain Doré", "Au-Pain-Dore.rgpd"), ("Fleurs & Co.", "Fleurs-Co.rgpd"),
])
def test_a_shop_named_like_a_device_gets_a_dossier_it_can_save(text: str,
                                                               expected: str) -> None:
    assert dossier_file_name(text) == expected


@pytest.mark.parametrize("name,problem", [
    ("con", "device"), ("Con.rgpd", "device"), ("aux.tar.gz", "device"),
    ("NUL .pdf", "device"), ("COM1", "device"), ("lpt9.txt", "device"), ("COM³", "device"),
    ("a:b.pdf", "character"), ("why?.pdf", "character"), ('say "hi".pdf', "character"),
    ("a|b", "character"), ("a\tb", "character"), ("Shop.", "trailing"), ("Shop ", "trailing"),
    ("x" * 256, "too_long"), ("", "empty"), ("..", "empty"),
    ("Shop.pdf", None), ("console.pdf", None), ("com10.pdf", None), ("Auxerre.rgpd", None),
    (".hidden", None), ("Ζωή.rgpd", None),
])
def test_name_problem_follows_windows(name: str, problem: str | None) -> None:
    assert name_problem(name) == problem
    if problem in ("device", "character", "trailing"):
        folder = PureWindowsPath("C:/x")
        # "a:b.pdf" is not even a name there: pathlib reads a drive "a:"
        assert windows_refuses(folder / name) or (folder / name).parent != folder


def test_a_long_name_is_shortened_to_fit_the_whole_path() -> None:
    deep = PureWindowsPath("C:/" + "/".join(["Dossier partagé du cabinet"] * 8))
    assert utf16_len(str(deep)) > 200
    name = fit_name(deep, "Boulangerie Pâtisserie " * 10, "-register-extract.pdf")
    assert name.endswith("-register-extract.pdf")
    assert utf16_len(str(deep / name)) <= MAX_PATH_CHARS
    assert windows_refuses(deep / name) == []


def test_emoji_count_twice_as_windows_counts() -> None:
    stem = safe_stem("🥐" * 100, max_len=80)
    assert utf16_len(stem) <= 80 and len(stem) == 40


def test_numbered_names_ignore_case_as_windows_does() -> None:
    taken: set[str] = set()
    names = [numbered(s, ".pdf", taken) for s in ("Shop", "shop", "SHOP", "con", "CON")]
    assert names == ["Shop.pdf", "shop-2.pdf", "SHOP-3.pdf", "con-file.pdf",
                     "CON-file-2.pdf"]


def test_windows_rules_apply_on_windows_and_on_its_disks() -> None:
    folder = PureWindowsPath("C:/x")
    assert windows_rules_apply(folder, on_windows=True)
    assert not windows_rules_apply("/home/me", on_windows=False, fstype="ext4")
    for fstype in ("vfat", "exfat", "ntfs3", "fuseblk", "cifs"):
        assert windows_rules_apply("/media/usb", on_windows=False, fstype=fstype)


@pytest.mark.parametrize("name,code", [
    ("CON.pdf", "windows_name_device"), ("aux", "windows_name_device"),
    ("a:b.pdf", "windows_name_character"), ("Shop.", "windows_name_trailing"),
    ("Shop ", "windows_name_trailing"),
])
def test_a_typed_name_windows_refuses_is_refused_there(tmp_path: Path, name: str,
                                                       code: str) -> None:
    target = tmp_path / name
    with pytest.raises(WindowsNameRefused) as caught:
        check_windows_name(target, on_windows=True)
    assert caught.value.code == code
    from assistant.content.messages import messages

    for lang in ("fr", "en"):
        text = messages(lang).exception(caught.value)
        assert name in text and "{" not in text
    check_windows_name(target, on_windows=False, fstype="ext4")  # Linux takes it
    assert not target.exists()


def test_a_path_past_260_characters_is_refused_without_long_paths(tmp_path: Path) -> None:
    target = tmp_path / ("x" * (MAX_PATH_CHARS - len(str(tmp_path))))
    with pytest.raises(PathTooLong) as caught:
        check_windows_name(target, on_windows=True, long_paths=False)
    assert caught.value.params["limit"] == MAX_PATH_CHARS
    check_windows_name(target, on_windows=True, long_paths=True)


def test_check_output_applies_the_windows_rules(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from assistant.store import filenames

    monkeypatch.setattr(filenames, "ON_WINDOWS", True)
    with pytest.raises(WindowsNameRefused):
        check_output(tmp_path / "nul.csv")
    assert check_output(tmp_path / "null.csv") == tmp_path / "null.csv"


# -- the names the app gives: one PDF per dossier, answers' files, backups -----------------
def test_export_all_names_every_pdf_as_windows_takes_it() -> None:
    from assistant.reports.batch import output_names
    from assistant.reports.context import KIND_EXTRACT

    folder = Path("/clients")
    dossiers = [folder / n for n in ("CON.rgpd", "con.RGPD", "Aux.rgpd", "Shop..rgpd",
                                     "a:b.rgpd", "Fleurs ?.rgpd", ("Boulangerie " * 30) + ".rgpd",
                                     "sub/Shop.rgpd", "Shop.rgpd")]
    for kind in ("full", KIND_EXTRACT):
        names = [p.name for p in output_names(dossiers, folder, kind).values()]
        assert len({n.casefold() for n in names}) == len(names), names  # one file each
        for name in names:
            assert windows_refuses(DESKTOP / name) == [], name


def test_an_answer_s_files_are_named_as_windows_takes_them() -> None:
    from assistant.domain.request_answer import AnswerKind
    from assistant.reports.answers.pack import file_stem

    for reference in ("CON", "D-004", "D/004:a?", "x" * 500, "...", "Aux."):
        stem = file_stem(reference, AnswerKind.PORTABILITY, 12)
        for suffix in ("-letter.pdf", "-letter.docx", ".json", ".csv", "-copy.pdf"):
            assert windows_refuses(DESKTOP / f"{stem}{suffix}") == [], stem + suffix


def test_a_backup_of_a_long_named_dossier_fits_windows_paths(tmp_path: Path) -> None:
    from assistant.store.backup import automatic_backup, list_backups
    from assistant.store.dossier import create_dossier

    path = tmp_path / (("Boulangerie Pâtisserie du Marché " * 6).strip() + ".rgpd")
    dossier = create_dossier(path)
    try:
        made = automatic_backup(dossier.conn, path, dossier.uuid, "before-restore")
        # where Windows keeps it: %LOCALAPPDATA%\rgpd-assistant\backups\<uuid>\<name>
        there = PureWindowsPath(r"C:\Users\Camille Dupont-Martinez\AppData\Local",
                                "rgpd-assistant", "backups", dossier.uuid, made.name)
        assert windows_refuses(there) == []
        found = list_backups(dossier.uuid)
        assert len(found) == 1 and found[0].reason == "before-restore"
        assert not found[0].from_other_file(path)  # its own, though the name is shortened
    finally:
        dossier.close()
