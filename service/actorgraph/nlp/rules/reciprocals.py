"""Reciprocal statements: each side stands in the relation to the other.

- "Somaliland and SSC-Khatumo accuse each other of starting heavy fighting", "Ethiopia and
  Eritrea blamed each other for the war", "the two militias attacked one another": the
  verb's relation holds both ways between its coordinated doers; fighting that an accusing
  verb blames ("of starting heavy fighting", "for the war") is fighting between them.
- "Israel and Hamas traded accusations", "Kinshasa exchanged threats with Kigali": trading
  hostile words is opposition both ways.
- Headlines list the sides of a reciprocal verb with a comma, which the parser reads as
  anything but a list: "as rebels, govt troops clash", "Sudan's army, RSF clash in El
  Fasher", "Iraqi forces, Yezidi militia clash near the border" (an apposition without a
  determiner). A symmetric verb with no object relates every side so listed.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from actorgraph.model import SYMMETRIC, RelationType
from actorgraph.nlp.docdata import Candidate
from actorgraph.nlp.lexicon import (
    ACCUSING_VERBS,
    NOUNS,
    RECIPROCATED_NOUNS,
    RECIPROCATING_VERBS,
    VERBS,
)
from actorgraph.nlp.rules.args import Arg, Args, noun_keys
from actorgraph.nlp.rules.emit import emit_mutual, emit_pairs

BASE = 0.85


def reciprocal_readings(args: Args, verb: Token, sent: Span) -> Iterator[Candidate]:
    yield from _each_other(args, verb, sent)
    yield from _traded(args, verb, sent)
    yield from _comma_sides(args, verb, sent)


def reciprocal(token: Token) -> bool:
    """ "each other", "one another" (the parser heads either word on the other)."""
    words = {token.lower_, *(c.lower_ for c in token.children)}
    return words >= {"each", "other"} or words >= {"one", "another"}


def _each_other(args: Args, verb: Token, sent: Span) -> Iterator[Candidate]:
    sense = VERBS.get(verb.lemma_.lower())
    if sense is None or args.is_passive(verb):
        return
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [p for c in verb.children if c.dep_ == "prep" and c.lower_ in sense.preps
                for p in args.pobjs(c)]  # fmt: skip
    if not any(reciprocal(o) for o in objects):
        return
    sides = _sides(args, verb)
    yield from emit_mutual(sides, sense.relation, verb, sent, BASE, "reciprocal")
    if verb.lemma_.lower() in ACCUSING_VERBS and _accused_of_hostility(verb):
        yield from emit_pairs(sides, RelationType.FIGHTS, verb, sent, BASE * 0.9, "reciprocal-act")


def _accused_of_hostility(verb: Token) -> bool:
    """ "of starting heavy fighting", "for the war": the act blamed names fighting (not an
    attack: "blamed each other for the shelling of the plant" says neither who shelled)."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("of", "for")):
        for tok in prep.subtree:
            sense = VERBS.get(tok.lemma_.lower()) if tok.pos_ == "VERB" else None
            named = NOUNS.get(tok.lemma_.lower()) if tok.pos_ == "NOUN" else None
            if named == RelationType.FIGHTS or (sense is not None and sense.relation == RelationType.FIGHTS):
                return True
    return False


def _traded(args: Args, verb: Token, sent: Span) -> Iterator[Candidate]:
    if verb.lemma_.lower() not in RECIPROCATING_VERBS or args.is_passive(verb):
        return
    words = [c for c in verb.children if c.dep_ == "dobj" and noun_keys(c) & RECIPROCATED_NOUNS]
    if not words:
        return
    # "exchanged threats with Kigali": "with" hangs on the verb or on its object
    partners = [a for h in (verb, *words) for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
                for p in args.pobjs(c) for a in args.all_actors(p)]  # fmt: skip
    sides = _sides(args, verb) + [p for p in partners if p.actor.type != "PLACE"]
    yield from emit_mutual(sides, RelationType.OPPOSES, verb, sent, BASE * 0.95, "reciprocal")


def _sides(args: Args, verb: Token) -> list[Arg]:
    return [a for a in args.agents(verb) if a.actor.type != "PLACE"]


def _comma_sides(args: Args, verb: Token, sent: Span) -> Iterator[Candidate]:
    sense = VERBS.get(verb.lemma_.lower())
    if sense is None or sense.relation not in SYMMETRIC or args.is_passive(verb):
        return
    if any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in sense.preps) for c in verb.children):
        return
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1:
        return
    subject = subjects[0]
    sides = args.all_actors(subject) + _apposed_side(args, subject) + _listed_before(args, subject, sent)
    sides = [a for a in sides if a.actor.type != "PLACE"]
    if len({a.actor.id for a in sides}) > 1:
        yield from emit_pairs(sides, sense.relation, verb, sent, BASE * 0.9, "comma-list")


def _apposed_side(args: Args, subject: Token) -> list[Arg]:
    """ "Iraqi forces, Yezidi militia clash": an apposition without a determiner that names
    another actor is the list's next side."""
    mine = {a.actor.id for a in args.at(subject)}
    return [
        a
        for c in subject.children
        if c.dep_ == "appos" and not any(d.dep_ == "det" for d in c.children)
        for a in args.at(c)
        if mine and a.actor.id not in mine
    ]


def _listed_before(args: Args, subject: Token, sent: Span) -> list[Arg]:
    """The sides named before the subject, each followed by a comma: "rebels, govt troops"."""
    doc = sent.doc
    found: list[Arg] = []
    i = subject.left_edge.i - 1
    while i - 1 >= sent.start and doc[i].text == ",":
        named = args.at(doc[i - 1])
        if not named:
            break
        found += named
        i = min(m.start for m in args.by_token.get(i - 1, [])) - 1
    return found
