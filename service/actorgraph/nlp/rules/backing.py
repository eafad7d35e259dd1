"""Backing said with a noun of help:

- a "with" adjunct names the backers of whoever does what the clause says: "With the
  support of Russia, the army retook Palmyra", "the rebels advanced with Turkish air
  support", "the opposition overran the trenches with the help of US air strikes";
- an owned help noun with "of": "Qatar's support of the Muslim Brotherhood" (the owner
  backs what follows "of"; without an owner, "the support of Russia" is Russia's).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from actorgraph.model import RelationType
from actorgraph.nlp.docdata import Candidate
from actorgraph.nlp.lexicon import BACKING_NOUNS
from actorgraph.nlp.rules.args import Arg, Args
from actorgraph.nlp.rules.emit import emit

BASE = 0.8


def backing(args: Args, sent: Span, tokens: list[Token]) -> Iterator[Candidate]:
    for noun in tokens:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in BACKING_NOUNS:
            continue
        backers = _backers(args, noun)
        prep = noun.head if noun.dep_ == "pobj" else None
        if prep is not None and prep.lower_ == "with" and _clause_head(prep.head):
            backed = [a for a in args.agents(prep.head) if a.actor.type != "PLACE"]
            yield from emit(backers, RelationType.SUPPORTS, backed, noun, sent, BASE, "with-help")
        owners = [a for c in noun.children if c.dep_ == "poss" for a in args.actors(c)]
        if owners:
            helped = [a for p in _of_objects(args, noun) for a in args.all_actors(p)]
            yield from emit(owners, RelationType.SUPPORTS, helped, noun, sent, BASE, "owned-help")


def _backers(args: Args, noun: Token) -> list[Arg]:
    """Whose help it is: "of Russia", "Turkish air support", "US backing"."""
    of = [a for p in _of_objects(args, noun) for a in args.all_actors(p)]
    found = of or args.modifier_actors(noun)
    return [a for a in found if a.actor.type != "PLACE"]


def _of_objects(args: Args, noun: Token) -> list[Token]:
    return [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in args.pobjs(c)]


def _clause_head(word: Token) -> bool:
    """A verb, or the root the tagger misread as a noun ("the army retook Palmyra")."""
    return word.pos_ in ("VERB", "AUX") or (
        word.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in word.children)
    )
