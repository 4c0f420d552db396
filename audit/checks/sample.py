"""Which pages the browser must load so that every element of the site is seen there.

The compare pages' pre-rendered states (a sort order, a filter, both) are the same rows,
headings and controls in another order or subset; loading all ~350 in Chromium is most of
the audit's time and tells nothing the first few did not. The sample is sound in this
sense: every element of every page — its tag, its role, class, id and ARIA attributes,
its own text and the tags of the three elements around it — occurs on a page that is
audited, and so does every page's outline (the order of its headings and landmarks with
their names). A page with anything new is audited. `<head>` is left out: each page's
title is unique by rule and is checked on every page by `basics:*`; the Nu checker and
the link checker still read every page.
"""
from __future__ import annotations

from pathlib import Path

from .tree import Node, build, normalise

# What a browser check can see of an element besides its tag and text: the attributes that
# change its role, name, state or styling. `href`, `data-*` and `value` vary per state
# without changing how the element is drawn or announced.
KEPT = {"class", "role", "id", "type", "name", "scope", "colspan", "rowspan", "lang", "dir", "hidden", "open",
        "tabindex", "for", "alt", "title", "headers", "disabled", "checked", "selected", "datetime", "src", "srcset"}
OUTLINE = {"h1", "h2", "h3", "h4", "h5", "h6", "main", "nav", "header", "footer", "aside", "section", "form",
           "table", "caption", "details"}


def element_signature(node: Node) -> tuple:
    attrs = tuple(sorted((k, v) for k, v in node.attrs.items() if k in KEPT or k.startswith("aria-")))
    own_text = normalise("".join(child for child in node.children if isinstance(child, str)))
    around = tuple(ancestor.tag for ancestor in list(node.ancestors())[:3])
    return ("element", node.tag, attrs, own_text, around)


def signatures(text: str) -> set[tuple]:
    """Everything of one page the sample must cover."""
    root = build(text)
    body = [node for node in root.iter() if node.tag == "body"]
    if not body:
        return {("page", text)}
    found = {element_signature(node) for node in body[0].iter()}
    outline = tuple((node.tag, node.attrs.get("aria-label", ""), node.attrs.get("id", ""))
                    for node in body[0].iter() if node.tag in OUTLINE)
    found.add(("outline", outline))
    return found


def covering_sample(site: Path, pages: list[str], always: set[str] = frozenset()) -> list[str]:
    """Pages whose elements together cover every page's, chosen greedily (most new first),
    starting from `always`; in site order."""
    found = {page: signatures((site / page).read_text(encoding="utf-8")) for page in pages}
    chosen = [page for page in pages if page in always]
    uncovered = set().union(*found.values()) if found else set()
    for page in chosen:
        uncovered -= found[page]
    while uncovered:
        best = max(pages, key=lambda page: (len(found[page] & uncovered), -pages.index(page)))
        chosen.append(best)
        uncovered -= found[best]
    return sorted(set(chosen), key=pages.index)
