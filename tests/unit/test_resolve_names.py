"""Actor identity: the same name always normalises to the same id."""

from __future__ import annotations

import pytest

from actorgraph.resolve.names import actor_id, clean_surface, normalize_name


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Recep Tayyip Erdoğan", "recep tayyip erdogan"),
        ("The Syrian Observatory", "Syrian Observatory"),
        ("Hezbollah's", "Hezbollah"),
        ("Hezbollah\u2019s", "HEZBOLLAH"),
        ("Kafer  Besme", "kafer-besme"),
        ("Türkiye", "Turkiye"),
    ],
)
def test_equivalent_names_share_an_id(a: str, b: str) -> None:
    assert normalize_name(a) == normalize_name(b)
    assert actor_id(a) == actor_id(b)


def test_ids_are_slugs() -> None:
    assert actor_id("Sultan Murad Division") == "sultan-murad-division"
    assert actor_id("Abu Salim") == "abu-salim"
    assert actor_id("") == "unnamed"


def test_different_names_differ() -> None:
    assert actor_id("Hamas") != actor_id("Hezbollah")


def test_clean_surface_drops_article_and_possessive() -> None:
    assert clean_surface("the Kremlin's") == "Kremlin"
    assert clean_surface(" Wagner Group, ") == "Wagner Group"
