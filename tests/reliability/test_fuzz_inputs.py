"""Fuzzed input files: whatever the CSV, JSON or mapping file holds, the command line answers
with exit status 0 or 1 (never a traceback), a refusal leaves the dossier exactly as it was
and nothing half-written beside it, and an accepted file leaves a dossier that verifies."""

from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.consent_helpers import dossier_state
from tests.reliability.conftest import budget, copy_dossier, run_cli

COLUMNS = ["email", "courriel", "E-Mail", "customer_ref", "Référence client", "first_name",
           "prénom", "last_name", "NOM", "phone", "téléphone", "purpose", "finalité",
           "status", "Statut", "date", "channel", "canal", "notice_version",
           "version_mention", "other", "", "email"]
VALUES = ["a@exemple.fr", "josé@exemple.fr", "jose\u0301@exemple.fr", "straße@x.de",
          "jo\u200bse@x.fr", "\ufeffa@x.fr", "no-at-sign", "C-001", "newsletter", "sms",
          "Lettre d'information", "unknown", "granted", "retiré", "oui", "0", "maybe",
          "2024-01-02", "02/01/2024 10:30", "0001-01-01T00:00:00+01:00", "01/01/0001",
          "9999-12-31T23:30:00-05:00", "2999-01-01", "31/02/2024", "magasin", "web", "v1",
          "=HYPERLINK(\"x\")", "'+33 6 12 34 56 78", "Łukasz", "Ζωή", "\u202eevil", "\x00",
          "\t", "x" * 300, "\"quoted; value\"", "line\nbreak", "é"]


@st.composite
def csv_files(draw: Any) -> bytes:
    if draw(st.integers(0, 9)) == 0:  # now and then, any bytes at all
        return draw(st.binary(max_size=600))
    delimiter = draw(st.sampled_from([";", ",", "\t", "|"]))
    header = draw(st.lists(st.sampled_from(COLUMNS), min_size=0, max_size=9))
    rows = draw(st.lists(st.lists(st.one_of(st.sampled_from(VALUES),
                                            st.text(max_size=12)), max_size=10),
                         max_size=6))
    text = delimiter.join(header) + "\n" + "".join(
        delimiter.join(row) + draw(st.sampled_from(["\n", "\r\n", "\r", ""])) for row in rows)
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16", "latin-1"]))
    data = text.encode(encoding, errors="replace")
    if draw(st.booleans()):  # a stray byte somewhere
        at = draw(st.integers(0, len(data)))
        data = data[:at] + bytes([draw(st.integers(0, 255))]) + data[at:]
    return data


HALF_WRITTEN = re.compile(r"^\..+\.(part|tmp|building)(-wal|-shm|-journal|\.lock)?$")


def leftovers(folder: Path) -> list[str]:
    """Hidden temporary files of an output (``.NAME.….part|tmp|building``)."""
    return [p.name for p in folder.iterdir() if HALF_WRITTEN.match(p.name)]


@settings(max_examples=budget(30, 1500))
@given(data=csv_files(), skip=st.booleans(), report=st.booleans())
def test_fuzzed_csv_imports_or_is_refused_cleanly(small_dossier: Path, data: bytes,
                                                 skip: bool, report: bool) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        dossier = copy_dossier(small_dossier, folder / "d")
        source = folder / "in.csv"
        source.write_bytes(data)
        before = dossier_state(dossier)
        argv = ["consents", "import", str(dossier), str(source)]
        if skip:
            argv.append("--skip-invalid")
        if report:
            argv += ["--report", str(folder / "refused.csv")]
        code, _, err = run_cli(*argv)
        assert code in (0, 1), err
        if code == 1:
            assert err.strip(), "a refusal says why"
            assert dossier_state(dossier) == before
        else:
            assert run_cli("verify", str(dossier))[0] == 0
        assert leftovers(folder) == [] and leftovers(dossier.parent) == []


