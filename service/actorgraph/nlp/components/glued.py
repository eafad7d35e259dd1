"""Names the NER glued together: "the regional government of Tigray Abiy accused it ..."
reads "Tigray Abiy" as one person, where the article names the region "Tigray" on its own
and the prime minister "Abiy Ahmed". Such a span is split into the two actors it joins."""

from __future__ import annotations

from spacy.tokens import Doc

from actorgraph.nlp.docdata import ActorRef, Mention
from actorgraph.nlp.docindex import span_text
from actorgraph.resolve.names import normalize_name


def split_glued(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Each person only the NER found whose name is a name the article uses on its own
    followed by words of another person's full name becomes those two mentions."""
    alone: dict[str, Mention] = {}
    for m in mentions:
        alone.setdefault(normalize_name(span_text(doc, m.start, m.end)), m)
    people = [m.actor for m in mentions if m.actor.type == "PERSON" and len(m.actor.name.split()) > 1]
    out: list[Mention] = []
    for m in mentions:
        out += _split(doc, m, alone, people) or [m]
    return out


def _split(doc: Doc, m: Mention, alone: dict[str, Mention], people: list[ActorRef]) -> list[Mention]:
    if m.kind != "ner" or m.actor.type != "PERSON" or m.actor.known or m.end - m.start < 2:
        return []
    for cut in range(m.start + 1, m.end):
        head = normalize_name(span_text(doc, m.start, cut))
        rest = normalize_name(span_text(doc, cut, m.end))
        first = alone.get(head)
        if first is None or first.start == m.start:
            continue
        owner = next((p for p in people if _part_of(rest, p.name) and not _part_of(head, p.name)), None)
        if owner is not None:
            return [Mention(m.start, cut, first.actor, first.kind), Mention(cut, m.end, owner, "ner")]
    return []


def _part_of(words: str, name: str) -> bool:
    """Whether ``words`` are whole words of ``name``."""
    return f" {words} " in f" {normalize_name(name)} "
