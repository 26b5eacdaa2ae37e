"""Property tests of the extractor: any text in, a valid Extraction out, never an exception.

Default: a few dozen examples; ``--slow``: 10,000 (see conftest). The spaCy
pipeline is loaded once per session (the ``nlp`` fixture of tests/conftest.py).
"""

from __future__ import annotations

from fuzzing import articles, check_extraction, fuzz_settings
from hypothesis import example, given
from hypothesis import strategies as st

from saidwhat.extract import extract, extract_many
from saidwhat.models import Article


@fuzz_settings(50)
@given(article=articles)
@example(article=Article(id="e", text='"' * 5000))
@example(article=Article(id="e", text="\u201c" * 3000 + " said Bob"))
@example(article=Article(id="e", text='He said "' + "unclosed " * 500))
@example(article=Article(id="e", text="\x00\x01\x02 \"Yes,\" he said.\x1b\x7f"))
@example(article=Article(id="e", text="", headline='"Nothing", says nobody'))
@example(article=Article(id="e", text="'' quoted '' he said, `` more ''", headline="\u2018\u2019\u2018"))
def test_extract_any_text(nlp, article: Article) -> None:
    extraction = extract(article, nlp=nlp)
    check_extraction(article, extraction)


@fuzz_settings(10, slow=1_000)  # batches of up to 6: the single-article test carries the 10,000
@given(batch=st.lists(articles, min_size=1, max_size=6))
def test_extract_many_keeps_order_and_count(nlp, batch: list[Article]) -> None:
    got = list(extract_many(batch, nlp=nlp, batch_size=4))
    assert [e.article for e in got] == batch
    for article, extraction in zip(batch, got):
        check_extraction(article, extraction)
