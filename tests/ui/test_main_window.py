from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from assistant.store.dossier import create_dossier
from assistant.ui.main_window import MainWindow, page_specs
from assistant.ui.settings import Settings


def test_without_a_dossier_the_start_page_shows(window: MainWindow) -> None:
    assert window.central.currentWidget() is window.start
    assert not window.act_export_json.isEnabled()


def test_sidebar_has_every_area(window: MainWindow, demo_copy: Path) -> None:
    assert window.open_path(demo_copy)
    keys = [s.key for s in page_specs()]
    assert keys == ["overview", "step1", "step2", "step3", "step4", "step5", "step6",
                    "register", "consents", "requests", "breaches", "processors", "documents",
                    "notices"]
    for key in keys:
        window.show_page(key)
        assert window.stack.currentWidget() is window.pages[key]


def test_open_remembers_recent_and_last(window: MainWindow, demo_copy: Path) -> None:
    assert window.open_path(demo_copy)
    assert window.central.currentWidget() is window.splitter
    assert "Au Pain Doré" in window.windowTitle()
    settings = Settings()
    assert settings.last_dossier == demo_copy.resolve()
    assert settings.recent()[0] == demo_copy.resolve()
    window.close_dossier()
    assert window.central.currentWidget() is window.start
    assert window.start.recent.count() == 1


