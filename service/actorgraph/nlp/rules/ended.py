"""Ties the text says have ended: "the army fought its former ally the RSF", "Wagner, a
former partner of the Kremlin", "an ex-backer of the junta". The noun that states an
alliance, support or cooperation is qualified as past, so the reading is history, not the
present relation; titles of former leaders are a different matter (rules/roles.py keeps
them, as the conventions count them)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from actorgraph.model import RelationType
from actorgraph.nlp.docdata import Candidate
from actorgraph.nlp.lexicon import ENDED_TIE_MODIFIERS

#: The relations a past qualifier ends (hostility named as "former enemy" is history too,
#: but a reading of it would be OPPOSES, which the text rarely states that way).
ENDABLE = frozenset({RelationType.ALLIED_WITH, RelationType.SUPPORTS, RelationType.COOPERATES_WITH})


def without_ended_ties(cands: list[Candidate], doc: Doc) -> list[Candidate]:
    """Drop a friendly reading whose trigger noun is qualified as past."""
    return [c for c in cands if RelationType(c.relation) not in ENDABLE or not _ended(doc[c.trigger])]


def _ended(noun: Token) -> bool:
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    modifiers = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod", "advmod")]
    qualified = any(c.lower_ in ENDED_TIE_MODIFIERS for c in modifiers)
    doc = noun.doc
    hyphened = noun.i >= 2 and doc[noun.i - 1].text == "-" and doc[noun.i - 2].lower_ in ENDED_TIE_MODIFIERS
    return qualified or hyphened
