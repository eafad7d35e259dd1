"""Taking places and people. "Aleppo fell to the rebels": the rebels control Aleppo.
Capturing a side's people attacks the side: "the CSP claims to have captured a number of
Wagner officers", "rebels seized five Malian soldiers", "nine Senegalese soldiers were
captured by the MFDC". A capture verb's own reading is control of a place; its object here
names people (fighters, soldiers, officers, officials), so the side they belong to is
attacked, as with "shot dead five Azerbaijani soldiers"."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from actorgraph.model import RelationType
from actorgraph.nlp.docdata import Candidate
from actorgraph.nlp.lexicon import (
    CAPTURE_VERBS,
    COLLECTIVE_MEMBER_HEADS,
    COLLECTIVE_RANK_HEADS,
    COUNTING_NOUNS,
    LEADER_TITLES,
    MEMBER_TITLES,
    PARTITIVE_WORDS,
)
from actorgraph.nlp.rules.args import Args, noun_keys
from actorgraph.nlp.rules.emit import emit

BASE = 0.85
#: Nouns that name a side's people.
PEOPLE_NOUNS = COLLECTIVE_MEMBER_HEADS | COLLECTIVE_RANK_HEADS | LEADER_TITLES | MEMBER_TITLES


def captives(args: Args, verb: Token, sent: Span) -> Iterator[Candidate]:
    """The side whose people a capture verb takes, attacked by its doers."""
    if verb.lemma_.lower() not in CAPTURE_VERBS:
        return
    if args.is_passive(verb):
        taken = [s for s in verb.children if s.dep_ == "nsubjpass"]
    else:
        taken = [o for o in verb.children if o.dep_ == "dobj"]
    sides = [a for t in taken for n in _people(args, t) for a in args.all_actors(n)]
    sides = [a for a in sides if a.actor.type != "PLACE"]
    yield from emit(args.agents(verb), RelationType.ATTACKS, sides, verb, sent, BASE * 0.9, "captives")


def _people(args: Args, noun: Token) -> list[Token]:
    """The noun, or what a count of it is "of" ("a number of Wagner officers"), where it
    names people, not a place or a thing."""
    of = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in args.pobjs(c)]
    counted = of if noun.lower_ in COUNTING_NOUNS | PARTITIVE_WORDS else []
    return [n for n in (noun, *counted) if people(n)]


def people(noun: Token) -> bool:
    """Whether a common noun names people ("soldiers", "officers"), not a place or a thing."""
    return noun.pos_ == "NOUN" and bool(noun_keys(noun) & PEOPLE_NOUNS)


def fell_to(args: Args, verb: Token, sent: Span, base: float) -> Iterator[Candidate]:
    """ "Aleppo fell to the rebels": the rebels control Aleppo."""
    if verb.lemma_.lower() != "fall":
        return
    places = [p for c in verb.children if c.dep_ == "nsubj" for p in args.place(c)]
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"):
        takers = [a for p in args.pobjs(prep) for a in args.all_actors(p) if a.actor.type != "PLACE"]
        yield from emit(takers, RelationType.CONTROLS, places, verb, sent, base, "fell")
