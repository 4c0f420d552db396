"""Printing on A4 landscape: paper does not scroll, so nothing may stick out or be scrolled away.

The page is laid out with print media emulated (DevTools `Emulation.setEmulatedMedia`) at the
printable width of A4 landscape with 12 mm margins: 297 − 2 × 12 = 273 mm ≈ 1032 CSS px. Any
element whose right edge passes that width is cut off on paper, and so is whatever an element
with overflow other than visible (a scrolling table region) holds beyond its own width.

The same pages are also printed to PDF (A4 landscape), and every sheet must carry some text:
a trailing margin or padding that spills over makes a blank last sheet, which a reader pays
for and wonders about (print:blank-page, with poppler-utils' `pdftotext`).

For people to look at, the first compare page and the first side-by-side page are also
printed to PDF (A4 landscape), and page 1 of each is turned into a PNG when `pdftoppm`
(poppler-utils) is installed.
"""
from __future__ import annotations

import base64
import shutil
import subprocess
import tempfile
from pathlib import Path

from selenium.webdriver.common.print_page_options import PrintOptions

from .report import Problem

A4_LANDSCAPE_MM = (297, 210)
MARGIN_MM = 12
PRINT_WIDTH = round((A4_LANDSCAPE_MM[0] - 2 * MARGIN_MM) / 25.4 * 96)  # 1032 CSS px

PRINT_SCRIPT = r"""
const width = arguments[0];
const describe = e => {
  const id = e.id ? '#' + e.id : '';
  const classes = typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\s+/).join('.') : '';
  const text = (e.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 50);
  return e.tagName.toLowerCase() + id + classes + (text ? ' “' + text + '”' : '');
};
const clips = e => getComputedStyle(e).overflowX !== 'visible';
const clipped = [], wide = [];
for (const e of document.body.querySelectorAll('*')) {
  if (!e.getClientRects().length) continue;  // not printed (display: none)
  // A visually hidden text (1 px, overflow hidden) is meant to be clipped.
  if (clips(e) && e.clientWidth > 1 && e.scrollWidth > e.clientWidth + 1) {
    clipped.push(describe(e) + ': holds ' + e.scrollWidth + ' px in ' + e.clientWidth + ' px, the rest is cut off on paper');
    continue;
  }
  const right = e.getBoundingClientRect().right;
  if (right <= width + 1) continue;
  // Report the outermost element that sticks out, not each of its descendants; and not what a clipping box already holds.
  let inside = false;
  for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
    if (clips(a) || a.getBoundingClientRect().right > width + 1) { inside = true; break; }
  }
  if (!inside) wide.push(describe(e) + ': right edge at ' + Math.round(right) + ' px');
}
return {clipped: clipped.slice(0, 5), wide: wide.slice(0, 5), more: Math.max(0, clipped.length - 5) + Math.max(0, wide.length - 5)};
"""


def print_pages(pages: list[str]) -> list[str]:
    """Compare base pages, side-by-side pages and the first three provider pages."""
    compare = [p for p in pages if p.startswith("jamfor/") and len(p.split("/")) == 3 and p.endswith("/index.html")]
    side = [p for p in pages if p.startswith("jamfor/") and p.endswith("/sida-vid-sida/index.html") and len(p.split("/")) == 4]
    providers = [p for p in pages if p.startswith("anordnare/") and len(p.split("/")) == 3 and p.endswith("/index.html")]
    return compare + side + providers[:3]


def check_print(browser, origin: str, pages: list[str]) -> list[Problem]:
    """print:a4 for each page: nothing sticks out of, or is scrolled away within, 1032 CSS px of print layout."""
    driver = browser.driver
    problems: list[Problem] = []
    browser.viewport(PRINT_WIDTH)
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        for page in print_pages(pages):
            driver.get(f"{origin}/{page[: -len('index.html')]}")
            found = driver.execute_script(PRINT_SCRIPT, PRINT_WIDTH)
            for element in found["clipped"]:
                problems.append(Problem(page, "print:a4", element,
                                        "printed on A4 landscape, part of this box's content is cut off: paper does not scroll",
                                        "in @media print give the region overflow: visible and let the table fit "
                                        "(no min-width, smaller type, wrapping cells)"))
            for element in found["wide"]:
                problems.append(Problem(page, "print:a4", element,
                                        f"printed on A4 landscape this sticks out past the printable width ({PRINT_WIDTH} CSS px) and is cut off",
                                        "in @media print let it wrap or shrink: no fixed or minimum width wider than the page"))
            if found["more"]:
                problems.append(Problem(page, "print:a4", f"{found['more']} more",
                                        f"{found['more']} more elements are cut off when printed", ""))
    finally:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
        browser.viewport(1280)
    if shutil.which("pdftotext"):
        for page in print_pages(pages):
            driver.get(f"{origin}/{page[: -len('index.html')]}")
            for sheet in blank_sheets(base64.b64decode(driver.print_page(a4_landscape()))):
                problems.append(Problem(page, "print:blank-page", f"sheet {sheet}",
                                        "printed on A4 landscape, this sheet is blank",
                                        "in @media print remove the bottom margin or padding that spills onto it "
                                        "(main's padding-bottom, a last element's margin)"))
    return problems


def a4_landscape() -> PrintOptions:
    """A4 landscape with the margins the checks assume, backgrounds printed."""
    options = PrintOptions()
    options.orientation = "landscape"
    options.page_width = 21.0  # cm, given for portrait; landscape turns the page
    options.page_height = 29.7
    options.margin_top = options.margin_bottom = options.margin_left = options.margin_right = MARGIN_MM / 10
    options.background = True
    return options


def blank_sheets(pdf: bytes) -> list[int]:
    """The numbers (from 1) of the sheets of `pdf` that hold no text."""
    with tempfile.NamedTemporaryFile(suffix=".pdf") as file:
        file.write(pdf)
        file.flush()
        text = subprocess.run(["pdftotext", "-layout", file.name, "-"], check=True, capture_output=True,
                              timeout=60).stdout.decode("utf-8", "replace")
    sheets = text.split("\f")
    if sheets and not sheets[-1].strip():
        sheets = sheets[:-1]  # pdftotext ends every sheet with a form feed
    return [number for number, sheet in enumerate(sheets, start=1) if not sheet.strip()]


def save_pdf(browser, origin: str, page: str, file: Path) -> None:
    """The page printed on A4 landscape with 12 mm margins, and page 1 as PNG if pdftoppm is there."""
    driver = browser.driver
    browser.viewport(1280)
    driver.get(f"{origin}/{page[: -len('index.html')]}")
    file.write_bytes(base64.b64decode(driver.print_page(a4_landscape())))
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm:
        subprocess.run([pdftoppm, "-png", "-r", "60", "-singlefile", "-f", "1", "-l", "1", str(file), str(file.with_suffix(""))],
                       check=True, capture_output=True, timeout=60)


def print_previews(browser, origin: str, pages: list[str], artifacts: Path) -> None:
    """compare-print.pdf and side-by-side-print.pdf (and .png) for people to look at."""
    chosen = print_pages(pages)
    compare = [p for p in chosen if len(p.split("/")) == 3 and p.startswith("jamfor/")]
    side = [p for p in chosen if p.endswith("/sida-vid-sida/index.html")]
    if compare:
        save_pdf(browser, origin, compare[0], artifacts / "compare-print.pdf")
    if side:
        save_pdf(browser, origin, side[0], artifacts / "side-by-side-print.pdf")
