"""The extraction rules as data: trigger words, CAMEO codes, confidences and thresholds, applied by
the small generic code of `ingest/events/` and `ingest/actors/`. A new phrasing is a line here."""

from __future__ import annotations

import re
from pathlib import Path

# Word tables too long for this file: titles, demonyms, venues, conflict parties (CSV).
DATA_DIR = Path(__file__).parent / "data"

# CAMEO event codes (GDELT/Phoenix). CAMEO has no exact code for some ceasefire milestones; the
# nearest is used and noted where it is applied.
CAMEO_PROPOSE = "036"  # express intent to meet or negotiate
CAMEO_CONSULT = "040"
CAMEO_CALL = "041"  # discuss by telephone
CAMEO_VISIT = "042"
CAMEO_HOST = "043"  # host a visit
CAMEO_NEGOTIATE = "046"
CAMEO_CEASEFIRE = "0871"  # declare truce, ceasefire
CAMEO_VIOLATION = "1041"  # nearest: demand/violation

# Verbs that state a meeting, with their CAMEO code (GDELT/Phoenix) and the role of the
# subject. "hold"/"have" count only with a meeting noun as object ("held talks").
MEETING_VERBS = {
    "meet": (CAMEO_CONSULT, "participant"),
    "confer": (CAMEO_CONSULT, "participant"),
    "consult": (CAMEO_CONSULT, "participant"),
    "talk": (CAMEO_CONSULT, "participant"),
    "speak": (CAMEO_CONSULT, "participant"),
    "negotiate": (CAMEO_NEGOTIATE, "participant"),
    "host": (CAMEO_HOST, "host"),
    "receive": (CAMEO_HOST, "host"),
    "welcome": (CAMEO_HOST, "host"),
    "greet": (CAMEO_HOST, "host"),
    "call": (CAMEO_CALL, "participant"),
    "phone": (CAMEO_CALL, "participant"),
    "telephone": (CAMEO_CALL, "participant"),
    "dial": (CAMEO_CALL, "participant"),
    "chat": (CAMEO_CONSULT, "participant"),
    "discuss": (CAMEO_CONSULT, "participant"),  # with a counterpart: "discussed the truce with X"
    # with a person as the object only (`PERSON_COUNTERPART_VERBS`): "visited former President X"
    "visit": (CAMEO_CONSULT, "participant"),
    "contact": (CAMEO_CALL, "participant"),
    "tell": (CAMEO_CONSULT, "participant"),
    "brief": (CAMEO_CONSULT, "participant"),
    "dine": (CAMEO_CONSULT, "participant"),  # "will dine with President X"
    "interact": (CAMEO_CONSULT, "participant"),  # "interacted with leaders, including X and Y"
}
# "visited X", "contacted X", "told X that", "briefed X on", "interacted with X": a meeting only
# when X is a person ("visited Ukraine", "told reporters", "interacted with students" are none).
PERSON_COUNTERPART_VERBS = {"visit", "contact", "tell", "brief", "interact"}
# "interacted with journalists, including X", "briefed reporters": an audience, no counterpart
AUDIENCE_NOUNS = {"journalist", "reporter", "student", "media", "press", "community", "diaspora", "audience"}
AUDIENCE_VERBS = {"interact"}
# "His Highness held talks with A": a style alone stands for the person last named with it
STANDALONE_STYLES = frozenset({"highness", "majesty"})
STYLE_NAME_MAX_GAP = 3  # "His Highness Sheikh Mohamed": the name within these words after the style
# "Welcoming the guest/the delegation/the leader at the airport were A and B": someone welcomed
GUEST_REFERENCE_NOUNS = {
    "guest",
    "visitor",
    "delegation",
    "leader",
    "dignitary",
    "party",
    "team",
    "entourage",
}
HOSTING_VERBS = {
    "host",
    "co-host",
    "chair",
    "co-chair",
    "attend",
    "witness",
    "organise",
    "organize",
    "convene",
    "moderate",
    "mediate",
    "facilitate",
    "initiate",  # "a conference call initiated by X"
}
# "met Y in talks mediated by Z": the talks a meeting verb took place in; "under the auspices of Z"
TALKS_FRAME_PREPS = {"in", "during", "at"}
AUSPICES_NOUNS = {"auspices", "auspice", "aegis", "mediation", "chairmanship"}
# "co-chaired", "co-host": spaCy splits these at the hyphen and the parse around them breaks,
# so `events.joint_appearances.co_hosted_meeting` reads them from the word order.
CO_HOSTING_VERBS = {"chair", "host", "convene", "organise", "organize"}
LIGHT_VERBS = {
    "hold",
    "gather",
    "have",
    "conduct",
    "attend",
    "join",
    "chair",
    "co-chair",
    "cochair",
    "co-host",
    "host",
    "convene",
    "sit",
    # "concluded two days of talks", "resumed talks": told of talks held
    "conclude",
    "resume",
}
# "The two delegations convened in Riyadh": with no object named, these light verbs mean 'met'
INTRANSITIVE_MEETING_VERBS = {"convene", "gather"}
MEETING_NOUNS = {
    "meeting",
    "meetings",
    "talks",
    "talk",
    "call",
    "calls",
    "conversation",
    "conversations",
    "summit",
    "discussion",
    "discussions",
    "conference",
    "negotiations",
    "consultations",
    "touch",  # "was in touch with X" (`IN_TOUCH_NOUNS`)
    "session",
    "sessions",  # "held separate sessions with each side"
    "bilateral",
    "bilaterals",
    "audience",
    "sit-down",
    "sit-downs",
    "one-on-ones",
    "tete-a-tetes",
    "encounter",
    "encounters",
    "ceremony",
    "gathering",
    "dinner",
    "lunch",
    "luncheon",
    "breakfast",
    "chat",
    "chats",
    "welcome",
    "reception",
    "banquet",
    "one-on-one",
    "face-to-face",
    "one on one",
    "face to face",
    "greeting",
    "farewell",  # "bade farewell to X at the airport", "a farewell for X"
    "send-off",  # "gave a warm send-off to X at the airport"
    "dialogue",
    "engagements",  # "holding separate engagements with A and B"; not "engagement with Russia"
}
# Hyphenated meeting words the tokenizer keeps whole, so the parser sees one noun.
SINGLE_TOKEN_WORDS = (
    "face-to-face", "one-on-one", "sit-down", "tete-a-tete", "tête-à-tête",
    "one-on-ones", "sit-downs", "tete-a-tetes",  # "held sit-downs with A and B"
)  # fmt: skip
# "said in a post on X.": a platform named by one letter, which the tokenizer keeps with its stop
# as if an initial
PLATFORM_WITH_STOP = {"X."}
# Lemmas the model gets wrong, set before its lemmatizer runs ("slated" -> "slat").
LEMMA_FIXES = {"slated": "slate"}
# The same words written with spaces ("met face to face with X"), merged into one token that the
# model reads as the hyphenated word; "send-off", which the tokenizer splits at its hyphen, likewise.
SPACED_SINGLE_TOKEN_WORDS = {
    "face to face": "face-to-face",
    "one on one": "one-on-one",
    "send - off": "send-off",
}
# Possessive and contraction endings printed with a curly apostrophe, read as the straight ones
CURLY_APOSTROPHE_WORDS = (
    "\u2019s",
    "\u2019S",
    "\u2019",
    "n\u2019t",
    "\u2019re",
    "\u2019ve",
    "\u2019ll",
    "\u2019m",
    "\u2019d",
)
# Abbreviated titles the tokenizer would split at the full stop, which the parser then reads as
# a sentence's end ("HE Amb. Joram Biswaro", "Brig. Gen. X", "Rt. Hon. Y"); spaCy keeps "Dr.",
# "Gen.", "Prof." and "Sen." whole already.
TITLE_ABBREVIATIONS = (
    "Amb.",
    "Hon.",
    "Brig.",
    "Engr.",
    "Lt.",
    "Col.",
    "Maj.",
    "Rt.",
    "Cdr.",
    "Capt.",
    "Adm.",
    "Sgt.",
    "Smt.",
)
# A name follows these, never a new sentence.
NO_BREAK_AFTER = {
    *TITLE_ABBREVIATIONS,
    "Dr.",
    "Prof.",
    "Gen.",
    "Sen.",
    "Rep.",
    "Gov.",
    "Mr.",
    "Mrs.",
    "Ms.",
    "H.E.",
}
# Abbreviated titles written without a full stop ("PM Lee meeting Vietnamese PM Nguyen Xuan Phuc"):
# a capitalised word after them is the name they introduce, not a new sentence.
NO_BREAK_BEFORE_NAME = {"PM", "FM", "EAM", "DPM"}
DOTTED_COUNTRY_ABBREVIATIONS = {"U.S.", "U.K.", "U.A.E.", "U.N."}
# "met visiting US lawmakers": forms of meeting verbs, read before the lemmatizer runs
MEETING_VERB_FORMS = {
    "met",
    "meet",
    "meets",
    "received",
    "receive",
    "receives",
    "welcomed",
    "welcomes",
    "hosted",
    "hosts",
}
# "Minister of Trade, Industry and Competition": what joins the words of one ministry's name
MINISTRY_WORD_LINKS = {"and", ",", "&"}
# "welcomed PM Modi": the small model takes a bare "PM" for the time of day and parses it as
# punctuation; read before a name, it is the word these stand for.
ABBREVIATED_TITLE_NORMS = {"PM": "minister", "DPM": "minister", "EAM": "minister"}
# "X receives this Wednesday (May 31) his counterpart": a lower-case word after a closing bracket
# goes on the sentence the bracket sits in.
NO_BREAK_BEFORE_LOWER = {")", "]"}
# "a red-carpet welcome for X", "a state banquet for X": the guest is in the 'for' phrase.
GUEST_NOUNS = {
    "welcome",
    "reception",
    "banquet",
    "dinner",
    "lunch",
    "luncheon",
    "breakfast",
    "greeting",
    "farewell",
    "send-off",
    "banquets",
    "dinners",
    "receptions",
}
GUEST_PREPS = {"for", "to"}
# "gave a warm welcome to X", "accorded a reception to X", "headed the reception for X": the guest
# hangs on these verbs.
GIVING_VERBS = {"give", "accord", "extend", "offer", "host", "throw", "bid", "bade", "head", "lead"}
# "X received an official welcome from Y", "got a warm reception by Y": X is the guest.
RECEIVING_VERBS = {"receive", "get", "enjoy"}
# "a banquet in honour of X": the guest of honour.
HONOUR_WORDS = {"honour", "honor"}
# "landed to a rousing welcome": these state a meeting only with a named host or guest.
WELCOME_NOUNS = {"welcome", "reception", "greeting", "farewell", "send-off"}
# "made a call to X", "took a call from X": verbs that state a meeting only with a call.
CALL_LIGHT_VERBS = {"make", "place", "take", "extend", "return", "get", "pay"}
# "a summit of EU leaders", "a meeting of NATO defence ministers": the group in the 'of'
# phrase takes part.
MEMBERSHIP_NOUNS = {"summit", "meeting", "gathering", "conference", "session"}
# The last words of an event's name ("World Future Energy Summit", "Munich Security Conference"):
# such a name is hosted or attended, never a party to a meeting.
EVENT_NAME_WORDS = {"summit", "conference", "forum", "expo", "festival", "games", "week", "dialogue"}
# "held separate talks with A and B": one meeting with each.
SEPARATE_WORDS = {"separate", "individual"}
SEPARATELY_WORDS = {"separately", "individually"}  # "met A and B separately"
# "bilateral meetings with A and B": plural one-to-one meetings, one with each.
RESPECTIVELY = "respectively"  # "A and B were received by C and D, respectively": in pairs
PLURAL_POSSESSIVES = {"their"}  # "A and B spoke with their counterparts": each with their own
ONE_TO_ONE_WORDS = {"bilateral", "one-on-one", "one on one"}
# "will meet President A, Premier B and C, chairman of the legislature": the heads of a country's
# branches receive a visitor each in their own meeting (generic titles, as titles.csv gives them)
BRANCH_HEAD_TITLES = {
    "president", "vice president", "prime minister", "speaker", "chair", "king", "queen", "emir",
    "crown prince", "chancellor", "sultan", "emperor",
}  # fmt: skip
MORE_OF_ROLL_WORDS = {"others"}  # "Among those accompanying X are A and B. Others are C and D"
# "will hold a private meeting with Y": the principals alone, their companions not at the table
PRIVATE_MEETING_WORDS = {"private", "one-on-one", "tete-a-tete", "tête-à-tête", "closed-door", "restricted"}
REPEATED_COUNTERPART_PREPS = {"with"}  # "talks with A and also with B": one meeting with each
ONE_TO_ONE_NOUNS = {"calls", "conversations", "meetings"}  # "telephone calls with A and B": one each
# "held a phone call with A and B": a telephone line joins two, so one call with each; a video
# call with A and B may be one call of three.
PHONE_CALL_NOUNS = {"call", "conversation"}
PHONE_CALL_MODIFIERS = {"phone", "telephone", "telephonic"}
# "X met the Sudanese premier A and the Ghanaian president B": a verb met people of different
# countries one by one ("held a meeting with A and B" is one meeting of three).
MEETING_EACH_COUNTRY_VERBS = {"meet", "discuss", "confer", "consult", "talk", "visit"}
# "held discussions with A, B and C" (of different countries): several tables, like "met A, B and C".
PLURAL_TABLE_NOUNS = {"discussions", "consultations", "conversations", "meetings"}
# "held trilateral discussions with A and B": one table of three.
ONE_TABLE_WORDS = {
    "trilateral", "tripartite", "three-way", "four-way", "quadrilateral", "multilateral", "joint",
}  # fmt: skip
# "leaders such as A and B", "five meetings, including with A and B": the named members.
INCLUDING_WORDS = {"including", "among"}
AMOUNT_WORDS = {"number", "series", "host", "couple", "handful"}  # "a number of cities"
# "A and B will speak again": a conversation between the subjects, with no object named.
RECIPROCAL_ADVERBS = {"again"}
# "A and B talked in person", "spoke face-to-face": a conversation at one table.
IN_PERSON_WORDS = {"person", "face-to-face", "in-person"}
# "A and B last spoke in May": a conversation between them, when nothing but a time is told.
LAST_TIME_ADVERBS = {"last"}
# "Rubio and Lavrov spoke on Tuesday": two leaders talking, told with a time or topic only.
RECIPROCAL_TALK_VERBS = {"speak", "talk"}
PLAIN_TALK_ADVERBS = {
    "last",
    "again",
    "also",
    "reportedly",
    "earlier",
    "later",
    "briefly",
    "twice",
    "recently",
}
# "wished Putin a happy birthday by phone", "congratulated X over the telephone": whatever the
# verb, two people it joins "by" one of these talked on a call
PHONE_MEDIA = {"phone", "telephone", "videophone"}
# "had a contact over hotline": contacts carried by a phone line are calls.
CONTACT_NOUNS = {"contact", "contacts"}
PHONE_MEDIUM_PREPS = {"by", "over", "via"}
CALL_WORDS = {
    "call",
    "calls",
    "phone",
    "telephone",
    "video",
    "videoconference",
    "phoned",
    "telephoned",
    "virtual",
    "videolink",
    "conference-call",
    "online",
    "hotline",
    "telephonic",
    "teleconference",
    "videoconferencing",
    "video-conference",
    "video-call",
    "phone-call",
}
# "X said beside Y": speaking next to someone in public is a joint appearance.
CO_PRESENCE_VERBS = {
    "say",
    "speak",
    "stand",
    "appear",
    "tell",
    "address",
    "sit",
    "pose",
    "announce",
    "declare",
    "remark",
    "add",
    "walk",
    "shake",
}
# "X is accompanied by:" over lines "- A, minister of trade;": the marks that open a listed line
ROLL_LINE_MARKS = {"-", "–", "—", "•", "·", "▪", "►", "◦", "‣", "*"}
# "X is accompanied by:", "The delegation includes:": a short line that opens a roll (not "Related:")
ROLL_OPENING_WORDS = {
    "accompanied",
    "accompanying",
    "include",
    "includes",
    "included",
    "including",
    "comprises",
    "comprising",
    "members",
}
LIST_BULLETS = "•·▪►◦‣*"  # "• Witkoff and Kushner will meet ...": a scraped list's mark, no part of a name
CO_PRESENCE_PREPS = {"beside", "alongside", "next"}
COUNTERPART_ROLL_PREPS = {"with", "to"}  # "spoke to A, B and C": a roll after the first counterpart
SIDES_PREPS = {"between", "among", "amongst"}  # "talks between A and B", "held among A, B and C"
# "The meeting between A and B took place": where the parser leaves B, the verb's own dependent
DETACHED_SIDE_DEPS = {"nsubj", "nsubjpass", "appos", "npadvmod", "dep"}
NAME_MODIFIER_DEPS = {"compound", "amod", "det", "nmod", "punct"}
# "The deal was signed on Friday in the presence of A and B": a signing the named people attend
# together is a joint appearance of theirs (and of the signers named).
PRESENCE_NOUNS = {"presence"}
SIGNING_VERBS = {"sign", "seal", "ink", "initial"}
SIGNING_TOLD = re.compile(r"\b(?:sign|seal|ink)(?:ed|ing|s)?\b", re.IGNORECASE)  # "hosted the signing of"
# "shook hands with X": a handshake is a meeting with its 'with' phrase.
HANDSHAKE = ("shake", {"hand", "hands"})
# "paid a courtesy call on X": a call 'on' someone is a visit to them in person.
CALL_ON_PREPS = {"on", "upon"}
IN_PERSON_CALL_WORDS = {"courtesy", "farewell", "condolence"}  # "paid a courtesy call to X" as well
# "leaders gathered in Sharm el-Sheikh for a peace summit": where they gather is the summit's place
GATHERING_FOR_VERBS = {"gather", "assemble", "converge", "arrive", "land"}
# "arrived to attend the summit", "will take part in the summit", "arrived in Jeddah for the summit":
# the people a summit's attendance is told of, in any sentence (`events.gatherings`)
SUMMIT_ATTENDING_VERBS = {"attend", "participate", "take", "arrive"}
SUMMIT_ATTENDEES_MIN = 3  # named attendees that make a summit a meeting of them all
SUMMIT_GATHERING_NOUNS = {"leaders", "delegations", "dignitaries", "guests", "presidents", "heads"}
AHEAD_WORDS = {"ahead"}  # "landed in Doha ahead of the summit"
# "Zamalek hosting Al Masry at the Suez Canal Stadium": a fixture, when every side is a club (no one
# of a title or a country, no delegation or group, no party to a conflict) and the story reads as a
# sports report (a venue of sport, or words only sport uses, several of them, in lower case).
SPORTS_VENUE_NOUNS = {"stadium", "arena", "velodrome"}
SPORTS_REPORT_WORDS = {
    "striker", "strikers", "midfielder", "midfielders", "goalkeeper", "goalkeepers", "kickoff", "kick-off",
    "derby", "footballer", "footballers", "winger", "equaliser", "equalizer", "half-time",
}  # fmt: skip
SPORTS_REPORT_MIN_WORDS = 2

