"""Compare pages with JavaScript on: the live page must equal the pre-rendered page it claims to be.

Every sort and filter state of a compare page is its own static page. `assets/compare.js`
may re-sort and filter in place and `history.pushState` the link's address instead of
navigating; then what the reader sees (rows, title, caption, aria-sort, aria-current) must
be exactly what the static page at that address shows. Without the script the clicks
navigate for real, so the same check passes too.

The side-by-side page (`jamfor/<id>/sida-vid-sida/`) shows only the providers chosen with
`?val=<id>&val=<id>` when JavaScript runs; the compare page's GET form leads there.
"""
from __future__ import annotations

import time
from pathlib import Path
from typing import Callable
from urllib.parse import parse_qs, unquote, urljoin, urlsplit

from selenium.common.exceptions import WebDriverException

from .report import Problem
from .tree import Node, build, normalise

SORT_LINKS = "nav.sort-links a"
FILTER_LINKS = "nav.filter-links a"
SIDE_BY_SIDE = "sida-vid-sida/"
POLL = 0.025

STATE_SCRIPT = r"""
const squash = t => (t || '').replace(/\s+/g, ' ').trim();
const shown = e => !e.hidden && e.getClientRects().length > 0
  && e.getBoundingClientRect().width > 0 && e.getBoundingClientRect().height > 0;
const table = document.querySelector('table.compare');
const rows = table ? Array.from(table.querySelectorAll('tbody tr')).filter(shown).map(tr => {
  const name = tr.querySelector('th[scope=row] a') || tr.querySelector('th[scope=row]');
  return squash(name ? name.textContent : '');
}) : [];
const caption = table && table.querySelector('caption');
const filterState = document.querySelector('.filter-state');
const filterText = filterState && shown(filterState) ? filterState.querySelector('strong') : null;
return {
  pathname: location.pathname,
  ready: document.readyState,
  title: squash(document.title),
  caption: caption ? squash(caption.textContent) : null,
  sort: table ? Array.from(table.querySelectorAll('th[aria-sort]')).map(th => [squash(th.textContent), th.getAttribute('aria-sort')]) : [],
  rows: rows,
  current: Array.from(document.querySelectorAll('.compare-controls a[aria-current="page"]')).map(a => squash(a.textContent)),
  filter: filterText ? squash(filterText.textContent) : null,
  fragments: document.querySelectorAll('a[href^="#"]').length,
};
"""

PROVIDERS_SCRIPT = r"""
const shown = e => !e.hidden && e.getClientRects().length > 0
  && e.getBoundingClientRect().width > 0 && e.getBoundingClientRect().height > 0;
const table = document.querySelector('table.side-by-side');
const body = table ? Array.from(table.querySelectorAll('tbody [data-provider]')) : [];
return {
  pathname: location.pathname,
  search: location.search,
  ready: document.readyState,
  table: !!table,
  heads: table ? Array.from(table.querySelectorAll('thead th[data-provider]')).filter(shown).map(th => th.dataset.provider) : [],
  bodyShown: [...new Set(body.filter(shown).map(e => e.dataset.provider))],
  bodyHidden: [...new Set(body.filter(e => !shown(e)).map(e => e.dataset.provider))],
};
"""

PICK_FORM_SCRIPT = r"""
const form = Array.from(document.forms).find(f => (f.getAttribute('action') || '').replace(/[?#].*$/, '').endsWith('sida-vid-sida/'));
if (!form) return null;
const boxes = Array.from(document.querySelectorAll('input[type=checkbox][name=val]')).filter(c => c.form === form);
const submit = Array.from(form.elements).find(e => (e.tagName === 'BUTTON' && e.type === 'submit')
  || (e.tagName === 'INPUT' && (e.type === 'submit' || e.type === 'image'))) || null;
return {form: form, boxes: boxes, submit: submit};
"""


# --- the static pages -------------------------------------------------------------------

