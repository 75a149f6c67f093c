"""The people and bodies a document names as speakers, indexed for the claim finder.

A subject is resolved against everyone named before it: a surname, a title or a
body's head word finds the fullest name given for it. A scan of the list for each
speech grew with the number of speakers times the number of speeches, quadratic
in a long transcript or digest of many voices (2,000 distinct speakers: 2.8 times
the time of 1,000). Here each question is a dictionary look-up, and each answer is
the one the list scan gave: the first entity named (the last one, for a title)
that fits.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

__all__ = ["Entity", "People", "bare"]


def bare(key: str) -> str:
    """A folded word without its article: الوزارة → وزارة."""
    return key[2:] if key.startswith("ال") else key


@dataclass(eq=False)
class Entity:
    """A person or a body the document names, with what it is called."""

    full: str
    tokens: list[str]
    order: int  # the how-manieth entity named in the document


def _word_prefixes(title: str) -> list[str]:
    """``وزير الطاقة الجزائري`` → ``وزير``, ``وزير الطاقة``: the title's beginnings that
    stop before a space (what ``title.startswith(p + " ")`` accepts)."""
    return [title[:i] for i, ch in enumerate(title) if ch == " "]


def _head(title: str) -> str:
    return bare(title.split()[0])


def _order(holder: tuple[int, Entity]) -> int:
    return holder[0]


class People:
    """Every person and body named so far, in the order they were first named."""

    def __init__(self) -> None:
        self._count = 0
        self._by_last: dict[str, Entity] = {}  # a person's last name word -> the first so named
        self._with_token: dict[str, list[tuple[int, Entity]]] = {}  # in order of naming
        self._body_by_head: dict[str, Entity] = {}  # bare first word -> the first such body
        self._body_by_ending: dict[tuple[str, ...], Entity] = {}  # (المركزي، المصري) -> body
        # a title -> the person named last among those who bear it (or a longer one,
        # or one with the same head word): what a title resolves to
        self._by_title: dict[str, Entity] = {}
        self._by_title_prefix: dict[str, Entity] = {}
        self._by_title_head: dict[str, Entity] = {}

    def _new(self, full: str, tokens: list[str]) -> Entity:
        self._count += 1
        return Entity(full, list(tokens), self._count)

    # ------------------------------------------------------------ persons

    def remember_person(self, full: str, tokens: list[str], title: str) -> None:
        """A person named ``tokens`` (``full`` as written), with a title or "". A fuller name
        given later for the same last word replaces the first: بوتين, فلاديمير بوتين."""
        person = self._by_last.get(tokens[-1])
        if person is None:
            person = self._add_person(full, tokens)
        elif len(tokens) > len(person.tokens):
            self._rename(person, full, tokens)
        if title:
            self._add_title(person, title)

    def _add_person(self, full: str, tokens: list[str]) -> Entity:
        person = self._new(full, tokens)
        self._by_last.setdefault(tokens[-1], person)
        for token in set(tokens):
            self._add_token(token, person)
        return person

    def _rename(self, person: Entity, full: str, tokens: list[str]) -> None:
        """A fuller name for ``person`` (the same last word)."""
        old, new = set(person.tokens), set(tokens)
        for token in old - new:
            holders = self._with_token[token]
            del holders[bisect.bisect_left(holders, person.order, key=_order)]
        for token in new - old:
            self._add_token(token, person)
        person.full, person.tokens = full, list(tokens)

    def _add_token(self, token: str, person: Entity) -> None:
        holders = self._with_token.setdefault(token, [])
        holders.insert(
            bisect.bisect_left(holders, person.order, key=_order), (person.order, person)
        )

    def by_last(self, token: str) -> Entity | None:
        """The first person whose name ends with ``token``."""
        return self._by_last.get(token)

    def with_token(self, token: str) -> Entity | None:
        """The first person with ``token`` in the name."""
        holders = self._with_token.get(token)
        return holders[0][1] if holders else None

    def _add_title(self, person: Entity, title: str) -> None:
        keys = [
            (self._by_title, title),
            (self._by_title_head, _head(title)),
            *((self._by_title_prefix, p) for p in _word_prefixes(title)),
        ]
        for index, key in keys:
            known = index.get(key)
            if known is None or known.order < person.order:
                index[key] = person

    def by_title(self, title: str) -> Entity | None:
        """The person named last with this title, with a longer one that begins with it
        (وزير المالية ~ وزير المالية السعودي), with one it begins with, or (for a one-word
        title) with a title of the same head word (الوزير ~ وزير الصناعة)."""
        if not title:
            return None
        found = [
            self._by_title.get(title),
            self._by_title_prefix.get(title),
            *(self._by_title.get(p) for p in _word_prefixes(title)),
        ]
        if " " not in title:
            found.append(self._by_title_head.get(_head(title)))
        people = [p for p in found if p is not None]
        return max(people, key=lambda p: p.order) if people else None

    # ------------------------------------------------------------ bodies

    def remember_body(self, full: str, tokens: list[str]) -> None:
        """A body named with ``tokens``; only the first with its head word is ever found."""
        head = bare(tokens[0])
        if head not in self._body_by_head:
            body = self._body_by_head[head] = self._new(full, tokens)
            for k in range(1, len(tokens) - 1):  # البنك المركزي المصري: المركزي المصري
                self._body_by_ending.setdefault(tuple(tokens[k:]), body)

    def body_by_head(self, token: str) -> Entity | None:
        """The first body whose first word is ``token`` (its article aside)."""
        return self._body_by_head.get(bare(token))

    def body_ending(self, tokens: list[str]) -> Entity | None:
        """The first body named in more words that end with ``tokens`` (two or more): the
        name with its head left out (المركزي المصري → البنك المركزي المصري). A look-up of
        the endings each body was remembered with: a search of every body for every subject
        grew as the square of a long document's bodies."""
        return self._body_by_ending.get(tuple(tokens))
