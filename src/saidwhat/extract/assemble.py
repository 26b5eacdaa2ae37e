"""Put marks, attributions and names together into an article's Quotes.

This is the article-level step: it sees every marked quotation and every
attribution found in the parsed frames, decides which cue and speaker each
quote gets (direct, mixed, indirect, nested), carries speakers over to
quotes that continue someone's words without a cue of their own, resolves
the speaker mentions to names, and adds figures (entities come later, from entities.py).
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass

from ..models import Article, Cue, Quote, QuoteKind, Span, Speaker
from .attribute import Attribution
from .figures import find_figures
from .frames import Frame
from .marks import MarkedQuote
from .rules import ALL_MARKS, GENDER_WORDS, TRANSCRIPT_LABEL
from .speakers import NEUTER, Holder, Mention, NameIndex, person_named, resolve

__all__ = ["assemble"]

# A marked quote this short with no cue is a scare quote or a title, not speech.
_MIN_UNATTRIBUTED_WORDS = 4
# How far (in characters) from a quote its cue can stand: a long sentence's reach.
_REACH = 1500
# Unattributed fragments inside a sentence need this many words to be kept.
_MIN_MIDSENTENCE_WORDS = 10


@dataclass(slots=True)
class _Draft:
    spans: list[Span]
    kind: QuoteKind
    att: Attribution | None
    confidence: float
    marked: int | None = None  # index of the marked quote
    parent_marked: int | None = None  # for nested speech
    continued: bool = False  # carries the speaker of an earlier quote


def _sentence_of(sentences: list[Span], pos: int) -> int:
    lo, hi = 0, len(sentences) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if sentences[mid].end <= pos:
            lo = mid + 1
        elif sentences[mid].start > pos:
            hi = mid - 1
        else:
            return mid
    return max(0, min(lo, len(sentences) - 1))


def _paragraph_of(paragraphs: tuple[Span, ...], pos: int) -> int:
    for i, p in enumerate(paragraphs):
        if pos < p.end:
            return i
    return len(paragraphs) - 1


def _only_glue(text: str) -> bool:
    return all(not ch.isalnum() for ch in text)


def assemble(
    article: Article,
    marked: list[MarkedQuote],
    sentences: list[Span],
    frames: list[Frame],
    attributions: list[Attribution],
    names: NameIndex,
    *,
    holder: Holder | None = None,
) -> list[Quote]:
    text = article.text
    drafts: list[_Draft] = []
    used: set[int] = set()
    quote_of_marked: dict[int, int] = {}
    # a cue inside quoted words reports speech within the quote, never the quote itself
    marked_starts = [mq.start for mq in marked]
    inner_of = [_enclosing_quote(marked, marked_starts, att.cue) for att in attributions]
    # attributions by cue offset: a quote only looks at cues within a sentence's reach,
    # which keeps quote-dense articles linear
    by_cue = sorted(range(len(attributions)), key=lambda ai: attributions[ai].cue.start)
    cue_starts = [attributions[ai].cue.start for ai in by_cue]
    framed_quotes = {f.inside_quote for f in frames if f.inside_quote is not None}
    last_mixed: Span | None = None

    # 1. marked quotes and the attribution that covers or adjoins them
    for mi, mq in enumerate(marked):
        if last_mixed is not None and last_mixed.contains(mq.outer):
            continue  # a second quoted fragment of the same reported clause
        inner_frame = mi in framed_quotes
        best = None
        if _LABEL.match(text, mq.pieces[0].start, mq.pieces[0].end):
            # a transcript turn names its speaker; verbs inside it are the speaker's words
            lo = hi = 0
        else:
            lo = bisect.bisect_left(cue_starts, mq.outer.start - _REACH)
            hi = bisect.bisect_right(cue_starts, mq.outer.end + _REACH)
        for ai in by_cue[lo:hi]:
            att = attributions[ai]
            if ai in used or inner_of[ai] is not None or att.cue.contains(mq.outer):
                continue  # (a quoted name inside the cue: "tells MSNBC’s “Morning Joe” that ...")
            if any(h.overlaps(p) for h in att.holes for p in mq.pieces) or (
                att.content is not None and att.content.overlaps(mq.outer)
            ):
                score = 2
            elif _adjoins(text, att, mq):
                score = 1
            else:
                continue
            # a cue that names its speaker wins a tie ("When asked why, Sembler responded: ..."),
            # then the strongest cue, then the widest content (the outer clause)
            rank = (score, att.speaker is not None, att.strength, len(att.content) if att.content else 0)
            if best is None or rank > best[2]:
                best = (score, ai, rank)
        if best is not None:
            att = attributions[best[1]]
            used.add(best[1])
            content = att.content
            if (
                content is not None
                and best[0] == 2
                and _words(text, content) > _words_in(text, mq.pieces) + 1
                and not _only_cue_outside(text, content, mq)
            ):
                # a quoted fragment inside reported speech: a mixed quote
                span = Span(min(content.start, mq.start), max(content.end, mq.end))
                drafts.append(_Draft([span], QuoteKind.MIXED, att, 0.8 * att.strength + 0.1, mi))
                last_mixed = span
            else:
                drafts.append(_Draft(list(mq.pieces), QuoteKind.DIRECT, att, 0.6 + 0.35 * att.strength, mi))
            quote_of_marked[mi] = len(drafts) - 1
            continue
        synthetic = _label_or_dash(text, mq, len(attributions), names)
        if synthetic is not None:
            att, pieces = synthetic
            attributions.append(att)
            inner_of.append(None)
            used.add(len(attributions) - 1)
            drafts.append(_Draft(pieces, QuoteKind.DIRECT, att, 0.8, mi))
            quote_of_marked[mi] = len(drafts) - 1
            continue
        words = _words_in(text, mq.pieces)
        resumes = _resumes(text, drafts, mq)
        if words < _MIN_UNATTRIBUTED_WORDS and not inner_frame and not resumes:
            continue
        if not _opens_sentence(text, sentences, mq) and words < _MIN_MIDSENTENCE_WORDS and not resumes:
            continue  # a fragment inside someone else's sentence with no cue: not attributable
        drafts.append(_Draft(list(mq.pieces), QuoteKind.DIRECT, None, 0.45 if mq.closed else 0.3, mi))
        quote_of_marked[mi] = len(drafts) - 1

    # 2. reported speech that no marked quote accounts for
    quoted_spans = sorted(sp for d in drafts if d.marked is not None for sp in d.spans)
    quoted_starts = [sp.start for sp in quoted_spans]
    for ai, att in enumerate(attributions):
        if ai in used or att.content is None or att.speaker is None:
            continue
        if inner_of[ai] is not None:
            # speech reported inside a quote: a third party's words, by a speech verb
            if att.thought or att.strength < 0.8 or att.speaker_kind == "pronoun":
                continue
            if not any(p.contains(att.content) for p in marked[inner_of[ai]].pieces):
                continue
            parent = inner_of[ai]
            drafts.append(_Draft([att.content], QuoteKind.NESTED, att, 0.5 + 0.3 * att.strength, None, parent))
            continue
        if len(att.content) < 12 or _only_glue(text[att.content.start : att.content.end]) or att.quote_only:
            continue
        if _overlaps_any(quoted_starts, quoted_spans, att.content):
            continue
        lo = bisect.bisect_left(cue_starts, att.content.start - _REACH)
        hi = bisect.bisect_right(cue_starts, att.content.end + _REACH)
        if any(
            o is not att and o.content is not None and o.content.contains(att.content) and len(o.content) > len(att.content)
            for o in (attributions[i] for i in by_cue[lo:hi])
        ):
            continue  # reported speech inside reported speech: the outer attribution owns the words
        conf = (0.35 if att.thought else 0.75) * att.strength + 0.1
        if att.thought:
            conf = min(conf, 0.35)
        lead = [att.lead] if att.lead is not None and att.lead.end <= att.content.start else []
        drafts.append(_Draft(lead + [att.content], QuoteKind.INDIRECT, att, conf))

    drafts.sort(key=lambda d: d.spans[0].start)

    # 3. quotes with no cue of their own continue the previous speaker's words:
    # in the same paragraph they are one quote interrupted by its cue
    # (“A,” he said. “B.”); in the next paragraph a continuation.
    last_attr: _Draft | None = None
    merged: list[_Draft] = []
    for d in drafts:
        if d.kind is QuoteKind.NESTED:
            merged.append(d)
            continue
        if d.att is not None and d.att.speaker is not None:
            last_attr = d
            merged.append(d)
            continue
        if (
            d.att is None
            and last_attr is not None
            and last_attr.kind is QuoteKind.DIRECT
            and d.kind is QuoteKind.DIRECT
            and _paragraph_of(article.paragraphs, d.spans[0].start)
            == _paragraph_of(article.paragraphs, last_attr.spans[-1].end)
            and _only_cue_between(text, last_attr, d)
        ):
            last_attr.spans.extend(d.spans)
            continue
        merged.append(d)
        if d.att is None and last_attr is not None:
            gap_pars = _paragraph_of(article.paragraphs, d.spans[0].start) - _paragraph_of(
                article.paragraphs, last_attr.spans[-1].end
            )
            if gap_pars <= 1:
                d.continued = True
                d.att = last_attr.att
                d.confidence = 0.6 if gap_pars == 0 else 0.5
    drafts = merged

    # 4. speakers: resolve mentions in text order so pronouns see earlier speakers
    for d in drafts:
        if d.att and d.att.speaker is not None and d.att.speaker_kind == "name":
            person = names.find(d.att.speaker_text or "")
            for p in names.people:
                if p.name == (d.att.speaker_text or "") or (person is p):
                    p.is_speaker_at.append(d.att.speaker.start)
    history: list[tuple[int, str, str | None]] = []
    resolved: dict[int, tuple[str | None, str | None]] = {}
    out: list[Quote] = []
    index_of_marked: dict[int, int] = {}
    for d in drafts:
        att = d.att
        speaker = None
        if att is not None and att.speaker is not None and att.speaker_text:
            key = att.speaker.start
            if key not in resolved:
                said_as = att.antecedent or att.speaker_text  # "who" resolves through its noun
                mention = Mention(said_as, att.speaker, att.speaker_kind, att.speaker_label, att.speaker_head)
                resolved[key] = resolve(mention, names, history=history, published=article.published, holder=holder)
                name, typ = resolved[key]
                if name and typ == "person":
                    gender = GENDER_WORDS.get(att.speaker_text.lower().split()[0]) if att.speaker_text else None
                    if gender is None:
                        person = names.find(name)
                        gender = person.gender if person else None
                    history.append((att.speaker.start, name, gender))
                    person = names.find(name)
                    if person and not person.gender and gender:
                        person.gender = gender
                elif name and typ == "org":
                    history.append((att.speaker.start, name, NEUTER))  # what a later "it" is
            name, typ = resolved[key]
            # The mention as the article writes it: the parser's text differs when the
            # subject took in a quoted stretch, which the frame holds as a placeholder.
            speaker = Speaker(att.speaker.of(text), att.speaker, name, typ)
        cue = Cue(att.cue_text, att.cue) if att is not None else None
        if d.continued:
            cue = None  # the words continue a quote; its cue is elsewhere
        spans = tuple(sorted(t for t in (_trim(text, sp) for sp in d.spans) if t is not None))
        if not spans:
            continue
        q_text = " ".join(text[s.start : s.end] for s in spans)
        parent = None
        if d.kind is QuoteKind.NESTED and d.parent_marked is not None:
            parent = index_of_marked.get(d.parent_marked)
            if parent is None:
                parent = next(
                    (
                        i
                        for i, q in enumerate(out)
                        if q.kind is not QuoteKind.NESTED and any(s.contains(d.spans[0]) for s in q.spans)
                    ),
                    None,
                )
        figures = tuple(f for s in spans for f in find_figures(text, s))
        out.append(
            Quote(
                text=q_text,
                spans=spans,
                kind=d.kind,
                cue=cue,
                speaker=speaker,
                confidence=round(min(1.0, max(0.0, d.confidence + (0.05 if speaker and speaker.name else 0))), 3),
                figures=figures,
                parent=parent,
            )
        )
        if d.marked is not None:
            index_of_marked[d.marked] = len(out) - 1
    # nested quotes found before their parent was emitted
    fixed = []
    for q in out:
        if q.kind is QuoteKind.NESTED and q.parent is None:
            parent = next(
                (i for i, p in enumerate(out) if p.kind is not QuoteKind.NESTED and any(s.contains(q.spans[0]) for s in p.spans)),
                None,
            )
            q = dataclasses.replace(q, parent=parent)
        fixed.append(q)
    return fixed


def _words(text: str, span: Span) -> int:
    return len(text[span.start : span.end].split())


def _words_in(text: str, spans) -> int:
    return sum(_words(text, s) for s in spans)


def _adjoins(text: str, att: Attribution, mq: MarkedQuote) -> bool:
    """A cue right after the closing mark (“...,” he said) or right before the
    opening one (He said: “...”), with nothing but glue in between."""
    cue_start = att.speaker.start if att.speaker is not None and att.speaker.start < att.cue.start else att.cue.start
    cue_end = att.cue.end
    # a cue that reports words of its own elsewhere ("... “Fox News Sunday,” Pence said
    # his running mate ...") does not adjoin the quote before it
    own_words = att.content is not None and not att.content.overlaps(mq.outer) and not att.holes
    if mq.close_mark is not None and cue_start >= mq.close_mark and not own_words:
        between = text[mq.close_mark + 1 : cue_start]
        after = text[cue_end : cue_end + 3].lstrip()
        # "Caddell continued: ..." introduces the next quote, not this one
        if len(between) <= 6 and _only_glue(between) and "\n" not in between and not after.startswith(":"):
            return True
    if att.speaker is not None and att.speaker.start > att.cue.end:
        cue_end = att.speaker.end
    if own_words and mq.outer.end <= att.content.start and _has_marks(text[att.content.start : att.content.end]):
        return False  # "tells MSNBC’s “Morning Joe” that “exactly who did it” ...": the words are further on
    if cue_end <= mq.open_mark:
        between = text[cue_end : mq.open_mark]
        if len(between) <= 40 and ("\n" not in between or between.strip() in (":", ",")):
            stripped = between.strip()
            if stripped in ("", ":", ",", "-", "–", "—") or (stripped.endswith((":", ",")) and len(stripped) < 35):
                return True
    return False


def _has_marks(chunk: str) -> bool:
    return any(ch in ALL_MARKS for ch in chunk)


def _enclosing_quote(marked: list[MarkedQuote], starts: list[int], span: Span) -> int | None:
    i = bisect.bisect_right(starts, span.start) - 1
    # quotes do not nest in ``marked``, but a long one may start well before its neighbours
    for j in range(i, max(-1, i - 3), -1):
        mq = marked[j]
        if mq.start <= span.start and span.end <= mq.end and any(p.contains(span) for p in mq.pieces):
            return j
    return None


def _overlaps_any(starts: list[int], spans: list[Span], span: Span) -> bool:
    i = bisect.bisect_left(starts, span.end)
    # spans starting before ``span`` ends; a few back suffice since quoted spans do not overlap
    return any(spans[j].overlaps(span) for j in range(max(0, i - 3), i))


def _only_cue_between(text: str, first: _Draft, second: _Draft) -> bool:
    """Between two stretches of quoted words stands nothing but the first one's cue clause."""
    gap = Span(first.spans[-1].end, second.spans[0].start)
    if len(gap) > 300:
        return False
    att = first.att
    if att is None:
        return False
    if gap.contains(att.cue):
        return True
    return len(gap) <= 4 and _only_glue(text[gap.start : gap.end])


