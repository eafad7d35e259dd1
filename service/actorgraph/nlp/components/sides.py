"""One side per sponsor in an article.

Reports name a sponsored side by varying words: "Turkish-backed Syrian factions launched
an offensive ... after Ankara-aligned forces captured Tal Rifaat ... nine Turkish-backed
fighters were killed ... the Ankara-aligned groups declared control". Each phrase becomes an
unnamed group of its own, so one side turns into four actors and three of them into edges
nobody can follow. Within one article, unnamed groups whose name holds a sponsoring
participle ("-backed", "-aligned") with the same sponsor and the same relation, and whose
head names fighting members rather than an institution, are the first one named.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from actorgraph.model import RelationType
from actorgraph.nlp.docdata import ActorRef, Mention
from actorgraph.nlp.lexicon import PRENOMINAL, SIDE_NOUNS, SPONSOR_PARTICIPLES
from actorgraph.nlp.rules.words import noun_keys

#: The participle relations that make a sponsored side: backing and alignment are one.
SIDING = frozenset({RelationType.SUPPORTS, RelationType.ALLIED_WITH})
#: Mention kinds that name an actor (rather than describe one).
NAME_KINDS = frozenset({"gazetteer", "ner", "metonym"})


def one_side_per_sponsor(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each unnamed sponsored side replaced by the first one named (or
    by the name apposed to it)."""
    mentions = named_in_apposition(doc, mentions)
    known_at = {i: m.actor.id for m in mentions if m.kind != "group" for i in range(m.start, m.end)}
    first: dict[str, ActorRef] = {}
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: m.start):
        key = _sponsor_key(doc, m, known_at) if m.kind == "group" and not m.actor.known else None
        if key is None:
            out.append(m)
            continue
        ref = first.setdefault(key, m.actor)
        out.append(Mention(m.start, m.end, ref, m.kind))
    return out


def named_in_apposition(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "Al-Qaeda-linked militant group, JNIM, claimed ...", "the Iran-backed militia,
    Kataib Hezbollah, attacked ...": an unnamed side described and then named in apposition
    is the named actor; the description says what it is, not who."""
    named = {i: m for m in mentions if m.kind in NAME_KINDS for i in range(m.start, m.end)}
    out: list[Mention] = []
    for m in mentions:
        name = _apposed_name(doc[m.end - 1], named) if m.kind == "group" and not m.actor.known else None
        out.append(m if name is None else Mention(m.start, m.end, name.actor, name.kind))
    return out


def _apposed_name(head: Token, named: dict[int, Mention]) -> Mention | None:
    for child in head.rights:
        found = named.get(child.i) if child.dep_ == "appos" else None
        if found is not None and found.actor.type not in ("PLACE", "PERSON"):
            return found
    return None


def _sponsor_key(doc: Doc, mention: Mention, known_at: dict[int, str]) -> str | None:
    """The sponsor's id of a group named "<sponsor>-<participle> ... <side noun>"."""
    if not noun_keys(doc[mention.end - 1]) & SIDE_NOUNS:
        return None
    for tok in doc[mention.start : mention.end - 1]:
        relation = PRENOMINAL.get(tok.lemma_.lower()) if tok.lower_ in SPONSOR_PARTICIPLES else None
        sponsor = _sponsor(tok, known_at) if relation in SIDING else None
        if sponsor:
            return sponsor
    return None


def _sponsor(participle: Token, known_at: dict[int, str]) -> str | None:
    for child in participle.lefts:
        sponsor = child.ent_kb_id_ or known_at.get(child.i)
        if sponsor:
            return sponsor
    return None
