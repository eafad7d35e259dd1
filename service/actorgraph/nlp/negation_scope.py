"""How far a negation reaches (used by the qualifier, ``components/qualifier.py``).

A negation denies less than the words around it suggest in four wordings of news:
- a denial itself negated states the act as possible: "Russia does not rule out military
  cooperation with the DPRK", "did not deny arming the rebels" (hedged, not negated);
- a negated completeness denies only the completeness: "the rebels were not in full control
  of Nasir", "has not fully encircled the city" (they control part of it);
- stopping an act presupposes it: "agree to stop their attacks against government troops",
  "halted its offensive on the town" (the attacks happened);
- a negating verb does not reach into the circumstances told beside its object: "to prevent
  civilian deaths amid a campaign of Turkish airstrikes targeting the group".
"""

from __future__ import annotations

from spacy.tokens import Token

from actorgraph.nlp.lexicon import CESSATION_VERBS, CIRCUMSTANCE_PREPS, COMPLETENESS_WORDS, NEGATING_VERBS


def double_negated(tok: Token) -> bool:
    """A verb of denial that carries its own "not": "does not rule out", "did not deny"."""
    return tok.lemma_.lower() in NEGATING_VERBS and any(c.dep_ == "neg" for c in tok.children)


def denies_only_completeness(chain: list[Token]) -> bool:
    """Whether a word of completeness ("full", "fully", "complete") qualifies a word of the
    chain from the trigger up to the negated word: only the completeness is denied."""
    return any(
        c.dep_ in ("amod", "advmod") and c.lower_ in COMPLETENESS_WORDS for tok in chain for c in tok.children
    )


def outside_denial(verb: Token, below: Token | None) -> bool:
    """Whether the negating ``verb`` leaves the word ``below`` it (on the trigger's chain)
    stated: an act it stops, named as its object ("stop their attacks") or as a gerund
    ("ceased shelling the town"), or a circumstance hung on the verb ("amid ...")."""
    if below is None:
        return False
    if below.dep_ == "prep":
        return below.lower_ in CIRCUMSTANCE_PREPS
    if verb.lemma_.lower() not in CESSATION_VERBS:
        return False
    return below.dep_ == "dobj" or (below.dep_ == "xcomp" and below.tag_ == "VBG")
