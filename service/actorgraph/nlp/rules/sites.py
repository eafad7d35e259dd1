"""The place where an attack happened is attacked too.

News states the site of a strike with a locative phrase under the attack, not as its
object: "struck a Hezbollah military structure in the village of Rachaf", "assaulted a
military camp on the outskirts of Bakouma town". For every attack read by any rule, the
places named by locative phrases in the attack's own clause (under its trigger or the
trigger's object, never inside a relative, adverbial or reported clause) become targets of
the same attacker, a little less surely than the attack itself.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from actorgraph.model import RelationType
from actorgraph.nlp.docdata import Candidate
from actorgraph.nlp.lexicon import CAPTURE_VERBS, LOCATIVE, PERSONAL_ATTACKS
from actorgraph.nlp.rules.args import Arg, Args

#: Dependencies that open another statement: what is under them is not this attack's site.
OTHER_CLAUSE = frozenset({"relcl", "advcl", "ccomp", "xcomp", "parataxis", "conj", "appos", "acl"})
SITE_FACTOR = 0.9
MAX_DEPTH = 4


def _sites(args: Args, token: Token, depth: int = 0) -> Iterator[Token]:
    """Objects of locative prepositions under ``token``, within its clause."""
    if depth > MAX_DEPTH:
        return
    for child in token.children:
        if child.dep_ in OTHER_CLAUSE:
            continue
        if child.dep_ == "prep" and child.lower_ in LOCATIVE:
            # every place of a list: "facilities in Natanz, Isfahan and Bushehr"
            listed = (c for p in args.pobjs(child) for c in args.with_conjuncts(p))
            yield from (p for p in listed if _named_place(args, p))
        yield from _sites(args, child, depth + 1)


def _named_place(args: Args, token: Token) -> bool:
    """A place with a name of its own ("Rachaf", "the village of Rachaf", "Bakouma town"),
    not something an actor owns ("US bases", "Hezbollah launchers")."""
    if any(args.at(c) for c in token.lefts if c.dep_ in ("poss", "compound", "amod", "nmod")):
        return False
    if token.pos_ == "PROPN":
        return True
    names = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    of = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in args.pobjs(c)]
    return bool(names) or any(p.pos_ == "PROPN" for p in of)


def unnamed_victims_sites(args: Args, verb: Token) -> list[Arg]:
    """ "Boko Haram fighters killed 20 farmers in Zabarmari": where a verb that only takes
    actors (kill, abduct) names no actor among its victims, the place it happened in was
    attacked."""
    if not any(c.dep_ == "dobj" for c in verb.children):
        return []
    return [p for pobj in _sites(args, verb) for p in args.place(pobj) if p.actor.type == "PLACE"]


def attack_sites(args: Args, found: list[Candidate]) -> Iterator[Candidate]:
    """Candidates for the sites of the attacks in ``found``."""
    doc = args.doc
    have = {(c.source.id, c.target.id) for c in found if c.relation == RelationType.ATTACKS}
    for cand in [c for c in found if c.relation == RelationType.ATTACKS]:
        trigger = doc[cand.trigger]
        if trigger.lemma_.lower() in PERSONAL_ATTACKS or trigger.lower_ in PERSONAL_ATTACKS:
            continue
        for pobj in _sites(args, trigger):
            for place in args.place(pobj):
                if place.actor.type != "PLACE" or (cand.source.id, place.actor.id) in have:
                    continue
                have.add((cand.source.id, place.actor.id))
                base = cand.base * SITE_FACTOR * place.factor
                yield Candidate(
                    cand.source,
                    RelationType.ATTACKS,
                    place.actor,
                    cand.trigger,
                    cand.sent_start,
                    base,
                    "site",
                )


def _held_by(args: Args, place: Token) -> list[Arg]:
    """Who held a captured thing: "an RSF base", "the Houthi-held port", "the town of X,
    an insurgents' stronghold" (named owners, the prefix of a holding participle, also of
    the place "of" names and of appositions)."""
    named = [
        place,
        *(p for c in place.children if c.dep_ == "prep" and c.lower_ == "of" for p in args.pobjs(c)),
    ]
    found: list[Arg] = []
    for token in (*named, *(c for n in named for c in n.children if c.dep_ == "appos")):
        for child in token.children:
            if child.dep_ in ("poss", "compound", "nmod"):
                found += args.at(child)
            elif child.dep_ == "amod" and child.lemma_.lower() in ("hold", "control", "occupy", "run"):
                found += [a for c in child.lefts for a in args.at(c)]
    return [a for a in found if a.actor.type not in ("PLACE", "PERSON")]


def captures(args: Args, found: list[Candidate]) -> Iterator[Candidate]:
    """Taking a place someone held attacks its holder: "recaptured the port town, an
    insurgents' stronghold", "seized an RSF base", "overran the Houthi-held port"."""
    doc = args.doc
    have = {(c.source.id, c.target.id) for c in found if c.relation == RelationType.ATTACKS}
    for cand in [c for c in found if c.relation == RelationType.CONTROLS]:
        verb = doc[cand.trigger]
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in CAPTURE_VERBS:
            continue
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            for holder in _held_by(args, obj):
                if holder.actor.id != cand.source.id and (cand.source.id, holder.actor.id) not in have:
                    have.add((cand.source.id, holder.actor.id))
                    base = cand.base * SITE_FACTOR * holder.factor
                    yield Candidate(
                        cand.source,
                        RelationType.ATTACKS,
                        holder.actor,
                        cand.trigger,
                        cand.sent_start,
                        base,
                        "capture",
                    )
