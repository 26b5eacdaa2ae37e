"""``ingest.language``: the language py3langid names, its automaton walked by numpy, must be
py3langid's answer to the bit: the same features in the same order and the same scores."""

from __future__ import annotations

import random

import numpy as np
import pytest

from saidwhat.ingest import language
from tests.conftest import shared_path

py3langid = pytest.importorskip("py3langid")

# Short texts in several languages and scripts, and shapes the walk must get right at its edges:
# shorter than the trie's depth, empty, all capitals (py3langid lowers them), no letters at all.
TEXTS = [
    "The minister said the plan would be published next week.",
    "Le ministre a déclaré que le plan serait publié la semaine prochaine.",
    "Der Minister sagte, der Plan werde nächste Woche veröffentlicht.",
    "El ministro dijo que el plan se publicaría la semana próxima.",
    "Il ministro ha detto che il piano sarà pubblicato la prossima settimana.",
    "Министр заявил, что план будет опубликован на следующей неделе.",
    "Ο υπουργός είπε ότι το σχέδιο θα δημοσιευθεί την επόμενη εβδομάδα.",
    "قال الوزير إن الخطة ستنشر الأسبوع المقبل.",
    "השר אמר כי התוכנית תפורסם בשבוע הבא.",
    "मंत्री ने कहा कि योजना अगले सप्ताह प्रकाशित की जाएगी।",
    "大臣は計画が来週発表されると述べた。",
    "部长说该计划将于下周公布。",
    "장관은 계획이 다음 주에 발표될 것이라고 말했다.",
    "Bakan planın gelecek hafta yayımlanacağını söyledi.",
    "THE MINISTER SAID THE PLAN WOULD BE PUBLISHED NEXT WEEK.",
    "", "a", "ab", "abcde", "12345 67890 !!!", "\u00e9\u00e9\u00e9", "😀 🎉 👍",
]

# English the bound (``_Model.surely_english``) should answer by itself, and texts it must leave to
# the full scores: other languages written without accents, English function words in another
# language, code-switched sentences, English words shuffled.
SURELY_ENGLISH = [
    "The council said on Tuesday that the new road would not be finished before the end of the year, "
    "and that the delay had been caused by the wet winter and a shortage of workers.",
    "Speaking to reporters after the meeting, the minister said he was confident that the talks would "
    "resume within a month and that both sides wanted an agreement.",
]
LEFT_TO_THE_SCORES = [
    "Menteri itu berkata bahawa rancangan itu akan diterbitkan minggu depan selepas mesyuarat kabinet.",
    "Waziri alisema kuwa mpango huo utachapishwa wiki ijayo baada ya mkutano wa baraza la mawaziri.",
    "Sinabi ng ministro that the plan ay ilalabas sa susunod na linggo with the help of the council.",
    "The minister said que el plan se publicaría la semana próxima, según the council.",
    "ang the ng of sa and mga to na that ay with",
    "road the said council new Tuesday would the finished on not that be",
]


def _texts() -> list[str]:
    rng = random.Random(17)
    blocks = [(0x20, 0x7E), (0xA0, 0x17F), (0x370, 0x3FF), (0x400, 0x4FF), (0x600, 0x6FF), (0x3040, 0x30FF),
              (0x4E00, 0x4FFF), (0x1F600, 0x1F64F)]
    mixed = ["".join(chr(rng.randint(*rng.choice(blocks))) for _ in range(rng.choice([1, 4, 7, 50, 400])))
             for _ in range(300)]
    return TEXTS + SURELY_ENGLISH + LEFT_TO_THE_SCORES + mixed


def test_the_installed_model_is_the_one_known():
    assert language._model() is not None, "py3langid's model changed: update MODEL_SHAPE and TRIE_DEPTH"


@pytest.mark.parametrize("text", _texts())
def test_scores_and_language_are_py3langids(text):
    model = language._model()
    if model is None:
        pytest.skip("another py3langid model: classify falls back to py3langid itself")
    ident = py3langid.langid._get_identifier()
    assert list(model.visits(language._encode(text)).items()) == list(
        (py3langid.langid.visit_counts(ident.tk_nextmove, ident._rowbase, ident.tk_output, ident._encode(text))
         or {}).items())
    visits = model.visits(language._encode(text))
    index, weights = model.features(language._encode(text))
    assert index.tolist() == list(visits) and np.array_equal(weights, np.log1p(np.array(list(visits.values()),
                                                                                       dtype=np.float32)))
    assert np.array_equal(model.scores(text), ident._decide(text))
    assert model.classes == ident.nb_classes
    assert language.classify(text) == py3langid.classify(text)[0]


def test_the_same_languages_over_bbc_articles():
    bbc = shared_path("data", "bbc-news", "bbc")
    for path in sorted(bbc.glob("*/*.txt"))[::10]:
        sample = path.read_bytes().decode("cp1252")[:1000]
        assert language.classify(sample) == py3langid.classify(sample)[0], path


def _surely_english(model, text: str) -> bool:
    return model.surely_english(*model.features(language._encode(text)))


@pytest.mark.parametrize("text", SURELY_ENGLISH)
def test_plain_english_is_answered_by_the_bound(text):
    model = language._model()
    if model is None:
        pytest.skip("another py3langid model")
    assert _surely_english(model, text)
    assert py3langid.classify(text)[0] == "en"


@pytest.mark.parametrize("text", LEFT_TO_THE_SCORES)
def test_the_bound_answers_only_when_english_wins_anyway(text):
    """Whatever it answers is py3langid's answer: on these texts it either answers what py3langid
    names "en" or leaves the text to the full scores (test_scores_and_language_are_py3langids
    checks classify's answer on each of them too)."""
    model = language._model()
    if model is None:
        pytest.skip("another py3langid model")
    if _surely_english(model, text):
        assert py3langid.classify(text)[0] == "en", text


def test_the_bound_answers_nearly_all_bbc_articles():
    """What the bound is for: the scores are skipped for plain English news (2,220 of the 2,225 BBC
    samples when measured)."""
    model = language._model()
    if model is None:
        pytest.skip("another py3langid model")
    bbc = shared_path("data", "bbc-news", "bbc")
    samples = [path.read_bytes().decode("cp1252")[:1000] for path in sorted(bbc.glob("*/*.txt"))[::10]]
    assert sum(_surely_english(model, sample) for sample in samples) >= 0.95 * len(samples)


def test_every_class_but_english_is_bounded():
    model = language._model()
    if model is None:
        pytest.skip("another py3langid model")
    named = {label for group in language.ENGLISH_RIVAL_GROUPS for label in group.split()}
    assert named == set(model.classes) - {"en"}
    gain, size, prior_gain, _ = model._english_bound
    assert gain.shape == (len(model.table), len(language.ENGLISH_RIVAL_GROUPS)) and len(prior_gain) == gain.shape[1]


def test_no_node_of_the_trie_is_deeper_than_trie_depth():
    """Every state is reached from the start in at most TRIE_DEPTH bytes (a breadth-first walk of
    the automaton): what lets the walk start TRIE_DEPTH bytes back from each position."""
    model = language._model()
    if model is None:
        pytest.skip("another py3langid model")
    depth = np.full(len(model.rowbase), -1)
    depth[0], frontier, level = 0, np.array([0]), 0
    while len(frontier):
        level += 1
        reached = model.rows[(model.rowbase[frontier][:, None] + np.arange(256)[None, :]).ravel()]
        frontier = np.unique(reached[depth[reached] < 0])
        depth[frontier] = level
    assert depth.min() == 0 and depth.max() == language.TRIE_DEPTH
