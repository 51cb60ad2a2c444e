"""Every PDF of the app made PDF/A-2b (ISO 19005-2, level B: the look is kept for the long term).

reportlab (the open-source edition) writes neither XMP metadata nor an OutputIntent, and its
link annotations lack the print flag PDF/A asks for. :func:`make_archival` adds them to the
finished file with pikepdf (qpdf), the step every document goes through at the end of
:meth:`assistant.reports.document.ReportDoc.build_steps`:

* an XMP metadata stream with ``pdfaid:part`` 2 and ``pdfaid:conformance`` B, whose title,
  author, subject, keywords, creator tool, producer and dates are those of the Info
  dictionary (the Info strings are cleaned first so that both say exactly the same);
* an OutputIntent ``GTS_PDFA1`` with the sRGB profile of :mod:`assistant.reports.srgb`: the
  meaning of the device RGB and grey colours the pages use;
* the print flag on every annotation (the links of the table of contents), none hidden.

Fonts are embedded by reportlab itself (the canvas starts in DejaVu Sans rather than the
unembedded Helvetica: :mod:`assistant.reports.document`). The bytes stay reproducible: the
XMP is written from the Info dictionary only, the file identifier is a digest of the content
(qpdf's deterministic id) and no clock is read. ``tests/reports/test_pdfa.py`` checks each
requirement that can be checked on the file's structure; the README lists the others.
"""

from __future__ import annotations

import io
import re
from xml.sax.saxutils import escape

import pikepdf

from assistant.reports.srgb import DESCRIPTION, srgb_profile

PDFA_PART = 2
PDFA_CONFORMANCE = "B"
_PRINT = 4
_HIDING = 1 | 2 | 32 | 256  # Invisible, Hidden, NoView, ToggleNoView
# Characters XML 1.0 cannot carry (and so neither can the XMP): C0 controls but tab and line
# breaks, surrogates, U+FFFE and U+FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_PDF_DATE = re.compile(r"D:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})"
                       r"(?:([Zz+-])(\d{2})?'?(\d{2})?'?)?")
_TEXT_KEYS = ("/Title", "/Author", "/Subject", "/Keywords", "/Creator", "/Producer")


def _clean(value: str) -> str:
    return _NOT_XML.sub("", value).strip()


def xmp_date(pdf_date: str) -> str:
    """``D:20261215000000+00'00'`` as XMP writes it: ``2026-12-15T00:00:00+00:00``."""
    m = _PDF_DATE.match(pdf_date)
    if m is None:
        raise ValueError(f"not a PDF date: {pdf_date!r}")
    y, mo, d, h, mi, s, sign, tzh, tzm = m.groups()
    if sign in (None, "Z", "z"):
        zone = "Z" if sign else ""
    else:
        zone = f"{sign}{tzh or '00'}:{tzm or '00'}"
    return f"{y}-{mo}-{d}T{h}:{mi}:{s}{zone}"


def xmp_packet(info: dict[str, str], lang: str) -> bytes:
    """The XMP metadata of a PDF/A-2b file whose Info dictionary holds ``info`` (keys without
    the slash: Title, Author, ...)."""

    def alt(value: str) -> str:
        return (f'<rdf:Alt><rdf:li xml:lang="x-default">{escape(value)}</rdf:li>'
                "</rdf:Alt>")

    props = [f"<pdfaid:part>{PDFA_PART}</pdfaid:part>",
             f"<pdfaid:conformance>{PDFA_CONFORMANCE}</pdfaid:conformance>",
             "<dc:format>application/pdf</dc:format>"]
    if info.get("Title"):
        props.append(f"<dc:title>{alt(info['Title'])}</dc:title>")
    if info.get("Author"):
        props.append(f"<dc:creator><rdf:Seq><rdf:li>{escape(info['Author'])}</rdf:li>"
                     "</rdf:Seq></dc:creator>")
    if info.get("Subject"):
        props.append(f"<dc:description>{alt(info['Subject'])}</dc:description>")
    if lang:
        props.append(f"<dc:language><rdf:Bag><rdf:li>{escape(lang)}</rdf:li></rdf:Bag>"
                     "</dc:language>")
    if info.get("Keywords"):
        props.append(f"<pdf:Keywords>{escape(info['Keywords'])}</pdf:Keywords>")
    if info.get("Producer"):
        props.append(f"<pdf:Producer>{escape(info['Producer'])}</pdf:Producer>")
    if info.get("Creator"):
        props.append(f"<xmp:CreatorTool>{escape(info['Creator'])}</xmp:CreatorTool>")
    if info.get("CreationDate"):
        props.append(f"<xmp:CreateDate>{xmp_date(info['CreationDate'])}</xmp:CreateDate>")
    if info.get("ModDate"):
        modified = xmp_date(info["ModDate"])
        props.append(f"<xmp:ModifyDate>{modified}</xmp:ModifyDate>")
        props.append(f"<xmp:MetadataDate>{modified}</xmp:MetadataDate>")
    body = "\n    ".join(props)
    text = (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
        ' <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
        '  <rdf:Description rdf:about=""\n'
        '    xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"\n'
        '    xmlns:dc="http://purl.org/dc/elements/1.1/"\n'
        '    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"\n'
        '    xmlns:xmp="http://ns.adobe.com/xap/1.0/">\n'
        f"    {body}\n"
        "  </rdf:Description>\n"
        " </rdf:RDF>\n"
        "</x:xmpmeta>\n"
        '<?xpacket end="w"?>'
    )
    return text.encode("utf-8")


def _info(pdf: pikepdf.Pdf) -> dict[str, str]:
    """The Info dictionary's strings, cleaned and written back; /Trapped (no XMP twin in
    what we write) and empty entries are dropped."""
    docinfo = pdf.docinfo
    out: dict[str, str] = {}
    for key in (*_TEXT_KEYS, "/CreationDate", "/ModDate"):
        if key not in docinfo:
            continue
        value = _clean(str(docinfo[key]))
        if value:
            docinfo[key] = pikepdf.String(value)
            out[key[1:]] = value
        else:
            del docinfo[key]
    if "/Trapped" in docinfo:
        del docinfo["/Trapped"]
    return out


def _flag_annotations(pdf: pikepdf.Pdf) -> None:
    for page in pdf.pages:
        for annot in page.obj.get("/Annots", pikepdf.Array()):
            flags = int(annot.get("/F", 0))
            annot.F = (flags | _PRINT) & ~_HIDING


def make_archival(data: bytes) -> bytes:
    """The PDF ``data`` (as reportlab wrote it) as a PDF/A-2b file."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        info = _info(pdf)
        lang = str(pdf.Root.get("/Lang", ""))
        pdf.Root.Metadata = pdf.make_stream(
            xmp_packet(info, lang), Type=pikepdf.Name.Metadata, Subtype=pikepdf.Name.XML)
        profile = pdf.make_stream(srgb_profile(), N=3)
        pdf.Root.OutputIntents = pikepdf.Array([pikepdf.Dictionary(
            Type=pikepdf.Name.OutputIntent, S=pikepdf.Name.GTS_PDFA1,
            OutputConditionIdentifier=pikepdf.String(DESCRIPTION),
            Info=pikepdf.String(DESCRIPTION), DestOutputProfile=profile)])
        _flag_annotations(pdf)
        out = io.BytesIO()
        pdf.save(out, deterministic_id=True, fix_metadata_version=False,
                 object_stream_mode=pikepdf.ObjectStreamMode.disable,
                 compress_streams=True)
        return out.getvalue()


__all__ = ["PDFA_CONFORMANCE", "PDFA_PART", "make_archival", "xmp_date", "xmp_packet"]
