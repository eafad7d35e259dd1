"""Names an acronym spells out: "the Sudan People's Liberation Army (SPLA)", "The National
Peace and Order Maintaining Council (NPOMC)".

The statistical NER often cuts a long name into pieces, and a piece may be another actor the
gazetteer knows ("People's Liberation Army" is China's army; "Sudan" a state) or a fragment
("Order Maintaining Council"). When an all-capital acronym in brackets follows a run of
capitalised words whose initials spell it (small words such as "and", "of", "the" and a
possessive skipped), the run is one name: the pieces inside it give way to one mention of
the actor the run names (the gazetteer's, under the full name or the acronym, else an
unknown actor typed by its head word: "... Army" is an armed group).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from actorgraph.nlp.docdata import ActorRef, Mention
from actorgraph.nlp.docindex import doc_text, orth_indices, sent_bounds
from actorgraph.nlp.gazetteer import Gazetteer
from actorgraph.nlp.lexicon import NAME_CONNECTIVES, NAME_HEAD_TYPES
from actorgraph.resolve.names import actor_id

KIND = "ner"
#: How far before the bracket a spelled-out name may start, in tokens.
MAX_NAME_TOKENS = 14
POSSESSIVES = frozenset({"'s", "\u2019s", "'", "\u2019", "-"})


def with_spelled_names(doc: Doc, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """``mentions`` with each name an acronym spells out read as one mention."""
    for span in _spelled_spans(doc):
        inside = [m for m in mentions if span.start <= m.start and m.end <= span.end]
        astride = [m for m in mentions if m.start < span.start < m.end or m.start < span.end < m.end]
        exact = [m for m in inside if (m.start, m.end) == (span.start, span.end)]
        if exact or astride:
            continue  # already one name, or a name runs into it: leave the NER's reading
        actor = _actor(span, doc[span.end + 1].text, gazetteer)
        whole = Mention(span.start, span.end, actor, KIND)
        # in the place of the pieces: later passes read the list in its order
        at = mentions.index(inside[0]) if inside else len(mentions)
        mentions = [m for m in mentions[:at] if m not in inside] + [whole] + [
            m for m in mentions[at:] if m not in inside
        ]
    return mentions


def _spelled_spans(doc: Doc) -> list[Span]:
    """Each run of capitalised words right before "(ACRONYM)" whose initials spell it."""
    found: list[Span] = []
    # only the opening brackets are looked at (a Token object per word is what costs time)
    for i in orth_indices(doc, "(") if "(" in doc_text(doc) else ():
        if not 1 <= i < len(doc) - 2:
            continue
        acronym = doc[i + 1].text
        if doc[i + 2].text != ")" or not (3 <= len(acronym) <= 8):
            continue
        if not (acronym.isalpha() and acronym.isupper()):
            continue
        start = _spelling_start(doc, i, acronym)
        if start is not None:
            found.append(doc[start:i])
    return found


def _spelling_start(doc: Doc, bracket: int, acronym: str) -> int | None:
    """Where the run before ``bracket`` starts whose capitalised words' initials are the
    acronym, else None."""
    initials = ""
    floor = max(sent_bounds(doc, bracket)[0], bracket - MAX_NAME_TOKENS)
    for k in range(bracket - 1, floor - 1, -1):
        word = doc[k]
        if word.text in POSSESSIVES or (word.lower_ in NAME_CONNECTIVES and k < bracket - 1):
            continue
        if not (word.is_alpha and word.text[0].isupper()):
            return None
        initials = word.text[0] + initials
        if initials == acronym:
            return k
        if not acronym.endswith(initials):
            return None
    return None


def _actor(span: Span, acronym: str, gazetteer: Gazetteer) -> ActorRef:
    name = span.text
    entry = gazetteer.lookup(name) or gazetteer.lookup(acronym)
    if entry is not None:
        return ActorRef(entry.id, entry.name, entry.type.value, True)
    kind = NAME_HEAD_TYPES.get(span[-1].lower_, "ORGANIZATION")
    return ActorRef(actor_id(name), name, kind, False)
