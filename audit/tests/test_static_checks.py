"""Each static check fails on a page broken in its way, and passes on a good one."""
from __future__ import annotations

import pytest
from conftest import GOOD_MAIN, page

from checks.basics import check_basics
from checks.htmldoc import parse
from checks.links import check_links
from checks.nu import check_html


def rules(problems) -> set[str]:
    return {p.rule for p in problems}


def static(site) -> set[str]:
    pages = sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))
    documents = {p: parse((site / p).read_text(encoding="utf-8")) for p in pages}
    return rules(check_basics(documents) + check_links(site, documents))


def test_good_site_passes(make_site):
    site = make_site({"index.html": page("Start", GOOD_MAIN), "a/index.html": page("A", '<h1>A</h1><a href="../#main">x</a>', css="../style.css")})
    assert static(site) == set()
    assert check_html(site)[0] == []


@pytest.mark.parametrize("broken, rule", [
    (page("Start", GOOD_MAIN, lang=None), "basics:html-lang"),
    (page("Start", "<h1>A</h1><h1>B</h1>"), "basics:one-h1"),
    (page("Start", "<p>Ingen rubrik</p>"), "basics:one-h1"),
    (page("Start", GOOD_MAIN, skip=False), "basics:skip-link"),
    (page("Start", GOOD_MAIN, viewport="width=device-width, user-scalable=no"), "basics:viewport-zoom"),
    (page("Start", GOOD_MAIN, viewport="width=device-width, maximum-scale=1"), "basics:viewport-zoom"),
    (page("Start", GOOD_MAIN + '<a href="saknas/">x</a>'), "links:broken"),
    (page("Start", GOOD_MAIN + '<a href="#finns-inte">x</a>'), "links:fragment"),
    (page("Start", GOOD_MAIN + '<a href="/style.css">x</a>'), "links:outside-site"),
    (page("Start", GOOD_MAIN + '<a href="javascript:alert(1)">x</a>'), "links:scheme"),
    (page("Start", GOOD_MAIN + '<img src="bild.png" alt="x">'), "links:broken"),
])
def test_broken_page_fails(make_site, broken, rule):
    site = make_site({"index.html": broken})
    assert rule in static(site)


def test_duplicate_titles_fail(make_site):
    site = make_site({"index.html": page("Samma", GOOD_MAIN), "b/index.html": page("Samma", GOOD_MAIN, css="../style.css")})
    assert "basics:unique-title" in static(site)


def test_root_absolute_link_passes_at_root_but_fails_under_subpath(make_site):
    site = make_site({"index.html": page("Start", GOOD_MAIN, css="/style.css")})
    problems = [p for p in static_problems(site) if p.rule == "links:outside-site"]
    assert problems and "under /jobbpeng/" in problems[0].message


def static_problems(site):
    pages = sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))
    documents = {p: parse((site / p).read_text(encoding="utf-8")) for p in pages}
    return check_links(site, documents)


def test_css_urls_are_checked(make_site):
    site = make_site({"index.html": page("Start", GOOD_MAIN), "style.css": "body { background: url(finns-inte.png); }"})
    assert "links:broken" in rules(static_problems(site))


@pytest.mark.parametrize("main", ["<h1>A</h1></div>", '<h1 id="x">A</h1><p id="x">B</p>'])
def test_nu_checker_finds_errors(make_site, main):
    site = make_site({"index.html": page("Start", main)})
    problems, _ = check_html(site)
    assert "nu:error" in rules(problems)
