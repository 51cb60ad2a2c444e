"""A structural check of PDF/A-2b (ISO 19005-2, level B) requirements, with pikepdf.

There is no veraPDF here; this checks every requirement that can be read off the file's
structure (the README lists those it does not check). :func:`pdfa_problems` returns the
broken ones, as sentences naming the clause and where; an empty list means none was found.
Any test of a PDF the app writes can call it.
"""

from __future__ import annotations

import io
import re
import struct
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from decimal import Decimal

import pikepdf

NS = {
    "x": "adobe:ns:meta/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "pdfaid": "http://www.aiim.org/pdfa/ns/id/",
    "dc": "http://purl.org/dc/elements/1.1/",
    "pdf": "http://ns.adobe.com/pdf/1.3/",
    "xmp": "http://ns.adobe.com/xap/1.0/",
}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
STANDARD_BLEND = {"/Normal", "/Compatible", "/Multiply", "/Screen", "/Overlay", "/Darken",
                  "/Lighten", "/ColorDodge", "/ColorBurn", "/HardLight", "/SoftLight",
                  "/Difference", "/Exclusion", "/Hue", "/Saturation", "/Color",
                  "/Luminosity"}
FORBIDDEN_ANNOTS = {"/Sound", "/Movie", "/Screen", "/3D", "/RichMedia", "/FileAttachment"}
FORBIDDEN_ACTIONS = {"/Launch", "/Sound", "/Movie", "/ResetForm", "/ImportData",
                     "/JavaScript", "/Hide", "/SetOCGState", "/Rendition", "/Trans",
                     "/GoTo3DView"}
TEXT_SHOWING = {"Tj", "TJ", "'", '"'}
MAX_NAME, MAX_STRING, MAX_OBJECTS, MAX_Q_DEPTH = 127, 32767, 8_388_607, 28


# -- TrueType programs ------------------------------------------------------------------------
class TrueType:
    """The few tables of an embedded TrueType program the checks need."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        count = struct.unpack(">H", data[4:6])[0]
        self.tables: dict[str, tuple[int, int]] = {}
        for i in range(count):
            tag, _, offset, length = struct.unpack(">4sIII", data[12 + 16 * i:28 + 16 * i])
            self.tables[tag.decode("latin-1")] = (offset, length)

    def table(self, tag: str) -> bytes:
        offset, length = self.tables[tag]
        return self.data[offset:offset + length]

    def cmap_subtables(self) -> list[tuple[int, int, int]]:
        """(platform, encoding, offset) of each subtable of 'cmap'."""
        cmap = self.table("cmap")
        count = struct.unpack(">H", cmap[2:4])[0]
        return [struct.unpack(">HHI", cmap[4 + 8 * i:12 + 8 * i]) for i in range(count)]

    def glyph_of(self) -> dict[int, int]:
        """Code -> glyph of the first byte-encoding subtable (format 0 or 6; reportlab
        writes one (1, 0) subtable of format 6)."""
        cmap = self.table("cmap")
        for _, _, offset in self.cmap_subtables():
            kind = struct.unpack(">H", cmap[offset:offset + 2])[0]
            if kind == 0:
                return dict(enumerate(cmap[offset + 6:offset + 6 + 256]))
            if kind == 6:
                first, count = struct.unpack(">HH", cmap[offset + 6:offset + 10])
                ids = struct.unpack(f">{count}H", cmap[offset + 10:offset + 10 + 2 * count])
                return {first + i: g for i, g in enumerate(ids)}
        return {}

    def advance(self, glyph: int) -> float:
        """The glyph's advance width in 1/1000 of the em."""
        units = struct.unpack(">H", self.table("head")[18:20])[0]
        metrics = struct.unpack(">H", self.table("hhea")[34:36])[0]
        hmtx = self.table("hmtx")
        index = min(glyph, metrics - 1)
        width = struct.unpack(">H", hmtx[4 * index:4 * index + 2])[0]
        return width * 1000 / units


# -- walking the file -------------------------------------------------------------------------
def _objects(pdf: pikepdf.Pdf) -> Iterator[pikepdf.Object]:
    yield from pdf.objects


