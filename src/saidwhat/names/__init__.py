"""Names: who a speaker is, inside one article and across articles.

One package for name handling, used by extraction and by cross-article linking alike,
with one list of titles, honorifics, role nouns and nationalities (the lexicon,
``saidwhat.extract.lexicon``, ``names.toml`` and ``mentions.toml``):

- ``inarticle``: the article's name index, and a speaker mention resolved to the full
  name the article gives (``RESOLUTION_RULES``: pronouns, parties, groups, documents,
  roles, descriptions, proper names, organisations).
- ``kb`` and ``world``: who held which office when (the bundled office-holder tables),
  role phrases read as offices ("the French president", "the UN chief").
- ``linker``: one speaker id per person across articles (``SpeakerLinker``).
- ``identity``: the evidence a link rests on, and the conflicts that forbid one.
"""
