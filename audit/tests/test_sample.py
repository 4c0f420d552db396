"""The browser sample covers every element of every page, and leaves out only repeats."""
from __future__ import annotations

from conftest import page

from checks.sample import covering_sample

ROWS = "<table><caption>Jämförelse</caption><tbody>{}</tbody></table>"


def row(name: str) -> str:
    return f'<tr><th scope="row">{name}</th><td>45 %</td></tr>'


def test_a_state_with_the_same_rows_in_another_order_is_not_loaded(make_site):
    site = make_site({
        "jamfor/index.html": page("Jämför", "<h1>Jämför</h1>" + ROWS.format(row("Alfa") + row("Beta"))),
        "jamfor/sortera/index.html": page("Jämför, sorterat", "<h1>Jämför</h1>" + ROWS.format(row("Beta") + row("Alfa"))),
    })
    pages = ["jamfor/index.html", "jamfor/sortera/index.html"]
    assert covering_sample(site, pages) == ["jamfor/index.html"]


def test_a_state_with_anything_new_is_loaded(make_site):
    new = [
        "<h1>Jämför</h1>" + ROWS.format(row("Gamma")),  # a row no other page has
        "<h1>Jämför</h1>" + ROWS.format(row("Alfa")).replace("<th scope", '<th aria-sort="ascending" scope'),  # a state
        "<h1>Jämför</h1><p class=\"filter-state\">Visar 1 av 2</p>" + ROWS.format(row("Alfa")),  # a notice
        "<h2>Jämför</h2><h1>Först</h1>" + ROWS.format(row("Alfa")),  # the same elements, another outline
    ]
    for main in new:
        site = make_site({
            "jamfor/index.html": page("Jämför", "<h1>Jämför</h1><h1>Först</h1><h2>Jämför</h2>" + ROWS.format(row("Alfa"))),
            "jamfor/ny/index.html": page("Ny", main),
        })
        pages = ["jamfor/index.html", "jamfor/ny/index.html"]
        assert covering_sample(site, pages) == pages, main


def test_pages_named_always_are_loaded(make_site):
    site = make_site({"a/index.html": page("A", "<h1>A</h1>"), "b/index.html": page("B", "<h1>A</h1>")})
    assert covering_sample(site, ["a/index.html", "b/index.html"], always={"b/index.html"}) == ["b/index.html"]