def _resources_of(owner: pikepdf.Object) -> Iterator[tuple[str, pikepdf.Object, pikepdf.Object]]:
    """(where, content owner, resources) of every page and every form XObject under them."""
    seen: set[tuple[int, int]] = set()

    def walk(where: str, obj: pikepdf.Object) -> Iterator[tuple[str, pikepdf.Object,
                                                                 pikepdf.Object]]:
        res = obj.get("/Resources", pikepdf.Dictionary())
        yield where, obj, res
        for name, xobj in res.get("/XObject", pikepdf.Dictionary()).items():
            if xobj.get("/Subtype") == "/Form" and xobj.objgen not in seen:
                seen.add(xobj.objgen)
                yield from walk(f"{where}, form {name}", xobj)

    yield from walk("", owner)


def _xmp(pdf: pikepdf.Pdf, problems: list[str]) -> dict[str, str]:
    meta = pdf.Root.get("/Metadata")
    if meta is None:
        problems.append("6.6.2.1: the catalog has no /Metadata stream")
        return {}
    if meta.get("/Type") != "/Metadata" or meta.get("/Subtype") != "/XML":
        problems.append("6.6.2.1: the metadata stream is not /Type /Metadata /Subtype /XML")
    if "/Filter" in meta:
        problems.append("6.6.2.1: the metadata stream is filtered")
    raw = meta.read_bytes()
    head = re.match(rb"<\?xpacket ([^?]*)\?>", raw)
    if head is None:
        problems.append("6.6.2.2: the XMP has no xpacket header")
    elif b"bytes=" in head.group(1) or b"encoding=" in head.group(1):
        problems.append("6.6.2.2: the xpacket header has a bytes or encoding attribute")
    try:
        root = ET.fromstring(raw)
    except ET.ParseError as exc:
        problems.append(f"6.6.2.1: the XMP is not well-formed XML ({exc})")
        return {}
    values: dict[str, str] = {}
    for desc in root.iter(f"{{{NS['rdf']}}}Description"):
        for child in desc:
            prefix = next((p for p, uri in NS.items() if child.tag.startswith(f"{{{uri}}}")),
                          None)
            if prefix is None:
                problems.append(f"6.6.2.3.2: XMP property {child.tag} of a schema that needs "
                                "an extension schema description")
                continue
            local = child.tag.split("}")[1]
            items = list(child.iter(f"{{{NS['rdf']}}}li"))
            if items:
                if local in ("title", "description"):
                    items = [i for i in items if i.get(XML_LANG) == "x-default"] or items
                values[f"{prefix}:{local}"] = "\x1f".join(i.text or "" for i in items)
            else:
                values[f"{prefix}:{local}"] = child.text or ""
        for attr, value in desc.attrib.items():  # properties written as attributes
            for prefix, uri in NS.items():
                if attr.startswith(f"{{{uri}}}"):
                    values[f"{prefix}:{attr.split('}')[1]}"] = value
    if values.get("pdfaid:part") != "2":
        problems.append(f"6.6.4: pdfaid:part is {values.get('pdfaid:part')!r}, not '2'")
    if values.get("pdfaid:conformance") not in ("B", "U", "A"):
        problems.append(f"6.6.4: pdfaid:conformance is {values.get('pdfaid:conformance')!r}")
    return values


_PDF_DATE = re.compile(r"D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?([Zz+-])?(\d{2})?'?"
                       r"(\d{2})?'?")
_XMP_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):?(\d{2})?(?:\.\d+)?"
                       r"(Z|[+-]\d{2}:\d{2})?")


def _instant(text: str, pdf_form: bool) -> tuple[str, ...] | None:
    m = (_PDF_DATE if pdf_form else _XMP_DATE).fullmatch(text.strip())
    if m is None:
        return None
    g = m.groups()
    if pdf_form:
        zone = "Z" if g[6] in (None, "Z", "z") and not g[7] else f"{g[6]}{g[7]}:{g[8] or '00'}"
        return (*(x or "00" for x in g[:6]), "+00:00" if zone in ("Z", "+00:00", "-00:00")
                else zone)
    zone = g[6] or "Z"
    return (*g[:5], g[5] or "00", "+00:00" if zone in ("Z", "+00:00", "-00:00") else zone)


