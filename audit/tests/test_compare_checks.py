"""The compare checks (compare:js-state, compare:side-by-side, compare:pick) and print:a4.

A tiny programme `p` with four providers, pre-rendered in every sort and filter state like
the real site, with or without a compare.js that updates the page in place. The good script
is generic: it fetches the pre-rendered page of the link and copies its state, so it is
correct by construction; each broken variant leaves out one thing.
"""
from __future__ import annotations

import shutil

import pytest
from conftest import page

from checks.compare import check_compare, check_js_state, check_pick, check_side_by_side
from checks.printing import check_print, print_previews
from checks.site import LocalServer, html_pages

# name, id, points, languages
PROVIDERS = [("Alfa Jobb", "alfa", 40, {"svenska"}), ("Beta Stöd", "beta", 70, {"svenska", "engelska"}),
             ("Gamma Väg", "gamma", 55, {"engelska"}), ("Delta Karriär", "delta", 30, {"svenska", "engelska"})]
SORTS = [("", "Namn"), ("sortera-poang/", "Poäng")]
FILTERS = [("sprak-svenska/", "svenska"), ("sprak-engelska/", "engelska")]


def compare_html(sort: str, filter_: str, body_end: str = "", form: bool = False) -> str:
    """jamfor/p/<filter><sort>index.html, as the site generator would write it."""
    depth = 2 + (filter_ != "") + (sort != "")
    up = "../" * depth
    rows = [p for p in PROVIDERS if not filter_ or filter_[6:-1] in p[3]]
    rows.sort(key=(lambda p: -p[2]) if sort else (lambda p: p[0]))
    sort_links = "".join(f'<li><a href="{up}jamfor/p/{filter_}{s}"{" aria-current=page" if s == sort else ""}>{t}</a></li>'
                         for s, t in SORTS)
    filter_links = "".join(f'<li><a href="{up}jamfor/p/{f}"{" aria-current=page" if f == filter_ else ""}>{t}</a></li>'
                           for f, t in FILTERS)
    order = "poäng" if sort else "namn"
    head = ('<th scope="col"{}>Anordnare</th><th scope="col"{}>Poäng</th>'
            .format(' aria-sort="ascending"' if not sort else "", ' aria-sort="descending"' if sort else ""))
    box = lambda p: f'<td><input type="checkbox" name="val" value="{p[1]}" form="valj" aria-label="Välj {p[0]}"></td>' if form else ""  # noqa: E731
    body = "".join(f'<tr><th scope="row"><a href="{up}anordnare/{p[1]}/">{p[0]}</a></th><td>{p[2]} %</td>{box(p)}</tr>'
                   for p in rows)
    pick = (f'<form id="valj" action="{up}jamfor/p/sida-vid-sida/" method="get"><button type="submit">Jämför valda</button></form>'
            if form else "")
    title = "Jämför p" + (f" ({filter_[6:-1]})" if filter_ else "") + (" (poäng)" if sort else "")
    main = (f'<h1>Jämför</h1><div class="compare-controls"><nav class="sort-links" aria-label="Sortera"><ul>{sort_links}</ul></nav>'
            f'<nav class="filter-links" aria-label="Filtrera"><ul>{filter_links}</ul></nav></div>{pick}'
            f'<p class="filter-state"{"" if filter_ else " hidden"}><strong>Visar {filter_[6:-1] or "alla"}</strong></p>'
            f'<table class="compare"><caption>Anordnare, sorterade efter {order}</caption>'
            f'<thead><tr>{head}{"<th>Välj</th>" if form else ""}</tr></thead><tbody>{body}</tbody></table>')
    return page(title, main, css=f"{up}style.css", body_end=body_end.replace("UP/", up))


