"""Membership said with a noun whose organisation modifies it: "NATO member Turkey",
"fellow NATO members Greece and Turkey", "EU member states Hungary and Slovakia",
"Though NATO allies, Turkey and Greece ...", "Sweden's membership of NATO", "Armenia froze
its participation in the CSTO", "the CSTO also counts Belarus and Armenia as members".

An alliance's "ally" is its member; a state's ally is an ally (read by attributes.py), so
the organisation must be one. People are members by their titles (roles.py).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from actorgraph.model import RelationType
from actorgraph.nlp.docdata import Candidate
from actorgraph.nlp.lexicon import (
    ATTR_NOUNS,
    COUNTING_VERBS,
    ENDED_TIE_MODIFIERS,
    MEMBERSHIP_NOUNS,
    MEMBERSHIP_SET_NOUNS,
    PROSPECTIVE_MEMBER_MODIFIERS,
)
from actorgraph.nlp.rules.args import Arg, Args
from actorgraph.nlp.rules.emit import emit

BASE = 0.85
NOT_CURRENT_MEMBERS = ENDED_TIE_MODIFIERS | PROSPECTIVE_MEMBER_MODIFIERS
#: Who can be a member of an organisation by such a noun.
MEMBER_TYPES = frozenset({"STATE", "GOVERNMENT", "ORGANIZATION", "ARMED_GROUP"})


def memberships(args: Args, sent: Span, tokens: list[Token]) -> Iterator[Candidate]:
    for noun in tokens:
        if noun.lemma_.lower() not in MEMBERSHIP_NOUNS or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        if _not_yet_or_no_longer(noun):
            continue
        named_as = _set_noun(noun)  # "EU member states Hungary and Slovakia": named beside "states"
        owners = _organisations(args, noun) or _counting(args, noun)
        if not owners:
            continue
        members = [
            m for m in _members(args, noun, named_as)
            if m.actor.type in MEMBER_TYPES and all(m.actor.id != o.actor.id for o in owners)
        ]  # fmt: skip
        yield from emit(members, RelationType.MEMBER_OF, owners[:1], noun, sent, BASE, "membership-noun")


def _not_yet_or_no_longer(noun: Token) -> bool:
    """ "would-be NATO member Ukraine", "former EU member Britain" (a hyphened modifier is
    three tokens, so the words are read from the text)."""
    start = min(noun.left_edge.i, noun.head.left_edge.i) if noun.dep_ == "compound" else noun.left_edge.i
    words = noun.doc[start : noun.i].text.lower().split()
    return bool(set(words) & NOT_CURRENT_MEMBERS)


def _organisations(args: Args, noun: Token) -> list[Arg]:
    """The organisation the noun makes one a member of: its modifier ("NATO member", "EU
    member states"), or what follows "of" or "in" ("membership of NATO")."""
    found: list[Arg] = []
    for child in noun.children:
        if child.dep_ in ("compound", "nmod", "amod"):
            found += args.at(child)
            if child.lemma_.lower() in MEMBERSHIP_NOUNS:  # "EU member states": on "member"
                found += [a for g in child.children if g.dep_ in ("compound", "nmod") for a in args.at(g)]
        elif child.dep_ == "prep" and child.lower_ in ("of", "in"):
            found += [a for p in args.pobjs(child) for a in args.at(p)]
    return [a for a in found if a.actor.type == "ORGANIZATION"]


def _set_noun(noun: Token) -> Token:
    head = noun.head
    return head if noun.dep_ == "compound" and head.lemma_.lower() in MEMBERSHIP_SET_NOUNS else noun


def _counting(args: Args, noun: Token) -> list[Arg]:
    """The organisation that "counts X as members"."""
    verb = _counting_verb(noun)
    found = args.agents(verb) if verb is not None else []
    return [a for a in found if a.actor.type == "ORGANIZATION"]


def _counting_verb(noun: Token) -> Token | None:
    prep = noun.head if noun.dep_ == "pobj" else None
    if prep is None or prep.lower_ != "as":
        return None
    verb = prep.head if prep.head.pos_ in ("VERB", "AUX") else prep.head.head  # "as" on the object
    return verb if verb.lemma_.lower() in COUNTING_VERBS else None


def _members(args: Args, noun: Token, named_as: Token) -> list[Arg]:
    """Who is said to be a member: named beside the noun ("NATO member Turkey", "members
    Greece and Turkey", "allies, Turkey and Greece"), its owner ("Sweden's membership",
    "its participation"), or what "counts ... as members" names."""
    found: list[Arg] = []
    if named_as is noun and noun.dep_ == "compound":
        found += args.at(noun.head)  # "NATO member Turkey"
    for child in named_as.children:
        if child.dep_ in ("appos", "conj"):
            found += args.all_actors(child)
        elif child.dep_ == "poss" and noun.lemma_.lower() not in ATTR_NOUNS:
            # "its participation in the CSTO"; but "Iran's allies in the axis" are Iran's partners
            found += args.at(child) or (args.pronoun(child) if child.pos_ == "PRON" else [])
    verb = _counting_verb(noun)
    if verb is not None:
        found += [a for o in verb.children if o.dep_ == "dobj" for a in args.all_actors(o)]
    return found
