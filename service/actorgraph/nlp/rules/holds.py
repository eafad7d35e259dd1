"""The places a holding attribute is said of: "Idlib is a stronghold of HTS", "Bentiu, a
bastion of the SPLA-IO", "Baz Delmas, which is the stronghold of Barbecue", "Kunduz and
a city in it are the last strongholds of the Taliban" (rules/attributes.py)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from actorgraph.model import RelationType
from actorgraph.nlp.docdata import Candidate
from actorgraph.nlp.lexicon import CAPTURE_VERBS, ENDED_TIE_MODIFIERS
from actorgraph.nlp.rules.args import Arg, Args
from actorgraph.nlp.rules.emit import emit


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


def _governing_verb(token: Token) -> Token | None:
    """The nearest verb above ``token``, within four steps."""
    node = token
    for _ in range(4):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ == "VERB":
            return node
    return None


def _taken(place: Token) -> bool:
    """Whether the clause takes the place: it is (in) the object of a verb of capture."""
    verb = _governing_verb(place)
    return verb is not None and verb.lemma_.lower() in CAPTURE_VERBS


def named_holding(args: Args, noun: Token, sent: Span, base: float) -> Iterator[Candidate]:
    """ "the Hezbollah stronghold of Dahiyeh", "Haftar's bastion of Benghazi": a holding noun
    whose "of" names the place and whose modifier or owner names the holder. A former
    stronghold, one the clause has taken ("recaptured the rebel stronghold of X") and one
    "for" a use are held by nobody named here; one a clause only means to take ("planning
    to capture the Khmer Rouge stronghold of Pailin") is still held."""
    if any(c.dep_ == "amod" and c.lower_ in ENDED_TIE_MODIFIERS for c in noun.children):
        return
    if _taken(noun) and not _intended(noun):
        return
    holders = [a for c in noun.children if c.dep_ in ("compound", "poss")
               for a in args.at(c) if a.actor.type != "PLACE"]  # fmt: skip
    # read as a place's "of" phrase (depth 1), where a town the NER took for a person counts
    places = [a for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
              for p in args.pobjs(c) for q in args.with_conjuncts(p) for a in args.place(q, 1)
              if a.actor.type == "PLACE"]  # fmt: skip
    yield from emit(holders, RelationType.CONTROLS, places, noun, sent, base, "held-of")


def _intended(noun: Token) -> bool:
    """Whether the verb that would take the place is in its base form ("plans to capture",
    "will seize"): the place is not taken yet."""
    verb = _governing_verb(noun)
    return verb is not None and verb.tag_ == "VB"