_NAME_RE = r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}"
_DASH_AFTER = re.compile(rf"^\s*[,.]?\s*(?P<cue>[-–—―]+)\s*(?P<speaker>{_NAME_RE})")
# a name and a dash right before the opening mark: "including Mitt Romney -- ''It is ...''"
_DASH_BEFORE = re.compile(rf"(?P<speaker>{_NAME_RE})\s*(?P<cue>--|[–—―])\s*$")
_LABEL = TRANSCRIPT_LABEL


def _label_or_dash(text: str, mq: MarkedQuote, frame: int, names: NameIndex):
    """Attributions with no verb: a transcript label inside the marks
    ("PENCE: Well, ..."), a dash and a name after them (“...” ― Jane Doe), or a
    person the article names, then a dash, before them ("Mitt Romney -- ''...''")."""
    first = mq.pieces[0]
    m = _LABEL.match(text, first.start, first.end)
    if m and m.end() < first.end:
        speaker = Span(m.start("speaker"), m.end("speaker"))
        cue = Span(m.start("cue"), m.end("cue"))
        pieces = [Span(m.end(), first.end), *mq.pieces[1:]]
        return _synthetic(text, cue, speaker, pieces, frame), pieces
    if mq.close_mark is not None:
        m = _DASH_AFTER.match(text[mq.close_mark + 1 : mq.close_mark + 80])
        if m:
            base = mq.close_mark + 1
            speaker = Span(base + m.start("speaker"), base + m.end("speaker"))
            cue = Span(base + m.start("cue"), base + m.end("cue"))
            return _synthetic(text, cue, speaker, list(mq.pieces), frame), list(mq.pieces)
    m = _DASH_BEFORE.search(text, max(0, mq.open_mark - 60), mq.open_mark)
    if m and person_named(m.group("speaker"), None, m.start("speaker"), names) is not None:
        speaker, cue = Span(m.start("speaker"), m.end("speaker")), Span(m.start("cue"), m.end("cue"))
        return _synthetic(text, cue, speaker, list(mq.pieces), frame), list(mq.pieces)
    return None


