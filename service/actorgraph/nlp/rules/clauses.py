"""What the parser's clauses say once its usual slips are read through: who a verb of
control hands its complement to, a verb misread as a noun, a subject that is a count of
what it names."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from actorgraph.model import RelationType
from actorgraph.nlp.docindex import once_per_doc
from actorgraph.nlp.lexicon import (
    FORCE_NOUNS,
    GROUP_NOUNS,
    NOUNS,
    ORGAN_NOUNS,
    PARTITIVE_WORDS,
    PEOPLE_NOUNS,
    PRENOMINAL,
    SPEECH_VERBS,
)

#: Past forms the lemmatiser leaves alone.
IRREGULAR = {"retook": "retake", "overran": "overrun", "outfought": "outfight", "shot": "shoot",
             "fought": "fight", "struck": "strike", "took": "take", "held": "hold", "led": "lead",
             "sent": "send", "sold": "sell", "met": "meet", "hit": "hit", "beat": "beat",
             "bombarded": "bombard", "shelled": "shell", "overrun": "overrun", "retaken": "retake"}


def controlled(verb: Token) -> list[Token]:
    """Who a verb of control has do its complement: its object ("urged Russia to stop"), or
    the object of "on"/"upon"/"to" ("called on Venezuela to", "appealed to Kigali to")."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if objs:
        return objs
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "upon", "to")]
    return [p for prep in preps for p in prep.children if p.dep_ == "pobj"]


def infinitive_misattached(verb: Token) -> bool:
    """ "prompting socialist Nicolas Maduro, the country's leader since 2013, to break
    relations with the United States", "prompting Israel, which had held its fire, to strike
    Gaza": after an apposition or a relative clause the parser coordinates the infinitive with
    the verb whose object it completes, or hangs it as an adverbial clause. A "to" infinitive
    after that verb's object, not linked to it by "and", is its complement."""
    to_infinitive = verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if verb.dep_ not in ("conj", "advcl") or not to_infinitive:
        return False
    head = verb.head
    linked = any(c.dep_ == "cc" and head.i < c.i < verb.i for c in head.children)
    return not linked and any(c.dep_ == "dobj" and c.i < verb.i for c in head.children)


def misread_verb(token: Token) -> bool:
    """A verb the parser read as a noun: a trigger noun with a direct object of its own
    ("The Houthis control much of northern Yemen", parsed as the noun phrase "The Houthis
    control" with "much" as its object)."""
    return token.pos_ == "NOUN" and token.dep_ == "ROOT" and any(c.dep_ == "dobj" for c in token.children)


def subject_phrase(token: Token) -> bool:
    """Whether the noun is a clause's subject, or what its subject counts: "Dozens of masked
    Israeli settlers stormed the village" (the subject is "Dozens")."""
    if token.dep_ in ("nsubj", "nsubjpass"):
        return True
    of = token.head if token.dep_ == "pobj" and token.head.lower_ == "of" else None
    counted = of.head if of is not None else None
    return (
        counted is not None
        and counted.dep_ in ("nsubj", "nsubjpass", "ROOT")  # ROOT: the parser lost the verb
        and (counted.lower_ in PARTITIVE_WORDS or counted.pos_ == "NUM")
    )


def object_read_as_subject(token: Token) -> bool:
    """A verb's object the parser made a second subject after it: "the army recaptured Wad
    Madani, the capital of ..." (with "Madani" as a subject of "recaptured")."""
    verb = token.head
    return (
        token.dep_ == "nsubj"
        and verb.pos_ == "VERB"
        and token.i > verb.i
        and not any(c.dep_ in ("dobj", "dative") for c in verb.children)
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in verb.children)
    )


def own_subject_only(verb: Token, head: Token) -> bool:
    """Whether a participle on ``head`` takes no subject from the clause around it: "airstrikes
    targeting X" (an act: its doer, not the clause's) and "the opposition, aided by US air
    strikes" (a side named by a common noun: the participle is about that side, not about the
    clause's subject; so is a state's organ: "the country's army led by X" is no army of the
    clause's subject), whereas in "an operation backed by US airstrikes" the operation is
    the clause subject's."""
    keys = {head.lemma_.lower(), head.lower_}
    if verb.tag_ == "VBG" and keys & NOUNS.keys():
        return True
    return verb.tag_ == "VBN" and bool(keys & SIDE_NOUNS)


