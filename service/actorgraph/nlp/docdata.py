"""What the pipeline's components leave on a ``Doc`` for the next one.

Values are plain lists and dicts so that docs can cross process boundaries when
``nlp.pipe(n_process=...)`` serialises them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from spacy.attrs import POS
from spacy.parts_of_speech import NOUN, PROPN
from spacy.tokens import Doc, Token

from actorgraph.model import RelationType
from actorgraph.nlp.docindex import once_per_doc

#: Entity labels the actor ruler gives to demonyms ("Russian") and metonyms ("Moscow").
DEMONYM = "DEMONYM"
METONYM = "METONYM"

MENTIONS = "ag_mentions"
#: Doc.user_data key of the indices of the doc's nouns and proper nouns.
NOMINALS = "ag_nominals"
CANDIDATES = "ag_candidates"
RELATIONS = "ag_relations"

for _name in (MENTIONS, CANDIDATES, RELATIONS):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


def nominal_tokens(doc: Doc) -> tuple[Token, ...]:
    """The doc's nouns and proper nouns, the only words a mention can be headed by. The
    resolver's passes walk these instead of every token: making a Token object per word
    is what costs time in Python, and the part of speech is read once from the doc's
    array. The indices are kept in ``doc.user_data`` (plain ints, so the doc still crosses
    process boundaries); the Token objects are made once per doc, for every pass."""
    return once_per_doc(doc, "nominal tokens", _read_nominal_tokens)


def _read_nominal_tokens(doc: Doc) -> tuple[Token, ...]:
    indices = doc.user_data.get(NOMINALS)
    if indices is None:
        indices = [i for i, pos in enumerate(doc.to_array(POS).tolist()) if pos in (NOUN, PROPN)]
        doc.user_data[NOMINALS] = indices
    return tuple(doc[i] for i in indices)


@dataclass(frozen=True, slots=True)
class ActorRef:
    """An actor as the pipeline knows it: a gazetteer id or a name-derived one, with the
    surface forms it had in the text (for actors the gazetteer does not know)."""

    id: str
    name: str
    type: str
    known: bool  # True when the gazetteer defines it
    aliases: tuple[str, ...] = ()

    def as_list(self) -> list[Any]:
        return [self.id, self.name, self.type, self.known, list(self.aliases)]

    @classmethod
    def from_list(cls, row: list[Any]) -> ActorRef:
        aliases = tuple(str(a) for a in row[4]) if len(row) > 4 else ()
        return cls(str(row[0]), str(row[1]), str(row[2]), bool(row[3]), aliases)


@dataclass(frozen=True, slots=True)
class Mention:
    """Tokens ``[start, end)`` that denote an actor. ``kind`` says how it was found:
    gazetteer, metonym, demonym (an organ phrase like "Russian jets"), ner, group,
    anaphor."""

    start: int
    end: int
    actor: ActorRef
    kind: str

    def as_list(self) -> list[Any]:
        return [self.start, self.end, self.kind, *self.actor.as_list()]

    @classmethod
    def from_list(cls, row: list[Any]) -> Mention:
        return cls(int(row[0]), int(row[1]), ActorRef.from_list(row[3:]), str(row[2]))


#: The objects behind the last rows a component wrote or read, by kind of row. Rows are
#: plain lists so that docs can cross process boundaries, but the components after the NER
#: run one doc at a time: the resolver writes a doc's mention rows and the relation
#: extractor and the qualifier read them right after, so they reuse the objects the rows
#: were made from instead of building them again. The rows list is the key (writing new
#: rows makes a new list; the objects are frozen, or never changed once written).
_last_objects: dict[str, tuple[list[Any], list[Any]]] = {}
RowObject = TypeVar("RowObject")


def _remember(kind: str, rows: list[Any], objects: list[Any]) -> None:
    _last_objects[kind] = (rows, objects)


def _objects_of(kind: str, rows: list[Any], build: Callable[[Any], RowObject]) -> list[RowObject]:
    """The objects behind ``rows``: those remembered for this very list, else built anew."""
    cached_rows, objects = _last_objects.get(kind, (None, []))
    if cached_rows is rows:
        return list(objects)
    built = [build(r) for r in rows]
    _remember(kind, rows, built)
    return built


def get_mentions(doc: Doc) -> list[Mention]:
    return _objects_of(MENTIONS, getattr(doc._, MENTIONS) or [], Mention.from_list)


def dominant_state(mentions: list[Mention], clear: bool = False) -> str:
    """The id of the state the article mentions most: the setting of what it leaves
    unqualified ("the rebels", "President X"); "" when it names none. ``clear``: only a
    state named at least twice as often as any other (a story about two states has no one
    setting to give an unplaced "President X")."""
    counts = Counter(m.actor.id for m in mentions if m.actor.type == "STATE" and m.actor.known).most_common(2)
    if not counts or (clear and len(counts) == 2 and counts[1][1] * 2 > counts[0][1]):
        return ""
    return counts[0][0]


def set_mentions(doc: Doc, mentions: list[Mention]) -> None:
    ordered = sorted(mentions, key=lambda m: (m.start, m.end))
    rows = [m.as_list() for m in ordered]
    setattr(doc._, MENTIONS, rows)
    _remember(MENTIONS, rows, ordered)


@dataclass(slots=True)
class Candidate:
    """A relation the extractor read, before the qualifier sets negation, hedging,
    speaker and the final confidence."""

    source: ActorRef
    relation: RelationType
    target: ActorRef
    trigger: int  # token index the qualifier scopes from
    sent_start: int  # token index of the sentence start
    base: float  # confidence of the pattern before qualifiers
    pattern: str
    hedged: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {
            "s": self.source.as_list(),
            "r": self.relation,
            "t": self.target.as_list(),
            "i": self.trigger,
            "ss": self.sent_start,
            "b": self.base,
            "p": self.pattern,
            "h": self.hedged,
        }

    @classmethod
    def from_dict(cls, row: dict[str, Any]) -> Candidate:
        return cls(
            ActorRef.from_list(row["s"]),
            RelationType(row["r"]),
            ActorRef.from_list(row["t"]),
            int(row["i"]),
            int(row["ss"]),
            float(row["b"]),
            str(row["p"]),
            bool(row.get("h", False)),
        )


def set_candidates(doc: Doc, candidates: list[Candidate]) -> None:
    rows = [c.as_dict() for c in candidates]
    setattr(doc._, CANDIDATES, rows)
    _remember(CANDIDATES, rows, candidates)


def get_candidates(doc: Doc) -> list[Candidate]:
    return _objects_of(CANDIDATES, getattr(doc._, CANDIDATES) or [], Candidate.from_dict)
