"""A folder of client dossiers as an accountant has it, with the files that go wrong: a
damaged one, one from a newer version, another program's SQLite database, a ``.rgpd`` that is
not SQLite at all, an empty one, and one held open for writing by another process."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
import textwrap
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from assistant.store.dossier import open_dossier

ROOT = Path(__file__).resolve().parents[1]

CLIENTS = {
    "boulangerie.rgpd": ("Boulangerie Dupont", "99988877900017"),
    "fleuriste.rgpd": ("Fleurs de Łódź", ""),
    "cafe.rgpd": ("Καφενείο Αθηνά", ""),
}
BAD = {
    "abime.rgpd": "corrupt",
    "futur.rgpd": "newer_version",
    "autre.rgpd": "not_our_file",
    "texte.rgpd": "not_sqlite",
    "vide.rgpd": "not_sqlite",
}


def client_copy(demo: Path, target: Path, name: str, siret: str = "") -> Path:
    """A copy of the demo dossier with its own name and uuid (what a client's dossier is)."""
    target.write_bytes(demo.read_bytes())
    with open_dossier(target) as dossier:
        org = dossier.organisation.get()
        dossier.organisation.save(replace(org, trade_name="", legal_name=name,
                                          siren=siret[:9], siret=siret), undoable=False)
        dossier.set_meta("uuid", str(uuid.uuid4()))
    return target


def damage(path: Path) -> None:
    """Scribble over a few pages in the middle of the file (its header stays ours)."""
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 3, min(len(data), 4096 * 12)):
        data[offset] = 0xFF
    path.write_bytes(bytes(data))


def make_folder(demo: Path, folder: Path, *, bad: bool = True) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for file_name, (name, siret) in CLIENTS.items():
        client_copy(demo, folder / file_name, name, siret)
    if bad:
        damage(client_copy(demo, folder / "abime.rgpd", "Abîmé"))
        newer = client_copy(demo, folder / "futur.rgpd", "Futur")
        conn = sqlite3.connect(newer)
        conn.execute("PRAGMA user_version = 99")
        conn.close()
        conn = sqlite3.connect(folder / "autre.rgpd")
        conn.execute("CREATE TABLE notes (x TEXT)")
        conn.commit()
        conn.close()
        (folder / "texte.rgpd").write_text("pas une base de données", encoding="utf-8")
        (folder / "vide.rgpd").write_bytes(b"")
    (folder / "notes.txt").write_text("not a dossier", encoding="utf-8")  # ignored
    (folder / ".cache.rgpd").write_bytes(b"")  # hidden: ignored
    return folder


@contextmanager
def held_open(path: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process that has the dossier open for writing; it writes each line it is
    sent as a metadata value and answers ``done`` (or the error)."""
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys
            sys.path.insert(0, {str(ROOT)!r})
            from assistant.store.dossier import open_dossier
            d = open_dossier({str(path)!r})
            print("ready", flush=True)
            for line in sys.stdin:
                try:
                    d.set_meta("note", line.strip())
                    print("done", flush=True)
                except Exception as exc:
                    print(f"failed {{exc}}", flush=True)
        """)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        yield holder
    finally:
        holder.kill()
        holder.communicate()


def ask_to_write(holder: subprocess.Popen[str], value: str) -> str:
    assert holder.stdin is not None and holder.stdout is not None
    holder.stdin.write(value + "\n")
    holder.stdin.flush()
    return holder.stdout.readline().strip()


def stamp(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


# file name -> (client, SIRET, language): the work list's folder (see make_worklist_folder)
WORKLIST = {
    "calme.rgpd": ("Atelier Calme", "", "fr"),
    "retard.rgpd": ("Boucherie en Retard", "", "fr"),
    "demain.rgpd": ("Coiffure Demain", "73282932000074", "fr"),
    "trois-jours.rgpd": ("Droguerie Trois Jours", "73282932000074", "en"),
    "breche.rgpd": ("Épicerie Brèche", "", "fr"),
}


def make_worklist_folder(folder: Path, now: dt.datetime) -> Path:
    """Small, empty-but-for-one-thing dossiers, each with one clock (``now`` aware): a calm
    one, a request 40 days old, one due tomorrow, one in three days (sharing the previous
    one's SIRET, and written in English), and a breach with 11 h 56 min left."""
    from assistant.domain.breach import Breach, BreachRisk
    from assistant.domain.organisation import Organisation
    from assistant.domain.rights_request import Right, RightsRequest
    from assistant.store.dossier import create_dossier

    folder.mkdir(parents=True, exist_ok=True)
    today = now.astimezone().date()
    received = {
        "retard.rgpd": today - dt.timedelta(days=40),
        "demain.rgpd": _received_for(today + dt.timedelta(days=1)),
        "trois-jours.rgpd": _received_for(today + dt.timedelta(days=3)),
    }
    for file_name, (name, siret, lang) in WORKLIST.items():
        with create_dossier(folder / file_name, language=lang) as d:
            d.organisation.save(Organisation(
                legal_name=name, siren=siret[:9], siret=siret,
                representative_name=f"Contact {name.split()[0]}", phone="01 23 45 67 89",
                email="contact@example.org"), undoable=False)
            if file_name in received:
                d.requests.create(RightsRequest(Right.ACCESS, received[file_name].isoformat(),
                                                "Client"))
            if file_name == "breche.rgpd":
                d.breaches.create(Breach("Ordinateur volé", stamp(
                    now - dt.timedelta(hours=60, minutes=4)), risk_level=BreachRisk.RISK))
    return folder


def _received_for(due: dt.date) -> dt.date:
    """A receipt date whose one-month deadline is ``due`` (the same day a month earlier,
    or a month-end's nearest)."""
    from assistant.domain.deadlines import add_months, request_due

    for back in range(28, 32):
        candidate = due - dt.timedelta(days=back)
        if request_due(candidate) == due:
            return candidate
    return add_months(due, -1)