def _info_matches(pdf: pikepdf.Pdf, xmp: dict[str, str], problems: list[str]) -> None:
    pairs = {"/Title": "dc:title", "/Author": "dc:creator", "/Subject": "dc:description",
             "/Keywords": "pdf:Keywords", "/Creator": "xmp:CreatorTool",
             "/Producer": "pdf:Producer"}
    info = pdf.trailer.get("/Info", pikepdf.Dictionary())
    for key, prop in pairs.items():
        if key in info and str(info[key]) != xmp.get(prop):
            problems.append(f"6.6.2.3.1: Info {key} {str(info[key])!r} and XMP {prop} "
                            f"{xmp.get(prop)!r} differ")
    for key, prop in (("/CreationDate", "xmp:CreateDate"), ("/ModDate", "xmp:ModifyDate")):
        if key in info and (prop not in xmp or _instant(str(info[key]), True)
                            != _instant(xmp[prop], False)):
            problems.append(f"6.6.2.3.1: Info {key} {str(info[key])!r} and XMP {prop} "
                            f"{xmp.get(prop)!r} differ")
    if "/Trapped" in info and "pdf:Trapped" not in xmp:
        problems.append("6.6.2.3.1: Info /Trapped has no XMP pdf:Trapped")


def _output_intent(pdf: pikepdf.Pdf, problems: list[str]) -> str:
    """The colour space of the PDF/A OutputIntent's profile ('RGB ', 'GRAY', 'CMYK'), or ''."""
    intents = pdf.Root.get("/OutputIntents", pikepdf.Array())
    pdfa = [i for i in intents if i.get("/S") == "/GTS_PDFA1"]
    if not pdfa:
        problems.append("6.2.3: no OutputIntent with /S /GTS_PDFA1")
        return ""
    profiles = {i.DestOutputProfile.objgen for i in pdfa if "/DestOutputProfile" in i}
    if len(profiles) != 1:
        problems.append("6.2.3: the OutputIntents do not share one DestOutputProfile")
        return ""
    profile_stream = pdfa[0].DestOutputProfile
    icc = profile_stream.read_bytes()
    if len(icc) < 128 or icc[36:40] != b"acsp":
        problems.append("6.2.3: the DestOutputProfile is not an ICC profile")
        return ""
    if struct.unpack(">I", icc[:4])[0] != len(icc):
        problems.append("6.2.3: the ICC profile's declared size is not its length")
    if icc[8] > 4:
        problems.append(f"6.2.3: ICC profile version {icc[8]} is newer than 4")
    if icc[12:16] not in (b"prtr", b"mntr"):
        problems.append(f"6.2.3: ICC profile class {icc[12:16]!r} is neither output nor "
                        "display")
    space = icc[16:20].decode("latin-1")
    n = {"RGB ": 3, "GRAY": 1, "CMYK": 4}.get(space)
    if n is None or int(profile_stream.get("/N", 0)) != n:
        problems.append(f"6.2.3: the profile's colour space {space!r} and /N disagree")
    if "/OutputConditionIdentifier" not in pdfa[0]:
        problems.append("6.2.3: the OutputIntent has no /OutputConditionIdentifier")
    return space


