"""Addresses of a site: which host a resource comes from, and whether it is the site's own.

"Same site" is judged without the public-suffix list: a host belongs to the site when it is
the site's host or a subdomain of it, once a leading ``www.`` is set aside
(``cdn.boulangerie.fr`` belongs to ``www.boulangerie.fr``). A host that is not recognised is
reported as a third party, which at worst asks the owner about a host of their own.
"""

from __future__ import annotations

from urllib.parse import urlsplit


def host_of(url: str) -> str:
    """The lower-case host of an absolute address ("" if it has none)."""
    try:
        return (urlsplit(url).hostname or "").rstrip(".").lower()
    except ValueError:
        return ""


def site_base(host: str) -> str:
    """The host without a leading ``www.``: what the site's own hosts end with."""
    host = host.lower().rstrip(".")
    return host[4:] if host.startswith("www.") and host.count(".") >= 2 else host


def same_site(host: str, base: str) -> bool:
    """Whether ``host`` is the site whose base host is ``base`` (or one of its subdomains)."""
    host = site_base(host)
    return bool(host) and (host == base or host.endswith("." + base))


def host_matches(host: str, domain: str) -> bool:
    """``host`` is ``domain`` or one of its subdomains."""
    return host == domain or host.endswith("." + domain)


def path_of(url: str) -> str:
    """The path (and query) of an address, for listing pages briefly: ``/contact``."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    path = parts.path or "/"
    return path + (f"?{parts.query}" if parts.query else "")
