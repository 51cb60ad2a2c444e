"""Each kind of notice gives every point of Art. 13(1)-(2), or says it is missing; the poster
and the CCTV sign keep to their layout; children and staff biometrics are taken care of."""

from __future__ import annotations

from dataclasses import replace
from types import MappingProxyType

import pytest

from assistant.content.notices import notice_document, notice_facts
from assistant.domain.guide.model import DpiaScreening
from assistant.domain.notices.document import NoticeKind, default_scope
from assistant.domain.notices.facts import ART13_POINTS, FactStatus, NoticeSource
from assistant.domain.notices.markdown import canonical_text, md_escape
from assistant.domain.processing import (
    DataCategory,
    DurationUnit,
    LegalBasis,
    Processing,
    ProcessingStatus,
    Recipient,
    Retention,
    Transfer,
)
from tests.domain.test_notice_facts import ORG

MONTH = Retention(1, DurationUnit.MONTHS, "recording")
YEARS = Retention(3, DurationUnit.YEARS, "last_contact")


def register() -> list[Processing]:
    loyalty = Processing(
        id=1, name="Carte de fidélité", purposes=("Gérer la carte",),
        legal_basis=LegalBasis.CONSENT, data_subjects=("loyalty_members",),
        data_categories=(DataCategory("identity", "Nom", retention=YEARS),),
        recipients=(Recipient("internal_service"),), data_source="data_subject",
        transfers=(Transfer("Mailer Inc.", "États-Unis", "eu_us_dpf"),))
    cctv = Processing(
        id=2, name="Caméras", purposes=("Prévenir les vols",),
        legal_basis=LegalBasis.LEGITIMATE_INTERESTS, legal_basis_detail="Protéger les biens",
        data_subjects=("premises_visitors", "employees"),
        data_categories=(DataCategory("cctv_images", retention=MONTH),),
        recipients=(Recipient("internal_service"),), data_source="observed",
        no_transfer_confirmed=True)
    payroll = Processing(
        id=3, name="Paie", purposes=("Payer les salaires",),
        legal_basis=LegalBasis.LEGAL_OBLIGATION, legal_basis_detail="Code du travail",
        data_subjects=("employees",),
        data_categories=(DataCategory("identity", retention=YEARS),),
        recipients=(Recipient("public_authority", "URSSAF"),), data_source="data_subject",
        no_transfer_confirmed=True)
    workshop = Processing(  # a draft with gaps: no retention, no recipients, transfers
        id=4, name="Atelier des enfants", purposes=("Inscrire les enfants",),
        legal_basis=LegalBasis.CONTRACT, data_subjects=("minors", "customers"),
        data_categories=(DataCategory("identity", "Prénom et âge de l'enfant"),),
        data_source="data_subject")
    old = replace(loyalty, id=5, name="Ancien fichier", status=ProcessingStatus.ARCHIVED)
    return [loyalty, cctv, payroll, workshop, old]


def source(processings: list[Processing]) -> NoticeSource:
    return NoticeSource(ORG, tuple(processings), screenings=MappingProxyType(
        {p.id: DpiaScreening(p.id) for p in processings if p.id != 4}))


def test_default_scopes() -> None:
    scope = {k: [p.id for p in default_scope(k, register())] for k in NoticeKind}
    assert scope == {
        NoticeKind.WEBSITE: [1, 2, 4],  # not the staff's payroll, not the archived file
        NoticeKind.POSTER: [1, 2, 4],
        NoticeKind.CCTV: [2],
        NoticeKind.FORM: [1],
        NoticeKind.STAFF: [2, 3],
    }