@pytest.fixture(scope="module")
def document(small_dossier: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    target = tmp_path_factory.mktemp("json") / "shop.json"
    assert run_cli("export", "json", str(small_dossier), "-o", str(target))[0] == 0
    return json.loads(target.read_text(encoding="utf-8"))


ODD_VALUES = st.one_of(
    st.none(), st.booleans(), st.integers(), st.integers(min_value=2**63 - 2),
    st.just(10**30), st.floats(allow_nan=True), st.text(max_size=20),
    st.sampled_from(["\ud800", "\x00", "2024-13-45T00:00:00Z", "", "x" * 5000, "Z",
                     "9999-12-31T23:59:59.999999Z", "0" * 64]),
    st.lists(st.integers(), max_size=3), st.dictionaries(st.text(max_size=5), st.none(),
                                                         max_size=2))


def paths_of(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            out += paths_of(item, (*prefix, key))
    elif isinstance(value, list):
        for i, item in enumerate(value[:3]):
            out += paths_of(item, (*prefix, i))
    return out


@given(data=st.data())
def test_fuzzed_json_imports_or_is_refused_cleanly(document: dict[str, Any],
                                                  data: st.DataObject) -> None:
    doc = json.loads(json.dumps(document))
    for _ in range(data.draw(st.integers(1, 3))):
        where = data.draw(st.sampled_from(paths_of(doc)[1:]))
        parent = doc
        for key in where[:-1]:
            parent = parent[key]
        if data.draw(st.booleans()) and isinstance(parent, dict):
            parent.pop(where[-1], None)
        else:
            parent[where[-1]] = data.draw(ODD_VALUES)
    text = json.dumps(doc, ensure_ascii=data.draw(st.booleans()), allow_nan=True)
    if data.draw(st.integers(0, 5)) == 0:
        text = text[:data.draw(st.integers(0, len(text)))]  # cut short
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = folder / "in.json"
        source.write_text(text, encoding="utf-8", errors="surrogatepass")
        target = folder / "out.rgpd"
        code, _, err = run_cli("import", "json", str(source), "-o", str(target))
        assert code in (0, 1), err
        if code == 1:
            assert err.strip() and not target.exists()
        else:
            assert run_cli("verify", str(target))[0] == 0
        assert leftovers(folder) == []


def mapping_supported() -> bool:
    from assistant.cli import build_parser

    parser = build_parser()
    try:
        parser.parse_args(["consents", "import", "d.rgpd", "f.csv", "--mapping", "m.toml"])
    except SystemExit:
        return False
    return True


MAPPING_KEYS = ["format", "format_version", "identity", "when", "choices", "defaults",
                "email", "phone", "column", "purpose", "granted", "unknown", "x"]


@st.composite
def mapping_files(draw: Any) -> str:
    if draw(st.integers(0, 6)) == 0:
        return draw(st.text(max_size=200))
    lines = ['format = "rgpd-assistant-mapping"', "format_version = 1"]
    if draw(st.booleans()):
        lines += ["[identity]", f'email = "{draw(st.sampled_from(["email", "E-mail", "x"]))}"']
    if draw(st.booleans()):
        lines += ["[when]", draw(st.sampled_from(['column = "date"', "unknown = true",
                                                  'column = 3', "unknown = false"]))]
    for _ in range(draw(st.integers(0, 2))):
        lines += ["[[choices]]",
                  f'purpose = "{draw(st.sampled_from(["newsletter", "nope", ""]))}"',
                  f'column = "{draw(st.sampled_from(["purpose", "status", "zz"]))}"',
                  f"granted = {json.dumps(draw(st.lists(st.sampled_from(VALUES), max_size=3)))}"]
    if draw(st.booleans()):
        key = draw(st.sampled_from(MAPPING_KEYS))
        lines.insert(draw(st.integers(0, len(lines))), f"{key} = {json.dumps(draw(ODD_VALUES))}")
    return "\n".join(lines) + "\n"


@pytest.mark.skipif(not mapping_supported(), reason="consents import --mapping is not in "
                    "this version of the command line yet")
@given(mapping=mapping_files(), data=csv_files())
def test_fuzzed_mapping_files_import_or_are_refused_cleanly(small_dossier: Path, mapping: str,
                                                            data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        dossier = copy_dossier(small_dossier, folder / "d")
        source, rules = folder / "in.csv", folder / "map.toml"
        source.write_bytes(data)
        rules.write_text(mapping, encoding="utf-8", errors="surrogatepass")
        before = dossier_state(dossier)
        code, _, err = run_cli("consents", "import", str(dossier), str(source),
                               "--mapping", str(rules))
        assert code in (0, 1), err
        if code == 1:
            assert err.strip() and dossier_state(dossier) == before
        else:
            assert run_cli("verify", str(dossier))[0] == 0
