"""Fuzzy actor search over names and aliases (rapidfuzz), held in memory by the store."""

from __future__ import annotations

from collections.abc import Iterable

from rapidfuzz import fuzz, process
from rapidfuzz.utils import default_process

from actorgraph.model import Actor, ActorType
from actorgraph.store.base import ActorHit

#: Below this WRatio (0-100) a name does not count as a match.
SCORE_CUTOFF = 60.0


class _Choices:
    def __init__(self) -> None:
        self.texts: list[str] = []  # processed name or alias
        self.labels: list[str] = []  # as written
        self.owners: list[int] = []  # index into NameIndex.actors
        self.is_name: list[bool] = []


class NameIndex:
    """Every name and alias of every actor, processed once for matching.

    Ranking: an exact (case- and punctuation-insensitive) name or alias match first, then
    by WRatio score, names before aliases, then by name, then by id. One hit per actor, with the name
    or alias that matched best."""

    def __init__(self, actors: Iterable[Actor]) -> None:
        self.actors: list[Actor] = []
        self._all = _Choices()
        self._by_type: dict[ActorType, _Choices] = {}
        self._position: dict[str, int] = {}
        for actor in actors:
            self._add(actor)

    def _add(self, actor: Actor) -> None:
        i = len(self.actors)
        self.actors.append(actor)
        self._position[actor.id] = i
        typed = self._by_type.setdefault(actor.type, _Choices())
        for label, is_name in [(actor.name, True), *((a, False) for a in actor.aliases)]:
            text = default_process(label)
            if not text:
                continue
            for ch in (self._all, typed):
                ch.texts.append(text)
                ch.labels.append(label)
                ch.owners.append(i)
                ch.is_name.append(is_name)

    def update(self, actors: Iterable[Actor]) -> None:
        """New or changed actors, without rebuilding (seconds at 100k actors, and a store
        patches its index after every write that adds one). A changed actor's old entries
        are blanked, not removed: an empty text never passes the score cutoff."""
        for actor in actors:
            old = self._position.get(actor.id)
            if old is not None:
                for ch in (self._all, *self._by_type.values()):
                    for j, owner in enumerate(ch.owners):
                        if owner == old:
                            ch.texts[j] = ""
            self._add(actor)

    def search(self, query: str, limit: int = 10, type: ActorType | None = None) -> list[ActorHit]:
        q = default_process(query)
        if not q or limit <= 0:
            return []
        ch = self._all if type is None else self._by_type.get(type)
        if ch is None:
            return []
        found = process.extract(
            q, ch.texts, scorer=fuzz.WRatio, processor=None, limit=limit * 8 + 16, score_cutoff=SCORE_CUTOFF
        )
        best: dict[int, tuple[bool, float, bool, str]] = {}
        for _, raw, idx in found:
            score = float(raw)
            owner = ch.owners[idx]
            is_exact = ch.texts[idx] == q
            cand = (is_exact, score, ch.is_name[idx], ch.labels[idx])
            old = best.get(owner)
            if old is None or cand[:3] > old[:3]:
                best[owner] = cand
        ranked = sorted(
            best.items(),
            key=lambda kv: (
                not kv[1][0],
                -kv[1][1],
                not kv[1][2],
                self.actors[kv[0]].name.casefold(),
                self.actors[kv[0]].id,
            ),
        )
        return [
            ActorHit(actor=self.actors[owner], score=round(score / 100.0, 4), matched=label)
            for owner, (_, score, _, label) in ranked[:limit]
        ]
