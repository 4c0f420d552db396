"""Fixtures: tiny sites written to a temporary folder, and one shared browser."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

STYLE = "a:focus { outline: 3px solid #000; } body { margin: 0; }"


def page(title: str, main: str, head: str = "", lang: str = "sv", skip: bool = True, body_end: str = "",
         viewport: str = "width=device-width, initial-scale=1", css: str = "style.css") -> str:
    """A page that passes every check unless a part is replaced."""
    skip_link = '<a href="#main">Hoppa till innehållet</a>' if skip else ""
    lang_attr = f' lang="{lang}"' if lang is not None else ""
    return (f'<!doctype html>\n<html{lang_attr}>\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="{viewport}">\n<title>{title}</title>\n'
            f'<link rel="stylesheet" href="{css}">\n{head}</head>\n<body>\n{skip_link}\n'
            f'<main id="main">\n{main}\n</main>\n{body_end}</body>\n</html>\n')


GOOD_MAIN = '<h1>Rubrik</h1>\n<p>Text och <a href="./">en länk</a>.</p>'


@pytest.fixture
def make_site(tmp_path):
    """Writes files (path → text) as a site and returns its folder."""
    def make(files: dict[str, str | bytes]) -> Path:
        site = tmp_path / "site"
        files = {"style.css": STYLE, **files}
        for name, content in files.items():
            path = site / name
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")
        return site
    return make


@pytest.fixture(scope="session")
def browser():
    from checks.browser import Browser

    instance = Browser()
    yield instance
    instance.close()