# "The Ukrainian delegation was led by X, accompanied by Y": a side of an earlier meeting, named.
LEADING_VERBS = {"lead", "head"}
HEAD_NOUNS = {"head", "chief", "leader"}  # "the head of the Russian delegation, A"
FORMER_WORDS = {"former", "ex", "previous", "then", "outgoing", "late"}  # "the former head of ..."
EARLIER_TIME_ADVERBS = {"formerly", "previously", "earlier", "once"}  # "formerly headed by A"
# "Israel's acting prime minister", "Britain's shadow foreign secretary": not the office holder told
OTHER_HOLDER_WORDS = (FORMER_WORDS - {"outgoing"}) | {"acting", "shadow"}
ACCOMPANYING_VERBS = {"accompany", "join", "flank"}  # "Trump was flanked by A and B"
FLANKING_VERBS = {"flank"}  # at the talks told just before, by people named, on no other occasion
FLANKED_MEETING_MAX_CHARS = 400  # the meeting told in the flanking sentence or the one before
FLANKING_TIME_WORDS = {"once", "seated"}
# "At a rally the next day, Trump was flanked by A": another occasion than the talks
OTHER_OCCASION_NOUNS = {
    "rally", "parade", "funeral", "mass", "ceremony", "conference", "briefing", "cabinet", "rostrum",
    "tour", "podium", "stage", "inauguration", "wedding", "concert", "match", "speech", "address",
    "reporter", "press", "journalist", "media",
}  # fmt: skip
SIDE_NOUNS = {"side", "team", "delegation", "delegations", "negotiators", "officials", "camp"}
# "top US negotiators met Putin", beside the named envoys' meeting with him: members of a side, of any office
GENERIC_SIDE_MEMBERS = {"negotiator", "official", "envoy", "representative", "delegate"}
# A delegation is an organisation in its own right and stays a participant once its members are
# named; "US officials" or "the US team" is just the people named.
DELEGATION_NOUNS = {"delegation", "delegations"}
# "the ELN", "the TTP", "the M23": a group known by its initials (two letters at least)
ACRONYM = re.compile(r"(?=(?:[A-Z][0-9]*){2})[A-Z][A-Z0-9]{1,5}")
# "the CEO", "the GDP": initials that name an office or a figure, never a party to talks
COMMON_ACRONYMS = {
    "CEO", "CFO", "COO", "GDP", "VIP", "VVIP", "ICU", "HQ", "TV", "AI", "IT", "PR", "ID", "PM", "MP",
}  # fmt: skip
# "talks in Brussels on May 22 between A and B": a day or a place the parser hangs the sides on
DAY_OR_PLACE_PREPS = {"in", "on", "at"}
DAY_OR_PLACE_LABELS = {"DATE", "TIME", "GPE", "LOC", "FAC"}
# "X and his entourage were greeted by Y": the party X travels with, as his delegation
OWNED_PARTY_NOUNS = DELEGATION_NOUNS | {"entourage"}
# "A and B led their respective delegations at the talks": the heads of two sides met
RESPECTIVE_WORDS = {"respective"}
LED_SIDE_NOUNS = {"delegations"}  # not "their respective teams", "sides": sport as often as talks
ASSEMBLY_WORDS = {"assembly", "ministerial", "plenary"}  # "led their delegations at the UN General Assembly"
# "where he will meet Trump later that day", "the same evening": a time told from the day before it
PART_OF_DAY_WORDS = {"day", "morning", "afternoon", "evening", "night", "tonight"}
STAY_WORDS = {"be", "stay", "remain"}  # "will be in China from August 31": a stay, not a trip of its own
# "Maduro and his vice president", "X and his aides": a person's own officials, one side with them
OWN_STAFF_WORDS = {
    "vice",
    "deputy",
    "minister",
    "ministers",
    "adviser",
    "advisers",
    "advisor",
    "aide",
    "aides",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "envoy",
    "secretary",
    "chief",
    "delegation",
    "team",
    "cabinet",
    "staff",
}
# "the warring parties held talks", "representatives of the warring sides": in an article about one
# conflict, its two sides (`data/conflict_sides.csv`). Only "warring" says so: "the two sides" of
# diplomatic reporting are the two countries meeting, whatever war the article mentions.
WARRING_WORDS = {"warring", "belligerent"}
SIDE_PLURALS = {"parties", "sides", "factions"}
# "the State Department's Senior Advisor for Africa, Mr. Massad Boulos": how far after the title's
# comma its holder's name may start (an honorific between).
NAME_AFTER_TITLE_WINDOW = 3
# "A, Minister of Trade, Industry and Tourism of Fiji;": how far an office told after a name reaches
TITLE_AFTER_NAME_WINDOW = 14
TITLE_APPOSITION_MAX_TOKENS = 7  # "A, the Malaysian Foreign Minister,": a title in apposition this short
OFFICE_LINK_WORDS = {"and", "for", "of", "the"}  # lower-case words inside such an office
SUBNATIONAL_OFFICE_WORDS = {"governor", "mayor", "senator", "state", "province", "provincial", "county"}
# "representatives of the warring parties": these stand for each side's delegation.
SIDE_ENVOY_NOUNS = {"representatives", "delegations", "delegates", "negotiators", "envoys"}
# "the US and Israeli teams began negotiations": each country's negotiating team is its delegation.
NEGOTIATING_TEAM_NOUNS = DELEGATION_NOUNS | {"team", "teams"}
TEAM_NOUNS = {"team", "teams", "side"}  # "talks with the Russian side"
NEGOTIATION_TEAM_WORDS = {"negotiating", "negotiation", "negotiations"}  # "the Russian negotiating team"
# "The meeting is scheduled for Friday", "the talks will be held on May 2": a day for an event
# told before ("will take place" is read apart)
SCHEDULING_VERBS = {"schedule", "set", "slate", "hold", "plan", "fix"}
# "A meeting with X is also planned", "a meeting with X was cancelled": a meeting of the trip told,
# its owner the traveller told before
ARRANGED_MEETING_VERBS = {"schedule", "slate", "plan", "expect", "cancel", "postpone"}
MEMBER_NOUNS = {"member", "members"}  # "A and B are among the members of the delegation"
# "The Russian delegation included A and B", "Russia was represented by C": members of a side.
MEMBERSHIP_VERBS = {"include", "comprise", "consist", "feature"}  # "The delegation featured A"
OBJECT_MEMBERSHIP_VERBS = {"feature"}  # members only as its objects, not "featured a statement by A"
# "a delegation comprising (of) A and B", "a team made up of A and B"
MEMBERSHIP_PARTICIPLES = {
    "including",
    "comprising",
    "consisting",
    "comprised",
    "composed",
    "grouping",
    "made",
}  # "made up of"
NAMING_VERBS = {"name", "identify", "list"}  # "its negotiators were named as A and B"
REPRESENTING_VERBS = {"represent"}
# "represented Russia at the UN": an occasion of its own
REPRESENTED_AT_PREPS = {"at", "in", "on", "during", "for"}
CALL_HOLDING_VERBS = {"hold", "have"}  # "held a joint video call"
CALL_MEDIUM_WORDS = {"video", "phone", "telephone", "conference", "virtual", "online"}
SIMPLE_PAST_AUX = {"was", "were"}  # "Kyiv was represented by X": told of the talks just reported
# "Attending as a mediator was X": the roles of a third party at talks, not "as a guest" of a gala
TALKS_ROLE_NOUNS = {
    "mediator",
    "observer",
    "facilitator",
    "adviser",
    "advisor",
    "guarantor",
    "witness",
}
# "A and B also took part in the talks", "the meeting was attended by C", "D chaired the
# meeting", "E joined the gathering": people at a meeting the article told before.
ATTENDING_VERBS = {"participate", "take", "attend", "join", "chair", "co-chair"}
PREP_ATTENDING_VERBS = {"participate", "take"}  # the meeting is in their 'in' phrase
HOSTING_TOLD_VERBS = {"host"}  # "X hosted the meeting": the host of the meeting told before
PART_WORDS = {"part"}  # "took part in"
# "X, who hosted the talks, said": a relative clause that puts its person at the meeting told before
DESCRIBED_ATTENDING_VERBS = {"host", "mediate", "moderate"}
# Clauses that state attendance: main clauses and those joined to one ("before attending the
# session", "as X joined the talks"); a relative clause describes a person met ("X, who took
# part in the talks, met Y").
ATTENDANCE_CLAUSE_DEPS = {
    "ROOT",
    "conj",
    "advcl",
    "pcomp",
    "ccomp",
    "xcomp",
}  # "is expected to join the talks"
# "C was also present", "D and E were also in attendance", "Also at the talks were F".
PRESENCE_WORDS = {"present", "attendance", "there"}
ROOM_WORDS = {"room"}  # "Also in the room were A and B"
# "He was welcomed by A. Also present at the airport were B and C": where a guest is met on arrival;
# the people present there join that welcome, not any other meeting.
ARRIVAL_SITE_NOUNS = {"airport", "airbase", "tarmac", "terminal", "station", "aerodrome", "apron"}
# "A, adviser to President X": the person a title serves is not on the list.
SERVING_PREPS = {"to"}
SERVING_TITLES = {"aide", "adviser", "advisor", "assistant"}  # "aide to the President of X, Name"
# "On the American side, attendees included A and B": the people at the meeting just told.
ATTENDEE_NOUNS = {"attendees", "participants"}
LISTING_VERBS = {"include"}
# "UN envoy X", "EU foreign policy chief Y": an international body's official, of no country.
INTERNATIONAL_ROLE_WORDS = (" un ", " u n ", "united nations", " eu ", "european union", "envoy", "mediator")
# "US Ambassador to Israel X said in Jerusalem": a speaker posted where they speak is not visiting.
# "in" of "Moon Jae-in": a name's syllable the tagger would read as an English function word.
FUNCTION_WORD_SYLLABLES = {"in", "on", "an", "so", "do", "be", "he", "we", "me", "no", "go", "up", "us"}
# "Sit-in", "Check-in", "Log-on", "Set-up": English compounds, capitalised in headlines, no names.
ENGLISH_HYPHEN_IN_WORDS = {
    "sit",
    "walk",
    "check",
    "log",
    "sign",
    "lock",
    "break",
    "drive",
    "plug",
    "stand",
    "shut",
    "teach",
    "phase",
    "weigh",
    "run",
    "call",
    "fill",
    "cave",
    "buy",
    "tie",
    "lead",
    "set",
    "build",
    "add",
    "hang",
    "turn",
    "pile",
    "mix",
    "lay",
    "back",
    "follow",
    "line",
    "make",
    "start",
    "try",
    "go",
    "get",
}
# "Jae", "in", "moon", "myung": a syllable of a romanised (Korean) given name such as "Jae-in".
ROMANISED_SYLLABLE = re.compile(r"[bcdghjklmnprstwy]{0,3}[aeiouy]{1,3}(?:ng|n|m|k|l|b|p|t|r)?")
# "Hamas political chief X", "opposition leader Y", "former president Z" met where they live: no trip.
STATELESS_ROLE_WORDS = {"former", "opposition", "exiled", "ousted", "deposed", "political"}
# a leader of no country named ('Hamas leader', not 'North Korean leader')
MOVEMENT_TITLES = {"leader", "chief"}
# "the two Koreas held talks": both states of a divided nation, each a negotiating side.
DIVIDED_NATIONS = {"koreas": ("North Korea", "South Korea")}
COMPASS_WORDS = {"north", "south", "east", "west"}  # "North and South Korea"
# "touched down in west London", "in central Kyiv": a lower-case side of a place is no part of its name
PLACE_SIDE_PREFIX = re.compile(
    r"^(?:north|south|east|west|central|northern|southern|eastern|western|downtown)\s+(?=[A-Z])"
)
# "the diplomat", "the Russian politician": what someone is, told for a person named before with
# one of these offices (an empty set: any office).
OFFICE_HOLDER_NOUNS = {
    "diplomat": {"foreign minister", "envoy", "ambassador"},
    "politician": set(),
    "official": set(),
}
# "the UN official", "the Chinese official": words for an office holder that name one only with
# an affiliation, a country or one of these bodies (written in the holder's title as given).
AFFILIATED_HOLDER_NOUNS = {"official"}
# "the President of the EC": a body told by its initials, the small words of its name left out
ACRONYM_MAX_LETTERS = 6
ACRONYM_SKIPPED_WORDS = {"of", "the", "and", "for", "on"}
BODY_NAMES = {
    "UN": ("UN", "U.N.", "United Nations"),
    "EU": ("EU", "European Union", "European Commission", "European Council"),
    "AU": ("AU", "African Union"),
    "NATO": ("NATO", "Nato"),
}
POSTED_ROLE_WORDS = ("ambassador", "embassy", "envoy to the", "permanent representative", "consul", "charge")
# "the Mehr News Agency", "Yonhap News Agency": an outlet named by what it is, never an actor.
OUTLET_NAME_ENDINGS = ("news agency", "press agency", "news service", "news network")
# "Witkoff's negotiating team included A": a side's own words for a team at talks.
NEGOTIATING_WORDS = {"negotiating", "accompanying", "visiting"}
# "A accompanied B to the meeting": both were at the meeting told before.
ESCORTING_VERBS = {"accompany"}
# "Trump was joined in-person by A and by phone by B": company at the talks, not on the trip
JOINING_MODE_WORDS = {"in-person", "person", "phone", "video", "virtually", "remotely", "videoconference"}
# "included a plan drafted by C", "a message from D": words under these name no one listed.
NOT_LISTED_DEPS = {"nsubj", "nsubjpass", "pobj", "agent", "acl", "relcl", "advcl", "poss"}
# "Accompanying the Crown Prince during the reception were A and B": the host's side at it.
ACCOMPANYING_AT_PREPS = {"during", "at"}
# "Among them were A and B", "Among the guests were C": people of a group just told of.
AMONG_WORDS = {"them", "those", "guests", "participants", "attendees", "visitors", "members", "delegates"}
# "A, B and C were also among the welcoming party": the hosts of the welcome just told.
WELCOMING_GROUP_NOUNS = {"party", "committee", "delegation", "line", "team"}
WELCOMING_WORDS = {"welcome", "welcoming", "receive", "receiving", "reception", "greet", "greeting"}
ALSO_WORDS = {"also", "too"}
DEFINITE_WORDS = {"the", "this", "that", "these", "those"}
TIME_REFERENCE_NOUNS = {"time", "occasion"}  # "the last time he visited was in 2023": the be dates it

# "X met Y", "X phoned Y": the direct object is the counterpart.
OBJECT_COUNTERPART_VERBS = {
    "dial",
    "meet",
    "host",
    "receive",
    "welcome",
    "greet",
    "call",
    "phone",
    "telephone",
    "consult",
    "visit",
    "contact",
    "tell",
    "brief",
}
# "exchanged views with X", "A and B exchanged ideas": an exchange of these words is a meeting.
EXCHANGE_VERBS = {"exchange"}
EXCHANGED_WORDS = {"views", "ideas", "opinions", "thoughts", "pleasantries", "greetings"}
# "exchanged New Year greetings", "exchanged congratulatory greetings": messages for an occasion
GREETING_OCCASION_WORDS = {"new", "year", "year's", "festive", "holiday", "season's", "congratulatory", "eid"}
EXCHANGE_NOUNS = {"exchange", "exchanges"}  # "an in-depth exchange of views with X"
# "delivered a letter from the Emir to King X", "handed over a written message to Y": a message
# given by hand is a meeting with the one it is given to (not "sent a letter", nor "conveyed")
DELIVERING_VERBS = {"deliver", "hand"}
DELIVERED_WORDS = {"letter", "message"}
FIGURATIVE_MESSAGE_WORDS = {"message"}  # "delivered a message to X": a letter only when written
WRITTEN_MESSAGE_WORDS = {"written", "verbal", "personal", "handwritten", "oral"}
INTERMEDIARY_PREPS = {"through", "via"}  # "delivered a letter to X through the UAE"
PUBLIC_ADDRESS_NOUNS = {"speech", "address", "statement", "post", "video", "broadcast", "interview"}
ADDRESS_PREPS = {"in", "during"}  # "a message ... in his New Year speech"
REMOTE_DELIVERY_WORDS = {"email", "e-mail", "fax", "courier", "mail", "post", "phone", "telephone"}
# "Before the trip, he discussed ...": modifiers that give talk a time or place of its own
ADVERBIAL_DEPS = {"prep", "advmod", "npadvmod", "advcl"}
# "talk", "speak" and "discuss" state a conversation only with a counterpart, a medium or "again".
CONVERSATION_VERBS = {"talk", "speak", "discuss", "tell", "brief"}
# "discussed the war with X": verbs whose object is a topic, with the counterpart after it.
TOPIC_VERBS = {"discuss"}
# "talked over lunch": a meal shared is in person.
# "told X at a meeting": occasions at one table; not "during talks by video link"
TABLE_MEETING_NOUNS = {
    "meeting",
    "meetings",
    "summit",
    "session",
    "ceremony",
    "reception",
    "banquet",
    "dinner",
    "lunch",
}
MEAL_WORDS = {"lunch", "luncheon", "dinner", "breakfast", "coffee", "tea", "drinks"}
# "will join Trump for dinner": what one joins a person for that has them meet.
SHARED_OCCASION_NOUNS = MEAL_WORDS | {"talks", "meeting", "meetings", "banquet", "reception"}
# Names the model tags as organisations that are occasions or offices held by a person
# "Talks were held between A and B", "the meeting took place between A and B", "the discussions
# were held over a hotline between A and B": verbs whose meeting subject names no one itself.
WANTING_VERBS = {"need", "require", "demand", "urge", "want", "seek"}  # "talks between A and B are needed"
# "Talks between the two delegations opened in Arusha", "commenced": the talks were held
MEETING_HAPPENED_VERBS = {
    "hold", "take", "occur", "happen", "begin", "start", "resume", "conclude", "end", "open", "commence",
}  # fmt: skip
# "the city of Davao": a word before 'of' that makes what follows a place.
# "Janakpur Sub Metropolitan City", "Kathmandu District": a town's own body, never a person and
# no party to a meeting it hosts a reception for
LOCALITY_NAME_WORDS = {"city", "town", "village", "province", "region", "municipality", "district", "county"}
PLACE_KIND_NOUNS = {"city", "town", "village", "port", "capital", "province", "region", "island", "resort"}
# "a tour of the African countries of A, B and C": kinds that introduce a list of visited places
VISITED_KIND_NOUNS = PLACE_KIND_NOUNS | {"country", "nation"}
# ("Delegations of Russia and Ukraine": the sides, not one organisation)
NOT_ORGANISATION_HEADS = {
    *MEAL_WORDS,
    "banquet",
    "reception",
    "ceremony",
    "representative",
    "heads",
    "delegations",
}
# Meeting and hosting are in person, whatever call word stands near them.
IN_PERSON_VERBS = {"meet", "host", "receive", "welcome", "visit"}
# "X and Y joined the talks": companions, not counterparts, unless someone else is named.
JOINING_VERBS = {"join", "attend"}
JOINED_AT_PREPS = {"in", "for", "at"}  # "joined B in talks", "joined him for the meeting"
# "A, B and C attended the summit": the named attendees of a closed meeting meet each other
# (not of a ceremony or a conference, which the public attends too).
ATTENDED_MEETING_NOUNS = {
    "talks",
    "meeting",
    "meetings",
    "negotiations",
    "summit",
    "session",
    "consultations",
}
# "Israel and Hamas held talks", "negotiations between Russia and Ukraine": a country on a side of
# these is its unnamed negotiating delegation (ANNOTATION.md), not a place.
COUNTRY_SIDE_WORDS = {"talks", "negotiations", "negotiate", "consultations"}
# "India and Pakistan held a flag meeting": countries that hold a meeting are their delegations.
HELD_BY_COUNTRIES_NOUNS = COUNTRY_SIDE_WORDS | {"meeting"}
# "during talks with Iran", "after negotiations between A and B": talks told as held; "for talks
# with X", "towards negotiations" tell a goal.
# "The Sudanese army and the RSF resumed talks": parties to a conflict told by a common noun are
# negotiating sides; the qualified ones only with their qualifier ("armed forces").
CONFLICT_PARTY_NOUNS = {
    *("government", "army", "military", "junta", "opposition", "rebels", "guerrillas", "forces", "group")
}
CONFLICT_PARTY_QUALIFIED = {"forces", "group"}
CONFLICT_PARTY_QUALIFIERS = {"armed"}
# "the US delegation", "the US president": how labels name a country where its demonym reads oddly.
LABEL_ADJECTIVES = {"United States": "US", "Philippines": "Philippine"}
# "The talks will continue on March 21": the same people meeting again.
CONTINUING_VERBS = {"continue", "resume"}
# "During talks with X, discussions will focus on ...": talks the sentence is set in.
DURING_PREPS = {"during"}
HELD_TALKS_PREPS = {"during", "after", "at", "in", "following", "amid", "since", "before"}
# Meeting nouns whose CAMEO code is not CAMEO_CONSULT.
MEETING_NOUN_CODES = {
    "call": CAMEO_CALL,
    "calls": CAMEO_CALL,
    "negotiations": CAMEO_NEGOTIATE,
    "touch": CAMEO_CALL,  # "had been in touch with X": contact at a distance
}
# "held a security consultation with X": meeting nouns only as a light verb's object ("after
# consultation with X" tells no meeting)
# "These were with A and B", after "held four meetings": the meetings listed by a pronoun
LISTING_PRONOUNS = {"these", "they", "those"}
# "Another meeting took place with X": verbs of a meeting happening (not "ended with X leaving")
TOOK_PLACE_VERBS = {"take", "hold", "occur", "happen", "begin", "start", "resume", "open", "commence"}
# "X's agenda includes a meeting with Y": what a leader's day is planned in
SCHEDULE_NOUNS = {"agenda", "itinerary", "schedule", "programme", "program"}
HELD_MEETING_NOUNS = {"consultation", "audience"}  # "had an audience with the Pope"
# "in touch with X": a meeting noun only after 'in' ("a touch of humour" is none)
IN_TOUCH_NOUNS = {"touch"}
# Trigger words that begin so ("spoke to Y", "their conversation") after a call between the same
# people are that call.
# "was greeted by", "received at the airport by": a meeting told as a guest's welcome, by its word.
WELCOME_PREFIXES = ("welcom", "receiv", "recept", "greet")
SPOKE_PREFIXES = ("spoke", "talk", "speak", "conversation", "discuss", "chat")
DISCUSSION_PREFIXES = ("discuss",)  # "discussed the war in Ukraine": a place of the topic, not the talks
# "a Hamas delegation led by X", "a team headed by X": the people of the 'by' phrase take part.
LED_BY_VERBS = {"lead", "head", "include"}

