"""An sRGB ICC profile (version 2.1, display class), built here byte for byte.

A PDF/A file names the colour space its device colours mean with an OutputIntent that
embeds an ICC profile. No sRGB profile ships with the Python packages we use under a licence
that is plainly free (Pillow's littleCMS writes a version 4.4 profile, newer than the
ICC.1:2004-10 that PDF/A-2 refers to, and stamps it with the current date). sRGB is fully
defined by IEC 61966-2-1: the three primaries and the white point adapted to the D50
connection space (Bradford), and the transfer curve, sampled here at 1024 points. The bytes
are the same on every machine and every day, so the PDFs stay reproducible.
"""

from __future__ import annotations

import struct
from functools import lru_cache

DESCRIPTION = "sRGB IEC61966-2.1"
COPYRIGHT = "No copyright, use freely"
# D50-adapted sRGB primaries and the D50 white (ICC.1:2001-04, annex; IEC 61966-2-1).
_RED = (0.4360747, 0.2225045, 0.0139322)
_GREEN = (0.3850649, 0.7168786, 0.0971045)
_BLUE = (0.1430804, 0.0606169, 0.7141733)
_D50 = (0.9642029, 1.0, 0.8249054)
_CURVE_POINTS = 1024


def _s15(value: float) -> bytes:
    return struct.pack(">i", round(value * 65536))


def _xyz(xyz: tuple[float, float, float]) -> bytes:
    return b"XYZ " + bytes(4) + b"".join(_s15(v) for v in xyz)


def _srgb_to_linear(v: float) -> float:
    return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4


def _curve() -> bytes:
    points = [round(_srgb_to_linear(i / (_CURVE_POINTS - 1)) * 65535)
              for i in range(_CURVE_POINTS)]
    return b"curv" + bytes(4) + struct.pack(f">I{_CURVE_POINTS}H", _CURVE_POINTS, *points)


def _description(text: str) -> bytes:
    ascii_ = text.encode("ascii") + b"\0"
    # textDescriptionType: ASCII part, then empty Unicode and ScriptCode parts (67 bytes)
    return (b"desc" + bytes(4) + struct.pack(">I", len(ascii_)) + ascii_
            + struct.pack(">II", 0, 0) + struct.pack(">HB", 0, 0) + bytes(67))


def _text(text: str) -> bytes:
    return b"text" + bytes(4) + text.encode("ascii") + b"\0"


def _pad(data: bytes) -> bytes:
    return data + bytes(-len(data) % 4)


@lru_cache(maxsize=1)
def srgb_profile() -> bytes:
    """The profile's bytes (about 2.5 KB)."""
    curve = _curve()
    tags: list[tuple[bytes, bytes]] = [
        (b"desc", _description(DESCRIPTION)),
        (b"cprt", _text(COPYRIGHT)),
        (b"wtpt", _xyz(_D50)),
        (b"rXYZ", _xyz(_RED)),
        (b"gXYZ", _xyz(_GREEN)),
        (b"bXYZ", _xyz(_BLUE)),
        (b"rTRC", curve),
        (b"gTRC", curve),  # the three curves share one block, as ICC allows
        (b"bTRC", curve),
    ]
    table_size = 4 + 12 * len(tags)
    offset = 128 + table_size
    entries, blocks, placed = [], [], {}
    for sig, data in tags:
        if data not in placed:
            placed[data] = offset
            blocks.append(_pad(data))
            offset += len(blocks[-1])
        entries.append(struct.pack(">4sII", sig, placed[data], len(data)))
    body = struct.pack(">I", len(tags)) + b"".join(entries) + b"".join(blocks)
    size = 128 + len(body)
    header = (struct.pack(">I", size) + bytes(4)  # size, preferred CMM: none
              + bytes((2, 0x10, 0, 0))  # version 2.1.0
              + b"mntr" + b"RGB " + b"XYZ "
              + struct.pack(">6H", 2026, 1, 1, 0, 0, 0)  # a fixed date: reproducible bytes
              + b"acsp" + bytes(4)  # platform: none
              + bytes(4) + bytes(4) + bytes(4) + bytes(8)  # flags, maker, model, attributes
              + struct.pack(">I", 0)  # rendering intent: perceptual
              + b"".join(_s15(v) for v in _D50)  # the connection space's illuminant
              + bytes(4) + bytes(44))  # creator, reserved
    assert len(header) == 128
    return header + body
