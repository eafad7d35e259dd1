"""Lists of places read as one kind.

News lists the places an attack hit ("the localities of Mokolo, Guirvidig, Waza, Amchide and
Makari"), and the statistical NER labels such village names one by one, often differently
(an organisation, a product, a place). A name coordinated with names the NER reads as places
is a place too, when the article's gazetteer does not know it as something else.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from actorgraph.nlp.docdata import ActorRef, Mention
from actorgraph.resolve.names import actor_id, clean_surface

KIND = "ner"
#: How many listed names the NER must read as places before the others count as places.
MIN_PLACES = 2


def _list_of(token: Token) -> list[Token]:
    """The proper nouns coordinated with ``token`` (the token included), from the list's head."""
    head = token
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return [t for t in (head, *head.conjuncts) if t.pos_ == "PROPN"]


def places_in_lists(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with the unknown names listed among places retyped as places, and the
    listed names the NER left out added as places."""
    by_root = {doc[m.end - 1].i: m for m in mentions}
    out: dict[int, Mention] = {doc[m.end - 1].i: m for m in mentions}
    done: set[int] = set()
    for m in mentions:
        if m.actor.known or m.actor.type != "PLACE" or doc[m.end - 1].i in done:
            continue
        listed = _list_of(doc[m.end - 1])
        done.update(t.i for t in listed)
        places = [t for t in listed if t.i in by_root and by_root[t.i].actor.type == "PLACE"]
        if len(places) < MIN_PLACES:
            continue
        for t in listed:
            found = by_root.get(t.i)
            if found is None:
                start = min([t.i, *(c.i for c in t.lefts if c.dep_ == "compound" and c.pos_ == "PROPN")])
                name = clean_surface(doc[start : t.i + 1].text)
                out[t.i] = Mention(start, t.i + 1, ActorRef(actor_id(name), name, "PLACE", False), KIND)
            elif not found.actor.known and found.kind == KIND and found.actor.type != "PLACE":
                ref = found.actor
                out[t.i] = Mention(found.start, found.end, ActorRef(ref.id, ref.name, "PLACE", False), KIND)
    return sorted(out.values(), key=lambda m: (m.start, m.end))
