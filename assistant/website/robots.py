"""The site's ``robots.txt``: which pages the check may read besides the one the owner typed.

RFC 9309 (Robots Exclusion Protocol) as a careful robot reads it:

- rules found (2xx): followed, for the user-agent token ``RGPD-Assistant`` (or ``*``);
- no file (404, 410, other 4xx): nothing is forbidden;
- 401 or 403: the site refuses robots; as Python's own ``robotparser`` does, the check then
  reads no page besides the one typed (the RFC would allow more; asking less is the polite
  choice, and a site that refuses robots usually refuses their page requests too);
- a server error or no answer: "unreachable", which the RFC says to treat as a complete
  disallow.

The address the owner typed is read in every case: they asked for it, as a browser would.
"""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit
from urllib.robotparser import RobotFileParser

from assistant.domain.progress import Progress
from assistant.domain.website.model import RobotsStatus
from assistant.website.fetch import USER_AGENT_TOKEN, Fetcher, FetchFailed

MAX_ROBOTS_BYTES = 512 * 1024  # RFC 9309, 2.5: at least 500 kibibytes are parsed
MAX_CRAWL_DELAY = 10.0  # seconds: a longer Crawl-delay is honoured up to this


@dataclass
class Robots:
    status: RobotsStatus
    detail: str = ""
    parser: RobotFileParser | None = None

    def allows(self, url: str) -> bool:
        if self.status in (RobotsStatus.FORBIDDEN, RobotsStatus.UNREADABLE):
            return False
        if self.parser is None:
            return True
        return self.parser.can_fetch(USER_AGENT_TOKEN, url)

    def crawl_delay(self) -> float:
        if self.parser is None:
            return 0.0
        delay = self.parser.crawl_delay(USER_AGENT_TOKEN)
        try:
            return min(float(delay or 0), MAX_CRAWL_DELAY)
        except (TypeError, ValueError):
            return 0.0


def robots_url(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/robots.txt", "", ""))


def read_robots(fetcher: Fetcher, url: str) -> Generator[Progress, None, Robots]:
    """The rules of the site ``url`` is on."""
    address = robots_url(url)
    try:
        answer = yield from fetcher.get(address, max_bytes=MAX_ROBOTS_BYTES,
                                        accept="text/plain,*/*;q=0.5")
    except FetchFailed as exc:
        return Robots(RobotsStatus.UNREADABLE, exc.reason)
    status = answer.status
    if status in (401, 403):
        return Robots(RobotsStatus.FORBIDDEN, f"HTTP {status}")
    if 400 <= status < 500:
        return Robots(RobotsStatus.ABSENT, f"HTTP {status}")
    if status >= 500 or status < 200:
        return Robots(RobotsStatus.UNREADABLE, f"HTTP {status}")
    parser = RobotFileParser(address)
    parser.parse(answer.body.decode("utf-8", errors="replace").splitlines())
    return Robots(RobotsStatus.FOUND, "", parser)
