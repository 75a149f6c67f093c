"""One pass over the folded text for the word-led patterns of every finder.

The number finder (number words), the date finder (months, relative days and
periods, weekdays, time units, bare parts of a period, decades, holidays, last
quarters), the claim finder
(reporting verbs, source markers) and the quantity finder (currency duals, named
groups) each scan the whole text with patterns that open at a word start. On the standard engine each such scan costs
about 27 ms on the 2.2 MB corpus before it looks for anything, so they run as
one :class:`factlib.patterns.WordScan`; each finder reads its patterns' matches
by name, exactly as ``finditer`` would give them. The same pass finds where the
date patterns read on the masked text (number mentions written over) may start;
:func:`scan_masked` matches them there once the numbers are known.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

from factlib.patterns import WordScan

__all__ = ["Found", "scan_masked", "scan_text"]

Found = dict[str, list[re.Match[str]]]

# the date patterns read on the whole (unmasked) text
DATE_PATTERNS = (
    "month",
    "relative_day",
    "relative_period",
    "weekday",
    "unit_alone",
    "part_bare",
    "decade",
    "holiday",
    "quarter_last",
    "same_period",
)
CLAIM_PATTERNS = ("cue", "source")


# the date patterns read on the masked text (numbers written over with # or ~): where they
# may start is found by the text scan (MASKED_STARTS), and they are matched there later
MASKED_PATTERNS = ("ago", "season", "clock", "century", "quarter", "year_pair")
MASKED_STARTS = "date:masked_starts"
MASKS = "#~"  # what the date finder writes over number and percent mentions with

_built: dict[str, tuple[tuple[object, ...], WordScan]] = {}  # each scan, and its tables


def _kept(name: str, tables: tuple[object, ...], make: Callable[[], WordScan]) -> WordScan:
    """The scan ``name``, made again when a lexicon table it reads was rebuilt (a notebook
    that patches a lexicon clears the cache of that table, and nothing more)."""
    built = _built.get(name)
    if built is None or not all(map(operator.is_, built[0], tables)):  # in C: 0.2 µs, not 0.9
        built = (tables, make())
        _built[name] = built
    return built[1]


@lru_cache(maxsize=1)
def _table_makers() -> tuple[Callable[[], Any], ...]:
    """The functions that build the lexicon tables the scans read. Imported here, late,
    as their modules import this one; and once, as an import statement costs 2.5 µs a
    call, more than a short text's scan."""
    from factlib.claims import _words as claim_words
    from factlib.date_words import date_words
    from factlib.numbers import _patterns as number_patterns
    from factlib.quantity_words import quantity_words

    return number_patterns, date_words, claim_words, quantity_words


def _scan() -> WordScan:
    """The one scan of the folded text (and of where the masked-text patterns may start)."""
    number_patterns, date_words, claim_words, quantity_words = _table_makers()
    numbers, dates, claims, quantities = tables = (
        number_patterns(),
        date_words().p,
        claim_words().p,
        quantity_words().p,
    )
    return _kept(
        "text",
        tables,
        lambda: WordScan(
            {
                "number:word": numbers["word"],
                **{f"date:{name}": dates[name] for name in DATE_PATTERNS},
                **{f"claim:{name}": claims[name] for name in CLAIM_PATTERNS},
                "quantity:currency_dual": quantities["currency_dual"],
                "quantity:unit_dual": quantities["unit_dual"],
                "quantity:group": quantities["group"],
                MASKED_STARTS: _masked_scan().starts_where(MASKS),
            }
        ),
    )


def _masked_scan() -> WordScan:
    """The patterns read on the date finder's masked text, matched at given starts."""
    _, date_words, _, _ = _table_makers()
    dates = date_words().p
    return _kept(
        "masked",
        (dates,),
        lambda: WordScan({f"date:{name}": dates[name] for name in MASKED_PATTERNS}),
    )


def scan_masked(masked: str, found: Found, mention_ends: Sequence[int] = ()) -> Found:
    """The matches of the masked-text date patterns (ago/later, seasons, clock times,
    centuries, quarters, year pairs) in the date finder's masked text, as ``finditer``
    gives them, from the text scan (``found``) of the text it masks.

    They are tried where the text scan says one may start (:meth:`WordScan.starts_where`)
    and at the end of each mention, where a mention that ends inside a word leaves a word
    start in the masked text only. A gate and a scan of the masked text of their own took
    1.9% more of ``extract``'s instructions than the wider text scan (31,762 starts on
    the corpus against 23,740, and 9,224 to try on the masked text)."""
    starts = [m.start() for m in found[MASKED_STARTS]]
    if mention_ends:
        starts = sorted({*starts, *mention_ends})
    return _masked_scan().run_at(masked, starts)


def scan_text(text: str) -> Found:
    """The matches of every pattern above in folded ``text``, by ``"date:month"``-style name."""
    return _scan().run(text)
