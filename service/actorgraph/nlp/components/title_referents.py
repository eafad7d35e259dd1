"""A head of state's or government's title without a name stands for the person the
article introduced with that title: "Greek Prime Minister Alexis Tsipras ... The prime
minister accused Turkey of foolish actions", "Erdogan met Mitsotakis ... The Turkish
president said". The title becomes a mention of that person, so every reading of the
sentence has its doer.

The person is the latest one named before with the same title word ("prime minister",
"premier" and "PM" are one title) whose title named the same state when the title here
names one; or, when the title names a state, a person the gazetteer knows leads it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from actorgraph.nlp.docdata import DEMONYM, ActorRef, Mention, nominal_tokens
from actorgraph.nlp.docindex import sent_bounds
from actorgraph.nlp.gazetteer import Gazetteer
from actorgraph.nlp.lexicon import DEFINITE_DETERMINERS, HEAD_OF_STATE_TITLES

#: Titles that are one office, by the word they are known by.
SAME_OFFICE = {"premier": "prime minister", "pm": "prime minister"}
#: Where a bare title stands for its holder: a verb's subject or object, an agent, an owner.
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "poss"})
#: How far before a person's name the title that introduced them may start.
TITLE_REACH = 6
STATE_TYPES = frozenset({"STATE", "GOVERNMENT"})


def title_referents(
    doc: Doc, mentions: list[Mention], covered: set[int], gazetteer: Gazetteer
) -> list[Mention]:
    """A mention of the person for each bare definite head-of-state title not yet covered."""
    by_token = {i: m for m in mentions for i in range(m.start, m.end)}
    introduced = [(m, *_introduction(doc, m, by_token)) for m in mentions if m.actor.type == "PERSON"]
    out: list[Mention] = []
    for token in nominal_tokens(doc):
        office = _bare_office(token)
        if office is None or token.i in covered:
            continue
        state = _named_state(token, by_token)
        person = _referent(token.i, office, state, introduced, gazetteer)
        if person is not None:
            out.append(Mention(token.i, token.i + 1, person, "anaphor"))
    return out


def _office(token: Token) -> str | None:
    """The head-of-state title a word names: "president", "prime minister" (the word
    "minister" after "prime"), "premier", "PM"."""
    word = token.lower_.rstrip(".")
    if word == "minister":
        prime = token.i > 0 and token.doc[token.i - 1].lower_ == "prime"
        return "prime minister" if prime else None
    if word in HEAD_OF_STATE_TITLES:
        return SAME_OFFICE.get(word, word)
    return None


def _bare_office(token: Token) -> str | None:
    if token.pos_ not in ("NOUN", "PROPN") or token.tag_ in ("NNS", "NNPS"):
        return None
    if token.dep_ not in ARGUMENT_DEPS:
        return None
    kids = list(token.children)
    if not any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in kids):
        return None
    if any(c.dep_ in ("appos", "prep", "relcl", "acl") or c.dep_ == "poss" for c in kids):
        return None  # named beside it, or "the president of X", "the president who ..."
    return _office(token)


def _named_state(title: Token, by_token: dict[int, Mention]) -> str | None:
    """The state a title names: "the Turkish president", "the Greek prime minister"."""
    for child in title.children:
        if child.dep_ not in ("amod", "compound", "nmod"):
            continue
        if child.ent_type_ == DEMONYM and child.ent_kb_id_:
            return str(child.ent_kb_id_)
        mention = by_token.get(child.i)
        if mention is not None and mention.actor.type in STATE_TYPES:
            return mention.actor.id
    return None


def _introduction(doc: Doc, person: Mention, by_token: dict[int, Mention]) -> tuple[set[str], set[str]]:
    """The titles and states named right before a person's name: "Greek Prime Minister
    Alexis Tsipras" gives ({"prime minister"}, {"greece"})."""
    offices: set[str] = set()
    states: set[str] = set()
    start = max(sent_bounds(doc, person.start)[0], person.start - TITLE_REACH)
    for i in range(person.start - 1, start - 1, -1):
        token = doc[i]
        if token.is_punct or token.pos_ in ("VERB", "AUX", "DET", "CCONJ"):
            break
        office = _office(token)
        if office is not None:
            offices.add(office)
        if token.ent_type_ == DEMONYM and token.ent_kb_id_:
            states.add(str(token.ent_kb_id_))
        other = by_token.get(i)
        if other is not None and other.actor.type in STATE_TYPES:
            states.add(other.actor.id)
    return offices, states


def _referent(
    at: int,
    office: str,
    state: str | None,
    introduced: list[tuple[Mention, set[str], set[str]]],
    gazetteer: Gazetteer,
) -> ActorRef | None:
    for person, offices, states in reversed(introduced):
        if person.start >= at:
            continue
        if office in offices and (state is None or not states or state in states):
            return person.actor
        entry = gazetteer.get(person.actor.id) if person.actor.known and state else None
        if entry is not None and state in entry.leads:
            return person.actor
    return None
