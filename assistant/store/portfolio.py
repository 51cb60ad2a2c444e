"""Many dossiers at a glance: one summary per dossier file of a folder.

:func:`summarise` reads one file and never fails: every refusal of opening (missing, not
SQLite, another program's database, a newer schema, damaged...) becomes the summary's
``status`` with its message code, so a folder view can show each file for what it is. A
dossier that someone else has open for writing is still read (a WAL reader never blocks the
writer, and the writer never blocks it) and is shown with who holds it and since when.

Reading never locks a dossier against its owner: the file is opened read-only, without the
instance lock, with a normal connection in ``query_only`` mode (see
:func:`assistant.store.dossier.open_dossier`), in one short read transaction.

:func:`scan` is the job (a generator of :class:`Progress` returning every summary) that the
CLI and the GUI drive. It hands each summary, as soon as it is ready, to an ``on_summary``
callback: the GUI's callback emits a Qt signal (delivered queued on the GUI thread), so the
table fills progressively while the job keeps a plain generator shape. The folder is read
non-recursively by default; with ``recursive=True`` every sub-folder is read too, except
hidden ones (names starting with a dot). Hidden files are never listed: the app's own
temporary files (``.Shop.rgpd.xxxx.part``, ``.building``) start with a dot.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import sqlite3
from collections.abc import Callable, Generator, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from assistant.domain.clock import utc_now
from assistant.domain.deadlines import ClockState, breach_clock, request_clock
from assistant.domain.guide.model import Priority
from assistant.domain.progress import Progress
from assistant.domain.worklist import (
    WEEK_DAYS,
    Attention,
    Deadline,
    attention_reasons,
    next_deadline,
    overdue,
    shared_identifiers,
    urgency_key,
)
from assistant.store import migrations
from assistant.store.errors import (
    DossierError,
    DossierNotFound,
    NotAFile,
    ReadOnlyLocation,
    StorageError,
    environment_error,
)
from assistant.store.lock import is_locked, read_holder
from assistant.store.verify_log import VerifyRecord, file_modified, last_verify
from assistant.store.verify_log import load as load_verify_log

if TYPE_CHECKING:
    from assistant.domain.guide.checklist import StepDef
    from assistant.domain.organisation import Organisation
    from assistant.store.dossier import Dossier

log = logging.getLogger(__name__)

SUFFIX = ".rgpd"


class Status(StrEnum):
    """Whether a file could be read. The refusals carry the code of the matching
    :class:`~assistant.store.errors.DossierError` (words in ``messages.toml [errors]``)."""

    OK = "ok"
    NOT_FOUND = "not_found"
    NOT_A_FILE = "not_a_file"
    NOT_SQLITE = "not_sqlite"
    NOT_OURS = "not_our_file"
    NEWER = "newer_version"
    OLDER = "needs_update"  # an older schema: opening it for writing updates it
    CORRUPT = "corrupt"
    NO_ACCESS = "no_access"  # the file cannot even be read (permissions)
    BUSY = "busy"
    UNREADABLE = "storage_error"  # any other error reading it
    UNEXPECTED = "unexpected"  # a bug: logged with its traceback

    @property
    def readable(self) -> bool:
        return self is Status.OK


@dataclass(frozen=True)
class StepCount:
    number: int
    settled: int
    total: int


@dataclass(frozen=True)
class DossierSummary:
    """What the folder view, the summary PDF and the batch commands know of one file."""

    path: Path
    status: Status = Status.OK
    error_params: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    file_size: int = 0
    file_modified: str = ""  # UTC text, from the file system (WAL included)
    # who has it open for writing (read from the lock file), "" when nobody
    holder: str = ""
    holder_user: str = ""  # the holder in plain words: the account and the computer
    holder_host: str = ""
    holder_since: str = ""
    holder_is_me: bool = False  # this very process (the main window) holds it
    # False: another computer's lock file whose lock cannot be seen from here (it may be
    # open there, or that computer stopped without closing it)
    holder_confirmed: bool = True
    # identity
    uuid: str = ""
    schema_version: int = 0
    name: str = ""  # display name (trade name, else legal name)
    legal_name: str = ""
    siren: str = ""
    siret: str = ""
    city: str = ""
    # figures (all zero when the file could not be read)
    last_change: str = ""  # UTC text: the latest time anything in the dossier was recorded
    steps: tuple[StepCount, ...] = ()
    score: int = 0
    open_actions: Mapping[Priority, int] = field(
        default_factory=lambda: MappingProxyType(dict.fromkeys(Priority, 0)))
    requests_open: int = 0
    requests_overdue: int = 0
    breaches_in_window: int = 0  # 72-hour clock running (Art. 33(1))
    breaches_overdue: int = 0  # 72 hours passed, authority not notified
    consents_to_renew: int = 0
    last_verify: VerifyRecord | None = None
    verify_stale: bool = False  # the file changed after its last verification
    # the work list: the dossier's language, whom to call, and every dated thing to do
    language: str = ""
    contact_name: str = ""
    contact_phone: str = ""
    contact_email: str = ""
    deadlines: tuple[Deadline, ...] = ()
    read_at: dt.datetime | None = None  # the moment the clocks were read at (aware)

    @property
    def readable(self) -> bool:
        return self.status.readable

    @property
    def settled(self) -> int:
        return sum(s.settled for s in self.steps)

    @property
    def tasks(self) -> int:
        return sum(s.total for s in self.steps)

    @property
    def steps_complete(self) -> int:
        return sum(1 for s in self.steps if s.total and s.settled >= s.total)

    @property
    def progress(self) -> float:
        return self.settled / self.tasks if self.tasks else 0.0

    @property
    def display_name(self) -> str:
        return self.name or self.legal_name or self.path.stem

    @property
    def siret_or_siren(self) -> str:
        return self.siret or self.siren

    @property
    def attention(self) -> list[Attention]:
        """Why this dossier needs attention, most urgent first (empty: it does not). The
        definition is :func:`assistant.domain.worklist.attention_reasons`: a file that
        cannot be read or failed its verification, anything late, anything due within 7
        days. Open actions without a date are not enough: nearly every dossier has some."""
        return attention_reasons(
            self.deadlines, self.read_at or utc_now(), readable=self.readable,
            verify_problems=self.last_verify is not None and not self.last_verify.sound)

    @property
    def needs_attention(self) -> bool:
        return bool(self.attention)

    @property
    def next_deadline(self) -> Deadline | None:
        return next_deadline(self.deadlines)

    @property
    def overdue(self) -> list[Deadline]:
        return overdue(self.deadlines)

    def due_within(self, days: int = WEEK_DAYS) -> list[Deadline]:
        """Deadlines late or falling due within ``days`` calendar days."""
        moment = self.read_at or utc_now()
        return [d for d in self.deadlines if d.within(moment, days)]

# -- listing --------------------------------------------------------------------------------
def find_dossiers(folder: Path | str, *, recursive: bool = False) -> list[Path]:
    """The ``.rgpd`` files of ``folder`` (any case of the extension), sorted by name.

    Hidden files and, with ``recursive``, hidden sub-folders are left out.
    """
    folder = Path(folder)
    if not folder.exists():
        raise DossierNotFound(folder)
    if not folder.is_dir():
        raise NotAFile(folder)
    found: list[Path] = []
    try:
        if recursive:
            for root, dirs, files in os.walk(folder):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                found += [Path(root) / f for f in files if _is_dossier_name(f)]
        else:
            found = [p for p in folder.iterdir() if _is_dossier_name(p.name)]
    except OSError as exc:
        from assistant.store.errors import from_os_error

        raise from_os_error(folder, exc) from exc
    return sorted(found, key=lambda p: (str(p.parent).casefold(), p.name.casefold(), p.name))


def _is_dossier_name(name: str) -> bool:
    return name.lower().endswith(SUFFIX) and not name.startswith(".") and name != SUFFIX


# -- one dossier ----------------------------------------------------------------------------
_LAST_CHANGE_SQL = """
SELECT max(x) FROM (
    SELECT updated_at AS x FROM organisation
    UNION ALL SELECT max(updated_at) FROM processing
    UNION ALL SELECT max(updated_at) FROM processor
    UNION ALL SELECT max(updated_at) FROM consent_purpose
    UNION ALL SELECT max(created_at) FROM notice_version
    UNION ALL SELECT * FROM (SELECT recorded_at FROM consent_batch ORDER BY id DESC LIMIT 1)
    UNION ALL SELECT max(updated_at) FROM guide_pilot
    UNION ALL SELECT max(updated_at) FROM guide_task
    UNION ALL SELECT max(updated_at) FROM guide_dpia_screening
    UNION ALL SELECT max(updated_at) FROM guide_action
    UNION ALL SELECT max(decided_at) FROM guide_action_decision
    UNION ALL SELECT max(updated_at) FROM rights_request
    UNION ALL SELECT max(updated_at) FROM breach
)
"""


def summarise(path: Path | str, *, now: dt.datetime | None = None, lang: str = "fr",
              steps: tuple[StepDef, ...] | None = None,
              verify_records: Mapping[str, VerifyRecord] | None = None) -> DossierSummary:
    """The summary of one file (never raises for anything wrong with the file).

    ``now`` (aware) is the moment the legal clocks are read at and its local date the
    guide's "today" (the summary PDF passes its document date, for reproducible figures).
    """
    path = Path(path)
    now = now or utc_now()
    try:
        return _summarise(path, now, lang, steps, verify_records)
    except DossierError as exc:
        return _refused(path, exc)
    except Exception as exc:  # a bug must not hide the other dossiers: logged, shown
        error = environment_error(path, exc) if isinstance(exc, sqlite3.Error) else None
        if error is not None:  # damage met while reading
            return _refused(path, error)
        log.exception("summarising a dossier failed")  # no path: the log holds no names
        return _refused(path, StorageError(path, detail=f"{type(exc).__name__}: {exc}"),
                        status=Status.UNEXPECTED)


def _file_facts(path: Path) -> dict[str, Any]:
    facts: dict[str, Any] = {}
    with contextlib.suppress(OSError):
        facts["file_size"] = path.stat().st_size
    facts["file_modified"] = file_modified(path)
    if is_locked(path):
        holder = read_holder(path)
        facts["holder"] = holder.describe() if holder else "?"
        facts["holder_user"] = holder.user if holder else ""
        facts["holder_host"] = holder.host if holder else ""
        facts["holder_since"] = holder.since if holder else ""
        facts["holder_is_me"] = bool(holder and holder.pid == os.getpid()
                                     and holder.host == _hostname())
    else:
        holder = read_holder(path)  # a lock file not released: ours is stale, not another's
        if holder is not None and holder.host != _hostname():
            facts.update(holder=holder.describe(), holder_user=holder.user,
                         holder_host=holder.host, holder_since=holder.since,
                         holder_confirmed=False)
    return facts


def _hostname() -> str:
    import socket

    return socket.gethostname()


def _refused(path: Path, exc: DossierError, status: Status | None = None) -> DossierSummary:
    if status is None:
        codes = {s.value: s for s in Status}
        status = Status.NO_ACCESS if isinstance(exc, ReadOnlyLocation) \
            else codes.get(exc.code, Status.UNREADABLE)
    params = {k: v for k, v in exc.params.items() if k != "path"}
    return DossierSummary(path=path, status=status, error_params=MappingProxyType(params),
                          **_file_facts(path))


def _summarise(path: Path, now: dt.datetime, lang: str, steps: tuple[StepDef, ...] | None,
               verify_records: Mapping[str, VerifyRecord] | None) -> DossierSummary:
    from assistant.store.dossier import check_file, open_dossier

    if path.exists() and path.is_file() and not os.access(path, os.R_OK):
        return _refused(path, ReadOnlyLocation(path), status=Status.NO_ACCESS)
    version = check_file(path)
    if version < migrations.CURRENT_VERSION:
        return _refused(path, ReadOnlyLocation(path, version=version,
                                               supported=migrations.CURRENT_VERSION),
                        status=Status.OLDER)
    facts = _file_facts(path)
    with open_dossier(path, read_only=True, check=True, lock=False) as dossier:
        conn = dossier.conn
        conn.execute("BEGIN")  # one consistent picture of the file
        try:
            figures = _figures(dossier, now, lang, steps)
        finally:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("COMMIT")
    uuid = figures["uuid"]
    records = verify_records if verify_records is not None else load_verify_log()
    record = last_verify(uuid, path, dict(records))
    stale = bool(record and facts.get("file_modified", "") > record.file_modified)
    return DossierSummary(path=path, schema_version=version, last_verify=record,
                          verify_stale=stale, read_at=now, **facts, **figures)


def _figures(dossier: Dossier, now: dt.datetime, lang: str,
             steps: tuple[StepDef, ...] | None) -> dict[str, Any]:
    from assistant.content.catalog import normalise_lang
    from assistant.content.guide import load_steps
    from assistant.domain.deadlines import local_date
    from assistant.domain.guide.plan import open_counts
    from assistant.domain.worklist import deadlines
    from assistant.store.worklist import consent_renewals

    org = dossier.organisation.get()
    today = local_date(now)
    result = dossier.guide.assess(steps or load_steps(normalise_lang(lang)), today=today)
    # the assessment read the registers with clocks already: read once
    requests = list(result.snapshot.requests or ())
    breaches = list(result.snapshot.breaches or ())
    req_clocks = [c for c in (request_clock(r, now) for r in requests) if c is not None]
    br_clocks = [c for c in (breach_clock(b, now) for b in breaches) if c is not None]
    last = dossier.conn.execute(_LAST_CHANGE_SQL).fetchone()[0] or ""
    renewals = consent_renewals(dossier, now)
    return {
        "uuid": dossier.uuid,
        "name": org.display_name,
        "legal_name": org.legal_name,
        "siren": org.siren,
        "siret": org.siret,
        "city": org.city,
        "last_change": last,
        "steps": tuple(StepCount(s.step.number, s.settled, s.total) for s in result.steps),
        "score": result.score.total,
        "open_actions": MappingProxyType(open_counts(result.plan)),
        "requests_open": sum(1 for c in req_clocks if c.is_open),
        "requests_overdue": sum(1 for c in req_clocks if c.state is ClockState.OVERDUE),
        "breaches_in_window": sum(1 for c in br_clocks
                                  if c.state in (ClockState.RUNNING, ClockState.DUE_SOON)),
        "breaches_overdue": sum(1 for c in br_clocks if c.state is ClockState.OVERDUE),
        "consents_to_renew": sum(r.expired for r in renewals),
        "language": dossier.language,
        **_contact(dossier, org),
        "deadlines": tuple(deadlines(requests, breaches, result.plan, renewals, now=now)),
    }


def _contact(dossier: Dossier, org: Organisation) -> dict[str, str]:
    """Whom the accountant calls: the organisation's representative and its phone and email,
    else the data-protection pilot's."""
    saved = dossier.guide.pilot()
    pilot = saved[0] if saved else None
    return {
        "contact_name": org.representative_name or (pilot.name if pilot else ""),
        "contact_phone": org.phone or (pilot.phone if pilot else ""),
        "contact_email": org.email or (pilot.email if pilot else ""),
    }


