"""Open and create dossier files (the **contract** of DESIGN.md).

One organisation = one ``.rgpd`` SQLite file marked with ``PRAGMA application_id``. Opening
checks, in order and before anything is written: the path is a file, it starts with the SQLite
header, the header carries our application id, its schema is not newer than ours; then takes
the instance lock, connects (foreign keys, WAL, ``synchronous=FULL``), runs ``quick_check``, and
migrates with a backup first. Any failure leaves every file as it was.

The connection itself is in :mod:`assistant.store.connection`; what stays here (a little over
500 lines) is the opening's checks in their order, which read best in one place, and the
dossier's repositories, each a property built on first use (a window's start reads few).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from assistant import __version__
from assistant.domain.clock import now_text
from assistant.store import held, history, migrations, new_schema, outputs
from assistant.store.connection import (
    BUSY_TIMEOUT_MS,
    account,
    check_file,
    connect,
    note_if_readable_by_others,
    open_worker_connection,
    owner_only,
    quick_check,
    writable,
)
from assistant.store.errors import (
    AlreadyExists,
    CorruptDossier,
    DossierError,
    DossierNotFound,
    MigrationFailed,
    NeedsUpgrade,
    NewerVersion,
    ReadOnlyLocation,
    from_os_error,
    from_sqlite_error,
)
from assistant.store.lock import DossierLock

if TYPE_CHECKING:
    from assistant.domain.organisation import Organisation
    from assistant.store.breach_repo import BreachRepository
    from assistant.store.consent_forms import ConsentFormRepository
    from assistant.store.consent_repo import ConsentRepository
    from assistant.store.guide_repo import GuideRepository
    from assistant.store.info_notice_repo import InfoNoticeRepository
    from assistant.store.processing_repo import ProcessingRepository
    from assistant.store.processor_repo import ProcessorRepository
    from assistant.store.request_answer_repo import RequestAnswerRepository
    from assistant.store.request_link_repo import RequestLinkRepository
    from assistant.store.request_repo import RequestRepository

SUFFIX = ".rgpd"
# Above this size the window may show a dossier before its quick_check ends (a million
# people's dossier, 1.1 GB, takes 2 to 3 s to check): see ``defer_check_above``.
BUILDING_SUFFIX = ".building"  # a dossier being built beside its final name
LARGE_FILE = 64 * 1024 * 1024


class Dossier:
    """An open dossier: its connection, its repositories and its undo history."""

    def __init__(self, path: Path, conn: sqlite3.Connection, *, read_only: bool,
                 lock: DossierLock | None) -> None:
        from assistant.store.organisation_repo import OrganisationRepository
        from assistant.store.undo import UndoStack

        self.path = path
        self.conn = conn
        self.read_only = read_only
        # True while the quick_check deferred by open_dossier(defer_check_above=...) has not
        # run: the caller runs it (on a worker) and keeps the dossier read-only meanwhile.
        self.check_pending = False
        # A checkpoint still owed after an erasure that a reader kept from copying the WAL
        # into the file: tried again after each write and on closing (see checkpoint()).
        self.checkpoint_due = False
        self._lock = lock
        # Bookkeeping that reading computed but must not write by itself (opening or looking
        # at a dossier changes nothing in it): written with the user's next real change, in
        # that change's transaction. Keyed so that a newer computation replaces an older one.
        self._deferred: dict[str, Callable[[sqlite3.Connection], None]] = {}
        self._registered = outputs.opened(path)  # no output may land on it while open
        # Who the change history names for this session's changes: the computer account
        # unless the window or the command line was told a name.
        self.actor = account()
        self._history_label = ""
        self._history_sql = [] if read_only else history.install(conn)
        self.undo = UndoStack(around=self.labelled)
        self.changes = history.ChangeHistory(self)  # the change history, as the window reads it
        self.organisation = OrganisationRepository(self)
        # Each area attaches its repositories below, as a property built on first use:
        # importing them all when a dossier opens slowed the window's start.

    # the register of processing activities (the register's rules come with it)
    @cached_property
    def register(self) -> ProcessingRepository:
        from assistant.store.processing_repo import ProcessingRepository

        return ProcessingRepository(self)

    # the register's processors (subcontractors)
    @cached_property
    def processors(self) -> ProcessorRepository:
        from assistant.store.processor_repo import ProcessorRepository

        return ProcessorRepository(self)

    # consent ledger
    @cached_property
    def consents(self) -> ConsentRepository:
        from assistant.store.consent_repo import ConsentRepository

        return ConsentRepository(self)

    # consent at the till: the numbered paper forms printed
    @cached_property
    def consent_forms(self) -> ConsentFormRepository:
        from assistant.store.consent_forms import ConsentFormRepository

        return ConsentFormRepository(self)

    # six-step guide
    @cached_property
    def guide(self) -> GuideRepository:
        from assistant.store.guide_repo import GuideRepository

        return GuideRepository(self)

    # internal processes: requests, breaches
    @cached_property
    def requests(self) -> RequestRepository:
        from assistant.store.request_repo import RequestRepository

        return RequestRepository(self)

    @cached_property
    def breaches(self) -> BreachRepository:
        from assistant.store.breach_repo import BreachRepository

        return BreachRepository(self)

    # internal processes x consent ledger: a request's person in the ledger
    @cached_property
    def request_links(self) -> RequestLinkRepository:
        from assistant.store.request_link_repo import RequestLinkRepository

        return RequestLinkRepository(self)

    # internal processes: the answers to requests (identity checks, filed answers)
    @cached_property
    def request_answers(self) -> RequestAnswerRepository:
        from assistant.store.request_answer_repo import RequestAnswerRepository

        return RequestAnswerRepository(self)

    # information notices: the versions published (not the consent wordings)
    @cached_property
    def info_notices(self) -> InfoNoticeRepository:
        from assistant.store.info_notice_repo import InfoNoticeRepository

        return InfoNoticeRepository(self)

    # -- metadata -----------------------------------------------------------------------
    def meta(self, key: str, default: str = "") -> str:
        row = self.conn.execute("SELECT value FROM app_meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction():
            self.conn.execute(
                "INSERT INTO app_meta (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    @property
    def uuid(self) -> str:
        return self.meta("uuid")

    @property
    def language(self) -> str:
        return self.meta("language", "fr")

    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    # -- transactions -------------------------------------------------------------------
    def defer_write(self, key: str, write: Callable[[sqlite3.Connection], None] | None
                    ) -> None:
        """Keep ``write`` (bookkeeping derived while reading) for the next transaction; None
        drops what is kept under ``key``. Nothing is kept for a read-only dossier."""
        if write is None or self.read_only:
            self._deferred.pop(key, None)
        else:
            self._deferred[key] = write

    @property
    def has_deferred_writes(self) -> bool:
        return bool(self._deferred)

    def write_deferred(self) -> None:
        """Write the kept bookkeeping now, in a transaction of its own (the demo's builder,
        which wants the plan's history to start the day it is built)."""
        if self._deferred:
            with self.transaction():
                pass

    def checked(self) -> None:
        """The deferred quick_check found the file sound: editing is allowed again."""
        if self.check_pending:
            self.check_pending = False
            self.read_only = False
            self._history_sql = history.install(self.conn)

    @contextlib.contextmanager
    def labelled(self, label: str) -> Iterator[None]:
        """The changes made inside carry ``label`` in the history ("undo", "import"...)."""
        before, self._history_label = self._history_label, label
        try:
            yield
        finally:
            self._history_label = before

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One user action = one transaction; nested calls join the outer one."""
        if self.read_only:
            raise ReadOnlyLocation(self.path)
        if self.conn.in_transaction:
            yield self.conn
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise from_sqlite_error(self.path, exc) from exc
        try:
            history.ensure(self.conn, self._history_sql)
            yield self.conn
            pending = dict(self._deferred)
            for write in pending.values():
                write(self.conn)
            history.flush(self.conn, actor=self.actor, label=self._history_label)
            self.conn.execute("COMMIT")
            for key, write in pending.items():
                if self._deferred.get(key) is write:
                    del self._deferred[key]
            if self.checkpoint_due:
                self.checkpoint(wait=False)
        except sqlite3.IntegrityError:
            self._rollback()
            raise
        except sqlite3.Error as exc:
            self._rollback()
            raise from_sqlite_error(self.path, exc) from exc
        except BaseException:
            self._rollback()
            raise

    @contextlib.contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        """Read several tables as of one moment (a PDF, a letter): one read transaction,
        or the caller's transaction when one is open."""
        if self.conn.in_transaction:
            yield self.conn
            return
        self.conn.execute("BEGIN")
        try:
            yield self.conn
        finally:
            if self.conn.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    self.conn.execute("COMMIT")

    def _rollback(self) -> None:
        if self.conn.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("ROLLBACK")
        with contextlib.suppress(sqlite3.Error):
            history.discard(self.conn)

    def backup(self, target: Path, progress=None, *,  # type: ignore[no-untyped-def]
               overwrite: bool = False) -> Path:
        from assistant.store.backup import backup_to

        return backup_to(self.conn, target, source_path=self.path, progress=progress,
                         overwrite=overwrite)

    def checkpoint(self, *, wait: bool = True) -> bool:
        """Copy the WAL into the file and empty it, so that pages overwritten by an erasure
        leave no older copy in either. A reader of an older snapshot (another window, a
        worker) prevents it: it stays due (``checkpoint_due``) and is tried again after the
        next write and on closing. ``wait``: let SQLite wait for readers (its busy
        timeout) rather than give up at once. True when done."""
        if self.read_only or self.conn.in_transaction:
            return False
        try:
            if not wait:
                self.conn.execute("PRAGMA busy_timeout = 0")
            busy, log, copied = self.conn.execute(
                "PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        except sqlite3.Error:
            busy, log, copied = 1, 0, 0
        finally:
            if not wait:
                with contextlib.suppress(sqlite3.Error):
                    self.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        done = busy == 0 and log in (0, -1) and copied in (0, -1)
        self.checkpoint_due = not done
        return done

    def close(self) -> None:
        try:
            if self.checkpoint_due:
                self.checkpoint(wait=True)
            if not self.read_only:
                with contextlib.suppress(sqlite3.Error):
                    self.conn.execute("PRAGMA optimize")
            self.conn.close()
        finally:
            outputs.closed(self._registered)
            if self._lock is not None:
                self._lock.release()
                self._lock = None

    def __enter__(self) -> Dossier:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_dossier(path: Path | str, *, read_only: bool = False, check: bool = True,
                 lock: bool = True, force: bool = False,
                 defer_check_above: int | None = None) -> Dossier:
    """Open an existing dossier (see the module docstring for what is checked).

    ``force`` opens it even though another computer's lock file is there that cannot be
    confirmed from here (:class:`~assistant.store.errors.PossiblyLocked`): the user's call.
    ``defer_check_above``: a file larger than this many bytes, with no migration to run, is
    opened read-only before its quick_check, with ``check_pending`` set; the caller runs
    :func:`quick_check` on another connection and then calls :meth:`Dossier.checked`.
    """
    path = Path(path)
    version = check_file(path)
    if not read_only and not writable(path):
        raise ReadOnlyLocation(path)
    if not read_only:  # what killed commands left beside it (personal data) goes now
        from assistant.store.leftovers import sweep

        sweep(path.parent)
    owner_only(path, fix=not read_only)
    dossier_lock = DossierLock(path) if lock and not read_only else None
    if dossier_lock is not None:
        dossier_lock.acquire(force=force)
    conn: sqlite3.Connection | None = None
    try:
        try:
            conn = connect(path, read_only=read_only)
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            if version > migrations.CURRENT_VERSION:  # the WAL may hold a newer schema
                raise NewerVersion(path, version=version, supported=migrations.CURRENT_VERSION)
            if version < 1:
                raise CorruptDossier(path, detail=f"schema version {version}")
            defer = (check and defer_check_above is not None and not read_only
                     and not migrations.pending_steps(version)
                     and _file_size(path) > defer_check_above)
            if check and not defer:
                problems = quick_check(conn)
                if problems:
                    raise CorruptDossier(path, detail="; ".join(problems[:3]))
        except sqlite3.DatabaseError as exc:
            raise from_sqlite_error(path, exc) from exc
        from assistant.store.schema_check import missing_tables

        missing = missing_tables(conn, version)
        if missing:  # our id and version on a file without our tables
            raise CorruptDossier(path, detail=f"schema {version}: no table "
                                 f"{', '.join(missing[:3])}")
        pending = migrations.pending_steps(version)
        if pending and read_only:
            # Reading an older dossier never changes it: the steps run on a copy in memory.
            conn = _upgraded_copy(path, conn, pending)
        elif pending:
            _migrate(path, conn, version, pending)
        dossier = Dossier(path, conn, read_only=read_only or defer, lock=dossier_lock)
        dossier.check_pending = defer
        return dossier
    except BaseException:
        if conn is not None:
            conn.close()
        if dossier_lock is not None:
            dossier_lock.release()
        raise


# An older dossier read without changing it is upgraded in memory up to this size; a larger
# one must be opened once for writing (the window does it, with a backup first).
UPGRADE_IN_MEMORY_MAX = 512 * 1024 * 1024


def _upgraded_copy(path: Path, conn: sqlite3.Connection,
                   pending: list[int]) -> sqlite3.Connection:
    """A copy of the open dossier in memory with the schema steps applied, read-only; the
    file itself is left as it is. ``conn`` is closed."""
    if _file_size(path) > UPGRADE_IN_MEMORY_MAX:
        conn.close()
        raise NeedsUpgrade(path, version=pending[0] - 1, current=migrations.CURRENT_VERSION)
    copy = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=True)
    try:
        conn.backup(copy)
        conn.close()
        copy.execute("PRAGMA foreign_keys = ON")
        for step in pending:
            migrations.apply_step(copy, step, then=_history_baseline if step == pending[-1]
                                  else None)
        copy.execute("PRAGMA query_only = ON")
    except sqlite3.Error as exc:
        copy.close()
        raise MigrationFailed(path, version=pending[0], detail=str(exc), backup="") from exc
    return copy


def _file_size(path: Path) -> int:
    """The dossier's size with its WAL (what a quick_check reads)."""
    return sum(p.stat().st_size for p in (path, Path(f"{path}-wal")) if p.exists())


def _migrate(path: Path, conn: sqlite3.Connection, version: int, pending: list[int]) -> None:
    backup = None
    if version > 0:
        from assistant.store.backup import automatic_backup  # a migration's only

        uuid_row = conn.execute("SELECT value FROM app_meta WHERE key = 'uuid'").fetchone()
        backup = automatic_backup(conn, path, uuid_row[0] if uuid_row else "unknown",
                                  f"before-v{pending[0]}")
    for step in pending:
        try:
            migrations.apply_step(conn, step, then=_history_baseline if step == pending[-1]
                                  else None)
        except sqlite3.Error as exc:
            raise MigrationFailed(path, version=step, detail=str(exc),
                                  backup=str(backup or "")) from exc
    _checkpoint(conn)


def _history_baseline(conn: sqlite3.Connection) -> None:
    """In the last schema step's transaction: the records the steps found (or changed) get
    their entry in the history, so that a stop between the two cannot leave them looking
    added outside the app."""
    history.seal_all(conn, actor=account(), label=f"schema {migrations.CURRENT_VERSION}")


def _checkpoint(conn: sqlite3.Connection) -> None:
    """Copy the WAL into the main file, so that its header (application id, schema version)
    is what another process reads before opening it."""
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def create_dossier(path: Path | str, *, language: str = "fr", seed: bool = True,
                   organisation: Organisation | None = None) -> Dossier:
    """Create a new, empty dossier at ``path`` (refused if something is there already).

    The file is created with owner-only permissions (it will hold personal data); SQLite
    gives its ``-wal`` and ``-shm`` files the same permissions. ``organisation`` is saved in
    the creating transaction, before the defaults that name it (the consent wordings).
    """
    path = Path(path)
    if path.exists():
        raise AlreadyExists(path)
    if not path.parent.is_dir():
        raise DossierNotFound(path.parent)
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
    except OSError as exc:
        raise from_os_error(path, exc) from exc
    conn: sqlite3.Connection | None = None
    dossier_lock = DossierLock(path)
    try:
        dossier_lock.acquire()
        conn = connect(path, read_only=False)
        new_schema.write_current_schema(conn)
        dossier = Dossier(path, conn, read_only=False, lock=dossier_lock)
        import uuid  # here: opening, which the window's start waits for, needs none

        now = now_text()
        with dossier.transaction():
            conn.executemany(
                "INSERT INTO app_meta (key, value) VALUES (?, ?)",
                [
                    ("uuid", str(uuid.uuid4())),
                    ("created_at", now),
                    ("created_with", __version__),
                    ("language", language),
                ],
            )
            conn.execute(
                "INSERT INTO organisation (id, created_at, updated_at) VALUES (1, ?, ?)",
                (now, now),
            )
            if organisation is not None:
                dossier.organisation.save(organisation, undoable=False)
            if seed:
                from assistant.store.seed import seed_new_dossier

                seed_new_dossier(dossier, language)
        _checkpoint(conn)
        return dossier
    except BaseException as exc:
        if conn is not None:
            conn.close()
        dossier_lock.release()
        for suffix in ("", "-wal", "-shm", "-journal"):
            held.discard(Path(f"{path}{suffix}"))
        if isinstance(exc, sqlite3.Error):
            raise from_sqlite_error(path, exc) from exc
        raise


@contextlib.contextmanager
def building_dossier(target: Path | str, *, language: str = "fr", seed: bool = True,
                     overwrite: bool = False, reading: Sequence[Path | str] = (),
                     organisation: Organisation | None = None) -> Iterator[Dossier]:
    """A new dossier built under a temporary name beside ``target``, put in place only when
    the ``with`` block ends normally. An error, or a job closed mid-way (cancel), leaves no
    file behind; an existing ``target`` is replaced only when ``overwrite`` (and never while
    it is open: :mod:`assistant.store.outputs`)."""
    target = Path(target)
    outputs.check_output(target, overwrite=overwrite, reading=reading, makes_dossier=True)
    tmp = outputs.temporary_beside(target, BUILDING_SUFFIX)
    tmp.unlink()
    dossier: Dossier | None = None
    try:
        dossier = create_dossier(tmp, language=language, seed=seed,
                                 organisation=organisation)
        yield dossier
        dossier.close()
        dossier = None
        outputs.place_dossier(tmp, target, overwrite=overwrite, reading=reading)
    except OSError as exc:
        raise from_os_error(target, exc) from exc
    except DossierError as exc:
        if exc.path != tmp or type(exc).__init__ is not DossierError.__init__:
            raise
        # the user asked for target: name it, not the hidden file it was being built in
        params = {k: v for k, v in exc.params.items() if k != "path"}
        raise type(exc)(target, **params) from exc
    finally:
        if dossier is not None:
            dossier.close()
        for suffix in ("", "-wal", "-shm", "-journal", ".lock"):
            held.discard(Path(f"{tmp}{suffix}"))


# what callers import from here, though it lives in store/connection
__all__ = [
    "SUFFIX",
    "Dossier",
    "DossierError",
    "building_dossier",
    "check_file",
    "create_dossier",
    "note_if_readable_by_others",
    "open_dossier",
    "open_worker_connection",
    "quick_check",
]
