"""The extraction core: an Article in, its attributed Quotes out.

No files, network or database here. ``extract`` handles one article,
``extract_many`` a stream of them with the spaCy pipeline batched. The steps:

    marks.find_marked_quotes   quotation marks, multi-paragraph quotes   (no model)
    sentences.split_sentences  sentence spans                            (no model)
    frames.build_frames        the few sentences worth parsing           (no model)
    spaCy                      tagger + parser on those frames only
    attribute.find_attributions  cue, speaker and content per frame
    assemble.assemble          quotes, kinds, continuations, speakers, figures
    headline.find_headline_quotes  (also a headline left as the body's first line)
    entities.add_entities      NER on windows of the quotes around capitalised words
"""

from __future__ import annotations

import dataclasses
import re
import weakref
from collections.abc import Iterable, Iterator

from ..models import Article, Extraction, Quote, Span, Speaker
from ..names.inarticle import Mention, build_name_index, resolve
from .assemble import assemble
from .attribute import find_attributions
from .confidence import calibrated
from .entities import add_entities as _add_entities
from .frames import build_frames
from .headline import find_headline_quotes
from .marks import find_marked_quotes
from .nlp import load_pipeline, one_blas_thread
from .options import ExtractOptions
from .sentences import split_sentences

__all__ = ["ExtractOptions", "extract", "extract_many"]

# Components the frames need; the lemmatizer gives the verb lemmas.
_DISABLE = ()


def extract(article: Article, options: ExtractOptions | None = None, *, nlp=None, **changes) -> Extraction:
    """Find every quote of ``article`` and attribute it. Never raises on text.

    ``options`` (or keyword ``changes`` to its fields: ``holder``, ``entities``)
    default to ``ExtractOptions()``, what every entry point uses."""
    return next(extract_many([article], options, nlp=nlp, **changes))


def extract_many(
    articles: Iterable[Article],
    options: ExtractOptions | None = None,
    *,
    nlp=None,
    **changes,
) -> Iterator[Extraction]:
    """Extract a stream of articles in order, one Extraction per Article (see ``ExtractOptions``).

    ``holder=None`` leaves roles the article does not name unresolved; ``entities=False``
    leaves out the people, organisations and places named inside quotes.
    """
    options = dataclasses.replace(options or ExtractOptions(), **changes)
    holder, entities, batch_size = options.holder, options.entities, options.batch_size
    nlp = nlp or load_pipeline()
    batch: list[tuple[Article, Article, list, list, list]] = []
    for article in articles:
        batch.append(_prepare(article))
        if len(batch) >= batch_size:
            yield from _in_memory_zone(batch, nlp, holder, entities)
            batch = []
    if batch:
        yield from _in_memory_zone(batch, nlp, holder, entities)


# The first articles a pipeline reads are extracted outside any memory zone, so
# that the common words stay in its vocabulary and its tokenizer's cache for good;
# later zones then rebuild only the rare ones. Over the BBC corpus a pass in cold
# zones took 47.4 s, after 300 such articles 43.1 s, and without zones 42-44 s.
_WARM_UP_ARTICLES = 300
_articles_seen: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _in_memory_zone(batch, nlp, holder, entities: bool) -> list[Extraction]:
    """One batch, with the words and strings spaCy learns from it freed afterwards.

    Without the zone spaCy's vocabulary keeps every new word, name and number it
    ever saw: about 30 MB more per pass over the BBC corpus with fresh names,
    which over a year of news is gigabytes. Extractions hold no spaCy objects, so
    nothing made inside the zone outlives it; the batch is finished before the
    caller sees it, so a caller that extracts again meanwhile never nests zones.
    """
    zone = getattr(nlp, "memory_zone", None)  # spaCy >= 3.8
    try:
        seen = _articles_seen.get(nlp, 0)
        _articles_seen[nlp] = seen + len(batch)
    except TypeError:  # a pipeline stand-in that takes no weak reference
        seen = _WARM_UP_ARTICLES
    with one_blas_thread():
        if zone is None or seen < _WARM_UP_ARTICLES:
            return list(_finish(batch, nlp, holder, entities))
        with zone():
            return list(_finish(batch, nlp, holder, entities))


