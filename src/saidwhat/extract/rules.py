"""The rules of quotation and attribution in English-language news, as data.

Adding a reporting verb, a quotation style or a title is a one-line change
here; the code that uses these tables lives in the sibling modules.
"""

from __future__ import annotations

import re

# --- quotation marks -------------------------------------------------------------
# opening mark -> closing marks it may pair with. „ closes with “ (German and
# translated press) or ” (some English copy); « » are used by translated wires.
DOUBLE_PAIRS: dict[str, tuple[str, ...]] = {
    "“": ("”",),
    "„": ("“", "”"),
    "«": ("»",),
    "»": ("«",),  # the Danish/German reversed style
    "\u201f": ("”",),  # ‟ double high-reversed-9
    "〝": ("〞", "〟"),
    "「": ("」",),
}
STRAIGHT_DOUBLE = '"'
# Single marks open nested quotations inside double ones, and whole quotes in
# headlines (British style). In running text ’ is far more often an apostrophe.
SINGLE_PAIRS: dict[str, tuple[str, ...]] = {"‘": ("’",), "‚": ("‘", "’"), "‹": ("›",), "›": ("‹",)}
STRAIGHT_SINGLE = "'"
ALL_MARKS = frozenset('"“”„«»‟〝〞〟「」')
SINGLE_MARKS = frozenset("'‘’‚‹›")

# A quote left open at the end of a paragraph continues into a later paragraph
# when one closes it within this many paragraphs and none reopens before that.
MAX_OPEN_PARAGRAPHS = 8

# --- reporting verbs ---------------------------------------------------------------
# lemma -> strength. "say"-type verbs report speech; the weaker ones also
# report speech in news but are more often used otherwise ("added to the list").
SPEECH_VERBS: dict[str, float] = {
    "say": 1.0, "tell": 1.0, "state": 0.9, "add": 0.9, "write": 0.8, "tweet": 0.9,
    "announce": 0.9, "declare": 0.9, "claim": 0.9, "insist": 0.9, "argue": 0.9,
    "explain": 0.9, "warn": 0.9, "note": 0.8, "stress": 0.8, "emphasise": 0.8,
    "emphasize": 0.8, "reply": 0.9, "respond": 0.8, "ask": 0.8, "answer": 0.8,
    "acknowledge": 0.8, "admit": 0.9, "confirm": 0.9, "deny": 0.8, "predict": 0.8,
    "promise": 0.8, "vow": 0.8, "pledge": 0.8, "urge": 0.8, "suggest": 0.8,
    "report": 0.7, "recall": 0.8, "reveal": 0.8, "comment": 0.8, "remark": 0.9,
    "observe": 0.7, "conclude": 0.7, "continue": 0.5, "contend": 0.9, "allege": 0.9,
    "assert": 0.9, "concede": 0.9, "complain": 0.8, "joke": 0.9, "quip": 0.9,
    "boast": 0.8, "threaten": 0.7, "demand": 0.7, "caution": 0.8, "counter": 0.8,
    "retort": 0.9, "shout": 0.8, "whisper": 0.8, "chant": 0.8, "yell": 0.8, "scream": 0.8,
    "reiterate": 0.9, "repeat": 0.6,
    "maintain": 0.6, "testify": 0.9, "indicate": 0.6, "signal": 0.5, "hint": 0.6,
    "accuse": 0.7, "describe": 0.5, "call": 0.4, "point": 0.6, "charge": 0.6,
    "agree": 0.5, "blast": 0.6, "slam": 0.6, "criticise": 0.6, "criticize": 0.6,
    "praise": 0.5, "lament": 0.8, "muse": 0.8, "wonder": 0.7, "exclaim": 0.9,
    "proclaim": 0.9, "assure": 0.8, "inform": 0.7, "advise": 0.6, "recount": 0.8,
    "estimate": 0.6, "forecast": 0.6, "posit": 0.8, "opine": 0.9, "scoff": 0.8,
    "sneer": 0.7, "snap": 0.5, "mock": 0.5, "brag": 0.8, "confide": 0.8,
    "disclose": 0.8, "project": 0.4, "propose": 0.5, "recommend": 0.5, "declare": 0.9,
    "tout": 0.6, "underline": 0.6, "highlight": 0.5, "quote": 0.6, "cite": 0.4,
    "clarify": 0.8, "elaborate": 0.8, "interject": 0.9, "reason": 0.7, "surmise": 0.8,
    "exhort": 0.8, "rule": 0.6,
}
# Verbs that report speech only as a tag on quoted words ("“...,” he laughed",
# "branded the plan “a disgrace”"); without quotation marks they report none.
DIALOGUE_TAGS: dict[str, float] = {
    "brand": 0.4, "dub": 0.4, "label": 0.4, "cry": 0.6, "post": 0.5, "jeer": 0.7,
    "sing": 0.5, "read": 0.5, "laugh": 0.6, "sigh": 0.6, "chuckle": 0.6, "gush": 0.6,
    "marvel": 0.6, "plead": 0.7, "beg": 0.6, "interrupt": 0.7, "thunder": 0.6, "fume": 0.6,
    "bark": 0.5, "text": 0.5, "email": 0.5,
}
SPEECH_VERBS.update(DIALOGUE_TAGS)
# Verbs of thought and belief. PolNeAR annotates them as attributions; news
# readers rarely want them as quotes, so they are reported as indirect speech
# only with lower confidence (see the evaluation notes in the README).
THOUGHT_VERBS: dict[str, float] = {
    "believe": 0.5, "think": 0.4, "expect": 0.4, "hope": 0.4, "fear": 0.4,
    "worry": 0.3, "intend": 0.3, "doubt": 0.4,
}
# Speech acts whose content is usually a noun phrase ("Clinton questioned the
# integrity of the vote", "Trump cited derogatory comments"): reported speech
# in news, kept with low confidence.
SPEECH_ACT_VERBS: dict[str, float] = {
    "question": 0.5, "attack": 0.45, "mention": 0.5, "defend": 0.45, "dismiss": 0.45,
    "reject": 0.45, "blame": 0.45, "condemn": 0.5, "denounce": 0.5, "decry": 0.5,
    "applaud": 0.45, "hail": 0.45, "discuss": 0.4, "raise": 0.3, "dispute": 0.5,
    "challenge": 0.4, "lambast": 0.5, "rebuke": 0.5, "champion": 0.4, "put": 0.3,
}
# Verbs learned from annotated news (``saidwhat train-cues``, shipped as
# data/cue_lexicon.json): lemmas that head an attribution at least this share
# of the times they occur. Hand-written entries above take precedence.
LEARNED_MIN_RATIO = 0.5