GOOD_JS = r"""
const squash = t => t.replace(/\s+/g, ' ').trim();
async function show(url) {
  const doc = new DOMParser().parseFromString(await (await fetch(url)).text(), 'text/html');
  document.title = doc.title;                                                   // TITLE
  document.querySelector('table.compare caption').textContent = doc.querySelector('table.compare caption').textContent;  // CAPTION
  const heads = doc.querySelectorAll('table.compare thead th');
  const sorted = (th, i) => heads[i].hasAttribute('aria-sort') ? th.setAttribute('aria-sort', heads[i].getAttribute('aria-sort')) : th.removeAttribute('aria-sort');
  document.querySelectorAll('table.compare thead th').forEach(sorted);          // SORT
  const names = Array.from(doc.querySelectorAll('table.compare tbody tr th a')).map(a => squash(a.textContent));
  const body = document.querySelector('table.compare tbody');
  const rows = Array.from(body.rows);
  const name = tr => squash(tr.querySelector('th a').textContent);
  for (const tr of rows) tr.hidden = !names.includes(name(tr));                 // ROWS
  for (const n of names) body.append(rows.find(tr => name(tr) === n));
  for (const tr of rows) if (tr.hidden) body.append(tr);
  document.querySelector('.compare-controls').innerHTML = doc.querySelector('.compare-controls').innerHTML;  // CURRENT
  document.querySelector('.filter-state').replaceWith(doc.querySelector('.filter-state'));  // NOTICE
}
document.addEventListener('click', e => {
  const a = e.target.closest('nav.sort-links a, nav.filter-links a');
  if (!a) return;
  e.preventDefault();
  const url = a.href;  // read before pushState: a relative href resolves against the new address after it
  history.pushState(null, '', url);
  show(url);
});
window.addEventListener('popstate', () => show(location.href));                 // POPSTATE
"""

SIDE_BY_SIDE_JS = r"""
const chosen = new URLSearchParams(location.search).getAll('val');
if (chosen.length) {
  for (const e of document.querySelectorAll('table.side-by-side [data-provider]')) e.hidden = !chosen.includes(e.dataset.provider);
}
"""


def compare_site(js: str | None = None, form: bool = False, side_by_side: str | None = None) -> dict[str, str]:
    """The files of programme p: every sort × filter page, compare.js, and optionally a side-by-side page."""
    script = '<script src="UP/assets/compare.js"></script>\n' if js is not None else ""
    files = {}
    for f, _ in [("", "")] + FILTERS:
        for s, _ in SORTS:
            files[f"jamfor/p/{f}{s}index.html"] = compare_html(s, f, script, form=form)
    if js is not None:
        files["assets/compare.js"] = js
    if side_by_side is not None:
        heads = "".join(f'<th scope="col" data-provider="{p[1]}">{p[0]}</th>' for p in PROVIDERS)
        cells = "".join(f'<td data-provider="{p[1]}">{p[2]} %</td>' for p in PROVIDERS)
        main = (f'<h1>Sida vid sida</h1><table class="side-by-side"><thead><tr><td></td>{heads}</tr></thead>'
                f'<tbody><tr><th scope="row">Poäng</th>{cells}</tr></tbody></table>')
        files["jamfor/p/sida-vid-sida/index.html"] = page("Sida vid sida", main, css="../../../style.css",
                                                         body_end='<script src="../../../assets/sbs.js"></script>\n')
        files["assets/sbs.js"] = side_by_side
    return files


def run(browser, site, check, page_name="jamfor/p/index.html"):
    with LocalServer(site) as server:
        return check(browser, server.origin, site, page_name)


# --- compare:js-state ---------------------------------------------------------------------

# compare.js writes every relative href as the absolute address it stands for, so links keep
# working after pushState moves the address to another depth; the check must still find them.
ABSOLUTE_JS = "document.querySelectorAll('a[href]:not([href^=\"#\"])').forEach(a => a.setAttribute('href', a.href));\n" + GOOD_JS


