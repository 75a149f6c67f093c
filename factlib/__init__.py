"""factlib: the facts out of Arabic text, as data.

>>> import factlib
>>> factlib.parse_number("ثلاثمائة وأربعون")
340

Everything is imported on first use, so ``import factlib`` stays cheap.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS = {
    "extract": "factlib.pipeline",
    "parse_number": "factlib.numbers",
    "parse_date": "factlib.dates",
    "normalize": "factlib.normalization",
    "Normalized": "factlib.normalization",
    "Extraction": "factlib.results",
    "Fact": "factlib.results",
    "Claim": "factlib.results",
    "DateValue": "factlib.results",
    "extract_many": "factlib.batch",
    "facts_frame": "factlib.batch",
}

__all__ = [
    "Claim",
    "DateValue",
    "Extraction",
    "Fact",
    "Normalized",
    "__version__",
    "extract",
    "extract_many",
    "facts_frame",
    "normalize",
    "parse_date",
    "parse_number",
]

if TYPE_CHECKING:
    from factlib.batch import extract_many, facts_frame
    from factlib.dates import parse_date
    from factlib.normalization import Normalized, normalize
    from factlib.numbers import parse_number
    from factlib.pipeline import extract
    from factlib.results import Claim, DateValue, Extraction, Fact


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'factlib' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_EXPORTS])
