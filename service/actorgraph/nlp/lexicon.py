"""Trigger words of the nine relation types and of the qualifiers, loaded from data.

The words live in ``nlp/data/lexicon.json``: one entry per trigger word with its relation,
how its arguments are realised and example sentences (tests/unit/test_lexicon_examples.py
runs them through the extractor), plus the cue-word lists. This module reads the file once,
checks it (an error names the bad entry) and exposes the tables the rules import.
See docs/extraction.md, "The lexicon".
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError, field_validator

from actorgraph.model import RelationType

LEXICON_FILE = "lexicon.json"

#: Relations the rules rewrite before anything is emitted: allowed in the lexicon besides
#: the ontology's types, never in an example's expected triple.
PSEUDO_RELATIONS: dict[str, str] = {
    "PROXY_OF": "'A is a proxy of B' is read as B SUPPORTS A (rules/roles.py)",
    "HAS_MEMBER": "'A is an umbrella of B' is read as B MEMBER_OF A (rules/roles.py)",
    "LEADS_GROUP": "'the A-led B' states no relation: B is an actor of its own (rules/nominal.py)",
}
ALLOWED_RELATIONS = frozenset({*(r.value for r in RelationType), *PSEUDO_RELATIONS})


class LexiconError(ValueError):
    """The lexicon file is malformed; the message names the entry."""


def words(text: str) -> frozenset[str]:
    """A word set written as one whitespace-separated string."""
    return frozenset(text.split())


@dataclass(frozen=True, slots=True)
class VerbSense:
    relation: str
    preps: tuple[str, ...] = ()
    direct: bool = True  # a direct object is a target
    needs_supply_object: bool = False  # "send weapons to X", not "send troops to X"


def _word(value: str) -> str:
    if not value or value != value.strip() or value != value.lower():
        raise ValueError(f"{value!r} is not a lower-case word without surrounding spaces")
    return value


def _unique(values: tuple[str, ...]) -> tuple[str, ...]:
    seen: set[str] = set()
    for value in values:
        if value in seen:
            raise ValueError(f"{value!r} is listed twice")
        seen.add(value)
    return values


Word = Annotated[str, AfterValidator(_word)]
WordList = Annotated[tuple[Word, ...], AfterValidator(_unique)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Example(_Model):
    text: str = Field(min_length=1)
    #: (source name, relation, target name); names compare with an actor's name or aliases
    expect: tuple[str, RelationType, str]
    #: why the extractor misses it: the test is an expected failure until it does not
    xfail: str | None = None


class _Entry(_Model):
    relation: str
    note: str | None = None
    examples: tuple[Example, ...]

    @field_validator("relation")
    @classmethod
    def _known(cls, value: str) -> str:
        if value not in ALLOWED_RELATIONS:
            raise ValueError(f"unknown relation {value!r} (known: {', '.join(sorted(ALLOWED_RELATIONS))})")
        return value

    @field_validator("examples")
    @classmethod
    def _exemplified(cls, value: tuple[Example, ...]) -> tuple[Example, ...]:
        if not value:
            raise ValueError("a trigger word needs at least one example sentence")
        return value


class VerbArgs(_Model):
    source: Literal["subject"]
    #: "object" (a direct object is a target) and the prepositions that introduce one
    target: WordList = Field(min_length=1)
    passive_source: Literal["by"]


class Verb(_Entry):
    lemma: Word
    args: VerbArgs
    needs_supply_object: bool = False


class NounArgs(_Model):
    source: tuple[Literal["modifier", "by", "from", "between"], ...]
    target: WordList


class Noun(_Entry):
    noun: Word
    args: NounArgs


class PrenominalArgs(_Model):
    source: Literal["prefix", "head"]
    target: Literal["prefix", "head"]


class Prenominal(_Entry):
    participle: Word
    args: PrenominalArgs


class AttributeArgs(_Model):
    source: Literal["subject"]
    target: tuple[Literal["of", "to", "with", "for", "possessive"], ...]


class Attribute(_Entry):
    noun: Word
    args: AttributeArgs


class TitleArgs(_Model):
    source: Literal["person"]
    target: tuple[Literal["demonym", "possessive", "compound", "of"], ...]


class LeaderTitle(_Entry):
    title: Word
    relation: Literal["LEADS"]
    args: TitleArgs


class Cues(_Model):
    """Word lists the rules and the qualifier consult; no relation of their own."""

    supply_nouns: WordList
    launch_verbs: WordList
    weak_control: WordList
    tie_nouns: WordList
    tie_verbs_pos: WordList
    tie_verbs_neg: WordList
    break_off_verbs: WordList
    receive_verbs: WordList
    owned_nouns: WordList
    place_nouns: WordList
    anaphor_nouns: WordList
    group_nouns: WordList
    speech_verbs: WordList
    hedge_verbs: WordList
    hedge_adverbs: WordList
    hedge_modals: WordList
    intent_words: WordList
    negating_verbs: WordList
    warning_verbs: WordList
    weapon_names: WordList
    collective_member_heads: WordList
    collective_rank_heads: WordList
    collective_body_heads: WordList
    collective_modifiers: WordList
    holding_nouns: WordList
    ethnic_nouns: WordList
    armed_group_name_heads: WordList
    government_name_heads: WordList
    organization_name_heads: WordList
    yielding_verbs: WordList


class Titles(_Model):
    leader: tuple[dict[str, Any], ...]  # entries, checked one by one as LeaderTitle
    member: WordList
    subordinate_modifiers: WordList


class LexiconFile(_Model):
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
            )
            for v in self.verbs
        }

    def noun_args(self) -> dict[str, NounArgs]:
        """The arguments of each relation's nouns (the rules read them per relation)."""
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
    reasons = []
    for err in exc.errors():
        msg = err["msg"].removeprefix("Value error, ")
        where = ".".join(str(part) for part in err["loc"])
        reasons.append(f"{where}: {msg}" if where else msg)
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


