"""The text of a doc, of a range of its tokens, and the bounds of a token's sentence,
read without spaCy's cost per access.

``Doc.text`` and ``Span.text`` join a Token object per word on every access, ``doc[a:b]``
builds a Span (and with it the character offsets of its ends) each time, and
``Token.sent`` first checks every token of the doc for sentence annotation. The components
asked for these for every mention, quotation and sentence they looked at, which was a tenth
of the extractor's own time. No component retokenizes, and sentence starts are final once
parsed, so they are read once per doc.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from typing import Any, TypeVar

from spacy.attrs import IDX, LEMMA, LENGTH, ORTH, SENT_START
from spacy.tokens import Doc

#: Doc.user_data key of the doc's text (a plain string, so the doc still crosses process
#: boundaries; the first component reads it, and every later one reuses it).
TEXT = "ag_text"

#: What was read of the last doc, by name. The components after the NER run one doc at a
#: time and never change it, so one slot per name, keyed by the doc object, is enough; the
#: slot holds the doc, so no other doc can come to have its identity while it is there.
_last_doc: dict[str, tuple[Doc, Any]] = {}
Read = TypeVar("Read")


def once_per_doc(doc: Doc, name: str, read: Callable[[Doc], Read]) -> Read:
    """``read(doc)``, worked out once for the doc the components are on (by ``name``)."""
    cached = _last_doc.get(name)
    if cached is not None and cached[0] is doc:
        value: Read = cached[1]
        return value
    value = read(doc)
    _last_doc[name] = (doc, value)
    return value


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per doc."""
    text = doc.user_data.get(TEXT)
    if not isinstance(text, str):
        text = doc.text
        doc.user_data[TEXT] = text
    return text


def _offsets(doc: Doc) -> tuple[list[int], list[int]]:
    """Where each token's text starts and ends."""
    return once_per_doc(doc, "offsets", _read_offsets)


def _read_offsets(doc: Doc) -> tuple[list[int], list[int]]:
    rows = doc.to_array([IDX, LENGTH])
    return rows[:, 0].tolist(), (rows[:, 0] + rows[:, 1]).tolist()


def span_text(doc: Doc, start: int, end: int) -> str:
    """``doc[start:end].text`` for ``0 <= start <= end <= len(doc)``, without the Span."""
    if start >= end:
        return ""
    starts, ends = _offsets(doc)
    return doc_text(doc)[starts[start] : ends[end - 1]]


def char_start(doc: Doc, i: int) -> int:
    """``doc[i].idx``, without the Token."""
    return _offsets(doc)[0][i]


def char_end(doc: Doc, i: int) -> int:
    """Where token ``i``'s text ends (its whitespace after it not counted)."""
    return _offsets(doc)[1][i]


def sentence_starts(doc: Doc) -> list[int]:
    """The index of each sentence's first token, as ``doc.sents`` gives them."""
    return once_per_doc(doc, "sentence starts", _read_sentence_starts)


def _read_sentence_starts(doc: Doc) -> list[int]:
    flags = doc.to_array(SENT_START).tolist()
    return [0] + [i for i, flag in enumerate(flags) if flag == 1 and i > 0]


def sent_bounds(doc: Doc, i: int) -> tuple[int, int]:
    """``(start, end)`` of the sentence token ``i`` is in: ``doc[i].sent``'s bounds."""
    starts = sentence_starts(doc)
    k = bisect_right(starts, i) - 1
    return starts[k], starts[k + 1] if k + 1 < len(starts) else len(doc)


#: Lower-cased lemmas by lemma id, across docs (the vocabulary's strings never change).
_lower_lemmas: dict[int, str] = {}


def lemma_indices(doc: Doc, lemmas: frozenset[str]) -> list[int]:
    """The indices of the tokens whose lower-cased lemma is one of ``lemmas``, read from
    the doc's lemma array: a pass that looks for a few words need not make a Token object
    for every word of the doc."""
    strings = doc.vocab.strings
    found: list[int] = []
    for i, lemma in enumerate(doc.to_array(LEMMA).tolist()):
        lower = _lower_lemmas.get(lemma)
        if lower is None:
            lower = _lower_lemmas[lemma] = strings[lemma].lower()
        if lower in lemmas:
            found.append(i)
    return found


def orth_indices(doc: Doc, text: str) -> list[int]:
    """The indices of the tokens whose text is ``text``."""
    orth = doc.vocab.strings[text]
    return [i for i, value in enumerate(doc.to_array(ORTH).tolist()) if value == orth]
