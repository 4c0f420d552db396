"""Each browser check fails on a page broken in its way; a good page passes."""
from __future__ import annotations

import pytest
from conftest import GOOD_MAIN, page

from checks.browser import audit_page
from checks.site import LocalServer


def browser_rules(browser, site) -> set[str]:
    with LocalServer(site) as server:
        return {p.rule for p in audit_page(browser, server.origin, "index.html", "")}


def test_good_page_passes(browser, make_site):
    assert browser_rules(browser, make_site({"index.html": page("Start", GOOD_MAIN)})) == set()


@pytest.mark.parametrize("main, head, rule", [
    ('<h1>Rubrik</h1><img src="style.css">', "", "axe:image-alt"),
    ('<h1>Rubrik</h1><p style="color:#bbb;background:#fff">Svag text</p>', "", "axe:color-contrast"),
    ('<h1>Rubrik</h1><div style="width:600px">bred</div>', "", "reflow:320px"),
    ('<h1>Rubrik</h1><p><a href="./">länk</a></p>', "<style>a:focus { outline: none !important; }</style>", "basics:visible-focus"),
    ('<h1>Rubrik</h1><img src="https://cdn.example.com/x.png" alt="x">', "", "privacy:third-party-request"),
])
def test_broken_page_fails(browser, make_site, main, head, rule):
    site = make_site({"index.html": page("Start", main, head=head)})
    assert rule in browser_rules(browser, site)


def test_wide_table_in_its_own_scrolling_region_is_fine(browser, make_site):
    main = '<h1>Rubrik</h1><div style="overflow-x:auto" role="region" aria-label="Tabell" tabindex="0"><table style="min-width:800px"><tr><td>x</td></tr></table></div>'
    assert "reflow:320px" not in browser_rules(browser, make_site({"index.html": page("Start", main)}))
