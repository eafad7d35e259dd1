"""Ethnic communities named by two national words: "Bosnian Serb leader", "Iraqi Kurdish
fighters", "Kosovo Serb leaders", "Turkish Cypriot", "the entity's ethnic-Serb leaders".

A demonym or a state's name that qualifies another national word (or that such a word
qualifies) names a community living inside a state, not the state: Dodik, a "Bosnian Serb
leader", leads neither Bosnia nor Serbia. "ethnic" before a demonym names the ethnic group
too. Written with a hyphen between them, two demonyms are a list of states ("US-British
strikes", "Russian-Iranian talks") and stay states.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from actorgraph.nlp.docdata import DEMONYM

#: Entity labels of words that name a people or a nation.
PEOPLE_LABELS = frozenset({DEMONYM, "NORP"})
#: Entity labels of words that name a state or a land, before a people's name ("Kosovo Serb").
LAND_LABELS = frozenset({DEMONYM, "NORP", "STATE", "GPE"})
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod"})


def communal(span: Span) -> bool:
    """Whether a demonym's or a state's span qualifies, or is qualified by, another
    national word before a noun, or follows "ethnic"."""
    doc = span.doc
    first, last = doc[span.start], doc[span.end - 1]
    if _after_ethnic(doc, span.start):
        return True
    if not _modifier(last):
        return False
    after = doc[span.end] if span.end < len(doc) else None
    before = doc[span.start - 1] if span.start > 0 else None
    if after is not None and _joined(last, after) and _national(after, PEOPLE_LABELS):
        return True
    return before is not None and _joined(before, first) and _national(before, LAND_LABELS)


def names_community(head: Token) -> bool:
    """Whether national words before ``head`` name an ethnic community."""
    doc = head.doc
    return any(
        c.dep_ in MODIFIER_DEPS and c.ent_type_ in PEOPLE_LABELS and communal(doc[c.i : c.i + 1])
        for c in head.lefts
    )


def _after_ethnic(doc: Doc, start: int) -> bool:
    """ "ethnic Serbs", "ethnic-Serb leaders"."""
    words = [doc[i].lower_ for i in range(max(0, start - 2), start)]
    return words[-1:] == ["ethnic"] or words == ["ethnic", "-"]


def _modifier(token: Token) -> bool:
    """A word that qualifies a noun after it (an adjective or a name before the head)."""
    return token.dep_ in MODIFIER_DEPS and token.head.i > token.i


def _joined(left: Token, right: Token) -> bool:
    """Two words side by side with a space between: no hyphen, comma or "and"."""
    return bool(left.whitespace_) and right.i == left.i + 1 and _modifier(left) and _modifier(right)


def _national(token: Token, labels: frozenset[str]) -> bool:
    return token.ent_type_ in labels and token.pos_ in ("ADJ", "PROPN", "NOUN")