def test_a_refused_file_gets_a_message(window: MainWindow, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    bad = tmp_path / "bad.rgpd"
    bad.write_text("hello")
    assert not window.open_path(bad)
    assert shown and "bad.rgpd" in shown[0] and "not an SQLite database" in shown[0]
    assert window.central.currentWidget() is window.start


def test_locked_dossier_message_names_the_holder(window: MainWindow, tmp_path: Path,
                                                 monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    path = tmp_path / "shop.rgpd"
    holder = create_dossier(path)
    try:
        assert not window.open_path(path)
    finally:
        holder.close()
    assert "already open by" in shown[0]


def test_undo_redo_actions_follow_the_store(window: MainWindow, demo_copy: Path) -> None:
    window.open_path(demo_copy)
    dossier = window.session.dossier
    assert dossier is not None
    assert not window.act_undo.isEnabled()
    first = dossier.register.list()[0]
    window.session.perform(window, "t", lambda: dossier.register.delete([first.id],
                                                                       label="deletion"))
    assert window.act_undo.isEnabled() and "deletion" in window.act_undo.text()
    window.act_undo.trigger()
    assert dossier.register.get(first.id) is not None
    assert window.act_redo.isEnabled()
    window.act_redo.trigger()
    assert dossier.register.get(first.id) is None


def test_switching_language_rebuilds_the_window(window: MainWindow, demo_copy: Path) -> None:
    window.open_path(demo_copy)
    window.show_page("register")
    window.set_language("fr")
    try:
        assert window.menuBar().actions()[0].text() == "&Fichier"
        assert window.current_page_key() == "register"
        assert Settings().language_choice == "fr"
    finally:
        window.set_language("en")
    assert window.menuBar().actions()[0].text() == "&File"


def test_a_dossier_in_a_synced_folder_gets_a_warning(window: MainWindow, demo_file: Path,
                                                     tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    synced = tmp_path / "Dropbox" / "Clients"
    synced.mkdir(parents=True)
    path = synced / "client.rgpd"
    path.write_bytes(demo_file.read_bytes())
    assert window.open_path(path)
    assert shown and "Dropbox" in shown[0]
    window.close_dossier()
    shown.clear()
    assert window.open_path(path, ) and shown  # warned each time until told otherwise


def test_verify_against_a_printed_head(qtbot, window: MainWindow, demo_copy: Path,  # type: ignore[no-untyped-def]
                                       monkeypatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    from assistant.store.dossier import open_dossier

    with open_dossier(demo_copy, read_only=True, check=False) as d:
        head = d.consents.chain_head().hash
    typed = iter([("not a head", True), (f" {head[:8]} {head[8:24].upper()}\n", True)])
    asked: list[str] = []

    def get_text(parent, title, label, mode, text):  # type: ignore[no-untyped-def]
        asked.append(text)
        return next(typed)

    warned: list[str] = []
    shown: list[str] = []
    monkeypatch.setattr(QInputDialog, "getText", get_text)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))
    assert window.open_path(demo_copy)
    window.act_verify_head.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    # the malformed head is named and asked again, with what was typed kept
    assert len(warned) == 1 and "“not a head” is not a chain head" in warned[0]
    assert asked == ["", "not a head"]
    assert "the given chain head is event no. " in shown[0]


def test_verify_against_a_head_can_be_given_up(window: MainWindow, demo_copy: Path,  # type: ignore[no-untyped-def]
                                               monkeypatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getText", lambda *a: ("", False))
    assert window.open_path(demo_copy)
    running = len(window._jobs)  # the daily backup may be running
    window.act_verify_head.trigger()
    assert len(window._jobs) <= running  # no verification was started


def test_switching_language_keeps_one_path_in_the_status_bar(window: MainWindow,
                                                             demo_copy: Path) -> None:
    from PySide6.QtWidgets import QLabel

    from assistant.ui.file_jobs import file_filter

    assert window.open_path(demo_copy)
    try:
        window.set_language("fr")
        assert file_filter().startswith("Dossiers RGPD")  # in the language now in force
        window.set_language("en")
        window.set_language("fr")
        shown = [label for label in window.statusBar().findChildren(QLabel)
                 if str(demo_copy) in label.toolTip() and not label.isHidden()]
        assert len(shown) == 1
    finally:
        window.set_language("en")


def test_opening_a_copy_of_a_dossier_gives_it_its_own_identity(window: MainWindow,  # type: ignore[no-untyped-def]
                                                              demo_copy: Path,
                                                              tmp_path: Path,
                                                              qtbot) -> None:
    import shutil

    assert window.open_path(demo_copy)
    original = window.session.dossier.uuid  # type: ignore[union-attr]
    copy = tmp_path / "copie.rgpd"
    window.close_dossier()
    shutil.copy(demo_copy, copy)
    assert window.open_path(copy)
    assert window.session.dossier.uuid != original  # type: ignore[union-attr]
    assert "is a copy of" in window.statusBar().currentMessage()
    jobs = list(window._jobs)  # the daily backup, which must not hide the copy's message
    assert jobs
    qtbot.waitUntil(lambda: not any(r.running for r in jobs), timeout=20000)
    assert "is a copy of" in window.statusBar().currentMessage()


def test_the_daily_backup_message_leaves_the_path_its_room(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                          demo_copy: Path) -> None:
    assert window.open_path(demo_copy)
    window.statusBar().clearMessage()  # the file's own note first: the notice waits for it
    qtbot.waitUntil(lambda: "Daily backup" in window.statusBar().currentMessage(),
                    timeout=10000)
    message = window.statusBar().currentMessage()
    assert "File › Restore a backup" in message and "/" not in message.split("(")[0]
    path = window.status_path
    assert path.toolTip() == str(demo_copy)  # the whole path, shortened in sight if need be
    window.resize(700, 500)
    qtbot.wait(50)
    assert path.fontMetrics().horizontalAdvance(path.text()) <= path.width()


def test_opening_and_reading_a_dossier_leaves_its_bytes_unchanged(  # type: ignore[no-untyped-def]
        window: MainWindow, demo_copy: Path, qtbot) -> None:
    from tests.conftest import file_digest

    before = file_digest(demo_copy)
    assert window.open_path(demo_copy)
    for spec in page_specs():
        window.show_page(spec.key)
        qtbot.wait(1)
    window.session.close()
    assert file_digest(demo_copy) == before


def test_pages_are_built_when_first_shown_and_read_a_new_dossier_once(  # type: ignore[no-untyped-def]
        window: MainWindow, demo_copy: Path, tmp_path: Path) -> None:
    import shutil

    assert window.open_path(demo_copy)
    assert [p.key for p in window.pages.values()] == ["overview"]
    window.show_page("consents")
    page = window.pages["consents"]
    assert window.stack.currentWidget() is page and page.isVisible()
    assert len(window.pages.values()) == 2 and len(window.pages) == len(page_specs())
    reads: list[bool] = []  # whether each read had a dossier to read
    real = page.refresh
    page.refresh = lambda: (  # type: ignore[method-assign]
        reads.append(window.session.dossier is not None), real())[1]
    other = tmp_path / "other.rgpd"
    shutil.copyfile(demo_copy, other)
    assert window.open_path(other)
    assert reads.count(True) == 1  # marked stale, then shown: the new dossier read once


def test_a_processing_named_by_the_guide_opens_in_its_editor(window: MainWindow,  # type: ignore[no-untyped-def]
                                                             demo_copy: Path,
                                                             monkeypatch) -> None:
    """The guide's links to a processing: the register shows, with that processing selected
    and its editor open."""
    from assistant.ui.pages.register_page import RegisterPage

    assert window.open_path(demo_copy)
    dossier = window.session.dossier
    assert dossier is not None
    wanted = dossier.register.list()[-1]
    edited: list[str] = []
    monkeypatch.setattr(RegisterPage, "open_editor",
                        lambda self, processing: edited.append(processing.name))
    window.edit_processing(int(wanted.id or 0))
    assert window.current_page_key() == "register"
    register = window.pages["register"]
    assert isinstance(register, RegisterPage)
    assert register.selected_ids() == [wanted.id]
    assert edited == [wanted.name]