def static_state(root: Node) -> dict:
    """What the pre-rendered page shows, in the shape STATE_SCRIPT returns."""
    title = next((n for n in root.iter() if n.tag == "title"), None)
    table = next((n for n in root.iter() if n.tag == "table" and "compare" in n.classes()), None)
    rows: list[str] = []
    caption = None
    sort: list[list[str]] = []
    if table is not None:
        caption_node = next((n for n in table.iter() if n.tag == "caption"), None)
        caption = caption_node.text() if caption_node is not None else None
        sort = [[th.text(), th.attrs["aria-sort"]] for th in table.iter() if th.tag == "th" and "aria-sort" in th.attrs]
        for tr in table.iter():
            if tr.tag != "tr" or "hidden" in tr.attrs or not any(a.tag == "tbody" for a in tr.ancestors()):
                continue
            th = next((n for n in tr.iter() if n.tag == "th" and n.attrs.get("scope") == "row"), None)
            if th is None:
                rows.append("")
                continue
            link = next((n for n in th.iter() if n.tag == "a"), None)
            rows.append((link or th).text())
    current = [a.text() for a in root.iter() if a.tag == "a" and a.attrs.get("aria-current") == "page"
               and any("compare-controls" in p.classes() for p in a.ancestors())]
    # The notice over a filtered table ("Visar anordnare där personalen talar …"), when shown.
    notice = next((n for n in root.iter() if n.tag == "p" and "filter-state" in n.classes() and "hidden" not in n.attrs), None)
    strong = next((n for n in notice.iter() if n.tag == "strong"), None) if notice is not None else None
    return {"title": title.text() if title is not None else "", "caption": caption, "sort": sort,
            "rows": rows, "current": current, "filter": strong.text() if strong is not None else None,
            # Links within the page ("#innehall"): a script that rewrites them as absolute
            # addresses sends the skip link to another page once pushState has moved the URL.
            "fragments": sum(1 for a in root.iter() if a.tag == "a" and a.attrs.get("href", "").startswith("#"))}


def links_of(root: Node, kind: str) -> list[tuple[str, str]]:
    """(href, text) of `nav.sort-links a` or `nav.filter-links a`, in page order."""
    return [(a.attrs["href"], a.text()) for a in root.iter()
            if a.tag == "a" and "href" in a.attrs
            and any(p.tag == "nav" and kind in p.classes() for p in a.ancestors())]


def header_providers(root: Node) -> list[str]:
    """`data-provider` of the side-by-side table's header cells, in page order."""
    table = next((n for n in root.iter() if n.tag == "table" and "side-by-side" in n.classes()), None)
    if table is None:
        return []
    return [th.attrs["data-provider"] for th in table.iter() if th.tag == "th" and "data-provider" in th.attrs
            and any(a.tag == "thead" for a in th.ancestors())]


class StaticSite:
    """The site folder, read by URL path, each page parsed once."""

    def __init__(self, site: Path):
        self.site = site
        self.cache: dict[Path, Node | None] = {}

    def file_for(self, url_path: str) -> Path:
        relative = unquote(url_path).lstrip("/")
        if relative == "" or relative.endswith("/"):
            relative += "index.html"
        return self.site / relative

    def tree(self, url_path: str) -> Node | None:
        file = self.file_for(url_path)
        if file not in self.cache:
            self.cache[file] = build(file.read_text(encoding="utf-8")) if file.is_file() else None
        return self.cache[file]


