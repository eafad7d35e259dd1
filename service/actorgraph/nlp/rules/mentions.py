"""Reading the mentions under a token, the gazetteer's facts about them, and who speaks a
quotation: the lookups :class:`~actorgraph.nlp.rules.args.Args` builds its readings on."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from actorgraph.nlp.docdata import DEMONYM, ActorRef, Mention, dominant_state
from actorgraph.nlp.gazetteer import Gazetteer
from actorgraph.nlp.lexicon import (
    ANAPHOR_NOUNS,
    COUNTRY_NOUNS,
    NAMING_VERBS,
    PLURAL_FIRST_PERSON_PRONOUNS,
    SIDE_NOUNS,
)
from actorgraph.nlp.quotes import quote_speakers
from actorgraph.nlp.rules.places import KIND_FACTOR, Arg, PlaceReader
from actorgraph.nlp.rules.words import noun_keys
from actorgraph.resolve.names import actor_id, clean_surface

#: Nouns a group is named by (a constant: not built on each call).
NAMED_GROUP_NOUNS = ANAPHOR_NOUNS | SIDE_NOUNS


class MentionReader(PlaceReader):
    """Mention and quotation lookups for :class:`~actorgraph.nlp.rules.args.Args` (which
    sets these attributes)."""

    doc: Doc
    gazetteer: Gazetteer
    mentions: list[Mention]
    by_token: dict[int, list[Mention]]
    _quotes: dict[tuple[int, int], ActorRef] | None

    def at(self, token: Token) -> list[Arg]:
        here = self.by_token.get(token.i, [])
        if len(here) > 1:  # the most specific mention wins: "Iran" inside "Iran-backed militia"
            shortest = min(m.end - m.start for m in here)
            here = [m for m in here if m.end - m.start == shortest]
        return [Arg(m.actor, KIND_FACTOR.get(m.kind, 0.9), token.i) for m in here]

    def named_by(self, token: Token) -> list[Arg]:
        """The actor a participle names the noun as: "a militia called the Popular Forces",
        "an alliance of armed groups known as the CPC" (the name may hang on the "of" noun)."""
        nouns = [
            token,
            *(p for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in self.pobjs(c)),
        ]
        for noun in (n for n in nouns if noun_keys(n) & NAMED_GROUP_NOUNS):
            for acl in (c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in NAMING_VERBS):
                names = [c for c in acl.children if c.dep_ in ("oprd", "attr", "dobj")]
                names += [
                    p for c in acl.children if c.dep_ == "prep" and c.lower_ == "as" for p in self.pobjs(c)
                ]
                found = [a for n in names for a in self.at(n) if a.actor.type != "PLACE"]
                if found:
                    return found
        return []

    def mention_kinds(self, token: Token) -> set[str]:
        return {m.kind for m in self.by_token.get(token.i, [])}

    def _led(self, arg: Arg) -> Arg:
        entry = self.gazetteer.get(arg.actor.id) if arg.actor.type == "PERSON" and arg.actor.known else None
        if entry is None or not entry.leads or entry.leads[0] not in self.gazetteer.entries:
            return arg
        return self.known(entry.leads[0], arg.factor * 0.9, arg.token)

    def forces_of(self, token: Token, owner: Arg) -> Arg:
        """ "Eduardo Dos Santos's government troops": forces of a person the gazetteer gives
        nothing to lead are a body named by the phrase; the person does not fight himself."""
        named = [m.start for m in self.by_token.get(owner.token, []) if m.actor.id == owner.actor.id]
        if owner.actor.type != "PERSON" or owner.actor.known or not named:
            return owner  # "their police forces": a pronoun's person is no name for the body
        name = clean_surface(self.doc[min(named) : token.i + 1].text)  # from the name on: no "General"
        return Arg(ActorRef(actor_id(name), name, "GROUP", False, ()), owner.factor * 0.9, token.i)

    def known(self, actor: str, factor: float, token: int) -> Arg:
        entry = self.gazetteer.entries[actor]
        return Arg(ActorRef(entry.id, entry.name, entry.type.value, True), factor, token)

    def country_owner(self, country: Token, owned: Token) -> list[Arg]:
        """What "the country's <noun>" names: the state the article is clearly about (the
        state named last before it is often another: "... the UAE. The RSF has waged war
        against the country's army"); its own body when the gazetteer names one so ("the
        country's army" in a story set in Sudan is the Sudanese Armed Forces)."""
        state = self.gazetteer.get(dominant_state(self.mentions, clear=True))
        if state is None:
            return []
        names = [f"{dem} {form}" for dem in state.demonyms for form in (owned.lower_, owned.lemma_.lower())]
        body = next((e for e in map(self.gazetteer.lookup, names) if e is not None), state)
        return [self.known(body.id, 0.85, country.i)]

    def state(self, token: Token) -> list[Arg]:
        """The state a demonym token names ("Russian" -> Russia)."""
        entry = self.gazetteer.get(token.ent_kb_id_)
        if entry is None:
            return []
        return [Arg(ActorRef(entry.id, entry.name, entry.type.value, True), 0.9, token.i)]

    def _quote_map(self) -> dict[tuple[int, int], ActorRef]:
        if self._quotes is None:
            first = {i: m for m in reversed(self.mentions) for i in range(m.start, m.end)}
            self._quotes = quote_speakers(self.doc, first, self.mentions)
        return self._quotes

    def _quoted(self, token: Token) -> bool:
        return any(start <= token.idx < end for start, end in self._quote_map())

    def quoted_speaker(self, token: Token) -> list[Arg]:
        """ "We will continue to support Ukraine," Starmer said: "we" is the speaker; but
        a person's "we"/"our"/"us" is the body they speak for when the text names it:
        "NATO Secretary General Mark Rutte", "Saudi Foreign Minister Faisal bin Farhan"."""
        for (start, end), actor in self._quote_map().items():
            if start <= token.idx < end:
                speaker = Arg(actor, 0.8, token.i)
                if actor.type == "PERSON" and token.lower_ in PLURAL_FIRST_PERSON_PRONOUNS:
                    return [self._body_of(speaker)]
                return [speaker]
        return []

    def _body_of(self, person: Arg) -> Arg:
        """The state or organisation a person's title ties them to in this text, else
        the one the gazetteer says they lead, else the person."""
        for m in self.mentions:
            if m.actor.id != person.actor.id:
                continue
            inside = range(m.start, m.end)
            for tok in self.doc[max(0, m.start - 6) : m.start]:  # "Saudi Foreign Minister ..."
                if tok.head.i in inside or tok.head.head.i in inside or tok.head.head.head.i in inside:
                    named = self.state(tok) if tok.ent_type_ == DEMONYM and tok.ent_kb_id_ else self.at(tok)
                    for found in named:
                        if found.actor.type not in ("PERSON", "PLACE"):
                            return Arg(found.actor, person.factor * 0.9, person.token)
        return self._led(person)


def the_country(token: Token) -> bool:
    """ "the country's" (a possessive that names the state the story is in)."""
    return (
        token.dep_ == "poss"
        and token.lemma_.lower() in COUNTRY_NOUNS
        and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in token.children)
    )
