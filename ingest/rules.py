"""Trigger words and their meaning for the event rules: data, applied by `ingest/events/`."""

from __future__ import annotations

# Verbs that state a meeting, with their CAMEO code (GDELT/Phoenix) and the role of the
# subject. "hold"/"have" count only with a meeting noun as object ("held talks").
MEETING_VERBS = {
    "meet": ("040", "participant"),
    "confer": ("040", "participant"),
    "consult": ("040", "participant"),
    "talk": ("040", "participant"),
    "speak": ("040", "participant"),
    "negotiate": ("046", "participant"),
    "host": ("043", "host"),
    "receive": ("043", "host"),
    "welcome": ("043", "host"),
    "greet": ("043", "host"),
    "call": ("041", "participant"),
    "phone": ("041", "participant"),
    "telephone": ("041", "participant"),
    "dial": ("041", "participant"),
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
}
# "co-chaired", "co-host": spaCy splits these at the hyphen and the parse around them breaks,
# so `events.meetings.co_hosted_meeting` reads them from the word order.
CO_HOSTING_VERBS = {"chair", "host", "convene", "organise", "organize"}
LIGHT_VERBS = {
    "hold",
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
}
MEETING_NOUNS = {
    "meeting",
    "meetings",
    "talks",
    "talk",
    "call",
    "calls",
    "conversation",
    "summit",
    "discussion",
    "discussions",
    "conference",
    "negotiations",
    "consultations",
    "session",
    "bilateral",
    "audience",
    "sit-down",
    "encounter",
    "ceremony",
    "gathering",
    "dinner",
    "lunch",
    "breakfast",
}
# "a summit of EU leaders", "a meeting of NATO defence ministers": the group in the 'of'
# phrase takes part.
MEMBERSHIP_NOUNS = {"summit", "meeting", "gathering", "conference", "session"}
# "held separate talks with A and B": one meeting with each.
SEPARATE_WORDS = {"separate", "individual"}
# "A and B will speak again": a conversation between the subjects, with no object named.
RECIPROCAL_ADVERBS = {"again"}
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
CO_PRESENCE_PREPS = {"beside", "alongside", "next"}

# "The Ukrainian delegation was led by X, accompanied by Y": a side of an earlier meeting, named.
LEADING_VERBS = {"lead", "head"}
ACCOMPANYING_VERBS = {"accompany", "join"}
SIDE_NOUNS = {"side", "team", "delegation", "delegations", "negotiators", "officials", "camp"}
# A delegation is an organisation in its own right and stays a participant once its members are
# named; "US officials" or "the US team" is just the people named.
DELEGATION_NOUNS = {"delegation", "delegations"}

VISIT_VERBS = {
    "visit": "042",
    "arrive": "042",
    "travel": "042",
    "fly": "042",
    "land": "042",
    "tour": "042",
    "head": "042",
    "jet": "042",
}
VISIT_NOUNS = {"visit", "trip", "arrival", "tour", "journey", "stopover", "voyage"}
VISIT_PREPS = {"to", "in", "at", "into"}
# "He is due in Brussels on Thursday", "she is expected in Cairo": a planned arrival.
ARRIVAL_PREDICATES = {"due", "expected"}

# Words around a trigger that change its status or cancel it.
# Wishes and readiness are not plans: "ready to meet", "would like to visit" give no event.
NONCOMMITTAL_GOVERNORS = {
    "willing",
    "ready",
    "prepared",
    "open",
    "happy",
    "keen",
    "eager",
    "like",
    "want",
    "hope",
    "wish",
    "seek",
    "try",
    "invite",
    "offer",
    "urge",
    "ask",
}
PLANNED_GOVERNORS = {
    "set",
    "expect",
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
# "Talks are expected to begin", "the meeting is due to take place": a scheduled event as subject.
SCHEDULING_GOVERNORS = {"set", "expect", "plan", "schedule", "due", "slate"}
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
}
FUTURE_AUX = {"will", "shall", "'ll", "wo"}
HYPOTHETICAL_AUX = {"could", "might", "may", "should", "must", "can"}
NEGATING_GOVERNORS = {
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
# A clause opened by these happens on the day of the clause it hangs from
# ("talks were downgraded on Wednesday after he pulled out of the meeting").
SAME_OCCASION_MARKS = {"after", "as", "when", "while"}
# "During the trip, he met X", "proposed a truce at the talks": a told occasion, by reference.
OCCASION_PREPS = {"during", "at"}
SIDELINE_WORDS = {"sidelines", "sideline", "margins", "margin"}
# Dependencies that open a clause of its own, with its own time.
CLAUSE_DEPS = {"relcl", "advcl", "ccomp", "xcomp", "acl", "conj", "pcomp", "csubj", "parataxis"}
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
    "note",
}

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
}
# Only these words make a sentence about a ceasefire on their own; the others above need one of
# these in the sentence or "phase"/"stage" (they help attach triggers to the ceasefire).
CEASEFIRE_CORE = {"ceasefire", "ceasefires", "cease-fire", "truce", "truces", "armistice", "cessation"}
PHASE_WORDS = {"phase", "stage"}

# Milestone trigger lemmas, in order of precedence, with their CAMEO codes. CAMEO has no
# exact code for some milestones; the nearest is used and noted.
MILESTONE_TRIGGERS = {
    "violated": ({"violate", "violation", "breach", "break"}, "1041"),  # nearest: demand/violation
    "collapsed": ({"collapse", "unravel", "crumble", "shatter", "falter"}, "0871"),
    "ended": ({"end", "expire", "conclude", "lapse", "complete", "wrap"}, "0871"),
    "took_effect": ({"effect", "force", "hold"}, "0871"),
    "began": (
        {
            "begin",
            "start",
            "launch",
            "commence",
            "enter",
            "kick",
            "move",
            "implement",
            "underway",
            "proceed",
            "usher",
        },
        "0871",
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
        },
        "046",
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
        },
        "0871",
    ),
    "proposed": (
        {"propose", "proposal", "offer", "unveil", "suggest", "present", "draft", "table", "put"},
        "036",
    ),
}
# Milestone triggers are verbs, except these nouns ("violations of the truce", "talks on phase two").
MILESTONE_NOUNS = {
    "violation",
    "violations",
    "breach",
    "breaches",
    "proposal",
    "talks",
    "negotiations",
    "discussions",
    "collapse",
    "effect",
    "force",
    "underway",
}
EFFECT_VERBS = {"take", "come", "go", "enter", "remain", "be"}  # "take effect", "come into force"
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
