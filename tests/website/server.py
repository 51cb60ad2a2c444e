"""A local web server on 127.0.0.1 serving the fixture sites of ``sites/`` (and hand-made
answers for the awkward cases), so that no test of the website check leaves the machine.

A site folder's ``<name>.html`` is served at ``/<name>`` (``index.html`` at ``/``); its
``routes.toml`` may give a path another status and headers (a redirect, cookies). A route can
also be a function that writes the answer itself (a 50 MB page, a redirect loop).
"""

from __future__ import annotations

import contextlib
import ssl
import threading
import tomllib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

SITES = Path(__file__).parent / "sites"
TLS = Path(__file__).parent / "tls"

Handler = Callable[[BaseHTTPRequestHandler], None]


@dataclass
class Route:
    status: int = 200
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes = b""


def site_routes(name: str) -> dict[str, Route | Handler]:
    folder = SITES / name
    routes: dict[str, Route | Handler] = {}
    for page in sorted(folder.glob("*.html")):
        path = "/" if page.stem == "index" else f"/{page.stem}"
        routes[path] = Route(200, [("Content-Type", "text/html; charset=utf-8")],
                             page.read_bytes())
    special = folder / "routes.toml"
    if special.exists():
        for path, spec in tomllib.loads(special.read_text("utf-8")).items():
            base = routes.get(path)
            body = base.body if isinstance(base, Route) else b""
            routes[path] = Route(spec.get("status", 200),
                                 [tuple(h) for h in spec.get("headers", [])],  # type: ignore[misc]
                                 body)
    return routes


class _Handler(BaseHTTPRequestHandler):
    server: FixtureServer  # type: ignore[assignment]
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:  # the tests stay quiet
        pass

    def do_GET(self) -> None:
        self.server.requests.append((self.command, self.path, dict(self.headers)))
        path = self.path
        if path.startswith("http://"):  # a proxy request: the absolute address
            path = "/" + path.split("/", 3)[3] if path.count("/") >= 3 else "/"
        route = self.server.routes.get(path.split("?")[0])
        try:
            if route is None:
                self._answer(Route(404, [("Content-Type", "text/html")], b"<p>Not found</p>"))
            elif isinstance(route, Route):
                self._answer(route)
            else:
                route(self)
        except (BrokenPipeError, ConnectionResetError, ssl.SSLError):
            pass  # the client stopped reading (a size limit): expected

    def _answer(self, route: Route) -> None:
        self.send_response(route.status)
        names = {k.lower() for k, _ in route.headers}
        for name, value in route.headers:
            self.send_header(name, value)
        if "content-length" not in names:
            self.send_header("Content-Length", str(len(route.body)))
        self.end_headers()
        self.wfile.write(route.body)


class FixtureServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, routes: dict[str, Route | Handler],
                 tls: ssl.SSLContext | None = None) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.routes = routes
        self.requests: list[tuple[str, str, dict[str, str]]] = []
        self.scheme = "http"
        if tls is not None:
            self.socket = tls.wrap_socket(self.socket, server_side=True)
            self.scheme = "https"

    @property
    def port(self) -> int:
        return int(self.server_address[1])

    def url(self, path: str = "/") -> str:
        return f"{self.scheme}://127.0.0.1:{self.port}{path}"

    def paths(self) -> list[str]:
        return [p for _, p, _ in self.requests]


@contextlib.contextmanager
def serving(routes: dict[str, Route | Handler],
            tls: ssl.SSLContext | None = None) -> Iterator[FixtureServer]:
    server = FixtureServer(routes, tls)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def tls_context() -> ssl.SSLContext:
    """The server side of a self-signed certificate (``tls/``, made with openssl)."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(TLS / "cert.pem", TLS / "key.pem")
    return context


def unused_port() -> int:
    """A port of 127.0.0.1 nothing listens on (bound, then let go)."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])
