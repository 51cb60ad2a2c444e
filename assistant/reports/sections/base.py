"""What a section of a PDF document is: one module, one builder, registered in order."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reportlab.platypus import Flowable

from assistant.reports.context import ReportContext
from assistant.reports.snapshot import Snapshot

Builder = Callable[[Snapshot, ReportContext], list[Flowable]]


@dataclass(frozen=True)
class Section:
    """One part of a document.

    ``key`` names it on the command line (``--sections``) and in the GUI; ``title`` is the
    key of its title in ``messages-reports.toml [pdf]``; ``kinds`` are the documents it
    belongs to; ``build`` turns a snapshot into flowables (it starts with a
    :class:`~assistant.reports.document.Heading` of level 0 for the table of contents).
    A ``required`` section is always in its documents.
    """

    key: str
    title: str
    kinds: frozenset[str]
    build: Builder
    required: bool = False
