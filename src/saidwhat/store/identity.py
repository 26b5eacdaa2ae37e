"""Which stored article an Article is: its canonical URL, else its text's hash.

The store names each article by an id derived from that identity, so the same
article read twice, from two runs or two copies of a file, lands on one row,
and ids do not depend on the order in which articles were ingested.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from ..models import Article, content_hash

__all__ = ["Identity", "canonical_url", "identify"]

# Query parameters that track the click and never change the page.
TRACKING_PARAMS = frozenset(
    {"fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "ocid", "cmpid", "ns_mchannel",
     "ns_source", "ns_campaign", "ns_linkname", "ns_fee", "at_medium", "at_campaign", "_ga", "igshid"}
)
_DEFAULT_PORTS = {"http": 80, "https": 443}


def canonical_url(url: str | None) -> str | None:
    """A normal form of an http(s) URL, or None for anything else.

    Lower-cased scheme and host, no default port, no fragment, no tracking
    parameters, the remaining parameters sorted. Other schemes (file:, urn:)
    say where a copy was found, not which article it is, so they give None
    and the article is known by its text.
    """
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:  # a malformed port or bracketed host
        return None
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not parts.hostname:
        return None
    host = parts.hostname.lower().rstrip(".")
    if port and port != _DEFAULT_PORTS[scheme]:
        host = f"{host}:{port}"
    query = sorted(
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not k.lower().startswith("utm_") and k.lower() not in TRACKING_PARAMS
    )
    return urlunsplit((scheme, host, parts.path or "/", urlencode(query), ""))


@dataclass(frozen=True)
class Identity:
    id: str  # the store's article id
    canonical_url: str | None
    content_hash: str

    @property
    def key(self) -> str:
        return f"url:{self.canonical_url}" if self.canonical_url else f"hash:{self.content_hash}"


def identify(article: Article) -> Identity:
    url = canonical_url(article.url)
    digest = content_hash(article.text)
    key = f"url:{url}" if url else f"hash:{digest}"
    return Identity(hashlib.sha256(key.encode("utf-8")).hexdigest()[:16], url, digest)
