"""Audits a built site like an inspector: every page, in a real browser and by validators.

    audit/.venv/bin/python audit/audit.py SITE_DIR --artifacts DIR

Exits 1 with a report (page, rule, element, what to do) when anything fails.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from checks.basics import check_basics  # noqa: E402
from checks.calendar import check_calendars  # noqa: E402
from checks.htmldoc import parse  # noqa: E402
from checks.links import check_links  # noqa: E402
from checks.nu import check_html  # noqa: E402
from checks.report import Problem, format_report  # noqa: E402
from checks.sample import covering_sample  # noqa: E402
from checks.site import LocalServer, html_pages, page_url_path  # noqa: E402


def screenshot_pages(pages: list[str]) -> dict[str, str]:
    """The home page, a comparison page, a provider page and the calendar, by name."""
    chosen = {"home": "index.html"}
    compare = [p for p in pages if p.startswith("jamfor/") and p.count("/") == 2]
    chosen["compare"] = compare[0] if compare else "anordnare/index.html"
    providers = [p for p in pages if p.startswith("anordnare/") and p.count("/") == 2]
    if providers:
        chosen["provider"] = providers[0]
    chosen["calendar"] = "kalender/index.html"
    return {name: page for name, page in chosen.items() if page in pages}


def audit(site: Path, artifacts: Path | None, browser_checks: bool = True) -> tuple[list[Problem], int, list[str]]:
    pages = html_pages(site)
    documents = {page: parse((site / page).read_text(encoding="utf-8")) for page in pages}
    problems = check_basics(documents) + check_links(site, documents) + check_calendars(site)
    nu_problems, warnings = check_html(site)
    problems += nu_problems
    if browser_checks:
        from checks.browser import Browser, audit_page, screenshot
        from checks.compare import check_compare
        from checks.printing import check_print, print_previews

        browser = Browser()
        try:
            sample = covering_sample(site, pages, always={"index.html", "404.html"})
            print(f"audit: axe, reflow, focus and requests in Chromium on {len(sample)} of {len(pages)} pages; "
                  "every element of the rest occurs on one of them (checks/sample.py)")
            with LocalServer(site) as server:
                for page in sample:
                    url_path = page if page == "404.html" else page_url_path(page)
                    problems += audit_page(browser, server.origin, page, url_path)
                if artifacts is not None:
                    artifacts.mkdir(parents=True, exist_ok=True)
                timed = time.monotonic()
                problems += check_compare(browser, server.origin, site, pages, artifacts)
                problems += check_print(browser, server.origin, pages)
                if artifacts is not None:
                    print_previews(browser, server.origin, pages, artifacts)
                print(f"audit: compare and print checks took {time.monotonic() - timed:.1f} s")
                if artifacts is not None:
                    for name, page in screenshot_pages(pages).items():
                        for width in (320, 1280):
                            screenshot(browser, server.origin, page_url_path(page), width, artifacts / f"{name}-{width}.png")
        finally:
            browser.close()
    return problems, len(pages), warnings


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("site", type=Path)
    parser.add_argument("--artifacts", type=Path, help="where screenshots and the report are written")
    arguments = parser.parse_args()
    started = time.monotonic()
    problems, pages, warnings = audit(arguments.site.resolve(), arguments.artifacts)
    for warning in warnings:
        print(f"note (Nu warning): {warning}")
    report = format_report(problems, pages)
    if arguments.artifacts:
        arguments.artifacts.mkdir(parents=True, exist_ok=True)
        (arguments.artifacts / "report.txt").write_text(report + "\n", encoding="utf-8")
    print(report)
    print(f"audit took {time.monotonic() - started:.1f} s")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
