"""The enemies "against" names where the parser hung it above the act noun: on the noun
the act is "of" ("an assessment of their joint operations against the ADF", "dozens of
operations ... against Iranian forces") or on a time phrase of the clause ("carried out
operations over the years against the IRGC"). Only "against": it names the enemy of an
act wherever it hangs, where "on" or "at" could name a place or a date."""

from __future__ import annotations

from spacy.tokens import Token

from actorgraph.nlp.rules.args import Arg, Args
from actorgraph.nlp.rules.noun_relations import clause_slot, relation_of_noun

#: Entity labels of a time phrase the parser may hang the act's "against" on.
TIME_ENTS = frozenset({"DATE", "TIME"})


def hung_enemies(args: Args, tok: Token, target_preps: tuple[str, ...], places: bool) -> list[Arg]:
    """The actors "against" names on the nouns the act noun is "of", or on a time phrase of
    the verb those nouns hang on (for a noun whose targets "against" names)."""
    if "against" not in target_preps:
        return []
    holders: list[Token] = []
    node = tok
    while node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ in ("NOUN", "PROPN"):
        node = node.head.head
        holders.append(node)
    if node.dep_ in ("dobj", "nsubjpass") and node.head.pos_ == "VERB":
        holders += [p for c in node.head.children if c.dep_ == "prep" and c.i > node.i
                    for p in args.pobjs(c) if p.ent_type_ in TIME_ENTS]  # fmt: skip
    return [a for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "against"
            for p in args.pobjs(c) for a in args.all_actors(p, places=places)]  # fmt: skip


def hung_on_severing(args: Args, tok: Token) -> list[Arg]:
    """The other side of ties whose cutting a noun tells, where the parser hung "with" or
    "to" on that noun: "the severance of diplomatic relations with neighbouring Morocco"."""
    slot = clause_slot(tok)
    if slot is tok or relation_of_noun(tok) is None:
        return []
    return [a for c in slot.children if c.dep_ == "prep" and c.lower_ in ("with", "to")
            for p in args.pobjs(c) for a in args.all_actors(p)]  # fmt: skip