#: Nouns that name a side themselves, never a thing of the clause's subject.
SIDE_NOUNS = GROUP_NOUNS | PEOPLE_NOUNS | ORGAN_NOUNS


#: Participles whose prefix holds or runs the noun: "Houthi-held positions" are the Houthis'.
HOLDING = (RelationType.CONTROLS, RelationType.LEADS)


def doer_prefix(child: Token) -> bool:
    """Whether a modifier is the doer of a participle hyphenated after it ("the UN-recognized
    government", "a Qatar-brokered truce"), not the owner of the noun ("Houthi-held
    positions", "the Hamas-run ministry" are)."""
    doc = child.doc
    if child.i + 2 >= len(doc) or doc[child.i + 1].text != "-" or child.whitespace_:
        return False
    participle = doc[child.i + 2]
    held = PRENOMINAL.get(participle.lemma_.lower()) in HOLDING
    return participle.tag_ == "VBN" and not held


def phrase_before_comma(participle: Token, head: Token) -> Token | None:
    """The noun right before the comma that sets off a participle the parser hung on a
    noun further back: in "an attack from the Revolutionary United Front (RUF), led by Sam
    Bockarie" the RUF is led, not the attack. A parenthesised acronym is stepped over; the
    noun must lie inside the phrase of ``head``."""
    doc = participle.doc
    i = participle.i - 1
    if i < 1 or doc[i].text != ",":
        return None
    i -= 1
    if doc[i].text == ")":
        while i > head.i and doc[i].text != "(":
            i -= 1
        i -= 1
    if not head.i < i <= head.right_edge.i or doc[i].pos_ not in ("NOUN", "PROPN"):
        return None
    return doc[i]


def speaks(noun: Token) -> bool:
    """Whether a noun the parser hung on a phrase is the subject of a trailing speech verb
    it made that noun's clause: "shot dead the commander ..., the military and rebels
    announced on Wednesday" (an attribution, not an apposition to the commander)."""
    return any(
        c.dep_ in ("acl", "relcl")
        and c.i > noun.i
        and c.lemma_.lower() in SPEECH_VERBS
        and not any(g.dep_ in ("dobj", "ccomp", "nsubj", "nsubjpass") for g in c.children)
        for c in noun.children
    )


def own_force(token: Token) -> bool:
    """ "its men", "their loyalists": fighters by a possessive pronoun, whoever that stands
    for (but "Palestinian men" are nobody's force)."""
    return token.lower_ in FORCE_NOUNS and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children)


def is_passive(verb: Token) -> bool:
    """Whether a verb is passive. The rules ask about the same verbs again and again (about
    four times each on news), and a parse never changes once made: the answers are kept
    for the doc."""
    known: dict[int, bool] = once_per_doc(verb.doc, "passive verbs", _no_answers)
    found = known.get(verb.i)
    if found is None:
        found = known[verb.i] = _passive(verb)
    return found


def _no_answers(doc: Doc) -> dict[int, bool]:
    return {}


def _passive(verb: Token) -> bool:
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return True
    if verb.dep_ == "conj" and verb.tag_ == "VBN" and verb.head.i != verb.i:
        # "eight soldiers have been killed and 13 others wounded": the auxiliaries are
        # shared with the passive before
        own = any(c.dep_ in ("aux", "dobj") for c in verb.children)
        return not own and is_passive(verb.head)
    # a participle with a direct object is a main verb the parser hung on its subject
    # ("The Saudi-led coalition bombed Sanaa", parsed as a noun with a participle)
    return (
        verb.tag_ == "VBN"
        and verb.dep_ in ("acl", "relcl")
        and not any(c.dep_ in ("aux", "nsubj", "dobj") for c in verb.children)
    )
