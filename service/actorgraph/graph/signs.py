"""Signed readings of paths: support chains, conflict chains, "the ally of my enemy".

Each relation type has a sign (``model.SIGN``): cooperative +1, hostile -1, none 0
(CONTROLS, LEADS). A path's sign is the product of its hops' signs, read as structural
balance reads it: a + path puts both ends on the same side, a - path on opposite sides, and
a path through an unsigned hop says nothing about sides. Pure functions; the API and both
stores use them on :class:`GraphPath` values.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from pydantic import BaseModel

from actorgraph.model import INVERSE_LABEL, SIGN, GraphPath, RelationType

Stance = Literal["aligned", "opposed", "unknown"]
Chain = Literal["support chain", "conflict chain", "common enemy", "unsigned"]


class SignedReading(BaseModel):
    """What a path says about how its two ends stand towards each other."""

    sign: int  # +1, -1, or 0 when a hop has no sign
    stance: Stance
    chain: Chain
    hop_signs: list[int]
    phrase: str  # e.g. "the ally of my enemy", read from the first actor's point of view


def hop_label(relation: RelationType, forward: bool) -> str:
    """The wording of one hop as walked: "supports" forward, "supported-by" backward."""
    if forward:
        return relation.value.lower().replace("_", "-")
    return INVERSE_LABEL[relation]


def path_sign(relations: Sequence[RelationType]) -> int:
    """The product of the hop signs; 0 when any hop is unsigned (or the path is empty)."""
    if not relations:
        return 0
    sign = 1
    for rel in relations:
        sign *= SIGN[rel]
    return sign


def balance_phrase(signs: Sequence[int]) -> str:
    """The far end of a signed chain as seen from its start: [+] "my ally", [-, +] "the ally
    of my enemy", [+, -] "the enemy of my ally", [-, -] "the enemy of my enemy"."""
    words = {1: "ally", -1: "enemy", 0: "counterpart"}
    if not signs:
        return "myself"
    parts = [f"my {words[signs[0]]}"]
    for s in signs[1:]:
        parts.append(f"the {words[s]} of {parts[-1]}")
    return parts[-1]


def read_signs(relations: Sequence[RelationType]) -> SignedReading:
    """The signed reading of a chain of relations (walk direction does not change a sign)."""
    signs = [SIGN[r] for r in relations]
    sign = path_sign(relations)
    chain: Chain
    if sign == 0:
        chain, stance = "unsigned", "unknown"
    elif sign < 0:
        chain, stance = "conflict chain", "opposed"
    elif all(s > 0 for s in signs):
        chain, stance = "support chain", "aligned"
    else:
        chain, stance = "common enemy", "aligned"
    return SignedReading(sign=sign, stance=stance, chain=chain, hop_signs=signs, phrase=balance_phrase(signs))


def read_path(path: GraphPath) -> SignedReading:
    return read_signs([hop.edge.relation for hop in path.hops])


def describe_path(path: GraphPath) -> str:
    """One line for people: "Russia supports Syrian government fights HTS"."""
    if not path.actors:
        return ""
    words = [path.actors[0].name]
    for hop, actor in zip(path.hops, path.actors[1:], strict=True):
        words.append(hop_label(hop.edge.relation, hop.forward))
        words.append(actor.name)
    return " ".join(words)
