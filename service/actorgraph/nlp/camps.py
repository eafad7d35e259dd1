"""Camps: the backers or opponents of an actor, named by that actor. "Morsi supporters",
"Bacar loyalists", "Zelaya's supporters", "supporters and opponents of former President Evo
Morales" are sides of their own in a story of unrest (they rally, clash, are fired on); each
is a group for, or against, the actor that names it.

The resolver makes the camp noun a group named by the phrase (the actor named keeps its own
mention); the relation rule reads the camp's stance toward that actor.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from actorgraph.model import RelationType
from actorgraph.nlp.lexicon import BACKING_CAMP_NOUNS, OPPOSING_CAMP_NOUNS

CAMP_NOUNS = BACKING_CAMP_NOUNS | OPPOSING_CAMP_NOUNS
#: Actor types a camp may be named by: not places ("Kyiv supporters" are no camp of Kyiv).
CAMP_OWNER_TYPES = frozenset({"PERSON", "ORGANIZATION", "ARMED_GROUP", "GOVERNMENT", "STATE", "GROUP"})


def camp_stance(token: Token) -> RelationType | None:
    """SUPPORTS for a backing camp noun in the plural, OPPOSES for an opposing one."""
    if token.tag_ not in ("NNS", "NNPS") or token.pos_ not in ("NOUN", "PROPN"):
        return None
    lemma = token.lemma_.lower()
    if lemma in BACKING_CAMP_NOUNS:
        return RelationType.SUPPORTS
    return RelationType.OPPOSES if lemma in OPPOSING_CAMP_NOUNS else None


def _own_namer(token: Token) -> tuple[Token, str] | None:
    """The word naming whose camp ``token`` is, and how: a name before it ("Morsi
    supporters"), a possessive ("Zelaya's supporters") or "of" after it."""
    for child in token.lefts:
        if child.dep_ in ("compound", "nmod") and child.pos_ == "PROPN":
            return child, "before"
        if child.dep_ == "poss" and child.pos_ == "PROPN":
            return child, "before"
    for prep in token.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj, "of"
    return None


def camp_namer(token: Token) -> tuple[Token, str] | None:
    """As :func:`_own_namer`, and for one of coordinated camps the word its partner has:
    "supporters and opponents of X" are both X's camps."""
    own = _own_namer(token)
    if own is not None:
        return own
    partners = [t for t in token.conjuncts if camp_stance(t) is not None]
    for partner in partners:
        found = _own_namer(partner)
        if found is not None and found[1] == "of":
            return found
    return None


def camp_name(doc: Doc, token: Token, name_start: int, namer: Token, how: str) -> str:
    """The camp's name as the text gives it, from where the actor's name starts: "Morsi
    supporters", "Sheikh Hikmat al-Hijri's armed supporters" (not the title before the
    name), "opponents of former President Evo Morales"."""
    if how == "before":
        return doc[name_start : token.i + 1].text
    return f"{token.text} of {doc[namer.left_edge.i : namer.right_edge.i + 1].text}"


#: The type of the actor mentioned at a token and where its mention starts, or None.
ActorAt = Callable[[Token], tuple[str, int] | None]


def named_camp(doc: Doc, token: Token, actor_at: ActorAt) -> str | None:
    """The name of the camp ``token`` heads when an actor names it, else None."""
    if camp_stance(token) is None:
        return None
    found = camp_namer(token)
    if found is None:
        return None
    namer, how = found
    owner = actor_at(namer)
    if owner is None or owner[0] not in CAMP_OWNER_TYPES:
        return None
    return camp_name(doc, token, owner[1], namer, how)
