"""The database: schema, migrations, writes and search (SQLite, one file).

    from saidwhat.store import open_store
    with open_store("quotes.db") as store:
        store.add(extraction)
        hits = store.search("air defence", since="2024-09-01")
"""

from __future__ import annotations

from .db import QuoteHit, SpeakerStat, Store, open_store
from .identity import canonical_url, identify

__all__ = ["QuoteHit", "SpeakerStat", "Store", "canonical_url", "identify", "open_store"]
