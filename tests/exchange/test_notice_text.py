"""The HTML and Markdown notices: valid HTML5 (the WHATWG parser, strict, finds no error), no
script and no outside resource, and user text that never becomes markup."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path
from types import MappingProxyType

import html5lib
import pytest

from assistant.content.notices import notice_document, notice_words
from assistant.domain.notices.document import NoticeKind
from assistant.domain.notices.facts import NoticeSource
from assistant.domain.notices.markdown import canonical_text
from assistant.domain.notices.versions import NoticeStamp, text_sha256
from assistant.exchange.notice_files import (
    notice_html,
    notice_markdown,
    prepare_notice,
    write_text_notice,
)
from assistant.exchange.notice_text import html_document
from assistant.store.dossier import open_dossier
from tests.domain.test_notice_document import register
from tests.domain.test_notice_facts import ORG

NS = "{http://www.w3.org/1999/xhtml}"
HOSTILE = "<script>alert(1)</script>"


def parse(text: str):  # type: ignore[no-untyped-def]
    """The document tree; any parse error of the HTML standard raises."""
    return html5lib.HTMLParser(strict=True).parse(text)


@pytest.fixture(scope="module")
def demo_html(demo_file: Path) -> dict[NoticeKind, str]:
    with open_dossier(demo_file, read_only=True) as dossier:
        return {kind: notice_html(prepare_notice(dossier, kind, "fr",
                                                 today=dt.date(2025, 3, 12)))
                for kind in NoticeKind}


@pytest.mark.parametrize("kind", list(NoticeKind))
def test_every_kind_is_html5_without_script_or_outside_resource(
        demo_html: dict[NoticeKind, str], kind: NoticeKind) -> None:
    text = demo_html[kind]
    assert text.startswith("<!DOCTYPE html>\n<html lang=\"fr\">")
    tree = parse(text)
    assert tree.find(f".//{NS}script") is None
    for element in tree.iter():
        for name, value in element.attrib.items():
            assert not (name in ("src", "href") and "//" in value), (name, value)
    assert tree.find(f".//{NS}meta").get("charset") == "utf-8"
    assert tree.find(f".//{NS}h1").text
    if kind is NoticeKind.CCTV:
        assert tree.find(".//{http://www.w3.org/2000/svg}svg") is not None


def hostile_source() -> NoticeSource:
    p = replace(register()[0], name=HOSTILE, purposes=('Quote " and \' & <b>bold</b>',))
    return NoticeSource(replace(ORG, trade_name=f"Shop {HOSTILE}"), (p,),
                        screenings=MappingProxyType({}))


def test_script_in_a_processing_name_prints_as_text() -> None:
    doc = notice_document(hostile_source(), NoticeKind.WEBSITE, "fr")
    stamp = NoticeStamp(dt.date(2025, 3, 12), text_sha256(canonical_text(doc)))
    text = html_document(doc, stamp, notice_words("fr"))
    assert HOSTILE not in text and "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    tree = parse(text)
    assert tree.find(f".//{NS}script") is None and tree.find(f".//{NS}b") is None
    assert HOSTILE in "".join(tree.find(f".//{NS}body").itertext())
    assert "Quote &quot; and &#x27; &amp; &lt;b&gt;bold&lt;/b&gt;" in text


def test_markdown_ends_with_its_version_line_and_reads_back(demo_file: Path,
                                                            tmp_path: Path) -> None:
    with open_dossier(demo_file, read_only=True) as dossier:
        prepared = prepare_notice(dossier, NoticeKind.FORM, "en", today=dt.date(2025, 3, 12))
    text = notice_markdown(prepared)
    assert text.startswith(prepared.text)
    assert text.rstrip().endswith("*")
    assert prepared.sha256 in text
    target = write_text_notice(prepared, "md", tmp_path / "form.md")
    assert target.read_bytes() == text.encode("utf-8")
    assert b"\r\n" not in target.read_bytes()
