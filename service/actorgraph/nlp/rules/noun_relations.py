"""Which relation a noun states, and which verb governs it: the first decisions of the
nominal rule (:mod:`~actorgraph.nlp.rules.nominal`). "ties" state a relation only with a
word that says which; "control" only when taken, kept or held; a holding noun puts a
place in someone's hands ("under Houthi control"); counting nouns are transparent ("a
wave of drone attacks")."""

from __future__ import annotations

from spacy.tokens import Token

from actorgraph.model import RelationType
from actorgraph.nlp.lexicon import (
    AFFILIATION_NOUNS,
    CONTROL_VERBS,
    COUNTING_NOUNS,
    HOLDING_NOUNS,
    NOUN_ARGS,
    NOUNS,
    REACTION_VERBS,
    RECEIVE_VERBS,
    RELATION_NOUN_ARGS,
    SEVERING_NOUNS,
    SUPPLY_NOUNS,
    TIE_NOUNS,
    TIE_VERBS_NEG,
    TIE_VERBS_POS,
    VERBS,
    NounArgs,
)

NOUN_POS = ("NOUN", "PROPN")


def relation_of_noun(tok: Token) -> RelationType | None:
    if tok.pos_ not in NOUN_POS:
        return None
    lemma = tok.lemma_.lower()
    rel = NOUNS.get(lemma) or NOUNS.get(tok.lower_)
    if rel is None and lemma in ("fire", "shelling", "bombardment") and tok.head.lower_ == "under":
        return RelationType.ATTACKS  # "came under Israeli fire"
    if tie_noun(tok):
        return _tie_relation(tok)
    received = tok.dep_ == "dobj" and tok.head.lemma_.lower() in RECEIVE_VERBS
    if rel is None and lemma in SUPPLY_NOUNS and received:
        return RelationType.SUPPORTS  # "received drones from Iran"
    if held_under(tok):
        return RelationType.CONTROLS  # "areas under Houthi control", "remains in the hands of the Taliban"
    if rel == RelationType.CONTROLS and lemma == "control":
        return _control_relation(tok)
    return rel


def noun_args(tok: Token, rel: RelationType) -> NounArgs | None:
    """How the noun realises its arguments: its own lexicon entry's ``args`` when it states
    its own relation, else those of the relation's nouns ("under Houthi control")."""
    for key in (tok.lemma_.lower(), tok.lower_):
        if NOUNS.get(key) == rel:
            return NOUN_ARGS[key]
    return RELATION_NOUN_ARGS.get(rel)


def takes_sides(tok: Token, rel: RelationType) -> bool:
    """Whether the noun relates the sides "between" names to each other ("clashes between
    A and B", "the rivalry between A and B")."""
    found = noun_args(tok, rel)
    return found is not None and "between" in found.source


def tie_noun(tok: Token) -> bool:
    """ "ties", "relations", "contacts"; and a side's place in a body ("its membership in
    the CSTO"), whose "in" names the other side."""
    lemma = tok.lemma_.lower()
    return lemma in TIE_NOUNS or tok.lower_ in ("ties", "relations") or lemma in AFFILIATION_NOUNS


def _tie_relation(tok: Token) -> RelationType | None:
    """ "ties"/"relations" state a relation only with a word that says which: "close ties",
    "restored relations" (cooperation), "cut ties" (opposition)."""
    verb = governor(tok)
    words = {verb.lemma_.lower()} if verb is not None else set()
    if clause_slot(tok) is not tok:
        # "announced the severance of diplomatic relations with Morocco" (but who denounces
        # or welcomes the suspension of ties did not suspend them)
        reacting = verb is not None and verb.lemma_.lower() in VERBS.keys() | REACTION_VERBS
        return None if reacting else RelationType.OPPOSES
    for c in tok.children:
        if c.dep_ in ("amod", "compound"):
            words |= {c.lemma_.lower(), c.lower_}
    if words & TIE_VERBS_POS:
        return RelationType.COOPERATES_WITH
    if words & TIE_VERBS_NEG:
        return RelationType.OPPOSES
    return None


def _control_relation(tok: Token) -> RelationType | None:
    """ "control" states control "in control of X" or as the object of a verb of taking or
    keeping ("took control of", "retained control over"), not in "lost control"."""
    if tok.head.lower_ == "in":
        return RelationType.CONTROLS  # "HTS is in control of Idlib", "a bandit in control of the forest"
    verb = governor(tok)
    return RelationType.CONTROLS if verb is not None and verb.lemma_.lower() in CONTROL_VERBS else None


def held_under(tok: Token) -> bool:
    """A holding noun that puts what the clause is about in someone's hands: "under
    Houthi control", "under the rule of the junta", "in the hands of the Taliban"."""
    lemma = tok.lemma_.lower()
    under = tok.head.lower_ == "under" and lemma in HOLDING_NOUNS
    return under or (tok.lower_ == "hands" and tok.head.lower_ in ("in", "into"))


def clause_slot(tok: Token) -> Token:
    """The word that stands for the act in its clause: the counting noun of "a wave of
    drone attacks", the sum of "suspended $22 million in aid", the cutting of "announced a
    suspension of aid to Rwanda", else the act's noun itself."""
    head = tok.head
    if tok.dep_ != "pobj":
        return tok
    if head.lower_ in ("in", "of") and head.head.ent_type_ == "MONEY" and _help_noun(tok):
        return head.head
    if head.lower_ != "of":
        return tok
    if head.head.lower_ in COUNTING_NOUNS:
        return head.head
    if (tie_noun(tok) or _help_noun(tok)) and head.head.lemma_.lower() in SEVERING_NOUNS:
        return head.head  # "announced the severance of relations": who announces it cuts them
    return tok


def _help_noun(tok: Token) -> bool:
    """A noun of help given ("aid", "assistance", "funding")."""
    return NOUNS.get(tok.lemma_.lower()) == RelationType.SUPPORTS


def governor(tok: Token) -> Token | None:
    """The verb a noun is the object of, directly or through a preposition (or through a
    counting noun: "launched a wave of drone attacks")."""
    if clause_slot(tok) is not tok:
        return governor(clause_slot(tok))
    head = tok.head
    if tok.dep_ in ("dobj", "attr", "nsubj", "nsubjpass", "conj") and head.pos_ in ("VERB", "AUX"):
        return head
    if tok.dep_ == "dobj" and head.pos_ == "ADJ":
        return head  # a verb in quotes read as an adjective: "has “frozen” its participation in"
    if tok.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX", "ADJ"):
        return head.head
    return None
