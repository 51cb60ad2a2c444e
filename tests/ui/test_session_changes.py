"""A change names the areas of the dossier it touched, and a page reads the dossier again only
for a change to one of the areas it shows; an undo names the areas of what it undid."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from assistant.domain.guide.model import CustomAction
from assistant.domain.organisation import Organisation
from assistant.store.dossier import Dossier
from assistant.ui.changes import Area
from assistant.ui.pages.base import Page
from assistant.ui.session import Session


class CountingPage(Page):
    """A page that shows one area and counts how often it read the dossier."""

    def __init__(self, session: Session, areas: Area) -> None:
        super().__init__(session)
        self.areas = areas  # type: ignore[misc]  # one class, several areas, for the test
        self.reads = 0

    def refresh(self) -> None:
        self.reads += 1


@pytest.fixture
def session(qtbot, new_dossier: Dossier) -> Iterator[Session]:  # type: ignore[no-untyped-def]
    session = Session()
    session.open(new_dossier)
    yield session
    session.dossier = None  # the fixture closes the dossier


@pytest.fixture
def shown(qtbot, session: Session):  # type: ignore[no-untyped-def]
    """A page shown for each of two areas, having read the dossier once."""
    pages = {}
    for area in (Area.GUIDE, Area.CONSENTS):
        page = CountingPage(session, area)
        qtbot.addWidget(page)
        page.show()
        qtbot.waitExposed(page)
        page.reads = 0
        pages[area] = page
    return pages


def changes_of(session: Session) -> list[Area]:
    seen: list[Area] = []
    session.changed.connect(seen.append)
    return seen


def add_action(session: Session, title: str, areas: Area = Area.GUIDE) -> None:
    dossier = session.dossier
    assert dossier is not None
    session.perform(None, "Action plan", lambda: dossier.guide.save_action(
        CustomAction(title=title), label=f"new action {title}"), areas)


def test_a_change_refreshes_only_the_pages_that_show_its_area(session, shown) -> None:
    add_action(session, "Train the staff")
    assert shown[Area.GUIDE].reads == 1
    assert shown[Area.CONSENTS].reads == 0


def test_a_hidden_page_reads_a_change_to_its_area_when_shown_again(qtbot, session,
                                                                   shown) -> None:
    guide, consents = shown[Area.GUIDE], shown[Area.CONSENTS]
    guide.hide()
    consents.hide()
    add_action(session, "Train the staff")
    assert guide.reads == 0  # not while hidden
    guide.show()
    consents.show()
    qtbot.waitExposed(guide)
    assert guide.reads == 1
    assert consents.reads == 0  # nothing it shows changed


def test_an_action_that_names_no_area_refreshes_every_page(session, shown) -> None:
    dossier = session.dossier
    seen = changes_of(session)
    session.perform(None, "Organisation", lambda: dossier.organisation.save(
        Organisation(legal_name="Boulangerie Martin"), label="organisation"))
    assert seen == [Area.ALL]
    assert shown[Area.GUIDE].reads == shown[Area.CONSENTS].reads == 1


def test_an_undo_names_the_areas_of_the_action_it_undoes(session, shown) -> None:
    dossier = session.dossier
    add_action(session, "Train the staff", Area.GUIDE)
    session.perform(None, "Organisation", lambda: dossier.organisation.save(
        Organisation(legal_name="Boulangerie Martin"), label="organisation"),
        Area.ORGANISATION)
    seen = changes_of(session)
    shown[Area.GUIDE].reads = 0

    session.undo(None)  # the organisation: the guide's page stays as it is
    assert seen == [Area.ORGANISATION]
    assert shown[Area.GUIDE].reads == 0
    session.undo(None)  # the action: the page that shows the plan reads it again
    assert seen == [Area.ORGANISATION, Area.GUIDE]
    assert shown[Area.GUIDE].reads == 1
    assert [a.title for a in dossier.guide.actions()] == []
    assert shown[Area.CONSENTS].reads == 0

    session.redo(None)
    session.redo(None)
    assert seen[2:] == [Area.GUIDE, Area.ORGANISATION]
    assert [a.title for a in dossier.guide.actions()] == ["Train the staff"]


def test_an_undo_of_a_change_made_outside_an_action_refreshes_everything(session,
                                                                        shown) -> None:
    dossier = session.dossier
    add_action(session, "Train the staff")
    dossier.guide.save_action(CustomAction(title="Shred old forms"), label="by hand")
    seen = changes_of(session)
    session.undo(None)
    assert seen == [Area.ALL]
    session.undo(None)  # the one made through the session still names its area
    assert seen == [Area.ALL, Area.GUIDE]


def test_a_new_action_after_an_undo_forgets_what_could_be_redone(session) -> None:
    add_action(session, "Train the staff", Area.GUIDE)
    session.undo(None)
    add_action(session, "Shred old forms", Area.GUIDE | Area.DOCUMENTS)
    seen = changes_of(session)
    session.undo(None)
    assert seen == [Area.GUIDE | Area.DOCUMENTS]


def test_a_change_made_by_a_form_names_its_areas_for_undo(session, shown) -> None:
    dossier = session.dossier
    with session.changing(Area.GUIDE):
        dossier.guide.save_action(CustomAction(title="Train the staff"), label="typed")
    assert shown[Area.GUIDE].reads == 1 and shown[Area.CONSENTS].reads == 0
    seen = changes_of(session)
    session.undo(None)
    assert seen == [Area.GUIDE]


def test_a_change_that_fails_tells_no_page(session, shown) -> None:
    seen = changes_of(session)
    with pytest.raises(RuntimeError), session.changing(Area.GUIDE):
        raise RuntimeError("the dossier refused")
    assert seen == [] and shown[Area.GUIDE].reads == 0
