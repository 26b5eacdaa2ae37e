"""Plural and generic sources ("Analysts", "some MPs") are shown on their quotes but are nobody's quotes.

In a store of the BBC corpus "Analysts" was once the seventh most quoted speaker;
a group must never get a person's id, appear in the speaker lists, or be merged
with a person.
"""

from __future__ import annotations

from saidwhat.across.link import link
from saidwhat.pipeline import ingest
from saidwhat.settings import Settings
from saidwhat.store import Store

ARTICLES = {
    "oil.txt": (
        "Oil prices climb again\n\n"
        "Analysts said the rise in oil prices would slow growth in Europe.\n\n"
        '"The market is nervous," said Julia Hartley, an economist at Mercer Bank. '
        "Some economists said the rise would not last."
    ),
    "rates.txt": (
        "Rates on hold\n\n"
        "Analysts said the Bank of England would keep rates on hold until the summer.\n\n"
        '"We expect no change," Julia Hartley said.'
    ),
}


def test_groups_are_not_speakers(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    db = tmp_path / "q.db"
    settings = Settings(db=db)
    with Store.open(db) as store:
        ingest([folder], store=store, settings=settings)
        link(store, settings)
        rows = store.connection.execute(
            "SELECT speaker_mention, speaker_type, speaker_id FROM quotes WHERE speaker_type = 'group'"
        ).fetchall()
        assert {r[0] for r in rows} >= {"Analysts", "Some economists"}
        assert all(r[2] is None for r in rows)
        names = {name for (name,) in store.connection.execute("SELECT name FROM across_speakers")}
    assert "Julia Hartley" in names
    assert not {n.lower() for n in names} & {"analysts", "some economists", "some", "economists"}
