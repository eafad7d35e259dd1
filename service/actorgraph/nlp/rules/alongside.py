"""What a verb's company says: allies that fight "alongside" the doers against an enemy,
acts "on behalf of" someone, mediation "between" two sides, and partners who attack
"together with" the doers. Read for every verb with a sense (rules/verbal.py)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from actorgraph.model import RelationType
from actorgraph.nlp.docdata import Candidate
from actorgraph.nlp.lexicon import COOPERATIVE_VERBS
from actorgraph.nlp.rules.args import Arg, Args
from actorgraph.nlp.rules.emit import emit
from actorgraph.nlp.rules.verb_objects import allies_and_enemies, joint_partners

#: The base confidence of a verb's readings, as in rules/verbal.py.
BASE = 0.85


def alongside(args: Args, verb: Token, sources: list[Arg], sent: Span) -> Iterator[Candidate]:
    """ "fought alongside JNIM against the Malian army": the allies fight the enemy too;
    "on behalf of the RSF" is support; "mediated between A and B" is cooperation."""
    mediating = verb.lemma_.lower() in ("mediate", "broker", "negotiate", "shuttle")
    for child in (c for c in verb.children if c.dep_ == "prep"):
        objs = args.pobjs(child)
        if child.lower_ == "on" and any(p.lower_ == "behalf" for p in objs):
            for behalf in objs:
                for of in behalf.children:
                    for pobj in args.pobjs(of):
                        yield from emit(
                            sources,
                            RelationType.SUPPORTS,
                            args.all_actors(pobj),
                            verb,
                            sent,
                            BASE * 0.9,
                            "behalf",
                        )
        elif child.lower_ == "between" and mediating:
            for pobj in objs:
                yield from emit(
                    sources,
                    RelationType.COOPERATES_WITH,
                    args.all_actors(pobj),
                    verb,
                    sent,
                    BASE * 0.9,
                    "mediate",
                )
    allies, enemies = allies_and_enemies(args, verb)  # emitted after all the above, so read apart
    if enemies and allies and verb.lemma_.lower() in ("fight", "join", "unite", "battle", "side"):
        yield from emit(sources + allies, RelationType.FIGHTS, enemies, verb, sent, BASE * 0.9, "alongside")
    elif allies and verb.lemma_.lower() in COOPERATIVE_VERBS:
        # "has mediated between Israel and the group alongside Egypt"
        yield from emit(sources, RelationType.COOPERATES_WITH, allies, verb, sent, BASE * 0.85, "alongside")


def partners_in_arms(
    args: Args, verb: Token, rel: RelationType, sources: list[Arg], targets: list[Arg], sent: Span
) -> Iterator[Candidate]:
    """ "The UPDF together with the DRC army killed 16 ADF rebels": those who attack or
    fight "together with", "along with" or "alongside" the doers do it too, as their allies."""
    if rel not in (RelationType.ATTACKS, RelationType.FIGHTS) or not sources:
        return
    taken = {a.actor.id for a in (*sources, *targets)}
    partners = [p for p in joint_partners(args, verb) if p.actor.id not in taken and p.actor.type != "PLACE"]
    yield from emit(partners, rel, targets, verb, sent, BASE * 0.9, "partners")
    yield from emit(sources, RelationType.ALLIED_WITH, partners, verb, sent, BASE * 0.85, "partners")
