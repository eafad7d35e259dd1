"""What "an actor" means wherever a person names one (API parameters, CLI arguments): an
id, or an exact name or alias. One definition, so both interfaces answer alike."""

from __future__ import annotations

from actorgraph.errors import ActorNotFound
from actorgraph.model import Actor
from actorgraph.store.base import Store


def resolve_actor(store: Store, ref: str) -> Actor:
    """An actor by id, or by exact name or alias (case-insensitive). Anything else is a
    404 naming the nearest actors, so a typo gets an answer to pick from."""
    try:
        return store.get_actor(ref).actor
    except ActorNotFound:
        pass
    key = ref.strip().casefold()
    hits = store.search_actors(ref, limit=5) if key else []
    for h in hits:
        names = [h.matched, h.actor.name, h.actor.id, *h.actor.aliases]
        if any(n.casefold() == key for n in names):
            return h.actor
    raise ActorNotFound(ref, [h.actor.name for h in hits])
