"""Word-level tests shared by the rules and components: a noun's keys against the lexicon,
a title-case headline, a region named by its region noun."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from actorgraph.nlp.docdata import Mention
from actorgraph.nlp.lexicon import REGION_NOUNS


def noun_keys(token: Token) -> set[str]:
    """Lemma and crude singulars of a noun (the lemmatiser reads "bases" as "basis")."""
    low = token.lower_
    keys = {token.lemma_.lower(), low}
    if low.endswith("es"):
        keys.add(low[:-2])
        keys.add(low[:-1])
    elif low.endswith("s"):
        keys.add(low[:-1])
    return keys


def in_title_case(sent: Span) -> bool:
    """A headline set in title case ("The ISKP Claimed Responsibility for the Attacks"),
    where a capital says nothing about a name."""
    words = [t for t in sent if t.is_alpha and not t.is_stop and not t.ent_type_ and len(t) > 2]
    return len(words) >= 3 and all(t.is_title or t.is_upper for t in words)


def region_named(m: Mention, doc: Doc) -> bool:
    """ "Imo State", "Gwoza Local Government Area", "Sagaing Region": a name the gazetteer
    does not know as an actor whose last word is a capitalised region noun names a region,
    the area a town or a site lies in ("Orlu town, Imo State"), never the town or site itself."""
    last = doc[m.end - 1]
    return (not m.actor.known or m.actor.type == "PLACE") and last.is_title and last.lower_ in REGION_NOUNS


def named_region(name: Token, anaphor: Token) -> bool:
    """ "the district of Pataz", "Pataz district", "the region of Tigray": a name given with a
    region noun (other than the anaphor itself)."""
    described = name.head.head if name.dep_ == "pobj" and name.head.lower_ == "of" else None
    if described is None and name.dep_ == "compound":
        described = name.head
    return described is not None and described.i != anaphor.i and bool(noun_keys(described) & REGION_NOUNS)