def differences(expected: dict, live: dict) -> list[str]:
    """What the live page shows differently from the static page, one phrase per thing."""
    found = []
    if live["title"] != expected["title"]:
        found.append(f"title is “{live['title']}”, the page has “{expected['title']}”")
    if live["caption"] != expected["caption"]:
        found.append(f"caption is “{live['caption']}”, the page has “{expected['caption']}”")
    if [list(s) for s in live["sort"]] != [list(s) for s in expected["sort"]]:
        show = lambda sort: ", ".join(f"{t} = {v}" for t, v in sort) or "none"  # noqa: E731
        found.append(f"aria-sort is on {show(live['sort'])}, the page has {show(expected['sort'])}")
    if live["rows"] != expected["rows"]:
        shown, wanted = live["rows"], expected["rows"]
        first = next((i for i in range(min(len(shown), len(wanted))) if shown[i] != wanted[i]), min(len(shown), len(wanted)))
        at = (f"row {first + 1} is “{shown[first] if first < len(shown) else '(none)'}”, "
              f"the page has “{wanted[first] if first < len(wanted) else '(none)'}”")
        found.append(f"visible rows differ ({len(shown)} shown, the page has {len(wanted)}; {at})")
    if live["current"] != expected["current"]:
        found.append(f"aria-current marks {live['current'] or 'nothing'}, the page marks {expected['current'] or 'nothing'}")
    if live.get("fragments") != expected.get("fragments"):
        found.append(f"{live.get('fragments')} links point within the page (#…), the page has {expected.get('fragments')}")
    if live.get("filter") != expected.get("filter"):
        found.append(f"the filter notice says “{live.get('filter') or '(nothing)'}”, the page says “{expected.get('filter') or '(nothing)'}”")
    return found


# --- the browser --------------------------------------------------------------------------

def _poll(read: Callable[[], dict | None], done: Callable[[dict], bool], timeout: float) -> dict | None:
    """Reads until `done` or the timeout; the last good read. Reads during a navigation may fail."""
    deadline = time.monotonic() + timeout
    last = None
    while True:
        try:
            value = read()
            if value is not None:
                last = value
                if done(value):
                    return value
        except WebDriverException:
            pass
        if time.monotonic() > deadline:
            return last
        time.sleep(POLL)


def _state(driver) -> dict | None:
    return driver.execute_script(STATE_SCRIPT)


def _wait_ready(driver, timeout: float = 10) -> None:
    _poll(lambda: {"ready": driver.execute_script("return document.readyState")}, lambda v: v["ready"] == "complete", timeout)


STILL = 0.3  # seconds a page must stay unchanged to count as settled when it does not match


def _settled_state(driver, start_path: str, target_path: str, expected: dict | None = None,
                   timeout: float = 3.0, grace: float = 1.5) -> dict | None:
    """The live state once the address has settled and the page is loaded.

    Settled: the address is the link's and the page shows `expected` (the static page's
    state); or, at the link's address, the page stopped changing for STILL seconds (a script
    that draws after pushState gets that long between steps, and `grace` in all); or the
    address moved away from `start_path` and stayed put for STILL seconds (a script that
    pushed some other address). Polls; no fixed sleeps.
    """
    seen = {"state": None, "since": time.monotonic(), "arrived": None}

    def done(state: dict) -> bool:
        now = time.monotonic()
        if state != seen["state"]:
            seen["state"], seen["since"] = state, now
        still = now - seen["since"] > STILL
        if state["ready"] != "complete":
            return False
        if unquote(state["pathname"]) == target_path:
            seen["arrived"] = seen["arrived"] or now
            return expected is None or not differences(expected, state) or still or now - seen["arrived"] > grace
        return state["pathname"] != start_path and still
    return _poll(lambda: _state(driver), done, timeout)


CLICK_POINT_SCRIPT = """
// A script may rewrite a relative href as the absolute address it stands for: match either.
const e = arguments[0] || Array.from(document.querySelectorAll(arguments[1]))
  .find(a => a.getAttribute('href') === arguments[2] || (arguments[3] && a.href === arguments[3]));
if (!e) return null;
e.scrollIntoView({block: 'center', inline: 'center'});
const box = Array.from(e.getClientRects()).find(r => r.width > 0 && r.height > 0);
if (!box) return [e, null];
const x = box.left + box.width / 2, y = box.top + box.height / 2;
const hit = document.elementFromPoint(x, y);
return [e, hit && (hit === e || e.contains(hit)) ? [x, y] : null];
"""


