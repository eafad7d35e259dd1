"""The fast subgraph JSON (orjson over the models' attribute dicts) is byte-equal to the
API's documented model serialised by pydantic, for every field shape a subgraph holds."""

from __future__ import annotations

import json

from actorgraph.api.render import subgraph_body, subgraph_json
from actorgraph.model import Actor, ActorType, Edge, RelationType
from actorgraph.store.base import Subgraph


def sample() -> Subgraph:
    nodes = [
        Actor(id="hts", name="Hayat Tahrir al-Sham", type=ActorType.ARMED_GROUP, aliases=["HTS", "هيئة"]),
        Actor(id="turkey", name="Türkiye \"Ankara\"", type=ActorType.STATE),
        Actor(id="x", name="Line\nbreak \\ slash", type=ActorType.PERSON, aliases=[]),
    ]
    edges = [
        Edge(source_id="turkey", relation=RelationType.SUPPORTS, target_id="hts", confidence=0.1 + 0.2,
             evidence_count=3, first_seen="2024-01-02", last_seen="2024-11-28T10:00:00", cameo=["05", "07"],
             hedged_only=False),
        Edge(source_id="hts", relation=RelationType.FIGHTS, target_id="x", confidence=1.0, evidence_count=1,
             first_seen=None, last_seen=None, cameo=[], hedged_only=True),
        Edge(source_id="x", relation=RelationType.MEMBER_OF, target_id="hts", confidence=1e-05,
             evidence_count=12, hedged_only=False),
    ]  # fmt: skip
    return Subgraph(nodes=nodes, edges=edges, truncated=True, total_nodes=17)


def test_fast_body_equals_the_models_json() -> None:
    sub = sample()
    for limit in (None, 500):
        reference = subgraph_json(sub, limit).model_dump_json().encode()
        assert subgraph_body(sub, limit) == reference


def test_empty_subgraph() -> None:
    sub = Subgraph(nodes=[], edges=[], truncated=False, total_nodes=0)
    body = subgraph_body(sub)
    assert body == subgraph_json(sub).model_dump_json().encode()
    assert json.loads(body)["relations"] == {}
