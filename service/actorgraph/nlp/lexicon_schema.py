"""The lexicon file's format: pydantic models that check ``nlp/data/lexicon.json`` entry by
entry, and :func:`parse_lexicon`, which turns the decoded file into a :class:`Lexicon` (a
:class:`LexiconError` names a bad entry); ``nlp/lexicon.py`` loads the shipped file with it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, Literal, TypeVar

from pydantic import Field, ValidationError, field_validator

from actorgraph.model import RelationType
from actorgraph.nlp.lexicon_cues import Cues, StrictModel, Word, WordList

LEXICON_FILE = "lexicon.json"

class PseudoRelation(StrEnum):
    """Readings a lexicon entry may name besides the ontology's types; the rules rewrite them
    before anything is emitted, so an example never expects one."""

    #: "A is a proxy of B" is read as B SUPPORTS A (rules/roles.py)
    PROXY_OF = "PROXY_OF"
    #: "A is an umbrella of B" is read as B MEMBER_OF A (rules/roles.py)
    HAS_MEMBER = "HAS_MEMBER"
    #: "A is a stronghold of B" is read as B CONTROLS A (rules/attributes.py)
    HELD_BY = "HELD_BY"
    #: "the A-led B" states no relation: B is an actor of its own (rules/nominal.py)
    LEADS_GROUP = "LEADS_GROUP"


#: What an attribute entry may name: a type of the ontology, or a role the rules rewrite.
AttributeRelation = RelationType | Literal[
    PseudoRelation.PROXY_OF, PseudoRelation.HAS_MEMBER, PseudoRelation.HELD_BY
]
#: What a prenominal participle may name: a type of the ontology, or "-led" (no relation).
PrenominalRelation = RelationType | Literal[PseudoRelation.LEADS_GROUP]


class LexiconError(ValueError):
    """The lexicon file is malformed; the message names the entry."""


@dataclass(frozen=True, slots=True)
class VerbSense:
    relation: RelationType
    preps: tuple[str, ...] = ()
    direct: bool = True  # a direct object is a target
    needs_supply_object: bool = False  # "send weapons to X", not "send troops to X"
    doer_is_object: bool = False  # "pits A against B": A is the doer, B the target






class Example(StrictModel):
    text: str = Field(min_length=1)
    #: (source name, relation, target name); names compare with an actor's name or aliases
    expect: tuple[str, RelationType, str]
    #: why the extractor misses it: the test is an expected failure until it does not
    xfail: str | None = None


class _Entry(StrictModel):
    relation: RelationType
    note: str | None = None
    examples: tuple[Example, ...]

    @field_validator("examples")
    @classmethod
    def _exemplified(cls, value: tuple[Example, ...]) -> tuple[Example, ...]:
        if not value:
            raise ValueError("a trigger word needs at least one example sentence")
        return value


class VerbArgs(StrictModel):
    #: "object": the verb's object is the doer ("the war pits La Mayiza against the Chapitos")
    source: Literal["subject", "object"]
    #: "object" (a direct object is a target) and the prepositions that introduce one
    target: WordList = Field(min_length=1)
    passive_source: Literal["by"]


class Verb(_Entry):
    lemma: Word
    args: VerbArgs
    needs_supply_object: bool = False


class NounArgs(StrictModel):
    source: tuple[Literal["modifier", "by", "from", "between"], ...]
    target: WordList


class Noun(_Entry):
    noun: Word
    args: NounArgs


class PrenominalArgs(StrictModel):
    source: Literal["prefix", "head"]
    target: Literal["prefix", "head"]


class Prenominal(_Entry):
    participle: Word
    relation: PrenominalRelation  # type: ignore[assignment]
    args: PrenominalArgs


class AttributeArgs(StrictModel):
    source: Literal["subject"]
    target: tuple[Literal["of", "to", "with", "for", "possessive"], ...]


class Attribute(_Entry):
    noun: Word
    relation: AttributeRelation  # type: ignore[assignment]
    args: AttributeArgs


class TitleArgs(StrictModel):
    source: Literal["person"]
    target: tuple[Literal["demonym", "possessive", "compound", "of"], ...]


class LeaderTitle(_Entry):
    title: Word
    relation: Literal[RelationType.LEADS]
    args: TitleArgs


class Titles(StrictModel):
    leader: tuple[dict[str, Any], ...]  # entries, checked one by one as LeaderTitle
    member: WordList
    subordinate_modifiers: WordList


class LexiconFile(StrictModel):
    about: tuple[str, ...] = ()
    verbs: tuple[dict[str, Any], ...]
    nouns: tuple[dict[str, Any], ...]
    prenominals: tuple[dict[str, Any], ...]
    attributes: tuple[dict[str, Any], ...]
    titles: Titles
    cues: Cues


E = TypeVar("E", bound=_Entry)


@dataclass(frozen=True)
class Lexicon:
    verbs: tuple[Verb, ...]
    nouns: tuple[Noun, ...]
    prenominals: tuple[Prenominal, ...]
    attributes: tuple[Attribute, ...]
    leader_titles: tuple[LeaderTitle, ...]
    member_titles: tuple[str, ...]
    subordinate_modifiers: tuple[str, ...]
    cues: Cues

    def verb_senses(self) -> dict[str, VerbSense]:
        return {
            v.lemma: VerbSense(
                v.relation,
                tuple(t for t in v.args.target if t != "object"),
                direct="object" in v.args.target,
                needs_supply_object=v.needs_supply_object,
                doer_is_object=v.args.source == "object",
            )
            for v in self.verbs
        }

    def noun_args(self) -> dict[str, NounArgs]:
        """The arguments of each relation's first noun: how a noun that takes its relation from
        its construction rather than its own entry ("under Houthi control") is read."""
        out: dict[str, NounArgs] = {}
        for noun in self.nouns:
            out.setdefault(noun.relation, noun.args)
        return out

    def examples(self) -> Iterator[tuple[str, str, Example]]:
        """(section, word, example) for every example sentence in the file."""
        sections: list[tuple[str, tuple[_Entry, ...]]] = [
            ("verbs", self.verbs), ("nouns", self.nouns), ("prenominals", self.prenominals),
            ("attributes", self.attributes), ("titles", self.leader_titles),
        ]  # fmt: skip
        for section, entries in sections:
            for entry in entries:
                for example in entry.examples:
                    yield section, _name(entry), example


def _name(entry: _Entry) -> str:
    for key in ("lemma", "noun", "participle", "title"):
        value = getattr(entry, key, None)
        if isinstance(value, str):
            return value
    raise TypeError(type(entry).__name__)


def _reason(exc: ValidationError) -> str:
    """'relation: unknown relation ...' for each of pydantic's errors."""
    reasons: list[str] = []
    for err in exc.errors():
        if err["loc"][:1] == ("relation",):
            known = ", ".join([*RelationType, *PseudoRelation])
            reason = f"relation: unknown relation {err['input']!r} (known: {known})"
        else:
            where = ".".join(str(part) for part in err["loc"])
            msg = err["msg"].removeprefix("Value error, ")
            reason = f"{where}: {msg}" if where else msg
        if reason not in reasons:  # a union's branches each refuse the same value
            reasons.append(reason)
    return "; ".join(reasons)