def _fonts(pdf: pikepdf.Pdf, problems: list[str]) -> None:
    for number, page in enumerate(pdf.pages, start=1):
        for where, owner, res in _resources_of(page.obj):
            fonts = res.get("/Font", pikepdf.Dictionary())
            programs = {}
            for name, font in fonts.items():
                label = f"page {number}{where}, font {name} ({font.get('/BaseFont', '')})"
                sub = font.get("/Subtype")
                described = font.DescendantFonts[0] if sub == "/Type0" else font
                if sub == "/Type3":
                    continue
                desc = described.get("/FontDescriptor")
                files = [k for k in ("/FontFile", "/FontFile2", "/FontFile3")
                         if desc is not None and k in desc]
                if not files:
                    problems.append(f"6.2.11.4.1: {label} is not embedded")
                    continue
                if sub != "/TrueType":
                    continue
                program = TrueType(desc.FontFile2.read_bytes())
                programs[name] = (font, program)
                symbolic = int(desc.get("/Flags", 0)) & 4
                if symbolic:
                    if "/Encoding" in font:
                        problems.append(f"6.2.11.6: {label} is symbolic and has an /Encoding")
                    tables = program.cmap_subtables()
                    if len(tables) != 1 and not any(t[:2] == (3, 0) for t in tables):
                        problems.append(f"6.2.11.6: {label}: the cmap of a symbolic font has "
                                        "several encodings and no (3,0)")
                elif font.get("/Encoding") not in ("/WinAnsiEncoding", "/MacRomanEncoding"):
                    problems.append(f"6.2.11.6: {label} is non-symbolic without a standard "
                                    "encoding")
            _glyphs(number, where, owner, programs, problems)


def _glyphs(number: int, where: str, owner: pikepdf.Object,
            programs: dict[str, tuple[pikepdf.Object, TrueType]], problems: list[str]) -> None:
    """Every code drawn with a simple TrueType font has a glyph (not .notdef, 6.2.11.8) and
    the width the font program gives it (6.2.11.5)."""
    current: tuple[pikepdf.Object, TrueType] | None = None
    maps: dict[int, dict[int, int]] = {}
    reported: set[tuple[str, int]] = set()
    for operands, operator in pikepdf.parse_content_stream(owner):
        op = str(operator)
        if op == "Tf":
            current = programs.get(str(operands[0]))
        elif op in TEXT_SHOWING and current is not None:
            font, program = current
            glyphs = maps.setdefault(id(program), program.glyph_of())
            strings = operands[0] if op == "TJ" else [operands[-1]]
            first = int(font.get("/FirstChar", 0))
            widths = font.get("/Widths", pikepdf.Array())
            for s in strings:
                if not isinstance(s, pikepdf.String):
                    continue
                for code in bytes(s):
                    if (str(font.BaseFont), code) in reported:
                        continue
                    glyph = glyphs.get(code, 0)
                    if glyph == 0:
                        reported.add((str(font.BaseFont), code))
                        problems.append(f"6.2.11.8: page {number}{where}: code {code} of "
                                        f"{font.BaseFont} draws .notdef")
                        continue
                    given = widths[code - first] if 0 <= code - first < len(widths) else None
                    if given is None or abs(Decimal(str(given)) - Decimal(
                            str(round(program.advance(glyph), 3)))) > 1:
                        reported.add((str(font.BaseFont), code))
                        problems.append(f"6.2.11.5: page {number}{where}: width of code {code} "
                                        f"of {font.BaseFont} is {given}, the program says "
                                        f"{program.advance(glyph):.1f}")


def _content(pdf: pikepdf.Pdf, space: str, problems: list[str]) -> None:
    """Colour operators fit the OutputIntent (6.2.4.3); q/Q nesting within limits (6.1.13)."""
    device = {"RGB ": {"rg", "RG"}, "CMYK": {"k", "K"}}
    forbidden = set().union(*(ops for s, ops in device.items() if s != space))
    for number, page in enumerate(pdf.pages, start=1):
        for where, owner, res in _resources_of(page.obj):
            depth = 0
            for operands, operator in pikepdf.parse_content_stream(owner):
                op = str(operator)
                if op in forbidden:
                    problems.append(f"6.2.4.3: page {number}{where}: operator {op} uses a "
                                    f"device colour space the OutputIntent ({space!r}) does "
                                    "not define")
                    break
                if op in ("cs", "CS") and str(operands[0]) in ("/DeviceCMYK", "/DeviceRGB"):
                    if (str(operands[0]) == "/DeviceCMYK") != (space == "CMYK"):
                        problems.append(f"6.2.4.3: page {number}{where}: {operands[0]}")
                elif op == "q":
                    depth += 1
                    if depth > MAX_Q_DEPTH:
                        problems.append(f"6.1.13: page {number}{where}: q nested deeper than "
                                        f"{MAX_Q_DEPTH}")
                        break
                elif op == "Q":
                    depth -= 1
            for gs_name, gs in res.get("/ExtGState", pikepdf.Dictionary()).items():
                for key in ("/TR", "/HTP", "/HTO"):
                    if key in gs:
                        problems.append(f"6.2.5: page {number}{where}: ExtGState {gs_name} "
                                        f"has {key}")
                if "/TR2" in gs and gs.TR2 != "/Default":
                    problems.append(f"6.2.5: page {number}{where}: ExtGState {gs_name} has "
                                    "/TR2 other than /Default")
                blend = gs.get("/BM")
                if blend is not None and str(blend) not in STANDARD_BLEND:
                    problems.append(f"6.2.10: page {number}{where}: blend mode {blend}")
            for name, xobj in res.get("/XObject", pikepdf.Dictionary()).items():
                if xobj.get("/Subtype") != "/Image":
                    continue
                if xobj.get("/Interpolate") is True:
                    problems.append(f"6.2.8: page {number}{where}: image {name} interpolates")
                for key in ("/Alternates", "/OPI"):
                    if key in xobj:
                        problems.append(f"6.2.8: page {number}{where}: image {name} has {key}")


