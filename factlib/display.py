"""HTML for Jupyter: the text right to left, each fact highlighted by kind, claims as a table.

``Extraction._repr_html_`` and ``Fact._repr_html_`` call these. The markup is
plain HTML with inline styles (no scripts), so it renders the same in JupyterLab,
in a static nbconvert page and in the docs; the value shows on hover (``title``).
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factlib.results import Extraction, Fact

__all__ = ["COLORS", "extraction_html", "fact_html"]

COLORS = {
    "number": "#e8e8e8",
    "ordinal": "#eadcf8",
    "percent": "#d6ecff",
    "money": "#d4f5d4",
    "measure": "#fff0c2",
    "count": "#ffe0cc",
    "date": "#f9d2e5",
    "duration": "#dff3f0",
}


def value_text(f: Fact, to: str = " … ") -> str:
    """A fact's value as people read it: a date's first and last day, a range's two ends
    (joined by ``to``), else the value; the one rendering the notebook and the CLI share."""
    if f.date is not None:
        d = f.date
        return "relative, no reference date" if d.start is None else f"{d.start}{to}{d.end}"
    if f.low is not None or f.high is not None:
        return f"{f.low}{to}{f.high}"
    return "" if f.value is None else f"{f.value}"


def _describe(f: Fact) -> str:
    if f.date is not None:
        return f"{f.kind}: {value_text(f)} ({f.date.grain}, {f.date.calendar})"
    value = value_text(f)
    unit = f" {f.unit}" if f.unit else ""
    bound = "" if f.bound in ("exact", "range") else f" [{f.bound}]"
    return f"{f.kind}: {value}{unit}{bound}"


def fact_html(f: Fact) -> str:
    """One fact as a highlighted span whose title says its value."""
    color = COLORS.get(f.kind, "#eeeeee")
    return (
        f'<mark class="factlib-fact factlib-{f.kind}" data-id="{f.id}" data-kind="{f.kind}" '
        f'title="{html.escape(_describe(f))}" style="background:{color};border-radius:3px;padding:0 2px">'
        f"{html.escape(f.text)}</mark>"
    )


def extraction_html(doc: Extraction) -> str:
    """The whole text with its facts highlighted, a legend, and the claims table."""
    parts: list[str] = []
    pos = 0
    for f in sorted(doc.facts, key=lambda f: f.start):
        if f.start < pos:
            continue
        parts.append(html.escape(doc.text[pos : f.start]))
        parts.append(fact_html(f))
        pos = f.end
    parts.append(html.escape(doc.text[pos:]))
    body = "".join(parts).replace("\n", "<br>")
    kinds = sorted({f.kind for f in doc.facts})
    legend = " ".join(
        f'<span style="background:{COLORS.get(k, "#eee")};padding:0 4px;border-radius:3px">{k}</span>'
        for k in kinds
    )
    out = [
        '<div class="factlib-extraction">',
        f'<div class="factlib-legend" style="font-size:smaller;margin-bottom:4px">'
        f"{len(doc.facts)} facts, {len(doc.claims)} claims {legend}</div>",
        f'<div class="factlib-text" dir="rtl" lang="ar" style="text-align:right;line-height:1.9;'
        f'font-size:1.05em">{body}</div>',
    ]
    if doc.claims:
        head = "".join(
            f"<th>{h}</th>"
            for h in ("fact", "figure", "metric", "speaker", "cue", "source", "time", "trend")
        )
        rows = []
        for c in doc.claims:
            fact = doc.facts[c.fact]
            time = "" if c.time is None else doc.facts[c.time].text
            cells = [str(c.fact), fact.text, c.metric, c.speaker, c.cue, c.source, time, c.trend]
            rows.append(
                "<tr>" + "".join(f"<td>{html.escape(x or '')}</td>" for x in cells) + "</tr>"
            )
        out.append(
            '<table class="factlib-claims" dir="rtl" lang="ar" style="margin-top:8px">'
            f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
        )
    out.append("</div>")
    return "".join(out)
