"""Actor identity: name normalisation and stable ids.

Two surface names denote the same actor id when they normalise to the same string: case,
accents, punctuation, a leading "the" and a trailing possessive are ignored. The id is a
slug of the normalised name, so the same name always gets the same id in every run.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_POSSESSIVE = re.compile(r"[\u2019'`]s\b")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=65536)
def normalize_name(name: str) -> str:
    """Lower-case, accent-free, punctuation-free form of a name, without "the" or "'s".
    Cached: the extractor normalises the same few names many times per article."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = text.replace("\u0131", "i")  # dotless i (Turkish) has no NFKD decomposition
    text = _POSSESSIVE.sub("", text)
    text = _NON_ALNUM.sub(" ", text).strip()
    if text.startswith("the "):
        text = text[4:]
    return text


def actor_id(name: str) -> str:
    """The stable id of an actor known only by its name (a slug of the normalised name)."""
    slug = normalize_name(name).replace(" ", "-")
    return slug or "unnamed"


def clean_surface(text: str) -> str:
    """A display name from a text span: no leading "the", no trailing possessive."""
    name = _POSSESSIVE.sub("", text.strip()).strip(" ,.;:\u201c\u201d\"'")
    if name.lower().startswith("the "):
        name = name[4:]
    return name
