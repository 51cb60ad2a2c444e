"""Everything that can go wrong reading a site, each said plainly: a bad address, an answer
that is not a page, a 50 MB page, a redirect loop, a TLS error (never retried without
encryption), a site that refuses robots, a server that does not answer."""

from __future__ import annotations

import socket
import ssl
import threading
import time
from http.server import BaseHTTPRequestHandler

import pytest

from assistant.domain.findings import ValidationError
from assistant.domain.progress import drive
from assistant.website.crawl import normalise_url
from assistant.website.fetch import Fetcher, FetchFailed, FetchLimits, user_agent
from tests.website.helpers import check
from tests.website.server import TLS, Route, serving, site_routes, tls_context

HTML = [("Content-Type", "text/html; charset=utf-8")]
GA = b'<script src="https://www.googletagmanager.com/gtag/js?id=G-BIG"></script>'


@pytest.mark.parametrize(("typed", "code"), [
    ("", "website_url_empty"),
    ("   ", "website_url_empty"),
    ("ftp://boulangerie.fr/", "website_url_scheme"),
    ("mailto:contact@boulangerie.fr", "website_url_scheme"),
    ("javascript:alert(1)", "website_url_scheme"),
    ("file:///etc/passwd", "website_url_scheme"),
    ("https://", "website_url_no_host"),
    ("https://boulangerie dupain.fr", "website_url_spaces"),
    ("https://admin:secret@boulangerie.fr/", "website_url_credentials"),
    ("https://boulangerie.fr:99999/", "website_url_port"),
    ("https://bou<langerie>.fr/", "website_url_no_host"),
    ("https://" + "a" * 2100 + ".fr", "website_url_too_long"),
])
def test_invalid_addresses_are_refused_with_the_reason(typed: str, code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        normalise_url(typed)
    assert [f.code for f in caught.value.findings] == [code]
    assert caught.value.findings[0].field == "url"


@pytest.mark.parametrize(("typed", "url"), [
    ("boulangerie-dupain.fr", "https://boulangerie-dupain.fr/"),
    ("  HTTP://Boulangerie-Dupain.FR/Contact?x=1#top ", "http://boulangerie-dupain.fr/Contact?x=1"),
    ("www.pâtisserie.fr", "https://www.xn--ptisserie-b2a.fr/"),
    ("localhost:8080", "https://localhost:8080/"),
])
def test_addresses_as_owners_type_them(typed: str, url: str) -> None:
    assert normalise_url(typed) == url


def test_an_answer_that_is_not_a_page() -> None:
    routes = {"/": Route(200, [("Content-Type", "application/pdf")], b"%PDF-1.7 ...")}
    with serving(routes) as site:
        review = check(site.url())
    assert not review.facts.reachable
    failure = review.failures[0]
    assert (failure.reason, failure.detail) == ("not_html", "application/pdf")


def test_a_50_mb_page_is_read_up_to_the_limit() -> None:
    size = 50 * 1024 * 1024
    sent = []

    def huge(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.send_header("Content-Length", str(size))
        handler.end_headers()
        head = b"<!doctype html><html><head><title>Big</title>" + GA + b"</head><body><p>"
        handler.wfile.write(head)
        total = len(head)
        block = b"pain " * 13107  # 64 KiB of words
        try:
            while total < size:
                handler.wfile.write(block)
                total += len(block)
        finally:
            sent.append(total)

    limits = FetchLimits()
    started = time.monotonic()
    with serving({"/": huge}) as site:
        review = check(site.url(), limits=limits)
    assert time.monotonic() - started < 10
    page = review.pages[0]
    assert page.truncated
    assert review.finding("page_truncated") is not None
    assert review.finding("tracker_before_consent", "google_analytics") is not None
    assert review.facts.pages[0].text.count("pain") < limits.max_bytes  # not 50 MB of words
    assert sent and sent[0] < size  # the server was cut off long before the end


def test_a_redirect_loop_is_named_as_one() -> None:
    routes = {"/": Route(302, [("Location", "/a")]), "/a": Route(302, [("Location", "/b")]),
              "/b": Route(301, [("Location", "/a")])}
    with serving(routes) as site:
        review = check(site.url())
    failure = review.failures[0]
    assert failure.reason == "redirect_loop"
    assert failure.detail == " → ".join([site.url("/"), site.url("/a"), site.url("/b"),
                                         site.url("/a")])
    assert site.paths().count("/a") == 1  # stopped at the first repeat


def test_too_many_redirects() -> None:
    routes = {f"/{n}": Route(302, [("Location", f"/{n + 1}")]) for n in range(20)}
    with serving(routes) as site:
        review = check(site.url("/0"), limits=FetchLimits(max_redirects=5))
    assert review.failures[0].reason == "too_many_redirects"


def test_a_certificate_that_cannot_be_verified_stops_the_check() -> None:
    routes = site_routes("analytics")
    with serving(routes, tls=tls_context()) as secure, serving(routes) as plain:
        address = secure.url()
        review = check(address)
        assert not review.facts.reachable
        failure = review.failures[0]
        assert failure.reason == "tls_certificate"
        assert "self-signed" in failure.detail or "self signed" in failure.detail
        assert plain.requests == []  # never retried over plain HTTP
        # with the certificate trusted, the same server is read
        trusted = ssl.create_default_context(cafile=str(TLS / "cert.pem"))
        ok = check(address, context=trusted, pages=0)
        assert ok.facts.reachable and ok.pages[0].final_url == address


def test_tls_spoken_to_a_plain_server_is_a_tls_error() -> None:
    with serving(site_routes("analytics")) as plain:
        review = check(f"https://127.0.0.1:{plain.port}/")
    failure = review.failures[0]
    assert failure.reason == "tls_error"
    assert not any(method == "GET" and path == "/" for method, path, _ in plain.requests)


def test_a_site_that_refuses_robots_is_read_only_at_the_address_given() -> None:
    routes = site_routes("analytics")
    routes["/robots.txt"] = Route(403, [("Content-Type", "text/html")], b"Forbidden")
    with serving(routes) as site:
        review = check(site.url())
        paths = site.paths()
    assert [p.final_url for p in review.pages] == [site.url("/")]
    assert review.facts.robots.value == "forbidden"
    assert set(review.facts.skipped_by_robots) == {
        site.url("/confidentialite"), site.url("/mentions-legales"), site.url("/produits")}
    assert paths == ["/robots.txt", "/"]
    note = review.finding("robots_limited")
    assert note is not None and not note.is_action
    assert review.finding("notice_not_read") is not None


def test_robots_rules_are_followed() -> None:
    routes = site_routes("analytics")
    routes["/robots.txt"] = Route(200, [("Content-Type", "text/plain")],
                                  b"User-agent: *\nDisallow: /produits\n")
    with serving(routes) as site:
        review = check(site.url())
        assert "/produits" not in site.paths()
    assert review.facts.skipped_by_robots == (site.url("/produits"),)
    assert review.facts.robots.value == "found"


def test_the_user_agent_names_the_app_and_the_page_limit_is_kept() -> None:
    with serving(site_routes("analytics")) as site:
        review = check(site.url(), pages=1)
        agents = {headers.get("User-Agent") for _, _, headers in site.requests}
    assert agents == {user_agent()}
    assert "RGPD-Assistant/" in user_agent() and "owner" in user_agent()
    assert len(review.pages) == 2 and review.facts.not_followed == 2


def test_a_server_that_never_answers_times_out() -> None:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    accepted: list[socket.socket] = []
    thread = threading.Thread(target=lambda: accepted.append(listener.accept()[0]),
                              daemon=True)
    thread.start()
    try:
        fetcher = Fetcher(FetchLimits(timeout=0.3), proxies={})
        with pytest.raises(FetchFailed) as caught:
            drive(fetcher.get(f"http://127.0.0.1:{listener.getsockname()[1]}/"))
        assert caught.value.reason == "timeout"
    finally:
        thread.join(2)
        for s in accepted:
            s.close()
        listener.close()


def test_the_systems_proxy_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    """A proxy set in the environment (as a company network does) carries the requests; the
    site's name is never looked up here, only the proxy is reached."""
    page = b"<!doctype html><title>Via proxy</title><a href='/contact'>Contact</a>"
    routes = {"/": Route(200, HTML, page), "/robots.txt": Route(404, HTML, b"")}
    with serving(routes) as proxy:
        monkeypatch.setenv("http_proxy", proxy.url())
        from assistant.website.crawl import CrawlOptions, crawl

        facts = drive(crawl("http://boulangerie-dupain.test/", CrawlOptions(pages=0, delay=0)))
        lines = proxy.paths()
    assert facts.reachable and facts.pages[0].title == "Via proxy"
    assert lines == ["http://boulangerie-dupain.test/robots.txt", "http://boulangerie-dupain.test/"]


def test_cancel_stops_between_pieces_of_a_page() -> None:
    def slow(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.end_headers()
        for _ in range(200):
            handler.wfile.write(b"<p>" + b"x" * 70000 + b"</p>")
            handler.wfile.flush()
            time.sleep(0.01)

    with serving({"/": slow}) as site:
        job = Fetcher(proxies={}).get(site.url())
        steps = 0
        for _ in job:
            steps += 1
            if steps == 3:
                job.close()  # what Cancel does
                break
    assert steps == 3


def test_a_big_page_is_parsed_in_pieces_that_cancel_can_stop() -> None:
    from assistant.website.page import PARSE_PIECE, read_page_steps

    html = "<html><body>" + "<p>pain au levain</p>" * (PARSE_PIECE // 10) + "</body></html>"
    job = read_page_steps(html, "http://a/", "http://a/", 200)
    assert next(job).stage == "website_analyse"
    job.close()  # what Cancel does: nothing else is parsed
    assert sum(1 for _ in read_page_steps(html, "http://a/", "http://a/", 200)) >= 2
