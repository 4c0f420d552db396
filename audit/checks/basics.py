"""Page basics every page must have (WCAG 3.1.1, 2.4.2, 2.4.1, 1.4.4 and the site's own rules)."""
from __future__ import annotations

import re
from collections import defaultdict

from .htmldoc import Document
from .report import Problem


def check_basics(documents: dict[str, Document]) -> list[Problem]:
    problems: list[Problem] = []
    titles: dict[str, list[str]] = defaultdict(list)
    for page, doc in documents.items():
        if not (doc.lang or "").strip():
            problems.append(Problem(page, "basics:html-lang", "<html>", "the page has no language",
                                    'write <html lang="sv"> so screen readers pronounce Swedish'))
        if not doc.title:
            problems.append(Problem(page, "basics:title", "<title>", "the page has no title",
                                    "give every page a <title> that says what it is"))
        else:
            titles[doc.title].append(page)
        if doc.h1_count != 1:
            problems.append(Problem(page, "basics:one-h1", "<h1>", f"the page has {doc.h1_count} <h1> elements",
                                    "use exactly one <h1>, the page's own title; demote the others to <h2>"))
        problems += _skip_link(page, doc)
        problems += _viewport(page, doc)
    for title, pages in titles.items():
        if len(pages) > 1:
            for page in pages:
                problems.append(Problem(page, "basics:unique-title", f"<title>{title}</title>",
                                        f"the title is shared with {len(pages) - 1} other page(s)",
                                        "make each title name the page, e.g. '<Provider> – <Site>'"))
    return problems


def _skip_link(page: str, doc: Document) -> list[Problem]:
    focusable = doc.focusable
    first = focusable[0] if focusable else None
    href = first.attrs.get("href", "") if first is not None and first.tag == "a" else ""
    hint = 'make the first link <a href="#main-id">Hoppa till innehållet</a>, pointing at <main id="main-id">'
    if not href.startswith("#") or len(href) < 2:
        return [Problem(page, "basics:skip-link", first.snippet() if first else "", "the first focusable element is not a skip link", hint)]
    target = href[1:]
    main_or_inside = {doc.main_id} | {e.attrs["id"] for e in doc.elements if e.inside_main and "id" in e.attrs}
    if target not in main_or_inside:
        return [Problem(page, "basics:skip-link", first.snippet(), f"the skip link points at #{target}, which is not <main> or inside it", hint)]
    return []


def _viewport(page: str, doc: Document) -> list[Problem]:
    if doc.viewport is None:
        return [Problem(page, "basics:viewport", "<meta name=viewport>", "the page has no viewport meta",
                        '<meta name="viewport" content="width=device-width, initial-scale=1">')]
    content = doc.viewport.lower().replace(" ", "")
    maximum = re.search(r"maximum-scale=([0-9.]+)", content)
    if "user-scalable=no" in content or "user-scalable=0" in content or (maximum and float(maximum.group(1)) < 2):
        return [Problem(page, "basics:viewport-zoom", f'<meta name="viewport" content="{doc.viewport}">',
                        "the viewport blocks zooming (WCAG 1.4.4)", "remove user-scalable=no and maximum-scale")]
    return []