def _synthetic(text: str, cue: Span, speaker: Span, pieces: list[Span], frame: int) -> Attribution:
    return Attribution(
        cue=cue, cue_text=cue.of(text), speaker=speaker, speaker_text=speaker.of(text), speaker_kind="name",
        speaker_head=speaker.of(text).split()[-1].lower(), speaker_label=None,
        content=Span(pieces[0].start, pieces[-1].end), holes=(), strength=0.8, thought=False,
        frame=frame, cue_after_content=cue.start > pieces[0].start,
    )


def _opens_sentence(text: str, sentences: list[Span], mq: MarkedQuote) -> bool:
    """The quotation mark stands at the start of its sentence (glue aside)."""
    sent = sentences[_sentence_of(sentences, mq.open_mark)] if sentences else Span(0, 0)
    return _only_glue(text[sent.start : mq.open_mark])


def _resumes(text: str, drafts, mq: MarkedQuote) -> bool:
    """The quote goes on after its cue: “We will win,” he said, “and we will stay.”
    or “I would,” Melanie said to the TV. “I would, Donald.”"""
    if not drafts or drafts[-1].att is None or drafts[-1].kind is not QuoteKind.DIRECT:
        return False
    att = drafts[-1].att
    prev = drafts[-1].spans[-1]
    gap = text[prev.end : mq.outer.start]
    inside = lambda span: span is not None and prev.end <= span.start and span.end <= mq.outer.start  # noqa: E731
    # only the cue clause stands between the two parts, set off by a comma
    return inside(att.cue) and inside(att.speaker) and len(gap) < 60 and gap.rstrip()[-1:] in (",", ".") and "\n" not in gap


def _only_cue_outside(text: str, content: Span, mq: MarkedQuote) -> bool:
    """The reported content is the quote itself, give or take a "that" or glue."""
    before = text[content.start : mq.outer.start].strip().lower()
    after = text[mq.outer.end : content.end].strip()
    return before in ("", "that", ":", ",") and _only_glue(after)


def _trim(text: str, span: Span) -> Span | None:
    """A span without the whitespace at its ends (a mapped frame span can start on a space)."""
    start, end = span.start, span.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if end > start else None
