"""Turning actor arguments into candidates."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations

from spacy.tokens import Span, Token

from actorgraph.model import SYMMETRIC, RelationType
from actorgraph.nlp.docdata import Candidate
from actorgraph.nlp.rules.args import Arg


def emit(
    sources: list[Arg],
    rel: RelationType,
    targets: list[Arg],
    trigger: Token,
    sent: Span,
    base: float,
    pattern: str,
) -> Iterator[Candidate]:
    for s in sources:
        for t in targets:
            if s.actor.id == t.actor.id:
                continue
            yield Candidate(s.actor, rel, t.actor, trigger.i, sent.start, base * s.factor * t.factor, pattern)


def emit_pairs(
    actors: list[Arg], rel: RelationType, trigger: Token, sent: Span, base: float, pattern: str
) -> Iterator[Candidate]:
    for a, b in combinations(actors, 2):
        if rel == RelationType.FIGHTS and a.actor.type == "PERSON" and b.actor.type == "PERSON":
            continue  # "a clash between Zelensky and Trump" is a quarrel, not fighting
        if a.actor.id != b.actor.id:
            yield Candidate(a.actor, rel, b.actor, trigger.i, sent.start, base * a.factor * b.factor, pattern)


def emit_mutual(
    actors: list[Arg], rel: RelationType, trigger: Token, sent: Span, base: float, pattern: str
) -> Iterator[Candidate]:
    """Every pair of sides related to each other: once for a symmetric relation, both ways
    for another ("the rivalry between Kiir and Machar": each opposes the other)."""
    for cand in emit_pairs(actors, rel, trigger, sent, base, pattern):
        yield cand
        if rel not in SYMMETRIC:
            yield Candidate(cand.target, rel, cand.source, cand.trigger, cand.sent_start, cand.base, pattern)
