"""Acronyms an article defines: "the Movement of Democratic Forces of Casamance (MFDC)".

News names a group in full once, its acronym in brackets after it, and the acronym alone
from then on (and often in the headline before). The statistical NER rarely reads an
unknown acronym as a name (it tags "MFDC" a common noun), so a relation with it is lost. An
all-capital word in brackets right after the name of an organisation or group stands for it
wherever the article uses it and nothing else claims the word.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from actorgraph.nlp.docdata import ActorRef, Mention

KIND = "ner"
#: Types of actor an acronym can stand for (people and places have none).
NAMED_TYPES = frozenset({"ORGANIZATION", "ARMED_GROUP", "GOVERNMENT", "GROUP"})


def _acronym(token: Token) -> bool:
    text = token.text
    return 2 <= len(text) <= 10 and text.isupper() and text.replace("-", "").isalpha()


def _defined(doc: Doc, mentions: list[Mention]) -> dict[str, ActorRef]:
    """Each acronym the article defines, by its text: the actor of the name before the brackets."""
    found: dict[str, ActorRef] = {}
    for m in mentions:
        if m.actor.type not in NAMED_TYPES or m.end + 2 >= len(doc):
            continue
        opening, word, closing = doc[m.end], doc[m.end + 1], doc[m.end + 2]
        if opening.text == "(" and closing.text == ")" and _acronym(word):
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
        text = doc[m.start : m.end].text
        own = defined.get(text) if m.end - m.start == 1 and not m.actor.known else None
        out.append(Mention(m.start, m.end, own, m.kind) if own is not None else m)
    covered = {i for m in out for i in range(m.start, m.end)}
    return out + [
        Mention(t.i, t.i + 1, defined[t.text], KIND) for t in doc if t.text in defined and t.i not in covered
    ]
