"""Polite page fetching for feed entries: our user agent, timeouts, robots.txt, a per-host delay.

The one place in ingest that touches the network. A fetch that fails
returns None with the reason kept in ``last_error``; once a connection
cannot be made at all the fetcher assumes it is offline and stops trying,
so a long feed read offline costs one timeout, not one per entry.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from ..settings import Settings

__all__ = ["Fetcher"]



class Fetcher:
    def __init__(self, settings: Settings, *, transport=None) -> None:
        """``transport``: an httpx transport to use instead of the network (tests pass a MockTransport)."""
        import httpx

        self.settings = settings
        self._client = httpx.Client(
            headers={"User-Agent": settings.user_agent},
            timeout=httpx.Timeout(settings.fetch_timeout),
            follow_redirects=True,
            transport=transport,
        )
        self._last_hit: dict[str, float] = {}
        self._robots: dict[str, RobotFileParser | None] = {}
        self.offline = False
        self.last_error = ""

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def fetch(self, url: str) -> bytes | None:
        """The page's bytes, or None (see ``last_error``) when offline, refused, failed or too large."""
        import httpx

        if self.offline:
            self.last_error = "offline (an earlier connection failed)"
            return None
        if not self._allowed(url):
            self.last_error = "disallowed by robots.txt"
            return None
        if self.offline:  # the robots.txt request found no connection: last_error says why
            return None
        try:
            with self._polite(url), self._client.stream("GET", url) as response:
                if response.status_code >= 400:
                    self.last_error = f"HTTP {response.status_code}"
                    return None
                data = bytearray()
                for chunk in response.iter_bytes():
                    data.extend(chunk)
                    if len(data) > self.settings.max_file_bytes:
                        self.last_error = f"page larger than {self.settings.max_file_bytes:,} bytes"
                        return None
                return bytes(data)
        except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
            self.offline = True
            self.last_error = f"cannot connect: {exc}"
        except httpx.HTTPError as exc:
            self.last_error = f"{type(exc).__name__}: {exc}"
        return None

    @contextmanager
    def _polite(self, url: str) -> Iterator[None]:
        """One request to ``url``'s host, ``per_host_delay`` seconds after the last one to it ended:
        counted from the end of a response, so a slow answer never shortens the pause."""
        host = urlsplit(url).netloc.lower()
        last = self._last_hit.get(host)
        if last is not None:
            pause = self.settings.per_host_delay - (time.monotonic() - last)
            if pause > 0:
                time.sleep(pause)
        try:
            yield
        finally:
            self._last_hit[host] = time.monotonic()

    def _allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        root = f"{parts.scheme}://{parts.netloc}"
        if root not in self._robots:
            self._robots[root] = self._load_robots(root)
        robots = self._robots[root]
        return robots is None or robots.can_fetch(self.settings.user_agent, url)

    def _load_robots(self, root: str) -> RobotFileParser | None:
        import httpx

        try:
            with self._polite(root):
                response = self._client.get(f"{root}/robots.txt")
        except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
            self.offline = True
            self.last_error = f"cannot connect: {exc}"
            return None
        except httpx.HTTPError:
            return None  # no readable robots.txt: fetching is allowed
        if response.status_code >= 400:
            return None
        parser = RobotFileParser()
        parser.parse(response.text.splitlines())
        return parser
