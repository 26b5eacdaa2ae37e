"""Canonical names of speakers inside one article: the shapes behind the speaker gold set's errors.

Each row is a sentence shaped after a quote of ``evaluation/speakers`` (train half) or the BBC
corpus, the speaker mention as the parser gives it, and the canonical name and type it resolves to.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from saidwhat.models import Span
from saidwhat.names.inarticle import Mention, build_name_index, resolve


def _resolve(text: str, mention: str, kind: str, head: str, *, nth: int = 1, speaker: str | None = None):
    start = -1
    for _ in range(nth):
        start = text.index(mention, start + 1)
    got = Mention(mention, Span(start, start + len(mention)), kind, None, head)
    index = build_name_index(text)
    if speaker:  # as assembly marks the people who speak in the article
        index.find(speaker).is_speaker_at.append(text.index(speaker))
    return resolve(got, index, history=[], published=datetime(2005, 1, 1))


ROWS = [
    # a pronoun opening its sentence is the person whose name, after a title, opens the sentence before
    ("Charles Clarke spoke first. Conservative shadow home secretary David Davis was worried. He warned it would "
     "backfire.", "He", "pronoun", "he", 1, "David Davis", "person"),
    ("Planning Minister Julio De Vido offered help. Mr De Vido said there would be no subsidy. He added that talks "
     "went on.", "He", "pronoun", "he", 1, "Julio De Vido", "person"),
    # an acronym before a document's noun is its issuer, spelled out as the article spells it
    ("Collins was banned by the North American Court of Arbitration for Sport (CAS). A CAS statement said the "
     "case was proved.", "A CAS statement", "role", "statement", 1, "North American Court of Arbitration for Sport",
     "document"),
    ("An IAAF statement said the tests were clean.", "An IAAF statement", "role", "statement", 1, "IAAF", "document"),
    # a name whose own list of words has commas goes on to the acronym in brackets that spells its initials
    ("Figures from the Ministry of Agriculture, Forestry and Fisheries (MAFF) show that rice output fell.",
     "Figures from the Ministry of Agriculture", "role", "figures", 1, "Ministry of Agriculture, Forestry and"
     " Fisheries", "document"),
    ("The Department of Trade, Energy and Mines (DTEM) said prices would rise. Ann Hale of the Department of Trade"
     " said so too.", "The Department of Trade", "role", "department", 1,
     "Department of Trade, Energy and Mines", "org"),
    # in the opening, before anyone speaks, a description that is no office is the person the article opens with
    ("Britain's Jason Gardener won the 60m in Glasgow. He beat Daniel Persson. \"It's a hard record to break,\" "
     "said the world indoor champion.", "the world indoor champion", "role", "champion", 1, "Jason Gardener",
     "person"),
    # a "the" inside an organisation's name stays
    ("Sales rose tenfold, the International Federation of the Phonographic Industry reported.",
     "the International Federation of the Phonographic Industry", "name", "industry", 1,
     "International Federation of the Phonographic Industry", "org"),
    # a given name before "and" and a full name: two people of the surname, the honorific's gender picks
    # one (PolNeAR train, NYT; "Mr. Khan" was his wife, the one Khan named in full)
    ("The confrontation between the parents, Khizr and Ghazala Khan, and Mr. Trump has grown. Ms. Khan wrote an "
     "article. Mr. Khan said voters should reject hatred.", "Mr. Khan", "name", "khan", 1, "Khizr Khan", "person"),
    ("The confrontation between the parents, Khizr and Ghazala Khan, and Mr. Trump has grown. Ms. Khan wrote an "
     "article. Mr. Khan said voters should reject hatred.", "Ms. Khan", "name", "khan", 1, "Ghazala Khan", "person"),
    # a surname of several words, or one opening with a particle, is the full name the article gives
    ("Iain Duncan Smith attacked the plan. Mr Duncan Smith said it was wrong.", "Mr Duncan Smith", "name", "smith",
     1, "Iain Duncan Smith", "person"),
    ("Robin van Persie scored twice. Van Persie said it was his best game.", "Van Persie", "name", "persie", 1,
     "Robin van Persie", "person"),
    ("Iraq's Trade Minister Mohammed Mustafa al-Jibouri said the talks went well.",
     "Iraq's Trade Minister Mohammed Mustafa al-Jibouri", "name", "al-jibouri", 1, "Mohammed Mustafa al-Jibouri",
     "person"),
    ("Mohammed al-Dabbagh spoke in Baghdad. Al-Dabbagh said they were ready.", "Al-Dabbagh", "name", "al-dabbagh",
     1, "Mohammed al-Dabbagh", "person"),
    # a particle joined to the surname in lower case (BBC entertainment/355's "Leonardo diCaprio", then "DiCaprio")
    ("Hollywood stars Leonardo diCaprio, Pierce Brosnan and Richard Gere are in the audience. DiCaprio said the "
     "night was loud.", "DiCaprio", "name", "dicaprio", 1, "Leonardo diCaprio", "person"),
    ("Hollywood stars Leonardo diCaprio, Pierce Brosnan, Christian Slater and Richard Gere are in the audience. The "
     "Aviator, starring DiCaprio, leads the field. He said it was very loud.", "He", "pronoun", "he", 1,
     "Leonardo diCaprio", "person"),
    # a country or a seat of government speaks as a government, even where the index holds its capitals
    ("Downing Street would not be drawn on the claim, saying election timing was a matter for Mr Blair.",
     "Downing Street", "name", "street", 1, "Downing Street", "org"),
    ("Valeska Paris was sent to the ship. Paris said she was forced to work in the engine room.",
     "Paris", "name", "paris", 1, "Valeska Paris", "person"),
    # a name run on from a body's name: "University of Texas Arlington Amneh Jafari"
    ("Psychology major at University of Texas Arlington Amneh Jafari chose the hashtag. Jafari said she felt it "
     "was unfair.", "Jafari", "name", "jafari", 2, "Amneh Jafari", "person"),
    # a run of capitals named like an organisation, with nothing to show a person
    ("A string of storms has made 2004 the most expensive year, according to Swiss Re. Swiss Re said it had "
     "registered 300 disasters.", "Swiss Re", "name", "re", 2, "Swiss Re", "org"),
    ("By this time, her skin was weeping, according to the Sydney Morning Herald.", "the Sydney Morning Herald",
     "name", "herald", 1, "Sydney Morning Herald", "org"),
    # an organisation named by one word is the one longer name the article gives it
    ("The Church of Scientology has denied the claims. The Church also claims that it was procedure.",
     "The Church", "role", "church", 1, "Church of Scientology", "org"),
    ("The activist organization the Project on Government Oversight has called it a textbook case.",
     "the Project on Government Oversight", "name", "project", 1, "Project on Government Oversight", "org"),
    ("The Church of England and the Church of Scotland met. The Church said it would reply.",
     "The Church", "role", "church", 1, "Church", "org"),
    # a one-word name closing the one longer name the article writes is that organisation, a run holding that
    # name the same one (BBC business/293, desc87)
    ("Malcolm Glazer has made a fresh approach to buy Manchester United. But the Independent Manchester United "
     "Supporters' Association is against it. United said it had received a detailed proposal.", "United", "name",
     "united", 3, "Manchester United", "org"),
    # but a place is no body's first word: "in Japan on the Trump phenomenon" is a place and a topic
    # (PolNeAR train, Western Journalism 2016-08-18)
    ("Aida recently published a book in Japan on the Trump phenomenon. Japan said the remark was insensitive.",
     "Japan", "name", "japan", 2, "Japan", "org"),
    # a quoted nickname between first name and surname
    ('Honorably discharged US veteran, Sergeant Frank "Greg" Ford reports that he witnessed abuse. '
     "According to Ford, he was given thirty seconds to retract his complaint.",
     "Ford", "name", "ford", 1, "Frank Ford", "person"),
    ('Another player who has failed to win the title - Jimmy "the Whirlwind " White - has admitted '
     "missing lessons. Mr White said he spent his days in smoky halls.",
     "Mr White", "name", "white", 1, "Jimmy White", "person"),
    # an office inside the capitalised run before the name
    ("United States President George W. Bush made his first official state visit to Canada this week. "
     "Bush said he was pleased with the welcome.",
     "Bush", "name", "bush", 2, "George W Bush", "person"),
    ("While American Association of Retired Persons (AARP) Policy Director John Rother concedes the point, "
     "Rother says that price indexing has to be linked to private accounts.",
     "Rother", "name", "rother", 2, "John Rother", "person"),
    ("Secretary of Health and Human Services Tommy Thompson announced his departure. Thompson warned "
     "that the nation remains vulnerable.",
     "Thompson", "name", "thompson", 2, "Tommy Thompson", "person"),
    # the holder's name set after the description
    ("According to a witness, Sergeant First Class Michael Marciello, when Artiga saw the report he was livid.",
     "a witness", "role", "witness", 1, "Michael Marciello", "person"),
    ("The secretary general of CEI (Italian Episcopal Conference), Nunzio Galantino, has called the "
     "sentence dangerous.",
     "The secretary general of CEI", "role", "general", 1, "Nunzio Galantino", "person"),
    # a great office of state taking up the person just named
    ("Britain's rebate is not up for negotiation at the next summit, Jack Straw said. The foreign secretary "
     "told MPs the rebate was entirely justified.",
     "The foreign secretary", "role", "secretary", 1, "Jack Straw", "person"),  # Jack Straw speaks
    # a role set after a surname the article never completes (evaluation/across a09's shape)
    ('Whitford, the commerce secretary, said: "Carmakers have had 4 years to prepare for this."',
     "Whitford, the commerce secretary", "name", "whitford", 1, "Whitford", "person"),
    # two roles of one person joined by "and"
    ("It's just history repeating itself, said former New Zealand coach and former test player John Bracewell.",
     "former New Zealand coach and former test player John Bracewell", "role", "coach", 1, "John Bracewell",
     "person"),
    # a sentence that ended on an initial: "Malcolm X." is not the start of her name
    ("Davis starred in seven Lee films including Do The Right Thing and Malcolm X. Attallah Shabazz, the "
     "daughter of activist Malcolm X, recalled the eulogy. She said it was moving.",
     "She", "pronoun", "she", 1, "Attallah Shabazz", "person"),
    # a given name written as initials is part of the name (web round of seed 2041); a place's letters are not
    ("Morgan has not been cleared. Coach P.J. Fleck said Morgan has made progress.", "Coach P.J. Fleck", "name",
     "fleck", 1, "P.J. Fleck", "person"),
    ("George R.R. Martin wrote the books. Martin said the show had ended.", "Martin", "name", "martin", 2,
     "George R.R. Martin", "person"),
    ("He moved to Washington D.C. Mark Smith said it was fine.", "Mark Smith", "name", "smith", 1, "Mark Smith",
     "person"),
    # a team and a position written short before a full name are no part of it (web round of seed 2042);
    # "Big Machine", written after "label", is a record company's name; calculations are a document
    ("Browns DL Sheldon Richardson spoke on Monday. Richardson said Rudolph should be disciplined.", "Richardson",
     "name", "richardson", 1, "Sheldon Richardson", "person"),
    ("Swift said her former label Big Machine blocks her. Big Machine has denied Swift's claims.", "Big Machine",
     "name", "machine", 2, "Big Machine", "org"),
    ("There was a lot of it, according to the researchers' calculations.", "the researchers' calculations", "role",
     "calculations", 1, None, "document"),
    # a plural pronoun takes up no one person; tests are documents, and "The company said tests" no document
    # opening the sentence for the "It" after it (web round of seed 2041)
    ("Donald Trump spoke. Some users pointed to articles to support their claim that she was rich.", "their",
     "pronoun", "their", 1, None, "group"),
    ("Preliminary tests by Digital Foundry reveal that the game runs badly.", "Preliminary tests by Digital Foundry",
     "role", "tests", 1, "Digital Foundry", "document"),
    ("The company said tests had shown no finds. It also said the tax was due.", "It", "pronoun", "it", 1, None,
     "org"),
    # an organisation's name set off from its noun by a description
    ("The secularist magazine MicroMega describe the court's judgement as historic.",
     "The secularist magazine MicroMega", "role", "magazine", 1, "MicroMega", "org"),
    ("The Indymedia group of websites reported a demonstration on the 29th.",
     "The Indymedia group of websites", "role", "group", 1, "Indymedia", "org"),
    ("West Yorkshire police said the man had been arrested.",
     "West Yorkshire police", "role", "police", 1, "West Yorkshire police", "org"),
    # the staff of a named magazine are a group, not the magazine as a person
    ("Conferring the award, PC Pro's staff picked out the laptop.", "PC Pro's staff", "name", "staff", 1, None,
     "group"),
    # one word written as companies write their names is an organisation; so is one the article never
    # gives a first name, an honorific or a title ("Yukos claims"); a word the article writes after a role of
    # sport or show business is a person's ("striker Ronaldo ... Ronaldo said")
    ("On December 6, F-Secure reported a virus email disguised as the screensaver.", "F-Secure", "name",
     "f-secure", 1, "F-Secure", "org"),
    ("TimeWarner said fourth quarter sales rose 2%.", "TimeWarner", "name", "timewarner", 1, "TimeWarner", "org"),
    ("Yukos claims its downfall was punishment for the ambitions of its founder.", "Yukos", "name", "yukos", 1,
     "Yukos", "org"),
    ("Brazil brought on striker Ronaldo late. Ronaldo said the team had played well.", "Ronaldo", "name",
     "ronaldo", 2, "Ronaldo", "person"),
    # a run of capitals ending in a word of organisations' names, or an acronym opening the name
    ("Newry City will take on Portadown. Newry had claimed they had fresh evidence.", "Newry", "name", "newry", 2,
     "Newry City", "org"),
    ("According to the Associated Press, around 16,000 protesters demonstrated.", "the Associated Press", "name",
     "press", 1, "Associated Press", "org"),
    ("Lycos Europe started distributing the program. Lycos claims that its technology is safe.", "Lycos", "name",
     "lycos", 2, "Lycos Europe", "org"),
    ("Consequently, NRC Handelsblad reports, Donner withdrew his proposal.", "NRC Handelsblad", "name",
     "handelsblad", 1, "NRC Handelsblad", "org"),
    # a possessive that is the company's own name; a name running on past its head word
    ("McDonald's said the deal was off.", "McDonald's", "name", "mcdonald", 1, "McDonald's", "org"),
    ("The League Against Cruel Sports and the RSPCA said it was cruel.",
     "The League Against Cruel Sports and the RSPCA", "name", "league", 1, "League Against Cruel Sports", "org"),
    # a first word that opens organisations' names; an organisation's name with a plural of a role in it
    ("Air Canada said the flights would resume.", "Air Canada", "name", "canada", 1, "Air Canada", "org"),
    # an outlet's desk (PolNeAR train huff-post 2016-06-09, org64)
    ("An average of 81 percent of Democrats approve of Obama, according to HuffPost Pollster.", "HuffPost Pollster",
     "name", "pollster", 1, "HuffPost Pollster", "org"),
    # titles, plurals of roles and parties, nationalities and hyphenated descriptions before a name
    ("Judges Simon Cowell and Louis Walsh watched. Mr Cowell said it was good.", "Mr Cowell", "name", "cowell", 1,
     "Simon Cowell", "person"),
    ("Swede Joachim Johansson won in five sets. Johansson said he was tired.", "Johansson", "name", "johansson", 2,
     "Joachim Johansson", "person"),
    ("Oscar-winner Andrea Arnold made the film. Arnold said it was hard.", "Arnold", "name", "arnold", 2,
     "Andrea Arnold", "person"),
    # a surname after a role, when the article gives the full name
    ("Rafael Nadal won the final. Spanish teenager Nadal said it was great.", "Spanish teenager Nadal", "role",
     "teenager", 1, "Rafael Nadal", "person"),
    # the name after an organisation's noun; the body's own name is no person's
    ("CEO of the Refugee Council Enver Solomon said the plan was cruel.", "CEO of the Refugee Council Enver Solomon",
     "role", "ceo", 1, "Enver Solomon", "person"),
    # a middle initial after a rank is part of the name, not an acronym of a title
    ("Col. C. Tsai, a military psychiatrist who examined Ford, said there had been others.",
     "Col. C. Tsai, a military psychiatrist who examined Ford", "name", "tsai", 1, "C Tsai", "person"),
    # plural sources joined by "and" are a group
    ("Republicans and lobbyists close to President George W. Bush have reported that the plan will change.",
     "Republicans and lobbyists close to President George W. Bush", "name", "republicans", 1, None, "group"),
    # plural sources with no name are a group
    ("Other companies said they would follow.", "Other companies", "role", "companies", 1, None, "group"),
    ("The Israelis said the talks had failed.", "The Israelis", "name", "israelis", 1, None, "group"),
    # a US state's people, as a nation's (role76): no organisation "Iowans"
    ("Many Iowans said they were undecided.", "Many Iowans", "name", "iowans", 1, None, "group"),
    # an organisation's noun alone, capitalised by its sentence, names none
    ("Police said that he appeared to have died of natural causes.", "Police", "role", "police", 1, None, "org"),
    ("Lleyton Hewitt came through a battle with Argentine David Nalbandian. Hewitt looked to be cruising. The "
     "Argentine had stoked up the temperature by saying it was bad.", "The Argentine", "name", "argentine", 1,
     "David Nalbandian", "person"),
    ("Everton manager David Moyes will discipline striker James Beattie for his headbutt on Chelsea defender "
     "William Gallas. The Scot initially defended Beattie, saying Gallas overreacted.", "The Scot", "name", "scot",
     1, "David Moyes", "person"),
    # the holder's name set after the description inside the parser's mention, or after a relative clause
    ("According to the Afghan team's coach, Alireza Mehraban, in their first matchup, the robot scored.",
     "the Afghan team's coach, Alireza Mehraban, in their first matchup", "role", "coach", 1, "Alireza Mehraban",
     "person"),
    ("Another player who has failed to win the title - Jimmy White - has previously admitted missing lessons.",
     "Another player", "role", "player", 1, "Jimmy White", "person"),
    # a surname the article misspells at one mention
    ("Food Standards spokeswoman Lydia Buchtmann said the levels were low. Ms Bauchtman said it would take time.",
     "Ms Bauchtman", "name", "bauchtman", 1, "Lydia Buchtmann", "person"),
    # ... two neighbouring letters swapped, or the wrong one of two letters doubled: one slip each
    ("Gary Byrne, a former Secret Service agent for President Bill Clinton has written a book. In the book, Byrne "
     "states that an assignment to the former first lady's detail was considered a punishment. Bryne went on to say, "
     "\u201cFrom the bottom of my soul, I know this to be true.\u201d", "Bryne", "name", "bryne", 1, "Gary Byrne",
     "person"),
    ("The next Red Hot Chili Peppers record is almost complete, frontman Anthony Kiedis recently revealed. "
     "\u201cWe're looking at each other like, 'Dude, we kind of already wrote the songs,'\u201d Keidis continued.",
     "Keidis", "name", "keidis", 1, "Anthony Kiedis", "person"),
    ("The CNN reporter in question is the network's foreign affairs reporter, Elise Labott. \u201cShe was great. "
     "I hope you are going to have a big drink tonight,\u201d Labbot said to Reines.", "Labbot", "name", "labbot", 1,
     "Elise Labott", "person"),
    # a nationality as a description: the person named in the sentence before, not one named in its own
    ("World number one Lindsay Davenport has criticised Wimbledon. Reacting to a comment by All England Club "
     "chairman Tim Phillips, the American said it was insulting.", "the American", "name", "american", 1,
     "Lindsay Davenport", "person"),
    # an acronym is no pronoun
    ("WHO say iodine deficiency is the world's most prevalent cause of brain damage.",
     "WHO", "pronoun", "who", 1, "WHO", "org"),
    # a definite document takes its issuer from an earlier mention
    ("A September 14, 2004 GAO report looked at the 2000 election. The report warned that allegations "
     "lacked specifics.",
     "The report", "role", "report", 1, "GAO", "document"),
    ("UK consumers are the biggest music buyers, according to new figures released on Tuesday by the British "
     "Phonographic Industry (BPI).", "new figures", "role", "figures", 1, "British Phonographic Industry",
     "document"),
    # BBC politics/154: the passive of its own sentence lodges the document, with words between
    ("An official complaint has been made to local government watchdogs by the Board of Deputies of British "
     "Jews, demanding an investigation.", "An official complaint", "role", "complaint", 1,
     "Board of Deputies of British Jews", "document"),
    ("Two motions were passed by the London Assembly on Monday asking him to apologise.", "Two motions", "role",
     "motions", 1, "London Assembly", "document"),
    # a pronoun with no speaker before it takes up someone the article shows to be a person
    ("Factory Records boss Tony Wilson is working on a film about the band Joy Division. He said the film "
     "would be official.",
     "He", "pronoun", "he", 1, "Tony Wilson", "person"),  # Tony Wilson speaks
    # "the report" with no issuer of its own is the body that held the inquiry it reports
    ("The Parliamentary Group on Betting and Gaming held a substantial inquiry into betting last year. It "
     "followed fears of cheating. The report recommended that bookmakers set up audit trails.",
     "The report", "role", "report", 1, "Parliamentary Group on Betting and Gaming", "document"),
    # "the statement" right after the sentence its body's spokesperson spoke in is the body's
    ("An All England club spokesperson denied Phillips made the remark, insisting: \"He definitely didn't say "
     "it.\" The statement added: \"It was said by someone else.\"",
     "The statement", "role", "statement", 1, "All England club", "document"),
    # a business description passes over a public body, and takes up a plain two-word business name
    ("Yesterday, the U.S. Federal Reserve transferred US$24 billion to reserves. The Federal Reserve met this "
     "week. The volatile week began last Friday with Bear Stearns tumbling after losses. The hedge funds had "
     "been exposed to the failure, and the company announced it was unable to return any money.",
     "the company", "role", "company", 1, "Bear Stearns", "org"),
    # a name someone "calls himself" is a person's, however plain a company's it looks
    ("In Sri Lanka, blogger Morquendi is recruiting others. One recruit calls himself Heretic. In one of his "
     "latest posts, Heretic asks: \"Have you ever seen trawlers on the road?\"",
     "Heretic", "name", "heretic", 2, "Heretic", "person"),
    # a report a publication carried is the publication's, where it is published left out; so is "the
    # report" that takes it up (nj.com, web round of seed 2032)
    ("According to a report in the Argus Leader of Sioux Falls, the governor launched the campaign on Monday.",
     "a report in the Argus Leader of Sioux Falls", "role", "report", 1, "Argus Leader", "document"),
    ("According to a report in the Argus Leader of Sioux Falls, the governor launched the campaign. The ads "
     "run on TV. The report says the state has paid the agency $449,000.",
     "The report", "role", "report", 1, "Argus Leader", "document"),
    ("Bird flu spread last week, according to reports in China.", "reports in China", "role", "reports", 1,
     None, "document"),
    # evidence and a description are documents: "According to evidence presented at trial" (cbsnews.com)
    ("According to evidence presented at trial, Webb grabbed the girl.", "evidence presented at trial", "role",
     "evidence", 1, None, "document"),
    # an organisation described in lower case is the name the article writes in capitals elsewhere
    ("The information commissioner's office says surveys are allowed. A spokesman for the Information "
     "Commissioner's Office said it would be classed as marketing.",
     "The information commissioner's office", "role", "office", 1, "Information Commissioner's Office", "org"),
    # a word the sentence start capitalises, a given name after it, is no part of the name (sentence-adjective)
    ("Defiant Matt Williams says he will not quit. \"I have never quit anything,\" he said.",
     "he", "pronoun", "he", 1, "Matt Williams", "person"),
    ("Corkman Mark Carroll said he would run. The athlete said he was fit.",
     "The athlete", "role", "athlete", 1, "Mark Carroll", "person"),
    # a question's auxiliary is no given name when the article writes the surname without it (question-auxiliary,
    # after PolNeAR train's headline "Will Sanders come down off the pique?"); "Will Smith" written alone keeps it
    ("Will Sanders come down off the pique?\n\nAfter Tuesday night, Bernie Sanders has one chance left. His "
     "campaign manager, Jeff Weaver, said the race goes on. Sanders delivered a defiant speech. He vowed to fight on.",
     "He", "pronoun", "he", 1, "Bernie Sanders", "person"),
    ("Will Smith won the award. Will Smith win again? He said he hoped so.",
     "He", "pronoun", "he", 1, "Will Smith", "person"),
    # "the report" after a study named by its issuer is that study; a slash joins one firm's name
    ("A study by analysts Jupiter Research suggested that broadband was challenging TV. In homes with broadband, "
     "40% said so. The threat was greatest in the UK, said the report.",
     "the report", "role", "report", 1, "Jupiter Research", "document"),
    ("The report by Nielsen/NetRatings found that use had risen. The total rose by 12%, the report showed.",
     "the report", "role", "report", 1, "Nielsen/NetRatings", "document"),
    # an organisation's noun opening a run with no given name after it is the institution's name, not a
    # title before a person's ("College London"): the report is the university's
    ("More lives could be saved by cutting drink-drive limits, a report says.\n\nUniversity College London "
     "research claims cutting the limit would save 65 lives a year.",
     "a report", "role", "report", 1, "University College London", "document"),
    # "college" is an organisation's noun: "Royal College" is no person's name
    ("Doctors joined the critics. The Royal College of Physicians said it opposed the plan.",
     "The Royal College of Physicians", "org", "College", 1, "Royal College of Physicians", "org"),
    # a given name first keeps the run whole
    ("Lee Kuan Yew said the region would grow. He added that trade was strong.",
     "He", "pronoun", "he", 1, "Lee Kuan Yew", "person"),
    # BBC tech/086: the organisation whose relative clause commissioned the research is its issuer
    ("Up to 75% of documents leak, a survey revealed. The report warns firms to act. Leaks are common, said "
     "Andrew Pearson, European boss of Workshare which commissioned the research.",
     "The report", "role", "report", 1, "Workshare", "document"),
    # BBC tech/069: a poll "for" a firm is the firm's
    ("More than half of those asked in a poll for mobile firm Intervoice said they had no address book. "
     "The survey showed that people rely on their phones.",
     "The survey", "role", "survey", 1, "Intervoice", "document"),
    # BBC tech/150: research with no determiner is the report the article then names with its issuer
    ("Fast web access is encouraging people to go online, research suggests. A quarter of users upload "
     "content, according to a report by UK think-tank Demos. It is a shift, said John Craig, co-author of the "
     "Demos report.",
     "research", "role", "research", 1, "Demos", "document"),
    # ... but not when a word before its noun says what kind of body issued it
    ("Prices rose in January, according to government data. The Michigan data showed a dip.",
     "government data", "role", "data", 1, None, "document"),
    # BBC entertainment/235: an owner's word may stand between "from" and the issuer
    ("Busted are to split. A statement from the band's record company Universal said the singer planned a break.",
     "A statement from the band's record company Universal", "role", "statement", 1, "Universal", "document"),
    # BBC politics/329: a newspaper named once opens the next sentence, after the time it spoke
    ("The campaign director has denied a report claiming he warned the leader.\n\nThe Times on Monday said "
     "the adviser told the leader to focus on 30 seats.",
     "a report", "role", "report", 1, "Times", "document"),
    # web b0cf2bbf0192: a name in the clause after the issuer's ("stated the South Korean ...") is no issuer
    ("A recent report by the International Energy Agency's Photovoltaic Power Systems Program stated the "
     "South Korean industry had 8.69 GW. A further 17 makers, according to the report, had less.",
     "the report", "role", "report", 1, "International Energy Agency's Photovoltaic Power Systems Program",
     "document"),
    # web 7a457a4f7173 (NBC): a middle initial and a generational suffix are parts of the name, and the
    # surname alone after it takes the full name up
    ("James P. Kennedy Jr., the U.S. Attorney for the Western District of New York, said the case matters.",
     "James P. Kennedy Jr., the U.S. Attorney for the Western District of New York", "name", "jr.", 1,
     "James P Kennedy Jr", "person"),
    ("James P. Kennedy Jr., the U.S. Attorney, said the case matters. \"It carries a responsibility,\" Kennedy "
     "said in a statement.", "Kennedy", "name", "kennedy", 1, "James P Kennedy Jr", "person"),
    # wn meantime_en_31706: a surname the article also writes as the first word of another name is not taken up
    ("The Ford Motor Company will cut jobs to relieve Ford after a loss, a plan of William Clay Ford Jr. The "
     "plant was previously announced by Ford that it was to be closed.", "Ford", "name", "ford", 3, "Ford", "org"),
    # PolNeAR breitbart 2016-06-05: "III" after a given name and a surname is a suffix, no acronym; the nearest
    # of two suffixed namesakes is taken up
    ("Assistant pastor Charles Elliott III asked the congregation to stand. In his tribute, Elliott said it was "
     "true. Elliott's father, the Rev. Charles Elliott Jr., knew him.", "Elliott", "name", "elliott", 1,
     "Charles Elliott III", "person"),
    # PolNeAR nyt 2016-06-27: a surname two people share goes by the title's gender, not to the one named last;
    # "Mrs." is not given to a man whose first name says he is one
    ("For Hillary Clinton, the vote is a warning. Mrs. Clinton and former President Bill Clinton have worried. "
     "Mrs. Clinton regularly pledges to act.", "Mrs. Clinton", "name", "clinton", 2, "Hillary Clinton", "person"),
    # web benchmark (AP live blog, train): an indefinite description the next sentence names, as a speaker and
    # first, by a title with the description's noun; not a speaker of another title
    ("4:14 p.m. A California transit chief says a man has been stabbed to death. Interim BART Police Chief Ed "
     "Alvarez told reporters that calls came in.", "A California transit chief", "role", "chief", 1, "Ed Alvarez",
     "person"),
    ("A company spokesman says the plant will close. Union leader John Smith told reporters that talks failed.",
     "A company spokesman", "role", "spokesman", 1, None, "person"),
    # a definite description outside the lede, taken up the same way by a title with its noun or one news
    # writes for the same office (lexicon same_office_nouns; BBC business/427); another office stays unnamed
    ("Exports rose. The figures come as China's tax chief confirmed that growth had topped 9%. State "
     "Administration of Taxation head Xie Xuren said tax revenues rose.", "China's tax chief", "role", "chief", 1,
     "Xie Xuren", "person"),
    ("Exports rose. The figures come as China's tax chief confirmed that growth had topped 9%. Commerce minister "
     "Bo Xilai said exports rose.", "China's tax chief", "role", "chief", 1, None, "person"),
    # a definite description is the one person titled before it by its noun or one news writes for the same
    # role (BBC sport/142, politics/055); a past or qualified title ("Deputy Mayor") leaves it unnamed
    ("Owen stays\n\nEngland forward Michael Owen has told the BBC he is happy in Spain. Recent speculation has "
     "linked Owen with a move back to England, but the England striker said he is not ready to return home.",
     "the England striker", "role", "striker", 1, "Michael Owen", "person"),
    ("Teachers could get more powers, Education Secretary Ruth Kelly has suggested. The former home secretary "
     "David Blunkett resigned. Ms Kelly told the BBC progress had been made. The minister also confirmed she "
     "received support.", "The minister", "role", "minister", 1, "Ruth Kelly", "person"),
    ("On Sunday, Deputy Mayor Nicky Gavron told the BBC she believed he would say sorry. The mayor accused a "
     "reporter of doorstepping him.", "The mayor", "role", "mayor", 1, None, "person"),
    # a go-between's bare noun ties to no one titled with it: any party has a spokesman (BBC politics/141); one
    # whose body the description names does (BBC politics/138)
    ("The Tories pledged to assess the cost. \"It is important to remember that,\" a spokesman said. Lib Dem "
     "home affairs spokesman Mark Oaten has branded the scheme a waste of money.", "a spokesman", "role",
     "spokesman", 1, None, "person"),
    # a go-between's noun with the capitals of whom it works for is the one person titled so before it, whoever
    # else has the noun (PolNeAR train, west-journal 2016-03-10); the bare noun still ties to no one
    ("Sanders aide Jeff Weaver told me the photo violates the rules. Clinton aide Jen Palmieri said she was not "
     "aware of it. The implication, according to the Sanders aide, is that Clinton cheated.", "the Sanders aide",
     "role", "aide", 1, "Jeff Weaver", "person"),
    ("Sanders aide Jeff Weaver told me the photo violates the rules. Clinton aide Jen Palmieri said she was not "
     "aware of it. The implication, according to the aide, is that Clinton cheated.", "the aide",
     "role", "aide", 1, None, "person"),
    ("A spokesman for the European Anti-Fraud Office said the organisation agreed with the assessment. \"There is "
     "room for improvement,\" spokesman Jorg Wojahn said.", "A spokesman for the European Anti-Fraud Office",
     "role", "spokesman", 1, "Jorg Wojahn", "person"),
    # a name closed up into one word after "@" is an account's handle, which shows no business (PolNeAR train,
    # wash-post 2015-12-20: "No @HillaryClinton" made Hillary Clinton an organisation)
    ("\"The first line of defense is within the community,\" said former secretary of state Hillary Clinton. "
     "Former Florida governor Jeb Bush tweeted: \"No @HillaryClinton - We are not there.\" \"He is becoming "
     "the best recruiter,\" Clinton said of Trump.", "Clinton", "name", "Clinton", 3, "Hillary Clinton", "person"),
    # a surname two people share is not the one the article introduced as a relative, named last though they
    # were (PolNeAR train: west-journal 2015-12-21, wash-post 2016-01-20, wash-post 2016-06-27)
    ("Democratic presidential candidate Hillary Clinton will not be happy. The video features her husband, "
     "former President Bill Clinton. During the debate, Clinton said Trump was the best recruiter.",
     "Clinton", "name", "Clinton", 2, "Hillary Clinton", "person"),
    ("GOP presidential candidate Carly Fiorina spoke to the crowd. Flying home one night, she vented to her "
     "husband, Frank Fiorina. \"The majority of our employees support this merger,\" Fiorina told the crowd.",
     "Fiorina", "name", "Fiorina", 3, "Carly Fiorina", "person"),
    ("Sen. Bernie Sanders spoke in Syracuse. At the urging of his wife, Jane Sanders, he waved. \"You got the "
     "names of everybody who's here?\" Sanders said.", "Sanders", "name", "Sanders", 3, "Bernie Sanders", "person"),
    # a person's office in lower case is an organisation with no name of its own (PolNeAR train, west-journal
    # 2016-08-19, 2015-11-23; BBC business/401); a titled holder's office is the title's (above)
    ("Colin Powell advised Clinton. Powell’s office, when contacted by Reuters, said the former top diplomat "
     "couldn’t recall the dinner.", "Powell’s office", "role", "office", 1, None, "org"),
    ("Rep. Trey Gowdy leads the committee. Gowdy’s office calls the whole thing nothing short of an attack.",
     "Gowdy’s office", "role", "office", 1, None, "org"),
    ("New York Attorney General Elliot Spitzer said Robert Stearns had pleaded guilty. Mr Spitzer's office added "
     "Mr Stearns had agreed to testify.", "Mr Spitzer's office", "role", "office", 1, None, "org"),
    # a sentence-opening "Even" is in no name: "Even Republicans" are some of the party's members, "Even an
    # anti-Trump PAC" (an organisation's noun in initials) names none (PolNeAR train, NYT 2016-06-09,
    # west-journal 2016-03-10)
    ("Trump spoke on Monday. Even Republicans who have praised his candidacy warned on Tuesday that the party may "
     "have to separate itself.", "Even Republicans", "name", "republicans", 1, None, "group"),
    ("Trump leads Rubio in Florida. Even an anti-Trump PAC recently revealed its polling shows Trump crushing "
     "Rubio.", "Even an anti-Trump PAC", "name", "pac", 1, None, "org"),
    # a place's largest maker of a good, in the apposition, is a business (BBC business/140)
    ("Steel shares fell. China's Baoshan, the country's largest steel producer, said the uncertainty had prompted "
     "it to pull its planned share sale.", "China's Baoshan, the country's largest steel producer", "name",
     "baoshan", 1, "Baoshan", "org"),
    ("Ken Loach made it. Jerry Bruckheimer, the film's producer, said it would open in May.",
     "Jerry Bruckheimer, the film's producer", "name", "bruckheimer", 1, "Jerry Bruckheimer", "person"),
    # an imperative opening the sentence is no part of the name after it (PolNeAR train, west-journal
    # 2016-06-23)
    ("\u201cImagine Brad Thor going up against Trump and Clinton on the same stage,\u201d mused Blaze co-host Stu "
     "Burguiere. Best-selling thriller writer Brad Thor told Glenn Beck he would consider running.",
     "Best-selling thriller writer Brad Thor", "name", "thor", 1, "Brad Thor", "person"),
    # a title inside a body's name that ends in a word no person's ends in does not cut the name (BBC politics/131,
    # Wikinews): a campaign, a lender, not a coach called Action or a person called Loan Lending
    ("Fairford Coach Action, representing more than 80 people who appealed, said the ruling was welcome.",
     "Fairford Coach Action", "name", "action", 1, "Fairford Coach Action", "org"),
    ("Accredited Home Loan Lending, another major sub-prime mortgage specialist, said it would stop lending.",
     "Accredited Home Loan Lending, another major sub-prime mortgage specialist", "name", "lending", 1,
     "Accredited Home Loan Lending", "org"),
    # after an office "of" a department whose name holds an organisation's noun, the name opens at its given name
    # (PolNeAR train, Politico 2016-06-10): not "Affairs Phil Smith"
    ("The union endorsed her on Friday. \"We are proud,\" said UMWA Director of Government Affairs Phil Smith.",
     "UMWA Director of Government Affairs Phil Smith", "name", "director", 1, "Phil Smith", "person"),
    # a weblog speaks as a website does, under the name before its noun, not as the last speaker (BBC tech/318)
    ("Jim Lanzone said the deal was good. Rumours were broken by the Napsterization weblog which said it got the "
     "hint.", "the Napsterization weblog", "role", "weblog", 1, "Napsterization", "document"),
    ("The game was praised by the Boingboing weblog, which said it was fun.", "the Boingboing weblog", "role",
     "weblog", 1, "Boingboing", "document"),
    # "figures" after a word of politics are people (PolNeAR train); official figures stay a document
    ("Donald Trump spoke. Republican establishment figures both suggested he was wrong.",
     "Republican establishment figures", "role", "figures", 1, None, "group"),
    ("Leading figures in the party said the leader should go.", "Leading figures", "role", "figures", 1, None,
     "group"),
    ("Jobs were lost. Official figures suggested unemployment rose.", "Official figures", "role", "figures", 1, None,
     "document"),
    # "her story" is the person's case, not a text (doc81, BBC tech/133): no document of hers; a reporter's story
    # under his name and an outlet's stay documents
    ("Ellen Simonetti wrote an account of her life. Her story has highlighted concerns amongst bloggers.",
     "Her story", "role", "story", 1, None, None),
    ("The row was over Andrew Gilligan's story. Andrew Gilligan's story said the dossier was sexed up.",
     "Andrew Gilligan's story", "role", "story", 2, "Andrew Gilligan", "document"),
    ("The BBC said no. A BBC story claiming that Downing Street sexed up the dossier ran.", "A BBC story", "role",
     "story", 1, "BBC", "document"),
    # a relative's given name after "his"/"her" takes the surname of the person named just before (BBC
    # business/352), a given name the lists do not hold too; a "she" after it is that relative
    ("The buy-back is a victory for chairman Mukesh Ambani, whose idea it was. His brother Anil, the vice-chairman, "
     "said he had not been consulted.", "His brother Anil, the vice-chairman", "role", "brother", 1, "Anil Ambani",
     "person"),
    ("Peter Smith was there. His wife Sarah was not. She said she was ill.", "She", "pronoun", "she", 1,
     "Sarah Smith", "person"),
    # a "they" opening its sentence takes up a party whose name closes the sentence before (BBC politics/081); the
    # US parties' bare plurals are their members, a group
    ("Mr Clarke spoke. The bill, which ministers claim will tackle crime, is expected to be opposed by the Liberal "
     "Democrats.\n\nThey have said the scheme is flawed.", "They", "pronoun", "they", 1, "Liberal Democrats", "org"),
    ("Mr Clarke spoke. The bill is expected to be opposed by the Republicans.\n\nThey have said it is bad.", "They",
     "pronoun", "they", 1, None, "group"),
    # an age description the fallbacks would give a man, after a sentence whose pronouns say a woman, is the woman
    # named last before (PolNeAR, pn88 class 1); with "his" it stays the article's first person
    ("Donald Trump was nominated on Monday. The candidate's wife Melania Trump was on stage. With millions watching, "
     "the Slovenia-born former model delivered a defense of her husband.\n\n\"Donald is an amazing leader,\" said "
     "the 46-year-old.", "the 46-year-old", "role", "46-year-old", 1, "Melania Trump", "person"),
    ("Donald Trump was nominated on Monday. The candidate's wife Melania Trump was on stage. With millions watching, "
     "the Slovenia-born former model delivered a defense of his plans.\n\n\"Donald is an amazing leader,\" said "
     "the 46-year-old.", "the 46-year-old", "role", "46-year-old", 1, "Donald Trump", "person"),
    # an indefinite court of a city is one of its many courts: no name (BBC tech/038); a definite one is named
    ("Hollywood sued. A Dallas court agreed that lawyers would be allowed access.", "A Dallas court", "role",
     "court", 1, None, "org"),
    ("Hollywood sued. The Dallas court agreed that lawyers would be allowed access.", "The Dallas court", "role",
     "court", 1, "Dallas court", "org"),
    # a comment adverb opening a sentence with no comma is no given name of the surname after it (PolNeAR, pn94
    # class 1: "Interestingly Blocher" took the three later quotes of Christoph Blocher); a given name in "-ly" stays
    ("Christoph Blocher led the party for years. Interestingly Blocher, a wealthy industrialist, became its voice. "
     "Blocher stated that the party must be careful.", "Blocher", "name", "blocher", 3, "Christoph Blocher", "person"),
    # a party to a court case "X v. Y" is no person a later "she" takes up (PolNeAR, pn92 class 2: "Whole Women")
    ("Cecile Richards met the host on Friday. The court will rule on Whole Women's Health v. Hellerstedt in June."
     "\n\nShe said the law had shut half of the clinics.", "She", "pronoun", "she", 1, "Cecile Richards", "person"),
    # a lone surname the article joins by "and" to a named person's surname is a person's (PolNeAR, pn92 class 3)
    ("Cecile Richards spoke on Friday about the laws. And as Menendez pointed out, the rulings have real impact on "
     "women. But Richards and Menendez both stressed that it was not all bad news.", "Menendez", "name", "menendez", 1,
     "Menendez", "person"),
    # not after a preposition, where "and" may join two clauses (BBC sport/349: "meet at Twickenham and Kirwan says")
    ("John Kirwan spoke. The sides meet at Twickenham and Kirwan says his side will fight. Twickenham said the "
     "tickets had sold out.", "Twickenham", "name", "twickenham", 2, "Twickenham", "org"),
    ("Andy Barkley coached the side. Lily Barkley scored twice. Barkley said it was a good day.", "Barkley", "name",
     "barkley", 3, "Lily Barkley", "person"),
]


@pytest.mark.parametrize("text, mention, kind, head, nth, name, typ", ROWS, ids=[f"{r[1]}:{r[5]}" for r in ROWS])
def test_canonical_name(text, mention, kind, head, nth, name, typ):
    speaker = name if name in ("Jack Straw", "Tony Wilson") else None
    assert _resolve(text, mention, kind, head, nth=nth, speaker=speaker) == (name, typ)


def test_a_pronoun_passes_over_a_name_that_is_not_surely_a_person():
    text = ("The Manchester music scene of the band Joy Division is the subject of a film, and Factory Records "
            "boss Tony Wilson is backing it. He said the film would be official.")
    index = build_name_index(text)
    index.find("Tony Wilson").roles.add("boss")  # as an apposition ("Tony Wilson, the label's boss") gives
    at = text.index("He said")
    got = resolve(Mention("He", Span(at, at + 2), "pronoun", None, "he"), index, history=[])
    assert got == ("Tony Wilson", "person")


ORGANISATIONS = [
    # the business that opened a sentence just before
    ("Strong sales outside western Europe helped Renault boost its profits. Renault said the outlook for "
     "the industry in Europe was stable. The firm will benefit from the launch "
     "of a new Clio model and the roll-out of the Logan in many markets. However, the firm said margins "
     "would be lower.", "the firm", 1, "Renault"),
    ("Profits at sportswear maker Umbro rose. Umbro, which recently lost sponsorship deals with Chelsea and "
     "Celtic, said on Thursday it had signed "
     "a deal with Rangers. The firm said sales grew.", "The firm", 1, "Umbro"),
    # none did: the one the article names most, not a one-off name in between
    ("One person in the UK is joining the internet's fast lane every 10 seconds, according to BT. "
     "The telecoms giant said the number had passed four million.", "The telecoms giant", 1, "BT"),
    # the business the article named with the description's own noun, ahead of names nearer to it
    ("Shares in budget airline Skyway & Partners fell on Monday. Flights to Malaga and Faro were cancelled "
     "under Chapter 11 rules. The airline said demand was weak.", "The airline", 1, "Skyway & Partners"),
    ("Grainfield, the Dutch brewer, which bought a rival last year, lost its chief in March. Sales in Spain "
     "fell. The brewer said beer sales were flat.", "The brewer", 1, "Grainfield"),
]


def test_a_described_business_takes_up_a_speaker_the_article_shows_a_business():
    # "Bright Wave said" made it a speaker, but "BrightWave" shows a company: "the company" is the business
    # that opened the sentence before, not the acronym the article names as often
    text = ("Quarterly profits at media group BrightWave rose. Bright Wave owns MRX, a radio station, and MRX "
            "lost money. Bright Wave said on Friday that it owns 8% of a search engine. However, the company said "
            "MRX would grow.")
    index = build_name_index(text)
    for person in index.people:
        if person.name == "Bright Wave":
            person.is_speaker_at.append(text.index("Bright Wave said"))
    at = text.index("the company")
    got = resolve(Mention("the company", Span(at, at + 11), "role", None, "company"), index, history=[])
    assert got == ("Bright Wave", "org")


def test_a_described_business_opening_its_sentence_goes_on_with_the_one_that_opened_the_sentence_before():
    # BBC business/415: "The Halifax" is named once, too plain for an organisation candidate; it spoke
    # opening the sentence right before the description's
    text = ("The ODPM said prices dipped. The Halifax, meanwhile, said last week that house prices increased. "
            "The UK's biggest mortgage lender said prices rose 15.1% in 2004.")
    at = text.index("The UK's")
    mention = Mention("The UK's biggest mortgage lender", Span(at, at + 32), "role", None, "lender")
    history = [(text.index("ODPM"), "ODPM", "n"), (text.index("The Halifax"), "Halifax", "n")]
    got = resolve(mention, build_name_index(text), history=history)
    assert got == ("Halifax", "org")


def test_a_clause_after_a_comma_is_no_apposition_of_the_trade():
    # "In Portugal, the firm sued" opens a clause: Portugal is no firm; the firm is the one named with its trade
    text = ("Water firm Aquanova runs the city's supply. During the crisis in Portugal, the firm sued the state. "
            "Later the firm said it would invest more.")
    assert _resolve(text, "the firm", "role", "firm", nth=2) == ("Aquanova", "org")


@pytest.mark.parametrize("text, mention, nth, name", ORGANISATIONS, ids=[r[3] for r in ORGANISATIONS])
def test_a_described_business_is_the_one_named_before(text, mention, nth, name):
    head = mention.split()[-1].lower()
    assert _resolve(text, mention, "role", head, nth=nth) == (name, "org")


def test_a_description_in_the_sentence_of_its_words_looks_before_that_sentence():
    # "The IMF will cut ..., the newspaper reported": the IMF is what is reported, not the reporter;
    # "the company" after it takes up the business of the sentences before
    text = ("Shares in Krispy Kreme Doughnuts fell on Wall Street. Krispy Kreme said it would restate its "
            "accounts. The IMF will cut its forecast, the company said.")
    assert _resolve(text, "the company", "role", "company") == ("Krispy Kreme Doughnuts", "org")


# Titles from nameparser's maintained list (rules.LIBRARY_TITLES) are not part of the name; the words
# of that list that start organisations' and places' names in news copy are left out of it.
TITLED = [
    ("At the ceremony, NASA Administrator Charles Bolden announced the locations. Bolden said the "
     "orbiters would be displayed.", "NASA Administrator Charles Bolden", "bolden", 1, "Charles Bolden"),
    ("Betty Boothroyd has said the House of Lords needs its own Speaker. Baroness Boothroyd, who was "
     "the first woman to be Commons Speaker, said reform had no clear outcome.",
     "Baroness Boothroyd", "boothroyd", 1, "Betty Boothroyd"),
    ("Archbishop Desmond Tutu visited London. Archbishop Tutu said the war was immoral.",
     "Archbishop Tutu", "tutu", 1, "Desmond Tutu"),
    ("Rabbi Marvin Hier, founder of the Simon Wiesenthal Center, said the costume was offensive.",
     "Rabbi Marvin Hier", "hier", 1, "Marvin Hier"),
    # a rank the lexicon adds ("major" is not in nameparser's list); still a surname after a given name
    ("US Major Alan Kabakoff, with the 16th MP Brigade, says humanitarian missions are important.",
     "US Major Alan Kabakoff", "kabakoff", 1, "Alan Kabakoff"),
    ("The debate between Mr Blair and John Major was cancelled. Mr Major said he regretted it.",
     "Mr Major", "major", 1, "John Major"),
    # letters after the name from nameparser's list of post-nominals
    ("Research by Jane Hollis PhD found the drug safe. Jane Hollis PhD said more trials were needed.",
     "Jane Hollis PhD", "phd", 1, "Jane Hollis"),
    # "United" and "States" are no titles: the name after "Ambassador to the United States" is apposed
    ("Afghan Ambassador to the United States Hamdullah Mohib said the team was welcome.",
     "Afghan Ambassador to the United States Hamdullah Mohib", "mohib", 1, "Hamdullah Mohib"),
]


@pytest.mark.parametrize("text, mention, head, nth, name", TITLED, ids=[r[4] for r in TITLED])
def test_a_title_from_the_maintained_list_is_not_part_of_the_name(text, mention, head, nth, name):
    assert _resolve(text, mention, "name", head, nth=nth) == (name, "person")


def test_the_maintained_titles_leave_out_words_that_start_other_names():
    from saidwhat.extract.rules import LIBRARY_TITLES

    assert {"administrator", "baroness", "archbishop", "rabbi", "cardinal"} <= LIBRARY_TITLES
    assert not {"united", "states", "federal", "royal", "air", "national"} & LIBRARY_TITLES
    # the name stays whole ("Reserve", "Mail" and "Force" are nobody's names)
    text = "Rates will rise, the Federal Reserve said. Royal Mail said the Air Force paid."
    assert _resolve(text, "the Federal Reserve", "name", "reserve")[0] == "Federal Reserve"
    assert _resolve(text, "Royal Mail", "name", "mail")[0] == "Royal Mail"


def test_a_title_used_as_a_description_is_the_person_the_article_gave_it():
    text = ("Billions spent on war should reduce poverty, Cardinal Cormac Murphy-O'Connor has said. "
            "Archbishop of Canterbury Dr Rowan Williams agreed. The cardinal said 2005 should be the year. "
            "On Friday, the Cardinal will ask the congregation to search for peace.")
    assert _resolve(text, "The cardinal", "role", "cardinal") == ("Cormac Murphy-O'Connor", "person")
    assert _resolve(text, "the Cardinal", "name", "cardinal") == ("Cormac Murphy-O'Connor", "person")
    # a title set beside a name by apposition is not enough, and an acronym is no title
    echo = ("Writing in the Northern Echo, the Bishop said the book was laughable.")
    assert _resolve(echo, "the Bishop", "name", "bishop")[0] is None
    envoy = "US Ambassador John Taylor arrived on Monday. Later the US said it would act."
    assert _resolve(envoy, "the US", "name", "us")[0] != "John Taylor"


def test_a_title_before_a_surname_is_a_role_of_its_bearer():
    # "Baroness Boothroyd" makes Betty Boothroyd a baroness: the one speaker named is not, for that
    # reason alone, "the lord chancellor" (the lexicon's "Mr Straw" adds no role: Jack Straw stays
    # the foreign secretary)
    text = ("Betty Boothroyd has said the Lords needs its own Speaker. Baroness Boothroyd said reform had no "
            "clear outcome. In 1999 Labour removed all but 92 of the 750 hereditary peers from the upper "
            "chamber, and that was billed as the first stage of a reform of the institution which has not "
            "been completed since. The lord chancellor hinted at further reforms.")
    index = build_name_index(text)
    assert "baroness" in index.find("Betty Boothroyd").roles
    at = text.index("The lord chancellor")
    index.find("Betty Boothroyd").is_speaker_at.append(text.index("Baroness"))
    got = resolve(Mention("The lord chancellor", Span(at, at + 19), "role", None, "chancellor"), index, history=[])
    assert got == (None, "person")


def _resolve_after(text: str, mention: str, kind: str, head: str, speakers: list[tuple[str, str | None]]):
    """Resolve ``mention`` (its last occurrence) after ``speakers`` (name, gender) spoke, in text order."""
    start = text.rindex(mention)
    history = [(text.index(name.split()[-1]), name, gender) for name, gender in speakers]
    got = Mention(mention, Span(start, start + len(mention)), kind, None, head)
    return resolve(got, build_name_index(text), history=history)


def test_a_description_no_one_holds_is_the_speaker_just_before():
    text = ("Andrew Fisher, from Omaha, said he would have a logo tattooed on his head. Mr Fisher said he would use "
            "the money to pay college. The entrepreneur said his mother was surprised.")
    assert _resolve_after(text, "The entrepreneur", "role", "entrepreneur", [("Andrew Fisher", "m")]) == (
        "Andrew Fisher", "person")


def test_a_description_opening_its_sentence_is_the_person_the_sentence_before_introduces():
    # web a6968f427cdb (AP): Patrick spoke three paragraphs before; Sowers is introduced by the sentence before
    campaign = ("His late entry, though, makes it that much tougher to raise the awareness that his campaign will "
                "need to meet the polling and fundraising thresholds for future debates. ") * 5
    text = (f"Deval Patrick has said he will have visibility.\n\n{campaign}\n\nEyamba Sowers didn't know Patrick "
            "was coming but saw his visit as a pleasant surprise. The real estate agent said she related to him.")
    assert _resolve_after(text, "The real estate agent", "role", "agent", [("Deval Patrick", "m")]) == (
        "Eyamba Sowers", "person")
    # a name set in a participle's clause is no subject: "Born Jocelyn Stoker, the Devon diva started"
    text = ("Joss Stone said she was pleased.\n\nBorn Jocelyn Stoker, the Devon diva started her career on TV. The "
            "17-year-old singer said she was hoping to tour.")
    assert _resolve_after(text, "The 17-year-old singer", "role", "singer", [("Joss Stone", "f")])[0] != (
        "Born Jocelyn Stoker")


def test_a_former_office_is_the_speaker_just_before():
    # an office held no longer has no holder to look up: the description takes up the speaker before it
    text = ("Lady Ashdown said the council had wasted its money on consultants. The former finance minister said "
            "in an interview that the spending was out of control.")
    assert _resolve_after(text, "The former finance minister", "role", "minister", [("Lady Ashdown", "f")]) == (
        "Lady Ashdown", "person")
    # a current office of a court still needs its holder named (desc38: other offices may take up the speaker,
    # "Lord Falconer said. The constitutional affairs secretary outlined", as ``_takes_up_office`` allows)
    text = "Lady Ashdown said the money was wasted. The judge said the spending was out of control."
    assert _resolve_after(text, "The judge", "role", "judge", [("Lady Ashdown", "f")]) == (None, "person")


def test_a_record_holder_is_the_person_the_article_opens_with():
    text = ("Former sprinter Anna Kowalski has criticised the national team's coaching. \"They train too little,\" "
            "the world 400m record holder told reporters.")
    assert _resolve(text, "the world 400m record holder", "role", "holder") == ("Anna Kowalski", "person")


def test_a_description_of_someone_introduced_since_is_not_the_speaker():
    text = ("Frank Ford said he was given thirty seconds to retract. He was told to report to an army psychiatrist. "
            "The psychiatrist deemed Ford to be normal.")
    assert _resolve_after(text, "The psychiatrist", "role", "psychiatrist", [("Frank Ford", "m")]) == (
        None, "person")


def test_a_description_repeats_the_organisation_described_before():
    text = ("The Paris-based pressure group said the site was censored. It is all wrong, said the group in a "
            "statement.")
    got = Mention("the group in a statement", Span(text.index("the group"), text.index("the group") + 24), "role",
                  None, "group")
    assert resolve(got, build_name_index(text), history=[(0, "Reporters Without Borders", "n")]) == (
        "Reporters Without Borders", "org")


@pytest.mark.parametrize(
    ("text", "mention", "kind", "head", "name", "typ"),
    [
        # an indefinite court of a place is one of its many courts: no name
        ("A New York court ruled that the former agent fed information to a trader.", "A New York court", "role",
         "court", None, "org"),
        # a jury is an institution, with no name
        ("A jury ruled that Lord Archer lied during a libel trial.", "A jury", "role", "jury", None, "org"),
        # the people around a person, by a collective noun after the person's possessive, are a group
        ("Mr Elgindy dropped his face. Mr Elgindy's team claimed that he was fighting fraud.", "Mr Elgindy's team",
         "role", "team", None, "group"),
        # a one-word name the article writes after a role of sport or show business is a person's
        ("Arsenal's Brazilian midfielder Edu has hit out at the club. Edu said he was flattered.", "Edu", "name",
         "Edu", "Edu", "person"),
        # not after a company's role: "market analyst Datamonitor" is the firm
        ("Teenagers spent more, said market analyst Datamonitor. Datamonitor said they spent more.", "Datamonitor",
         "name", "Datamonitor", "Datamonitor", None),
    ],
)
def test_round_thirteen_types(text, mention, kind, head, name, typ):
    assert _resolve(text, mention, kind, head, nth=text.count(mention)) == (name, typ)


def test_a_pronoun_before_anyone_spoke_takes_a_one_word_name_not_a_club():
    text = ("Arsenal's Brazilian midfielder Edu has hit out at the club. Edu's deal expires next summer and he has "
            "been linked with Spanish trio Real Madrid, Barcelona and Valencia. He told BBC Sport: \"I'm not sure.\"")
    assert _resolve(text, "He", "pronoun", "he", nth=1) == ("Edu", "person")


def test_a_pronoun_takes_a_one_word_name_a_description_took_up():
    # types76 (BBC sport/198's shape): "The Brazilian" opening the next sentence shows Edu is a person, so the
    # "he" is Edu, not the manager named in the description's own sentence
    text = ("Arsenal's Edu has lifted the lid on the scenes after the match. The Brazilian confirmed tempers had "
            "flared but did not blame United boss Sir Alex Ferguson. \"I saw people being pulled apart,\" he told "
            "reporters.")
    assert _resolve(text, "he", "pronoun", "he", nth=1) == ("Edu", "person")


def test_a_description_takes_up_a_speaker_known_by_one_name():
    text = ("Arsenal's Brazilian midfielder Edu has hit out at the club. And Edu added that he was due to meet "
            "them. The midfielder admitted he had been flattered.")
    assert _resolve_after(text, "The midfielder", "role", "midfielder", [("Edu", "m")]) == ("Edu", "person")


def test_a_description_in_the_first_sentence_is_the_speaker_named_in_the_next():
    text = ("The myth that ageing is a barrier needs to be exploded, the work and pensions minister has said. "
            "This was why the government was considering scrapping the retirement age, Alan Johnson said.")
    assert _resolve(text, "the work and pensions minister", "role", "minister") == ("Alan Johnson", "person")
    # not an indefinite one: "a spokesman" is someone unnamed
    text = "The plan was dropped, a spokesman has said. This was why the talks ended, Alan Johnson said."
    assert _resolve(text, "a spokesman", "role", "spokesman")[0] is None
    # not further on: the next sentence's speaker may be anyone
    text = ("Stan Lee won a court battle. Of the cut now due to Lee, his lawyer said: \"It is millions.\" US District "
            "Court Judge Robert W Sweet ruled Lee should get a tenth of profits.")
    assert _resolve(text, "his lawyer", "role", "lawyer")[0] is None


IT_AFTER_UNNAMED_ORGANISATION = [
    # "it" after an organisation the article does not name is that body, not an older one that was named
    ("Brantley Bank said rates would rise. As part of its spending plans, the government said it "
     "will ask firms to roll over loans. It also pledged to look at ways of helping families on low incomes.",
     "to look at ways", None),
    # a description that takes up a named organisation, left unnamed, is no body of its own for the "it" (a
    # name ending in a club's word, "Halvard United", would name "The club": ``_named_last_of_kind``)
    ("Halvard Town's board has agreed to open its books. The club said it would allow limited due diligence. "
     "But it said it continued to oppose the plans.", "it continued to oppose", "Halvard Town's board"),
]


@pytest.mark.parametrize("text, words, name", IT_AFTER_UNNAMED_ORGANISATION)
def test_it_after_an_organisation_with_no_name(text, words, name):
    from saidwhat import Article, extract

    quote = next(q for q in extract(Article(id="t", text=text)).quotes if words in q.text)
    assert (quote.speaker.name, quote.speaker.type) == (name, "org")


def test_a_word_opening_a_casual_sentence_is_no_first_name():
    # a politician's tweet quoted in modern news (nj.com, web round of seed 2032): "So I" and "Hey Twitter"
    # were indexed as people, and "She" before a statement was credited to "So I"
    text = ("\u201cHey Twitter, the whole point of this ad campaign is to raise awareness,\u201d Noem tweeted. "
            "\u201cSo I think that\u2019s working.\u201d")
    names = {p.name for p in build_name_index(text).people}
    assert not names & {"So I", "Hey Twitter"}


MODERN_OUTLETS_AND_TEAMS = [
    # web round of seed 2037 (The Verge, The Hill, ScienceAlert): an outlet whose name ends in a role noun
    ("Pine had contract trouble, according to The Hollywood Reporter.", "The Hollywood Reporter", "role", "reporter",
     "Hollywood Reporter", "org"),
    ("The ads cost $449,000, according to the Sioux Falls Argus Leader.", "the Sioux Falls Argus Leader", "role",
     "leader", "Sioux Falls Argus Leader", "org"),
    # a publication's report, the sentence opening with "The", is the publication's
    ("The film was delayed. The Wrap's report claims that Pine will be back.", "The Wrap's report", "role", "report",
     "Wrap", "document"),
    # a body described, not named, is no issuer
    ("Taxes rose. The Government's report said that spending would fall.", "The Government's report", "role",
     "report", None, "document"),
    # an unnamed user of a website is a person with no name (The Hill, web round of seed 2037)
    ("The slogan drew ridicule. \"If we were any higher, we'd be North Dakota,\" one user quipped.", "one user",
     "role", "user", None, "person"),
    # a named researcher with his team: the paper's authors, a group
    ("Lucas Paganini led the study. Paganini and his team wrote in the paper that vapour was rare.",
     "Paganini and his team", "name", "team", None, "group"),
]


@pytest.mark.parametrize("text, mention, kind, head, name, typ", MODERN_OUTLETS_AND_TEAMS,
                         ids=[r[1] for r in MODERN_OUTLETS_AND_TEAMS])
def test_outlets_named_like_roles_and_led_teams(text, mention, kind, head, name, typ):
    assert _resolve(text, mention, kind, head) == (name, typ)


def test_a_person_of_an_outlet_named_like_a_role_is_the_person():
    text = "Anne Thompson of the Hollywood Reporter said that the film was heart-wrenching."
    assert _resolve(text, "Anne Thompson of the Hollywood Reporter", "name", "Thompson")[1] != "org"


def test_a_pronoun_passes_over_a_name_inside_a_quote():
    # the Washington Examiner (web round of seed 2037): "he" after a quote that names a restaurant chain
    text = ('Jeffrey Epstein is dead. Andrew Windsor remembers going out that night. "Going to Pizza Express in '
            'Woking is an unusual thing for me to do," he said.')
    assert _resolve(text, "he", "pronoun", "he")[0] != "Pizza Express"


OFFICES_WITH_POSSESSIVES = [
    # web round of seed 2036 (RT, Bolivia): a described office keeps its possessives, so that it reads as
    # written, not as another name ("Bolivia public defender office")
    ("Three people died. Bolivia's public defender's office said 30 people had been injured.",
     "Bolivia's public defender's office", "role", "office", "Bolivia's public defender's office", "org"),
    # the office of a holder named with a title is the title's office, not the person's
    ("Public Ombudsman Nadia Cruz's office said the deaths were caused by gunshot wounds.",
     "Public Ombudsman Nadia Cruz's office", "name", "office", "Public Ombudsman's office", "org"),
    # an honorific is no title to name an office by
    ("Mr Spitzer's office said the executive had agreed to testify.", "Mr Spitzer's office", "name", "office",
     "Mr Spitzer's office", "org"),
]


@pytest.mark.parametrize("text, mention, kind, head, name, typ", OFFICES_WITH_POSSESSIVES,
                         ids=[r[1] for r in OFFICES_WITH_POSSESSIVES])
def test_offices_keep_their_possessives_and_titles(text, mention, kind, head, name, typ):
    assert _resolve(text, mention, kind, head) == (name, typ)


# the web round of seed 2038: shapes of modern news
ROUND_2038 = [
    # NYT: a one-word name the article writes after a title elsewhere is a person's, so a later "he" takes it up
    ("In each case, President Trump tied himself to the outcome. \"Vote!\" Trump tweeted before Election Day.",
     "Trump", "name", "Trump", "Trump", "person"),
]


@pytest.mark.parametrize("text, mention, kind, head, name, typ", ROUND_2038, ids=[r[1] for r in ROUND_2038])
def test_round_2038_names(text, mention, kind, head, name, typ):
    assert _resolve(text, mention, kind, head, nth=2) == (name, typ)


@pytest.mark.parametrize("text, spoke, name", [
    # Pioneer Press: a North American sport's role before the name ("defenseman") is a title as "defender" is
    ('"He always scores," said Bruce Boudreau. Wild defenseman Ryan Suter, who joked about sticks, could see the '
     'frustration. "He is used to scoring goals," he said.', "Bruce Boudreau", "Ryan Suter"),
    # Rolling Stone: an opening phrase with a song's title in it is longer than eight words
    ('Singer Patrick Simmons will tour. "We are excited," said Tom Johnston. Following a performance of their '
     'sing-along jam "Black Water," Simmons teed up the cameo. "You might remember him," he said.', "Tom Johnston",
     "Patrick Simmons"),
], ids=["defenseman", "long-opening-phrase"])
def test_round_2038_he_after_a_subject(text, spoke, name):
    # whoever spoke last is passed over for the person the sentence before opens with
    at = text.rindex("he said")
    index = build_name_index(text)
    index.find(spoke).is_speaker_at.append(text.index(spoke))
    history = [(text.index(spoke), spoke, "m")]
    got = resolve(Mention("he", Span(at, at + 2), "pronoun", None, "he"), index, history=history)
    assert got == (name, "person")


def test_a_title_before_a_longer_name_shows_no_one_word_person():
    # ... but a company's name after its officer's title is no person's ("President Ascom North America")
    from saidwhat.names.inarticle import _one_word_type

    text = "Rob Goldman, President Ascom North America, says the deal helps. Ascom, a provider, said it was glad."
    assert _one_word_type("Ascom", text) != "person"
    assert _one_word_type("Trump", "In each case, President Trump tied himself to it. Trump tweeted.") == "person"


ONE_WORD_NAMES = [
    # PolNeAR round of seed 2070 (Politico): a surname the article never gives a first name for, taken up by
    # the clause's own reflexive, is a person's, not a body's
    ("At Sunday night’s debate, Sanders compared himself to Clinton, saying, \"I don’t get paid fees.\"",
     "Sanders", "person"),
    # BBC sport/480: "he" right after the name's own verb
    ("Federer admitted he was under extra pressure after extending his winning streak.", "Federer", "person"),
    # across a comma, a subordinating word or another name the pronoun is someone else's: no type either way
    ("Ms Druyun negotiated a job with Boeing, while she was still a top procurement official.", "Boeing", None),
    ("Qantas boss Mr Dixon also said he would not sell.", "Qantas", None),
    ("Newcastle went ahead when he fed Stephen Carr.", "Newcastle", None),
    # PolNeAR train (Breitbart, Huffington Post): the surname opens its clause, whose verb goes on to "his", and
    # no clause takes it up as "it": a person
    ("It’s odd. When Trump launched his campaign by talking about Mexican rapists, his critics said nothing.",
     "Trump", "person"),
    ("Years after Bill Clinton claimed that the era of big government was over, Obama won his party’s nomination.",
     "Obama", "person"),
    # BBC sport/125, sport/268: a lower-case word before sets the name in another clause, the "his" a player's
    ("Cole is in negotiations with the Gunners over extending his current deal.", "Gunners", "org"),
    ("Having shrugged off Toure, the Pompey midfielder planted his shot wide from 10 yards.", "Pompey", "org"),
    # a party's members are a group, whose clause's "his" is someone else's
    ("Republicans by withholding his support could cost the nominee the state.", "Republicans", "org"),
    # never taken up as "he" or "she": a body
    ("Gazprom said it would cut supplies.", "Gazprom", "org"),
    # BBC business/025: a title before the word that goes on to a role titles the role's holder, not the word
    ("The unit was sold, which Yukos claims was illegal. Separately, former Yukos boss Mikhail Khodorkovsky began "
     "his defence. Yukos said it would appeal.", "Yukos", "org"),
    # PolNeAR train (Breitbart, Western Journalism): a candidate called by surname alone opens a sentence, and the
    # next sentence is a quote "he" says: a person, and the "he" then takes the surname up
    ("Cruz openly admitted that his pick was politically motivated, looking to the February 20 primary in South "
     "Carolina.\u00a0“With an eye to February 20th, Carolina,” he said.", "Cruz", "person"),
    ("“We’re tired of being told it is anti-immigrant, it’s offensive!” Cruz said.\n\n“I am the son of an "
     "immigrant who came legally from Cuba,” he said.", "Cruz", "person"),
    # Wikinews: the sentence quotes someone itself, whose words the next quote goes on with
    ('Detik.com quoted Djamal as saying, although Xinhua translated the quote as: "As long as the ban is in place, '
     'it is better we do not buy aircraft from Europe." "If aircraft are purchased in Europe, we are worried," he '
     'said.', "Xinhua", "org"),
    # BBC politics/072: the word is no sentence's subject ("the changes he had made to the Bill")
    ("But Mr Clarke told BBC Radio 4 the changes he had made to the Bill should be sufficient to satisfy the Lords. "
     '"No Bill goes through Parliament without detailed consideration," he said.', "Bill", "org"),
]


@pytest.mark.parametrize("text, word, typ", ONE_WORD_NAMES, ids=[r[1] for r in ONE_WORD_NAMES])
def test_a_one_word_name_its_own_clause_takes_up_as_he_or_she_is_a_person(text, word, typ):
    from saidwhat.names.inarticle import _one_word_type

    assert _one_word_type(word, text) == typ


NATIONAL_BODIES = [
    # web round of seed 2039 (Al Jazeera): a nation's one body of its kind, the nation written short or as a
    # nationality the name run leaves out, is named by the nation and the noun
    ("Two soldiers have been killed, the US military said.", "the US military", "role", "military", "US military",
     "org"),
    ("Talks failed, the U.S. government said.", "the U.S. government", "role", "government", "U.S. government",
     "org"),
    ("Talks failed, the British government said.", "the British government", "role", "government",
     "British government", "org"),
    # "the", a nationality and a name no person bears: a body of that nation
    ("The Afghan Taliban claimed responsibility for the attack.", "The Afghan Taliban", "name", "Taliban",
     "Afghan Taliban", "org"),
]


@pytest.mark.parametrize("text, mention, kind, head, name, typ", NATIONAL_BODIES, ids=[r[1] for r in NATIONAL_BODIES])
def test_national_bodies(text, mention, kind, head, name, typ):
    assert _resolve(text, mention, kind, head) == (name, typ)


def test_a_court_of_a_nation_stays_unnamed():
    assert _resolve("The ban is unlawful, a Swedish court said.", "a Swedish court", "role", "court") == (None, "org")


def test_the_statement_after_an_organisation_spoke_in_one_is_its():
    text = ('Two soldiers were killed, the US military said in a statement.\n\n"The cause is under investigation," '
            'the statement said.')
    assert _resolve_after(text, "the statement", "role", "statement", [("US military", "n")]) == (
        "US military", "document")


def test_a_description_given_before_the_speaker_appeared_is_not_the_speaker():
    # Live Science (web round of seed 2039): the patient, described before the doctor is named, wrote
    text = ("The patient went to his doctor. Dr. Owen Dempsey took a look. \"It happens,\" Dempsey said. \"I feel "
            "well,\" the patient wrote.")
    assert _resolve_after(text, "the patient", "role", "patient", [("Owen Dempsey", "m")]) == (None, "person")


def test_a_pronoun_after_a_fronted_clause_is_the_person_it_introduces():
    # Spokesman-Review (web round of seed 2039): the clause introduces Graham in full, with her office
    text = ("Michelle Hege said it was a concern. While the campaign did not appeal to Julie Graham, a state public "
            "information officer, she said she did not want to judge it.")
    assert _resolve(text, "she", "pronoun", "she") == ("Julie Graham", "person")


# the web round of seed 2043: shapes of modern news
ROUND_2043 = [
    # BBC Newsbeat: a described organisation whose own sentence names it in apposition, after a restrictive clause
    ("A row involving Taylor Swift, her label and two politicians is ending. The group that owns most of her music, "
     "Big Machine, says she can play.", "The group", "role", "group", "Big Machine", "org"),
    ("Swift spoke. The company that runs the AMAs, Dick Clark Productions, denies that anything is sorted.",
     "The company", "role", "company", "Dick Clark Productions", "org"),
    # The Hill: a role's possessive inside an office's name is part of it
    ("A man pleaded guilty, the U.S. Attorney’s Office for the Western District of New York announced Monday.",
     "the U.S. Attorney’s Office for the Western District of New York", "name", "Office",
     "U.S. Attorney's Office for the Western District of New York", "org"),
    # PolNeAR train (USA Today): an office named after its holder keeps the holder's possessive (lexicon
    # ``office_holders``), as the role noun's "Attorney's Office" does
    ("A woman died on Sunday. The Clark County Coroner's Office said that she was 32.",
     "The Clark County Coroner's Office", "name", "Office", "Clark County Coroner's Office", "org"),
    ("A man was shot. The Los Angeles County Sheriff's Department said that he had died.",
     "The Los Angeles County Sheriff's Department", "name", "Department", "Los Angeles County Sheriff's Department",
     "org"),
    # AP: a first name the writer adds in brackets inside a quote completes the surname the article uses
    ('"Coach (Frank) Vogel came in here and said, \'Congratulations,\'" James said. "He is terrific," Vogel said.',
     "Vogel", "name", "Vogel", "Frank Vogel", "person"),
]


@pytest.mark.parametrize("text, mention, kind, head, name, typ", ROUND_2043, ids=[r[1] for r in ROUND_2043])
def test_round_2043_names(text, mention, kind, head, name, typ):
    assert _resolve(text, mention, kind, head, nth=text.count(mention)) == (name, typ)


def test_a_pronoun_after_a_clause_about_a_named_person_is_that_person():
    # The Hill: "When Carlineo was approached, he told police" is Carlineo, not the man who spoke before
    text = ("Patrick Carlineo Jr., 55, pleaded guilty. U.S. Attorney James Kennedy Jr. said in the release this case "
            "matters. When Carlineo was approached, he told police about it.")
    assert _resolve_after(text, "he", "pronoun", "he", [("James Kennedy Jr.", "m")]) == (
        "Patrick Carlineo Jr", "person")


def test_a_document_of_a_body_named_by_its_noun_is_the_body_that_spoke():
    # The Hill: "the office release" is by the U.S. Attorney's Office that announced the plea
    office = "U.S. Attorney's Office for the Western District of New York"
    text = (f"A man pleaded guilty, the {office} announced Monday. His sentencing is scheduled for Feb. 14, "
            "according to the office release.")
    assert _resolve_after(text, "the office release", "role", "release", [(office, "n")]) == (office, "document")


# seed 2058's round: a description written again before the name, a country closing an office, bodies typed
ROUND_2058 = [
    ("China’s ambassador to Britain accused the UK and the US of meddling in the country’s affairs. Cheuk Hau-yip, "
     "the commander of Kowloon West district, said they are criminals. China’s ambassador to Britain Liu Xiaming has "
     "said that China has the “resolution and power” to end Hong Kong unrest.",
     "China’s ambassador to Britain", "role", "ambassador", 1, "Liu Xiaming", "person"),
    ("China’s ambassador to Britain Liu Xiaming has said that China has the “resolution and power” to end Hong Kong "
     "unrest. Liu said that the army could be deployed.", "Liu", "name", "liu", 1, "Liu Xiaming", "person"),
    ("The Associated Press reports that 28 people who came into contact with the patient were quarantined.",
     "The Associated Press", "name", "press", 1, "Associated Press", "org"),
    # the parser heads a hyphened name by its last part; the apposition's capitals are no name
    ("Cheuk Hau-yip, the commander of Kowloon West district, said: “These rioters, they are also criminals.”",
     "Cheuk Hau-yip, the commander of Kowloon West district", "name", "yip", 1, "Cheuk Hau-yip", "person"),
    ("The dollar fell, said Mansoor Mohi-Uddin, chief currency strategist at UBS.",
     "Mansoor Mohi-Uddin, chief currency strategist at UBS", "name", "uddin", 1, "Mansoor Mohi-Uddin", "person"),
    ("\"We remain sceptical of a quick recovery,\" said Kotak Institutional Equities.",
     "Kotak Institutional Equities", "name", "equities", 1, "Kotak Institutional Equities", "org"),
]


@pytest.mark.parametrize("text, mention, kind, head, nth, name, typ", ROUND_2058, ids=[r[1] for r in ROUND_2058])
def test_round_2058_shapes(text, mention, kind, head, nth, name, typ):
    assert _resolve(text, mention, kind, head, nth=nth) == (name, typ)


def test_initials_are_a_body_whatever_the_tagger_and_a_nationality_before_them_say():
    text = ("The Chinese CDC assured the public. And though the Chinese CDC has said that there is “no need” for "
            "Beijing residents to worry, it has also acknowledged that remote regions are vulnerable.")
    start = text.index("the Chinese CDC")
    got = Mention("the Chinese CDC", Span(start, start + 15), "name", "PERSON", "cdc")
    assert resolve(got, build_name_index(text), history=[], published=datetime(2005, 1, 1)) == ("CDC", "org")


@pytest.mark.parametrize(
    ("text", "day", "mention", "head", "expected"),
    [
        # a New York Times page that writes only the title and the surname: the holder on the day
        ("WASHINGTON — President Trump said on Friday that he was in no hurry. \"We are doing very well,\" "
         "Mr. Trump said.", datetime(2019, 5, 10), "Mr. Trump", "trump", "Donald Trump"),
        ("BERLIN — Chancellor Merkel said on Friday that Europe must stand together.", datetime(2017, 3, 10),
         "Chancellor Merkel", "merkel", "Angela Merkel"),
        ("OTTAWA — Prime Minister Trudeau said Canada would not be pushed around. \"We will not be pushed "
         "around,\" Mr. Trudeau said.", datetime(2018, 6, 10), "Mr. Trudeau", "trudeau", "Justin Trudeau"),
        # an honorific alone, with the office the article names elsewhere
        ("LONDON — Mr. Trudeau said the deal was fair. \"We are polite,\" the prime minister said.",
         datetime(2018, 6, 10), "Mr. Trudeau", "trudeau", "Justin Trudeau"),
        # a former president is no holder on the day: the surname stays as the article gives it
        ("CHICAGO — Former President Obama said voters must turn out. \"Vote,\" President Obama said.",
         datetime(2019, 5, 10), "President Obama", "obama", "Obama"),
    ],
)
def test_a_title_and_surname_name_the_office_holder_of_the_day(text, day, mention, head, expected):
    from saidwhat.names.kb import holder_name

    start = text.index(mention)
    got = Mention(mention, Span(start, start + len(mention)), "name", None, head)
    index = build_name_index(text, published=day, holder=holder_name)
    assert resolve(got, index, history=[], published=day, holder=holder_name) == (expected, "person")


def test_a_quote_before_its_cue_is_no_nickname_nor_a_gerund_a_first_name():
    # web round of seed 2063 (CRN, 2019): 'Dreamforce "is our dream," Benioff' was read as a name with a
    # nickname inside, and "Hosting Cook" as a person, so every later "Cook" and "Benioff" went to them
    text = ("Apple was pulled into the enterprise, CEO Tim Cook said in a chat with Salesforce founder Marc "
            "Benioff. Hosting Cook at Dreamforce \"is our dream,\" Benioff said. Cook said the admiration is mutual.")
    names = {p.name for p in build_name_index(text).people}
    assert not names & {"Dreamforce Benioff", "Hosting Cook"}
    assert _resolve(text, "Cook", "name", "cook", nth=3) == ("Tim Cook", "person")
    # a nickname is still one
    assert "Frank Ford" in {p.name for p in build_name_index('Sergeant Frank "Greg" Ford said so.').people}


def test_a_description_of_a_title_written_short_is_its_holder_talked_of_last():
    # web round of seed 2063 (Detroit News, 2019): "Gov." before the name, "The governor" later; the governor
    # the article talks of by surname since another governor was named is the one meant
    text = ("Republican Gov. Eric Holcomb has avoided criticism of teachers. They seem intent on not antagonizing "
            "educators as Kentucky GOP Gov. Matt Bevin did. Teachers didn't see Holcomb at the Statehouse on "
            "Tuesday. The governor said he was waiting for a teacher pay commission.")
    assert _resolve(text, "The governor", "role", "governor") == ("Eric Holcomb", "person")


def test_an_organisation_noun_after_an_opening_adverbial_takes_up_the_body_that_spoke():
    # web round of seed 2063 (NBC News via MSN, 2019): "At the time, the agency said" after "CBP announced"
    from saidwhat import Article, extract

    text = ("In August, CBP announced that it would not be vaccinating migrant families in its holding centers. "
            "At the time, the agency said in a statement that it chose not to provide the vaccinations.")
    quote = next(q for q in extract(Article(id="t", text=text)).quotes if "chose not" in q.text)
    assert (quote.speaker.name, quote.speaker.type) == ("CBP", "org")


def test_a_pronoun_before_anyone_spoke_takes_a_surname_written_alone_since():
    # web round of seed 2063 (AP, 2019): Sondland named in full first, Trump later, then "Yet Sondland ..."
    text = ("Ambassador Gordon Sondland is likely to be unpredictable when he faces questions about a call with "
            "President Donald Trump. Sondland, a wealthy hotelier Trump tapped as his ambassador, is entangled. "
            "Yet Sondland has already amended his testimony once \u2014 \u201cI now do recall,\u201d he said.")
    assert _resolve(text, "he said", "pronoun", "he")[0] == "Gordon Sondland"


def test_a_surname_after_an_article_or_a_reporting_verb_is_no_one_talking():
    # BBC sport/112: "Parry ... also admits Gerrard ... He told" is not Gerrard's
    text = ("But Parry, speaking to BBC Sport, also admits Gerrard will have the final say on his future. He told "
            "BBC Five Live that the club would not sell. Liverpool managed to hold on to Steven Gerrard.")
    assert _resolve(text, "He", "pronoun", "he", nth=1)[0] != "Steven Gerrard"


WEB_ROUND_2069_NAMES = [
    # CBS Detroit (AP): a doctor of an agency whose name holds "and" is the doctor, not the agency
    ("Dr. Joneigh Khaldun of the Michigan Department of Health and Human Services says the risk from the virus "
     "continues.", "Dr. Joneigh Khaldun of the Michigan Department of Health and Human Services", "name", "Khaldun",
     "Joneigh Khaldun", "person"),
    # cleveland.com: an outlet whose name reads as a person's
    ("Rolling Stone reported details of the reunion tour that stops at Blossom Music Center on July 22.",
     "Rolling Stone", "name", "Stone", "Rolling Stone", "org"),
]


@pytest.mark.parametrize("text, mention, kind, head, name, typ", WEB_ROUND_2069_NAMES,
                         ids=[r[1] for r in WEB_ROUND_2069_NAMES])
def test_names_of_the_web_round_of_seed_2069(text, mention, kind, head, name, typ):
    assert _resolve(text, mention, kind, head) == (name, typ)


def test_a_stage_name_keeps_its_number():
    # BBC entertainment/229, /135 ...: "50 Cent", not "Cent" (whatever type the parse gives the one word)
    text = "Rapper 50 Cent has ended his public feud with his protege The Game."
    assert _resolve(text, "Rapper 50 Cent", "name", "Cent")[0] == "50 Cent"


def test_a_word_only_the_sentence_start_capitalises_is_no_first_name_of_a_namesake():
    # PolNeAR train (wash-post 2016-07-15): "Like Makaeff" was indexed as a person, whom a later "he" took
    text = ("Tarla Makaeff filed a lawsuit against Trump University. Like Makaeff, the former customer, Marvin "
            "Roffman does not want to tangle with Trump anymore. \"I don't feel like going through that again,\" "
            "he said.")
    index = build_name_index(text)
    assert index.find("Like Makaeff") is None
    assert index.find("Tarla Makaeff") is not None


HEADLINE_RUNS = [
    # PolNeAR train (Breitbart): the Title Case headline glues a descriptor onto the name the body writes
    ("McCain Challenger Kelli Ward: Impeach AG Lynch, ‘Stop DC at the Bathroom Door.’\n\nFormer Arizona State "
     "Senator Dr. Kelli Ward called for the impeachment of Attorney General Loretta Lynch.", "Kelli Ward",
     "McCain Challenger Kelli Ward"),
    # PolNeAR train (HuffPost): the headline's verb after the name
    ("Hillary Clinton Wins Delaware's Democratic Primary.\n\nHillary Clinton won Delaware on Tuesday, she said.",
     "Hillary Clinton", "Hillary Clinton Wins Delaware"),
]


@pytest.mark.parametrize("text, name, glued", HEADLINE_RUNS, ids=[r[1] for r in HEADLINE_RUNS])
def test_a_title_case_headline_gives_the_name_the_body_writes(text, name, glued):
    names = {p.name for p in build_name_index(text).people}
    assert name in names and glued not in names


# phrases the name index took for people (names62, issue #16): the run, and the name it gives if any
PHRASES_NO_NAME = [
    # PolNeAR train (USA Today's imagined speech): the pronoun "I" closes the run, "America" is a place
    ("The America  I envision is a place where everyone counts. He has suggested that the United States could "
     "simply default.", "America I", None),
    # BBC sport: "I" opens the player's next clause; the name before it stays
    ("\"It's a good move,\" said Nicolas Anelka I will not leave.", "Nicolas Anelka I", "Nicolas Anelka"),
    # PolNeAR train (Breitbart, twice): a campaign's slogan ends on a thing's noun
    ("I have a lot of people who are Democrats who are now on the Trump Train who are also supporting me.",
     "Trump Train", None),
    # PolNeAR train (Breitbart, the skywriters): a number opening the run
    ("\"Anybody but Trump,\" was another. One message read \"anybodybuttrump.us.\" One Republican said so.",
     "One Republican", None),
]


@pytest.mark.parametrize("text, phrase, name", PHRASES_NO_NAME, ids=[r[1] for r in PHRASES_NO_NAME])
def test_a_phrase_is_no_persons_name(text, phrase, name):
    names = {p.name for p in build_name_index(text).people}
    assert phrase not in names
    assert name is None or name in names


def test_a_numeral_after_a_given_name_stays():
    # "I" after a given name is a monarch's numeral, not the pronoun
    assert build_name_index("Queen Elizabeth I in 1588 sent the fleet.").find("Elizabeth I") is not None


def test_a_headline_run_that_is_no_name_stays_out_of_the_index():
    # PolNeAR train (Western Journalism): "Carly Fiorina" of the headline's run does not enter the index at
    # the headline, ahead of Hillary Clinton, whom "the Democratic nominee" of the lede's sentence names
    text = ("Clinton Acceptance Speech Skewered By Carly Fiorina.\n\nOn Thursday evening Hillary Clinton delivered "
            "her acceptance speech as the Democratic nominee.\n\nIn response, Carly Fiorina opened up on Twitter.")
    fiorina = build_name_index(text).find("Carly Fiorina")
    assert fiorina is not None and min(fiorina.positions) > text.index("\n\n")


# PolNeAR train (Western Journalism, issue #16): the Title Case headline and the lede, copied
SCHLAFLY = (
    "Schlafly\u2019s Final Column Explains Why She Sees Reagan-like Qualities In Trump.\n\nConservative icon "
    "Phyllis Schlafly, who died Monday at the age of 92, used her final column to link one of the great "
    "conservatives of America\u2019s recent past with the candidate she regards as America\u2019s best hope for "
    "its future.\n\n\u201cDonald Trump\u2019s surprise visit to Mexico reminds me of President Reagan\u2019s "
    "important trip to Geneva in 1985,\u201d she wrote."
)


def test_a_title_case_headline_run_the_body_never_writes_is_no_one():
    assert _resolve(SCHLAFLY, "Schlafly\u2019s Final Column", "name", "column") == (None, None)


def test_a_headline_run_the_body_writes_is_still_its_name():
    # the same capitals, when the body writes them, stay a name (here a made-up one, as the body gives it)
    text = SCHLAFLY.replace("Conservative icon Phyllis Schlafly", "Conservative icon Final Column")
    assert _resolve(text, "Schlafly\u2019s Final Column", "name", "column")[0] == "Final Column"


def test_the_body_pronoun_after_a_title_case_headline_takes_the_lede_person():
    from saidwhat import Article, extract

    quotes = extract(Article(id="t", text=SCHLAFLY)).quotes
    wrote = next(q for q in quotes if "surprise visit" in q.text)
    assert wrote.speaker.name == "Phyllis Schlafly"
    assert all(q.speaker is None or q.speaker.name != "Final Column" for q in quotes)


CAMPAIGNS = [
    # PolNeAR train (Politico): a candidate's campaign by the candidate's possessive, named in full
    ("Hillary Clinton used a private server. Clinton’s campaign contended that it wasn’t hiding anything.",
     "Clinton’s campaign", [], "Hillary Clinton campaign"),
    # PolNeAR train (USA Today): "His campaign" after the candidate, whom the article calls "Trump campaign"
    ("Donald Trump met the Trump campaign staff. Trump also is set to huddle with lawmakers. His campaign "
     "confirmed that Trump would be meeting with top Republican officials.", "His campaign",
     [("Donald Trump", "m")], "Donald Trump campaign"),
    # "The Sanders campaign" beside "Bernie Sanders"
    ("Bernie Sanders lost narrowly. The Sanders campaign said it would assess its options.", "The Sanders campaign",
     [], "Bernie Sanders campaign"),
    # a surname two people of the article bear stays as written
    ("Bill Clinton spoke in Philadelphia, where Hillary Clinton was nominated. The Clinton campaign said the "
     "speech went well.", "The Clinton campaign", [], "Clinton campaign"),
    # PolNeAR train (the Washington Post, 2016-03-10): an owner-less "the campaign" is the one candidate's whose
    # campaign the article writes
    ("Sanders had been told that he probably would lose. Clinton's campaign knew it was possible that Hillary "
     "Clinton could lose Michigan. The tactic was reminiscent of the campaign's earlier claim that Sanders wanted "
     "to dismantle the Affordable Care Act.", "the campaign", [("Bernie Sanders", "m")], "Hillary Clinton campaign"),
]


def test_an_owner_less_campaign_beside_two_candidates_campaigns_stays_unnamed():
    text = ("Clinton's campaign knew it was possible that Hillary Clinton could lose Michigan. Donald Trump's "
            "campaign said he would win it. The tactic was reminiscent of the campaign's earlier claim that Sanders "
            "wanted to dismantle the Affordable Care Act.")
    assert _resolve_after(text, "the campaign", "role", "campaign", [])[0] is None


def test_a_campaign_that_only_modifies_a_noun_names_no_owner():
    # PolNeAR train (the Washington Post, 2016-06-27): "Kingson's campaign office" is a place, Eric Kingson no
    # candidate whose campaign speaks
    text = ("The senator was rallying for an academic named Eric Kingson, who is running for Congress. Early Saturday "
            "morning, Kingson's campaign office was full. Sanders's donor list, which the campaign says includes 2.7 "
            "million contributors, is coveted.")
    assert _resolve_after(text, "the campaign", "role", "campaign", [])[0] is None


@pytest.mark.parametrize("text, mention, speakers, name", CAMPAIGNS, ids=[r[1] for r in CAMPAIGNS])
def test_a_candidates_campaign_is_named_after_the_candidate_in_full(text, mention, speakers, name):
    assert _resolve_after(text, mention, "role", "campaign", speakers) == (name, "org")


def test_his_campaign_after_a_staffer_is_no_campaign_of_the_staffer():
    # PolNeAR train (HuffPost): the last speaker, a campaign manager, is no candidate the article writes a
    # campaign after
    text = ("Sanders campaign manager Jeff Weaver said the breach was minor. His campaign sued the DNC on Friday.")
    assert _resolve_after(text, "His campaign", "role", "campaign", [("Jeff Weaver", "m")])[0] != (
        "Jeff Weaver campaign")


# The round of seed 2076 (PolNeAR train, issue 16): a role noun of a politician's circle, an organisation's
# name opened by a title, an outlet's name, and a poll average, as the articles write them
SEED_2076 = [
    ("\"What Reince and the mainstream media don't understand is that Trump is bigger than the Republican Party,\" "
     "said one Trump confidant. The 'Never Trump' crowd disagreed.", "one Trump confidant", "role", "confidant",
     None, "person"),
    ("A Clinton ally suggested she would do an about-face and support the Trans-Pacific Partnership free-trade deal "
     "once she was in the White House.", "A Clinton ally", "role", "ally", None, "person"),
    ("The Democratic National Convention released a statement Wednesday evening, saying Trump's comments are "
     "\"another example of his dangerous and divisive race-baiting.\"", "The Democratic National Convention",
     "name", "convention", "Democratic National Convention", "org"),
    ("As reported by Western Journalism, investigators found over 2,200 emails from Clinton's server containing "
     "classified information.", "Western Journalism", "name", "journalism", "Western Journalism", "org"),
    ("Meanwhile in Ohio, Kasich has also been surging and has pulled within 4 points of the GOP frontrunner, "
     "according to the Real Clear Politics average of recent polls.",
     "the Real Clear Politics average of recent polls", "role", "average", "Real Clear Politics", "document"),
    ("Trump so far has won 758 pledged delegates, compared to Cruz's 538, according to a CNN tally.",
     "a CNN tally", "role", "tally", "CNN", "document"),
    # a lowercase noun between the issuer and the document's noun is no part of the issuer's name
    ("In Iowa, Trump is in first, according to the Real Clear Politics polling average, although Carson keeps it "
     "competitive.", "the Real Clear Politics polling average", "role", "average", "Real Clear Politics",
     "document"),
    # an office's possessive still stops it: the website is the secretary of state's, not California's
    ("The count was updated, according to the California secretary of state's website.",
     "the California secretary of state's website", "role", "website", None, "document"),
    # an average that is a share of people is no document (BBC business/495)
    ("An average of 10 percent of registered voters reported \"no opinion\" when asked whether they would vote "
     "for Hillary Clinton or Donald Trump.", "An average of 10 percent of registered voters", "role", "average",
     None, "group"),
]


@pytest.mark.parametrize("text, mention, kind, head, name, typ", SEED_2076, ids=[r[1] for r in SEED_2076])
def test_the_seed_2076_rounds_speakers(text, mention, kind, head, name, typ):
    assert _resolve(text, mention, kind, head) == (name, typ)
