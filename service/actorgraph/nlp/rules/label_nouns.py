"""Labelling told as a noun: "the US designation of the Houthis as a terrorist
organisation", "Trump's classification of Tren de Aragua as a narco-terrorist
organization", "the listing of the PKK as a terror group by the EU". With a hostile label
the labeller opposes the labelled, as the verbs do ("designated the Houthis a terrorist
group", rules/verbal.py)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from actorgraph.model import RelationType
from actorgraph.nlp.docdata import Candidate
from actorgraph.nlp.lexicon import HOSTILE_LABELS, LABEL_NOUNS
from actorgraph.nlp.rules.args import Arg, Args
from actorgraph.nlp.rules.emit import emit

BASE = 0.8


def label_nouns(args: Args, sent: Span, tokens: list[Token]) -> Iterator[Candidate]:
    """Every labelling noun of the sentence with a hostile label."""
    for tok in tokens:
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in LABEL_NOUNS:
            yield from _labelling(args, tok, sent)


def _labelling(args: Args, noun: Token, sent: Span) -> Iterator[Candidate]:
    labelled = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in args.pobjs(c)]
    # "as" hangs on the noun or on the labelled
    labels = [p for h in (noun, *labelled) for c in h.children if c.dep_ == "prep" and c.lower_ == "as"
              for p in args.pobjs(c)]  # fmt: skip
    if not any(_words(label) & HOSTILE_LABELS for label in labels):
        return
    labellers = args.modifier_actors(noun) + _agents(args, noun)
    targets = [a for t in labelled for a in args.all_actors(t) if a.actor.type != "PLACE"]
    yield from emit(labellers, RelationType.OPPOSES, targets, noun, sent, BASE, "label-noun")


def _words(label: Token) -> set[str]:
    """The label's noun and the words that qualify it ("narco-terrorist organization")."""
    return {t.lemma_.lower() for t in label.subtree if t.i <= label.i} | {
        part for t in label.subtree if t.i <= label.i for part in t.lower_.split("-")
    }


def _agents(args: Args, noun: Token) -> list[Arg]:
    """ "the listing of the PKK as a terror group by the EU": who "by" names."""
    return [a for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"
            for p in args.pobjs(c) for a in args.all_actors(p)]  # fmt: skip
