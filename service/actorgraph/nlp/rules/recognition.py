"""Recognition of a government or leader: "Trump formally recognized Guaido" is support;
recognition withheld ("the AU no longer recognizes Jammeh as president", "refused to
recognise the junta", "does not recognize Maduro") is a stand against the one not
recognised, so the reading is opposition and the negation is already spent on it."""

from __future__ import annotations

from spacy.tokens import Token

from actorgraph.model import RelationType
from actorgraph.nlp.lexicon import HOSTILE_LABELS, NEGATING_VERBS, RECOGNITION_VERBS, VerbSense

#: The pattern of a withheld recognition: the qualifier does not negate it again.
WITHHELD = "withheld-recognition"


def withheld(verb: Token) -> bool:
    """A verb of recognition that is denied: "not", "no longer", or governed by a verb of
    refusing ("refused to recognize", "declined to recognise")."""
    if verb.lemma_.lower() not in RECOGNITION_VERBS:
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    longer = [c for c in verb.children if c.lower_ == "longer"]
    if any(g.lower_ in ("no", "any") for c in longer for g in c.children):
        return True  # "no longer recognizes"
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in NEGATING_VERBS


def recognition_sense(verb: Token, lemma: str) -> VerbSense:
    """Support, unless withheld or given with a hostile label ("recognized Hamas as a
    terrorist organisation")."""
    labels = {t.lemma_.lower() for t in verb.subtree if t.i != verb.i}
    hostile = bool(labels & HOSTILE_LABELS) or withheld(verb)
    return VerbSense(RelationType.OPPOSES if hostile else RelationType.SUPPORTS)
