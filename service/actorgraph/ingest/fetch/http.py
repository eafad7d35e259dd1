"""Polite HTTP GETs: a whole-fetch deadline, a size cap, a User-Agent naming the project,
robots.txt, one request per host per ``fetch_host_delay`` seconds, and conditional requests.

httpx errors never leave this module: they become :class:`actorgraph.errors.FetchError`
subclasses that name the URL and the reason, so callers report them item by item.
"""

from __future__ import annotations

import threading
import time
import urllib.robotparser
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx

from actorgraph.config import Settings
from actorgraph.errors import (
    FetchError,
    FetchTimeout,
    HttpStatusError,
    RedirectLoop,
    RobotsDisallowed,
    TooLarge,
    Unreachable,
)

_REDIRECTS = frozenset({301, 302, 303, 307, 308})


@dataclass(frozen=True, slots=True)
class Fetched:
    """One answer: the URL it finally came from, its body, and the validators for next time."""

    url: str
    status: int
    content_type: str  # lower case, without parameters; "" when the server sent none
    body: bytes
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def is_web_url(name: str) -> bool:
    return name.startswith(("http://", "https://"))


class Fetcher:
    """GETs for one process. Thread-safe; the httpx client is opened on first use."""

    def __init__(self, settings: Settings) -> None:
        self.timeout = settings.fetch_timeout
        self.max_bytes = settings.fetch_max_bytes
        self.user_agent = settings.fetch_user_agent
        self.host_delay = settings.fetch_host_delay
        self.max_redirects = settings.fetch_max_redirects
        self.obey_robots = settings.fetch_robots
        self._client: httpx.Client | None = None
        self._lock = threading.Lock()
        self._next_slot: dict[str, float] = {}  # host -> monotonic time of its next allowed fetch
        self._robots: dict[str, urllib.robotparser.RobotFileParser | None] = {}

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    def _http(self) -> httpx.Client:
        with self._lock:
            if self._client is None:
                # Redirects are followed by hand (see get) to tell a loop from a long chain.
                self._client = httpx.Client(
                    headers={"User-Agent": self.user_agent, "Accept-Encoding": "gzip, deflate"},
                    timeout=httpx.Timeout(self.timeout),
                    follow_redirects=False,
                )
            return self._client

    def get(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> Fetched:
        """GET ``url`` following redirects; a 304 comes back as is (``not_modified``)."""
        seen = [url]
        current = url
        while True:
            self._check_robots(current)
            answer = self._get_once(current, etag=etag, last_modified=last_modified)
            if answer.status not in _REDIRECTS:
                break
            target = answer.url
            if target in seen:
                raise RedirectLoop(url, " -> ".join([*seen, target]))
            if len(seen) > self.max_redirects:
                raise RedirectLoop(url, f"more than {self.max_redirects} redirects")
            seen.append(target)
            current = target
        if answer.status == 304 or 200 <= answer.status < 300:
            return answer
        raise HttpStatusError(url, answer.status)

    def _wait_turn(self, url: str) -> None:
        """Hold this fetch until its host's politeness delay since the last one has passed."""
        host = urlsplit(url).netloc.lower()
        with self._lock:
            now = time.monotonic()
            slot = max(now, self._next_slot.get(host, 0.0))
            self._next_slot[host] = slot + self.host_delay
        if slot > now:
            time.sleep(slot - now)

    def _get_once(self, url: str, *, etag: str | None, last_modified: str | None) -> Fetched:
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        self._wait_turn(url)
        deadline = time.monotonic() + self.timeout
        try:
            with self._http().stream("GET", url, headers=headers) as response:
                if response.status_code in _REDIRECTS:
                    location = response.headers.get("location")
                    if not location:
                        raise HttpStatusError(url, response.status_code)
                    return Fetched(urljoin(url, location), response.status_code, "", b"")
                body = self._read_capped(url, response, deadline) if response.status_code == 200 else b""
                return Fetched(
                    url=str(response.url),
                    status=response.status_code,
                    content_type=response.headers.get("content-type", "").split(";")[0].strip().lower(),
                    body=body,
                    etag=response.headers.get("etag"),
                    last_modified=response.headers.get("last-modified"),
                )
        except httpx.TimeoutException as exc:
            raise FetchTimeout(url, f"no answer within {self.timeout:g}s ({type(exc).__name__})") from exc
        except httpx.TransportError as exc:
            raise Unreachable(url, f"{type(exc).__name__}: {exc}") from exc
        except httpx.HTTPError as exc:
            raise FetchError(url, f"{type(exc).__name__}: {exc}") from exc

    def _read_capped(self, url: str, response: httpx.Response, deadline: float) -> bytes:
        """The body, refusing one over the size cap (declared or actual) and one that
        trickles in past the deadline (httpx's timeouts are per read, not per fetch)."""
        declared = response.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > self.max_bytes:
            raise TooLarge(url, f"{declared} bytes declared, over the cap of {self.max_bytes}")
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > self.max_bytes:
                raise TooLarge(url, f"over the cap of {self.max_bytes} bytes")
            if time.monotonic() > deadline:
                raise FetchTimeout(url, f"the body took longer than {self.timeout:g}s")
            chunks.append(chunk)
        return b"".join(chunks)

    # robots.txt ------------------------------------------------------------------------

    def _check_robots(self, url: str) -> None:
        if not self.obey_robots:
            return
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        with self._lock:
            known = origin in self._robots
            rules = self._robots.get(origin)
        if not known:
            rules = self._load_robots(origin)
            with self._lock:
                self._robots[origin] = rules
        if rules is not None and not rules.can_fetch(self.user_agent, url):
            raise RobotsDisallowed(url, f"{origin}/robots.txt does not allow this path")

    def _load_robots(self, origin: str) -> urllib.robotparser.RobotFileParser | None:
        """The site's rules; None (everything allowed) when it has no robots.txt. A robots.txt
        that cannot be fetched at all is treated the same: the page fetch will report why."""
        try:
            answer = self._get_once(f"{origin}/robots.txt", etag=None, last_modified=None)
        except FetchError:
            return None
        if answer.status != 200:
            return None
        parser = urllib.robotparser.RobotFileParser()
        parser.parse(answer.body.decode("utf-8", errors="replace").splitlines())
        return parser
