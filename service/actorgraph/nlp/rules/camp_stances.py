"""A camp's stance toward the actor that names it: "Morsi supporters" support Morsi,
"opponents of former President Evo Morales" oppose him (the camps are read by the resolver,
nlp/camps.py)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from actorgraph.nlp.camps import camp_namer, camp_stance
from actorgraph.nlp.docdata import Candidate
from actorgraph.nlp.rules.args import Args
from actorgraph.nlp.rules.emit import emit

BASE = 0.8


def camp_stances(args: Args, sent: Span, tokens: list[Token]) -> Iterator[Candidate]:
    """Every camp noun of the sentence that the resolver made a group."""
    for tok in tokens:
        stance = camp_stance(tok)
        if stance is None:
            continue
        camp = [a for a in args.at(tok) if a.actor.type == "GROUP"]
        found = camp_namer(tok) if camp else None
        if found is None:
            continue
        named = [a for a in args.actors(found[0]) if a.actor.type != "PLACE"]
        yield from emit(camp, stance, named, tok, sent, BASE, "camp")