def _annotations_and_actions(pdf: pikepdf.Pdf, problems: list[str]) -> None:
    root = pdf.Root
    for key in ("/AA", "/OCProperties", "/Requirements", "/NeedsRendering"):
        if key in root and not (key == "/OCProperties" and "/AS" not in root.OCProperties.get(
                "/D", pikepdf.Dictionary())):
            problems.append(f"6.5/6.9/6.11: the catalog has {key}")
    names = root.get("/Names", pikepdf.Dictionary())
    for key in ("/JavaScript", "/EmbeddedFiles"):
        if key in names:
            problems.append(f"6.5.1/6.8: the name tree {key} is present")
    if "/AcroForm" in root and ("/XFA" in root.AcroForm or root.AcroForm.get(
            "/NeedAppearances") is True):
        problems.append("6.4.1: the form has XFA or NeedAppearances true")
    open_action = root.get("/OpenAction")
    if isinstance(open_action, pikepdf.Dictionary) and open_action.get("/S") in \
            FORBIDDEN_ACTIONS:
        problems.append(f"6.5.1: open action {open_action.S}")
    for number, page in enumerate(pdf.pages, start=1):
        if "/AA" in page.obj:
            problems.append(f"6.5.2: page {number} has additional actions")
        media = [float(x) for x in page.obj.get("/MediaBox", page.mediabox)]
        width, height = media[2] - media[0], media[3] - media[1]
        if not (3 <= width <= 14400 and 3 <= height <= 14400):
            problems.append(f"6.1.13: page {number}: page size {width}x{height} out of range")
        for annot in page.obj.get("/Annots", pikepdf.Array()):
            sub = annot.get("/Subtype")
            label = f"page {number}: {sub} annotation"
            if sub in FORBIDDEN_ANNOTS:
                problems.append(f"6.3.1: {label} is not allowed")
            flags = int(annot.get("/F", 0))
            if not flags & 4 or flags & (1 | 2 | 32 | 256):
                problems.append(f"6.3.2: {label} flags {flags}: not printed, or hidden")
            if sub not in ("/Link", "/Popup") and "/AP" not in annot:
                rect = [float(x) for x in annot.get("/Rect", [0, 0, 0, 0])]
                if rect[2] - rect[0] and rect[3] - rect[1]:
                    problems.append(f"6.3.3: {label} has no appearance stream")
            if "/CA" in annot and float(annot.CA) != 1.0 and sub != "/Popup":
                problems.append(f"6.3.3: {label} is translucent")
            action = annot.get("/A")
            if action is not None and action.get("/S") in FORBIDDEN_ACTIONS:
                problems.append(f"6.5.1: {label} runs a {action.S} action")


