"""What the bulk writer works out for each checked row of the app's own layout that does not
depend on the ledger, worked out on the machine's second core while the writer writes the
chunk before: the keys, search words, sort key, new id, salt and identity hash the row's
person has if the writer makes them, and the event's time as stored.

Only the writer can tell whether a row's person is new, and the chain needs each event's
seq and the hash before it: those stay in the writer, in order. What is here depends on
the row alone (the id and salt are random), so it is the same bytes in either process.

The helper is a plain child process (``python -m`` this module) reading chunks on its
standard input and answering on its standard output, in :mod:`marshal` frames: it ends when
its input does, which is also when the importing process dies. The writer does it all
itself for a small file, on a single core, in a packaged app (no Python to start), or if
the helper fails.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import subprocess
import sys
from collections.abc import Generator, Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from assistant.domain.consent import fold, identity_hash_of, search_keys_folded
from assistant.domain.identity import email_key
from assistant.store.ledger.people import uids_and_salts
from assistant.store.ledger.times import utc_micros
from assistant.store.phones import phone_key

# Below this many rows a second process costs more than it saves (it starts in about 0.2 s).
PROCESS_MIN_ROWS = 20_000

# uid, salt, identity hash, search words, sort key, phone key
NewPerson = tuple[str, bytes, str, str, str, str | None]
# the email's key, a NewPerson, the time
Prepared = tuple[str, str, bytes, str, str, str, str | None, int]


def new_person(email: str, ref: str, first: str, last: str, phone: str,
               ids: Iterator[tuple[str, bytes]]) -> NewPerson:
    """A new person's uid, salt and identity hash, search words, sort key and phone key."""
    uid, salt = next(ids)
    email_folded, ref_folded = fold(email), fold(ref)
    sort_words = [fold(last)] if last else []
    if first:
        sort_words.append(fold(first))
    if email:
        sort_words.append(email_folded)
    if ref:
        sort_words.append(ref_folded)
    return (uid, salt, identity_hash_of(salt, email, ref, first, last, phone),
            # in no order: a search finds a word anywhere
            " ".join(search_keys_folded(email_folded, ref_folded, first, last, phone)),
            # consent_repo.sort_key, with the texts folded once
            " ".join(sort_words)[:300], phone_key(phone) if phone else None)


def prepare(rows: list[tuple[Any, ...]], ids: Iterator[tuple[str, bytes]]
            ) -> list[Prepared]:
    """For each row (:class:`~assistant.store.ledger.bulk.Row`): the email's key,
    :func:`new_person` of its identity, and its time as integer microseconds."""
    return [(email_key(row[1]), *new_person(row[1], row[2], row[3], row[4], row[5], ids),
             utc_micros(row[8])) for row in rows]


Chunk = tuple[list[tuple[Any, ...]], list[Prepared] | None]


def prepared(chunks: Iterable[bytes], rows: int) -> Generator[Chunk, None, None]:
    """Each chunk (rows in :mod:`marshal` form) with what :func:`prepare` gives for it,
    worked out by a helper process one chunk ahead when the import is large enough and a
    second core is there; ``None`` instead when the writer is to work it out itself."""
    helper = _start() if _worth_a_process(rows) else None
    if helper is None:
        return (yield from _in_process(iter(chunks)))
    try:
        yield from _with_helper(helper, iter(chunks))
    finally:
        _stop(helper)


def _in_process(chunks: Iterator[bytes]) -> Iterator[Chunk]:
    for data in chunks:
        yield marshal.loads(data), None


def _with_helper(helper: subprocess.Popen[bytes], chunks: Iterator[bytes]) -> Iterator[Chunk]:
    """The helper works out the chunk after the one the writer writes."""
    data = next(chunks, None)
    if data is not None:
        _send(helper, data)
    while data is not None:
        rows = marshal.loads(data)
        answer = _receive(helper)
        if answer is not None and len(answer) != len(rows):
            answer = None
        following = next(chunks, None)
        if answer is None:  # the helper failed: the writer does the rest itself
            yield rows, None
            if following is not None:
                yield marshal.loads(following), None
            yield from _in_process(chunks)
            return
        if following is not None:
            _send(helper, following)
        yield rows, answer
        data = following


def _worth_a_process(rows: int) -> bool:
    if rows < PROCESS_MIN_ROWS or getattr(sys, "frozen", False):
        return False
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        cores = os.cpu_count() or 1
    return cores >= 2


def _start() -> subprocess.Popen[bytes] | None:
    root = str(Path(__file__).resolve().parents[3])  # where ``assistant`` is found
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH", "")) if p)
    try:
        return subprocess.Popen(
            [sys.executable, "-m", "assistant.store.ledger.prepare"], stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    except OSError:
        return None


def _send(helper: subprocess.Popen[bytes], data: bytes) -> None:
    with contextlib.suppress(OSError):  # the answer will be missing: _receive says so
        _write_frame(helper.stdin, data)  # type: ignore[arg-type]  # a PIPE: never None


def _receive(helper: subprocess.Popen[bytes]) -> list[Prepared] | None:
    try:
        data = _read_frame(helper.stdout)  # type: ignore[arg-type]  # a PIPE: never None
        return None if data is None else marshal.loads(data)
    except (OSError, ValueError, EOFError):
        return None


def _stop(helper: subprocess.Popen[bytes]) -> None:
    for pipe in (helper.stdin, helper.stdout):
        try:
            if pipe is not None:
                pipe.close()
        except OSError:
            pass
    try:
        helper.wait(timeout=2)
    except subprocess.TimeoutExpired:
        helper.kill()
        helper.wait()


def _write_frame(out: IO[bytes], data: bytes) -> None:
    out.write(len(data).to_bytes(8, "little"))
    out.write(data)
    out.flush()


def _read_frame(source: IO[bytes]) -> bytes | None:
    size = source.read(8)
    if len(size) < 8:
        return None
    data = source.read(int.from_bytes(size, "little"))
    return data


def _serve() -> None:
    """The helper: a chunk in, what :func:`prepare` gives for it out, until the input ends."""
    source, out = sys.stdin.buffer, sys.stdout.buffer
    ids = uids_and_salts()
    while (data := _read_frame(source)) is not None:
        _write_frame(out, marshal.dumps(prepare(marshal.loads(data), ids)))


if __name__ == "__main__":
    _serve()
