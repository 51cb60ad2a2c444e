"""One PDF per dossier of a folder (``export pdf --all``, the folder view's "Export all").

**Names.** Each PDF is named after its dossier file: ``Shop.rgpd`` gives ``Shop.pdf`` (the
register extract: ``Shop-register-extract.pdf``). Two dossiers that would give the same
name in one batch (``Shop.rgpd`` and ``shop.RGPD``, or the same name in two sub-folders)
get ``-2``, ``-3``... in the order they are listed. A name Windows refuses (a dossier
``CON.rgpd`` or ``Shop..rgpd`` copied from a Linux disk) is made safe, and a name too long
for Windows' 260-character paths is shortened (:mod:`assistant.store.filenames`).

With ``dated``, the document's date goes into each name (``Shop-2025-03-12.pdf``), so that a
batch made on a new date writes new files beside the old ones.

**Each client in its language.** With ``per_dossier_lang``, each PDF is written in its
dossier's own language (a client's dossier made in English gets an English PDF); otherwise in
the language the options name (``--doc-lang``).

**Never overwriting silently.** A PDF already in the output folder is compared with the new
one: the same bytes (same dossier, same date: exports are reproducible) are left alone and
reported "unchanged"; different bytes are left alone too and reported "differs" (not a
failure: the window offers to replace them, the command line says ``--overwrite`` does),
unless ``overwrite`` is set, in which case the file is replaced atomically and reported
"replaced". Every write is atomic: a cancel leaves no partial file.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Generator, Sequence
from dataclasses import replace
from pathlib import Path

from assistant.domain.progress import Progress
from assistant.reports.builder import ExportOptions, check_date, render_pdf, write_pdf
from assistant.reports.context import KIND_EXTRACT
from assistant.reports.snapshot import take_snapshot
from assistant.store.batch import Outcome, run_batch
from assistant.store.export_log import record_export
from assistant.store.filenames import numbered, safe_stem


def output_names(paths: Sequence[Path], outdir: Path, kind: str,
                 dated: dt.date | None = None) -> dict[Path, Path]:
    """The PDF each dossier goes to (see the module docstring): a name Windows takes too,
    short enough for its whole path to fit in Windows' limit."""
    suffix = "-register-extract" if kind == KIND_EXTRACT else ""
    if dated is not None:
        suffix += f"-{dated.isoformat()}"
    taken: set[str] = set()
    out: dict[Path, Path] = {}
    for path in paths:
        stem = safe_stem(path.stem, fallback="dossier")
        out[path] = outdir / numbered(f"{stem}{suffix}", ".pdf", taken, outdir.absolute(),
                                      fallback="dossier")
    return out


def export_all(paths: Sequence[Path], outdir: Path | str, options: ExportOptions, *,
               overwrite: bool = False, on_item: Callable[[Outcome], None] | None = None,
               per_dossier_lang: bool = False, dated: bool = False
               ) -> Generator[Progress, None, list[Outcome]]:
    """Write one PDF per dossier into ``outdir`` (which must exist)."""
    from assistant.content.catalog import normalise_lang
    from assistant.store.dossier import open_dossier
    from assistant.store.outputs import check_output

    options.chosen()  # refuse unknown sections before any work
    outdir = Path(outdir)
    targets = output_names(paths, outdir, options.kind, options.date if dated else None)

    def step(path: Path) -> Generator[Progress, None, Outcome]:
        target = targets[path]
        # never onto a dossier (the folder's own, or one open): whatever --overwrite says
        check_output(target, overwrite=True, reading=[path])
        with open_dossier(path, read_only=True, lock=False) as dossier:
            snapshot = take_snapshot(dossier, day=options.date)
            uuid = dossier.uuid
            lang = normalise_lang(dossier.language) if per_dossier_lang else options.lang
        check_date(snapshot, options)
        data = yield from render_pdf(snapshot, replace(options, lang=lang))
        record_export(uuid, options.date)
        note = "written"
        if target.exists():
            try:
                same = target.read_bytes() == data
            except OSError:
                same = False
            if same:
                return Outcome(path, output=target, note="unchanged")
            if not overwrite:
                return Outcome(path, output=target, note="differs")
            note = "replaced"
        write_pdf(target, data, overwrite=note == "replaced", reading=[path])
        return Outcome(path, output=target, note=note)

    return (yield from run_batch(paths, step, "export", on_item=on_item))


__all__ = ["export_all", "output_names"]
