"""Ninth round, speed: what the components read once per doc instead of per access gives
exactly what spaCy gives, and the objects behind a doc's rows are reused, not rebuilt."""

from __future__ import annotations

from tests.unit.test_nlp_extractor import extractor

from actorgraph.nlp import Extractor
from actorgraph.nlp.docdata import get_candidates, get_mentions
from actorgraph.nlp.docindex import TEXT, char_end, char_start, doc_text, sent_bounds, span_text

__all__ = ["extractor"]

TEXT_WITH_QUOTES = (
    "Ethiopian troops shelled Mekelle on Tuesday.  Tigrayan forces said the\n"
    "“government-backed militias” had looted the town ; Abiy Ahmed denied it. "
    "Eritrea's army, which backs Addis Ababa, did not comment. "
)


def test_texts_and_sentence_bounds_are_spacys(extractor: Extractor) -> None:
    doc = extractor.nlp(TEXT_WITH_QUOTES)
    assert doc_text(doc) == doc.text == doc.user_data[TEXT]
    for start in range(len(doc)):
        assert char_start(doc, start) == doc[start].idx
        assert char_end(doc, start) == doc[start].idx + len(doc[start].text)
        assert sent_bounds(doc, start) == (doc[start].sent.start, doc[start].sent.end)
        for end in range(start, len(doc) + 1):
            assert span_text(doc, start, end) == doc[start:end].text


def test_readers_reuse_the_objects_the_rows_were_written_from(extractor: Extractor) -> None:
    doc = extractor.nlp("Russian forces attacked Kharkiv, and Ukraine's army struck back on Monday.")
    mentions = get_mentions(doc)
    assert mentions and get_mentions(doc) == mentions
    assert all(a is b for a, b in zip(get_mentions(doc), mentions, strict=True))
    candidates = get_candidates(doc)
    assert candidates and all(a is b for a, b in zip(get_candidates(doc), candidates, strict=True))


def test_rows_written_anew_are_read_anew(extractor: Extractor) -> None:
    first = extractor.nlp("Hamas fighters attacked Israeli positions near Gaza City.")
    second = extractor.nlp("The Houthis fired missiles at a ship in the Red Sea, the US military said.")
    names = {m.actor.name for m in get_mentions(second)}
    assert get_mentions(first) and {m.actor.name for m in get_mentions(first)} != names
    assert {m.actor.name for m in get_mentions(second)} == names


def test_passive_verbs_are_read_once_and_the_same(extractor: Extractor) -> None:
    from actorgraph.nlp.rules import clauses

    doc = extractor.nlp(
        "Eight soldiers were killed and 13 others wounded when a convoy escorted by Malian troops "
        "was ambushed near Gao; the attack was claimed by JNIM."
    )
    first = [clauses.is_passive(t) for t in doc]
    assert first == [clauses._passive(t) for t in doc] == [clauses.is_passive(t) for t in doc]
    assert first[3] and first[7]  # "killed", and "wounded" sharing its auxiliary