@pytest.mark.parametrize("js", [None, GOOD_JS, ABSOLUTE_JS], ids=["without-js", "with-correct-js", "with-absolute-links"])
def test_js_state_passes_with_and_without_script(browser, make_site, js):
    assert run(browser, make_site(compare_site(js)), check_js_state) == []


def test_js_state_fails_when_script_makes_fragment_links_absolute(browser, make_site):
    # The skip link "#main" made absolute would lead back to the first page after pushState.
    js = "document.querySelectorAll('a[href]').forEach(a => a.setAttribute('href', a.href));\n" + GOOD_JS
    problems = run(browser, make_site(compare_site(js)), check_js_state)
    assert any("links point within the page" in p.message for p in problems), problems


@pytest.mark.parametrize("broken, says", [
    ("// TITLE", "title is"),
    ("// ROWS", "visible rows differ"),
    ("// CAPTION", "caption is"),
    ("// SORT", "aria-sort is on"),
    ("// CURRENT", "aria-current marks"),
    ("// NOTICE", "filter notice"),
    ("// POPSTATE", "history.back()"),
])
def test_js_state_fails_when_script_differs_from_page(browser, make_site, broken, says):
    # Comment out the line marked with `broken`: the script then skips that part of the state.
    js = "\n".join("//" + line if line.rstrip().endswith(broken) else line for line in GOOD_JS.splitlines())
    problems = run(browser, make_site(compare_site(js)), check_js_state)
    assert problems and {p.rule for p in problems} == {"compare:js-state"}
    assert any(says in p.message or says in p.element for p in problems), problems


def test_js_state_fails_when_script_pushes_wrong_address(browser, make_site):
    js = GOOD_JS.replace("history.pushState(null, '', url);", "history.pushState(null, '', url + 'fel/');")
    problems = run(browser, make_site(compare_site(js)), check_js_state)
    assert any("the address is" in p.message for p in problems), problems


# --- compare:side-by-side -----------------------------------------------------------------

def test_side_by_side_shows_only_chosen(browser, make_site, tmp_path):
    site = make_site(compare_site(side_by_side=SIDE_BY_SIDE_JS))
    with LocalServer(site) as server:
        problems = check_side_by_side(browser, server.origin, site, "jamfor/p/sida-vid-sida/index.html", screenshots=tmp_path)
    assert problems == []
    assert (tmp_path / "side-by-side-320.png").stat().st_size > 0 and (tmp_path / "side-by-side-1280.png").exists()


@pytest.mark.parametrize("js", [
    "",  # no script: every provider stays visible
    SIDE_BY_SIDE_JS.replace("table.side-by-side [data-provider]", "table.side-by-side thead [data-provider]"),
    SIDE_BY_SIDE_JS.replace("e.hidden = !chosen", "e.hidden = chosen"),
], ids=["no-script", "header-only", "inverted"])
def test_side_by_side_fails_when_others_show(browser, make_site, js):
    site = make_site(compare_site(side_by_side=js))
    problems = run(browser, site, check_side_by_side, "jamfor/p/sida-vid-sida/index.html")
    assert [p.rule for p in problems] == ["compare:side-by-side"]


def test_no_side_by_side_page_means_nothing_to_check(browser, make_site):
    site = make_site(compare_site())
    with LocalServer(site) as server:
        problems = check_compare(browser, server.origin, site, html_pages(site), None)
    assert problems == []


# --- compare:pick ---------------------------------------------------------------------------

def test_pick_two_lands_on_side_by_side(browser, make_site):
    site = make_site(compare_site(form=True, side_by_side=SIDE_BY_SIDE_JS))
    assert run(browser, site, check_pick) == []


