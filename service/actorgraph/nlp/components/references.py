"""How a mention refers: the most salient of the actors a description fits, a person's
shorter names, and whether a word stands in the article's headline."""

from __future__ import annotations

from spacy.tokens import Token

from actorgraph.nlp.docdata import ActorRef, Mention
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
        merged.append(Mention(m.start, m.end, longer, m.kind) if longer is not None else m)
    return merged


def in_headline(token: Token) -> bool:
    """Whether the token is in the article's first line, a headline (no full stop, a line
    break after it)."""
    sent = token.sent
    broken = "\n" in sent.doc.text[: sent.end_char + 3]
    return sent.start == 0 and sent[-1].text not in (".", "?", "!") and broken
