"""The agent of a passive shared with the passive coordinated after it: "nine soldiers were
captured, and two killed, ..., by the rebels" (the parser hangs "by the rebels" on the
last verb only), "were abducted and later killed by Boko Haram"."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token


def conjunct_agent_verbs(verb: Token, is_passive: Callable[[Token], bool]) -> list[Token]:
    """The passive verbs coordinated after ``verb`` that name an agent ("by ..."), in the same
    clause: without a subject of their own, or with a count of the same people ("and two
    killed"); "..., and the base was shelled by X" is another clause."""
    return [c for c in verb.children if c.dep_ == "conj" and c.tag_ == "VBN" and is_passive(c)
            and any(a.dep_ == "agent" for a in c.children) and _counted_or_none(c)]  # fmt: skip


def _counted_or_none(verb: Token) -> bool:
    return all(s.pos_ == "NUM" for s in verb.children if s.dep_ in ("nsubj", "nsubjpass"))
