"""Result types: frozen, slotted dataclasses whose ``to_dict()`` is the public contract.

The JSON shape is fixed by ``CONTRACT.md`` (schema ``factlib/1``); Python
objects may carry more, but ``to_dict()`` carries exactly the contract's names.

These are what users hold, so they are frozen. The finders' own mentions
(``NumberMention``, ``DateMention``, ``Quantity``, ``Parse``, ``ClaimInput``) are
slotted dataclasses that are never changed once made, but not frozen: a frozen
dataclass sets each field through ``object.__setattr__`` and costs five times as
much to build (0.77 against 0.16 µs for seven fields), and 40,000 of them are built
for 2 MB of news. The results themselves are frozen, and built through their slots
(:func:`_built_through_slots`): 0.9-1.6 µs for a fact, against 2.3-2.6 µs.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import MISSING, dataclass, field, fields, replace
from operator import attrgetter
from typing import Any, TypeVar

__all__ = ["SCHEMA", "Claim", "DateValue", "Extraction", "Fact"]

SCHEMA = "factlib/1"

Number = int | float

T = TypeVar("T")


def _pickled_by_fields(cls: type[T]) -> type[T]:
    """Pickle (and copy) instances as their class and their fields' values, in order.

    Why: a frozen, slotted dataclass pickles through ``__getstate__`` and a Python loop
    in ``__setstate__`` that sets each field; ``extract_many`` sends every result from
    a worker process, and on the 863 corpus articles that cost 62 ms to dump and 74 ms
    to load, the load in the one parent process. Built again through the constructor:
    26 and 42 ms.
    """
    values = attrgetter(*(f.name for f in fields(cls)))  # type: ignore[arg-type]

    def __reduce__(self: T) -> tuple[type[T], tuple[Any, ...]]:
        return cls, values(self)

    setattr(cls, "__reduce__", __reduce__)  # noqa: B010 - mypy refuses to assign a method
    return cls


def _built_through_slots(cls: type[T]) -> type[T]:
    """Give a frozen, slotted dataclass an ``__init__`` that sets each slot through its
    descriptor: the same parameters and defaults, the same frozen instance.

    Why: the ``__init__`` that dataclasses writes for a frozen class calls
    ``object.__setattr__(self, name, value)`` for every field, which looks the slot up by
    its name each time; here each slot's descriptor is found once, and the method is
    written the way dataclasses writes its own (source text, compiled once per class).
    Every fact, claim and date value is built so: 1.7% fewer instructions in
    ``extract`` over the corpus (1.1% from the facts alone). Setting a field afterwards still raises
    ``FrozenInstanceError``; a test holds each class to the constructor dataclasses wrote.
    """
    namespace: dict[str, Any] = {}
    params, body = [], []
    for f in fields(cls):  # type: ignore[arg-type]
        if f.default_factory is not MISSING or not f.init or f.kw_only:
            raise TypeError(f"{cls.__name__}.{f.name}: only plain fields are built through slots")
        namespace[f"_set_{f.name}"] = cls.__dict__[f.name].__set__
        if f.default is MISSING:
            params.append(f.name)
        else:
            namespace[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
        body.append(f"    _set_{f.name}(self, {f.name})")
    exec(f"def __init__(self, {', '.join(params)}):\n" + "\n".join(body), namespace)
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    setattr(cls, "__init__", init)  # noqa: B010 - mypy refuses to assign a method
    return cls


@_pickled_by_fields
@_built_through_slots
@dataclass(frozen=True, slots=True)
class DateValue:
    """A resolved date or period; ``end`` is inclusive, both are Gregorian."""

    start: dt.date | None
    end: dt.date | None
    grain: str
    calendar: str = "gregorian"
    relative: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": None if self.start is None else self.start.isoformat(),
            "end": None if self.end is None else self.end.isoformat(),
            "grain": self.grain,
            "calendar": self.calendar,
            "relative": self.relative,
        }


@_pickled_by_fields
@_built_through_slots
@dataclass(frozen=True, slots=True)
class Fact:
    """One quantity, ordinal or date found in the text.

    ``start``/``end`` index the original input (``text == input[start:end]``).
    """

    id: int
    kind: str
    start: int
    end: int
    text: str
    value: Number | None = None
    low: Number | None = None
    high: Number | None = None
    bound: str = "exact"
    unit: str | None = None
    date: DateValue | None = None

    def _repr_html_(self) -> str:
        from factlib.display import fact_html

        return fact_html(self)

    def convert(self, unit: str) -> Fact:
        """This measure in another unit (``fact.convert("kg")``): a new fact, same span.

        ``unit`` is a canonical symbol (``kg``, ``m3``, ``bbl/d``) or any pint unit.
        """
        if self.kind != "measure" or self.unit is None:
            raise ValueError(f"only a measure with a unit converts, not a {self.kind} fact")
        from factlib.conversion import convert

        def c(v: Number | None) -> Number | None:
            return None if v is None else convert(float(v), self.unit or "", unit)

        return replace(self, value=c(self.value), low=c(self.low), high=c(self.high), unit=unit)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "value": self.value,
            "low": self.low,
            "high": self.high,
            "bound": self.bound,
            "unit": self.unit,
            "date": None if self.date is None else self.date.to_dict(),
        }


@_pickled_by_fields
@_built_through_slots
@dataclass(frozen=True, slots=True)
class Claim:
    """A quantity that a sentence asserts about something, with who says so and when."""

    fact: int
    sentence: tuple[int, int]
    metric: str | None = None
    metric_span: tuple[int, int] | None = None
    time: int | None = None
    speaker: str | None = None
    cue: str | None = None
    source: str | None = None
    trend: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "fact": self.fact,
            "metric": self.metric,
            "metric_span": None if self.metric_span is None else list(self.metric_span),
            "time": self.time,
            "speaker": self.speaker,
            "cue": self.cue,
            "source": self.source,
            "trend": self.trend,
            "sentence": list(self.sentence),
        }


@_pickled_by_fields
@_built_through_slots
@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything factlib found in one text."""

    text: str
    reference_date: dt.date | None = None
    facts: tuple[Fact, ...] = ()
    claims: tuple[Claim, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        """The contract's JSON object (schema ``factlib/1``)."""
        return {
            "schema": SCHEMA,
            "reference_date": None
            if self.reference_date is None
            else self.reference_date.isoformat(),
            "facts": [f.to_dict() for f in self.facts],
            "claims": [c.to_dict() for c in self.claims],
        }

    def _repr_html_(self) -> str:
        """Jupyter shows the text right to left with its facts highlighted, and the claims."""
        from factlib.display import extraction_html

        return extraction_html(self)

    def to_dataframe(self) -> Any:
        """One row per fact, its date flattened and its claim joined, in the columns of
        :data:`factlib.batch.FACT_COLUMNS` but ``doc_id`` (needs the ``pandas`` extra)."""
        try:
            import pandas  # noqa: F401 - here only to say clearly that it is missing
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise ImportError("to_dataframe() needs pandas: pip install 'factlib[pandas]'") from exc
        from factlib.batch import facts_rows, rows_frame  # the one flattening of a fact

        return rows_frame(facts_rows(self)).drop(columns="doc_id")
