"""The website check's report as PDF, for the shop owner and their web agency.

Same page frame as the dossier PDF (embedded DejaVu fonts, running header and footer,
"page N of M", metadata, user and site text never parsed as markup). **Reproducible**: the
creation date is the day the site was read and nothing else reads the clock, so the same
review gives the same bytes. It says when the site was read, with which tracker list, what
was found (each finding with its rule, source, pages and action), page by page what was seen,
what could not be read and what a static check does not see; it never says the site is
compliant.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Generator, Sequence
from pathlib import Path

from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from assistant import APP_DISPLAY_NAME, __version__
from assistant.content.catalog import Lang
from assistant.content.website import finding_words, no_compliance_claim, not_checked, word
from assistant.domain.progress import Progress
from assistant.domain.website.cookies import CookieReview
from assistant.domain.website.forms import FormReview
from assistant.domain.website.review import PageReview, WebsiteFinding, WebsiteReview
from assistant.domain.website.trackers import CookieOwnerKind
from assistant.domain.website.urls import host_of, path_of
from assistant.reports.builder import write_pdf
from assistant.reports.context import ReportContext
from assistant.reports.document import Metadata, PageWords, ReportDoc, settled_pdf
from assistant.reports.flow import Grid, Look
from assistant.reports.fonts import register_fonts
from assistant.reports.sections.common import heading, paragraph, record, subheading
from assistant.store.outputs import check_output

FINDING_WIDTHS = (0.22, 0.78)
COOKIE_WIDTHS = (0.26, 0.20, 0.26, 0.28)
TRACKER_WIDTHS = (0.30, 0.20, 0.28, 0.22)
FAILURE_WIDTHS = (0.45, 0.55)
SMALL = Look(size=8, leading=10)


def export_website_pdf(review: WebsiteReview, target: Path | str, lang: Lang, *,
                       organisation: str = "", overwrite: bool = False,
                       reading: Sequence[Path | str] = ()) -> Generator[Progress, None, Path]:
    """Write the report of ``review`` to ``target`` (atomically, never onto a dossier, an
    existing file only with ``overwrite``); returns the path."""
    target = Path(target)
    check_output(target, overwrite=overwrite, reading=reading)
    data = yield from render_website_pdf(review, lang, organisation=organisation)
    yield Progress(1, 1, "website_report")
    write_pdf(target, data, overwrite=overwrite, reading=reading)
    return target


def _moment(ctx: ReportContext, moment: dt.datetime) -> str:
    return ctx.t("website_moment", date=ctx.date_text(moment.date()),
                 time=f"{moment.hour:02d}:{moment.minute:02d}")


def _priority(ctx: ReportContext, finding: WebsiteFinding) -> str:
    from assistant.content.messages import messages

    if finding.priority is None:
        return ""
    text = messages(ctx.lang).get("website", f"priority_{finding.priority}")
    return ctx.typography(text[:1].upper() + text[1:])


def _summary(ctx: ReportContext, review: WebsiteReview) -> list[Flowable]:
    facts = review.facts
    home = facts.home
    rows = [
        (ctx.t("website_site"), facts.start_url),
        (ctx.t("website_final"), home.final_url if home else ctx.t("website_unreachable")),
        (ctx.t("website_checked_at"), _moment(ctx, facts.fetched_at)),
        (ctx.t("website_pages_read"), ctx.t(
            "website_pages_read_text", read=max(len(facts.pages) - 1, 0),
            asked=facts.pages_limit, failed=len(facts.failures))),
        (ctx.t("website_robots"), ctx.typography(word(ctx.lang, "robots", facts.robots.value))
         + (f" ({facts.robots_detail})" if facts.robots_detail else "")),
        (ctx.t("website_list"), ctx.t("website_list_text", date=ctx.date_text(review.list_date),
                                      version=review.list_version)),
        (ctx.t("website_tools"), ", ".join(t.name for t in review.tools)
         or ctx.t("website_tools_none")),
        (ctx.t("website_notice"), _notice_text(ctx, review)),
        (ctx.t("website_agent"), facts.user_agent),
        (ctx.t("website_app"), ctx.t("app_version", version=__version__)),
    ]
    return [record(ctx, rows), Spacer(0, 6),
            paragraph(ctx.typography(no_compliance_claim(ctx.lang)), "small"), Spacer(0, 4)]


def _notice_text(ctx: ReportContext, review: WebsiteReview) -> str:
    notice = review.notice
    if notice is None:
        return ctx.t("website_notice_none")
    def yes(flag: bool) -> str:
        return ctx.t("website_yes" if flag else "website_no")
    return ctx.t("website_notice_text", path=path_of(notice.url),
                 controller=yes(notice.names_controller), purposes=yes(notice.names_purposes),
                 rights=yes(notice.names_rights), complaint=yes(notice.names_complaint))


def _finding(ctx: ReportContext, finding: WebsiteFinding) -> list[Flowable]:
    words = finding_words(ctx.lang, finding)
    priority = _priority(ctx, finding)
    title = f"{priority} — {words.title}" if priority else words.title
    rows = [(ctx.t("website_what"), ctx.typography(words.detail))]
    if words.action:
        rows.append((ctx.t("website_todo"), ctx.typography(words.action)))
    if words.fix and finding.is_action:
        rows.append((ctx.t("website_fix"), ctx.typography(words.fix)))
    if words.pages:
        rows.append((ctx.t("website_pages"), words.pages))
    if words.source:
        rows.append((ctx.t("website_source"), ctx.typography(words.source)))
        ctx.cite(words.source, words.title)
    return [CondPageBreak(3 * cm), paragraph(ctx.typography(title), "h2", keep_with_next=True),
            Grid(rows, FINDING_WIDTHS, first_column_bold=True, continued=ctx.t("continued")),
            Spacer(0, 4)]


def _lifetime(ctx: ReportContext, review: CookieReview) -> str:
    days = review.lifetime_days
    if days is None:
        return ctx.t("website_session")
    if days >= 60:
        return ctx.t("website_months", months=round(days / 30.4375), days=days)
    return ctx.t("website_days", days=days)


def _owner(ctx: ReportContext, review: CookieReview) -> str:
    owner = review.owner
    if owner is None:
        return ""
    reason = owner.reason.value if owner.reason is not None else (
        "consent" if owner.kind is CookieOwnerKind.CONSENT_TOOL else "")
    if not reason:
        return owner.name
    return f"{owner.name} ({ctx.typography(word(ctx.lang, 'necessary_reasons', reason))})"


def _form_line(ctx: ReportContext, form: FormReview) -> str:
    data = ", ".join(ctx.typography(word(ctx.lang, "personal", p)) for p in form.personal)
    parts = [ctx.t("website_form_line", action=path_of(form.form.action), data=data)]
    if form.newsletter:
        parts.append(ctx.t("website_form_newsletter"))
    boxes = [b.label or b.name for b in (*form.prechecked_marketing, *form.prechecked_partners)]
    if boxes:
        parts.append(ctx.t("website_form_prechecked", boxes=" ; ".join(boxes)))
    parts.append(ctx.t("website_form_informs") if form.informs
                 else ctx.t("website_form_no_information"))
    return " — ".join(parts)


def _label(text: str) -> Flowable:
    """A bold label over one part of a page's details, kept with what follows."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    from assistant.reports.document import styles
    from assistant.reports.fonts import BOLD
    from assistant.reports.text import para

    style = ParagraphStyle("label", parent=styles()["body"], fontName=BOLD, spaceBefore=4,
                           spaceAfter=2)
    flowable = Paragraph(para(text), style)
    flowable.keepWithNext = True
    return flowable