def _learned_verbs() -> dict[str, float]:
    import json
    from importlib import resources

    try:
        data = json.loads(resources.files("saidwhat.data").joinpath("cue_lexicon.json").read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return {
        lemma: float(row["strength"])
        for lemma, row in data.get("lemmas", {}).items()
        if row.get("strength", 0) >= LEARNED_MIN_RATIO
    }


LEARNED_VERBS: dict[str, float] = _learned_verbs()
REPORTING_VERBS: dict[str, float] = {**LEARNED_VERBS, **SPEECH_ACT_VERBS, **SPEECH_VERBS, **THOUGHT_VERBS}

# Irregular and doubled inflections the cheap candidate filter must know; the
# regular ones (-s, -ed, -ing) are generated.
IRREGULAR_FORMS: dict[str, tuple[str, ...]] = {
    "say": ("says", "said", "saying"),
    "tell": ("tells", "told", "telling"),
    "write": ("writes", "wrote", "written", "writing"),
    "think": ("thinks", "thought", "thinking"),
    "feel": ("feels", "felt", "feeling"),
    "know": ("knows", "knew", "known", "knowing"),
    "forecast": ("forecasts", "forecast", "forecasting"),
    "quip": ("quips", "quipped", "quipping"),
    "snap": ("snaps", "snapped", "snapping"),
    "plan": ("plans", "planned", "planning"),
    "admit": ("admits", "admitted", "admitting"),
    "scoff": ("scoffs", "scoffed", "scoffing"),
    "brag": ("brags", "bragged", "bragging"),
    "testify": ("testifies", "testified", "testifying"),
    "reply": ("replies", "replied", "replying"),
    "deny": ("denies", "denied", "denying"),
    "clarify": ("clarifies", "clarified", "clarifying"),
    "signal": ("signals", "signalled", "signaled", "signalling", "signaling"),
    "worry": ("worries", "worried", "worrying"),
    "put": ("puts", "put", "putting"),
    "champion": ("champions", "championed", "championing"),
}

# Multi-word cues; the speaker is the noun phrase after "according to" or
# before the rest.
CUE_PHRASES: tuple[str, ...] = (
    "according to",
    "quoted as saying",
    "in a statement",
    "in an interview",
    "in a tweet",
    "in a post",
    "in a letter",
    "in a speech",
    "in remarks",
    "in an email",
    "in a memo",
    "in a press release",
    "in comments",
)
# Nouns that report what someone said when a that-clause follows them:
# "Trump's claim that there have been “thousands of shootings”".
SPEECH_NOUNS: dict[str, float] = {
    "claim": 0.7, "statement": 0.7, "remark": 0.7, "comment": 0.6, "assertion": 0.7,
    "insistence": 0.7, "warning": 0.7, "promise": 0.6, "pledge": 0.6, "vow": 0.6,
    "prediction": 0.6, "suggestion": 0.6, "argument": 0.6, "accusation": 0.7,
    "allegation": 0.7, "charge": 0.5, "assurance": 0.6, "admission": 0.6,
    "acknowledgment": 0.6, "acknowledgement": 0.6, "interjection": 0.7, "boast": 0.7,
    "declaration": 0.7, "announcement": 0.7, "denial": 0.6, "threat": 0.5,
    "contention": 0.7, "complaint": 0.6, "emphasis": 0.5, "insinuation": 0.6,
}
# Verbs that introduce quoted words ("“...,” he continued") but, without quotation
# marks, report no speech ("Republicans will continue their attacks").
QUOTE_ONLY_VERBS = frozenset({"continue", "repeat", "seem", "appear", "raise", "put", "call", *DIALOGUE_TAGS})
# Verbs that take the hearer as object: "X told reporters that ..."
HEARER_VERBS = frozenset({"tell", "inform", "assure", "advise", "warn", "remind", "urge"})

# A transcript label opening a speaker's turn: "PENCE: Well, ..." (used with .match(text, pos),
# which anchors at pos: a "^" would only match at the start of a line)
TRANSCRIPT_LABEL = re.compile(r"(?P<speaker>[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){0,2})(?P<cue>:)\s+")

# Dashes and colons that introduce or close a quote ("Statement - Surname").
DASHES = frozenset("-–—―")

# --- people, roles and organisations ----------------------------------------------------
# Titles that precede a name: "President Zelensky", "Mr Smith". Value is the
# gender the title implies, or None.
TITLES: dict[str, str | None] = {
    "mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f",
    "sir": "m", "dame": "f", "lord": "m", "lady": "f", "dr": None, "dr.": None, "prof": None,
    "prof.": None, "professor": None, "president": None, "vice": None, "prime": None,
    "minister": None, "secretary": None, "senator": None, "sen.": None, "sen": None,
    "rep.": None, "rep": None, "representative": None, "gov.": None, "governor": None,
    "mayor": None, "chancellor": None, "king": "m", "queen": "f", "prince": "m",
    "princess": "f", "pope": "m", "general": None, "gen.": None, "gen": None, "col.": None,
    "colonel": None, "capt.": None, "captain": None, "judge": None, "justice": None,
    "ambassador": None, "commissioner": None, "chairman": "m", "chairwoman": "f",
    "speaker": None, "leader": None, "sheikh": "m", "rev.": None, "reverend": None,
    "father": "m", "sister": "f", "brother": "m", "lt.": None, "sgt.": None,
    "chief": None, "director": None, "coach": None, "manager": None, "premier": None,
    "foreign": None, "defence": None, "defense": None, "finance": None, "interior": None,
    "health": None, "home": None, "deputy": None, "acting": None, "former": None,
    "first": None, "state": None, "attorney": None, "house": None, "majority": None,
    "minority": None, "democratic": None, "republican": None, "labour": None, "tory": None,
    "conservative": None, "liberal": None, "nato": None, "un": None, "eu": None, "us": None,
    "u.s.": None, "uk": None, "russian": None, "ukrainian": None, "german": None,
    "french": None, "chinese": None, "american": None, "british": None, "israeli": None,
    # party labels before a name: "Lib Dem Norman Baker", "Liberal Democrat Alan Beith"
    # (not "Lib Dems" or "Democrats": those name the party itself)
    "dem": None, "democrat": None, "shadow": None,
    "detective": None, "inspector": None, "superintendent": None, "sergeant": None, "constable": None,
}
# Nationalities written before a name: "Australian Lynton Crosby" is Lynton Crosby. Only
# words that are not also given names ("Norman Tebbit" stays whole).
DEMONYMS = frozenset(
    """australian canadian irish scottish welsh english italian spanish portuguese japanese korean
    indian pakistani bangladeshi afghan iraqi iranian palestinian syrian lebanese egyptian saudi
    turkish greek dutch belgian swiss austrian swedish norwegian danish finnish polish czech
    hungarian romanian bulgarian serbian croatian bosnian albanian slovak slovenian estonian
    latvian lithuanian belarusian nigerian kenyan ghanaian ethiopian sudanese somali libyan
    tunisian moroccan algerian zimbabwean mexican brazilian argentine argentinian chilean
    colombian venezuelan cuban indonesian malaysian thai vietnamese filipino taiwanese
    european african asian russian ukrainian german french chinese american british israeli""".split()
)
# Last words of the names of things, events and places, never of a person: "Gambling Bill",
# "European Cross Country Championships", "Bangkok Film Market", "Six Nations". (Words
# that are also surnames stay out: Hall, Church, Castle, West, North, Day, Lane ...)
THING_NOUNS = frozenset(
    """bill act cup championships championship games olympics festival awards prize trophy league
    nations series convention treaty agreement review report index exchange road square avenue
    airport station stadium arena cathedral museum gallery theatre theater centre center hotel
    river islands mountains valley coast year live times news wars episode revolution summit
    conference forum programme program film films records studios pictures market""".split()
)
# Titles that are also surnames, read as one after a given name or an honorific: "Mervyn
# King", "Mr King" (but "King Charles", "the King").
SURNAME_TITLES = frozenset({"king", "bishop", "judge"})
# Letters after a name that are an office or an honour, not part of it: "Frank Field MP".
POST_NOMINALS = frozenset({"MP", "MEP", "MSP", "MLA", "TD", "QC", "KC", "OBE", "MBE", "CBE", "KBE", "DBE"})
# Honorifics: a name starts right after one, wherever it stands ("In Tanzania Mr Brown said").
HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "sir", "dame", "lord", "lady"})
GENDER_WORDS: dict[str, str] = {
    "he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f",
    "hers": "f", "herself": "f", "mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f",
    "ms": "f", "ms.": "f", "spokesman": "m", "spokeswoman": "f", "chairman": "m",
    "chairwoman": "f", "king": "m", "queen": "f", "businessman": "m",
    "businesswoman": "f", "congressman": "m", "congresswoman": "f", "man": "m",
    "woman": "f", "father": "m", "mother": "f", "son": "m", "daughter": "f",
    "husband": "m", "wife": "f",
}
PERSON_PRONOUNS = frozenset({"he", "she", "i", "we", "they", "you"})
# Head nouns that make a mention a role description of a person.
ROLE_NOUNS = frozenset(
    """minister president secretary general spokesman spokeswoman spokesperson chief head
    director chairman chairwoman chair leader official officer ambassador governor senator
    mayor manager coach captain boss executive analyst economist expert lawyer attorney
    prosecutor judge source sources aide adviser advisor candidate nominee strategist
    founder owner researcher scientist professor doctor author writer editor reporter
    commissioner chancellor premier king queen prince envoy negotiator representative
    congressman congresswoman lawmaker legislator member supporter critic campaigner
    activist witness resident victim player striker midfielder defender goalkeeper star
    singer actor actress director producer musician artist pollster consultant organiser
    organizer operative surrogate correspondent commentator presenter columnist voter voters
    mp mep msp mla referee farmer filmmaker film-maker winger fly-half scrum-half full-back flanker
    officials analysts experts residents witnesses critics supporters lawmakers members observers insiders people""".split()
)
# Head nouns of plural and generic sources: "analysts said", "Critics say", "Some
# argue", "senior officials told". Such a speaker is typed "group": shown and
# searchable, never a person and never merged with one.
GROUP_HEADS = frozenset(
    """analysts economists experts critics officials sources observers insiders residents witnesses
    supporters opponents lawmakers legislators members people voters investors traders dealers
    campaigners protesters protestors activists diplomats commentators scientists researchers
    doctors teachers parents fans mps meps msps peers ministers executives bosses leaders
    some many others most several few""".split()
)
# Head nouns of documents that "say" things: "the report said", "new figures show",
# "a letter from Congressman David Wu states". Such a speaker is typed "document";
# its name is the issuer when the mention gives one ("a report by the Times of
# Zambia", "PC World's analysis"). Not "paper": in press reviews it is a newspaper.
DOCUMENT_HEADS = frozenset(
    """report reports study studies survey surveys poll polls statement statements figures statistics
    results findings data analysis research review audit assessment forecast census index
    document documents filing filings letter letters email e-mail memo memorandum posting posts
    ruling judgment judgement verdict indictment complaint lawsuit affidavit transcript minutes
    curriculum bulletin release communique communiqué editorial article book guidance guidelines""".split()
)
# A party named by its members: "The Liberal Democrats said", "the Lib Dems", "Senate
# Republicans". As the last word of a capitalised mention it names an organisation.
PARTY_NOUNS = frozenset(
    "democrats dems republicans conservatives tories liberals nationalists unionists greens socialists".split()
)
# Head nouns of organisations: "the ministry said" stays an organisation.
ORG_NOUNS = frozenset(
    """ministry government department agency company firm bank council committee commission
    party campaign union association federation court police army military office
    administration authority authorities board club team group organisation organization
    institute university school hospital newspaper paper network station channel
    parliament congress senate assembly cabinet kremlin pentagon alliance bureau service
    corporation inc ltd plc fund charity foundation coalition movement embassy regulator
    watchdog industry computer computers motors airlines airways systems technologies holdings centre center
    house
    media news times post journal telegraph guardian broadcaster network networks
    energy oil petroleum pharmaceuticals pharma telecom communications electronics""".split()
)
# Words that are capitalised but are not names (sentence starts, months, days).
NOT_NAME_WORDS = frozenset(
    """The A An This That These Those It He She They We I You His Her Their Our My Its
    In On At By For From With Without But And Or If When While After Before As Since
    January February March April May June July August September October November December
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mr Mrs Ms Dr Sir Dear
    Meanwhile However Although Also Yet Still Then There Here What Who Why How Where
    Which Some Many Most All Both Each Every Any No Not Now Today Yesterday Tomorrow
    Said Says Asked Added Wrote Told Replied Noted Argued""".split()
)
# Words before a name in the vocative ("Dear President Zelensky, welcome"):
# the named person is addressed, not speaking.
VOCATIVE_WORDS = frozenset({"dear", "thank you", "thanks", "hello", "hi", "welcome"})

# --- figures ------------------------------------------------------------------------
SCALES: dict[str, float] = {
    "hundred": 1e2, "thousand": 1e3, "k": 1e3, "million": 1e6, "mln": 1e6, "m": 1e6,
    "mn": 1e6, "billion": 1e9, "bn": 1e9, "b": 1e9, "bln": 1e9, "trillion": 1e12,
    "tn": 1e12, "trn": 1e12,
}
CURRENCY_SYMBOLS: dict[str, str] = {"$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₴": "UAH", "₽": "RUB"}
CURRENCY_WORDS: dict[str, str] = {
    "dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR", "pounds": "GBP",
    "pound": "GBP", "hryvnias": "UAH", "roubles": "RUB", "rubles": "RUB", "yen": "JPY",
    "usd": "USD", "eur": "EUR", "gbp": "GBP",
}
PERCENT_WORDS = ("%", "per cent", "percent", "pct")
