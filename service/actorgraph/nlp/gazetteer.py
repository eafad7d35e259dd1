"""The actor gazetteer: canonical actors with aliases, metonyms, demonyms and leadership.

One JSON object per line::

    {"id": "russia", "name": "Russia", "type": "STATE",
     "aliases": ["Russian Federation"], "metonyms": ["Moscow", "the Kremlin"],
     "demonyms": ["Russian"], "descriptors": [], "leads": []}

``aliases`` are other names, ``metonyms`` are places or buildings that act for the actor
in news wording, ``demonyms`` are adjectives ("Russian jets"), ``descriptors`` are the
common nouns an article may later use for the actor ("the group", "the Islamists"), and
``leads`` lists the actor ids a person heads (used when a title names no country:
"President Putin"). ``context`` lists actor ids whose mention in an article makes a bare
descriptor ("the army") mean this actor even when the article never names it: in a story
about the RSF, "the army" is Sudan's army. Files given later override entries with the
same id.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from actorgraph.errors import InputError
from actorgraph.model import Actor, ActorType
from actorgraph.resolve.names import normalize_name

BUILTIN = "gazetteer.jsonl"

#: Nouns that, after a state's demonym, make the phrase act for that state ("Russian jets").
STATE_ORGAN_NOUNS: tuple[str, ...] = (
    "government", "regime", "forces", "troops", "army", "military", "soldiers", "jets",
    "warplanes", "aircraft", "drones", "navy", "air force", "officials", "authorities",
    "diplomats", "ministry", "delegation", "police", "artillery", "missiles", "tanks",
    "warships", "administration", "leadership", "security forces", "armed forces",
    "defence ministry", "defense ministry", "foreign ministry", "state media",
    "mediators", "negotiators", "envoy", "envoys", "ambassador", "representatives",
    "intelligence", "special forces", "fighter jets", "ground forces", "naval forces", "state",
)


@dataclass(frozen=True, slots=True)
class Entry:
    id: str
    name: str
    type: ActorType
    aliases: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    descriptors: tuple[str, ...] = ()
    leads: tuple[str, ...] = ()
    context: tuple[str, ...] = ()

    def actor(self) -> Actor:
        seen: dict[str, None] = {}
        for alias in (*self.aliases, *self.metonyms):
            if alias != self.name:
                seen.setdefault(alias, None)
        return Actor(id=self.id, name=self.name, type=self.type, aliases=list(seen))

    def surfaces(self) -> list[str]:
        """Every string that names this actor in text (organ phrases included)."""
        out = [self.name, *self.aliases, *self.metonyms]
        if self.type in (ActorType.STATE, ActorType.GOVERNMENT):
            out += [f"{dem} {noun}" for dem in self.demonyms for noun in STATE_ORGAN_NOUNS]
        return out


@dataclass(slots=True)
class Gazetteer:
    """Lookup over the entries; built by :meth:`load` or :meth:`from_entries`."""

    entries: dict[str, Entry]
    by_surface: dict[str, str] = field(default_factory=dict)
    by_demonym: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_entries(cls, entries: Iterable[Entry]) -> Gazetteer:
        gaz = cls(entries={e.id: e for e in entries})
        # Precedence, lowest first: generated organ phrases ("Libyan government"), then
        # explicit aliases and metonyms, then exact names.
        for entry in gaz.entries.values():
            for surface in entry.surfaces():
                gaz.by_surface.setdefault(normalize_name(surface), entry.id)
            for dem in entry.demonyms:
                gaz.by_demonym.setdefault(dem.lower(), entry.id)
        explicit: dict[str, str] = {}
        for entry in gaz.entries.values():
            for surface in (*entry.aliases, *entry.metonyms):
                explicit.setdefault(normalize_name(surface), entry.id)
        gaz.by_surface.update(explicit)
        for entry in gaz.entries.values():
            gaz.by_surface[normalize_name(entry.name)] = entry.id
        return gaz

    @classmethod
    def load(cls, paths: Sequence[Path] = ()) -> Gazetteer:
        """The built-in gazetteer merged with ``paths`` (later files override by id)."""
        builtin = resources.files("actorgraph.nlp").joinpath("data", BUILTIN)
        merged: dict[str, Entry] = {}
        for entry in _parse(builtin.read_text(encoding="utf-8").splitlines(), BUILTIN):
            merged[entry.id] = entry
        for path in paths:
            try:
                lines = Path(path).read_text(encoding="utf-8").splitlines()
            except (OSError, UnicodeDecodeError) as exc:
                raise InputError(f"cannot read gazetteer file {path}: {exc}") from exc
            for entry in _parse(lines, str(path)):
                merged[entry.id] = entry
        return cls.from_entries(merged.values())

    def get(self, actor_id: str) -> Entry | None:
        return self.entries.get(actor_id)

    def lookup(self, surface: str) -> Entry | None:
        key = self.by_surface.get(normalize_name(surface))
        return self.entries.get(key) if key else None

    def demonym(self, word: str) -> Entry | None:
        key = self.by_demonym.get(word.lower())
        return self.entries.get(key) if key else None

    def __len__(self) -> int:
        return len(self.entries)


@lru_cache(maxsize=8)
def load_cached(paths: tuple[str, ...]) -> Gazetteer:
    """One loaded gazetteer per set of files, shared by the pipeline's components."""
    return Gazetteer.load([Path(p) for p in paths])


def _strings(row: dict[str, object], key: str, where: str) -> tuple[str, ...]:
    value = row.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InputError(f"{where}: {key!r} must be a list of strings")
    return tuple(v for v in value if v.strip())


def _parse(lines: Iterable[str], source: str) -> Iterable[Entry]:
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        where = f"{source} line {number}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{where}: not JSON ({exc.msg})") from exc
        if not isinstance(row, dict):
            raise InputError(f"{where}: expected an object")
        ident, name, kind = row.get("id"), row.get("name"), row.get("type")
        if not isinstance(ident, str) or not ident or not isinstance(name, str) or not name:
            raise InputError(f"{where}: 'id' and 'name' are required strings")
        try:
            actor_type = ActorType(str(kind))
        except ValueError as exc:
            raise InputError(f"{where}: unknown type {kind!r}") from exc
        yield Entry(
            id=ident,
            name=name,
            type=actor_type,
            aliases=_strings(row, "aliases", where),
            metonyms=_strings(row, "metonyms", where),
            demonyms=_strings(row, "demonyms", where),
            descriptors=tuple(d.lower() for d in _strings(row, "descriptors", where)),
            leads=_strings(row, "leads", where),
            context=_strings(row, "context", where),
        )