def _entries(model: type[E], raw: tuple[dict[str, Any], ...], section: str, key: str) -> tuple[E, ...]:
    out: list[E] = []
    seen: set[str] = set()
    for i, item in enumerate(raw):
        where = f"{section}[{i}] {item.get(key)!r}"
        try:
            entry = model.model_validate(item)
        except ValidationError as exc:
            raise LexiconError(f"{where}: {_reason(exc)}") from None
        if _name(entry) in seen:
            raise LexiconError(f"{where}: listed twice in {section}")
        seen.add(_name(entry))
        out.append(entry)
    return tuple(out)


def _check_prenominals(entries: tuple[Prenominal, ...]) -> None:
    """ "the al-Qaeda-linked JNIM": a membership participle's head is the member."""
    for i, entry in enumerate(entries):
        want = ("head", "prefix") if entry.relation == "MEMBER_OF" else ("prefix", "head")
        if (entry.args.source, entry.args.target) != want:
            raise LexiconError(
                f"prenominals[{i}] {entry.participle!r}: a {entry.relation} participle reads "
                f"source={want[0]!r}, target={want[1]!r}"
            )


def parse_lexicon(data: object, source: str = LEXICON_FILE) -> Lexicon:
    """Check the decoded lexicon file and return its entries; LexiconError names a bad one."""
    try:
        raw = LexiconFile.model_validate(data)
    except ValidationError as exc:
        raise LexiconError(f"{source}: {_reason(exc)}") from None
    try:
        lexicon = Lexicon(
            verbs=_entries(Verb, raw.verbs, "verbs", "lemma"),
            nouns=_entries(Noun, raw.nouns, "nouns", "noun"),
            prenominals=_entries(Prenominal, raw.prenominals, "prenominals", "participle"),
            attributes=_entries(Attribute, raw.attributes, "attributes", "noun"),
            leader_titles=_entries(LeaderTitle, raw.titles.leader, "titles.leader", "title"),
            member_titles=raw.titles.member,
            subordinate_modifiers=raw.titles.subordinate_modifiers,
            cues=raw.cues,
        )
        _check_prenominals(lexicon.prenominals)
    except LexiconError as exc:
        raise LexiconError(f"{source}: {exc}") from None
    return lexicon


def read_lexicon(path: Path) -> Lexicon:
    return parse_lexicon(json.loads(path.read_text(encoding="utf-8")), str(path))
