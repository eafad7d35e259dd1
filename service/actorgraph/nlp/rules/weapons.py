"""Weapons and who the text says handled them.

A demonym on a weapon names either its user or only its origin: "Russian drones struck
Kyiv" are Russia's, but "Chinese drones supplied by the UAE" were only made in China, and
"Iranian drones launched by the Houthis" are the Houthis'. A participle with a doer on the
weapon decides: an operating verb ("launched", "flown", "used") makes its doer the user;
any other ("supplied", "made", "sold") leaves the origin out of the clause's actors.
"""

from __future__ import annotations

from spacy.tokens import Token

from actorgraph.nlp.lexicon import OPERATING_VERBS, WEAPON_NOUNS
from actorgraph.nlp.rules.words import noun_keys


def handling_participle(token: Token) -> Token | None:
    """The participle with a doer that says who handled the weapon ``token`` names."""
    if not noun_keys(token) & WEAPON_NOUNS:
        return None
    for child in token.children:
        if child.dep_ == "acl" and child.tag_ == "VBN" and any(g.dep_ == "agent" for g in child.children):
            return child
    return None


def operates(participle: Token) -> bool:
    """The participle's doer uses the weapon (rather than making, selling or sending it)."""
    return participle.lemma_.lower() in OPERATING_VERBS