# Every space character but the plain one (Unicode's Zs): a no-break space inside a sentence
# (PolNeAR's Western Journalism and HuffPost texts carry 1,479 in 243 of 840 train articles)
# split tokens, marks and cues the rules read as spaced ("labeled as a "witch hunt" by
# Democrats" quoted "it seems"; "repeatedly\xa0obfuscated facts, admitted" hid "admitted").
_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
# Invisible format characters (Unicode's Cf: zero-width spaces and joiners, directional marks and
# embeddings, the word joiner and a byte-order mark inside the text) read as spaces too: PolNeAR's
# Western Journalism texts carry a left-to-right embedding before a closing quotation mark that opens a
# quote ("\u202a\u201dSorry Sarah, ...\u201d posted ..."): the mark glued to it read as closing, so the
# quote was not found. (PolNeAR train: 5 U+202A and 2 U+FEFF in 4 of
# 840 articles; the BBC corpus none.)
_FORMATS = "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\ufeff"
# The horizontal bar is HuffPost's em dash ("pledged to ban all Muslims \u2015 1.6 billion members of an entire
# religion \u2015 from entering"; 19 of PolNeAR's 840 train articles): the parser knows the em dash as punctuation
# and tags the bar a verb, which took the relative clause before it from its noun; the rules' dash patterns
# list the em dash too.
_READ_AS = str.maketrans(_SPACES + _FORMATS + "\u2015", " " * len(_SPACES + _FORMATS) + "\u2014")
# A soft hyphen beside a space hyphenates nothing ("Doug \xadAndres"); inside a word it is
# the word's own ("news\xadpaper") and stays.
_LOOSE_SOFT_HYPHEN = re.compile(r"(?<= )\u00ad|\u00ad(?= )")


def spaced(text: str) -> str:
    """``text`` with every Unicode space and invisible format character read as a plain space and the
    horizontal bar as an em dash, one character for one, so every offset into it (scored spans, stored
    quotes) is an offset into the original."""
    text = text.translate(_READ_AS)
    return _LOOSE_SOFT_HYPHEN.sub(" ", text) if "\u00ad" in text else text


def _spaced_article(article: Article) -> Article:
    """The article as the rules read it: its text and headline ``spaced``, its paragraphs kept."""
    text, headline = spaced(article.text), article.headline and spaced(article.headline)
    if text == article.text and headline == article.headline:
        return article
    return dataclasses.replace(article, text=text, headline=headline, paragraphs=article.paragraphs)


def _prepare(given: Article):
    article = _spaced_article(given)
    text = article.text
    paragraphs = article.paragraphs
    marked = find_marked_quotes(text, paragraphs)
    sentences = split_sentences(text, paragraphs)
    frames = build_frames(text, sentences, marked)
    return given, article, marked, sentences, frames


def _off(nlp, keep: tuple[str, ...]) -> list[str]:
    return [name for name in nlp.pipe_names if name not in keep]


def _finish(batch, nlp, holder, entities: bool) -> Iterator[Extraction]:
    texts = [f.text for *_, frames in batch for f in frames]
    # frames need tags and the dependency parse only; lemmas come from rules.FORM_TO_LEMMA
    docs = iter(nlp.pipe(texts, batch_size=_PARSE_BATCH, disable=_off(nlp, _PARSE)))
    drafts, givens = [], []
    for given, article, marked, sentences, frames in batch:
        attributions = []
        for fi, frame in enumerate(frames):
            attributions.extend(find_attributions(frame, next(docs), fi))
        names = build_name_index(article.text, published=article.published, holder=holder)
        quotes = assemble(article, marked, sentences, frames, attributions, names, holder=holder)
        heads = [_resolve_headline(q, names, article, holder) for q in find_headline_quotes(article.headline or "")]
        body_heads, quotes = _body_headline(article, quotes, names, holder)
        heads += body_heads
        if heads:  # parents index the full list, headline quotes first
            quotes = [
                q if q.parent is None else dataclasses.replace(q, parent=q.parent + len(heads)) for q in quotes
            ]
        givens.append(given)
        drafts.append((article, tuple(_calibrated(q) for q in (*heads, *quotes))))
    if entities:
        drafts = _add_entities(drafts, nlp)
    for given, (article, quotes) in zip(givens, drafts, strict=True):
        if article is not given:
            quotes = tuple(_in_given(q, given) for q in quotes)
        yield Extraction(given, quotes)  # the article as given: the quotes' offsets index it as well


def _in_given(quote: Quote, given: Article) -> Quote:
    """The quote with the texts it carries read back from the article as given. The rules read the
    ``spaced`` copy, one character for one, so every span holds the same stretch in both; the copy's
    plain spaces must not leak into a quote's text, a mention, an entity or a figure, each of which
    is its span's text in the article (models.py; the fuzz test found a byte-order mark read back as
    a space)."""
    base = given.text if quote.where == "body" else (given.headline or "")
    changes = {
        "text": " ".join(s.of(base) for s in quote.spans),
        "entities": tuple(dataclasses.replace(e, text=e.span.of(base)) for e in quote.entities),
        "figures": tuple(dataclasses.replace(f, text=f.span.of(base)) for f in quote.figures),
    }
    if quote.speaker is not None and quote.speaker.span is not None:
        changes["speaker"] = dataclasses.replace(quote.speaker, mention=quote.speaker.span.of(base))
    return dataclasses.replace(quote, **changes)


_PARSE = ("tok2vec", "tagger", "parser")
# Frames spaCy parses in one batch. It holds the parser's working arrays for the whole batch,
# and those set the peak memory of extraction: over the first 500 BBC articles the peak RSS is
# 312 MiB with batches of 256 frames, 267 with 128, 248 with 64 (32: 248 as well, the language
# model's loading being the peak then), for 1% more CPU time than 256 (8.2 s against 8.1).
# 128: over all 2,225 articles with one process, 268 MiB peak (248 with 64), and in an earlier
# paired measurement about 1% less CPU than 64, part of the CPU that issue #15 asks back.
_PARSE_BATCH = 128