VISIT_VERBS = {
    "visit": CAMEO_VISIT,
    "join": CAMEO_VISIT,  # "will join his counterparts in Kyiv": only people or talks joined in a place
    "arrive": CAMEO_VISIT,
    "travel": CAMEO_VISIT,
    "fly": CAMEO_VISIT,
    "land": CAMEO_VISIT,
    "tour": CAMEO_VISIT,
    "head": CAMEO_VISIT,
    "jet": CAMEO_VISIT,
    "reach": CAMEO_VISIT,
    "touch": CAMEO_VISIT,
    "depart": CAMEO_VISIT,
    "leave": CAMEO_VISIT,
    "come": CAMEO_VISIT,
    "descend": CAMEO_VISIT,
    "return": CAMEO_VISIT,
    "converge": CAMEO_VISIT,
    "go": CAMEO_VISIT,
    "continue": CAMEO_VISIT,  # "after Tonga, she continues to Niue": only with 'to' a place
    "proceed": CAMEO_VISIT,  # "before he proceeded to London"
    "spend": CAMEO_VISIT,  # "spending some time in Paris": with a stay's length only
    "emplane": CAMEO_VISIT,  # "emplaned for Male": South Asian papers' word for leaving by air
    "move": CAMEO_VISIT,  # "will move on to Nairobi": the next leg of a tour, with 'on' only
}
# "This is his first visit to Lithuania": the subject that restates the visit just told
RESTATING_PRONOUNS = {"this", "it"}
VISIT_NOUNS = {"visit", "trip", "arrival", "tour", "journey", "stopover", "voyage", "stay", "travel", "swing"}
VISIT_PREPS = {"to", "in", "at", "into"}
# "his visit to the White House", "arrived at the Oval Office": a named venue as the trip's end
VENUE_VISIT_PREPS = {"to", "at"}
THROUGH_TRIP_NOUNS = {"swing", "tour"}  # "his swing through Riyadh": a trip's places after "through"
DURATION_PREPS = {"since", "for"}  # "has hosted Haniyeh since 2012": a home, not a visit
# "his second visit to the country": an ordinal past the first tells of visits before this one.
REPEAT_ORDINALS = {
    "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th",
}  # fmt: skip
# "Her last visit was in February", "his previous trip on August 6": a visit before this one.
EARLIER_VISIT_WORDS = {"last", "previous", "earlier", "prior"}
# "following his previous trip", "since her last visit": prepositions that place a visit before
EARLIER_VISIT_PREPS = {"following", "after", "since", "during", "than", "before"}
# "Minister for Public Security To Lam", "Secretary of the Communist Party of Vietnam Central
# Committee To Lam": the most words an office's name runs over, "of"s and "the"s included
OFFICE_NAME_MAX_WORDS = 9
TOUR_NOUNS = {"tour"}  # "a tour of France, Italy and Canada": the places toured
# "Ishiba welcomed Lee's visit": a named visitor's trip with no place goes where the story is.
OWNED_VISIT_NOUNS = {"visit", "trip"}
# "on the second day of his trip to Germany, X received Y": a host told travelling is not at home
# ("with state visit honours" is the guest's visit).
TRIP_WORDS = {"trip", "tour", "journey", "stopover"}
# "met Y in Riyadh during his first foreign trip", "on her tour": the trip the meeting was on.
TRIP_OCCASION_PREPS = {"during", "on", "in"}
GUEST_TRIP_PREPS = TRIP_OCCASION_PREPS | {"upon"}  # "X received Y on his visit to Jordan": Y's trip
# "where he is on a state visit", "where she is on holiday": away from home
AWAY_NOUNS = {"visit", "trip", "tour", "holiday", "vacation", "mission", "stopover", "journey"}
EN_ROUTE_NOUNS = {"way"}  # "is on his way to Kyiv"
TURNING_BACK_VERBS = {"turn", "divert", "abort", "cancel", "return"}  # "On his way to X, he turned back"
EN_ROUTE_VERBS = {"travel", "head", "fly", "sail", "drive"}  # "is heading to Kyiv": not there yet
PRESENT_TENSE_TAGS = {"VBP", "VBZ"}
# Countries of today whose one name holds an "and" ("Serbia and Montenegro" is two countries now).
ANDED_COUNTRY_NAMES = {
    "trinidad and tobago",
    "saint vincent and the grenadines",
    "st vincent and the grenadines",
    "st. vincent and the grenadines",
    "bosnia and herzegovina",
    "antigua and barbuda",
    "saint kitts and nevis",
    "st kitts and nevis",
    "sao tome and principe",
    "são tomé and príncipe",
}
# Countries whose papers may write a leader's two names family name first ('Kishida Fumio');
# elsewhere a reversed pair is another person ('Abbas Mahmoud' is not Mahmoud Abbas).
# A known person's surname told alone names them (`known_people.telling_surnames`), unless it is
# this short or one that many people share
TELLING_SURNAME_MIN_LETTERS = 4
SURNAMES_MANY_SHARE = {
    "austin", "bennett", "brown", "burns", "cameron", "cooper", "costa", "fernandez", "gallant",
    "harris", "johnson", "joly", "kerry", "khan", "salam", "silva", "singh", "store", "sullivan",
    "truss", "waltz", "wood", "young", "green", "king", "white", "moore", "martin",
}  # fmt: skip
FAMILY_NAME_FIRST_COUNTRIES = {"Japan", "China", "South Korea", "North Korea", "Taiwan", "Hungary"}
VISITOR_PREPS = {"of", "from", "by"}  # "received the visit of X", "a visit by X"
# "his first visit with President Macri": with a person and no place, a meeting with them
VISIT_WITH_NOUNS = {"visit", "visits"}
# Verbs whose destination stands in other phrases: "departed Washington for the Netherlands",
# "left for Cairo", "came to Brasilia", "descended on Kyiv", "leaders converged on Delhi".
# "Her tour began in Samoa", "the trip ended in Hanoi": a stage of the trip told where it was.
TRIP_STAGE_VERBS = {"begin", "start", "end", "conclude", "open", "close"}
VISIT_VERB_PREPS = {
    "join": {"in"},
    "depart": {"for"},
    "leave": {"for"},
    "emplane": {"for"},
    "come": {"to"},
    "descend": {"upon", "on"},
    "return": {"to"},
    "converge": {"on", "upon", "in"},
    "go": {"to"},
    "continue": {"to"},
    "proceed": {"to"},
    "spend": {"in"},
}
# "spent two days in Paris", "spending some time in Rome": a stay; not "spent years in prison" or
# "spent his childhood in Paris".
STAY_VERBS = {"spend"}
# Verbs that make a trip only towards a city or country, not a venue: "continued to Niue".
GPE_ONLY_TRAVEL_VERBS = STAY_VERBS | {"continue", "proceed", "move"}
STAY_TIME_NOUNS = {"time", "day", "night", "hour", "week", "weekend", "morning", "afternoon", "evening"}
# "are going to Qatar": the present progressive of these verbs tells of a trip still ahead.
NEAR_FUTURE_VISIT_VERBS = {"go"}
# "looked forward to hosting X": a verb and particle that tell of something still ahead
LOOKING_FORWARD = ("look", "forward")
PRESENT_BE = {"is", "are", "am", "'s", "'re", "\u2019s", "\u2019re"}
# "touched down in Doha": the verb is travel only with its particle.
VISIT_VERB_PARTICLES = {"touch": "down", "move": "on"}
# "departed for the Netherlands today": the visit is still ahead (planned), dated today.
DEPARTURE_VERBS = {"depart", "leave", "emplane"}
# "arrived, traveling aboard a train with his daughter": how the trip was made, with whom
TRAVELLING_VERBS = {"travel", "fly", "ride", "journey"}
# "barred the delegation from travelling to Cairo", "halted the delegation's travel": cancelled.
PREVENTING_VERBS = {"prevent", "bar", "stop", "block", "ban", "halt", "hold", "keep", "forbid"}
# "returned to Kyiv" is a visit only for a visitor known to come from elsewhere (not "returned home").
RETURN_VERBS = {"return"}
# "flew home from Rome", "came back from Paris": a journey back from a visit
HOMEWARD_WORDS = {"home", "back"}
ARRIVAL_NOUNS = {"arrival"}
# "arrived in Beirut for her visit to Lebanon", "on a state visit": the visit is the arrival's trip.
PURPOSE_PREPS = {"for", "on"}
TALKS_SETTING_PREPS = {"during", "at", "in"}  # "during the negotiations", "at the talks"
# "The goal of the talks will be to reach a truce": nouns whose predicate is what is aimed at
AIM_NOUNS = {"goal", "aim", "purpose", "objective", "focus", "point", "task", "priority"}
# "A arrived in Washington, while B landed on Tuesday": B's arrival borrows A's place.
ARRIVAL_VERBS = {"arrive", "land", "touch"}
TRIP_PURPOSE_PREPS = {"for"}  # "arrived in Cairo for talks with C"
# "the VIP complex of Kuala Lumpur International Airport": a part of the site arrived at
SITE_PART_NOUNS = {"wing", "complex", "terminal", "lounge", "hall", "pavilion", "apron", "tarmac"}
BEFORE_ARRIVAL_PREPS = {"after", "following"}  # "arrived in Budapest after talks with X": held elsewhere
# "X will meet Y in Caracas ... X is travelling with A and B": a journey with no place of its own
# goes to where the story just was.
UNPLACED_TRAVEL_VERBS = {"travel"}
ROUTE_PREPS = {"from", "to", "between", "across", "around", "within", "through"}  # a journey's own places
PASSIVE_VISIT_VERBS = {"visit"}  # "was visited by X": X travels, not the subject
DEPARTURE_PREPS = {"from"}  # "From Mauritania, she will visit the country": the place left
# "made a stopover in Tehran", "paid a visit to Kyiv": the place may hang on the light verb.
VISIT_LIGHT_VERBS = {"make", "pay", "undertake", "begin", "start", "conclude", "end", "wrap", "complete"}
# "his tour took him to A and B", "a tour that covered A, B and C": the tour's legs.
TOUR_VERBS = {"take", "cover", "include", "span", "bring"}
STOP_NOUNS = {"stop", "stopover", "leg", "visit"}  # "will include stops in A and B"
# "Singapore is the third country visited by X", "the first capital visited by X was Kyiv"
VISITED_PLACE_KINDS = {"country", "capital", "city", "nation", "stop", "destination"}
LAST_WORDS = {"last", "latest", "final"}  # "the last capital visited by X": one trip, as an ordinal tells
# "stopped in Tokyo on his way to Washington", "stopped by Japan", "made a brief stop in the UAE"
STOPPING_WORDS = {"stop"}
STOP_PREPS = {"in", "at", "by", "over"}
STOP_MAKING_VERBS = {"make"}
STOP_TIME_PREPS = {"during"}  # "during a brief stop at Istanbul Airport"
# "Xi hosted Lula at the Great Hall": the guest's visit; "received Y upon his arrival": Y arrives.
HOSTING_VISIT_VERBS = {"host", "receive", "welcome", "greet"}
# "A and B attended the talks": the words of attending, whose compatriots sit on one side
ATTENDING_WORDS = {"attend", "attends", "attended", "attending"}
# "was received by senior officials": a welcome is a meeting only with a host named (or an org).
WELCOMING_VERBS = {"receive", "welcome", "greet"}
HOSTING_PREPS = {"in", "at", "to"}
# "will send a delegation to Doha": the group's visit.
SENDING_VERBS = {"send", "dispatch"}
SENT_GROUP_NOUNS = {
    "delegation",
    "delegations",
    "team",
    "envoy",
    "envoys",
    "negotiators",
    "mission",
    "officials",
    "delegates",
}
# sent by a country only: "Ukraine sent officials", "the US sent delegates to Caracas"
COUNTRY_SENT_GROUP_NOUNS = {"officials", "envoys", "delegates"}
# "is attending the forum in Jakarta": an event abroad.
VISIT_ATTENDING_VERBS = {"attend"}
ROLL_PRONOUNS = {"those"}  # "Those attending the meeting are A, B and C"
# "participated in the summit in Bangkok", "took part in the forum": the verb and the object word
# it needs (None: the verb alone).
VISIT_PARTICIPATING_VERBS = {"participate": None, "take": "part"}
# "during his participation in the G20 summit in New Delhi": an owner's attendance, told as a noun
ATTENDANCE_NOUNS = {"participation", "attendance"}
# "said in Paris", "told reporters in Cairo", "Speaking at a news conference in Helsinki": a
# speaker in a place foreign to them is there.
SAYING_VERBS = {"say", "speak", "tell"}  # verbs of speech that take no object of their own topic
SPEAKING_VERBS = {
    "say",
    "speak",
    "tell",
    # "In a press conference in Addis Ababa, X elaborated on ...": a speaker's other words
    "elaborate",
    "explain",
    "stress",
    "emphasise",
    "emphasize",
    "reiterate",
    "note",
    "add",
    # "At an investment forum in Riyadh, X announced that ...": told where the speaker stood
    "announce",
    "declare",
    "warn",
}
ATTENDED_EVENT_NOUNS = {
    "summit",
    "gathering",  # "hosting 20 leaders for a gathering of the BRICS group in Kazan"
    "event",  # "attended the commemorative events in Normandy"
    "commemoration",
    "anniversary",
    "coronation",
    "forum",
    "conference",
    "ceremony",
    "inauguration",
    "signing",  # "will attend the signing in Washington"
    "funeral",
    "celebration",
    "parade",
    "festival",
    "games",
    "olympics",
    "assembly",
    "expo",
    "talk",  # "attended talks in Geneva" (nouns by lemma)
    "negotiation",
    "dialogue",  # "the Trilateral Foreign Ministers Dialogue in Kabul, attended by A and B"
}
# "arrived for the summit in Jakarta", "for the opening session of the G20 meeting in Johannesburg"
ARRIVAL_OCCASION_NOUNS = ATTENDED_EVENT_NOUNS | {"meeting", "session"}
# "met X at the SCO summit in Tianjin": a gathering held abroad that each foreign participant of
# a meeting told at it attended (not talks: a meeting's place alone makes no visit).
GATHERING_NOUNS = ATTENDED_EVENT_NOUNS - {"talk", "negotiation", "dialogue", "event"}
GATHERING_PREPS = {"at", "during", "for"}  # "is hosting leaders for a summit in Kazan"
# "participated in the BIMSTEC Ministerial Meeting in Colombo", "a NATO meeting in Brussels": a
# meeting is an event attended abroad when it carries a proper name.
ATTENDED_NAMED_EVENT_NOUNS = {"meeting", "session", "meetings", "sessions"}
# "X will attend the summit": an event the story tells the place of elsewhere
SUMMIT_NOUNS = {"summit", "summits"}
PAST_DATE_WORDS = {"last", "previous", "ago", "earlier"}  # "last year's summit in Kazan": another time
SUMMIT_ATTENDED_MAX_SENTENCES = 3  # "X is set to attend": the summit told at most this many sentences before
# "a meeting of Nordic countries", "of Arab foreign ministers": a body named by its peoples
GATHERED_BODY_NOUNS = {"country", "nation", "state", "leader", "minister", "government"}
# "a visit to Kiev" with Kiev tagged as a person: a destination this large is a city anyway.
UNTAGGED_CITY_MIN_POPULATION = 100_000
UNTAGGED_ONE_WORD_CITY_MIN_POPULATION = 500_000
ONE_WORD_PLACE_PREPS = {"in", "to", "at"}
# "Abdelhamid Dbeibeh" is the table's "Abdul Hamid Dbeibah": the letters a transliteration varies,
# and the Arabic article, left out of the comparison.
NAME_VOWELS = set("aeiouy")  # "Tokaev" ~ "Tokayev", "Pashinian" ~ "Pashinyan"
NAME_ARTICLES = {"al", "el", "ul"}
# Entity labels the small model gives a named site or event together with the city after it.
NAME_SWALLOWING_LABELS = {"ORG", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART"}
# "arrived in Ha Noi", "the city of Ha Noi": where an untagged name after these is a city's.
UNTAGGED_PLACE_PREPS = {"in", "to", "of", "at", "from"}
# "attends a news conference in Riyadh" is no trip to an event.
MEDIA_EVENT_WORDS = {"news", "press"}
# "held virtual talks", "a video conference": meetings held from afar
REMOTE_WORDS = {"virtual", "video", "online", "phone", "telephone"}
# "speaking via video link at a conference in Munich": a speaker heard from afar is not there
REMOTE_SPEECH_WORDS = REMOTE_WORDS | {"link"}
# "took part by videoconference", "during his virtual participation": attendance from afar
JOINED_CLAUSE_DEPS = {"conj", "cc", "advcl", "ccomp", "parataxis", "relcl", "acl", "xcomp", "csubj"}
REMOTE_ATTENDANCE_WORDS = REMOTE_WORDS | {"videoconference", "remotely", "videolink", "virtually"}
# "the host's trip abroad told as done": not "will visit Kampala next month"
FUTURE_MODALS = {"will", "would", "shall", "'ll", "\u2019ll"}
# "during a visit to the war-torn country": the country named just before.
COUNTRY_REFERENCES = {"country", "nation", "kingdom", "sultanate", "emirate"}
# "had spoken with Abiy" tagged LAW: labels the small model gives a lone name that name nothing else
ODD_NAME_LABELS = {"LAW", "WORK_OF_ART", "PRODUCT", "LANGUAGE", "EVENT"}
# "After arriving in the port city": a city told before, the one alone named just before
CITY_REFERENCES = {"city"}
CITY_REFERENCE_LOOKBACK_SENTENCES = 4
# "a good occasion for leaders to consult": nouns of what a gathering allows people in general
OCCASION_NOUNS = {"occasion", "opportunity", "chance", "platform", "forum", "venue"}
# "the Arctic island": a word that stands for a country only when one alone was named just before
LOOSE_COUNTRY_REFERENCES = {"island", "archipelago"}
# "the Gulf state", "the Baltic state": the same, and only with such a modifier
MODIFIED_COUNTRY_REFERENCES = {"state"}
# Organisations that never travel themselves: "the Foreign Ministry arrived in ..." is a misparse
STATIONARY_ORG_WORDS = {"ministry", "department", "embassy", "secretariat", "presidency"}
# "Burhan visited Libya" for General Abdel Fattah Al-Burhan: articles a surname may drop.
VISIT_SURNAME_ARTICLES = ("al-", "el-", "ad-", "as-", "ash-", "at-", "az-")
# Who travels with a visitor: "A and B are accompanying the president", "accompanied by A".
ACCOMPANYING_VISIT_VERBS = {"accompany"}
# "will travel alone to Florida", "while his ministers return to Paris": a leg the companions do not make
LEG_APART_WORDS = {"alone", "without", "return", "returns", "returned", "returning", "separate", "behind"}
AMONG_THOSE_WORDS = {"among", "those", "also"}  # "Among those accompanying X are A and B"
# "The delegation included A and B", "the guests, also including A": a visiting party's members.
PARTY_MEMBERSHIP_VERBS = {"include", "comprise"}
PARTY_INCLUDING_WORDS = {"including", "include", "includes", "included"}
# "Led by A, the group includes B and C": a word for a party only when a group's trip was told
LED_GROUP_NOUNS = {"group"}
TRAVELLING_PARTY_NOUNS = {"delegation", "delegations", "entourage", "guests", "visitors", "party", "team"}
# "along with other senior officials": no group worth naming.
# "with fellow Gulf leaders"; "their respective delegations": the named sides' own people, unnamed
VAGUE_GROUP_WORDS = {"other", "several", "some", "many", "various", "fellow", "respective"}
# "his global counterparts", "leaders from various countries", "world leaders": people of
# countries the text does not count or name, no side of a meeting ("the 27 EU countries" are)
UNBOUNDED_GROUP_WORDS = {"global", "international", "world", "various"}
MANY_COUNTRIES_WORDS = {"countries", "nations", "states"}  # "counterparts from the Gulf states"
# "leaders of around 10 nations", "leaders of more than 10 countries": countries only reckoned
APPROXIMATE_COUNT_WORDS = {"around", "about", "more", "over", "nearly", "roughly", "some", "dozens", "dozen"}
# "foreign leaders", "foreign dignitaries": people of countries the text leaves untold ("the
# Baltic foreign ministers" hold an office of their own)
FOREIGN_WORD = "foreign"
FOREIGN_PEOPLE_NOUNS = {"leaders", "dignitaries", "counterparts", "guests", "delegations"}
# "to join his regional counterparts for the summit": peers from a region's countries, none named
# (not "a regional delegation", which is one side)
REGIONAL_WORD = "regional"
PEER_NOUNS = {"leaders", "counterparts", "colleagues", "peers"}
# "He is due in Brussels on Thursday", "she is expected in Cairo": a planned arrival.
ARRIVAL_PREDICATES = {"due", "expected"}
# "visited Cairo", "toured the region": the direct object is the destination.
# "arrived Abuja on Monday", as West African papers write it
OBJECT_DESTINATION_VERBS = {"visit", "tour", "reach", "arrive"}
# "the Egyptian capital", "Ukraine's capital": the country's capital city.
CAPITAL_WORDS = {"capital"}
# Regions of the world: a trip "to the Middle East" names no place the visit is at.
WORLD_REGIONS = {
    "middle east",
    "mideast",
    "near east",
    "far east",
    "europe",
    "asia",
    "africa",
    "latin america",
    "south america",
    "central america",
    "north america",
    "gulf",
    "persian gulf",
    "arabian gulf",
    "levant",
    "balkans",
    "western balkans",
    "caucasus",
    "south caucasus",
    "central asia",
    "south asia",
    "southeast asia",
    "east asia",
    "asia-pacific",
    "indo-pacific",
    "pacific",
    "caribbean",
    "sahel",
    "horn of africa",
    "west africa",
    "east africa",
    "southern africa",
    "north africa",
    "scandinavia",
    "baltic",
    "baltics",
    "baltic states",
    "nordic",
    "nordics",
    "arctic",
    "eastern europe",
    "central europe",
    "western europe",
    "maghreb",
    "south pacific",
    "great lakes",
    "region",
}
# Words that make a name a venue's: "Gyeongju Hwabaek International Convention Centre" is in Gyeongju.
VENUE_DESCRIPTORS = {"convention", "exhibition", "conference", "congress", "international", "national"}
# "Cairo International Airport", "Seoul Air Base": the city named before the facility word.
# "Bogor Palace", "Asmara International Airport": a site named after its city; a site the
# gazetteer cannot place is only a stop within the trip's country or city
SITE_WORDS = {"palace", "airport", "airbase", "airfield", "aerodrome"}
SITE_QUALIFIERS = {"international", "presidential", "royal", "national"}  # "International Airport Dushanbe"
# "arrived in Jeddah ... upon his arrival at the Ritz-Carlton Hotel": sites that are a stop of a trip
# told with a place, never a visit of their own
TRIP_STOP_WORDS = SITE_WORDS | {
    "hotel", "hall", "station", "terminal", "residence", "mansion", "embassy", "house", "istana", "temple",
    "square", "memorial", "stadium", "museum", "mausoleum", "cathedral", "mosque", "monument", "complex",
}  # fmt: skip
# "Gyeongju ... Convention Centre": a venue of these, named after its city only with a descriptor
VENUE_HEADS = {"centre", "center"}
FACILITY_WORDS = {
    "airport",
    "airbase",
    "base",
    "airfield",
    "aerodrome",
    "international",
}  # "Asmara International"
# "received X at the presidential mansion": where a host receives guests, in the host's city.
RESIDENCE_WORDS = {"palace", "mansion", "residence", "complex", "ministry", "office"}
# "received X with a military ceremony", "with full honours": a formal welcome of a guest.
CEREMONIAL_WELCOME_WORDS = {"ceremony", "honours", "honors", "guard"}
# Words left out when an airport is looked up among the venues (`data/venues.csv`).
AIRPORT_QUALIFIERS = {"international", "intl"}
# Words that may follow a city's name in a facility's name ("Seoul Air Base", "Cairo International
# Airport"); any other word means the name is not the city's.
FACILITY_NAME_TAIL = {
    *AIRPORT_QUALIFIERS,
    "air",
    "force",
    "military",
    "airport",
    "regional",
    "municipal",
    "capital",  # "Beijing Capital International Airport"
    "presidential",  # "Abu Dhabi Presidential Airport"
    "royal",
}
# "the Sultanate of Oman", "the Kingdom of Bahrain": a state's form, its country named after 'of'
STATE_FORM_WORDS = {"sultanate", "kingdom", "emirate", "state", "republic"}
# "envoy to Lebanon X": a country after these in a title is a posting, not a nationality.
POSTING_PREPS = {"to", "for", "in", "at"}
# "Iran's president in Tehran": a place these open is where a leader is, a posting only for an envoy
SITE_PREPS = {"in", "at"}
POSTING_TO_PREPS = {"to", "for"}  # "Ambassador of Chile to Peru": the country of the posting
POSTED_TITLES = {"ambassador", "envoy", "consul", "representative", "emissary", "commissioner"}
# "New Delhi, Feb 17:", "Dar es Salaam.": a dateline in title case, among the story's first sentences.
VISIT_DATELINE_MAX_SENTENCES = 8
VISIT_DATELINE_CITY_MAX_TOKENS = 4
VISIT_DATELINE_MARKS = {":", "—", "–", "-", "--"}
# A country visit and a city visit in it, this many days apart at most, are one trip.
TRIP_MAX_DAYS = 3
# "arrived in Lima on Monday ... will meet Y on Tuesday": talks this soon after an arrival are there
PLANNED_ON_ARRIVAL_MAX_DAYS = 1
TOUR_MAX_DAYS = 10  # a leg abroad dated this soon after the first is the same tour's, with its party
# Titles of those who tour abroad for a state: a city such a traveller flew from was a stay there.
STATE_OFFICES = {
    "president", "prime minister", "vice president", "deputy prime minister", "chancellor", "king",
    "queen", "emir", "sultan", "crown prince", "foreign minister", "defence minister", "minister",
}  # fmt: skip
OUT_OF_OFFICE_WORDS = {"former", "opposition", "exiled", "ex"}

# Words around a trigger that change its status or cancel it.
# Wishes and readiness are not plans: "ready to meet", "would like to visit" give no event.
# "ended without reaching a deal", "left without meeting X": the event did not take place
PRIVATIVE_PREPS = {"without"}
# "after their meeting, X refused to ...": phrases that tell an event as past before the clause's own
AFTER_PREPS = {"after", "following"}
# "will fly to Quito to meet A, followed by Lima for talks with B": a tour's next stop
NEXT_STOP_VERBS = {"follow"}
# "This was stressed by X during talks with Y": a passive verb of speech whose agent held the talks
STATING_VERBS = {
    "highlight", "stress", "emphasize", "emphasise", "underline", "underscore", "raise", "discuss",
    "note", "express", "reiterate", "convey", "voice", "affirm", "reaffirm", "state", "mention",
    "announce", "propose", "present", "point",
}  # fmt: skip
EXCEPTING_PREPS = {"than", "except", "excluding", "besides"}  # "a city other than Seoul"
QUANTIFYING_DETERMINERS = {"every", "each", "any", "no", "all"}  # "every visit ... has been to X"
RESTATED_DATE_GAP = 3  # tokens between "six months later" and ", in January 2023"
OFFSET_WORDS = {"later", "earlier", "ago", "after", "before"}  # "six months later": a span from a day
RESTATED_RELATIVE_DAYS = {"today", "yesterday"}  # "today, Tuesday 4 March 2025": the date told
# "started his tour with Saudi Arabia", "embarked on a tour of A and B"
TRIP_OPENING_VERBS = {"start", "begin", "open", "kick", "embark"}
ARRIVAL_PREFIXES = ("arriv", "land", "touch")  # the trigger words of arrivals, as written
# "his visit to the UAE followed stops in Qatar and Kuwait"; "First to arrive was X, followed by Y"
FOLLOWING_VERBS = {"follow"}
# "agreed to a truce following talks in Jeddah", "after long negotiations, A and B reached a deal":
# talks told as how a deal was reached are no event of their own (ANNOTATION.md).
DEAL_REACHING_VERBS = {"agree", "reach", "sign", "strike", "clinch", "seal"}
DEAL_TALKS_NOUNS = {"talks", "negotiations", "mediation"}
# "talks brought about a ceasefire", "the negotiations produced a truce": a deal the talks yielded
PRODUCING_VERBS = {"produce", "yield", "deliver"}
PRODUCING_PARTICLES = {"bring": "about"}
PRODUCING_PREPOSITIONS = {"result": "in", "lead": "to", "culminate": "in"}
DRAFT_WORDS = {"draft"}  # "a draft deal": a text put forward, not yet agreed
# "announced the draft deal": a draft put forward ("approved the draft deal" agrees it)
DRAFT_PUTTING_VERBS = {
    "announce",
    "finalise",
    "finalize",
    "present",
    "send",
    "submit",
    "unveil",
    "prepare",
    "draw",
}
# "Russia rejected a truce agreed by Washington and Kyiv": a side that rejects what others agreed
REJECTING_VERBS = {"reject", "rebuff", "spurn"}
OFFER_NOUNS = {"proposal", "offer"}  # "rejected a proposal for a truce": it was made, then turned down
UNABLE_WORDS = {"unable"}  # "were unable to agree on a truce": no deal
# "He has met X several times", "Earlier, he met Y", "On his return he met Z": a meeting told apart
# from the trip told just before it
APART_FROM_TRIP_WORDS = {
    "has",
    "have",
    "had",
    "earlier",
    "previously",
    "before",
    "after",
    "afterwards",
    "later",
    "since",
    "return",
    "returned",
    "back",
    "ever",
    "times",
    "once",
}
DEAL_WORDS = {"deal", "agreement", "accord", "ceasefire", "cease-fire", "truce", "armistice"}
# "two months after their first meeting", "since their last talks": an earlier meeting.
PREVIOUS_WORDS = {"previous", "earlier", "prior"}  # "the previous conversation": another occasion
EARLIER_MEETING_WORDS = {"first", "last", "initial", *PREVIOUS_WORDS}
NONCOMMITTAL_GOVERNORS = {
    "willing",
    "ready",
    "determined",
    "prepared",
    "open",
    "happy",
    "keen",
    "eager",
    "like",
    "want",
    "hope",
    "hop",  # the small model lemmatises "hoped" as "hop"
    "wish",
    "seek",
    "try",
    "invite",
    "offer",
    "urge",
    "ask",
    "request",  # "a request for Li to meet Austin": asked for, not held
}
PLANNED_GOVERNORS = {
    "likely",
    "set",
    "expect",
    "anticipate",  # "is anticipated to visit Karbala"
    "plan",
    "schedule",
    "due",
    "go",
    "intend",
    "prepare",
    "aim",
    "slate",
    "propose",
    "agree",
    "arrange",
}
# "is expecting an exchange of views with X", "awaits talks with Y": an event looked out for.
AWAITING_VERBS = {"expect", "await", "anticipate"}
# "Talks are expected to begin", "the meeting is due to take place": a scheduled event as subject.
SCHEDULING_GOVERNORS = {"set", "expect", "plan", "schedule", "due", "slate"}
# "the truce, set to begin on Saturday": the words opening a subjectless clause of what is scheduled
SCHEDULED_CLAUSE_WORDS = {"set", "due", "scheduled", "slated", "expected", "planned"}
# the dependants that give a clause a subject, tense or mark of its own
OWN_CLAUSE_DEPS = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl", "aux", "auxpass", "mark"}
PLANNED_MODIFIERS = {
    "planned",
    "upcoming",
    "scheduled",
    "expected",
    "proposed",
    "forthcoming",
    "anticipated",
    "next",
    "possible",
    "potential",
}
FUTURE_AUX = {"will", "shall", "'ll", "\u2019ll", "wo"}
HYPOTHETICAL_AUX = {"could", "might", "may", "should", "must", "can"}
# "the truce must take effect by Friday", "should come into force at midnight": a deal's terms
# setting when it starts, a plan; other things that must or should happen stay hypothetical.
OBLIGATION_AUX = {"must", "should", "shall"}
IN_FORCE_WORDS = {"effect", "force"}
IN_FORCE_WINDOW = 5  # "take full effect", "come into force": the words after the verb
# "may convene in the coming days", "could talk by phone soon": with a day, a tentative plan
TENTATIVE_AUX = {"could", "might", "may"}
TENTATIVE_SOON_WORDS = {"soon", "shortly"}
NEGATION_WORDS = {"not", "never", "n't"}
# "no violations", "no reports of truce violations": breaches denied.
NEGATING_DETERMINERS = {"no"}
NEGATING_GOVERNORS = {
    "unlikely",
    "refuse",
    "decline",
    "fail",
    "reject",
    "deny",
    "rule",
    "avoid",
    "snub",
    "boycott",
    "skip",
    "dismiss",
    "rebuff",
}
CANCELLING_WORDS = {
    "cancel",
    "postpone",
    "scrap",
    "shelve",
    "delay",
    "suspend",
    "abort",
    "cancellation",
    "postponement",
    "drop",
}
CANCELLING_PHRASAL = {("call", "off"), ("pull", "out"), ("back", "out"), ("put", "off")}
# "the meeting was put on hold", "talks were put on ice": verb, preposition, object.
CANCELLING_PREP_PHRASES = {("put", "on", "hold"), ("put", "on", "ice")}
CONDITIONAL_MARKS = {"if", "unless", "whether", "lest"}
# "until Moscow agrees to a truce": a clause in the present after these tells what has not happened
UNTIL_MARKS = {"until", "till"}
# "X said migration would be the focus of talks with Y": the speaker holds the talks only in these
# offices ("Senator X", "former ambassador X", "Kremlin aide X" speak of others' talks).
NEGOTIATING_OFFICES = {
    "president",
    "prime minister",
    "minister",
    "chancellor",
    "secretary of state",
    "king",
    "emir",
}
NOT_NEGOTIATING_WORDS = {"former", "ex", "aide", "adviser", "advisor", "spokesman", "spokesperson"}
# "a number of heads of state, including A and B": words that count a group named after 'of'
QUANTITY_NOUNS = {"number", "host", "series", "range", "handful", "couple", "dozens", "score"}
# "called X on the eve of the summit", "on the occasion of", "on the sidelines of": an 'on' phrase
# that tells when or where, not whom a visitor called on.
OCCASION_TIME_NOUNS = {"eve", "occasion", "sidelines", "margins", "anniversary", "day", "morning", "evening"}
# "on the eve of the talks told before": the day before that occasion's day
EVE_WORDS = {"eve"}
# "Germany's chancellor at the time", "in 1990": a title held at another time
OTHER_TIME_NOUNS = OCCASION_TIME_NOUNS | {"time"}
# "will resume fighting once the truce ends": told in the present after these, a condition ahead
# ("once the truce took effect, aid flowed in" is told in the past and happened).
FUTURE_CONDITION_MARKS = {"once"}
# "will report on his talks with X": a meeting told of took place.
TOPIC_PREPS = {"on", "about"}
TELLING_VERBS = {"report", "brief", "inform", "tell", "comment", "speak", "write", "update"}
# "setting the stage for talks", "paving the way for a summit": talks still to come.
PREPARATION_WORDS = {
    "stage", "way", "ground", "groundwork", "preparation", "preparations", "plans", "arrangements",
}  # fmt: skip
# "began arranging a meeting between A and B": the meeting is still to come.
ARRANGING_VERBS = {"arrange", "schedule", "propose", "seek", "request"}
# "another meeting has been scheduled/planned/fixed between A and B": arranged, whatever the tense.
ARRANGED_PASSIVE_VERBS = ARRANGING_VERBS | SCHEDULING_GOVERNORS | {"fix"}
# "was too busy to meet": the degree word that denies the infinitive after it.
DENYING_DEGREE_WORDS = {"too"}
# "has visited Libya several times", "have met on many occasions", "repeatedly travelled to Kyiv":
# trips and talks summed up, no one event (a truce "repeatedly violated" is still a violation).
HABITUAL_ADVERBS = {"repeatedly", "often", "frequently", "regularly", "routinely"}
REPEAT_NOUNS = {"times", "occasions"}
# "has yet to call X", "the two are yet to meet": not done, whatever is said after.
YET_TO_WORDS = {"yet"}
YET_TO_GOVERNORS = {"have", "be"}
# A clause opened by these happens on the day of the clause it hangs from
# ("talks were downgraded on Wednesday after he pulled out of the meeting").
SAME_OCCASION_MARKS = {"after", "as", "when", "while"}
# "During the trip, he met X", "proposed a truce at the talks": a told occasion, by reference.
OCCASION_PREPS = {"during", "at"}
# "During a call to X, A said", "In a phone conversation, A congratulated B": the call's sides.
CALL_OCCASION_NOUNS = {"call", "conversation"}
CALL_OCCASION_PREPS = {"during", "in", "on"}
SIDELINE_WORDS = {"sidelines", "sideline", "margins", "margin"}
# "met Thursday at his club with X": the verbs whose partner comes in a 'with' phrase, as written
# (parse repairs run before the lemmatizer), and the prepositions of the venue it may be hung on
PARTNER_VERB_FORMS = {
    *("met", "meet", "meets", "meeting", "talked", "talk", "talks", "talking", "spoke", "speak"),
    *("speaks", "speaking", "conferred", "confer", "confers", "negotiated", "chatted", "sat"),
}
VENUE_PREPOSITIONS = {"at", "in"}
# "MANILA: A and B met on the sidelines of ...": how far into a story its lead runs, told from the
# dateline's city.
DATELINE_LEAD_MAX_CHARS = 400
# "at war since 2020", "halt fighting until April 22", "her second visit after May 2019": a DATE
# after these bounds a span; it is not the day of the event told.
SPAN_EDGE_PREPS = {"since", "until", "till", "through", "after"}
# "her third visit since his inauguration in January": the date inside dates the inauguration
SINCE_PREPS = {"since"}
# "the mechanism established in May 2016", "the accord signed in 2015": a DATE in a participle
# clause of these verbs dates the founding of the thing the clause describes, not the event told.
FOUNDING_VERBS = {"establish", "found", "create", "launch", "form", "sign", "adopt", "ratify"}
# "met X on Tuesday, a day after holding talks with Y": a clause dated by days from its verb's day
DAYS_APART_PREPS = {"after", "before"}
# "four days before Tuesday", "a week after": the days each unit counts
UNIT_DAYS = {"day": 1, "week": 7}
SMALL_NUMBERS = {"a": 1, "one": 1, "1": 1, "two": 2, "2": 2, "three": 3, "3": 3, "four": 4, "4": 4}
# "met X after the two met on Tuesday", "called ahead of the summit next week": the DATE in a clause
# opened by these marks, or in the object of these "... of" phrases, dates another event.
OTHER_OCCASION_MARKS = {"after", "before", "since", "until", "once"}
LATER_OCCASION_WORDS = {"ahead", "advance", "prior"}
SOON_WORDS = {"shortly", "soon", "just", "hours", "minutes", "moments", "immediately", "right"}
# Dependencies that open a clause of its own, with its own time.
CLAUSE_DEPS = {"relcl", "advcl", "ccomp", "xcomp", "acl", "conj", "pcomp", "csubj", "parataxis"}
# "Xi made the remarks while meeting X": what a speaker made, told the sentence before
REMARK_NOUNS = {"remark", "comment", "statement"}
REMARKS_FRAME_MAX_STEPS = 3
REPORTING_VERBS = {
    "say",
    "tell",
    "announce",
    "confirm",
    "report",
    "state",
    "add",
    "write",
    "indicate",
    "signal",
    "disclose",
    "reveal",
    "explain",
    "note",
}
# '"Today I have good news," Biden began': verbs telling who goes on with a quotation
QUOTE_GOING_ON_VERBS = {"begin", "continue", "insist", "stress", "recall", "declare", "remark"}

CEASEFIRE_WORDS = {
    "ceasefire",
    "ceasefires",
    "cease-fire",
    "truce",
    "truces",
    "armistice",
    "cessation",
    "deal",
    "agreement",
    "accord",
    "plan",
    "pact",
}
# Only these words make a sentence about a ceasefire on their own; the others above need one of
# these in the sentence or "phase"/"stage" (they help attach triggers to the ceasefire).
CEASEFIRE_CORE = {"ceasefire", "ceasefires", "cease-fire", "truce", "truces", "armistice", "cessation"}
PHASE_WORDS = {"phase", "stage"}
TRUCE_PRONOUNS = {"it", "them"}  # "the ceasefire ..., which both sides accuse each other of violating it"

# "took effect", "came into force", "the truce is holding" (the last states no milestone).
TAKE_EFFECT_WORDS = {"effect", "force", "hold", "place"}
# Milestone trigger lemmas, in order of precedence, with their CAMEO codes.
MILESTONE_TRIGGERS = {
    "violated": ({"violate", "violation", "breach", "break", "flout", "infringe"}, CAMEO_VIOLATION),
    "collapsed": (
        {
            "collapse",
            "unravel",
            "crumble",
            "shatter",
            "falter",
            "founder",
            "scrap",
            "abandon",
            "terminate",
            "revoke",
            "rupture",  # "Israel unilaterally ruptured the ceasefire"
            "breakdown",  # "following the breakdown of the ceasefire"
        },
        CAMEO_CEASEFIRE,
    ),
    "ended": ({"end", "expire", "conclude", "lapse", "complete", "wrap"}, CAMEO_CEASEFIRE),
    "took_effect": (TAKE_EFFECT_WORDS, CAMEO_CEASEFIRE),
    "began": (
        {
            "begin",
            "start",
            "launch",
            "commence",
            "initiate",  # "will initiate a ceasefire from midday"
            "enter",
            "kick",
            "move",
            "implement",
            "execute",
            "underway",
            "proceed",
            "usher",
        },
        CAMEO_CEASEFIRE,
    ),
    "talks": (
        {
            "talk",
            "talks",
            "negotiation",
            "negotiations",
            "negotiate",
            "discuss",
            "discussion",
            "discussions",
            "negotiator",
            "negotiators",
            "meeting",  # "the ceasefire meeting between A and B", "a meeting on the truce"
            "meetings",
        },
        CAMEO_NEGOTIATE,
    ),
    "agreed": (
        {
            "agree",
            "reach",
            "sign",
            "seal",
            "strike",
            "broker",
            "clinch",
            "approve",
            "finalize",
            "finalise",
            "accept",
            "secure",
            "ink",
            "announce",
            "endorse",
            "ratify",
            "declare",
            "mediate",
            "consent",
            "formalize",
            "formalise",
            "arrange",
            "signing",  # "the signing of the armistice on July 27, 1953"
        },
        CAMEO_CEASEFIRE,
    ),
    "proposed": (
        {
            "propose",
            "proposal",
            "offer",
            "unveil",
            "suggest",
            "present",
            "draft",
            "table",
            "put",
            "urge",
            "demand",
        },
        CAMEO_PROPOSE,
    ),
}
# "ruptured the ceasefire", "the breakdown of the truce": milestones only with the truce as object
TRUCE_OBJECT_TRIGGERS = {"rupture", "breakdown"}
# "fears of a breakdown", "threatens to rupture the truce": an outcome feared, not one that happened
FEARED_OUTCOME_WORDS = {"fear", "fears", "threaten", "risk", "warn", "avert"}
# "talks took effect": talks, not the truce, as the subject of a milestone verb.
TALKS_NOUNS = {"talks", "negotiations"}
# With no phase named, the truce beginning is the truce taking effect ("the truce started at noon").
START_VERBS = {"begin", "start", "commence", "kick", "implement", "execute", "enter", "initiate"}
# These end a phase only ("completed the first phase"); with no phase named they state no milestone.
COMPLETION_VERBS = {"complete", "wrap"}
# Milestone triggers are verbs, except these nouns ("violations of the truce", "talks on phase two").
MILESTONE_NOUNS = {
    "violation",
    "violations",
    "breach",
    "breaches",
    "proposal",
    "talks",
    "negotiations",
    "negotiation",
    "discussions",
    "discussion",
    "collapse",
    "breakdown",
    "signing",
    "effect",
    "force",
    "place",
    "hold",
    "underway",
}
# "European Commission President", "Council President": the nouns of a body whose office a title
# names, for people of no country (`actors.names.institution_of`)
BODY_NOUNS = {
    "commission", "council", "parliament", "union", "organisation", "organization", "bank", "fund",
    "court", "agency", "alliance", "assembly", "secretariat", "league", "committee", "forum",
    "federation", "community", "office", "board", "tribunal",
}  # fmt: skip
# "representatives of President X and the ELN": the people a side sends, its negotiating delegation
NEGOTIATOR_NOUNS = {"representatives", "negotiators", "envoys", "emissaries"}
# "the expanded meeting has started", "talks between the delegations": talks where the leaders'
# delegations sit
EXPANDED_FORMAT_WORDS = {"expanded", "extended", "enlarged", "delegations"}
SIGNING_NOUNS = {"signing"}  # a milestone noun only when what is signed is the truce itself
# "take effect", "come into force", "remains in effect", "declared the truce in effect", "put in place"
EFFECT_VERBS = {"take", "come", "go", "enter", "remain", "be", "declare", "put", "stay"}
ORDINAL_PHASES = {
    "first": 1,
    "initial": 1,
    "opening": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "1": 1,
    "2": 2,
    "3": 3,
    "4": 4,
    "i": 1,
    "ii": 2,
    "iii": 3,
}


# A stop of combat stated without the word ceasefire: a halt word with a combat word as its object
# ("a halt to fighting", "stop all firing", "suspend attacks", "a moratorium on strikes", "cessation
# of hostilities"), or a pause named as one ("a humanitarian pause").
HALT_WORDS = {
    "halt",
    "stop",
    "cease",
    "suspend",
    "suspension",
    "pause",
    "moratorium",
    "cessation",
    "end",
    "freeze",
    "break",  # "a seven-day break in hostilities", with its combat word only
}
# "the war that began in 2022": a war's start is no truce's.
WAR_WORDS = {"war", "wars", "conflict", "offensive", "invasion", "clashes", "violence"}
COMBAT_WORDS = {
    "fighting",
    "fight",
    "fire",
    "firing",
    "hostility",
    "hostilities",
    "attack",
    "strike",
    "airstrike",
    "shelling",
    "bombing",
    "bombardment",
    "offensive",
    "combat",
}
# "military operations", "all military actions": these are combat only with "military".
MILITARY_NOUNS = {"operation", "action", "activity"}
MILITARY_MODIFIERS = {"military", "armed"}
PAUSE_MODIFIERS = {"humanitarian", "operational", "tactical"}
# "a four-day pause", "a 72-hour pause": a pause of stated length is a truce.
PAUSE_LENGTH_UNITS = {"day", "hour", "week"}
# Prepositions that tie a halt word to its combat word: "a halt to", "a moratorium on".
HALT_PREPS = {"to", "on", "of", "in"}
# "The guns fell silent", "fighting will end at 4 a.m.": the stop of combat as it happens.
SILENCED_SUBJECTS = {"gun", "guns", "weapon", "weapons", "artillery"}
SILENCE_WORDS = {"silent", "quiet"}

# "the truce in the Gaza Strip, which took effect": words from the truce word to the place
TRUCE_PLACE_MAX_GAP = 4
# 'the truce brokered by Egypt and Qatar, which took effect': names that take no effect themselves
TRUCE_PHRASE_NAME_TYPES = {"GPE", "LOC", "NORP", "ORG", "PERSON"}
# "human violations", "procedural violations": violations of something other than a truce
OTHER_VIOLATION_KINDS = {"human", "procedural", "electoral", "legal", "environmental", "financial", "sexual"}
# "proposed that hostilities cease": verbs whose 'that' clause with combat stopping is a truce
HALT_PROPOSING_VERBS = {"propose", "agree", "demand", "announce", "offer"}
PLEDGING_MODALS = {"would", "will", "should", "shall"}
# "a mechanism to investigate and verify violations", "denied violations", "limiting violations":
# no breach told
DIPLOMATIC_MISSION_WORDS = {"embassy", "consulate", "mission", "legation"}  # "the US Embassy welcomed X"
GRANTING_VERBS = {"approve", "grant", "accept", "honour", "honor"}  # "granted a request for A to meet B"
# "X described the talks as productive": those who judge talks told with no sides are not their sides.
APPRAISING_VERBS = {
    "characterize",
    "characterise",
    "describe",
    "hail",
    "praise",
    "criticize",
    "criticise",
    "term",
}
# "Hamas denied reports that the truce had ended": a milestone under these is not told to be so.
DENYING_VERBS = {"deny", "refute", "debunk"}
# "denied reports that X would visit": the claims a denial is about
REPORT_NOUNS = {"report", "reports", "claim", "claims", "rumour", "rumours", "rumor", "rumors", "speculation"}
DENIED_CLAUSE_DEPS = {"ccomp", "xcomp", "acl", "dobj", "pcomp"}
NO_BREACH_VERBS = {
    "investigate",
    "verify",
    "monitor",
    "probe",
    "prevent",
    "address",
    "handle",
    "deter",
    "punish",
    "avoid",
    "examine",
    "review",
    "deny",
    "discuss",
    "penalise",
    "penalize",
    "reject",
    "dismiss",
    "refute",
    "limit",
    "reduce",
    "curb",
    "minimise",
    "minimize",
    "stop",
    "end",
    "halt",
    "contain",
}
# "with both sides accusing each other of violations": a breach charged is a breach told, whatever
# the verb's form
ACCUSING_VERBS = {"accuse", "allege", "blame", "charge"}
RECIPROCAL_WORDS = {"other", "another"}  # "accused each other", "blamed one another"
# "penalties for violations", "held without violations"
NO_BREACH_PREPS = {"for", "without"}
NEGATING_WORDS = {"no", "neither", "nobody", "none", "nor"}
# "Miraflores, the Lima district": words after a comma that say where a place lies
PLACE_QUALIFIER_WINDOW = 4
PLACE_KIND_WORDS = {"district", "town", "city", "suburb", "province", "state", "county", "village"}
# "a previous meeting", "since talks in 2021", "ahead of a summit": meetings that place another
COMPARED_MEETING_WORDS = {"previous", "last", "first", "earlier", "prior", "next", "upcoming", "follow-up"}
# "brought together A and B for a meeting", "summoned the envoy for talks": whom the verb gathered met
GATHERING_VERBS = {"bring", "gather", "summon", "convene"}
DONE_VERB_TAGS = {"VBD", "VBN"}  # "brought", "has brought": done, not "to bring"
# "talks with the Minister on the release of A": the talk's topic, whose people are not met
TOPIC_LINKS = {"on", "about", "over", "regarding", "concerning"}
# "agreed that a deal would involve a ceasefire": what a deal holds, not that a truce was agreed
DEAL_CONTENT_VERBS = {"involve", "include", "require", "entail", "contain", "cover", "stipulate"}
# "the last meeting between A and B": an occasion before the news, undated unless a day is told,
# which does not date the meeting told before it either
PAST_OCCASION_WORDS = {"last", "previous", "prior", "earlier"}
COMPARING_PREPS = {"since", "ahead", "after", "before", "like", "unlike"}
# Verb tags of a clause's own verb (not a participle describing a noun).
FINITE_VERB_TAGS = {"VBD", "VBZ", "VBP"}
# "agreed to a ceasefire from midnight", "a halt starting Wednesday at 6 am", "with effect from
# 17:00": when the agreed truce takes effect.
START_PREPS = {"from", "starting", "beginning", "effective", "as"}
# Start words that say so wherever the parser hangs them in the halt's phrase.
EFFECTIVE_WORDS = {"effective"}
# "a truce with immediate effect", "a ceasefire effective immediately": it starts when agreed.
IMMEDIATE_START_WORDS = {"immediate", "immediately"}
TIME_WORDS = {"midnight", "noon", "dawn", "sunrise", "sunset", "a.m.", "p.m.", "am", "pm", "hours", "gmt"}
CLOCK_RE = re.compile(r"^\d{1,2}[:.]\d{2}$|^\d{1,2}(?:am|pm)$", re.IGNORECASE)
# "ordered the army to observe a truce": an order or pledge puts the truce into effect.
ORDER_VERBS = {"order", "instruct", "direct", "command"}
# "called a halt to operations": ordered it (not "called for a halt", "calling it a cessation")
HALT_CALLING_VERBS = {"call"}
CALLED_STOP_NOUNS = {"halt"}
IMPLEMENT_VERBS = {"implement", "observe", "hold", "enforce", "halt", "stop", "cease", "suspend"}
# "will carry out a unilateral ceasefire": a phrasal verb that implements, with its particle
IMPLEMENT_PHRASAL_VERBS = {"carry": "out"}
# "urged Kyiv to work toward a truce" proposes one; "urged both sides to respect the truce" does not.
# "demanded that X also join the talks": verbs whose 'that' clause with a bare verb is a wish
DEMANDING_VERBS = {"demand", "insist", "request", "ask", "urge", "propose", "suggest", "recommend"}
# "will not fly to Granada": a planned trip called off (a cancelled visit)
CALLED_OFF_TRAVEL_VERBS = {"fly", "travel", "go", "attend", "visit"}
URGING_VERBS = {"urge", "appeal", "press", "push", "encourage", "implore", "exhort"}
# "vowed that it would halt attacks": a pledge told by these is agreed.
PLEDGE_VERBS = {"pledge", "vow", "promise", "commit", "declare"}
# "the truce will be put in place"
PLACING_VERBS = {"put"}
# "accepted a US proposal for a truce": one side accepting a proposal is the proposal, not a deal.
# "failed to reach a deal to extend the truce" (FAILING_VERBS): the truce ran out
EXTENSION_VERBS = {"extend", "renew", "prolong"}
SUSPENDING_VERBS = {"suspend"}  # "suspended the ceasefire": it ends, for now
TRUCE_NOUNS = CEASEFIRE_CORE - {"cessation"}  # not 'cessation of mining'
CHOOSING_VERBS = {"decide", "choose", "opt", "elect"}  # "decided not to renew the truce"
# "rejected claims that it had suspended the ceasefire", "asked whether it had been suspended"
QUESTIONING_WORDS = {
    "claim", "report", "rumour", "rumor", "ask", "wonder", "question", "whether", "unclear", "speculate",
}  # fmt: skip
EXTENSION_NOUNS = {"extension", "renewal", "prolongation"}  # "agreed to a 30-day extension of the truce"
ACCEPTING_VERBS = {"accept", "agree", "endorse", "approve", "respond", "welcome", "back", "embrace"}
# "it falls on Russia to accept the terms": an acceptance told as an infinitive of what is owed
OWED_ACCEPTANCE_VERBS = {"accept"}
# "until Moscow agrees to a truce" (UNTIL_MARKS): the verbs whose deal is not yet
UNTIL_UNDONE_VERBS = DEAL_REACHING_VERBS | ACCEPTING_VERBS
# "cannot say until I talk with him", "will not sign until he meets Putin": a meeting after 'until'
# under a denial or not-knowing has not happened; after 'will stay until he meets X' it is planned.
UNTIL_MEETING_VERBS = {"meet", "talk", "speak", "sit", "visit"}
UNKNOWING_VERBS = {"know", "decide", "judge"}
# "the framework includes a 45-day truce", "the blueprint envisages a ceasefire": what a plan holds is
# a truce proposed (what a signed deal holds is not a new milestone)
PLAN_CONTENT_VERBS = {"include", "contain", "envisage", "envision", "foresee", "comprise", "outline"}
PLAN_NOUNS = {"plan", "framework", "proposal", "blueprint", "roadmap", "initiative", "draft"}
# "handed Kyiv its memorandum on a ceasefire", "submitted a document with the terms of a truce": a
# side's written terms passed to the other are its proposal
SUBMITTING_VERBS = {"hand", "submit", "deliver", "send", "give", "pass"}
TERMS_DOCUMENT_NOUNS = {"memorandum", "document", "draft", "terms", "paper", "proposal", "plan", "proposals"}
PROPOSAL_NOUNS = {"proposal", "proposals", "plan", "offer", "initiative", "call", "framework", "idea"}
# "agreed to the plan", "responded positively to it": the prepositions of what is accepted; "agreed
# during a call" tells when, not what.
ACCEPTED_OBJECT_PREPS = {"to", "on", "upon"}
# "the deal calls for a halt": a deal's terms are no proposal.
DEAL_NOUNS = {
    "deal",
    "pact",
    "agreement",
    "accord",
    "truce",
    "ceasefire",
    "cease-fire",
    "arrangement",
    "understanding",
}
# "to prevent the collapse of the ceasefire", "averted a breakdown of the truce": no milestone.
AVERTING_VERBS = {"prevent", "avert", "avoid", "forestall"}
# "open to a meeting", "ready for talks", "keen on a summit": a meeting only wished for.
READINESS_PREPS = {"to", "for", "on"}
# "ready to accept a truce": readiness to accept is an offer, a proposal.
READINESS_WORDS = {"ready", "willing", "prepared", "open", "readiness", "willingness"}
# "both sides accepted": all parties accepting is a deal.
ALL_PARTIES_WORDS = {"parties", "sides", "both", "two", "all"}
# "any violation of the truce", "every breach": a milestone no one says happened.
ANY_WORDS = {"any", "every"}
# Milestones after a deal: told of a truce whose agreement a participle describes, they are the news.
LATER_MILESTONES = {"took_effect", "violated", "collapsed", "ended"}
# "working to broker a truce", "efforts to finalise a deal", "force Kyiv to accept a truce": an
# aim, not a deal.
EFFORT_WORDS = {
    "work",
    "effort",
    "efforts",
    "push",
    "press",
    "bid",
    "attempt",
    "possibility",
    "prospect",
    "chance",
    "force",
    "pressure",
    "fear",
    "aim",
    "strive",
    "mediate",
    "review",
    "explore",
    "consider",  # "a request to consider announcing a truce"
    "close",  # "close to finalising a truce"
    "closer",
    "verge",
    "brink",
    "engage",  # "has engaged in brokering a truce"
    "engaged",
    "focus",  # "as negotiators focus on reaching phase two of the truce"
}
# "had negotiated a ceasefire between A and B": negotiating told done is a deal reached.
NEGOTIATED_DEAL_VERBS = {"negotiate"}
DOUBTING_ADVERBS = {"falsely", "wrongly", "mistakenly", "erroneously"}  # "falsely claimed he had negotiated"
# "travelled to Doha to secure a truce": verbs of a purpose clause that aim at a deal (not "met to
# sign a truce" nor "took to social media to announce that they agreed").
AIMING_VERBS = {
    "secure",
    "reach",
    "seal",
    "clinch",
    "finalise",
    "finalize",
    "broker",
    "seek",
    "negotiate",
    "push",
}
# "a truce that they agreed to overnight": words that tell when, as a date does.
# "the newly announced ceasefire", "a recently brokered truce": a deal told as just made, an event
JUST_MADE_ADVERBS = {"newly", "recently", "just"}
# "the ceasefire achieved through X's efforts": a deal only as the participle that describes it
# ("efforts to achieve a ceasefire" aim at one)
ACHIEVED_DEAL_VERBS = {"achieve"}
WHEN_ADVERBS = {"overnight", "earlier", "yesterday", "today", "tonight", "hours", "recently"}
# "we hope the ceasefire is implemented": a step wished for, not taken.
HOPING_VERBS = {"hope", "hop", "wish", "want"}  # the small model lemmatises "hoped" as "hop"
WITHOUT_WORDS = {"without"}  # "without acknowledging the ceasefire"
# "previous truces have collapsed": truces in general, no milestone of the story's.
# (not "earlier": "earlier truces between the two sides foundered" tells this war's own truces)
EARLIER_WORDS = {"previous", "past", "prior", "former"}
# "both agreed a ceasefire is needed": agreeing that something is needed makes no truce.
NEED_WORDS = {"need", "needed", "necessary", "essential", "vital", "required", "urgent", "important"}
# "following any ceasefire": a hypothetical truce.
HYPOTHETICAL_DETERMINERS = {"any", "a future", "an eventual", "eventual", "future"}
# "came to an end", "broke down": the phrasal forms of ended and collapsed.
END_NOUN_VERBS = {"come", "draw"}
# "the truce failed to hold", "the ceasefire did not hold": it collapsed.
FAILING_VERBS = {"fail"}
COLLAPSE_PARTICLES = {"down", "apart"}
# "the truce has not been respected", "failed to observe the ceasefire": a truce not kept is violated.
LASTING_VERBS = {"last", "run"}  # "a truce intended to last from 6 p.m. on April 19"
MAYBE_WORDS = {"potential", "possible", "eventual", "hypothetical"}  # "a potential ceasefire"
KEEPING_VERBS = {"respect", "observe", "honour", "honor", "uphold", "abide", "adhere"}
# "called off the ceasefire": a verb and the particle that make it end a truce early.
CALLING_OFF_VERBS = {"call": "off"}
# "the rebels called a ceasefire": a truce declared by one side is agreed (not "called for" one)
# "called for a truce", "asked for a pause in hostilities", "appealed for a ceasefire": a truce asked for
ASKING_FOR_VERBS = {"call", "ask", "appeal", "plead"}
DECLARING_VERBS = {"call"}
NOT_DECLARING_PARTICLES = {"for", "off"}  # "called for a truce" asks; "called off" ends
# Verbs that end a truce told intransitively ("the truce concluded") but make one told with an
# object or in the passive ("concluded a ceasefire", "a truce was concluded")
CONCLUDING_VERBS = {"conclude"}
# "the ceasefire agreement was concluded": a document signed, where "the truce was concluded" ended
SIGNED_DEAL_NOUNS = {"agreement", "deal", "accord", "pact"}
INDEFINITE_ARTICLES = {"a", "an"}
NEW_DEAL_DETERMINERS = INDEFINITE_ARTICLES  # "a truce was concluded": a deal the story tells anew
# "kept shelling despite the truce": combat told against a truce is a violation.
DEFIANCE_PREPS = {"despite", "notwithstanding"}
# "Hours into the truce, troops kept firing": combat that went on after a truce began.
INTO_TRUCE_PREPS = {"into"}
TIME_UNIT_WORDS = {"minute", "hour", "day", "week", "month"}
# "pushing for Russia to agree", "calls grew for Hamas to accept": a 'for X to' clause these govern is wanted
PUSHING_WORDS = {
    "push",
    "press",
    "call",
    "urge",
    "appeal",
    "lobby",
    "campaign",
    "pressure",
    "demand",
    "plead",
}
GOING_ON_VERBS = {"continue", "keep"}
# "clashes erupted despite the truce", "fresh clashes were reported despite it": fighting told by
# a noun of its own, the subject or object of whatever verb tells of it
CLASH_NOUNS = {"clash", "skirmish", "gunfire", "violence"}  # lemmas
COMBAT_VERBS = {
    "shell",
    "attack",
    "strike",
    "fire",
    "bomb",
    "bombard",
    "fight",
    "pound",
    "hit",
    "target",
    "launch",
}
# "drones damaged power plants despite the truce", "two civilians were killed despite the truce":
# harm done by arms or forces (or told in the passive), not by floods, sanctions or an old mine
HARM_VERBS = {"damage", "destroy", "kill", "wound", "injure"}
ARMED_WORDS = {
    "drone",
    "artillery",
    "missile",
    "rocket",
    "shell",
    "troop",
    "force",
    "army",
    "militia",
    "fighter",
    "jet",
    "warplane",
    "aircraft",
    "airstrike",
    "strike",
    "sniper",
    "soldier",
    "tank",
    "gunman",
    "gunfire",
    "mortar",
    "rebel",
    "militant",
    "paramilitary",
    "settler",
    "bulldozer",
}
# "injured in a traffic accident despite the truce": harm with a cause of its own
NON_COMBAT_CAUSES = {
    "accident",
    "crash",
    "collision",
    "flood",
    "flooding",
    "earthquake",
    "storm",
    "fire",
    "wind",
}
# "shelling continued despite the extension of the truce": steps of a truce still in force; not
# "despite hopes of a ceasefire" or "despite the collapse of the truce"
TRUCE_STEP_NOUNS = {"extension", "announcement", "declaration", "signing", "renewal", "start"}
# Dependencies a ceasefire word may hang by to be an argument of a milestone word ("agreed to a
# truce", "agreed to halt fighting"); a word in a clause of its own ("announced that ... as the truce
# ended") is not.
ARGUMENT_DEPS = {
    "dobj",
    "pobj",
    "prep",
    "pcomp",
    "nsubj",
    "nsubjpass",
    "attr",
    "compound",
    "nmod",
    "appos",
    "conj",
    "cc",
    "xcomp",
    "poss",
    "amod",
    "npadvmod",
    "oprd",
    "dative",
    "acomp",
    "agent",
    "nummod",
}
# "demanded the release of prisoners during the truce": a truce in these phrases is a time or a
# circumstance, not what a milestone word acts on.
ADJUNCT_PREPS = {"during", "after", "before", "since", "despite", "amid", "throughout", "following", "until"}
# "agreed that both sides would stop firing": the deal told in a clause of its own.
AGREEING_THAT_VERBS = {"agree", "decide"}
# "the first round of talks ended": a round or session of talks.
ROUND_NOUNS = {"round", "session", "rounds", "sessions"}
# "months of talks": a span of time told of talks; "two weeks into the first phase": a span counted
# from a start.
DURATION_NOUNS = {"day", "days", "week", "weeks", "month", "months", "year", "years", "hours"}
# "Netanyahu will convene the security cabinet to discuss the truce": a government deliberating
# at home holds no talks on it; the bodies, and the verbs that gather them.
DELIBERATING_BODIES = {"cabinet", "parliament", "knesset", "legislature", "congress", "senate"}
CONVENING_VERBS = {"convene", "summon", "gather", "call", "chair"}
# "clarity on US-China trade negotiations": talks told as a topic, after these prepositions, and the
# nouns that name talks as a process
TALKS_TOPIC_PREPS = {"on", "over", "about", "surrounding", "regarding", "concerning", "in", "into"}
# "took part in talks", "engaged in talks": these only after a noun ("the developments in the talks")
NOUN_TOPIC_PREPS = {"in", "into"}
PROCESS_TALK_NOUNS = {"talks", "negotiations", "dialogue", "discussions"}
# "the meeting offers hope for a ceasefire": what is offered is no truce
HOPE_NOUNS = {"hope", "prospect", "chance", "optimism", "glimmer"}
# Only a direct object makes "discussed" talks about a ceasefire ("discussed the truce").
OBJECT_ONLY_TALKS = {"discuss"}
# "after talks in Moscow": a place after these is where a milestone happened, not a party to it.
VENUE_PREPS = {"in", "at"}
# "a price-war truce", "a trade truce": truces of business and politics are no ceasefire.
METAPHOR_RE = re.compile(
    r"\b(?:price|trade|tariff|pricing|fare|patent|turf|media)[- ](?:wars?|truce|ceasefire)\b", re.IGNORECASE
)
# "X, seeking to broker a ceasefire, will meet Y": clauses on a subject that tell what its talks seek
SEEKING_VERBS = {"seek", "try", "push", "work", "aim", "hope", "press"}
# "imposed tariffs ... the two sides agreed to a truce": a truce told beside a trade dispute, in a
# story of no war
TRADE_DISPUTE_RE = re.compile(r"\b(?:tariffs?|import duties|export controls|trade war)\b", re.IGNORECASE)

# A sentence without these words cannot state a ceasefire milestone: a cheap gate.
CEASEFIRE_HINT = re.compile(
    r"cease|truce|armistice|cessation|phase|stage|halt|stop|suspen|pause|moratorium|hostilities|silent"
    r"|fighting|firing",
)  # matched against the lower-cased text: a case-insensitive pattern is eight times slower
# "the agreement on enrichment", "the deal with Egypt": a deal other than the truce told before
OTHER_DEAL_PREPS = {"on", "with", "for", "over"}
# "if Hamas violated the deal", "would violate it": a breach supposed, not told
CONDITION_MARKS = {"if", "unless", "should"}
OPEN_QUESTION_MARKS = {"whether"}  # "whether the agreement was violated": asked, not told
# "threatened to violate the deal", "trying to violate it": a breach not told as done
# "his intention to visit Jordan", "her plan to travel to Kyiv": the owner of the noun travels
# "The talks involved A and B", "talks involving A and B": the objects are the sides.
INVOLVING_VERBS = {"involve", "include"}
INTENT_NOUNS = {"intention", "plan", "plans"}
ATTEMPT_VERBS = {"try", "threaten", "plan", "seek", "attempt", "want", "intend", "aim"}
# "a gas deal", "a defence pact": a deal of another kind, told since the truce
OTHER_DEAL_KINDS = {
    "nuclear",
    "economic",
    "commercial",
    "military",
    "defence",
    "defense",
    "security",
    "maritime",
    "financial",
}
HYPOTHETICAL_MODALS = {"would", "could", "might", "may"}
# "violated these arrangements", "breached the deal": words pointing back to a deal just told of.
POINTING_WORDS = {"this", "these", "that", "those", "the"}
# Words of a truce's later step told with no truce word ("the deal came into force", "violated
# these arrangements"): read only right after a truce was told.
TRUCE_STEP_HINT = re.compile(
    r"effect|force|violat|breach|broke|break|flout|infring|broker|mediat|sign|seal|clinch|inked|struck"
)
# "A ceasefire took effect ... The US and Saudi Arabia brokered the deal": the truce's agreement
DEAL_MAKING_VERBS = {"broker", "mediate", "sign", "seal", "clinch", "ink", "strike"}
# "phase two", "the first stage": the phase a milestone concerns (words in ORDINAL_PHASES).
PHASE_RE = re.compile(
    r"\b(?:(first|second|third|fourth|initial|opening|1st|2nd|3rd|4th)\s+(?:[\w-]+-(?:day|week|month)\s+)?"
    r"(?:phase|stage)"
    r"|(?:phase|stage)\s+(one|two|three|four|\d|i{1,3})\b)",
    re.IGNORECASE,
)

# How far up the parse a rule climbs, in steps from word to head.
CLAUSE_VERB_MAX_STEPS = 6  # from a noun trigger to its verb ("talks" in "held talks")
SUBJECT_MAX_STEPS = 4  # through "is set to meet", "plans to visit", participles
# "A thanked B for visiting Lima", "A urged B to meet C", "the picture shows B receiving C": the
# object, not the subject, does it (what a picture shows, not what a person shows others).
OBJECT_CONTROL_VERBS = {"thank", "congratulate", "praise", "commend", "urge", "encourage", "persuade"}
# "I recommended strongly to come here and meet the leaders": advice whose doer is someone else,
# the one advised, when the text names no one
ADVISING_VERBS = {"recommend", "advise", "suggest", "urge", "encourage"}
PICTURING_VERBS = {"show", "depict"}
PICTURE_NOUNS = {"picture", "photo", "photograph", "image", "video", "footage", "handout", "screenshot"}
GOVERNOR_MAX_STEPS = 3  # control verbs above a trigger, read for its status
ARRIVAL_MAX_STEPS = 6  # "is due in Brussels for a summit": from the noun trigger to its verb
DATE_MAX_STEPS = 6  # from a DATE entity to the clause it dates
OUTER_CLAUSE_MAX_HOPS = 2  # clauses a date is borrowed from ("flew to Cairo on Monday to meet X")
CEASEFIRE_LINK_MAX_STEPS = 4  # between a milestone word and the ceasefire word it concerns
# Windows, in words unless named otherwise.
OWNED_NAME_MAX_DISTANCE = 7  # "Trump's son-in-law Jared Kushner": words from the 's to the name
TITLE_NAME_MAX_DISTANCE = 5  # "chief of staff Andriy Yermak": the name inside the title's phrase
# "Minister of State for African Affairs A": the words a long title may run to before its holder
LONG_TITLE_MAX_WORDS = 10
LONG_TITLE_LINKS = {"of", "for", "from", "the"}
NAME_AFTER_MAX_GAP = 4  # "led by senior official X": the person named right after a word
PLACE_PHRASE_MAX_TOKENS = 6  # "at the White House": a place inside a phrase this short
CO_HOSTED_NOUN_WINDOW = 3  # "co-chaired a summit": the meeting noun just after the split verb
OCCASION_PART_NOUNS = {"opening", "session", "launch", "start", "closing"}  # "the opening of the dialogue"
CO_HOSTED_PHRASE_WINDOW = 6  # "co-chaired the high-level meeting": the noun heading a phrase there
RESTATED_DATE_MAX_GAP = 3  # "starting tomorrow, Saturday": a DATE this near restates the one before
CONFLICT_WORD_MAX_DISTANCE = 10  # a conflict party this near the ceasefire word names its conflict
MAX_GROUP_TOKENS = 9  # a longer phrase is too loose to name a group actor
SITE_PLACE_LOOKBACK_CHARS = 1000  # an unplaced arrival site lies in the place of arrivals told this near
LATER_MENTION_MAX_CHARS = 2000  # companions and side leaders join an event told this far back
SAME_NEWS_MAX_DAYS = 31  # an undated mention is the same event as a dated one this near publication
PRESENCE_MAX_CHARS = 700  # "X was also present" (no meeting named) joins a meeting this near
STORY_DATE_MAX_PARAGRAPHS = 1  # an undated event takes a date from the same paragraph or the next

# Confidence of an event by the rule that found it, less a penalty when its date is borrowed.
MEETING_VERB_CONFIDENCE = 0.8  # "X met Y"
MEETING_LIGHT_VERB_CONFIDENCE = 0.7  # "X held talks with Y"
MEETING_NOUN_CONFIDENCE = 0.65  # "a meeting with Y"
CO_HOSTED_CONFIDENCE = 0.65  # "X and Y co-chaired a summit"
LED_SIDES_CONFIDENCE = 0.65  # "X and Y led their respective delegations"
CO_PRESENCE_CONFIDENCE = 0.6  # "X said beside Y"
LISTED_MEETING_CONFIDENCE = 0.55  # "These were with A and B": a summary of meetings told apart too
VISIT_VERB_CONFIDENCE = 0.75  # "X visited P"
VISIT_NOUN_CONFIDENCE = 0.65  # "his trip to P"
ARRIVAL_CONFIDENCE = 0.65  # "X is due in P"
PRESENCE_CONFIDENCE = 0.6  # "X is in P", "attending the forum in P"
HOSTED_VISIT_CONFIDENCE = 0.6  # "X hosted Y in P"
CEASEFIRE_CONFIDENCE = 0.7  # any milestone
ARTICLE_DATE_PENALTY = 0.05  # no date in the text: the publication date stands in
LEAD_SENTENCES = 3  # the opening sentences of an article, where it says which day its news is from
LEAD_MIN_TOKENS = 8  # a told sentence, not a headline, byline or date stamp
LEAD_DAY_MAX_DAYS_BEFORE = 3  # a Sunday paper telling Friday's and Saturday's news
CARRIED_DATE_PENALTY = 0.1  # the date of the event told just before


# Actors: word lists and windows used to find and resolve the people, groups and places of an
# article (`ingest/actors/`); GROUP_NOUNS and ORG_GROUP_HEADS also name group participants.

# "arrived in X", "flew into X", "travelled to X", "came to X": only a place fills these.
DESTINATION_VERBS = {"arrive", "travel", "fly", "land", "jet", "continue", "come", "head"}
# "part of the delegation travelling to Doha": a party described by its travel, not by another task
TRAVELLING_CLAUSE_VERBS = DESTINATION_VERBS | set(VISIT_VERBS)
DESTINATION_PREPS = {"in", "into", "to"}
# "will visit BNP Chairperson X": office words that end no place's name ('Sharm El Sheikh' does)
OFFICE_TITLE_WORDS = {
    "chairperson",
    "chairman",
    "chairwoman",
    "president",
    "minister",
    "secretary",
    "premier",
    "spokesperson",
    "spokesman",
    "ambassador",
}
# "Muhammad Shehbaz Sharif" told later as "Shehbaz Sharif": first words a name may be told without
NAME_PREFIX_WORDS = {"muhammad", "mohammad", "mohammed", "muhammed", "mohamed", "md", "mian"}
# "the Chinese premier", "his Thai counterpart": how an office holder never named is told
UNNAMED_HOLDER_DETERMINERS = {"the", "his", "her", "their", "its"}
# "met a deputy Qatari foreign minister": offices of one holder (or one deputy) that an indefinite
# article still tells as one person; not "a Qatari minister", "a Chinese official"
INDEFINITE_OFFICE_WORDS = {"foreign", "defence", "defense", "interior", "prime", "deputy", "vice"}
# "February, days": spans the model runs into a date after a comma, which date nothing
VAGUE_SPAN_WORDS = {"days", "weeks", "hours", "months", "years", "minutes", "moments"}
# Heads of noun phrases that name a group of people rather than one person.
GROUP_NOUNS = {
    "relatives",
    "families",
    "family",
    "delegation",
    "delegations",
    "delegates",
    "officials",
    "leaders",
    "presidents",  # "the presidents of A and B": one per country, as for leaders
    "premiers",
    "elders",
    "representatives",
    "members",
    "ministers",
    "envoys",
    "negotiators",
    "mediators",
    "lawmakers",
    "legislators",
    "senators",
    "diplomats",
    "hostages",
    "students",
    "survivors",
    "activists",
    "soldiers",
    "troops",
    "commanders",
    "directors",  # "the directors general of military operations of A and B"
    "counterparts",
    "team",
    "teams",
    "mission",
    "chiefs",
    "figures",
    "residents",
    "victims",
    "protesters",
    "journalists",
    "executives",
    "businessmen",  # "a meeting with Mexican businessmen": a group annotators count as a side
    "businesspeople",
    "entrepreneurs",
    "investors",
    "groups",
}
# "also met with investors": group nouns that say what kind of people they are with no other word
KIND_OF_PEOPLE_NOUNS = {
    *("investors", "businessmen", "businesspeople", "entrepreneurs", "executives", "students"),
    *("lawmakers", "legislators", "senators"),
}
# "the presidents of the two nations": a pair of countries named together before, this many tokens back
COUNTRY_PAIR_NOUNS = {"country", "nation", "state", "neighbour", "neighbor"}
PAIR_WORDS = {"two", "both"}
COUNTRY_PAIR_MAX_TOKENS_BEFORE = 120
# "The guests, including A and B": words for the people at an occasion, named by their members
# only (as labels of their own they cost precision on real news); "spoke with allies, including A";
# "EU Special Representative for the South Caucasus Toivo Klaar": regions across borders that name
# an envoy's brief, which the model runs into the name after them
ENVOY_REGIONS = {
    "south caucasus", "caucasus", "middle east", "sahel", "great lakes", "western balkans", "balkans",
    "central asia", "southeast asia", "south asia", "latin america", "indo-pacific", "arctic", "gulf",
    "horn of africa", "americas",
}  # fmt: skip
ENVOY_REGION_MAX_WORDS = 3
# "greeted by a contingent including A and B", "a welcoming party including C", "with a group of
# officials including D".
MEMBER_LIST_NOUNS = {
    "guests", "visitors", "participants", "attendees", "allies", "partners", "colleagues", "contingent",
    "party", "group", "dignitaries",
}  # fmt: skip
COMMERCIAL_WORDS = {"business", "trading", "commercial", "investment"}  # "his business partners"
# "Christopher Luxon Photo: RNZ": words of a caption's credit the model takes into a name
CAPTION_WORDS = {"photo", "photos", "photograph", "file", "image", "video", "pictured"}
# "... since 2017By Kim Arin": a byline glued to the headline before it
GLUED_BYLINE = re.compile(r"\S*[a-z0-9]By")
# "ReleasesSecretary": two words of a page's menu run together (not "McGurk", "DeSantis", "MacArthur")
GLUED_WORDS = re.compile(r"(?<=[a-z]{3})(?=[A-Z])")
# "Mata’afa", "O'Brien": a name word with an apostrophe between its letters
APOSTROPHE_NAME_WORD = re.compile(r"[^\W\d_]+[’'][^\W\d_]+")
# "a Hamas delegation": an organisation's group, named as an organisation.
ORG_GROUP_HEADS = {
    "delegation",
    "delegations",
    "team",
    "negotiators",
    "officials",
    "leadership",
    "mission",
    "representatives",
    "leaders",
}
# Lower-case words inside names: "Ursula von der Leyen", "Mohammed bin Salman".
NAME_PARTICLES = {
    "von",
    "van",
    "der",
    "den",
    "de",
    "da",
    "di",
    "du",
    "dos",
    "del",
    "la",
    "le",
    "bin",
    "ibn",
    "bint",
    "al",
    "el",
    "ben",
    "abu",
}
# "the Shanghai Cooperation Organization summit": words that make a city's name a bloc's
BLOC_NAME_WORDS = {"organization", "organisation", "cooperation", "pact", "treaty", "union", "council"}
# The Arabic article a surname is hyphened to: "el-Sissi", "al-Sharaa"
HYPHENED_NAME_ARTICLES = frozenset({"al", "el"})
# "Amir Sheikh Nawaf": titles only before a style, given names otherwise ("Amir Peretz")
TITLES_BEFORE_A_STYLE = {"amir"}
# "held talks with the Amir": after 'the' and alone, a spelling of a title, never a given name
DEFINITE_TITLE_SPELLINGS = {"amir": "emir"}
# "...; General A, Minister of Defence; B, ...": a rank before a name in a roll of names
RANKS_BEFORE_NAMES = {
    "general",
    "gen",
    "lieutenant",
    "lt",
    "colonel",
    "col",
    "admiral",
    "adm",
    "marshal",
    "brigadier",
}
# Styles: forms of address before a name that name no office ("Sheikh", "Dr", "H.E.").
STYLES = {
    "sheikh",
    "sheik",
    "shaikh",  # "HH Shaikh Mohammed bin Zayed", as Gulf papers spell it
    "shaikha",
    "mr",
    "mrs",
    "ms",
    "dr",
    "sir",
    "dame",
    "he",
    "h.e.",
    "h.h.",  # His Highness
    "h.e",  # "H.E Imran Khan", the style written without its last full stop
    "h.h",
    "majesty",  # "His Majesty King Abdullah", "His Royal Highness Prince William", "His Excellency"
    "highness",
    "royal",
    "excellency",
    # Malaysian, Bruneian and Thai styles that precede a name: "Datuk Seri Anwar Ibrahim"
    "datuk",
    "dato",
    "dato'",
    "datin",
    "seri",
    "tun",
    "pehin",
    "khun",
    "rt",  # "the Rt Hon John Key"
    "mdm",  # Singaporean and Malaysian: "Mdm Ngo Phuong Ly"
    "ratu",  # Fijian: "Ratu Inoke Kubuabola"
    "samdech",  # Cambodian: "Samdech Techo Hun Sen"
    "techo",
    "shri",  # Indian styles: "Shri Narendra Modi", "Smt. Meenakashi Lekhi"
    "smt",
    "hon",  # "Hon. Prime Minister X"
    "honorable",  # "Honorable Emomali Rahmon"
    "honourable",
    "seyyed",  # Persian and Arabic styles of a descendant of the Prophet: "Seyyed Abbas Araghchi"
    "seyed",
    "sayyid",
    "ayatollah",  # clerical styles: "Ayatollah Khamenei", "Grand Ayatollah Ali al-Sistani"
    "hojatoleslam",
    "mullah",  # "Mullah Mohammad Hassan Akhund"
    "mawlawi",  # South Asian and Afghan clerical styles: "Mawlawi X", "Maulana Y", "Maulvi Z"
    "maulawi",
    "maulana",
    "mawlana",
    "maulvi",
    "cde",  # Southern African parties' style: "Cde Mnangagwa", "Comrade Mnangagwa"
    "comrade",
}
# "Grand Ayatollah": a word that is a style only before another style (not "Grand Duke")
STYLE_PREFIXES = {"grand"}
# "Sultan Haitham City", "King Fahd Causeway": a known name inside the name of a place or thing
NAMED_AFTER_WORDS = {
    "city",
    "street",
    "road",
    "avenue",
    "port",
    "bridge",
    "square",
    "airport",
    "university",
    "hospital",
    "mosque",
    "stadium",
    "causeway",
    "park",
    "centre",
    "center",
    "hall",
    "prize",
    "award",
}
# "Pushpa Kamal Dahal 'Prachanda'": marks around a nickname
QUOTE_MARKS = {"'", '"', "‘", "’", "“", "”"}
# "King Abdullah", "Emir Tamim": a monarch's title, part of the form a table of people knows
ROYAL_TITLES = {"king", "queen", "emir", "amir", "sultan"}
ROYAL_STYLES = ROYAL_TITLES | {
    "prince",
    "princess",
    "sheikh",
    "sheikha",
    "shaikh",
    "shaikha",
    "crown",
    "emperor",
    "empress",
}
# Titles before a one-word regnal name, which is nobody's given name or surname ("Pope Francis")
REGNAL_TITLES = ROYAL_TITLES | {"pope"}
# Words a known name takes into itself when they stand right before it ("Sheikh Tamim ...",
# "Prince Faisal bin Farhan"), as the model tags them
NAME_STYLES = STYLES | {"prince", "princess"}
# "Sheikh Nawaf Abdulaziz Humoud Al-Jarrah Al-Sabah": styles before long Arabic names the model
# breaks up, each run of name words after one a single person when it has at least this many words
ARABIC_NAME_STYLES = frozenset({"sheikh", "sheik", "sheikha", "shaikh", "shaikha", "prince", "princess"})
STYLED_NAME_MIN_WORDS = 3
# Words before a name that are forms of address, not part of it: styles and offices.
HONORIFICS = STYLES | {
    "emir",
    "king",
    "queen",
    "prince",
    "princess",
    "crown",
    "sultan",
    "first",
    "lady",
    "secstate",  # "SecState Blinken", "SecDef Austin": US officials' abbreviated titles
    "secdef",
    "adm",
    "gen",
    "lt",
    "col",
    "maj",
    "capt",
    "sgt",
    "president",
    "minister",
    "premier",
    "senator",
    "sen",
    "rep",
    "pope",
    "cardinal",
}
# "Mr Zelenskiy", "Dr Tedros": forms of address only a person takes.
ADDRESS_HONORIFICS = {"mr", "mrs", "ms", "dr", "sheikh", "sheik", "shaikh", "he", "cde", "comrade"}
# "Putin May Soon Hold Talks": modal verbs of title-case headlines, taken into a name after a surname.
# "discussed a possible meeting between A and B": a meeting these verbs take as object is a topic.
TOPIC_OF_TALKS_VERBS = {"discuss", "debate", "explore"}
# "they will analyze the dialogue process", "A and B reviewed the peace talks": talks, with no
# counterpart named, that the subject studies, not holds ("discussed the upcoming summit" is one
# they both go to)
STUDYING_VERBS = {"analyze", "analyse", "review", "assess", "evaluate", "examine", "study"}
POSSIBLE_WORDS = {"possible", "likely", "unlikely", "conceivable", "feasible"}  # "a meeting ... is possible"
LIKELY_WORDS = {"possible", "likely"}  # "was possible in the afternoon": on the cards
# "A meeting ... is possible", "talks remain unlikely": verbs that link a meeting to its odds
LINKING_VERBS = {"be", "remain", "seem", "look", "appear"}
# "the possibility of a summit", "the prospect of talks": a meeting weighed, not arranged
PROSPECT_NOUNS = {
    "likelihood",
    "possibility",
    "possibilities",
    "prospect",
    "prospects",
    "idea",
    "option",
    "chance",
    "chances",
}
ASKING_VERBS = {"call", "push", "press", "appeal", "ask"}  # "called for a meeting between A and B"
# "stressed the need for a face-to-face meeting between A and B": a meeting wanted, not held
NEEDING_NOUNS = {"need", "necessity", "urgency", "time", "moment"}  # "the right time for a call would come"
# "briefing the Lok Sabha", "told the Senate": a parliament heard is no side of a meeting.
LEGISLATURE_NAMES = {
    "lok sabha",
    "rajya sabha",
    "parliament",
    "senate",
    "congress",
    "house of commons",
    "house of lords",
    "house of representatives",
    "knesset",
    "duma",
    "state duma",
    "bundestag",
    "national assembly",
    "verkhovna rada",
    "national diet",
    "diet",
    "majlis",
    "sejm",
    "european parliament",
}
# "Prime Minsiter Narendra Modi", "Prime Miniter X": a title misspelt after the word that opens it
# is still a title, no part of the name.
MISSPELT_TITLE_WORDS = {"minister", "president", "secretary"}
TITLE_OPENING_WORDS = {"prime", "vice", "deputy", "foreign", "state"}
MISSPELT_TITLE_MIN_SIMILARITY = 0.8
HYPOTHETICAL_WORDS = {"possible", "potential", "prospective", "eventual", "personal", "direct"}
# "was seen off by X at the airport": a farewell told by a verb and its particle.
FAREWELL_PHRASAL_VERBS = {"see": "off"}
# the words a send-off is told by ("bade farewell", "was seen off")
FAREWELL_WORDS = {"farewell", "send-off", "seen", "saw", "see", "bade", "bid"}
# "the President's plane landed in Tashkent": vehicles that carry a trip's travellers.
CARRIER_NOUNS = {
    "plane", "aircraft", "jet", "airplane", "helicopter", "motorcade", "convoy", "flight", "train",
}  # fmt: skip
VEHICLE_PREPS = {"aboard", "on", "in", "by"}  # "travelling aboard a train with X"
HEADLINE_PRESENCE_MAX_TOKENS = 12  # "Vučić and Kurti in Brussels on Monday": a headline this short
HEADLINE_MODALS = {"may", "will", "could", "should", "might", "must", "can", "would"}
# "Modi Meets Xi", "Trump Says": verbs of title-case headlines that the model takes into a name.
# "Welcoming A, B said": participles opening a sentence, never the first word of a name
OPENING_PARTICIPLES = {
    "welcoming", "receiving", "meeting", "hosting", "greeting", "addressing", "thanking", "visiting",
    "congratulating", "accompanying", "speaking", "calling", "joining",
}  # fmt: skip
HEADLINE_VERBS = {
    "says",
    "said",
    "meets",
    "met",
    "hosts",
    "hosted",
    "holds",
    "held",
    "calls",
    "called",
    "visits",
    "visited",
    "talks",
    "urges",
    "urged",
    "warns",
    "warned",
    "tells",
    "told",
    "vows",
    "slams",
    "arrives",
    "lands",
    "signs",
    "signed",
    "backs",
    "rejects",
    "accepts",
    "welcomes",
    "welcomed",
    "receives",
    "received",
    "discusses",
    "speaks",
    "spoke",
    "phones",
    "seeks",
    "pledges",
    "announces",
    "agrees",
    "agreed",
    "wants",
    "heads",
    "travels",
    "thanks",
    "praises",
    "invites",
    "joins",
    "greets",
    "departs",
    "concludes",
    "attends",
    # "Gorbachev, Bush Confer by Telephone": a headline's verb after two names ('meet', 'hold' and
    # 'discuss' are among the infinitives below)
    "confer",
    "confers",
    "agree",
    "sign",
    "speak",
    "vow",
    "pledge",
    "hail",
    "hails",
    "mull",
    "mulls",
    "weigh",
    "weighs",
    "seek",
    "urge",
    "reaffirm",
    "reaffirms",
    "confirm",  # "Takaichi, Trump Confirm Cooperation"
    "confirms",
    "renew",
    "renews",
    "review",
    "reviews",
    # "President Trump How the Ceasefire Came Together": a question word opens the headline's clause
    "how",
    "why",
    "what",
    "where",
    "who",
    # the infinitives of "Erdogan to Host Putin"
    "host",
    "meet",
    "visit",
    "hold",
    "receive",
    "welcome",
    "discuss",
    "join",
    "to",
    "and",
    "with",
    "in",
    "for",
    "on",
    "at",
    "after",
    "as",
    "vs",
}
# Entity texts that are no name: digits, symbols, page furniture ("Share", "Advertisement").
NAME_JUNK = re.compile(r"[\d@#/\\|+=<>{}\[\]_~^%$]|^\W|^(share|read|click|advertisement)$", re.I)
# "RIYADH (AP) —": a dateline ends at one of these dashes within its first words.
DATELINE_DASHES = {"—", "–", "-", "--"}
DATELINE_MAX_TOKENS = 12
CITY_LINE_MAX_WORDS = 3  # "ANKARA", "NEW DELHI" on a line of their own: a dateline
# A pronoun points to the latest subject among the people of the last few sentences that name one.
PRONOUNS = {"he", "she", "him", "her", "his", "hers"}
# "accompany him during his meeting": the possessive and the object pronoun it follows.
OWN_DELEGATION_PREPS = {"of", "from"}  # "the delegation of Iran": its own
PERSONAL_POSSESSIVES = {"his", "her"}  # "Xi and his delegation": a person's own
ADDRESS_POSSESSIVES = {"his", "her", "their", "your"}  # "Their Majesties", "Your Excellency"
POSSESSIVE_OBJECT_PRONOUNS = {"his": {"him"}, "her": {"her"}}
PRONOUN_LOOKBACK_SENTENCES = 3
# a subject pronoun with no subject in view looks this far back for one before taking any name
PRONOUN_WIDE_LOOKBACK_SENTENCES = 6
# Which persons a pronoun can stand for: "She will hold talks with Modi" after "Jaishankar will call
# on her" is the woman told of before, not the man named last.
PRONOUN_GENDERS = {"she": "f", "her": "f", "hers": "f", "he": "m", "him": "m", "his": "m"}
# Styles right before a name that tell a person's gender ('Sheikh' does not: Sheikh Hasina).
STYLE_GENDERS = {
    "mrs": "f", "ms": "f", "miss": "f", "madam": "f", "madame": "f", "mdm": "f", "dame": "f", "queen": "f",
    "princess": "f", "sheikha": "f", "lady": "f", "baroness": "f", "duchess": "f", "empress": "f",
    "mr": "m", "sir": "m", "king": "m", "prince": "m", "emir": "m", "sultan": "m", "lord": "m",
    "duke": "m", "emperor": "m", "wife": "f", "husband": "m", "widow": "f",
}  # fmt: skip
# "I", "my" in a quotation stand for its speaker.
FIRST_PERSON = {"i", "my", "me"}
# Object pronouns ("X hosted him"), which never mean the subject of their own clause.
OBJECT_DEPS = {"dobj", "obj", "dative", "iobj", "pobj"}
# Phrases opening a sentence ("After his talks with X, Y said"), whose pronoun means the subject after.
OPENING_DEPS = {"prep", "advcl", "npadvmod"}
# Clauses whose subject is not the one a later pronoun most likely means.
SUBORDINATE_DEPS = {"advcl", "relcl", "ccomp", "acl", "pcomp", "xcomp", "csubj", "parataxis"}
# "the two leaders", "the two ministers": a reference to the two people last named together.
PAIR_NOUNS = {
    "men",
    "women",
    "leaders",
    "ministers",
    "presidents",
    "officers",
    "officials",
    "envoys",
    "diplomats",
    "generals",
    "commanders",
    "chiefs",
    "heads",
    "negotiators",
    "premiers",
    "counterparts",
    "principals",
    "delegations",  # "both delegations will meet again": the two sides of the meeting just told
    "sides",  # "in a phone conversation with X, the two sides reviewed ties"
}
# "the two sides" may be countries or groups named together since the pair of people was
PARTY_PAIR_NOUNS = {"sides", "parties"}
PARTY_LABELS = {"GPE", "NORP", "ORG"}
# "the visitor", "the guest", "the visiting dignitary", "the statesman was welcomed by X": the person
# the text last told travelling.
VISITOR_NOUNS = {"visitor", "guest", "dignitary", "statesman", "stateswoman"}
# "The visitors were greeted at the station by X": everyone of the visit told just before.
PLURAL_VISITOR_NOUNS = {"visitors", "guests", "dignitaries"}
# "received by A on behalf of B", "in the absence of B", "instead of B": B is named, not present
STAND_IN_WORDS = {"behalf", "absence", "instead"}
# "He was received at the airport by X": the pronoun that stands for the traveller received
GUEST_PRONOUNS = {"he", "she"}
GUEST_OBJECT_PRONOUNS = {"him", "her"}  # "A and B will call on him"
RECEPTION_VERBS = {"receive", "welcome", "greet", "meet"}
# "X welcomed Y at the airport. He arrived early": the host of a welcome does not arrive at it
WELCOMING_HOST_VERBS = {"receive", "welcome", "greet"}
WELCOME_LOOKBACK_SENTENCES = 2  # "... but he arrived early" may be a sentence of its own
HOST_AND_GUEST_VERBS = RECEPTION_VERBS | HOSTING_VISIT_VERBS  # "A received B", "A hosted B": host and guest
MET_OBJECT_VERBS = HOST_AND_GUEST_VERBS | {"meet"}  # "A is due to meet B. The two leaders ..."
# "A, together with B, arrived": the words a companion's 'with' hangs from.
TOGETHER_WORDS = {"together", "along"}
SIDE_BY_SIDE_PREPS = {"alongside"}  # "is in Kyiv alongside A and B": companions of the visit
VISITING_MODIFIERS = {"visiting"}
PAIR_COLLECTIVE_NOUNS = {"pair", "duo"}  # "the pair is set to meet X": the two just named
# "The two last met in June", "the two first met": words the model may take for the subject
ORDER_ADVERBS = {"last", "first"}
PAIR_DETERMINERS = {"both"}  # "both men", "both leaders": the pair as 'the two' does
# "his Iranian counterpart", "the Indian leader": a reference by country that fits any title.
COUNTERPART_NOUNS = {"counterpart", "counterparts", "colleague", "colleagues", "leader", "head", "statesman"}
PLURAL_COUNTERPART_NOUNS = {"counterparts", "colleagues"}  # "his counterparts from A, B and C"
SINGLE_COUNTERPART_NOUNS = {"counterpart", "colleague"}  # "his Greek counterpart", never named
# "the foreign ministers of A and B": offices a country has one holder of, labelled one per country
ONE_HOLDER_OFFICES = {"foreign minister", "defence minister", "prime minister", "president", "vice president"}
GLUED_STOP_MIN_LETTERS = 3  # "peoples.During": a word before the glued full stop, not an initial
COUNTRY_NAME_MAX_WORDS = 4  # "Bosnia and Herzegovina", "Saint Kitts and Nevis": a country's words
PAIR_LOOKBACK_SENTENCES = 4  # how far back the pair may have been named
# "The ministers also met C" right after two ministers were named: the pair, told in the sentence before
BARE_PAIR_NOUNS = {"ministers", "leaders", "presidents", "premiers"}
PAIR_COUNTRY_NOUNS = {"countries", "nations", "states"}  # "the leaders of the two countries": a pair
BARE_PAIR_LOOKBACK_SENTENCES = 1
# "European foreign ministers met ...": a plural title standing for the people last listed.
GROUP_REFERENCE_NOUNS = {
    "leaders",
    "ministers",
    "diplomats",
    "envoys",
    "negotiators",
    "presidents",
    "premiers",
}
# "with that of Guyana, Irfaan Ali": a pronoun standing for the office just named
OFFICE_PRONOUNS = {"that", "those"}
# "These men met ...": a plural with a demonstrative pointing back at the people just listed
DEMONSTRATIVE_GROUP_NOUNS = {"men", "women", "officials", "people", "figures", *GROUP_REFERENCE_NOUNS}
DEMONSTRATIVES = {"these", "those"}
# "his wife Sara": a spouse named by a given name alone bears the other's surname
SPOUSE_WORDS = {"wife", "husband", "spouse"}
# "Vance, with his wife Usha Vance": a relative introduced as such is not who the bare surname means
RELATIVE_WORDS = SPOUSE_WORDS | {"son", "daughter", "brother", "sister", "father", "mother", "widow"}
SPOUSE_TITLES = {("first", "lady"), ("first", "gentleman")}  # "first lady Melania Trump"
DESCRIBED_NAME_MAX_STEPS = 3  # "his counterpart from Laos, A": steps from the name up to the counterpart
RELATIVE_APPOSITION_WINDOW = 6  # "A, the president's sister,": words of the apposition read
GROUP_REFERENCE_MIN_PEOPLE = 3  # two are "the two leaders", resolved as a pair
# "the four leaders met": how many people a numbered group reference stands for
GROUP_SIZES = {"three": 3, "four": 4, "five": 5, "six": 6, "3": 3, "4": 4, "5": 5, "6": 6}
# "the four European leaders": a continent the people a counted group stands for are all from
# (GeoNames continent codes)
CONTINENT_ADJECTIVES = {"european": "EU", "african": "AF", "asian": "AS"}
# "Two top ASEAN officials met ...", named in a list only after: how many a counted group is
COUNTED_GROUP_SIZES = {"two": 2, **GROUP_SIZES}
PLURAL_PRONOUNS = {"they", "them", "their"}
# "talks with each of the two leaders", "met both of them": the people of the 'of' phrase.
QUANTIFIER_PRONOUNS = {"each", "both", "all", "either"}
PLURAL_PRONOUN_MAX_SENTENCES = 1  # "they" stands for the pair named in this or the last sentence
HANDLE_MIN_CHARS = 4  # '@ZelenskyyUa': a handle, and a surname found in one, at least this long
NAME_EXTENSION_MAX_TOKENS = 4  # name words the model left out after a PERSON entity
SUBJECT_NAME_MAX_STEPS = 4  # from a name up through its title to the subject it is part of
# "Hamdan bin Mohamed": a father's name follows; a style word right before one is the given name
# ("Prince Sultan bin Salman").
PATRONYMIC_PARTICLES = {"bin", "ibn", "bint", "ben"}
# "Mohamed bin Zayed Al Nahyan": the word that opens a Gulf family's name after the patronymic
FAMILY_PREFIXES = {"al", "aal"}  # and a word opening with "al-" ("Al-Thani")
LEADING_NAME_MIN_MENTIONS = 1  # a given name two people share stands for the one named more often before it
MISSPELLED_NAME_MIN_LENGTH = 5  # surnames this long may be misspelled a letter or two off ...
CUT_SURNAME_MIN_LENGTH = 4  # "Felix Tshi": a surname cut off this long, after the same given name
MISSPELLED_NAME_MIN_RATIO = 0.85  # ... when this alike ('Witkoff' ~ 'Whitkoff')
MISSPELLED_GROUP_NAME_MIN_LENGTH = 8  # ... and, this long, even when tagged a group ('Mitsitakis')
MISSPELLED_NAME_SAME_GIVEN_RATIO = 0.75  # ... or this alike after the same given name ('Afwerki')
MISSPELLED_GIVEN_NAME_MIN_LENGTH = 4  # 'Bidhya' ~ 'Bidya' beside the same middle and family names
LIST_PART_MAX_TOKENS = 8  # "; Foreign Affairs and Cooperation, B": a portfolio's words before its minister
TITLE_REFERENCE_MAX_TOKENS = 4  # "the prime minister": a title reference this short
# "deputy prime minister" is no "prime minister": a title reference must carry the same of these.
# "under secretary of defense", "shadow foreign secretary": other offices than the title after them
TITLE_QUALIFIERS = {"deputy", "vice", "former", "acting", "ex", "assistant", "interim", "under", "shadow"}
DATELINE_MAX_START = 2  # "AMMAN -", "(Reuters) NAIROBI -": a capitalised city among the first words
# "Nepali Ambassador to China", "Minister for Foreign Affairs": words linking a title's parts
TITLE_LINKS = ("of", "to", "for")
COUNTRY_TITLE_LINKS = {"of", "for"}  # "the Emir of Qatar, X", "the envoy for Cyprus, X"
# Last words of a gathering's name the model may tag as a place ("the Crimean Platform")
GATHERING_NAME_WORDS = {"platform", "forum", "dialogue", "summit", "conference", "initiative", "format"}
# "participated in the East Asia Forum and the Association of Southeast Asian Nations": bodies and
# gatherings a visitor took part in, held somewhere the name does not tell
BODY_NAME_WORDS = GATHERING_NAME_WORDS | BLOC_NAME_WORDS | {"association", "nations", "community", "alliance"}
# "the India-US Bilateral Trade Agreement", "the Abraham Accords" tagged as places: documents,
# held nowhere
DOCUMENT_NAME_WORDS = {
    "agreement",
    "agreements",
    "accord",
    "accords",
    "treaty",
    "pact",
    "declaration",
    "charter",
}
# "the Astana format", "the Steinmeier formula", "the Minsk agreements": a place naming a way of
# talking or a document, not where anything is held
NAMED_AFTER_PLACE_NOUNS = {"format", "formula"} | DOCUMENT_NAME_WORDS
NOUN_MODIFIER_DEPS = ("amod", "compound", "nmod")  # the words before a noun that say whose it is
# "A and B, who both arrived": words telling a verb is said of each of several
EACH_OF_SEVERAL_WORDS = {"both", "all", "each"}
VERB_HELPER_DEPS = {"aux", "auxpass", "neg"}  # "X has touched down": the words between a name and its verb
TIME_ENTITY_LABELS = {"DATE", "TIME"}  # "X, today, who is on a visit": words between a name and its clause
RELATIVE_PRONOUNS = {"which", "that", "who"}  # the subject of a relative clause stands for its noun
PERSONAL_RELATIVE_PRONOUNS = {"who", "whom"}  # "Putin, whom Xi met": the object stands for its noun
# "the President of the Republic": an 'of' phrase that names the state the title serves
STATE_WORDS = {"republic", "country", "nation", "state", "federation", "kingdom", "union"}
# "released footage of X meeting with Y": pictures whose subject is who the participle tells of
DEPICTION_NOUNS = {"footage", "photo", "photograph", "picture", "image", "video", "clip"}
GOVERNMENT_WORDS = {"government", "cabinet"}  # "the head of the Italian government"
# "talks with the Sudanese government": a country's side of talks
GOVERNMENT_SIDE_NOUNS = {"government", "administration"}
# "Thai and Cambodian leaders": the offices a country's leader holds
LEADER_NOUNS = {"leaders", "leader"}
LEADER_OFFICES = {"president", "prime minister", "king", "emir", "sultan", "chancellor", "head of state"}
# "Kremlin spokesman Dmitry Peskov": roles that tell of meetings others held
SPOKESPERSON_WORDS = {"spokes", "press secretary", "communications director"}
MEETING_WITH_PREPS = {"with"}  # "talks with the Russians": whom a meeting noun is with
LEADER_NOUNS_SINGULAR = {"leader", "head"}  # "the leaders of four countries": heads of state or government
REGNAL_NUMERAL = re.compile(r"[IVX]+")  # "Charles III", "Felipe VI": a monarch's number, no surname
# "Presidents A of X, B of Y and C of Z arrived": the words a roll of titled names is made of
# "the summit is attended by A and B": they came to it from abroad
ATTENDED_GATHERING_VERBS = {"attend"}
PLACED_MEETING_NOUNS = {"meeting", "talk"}  # "attended a special meeting in Putrajaya"
# "left Abuja for Lagos" tagged as one place: the words that join two places in it
PLACE_SPLITTING_WORDS = {"for", "to", "from"}
# "on Tuesday (November 19)": how far after a weekday its date may be told
RESTATED_DATE_MAX_TOKENS = 4
NOT_CALLING_PARTICLES = {"out", "off"}  # "called out X" criticised him; "called off" cancelled
# "Also arriving in Cairo on Tuesday were A and B": the words that may open an inverted arrival
INVERTED_ARRIVAL_OPENERS = {"also", "then", "later", "first", "now", "meanwhile", ","}
TITLED_NAME_MAX_TOKENS = 6  # "Qatari Prime Minister Sheikh Mohammed bin ...": title words before a name
# "US Secretary of State", "Hamas negotiator": the entity labels of a title phrase's words
TITLE_PHRASE_LABELS = {"", "NORP", "PERSON", "GPE", "ORG"}
ROLL_LINK_WORDS = {"of", "and", "'s", "’s", "the"}
ROLL_MIN_TOKENS = 6
SENTENCE_END_MARKS = {".", "!", "?"}
ROLL_MIN_PEOPLE = 3  # 'accompanied by A, B and C': a roll worth reading whole
# "IWAYA Takeshi": a surname in capitals, long enough not to be an acronym before a name ("UN", "EU")
CAPITALISED_SURNAME_MIN = 3
JAPAN_WORDS = {"japan", "japanese", "tokyo"}
ASSENTING_VERBS = {"agree", "consent"}  # "agreed to a visit": a visit to come
MIDDLE_INITIAL = re.compile(r"[A-Z]\.")  # "Antony J. Blinken"
# "Umierov" ~ "Umerov": a surname the table spells another way, this close to the common one
SURNAME_SPELLING_MIN_RATIO = 0.8
NAME_SUFFIXES = {"jr", "sr", "junior", "senior", "ii", "iii", "iv"}  # "Donald Trump Jr.": a name that goes on
# "Malcolm Turnbull MP": letters after a name that are a post or an honour, not part of it
POSTNOMINALS = {"mp", "mla", "mep", "mhk", "qc", "kc", "obe", "mbe", "cbe", "kbe", "gcmg"}
