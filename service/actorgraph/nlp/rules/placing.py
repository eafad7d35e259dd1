"""Secondary predicates: what a verb says of its object.

- Putting someone into a state a relation noun names: "the military placed President
  Robert Mugabe under house arrest", "police took Ousmane Sonko into custody", "the army
  put the city under siege", "Mugabe was placed under house arrest by the army". Whoever
  does the placing stands in the noun's relation to whom they place there.
- Holding someone to blame: "Israel holds Hamas fully responsible for the attack", "the
  Algerian regime holds the MAK responsible for the fires", "Kyiv considers Moscow
  accountable": the one who blames opposes the one blamed (and "hold" says nothing of
  control here; relations.py drops that reading).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from actorgraph.model import RelationType
from actorgraph.nlp.docdata import Candidate
from actorgraph.nlp.lexicon import BLAME_COMPLEMENTS, NOUNS, PLACING_PREPS, PLACING_VERBS
from actorgraph.nlp.rules.args import Arg, Args
from actorgraph.nlp.rules.emit import emit

BASE = 0.85
#: The relations a state one is placed in can name (not "placed under the command of").
PLACED_RELATIONS = frozenset({RelationType.OPPOSES, RelationType.ATTACKS, RelationType.CONTROLS})


def placing(args: Args, sent: Span, tokens: list[Token]) -> Iterator[Candidate]:
    for verb in tokens:
        blamer = _blaming_verb(verb)
        if blamer is not None:
            blamed = [a for t in _blamed(blamer, verb) for a in args.all_actors(t)]
            doers = args.agents(blamer)
            yield from emit(doers, RelationType.OPPOSES, blamed, blamer, sent, BASE, "held-responsible")
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in PLACING_VERBS:
            continue
        for relation in _states(args, verb):
            doers, placed = _parties(args, verb)
            ids = {d.actor.id for d in doers}
            placed = [p for p in placed if p.actor.id not in ids]
            yield from emit(doers, relation, placed, verb, sent, BASE, "placed-under")


def _states(args: Args, verb: Token) -> list[RelationType]:
    """The relations the nouns after "under", "into" name: "under house arrest"."""
    found: list[RelationType] = []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in PLACING_PREPS:
            continue
        for noun in args.pobjs(prep):
            relation = NOUNS.get(noun.lemma_.lower()) or NOUNS.get(noun.lower_)
            if relation in PLACED_RELATIONS:
                found.append(relation)
    return found


def _parties(args: Args, verb: Token) -> tuple[list[Arg], list[Arg]]:
    if args.is_passive(verb):
        return args.agents(verb), args.patients_of_passive(verb)
    placed = [a for o in verb.children if o.dep_ == "dobj" for a in args.all_actors(o)]
    return args.agents(verb), placed


def _blaming_verb(word: Token) -> Token | None:
    """The verb that says the "responsible" of "holds Hamas responsible" of its object,
    however the parser hung it: on the verb ("accountable" as oprd, "responsible" as
    ccomp) or on the object (as amod)."""
    if word.pos_ != "ADJ" or word.lemma_.lower() not in BLAME_COMPLEMENTS:
        return None
    if word.dep_ in ("oprd", "ccomp", "xcomp", "acomp") and word.head.pos_ == "VERB":
        return word.head
    if word.dep_ == "amod" and word.head.dep_ == "dobj" and word.i > word.head.i:
        return word.head.head
    return None


def blaming_complement(verb: Token) -> Token | None:
    """The blame complement a verb has, if any ("holds Hamas responsible")."""
    near = [*verb.children, *(g for c in verb.children if c.dep_ == "dobj" for g in c.children)]
    for word in near:
        blamer = _blaming_verb(word)
        if blamer is not None and blamer.i == verb.i:
            return word
    return None


def _blamed(verb: Token, blame: Token) -> list[Token]:
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return objects or [c for c in blame.children if c.dep_ == "nsubj"]  # "holds [Hamas responsible]"
