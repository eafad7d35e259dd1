"""The head of a state's institution named before the title: "Bolivian police chief Yuri
Calderon" leads the Bolivian police. Real news keeps a state's police, army or air force
apart from the state where it acts on its own (a coup, a crackdown, a police chief's orders)
and names it as the text does; the gazetteer says where the institution is the state itself
("Russian army" is an alias of Russia, so "Russian army chief X" leads Russia). With no
owner before it ("Army chief Prayut Chan-o-cha") the institution is the one the article
already speaks of ("the army"), else that of the state the article is clearly about."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from actorgraph.model import RelationType
from actorgraph.nlp.docdata import DEMONYM, ActorRef, Candidate, dominant_state
from actorgraph.nlp.gazetteer import Gazetteer
from actorgraph.nlp.lexicon import (
    INSTITUTION_HEAD_TITLES,
    INSTITUTION_ORGAN_NOUNS,
    INSTITUTION_ORGAN_PHRASES,
    LED_SIDE_NOUNS,
)
from actorgraph.nlp.rules.args import Arg, Args
from actorgraph.nlp.rules.emit import emit
from actorgraph.nlp.rules.titles import title_word
from actorgraph.resolve.names import actor_id, clean_surface, normalize_name

BASE = 0.9 * 0.95  # a title's reading (rules/roles.py), a little less sure


def institution(head: Token) -> bool:
    """Whether the noun names a state's institution: "police", "army", "air force",
    "armed forces"."""
    if head.lemma_.lower() in INSTITUTION_ORGAN_NOUNS or head.lower_ in INSTITUTION_ORGAN_NOUNS:
        return True
    before = head.doc[head.i - 1] if head.i > 0 else None
    if before is None or before.head.i != head.i:
        return False
    return f"{before.lower_} {head.lower_}" in INSTITUTION_ORGAN_PHRASES or (
        f"{before.lower_} {head.lemma_.lower()}" in INSTITUTION_ORGAN_PHRASES
    )


def named_as(gazetteer: Gazetteer, name: str) -> ActorRef | None:
    """The actor whose own name or explicit alias the phrase is ("Egyptian military" is
    Egypt's); not the organ phrases the gazetteer makes of every demonym."""
    entry = gazetteer.lookup(name)
    if entry is None:
        return None
    key = normalize_name(name)
    if key not in {normalize_name(s) for s in (entry.name, *entry.aliases, *entry.metonyms)}:
        return None
    return ActorRef(entry.id, entry.name, entry.type.value, True)


def _has_institution(doc: Doc, start: int, end: int) -> bool:
    return end > start and any(institution(t) for t in doc[start:end])


def _led_side(doc: Doc, start: int, end: int) -> bool:
    """ "opposition leader X": a side one leader heads, named before the title."""
    return end > start and any(t.lower_ in LED_SIDE_NOUNS for t in doc[start:end])


def institution_headed(
    args: Args, owner: Token | None, first: int, title: Token, word: str
) -> ActorRef | None:
    """The institution or side a head's title names between its owner (a demonym, or none:
    "Army chief X") and the title; None when there is none, or when an institution's owner is
    no demonym ("Uganda's army chief": the state's, as before)."""
    doc = title.doc
    if word not in INSTITUTION_HEAD_TITLES:
        return None
    if _led_side(doc, first, title.i):
        return _side_headed(args, owner, first, title)
    if not _has_institution(doc, first, title.i):
        return None
    if owner is not None and owner.ent_type_ != DEMONYM:
        return None
    start = owner.i if owner is not None else first
    name = clean_surface(doc[start : title.i].text)
    known = named_as(args.gazetteer, name)
    if known is not None:
        return known
    if owner is not None:
        return ActorRef(actor_id(name), name, "GOVERNMENT", False)
    same = _named_alike(args, name)
    if same is not None:
        return same
    setting = args.gazetteer.get(dominant_state(args.mentions, clear=True))
    return ActorRef(setting.id, setting.name, setting.type.value, True) if setting is not None else None


def _side_headed(args: Args, owner: Token | None, first: int, title: Token) -> ActorRef:
    """ "Venezuela's opposition leader", "his rival opposition leader": the side, a group
    named as the text names it (with the state or demonym that places it), the one the
    article already speaks of when it names it alike ("the opposition")."""
    start = owner.i if owner is not None else first
    name = clean_surface(title.doc[start : title.i].text)
    same = _named_alike(args, name)
    if same is not None:
        return same
    setting = dominant_state(args.mentions) if owner is None else ""
    return ActorRef(actor_id(f"{setting} {name}") if setting else actor_id(name), name, "GROUP", False)


def _named_alike(args: Args, name: str) -> ActorRef | None:
    key = normalize_name(name)
    alike = (m.actor for m in args.mentions if not m.actor.known and normalize_name(m.actor.name) == key)
    return next(alike, None)


def headed_institution(
    args: Args, person: Arg, owner: Token | None, first: int, title: Token, sent: Span
) -> list[Candidate]:
    """The leadership of the institution or side named before a title; a person the
    gazetteer knows keeps what it says he leads, bar a side ("opposition leader")."""
    if person.actor.known and not _led_side(title.doc, first, title.i):
        return []
    headed = institution_headed(args, owner, first, title, title_word(title) or "")
    if headed is None:
        return []
    at = owner.i if owner is not None else first
    return list(emit([person], RelationType.LEADS, [Arg(headed, 0.95, at)], title, sent, BASE, "title"))


def institution_title(
    args: Args, person: Arg, title: Token, owners: list[Arg], sent: Span
) -> list[Candidate]:
    """ "Bolivian police chief X", "Army chief X", "Venezuela's opposition leader X": a
    title's own modifiers name the institution or side, of the owner the title has when that
    comes before them (a side's owner may be a state's possessive)."""
    named = [
        c
        for c in title.lefts
        if c.dep_ in ("compound", "nmod", "amod") and (institution(c) or c.lower_ in LED_SIDE_NOUNS)
    ]
    if not named:
        return []
    sides = [c for c in named if c.lower_ in LED_SIDE_NOUNS]
    # a side is named from its noun ("his rival opposition leader": the opposition)
    first = min(c.i for c in sides) if sides else min(c.left_edge.i for c in named)
    if sides:  # placed by a state or demonym before it, not by whoever holds the title
        owner = _placing_owner(args, title, first)
    else:
        owner = title.doc[owners[0].token] if owners and owners[0].token < first else None
    return headed_institution(args, person, owner, first, title, sent)


def _placing_owner(args: Args, title: Token, first: int) -> Token | None:
    """The state or demonym before a side's title that places the side: "Venezuela's" in
    "Venezuela's opposition leader", "Kenyan" in "Kenyan opposition leader"."""
    doc = title.doc
    for token in doc[max(first - 3, 0) : title.i]:
        if token.ent_type_ == DEMONYM or any(a.actor.type == "STATE" for a in args.at(token)):
            return token
    return None
