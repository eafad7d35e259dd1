"""Readings of a verb that hang on its object rather than its sense: hosting weapons,
ordering an actor out or to stop, recalling an envoy, brokering, acting jointly, taking a
place from a side. The verbal rule (:mod:`.verbal`) tries them on every verb."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from actorgraph.model import RelationType
from actorgraph.nlp.docdata import Candidate
from actorgraph.nlp.lexicon import (
    CAPTURE_VERBS,
    CESSATION_VERBS,
    CONTROL_VERBS,
    DEMANDING_VERBS,
    DEPARTING_PHRASAL_VERBS,
    DEPARTING_VERBS,
    DEPARTURE_NOUNS,
    ENVOY_NOUNS,
    HOSTED_NOUNS,
    HOSTING_VERBS,
    JOINT_VERBS,
    ORDERING_VERBS,
    VERBS,
)
from actorgraph.nlp.rules.args import Arg, Args, controlled, noun_keys
from actorgraph.nlp.rules.captives import captives
from actorgraph.nlp.rules.clauses import IRREGULAR
from actorgraph.nlp.rules.emit import emit, emit_pairs
from actorgraph.nlp.rules.reciprocals import reciprocal_readings
from actorgraph.nlp.rules.verb_objects import joint_partners

BASE = 0.85


def object_readings(args: Args, verb: Token, sent: Span) -> Iterator[Candidate]:
    """Readings that hang on the object: "hosts Russian nuclear weapons" (support),
    "ordered US troops to leave" and "recalled its ambassador from Algiers" (opposition),
    "brokered by Washington and Paris" (the brokers cooperate)."""
    for reading in (_hosting, _expulsion, _recall, _brokers, _joint_action, _taken_from, captives):
        yield from reading(args, verb, sent)
    for reading in (reciprocal_readings,):
        yield from reading(args, verb, sent)


def _hosting(args: Args, verb: Token, sent: Span) -> Iterator[Candidate]:
    """ "Belarus has hosted Russian tactical nuclear weapons": the host supports their owner."""
    if verb.lemma_.lower() not in HOSTING_VERBS or args.is_passive(verb):
        return
    for obj in (c for c in verb.children if c.dep_ == "dobj" and noun_keys(c) & HOSTED_NOUNS):
        owners = args.owners(obj) or [a for a in args.modifier_actors(obj) if a.actor.type == "STATE"]
        yield from emit(args.agents(verb), RelationType.SUPPORTS, owners, verb, sent, BASE * 0.85, "hosting")


def _expulsion(args: Args, verb: Token, sent: Span) -> Iterator[Candidate]:
    """ "ordered US troops to leave", "called on Venezuela to stop ...", "urged Russia not to
    ...", "demanded the departure of French troops": ordering an actor out, or to stop, is
    opposition to it."""
    lemma = verb.lemma_.lower()
    if lemma not in ORDERING_VERBS:
        return
    halted = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp", "advcl") and _halting(c)]
    if halted:
        # "called on Baghdad to end the presence of US forces": whose presence is to end
        ended = [t for c in halted for t in _ended_owners(args, c)]
        # "called for Karimov to resign", "demanded that Karimov step down": the clause's own subject
        told = [t for c in halted for s in c.children if s.dep_ == "nsubj" for t in args.all_actors(s)]
        targets = ended or told or [t for o in controlled(verb) for t in args.all_actors(o)]
        yield from emit(args.agents(verb), RelationType.OPPOSES, targets, verb, sent, BASE * 0.9, "expulsion")
    for clause in (c for c in verb.children if c.dep_ == "xcomp" and _hostile_infinitive(c)):
        # "urged parliament to expel American troops": who urges a hostile act opposes its target
        targets = [t for o in clause.children if o.dep_ == "dobj" for t in args.all_actors(o)]
        yield from emit(args.agents(verb), RelationType.OPPOSES, targets, verb, sent, BASE * 0.85, "urged")
    for noun in _demanded_nouns(verb):
        if noun_keys(noun) & DEPARTURE_NOUNS:
            for of in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
                targets = [t for p in args.pobjs(of) for t in args.all_actors(p)]
                yield from emit(
                    args.agents(verb), RelationType.OPPOSES, targets, verb, sent, BASE * 0.9, "expulsion"
                )


def _ended_owners(args: Args, clause: Token) -> list[Arg]:
    """Who owns what a clause tells someone to end: "to end the presence of US forces"
    (not "to stop its attacks": the one told to stop is the owner)."""
    objects = [c for c in clause.children if c.dep_ == "dobj"]
    return [a for o in objects for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
            for pobj in args.pobjs(p) for a in args.all_actors(pobj)]  # fmt: skip


def _hostile_infinitive(clause: Token) -> bool:
    """ "to expel American troops", "to sanction Rwanda", "to strike Iran"."""
    sense = VERBS.get(clause.lemma_.lower())
    hostile = sense is not None and sense.relation in (RelationType.OPPOSES, RelationType.ATTACKS)
    infinitive = clause.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
    return hostile and infinitive


def _halting(clause: Token) -> bool:
    """An infinitive that tells its doer to leave or to stop, or not to act (a finite clause
    is something said: "told Reuters the army abandoned the camp"); "for X to resign" and a
    demand's "that X step down" tell it too."""
    if clause.tag_ != "VB" or not _told(clause):
        return False
    lemma = clause.lemma_.lower()
    particles = {f"{lemma} {c.lower_}" for c in clause.children if c.dep_ in ("prt", "advmod")}
    departing = lemma in DEPARTING_VERBS | CESSATION_VERBS or bool(particles & DEPARTING_PHRASAL_VERBS)
    return departing or any(c.dep_ == "neg" for c in clause.children)


