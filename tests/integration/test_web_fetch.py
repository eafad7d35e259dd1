"""Fetching pages and feeds from the loopback sites (tests/fixtures/websites.py): the right
main text and metadata, and a clear reason for every kind of bad page. No NLP here."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from actorgraph.config import Settings, load_settings
from actorgraph.errors import FetchError
from actorgraph.ingest.fetch.feed import parse_feed
from actorgraph.ingest.fetch.http import Fetcher
from actorgraph.ingest.fetch.source import WebInput
from actorgraph.ingest.reader import InputArticle, InputProblem, read_inputs
from tests.fixtures.websites import WEB, WebSites


@pytest.fixture
def settings() -> Settings:
    return load_settings(fetch_timeout=1.0, fetch_host_delay=0.0, fetch_max_bytes=200_000)


@pytest.fixture
def fetcher(settings: Settings) -> Iterator[Fetcher]:
    f = Fetcher(settings)
    yield f
    f.close()


def _read(settings: Settings, fetcher: Fetcher, *names: str) -> tuple[list[InputArticle], list[InputProblem]]:
    items = list(read_inputs(names, settings.max_text_bytes, web=WebInput(settings, fetcher)))
    return (
        [i for i in items if isinstance(i, InputArticle)],
        [i for i in items if isinstance(i, InputProblem)],
    )


def test_a_page_gives_its_main_text_and_metadata_only(
    websites: WebSites, settings: Settings, fetcher: Fetcher
) -> None:
    (item,), problems = _read(settings, fetcher, websites.original)
    a = item.article
    assert problems == []
    assert a.url == websites.original and a.title == "Turkish forces shell Kurdish positions near Manbij"
    assert a.source == "The Northern Ledger" and a.published == "2024-03-05"
    assert "Russia backs the Syrian government" in a.text
    for boilerplate in ("Business", "Related stories", "Ukraine attacks", "Israel attacks", "Copyright"):
        assert boilerplate not in a.text, boilerplate


def test_the_copy_in_another_layout_keeps_its_story_and_drops_the_site(
    websites: WebSites, settings: Settings, fetcher: Fetcher
) -> None:
    (item,), _ = _read(settings, fetcher, websites.copy)
    a = item.article
    assert a.source == "Valley Courier" and a.title == "Turkey pounds Kurdish-held villages near Manbij"
    assert "Russia backs the Syrian government" in a.text and "Iran supports Hezbollah" in a.text
    for boilerplate in ("cookies", "Obituaries", "Most popular", "Bridge repairs", "Mill Street"):
        assert boilerplate not in a.text, boilerplate


def test_a_feed_gives_its_items_and_names_every_bad_one(
    websites: WebSites, settings: Settings, fetcher: Fetcher
) -> None:
    articles, problems = _read(settings, fetcher, websites.feed)
    assert [a.article.url for a in articles] == [websites.original, websites.copy, websites.third]
    reasons = {p.origin: p.message.split(":")[0] for p in problems}
    assert reasons == {**websites.bad_items(), websites.french: "not-english"}
    french = next(p for p in problems if p.origin == websites.french)
    assert "'fr'" in french.message
    loop = next(p for p in problems if p.origin.endswith("/loop/a"))
    assert "/loop/b" in loop.message


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/world/", "no-article-text"),
        ("/private/memo.html", "robots-disallowed"),
        ("/big.html", "too-large"),
        ("/broken-feed.xml", "malformed-feed"),
        ("/reports/sneaky", "not-html"),
        ("/nowhere", "http-status"),
    ],
)
def test_each_bad_page_has_its_reason(
    websites: WebSites, settings: Settings, fetcher: Fetcher, path: str, reason: str
) -> None:
    articles, (problem,) = _read(settings, fetcher, websites.ledger.url + path)
    assert articles == []
    assert problem.origin == websites.ledger.url + path and problem.message.startswith(reason + ":")


def test_an_unreachable_host(settings: Settings, fetcher: Fetcher) -> None:
    from tests.fixtures.redis import free_port

    url = f"http://127.0.0.1:{free_port()}/story.html"
    _, (problem,) = _read(settings, fetcher, url)
    assert problem.message.startswith("unreachable:")


def test_requests_name_the_project_and_wait_their_turn_per_host(websites: WebSites) -> None:
    fetcher = Fetcher(load_settings(fetch_host_delay=1.5, fetch_timeout=5.0, fetch_robots=False))
    try:
        for _ in range(2):
            fetcher.get(websites.original)
        fetcher.get(websites.copy)  # another host: it need not wait for the first one's turn
    finally:
        fetcher.close()
    first, second = websites.ledger.requests("/world/turkey-shells-manbij.html")
    courier = websites.courier.requests("/news/2024/03/05/turkey-pounds-villages")[0]
    assert all(s.headers["user-agent"].startswith("actorgraph/") for s in (first, second, courier))
    # the turns space the requests' starts; their arrivals also carry the first one's
    # connection set-up, which a loaded machine can stretch by a tenth of a second
    assert second.at - first.at >= 1.3
    assert courier.at < second.at + 1.5  # had it waited for the ledger's next turn, it would be later


def test_conditional_requests_get_not_modified(websites: WebSites, fetcher: Fetcher) -> None:
    first = fetcher.get(websites.feed)
    assert first.etag and first.last_modified and not first.not_modified
    again = fetcher.get(websites.feed, etag=first.etag)
    assert again.not_modified and again.body == b""
    by_date = fetcher.get(websites.feed, last_modified=first.last_modified)
    assert by_date.not_modified
    assert len(parse_feed(first.body, websites.feed)) == 8


def test_saved_pages_and_folders_of_them(tmp_path: Path, settings: Settings, fetcher: Fetcher) -> None:
    folder = tmp_path / "saved"
    folder.mkdir()
    for name in ("turkey-shells-manbij.html", "francais.html"):
        (folder / name).write_bytes((WEB / "ledger" / name).read_bytes())
    articles, problems = _read(settings, fetcher, str(folder))
    assert [a.article.id for a in articles] == ["turkey-shells-manbij"]
    assert articles[0].article.source == "The Northern Ledger"
    assert [p.message.split(":")[0] for p in problems] == ["not-english"]


def test_fetch_errors_are_actorgraph_errors(fetcher: Fetcher) -> None:
    with pytest.raises(FetchError) as info:
        fetcher.get("http://127.0.0.1:9/")
    assert info.value.reason == "unreachable" and not info.value.permanent
