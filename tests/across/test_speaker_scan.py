"""What the speaker scan reads (``link.SpeakerScan``): the same answers, fewer reads (issue 17, item 6)."""

from __future__ import annotations

import sqlite3

import pytest

from saidwhat.across.link import SpeakerScan
from saidwhat.across.statements import SPEAKER_SCAN
from saidwhat.store.migrate import migrate

SPEAKER = "name:ada-okafor"


@pytest.fixture
def conn():
    conn = sqlite3.connect(":memory:", isolation_level=None)
    migrate(conn)
    conn.execute("PRAGMA foreign_keys = OFF")  # rows of statement_quotes alone, no quotes behind them
    return conn


def _file(conn, speaker: str, n: int, first: int = 0) -> None:
    conn.executemany(
        "INSERT INTO statement_quotes (quote_id, part, span_start, span_end, statement_id, speaker_id, wording, how)"
        " VALUES (?, 0, 0, 1, ?, ?, ?, 'new')",
        [(q, q, speaker, f"the harbour will reopen in week {q}") for q in range(first, first + n)])


def _reads(conn) -> list[str]:
    reads: list[str] = []
    conn.set_trace_callback(lambda sql: reads.append(sql) if "FROM statement_quotes" in sql else None)
    return reads


def test_a_speaker_past_the_cap_is_not_read_again_for_a_row_added(conn):
    _file(conn, SPEAKER, SPEAKER_SCAN + 1)
    scan = SpeakerScan(conn)
    reads = _reads(conn)
    assert scan.wordings(SPEAKER) is None  # past the cap: the bands are asked instead
    scan.filed(SPEAKER, "900", "the harbour will reopen in spring", "new")
    assert scan.wordings(SPEAKER) is None
    assert len(reads) == 1  # a row more leaves the speaker past the cap: no second read
    scan.filed(SPEAKER, "900", "the harbour will reopen in spring", "new", n=-1)  # a row replaced
    assert scan.wordings(SPEAKER) is None
    assert len(reads) == 2  # a wording may have gone: read again


def test_the_next_transaction_keeps_the_speakers_past_the_cap_and_reads_the_others(conn):
    _file(conn, SPEAKER, SPEAKER_SCAN + 1)
    _file(conn, "name:bo-lind", 2, first=1000)
    scan = SpeakerScan(conn)
    assert scan.wordings(SPEAKER) is None
    few = scan.wordings("name:bo-lind")
    assert len(few) == 2
    scan.filed("name:bo-lind", "1002", "the harbour will reopen in week 3", "new")
    _file(conn, "name:bo-lind", 1, first=1002)  # the row just filed
    following = scan.carried()
    reads = _reads(conn)
    assert following.wordings(SPEAKER) is None
    assert reads == []  # still past the cap: carried
    # a speaker whose rows the last transaction filed is read again, in the order a read gives
    assert following.wordings("name:bo-lind") == SpeakerScan(conn).wordings("name:bo-lind")
    assert len(reads) == 2


def test_a_link_transaction_hands_on_its_scan_unless_a_statement_row_went_between(store, wire):
    """``Linking.link_pending`` starts a batch with what the last one knew of the speakers past the
    cap, unless rows of ``statement_quotes`` were deleted since (an article replaced in the same
    connection), or another connection wrote the store."""
    from dataclasses import replace

    from saidwhat.across.link import Linking

    first = wire("s1", "eastgate", "2025-06-10T08:00", [("The harbour will reopen in the spring", "Ada Okafor")])
    run = Linking(store)
    run.start()
    for n, ex in enumerate([first, wire("s2", "capital", "2025-06-11T08:00",
                                        [("Fishing boats will be back by the summer", "Ada Okafor")])]):
        store.add(ex)
        carried = run._carried
        run.link_pending([ex])
        assert (run.matcher.scan is carried) == (n > 0)  # the first batch has none to start from
    carried = run._carried
    corrected = replace(first, article=replace(first.article, headline="Harbour to reopen"))
    store.add(corrected, replace=True)  # its rows go: what was read of them may be gone
    run.link_pending([corrected])
    assert run.matcher.scan is not carried
    run.finish()
