"""Quantified claims: which quantity, what it measures, who asserts it, for when.

For every money, measure, count or percent fact (and a plain number that a
measuring verb introduces: ``بلغ عدد القتلى 50``), a claim gathers from its
sentence:

* ``speaker`` and ``cue``: the reporting verb before it (``أكد``, ``أعلن``,
  ``كشف``, ``مشيرًا``) and that verb's subject. Subjects are resolved through
  the document: a title (``الرئيس الروسي``) or a surname (``بوتين``) becomes the
  fullest name given earlier (``فلاديمير بوتين``); a verb with no subject
  (``وأضاف أن``) continues the last speaker.
* ``source``: an outlet or document it is credited to (``حسب وكالة الأنباء الروسية``).
* ``metric``: the words naming what is measured, around the measuring verb
  (``إجمالي العائدات … تجاوز``, ``بلغ عدد اللاجئين``).
* ``time``: the date fact that scopes it in its sentence (not the day of the statement).
* ``trend``: ``up`` or ``down`` when the clause states a change (ارتفع، تراجع، نما).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import regex

from factlib.lexicon import load
from factlib.normalization import Normalized, fold
from factlib.results import Claim
from factlib.sentences import sentences

__all__ = ["ClaimInput", "find_claims"]

L = r"(?<![\p{L}\p{M}])"
R = r"(?![\p{L}\p{M}])"
SP = r"[ \t]+"
QUANTITY_KINDS = ("money", "measure", "count", "percent")


@dataclass(frozen=True, slots=True)
class ClaimInput:
    """A fact as the claim finder sees it: its id, kind and folded offsets."""

    id: int
    kind: str
    start: int
    end: int
    number_start: int
    date_grain: str | None = None
    relative: bool = False


def _alt(words: Any) -> str:
    forms = sorted({" ".join(fold(w).split()) for w in words if w}, key=len, reverse=True)
    return "|".join(regex.escape(f).replace(r"\ ", SP) for f in forms) or "(?!)"


def _forms(verb: dict[str, str]) -> list[str]:
    """Past, present and participle forms of a reporting verb (masculine and feminine)."""
    past, present, part = verb["past"], verb["present"], verb["participle"]
    out = [past, past + "ت", present, "ت" + present[1:], part + "ا", part + "ة", part + "ين"]
    return out


@lru_cache(maxsize=1)
def _words() -> dict[str, Any]:
    d = load("claims")
    cues = [f for v in d["reporting_verbs"] for f in _forms(v)]
    participles = {
        fold(v["participle"] + e) for v in d["reporting_verbs"] for e in ("ا", "ة", "ين")
    }
    return {
        "cue": regex.compile(rf"{L}(?P<c>[وف]?)(?P<v>{_alt(cues)}){R}"),
        "participles": participles,
        "source": regex.compile(rf"{L}[وف]?(?P<m>{_alt(d['source_markers'])})(?:{SP}|(?<=ل))"),
        "outlets": frozenset(fold(w) for w in d["outlet_words"]),
        "titles": frozenset(fold(w) for w in d["titles"]),
        "end": frozenset(fold(w) for w in d["speech_end"]),
        "openers": regex.compile(rf"{L}(?:{_alt(d['clause_openers'])}){R}"),
        "up": regex.compile(rf"{L}[وفب]?(?:{_alt(d['trend_up'])}){R}"),
        "down": regex.compile(rf"{L}[وفب]?(?:{_alt(d['trend_down'])}){R}"),
        "measure": regex.compile(rf"{L}[وف]?(?P<v>{_alt(d['measure_verbs'])}){R}"),
        "stop": frozenset(fold(w) for w in d["metric_stop"]),
        "not_sources": frozenset(fold(w) for w in d["not_sources"]),
        "name_parts": frozenset(fold(w) for w in d["name_parts"]),
    }


@dataclass
class _Person:
    full: str
    tokens: list[str]
    titles: set[str] = field(default_factory=set)


@dataclass
class _Speech:
    start: int
    end: int
    cue: str
    speaker: str | None
    source: str | None


class _Finder:
    def __init__(self, norm: Normalized) -> None:
        self.norm = norm
        self.t = norm.text
        self.w = _words()
        self.people: list[_Person] = []
        self.sentences = sentences(self.t)

    def source_text(self, start: int, end: int) -> str:
        a, b = self.norm.span(start, end)
        return self.norm.source[a:b]

    # ------------------------------------------------------------ speech

    def _phrase(self, pos: int, limit: int = 6) -> list[tuple[int, int]]:
        """Word spans after ``pos`` up to a delimiter: a speaker or a source."""
        out: list[tuple[int, int]] = []
        definite = False
        for m in regex.finditer(r"[^\s]+", self.t[pos : pos + 120]):
            word = m.group()
            a, b = pos + m.start(), pos + m.end()
            bare = word.strip("،,.:؛!؟\"'«»()")
            if (
                not bare
                or bare in self.w["end"]
                or word[0] in "\"'«(:،,-"
                or any(c.isdigit() for c in word)
            ):
                break
            is_definite = bare.startswith(("ال", "لل", "بال")) and bare not in self.w["name_parts"]
            titled = bool(out) and self.t[out[0][0] : out[0][1]] in self.w["titles"]
            if definite and not is_definite and bare not in self.w["name_parts"] and not titled:
                break  # وزارة الصحة الفلسطينية | إصابة …: after a definite chain, an object begins
            definite = definite or is_definite
            if bare.startswith("ل") and fold(bare[1:]) in self.w["outlets"]:
                break  # لوكالة: the outlet he spoke to, not his name
            cut = len(word) - len(word.rstrip("،,.:؛!؟\"'»)"))
            out.append((a, b - cut))
            if cut or len(out) >= limit:
                break
        return out

    def _source_phrase(self, pos: int) -> list[tuple[int, int]]:
        """Like a speaker phrase, but ``تقرير صادر عن البنك الدولي`` runs through عن."""
        words = self._phrase(pos, limit=5)
        if words and self.t[words[-1][0] : words[-1][1]] in ("صادر", "الصادر", "صادره", "الصادره"):
            rest = self.t[words[-1][1] :].lstrip()
            if rest.startswith("عن "):
                start = words[-1][1] + (len(self.t[words[-1][1] :]) - len(rest)) + 3
                words += self._phrase(start, limit=4)
        return words

    def speeches(self) -> list[_Speech]:
        out: list[_Speech] = []
        last: str | None = None
        for m in self.w["cue"].finditer(self.t):
            verb = m.group("v")
            if not m.group("c") and self.t.endswith("ما ", 0, m.start()):
                continue  # ما أعلن عنه: "what was announced", no speech act
            words = [] if verb in self.w["participles"] else self._phrase(m.end())
            speaker, source = self.resolve(words)
            if speaker is None and source is None:
                speaker = last
            elif speaker is not None:
                last = speaker
            out.append(
                _Speech(
                    m.start("v"),
                    m.end(),
                    self.source_text(m.start("v"), m.end("v")),
                    speaker,
                    source,
                )
            )
        return out

    def resolve(self, words: list[tuple[int, int]]) -> tuple[str | None, str | None]:
        if not words:
            return None, None
        keys = [self.t[a:b] for a, b in words]
        if keys[0] in self.w["outlets"]:
            return None, self.source_text(words[0][0], words[-1][1])
        i = 0
        titles = self.w["titles"]
        while i < len(keys) and (
            keys[i] in titles or (i > 0 and keys[i].startswith("ال")) or keys[i] == "باسم"
        ):
            if keys[i] == "باسم" and i + 1 < len(keys):
                i += 1
            i += 1
        title_key = " ".join(keys[:i])
        name = words[i:]
        for k in range(i + 1, len(keys)):
            if keys[k] in titles:  # سعود القحطاني | المستشار بالديوان الملكي
                name = words[i:k]
                break
        if name:
            name_keys = keys[i:]
            full = self.source_text(name[0][0], name[-1][1])
            if len(name_keys) >= 2:
                person = next((p for p in self.people if p.tokens[-1] == name_keys[-1]), None)
                if person is None:
                    person = _Person(full, name_keys)
                    self.people.append(person)
                elif len(name_keys) > len(person.tokens):
                    person.full, person.tokens = full, name_keys
                if title_key:
                    person.titles.add(title_key)
                return person.full, None
            person = next((p for p in reversed(self.people) if name_keys[0] in p.tokens), None)
            if person is not None:
                if title_key:
                    person.titles.add(title_key)
                return person.full, None
            if not title_key:
                return full, None
        if title_key:
            person = next((p for p in reversed(self.people) if title_key in p.titles), None)
            if person is not None:
                return person.full, None
            return self.source_text(words[0][0], words[i - 1][1] if i else words[-1][1]), None
        return self.source_text(words[0][0], words[min(len(words), 4) - 1][1]), None

    def sources(self) -> list[tuple[int, str]]:
        out = []
        for m in self.w["source"].finditer(self.t):
            words = self._source_phrase(m.end())
            if len(words) == 1 and self.source_text(*words[0]).endswith(("ه", "ها", "هم")):
                continue  # حسب تصريحه: his own statement, not a named outlet
            if words and self.t[words[0][0] : words[0][1]] not in self.w["not_sources"]:
                out.append((m.start(), self.source_text(words[0][0], words[-1][1])))
        return out

    # ------------------------------------------------------------ per claim

    def sentence_of(self, pos: int) -> tuple[int, int]:
        for a, b in self.sentences:
            if a <= pos < b:
                return a, b
        return 0, len(self.t)

    def clause_start(self, sent: tuple[int, int], pos: int, after: list[int]) -> int:
        """Where the clause of a figure at ``pos`` begins: after أن/إن, after the reporting
        verb and its subject, after the figure before it, and after a comma."""
        start = sent[0]
        for m in self.w["openers"].finditer(self.t, sent[0], pos):
            start = m.end()
        for m in regex.finditer(r"[،,؛:]", self.t[start:pos]):
            start = max(start, start + m.end())
        return max([start, *(a for a in after if sent[0] <= a <= pos)])

    def metric(self, clause: int, qstart: int) -> tuple[int, int] | None:
        verbs = list(self.w["measure"].finditer(self.t, clause, qstart))
        if not verbs:
            return None
        v = verbs[-1]
        span = self._trim(v.end(), qstart) or self._trim(clause, v.start())
        return span

    def _trim(self, a: int, b: int) -> tuple[int, int] | None:
        words = [(a + m.start(), a + m.end()) for m in regex.finditer(r"[^\s]+", self.t[a:b])]
        stop = self.w["stop"]

        def bare(x: tuple[int, int]) -> str:
            word = self.t[x[0] : x[1]].strip("،,.:؛!؟\"'«»()")
            return word[1:] if word[:1] in ("و", "ف") and word[1:] in stop else word

        while words and (bare(words[0]) in stop or bare(words[0]) in ("و", "ف")):
            words.pop(0)
        while words and (bare(words[-1]) in stop or not bare(words[-1])):
            words.pop()
        if not words or len(words) > 12:
            return None
        s, e = words[0][0], words[-1][1]
        e -= len(self.t[s:e]) - len(self.t[s:e].rstrip("،,.:؛!؟\"'»)"))
        return (s, e) if e > s else None

    def trend(self, clause: int, qstart: int) -> str | None:
        up = [m.start() for m in self.w["up"].finditer(self.t, clause, qstart)]
        down = [m.start() for m in self.w["down"].finditer(self.t, clause, qstart)]
        if not up and not down:
            return None
        return "up" if max(up, default=-1) > max(down, default=-1) else "down"


def find_claims(norm: Normalized, facts: list[ClaimInput]) -> list[Claim]:
    """One claim per quantity a sentence asserts, in the order of the facts."""
    candidates = [f for f in facts if f.kind in QUANTITY_KINDS or f.kind == "number"]
    if not candidates:
        return []
    finder = _Finder(norm)
    speeches = finder.speeches()
    sources = finder.sources()
    dates = [f for f in facts if f.kind == "date"]
    claims: list[Claim] = []
    speech_ends = [s.end for s in speeches]
    fact_ends = [x.end for x in facts]
    for f in candidates:
        sent = finder.sentence_of(f.number_start)
        clause = finder.clause_start(
            sent, f.start, speech_ends + [e for e in fact_ends if e <= f.start]
        )
        metric = finder.metric(clause, f.start)
        if f.kind == "number" and metric is None:
            continue  # a bare number is a claim only when a verb says what it measures
        before = [s for s in speeches if sent[0] <= s.start < f.start]
        after = [s for s in speeches if f.end <= s.start < sent[1]]
        speech = before[-1] if before else (after[0] if after else None)
        speaker = speech.speaker if speech else None
        cue = speech.cue if speech else None
        source = next((s for p, s in sources if sent[0] <= p < sent[1]), None)
        if source is None and speech is not None:
            source = speech.source
        statement = speech.end if speech is not None and speech.start < f.start else sent[0]
        scoped = [
            d
            for d in dates
            if sent[0] <= d.start < sent[1]
            and not (d.relative and d.date_grain == "day" and d.start < clause)
            and not (statement > d.start >= (speech.start if speech else sent[1]))
        ]
        time = min(scoped, key=lambda d: abs(d.start - f.start)).id if scoped else None
        metric_span = None
        metric_text = None
        if metric is not None:
            a, b = norm.span(*metric)
            metric_span, metric_text = (a, b), norm.source[a:b]
        s_a, s_b = norm.span(*sent)
        claims.append(
            Claim(
                fact=f.id,
                sentence=(s_a, s_b),
                metric=metric_text,
                metric_span=metric_span,
                time=time,
                speaker=speaker,
                cue=cue,
                source=source,
                trend=finder.trend(clause, f.start),
            )
        )
    return claims