def _page(ctx: ReportContext, n: int, page: PageReview) -> list[Flowable]:
    story: list[Flowable] = [*subheading(ctx.t("website_page_title", n=n,
                                               path=path_of(page.final_url)))]
    if page.title:
        story.append(paragraph(page.title, "small"))
    if page.truncated:
        story.append(paragraph(ctx.t("website_truncated"), "small"))
    story.append(_label(ctx.t("website_cookies")))
    if page.cookies:
        story.append(Grid([[c.cookie.name, _lifetime(ctx, c), _owner(ctx, c),
                            ctx.typography(word(ctx.lang, "verdicts", c.verdict.value))]
                           for c in page.cookies], COOKIE_WIDTHS,
                          header=[ctx.t("website_col_cookie"), ctx.t("website_col_lifetime"),
                                  ctx.t("website_col_owner"), ctx.t("website_col_verdict")],
                          look=SMALL, continued=ctx.t("continued")))
    else:
        story.append(paragraph(ctx.t("website_cookies_none"), "small"))
    story.append(Spacer(0, 4))
    story.append(_label(ctx.t("website_trackers")))
    if page.trackers:
        rows = []
        for hit in page.trackers:
            t = hit.tracker
            state = "website_loaded_held" if hit.held else (
                "website_loaded_noscript" if hit.noscript else "website_loaded_yes")
            country = word(ctx.lang, "countries", t.country or "unknown")
            rows.append([t.name, ctx.typography(word(ctx.lang, "categories", t.category.value)),
                         f"{t.company} ({ctx.typography(country)})", ctx.t(state)])
        story.append(Grid(rows, TRACKER_WIDTHS, header=[
            ctx.t("website_col_tracker"), ctx.t("website_col_category"),
            ctx.t("website_col_company"), ctx.t("website_col_loaded")], look=SMALL,
            continued=ctx.t("continued")))
    else:
        story.append(paragraph(ctx.t("website_trackers_none"), "small"))
    if page.others:
        story.append(_label(ctx.t("website_others")))
        story.append(paragraph(", ".join(page.others), "small"))
    forms = [f for f in page.forms if f.collects]
    story.append(_label(ctx.t("website_forms")))
    if forms:
        for form in forms:
            story.append(paragraph("• " + _form_line(ctx, form), "small"))
    else:
        story.append(paragraph(ctx.t("website_forms_none"), "small"))
    none = ctx.t("website_none")
    story.append(_label(ctx.t("website_legal_links")))
    story.append(paragraph(ctx.t("website_privacy_link", links=", ".join(
        path_of(u) for u in page.privacy_links) or none), "small"))
    story.append(paragraph(ctx.t("website_legal_link", links=", ".join(
        path_of(u) for u in page.legal_links) or none), "small"))
    return story