@pytest.mark.parametrize("files", [
    lambda: compare_site(form=True, side_by_side=""),  # side-by-side page ignores ?val=
    lambda: {k: v.replace('value="alfa"', 'value="okand"') for k, v in compare_site(form=True, side_by_side=SIDE_BY_SIDE_JS).items()},
    lambda: {k: v.replace('<button type="submit">Jämför valda</button>', "") for k, v in compare_site(form=True, side_by_side=SIDE_BY_SIDE_JS).items()},
], ids=["ignores-selection", "wrong-value", "no-submit-button"])
def test_pick_fails(browser, make_site, files):
    problems = run(browser, make_site(files()), check_pick)
    assert problems and {p.rule for p in problems} == {"compare:pick"}


def test_pick_skipped_without_form(browser, make_site):
    assert run(browser, make_site(compare_site()), check_pick) == []


# --- print:a4 -------------------------------------------------------------------------------

def print_rules(browser, site) -> list:
    with LocalServer(site) as server:
        return check_print(browser, server.origin, html_pages(site))


def test_print_good_page_passes(browser, make_site):
    main = ('<h1>Jämför</h1><div style="overflow-x:auto"><table style="min-width:1400px"><tr><td>x</td></tr></table></div>'
            '<style>@media print { div { overflow: visible !important } table { min-width: 0 !important } }</style>')
    assert print_rules(browser, make_site({"jamfor/p/index.html": page("J", main, css="../../style.css")})) == []


@pytest.mark.parametrize("main", [
    '<h1>Jämför</h1><div style="overflow-x:auto"><table style="min-width:1400px"><tr><td>x</td></tr></table></div>',
    '<h1>Jämför</h1><div style="width:1200px">bred</div>',
    '<h1>Jämför</h1><div style="overflow:hidden"><p style="width:1100px">klippt</p></div>',
], ids=["scrolling-region", "too-wide", "hidden-overflow"])
def test_print_cut_off_fails(browser, make_site, main):
    site = make_site({"jamfor/p/index.html": page("J", main, css="../../style.css"),
                      "anordnare/a/index.html": page("A", "<h1>A</h1>", css="../../style.css")})
    problems = print_rules(browser, site)
    assert problems and {p.page for p in problems} == {"jamfor/p/index.html"} and {p.rule for p in problems} == {"print:a4"}


def test_print_only_in_print_media(browser, make_site):
    """Wide on screen inside a scrolling region, fitting in print: fine; and the emulation is reset afterwards."""
    main = ('<h1>Jämför</h1><div class="r" style="overflow-x:auto"><table style="min-width:1400px"><tr><td>x</td></tr></table></div>'
            '<style>@media print { .r { overflow: visible !important } .r table { min-width: 0 !important } }</style>')
    site = make_site({"jamfor/p/index.html": page("J", main, css="../../style.css")})
    assert print_rules(browser, site) == []
    assert browser.driver.execute_script("return matchMedia('print').matches") is False


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler-utils' pdftotext")
def test_print_blank_sheet_fails(browser, make_site):
    """Padding that spills past the last line makes a blank last sheet; without it, none."""
    spill = '<h1>Jämför</h1><p>Text</p><style>@media print { main { padding-bottom: 200mm } }</style>'
    site = make_site({"jamfor/p/index.html": page("J", spill, css="../../style.css"),
                      "jamfor/q/index.html": page("J", "<h1>Jämför</h1><p>Text</p>", css="../../style.css")})
    problems = print_rules(browser, site)
    assert problems and {(p.page, p.rule) for p in problems} == {("jamfor/p/index.html", "print:blank-page")}
    assert all(p.element.startswith("sheet ") and p.element != "sheet 1" for p in problems)


def test_print_previews_are_pdf_files(browser, make_site, tmp_path):
    site = make_site(compare_site(side_by_side=SIDE_BY_SIDE_JS))
    with LocalServer(site) as server:
        print_previews(browser, server.origin, html_pages(site), tmp_path)
    for name in ("compare-print", "side-by-side-print"):
        assert (tmp_path / f"{name}.pdf").read_bytes().startswith(b"%PDF")
        if shutil.which("pdftoppm"):
            assert (tmp_path / f"{name}.png").read_bytes().startswith(b"\x89PNG")
