"""How a mention refers: the most salient of the actors a description fits, a person's
shorter names, and whether a word stands in the article's headline."""

from __future__ import annotations

from spacy.tokens import Span, Token

from actorgraph.nlp.docdata import ActorRef, Mention
from actorgraph.nlp.docindex import char_end, doc_text, sent_bounds
from actorgraph.nlp.lexicon import (
    GENERIC_ANAPHOR_NOUNS,
    HONORIFICS,
    LEADER_TITLES,
    MEMBER_TITLES,
    PLACE_NOUNS,
    RANKS,
)
from actorgraph.resolve.names import actor_id, normalize_name


def most_salient(described: list[ActorRef]) -> ActorRef:
    """Of the actors a description fits (latest mention first), the one the article has
    named most so far; the latest among equals. "The militant group" in a story about the
    Houthis that names Hamas once is the Houthis."""
    counts: dict[str, int] = {}
    for ref in described:
        counts[ref.id] = counts.get(ref.id, 0) + 1
    return max(described, key=lambda ref: counts[ref.id])  # max keeps the first (latest) of equals


def more_named(known: ActorRef, described: list[ActorRef], unknown: list[ActorRef]) -> ActorRef:
    """ "The group" is the actor the gazetteer describes with the noun unless the article has
    named a group it does not know more often: in a story about Paraguay's EPP that mentions
    the FARC in passing, "the group" is the EPP (a tie keeps the known actor: the NER's
    organisations are now and then places)."""
    if not unknown:
        return known
    rival = most_salient(unknown)
    named = sum(ref.id == known.id for ref in described)
    return rival if sum(ref.id == rival.id for ref in unknown) > named else known


def person(name: str, surnames: dict[str, ActorRef]) -> ActorRef:
    """A person the gazetteer does not know: a bare surname ("Ozer") is the full name
    met earlier in the article; a full name is remembered by its surname."""
    key = normalize_name(name)
    earlier = surnames.get(key)
    if earlier is not None:
        return earlier
    ref = ActorRef(actor_id(name), name, "PERSON", False)
    parts = key.split()
    if len(parts) > 1:
        surnames.setdefault(parts[-1], ref)
    return ref


def one_person_per_name(mentions: list[Mention]) -> list[Mention]:
    """A person named in full anywhere in the article is one actor with every shorter form
    of the name ("Bozize" before or after "Francois Bozize"): the longest form wins."""
    people = {m.actor for m in mentions if m.actor.type == "PERSON"}
    full: dict[str, ActorRef] = {}
    for ref in sorted(people, key=lambda r: (not r.known, -len(r.name))):
        parts = normalize_name(ref.name).split()
        for n in range(1, len(parts)):
            full.setdefault(" ".join(parts[-n:]), ref)
    merged: list[Mention] = []
    for m in mentions:
        unknown_person = m.actor.type == "PERSON" and not m.actor.known
        longer = full.get(normalize_name(m.actor.name)) if unknown_person else None
        if longer is None and m.kind == "ner" and m.actor.type in MISREAD_SURNAME_TYPES:
            longer = _surname_of(m.actor.name, full)
        merged.append(Mention(m.start, m.end, longer, m.kind) if longer is not None else m)
    return merged


#: The NER's types a lone surname is now and then given ("Kibaki" a place, "Hapilon" an
#: organisation) when the full name is a person's elsewhere in the article.
MISREAD_SURNAME_TYPES = frozenset({"ORGANIZATION", "PLACE"})
_NAME_PREFIXES = LEADER_TITLES | MEMBER_TITLES | HONORIFICS | RANKS


def _surname_of(name: str, full: dict[str, ActorRef]) -> ActorRef | None:
    """The person a one-word name the NER typed as a place or an organisation stands for:
    "Kibaki" (after "Mwai Kibaki"), "General Mane" (after "Ansumane Mane"). Only one word
    after any titles, so that a place named like a person ("Norte de Santander") stays."""
    parts = normalize_name(name).split()
    while len(parts) > 1 and parts[0].rstrip(".") in _NAME_PREFIXES:
        parts = parts[1:]
    if len(parts) != 1:
        return None
    ref = full.get(parts[0])
    return ref if ref is not None and len(normalize_name(ref.name).split()) > 1 else None


def in_headline(token: Token) -> bool:
    """Whether the token is in the article's first line, a headline (no full stop, a line
    break after it)."""
    doc = token.doc
    start, end = sent_bounds(doc, token.i)
    if start != 0 or doc[end - 1].text in (".", "?", "!"):
        return False
    return "\n" in doc_text(doc)[: char_end(doc, end - 1) + 3]


#: What "the group" may stand for when the gazetteer knows nothing of the actors named.
GENERIC_REFERENTS = frozenset({"ORGANIZATION", "ARMED_GROUP"})


def generic_referent(mention: Mention, words: set[str]) -> bool:
    return mention.actor.type in GENERIC_REFERENTS and bool(words & GENERIC_ANAPHOR_NOUNS)


def titled_generic(token: Token) -> bool:
    """ "group leader Santoso": a bare generic noun naming whose title it is refers back
    like "the group"."""
    return (
        token.dep_ == "compound"
        and token.lower_ in GENERIC_ANAPHOR_NOUNS
        and token.head.lemma_.lower() in LEADER_TITLES | MEMBER_TITLES
    )


def named_place(ent: Span) -> bool:
    """A capital named in apposition to a place noun is the place, not its state's metonym:
    "the Solomon Islands capital Honiara", "the city of Kyiv"."""
    root = ent.root
    if root.dep_ == "appos":
        return root.head.lemma_.lower() in PLACE_NOUNS
    return root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in PLACE_NOUNS
