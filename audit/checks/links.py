"""Internal links, images and #fragments resolve — served at `/` and under a sub-path.

Resolving every relative URL against both bases is what proves the site works at any
sub-path: a root-absolute link (`/assets/x.css`) resolves at `/` but not under `/jobbpeng/`.
"""
from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from .htmldoc import Document
from .report import Problem
from .site import SUBPATH, page_url_path

URL_ATTRIBUTES = {"href", "src", "action", "poster", "data"}
CSS_URL = re.compile(r"url\(\s*['\"]?([^'\")]+)['\"]?\s*\)")
HOST = "site.invalid"


def check_links(site: Path, documents: dict[str, Document]) -> list[Problem]:
    problems: list[Problem] = []
    for page, doc in documents.items():
        bases = ["/"] if page == "404.html" else ["/", SUBPATH]
        for element in doc.elements:
            for url in _urls(element.tag, element.attrs):
                for base in bases:
                    problem = _resolve(site, documents, page, base, url, element.snippet())
                    if problem:
                        problems.append(problem)
                        break
    for css in sorted(site.rglob("*.css")):
        relative = css.relative_to(site).as_posix()
        for url in CSS_URL.findall(css.read_text(encoding="utf-8")):
            for base in ["/", SUBPATH]:
                problem = _resolve(site, documents, relative, base, url, f"url({url})")
                if problem:
                    problems.append(problem)
                    break
    return problems


def _urls(tag: str, attrs: dict[str, str]) -> list[str]:
    urls = [v for k, v in attrs.items() if k in URL_ATTRIBUTES and not (tag == "meta")]
    if tag == "link" and attrs.get("rel") == "canonical":
        urls = []
    if "srcset" in attrs:
        urls += [part.strip().split(" ")[0] for part in attrs["srcset"].split(",") if part.strip()]
    return urls


def _resolve(site: Path, documents: dict[str, Document], page: str, base: str, url: str, element: str) -> Problem | None:
    parts = urlsplit(url)
    if parts.scheme in ("mailto", "tel", "webcal"):
        return None if parts.path else Problem(page, "links:malformed", element, f"'{url}' has no address",
                                                 "write the whole address after the scheme")
    if parts.scheme in ("http", "https") and parts.netloc:
        return None
    if parts.scheme and parts.scheme not in ("http", "https"):
        return Problem(page, "links:scheme", element, f"'{url}' uses the scheme '{parts.scheme}:'",
                       "only https:, http:, mailto:, tel: and webcal: links belong on the site")
    page_address = f"http://{HOST}{base}{page_url_path(page)}"
    target = urlsplit(urljoin(page_address, url))
    where = "at /" if base == "/" else f"under {base}"
    if target.netloc != HOST or not target.path.startswith(base):
        return Problem(page, "links:outside-site", element, f"'{url}' leaves the site when it is served {where}",
                       "make internal links relative (../x/), never starting with /")
    path = unquote(target.path[len(base):])
    file = path + "index.html" if path == "" or path.endswith("/") else path
    if not (site / file).is_file():
        hint = "add a trailing / to link a folder" if (site / file).is_dir() else "correct the link or create the page"
        return Problem(page, "links:broken", element, f"'{url}' leads nowhere when served {where} (no {file})", hint)
    if target.fragment and file.endswith(".html"):
        doc = documents.get(file)
        if doc is not None and target.fragment not in doc.ids:
            return Problem(page, "links:fragment", element, f"'{url}': {file} has no element with id '{target.fragment}'",
                           "link to an id that exists on the target page")
    return None
