"""The speaker registry answers what a scan of the list of everyone named answered."""

from __future__ import annotations

from dataclasses import dataclass, field

from hypothesis import given, settings
from hypothesis import strategies as st

from factlib.entities import People, bare


@dataclass
class _Named:
    kind: str
    full: str
    tokens: list[str]
    titles: set[str] = field(default_factory=set)


class _Scan:
    """The claim finder's former registry: a list, scanned for each question."""

    def __init__(self) -> None:
        self.people: list[_Named] = []

    def remember_person(self, name: list[str], title: str) -> None:
        person = next(
            (p for p in self.people if p.kind == "person" and p.tokens[-1] == name[-1]), None
        )
        if person is None:
            person = _Named("person", " ".join(name), list(name))
            self.people.append(person)
        elif len(name) > len(person.tokens):
            person.full, person.tokens = " ".join(name), list(name)
        if title:
            person.titles.add(title)

    def remember_body(self, tokens: list[str]) -> None:
        if not any(p.kind == "body" and p.tokens == tokens for p in self.people):
            self.people.append(_Named("body", " ".join(tokens), list(tokens)))

    def by_last(self, token: str) -> str | None:
        found = (p for p in self.people if p.kind == "person" and p.tokens[-1] == token)
        return next((p.full for p in found), None)

    def with_token(self, token: str) -> str | None:
        found = (p for p in self.people if p.kind == "person" and token in p.tokens)
        return next((p.full for p in found), None)

    def body_by_head(self, token: str) -> str | None:
        found = (p for p in self.people if p.kind == "body" and bare(p.tokens[0]) == bare(token))
        return next((p.full for p in found), None)

    def by_title(self, title: str) -> str | None:
        head = bare(title.split()[0]) if title else ""
        for p in reversed(self.people):
            if p.kind != "person":
                continue
            for t in p.titles:
                if title == t or t.startswith(title + " ") or title.startswith(t + " "):
                    return p.full
                if " " not in title and bare(t.split()[0]) == head:
                    return p.full
        return None


def _remember(people: People, name: list[str], title: str) -> None:
    people.remember_person(" ".join(name), name, title)


_WORDS = st.sampled_from(["علي", "حسن", "بن", "الوزير", "وزير", "المالية", "الطاقة", "المدير"])
_PHRASE = st.lists(_WORDS, min_size=1, max_size=4)
_STEP = st.one_of(
    st.tuples(st.just("person"), _PHRASE, st.lists(_WORDS, max_size=3).map(" ".join)),
    st.tuples(st.just("body"), _PHRASE, st.just("")),
    st.tuples(st.just("ask"), _PHRASE, st.lists(_WORDS, max_size=3).map(" ".join)),
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_STEP, max_size=25))
def test_the_registry_answers_as_the_scan_did(steps: list[tuple[str, list[str], str]]) -> None:
    people, scan = People(), _Scan()
    for kind, words, title in steps:
        if kind == "person":
            _remember(people, words, title)
            scan.remember_person(words, title)
        elif kind == "body":
            people.remember_body(" ".join(words), words)
            scan.remember_body(words)
        else:
            token = words[0]
            answers = (
                people.by_last(token),
                people.with_token(token),
                people.body_by_head(token),
                people.by_title(title),
            )
            assert [None if a is None else a.full for a in answers] == [
                scan.by_last(token),
                scan.with_token(token),
                scan.body_by_head(token),
                scan.by_title(title),
            ]


def test_a_fuller_name_replaces_the_words_of_the_first() -> None:
    """محمد الحسن, then أحمد بن الحسن: the same person, no longer found by محمد."""
    people = People()
    _remember(people, ["محمد", "الحسن"], "")
    _remember(people, ["علي", "محمد"], "")
    _remember(people, ["أحمد", "بن", "الحسن"], "الوزير")
    first = people.by_last("الحسن")
    assert first is not None and first.full == "أحمد بن الحسن"
    assert people.with_token("أحمد") is first
    with_muhammad = people.with_token("محمد")
    assert with_muhammad is not None and with_muhammad.full == "علي محمد"
    assert people.by_title("الوزير") is first