def _click(driver, element=None, selector: str = "", href: str = "", absolute: str = "") -> bool:
    """A trusted mouse click at the centre of `element` (or of the link with this href), as a reader's would be.

    Through the DevTools protocol rather than Selenium's click, which waits out a navigation
    by polling and costs ~200 ms a link; the checks poll for the outcome themselves. An element
    that is covered or has no box gets a script click (the outcome is what is checked here).
    False when there is no such link.
    """
    found = driver.execute_script(CLICK_POINT_SCRIPT, element, selector, href, absolute)
    if found is None:
        return False
    element, point = found
    if point is None:
        driver.execute_script("arguments[0].click()", element)
        return True
    x, y = point
    for kind in ("mousePressed", "mouseReleased"):
        driver.execute_cdp_cmd("Input.dispatchMouseEvent",
                               {"type": kind, "x": x, "y": y, "button": "left", "buttons": 1 if kind == "mousePressed" else 0,
                                "clickCount": 1})
    return True


def _describe_mismatch(static: StaticSite, live: dict | None, target_path: str) -> list[str]:
    if live is None:
        return ["the page could not be read after the click"]
    found = []
    if unquote(live["pathname"]) != target_path:
        found.append(f"the address is {unquote(live['pathname'])}, the link leads to {target_path}")
    tree = static.tree(target_path)
    if tree is None:
        found.append(f"there is no pre-rendered page at {target_path}")
    else:
        found += differences(static_state(tree), live)
    return found


def _expected(static: StaticSite, path: str) -> dict | None:
    tree = static.tree(path)
    return static_state(tree) if tree is not None else None


def _click_and_compare(driver, static: StaticSite, start: str, selector: str, href: str, base_url: str) -> tuple[str, list[str]]:
    """Clicks the link with this href on the page as it is now (at `start`); the target path and what differs."""
    target_path = unquote(urlsplit(urljoin(base_url, href)).path)
    if not _click(driver, selector=selector, href=href, absolute=urljoin(base_url, href)):
        return target_path, [f"the link {href} is not on the page"]
    live = _settled_state(driver, start, target_path, _expected(static, target_path))
    return target_path, _describe_mismatch(static, live, target_path)


def _return_to_base(driver, base_url: str, base_path: str, base_state: dict, left_at: str, use_back: bool) -> bool:
    """Back to the base state for the next link; whether history.back() did it.

    history.back() is quick (bfcache, or the script's popstate); when it does not restore the
    base state, a fresh load does, and later links go straight to that. Whether back restores
    the state is the explicit history check's business, not this one's.
    """
    state = None
    try:
        if left_at != base_path and use_back:
            driver.execute_script("history.back()")
            state = _settled_state(driver, left_at, base_path, base_state, timeout=2.0)
        elif left_at == base_path:
            state = _settled_state(driver, "", base_path, base_state, timeout=2.0)
    except WebDriverException:
        state = None
    if state is not None and unquote(state["pathname"]) == base_path and not differences(base_state, state):
        return use_back
    driver.get(base_url)
    _wait_ready(driver)
    return use_back and left_at == base_path


