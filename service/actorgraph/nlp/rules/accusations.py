"""An accusation opposes the accused; so does calling their acts unacceptable.

"Kataib Hezbollah alleged that US drones launched an airstrike", "Kenya blamed al-Shabaab
for the attack", "Sudan accuses the UAE of arming the RSF": whatever the accusation says
(hedged, since it is alleged), its main statement is the accuser's hostility to the
accused (the real-news conventions: accuser OPPOSES accused). For every hostile or
supporting act read by any rule, a governing verb of accusation in the same sentence
makes its subject oppose the act's doer.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from actorgraph.model import RelationType
from actorgraph.nlp.docdata import Candidate
from actorgraph.nlp.docindex import lemma_indices
from actorgraph.nlp.lexicon import (
    ACCUSING_VERBS,
    CONDEMN_VERBS,
    CONDEMNED_ACT_NOUNS,
    CONDEMNING_ADJECTIVES,
    CULPRIT_NAMING_VERBS,
    NOUNS,
    SPEECH_VERBS,
)
from actorgraph.nlp.rules.args import Arg, Args
from actorgraph.nlp.rules.emit import emit
from actorgraph.nlp.rules.noun_args import NounPhrase, latest_doers
from actorgraph.nlp.rules.usurpers import latest_usurpers, record_coup
from actorgraph.nlp.rules.verbal import sense_of

#: Acts an accusation is about: attacks, fighting, arming the accuser's enemies.
ACCUSED_ACTS = frozenset(
    {RelationType.ATTACKS, RelationType.FIGHTS, RelationType.SUPPORTS, RelationType.OPPOSES}
)
#: Dependencies that start a statement of its own, which an accusation above does not cover.
OTHER_STATEMENT = frozenset({"relcl", "appos", "conj", "parataxis", "advcl"})
ACCUSATION_FACTOR = 0.9
MAX_CLIMB = 5
CONDEMNED_BASE = 0.72
#: Acts whose allegation opposes their doer even when the act names no target.
HOSTILE_ACTS = frozenset({RelationType.ATTACKS, RelationType.FIGHTS})
ALLEGED_BASE = 0.8
#: Confidence kept by the doers of the lead's attack, named paragraphs before its condemnation.
LEAD_FACTOR = 0.8
#: Modifiers of an act noun that may name its doers ("Hamas's attack", "the Houthi strikes").
DOER_DEPS = frozenset({"compound", "poss", "nmod"})


def accusations(args: Args, found: list[Candidate]) -> Iterator[Candidate]:
    """OPPOSES candidates from accusers to the doers of the acts in ``found``."""
    doc = args.doc
    have = {(c.source.id, c.target.id) for c in found if c.relation == RelationType.OPPOSES}
    for cand in [c for c in found if c.relation in ACCUSED_ACTS]:
        node = doc[cand.trigger]
        for _ in range(MAX_CLIMB):
            if node.head.i == node.i or node.dep_ in OTHER_STATEMENT:
                break  # "Mali accused Algeria of ..., and the alliance recalled ...": another statement
            node = node.head
            if node.pos_ == "VERB" and node.lemma_.lower() in ACCUSING_VERBS:
                for accuser in args.agents(node):
                    key = (accuser.actor.id, cand.source.id)
                    if accuser.actor.id != cand.source.id and key not in have:
                        have.add(key)
                        base = cand.base * ACCUSATION_FACTOR * accuser.factor
                        yield Candidate(
                            accuser.actor,
                            RelationType.OPPOSES,
                            cand.source,
                            node.i,
                            cand.sent_start,
                            base,
                            "accusation",
                        )
                break


def condemned_acts(args: Args, phrase: NounPhrase, sent: Span) -> Iterator[Candidate]:
    """ "The White House said that attacks by settlers were unacceptable": who calls an
    act unacceptable, illegal or criminal opposes those who do it."""
    tok = phrase.tok
    copula = tok.head
    if tok.dep_ != "nsubj" or copula.lemma_ != "be" or copula.dep_ != "ccomp" or not phrase.sources:
        return
    judged = [c for c in copula.children if c.dep_ == "acomp" and c.lemma_.lower() in CONDEMNING_ADJECTIVES]
    speech = copula.head
    if judged and speech.lemma_.lower() in SPEECH_VERBS:
        speakers = args.agents(speech)
        yield from emit(
            speakers, RelationType.OPPOSES, phrase.sources, judged[0], sent, CONDEMNED_BASE, "condemned"
        )


def alleged_acts(args: Args, found: list[Candidate]) -> Iterator[Candidate]:
    """ "Kataib Hezbollah alleged that US drones launched an airstrike from Kuwait": an
    allegation that an actor did a hostile act opposes that actor, even where the act
    names no target for :func:`accusations` to start from."""
    have = {(c.source.id, c.target.id) for c in found if c.relation == RelationType.OPPOSES}
    for i in lemma_indices(args.doc, ACCUSING_VERBS):
        verb = args.doc[i]
        if verb.pos_ != "VERB":
            continue
        accusers = args.agents(verb)
        for act in (c for c in verb.children if c.dep_ == "ccomp" and _hostile_act(c)):
            for accused in args.agents(act):
                for accuser in accusers:
                    key = (accuser.actor.id, accused.actor.id)
                    if accuser.actor.id == accused.actor.id or key in have:
                        continue
                    have.add(key)
                    base = ALLEGED_BASE * accuser.factor * accused.factor
                    yield Candidate(
                        accuser.actor,
                        RelationType.OPPOSES,
                        accused.actor,
                        verb.i,
                        verb.sent.start,
                        base,
                        "allegation",
                    )


def _hostile_act(verb: Token, depth: int = 0) -> bool:
    """A verb of attack or fighting, or a light verb with an attack noun as its object
    ("launched an airstrike", "carried out raids"); also one the alleged verb reaches for
    ("was trying to kill people") or does its deed by ("violated the truce by shelling the
    town"), whose doer is the alleged verb's subject."""
    sense = sense_of(verb)
    if sense is not None and sense.relation in HOSTILE_ACTS:
        return True
    if any(c.dep_ == "dobj" and NOUNS.get(c.lemma_.lower()) in HOSTILE_ACTS for c in verb.children):
        return True
    if depth > 0:
        return False
    reached = [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    reached += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "by"
                for p in c.children if p.dep_ == "pcomp" and p.pos_ == "VERB"]  # fmt: skip
    return any(_hostile_act(r, depth + 1) for r in reached)


def condemned_doers(args: Args, phrase: NounPhrase, sent: Span) -> Iterator[Candidate]:
    """ "condemned the Israeli strikes", "denounced the coup": the condemner opposes whoever
    did the act. An act that names no doer is the one told before: an attack in this or
    the two sentences before; a coup (mutiny, uprising) anywhere earlier in the article,
    which usually tells only one ("the military coup that overthrew the government ...
    the United States condemned Wednesday's coup")."""
    tok = phrase.tok
    usurping = tok.lemma_.lower() in CONDEMNED_ACT_NOUNS
    makers = record_coup(args, tok, phrase.sources) if usurping else phrase.sources
    hostile = phrase.rel in (RelationType.ATTACKS, RelationType.FIGHTS) or usurping
    if phrase.verb is None or phrase.vlemma not in CONDEMN_VERBS or not hostile or tok.dep_ != "dobj":
        return
    # "the militia attacks" are some militia's; "Wednesday's coup" names only its day
    named = any(c.dep_ in DOER_DEPS and c.ent_type_ not in ("DATE", "TIME") for c in tok.children)
    earlier: list[Arg] = []
    if not makers and not named and not _unattributed(phrase.verb):
        recent = latest_usurpers(args, tok) if usurping else latest_doers(args, tok)
        earlier = recent or ([] if usurping else _lead_doers(args, tok))
    doers = [s for s in makers or earlier if s.actor.type != "PLACE"]
    yield from emit(
        args.agents(phrase.verb), RelationType.OPPOSES, doers, tok, sent, CONDEMNED_BASE, "condemned-act"
    )


def _lead_doers(args: Args, tok: Token) -> list[Arg]:
    """ "The White House has denounced the attack", paragraphs after the lead told it: where
    no attack was told in the sentences just before, "the attack" (one, definite) is the
    article's first, the one its lead reports."""
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children)
    if not definite or tok.tag_ != "NN":
        return []
    earlier = [found for i, found in args.attackers if i < tok.i]
    return [Arg(a.actor, a.factor * LEAD_FACTOR, tok.i) for a in earlier[0]] if earlier else []


def _unattributed(verb: Token) -> bool:
    """ "condemned the attack ... without assigning blame to any group", "without naming
    the perpetrators": a condemnation that refuses to say who did the act."""
    return any(
        p.dep_ == "pcomp" and p.lemma_.lower() in CULPRIT_NAMING_VERBS
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "without"
        for p in c.children
    )
