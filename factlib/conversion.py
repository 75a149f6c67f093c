"""Unit conversion for measure facts, with pint behind it.

pint's ``ton`` is the short ton and its ``barrel`` is not the oil barrel, so the
units lexicon names, for every canonical symbol, the pint expression it means
(``t`` → ``metric_ton``, ``bbl`` → ``oil_barrel``), or a factor to an SI unit for
the units pint lacks (``feddan`` = 4200.83 m², ``dunam`` = 1000 m²). pint is
imported on the first conversion only.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from factlib.lexicon import load

__all__ = ["convert"]


@lru_cache(maxsize=1)
def _registry() -> Any:
    try:
        import pint
    except ImportError as exc:  # pragma: no cover - pint is a dependency
        raise ImportError("unit conversion needs pint: pip install pint") from exc
    return pint.UnitRegistry()


@lru_cache(maxsize=1)
def _expressions() -> dict[str, tuple[str, float]]:
    """Canonical symbol -> (pint expression, factor to it)."""
    out: dict[str, tuple[str, float]] = {}
    for u in load("units")["units"]:
        if u.get("pint"):
            out[u["symbol"]] = (u["pint"], 1.0)
        elif u.get("si_factor"):
            out[u["symbol"]] = (u["si_unit"], float(u["si_factor"]))
    return out


def _quantity(value: float, symbol: str) -> Any:
    ureg = _registry()
    expr, factor = _expressions().get(symbol, (symbol, 1.0))
    if expr in ("degree_Celsius", "degree_Fahrenheit"):
        return ureg.Quantity(value, getattr(ureg, expr))
    return ureg.Quantity(value * factor, ureg(expr).units)


def convert(value: float, unit: str, to: str) -> float:
    """``value`` in ``unit`` (a canonical symbol) expressed in ``to`` (a symbol or pint unit).

    >>> round(convert(3, "t", "kg"))
    3000
    >>> round(convert(1, "feddan", "m2"), 2)
    4200.83
    """
    q = _quantity(value, unit)
    expr, factor = _expressions().get(to, (to, 1.0))
    ureg = _registry()
    if expr in ("degree_Celsius", "degree_Fahrenheit"):
        return float(q.to(getattr(ureg, expr)).magnitude)
    return float(q.to(ureg(expr).units).magnitude) / factor
