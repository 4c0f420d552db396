"""A small read-only view of an HTML page, from Python's own parser (no dependencies)."""
from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

FOCUSABLE = {"a", "button", "input", "select", "textarea", "summary"}


@dataclass
class Element:
    tag: str
    attrs: dict[str, str]
    line: int
    inside_main: bool

    def snippet(self) -> str:
        attrs = " ".join(f'{k}="{v}"' for k, v in self.attrs.items())
        return f"<{self.tag}{' ' + attrs if attrs else ''}> (line {self.line})"


@dataclass
class Document:
    lang: str | None = None
    title: str | None = None
    h1_count: int = 0
    main_id: str | None = None
    ids: set[str] = field(default_factory=set)
    elements: list[Element] = field(default_factory=list)
    viewport: str | None = None

    @property
    def focusable(self) -> list[Element]:
        return [e for e in self.elements
                if (e.tag == "a" and "href" in e.attrs) or (e.tag in FOCUSABLE - {"a"})
                or ("tabindex" in e.attrs and e.attrs["tabindex"] != "-1")]


class _Parser(HTMLParser):
    def __init__(self, document: Document):
        super().__init__(convert_charrefs=True)
        self.document = document
        self.in_title = False
        self.main_depth = 0
        self.title_parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        values = {k: (v or "") for k, v in attrs}
        doc = self.document
        if tag == "html" and "lang" in values:
            doc.lang = values["lang"]
        if tag == "title":
            self.in_title = True
        if tag == "h1":
            doc.h1_count += 1
        if tag == "main":
            self.main_depth += 1
            doc.main_id = values.get("id")
        if tag == "meta" and values.get("name", "").lower() == "viewport":
            doc.viewport = values.get("content", "")
        if "id" in values:
            doc.ids.add(values["id"])
        if tag == "a" and "name" in values:
            doc.ids.add(values["name"])
        doc.elements.append(Element(tag, values, self.getpos()[0], self.main_depth > 0))

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
            self.document.title = "".join(self.title_parts).strip()
        if tag == "main" and self.main_depth:
            self.main_depth -= 1

    def handle_data(self, data):
        if self.in_title:
            self.title_parts.append(data)


def parse(text: str) -> Document:
    document = Document()
    _Parser(document).feed(text)
    return document
