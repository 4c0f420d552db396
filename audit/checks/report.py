"""A problem found on a page, and how the audit prints them."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    """One thing to fix: where (page), which rule, which element, and what to do."""

    page: str
    rule: str
    element: str
    message: str
    hint: str = ""


def format_report(problems: list[Problem], pages: int) -> str:
    """Problems grouped by page, then a summary line the CI log ends with."""
    lines: list[str] = []
    by_page: dict[str, list[Problem]] = defaultdict(list)
    for problem in sorted(set(problems)):
        by_page[problem.page].append(problem)
    for page, found in by_page.items():
        lines.append(page)
        for problem in found:
            lines.append(f"  [{problem.rule}] {problem.message}")
            if problem.element:
                lines.append(f"      element: {problem.element[:200]}")
            if problem.hint:
                lines.append(f"      fix: {problem.hint}")
    count = len(set(problems))
    lines.append(f"audit: {pages} pages, {count} problem{'s' if count != 1 else ''}")
    return "\n".join(lines)
