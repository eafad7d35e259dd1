"""Typographic apostrophes read as typed ones: real news prints "Sudan's", "Kata'ib" and
"don't" with U+2019 (a right single quotation mark), and the statistical model, trained
mostly on typed apostrophes, parses "Riek Machar, South Sudan's former vice president"
with U+2019 differently from the same words typed (it loses the possessive, and with it
the title's holder). The model reads a word through its norm, shape, prefix and suffix,
so the component gives every word with a typographic apostrophe the features of its typed
twin. The text, and so every evidence offset, is unchanged. Placed first, before the
shared token-to-vector layer."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from actorgraph.nlp.docindex import doc_text

#: Typographic marks and the typed character the model knows them as.
TYPED: dict[str, str] = {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'}
#: Pieces the tokenizer splits off with a typographic apostrophe: given all four features
#: of their typed twins in the vocabulary (shape, prefix and suffix cannot be set per word).
AFFIXES = ("\u2019s", "\u2019", "\u2018", "n\u2019t", "\u2019re", "\u2019ve", "\u2019ll", "\u2019d")


MARKS = re.compile("[" + "".join(TYPED) + "]")


def typed(text: str) -> str:
    return "".join(TYPED.get(ch, ch) for ch in text)


def align_affixes(vocab: Vocab, forms: tuple[str, ...]) -> None:
    for form in forms:
        for variant in (form, form.upper(), form.capitalize()):
            lexeme, twin = vocab[variant], vocab[typed(variant)]
            lexeme.norm_, lexeme.shape_ = twin.norm_, twin.shape_
            lexeme.prefix_, lexeme.suffix_ = twin.prefix_, twin.suffix_


class Typography:
    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        # find the marks in the text, not by visiting every token (a Token object per word
        # is what costs time in Python)
        seen: set[int] = set()
        for match in MARKS.finditer(doc_text(doc)):
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is None or span.start in seen:
                continue
            seen.add(span.start)
            token = span[0]
            token.norm_ = doc.vocab[typed(token.text)].norm_
        return doc


@Language.factory("actorgraph_typography", default_config={"affixes": list(AFFIXES)})
def make_typography(nlp: Language, name: str, affixes: list[str]) -> Typography:
    align_affixes(nlp.vocab, tuple(affixes))
    return Typography(name)
