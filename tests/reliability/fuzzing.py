"""Hypothesis strategies and invariant checks shared by the property tests.

Texts are built from fragments that stress the extractor: quotation marks of
every style (straight, curly, guillemets, low-9, CJK corners, backticks and
doubled apostrophes), apostrophes, reporting verbs and names, dashes and
colons, newlines and blank lines, control characters and long runs of one
character, mixed with arbitrary unicode.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from saidwhat.models import Article, Extraction, Skip

SLOW = False  # set by conftest from --slow / SAIDWHAT_SLOW
SLOW_EXAMPLES = 10_000


def examples(default: int, slow: int = SLOW_EXAMPLES) -> int:
    """How many examples a property test runs in this session (see conftest)."""
    forced = os.environ.get("SAIDWHAT_HYPOTHESIS_EXAMPLES")
    if forced:
        return int(forced)
    return slow if SLOW else default


def fuzz_settings(default: int, slow: int = SLOW_EXAMPLES) -> settings:
    # No deadline: spaCy's first call and a slow CI box are not bugs. The
    # too_slow/large_base_example checks would fail the long-run strategies by design.
    return settings(
        max_examples=examples(default, slow),
        deadline=None,
        derandomize=False,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                               HealthCheck.large_base_example, HealthCheck.function_scoped_fixture],
    )


QUOTE_MARKS = ['"', "'", "\u201c", "\u201d", "\u2018", "\u2019", "\u00ab", "\u00bb", "\u2039", "\u203a",
               "\u201e", "\u201a", "\u300c", "\u300d", "\u300e", "\u300f", "``", "''", "`", "\u2032", "\u2033",
               "\uff02"]
FRAGMENTS = [
    " ", " ", " ", "\n", "\n\n", "\r\n", "\t", "\u00a0", "\u2028", "\u2029",
    "said", " said ", "says", " told reporters", "according to", " added", "warned", ":", " \u2014 ", " - ",
    "\u2013", "Q:", "A:", "STOLTENBERG:", ".", ",", "?", "!", "...", "\u2026", "(", ")", "[", "]",
    "Jens Stoltenberg", "the Secretary General", "he", "she", "They", "Mr Smith", "O'Neill", "don't", "it's",
    "rock 'n' roll", "the '90s", "5'11\"", "We must", "allies", "2.4 billion euros", "40%", "on Thursday",
    "\x00", "\x01", "\x07", "\x1b", "\x7f", "\ufeff", "\u200b", "\u200e", "\ud7ff", "\U0001f600",
]


def _run(piece: str, n: int) -> str:
    return piece * n


fragment = st.one_of(
    st.sampled_from(QUOTE_MARKS),
    st.sampled_from(FRAGMENTS),
    st.text(max_size=12),
    st.builds(_run, st.sampled_from(QUOTE_MARKS + [" ", "\n", "a", "said ", "'s", "\u2014"]),
              st.integers(2, 400)),
)
news_text = st.lists(fragment, max_size=60).map("".join)
# Texts shaped like quotes so attribution code paths run, not only the mark scanner.
quote_like = st.builds(
    lambda open_, words, close, cue, who, tail: f"{open_}{words}{close}{cue}{who}{tail}",
    st.sampled_from(QUOTE_MARKS), news_text, st.sampled_from(QUOTE_MARKS),
    st.sampled_from([", said ", " said ", ", ", " \u2014 ", ": ", ""]),
    st.sampled_from(["Jens Stoltenberg", "he", "the minister", "", "O'Neill"]),
    st.sampled_from([".", "", ". \"More,\" she added.", "\n\n\"And", "'"]),
)
article_text = st.one_of(news_text, quote_like, st.lists(st.one_of(quote_like, news_text), max_size=5).map("\n\n".join))
articles = st.builds(
    lambda text, headline: Article(id="fuzz", text=text, headline=headline),
    article_text,
    st.one_of(st.none(), st.sampled_from(["", "'We will win', says PM", "\u2018No deal\u2019: minister"]), news_text),
)


def _inside(span, n: int) -> bool:
    return span is not None and 0 <= span.start <= span.end <= n


def check_extraction(article: Article, extraction: Extraction) -> None:
    """Every invariant models.py promises of an Extraction: spans inside and round-tripping."""
    assert extraction.article == article
    quotes = extraction.quotes
    for i, quote in enumerate(quotes):
        assert quote.where in ("body", "headline"), quote
        base = article.text if quote.where == "body" else (article.headline or "")
        n = len(base)
        assert quote.spans, f"quote without spans: {quote}"
        for span in quote.spans:
            assert _inside(span, n), f"span {span} outside a {n}-char {quote.where}: {quote}"
        assert list(quote.spans) == sorted(quote.spans), f"spans out of order: {quote}"
        assert quote.text == " ".join(s.of(base) for s in quote.spans), f"text does not round-trip: {quote}"
        if quote.cue is not None and quote.cue.span is not None:
            assert _inside(quote.cue.span, n), f"cue span outside: {quote}"
        if quote.speaker is not None and quote.speaker.span is not None:
            assert _inside(quote.speaker.span, n), f"speaker span outside: {quote}"
            assert quote.speaker.span.of(base) == quote.speaker.mention, f"mention != its span: {quote}"
        for ent in quote.entities:
            assert _inside(ent.span, n) and ent.span.of(base) == ent.text, f"entity off: {ent} in {quote}"
        for fig in quote.figures:
            assert _inside(fig.span, n) and fig.span.of(base) == fig.text, f"figure off: {fig} in {quote}"
        if quote.parent is not None:
            assert 0 <= quote.parent < len(quotes) and quote.parent != i, f"bad parent: {quote}"
        assert 0.0 <= quote.confidence <= 1.0, quote


# A Skip with reason "error" whose detail starts with a Python exception name
# means a reader hit a bug and the batch's catch-all caught it.
def is_reader_bug(skip: Skip) -> bool:
    head = skip.detail.split(":", 1)[0]
    return skip.reason == "error" and head.endswith(("Error", "Exception")) and " " not in head


def check_reader_item(item: Article | Skip) -> None:
    assert isinstance(item, (Article, Skip)), item
    if isinstance(item, Skip):
        assert item.reason in Skip.REASONS, item
        assert not is_reader_bug(item), f"a reader crashed and was caught: {item}"
        return
    assert item.id, item
    n = len(item.text)
    for span in item.paragraphs:
        assert 0 <= span.start <= span.end <= n, f"paragraph {span} outside a {n}-char text"