def _calibrated(quote: Quote) -> Quote:
    """The quote with the confidence its rules earned on annotated news (``confidence.calibrated``)."""
    confidence = calibrated(quote)
    return quote if confidence == quote.confidence else _with_confidence(quote, confidence)


def _with_confidence(quote: Quote, confidence: float, _set=object.__setattr__) -> Quote:
    """A copy of ``quote`` with another confidence, slot by slot: what ``dataclasses.replace``
    gives, at under half its cost (it checks every field and calls ``__init__``), and nearly
    every quote is copied so."""
    out = object.__new__(type(quote))
    for name in type(quote).__slots__:
        _set(out, name, getattr(quote, name))
    _set(out, "confidence", confidence)
    return out


_HEADLINE_WORDS = 30
# the rule id a quote read from the body's first line adds after its headline rule
FIRST_LINE = "headline:first-line"
# ... and the one it adds when it takes the place of a quote the sentence rules read inside it
OVER_BODY = "headline:name-colon-over-body"


def _body_headline(article: Article, quotes, names, holder) -> tuple[list[Quote], list[Quote]]:
    """Read the body's first line as a headline when the article came without one.

    Text pasted from a page or a corpus often starts with its headline
    ("Pence: Gennifer Flowers Won't Be at Debate"), which no sentence rule reads.
    The quote it holds indexes the body (``where`` stays "body"). Returns the headline's
    quotes and the body's quotes (one of them replaced by ``_speaks_over_body``).
    """
    if article.headline or len(article.paragraphs) < 2:
        return [], quotes
    first = article.paragraphs[0]
    line = first.of(article.text)
    if "\n" in line.strip() or len(line.split()) > _HEADLINE_WORDS:
        return [], quotes

    def shift(span: Span) -> Span:
        return Span(span.start + first.start, span.end + first.start)

    found = []
    for q in find_headline_quotes(line):
        if q.speaker is None:
            continue  # quoted words in a first line may be a title ("‘American Sniper’ fans"); keep who-said-what
        spans = tuple(shift(s) for s in q.spans)
        inside = [i for i, other in enumerate(quotes) if any(s.overlaps(o) for s in spans for o in other.spans)]
        words = Span(shift(q.cue.span).end, first.end) if q.cue is not None and q.cue.span is not None else spans[0]
        over = bool(inside) and _speaks_over_body(q, words, [quotes[i] for i in inside], names)
        if inside and not over:
            continue  # the sentence rules read it already
        spk = q.speaker
        if spk is not None and spk.span is not None:
            spk = Speaker(spk.mention, shift(spk.span), spk.name, spk.type)
        cue = q.cue and dataclasses.replace(q.cue, span=shift(q.cue.span))
        rules = (*q.rules, FIRST_LINE, *((OVER_BODY,) if over else ()))
        q = _resolve_headline(
            dataclasses.replace(q, spans=spans, speaker=spk, cue=cue, where="body", rules=rules), names, article,
            holder,
        )
        if over:
            # in the body quote's place, so the later quotes' parents still index the same quotes
            quotes = [q if i == inside[0] else other for i, other in enumerate(quotes)]
        else:
            found.append(q)
    return found, quotes


def _speaks_over_body(head: Quote, words: Span, inside: list[Quote], names) -> bool:
    """headline:name-colon-over-body: 'Rubio: I Still Believe Trump Can't Be Trusted With the Codes', 'Jane
    Roe: Mayor Says The Budget Is Sound': a first line "Name: words" whose words hold a cue of their own
    (the sentence rules read "I believe ..." or "Mayor says ..." there, with the subject inside the words as
    speaker); annotated news gives the whole line to the name before the colon, who reports it. Only for
    one body quote inside the words, and a person the article names before the colon (not "Wow: Jane Roe
    Just Said ...", whose opener is no one)."""
    if head.rules[:1] != ("headline:name-colon",) or len(inside) != 1 or head.speaker is None:
        return False
    body = inside[0]
    if not all(words.contains(o) for o in body.spans):
        return False
    if body.speaker is None or body.speaker.span is None or not words.contains(body.speaker.span):
        return False
    mention = head.speaker.mention
    return names.find(mention) is not None or bool(names.by_last(mention.split()[-1]))


def _resolve_headline(quote: Quote, names, article: Article, holder) -> Quote:
    spk = quote.speaker
    if spk is None or spk.span is None:
        return quote
    mention = Mention(spk.mention, Span(0, 0), "name", None, spk.mention.lower())
    name, typ = resolve(mention, names, history=[], published=article.published, holder=holder)
    return dataclasses.replace(quote, speaker=Speaker(spk.mention, spk.span, name, typ))
