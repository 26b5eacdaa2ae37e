"""A long stream of news does not grow spaCy's vocabulary.

Every new name and number spaCy tokenises becomes a string and a lexeme that
stay for the life of the pipeline unless they are made inside a memory zone;
``extract_many`` opens one per batch. Articles here are built so that every
one brings names nobody wrote before.
"""

from __future__ import annotations

import sys

from saidwhat import Article, extract_many

# saidwhat.extract the module, not the function the package exports under that name
WARM_UP = sys.modules["saidwhat.extract"]._WARM_UP_ARTICLES


def fresh_articles(start: int, count: int) -> list[Article]:
    out = []
    for i in range(start, start + count):
        name = f"Zorblax{i}qua Vemtrilo{i}"
        text = (
            f'"We will build {i * 7919} new homes in Quenbury{i}," {name} said on Monday. '
            f"{name.split()[1]} added that the council of Drevanton{i} would pay for {i * 31} of them."
        )
        out.append(Article(id=f"fresh-{i}", text=text, headline=f"Vemtrilo{i} promises homes"))
    return out


def test_fresh_names_leave_no_strings_behind(nlp):
    # the first articles a pipeline reads stay in its vocabulary for good (the common words)
    list(extract_many(fresh_articles(0, WARM_UP), nlp=nlp))
    before = len(nlp.vocab.strings)
    extractions = list(extract_many(fresh_articles(WARM_UP, 200), nlp=nlp, batch_size=16))
    assert len(nlp.vocab.strings) == before
    # and the results made inside the zones are intact after them
    assert len(extractions) == 200
    i = WARM_UP + 199
    last = extractions[-1]
    assert last.quotes and last.quotes[0].speaker.name == f"Zorblax{i}qua Vemtrilo{i}"
    assert f"Quenbury{i}" in last.quotes[0].text
    names = " ".join(e.text for q in last.quotes for e in q.entities)
    assert f"Quenbury{i}" in names or f"Drevanton{i}" in names


def test_extraction_reads_nameparsers_lists_without_loading_the_name_parser():
    # importing nameparser keeps its whole parser resident (35 modules, 2.6 MB) in every
    # extracting process; rules.py reads only its two word lists
    import subprocess

    code = "import sys, saidwhat.extract; print(sorted(m for m in sys.modules if m.startswith('nameparser')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_nameparsers_lists_read_alone_are_the_ones_it_exports():
    from nameparser.config import CONSTANTS

    from saidwhat.extract import rules

    titles, acronyms, suffixes = rules._library_words()
    assert titles == frozenset(CONSTANTS.titles)
    assert acronyms == frozenset(CONSTANTS.suffix_acronyms)
    assert suffixes == frozenset(CONSTANTS.suffix_not_acronyms)
    assert {"jr", "sr", "iii"} <= rules.LIBRARY_NAME_SUFFIXES