def _objects_and_streams(pdf: pikepdf.Pdf, problems: list[str]) -> None:
    if len(pdf.objects) > MAX_OBJECTS:
        problems.append("6.1.13: too many indirect objects")

    def scan(obj: object, where: str, depth: int = 0) -> None:
        if depth > 30:
            return
        if isinstance(obj, pikepdf.Name) and len(str(obj).encode("utf-8")) - 1 > MAX_NAME:
            problems.append(f"6.1.13: {where}: a name longer than {MAX_NAME} bytes")
        elif isinstance(obj, pikepdf.String) and len(bytes(obj)) > MAX_STRING:
            problems.append(f"6.1.13: {where}: a string longer than {MAX_STRING} bytes")
        elif isinstance(obj, int) and not -(2 ** 31) <= obj <= 2 ** 31 - 1:
            problems.append(f"6.1.13: {where}: an integer out of range")
        elif isinstance(obj, pikepdf.Array):
            for item in obj:
                if not getattr(item, "is_indirect", False):
                    scan(item, where, depth + 1)
        elif isinstance(obj, pikepdf.Dictionary | pikepdf.Stream):
            for key in obj.keys():  # noqa: SIM118 - a pikepdf object, not a dict
                item = obj.get(key)
                if item is not None and not getattr(item, "is_indirect", False):
                    scan(item, where, depth + 1)

    for obj in pdf.objects:
        where = f"object {obj.objgen[0]}"
        if isinstance(obj, pikepdf.Stream):
            for key in ("/F", "/FFilter", "/FDecodeParms"):
                if key in obj.stream_dict:
                    problems.append(f"6.1.7: {where}: a stream with {key} (external data)")
            filters = obj.stream_dict.get("/Filter")
            names = [str(f) for f in filters] if isinstance(filters, pikepdf.Array) else \
                [str(filters)] if filters is not None else []
            if "/LZWDecode" in names:
                problems.append(f"6.1.7.2: {where}: LZWDecode")
        scan(obj, where)


def _file_structure(data: bytes, pdf: pikepdf.Pdf, problems: list[str]) -> None:
    if re.match(rb"%PDF-1\.[0-7]\r?\n", data) is None:
        problems.append("6.1.2: the header is not %PDF-1.n (n from 0 to 7)")
    else:
        second = data.split(b"\n", 2)[1]
        if not (second.startswith(b"%") and sum(b > 127 for b in second[1:5]) == 4):
            problems.append("6.1.2: the header's second line is not a comment of four "
                            "bytes above 127")
    if re.search(rb"%%EOF\r?\n?$", data[-8:]) is None:
        problems.append("6.1.3: the file does not end with %%EOF")
    ids = pdf.trailer.get("/ID")
    if not isinstance(ids, pikepdf.Array) or len(ids) != 2:
        problems.append("6.1.3: the trailer has no /ID of two strings")
    if "/Encrypt" in pdf.trailer:
        problems.append("6.1.3: the file is encrypted")


def pdfa_problems(data: bytes) -> list[str]:
    """What keeps ``data`` from PDF/A-2b, as far as its structure shows; [] when nothing."""
    problems: list[str] = []
    with pikepdf.open(io.BytesIO(data)) as pdf:
        _file_structure(data, pdf, problems)
        xmp = _xmp(pdf, problems)
        _info_matches(pdf, xmp, problems)
        space = _output_intent(pdf, problems)
        _fonts(pdf, problems)
        _content(pdf, space, problems)
        _annotations_and_actions(pdf, problems)
        _objects_and_streams(pdf, problems)
    return problems


# Requirements this module does not check, for the README.
NOT_CHECKED = (
    "the font programs beyond their cmap, head, hhea and hmtx tables (glyph outlines, "
    "other tables: 6.2.11.4)",
    "the ICC profile beyond its header (its tags and curves: 6.2.3)",
    "XMP values against the full XMP schemas' types (6.6.2.3), beyond the properties we use",
    "content stream operators other than colour, text showing and q/Q (6.2.2, 6.2.10 on "
    "transparency groups' colour spaces, which the app never writes)",
    "Unicode mappings of every glyph (levels 2u and 2a only)",
    "byte offsets of the cross-reference table (qpdf reads and repairs them silently; "
    "qpdf --check in the tests reports them)",
)
