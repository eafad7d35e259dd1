"""Domain types shared by every layer: actors, articles, relations, claims, edges.

Data flows one way: an :class:`Article` goes through NLP into :class:`ExtractedRelation`
values (the ``actorgraph extract`` contract), resolution turns those into :class:`Claim`
rows between canonical :class:`Actor` ids, a store aggregates claims into :class:`Edge`
values, and the API reads edges, claims and subgraphs back.
"""

from __future__ import annotations

import hashlib
import re
from datetime import date
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, WithJsonSchema

#: Python's white space (``str.isspace``), spelled out: ``\s`` means different sets to
#: Python, to pydantic's Rust regex and to JSON Schema generators, and the ingest code
#: strips with Python's.
PY_SPACE = (
    "\\u0009-\\u000d\\u001c-\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a"
    "\\u2028\\u2029\\u202f\\u205f\\u3000"
)
#: At least one character that is not white space.
NOT_BLANK = f"[^{PY_SPACE}]"

#: An ISO 8601 calendar date, YYYY-MM-DD, and nothing else.
ISO_DATE_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
_ISO_DATE = re.compile(ISO_DATE_PATTERN)


def _iso_date_only(value: object) -> object:
    # pydantic alone reads "0" or "1700000000" as a Unix time; a date parameter is a date.
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
        raise ValueError("must be an ISO date, YYYY-MM-DD")
    return value


#: A date given as text (query parameters, request bodies): ISO YYYY-MM-DD only.
IsoDate = Annotated[
    date,
    BeforeValidator(_iso_date_only),
    WithJsonSchema({"type": "string", "format": "date", "pattern": ISO_DATE_PATTERN}),
]


class ActorType(StrEnum):
    STATE = "STATE"
    GOVERNMENT = "GOVERNMENT"
    ARMED_GROUP = "ARMED_GROUP"
    ORGANIZATION = "ORGANIZATION"
    PERSON = "PERSON"
    PLACE = "PLACE"
    GROUP = "GROUP"


class RelationType(StrEnum):
    SUPPORTS = "SUPPORTS"
    ALLIED_WITH = "ALLIED_WITH"
    COOPERATES_WITH = "COOPERATES_WITH"
    OPPOSES = "OPPOSES"
    ATTACKS = "ATTACKS"
    FIGHTS = "FIGHTS"
    CONTROLS = "CONTROLS"
    LEADS = "LEADS"
    MEMBER_OF = "MEMBER_OF"


#: Relation types that hold both ways; stored once, with the smaller id as source.
SYMMETRIC: frozenset[RelationType] = frozenset(
    {RelationType.ALLIED_WITH, RelationType.COOPERATES_WITH, RelationType.FIGHTS}
)

#: The sign of each relation type for signed path readings and alliance analysis.
SIGN: dict[RelationType, int] = {
    RelationType.SUPPORTS: 1,
    RelationType.ALLIED_WITH: 1,
    RelationType.COOPERATES_WITH: 1,
    RelationType.MEMBER_OF: 1,
    RelationType.OPPOSES: -1,
    RelationType.ATTACKS: -1,
    RelationType.FIGHTS: -1,
    RelationType.CONTROLS: 0,
    RelationType.LEADS: 0,
}

#: Relation types that state hostility: the negative ones.
HOSTILE: frozenset[RelationType] = frozenset(r for r, sign in SIGN.items() if sign < 0)

#: The class of each type, as the coarse reading of the extraction metric compares them.
RELATION_CLASS: dict[RelationType, str] = {
    RelationType.SUPPORTS: "COOPERATION",
    RelationType.ALLIED_WITH: "COOPERATION",
    RelationType.COOPERATES_WITH: "COOPERATION",
    RelationType.OPPOSES: "CONFLICT",
    RelationType.ATTACKS: "CONFLICT",
    RelationType.FIGHTS: "CONFLICT",
    RelationType.CONTROLS: "CONTROL",
    RelationType.LEADS: "AFFILIATION",
    RelationType.MEMBER_OF: "AFFILIATION",
}

#: Actor types each type of relation cannot take as (source, target), from the ontology:
#: CONTROLS has a place as its target, LEADS a person as its source and an actor as its
#: target, MEMBER_OF an organisation, alliance or state as its target.
EXCLUDED_ARGUMENT_TYPES: dict[RelationType, tuple[frozenset[ActorType], frozenset[ActorType]]] = {
    RelationType.CONTROLS: (
        frozenset({ActorType.PLACE}),
        frozenset({ActorType.PERSON, ActorType.ORGANIZATION, ActorType.ARMED_GROUP, ActorType.GROUP}),
    ),
    RelationType.LEADS: (
        frozenset(set(ActorType) - {ActorType.PERSON}),
        frozenset({ActorType.PERSON, ActorType.PLACE}),
    ),
    RelationType.MEMBER_OF: (frozenset({ActorType.PLACE}), frozenset({ActorType.PERSON, ActorType.PLACE})),
}


def admits(relation: RelationType, source: ActorType | None, target: ActorType | None) -> bool:
    """Whether the ontology allows ``relation`` between actors of these types (None: a
    type not known, which anything may be)."""
    excluded = EXCLUDED_ARGUMENT_TYPES.get(relation)
    return excluded is None or (source not in excluded[0] and target not in excluded[1])


