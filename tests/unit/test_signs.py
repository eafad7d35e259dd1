"""Signed path readings: support chains, conflict chains, the ally of my enemy."""

from __future__ import annotations

import pytest

from actorgraph.graph.signs import balance_phrase, describe_path, hop_label, path_sign, read_path, read_signs
from actorgraph.model import SIGN, Actor, ActorType, Edge, GraphPath, PathHop, RelationType

R = RelationType


@pytest.mark.parametrize(
    ("relations", "sign", "chain", "stance"),
    [
        ([R.SUPPORTS, R.ALLIED_WITH], 1, "support chain", "aligned"),
        ([R.SUPPORTS, R.FIGHTS], -1, "conflict chain", "opposed"),
        ([R.ATTACKS, R.COOPERATES_WITH], -1, "conflict chain", "opposed"),
        ([R.OPPOSES, R.FIGHTS], 1, "common enemy", "aligned"),
        ([R.ATTACKS, R.FIGHTS, R.OPPOSES], -1, "conflict chain", "opposed"),
        ([R.SUPPORTS, R.CONTROLS], 0, "unsigned", "unknown"),
        ([R.LEADS], 0, "unsigned", "unknown"),
        ([R.MEMBER_OF], 1, "support chain", "aligned"),
    ],
)
def test_read_signs(relations: list[RelationType], sign: int, chain: str, stance: str) -> None:
    reading = read_signs(relations)
    assert (reading.sign, reading.chain, reading.stance) == (sign, chain, stance)
    assert reading.hop_signs == [SIGN[r] for r in relations]


def test_path_sign_is_the_product() -> None:
    assert path_sign([R.FIGHTS, R.FIGHTS]) == 1
    assert path_sign([R.FIGHTS, R.SUPPORTS, R.SUPPORTS]) == -1
    assert path_sign([]) == 0


@pytest.mark.parametrize(
    ("signs", "phrase"),
    [
        ([1], "my ally"),
        ([-1], "my enemy"),
        ([-1, 1], "the ally of my enemy"),
        ([1, -1], "the enemy of my ally"),
        ([-1, -1], "the enemy of my enemy"),
        ([1, 1, -1], "the enemy of the ally of my ally"),
    ],
)
def test_balance_phrase(signs: list[int], phrase: str) -> None:
    assert balance_phrase(signs) == phrase


def test_hop_labels_use_inverse_wording_backwards() -> None:
    assert hop_label(R.SUPPORTS, True) == "supports"
    assert hop_label(R.SUPPORTS, False) == "supported-by"
    assert hop_label(R.ATTACKS, False) == "attacked-by"
    assert hop_label(R.MEMBER_OF, True) == "member-of"


def _actor(i: str, name: str) -> Actor:
    return Actor(id=i, name=name, type=ActorType.STATE)


def test_read_and_describe_a_path() -> None:
    russia, gov, hts = _actor("russia", "Russia"), _actor("gov", "Syrian government"), _actor("hts", "HTS")
    path = GraphPath(
        actors=[russia, gov, hts],
        hops=[
            PathHop(
                edge=Edge(
                    source_id="russia", relation=R.SUPPORTS, target_id="gov", confidence=0.9, evidence_count=1
                ),
                forward=True,
            ),
            PathHop(
                edge=Edge(
                    source_id="hts", relation=R.ATTACKS, target_id="gov", confidence=0.8, evidence_count=1
                ),
                forward=False,
            ),
        ],
    )
    reading = read_path(path)
    assert reading.chain == "conflict chain"
    assert reading.phrase == "the enemy of my ally"
    assert describe_path(path) == "Russia supports Syrian government attacked-by HTS"