def check_js_state(browser, origin: str, site: Path, page: str, static: StaticSite | None = None) -> list[Problem]:
    """compare:js-state on one programme's base compare page (`jamfor/<id>/index.html`)."""
    static = static or StaticSite(site)
    driver = browser.driver
    problems: list[Problem] = []
    base_path = "/" + page[: -len("index.html")]
    base_url = origin + base_path
    root = static.tree(base_path)
    if root is None:
        return problems
    links = [(SORT_LINKS, "sort", href, text) for href, text in links_of(root, "sort-links")]
    links += [(FILTER_LINKS, "filter", href, text) for href, text in links_of(root, "filter-links")]
    browser.viewport(1280)
    hint = ("compare.js must show exactly what the pre-rendered page at the link's address shows: "
            "the same rows in the same order, title, caption, aria-sort and aria-current")
    base_state = static_state(root)
    driver.get(base_url)
    _wait_ready(driver)
    use_back = True
    for selector, kind, href, text in links:
        target, found = _click_and_compare(driver, static, base_path, selector, href, base_url)
        use_back = _return_to_base(driver, base_url, base_path, base_state, target, use_back)
        if found:
            problems.append(Problem(page, "compare:js-state", f"{kind} link “{text}” ({href})",
                                    f"after clicking the {kind} link “{text}”: " + "; ".join(found), hint))

    # Back: a filter, then a sort in that state, then history.back() shows the filter's page again.
    filters = [(h, t) for s, k, h, t in links if k == "filter"]
    if filters:
        href, text = filters[0]
        driver.get(base_url)
        _wait_ready(driver)
        filter_path, found = _click_and_compare(driver, static, base_path, FILTER_LINKS, href, base_url)
        sort = driver.execute_script(
            "return Array.from(document.querySelectorAll(arguments[0])).find(a => a.getAttribute('aria-current') !== 'page') || null",
            SORT_LINKS)
        if not found and sort is not None:
            sort_href = sort.get_attribute("href")  # the property: already resolved against the live address
            sort_path = unquote(urlsplit(sort_href).path)
            sort_text = normalise(sort.text)
            _click(driver, sort)
            # Let a script finish drawing the sort state before going back.
            _settled_state(driver, filter_path, sort_path, _expected(static, sort_path))
            driver.execute_script("history.back()")
            live = _settled_state(driver, sort_path, filter_path, _expected(static, filter_path))
            back = _describe_mismatch(static, live, filter_path)
            if back:
                problems.append(Problem(page, "compare:js-state", f"history.back() after “{text}” then “{sort_text}”",
                                        f"going back from {sort_path} to {filter_path}: " + "; ".join(back),
                                        "on popstate, compare.js must restore the state of the address it returns to"))
    return problems


def _side_by_side_problems(browser, static: StaticSite, sbs_path: str, chosen: list[str]) -> list[str]:
    """What is wrong with the side-by-side page now loaded for `chosen` ids."""
    driver = browser.driver
    tree = static.tree(sbs_path)
    if tree is None:
        return [f"there is no side-by-side page at {sbs_path}"]
    order = header_providers(tree)
    wanted = [p for p in order if p in chosen]
    unknown = [p for p in chosen if p not in order]
    found = [f"{', '.join(unknown)} {'is' if len(unknown) == 1 else 'are'} not in the side-by-side table"] if unknown else []

    def ok(state: dict) -> bool:
        return (state["ready"] == "complete" and state["heads"] == wanted
                and not set(state["bodyShown"]) - set(chosen) and not set(state["bodyHidden"]) & set(chosen))
    state = _poll(lambda: driver.execute_script(PROVIDERS_SCRIPT), ok, 1.5)
    if state is None:
        return found + ["the page could not be read"]
    if not state["table"]:
        return found + ["there is no table.side-by-side"]
    if state["heads"] != wanted:
        found.append(f"the header shows {state['heads'] or 'no provider'}, it should show {wanted}")
    extra = sorted(set(state["bodyShown"]) - set(chosen))
    if extra:
        found.append(f"body cells of providers not chosen are visible: {', '.join(extra)}")
    missing = sorted(set(state["bodyHidden"]) & set(chosen))
    if missing:
        found.append(f"body cells of chosen providers are hidden: {', '.join(missing)}")
    return found


def check_side_by_side(browser, origin: str, site: Path, page: str, static: StaticSite | None = None,
                       screenshots: Path | None = None) -> list[Problem]:
    """compare:side-by-side on `jamfor/<id>/sida-vid-sida/index.html`: ?val=a&val=b&val=c shows just those."""
    static = static or StaticSite(site)
    path = "/" + page[: -len("index.html")]
    tree = static.tree(path)
    providers = header_providers(tree) if tree is not None else []
    if len(providers) < 2:
        return [Problem(page, "compare:side-by-side", "table.side-by-side thead th[data-provider]",
                        f"the side-by-side table names {len(providers)} provider(s) in its header; a choice needs at least 2",
                        "give every header cell data-provider=\"<id>\"")]
    chosen = providers[:3]
    query = "?" + "&".join(f"val={p}" for p in chosen)
    browser.viewport(1280)
    browser.driver.get(origin + path + query)
    _wait_ready(browser.driver)
    found = _side_by_side_problems(browser, static, path, chosen)
    problems = [Problem(page, "compare:side-by-side", f"{path}{query}", f"with {query}: " + "; ".join(found),
                        "compare.js must hide (hidden attribute) every header and body cell of a provider not in ?val=")] if found else []
    if screenshots is not None:
        from .browser import screenshot

        for width in (320, 1280):
            screenshot(browser, origin, (path + query).lstrip("/"), width, screenshots / f"side-by-side-{width}.png")
        browser.viewport(1280)
    return problems


