"""PDF speed: our Grid against a naive platypus Table of Paragraphs, in the same run.

    /work/venv/bin/python bench/pdf_bench.py [--rows 10000]

Both render the same rows (6 columns of shop-register-like text, some cells several lines
long) with the same font, size, leading, padding, column widths, grid and repeated header,
on A4. Prints rows per second of each, their ratio, the page counts, and the time of the
demo dossier's full PDF (French and English).
"""

from __future__ import annotations

import argparse
import io
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from assistant.reports.flow import HEADER_FILL, RULE, Grid, Look
from assistant.reports.fonts import BOLD, REGULAR, register_fonts
from assistant.reports.text import para

WORDS = [
    "client", "commande", "facture", "livraison", "adresse", "téléphone", "courriel",
    "fidélité", "Łódź", "Ζαχαροπλαστείο", "Пекарня", "données", "conservation", "sauvegarde",
    "chiffrement", "sous-traitant", "hébergement", "paiement", "carte", "bancaire", "prospect",
    "lettre", "information", "5", "ans", "13", "mois", "consentement", "retrait", "contrat",
    "obligation", "légale", "intérêt",
]
HEADER = ["Reference", "Processing", "Data subjects", "Data", "Retention", "Recipients"]
WIDTHS = [0.09, 0.19, 0.16, 0.24, 0.16, 0.16]


def make_rows(n: int, seed: int = 6) -> list[list[str]]:
    rnd = random.Random(seed)

    def text(lo: int, hi: int) -> str:
        return " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(lo, hi)))

    return [[f"T-{i:05d}", text(2, 6), text(1, 4), text(4, 30), text(2, 10), text(1, 8)]
            for i in range(n)]


def doc(buffer: io.BytesIO) -> SimpleDocTemplate:
    return SimpleDocTemplate(buffer, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                             topMargin=20 * mm, bottomMargin=18 * mm, invariant=1)


def naive(rows: list[list[str]]) -> tuple[float, int]:
    look = Look()
    cell = ParagraphStyle("cell", fontName=REGULAR, fontSize=look.size, leading=look.leading)
    head = ParagraphStyle("head", parent=cell, fontName=BOLD)
    buffer = io.BytesIO()
    d = doc(buffer)
    width = d.width
    data = [[Paragraph(para(h), head) for h in HEADER]]
    data += [[Paragraph(para(c), cell) for c in row] for row in rows]
    table = Table(data, colWidths=[f * width for f in WIDTHS], repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), look.pad_x),
        ("RIGHTPADDING", (0, 0), (-1, -1), look.pad_x),
        ("TOPPADDING", (0, 0), (-1, -1), look.pad_y),
        ("BOTTOMPADDING", (0, 0), (-1, -1), look.pad_y),
        ("TEXTCOLOR", (0, 0), (-1, -1), colors.black),
    ]))
    start = time.perf_counter()
    d.build([table])
    return time.perf_counter() - start, d.page


def ours(rows: list[list[str]]) -> tuple[float, int]:
    buffer = io.BytesIO()
    d = doc(buffer)
    start = time.perf_counter()
    d.build([Grid(rows, WIDTHS, header=HEADER)])
    return time.perf_counter() - start, d.page


def demo_pdf() -> dict[str, float]:
    from assistant import paths
    from assistant.demo import build_demo
    from assistant.domain.progress import drive
    from assistant.reports.builder import ExportOptions, export_pdf
    from assistant.store.dossier import open_dossier

    times = {}
    with tempfile.TemporaryDirectory() as tmp:
        paths.set_data_dir(Path(tmp) / "state")
        for lang in ("fr", "en"):
            dossier_path = Path(tmp) / f"demo-{lang}.rgpd"
            drive(build_demo(dossier_path, lang))  # type: ignore[arg-type]
            start = time.perf_counter()
            with open_dossier(dossier_path, read_only=True) as dossier:
                drive(export_pdf(dossier, Path(tmp) / f"demo-{lang}.pdf",
                                 ExportOptions(lang=lang)))  # type: ignore[arg-type]
            times[lang] = time.perf_counter() - start
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--skip-naive", action="store_true")
    args = parser.parse_args()
    register_fonts()
    rows = make_rows(args.rows)
    ours(make_rows(50))  # warm the caches of font loading, not of these rows
    fast, fast_pages = ours(rows)
    print(f"grid : {args.rows} rows x 6 columns in {fast:.2f} s, {fast_pages} pages, "
          f"{args.rows / fast:,.0f} rows/s")
    if not args.skip_naive:
        slow, slow_pages = naive(rows)
        print(f"naive: {args.rows} rows x 6 columns in {slow:.2f} s, {slow_pages} pages, "
              f"{args.rows / slow:,.0f} rows/s (platypus Table of Paragraphs)")
        print(f"ratio: {slow / fast:.1f}x faster than the naive table (target >= 5x)")
    for lang, seconds in demo_pdf().items():
        print(f"demo dossier, full PDF ({lang}): {seconds:.2f} s (target < 2 s)")


if __name__ == "__main__":
    main()
