"""Time must grow linearly in the input: one document of 100 articles against the
same ×10, and adversarial inputs that must show no super-linear blow-up."""

from __future__ import annotations

import time
from typing import Any

import factlib


def _seconds(text: str) -> float:
    t = time.perf_counter()
    factlib.extract(text)
    return time.perf_counter() - t


def test_linear_in_document_size(
    benchmark: Any, corpus: tuple[str, list[tuple[str, str | None]]]
) -> None:
    one = "\n".join(t for t, _ in corpus[1][:100])
    ten = "\n".join([one] * 10)
    # best of several on each side, the small one measured before and after: on a shared
    # machine one round of each gave anything from 10.3x to 16x for the same code
    small = min(_seconds(one) for _ in range(3))
    benchmark.pedantic(lambda: factlib.extract(ten), rounds=3, iterations=1)
    small = min(small, *(_seconds(one) for _ in range(3)))
    ratio = benchmark.stats.stats.min / small
    benchmark.extra_info["ratio_x10"] = round(ratio, 2)
    print(f"\n  ×10 input took {ratio:.1f}× the time (linear is 10)")


ADVERSARIAL = {
    "a megabyte of digits and separators": ("1,2.3٫4 5/6-" * 90_000)[:1_000_000],
    "number words repeated": "ثلاثة وعشرون ألفا ومائتان " * 20_000,
    "one long line without punctuation": "قال الوزير إن الصادرات بلغت 5 مليارات دولار في عام 2024 و"
    * 10_000,
    "months and years": "يناير 2024 فبراير 2025 " * 20_000,
}


def test_adversarial_inputs(benchmark: Any) -> None:
    rates = {}
    for name, text in ADVERSARIAL.items():
        half = text[: len(text) // 2]
        t_half = min(_seconds(half) for _ in range(2))  # best of two: a megabyte is slow
        t_full = min(_seconds(text) for _ in range(2))
        rates[name] = round(t_full / max(t_half, 1e-9), 2)
        print(f"\n  {name}: 2× input took {rates[name]}× the time")
    benchmark.extra_info["ratios_x2"] = rates
    benchmark.pedantic(lambda: None, rounds=1, iterations=1)
