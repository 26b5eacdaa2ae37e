"""The answer cache's store version changes with every write that changes an answer."""

from __future__ import annotations

from saidwhat.across.link import link
from saidwhat.store import Store
from saidwhat.web.cache import store_version

from .conftest import wire


def test_the_version_changes_when_a_replace_keeps_the_quote_count_and_ids(tmp_path):
    """A replace of the newest article by one with as many quotes: SQLite hands the freed
    quote ids out again, so the newest quote id and the quote count stay as they were."""
    with Store.open(tmp_path / "v.db") as st:
        st.add(
            wire("a1", "reuters", "2024-09-19T10:00:00+00:00", "We will deliver more air defence", "Jens Stoltenberg")
        )
        st.add(wire("a2", "apnews", "2024-09-20T10:00:00+00:00", "The alliance stands united", "Jens Stoltenberg"))
        quotes = st.connection.execute("SELECT max(id), count(*) FROM quotes").fetchone()
        before = store_version(st)
        assert st.add(wire("a2", "apnews", "2024-09-20T10:00:00+00:00", "The alliance stands firm", "Mark Rutte"),
                      replace=True)
        assert st.connection.execute("SELECT max(id), count(*) FROM quotes").fetchone() == quotes  # the precondition
        replaced = store_version(st)
        assert replaced != before

        link(st)
        linked = store_version(st)
        st.add(wire("a2", "apnews", "2024-09-20T10:00:00+00:00", "The alliance stands united", "Jens Stoltenberg"),
               replace=True)
        link(st)  # the emptied statement goes and the new one takes its id
        assert store_version(st) not in (before, replaced, linked)