# -- many dossiers --------------------------------------------------------------------------
def scan(paths: Sequence[Path], *, now: dt.datetime | None = None, lang: str = "fr",
         on_summary: Callable[[DossierSummary], None] | None = None
         ) -> Generator[Progress, None, list[DossierSummary]]:
    """Summarise each file in turn; each summary goes to ``on_summary`` as soon as it is
    ready. Closing the generator stops between two files."""
    from assistant.content.catalog import normalise_lang
    from assistant.content.guide import load_steps

    steps = load_steps(normalise_lang(lang))
    records = load_verify_log()
    out: list[DossierSummary] = []
    total = len(paths)
    yield Progress(0, total, "read")
    for n, path in enumerate(paths, start=1):
        summary = summarise(path, now=now, lang=lang, steps=steps, verify_records=records)
        out.append(summary)
        if on_summary is not None:
            on_summary(summary)
        yield Progress(n, total, "read")
    return out


def scan_folder(folder: Path | str, *, recursive: bool = False, now: dt.datetime | None = None,
                lang: str = "fr", on_list: Callable[[list[Path]], None] | None = None,
                on_summary: Callable[[DossierSummary], None] | None = None
                ) -> Generator[Progress, None, list[DossierSummary]]:
    """List the folder's dossiers (handed to ``on_list`` at once, so a view can show every
    file before it is read), then :func:`scan` them."""
    yield Progress(0, 0, "list")
    paths = find_dossiers(folder, recursive=recursive)
    if on_list is not None:
        on_list(paths)
    return (yield from scan(paths, now=now, lang=lang, on_summary=on_summary))