@pytest.mark.parametrize("kind", list(NoticeKind))
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_point_of_article_13_appears_or_is_listed_missing(kind: NoticeKind,
                                                                 lang: str) -> None:
    processings = [p for p in default_scope(kind, register())]
    src = source(processings)
    doc = notice_document(src, kind, lang)  # type: ignore[arg-type]
    text = canonical_text(doc)
    facts = notice_facts(src, lang)  # type: ignore[arg-type]
    # only the sign leaves items to the full notice it points to
    assert not doc.unprinted_gaps or kind is NoticeKind.CCTV
    for point in ART13_POINTS:
        answering = [f for f in facts if point in f.articles and f.applies]
        for fact in answering:
            if fact.is_gap:
                assert fact.gap_marker in doc.gaps, (kind, point, fact.key)
                if fact.gap_marker not in doc.unprinted_gaps:
                    assert md_escape(fact.gap_marker) in text, (kind, point, fact.key)
            if fact.lines:
                shown = md_escape(fact.short) in text or all(
                    md_escape(line) in text for line in fact.lines)
                assert shown, (kind, point, fact.key, fact.short)
        if not answering:  # not applicable to what this notice covers (e.g. no consent)
            assert facts.points()[point] is FactStatus.NOT_APPLICABLE


def test_the_workshop_gaps_are_listed_in_every_kind_that_covers_it() -> None:
    for kind in (NoticeKind.WEBSITE, NoticeKind.POSTER):
        doc = notice_document(source(default_scope(kind, register())), kind, "fr")
        assert any("durée de conservation" in g and "Atelier des enfants" in g
                   for g in doc.gaps), kind
        assert "[à compléter" in canonical_text(doc)


def test_the_cctv_sign_starts_with_the_cnil_minimum() -> None:
    doc = notice_document(source([register()[1]]), NoticeKind.CCTV, "fr")
    assert doc.headline == "Établissement placé sous vidéoprotection"
    minimum, more = doc.sections
    assert [f.key for f in minimum.fields] == ["purposes", "retention", "contact", "rights",
                                               "complaint"]
    assert "1 mois à compter de l'enregistrement" in minimum.fields[1].lines[0]
    assert "CNIL" in minimum.fields[-1].lines[0]
    assert more.small and {"legal_basis", "legitimate_interest", "recipients",
                           "transfers", "controller"} <= {f.key for f in more.fields}


def test_the_poster_says_an_answer_shared_by_all_once() -> None:
    doc = notice_document(source(default_scope(NoticeKind.POSTER, register())),
                          NoticeKind.POSTER, "en")
    also = next(s for s in doc.sections if s.key == "also")
    keys = [f.key for f in also.fields]
    assert "categories" not in keys and "source" not in keys  # Art. 14 items only
    transfers = next(f for f in also.fields if f.key == "transfers")
    assert any(line.startswith("Caméras: Your data is not") for line in transfers.lines)
    # the workshop's register says nothing of transfers: a gap, never "not transferred"
    assert not any("Atelier des enfants" in line for line in transfers.lines)
    assert any("Atelier des enfants" in g and "EEA" in g for g in transfers.gaps)


def test_the_sign_leaves_what_the_register_lacks_to_the_full_notice_and_says_so() -> None:
    """The sign at the door prints the CNIL's minimum, gaps included; its small print
    adds what is known only. What is missing there is still listed for the owner, and the
    notice the sign points to (the website's, covering the cameras) prints it."""
    cameras = replace(register()[1], no_transfer_confirmed=False, legal_basis_detail="",
                      retention=Retention(), data_categories=(
                          DataCategory("cctv_images"),))
    sign = notice_document(source([cameras]), NoticeKind.CCTV, "fr")
    text = canonical_text(sign)
    minimum, more = sign.sections
    retention = next(f for f in minimum.fields if f.key == "retention")
    assert retention.gaps and md_escape(retention.gaps[0]) in text  # the minimum's gap
    assert {"transfers", "legitimate_interest"}.isdisjoint(f.key for f in more.fields)
    assert text.count("à compléter") == 1 and "Espace économique" not in text
    assert any("EEE" in g for g in sign.unprinted_gaps)
    assert any("intérêt légitime" in g for g in sign.unprinted_gaps)
    assert set(sign.unprinted_gaps) <= set(sign.gaps) and not sign.complete
    shop = replace(ORG, website="https://fleurs.example")
    pointer = notice_document(NoticeSource(shop, (cameras,)), NoticeKind.CCTV, "fr").more
    assert "https://fleurs.example" in pointer
    website = notice_document(source(default_scope(NoticeKind.WEBSITE, [cameras])),
                              NoticeKind.WEBSITE, "fr")
    assert website.processing_ids == (2,)  # the cameras are covered where the sign points
    for gap in sign.unprinted_gaps:
        assert md_escape(gap) in canonical_text(website)