def check_pick(browser, origin: str, site: Path, page: str, static: StaticSite | None = None) -> list[Problem]:
    """compare:pick on a base compare page: tick two providers, submit, land on the side-by-side page with those two."""
    static = static or StaticSite(site)
    driver = browser.driver
    base_path = "/" + page[: -len("index.html")]
    browser.viewport(1280)
    driver.get(origin + base_path)
    _wait_ready(driver)
    found = driver.execute_script(PICK_FORM_SCRIPT)
    if found is None:
        return []
    where = "form[action$=\"sida-vid-sida/\"]"
    hint = "one checkbox name=val value=<provider id> per row, in the form (or form=\"…\"), and a submit button"
    if len(found["boxes"]) < 2:
        return [Problem(page, "compare:pick", where, f"the form has {len(found['boxes'])} val checkbox(es); it needs one per provider", hint)]
    if found["submit"] is None:
        return [Problem(page, "compare:pick", where, "the form has no submit button", hint)]
    for box in found["boxes"][2:]:
        if box.is_selected():
            _click(driver, box)
    chosen = []
    for box in found["boxes"][:2]:
        if not box.is_selected():
            _click(driver, box)
        chosen.append(box.get_attribute("value"))
    _click(driver, found["submit"])
    state = _poll(lambda: driver.execute_script("return {pathname: location.pathname, search: location.search, ready: document.readyState}"),
                  lambda s: s["pathname"].endswith("/" + SIDE_BY_SIDE) and s["ready"] == "complete", 5)
    if state is None or not state["pathname"].endswith("/" + SIDE_BY_SIDE):
        return [Problem(page, "compare:pick", where,
                        f"after ticking {', '.join(chosen)} and submitting, the browser is at {state and unquote(state['pathname'])}, not the side-by-side page", hint)]
    sent = parse_qs(state["search"].lstrip("?")).get("val", [])
    problems = []
    if sent != chosen:
        problems.append(Problem(page, "compare:pick", where,
                                f"the form sent val={sent}, the ticked boxes are {chosen}", hint))
    sbs = _side_by_side_problems(browser, static, unquote(state["pathname"]), chosen)
    if sbs:
        problems.append(Problem(page, "compare:pick", where,
                                f"after ticking {', '.join(chosen)} and submitting: " + "; ".join(sbs),
                                "the side-by-side page must show exactly the providers in ?val="))
    return problems


def base_compare_pages(pages: list[str]) -> list[str]:
    """`jamfor/<id>/index.html`: each programme's base compare page."""
    return [p for p in pages if p.startswith("jamfor/") and p.endswith("/index.html") and len(p.split("/")) == 3]


def side_by_side_pages(pages: list[str]) -> list[str]:
    return [p for p in pages if p.startswith("jamfor/") and p.endswith("/" + SIDE_BY_SIDE + "index.html")
            and len(p.split("/")) == 4]


def check_compare(browser, origin: str, site: Path, pages: list[str], artifacts: Path | None) -> list[Problem]:
    """compare:js-state, compare:pick and compare:side-by-side over the whole site."""
    static = StaticSite(site)
    problems: list[Problem] = []
    for page in base_compare_pages(pages):
        problems += check_js_state(browser, origin, site, page, static)
        problems += check_pick(browser, origin, site, page, static)
    for index, page in enumerate(side_by_side_pages(pages)):
        problems += check_side_by_side(browser, origin, site, page, static, artifacts if index == 0 else None)
    return problems
