"""The comparison form of wordings (``across.text``)."""

from __future__ import annotations

import pytest

from saidwhat.across.text import _ASCII_TOKEN, _TOKEN, count_tokens, tokens, translation_cue, words

ASCII = "".join(map(chr, range(128)))


@pytest.mark.parametrize("text", [
    ASCII,
    ASCII[::-1] * 2,
    "We'll spend 2,4 billion - 1.5% more - on long-term e-mail; don't 30% x'y -a a- 1, ,1 1.a a.1",
    "a'1 1'a 12%3 a%b a''b a--b 3.-4 ,.5 x_y 7_8 A1b2 1e5 90s O'Neill-Smith's",
])
def test_ascii_tokens_are_the_unicode_pattern_s(text):
    # linking reads ASCII texts with the pattern of letters and digits as character sets
    assert _ASCII_TOKEN.findall(text) == _TOKEN.findall(text)
    assert _ASCII_TOKEN.findall(text.lower()) == _TOKEN.findall(text.lower())


def test_tokens_of_other_texts_keep_their_letters():
    assert tokens("Erdoğan said 30% — «non»") == ["Erdoğan", "said", "30%", "non"]
    assert words("ZELENSKYY’s Erdoğan") == ["zelenskyy's", "erdogan"]
    assert count_tokens("Erdoğan said it", 0, 15, 2) == 2


@pytest.mark.parametrize(("context", "cue"), [
    # the quote's own paragraph says so
    ('\u201c   ,\u201d the mayor told reporters in Spanish.', "in Spanish"),
    # the paragraph before quotes no one: it leads into the quote
    ("Speaking in Greek, the minister thanked the rescuers.\n\nIn Piraeus, Eleni Markaki said: \"   \"", "in Greek"),
    # the paragraph before quotes its speaker, and the quote's paragraph names no one new
    ('Eleni Markaki told reporters in Greek: "We will not rest."\n\n"   ," she said on Monday.', "in Greek"),
    ('Eleni Markaki told reporters in Greek: "We will not rest."\n\n"   ," Ms Markaki said.', "in Greek"),
    # ... but says it of its own quotes, not of another speaker's after it (test5's a126)
    ('"We will not stop production," chief executive Hiroshi Takebayashi said, speaking in Japanese.\n\n'
     'In Frankfurt, Lena Achterberg, who heads its European operations, said: "   "', None),
])
def test_a_translation_cue_is_read_where_it_speaks_of_the_quote(context, cue):
    assert translation_cue(context) == cue

