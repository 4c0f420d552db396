"""What only a real browser sees: axe-core, reflow at 320 px, focus, requests, screenshots.

Debian's Chromium through Selenium, one session for all pages. Every host but the
local server resolves to nothing, so the audit cannot leak a request — and the
performance log records any request a page tries to make, which is then a problem.
"""
from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlsplit

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium_axe_python import Axe

from .report import Problem

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

REFLOW_SCRIPT = """
// clientWidth is the layout viewport; innerWidth would grow when mobile Chrome zooms out to fit.
const width = document.documentElement.clientWidth;
if (document.documentElement.scrollWidth <= width) return [];
function scrollsItself(element) {
  for (let e = element.parentElement; e; e = e.parentElement) {
    const overflow = getComputedStyle(e).overflowX;
    if (overflow === 'auto' || overflow === 'scroll' || overflow === 'hidden') return true;
  }
  return false;
}
const wide = [];
for (const e of document.body.querySelectorAll('*')) {
  const box = e.getBoundingClientRect();
  if (box.right > width + 1 && !scrollsItself(e)) {
    wide.push(e.outerHTML.slice(0, 120) + ' (right edge ' + Math.round(box.right) + ' px)');
  }
}
return wide.slice(-5).length ? wide.slice(-5) : ['<html> scrollWidth ' + document.documentElement.scrollWidth];
"""

FOCUS_SCRIPT = """
const props = ['outlineStyle', 'outlineWidth', 'outlineColor', 'boxShadow', 'backgroundColor', 'color', 'textDecorationLine', 'borderBottomColor'];
const invisible = [];
const elements = Array.from(document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])'));
for (const e of elements.slice(0, 25)) {
  if (document.activeElement && document.activeElement.blur) document.activeElement.blur();
  const before = getComputedStyle(e);
  const b = props.map(p => before[p]);
  e.focus({preventScroll: true});
  if (document.activeElement !== e) continue;
  const after = getComputedStyle(e);
  const a = props.map(p => after[p]);
  const outline = after.outlineStyle !== 'none' && parseFloat(after.outlineWidth) > 0;
  const changed = a.some((v, i) => v !== b[i]);
  if (!changed || (!outline && after.boxShadow === 'none' && a[4] === b[4] && a[5] === b[5])) {
    invisible.push(e.outerHTML.slice(0, 120));
  }
  e.blur();
}
return invisible;
"""


class Browser:
    """A headless Chromium that only reaches 127.0.0.1."""

    def __init__(self):
        options = webdriver.ChromeOptions()
        options.binary_location = "/usr/bin/chromium"
        for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                         "--hide-scrollbars", "--disable-extensions", "--no-first-run",
                         "--disable-background-networking", "--disable-component-update",
                         "--disable-default-apps", "--disable-sync", "--metrics-recording-only",
                         "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1"]:
            options.add_argument(argument)
        options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
        self.driver = webdriver.Chrome(options=options, service=Service("/usr/bin/chromedriver"))
        self.driver.set_page_load_timeout(30)
        self.driver.set_script_timeout(60)

    def close(self) -> None:
        self.driver.quit()

    def viewport(self, width: int, height: int = 900) -> None:
        self.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                    {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})

    def load(self, url: str) -> list[str]:
        """Opens `url` and returns every URL the page asked for."""
        self.driver.get_log("performance")
        self.driver.get(url)
        requested = []
        for entry in self.driver.get_log("performance"):
            message = json.loads(entry["message"])["message"]
            if message.get("method") == "Network.requestWillBeSent":
                requested.append(message["params"]["request"]["url"])
        return requested


def audit_page(browser: Browser, origin: str, page: str, url_path: str) -> list[Problem]:
    """axe, focus and third-party requests at 1280 px; reflow at 320 px."""
    problems: list[Problem] = []
    url = f"{origin}/{url_path}"
    browser.viewport(1280)
    for requested in browser.load(url):
        host = urlsplit(requested).hostname
        if requested.startswith(("data:", "blob:", "about:")) or host == "127.0.0.1":
            continue
        problems.append(Problem(page, "privacy:third-party-request", requested,
                                f"the page asks another host for {requested}",
                                "serve every file from the site itself: no CDNs, web fonts or analytics"))
    axe = Axe(browser.driver)
    axe.inject()
    results = axe.run(options={"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]})
    for violation in results["violations"]:
        for node in violation["nodes"]:
            problems.append(Problem(page, f"axe:{violation['id']}", " ".join(map(str, node.get("target", []))),
                                    violation["help"], node.get("failureSummary", "").replace("\n", " ")[:300]
                                    + f" ({violation['helpUrl'].split('?')[0]})"))
    for element in browser.driver.execute_script(FOCUS_SCRIPT):
        problems.append(Problem(page, "basics:visible-focus", element, "focus is not visible on this element",
                                "give :focus an outline (e.g. outline: 3px solid) that differs from the resting state"))
    browser.viewport(320)
    browser.driver.get(url)
    for element in browser.driver.execute_script(REFLOW_SCRIPT):
        problems.append(Problem(page, "reflow:320px", element, "the page scrolls sideways at 320 CSS px (WCAG 1.4.10)",
                                "let the element wrap (overflow-wrap: anywhere) or scroll inside its own region"))
    return problems


def screenshot(browser: Browser, origin: str, url_path: str, width: int, file: Path) -> None:
    """A full-height PNG at `width` CSS px."""
    browser.viewport(width)
    browser.driver.get(f"{origin}/{url_path}")
    height = browser.driver.execute_script("return Math.ceil(document.documentElement.scrollHeight)")
    browser.viewport(width, min(max(int(height), 600), 12000))
    browser.driver.get_screenshot_as_file(str(file))
