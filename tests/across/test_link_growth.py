"""Linking costs what is new, not what is stored (issue 17, part 6).

The same batch of real BBC articles is linked into a store of 20 articles and into one of
80 (the 20 and 60 more). Seconds depend on the machine's load; what is counted here does
not: the SQL statements the link runs and SQLite's virtual-machine steps, which grow with
every row a statement reads. A link that read every stored speaker, alias or article
(as one did before migration 0018) runs about as many more steps as the store is bigger.
"""

from __future__ import annotations

import pytest

from saidwhat.across.bench import link_counts, text_articles
from saidwhat.extract import extract_many
from saidwhat.names.kb import default_kb
from saidwhat.store import Store
from tests.conftest import shared_path

SMALL, BIG, BATCH = 20, 80, 10


@pytest.fixture(scope="module")
def politics(nlp):
    folder = shared_path("data", "bbc-news", "bbc", "politics")
    articles = list(text_articles(folder))[: BIG + BATCH]
    return list(extract_many(articles, nlp=nlp))


def _link_batch_into(tmp_path, base, batch, kb):
    from saidwhat.across.link import link

    with Store.open(tmp_path / f"store-{len(base)}.db") as store:
        for ex in base:
            store.add(ex)
        link(store, kb=kb)
        for ex in batch:
            assert store.add(ex)
        return link_counts(store, kb=kb)


def test_linking_a_batch_into_a_bigger_store_reads_no_more(politics, tmp_path):
    kb = default_kb()
    batch = politics[BIG:]
    small = _link_batch_into(tmp_path, politics[:SMALL], batch, kb)
    big = _link_batch_into(tmp_path, politics[:BIG], batch, kb)
    assert small.articles == big.articles == BATCH
    assert small.quotes == big.quotes > 50
    # A store four times the size: the same work, give or take what the new quotes now match.
    # (The linker before migration 0018, which read and wrote back every stored speaker at
    # each batch, ran 3.1% more statements and 5.8% more steps here; this one 0.7% and 2.2% fewer.)
    # Since statements are sentences (migration 0017), a short sentence is also compared with
    # its speaker's own wordings, at most SPEAKER_SCAN of them: a read that grows with the
    # speaker's history up to that cap and no further (here +5 to 7% of the steps).
    assert big.statements <= small.statements * 1.02, (small, big)
    assert big.vm_steps <= small.vm_steps * 1.10, (small, big)


def test_a_link_with_nothing_new_costs_the_same_whatever_the_store_holds(politics, tmp_path):
    """Nothing new, nothing to read: a link run again costs as much on 80 articles as on 20.
    (Before migration 0018 it read every article, speaker and alias: 5,000 steps on 20, 14,000 on 80.)"""
    from saidwhat.across.link import link

    kb = default_kb()
    counts = []
    for n in (SMALL, BIG):
        with Store.open(tmp_path / f"done-{n}.db") as store:
            for ex in politics[:n]:
                store.add(ex)
            link(store, kb=kb)
            counts.append(link_counts(store, kb=kb))
    small, big = counts
    assert small.articles == big.articles == 0
    assert big.statements == small.statements < 40, counts
    assert big.vm_steps <= small.vm_steps + 2000, counts


def test_the_ingest_comparison_runs_each_round_in_another_order(tmp_path):
    # Three short articles, twice: every way through the folder is timed once a round, first in a
    # different round each time, and the figures are the medians of the rounds.
    from saidwhat.across.bench import bench_ingest

    folder = tmp_path / "articles"
    folder.mkdir()
    for n, (who, what) in enumerate((("Anna Berg", "The harbour will reopen in May."),
                                     ("Tomas Lind", "We have not seen a winter this dry."),
                                     ("Maria Holm", "Our schools need more teachers."))):
        (folder / f"a{n}.txt").write_text(f"Story {n}\n\n\"{what}\" {who} said on Monday.\n", encoding="utf-8")
    # A second copy of one article: read, but extracted by no way (ingest leaves it out, so must the rest).
    (folder / "a3.txt").write_text((folder / "a0.txt").read_text(encoding="utf-8"), encoding="utf-8")
    lines: list[str] = []
    out = bench_ingest(folder, jobs=1, rounds=2, workdir=tmp_path / "work", say=lines.append)
    assert out["rounds"] == 2 and len(out["per_round"]) == 2
    assert out["files"] == 4 and out["articles"] == out["stored"] == 3
    assert lines[0].split(": ")[1].startswith("extraction alone") and lines[1].split(": ")[1].startswith("read +")
    for key in ("cpu_ingest_vs_extract", "ingest_vs_read_extract", "ingest_cpu"):
        values = sorted(r[key] for r in out["per_round"])
        assert out[key] == pytest.approx(sum(values) / 2, abs=0.002)
