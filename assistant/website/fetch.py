"""Fetching one address of the owner's site, politely and within limits, with the standard
library (``urllib``).

- A clear user agent names the app and says the owner asked for the check.
- A timeout on every connection and read, and a deadline for a whole page.
- At most :attr:`FetchLimits.max_bytes` of a page are read; the rest is left unread and the
  page is marked as cut (a 50 MB page costs 2 MB, not 50).
- Redirects are followed by hand, at most ten, so that every answer's ``Set-Cookie`` is seen
  and a loop is named as one.
- The system's proxies are used (``urllib.request.getproxies``: environment variables, the
  Windows registry, macOS settings).
- TLS certificates are verified; a TLS error stops the check and is said plainly: there is
  never a silent retry over plain HTTP.
- Cookies the site sets are sent back on the next pages, as a browser would within a visit;
  they live in memory for the check only.

A page that cannot be read raises :class:`FetchFailed` with a reason code (words in
``messages-website.toml``, section ``[fetch]``).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import http.client
import http.cookiejar
import socket
import ssl
import time
import urllib.error
import urllib.request
import zlib
from collections.abc import Generator, Mapping
from dataclasses import dataclass
from email.message import Message
from urllib.parse import urljoin, urlsplit

from assistant import APP_DISPLAY_NAME, __version__
from assistant.domain.progress import Progress
from assistant.domain.website.model import CookieSeen
from assistant.domain.website.urls import host_of

USER_AGENT_TOKEN = "RGPD-Assistant"
CHUNK = 64 * 1024


def user_agent() -> str:
    return (f"{USER_AGENT_TOKEN}/{__version__} ({APP_DISPLAY_NAME}; website check asked for "
            "by the site's owner; reads pages, runs no script)")


@dataclass(frozen=True)
class FetchLimits:
    timeout: float = 15.0  # seconds to connect, and between two pieces of an answer
    page_deadline: float = 60.0  # seconds for one address, redirects included
    # The most of one page that is read: a shop's page is rarely over 500 KB of HTML, and a
    # page dense with tags takes html.parser about 3 s a megabyte.
    max_bytes: int = 2 * 1024 * 1024
    max_redirects: int = 10


@dataclass(frozen=True)
class Answer:
    url: str  # the address asked for
    final_url: str  # after redirects
    status: int
    content_type: str  # lower-case media type, without parameters
    charset: str  # from the Content-Type header ("" if none)
    body: bytes
    truncated: bool
    cookies: tuple[CookieSeen, ...]
    redirects: tuple[str, ...]  # every address passed through, the first one included


class FetchFailed(Exception):
    """An address that could not be read. ``reason`` is a code of ``[fetch]`` in
    ``messages-website.toml``; ``detail`` what the network or the server said."""

    def __init__(self, url: str, reason: str, detail: str = "", *, status: int = 0) -> None:
        super().__init__(f"{reason}: {url}" + (f" ({detail})" if detail else ""))
        self.url = url
        self.reason = reason
        self.detail = detail
        self.status = status


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """Hand every redirect back to us (as an HTTPError) instead of following it."""

    def redirect_request(self, _req, fp, code, msg, headers, _newurl):  # type: ignore[no-untyped-def]
        return None


def system_proxies() -> dict[str, str]:
    return urllib.request.getproxies()


class Fetcher:
    """Reads addresses for one check (one cookie jar, one set of limits)."""

    def __init__(self, limits: FetchLimits | None = None, *,
                 proxies: Mapping[str, str] | None = None,
                 context: ssl.SSLContext | None = None) -> None:
        self.limits = limits or FetchLimits()
        self.jar = http.cookiejar.CookieJar()
        handlers: list[urllib.request.BaseHandler] = [
            urllib.request.ProxyHandler(dict(system_proxies() if proxies is None else proxies)),
            urllib.request.HTTPSHandler(context=context or ssl.create_default_context()),
            urllib.request.HTTPCookieProcessor(self.jar),
            _NoRedirect(),
        ]
        self._opener = urllib.request.build_opener(*handlers)
        self.agent = user_agent()

    def get(self, url: str, *, max_bytes: int | None = None,
            accept: str = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"
            ) -> Generator[Progress, None, Answer]:
        """Read ``url``, following redirects; yields progress between pieces of the answer
        (closing the generator stops the reading)."""
        limit = self.limits.max_bytes if max_bytes is None else max_bytes
        deadline = time.monotonic() + self.limits.page_deadline
        chain = [url]
        cookies: list[CookieSeen] = []
        current = url
        while True:
            response = self._open(current, accept)
            try:
                status = response.status if hasattr(response, "status") else response.code
                headers: Message = response.headers
                cookies += parse_set_cookies(headers.get_all("Set-Cookie") or [], current,
                                             server_date(headers))
                if status in (301, 302, 303, 307, 308):
                    current = self._next(current, headers, chain)
                    continue
                answer = yield from self._body(response, current, headers, limit, deadline)
            finally:
                response.close()
            body, truncated = answer
            media, charset = content_type(headers.get("Content-Type", ""))
            return Answer(url=url, final_url=current, status=status, content_type=media,
                          charset=charset, body=body, truncated=truncated,
                          cookies=tuple(cookies), redirects=tuple(chain))

    # -- steps ----------------------------------------------------------------------------
    def _open(self, url: str, accept: str):  # type: ignore[no-untyped-def]
        request = urllib.request.Request(url, headers={
            "User-Agent": self.agent, "Accept": accept,
            "Accept-Language": "fr-FR,fr;q=0.9,en;q=0.6",
            "Accept-Encoding": "gzip, deflate, identity"})
        try:
            return self._opener.open(request, timeout=self.limits.timeout)
        except urllib.error.HTTPError as exc:
            return exc  # an answer all the same: its status, headers and body are read
        except urllib.error.URLError as exc:
            raise failure(url, exc.reason) from None
        except (OSError, http.client.HTTPException, ValueError) as exc:
            raise failure(url, exc) from None

    def _next(self, current: str, headers: Message, chain: list[str]) -> str:
        location = headers.get("Location", "").strip()
        if not location:
            raise FetchFailed(current, "bad_redirect", "no Location header")
        target = urljoin(current, location)
        if urlsplit(target).scheme.lower() not in ("http", "https"):
            raise FetchFailed(current, "bad_redirect", target[:200])
        if target in chain:
            raise FetchFailed(chain[0], "redirect_loop", " → ".join([*chain, target]))
        chain.append(target)
        if len(chain) > self.limits.max_redirects + 1:
            raise FetchFailed(chain[0], "too_many_redirects", str(self.limits.max_redirects))
        return target

    def _body(self, response, url: str, headers: Message, limit: int,  # type: ignore[no-untyped-def]
              deadline: float) -> Generator[Progress, None, tuple[bytes, bool]]:
        encoding = headers.get("Content-Encoding", "").strip().lower()
        inflater = None
        if encoding in ("gzip", "x-gzip"):
            inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            inflater = zlib.decompressobj()
        parts: list[bytes] = []
        size = 0
        truncated = False
        if getattr(response, "fp", True) is None:  # an error answer with no body
            return b"", False
        read = getattr(response, "read1", None) or response.read
        try:
            while True:
                if time.monotonic() > deadline:
                    raise FetchFailed(url, "timeout", f"{self.limits.page_deadline:.0f} s")
                chunk = read(CHUNK)
                if not chunk:
                    break
                if inflater is not None:
                    chunk = inflater.decompress(chunk, limit - size)
                    if inflater.unconsumed_tail:
                        truncated = True
                if size + len(chunk) > limit:
                    chunk = chunk[:limit - size]
                    truncated = True
                parts.append(chunk)
                size += len(chunk)
                if truncated or size >= limit:
                    truncated = truncated or bool(read(1))
                    break
                yield Progress(size, limit, "website_read")
        except FetchFailed:
            raise
        except zlib.error as exc:
            raise FetchFailed(url, "bad_answer", f"compressed body: {exc}") from None
        except (OSError, http.client.HTTPException) as exc:
            raise failure(url, exc) from None
        return b"".join(parts), truncated


def failure(url: str, reason: object) -> FetchFailed:
    """The words-ready failure for what urllib, the socket or TLS raised."""
    if isinstance(reason, ssl.SSLCertVerificationError):
        return FetchFailed(url, "tls_certificate", reason.verify_message or str(reason))
    if isinstance(reason, ssl.SSLError):
        return FetchFailed(url, "tls_error", reason.reason or str(reason))
    if isinstance(reason, TimeoutError | socket.timeout):
        return FetchFailed(url, "timeout", "")
    if isinstance(reason, ConnectionRefusedError):
        return FetchFailed(url, "refused", host_of(url))
    if isinstance(reason, socket.gaierror):
        return FetchFailed(url, "no_such_host", host_of(url))
    if isinstance(reason, ConnectionError | http.client.HTTPException):
        return FetchFailed(url, "bad_answer", type(reason).__name__)
    if isinstance(reason, ValueError):
        return FetchFailed(url, "invalid_url", str(reason))
    text = reason.strerror if isinstance(reason, OSError) and reason.strerror else str(reason)
    return FetchFailed(url, "network", text)


def content_type(header: str) -> tuple[str, str]:
    """``text/html; charset=UTF-8`` -> ``("text/html", "utf-8")``; ``("", "")`` if none."""
    if not header.strip():
        return "", ""
    message = Message()
    message["Content-Type"] = header
    charset = message.get_param("charset")
    return (message.get_content_type().lower(),
            charset.strip().lower() if isinstance(charset, str) else "")


def server_date(headers: Message) -> dt.datetime:
    """When the server says it answered (the reference for Expires), else now."""
    text = headers.get("Date")
    if text:
        try:
            moment = email.utils.parsedate_to_datetime(text)
            if moment.tzinfo is not None:
                return moment.astimezone(dt.UTC)
        except (TypeError, ValueError, IndexError):
            pass
    return dt.datetime.now(dt.UTC)


def parse_set_cookies(values: list[str], url: str, now: dt.datetime) -> list[CookieSeen]:
    """The cookies ``Set-Cookie`` headers create (deletions and nameless ones left out).

    ``Max-Age`` wins over ``Expires`` (RFC 6265, 5.3); a lifetime is measured from the
    server's ``Date``, so a server whose clock is wrong still shows the lifetime it meant.
    """
    found: list[CookieSeen] = []
    for value in values:
        pairs = [p.strip() for p in value.split(";")]
        name, sep, _ = pairs[0].partition("=")
        name = name.strip()
        if not sep or not name:
            continue
        attrs: dict[str, str] = {}
        flags: set[str] = set()
        for part in pairs[1:]:
            key, has_value, attr = part.partition("=")
            key = key.strip().lower()
            if has_value:
                attrs[key] = attr.strip()
            elif key:
                flags.add(key)
        expires: dt.datetime | None = None
        if "max-age" in attrs:
            try:
                seconds = int(attrs["max-age"])
            except ValueError:
                seconds = None  # type: ignore[assignment]
            if seconds is not None:
                if seconds <= 0:
                    continue  # a deletion
                expires = now + dt.timedelta(seconds=min(seconds, 400 * 366 * 86400))
        if expires is None and "expires" in attrs:
            try:
                moment = email.utils.parsedate_to_datetime(attrs["expires"])
                expires = moment.astimezone(dt.UTC) if moment.tzinfo else \
                    moment.replace(tzinfo=dt.UTC)
            except (TypeError, ValueError, IndexError, OverflowError):
                expires = None
            if expires is not None and expires <= now:
                continue  # a deletion
        found.append(CookieSeen(
            name=name[:200], domain=(attrs.get("domain", "").lstrip(".") or host_of(url))[:200],
            path=attrs.get("path", "/")[:200], expires_at=expires, secure="secure" in flags,
            http_only="httponly" in flags, same_site=attrs.get("samesite", "")[:20],
            set_by=url))
    return found
