"""A coverage-guided fuzzing harness (atheris) for ``factlib.extract``.

Run by hand for as long as you like (``pip install atheris``):

    python fuzz/fuzz_extract.py -atheris_runs=1000000

It checks, for any input, what the property tests check: no exception, valid
offsets (``text == input[start:end]``), facts that do not overlap, claims that
point at facts. A short run is part of the test suite (tests/test_fuzz.py).
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    import factlib
    import factlib.claims
    import factlib.dates
    import factlib.normalization
    import factlib.number_grammar
    import factlib.numbers
    import factlib.pipeline
    import factlib.quantities


def check(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    text = (
        fdp.ConsumeUnicodeNoSurrogates(fdp.remaining_bytes())
        if fdp.ConsumeBool()
        else data.decode("utf-8", "replace")
    )
    doc = factlib.extract(text, reference_date="2025-12-19")
    end = -1
    for f in doc.facts:
        assert 0 <= f.start <= f.end <= len(text) and text[f.start : f.end] == f.text
        assert f.start >= end, "facts overlap"
        end = f.end
    for c in doc.claims:
        assert 0 <= c.fact < len(doc.facts)
        assert c.time is None or doc.facts[c.time].kind == "date"


def main() -> None:
    atheris.Setup(sys.argv, check)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
