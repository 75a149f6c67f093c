"""The Jupyter HTML: right to left, every fact highlighted with its value, claims as a table."""

from __future__ import annotations

from html.parser import HTMLParser

import factlib
from tests.test_api import ARTICLE


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.marks: list[dict[str, str | None]] = []
        self.texts: list[str] = []
        self.rtl = False
        self.rows = 0
        self._in_mark = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "mark":
            self.marks.append(a)
            self._in_mark = True
        if a.get("dir") == "rtl":
            self.rtl = True
        if tag == "tr":
            self.rows += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark":
            self._in_mark = False

    def handle_data(self, data: str) -> None:
        if self._in_mark:
            self.texts.append(data)


def test_extraction_html_structure() -> None:
    doc = factlib.extract(ARTICLE, reference_date="2025-12-19")
    p = _Collect()
    p.feed(doc._repr_html_())
    assert p.rtl
    assert len(p.marks) == len(doc.facts)
    assert p.texts == [f.text for f in doc.facts]
    assert [m["data-kind"] for m in p.marks] == [f.kind for f in doc.facts]
    money = p.marks[[f.kind for f in doc.facts].index("money")]
    assert (
        money["title"] is not None
        and "15000000000 USD" in money["title"]
        and "gt" in money["title"]
    )
    assert p.rows == len(doc.claims) + 1  # header and one row per claim


def test_html_escapes_the_text() -> None:
    doc = factlib.extract("<b>5 دول</b> & 3%")
    assert "<b>" not in doc._repr_html_() and "&amp;" in doc._repr_html_()
    assert doc.facts[0]._repr_html_().startswith("<mark")
