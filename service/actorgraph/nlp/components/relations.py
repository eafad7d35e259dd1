"""Relation extractor: runs the rule families over each sentence and keeps the best
reading of each (source, relation, target) per sentence."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import numpy as np
import numpy.typing as npt
from spacy.attrs import DEP, LEMMA, LOWER, POS
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from actorgraph.model import HOSTILE, ActorType, RelationType, admits
from actorgraph.nlp.camps import CAMP_NOUNS
from actorgraph.nlp.docdata import ActorRef, Candidate, get_mentions, set_candidates
from actorgraph.nlp.docindex import sentence_starts
from actorgraph.nlp.gazetteer import Gazetteer
from actorgraph.nlp.lexicon import (
    AFFILIATION_NOUNS,
    ATTR_NOUNS,
    BACKING_NOUNS,
    BLAME_COMPLEMENTS,
    ENABLE_VERBS,
    HOLDING_NOUNS,
    JOINT_ADVERBS,
    LABEL_NOUNS,
    LABEL_VERBS,
    LEADER_TITLES,
    MEMBER_TITLES,
    MEMBERSHIP_NOUNS,
    NOUNS,
    OBJECT_SENSE_VERBS,
    ORDERING_VERBS,
    PLACING_VERBS,
    PRENOMINAL,
    RECIPROCATING_VERBS,
    RELATIONLESS_VERBS,
    STANCE_PREFIXES,
    SUPPLY_NOUNS,
    TIE_NOUNS,
    VERBS,
)
from actorgraph.nlp.rules.accusations import accusations, alleged_acts
from actorgraph.nlp.rules.args import Args
from actorgraph.nlp.rules.backing import backing
from actorgraph.nlp.rules.camp_stances import camp_stances
from actorgraph.nlp.rules.clauses import IRREGULAR
from actorgraph.nlp.rules.ended import without_ended_ties
from actorgraph.nlp.rules.label_nouns import label_nouns
from actorgraph.nlp.rules.nominal import nominal
from actorgraph.nlp.rules.placing import blaming_complement, placing
from actorgraph.nlp.rules.questions import asked_act, open_question
from actorgraph.nlp.rules.roles import roles
from actorgraph.nlp.rules.sites import attack_sites, captures
from actorgraph.nlp.rules.units import units
from actorgraph.nlp.rules.verbal import verbal

#: Ties a leader's leadership already states ("Khamenei defended Tehran's drills").
OWN_TIES = frozenset({RelationType.SUPPORTS, RelationType.COOPERATES_WITH, RelationType.ALLIED_WITH})
Rule = Callable[[Args, Span, list[Token]], Iterator[Candidate]]
def trigger_words() -> set[str]:
    """Every word a rule starts from: verbs, relation nouns, participles, titles."""
    words: set[str] = {*STANCE_PREFIXES, "ties", "relations", "behalf", *JOINT_ADVERBS}
    for table in (VERBS, IRREGULAR, NOUNS, PRENOMINAL, ATTR_NOUNS):
        words |= set(table)
    words |= set(IRREGULAR.values()) | TIE_NOUNS | ENABLE_VERBS | OBJECT_SENSE_VERBS | LABEL_VERBS
    words |= LABEL_NOUNS | AFFILIATION_NOUNS
    words |= RELATIONLESS_VERBS | ORDERING_VERBS | RECIPROCATING_VERBS
    words |= LEADER_TITLES | MEMBER_TITLES | SUPPLY_NOUNS | HOLDING_NOUNS | MEMBERSHIP_NOUNS | PLACING_VERBS
    words |= BLAME_COMPLEMENTS | BACKING_NOUNS | CAMP_NOUNS
    return words


RULES: dict[str, Rule] = {
    "verbal": verbal, "nominal": nominal, "roles": roles, "units": units, "placing": placing,
    "backing": backing, "label_nouns": label_nouns, "camp_stances": camp_stances,
}


class RelationExtractor:
    def __init__(self, nlp: Language, name: str, gazetteer: Gazetteer, rules: list[str]) -> None:
        self.name = name
        self.gazetteer = gazetteer
        self.rules = [RULES[r] for r in rules]
        strings = nlp.vocab.strings
        # sorted ids, so that a doc's whole arrays are looked up at once (np.searchsorted)
        self.trigger_ids = _sorted_ids(strings.add(w) for w in trigger_words())
        self.pos_ids = _sorted_ids(strings.add(p) for p in ("VERB", "AUX", "NOUN", "PROPN", "ADJ"))
        self.dep_ids = _sorted_ids(strings.add(d) for d in ("attr", "appos", "oprd"))

    def candidates(self, doc: Doc) -> list[int]:
        """Indices of the tokens a rule could start from, read from the doc's arrays
        (creating a Token object per word is what costs time in Python)."""
        rows = doc.to_array([POS, DEP, LEMMA, LOWER])
        pos, dep, lemma, lower = rows[:, 0], rows[:, 1], rows[:, 2], rows[:, 3]
        trigger = _among(lower, self.trigger_ids)
        picked = _among(dep, self.dep_ids) | trigger
        picked |= _among(pos, self.pos_ids) & _among(lemma, self.trigger_ids)
        return [int(i) for i in np.flatnonzero(picked)]

    def __call__(self, doc: Doc) -> Doc:
        mentions = get_mentions(doc)
        found: dict[tuple[str, str, str, int], Candidate] = {}
        starts = sentence_starts(doc)
        if len(mentions) >= 1:
            args = Args(doc, mentions, self.gazetteer)
            picked = self.candidates(doc)
            bounds = list(zip(starts, [*starts[1:], len(doc)], strict=True))
            mention_starts = sorted(m.start for m in mentions)
            for start, end in bounds:
                if not any(start <= m < end for m in mention_starts):
                    continue
                sent = doc[start:end]
                tokens = [doc[i] for i in picked[bisect_left(picked, start) : bisect_left(picked, end)]]
                for rule in self.rules:
                    for cand in rule(args, sent, tokens):
                        key = (cand.source.id, cand.relation, cand.target.id, cand.sent_start)
                        best = found.get(key)
                        if best is None or cand.base > best.base:
                            found[key] = cand
            for derive in (attack_sites, captures, accusations, alleged_acts):
                for cand in list(derive(args, list(found.values()))):
                    found.setdefault((cand.source.id, cand.relation, cand.target.id, cand.sent_start), cand)
        kept = [c for c in found.values() if _admitted(c)]
        kept = _without_hostility_to_own(kept, self.gazetteer)
        kept = _without_membership_of_led(kept)
        kept = without_ended_ties(kept, doc)
        kept = [c for c in kept if not _blame_read_as_control(c, doc) and not _unstated(doc[c.trigger])]
        set_candidates(doc, kept)
        return doc


def _sorted_ids(ids: Iterable[int]) -> npt.NDArray[np.uint64]:
    return np.array(sorted(set(ids)), dtype=np.uint64)


def _among(values: npt.NDArray[Any], ids: npt.NDArray[np.uint64]) -> npt.NDArray[np.bool_]:
    """Which of ``values`` (a doc's array of ids) are in the sorted ``ids``."""
    at = np.minimum(np.searchsorted(ids, values), len(ids) - 1)
    found: npt.NDArray[np.bool_] = ids[at] == values
    return found


def _admitted(cand: Candidate) -> bool:
    """Readings the ontology allows between their actors' types ("a Mindanao official"
    is no member of a place, a person is no place to control). A type counts when the
    gazetteer gives it or the NER reads a place; the NER's persons are often villages, so
    such a name may be either ("captured Goma" stays a capture, but no reading of "the son
    of Yusuf, Barnawi" makes Barnawi something Yusuf leads)."""
    relation = RelationType(cand.relation)
    return any(
        admits(relation, source, target)
        for source in _possible_types(cand.source)
        for target in _possible_types(cand.target)
    )


def _without_hostility_to_own(cands: list[Candidate], gazetteer: Gazetteer) -> list[Candidate]:
    """Drop hostility and other ties between a leader and what the article or the gazetteer
    says he leads: "the country's president Idriss Deby died in combat with his forces" makes
    Deby fight the rebels, and a reading that has him fight Chad misread "his"; "Iran's
    Supreme Leader Ali Khamenei defended Tehran's drills" is leadership, not support."""
    led = {(c.source.id, c.target.id) for c in cands if c.relation == RelationType.LEADS}
    for c in cands:
        entry = gazetteer.get(c.source.id) if c.source.known else None
        if entry is not None:
            led |= {(c.source.id, t) for t in entry.leads}
    return [
        c for c in cands
        if c.relation not in HOSTILE | OWN_TIES
        or not {(c.source.id, c.target.id), (c.target.id, c.source.id)} & led
    ]  # fmt: skip


def _without_membership_of_led(cands: list[Candidate]) -> list[Candidate]:
    """Drop "X is a member of Y" where the article says X leads Y: the leader is the more
    precise reading of the same tie ("Naim Qassem, Hezbollah's deputy leader" read as a
    member, while the gazetteer knows he now leads it)."""
    led = {(c.source.id, c.target.id) for c in cands if c.relation == RelationType.LEADS}
    return [c for c in cands if c.relation != RelationType.MEMBER_OF or (c.source.id, c.target.id) not in led]


def _blame_read_as_control(cand: Candidate, doc: Doc) -> bool:
    """ "holds Hamas responsible" blames Hamas (rules/placing.py); it holds no place."""
    return cand.relation == RelationType.CONTROLS and blaming_complement(doc[cand.trigger]) is not None


def _unstated(trigger: Token) -> bool:
    """An act the sentence asks about or asks for rather than states (rules/questions.py)."""
    return open_question(trigger) or asked_act(trigger)


def _possible_types(actor: ActorRef) -> tuple[ActorType | None, ...]:
    if actor.known or actor.type == "PLACE":
        return (ActorType(actor.type),)
    if actor.type == "PERSON":
        return (ActorType.PERSON, ActorType.PLACE)
    return (None,)


@Language.factory(
    "actorgraph_relation_extractor",
    default_config={
        "gazetteer": {"@misc": "actorgraph.gazetteer.v1", "paths": []},
        "rules": ["verbal", "nominal", "roles"],
    },
)
def make_relation_extractor(
    nlp: Language, name: str, gazetteer: Gazetteer, rules: list[str]
) -> RelationExtractor:
    unknown = [r for r in rules if r not in RULES]
    if unknown:
        raise ValueError(f"unknown relation rules {unknown}; known: {sorted(RULES)}")
    return RelationExtractor(nlp, name, gazetteer, rules)
