"""Line breaks end sentences: real news pages put headlines, photo captions, bylines and
"Published On ..." lines on lines of their own, without a full stop. Parsed as one
sentence with the paragraph that follows, a caption's photographer becomes the subject of
the next report ("[Name/AP Photo] Rebels have killed ...") and a headline's words the
arguments of its first verb. Placed before the parser, which keeps boundaries set before
it.

Some copy is hard-wrapped (a newline every 60 characters, inside sentences). A text whose
lines mostly end without a sentence's closing punctuation is read as wrapped: there only a
blank line, or a newline after closing punctuation, ends a sentence."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from actorgraph.nlp.docindex import doc_text

LINE_BREAK = re.compile(r"\n\s*")
#: What ends a sentence, a caption ("[Name/AP Photo]") or a quotation at a line's end.
CLOSING = (".", "!", "?", '"', "\u201d", "'", "\u2019", "]", ")", ":")


def hard_wrapped(text: str) -> bool:
    """Whether most lines end inside a sentence (copy wrapped at a fixed width)."""
    lines = [line.rstrip() for line in text.split("\n") if line.strip()]
    open_ended = sum(1 for line in lines if not line.endswith(CLOSING))
    return len(lines) >= 4 and open_ended > len(lines) / 2


def breaks_sentence(text: str, start: int, end: int, wrapped: bool) -> bool:
    """Whether the line break text[start:end] ends a sentence."""
    if not wrapped or text.count("\n", start, end) > 1:
        return True
    return text[:start].rstrip().endswith(CLOSING)


class LineBreaks:
    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        if "\n" not in text:
            return doc
        wrapped = hard_wrapped(text)
        for match in LINE_BREAK.finditer(text):
            if match.end() >= len(text):
                break
            if not breaks_sentence(text, match.start(), match.end(), wrapped):
                continue
            span = doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
            if span is not None and span.start > 0:
                doc[span.start].is_sent_start = True
        return doc


@Language.factory("actorgraph_line_breaks")
def make_line_breaks(nlp: Language, name: str) -> LineBreaks:
    return LineBreaks(name)