def _told(clause: Token) -> bool:
    """A clause that tells someone to act: an infinitive ("urged Russia to withdraw"; as an
    adverbial clause only "for X to": "called for Karimov to resign"), or the bare verb a
    demand puts after "that" ("demanded that Karimov step down", not "warned that X would")."""
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
    if clause.dep_ == "advcl":
        return infinitive and "for" in marks
    if infinitive:
        return True
    demanded = clause.dep_ == "ccomp" and clause.head.lemma_.lower() in DEMANDING_VERBS
    return demanded and "that" in marks and not any(c.dep_ == "aux" for c in clause.children)


def _demanded_nouns(verb: Token) -> list[Token]:
    """What a verb demands: its object ("demanded the departure"), or "for" ("called for")."""
    found = [c for c in verb.children if c.dep_ == "dobj"]
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"):
        found += [p for p in prep.children if p.dep_ == "pobj"]
    return found


def _taken_from(args: Args, verb: Token, sent: Span) -> Iterator[Candidate]:
    """ "captured the town from the junta", "seized control over Nasir from the army": who
    takes a place from a side attacks that side."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    lemma = IRREGULAR.get(verb.lower_, verb.lemma_.lower())  # "retook" is lemmatised as itself
    taking = lemma in CAPTURE_VERBS or (
        verb.lemma_.lower() in CONTROL_VERBS and any(o.lemma_.lower() == "control" for o in objs)
    )
    if not taking or args.is_passive(verb):
        return
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"):
        holders = [a for p in args.pobjs(prep) for a in args.all_actors(p) if a.actor.type != "PLACE"]
        yield from emit(
            args.agents(verb), RelationType.ATTACKS, holders, verb, sent, BASE * 0.85, "taken-from"
        )


def _recall(args: Args, verb: Token, sent: Span) -> Iterator[Candidate]:
    """ "recalled its ambassador from Algiers": opposition to the host."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    recalled = any(noun_keys(o) & ENVOY_NOUNS for o in objs)
    if verb.lemma_.lower() in ("recall", "withdraw", "expel") and recalled:
        holders = [verb, *objs]  # "recalled its ambassador from Paris": "from" may hang off either
        for prep in (c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "from"):
            targets = [t for p in args.pobjs(prep) for t in args.all_actors(p)]
            yield from emit(
                args.agents(verb), RelationType.OPPOSES, targets, verb, sent, BASE * 0.9, "recall"
            )


def _brokers(args: Args, verb: Token, sent: Span) -> Iterator[Candidate]:
    """ "a deal brokered by Washington and Paris": the brokers cooperate."""
    if verb.lemma_.lower() in ("broker", "mediate", "sponsor", "co-sponsor") and args.is_passive(verb):
        brokers = args.agents(verb)
        if len(brokers) > 1:
            yield from emit_pairs(brokers, RelationType.COOPERATES_WITH, verb, sent, BASE * 0.85, "brokers")


def _joint_action(args: Args, verb: Token, sent: Span) -> Iterator[Candidate]:
    """ "Egypt and Qatar, together with the United States, presented a proposal": the
    doers of a joint act and those named with them cooperate."""
    if verb.lemma_.lower() not in JOINT_VERBS or args.is_passive(verb):
        return
    partners = [a for a in [*args.agents(verb), *joint_partners(args, verb)] if a.actor.type != "PLACE"]
    if len({a.actor.id for a in partners}) > 1:
        yield from emit_pairs(partners, RelationType.COOPERATES_WITH, verb, sent, BASE * 0.85, "joint-action")
