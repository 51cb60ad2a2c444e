"""The JSON interchange contract: round trip, schema, and refusals that write nothing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from assistant.content.messages import messages
from assistant.domain.progress import drive
from assistant.exchange.errors import (
    JsonMalformed,
    JsonRefused,
    JsonWrongFormat,
    JsonWrongVersion,
    OutputExists,
)
from assistant.exchange.json_dossier import LIST_KEYS, import_json, schema
from tests.conftest import folder_state
from tests.json_helpers import export

VOLATILE = ("exported_at", "app_version")


def stable(doc: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in doc.items() if k not in VOLATILE}


def test_the_schema_is_a_valid_json_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(schema())


def test_export_follows_the_contract_and_the_schema(demo_file: Path, tmp_path: Path) -> None:
    doc = export(demo_file, tmp_path / "demo.json")
    jsonschema.Draft202012Validator(schema()).validate(doc)
    assert doc["format"] == "rgpd-assistant-dossier" and doc["format_version"] == 2
    for key in ("organisation", *LIST_KEYS):
        assert key in doc
    assert len(doc["processing"]) >= 8
    required = {"id", "name", "purposes", "legal_basis", "data_subjects", "data_categories",
                "recipients", "retention", "security_measures", "transfers"}
    assert required <= set(doc["processing"][0])
    assert doc["exported_at"].endswith("Z")


def test_round_trip_gives_the_same_json(demo_file: Path, tmp_path: Path) -> None:
    first = export(demo_file, tmp_path / "a.json")
    drive(import_json(tmp_path / "a.json", tmp_path / "b.rgpd"))
    second = export(tmp_path / "b.rgpd", tmp_path / "b.json")
    assert stable(first) == stable(second)
    # and byte for byte, apart from the volatile lines
    lines_a = [line for line in (tmp_path / "a.json").read_text().splitlines()
               if not any(f'"{k}"' in line for k in VOLATILE)]
    lines_b = [line for line in (tmp_path / "b.json").read_text().splitlines()
               if not any(f'"{k}"' in line for k in VOLATILE)]
    assert lines_a == lines_b


def refused(tmp_path: Path, doc: Any, *, raw: bytes | None = None) -> BaseException:
    source = tmp_path / "in.json"
    source.write_bytes(raw if raw is not None else json.dumps(doc).encode("utf-8"))
    before = folder_state(tmp_path)
    with pytest.raises(Exception) as caught:
        drive(import_json(source, tmp_path / "out.rgpd"))
    assert folder_state(tmp_path) == before, "a refused import must write nothing"
    return caught.value


@pytest.fixture
def valid_doc(demo_file: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return export(demo_file, tmp_path_factory.mktemp("valid") / "v.json")


def test_malformed_json_names_line_and_column(tmp_path: Path) -> None:
    exc = refused(tmp_path, None, raw=b'{\n  "format": "rgpd-assistant-dossier",\n  "x": }\n')
    assert isinstance(exc, JsonMalformed)
    assert exc.params["line"] == 3 and exc.params["column"] == 8
    assert "ligne 3, colonne 8" in messages("fr").exception(exc)


def test_not_utf8(tmp_path: Path) -> None:
    exc = refused(tmp_path, None, raw='{"format": "café"}'.encode("cp1252"))
    assert isinstance(exc, JsonMalformed)


def test_other_files_and_versions(tmp_path: Path, valid_doc: dict[str, Any]) -> None:
    assert isinstance(refused(tmp_path, [1, 2]), JsonRefused)
    assert isinstance(refused(tmp_path, {"format": "something"}), JsonWrongFormat)
    future = dict(valid_doc, format_version=3)
    exc = refused(tmp_path, future)
    assert isinstance(exc, JsonWrongVersion)
    assert "3" in messages("en").exception(exc)


@pytest.mark.parametrize(
    "change,where,code",
    [
        (lambda d: d["processing"][1].update(name="x" * 500), "$.processing[1].name",
         "too_long"),
        (lambda d: d["processing"][0].update(status="maybe"), "$.processing[0].status",
         "json_enum"),
        (lambda d: d["processing"][0].pop("purposes"), "$.processing[0]", "json_required"),
        (lambda d: d["processing"][2].update(colour="red"), "$.processing[2]",
         "json_unknown_field"),
        (lambda d: d["processing"][0].update(processors=[999]),
         "$.processing[0].processors[0]", "json_unknown_reference"),
        (lambda d: d["processing"][3].update(name="a\u202eb"), "$.processing[3].name",
         "forbidden_character"),
        (lambda d: d["organisation"].update(siren="123"), "$.organisation.siren",
         "invalid_siren"),
        (lambda d: d["processing"][0].update(created_at="yesterday"),
         "$.processing[0].created_at", "json_timestamp"),
        (lambda d: d["processing"].append(dict(d["processing"][0])),
         "$.processing[{n}].id", "json_duplicate_id"),
    ],
)
def test_refusals_name_the_json_path(tmp_path: Path, valid_doc: dict[str, Any], change: Any,
                                     where: str, code: str) -> None:
    change(valid_doc)
    exc = refused(tmp_path, valid_doc)
    assert isinstance(exc, JsonRefused)
    assert exc.where == where.replace("{n}", str(len(valid_doc["processing"]) - 1))
    assert exc.finding.code == code
    text = messages("fr").exception(exc)
    assert exc.where in text and "Aucun fichier n'a été écrit" in text


def test_first_problem_in_reading_order(tmp_path: Path, valid_doc: dict[str, Any]) -> None:
    valid_doc["processing"][4]["status"] = "bad"
    valid_doc["processing"][1]["name"] = ""
    exc = refused(tmp_path, valid_doc)
    assert isinstance(exc, JsonRefused) and exc.where == "$.processing[1].name"


def test_an_existing_output_is_never_overwritten(tmp_path: Path, demo_file: Path) -> None:
    export(demo_file, tmp_path / "a.json")
    target = tmp_path / "taken.rgpd"
    target.write_text("precious")
    with pytest.raises(OutputExists):
        drive(import_json(tmp_path / "a.json", target))
    assert target.read_text() == "precious"


def test_sections_of_later_versions_must_be_empty(tmp_path: Path,
                                                  valid_doc: dict[str, Any]) -> None:
    for key in LIST_KEYS:
        props = schema()["properties"][key]
        if props.get("maxItems") == 0:
            valid_doc[key] = [{"anything": 1}]
            exc = refused(tmp_path, valid_doc)
            assert isinstance(exc, JsonRefused) and exc.where == f"$.{key}"
            valid_doc[key] = []


def test_the_schema_file_defines_no_key_twice() -> None:
    """JSON keeps the last of two equal keys silently: a definition would vanish."""
    from assistant.paths import resources_dir

    duplicates: list[str] = []

    def hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        keys = [k for k, _ in pairs]
        duplicates.extend(k for k in set(keys) if keys.count(k) > 1)
        return dict(pairs)

    text = (resources_dir() / "schema" / "dossier.schema.json").read_text(encoding="utf-8")
    json.loads(text, object_pairs_hook=hook)
    assert duplicates == []


def test_a_vat_number_goes_out_and_comes_back(new_dossier, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Added with schema 3: exported when given (a dossier without one exports as before)."""
    import json
    from dataclasses import replace

    from assistant.domain.progress import drive
    from assistant.exchange.json_dossier import export_json, import_json
    from assistant.store.dossier import open_dossier

    plain = tmp_path / "plain.json"
    drive(export_json(new_dossier, plain))
    assert "vat_number" not in json.loads(plain.read_text("utf-8"))["organisation"]
    org = replace(new_dossier.organisation.get(), legal_name="Au Pain Doré SARL",
                  siren="303265045", vat_number="FR40303265045")
    new_dossier.organisation.save(org, undoable=False)
    out = tmp_path / "with-vat.json"
    drive(export_json(new_dossier, out))
    assert json.loads(out.read_text("utf-8"))["organisation"]["vat_number"] == "FR40303265045"
    target = tmp_path / "back.rgpd"
    drive(import_json(out, target))
    with open_dossier(target, read_only=True) as back:
        assert back.organisation.get().vat_number == "FR40303265045"
