"""Units and their parents, groups and their leaders, from the noun phrase alone:
"the Al-Jazira Operations Command of the Popular Mobilization Forces", "Hezbollah's elite
Radwan Force" (MEMBER_OF the parent); "Shekau's Boko Haram group", "Haftar's LNA", "the
Wagner Group, under the command of Prigozhin" (the person LEADS the group).

Only named bodies count on both sides: a unit of an armed group or organisation is a member
of it; a state, a place or a person after "of" is not a parent ("the army of Sudan" is the
state itself, "the Coalition of Patriots for Change" is a name).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from actorgraph.model import RelationType
from actorgraph.nlp.docdata import Candidate, Mention
from actorgraph.nlp.lexicon import GROUP_HEADS
from actorgraph.nlp.rules.args import KIND_FACTOR, Arg, Args
from actorgraph.nlp.rules.emit import emit
from actorgraph.nlp.rules.roles import LED_TYPES

BASE = 0.8
UNIT_TYPES = frozenset({"ARMED_GROUP", "ORGANIZATION", "GROUP"})
PARENT_TYPES = frozenset({"ARMED_GROUP", "ORGANIZATION", "GOVERNMENT"})
NAMED_KINDS = frozenset({"gazetteer", "ner"})


def _parents(args: Args, mention: Mention, root: Token) -> list[Arg]:
    """Named bodies the unit belongs to: "of the PMF" after it, or "Hezbollah's" before it."""
    found: list[Arg] = []
    for child in root.children:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i >= mention.end:
            found += [a for p in args.pobjs(child) for a in _named_after(args, p, child)]
        elif child.dep_ == "poss" and child.i < mention.start:
            found += args.at(child)
    return [a for a in found if a.actor.type in PARENT_TYPES and a.actor.id != mention.actor.id]


def _named_after(args: Args, pobj: Token, of: Token) -> list[Arg]:
    """The bodies named after "of": not a name the "of" is itself part of ("the Crimean
    Parliament and Cabinet of Ministers", where the parser hangs "of Ministers" on the first
    name; "the Economic Community of West African States Monitoring Group")."""
    here = [m for m in args.by_token.get(pobj.i, []) if m.start > of.i]
    shortest = min((m.end - m.start for m in here), default=0)  # the most specific, as Args.at
    return [Arg(m.actor, KIND_FACTOR.get(m.kind, 0.9), pobj.i) for m in here if m.end - m.start == shortest]


def _leaders(args: Args, mention: Mention, root: Token) -> list[Arg]:
    """A person's possessive on a named group: "Shekau's Boko Haram group"."""
    owners = [a for c in root.children if c.dep_ == "poss" and c.i < mention.start for a in args.at(c)]
    return [a for a in owners if a.actor.type == "PERSON"]


def _commanders(args: Args, root: Token) -> list[Arg]:
    """The person a named group is put under: "the brigade under the command of X", or with
    the phrase set off before the verb ("The brigade, under the leadership of X, attacked")."""
    found = args.commanders(root)
    if not found and root.dep_ == "nsubj":
        found = [a for a in args.commanders(root.head) if a.token < root.head.i]
    return [a for a in found if a.actor.type == "PERSON"]


def units(args: Args, sent: Span, tokens: list[Token]) -> Iterator[Candidate]:
    """MEMBER_OF between a named unit and its parent; LEADS from a possessing person."""
    doc = sent.doc
    for mention in args.mentions:
        if not (sent.start <= mention.start < sent.end) or mention.kind not in NAMED_KINDS:
            continue
        if mention.actor.type not in LED_TYPES:
            continue
        root = doc[mention.start : mention.end].root
        head = root.head
        if root.dep_ == "compound" and head.i == mention.end and head.lemma_.lower() in GROUP_HEADS:
            root = head  # "Shekau's Boko Haram group": the phrase's head carries its modifiers
        unit = Arg(mention.actor, KIND_FACTOR.get(mention.kind, 0.9), root.i)
        if mention.actor.type in UNIT_TYPES:
            yield from emit(
                [unit], RelationType.MEMBER_OF, _parents(args, mention, root), root, sent, BASE, "unit-of"
            )
        yield from emit(
            _leaders(args, mention, root), RelationType.LEADS, [unit], root, sent, BASE, "leader-possessive"
        )
        yield from emit(
            _commanders(args, root), RelationType.LEADS, [unit], root, sent, BASE, "under-command"
        )