def _check_nouns(nouns: tuple[Noun, ...]) -> None:
    """The rules read a relation noun's arguments per relation: its nouns must agree."""
    first: dict[str, Noun] = {}
    for i, noun in enumerate(nouns):
        model = first.setdefault(noun.relation, noun)
        if noun.args != model.args:
            raise LexiconError(
                f"nouns[{i}] {noun.noun!r}: args {noun.args.model_dump()} differ from those of "
                f"{model.noun!r} {model.args.model_dump()}: every {noun.relation} noun must list the same"
            )


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
        _check_nouns(lexicon.nouns)
        _check_prenominals(lexicon.prenominals)
    except LexiconError as exc:
        raise LexiconError(f"{source}: {exc}") from None
    return lexicon


def read_lexicon(path: Path) -> Lexicon:
    return parse_lexicon(json.loads(path.read_text(encoding="utf-8")), str(path))


@cache
def load_lexicon() -> Lexicon:
    """The lexicon shipped with the package, read once."""
    text = resources.files("actorgraph.nlp").joinpath("data", LEXICON_FILE).read_text(encoding="utf-8")
    return parse_lexicon(json.loads(text))


_LEXICON = load_lexicon()
_CUES = _LEXICON.cues

VERBS: dict[str, VerbSense] = _LEXICON.verb_senses()
#: Verbs whose object must be a weapon/aid noun or an actor-recipient to mean support.
SUPPLY_NOUNS = frozenset(_CUES.supply_nouns)
#: Verbs "fire"/"launch"/"shoot" only attack with a weapon object or an on/at target.
LAUNCH_VERBS = frozenset(_CUES.launch_verbs)
#: "hold" and "secure" are weak control verbs: only with a place-like object.
WEAK_CONTROL = frozenset(_CUES.weak_control)

