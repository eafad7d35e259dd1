"""Who did and who suffered an act where a headline's wording hides it: the doer named on
the weapon that modifies the act ("RSF drone strike"), and the victims of a passive whose
auxiliary a headline dropped ("Dozens of SAF recruits killed in RSF drone strike")."""

from __future__ import annotations

from spacy.tokens import Token

from actorgraph.nlp.docdata import DEMONYM
from actorgraph.nlp.lexicon import WEAPON_NOUNS
from actorgraph.nlp.rules.args import Arg, Args, noun_keys

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
OWNER_DEPS = frozenset({"compound", "poss", "amod", "nmod"})


def weapon_doers(args: Args, act: Token) -> list[Arg]:
    """ "an RSF drone strike", "a Houthi missile attack": the parser hangs the doer on the
    weapon noun that modifies the act; whoever owns the weapon did the act."""
    found: list[Arg] = []
    for weapon in act.children:
        if weapon.dep_ != "compound" or not noun_keys(weapon) & WEAPON_NOUNS:
            continue
        for owner in (c for c in weapon.children if c.dep_ in OWNER_DEPS):
            found += args.state(owner) if owner.ent_type_ == DEMONYM and owner.ent_kb_id_ else args.at(owner)
    return [a for a in found if a.actor.type != "PLACE"]


def headline_passive(verb: Token) -> bool:
    """ "Dozens of SAF recruits killed and injured in RSF drone strike": a verb of killing
    or wounding without an object or an auxiliary, alone or with the verb it is
    coordinated with, is a passive whose auxiliary the headline dropped (an active one
    names whom it killed: "killed six soldiers in an attack")."""
    verbs = [verb]
    while verbs[-1].dep_ == "conj" and not any(c.dep_ in SUBJECT_DEPS for c in verbs[-1].children):
        verbs.append(verbs[-1].head)
    if verbs[-1].tag_ not in ("VBN", "VBD") or not any(c.dep_ in SUBJECT_DEPS for c in verbs[-1].children):
        return False
    return not any(c.dep_ in ("dobj", "dative", "aux", "ccomp", "xcomp") for v in verbs for c in v.children)


def headline_victims(args: Args, verb: Token) -> list[Arg]:
    """The subjects of a headline's passive (those of the verb it is coordinated with)."""
    node = verb
    while node.dep_ == "conj" and not any(c.dep_ in SUBJECT_DEPS for c in node.children):
        node = node.head
    return [a for s in node.children if s.dep_ in SUBJECT_DEPS for a in args.all_actors(s)]
