"""What makes a noun phrase an unnamed side, for the resolver: national, bloc or stance
words ("the Turkish opposition", "anti-junta forces"), a sponsor's participle
("Iran-backed militias"), or an ethnic community's body ("Bosnian Serb forces"); where the
side's name starts, and the name a sponsor's participle may stand before."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from actorgraph.nlp.communities import names_community
from actorgraph.nlp.docdata import DEMONYM
from actorgraph.nlp.lexicon import (
    BLOC_ADJECTIVES,
    GROUP_NOUNS,
    LEADER_TITLES,
    ORGAN_NOUNS,
    SPONSOR_PARTICIPLES,
    SPONSORED_NOUNS,
    STANCE_PREFIXES,
)

#: Head nouns an unnamed side may have.
SIDE_HEADS = GROUP_NOUNS | SPONSORED_NOUNS


def _sponsored(token: Token) -> bool:
    """ "Turkish-backed", "Kurdish-led": a participle with a named sponsor before it."""
    return token.lower_ in SPONSOR_PARTICIPLES and any(
        c.dep_ in ("npadvmod", "compound", "amod", "nmod") and (c.ent_type_ or c.pos_ == "PROPN")
        for c in token.lefts
    )


def side_words(token: Token) -> tuple[list[Token], list[Token], list[Token]] | None:
    """The modifiers, national or bloc words and sponsors that make ``token`` an unnamed
    side ("the Turkish opposition", "Iran-backed militias", "anti-junta forces", "Kosovo
    Serb leaders"); None when it is none."""
    words = {token.lemma_.lower(), token.lower_}
    if not words & SIDE_HEADS and not _community_body(token, words):
        return None  # the common case, decided before the modifiers are read
    backed = [c for c in token.lefts if c.dep_ in ("amod", "compound") and _sponsored(c)]
    stance = any(c.lower_ in STANCE_PREFIXES for c in token.lefts)  # "anti-junta forces"
    if not words & GROUP_NOUNS and not (
        ((backed or stance) and words & SPONSORED_NOUNS) or _community_body(token, words)
    ):
        return None
    mods = [c for c in token.lefts if c.dep_ in ("amod", "compound", "nmod", "npadvmod")]
    sided = BLOC_ADJECTIVES | STANCE_PREFIXES | {"tribal"}
    national = [c for c in mods if c.ent_type_ in (DEMONYM, "NORP") or c.lower_ in sided]
    if not national and not backed:
        return None
    return mods, national, backed


def _community_body(token: Token, words: set[str]) -> bool:
    """ "Bosnian Serb forces", "Kosovo Serb leaders": a body or the leaders of an ethnic
    community, but not a title before a name ("Bosnian Serb leader Milorad Dodik")."""
    if token.dep_ == "compound" or not names_community(token):
        return False
    return bool(words & ORGAN_NOUNS) or (token.tag_ == "NNS" and bool(words & LEADER_TITLES))


def side_start(mods: list[Token], sides: list[Token], head: Token) -> int:
    """Where a collective's name starts: at its first modifier, but "masked Israeli
    settlers" are the Israeli settlers (a describing adjective before the side's modifier
    is no part of the name)."""
    at_sides = {c.i for c in sides}
    kept = sorted(mods, key=lambda c: c.i)
    while kept and kept[0].i not in at_sides and kept[0].pos_ in ("ADJ", "VERB") and kept[0].dep_ == "amod":
        kept.pop(0)
    return min(c.left_edge.i for c in kept) if kept else head.i


def named_after_sponsor(doc: Doc, backed: list[Token], head: Token) -> Span | None:
    """The name between a sponsor's participle and the group noun: "the Hezbollah-aligned
    Amal group", "the Iran-backed Kataib Hezbollah militia"."""
    if not backed:
        return None
    first = max(b.i for b in backed) + 1
    names = [t for t in doc[first : head.i] if t.pos_ == "PROPN" and t.text[:1].isupper()]
    if not names or len(names) != head.i - first:
        return None
    return doc[first : head.i]
