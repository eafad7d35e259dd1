"""Actors and articles: search, detail, listing, unknown ids, upsert, stats."""

from __future__ import annotations

import pytest

from actorgraph.errors import ActorNotFound, ArticleNotFound
from actorgraph.model import Actor, ActorType, Article, ArticleBundle, content_hash
from actorgraph.store.base import EdgeFilter, Store
from tests.contract import data


@pytest.mark.parametrize("query", ["HTS", "Hayat Tahrir", "hayat tahrir al-sham", "Hayat Tahrir al Sham"])
def test_search_finds_hts_by_name_alias_or_part(loaded: Store, query: str) -> None:
    hits = loaded.search_actors(query)
    assert hits, query
    assert hits[0].actor.id == "hts"


def test_search_exact_alias_ranks_first_and_says_what_matched(loaded: Store) -> None:
    hits = loaded.search_actors("Moscow")
    assert hits[0].actor.id == "russia"
    assert hits[0].matched == "Moscow"
    assert hits[0].score == pytest.approx(1.0)
    assert all(h.score <= hits[0].score for h in hits)


def test_search_type_filter_and_limit(loaded: Store) -> None:
    hits = loaded.search_actors("Syrian", type=ActorType.ARMED_GROUP)
    assert {"sna", "fsa"} <= {h.actor.id for h in hits}
    assert all(h.actor.type == ActorType.ARMED_GROUP for h in hits)
    assert "syrian-government" in {h.actor.id for h in loaded.search_actors("Syrian")}
    assert len(loaded.search_actors("a", limit=2)) <= 2


def test_search_unknown_name_finds_nothing_close(loaded: Store) -> None:
    assert [h.actor.id for h in loaded.search_actors("Zanzibar Philatelic Society")] == []


def test_get_actor_detail(loaded: Store) -> None:
    d = loaded.get_actor("hts")
    assert d.actor == data.ACTORS["hts"]
    # FIGHTS syrian-government, CONTROLS kafer-besme, supported by sna, fsa, pro-turkish-opposition.
    assert d.degree == 5
    assert d.first_seen == "2024-11-28"
    assert d.last_seen == "2024-12-12"
    assert d.claim_count == sum(
        1 for b in data.BUNDLES for c in b.claims if "hts" in (c.source_id, c.target_id)
    )


def test_unknown_actor_raises_with_nearest_names(loaded: Store) -> None:
    with pytest.raises(ActorNotFound) as err:
        loaded.get_actor("hayat-tahrir")
    assert err.value.query == "hayat-tahrir"
    assert "Hayat Tahrir al-Sham" in err.value.suggestions


@pytest.mark.parametrize(
    "read",
    [
        lambda s: s.neighbourhood("nobody-at-all", 1, EdgeFilter()),
        lambda s: s.paths("russia", "nobody-at-all", EdgeFilter()),
        lambda s: s.paths("nobody-at-all", "hts", EdgeFilter()),
        lambda s: s.edges(EdgeFilter(source_id="nobody-at-all")),
        lambda s: s.claims(actor_id="nobody-at-all"),
    ],
)
def test_every_read_by_actor_id_raises_not_found(loaded: Store, read: object) -> None:
    with pytest.raises(ActorNotFound):
        read(loaded)  # type: ignore[operator]


def test_list_actors_pages_by_name_with_total(loaded: Store) -> None:
    first, total = loaded.list_actors(limit=5)
    second, total2 = loaded.list_actors(offset=5, limit=5)
    assert total == total2 == len(data.ACTORS)
    names = [a.name for a in first + second]
    assert names == sorted(names, key=str.casefold)
    assert not {a.id for a in first} & {a.id for a in second}
    people, n_people = loaded.list_actors(type=ActorType.PERSON)
    assert n_people == 3
    assert {a.id for a in people} == {"erdogan", "bashar-al-assad", "korotchenko"}


def test_actor_upsert_merges_aliases(loaded: Store) -> None:
    again = Actor(
        id="turkey", name="Türkiye", type=ActorType.STATE, aliases=["Republic of Türkiye", "Ankara"]
    )
    article = Article(id="merge", text="Türkiye closed its border.", source="x", published="2024-12-20")
    loaded.write([ArticleBundle(article=article, actors=[again], claims=[])])
    actor = loaded.get_actor("turkey").actor
    assert actor.name == "Turkey"
    assert set(actor.aliases) == {"Türkiye", "Ankara", "Republic of Türkiye"}
    assert len(actor.aliases) == 3
    assert loaded.search_actors("Republic of Türkiye")[0].actor.id == "turkey"


def test_get_article_has_its_claims(loaded: Store) -> None:
    detail = loaded.get_article("a3")
    assert detail.article.source == "Levant Wire"
    assert detail.article.text == data.A3.article.text
    assert detail.content_hash == content_hash(data.A3.article.text)
    assert sorted(c.id for c in detail.claims) == sorted(c.id for c in data.A3.claims)
    assert loaded.has_article(content_hash(data.A3.article.text))
    assert not loaded.has_article(content_hash("never stored"))
    with pytest.raises(ArticleNotFound):
        loaded.get_article("no-such-article")


def test_stats_count_everything(loaded: Store) -> None:
    st = loaded.stats()
    assert (st.actors, st.articles) == (len(data.ACTORS), len(data.BUNDLES))
    assert st.claims == sum(len(b.claims) for b in data.BUNDLES)
    assert st.edges == 12
    assert st.edges_by_type["SUPPORTS"] == 5
    assert st.actors_by_type["PLACE"] == 2
    assert sum(st.edges_by_type.values()) == st.edges


def test_batch_lookups_by_id_leave_unknown_ids_out(loaded: Store) -> None:
    actors = loaded.actors_by_id(["hts", "russia", "no-such-actor"])
    assert set(actors) == {"hts", "russia"}
    assert actors["hts"] == loaded.get_actor("hts").actor
    assert loaded.actors_by_id([]) == {}
    articles = loaded.articles_by_id(["a1", "a2", "a1", "missing"])
    assert set(articles) == {"a1", "a2"}
    assert articles["a1"] == data.A1.article
    assert articles["a1"] == loaded.get_article("a1").article
    assert loaded.articles_by_id([]) == {}
