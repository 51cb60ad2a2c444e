"""One PDF per dossier of a folder (``export pdf --all``, the folder view's "Export all").

**Names.** Each PDF is named after its dossier file: ``Shop.rgpd`` gives ``Shop.pdf`` (the
register extract: ``Shop-register-extract.pdf``). Two dossiers that would give the same
name in one batch (``Shop.rgpd`` and ``shop.RGPD``, or the same name in two sub-folders)
get ``-2``, ``-3``... in the order they are listed. A name Windows refuses (a dossier
``CON.rgpd`` or ``Shop..rgpd`` copied from a Linux disk) is made safe, and a name too long
for Windows' 260-character paths is shortened (:mod:`assistant.store.filenames`).

**Never overwriting silently.** A PDF already in the output folder is compared with the new
one: the same bytes (same dossier, same date: exports are reproducible) are left alone and
reported "unchanged"; different bytes are a refusal of that file ("exists; use --overwrite")
unless ``overwrite`` is set, in which case the file is replaced atomically and reported
"replaced". Every write is atomic: a cancel leaves no partial file.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Sequence
from pathlib import Path

from assistant.domain.progress import Progress
from assistant.reports.builder import ExportOptions, check_date, render_pdf, write_pdf
from assistant.reports.context import KIND_EXTRACT
from assistant.reports.snapshot import take_snapshot
from assistant.store.batch import Outcome, run_batch
from assistant.store.errors import DossierError
from assistant.store.export_log import record_export
from assistant.store.filenames import numbered, safe_stem


class OutputDiffers(DossierError):
    """A PDF of that name is already there, with other contents. params: ``path``."""

    code = "batch_output_exists"


def output_names(paths: Sequence[Path], outdir: Path, kind: str) -> dict[Path, Path]:
    """The PDF each dossier goes to (see the module docstring): a name Windows takes too,
    short enough for its whole path to fit in Windows' limit."""
    suffix = "-register-extract" if kind == KIND_EXTRACT else ""
    taken: set[str] = set()
    out: dict[Path, Path] = {}
    for path in paths:
        stem = safe_stem(path.stem, fallback="dossier")
        out[path] = outdir / numbered(f"{stem}{suffix}", ".pdf", taken, outdir.absolute(),
                                      fallback="dossier")
    return out


def export_all(paths: Sequence[Path], outdir: Path | str, options: ExportOptions, *,
               overwrite: bool = False, on_item: Callable[[Outcome], None] | None = None
               ) -> Generator[Progress, None, list[Outcome]]:
    """Write one PDF per dossier into ``outdir`` (which must exist)."""
    from assistant.store.dossier import open_dossier
    from assistant.store.outputs import check_output

    options.chosen()  # refuse unknown sections before any work
    outdir = Path(outdir)
    targets = output_names(paths, outdir, options.kind)

    def step(path: Path) -> Generator[Progress, None, Outcome]:
        target = targets[path]
        # never onto a dossier (the folder's own, or one open): whatever --overwrite says
        check_output(target, overwrite=True, reading=[path])
        with open_dossier(path, read_only=True, lock=False) as dossier:
            snapshot = take_snapshot(dossier, day=options.date)
            uuid = dossier.uuid
        check_date(snapshot, options)
        data = yield from render_pdf(snapshot, options)
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
                raise OutputDiffers(target)
            note = "replaced"
        write_pdf(target, data, overwrite=note == "replaced", reading=[path])
        return Outcome(path, output=target, note=note)

    return (yield from run_batch(paths, step, "export", on_item=on_item))


__all__ = ["OutputDiffers", "export_all", "output_names"]
