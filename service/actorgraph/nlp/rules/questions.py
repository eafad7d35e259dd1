"""Acts a sentence does not state as done.

Open questions: "it remains unclear whether Mr. Modi will meet Sheikh Hasina", "it was not
immediately clear if police had tried to protect Pétionville". A "whether" or "if" clause
under a word of not knowing asks whether the act happened; it states nothing, so no reading
of its own verb is kept (a conditional "if" without such a word stays, hedged by the
qualifier).

Acts asked for: "urged the Security Council and the African Union to condemn Khartoum's
act" does not have them condemn it; the asker's own stance is read on the asking verb
(rules/object_readings.py), not here.
"""

from __future__ import annotations

from spacy.tokens import Token

from actorgraph.nlp.lexicon import ASKING_VERBS, OPEN_QUESTION_WORDS, OPEN_WHEN_NEGATED_WORDS
from actorgraph.nlp.rules.clauses import infinitive_misattached

#: Dependencies by which a clause is the complement of the word that asks it.
QUESTION_DEPS = frozenset({"ccomp", "advcl", "csubj", "xcomp"})
#: How a verb shares its clause's mark: "if police had prepared ... or tried to protect X".
SHARED_DEPS = frozenset({"conj", "xcomp"})


def open_question(trigger: Token) -> bool:
    """Whether the trigger is the verb (or a verb coordinated with, or governed as an
    infinitive by, the verb) of a "whether"/"if" clause that a word of not knowing governs."""
    clause = trigger
    while not _marked(clause) and clause.dep_ in SHARED_DEPS and clause.head.i != clause.i:
        clause = clause.head
    if not _marked(clause) or clause.dep_ not in QUESTION_DEPS:
        return False
    governor = clause.head
    words = [governor, *(c for c in governor.children if c.dep_ in ("acomp", "attr", "oprd"))]
    negated = any(c.dep_ == "neg" for w in words for c in w.children)
    for word in words:
        forms = {word.lower_, word.lemma_.lower()}
        if forms & OPEN_QUESTION_WORDS or (negated and forms & OPEN_WHEN_NEGATED_WORDS):
            return True
    return False


def _marked(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in clause.children)


def asked_act(trigger: Token) -> bool:
    """Whether the trigger is an infinitive (or a verb coordinated with one) that an asking
    verb hands to its object ("urged X to condemn", "called on X to recognise") or to its
    passive subject ("were instructed to expand"): asked of X, not done by X."""
    verb = trigger
    while verb.dep_ == "conj" and verb.head.i != verb.i and not infinitive_misattached(verb):
        verb = verb.head
    if verb.tag_ != "VB" or not (verb.dep_ == "xcomp" or infinitive_misattached(verb)):
        return False
    asking = verb.head
    if asking.lemma_.lower() not in ASKING_VERBS:
        return False
    told = [c for c in asking.children if c.dep_ in ("dobj", "nsubjpass")]
    told += [c for c in asking.children if c.dep_ == "prep" and c.lower_ in ("on", "upon", "to")]
    return bool(told)
