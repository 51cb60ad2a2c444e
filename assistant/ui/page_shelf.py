"""The main window's pages, each built the first time it is asked for.

A page module brings its dialogs, table models and the core they use (the consent ledger's
phone numbers, the PDF code of the Documents page): importing all of them before the window
first paints made the start several times slower than a bare window. The sidebar lists every
page from the start; the stack holds the pages built so far (the one shown, or one a caller
asked for by key), in the sidebar's order. (It held an empty stand-in for each page not
built: sixteen widgets made, parented and hidden cost the first paint some milliseconds.)

A page not built yet holds nothing: no unsaved work, no job, nothing stale. So :meth:`values`
gives the built pages only, and the window's loops over its pages (save work, stop jobs) pass
over the others without building them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from PySide6.QtWidgets import QStackedWidget, QWidget

from assistant.ui.pages.base import Page
from assistant.ui.session import Session


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str
    factory: Callable[[Session, QWidget], Page]
    section: str = ""  # a heading shown in the sidebar before this page


class PageShelf:
    """Page by key, built on first use into ``stack``; ``built`` is called with each new
    page (for the window's connections to it)."""

    def __init__(self, specs: list[PageSpec], session: Session, stack: QStackedWidget,
                 built: Callable[[str, Page], None]) -> None:
        self._specs = {spec.key: spec for spec in specs}
        self._session = session
        self._stack = stack
        self._built = built
        self._pages: dict[str, Page] = {}

    def __getitem__(self, key: str) -> Page:
        page = self._pages.get(key)
        if page is None:
            spec = self._specs[key]  # KeyError for a key that names no page, as a dict
            page = spec.factory(self._session, self._stack)
            keys = list(self._specs)
            before = sum(1 for k in self._pages if keys.index(k) < keys.index(key))
            self._stack.insertWidget(before, page)  # the sidebar's order
            self._pages[key] = page
            self._built(key, page)
        return page

    def get(self, key: str, default: Page | None = None) -> Page | None:
        return self[key] if key in self._specs else default

    def __contains__(self, key: object) -> bool:
        return key in self._specs

    def __iter__(self) -> Iterator[str]:
        return iter(self._specs)

    def __len__(self) -> int:
        return len(self._specs)

    def keys(self) -> list[str]:
        return list(self._specs)

    def is_built(self, key: str) -> bool:
        return key in self._pages

    def values(self) -> list[Page]:
        """The pages built so far, in the sidebar's order."""
        return [self._pages[k] for k in self._specs if k in self._pages]

    def items(self) -> list[tuple[str, Page]]:
        return [(k, self._pages[k]) for k in self._specs if k in self._pages]
