"""Control stated from the place's side: "Sana'a remains under the control of Houthi
rebels", "Goma is under M23 control", "large parts of the city came under RSF control",
"the town fell to M23 rebels", "the district is in the hands of the Taliban".

The place is the subject of the clause (or, with "brought/put X under Y control", its
object); the holder is named by "of X" after the holding noun, by a modifier of it
("M23 control", "RSF's grip"), or by the object of "fell to".
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from actorgraph.nlp.docdata import Candidate
from actorgraph.nlp.lexicon import HOLDING_NOUNS, YIELDING_VERBS
from actorgraph.nlp.rules.args import Arg, Args
from actorgraph.nlp.rules.emit import emit

BASE = 0.8
#: Prepositions that put a place in someone's holding: "under X control", "in X's hands".
HOLDING_PREPS = frozenset({"under", "in", "into"})
HOLDER_TYPES = frozenset({"STATE", "GOVERNMENT", "ARMED_GROUP", "ORGANIZATION", "GROUP", "PERSON"})


def _holders(args: Args, noun: Token) -> list[Arg]:
    """Who holds: "the control of X", "X control", "X's hands"."""
    found: list[Arg] = []
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            found += [a for p in args.pobjs(child) for a in args.all_actors(p)]
        elif child.dep_ in ("poss", "compound", "amod", "nmod"):
            found += args.actors(child)
    return [a for a in found if a.actor.type in HOLDER_TYPES]


def _held_place(args: Args, verb: Token) -> list[Arg]:
    """The place the clause is about: the verb's object ("brought X under ...") if any,
    else its subject."""
    for deps in (("dobj",), ("nsubj", "nsubjpass")):
        for child in verb.children:
            if child.dep_ in deps:
                # the clause says it is held: a name the NER read as a person's is the
                # place's, as in "the village of X"
                return [a for a in args.place(child, depth=1) if a.actor.type == "PLACE"]
    return []


def _under_control(args: Args, noun: Token, sent: Span) -> Iterator[Candidate]:
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in HOLDING_PREPS or prep.head.pos_ not in ("VERB", "AUX"):
        return
    places, holders = _held_place(args, prep.head), _holders(args, noun)
    yield from emit(holders, "CONTROLS", places, noun, sent, BASE, "holding")


def _fell_to(args: Args, verb: Token, sent: Span) -> Iterator[Candidate]:
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"):
        holders = [a for p in args.pobjs(prep) for a in args.all_actors(p) if a.actor.type in HOLDER_TYPES]
        yield from emit(holders, "CONTROLS", _held_place(args, verb), verb, sent, BASE, "holding")


def holdings(args: Args, sent: Span, tokens: list[Token]) -> Iterator[Candidate]:
    """CONTROLS read from the held place's side (see the module's docstring)."""
    for tok in tokens:
        lemma = tok.lemma_.lower()
        if tok.pos_ == "NOUN" and (lemma in HOLDING_NOUNS or tok.lower_ in HOLDING_NOUNS):
            yield from _under_control(args, tok, sent)
        elif tok.pos_ == "VERB" and lemma in YIELDING_VERBS:
            yield from _fell_to(args, tok, sent)
