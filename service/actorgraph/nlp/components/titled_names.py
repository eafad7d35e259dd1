"""People's names the statistical NER missed or cut short. The model knows few African and
Asian names:

- a capitalised title or rank right before capitalised proper nouns says they are a
  person's name whatever the model thought: "National Police Chief Listyo Sigit Prabowo
  said", "Those killed include 'Lt Col' Okello Yapee";
- a role in apposition says the same of a name the model missed: "Hugo Torres, a former
  Nicaraguan general, told the AP";
- a person's name the model ended one word early or began one word late, where the parser
  hangs the name and the capitalised word beside it together, takes that word in:
  "President Sekou Damate Conneh", "Col Ousmane Diatta Sagna", and across tight hyphens:
  "General Waker-Uz-Zaman";
- a name a relative "who" describes is a person's, and so is every other lone use of it:
  "Micheletti, who as leader of Congress ...".
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from actorgraph.nlp.components.entities import PERSON_PREFIXES, ROLE_NOUNS, TITLE_WORDS
from actorgraph.nlp.docdata import nominal_tokens
from actorgraph.nlp.lexicon import NAME_HEAD_TYPES, ORGAN_NOUNS, PLACE_NOUNS
from actorgraph.nlp.rules.words import in_title_case

#: Words that head a common noun phrase in title case ("Fighter Jets", "Police Station"),
#: never a person's name.
NOT_NAME_WORDS = TITLE_WORDS | PERSON_PREFIXES | ORGAN_NOUNS | PLACE_NOUNS | frozenset(NAME_HEAD_TYPES)
#: Quote marks that may stand between a rank and the name ("'Lt Col' Okello Yapee").
QUOTES = frozenset({"'", "\u2019", "\u2018", '"', "\u201c", "\u201d"})


def with_titled_names(doc: Doc) -> list[Span]:
    """``doc.ents`` plus a PERSON span for each run of untagged capitalised proper nouns
    right after a capitalised title, rank or honorific, and for each use of a name a
    relative "who" describes."""
    ents = [_completed(e) if e.label_ == "PERSON" and not e.kb_id_ else e for e in doc.ents]
    taken = 0
    for token in nominal_tokens(doc):  # a name word is a proper noun
        run = _titled_run(doc, token.i) if token.i >= taken else None
        if run is not None:
            ents.append(Span(doc, run[0], run[1], label="PERSON"))
            taken = run[1]
    ents += _who_named(doc, ents)
    return sorted(ents, key=lambda e: e.start)


def _who_named(doc: Doc, ents: list[Span]) -> list[Span]:
    """A name the model left untagged that a relative "who" describes is a person's, and so
    is every other untagged use of it in the article: "Micheletti, who as leader of
    Congress ... was sworn in. Micheletti belongs to the Liberal Party"."""
    covered = {i for e in ents for i in range(e.start, e.end)}
    names = {t.text for t in nominal_tokens(doc) if t.i not in covered and _described_by_who(t)}
    if not names:
        return []
    uses = [t for t in nominal_tokens(doc) if t.text in names and t.i not in covered and _lone_name(t)]
    return [Span(doc, t.i, t.i + 1, label="PERSON") for t in uses]


def _described_by_who(tok: Token) -> bool:
    """An untagged name word followed by ", who" (outside a title-case headline)."""
    doc = tok.doc
    if tok.i + 2 >= len(doc) or doc[tok.i + 1].text != "," or doc[tok.i + 2].lower_ != "who":
        return False
    return _name_word(tok) and not in_title_case(tok.sent)


def _lone_name(tok: Token) -> bool:
    """A name word with no other name word beside it."""
    doc = tok.doc
    before = tok.i > 0 and _name_word(doc[tok.i - 1])
    after = tok.i + 1 < len(doc) and _name_word(doc[tok.i + 1])
    return _name_word(tok) and not before and not after


def _completed(ent: Span) -> Span:
    doc, start, end = ent.doc, ent.start, ent.end
    while end < len(doc):
        if _name_word(doc[end]) and _compound_of(doc[end - 1], end, end + 1):
            end += 1
        elif _hyphen_joined(doc, end):
            end += 2  # "General Waker-Uz-Zaman", where the model stopped at "Waker"
        else:
            break
    while start > 0 and _name_word(doc[start - 1]) and _compound_of(doc[start - 1], start, end):
        start -= 1  # "Col Ousmane Diatta Sagna", where the model began at "Diatta"
    return ent if (start, end) == (ent.start, ent.end) else Span(doc, start, end, label=ent.label_)


def _hyphen_joined(doc: Doc, i: int) -> bool:
    """A hyphen at ``i`` written tight between the name before it and a name word after."""
    if i + 1 >= len(doc) or doc[i].text != "-" or doc[i - 1].whitespace_ or doc[i].whitespace_:
        return False
    return _name_word(doc[i + 1])


def _compound_of(word: Token, start: int, end: int) -> bool:
    """Whether the parser hangs ``word`` as a compound on a token in [start, end)."""
    return word.dep_ == "compound" and start <= word.head.i < end


def _titled_run(doc: Doc, i: int) -> tuple[int, int] | None:
    if not _name_word(doc[i]) or (i > 0 and _name_word(doc[i - 1])):
        return None
    end = i + 1
    while end < len(doc) and (_name_word(doc[end]) or _hyphen_joined(doc, end)):
        end += 2 if doc[end].text == "-" else 1
    if not _after_title(doc, i) and not (end - i > 1 and _apposed_role(doc[i:end])):
        return None
    after = doc[end] if end < len(doc) else None
    if after is not None and (after.ent_type_ or (after.is_title and after.pos_ == "PROPN")):
        return None  # goes on into a name the model found, or a unit's: "Sultan Murad Division"
    if in_title_case(doc[i].sent):
        return None
    return i, end


def _name_word(tok: Token) -> bool:
    if tok.pos_ != "PROPN" or not tok.is_title or tok.ent_type_:
        return False
    return not {tok.lower_, tok.lemma_.lower(), tok.lower_.rstrip(".")} & NOT_NAME_WORDS


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

