"""The snapshot gate: extraction output on the BBC corpus is what evaluation/snapshot/bbc.tsv says.

A commit that changes extraction output must regenerate the digest
(`saidwhat snapshot --write`) and say in its message what changed, with the
counts that command prints. This test fails on any change that does not.
"""

from __future__ import annotations

from saidwhat.evaluate.snapshot import compare, corpus_files, read_snapshot, snapshot_corpus
from tests.conftest import REPO, shared_path

DIGEST = REPO / "evaluation" / "snapshot" / "bbc.tsv"

BEFORE = [
    "# path\tspans\tkind\tcue\tmention\tname\ttype\tconfidence\tentities\tfigures\trest",
    "a/1.txt\t10-20\tdirect\tc1\tm1\tn1\tperson\t0.9\te\tf\tr",
    "a/1.txt\t30-40,45-60\tindirect\tc2\tm2\tn2\tperson\t0.7\te\tf\tr",
    "a/2.txt\t-",
]


def test_compare_counts_what_moved():
    after = [
        BEFORE[0],
        "a/1.txt\t10-20\tdirect\tc1\tm1\tnX\tperson\t0.8\te\tf\tr",  # name and confidence changed
        "a/2.txt\t5-9\tdirect\tc3\tm3\tn3\tperson\t1.0\te\tf\tr",  # a new quote
    ]
    diff = compare(BEFORE, after)
    assert not diff.identical
    assert (diff.quotes_before, diff.quotes_after, diff.added, diff.removed) == (2, 2, 1, 1)
    assert diff.changed == {"name": 1, "confidence": 1}
    assert diff.articles_changed == ["a/1.txt", "a/2.txt"]
    assert "2 of 2 articles changed" in diff.summary()
    # each moved quote is listed, so `saidwhat snapshot --show N` can print it for reading
    assert diff.quotes_changed == [
        ("a/1.txt", "10-20", "name,confidence"),
        ("a/1.txt", "30-40,45-60", "removed"),
        ("a/2.txt", "5-9", "added"),
    ]


def test_compare_identical():
    diff = compare(BEFORE, list(BEFORE))
    assert diff.identical
    assert diff.summary() == "identical: 2 articles, 2 quotes"


def test_bbc_output_matches_the_committed_digest():
    corpus = shared_path("data", "bbc-news", "bbc")
    assert len(corpus_files(corpus)) == 2225
    diff = compare(read_snapshot(DIGEST), snapshot_corpus(corpus))
    assert diff.identical, (
        f"extraction output changed: {diff.summary()} (first: {diff.articles_changed[:5]}). "
        "If the change is meant, run `saidwhat snapshot --write` and give these counts in the commit message."
    )


def test_snapshot_keeps_todays_reading_of_each_quote(tmp_path):
    # the digest hashes names; the readable map is what `saidwhat snapshot --show` prints for a changed row
    (tmp_path / "politics").mkdir()
    (tmp_path / "politics" / "001.txt").write_text(
        "Blair rejects poll claims\n\n"
        '"We will not raise income tax," Chancellor Gordon Brown told the Commons on Tuesday.\n',
        encoding="utf-8",
    )
    readable: dict[tuple[str, str], str] = {}
    lines = snapshot_corpus(tmp_path, readable=readable)
    keys = [line.split("\t")[:2] for line in lines[1:]]
    assert [k for k in keys if k[1] != "-"] == [list(k) for k in readable]
    assert any("Gordon Brown (person)" in text for text in readable.values())
