"""People's names the statistical NER missed or cut short. The model knows few African and
Asian names:

- a capitalised title or rank right before capitalised proper nouns says they are a
  person's name whatever the model thought: "National Police Chief Listyo Sigit Prabowo
  said", "Those killed include 'Lt Col' Okello Yapee";
- a role in apposition says the same of a name the model missed: "Hugo Torres, a former
  Nicaraguan general, told the AP";
- a person's name the model ended one word early or began one word late, where the parser
  hangs the name and the capitalised word beside it together, takes that word in:
  "President Sekou Damate Conneh", "Col Ousmane Diatta Sagna".
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from actorgraph.nlp.components.entities import PERSON_PREFIXES, ROLE_NOUNS, TITLE_WORDS
from actorgraph.nlp.docdata import nominal_tokens
from actorgraph.nlp.lexicon import NAME_HEAD_TYPES, ORGAN_NOUNS, PLACE_NOUNS
from actorgraph.nlp.rules.places import in_title_case

#: Words that head a common noun phrase in title case ("Fighter Jets", "Police Station"),
#: never a person's name.
NOT_NAME_WORDS = TITLE_WORDS | PERSON_PREFIXES | ORGAN_NOUNS | PLACE_NOUNS | frozenset(NAME_HEAD_TYPES)
#: Quote marks that may stand between a rank and the name ("'Lt Col' Okello Yapee").
QUOTES = frozenset({"'", "\u2019", "\u2018", '"', "\u201c", "\u201d"})


def with_titled_names(doc: Doc) -> list[Span]:
    """``doc.ents`` plus a PERSON span for each run of untagged capitalised proper nouns
    right after a capitalised title, rank or honorific."""
    ents = [_completed(e) if e.label_ == "PERSON" and not e.kb_id_ else e for e in doc.ents]
    taken = 0
    for token in nominal_tokens(doc):  # a name word is a proper noun
        run = _titled_run(doc, token.i) if token.i >= taken else None
        if run is not None:
            ents.append(Span(doc, run[0], run[1], label="PERSON"))
            taken = run[1]
    return sorted(ents, key=lambda e: e.start)


def _completed(ent: Span) -> Span:
    doc, start, end = ent.doc, ent.start, ent.end
    while end < len(doc) and _name_word(doc[end]) and _compound_of(doc[end - 1], end, end + 1):
        end += 1
    while start > 0 and _name_word(doc[start - 1]) and _compound_of(doc[start - 1], start, end):
        start -= 1  # "Col Ousmane Diatta Sagna", where the model began at "Diatta"
    return ent if (start, end) == (ent.start, ent.end) else Span(doc, start, end, label=ent.label_)


def _compound_of(word: Token, start: int, end: int) -> bool:
    """Whether the parser hangs ``word`` as a compound on a token in [start, end)."""
    return word.dep_ == "compound" and start <= word.head.i < end


def _titled_run(doc: Doc, i: int) -> tuple[int, int] | None:
    if not _name_word(doc[i]) or (i > 0 and _name_word(doc[i - 1])):
        return None
    end = i + 1
    while end < len(doc) and _name_word(doc[end]):
        end += 1
    if not _after_title(doc, i) and not (end - i > 1 and _apposed_role(doc[i:end])):
        return None
    after = doc[end] if end < len(doc) else None
    if after is not None and (after.ent_type_ or (after.is_title and after.pos_ == "PROPN")):
        return None  # goes on into a name the model found, or a unit's: "Sultan Murad Division"
    if in_title_case(doc[i].sent):
        return None
    return i, end


def _name_word(tok: Token) -> bool:
    words = {tok.lower_, tok.lemma_.lower(), tok.lower_.rstrip(".")}
    return tok.pos_ == "PROPN" and tok.is_title and not tok.ent_type_ and not words & NOT_NAME_WORDS


def _after_title(doc: Doc, i: int) -> bool:
    before = i - 1
    if before >= 0 and doc[before].text in QUOTES:
        before -= 1
    if before < 0:
        return False
    if doc[before].text == "." and before > 0:
        before -= 1  # "Lt. Col. Supartodi", the full stop split off the rank
    title = doc[before]
    return not title.ent_type_ and title.text[:1].isupper() and title.lower_.rstrip(".") in PERSON_PREFIXES


def _apposed_role(run: Span) -> bool:
    """ "Hugo Torres, a former Nicaraguan general and a Sandinista dissident, told ...": a
    role in apposition makes the name a person's."""
    root = run.root
    return any(c.dep_ == "appos" and c.lemma_.lower() in ROLE_NOUNS for c in root.children)

