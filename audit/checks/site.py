"""The built site on disk, and a local server that shows it to the browser."""
from __future__ import annotations

import functools
import http.server
import threading
from pathlib import Path

SUBPATH = "/jobbpeng/"


def html_pages(site: Path) -> list[str]:
    """Every HTML file of the site, as a path relative to the site root, sorted."""
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))


def page_url_path(page: str) -> str:
    """The address a reader uses for a page file: `a/b/index.html` is shown at `a/b/`."""
    if page == "index.html":
        return ""
    if page.endswith("/index.html"):
        return page[: -len("index.html")]
    return page


class _Handler(http.server.SimpleHTTPRequestHandler):
    """Serves the site at `/` and again under the sub-path, quietly."""

    def translate_path(self, path: str) -> str:
        if path.startswith(SUBPATH):
            path = "/" + path[len(SUBPATH):]
        return super().translate_path(path)

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - the base class's name
        pass


class LocalServer:
    """A static server on 127.0.0.1 on a free port, stopped when the `with` block ends."""

    def __init__(self, site: Path):
        handler = functools.partial(_Handler, directory=str(site))
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def __enter__(self) -> "LocalServer":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
