"""SQLite storage of a dossier: open/create, migrations, repositories, backup, verify.

Threading (decided once): a ``sqlite3`` connection belongs to the thread that opened it.
The GUI thread owns the dossier's main connection and runs short user actions on it, each one
transaction. Long jobs (import, export, verify) open their own connection in their worker
thread with :func:`assistant.store.dossier.open_worker_connection`; WAL lets them read while
the GUI writes.
"""