def sort_key(summary: DossierSummary) -> tuple[str, str]:
    """Client name, then file name, accent- and case-insensitively (the PDF's order)."""
    from assistant.domain.text import fold

    return fold(summary.display_name), fold(summary.path.name)


def urgency_sort_key(summary: DossierSummary) -> tuple[int, float, str, str]:
    """Most urgent first: by the most urgent reason for attention, then by the first
    deadline, then by client name (the work list's order)."""
    from assistant.domain.text import fold

    return (*urgency_key(summary.attention, summary.deadlines, fold(summary.display_name)),
            fold(summary.path.name))


def shared_siret(summaries: Iterable[DossierSummary]) -> dict[Path, list[Path]]:
    """For each readable dossier whose SIRET another dossier of the list also holds, the
    other dossiers' paths (a copy not given its own identity, or two files for one shop)."""
    items = [s for s in summaries if s.readable and s.siret]
    shared = shared_identifiers((str(s.path), s.siret) for s in items)
    out: dict[Path, list[Path]] = {}
    for holders in shared.values():
        for holder in holders:
            out[Path(holder)] = [Path(h) for h in holders if h != holder]
    return out


def counts(summaries: Iterable[DossierSummary]) -> dict[str, int]:
    """Totals over a portfolio (for the summary PDF and the view's status line)."""
    items = list(summaries)
    return {
        "dossiers": len(items),
        "unreadable": sum(1 for s in items if not s.readable),
        "attention": sum(1 for s in items if s.needs_attention),
        "requests_overdue": sum(s.requests_overdue for s in items),
        "breaches_in_window": sum(s.breaches_in_window for s in items),
        "breaches_overdue": sum(s.breaches_overdue for s in items),
        "consents_to_renew": sum(s.consents_to_renew for s in items),
        "never_verified": sum(1 for s in items if s.readable and s.last_verify is None),
        "due_this_week": sum(1 for s in items if s.due_within()),
        "shared_siret": len(shared_siret(items)),
    }


__all__ = ["DossierSummary", "Status", "StepCount", "counts", "find_dossiers", "scan",
           "scan_folder", "shared_siret", "sort_key", "summarise", "urgency_sort_key"]
