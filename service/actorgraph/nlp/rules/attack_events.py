"""How news states an attack as an event: what a clause on the attack noun says it hit
("an attack targeting a convoy", "an attack that killed soldiers"), and what a later,
definite mention of the attack refers back to ("JNIM later claimed the attack")."""

from __future__ import annotations

from spacy.tokens import Token

from actorgraph.model import RelationType
from actorgraph.nlp.lexicon import (
    ACCUSING_VERBS,
    BLAME_COMPLEMENTS,
    CLAIMED_ACT_NOUNS,
    DEFINITE_DETERMINERS,
    IMPACT_VERBS,
    INVOLVEMENT_NOUNS,
    NOUNS,
    PERPETRATING_VERBS,
)
from actorgraph.nlp.rules.args import Arg, Args
from actorgraph.nlp.rules.noun_args import NounPhrase, latest_recorded, verb_objects


def impact_clauses(tok: Token) -> list[Token]:
    """The clauses on an attack noun that say what it hit: a relative clause ("an attack
    that killed dozens") or a present participle ("a suicide attack targeting a convoy",
    "an ambush killing five policemen"), not a past one ("an attack claimed by IS")."""
    return [
        c
        for c in tok.children
        if c.lemma_.lower() in IMPACT_VERBS and (c.dep_ == "relcl" or (c.dep_ == "acl" and c.tag_ == "VBG"))
    ]


def clause_targets(args: Args, tok: Token) -> list[Arg]:
    """What the clauses on an attack noun say it hit (see :func:`impact_clauses`)."""
    return [a for clause in impact_clauses(tok) for a in verb_objects(args, clause)]


def perpetrated(phrase: NounPhrase) -> bool:
    """Whether the phrase says who did the act it names: "JNIM claimed the attack", "the
    raid was carried out by X", "claimed responsibility for the attack", "the attack by X"."""
    tok = phrase.tok
    if phrase.vlemma in PERPETRATING_VERBS:
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.lemma_.lower() in CLAIMED_ACT_NOUNS:
        return True  # "claimed responsibility for the attack"
    if tok.dep_ == "pobj" and tok.head.lower_ == "behind":
        return True  # "Al-Shabaab was behind the attack"
    if _responsible_for(tok) is not None:
        return True  # "the RSF was responsible for the attack"
    return any(c.dep_ == "prep" and c.lower_ in phrase.source_preps for c in tok.children) or any(
        c.dep_ == "acl" and c.lemma_.lower() == "claim" for c in tok.children
    )


def earlier_targets(args: Args, phrase: NounPhrase) -> list[Arg]:
    """What "the attack" a doer is said to have done hit, when it names no target itself:
    the targets of the latest attack read in this or the two sentences before ("Gunmen
    attacked an army convoy near Gao. JNIM later claimed the attack")."""
    tok = phrase.tok
    if not phrase.sources or not perpetrated(phrase):
        return []
    if not any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in tok.children):
        return []  # "claimed an attack": another one
    return latest_recorded(tok, args.attacked)


def claimed(phrase: NounPhrase) -> bool:
    """Whether the act is one its doers claim, which the text reports rather than states:
    "JNIM claimed the attack", "IS claimed responsibility for the bombing", "the attacks
    claimed by Jaish al-Adl"."""
    tok = phrase.tok
    if any(c.dep_ == "acl" and c.lemma_.lower() == "claim" for c in tok.children):
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.lemma_.lower() in CLAIMED_ACT_NOUNS:
        return tok.head.head.head.lemma_.lower() == "claim"
    return phrase.vlemma == "claim" and tok.dep_ in ("dobj", "nsubjpass")


def hung_on_date(prep: Token) -> list[Token]:
    """The place prepositions of an act the parser hung on its date: "operations between
    13 and 15 August in Mastung, Kalat and Mand", "raids on Monday in Gao"."""
    dates = [
        p for p in prep.children if p.dep_ == "pobj" and (p.ent_type_ in ("DATE", "TIME") or p.pos_ == "NUM")
    ]
    return [c for p in dates for c in p.children if c.dep_ == "prep" and c.lower_ in ("in", "near", "at")]


def listed_places(args: Args, token: Token) -> list[Arg]:
    """The places a list names: "in Mastung, Kalat, Quetta, and Mand". A name listed with a
    place is a place too, whatever the NER made of it (as in "the village of X")."""
    found = args.place(token)
    if not found:
        return []
    listed = [c for c in args.with_conjuncts(token) if c.i != token.i and c.pos_ == "PROPN"]
    return found + [a for c in listed for a in args.place(c, depth=1)]


def read_behind(args: Args, phrase: NounPhrase) -> None:
    """ "Al-Shabaab was behind the attack", "rebels are believed to be behind the bombing",
    "the RSF was responsible for the massacre": the subject of being behind (or responsible
    for) an act did it."""
    tok = phrase.tok
    if phrase.sources or tok.dep_ != "pobj":
        return
    verb = tok.head.head if tok.head.lower_ == "behind" else _responsible_for(tok)
    if verb is not None and verb.lemma_.lower() == "be":
        phrase.sources = [a for a in args.agents(verb) if a.actor.type != "PLACE"]


def _responsible_for(tok: Token) -> Token | None:
    """The copula of "X was responsible for <tok>", if that is what governs the act."""
    prep = tok.head
    if prep.lower_ != "for" or prep.head.lemma_.lower() not in BLAME_COMPLEMENTS:
        return None
    adjective = prep.head
    return adjective.head if adjective.dep_ in ("acomp", "attr") else None


def claims_an_act(verb: Token) -> bool:
    """Whether a verb of claiming claims an act rather than a place: "JNIM claimed the
    attack", "claimed responsibility for", "the attacks claimed by Jaish al-Adl" (what the
    act hit is read from the act's noun), not "Russia claimed the town"."""
    claimed = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ in ("acl", "relcl"):
        claimed.append(verb.head)  # "the attack claimed by IS", "an attack which IS claimed"
    words = {c.lemma_.lower() for c in claimed}
    hostile = (RelationType.ATTACKS, RelationType.FIGHTS)
    return bool(words & CLAIMED_ACT_NOUNS or {w for w in words if NOUNS.get(w) in hostile})


def read_involved(args: Args, phrase: NounPhrase) -> None:
    """ "accused Kataib Hezbollah of involvement in a rocket attack on the base", "Iran's
    role in the strike": who took part in an act did it (an attribution when accused)."""
    tok = phrase.tok
    if phrase.sources or tok.dep_ != "pobj" or tok.head.lower_ != "in":
        return
    noun = tok.head.head
    if noun.lemma_.lower() not in INVOLVEMENT_NOUNS:
        return
    owners = [c for c in noun.children if c.dep_ == "poss"]
    accuser = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if not owners and accuser is not None and accuser.lemma_.lower() in ACCUSING_VERBS | {"suspect"}:
        owners = [c for c in accuser.children if c.dep_ == "dobj"] or [
            c for c in accuser.children if c.dep_ == "nsubjpass"
        ]  # "accused X of involvement in", "X is suspected of involvement in"
        phrase.blamed = bool(owners)
    phrase.sources = [a for o in owners for a in args.all_actors(o) if a.actor.type != "PLACE"]
