"""The places a holding attribute is said of: "Idlib is a stronghold of HTS", "Bentiu, a
bastion of the SPLA-IO", "Baz Delmas, which is the stronghold of Barbecue", "Kunduz and
a city in it are the last strongholds of the Taliban" (rules/attributes.py)."""

from __future__ import annotations

from spacy.tokens import Token

from actorgraph.nlp.lexicon import CAPTURE_VERBS, ENDED_TIE_MODIFIERS
from actorgraph.nlp.rules.args import Arg, Args


def held_places(args: Args, noun: Token) -> list[Arg]:
    """The places the holding noun is said of: the subject of its copula, or the name it is
    in apposition to; a relative pronoun stands for the noun its clause describes. A former
    stronghold is held no more ("Kidal, the army's former stronghold"), nor one the text puts
    in the past ("it was a stronghold for their supplies"); a stronghold "for" something
    names its use, not its holder."""
    if any(c.dep_ == "amod" and c.lower_ in ENDED_TIE_MODIFIERS for c in noun.children):
        return []
    if any(c.dep_ == "prep" and c.lower_ == "for" for c in noun.children):
        return []
    if noun.dep_ == "attr" and noun.head.tag_ == "VBD":
        return []
    if noun.dep_ == "appos" and _taken(noun.head):
        return []  # "recaptured Mocimboa da Praia, an insurgents' stronghold": held no more
    if noun.dep_ == "appos":
        said_of = [noun.head]
    elif noun.dep_ == "attr":
        said_of = [c for c in noun.head.children if c.dep_ == "nsubj"]
    else:
        return []
    said_of = [t.head.head if t.tag_ in ("WDT", "WP") and t.head.dep_ == "relcl" else t for t in said_of]
    found = [a for t in said_of for a in args.all_actors(t, places=True, place_first=True)]
    return [a for a in found if a.actor.type == "PLACE"]


def _taken(place: Token) -> bool:
    """Whether the clause takes the place: it is (in) the object of a verb of capture."""
    node = place
    for _ in range(4):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.pos_ == "VERB":
            return node.lemma_.lower() in CAPTURE_VERBS
    return False