#: Nouns that carry a relation; "from" marks the source for support nouns.
NOUNS: dict[str, str] = {n.noun: n.relation for n in _LEXICON.nouns}
#: Prepositions that introduce the target of a relation noun.
NOUN_TARGET_PREPS: dict[str, tuple[str, ...]] = {r: a.target for r, a in _LEXICON.noun_args().items()}
#: Relation-noun readings that need a symmetric "between A and B" or "A-B" frame.
BETWEEN_TYPES = frozenset(r for r, a in _LEXICON.noun_args().items() if "between" in a.source)
#: "ties"/"relations" mean cooperation only when a verb says so.
TIE_NOUNS = frozenset(_CUES.tie_nouns)
TIE_VERBS_POS = frozenset(_CUES.tie_verbs_pos)
TIE_VERBS_NEG = frozenset(_CUES.tie_verbs_neg)
#: Verbs that end a cooperation: "the EU suspended defence consultations with Kigali" is a
#: hostile act towards Kigali, not cooperation with it.
BREAK_OFF_VERBS = frozenset(_CUES.break_off_verbs)
#: Verbs that receive: "X received support from Y" reverses the direction.
RECEIVE_VERBS = frozenset(_CUES.receive_verbs)

#: Prenominal participles: "Iran-backed", "Turkish-backed", "HTS-held".
PRENOMINAL: dict[str, str] = {p.participle: p.relation for p in _LEXICON.prenominals}

#: Titles that make a person the leader of the actor named with them.
LEADER_TITLES = frozenset(t.title for t in _LEXICON.leader_titles)
#: Titles that make a person a member of the actor named with them.
MEMBER_TITLES = frozenset(_LEXICON.member_titles)
#: Modifiers of a title that make it a member's title ("foreign minister", "army chief").
SUBORDINATE_MODIFIERS = frozenset(_LEXICON.subordinate_modifiers)

#: Copular attributes: "A and B are allies", "A is a backer of B".
ATTR_NOUNS: dict[str, str] = {a.noun: a.relation for a in _LEXICON.attributes}

#: Nouns whose owner is the actor meant: "YPG positions", "Syrian army patrol".
OWNED_NOUNS = frozenset(_CUES.owned_nouns)
#: Common nouns naming places, whose name follows in "of" or a compound.
PLACE_NOUNS = frozenset(_CUES.place_nouns)
#: Nouns an article uses again for an actor named before ("the group").
ANAPHOR_NOUNS = frozenset(_CUES.anaphor_nouns)
#: Nouns of unnamed collectives: "the Turkish opposition", "pro-Russian separatists".
GROUP_NOUNS = frozenset(_CUES.group_nouns)

SPEECH_VERBS = frozenset(_CUES.speech_verbs)
HEDGE_VERBS = frozenset(_CUES.hedge_verbs)
HEDGE_ADVERBS = frozenset(_CUES.hedge_adverbs)
HEDGE_MODALS = frozenset(_CUES.hedge_modals)
INTENT_WORDS = frozenset(_CUES.intent_words)
NEGATING_VERBS = frozenset(_CUES.negating_verbs)
#: "warned Beijing against supplying Moscow": what is warned against has not been done.
WARNING_VERBS = frozenset(_CUES.warning_verbs)

#: Weapon systems the statistical NER takes for organisations or people ("Shahed drones",
#: "Patriot systems", "Storm Shadow missiles"): never actors. Compared on the name's first
#: word, lower-cased (and on the whole name for two-word systems).
WEAPON_NAMES = frozenset(_CUES.weapon_names)
#: Unnamed collectives ("rebels", "government forces", "the army"): see components/collectives.py.
COLLECTIVE_MEMBER_HEADS = frozenset(_CUES.collective_member_heads)
COLLECTIVE_RANK_HEADS = frozenset(_CUES.collective_rank_heads)
COLLECTIVE_BODY_HEADS = frozenset(_CUES.collective_body_heads)
COLLECTIVE_MODIFIERS = frozenset(_CUES.collective_modifiers)
#: "under the control of X", "fell to X": see rules/holdings.py.
HOLDING_NOUNS = frozenset(_CUES.holding_nouns)
YIELDING_VERBS = frozenset(_CUES.yielding_verbs)
#: Nouns after a name that make it an ethnic or religious identity, not an actor.
ETHNIC_NOUNS = frozenset(_CUES.ethnic_nouns)
#: The head word of an unknown name says what kind of actor it names ("... Army", "... Front").
NAME_HEAD_TYPES: dict[str, str] = {
    **{w: "ORGANIZATION" for w in _CUES.organization_name_heads},
    **{w: "GOVERNMENT" for w in _CUES.government_name_heads},
    **{w: "ARMED_GROUP" for w in _CUES.armed_group_name_heads},
}