#: Passive wording of each directed type, produced for presentation only.
INVERSE_LABEL: dict[RelationType, str] = {
    RelationType.SUPPORTS: "supported-by",
    RelationType.ALLIED_WITH: "allied-with",
    RelationType.COOPERATES_WITH: "cooperates-with",
    RelationType.OPPOSES: "opposed-by",
    RelationType.ATTACKS: "attacked-by",
    RelationType.FIGHTS: "fights",
    RelationType.CONTROLS: "controlled-by",
    RelationType.LEADS: "led-by",
    RelationType.MEMBER_OF: "has-member",
}

#: CAMEO root codes per type, as in the ontology table of DESIGN.md.
CAMEO_ROOTS: dict[RelationType, list[str]] = {
    RelationType.SUPPORTS: ["05", "06", "07"],
    RelationType.ALLIED_WITH: ["06"],
    RelationType.COOPERATES_WITH: ["03", "04", "05"],
    RelationType.OPPOSES: ["11", "12", "13", "16"],
    RelationType.ATTACKS: ["18", "19", "20"],
    RelationType.FIGHTS: ["19"],
    RelationType.CONTROLS: ["19"],
    RelationType.LEADS: [],
    RelationType.MEMBER_OF: [],
}


class Actor(BaseModel):
    """One canonical real-world actor."""

    model_config = ConfigDict(frozen=True)

    id: str
    name: str
    type: ActorType
    aliases: list[str] = Field(default_factory=list)


class Evidence(BaseModel):
    """The sentence a relation was read from; ``text == article_text[start:end]``."""

    text: str
    start: int
    end: int


class ExtractedRelation(BaseModel):
    """One relation as ``actorgraph extract`` writes it (DESIGN.md, "Contracts")."""

    source: Actor
    relation: RelationType
    target: Actor
    confidence: float = Field(ge=0.0, le=1.0)
    negated: bool = False
    hedged: bool = False
    speaker: Actor | None = None
    evidence: Evidence


class Extraction(BaseModel):
    """The extraction of one input document."""

    id: str
    relations: list[ExtractedRelation] = Field(default_factory=list)


class Article(BaseModel):
    """A news article as it enters the system."""

    id: str
    text: str
    title: str | None = None
    source: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) or datetime
    url: str | None = None

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)


def content_hash(text: str) -> str:
    """The article identity used for idempotent ingest."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Claim(BaseModel):
    """One extracted statement: the evidence behind an edge (or against it, if negated)."""

    id: str
    source_id: str
    relation: RelationType
    target_id: str
    confidence: float
    negated: bool = False
    hedged: bool = False
    speaker_id: str | None = None
    article_id: str
    sentence: str
    start: int
    end: int
    published: str | None = None
    # A claim of a wire copy that says what its original says: the original's claim, and the
    # publisher it counts under in belief (the original's), so a story counts once.
    repeats: str | None = None
    repeats_publisher: str | None = None


def claim_id(article_id: str, start: int, end: int, source_id: str, relation: str, target_id: str) -> str:
    """A stable claim id: the same statement of the same article always gets the same id."""
    key = f"{article_id}|{start}|{end}|{source_id}|{relation}|{target_id}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:20]


class Edge(BaseModel):
    """One aggregated relationship per (source, type, target)."""

    source_id: str
    relation: RelationType
    target_id: str
    confidence: float
    evidence_count: int
    first_seen: str | None = None
    last_seen: str | None = None
    cameo: list[str] = Field(default_factory=list)
    hedged_only: bool = False


class Fingerprint(BaseModel):
    """An article's MinHash signature and LSH band keys (:mod:`actorgraph.dedup.minhash`),
    and the estimated similarity at or above which it is a copy of a stored article."""

    signature: list[int]
    bands: list[str]
    threshold: float


class ArticleBundle(BaseModel):
    """Everything one article contributes to a store, written in one transaction."""

    article: Article
    actors: list[Actor]
    claims: list[Claim]
    fingerprint: Fingerprint | None = None  # None: not checked for being a wire copy


# Graph types: what reads of the graph take and give, shared by the pure algorithms of
# ``graph/``, both stores, the API and the CLI.

Direction = Literal["out", "in", "both"]


class EdgeFilter(BaseModel):
    """Which edges a read considers. Every read of edges, neighbourhoods and paths takes one.

    ``as_of`` and ``since``/``until`` are ISO dates compared with the claims' article
    ``published`` dates: an edge counts when at least one of its claims falls in the window,
    and its confidence, count and first/last seen are recomputed from those claims alone.
    """

    source_id: str | None = None
    target_id: str | None = None
    types: list[RelationType] | None = None
    min_confidence: float = 0.0
    since: str | None = None
    until: str | None = None
    as_of: str | None = None
    include_hedged: bool = True  # False drops edges whose every claim is hedged

    def upper_bound(self) -> str | None:
        """The latest date included: the earlier of ``until`` and ``as_of``."""
        bounds = [b for b in (self.until, self.as_of) if b]
        return min(bounds) if bounds else None

    def is_timeless(self) -> bool:
        return not (self.since or self.until or self.as_of)


class Subgraph(BaseModel):
    """Nodes and edges of a query result, ready for export."""

    nodes: list[Actor]
    edges: list[Edge]
    truncated: bool = False
    total_nodes: int | None = None  # before truncation


class PathHop(BaseModel):
    edge: Edge
    forward: bool  # False: the hop walks the edge against its direction
    evidence: list[Claim] = Field(default_factory=list)


class GraphPath(BaseModel):
    actors: list[Actor]
    hops: list[PathHop]
