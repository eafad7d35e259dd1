"""Acronyms an article defines: "the Movement of Democratic Forces of Casamance (MFDC)".

News names a group in full once, its acronym in brackets after it, and the acronym alone
from then on (and often in the headline before). The statistical NER rarely reads an
unknown acronym as a name (it tags "MFDC" a common noun), so a relation with it is lost. An
all-capital word in brackets right after the name of an organisation or group (or one in
title case that begins like the name: "(Lurd)") stands for it wherever the article uses it
and nothing else claims the word.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from actorgraph.nlp.docdata import ActorRef, Mention, nominal_tokens
from actorgraph.nlp.docindex import sent_bounds, span_text
from actorgraph.nlp.lexicon import ACRONYM_HEADS, NAME_HEAD_TYPES
from actorgraph.resolve.names import actor_id

KIND = "ner"
#: Types of actor an acronym can stand for (people and places have none).
NAMED_TYPES = frozenset({"ORGANIZATION", "ARMED_GROUP", "GOVERNMENT", "GROUP"})


def _acronym_shape(text: str) -> bool:
    """Two to ten letters (hyphens allowed), as an acronym is written."""
    return 2 <= len(text) <= 10 and text.replace("-", "").isalpha()


def _acronym(token: Token, name: str) -> bool:
    """An all-capital word, or one in title case that begins like the name (British style:
    "Liberians United for Reconciliation and Democracy (Lurd)", "Ecomog")."""
    text = token.text
    if not _acronym_shape(text):
        return False
    return text.isupper() or (text.istitle() and text[0] == name.removeprefix("the ")[:1])


def _defined(doc: Doc, mentions: list[Mention]) -> dict[str, ActorRef]:
    """Each acronym the article defines, by its text: the actor of the name before the brackets."""
    found: dict[str, ActorRef] = {}
    for m in mentions:
        if m.actor.type not in NAMED_TYPES or m.end + 2 >= len(doc):
            continue
        opening, word, closing = doc[m.end], doc[m.end + 1], doc[m.end + 2]
        if opening.text == "(" and closing.text == ")" and _acronym(word, m.actor.name):
            found.setdefault(word.text, m.actor)
    return found


def with_acronyms(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with every use of an acronym ``doc`` defines read as the defined actor:
    the unknown actors the NER made of it replaced, the uses it left out added."""
    defined = _defined(doc, mentions)
    if not defined:
        return mentions
    out: list[Mention] = []
    for m in mentions:
        text = span_text(doc, m.start, m.end)
        own = defined.get(text) if m.end - m.start == 1 and not m.actor.known else None
        out.append(Mention(m.start, m.end, own, m.kind) if own is not None else m)
    covered = {i for m in out for i in range(m.start, m.end)}
    return out + [
        Mention(t.i, t.i + 1, defined[t.text], KIND) for t in doc if t.text in defined and t.i not in covered
    ]


def headed_acronyms(doc: Doc, covered: set[int]) -> list[Mention]:
    """A one-word name the NER left out, before a noun that says what it names: "Bazoum's
    PNDS party", "the MAK movement", "the Islamo-conservative Rachad movement" (an acronym,
    or a proper noun in title case)."""
    out: list[Mention] = []
    for token in nominal_tokens(doc):
        head = token.head
        if token.ent_type_ or token.dep_ != "compound" or head.i != token.i + 1:
            continue
        if {token.i, head.i} & covered:
            continue
        word = head.lemma_.lower()
        titled = token.pos_ == "PROPN" and token.is_title and token.i > sent_bounds(doc, token.i)[0]
        named = token.text.isupper() or titled
        if not (named and _acronym_shape(token.text)) or word not in ACRONYM_HEADS:
            continue
        ref = ActorRef(actor_id(token.text), token.text, NAME_HEAD_TYPES.get(word, "ORGANIZATION"), False)
        out.append(Mention(token.i, head.i + 1, ref, KIND))  # the noun too: it heads the phrase
    return out


def listed_names(doc: Doc, mentions: list[Mention], covered: set[int]) -> list[Mention]:
    """A proper noun the NER left out, listed with a group it found: "the MAK and Rachad",
    "supporting Hamas and Kataib"; it names another group of the same kind."""
    out: list[Mention] = []
    groups = {m.end - 1: m for m in mentions if m.actor.type in NAMED_TYPES}
    for token in nominal_tokens(doc):
        listed = groups.get(token.head.i)
        if listed is None or token.dep_ != "conj" or token.i in covered or token.ent_type_:
            continue
        if not (token.pos_ == "PROPN" and token.is_title) or any(c.dep_ != "punct" for c in token.children):
            continue
        ref = ActorRef(actor_id(token.text), token.text, listed.actor.type, False)
        out.append(Mention(token.i, token.i + 1, ref, KIND))
    return out