def test_the_staff_notice_names_what_it_covers_and_nothing_else() -> None:
    cameras_only = notice_document(source([register()[1]]), NoticeKind.STAFF, "fr")
    assert "«\u00a0Caméras\u00a0»" in cameras_only.intro
    assert "paie" not in cameras_only.intro.casefold()
    both = notice_document(source(default_scope(NoticeKind.STAFF, register())),
                           NoticeKind.STAFF, "en")
    assert '"Caméras", "Paie"' in both.intro and "payroll" not in both.intro


def test_the_form_gives_each_gap_once_under_the_notice_title() -> None:
    loyalty = replace(register()[0], transfers=(), purposes=())
    doc = notice_document(source([loyalty]), NoticeKind.FORM, "fr")
    text = canonical_text(doc)
    assert [s.title for s in doc.sections] == [""]  # no heading repeating the title
    assert len(doc.gaps) == 2 and not doc.complete  # the purpose and the transfers
    for gap in doc.gaps:
        assert text.count(md_escape(gap)) == 1, gap


def test_children_get_a_part_of_their_own_and_the_owner_a_reminder() -> None:
    doc = notice_document(source(default_scope(NoticeKind.WEBSITE, register())),
                          NoticeKind.WEBSITE, "fr")
    part = next(s for s in doc.sections if s.key == "children:4")
    text = " ".join(part.paragraphs)
    assert "Prénom et âge de l'enfant" in text and "tes parents" in text
    assert any("moins de 15 ans" in w and "art. 45" in w for w in doc.warnings)


def test_staff_biometrics_warn_the_owner_and_never_print() -> None:
    clock = replace(register()[2], id=6, name="Pointeuse", data_categories=(
        DataCategory("biometric", "Empreinte digitale", sensitive=True, retention=YEARS),),
        art9_condition="employment_law")
    doc = notice_document(source([clock]), NoticeKind.STAFF, "fr")
    assert any("SAN-2018-009" in w for w in doc.warnings)
    assert "SAN-2018-009" not in canonical_text(doc)


def test_a_hostile_name_stays_text_in_the_markdown() -> None:
    hostile = replace(register()[0], name="<script>alert(1)</script> **x** [a](b)",
                      purposes=("# not a heading",))
    text = canonical_text(notice_document(source([hostile]), NoticeKind.WEBSITE, "fr"))
    assert "<script>" not in text and "\\<script\\>" in text
    assert "\n# not" not in text and "\\# not a heading" in text
    assert "\\[a\\](b)" in text


def test_the_canonical_text_does_not_depend_on_the_day() -> None:
    a = canonical_text(notice_document(source(register()[:2]), NoticeKind.WEBSITE, "fr"))
    b = canonical_text(notice_document(source(register()[:2]), NoticeKind.WEBSITE, "fr"))
    assert a == b and a.endswith("\n") and "2025" not in a


def test_a_child_reads_each_thing_once_in_french_punctuation() -> None:
    workshop = replace(register()[3], data_categories=(
        DataCategory("identity", "Prénom et âge de l'enfant, allergies"),
        DataCategory("health", "allergies", sensitive=True),
        DataCategory("contact", "Téléphone des parents")))
    doc = notice_document(source([workshop]), NoticeKind.WEBSITE, "fr")
    part = next(s for s in doc.sections if s.key == "children:4")
    said = next(x for x in part.paragraphs if x.startswith("Nous notons"))
    assert said.count("allergies") == 1
    assert "allergies ; Téléphone des parents" in said.replace("\u00a0", " ")