def build_story(review: WebsiteReview, ctx: ReportContext) -> list[Flowable]:
    from assistant.content.messages import messages

    facts = review.facts
    story: list[Flowable] = [
        heading(ctx.t("website_title"), 0, "website"),
        paragraph(ctx.t("website_intro", date=ctx.date_text(facts.fetched_at.date())), "small"),
    ]
    story += _summary(ctx, review)
    story.append(heading(ctx.t("website_findings"), 1, "findings"))
    if review.actions:
        for finding in review.actions:
            story += _finding(ctx, finding)
    elif facts.reachable:
        story.append(paragraph(ctx.t("website_findings_none")))
    if review.notes:
        story.append(heading(ctx.t("website_notes"), 1, "notes"))
        for finding in review.notes:
            story += _finding(ctx, finding)
    if review.pages:
        story.append(CondPageBreak(6 * cm))
        story.append(heading(ctx.t("website_per_page"), 1, "pages"))
        for n, page in enumerate(review.pages, start=1):
            story += _page(ctx, n, page)
    if facts.failures or facts.skipped_by_robots or facts.not_followed:
        story.append(CondPageBreak(4 * cm))
        story.append(heading(ctx.t("website_failures"), 1, "failures"))
        msg = messages(ctx.lang)
        if facts.failures:
            story.append(Grid([[f.url, ctx.typography(msg.get("fetch", f.reason,
                                                              {"detail": f.detail}))]
                               for f in facts.failures], FAILURE_WIDTHS,
                              header=[ctx.t("website_col_address"),
                                      ctx.t("website_col_reason")],
                              look=SMALL, continued=ctx.t("continued")))
        story.append(paragraph(ctx.t("website_skipped", count=len(facts.skipped_by_robots),
                                     more=facts.not_followed), "small"))
    story.append(CondPageBreak(5 * cm))
    story.append(heading(ctx.t("website_not_checked"), 1, "not-checked"))
    for item in not_checked(ctx.lang):
        story.append(paragraph("• " + ctx.typography(item), "small"))
    story.append(paragraph(ctx.t("website_notice_compare"), "small"))
    story.append(Spacer(0, 4))
    story.append(paragraph(ctx.typography(no_compliance_claim(ctx.lang))))
    story.append(paragraph(ctx.t("not_legal_advice"), "small"))
    return story


def render_website_pdf(review: WebsiteReview, lang: Lang, *, organisation: str = ""
                       ) -> Generator[Progress, None, bytes]:
    """The PDF's bytes; laid out until "page N of M" settles."""
    register_fonts()
    fetched = review.facts.fetched_at
    ctx = ReportContext(lang, fetched.date())
    title = ctx.t("website_title")
    site = host_of(review.facts.home.final_url if review.facts.home else
                   review.facts.start_url)
    words = PageWords(
        organisation=organisation or site, title=f"{title} — {site}",
        date=ctx.t("footer_date", date=ctx.date_text(fetched.date())),
        page_of=lambda n, total: ctx.t("page_of", page=n, total=total or "?"))
    meta = Metadata(title=f"{title} — {site}", author=organisation or APP_DISPLAY_NAME,
                    subject=ctx.t("website_subject"), keywords=ctx.t("website_keywords"),
                    creator=f"{APP_DISPLAY_NAME} {__version__}",
                    lang="fr-FR" if lang == "fr" else "en-GB")
    return (yield from settled_pdf(lambda sink: ReportDoc(sink, meta, words, fetched),
                                   lambda: build_story(review, ctx), every=10))


__all__ = ["export_website_pdf", "render_website_pdf"]
