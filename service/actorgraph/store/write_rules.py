"""The write rules both stores apply, whatever their backend: how an incoming actor merges
into the stored one, and what a bundle must satisfy before it is written."""

from __future__ import annotations

from actorgraph.errors import InputError
from actorgraph.model import Actor, ArticleBundle


def adds_nothing(old: Actor, new: Actor) -> bool:
    """True when merging ``new`` into ``old`` would change nothing (the common case)."""
    known = {old.name.casefold(), *(a.casefold() for a in old.aliases)}
    return new.name.casefold() in known and all(a.casefold() in known for a in new.aliases)


def merge_actor(old: Actor, new: Actor) -> Actor:
    """Upsert rule: the stored name and type stay; aliases are the union (new ones after),
    with the new name kept as an alias when it differs."""
    seen = {old.name.casefold()}
    aliases: list[str] = []
    for alias in [*old.aliases, new.name, *new.aliases]:
        if alias.casefold() not in seen:
            seen.add(alias.casefold())
            aliases.append(alias)
    return Actor(id=old.id, name=old.name, type=old.type, aliases=aliases)


def check_bundle(bundle: ArticleBundle) -> None:
    """Every claim belongs to the bundle's article and relates two different actors."""
    for c in bundle.claims:
        if c.article_id != bundle.article.id:
            raise InputError(f"claim {c.id} names article {c.article_id!r}, not {bundle.article.id!r}")
        if c.source_id == c.target_id:
            raise InputError(f"claim {c.id} relates {c.source_id!r} to itself")
