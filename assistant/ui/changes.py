"""What a change to the open dossier touched, so that only the pages showing it read again.

Modelled on Anki's ``OpChanges``: an action says which areas of the dossier it changed, the
session passes that on with its ``changed`` signal, and each page declares the areas it
shows (:attr:`assistant.ui.pages.base.Page.areas`) and reads the dossier again only after a
change to one of them (a hidden page when it is next shown). A page that names too few areas
shows old data; one that names too many only costs a refresh, so a page or an action that
does not say keeps :attr:`Area.ALL`.
"""

from __future__ import annotations

import enum


class Area(enum.Flag):
    """The parts of a dossier a change can touch; combine them with ``|``."""

    ORGANISATION = enum.auto()  # who the dossier is about: the controller, its contacts
    REGISTER = enum.auto()  # the processing activities (Art. 30 register)
    PROCESSORS = enum.auto()  # the processors and their contracts
    GUIDE = enum.auto()  # the six steps: tasks, action plan, DPIA screenings, pilot and DPO
    CONSENTS = enum.auto()  # people, purposes, wordings, the consent ledger, paper forms
    REQUESTS = enum.auto()  # rights requests, their people in the ledger, answers filed
    BREACHES = enum.auto()  # data breaches
    NOTICES = enum.auto()  # the information notices published
    DOCUMENTS = enum.auto()  # what was printed or exported (forms, suppression lists)
    # Not known, or all of it: an undo whose action is not known, a dossier read again,
    # the language changed.
    ALL = (ORGANISATION | REGISTER | PROCESSORS | GUIDE | CONSENTS | REQUESTS | BREACHES
           | NOTICES | DOCUMENTS)


# What the guide's assessment reads (the overview and the six steps show it): every area of
# the dossier except what was printed.
GUIDE_READS = Area.ALL & ~Area.DOCUMENTS
