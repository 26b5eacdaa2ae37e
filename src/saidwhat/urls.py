"""The one canonical form of an article's URL, shared by the readers and the store.

Owns ``canonical_url``: readers keep it as ``Article.url`` and hash it into
``Article.id``; the store keys articles by it (``store.identity``). It must not
change for URLs already stored, which is why it is exactly what the two used to
compose: courlan's ``normalize_url(strict=False)`` (the readers' step: path
percent-quoting and slashes, punycode hosts, blank and tracker parameters,
parameters sorted), then the store's own rules (scheme and host lower-cased,
default port, fragment and a few more tracking parameters dropped, parameters
sorted). Neither alone gives the same keys: courlan keeps fragments and
``ocid``; the store's rules alone do not quote ``'`` or ``@`` in a path (15 of
412 real Wikinews and benchmark URLs would change). ``strict=True`` is never
used: it drops every query parameter and merged distinct ``index.php?curid=N``
articles. Pure functions; touches no file or database.
"""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

__all__ = ["TRACKING_PARAMS", "canonical_url", "store_rules"]

# Query parameters that track the click and never change the page.
TRACKING_PARAMS = frozenset(
    {"fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "ocid", "cmpid", "ns_mchannel",
     "ns_source", "ns_campaign", "ns_linkname", "ns_fee", "at_medium", "at_campaign", "_ga", "igshid"}
)
_DEFAULT_PORTS = {"http": 80, "https": 443}


def canonical_url(url: str | None) -> str | None:
    """The canonical form of an http(s) URL, or None for anything else.

    Other schemes (file:, urn:) say where a copy was found, not which article it
    is, so they give None and the article is known by its text."""
    if not url or not url.strip():
        return None
    url = url.strip()
    if url.lower().startswith(("http://", "https://")):
        import courlan

        try:
            url = courlan.normalize_url(url, strict=False)
        except (ValueError, AttributeError):
            pass  # a URL courlan cannot parse still gets the store's rules
    return store_rules(url)


def store_rules(url: str | None) -> str | None:
    """The store's own rules alone, without courlan's step.

    Before readers and store shared ``canonical_url`` these alone keyed a URL
    given straight to ``Store.add``; the store still looks such rows up by them."""
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
