"""The sides of a relation noun that "between" names where the parser hung it off the
noun: on a relative clause or participle that says the fight happened ("the war that took
place between the TPLF and the government", "the fighting that erupted between A and B"),
or on what the fight is for or over ("a fight for territory between A and B", "a dispute
over the islands between China and Japan")."""

from __future__ import annotations

from spacy.tokens import Token

from actorgraph.nlp.rules.args import Arg, Args
from actorgraph.nlp.rules.noun_args import clause_sides

#: Prepositions that name what a fight or dispute is about.
STAKE_PREPS = frozenset({"for", "over"})


def hung_sides(args: Args, tok: Token) -> list[Arg]:
    """The sides "between" names on the noun's own clause when it is the subject ("Clashes
    continue ... between A and B"), on a clause about the noun, or on the object of its stake."""
    found = clause_sides(args, tok.head) if tok.dep_ in ("nsubj", "nsubjpass") else []
    holders: list[Token] = []
    for child in tok.children:
        if child.dep_ in ("relcl", "acl") and child.pos_ in ("VERB", "AUX") and _about_noun(child, tok):
            holders.append(child)
        elif child.dep_ == "prep" and child.lower_ in STAKE_PREPS:
            holders += args.pobjs(child)
    return found or [a for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "between"
                     for p in args.pobjs(c) for a in args.all_actors(p)]  # fmt: skip


def _about_noun(verb: Token, noun: Token) -> bool:
    """Whether the clause's subject is the noun itself (a relative pronoun, or none as in a
    participle), not someone else ("the war Russia waged between 2014 and 2022")."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ != "place"]  # "took place"
    return all(s.tag_ in ("WDT", "WP") for s in subjects) and not objects
