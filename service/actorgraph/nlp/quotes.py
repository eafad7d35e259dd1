"""Who said what: the subject of a speech verb, and the speaker of each quotation."""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Doc, Token

from actorgraph.nlp.docdata import ActorRef, Mention
from actorgraph.nlp.docindex import doc_text
from actorgraph.nlp.lexicon import PERSON_PRONOUNS, SPEECH_VERBS

QUOTES = re.compile(r"\u201c[^\u201c\u201d]{3,}?\u201d|\"[^\"]{3,}?\"")
ATTRIBUTION_WINDOW = 12
CACHE_KEY = "ag_quotes"
SPEAKER_TYPES = frozenset({"PERSON", "ORGANIZATION", "GOVERNMENT", "STATE", "ARMED_GROUP", "GROUP"})


def speaker_of(mention: Mention) -> ActorRef | None:
    return mention.actor if mention.actor.type in SPEAKER_TYPES else None


def subject_actor(verb: Token, by_token: dict[int, Mention], mentions: list[Mention]) -> ActorRef | None:
    """The actor that is the subject of ``verb``; "he"/"she" is the last person named;
    "US officials", "an Israeli military spokesman": the actor modifying the subject."""
    for child in verb.children:
        if child.dep_ != "nsubj":
            continue
        mention = by_token.get(child.i)
        if mention is not None:
            return speaker_of(mention)
        if child.lower_ in PERSON_PRONOUNS:
            earlier = (m for m in reversed(mentions) if m.end <= child.i and m.actor.type == "PERSON")
            person = next(earlier, None)
            return person.actor if person else None
        for mod in child.children:
            if mod.dep_ in ("compound", "amod", "poss", "nmod") and mod.i in by_token:
                return speaker_of(by_token[mod.i])
    return None


def quote_speakers(
    doc: Doc, by_token: dict[int, Mention], mentions: list[Mention]
) -> dict[tuple[int, int], ActorRef]:
    """Each quotation (character span) and its speaker: the subject of the speech verb
    right after it ("“...,” X explained"), else right before it ("X said: “...”")."""
    cached = doc.user_data.get(CACHE_KEY)
    if cached is not None:
        return {(int(a), int(b)): ActorRef.from_list(actor) for a, b, actor in cached}
    out: dict[tuple[int, int], ActorRef] = {}
    text = doc_text(doc)
    if "\u201c" in text or '"' in text:
        starts = doc.to_array("IDX").tolist()
        _find(doc, text, starts, by_token, mentions, out)
    doc.user_data[CACHE_KEY] = [[a, b, actor.as_list()] for (a, b), actor in out.items()]
    return out


def _find(
    doc: Doc,
    text: str,
    starts: list[int],
    by_token: dict[int, Mention],
    mentions: list[Mention],
    out: dict[tuple[int, int], ActorRef],
) -> None:
    for match in QUOTES.finditer(text):
        start, end = match.span()
        first_after = bisect_left(starts, end - 1)
        first_quote = bisect_left(starts, start)
        after = doc[first_after : first_after + ATTRIBUTION_WINDOW]
        before = doc[max(first_quote - ATTRIBUTION_WINDOW, 0) : first_quote]
        for tok in (*after, *reversed(before)):
            if tok.lemma_.lower() in SPEECH_VERBS:
                found = subject_actor(tok, by_token, mentions)
                if found is not None:
                    out[(start, end)] = found
                    break
