"""English language data for the extractor: prepositions, light verbs, titles, demonyms, modality cues.

The relation lexicon itself (warn -> warns) lives in ontologies/kg.ttl; this module holds the grammar.
"""

# Prepositions that introduce the target of a verb: warned China against, protested to Japan, sanctions on
TARGET_PREPS = frozenset({"to", "on", "against", "at", "toward", "towards", "over", "upon"})
# An envoy's posting is not whom they act for: the ambassador to Japan, an envoy for Lebanon
ENVOY_NOUNS = frozenset({"envoy", "ambassador", "representative", "emissary", "special envoy", "coordinator",
                         "high commissioner", "consul general"})  # (Chile's consul general in La Paz)
# Verbs of heading a body: whoever heads one acts for it (Kuan Bi-ling, who heads the Ocean Affairs Council)
HEADING_VERBS = frozenset({"head", "lead", "chair", "run"})
# Verbs of sending someone: an official with no country whom a country sends is its own (China sent Vice Foreign
# Minister Sun Weidong)
SENDING_VERBS = frozenset({"send", "dispatch"})
# Titles of two words, the first of which is no title alone (a Commonwealth country's envoy is its high commissioner)
# (Kenya's Trade Cabinet Secretary Lee Kinyanjui, Chief Cabinet Secretary Minoru Kihara: a minister's title, no body)
TWO_WORD_ROLES = frozenset({"high commissioner", "cabinet secretary", "consul general"})
POSTING_PREPS = frozenset({"to", "for", "in", "at"})
# "the four countries", "his three counterparts": a counted group stands for the last coordination of that many
GROUP_NOUNS = frozenset({"country", "government", "nation", "minister", "leader", "counterpart", "ally", "member",
                         "signatory"})
# Offices "the two ..." may name (the two foreign ministers, both presidents): the last people given that office
OFFICE_NOUNS = frozenset({"minister", "president", "premier", "chancellor"})
# (the three signatories: the countries last named together)
COUNTRY_GROUP_NOUNS = frozenset({"country", "government", "nation", "ally", "member", "signatory"})
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
# X-drafted, X-led, X-backed: the author of a thing written into an adjective
AUTHORED_SUFFIXES = ("drafted", "led", "backed", "sponsored", "proposed", "brokered", "made", "built")
# Participles of backing written onto the backer (Iran-backed Hezbollah): the backer supports whom they modify
BACKING_PARTICIPLES = frozenset({"back", "sponsor", "fund", "arm", "support"})
# Agreeing to do something together is cooperation (agreed to expand patrols), unless what is agreed is a
# meeting or talks, which are their own relation
AGREEING_VERBS = frozenset({"agree"})
# Verbs that receive a visitor when their object is a person and a place is named (welcomed X in Riyadh)
RECEIVING_VERBS = frozenset({"welcome", "receive"})
# Verbs of bringing a matter somewhere: their to-phrase is a venue (take the case to the ICJ, refer it to the WTO)
BRINGING_VERBS = frozenset({"take", "bring", "refer", "submit", "escalate"})
# Prepositions that aim an act at someone, wherever in a clause they stand (act with full force against X)
AIMED_PREPS = frozenset({"against", "on", "at"})
PARTNER_PREPS = frozenset({"with", "alongside"})
# The parties of an event named by a preposition (talks between Egypt and Ethiopia, negotiations among ...)
PARTIES_PREPS = frozenset({"between", "among", "amongst"})
# Nouns of a stage of an event: held a third round of talks, the resumption of negotiations
STAGE_NOUNS = frozenset({"round", "series", "resumption", "start", "launch", "collapse", "breakdown", "end", "part",
                         "message", "expression", "gesture", "show", "statement",
                         # (gave a pledge of continued support to Ukraine: the pledge carries the support)
                         "pledge", "promise", "offer", "assurance", "assurances"})  # (sent a message of solidarity)
# Things said or written that say something of their own: their issuer is the subject of a clause on them
# (issued a statement expressing solidarity with Denmark)
STATEMENT_NOUNS = frozenset({"statement", "message", "letter", "note", "communique", "communiqué", "declaration"})
# Texts that say something of their own, and the verbs that issue them: what a motion passed or a resolution
# adopted says, its issuer says (not a statement someone blocked)
TEXT_NOUNS = STATEMENT_NOUNS | {"motion", "resolution"}
ISSUING_VERBS = frozenset({"pass", "adopt", "issue", "release", "publish", "sign", "send", "approve", "table"})
# Where a visit goes: arrived in Manila, traveled to Beirut
PLACE_PREPS = frozenset({"in", "to", "into"})
# Prepositions that carry the object of a nominal event: support for Russia, invasion of Ukraine
NOMINAL_OBJECT_PREPS = frozenset({"for", "of", "to", "on", "against", "toward", "towards", "into", "with"})
# Phrasal verbs: the particle or preposition that makes the verb a relation (called on Beijing to)
PHRASAL = {("call", "on"): "requests", ("call", "upon"): "requests", ("lash", "out"): "criticizes",
           ("hit", "out"): "criticizes",
           ("hit", "back"): "criticizes",  # (hit back at Seoul over the drills: a reply in words, unless with arms)
           ("crack", "down"): "attacks", ("push", "back"): "opposes", ("side", "with"): "supports",
           ("stand", "with"): "supports", ("stand", "by"): "supports", ("sit", "down"): "negotiatesWith", ("talk", "with"): "negotiatesWith",
           ("turn", "down"): "rejects",  # (turned down Mexico's request)
           # a vote cast on a text is a stance on its author (voted against the Cuban-sponsored text)
           ("vote", "against"): "opposes",
           ("brush", "off"): "rejects", ("brush", "aside"): "rejects", ("shrug", "off"): "rejects",  # (brushed off criticism)
           # working together: kept working with Washington, teamed up with, partnered with
           ("work", "with"): "cooperatesWith", ("team", "with"): "cooperatesWith",
           ("partner", "with"): "cooperatesWith", ("join", "with"): "cooperatesWith",
           # fighting on the same side: Eritrean troops fought alongside Ethiopian forces
           ("fight", "alongside"): "cooperatesWith", ("battle", "alongside"): "cooperatesWith",
           ("operate", "alongside"): "cooperatesWith", ("serve", "alongside"): "cooperatesWith",
           ("work", "alongside"): "cooperatesWith",
           # weapons aimed at someone: fired rockets at a post in northern Israel, launched missiles at Kyiv
           ("fire", "at"): "attacks", ("fire", "on"): "attacks", ("fire", "into"): "attacks",
           ("launch", "at"): "attacks", ("launch", "against"): "attacks", ("launch", "into"): "attacks",
           # (fired rockets toward northern Israel: aimed that way, whether or not they hit)
           ("fire", "toward"): "attacks", ("fire", "towards"): "attacks", ("launch", "toward"): "attacks",
           ("launch", "towards"): "attacks"}
# Putting someone on a blacklist sanctions them (added 23 Chinese firms to its export blacklist, to the Entity List)
LISTING_VERBS = frozenset({"add", "put", "place"})
BLACKLISTS = frozenset({"blacklist", "blacklists"})
# Naming someone a terrorist group is a measure against them (designated the group as a terrorist organisation)
DESIGNATING_VERBS = frozenset({"designate", "list", "classify", "brand", "declare"})
TERROR_WORDS = frozenset({"terrorist", "terror"})
BLACKLIST_KINDS = frozenset({"entity", "sanctions", "sanction", "export", "trade", "terrorist", "terror"})
# Numbers of the "Group of" names written in figures (the Group of 20 is the Group of Twenty)
GROUP_NUMBERS = {"7": "Seven", "8": "Eight", "20": "Twenty", "77": "77"}
# Throwing one's weight behind someone backs them (threw its weight behind Denmark, put its support behind the bid)
BACKING_VERBS = frozenset({"throw", "put"})
BACKING_NOUNS = frozenset({"weight", "support", "backing"})
# Standing behind someone firmly backs them (stood "fully behind" the plan; not stood behind Zelensky in a room)
FIRMLY = frozenset({"fully", "firmly", "squarely", "solidly", "completely", "resolutely", "unequivocally", "firm",
                    "strongly", "unanimously", "wholeheartedly", "foursquare", "four-square"})
# Nouns of standing together whose "with" names the side stood with (stood shoulder to shoulder with Riga)
SIDE_BY_SIDE = frozenset({"shoulder", "side"})
# What makes a war or an offensive no armed attack (a trade war, a charm offensive)
NON_VIOLENT = frozenset({"trade", "tariff", "price", "currency", "cold", "information", "propaganda", "word",
                         "culture", "charm", "diplomatic", "legal", "media", "cyber"})
# Nouns of an amount that carry the event they are made of (a package of military aid)
AMOUNT_NOUNS = frozenset({"package", "tranche", "batch", "shipment", "billion", "million"})
# Trade measures against a country are sanctions (export controls, import bans, trade restrictions)
TRADE_MEASURES = frozenset({"control", "ban", "restriction", "curb", "limit", "duty", "measure"})
TRADE_WORDS = frozenset({"export", "import", "trade", "investment", "anti-dumping", "punitive",
                         "visa", "travel", "entry",  # (visa bans on officials are sanctions on their country)
                         "economic", "retaliatory"})  # (ruled out any economic measures against Bolivia)
DIPLOMAT_NOUNS = frozenset({"diplomat", "chargé", "charge", "attaché", "consul", "envoys", "ambassadors",
                            "d'affaires", "d'affaire"})  # (the French charge d'affaires: the parser heads it on d'affaires)
# Verbs of answering an act: who will respond or retaliate, in a warning, is the warner's own side
RESPONDING_VERBS = frozenset({"respond", "retaliate", "react", "reply", "answer"})
# Whom a warning of a response that names no one is aimed at: the side the article set against the warner's (resolved
# when linked, from the relations before)
OTHER_SIDE = "the other side"
# "Our ally" in what a side says (Washington "stands firmly with our ally"): the side the article sets most against
# the one the speaker's side is set against (resolved when linked)
OUR_ALLY = "our ally"
ALLY_NOUNS = frozenset({"ally", "partner"})
# Verbs of a measure staying in place (the crossing would stay shut until ..., the levy will remain until ...)
LASTING_VERBS = frozenset({"stay", "remain"})
# Paying for something (funded programmes in both countries): supports whoever it is paid for, or where
FUNDING_VERBS = frozenset({"fund", "finance", "bankroll"})
# Vowing a response threatens it (Moscow vows response, vowed retaliation, pledged to retaliate)
VOWING_VERBS = frozenset({"vow", "pledge", "promise"})
RESPONSE_NOUNS = frozenset({"response", "retaliation", "revenge", "reprisal", "reprisals", "countermeasure",
                            "countermeasures", "retribution"})
# Hostile measures a threat may name as its object (threatened sanctions against Russia, legal action against
# Moscow, a WTO case over the EU's law): the threat is aimed at whom the measure is
THREATENED_MEASURES = frozenset({"sanction", "sanctions", "action", "measure", "measures", "tariff", "tariffs",
                                 "case", "complaint", "lawsuit", "strike", "strikes", "embargo", "boycott"})
# Measures an event noun names the kind of (a sanctions package, an aid plan): theirs are its owner and target
MEASURE_NOUNS = frozenset({"package", "plan", "programme", "program", "regime", "measure", "measures", "deal",
                           "bill", "mission"})
PLAN_NOUNS = frozenset({"plan", "bill", "proposal", "programme", "program"})
BLOCKING_VERBS = frozenset({"block", "veto", "reject", "oppose", "delay", "stall", "withdraw", "scrap"})
# Verbs of mediating: the parties of the mediated talks talk with each other
MEDIATING_VERBS = frozenset({"mediate", "broker", "facilitate"})
# Joint exercises and patrols are cooperation between whoever holds them (U.S. and Philippine forces held joint
# drills)
EXERCISE_NOUNS = frozenset({"drill", "drills", "exercise", "exercises", "patrol", "patrols", "maneuver",
                            "maneuvers", "manoeuvres", "operation", "operations",
                            "mission", "missions"})  # (joint surveillance missions with the coast guard)
JOINT_WORDS = frozenset({"joint", "combined", "trilateral", "bilateral"})
# Weapons stand for whoever fires them (Ukrainian drones hit, Russia's missiles struck: the country)
WEAPON_NOUNS = frozenset({"drone", "drones", "missile", "missiles", "rocket", "rockets", "warplane", "warplanes",
                          "jet", "jets", "artillery", "shell", "shells", "bomber", "bombers"})
# Nouns of a standing backer, which back whom they are of when said of someone (is a close ally of Dodik; not in
# apposition, "Turkey, a close ally of Mogadishu", which the gold sets leave as a description)
ALLY_NOUNS = frozenset({"ally", "supporter", "backer", "patron", "champion"})
# Verbs that say a noun of their subject (is, remains, has become a close ally), and those that say it with "as" (has
# emerged as a key backer)
LINKING_VERBS = frozenset({"be", "remain", "become", "stay"})
AS_LINKING_VERBS = frozenset({"emerge", "serve", "act", "remain", "stand"})
# Clashes fought by both sides (Indian troops clashed with Chinese soldiers)
CLASH_VERBS = frozenset({"clash", "skirmish"})
# Manners of a clash fought in words, not arms (clashed publicly, verbally, openly over the budget)
WORDED_MANNERS = frozenset({"publicly", "verbally", "openly", "politically", "diplomatically"})
# Restricting trade flows is a sanction against whose goods they are (suspended imports of Japanese seafood)
RESTRICTING_VERBS = frozenset({"suspend", "ban", "halt", "restrict", "curb", "block", "stop", "freeze", "seize", "bar"})
# (and visa-free travel or access for someone's citizens: suspending it sanctions their country)
TRAVEL_RIGHTS = frozenset({"travel", "access", "entry"})
# Participles of trade whose from- or to-phrase says where goods came from or went (cars imported from the EU)
TRADING_VERBS = frozenset({"import", "ship", "export", "source", "sell"})
TRADE_FLOWS = frozenset({"import", "imports", "export", "exports", "shipment", "shipments", "trade", "purchase", "loading",
                         "transit",
                         "purchases",
                         # (suspended all direct flights from Kenya: air links to a country are a flow too)
                         "flight", "flights"})
# Nouns of an intention that "no" denies (had no plans to meet, no intention of attacking)
INTENT_NOUNS = frozenset({"plan", "intention", "desire", "interest", "wish"})
# Nouns of an attempt still under way: what they are to do has not happened (launched a procedure to suspend,
# made a bid to join): its holder does it, hedged
ATTEMPT_NOUNS = frozenset({"procedure", "process", "bid"})
# Nouns of a course of action held to (pursued a policy of building ties): its holder does what it is of
POLICY_NOUNS = frozenset({"policy", "strategy", "practice"})
# Verbs that raise their passive subject to the verb under them (are expected to announce, is set to resume)
RAISING_VERBS = frozenset({"expect", "set", "schedule", "due", "slate", "poise", "supposed",
                           # and of what is only believed or said of the subject (Israel is believed to have carried
                           # out the attack, China is suspected of hacking, is said to have sent troops)
                           "believe", "suspect", "say", "report", "think", "allege", "understand", "rumor", "rumour"})
# Verbs of seeming: what is said to appear so is not asserted (Russia appears to have launched an offensive)
SEEMING_VERBS = frozenset({"appear", "seem"})
# Closing a border or airspace to a country is a sanction against it
CLOSING_VERBS = frozenset({"close", "shut", "seal"})
# A body shutting a member state out sanctions it (suspended Chad from its activities; expelled Russia from the council)
SUSPENDING_VERBS = frozenset({"suspend", "expel"})
CLOSED_THINGS = frozenset({"border", "borders", "airspace", "port", "ports", "crossing", "crossings", "embassy"})
# Relations whose event noun takes what it is about with "over" (regret over China's decision, a protest over
# the incursion): the owner of that is the target
OVER_TAKING = frozenset({"criticizes", "protests", "accuses", "praises", "opposes", "warns"})
# Relations whose verb takes its target with "to" (protested to Japan, appealed to the UN, went to Beijing)
TO_TAKING = frozenset({"protests", "requests", "demands", "warns", "threatens", "visits", "supports"})
# Nouns of a place inside a country (the Iranian city of Isfahan)
PLACE_NOUNS = frozenset({"city", "town", "village", "province", "region", "port", "capital", "border", "coast",
                         "district", "base", "island", "islands", "territory", "state", "county", "area"})
# Things attacked that belong to no one the text names: in an accusation, the accuser's (accused Russia of targeting
# civilians); not vessels or crews, which may be private (firing at a trawler)
UNOWNED_TARGETS = frozenset({"civilian", "civilians", "people", "facility", "facilities", "plant", "depot", "depots",
                             "infrastructure", "hospital", "hospitals", "school", "schools", "grid", "refinery",
                             "airport", "airfield", "base", "bases", "city", "cities", "town", "towns", "village",
                             "villages", "area", "areas", "station", "positions", "post", "posts", "building",
                             "buildings", "site", "sites", "installation", "installations"})
# Verbs ending an event: a war one is asked to end is not one's own (called on China to end the war in Ukraine)
ENDING_VERBS = frozenset({"end", "stop", "halt"})
# Retaliation is a trade measure when tariffs or trade are what it is over or with (retaliate against X over tariffs)
RETALIATING_VERBS = frozenset({"retaliate"})
RETALIATION_MEANS = frozenset({"tariff", "tariffs", "duty", "duties", "levy", "levies", "trade", "import", "imports",
                            "export", "exports", "countermeasure", "countermeasures"})
# Relations whose target may be the country a place is in
LOCATED_TARGETS = frozenset({"attacks", "invades", "threatens"})
# Cues that name a relation only as verbs (the press, the thanks of)
VERB_CUES = {"press": "requests", "thank": "praises", "congratulate": "praises", "slam": "criticizes", "hit": "attacks", "retaliate": "attacks",
             "land": "visits", "head": "visits", "renegotiate": "negotiatesWith",
             "pound": "attacks", "target": "attacks",
             "blast": "criticizes", "rebuke": "criticizes", "lambast": "criticizes", "shield": "supports",
             "bankroll": "supports", "fund": "supports", "finance": "supports",
             "resist": "opposes",  # (was expected to resist Latvia's request)
             "sue": "accuses"}  # (Ukraine sued Russia at the court: a case brought against it)
# Verbs of penalising, which name no act of the vocabulary but aim a threat at their object (threatened to punish
# members of the BRICS group)
PUNISHING_VERBS = frozenset({"punish", "penalize", "penalise"})
# A case brought against someone is an accusation (a case against Israel at the ICJ, a complaint against Ecuador at the
# WTO), and so is taking someone to a court or to arbitration
LEGAL_CASE_NOUNS = frozenset({"case", "complaint", "lawsuit", "suit", "petition", "proceedings", "challenge"})
COURT_WORDS = frozenset({"court", "arbitration", "tribunal", "icj", "wto", "itlos"})
# Grievances raised with someone are a complaint made to them (raised its concerns with Chinese officials); a concern
# only voiced names no one
GRIEVANCE_NOUNS = frozenset({"concern", "objection", "grievance"})
# What is raised with someone in conversation: raising the issue with a person is talking to them (he would raise the
# issue with Modi)
RAISED_TOPICS = frozenset({"issue", "matter", "question", "subject", "topic", "case"})
# Verbs of getting someone to do something, which ask it of them only with an object and an infinitive (encouraged
# both countries to continue their dialogue; not encouraged by the talks)
PERSUADING_VERBS = frozenset({"encourage", "implore", "exhort", "beseech", "entreat", "advise"})
# Handing things over to someone supports them (delivered air defence systems to Ukraine, transferred warships
# to Manila), when what is handed over is a thing, not an event (delivered a warning to is a warning)
TRANSFER_VERBS = frozenset({"deliver", "transfer", "send", "ship", "provide", "give", "donate", "sell", "lend"})
# Adjectives of a stance toward someone, with "of" (Ireland was sharply critical of Israel, remained supportive of Kyiv)
STANCE_ADJECTIVES = {"critical": "criticizes", "supportive": "supports", "dismissive": "rejects"}
# What a frozen or seized holding is of: its owner is sanctioned (froze the assets of Russian oligarchs)
ASSET_NOUNS = frozenset({"asset", "assets", "fund", "funds", "reserve", "reserves", "property", "holdings", "account",
                         "accounts"})
# Nouns of taking part in an event (denied involvement in the incursion, claimed responsibility for the attack): the
# one who takes part is its doer
INVOLVEMENT_NOUNS = frozenset({"involvement", "role", "participation", "complicity", "responsibility", "hand"})
# Summoning someone to tell them: whom it summons is the target (summoned the ambassadors of Germany and
# France to lodge a protest)
SUMMON_VERBS = frozenset({"summon", "call in"})
# Nouns whose commitment is support: Washington's commitment to the defense of Seoul
SUPPORT_NOUNS = frozenset({"commitment", "pledge"})
# Money lent or granted to someone supports them (extended a $400 million currency swap to the Maldives, a $100
# million credit line for Sri Lanka's fisheries sector, Chinese loans to Laos)
FINANCE_NOUNS = frozenset({"loan", "swap", "grant", "bailout"})
# Aid cut, frozen or withheld is a sanction (threatened to cut aid to Honduras)
AID_NOUNS = frozenset({"aid", "assistance", "funding", "support"})
AID_CUTTING_VERBS = frozenset({"cut", "freeze", "suspend", "halt", "withhold", "slash", "reduce", "stop"})
# Verbs that name what someone said something was: condemned what she called Iran's "participation"
NAMING_VERBS = frozenset({"call", "describe", "term", "label", "characterize", "characterise", "brand", "dub"})
# Verbs that carry a nominal event as their object (issued a warning to, imposed sanctions on, held talks with)
LIGHT_VERBS = frozenset({"issue", "lodge", "impose", "express", "announce", "voice", "hold", "launch", "make",
                         "file", "level", "pledge", "offer", "extend", "provide", "conduct", "carry", "give",
                         "deliver", "step", "increase", "strengthen", "renew", "reiterate", "slap", "levy",
                         "expand", "tighten", "begin", "start", "resume", "continue", "approve", "adopt",
                         "deepen", "sign", "conclude", "reach", "seal", "register"})
# Verbs whose complement did not happen (denied supplying, refused to meet, declined to criticize)
NEGATING_HEADS = frozenset({"deny", "refuse", "decline", "avoid", "stop", "halt", "fail", "cease",
                            "abandon", "refrain", "suspend", "end", "freeze",
                            # (abstained from criticizing Russia, balked at sending tanks, shied away from condemning)
                            "abstain", "balk", "baulk", "shy"})
# Verbs of choosing that negate what follows "against" (opted against sanctioning Moscow, decided against sending troops)
CHOOSING_VERBS = frozenset({"opt", "decide", "choose", "vote"})
# Verbs that call an event off or put it off (cancelled his visit, postponed the talks, shelved the sanctions): it
# does not take place; with their particle: called off, ruled out, put on hold, held off
CANCELLING_VERBS = frozenset({"cancel", "postpone", "shelve", "scrap", "abort", "skip", "pause", "defer", "scrub",
                              "axe", "nix", "delay", "forgo", "forego", "drop",
                              # (the row should not derail a planned visit: the visit goes ahead)
                              "derail", "scuttle", "torpedo"})
# Blocking a measure: it was not adopted (Hungary blocked EU sanctions); blocked talks or accession are left as the
# gold sets leave them, and a gerund beside the verb is no object of it (blocked the talks, insisting that ...)
BLOCKING_VERBS = frozenset({"block", "veto"})
BLOCKED_MEASURES = frozenset({"sanction", "sanctions", "embargo", "package", "measure", "measures"})
# Verbs of asking: a stop asked for has not happened, and what it would stop goes on (demanded that the US stop arms
# sales to Taiwan)
ASKING_VERBS = frozenset({"demand", "urge", "ask", "call", "press", "request", "insist", "appeal"})
# Targeting firms, banks or refiners is a measure against them, not a strike (the bloc would target more Chinese
# firms, a package targeting Chinese refiners)
TARGETING_VERBS = frozenset({"target"})
ECONOMIC_ACTORS = frozenset({"firm", "company", "bank", "refiner", "refinery", "entity", "business", "exporter",
                             "importer", "supplier", "oligarch", "airline", "insurer", "trader", "manufacturer",
                             "producer", "lender", "conglomerate"})
# Prepositions of an act done in the face of someone's reaction (despite objections from Hungary, amid criticism from)
CONCESSIVE_PREPS = frozenset({"despite", "amid", "amidst"})
# Verbs of acting in spite of an event (defying warnings from Beijing, ignored objections from Paris): whoever the
# event comes from does it to whoever defies it
DEFYING_VERBS = frozenset({"defy", "ignore", "disregard", "flout", "override", "overrule"})
# Verbs of harm an attack does (a strike that killed 11 people in Odesa: the attack is on where, or on whose victims)
HARM_VERBS = frozenset({"kill", "wound", "injure", "damage", "destroy"})
# Telling someone in a place or during talks is meeting them, unless by a remote means (told X by telephone)
TELLING_VERBS = frozenset({"tell"})
REMOTE_MEANS = frozenset({"phone", "telephone", "call", "letter", "video", "videoconference", "message"})
# Verbs said to a guest or of one ("told visiting Spanish Prime Minister Pedro Sanchez", "received visiting ...")
GUEST_VERBS = frozenset({"tell", "meet", "receive", "host", "welcome", "greet"})
# Written things that carry an event noun (a note of protest, a protest note, a letter of protest)
NOTE_NOUNS = frozenset({"note", "letter"})
# Verbs of blaming something on someone (blamed the jamming on Moscow)
BLAMING_VERBS = frozenset({"blame", "pin"})
# Verbs that conclude a deal, which is then an agreement (struck a deal, reached a deal with Kyiv)
DEAL_VERBS = frozenset({"strike", "reach", "sign", "seal", "clinch", "conclude"})
# Dates that are still to come with "next" (next week, next month): what is set for them has not happened yet
DATE_UNITS = frozenset({"week", "month", "year", "weekend", "monday", "tuesday", "wednesday", "thursday", "friday",
                        "saturday", "sunday", "spring", "summer", "autumn", "fall", "winter"})
# Nouns and verbs of anticipating an event, which has not (yet) happened (fears of a strike, the risk of sanctions,
# prepared for Xi's visit)
ANTICIPATION_WORDS = frozenset({"fear", "risk", "threat", "prospect", "danger", "spectre", "specter", "possibility",
                                "prepare", "preparation", "preparations"})
# Verbs of getting ready for an act one would do oneself (preparing for a strike on; not bracing for one)
PREPARING_VERBS = frozenset({"prepare", "plan", "ready"})
# Words for a part of something (one of its boats, two of Ukraine's ships): the part is the whole's owner's
PARTITIVE_WORDS = frozenset({"one", "two", "three", "some", "several", "many", "most", "all", "part", "parts", "each",
                             "inch"})  # (would defend every inch of NATO territory: whose the territory is)
# Adjectives of a region whose last word is a nationality (Latin American governments: no American ones)
REGIONAL_ADJECTIVES = frozenset({"latin american", "south american", "central american", "north american",
                                 "east african", "west african", "southeast asian", "south asian", "central asian",
                                 "east asian"})
# Seeking help, a loan or assurances from someone is asking them (sought Australian and British help, seek a new
# loan from Beijing)
SEEKING_VERBS = frozenset({"seek"})
# Sharing intelligence with someone works with them (shared intelligence on the smuggling networks with Damascus)
SHARING_VERBS = frozenset({"share", "exchange"})
INTELLIGENCE_NOUNS = frozenset({"intelligence", "information", "data"})
SOUGHT_THINGS = frozenset({"help", "assistance", "aid", "support", "loan", "loans", "credit", "financing", "funding",
                           "assurance", "assurances", "guarantee", "guarantees", "backing", "clarification",
                           "explanation", "cooperation"})
# What is sought from someone as owed, not as a favour: a demand (sought territorial concessions from Thimphu)
DEMANDED_THINGS = frozenset({"concession", "concessions", "apology", "compensation", "reparation", "reparations"})
# Joining others in an act (joined its partners in condemning, took part in criticizing): not joining is not doing it
JOINING_IN_VERBS = frozenset({"join", "participate", "take"})
CANCELLING_PHRASES = frozenset({("call", "off"), ("rule", "out"), ("hold", "off"), ("put", "hold")})
# Verbs that say whether an event took place (the talks failed to materialize, the visit never happened)
HAPPENING_VERBS = frozenset({"materialize", "materialise", "happen", "occur", "proceed", "take", "go"})
# A charge dismissed is denied (rejected accusations that China was arming Russia)
CHARGE_NOUNS = frozenset({"accusation", "allegation", "claim", "report", "charge", "suggestion", "assertion"})
DISMISSING_VERBS = frozenset({"reject", "dismiss", "deny", "refute", "rebuff"})
# News agencies a dateline names in brackets (BEIJING, May 2 (Reuters) -)
NEWS_AGENCIES = frozenset({"reuters", "afp", "ap", "xinhua", "kyodo", "yonhap", "bloomberg", "dpa", "efe", "ansa",
                           "anadolu", "bernama", "pti", "tass", "interfax"})
# Ties built, deepened or strengthened with someone are cooperation, and so are ties kept or maintained (not ties
# that are tense, nor ties cut, nor closer ties only sought)
TIE_NOUNS = frozenset({"tie", "ties", "relation", "relations", "link", "links"})
# Verbs under which ties are only sought (is seeking to keep good relations with)
ASPIRING_VERBS = frozenset({"seek", "want", "hope", "try", "aim", "wish", "strive", "attempt"})
TIE_BUILDING_VERBS = frozenset({"build", "strengthen", "deepen", "expand", "forge", "boost", "bolster", "upgrade",
                                "broaden", "cement", "develop", "enhance", "keep", "maintain", "retain", "preserve"})
# Verbs that stop the event noun they carry (suspended its cooperation with the agency, halted talks)
STOPPING_VERBS = frozenset({"stop", "halt", "cease", "abandon", "suspend", "end", "freeze", "break", "cut",
                            "lift", "ease", "scrap", "remove", "relax"})  # (lifted its visa ban: there is none now)
# Modality: verbs and nouns that make the clause under them uncertain
HEDGING_HEADS = frozenset({"consider", "plan", "intend", "expect", "propose", "threaten", "may", "might",
                           "could", "would", "possibility", "allege", "claim", "suspect", "believe",
                           "suggest", "report", "rumor", "rumour", "speculation", "weigh", "mull", "explore",
                           "prepare", "aim", "seek", "hope", "want", "wish", "likely", "possible", "reportedly",
                           "allegedly", "apparently", "concern", "fear", "warn", "worry",
                           # what someone is accused of is the accuser's charge (accused Beijing of providing)
                           "accuse", "blame", "charge",
                           # what intelligence or an assessment says is reported (citing intelligence that ...)
                           "cite", "intelligence", "assessment", "estimate", "finding",
                           # readiness is no act yet (was ready to hold talks, willing to meet)
                           "ready", "willing", "prepared", "open", "offer", "vow", "pledge", "promise", "due",
                           # attempts under way (launched a procedure to suspend visa-free travel)
                           "procedure", "process", "bid",
                           # what someone is invited to do is still to come (invited Jeri to meet him in Leticia)
                           "invite", "unlikely"})
# Nouns of talks an invitation may be to (invited him to Santiago for talks, to emergency talks in Brussels)
TALK_NOUNS = frozenset({"talk", "talks", "negotiation", "negotiations", "dialogue", "consultation", "consultations"})
# Whoever is due in a country is to visit it (Prabowo is due in Tokyo on Thursday)
DUE_WORDS = frozenset({"due"})
# Words that make an event noun one still to come (a planned visit, a proposed summit, possible sanctions)
UNREALISED_ATTRIBUTES = frozenset({"planned", "proposed", "possible", "potential", "prospective", "upcoming",
                                   "scheduled", "expected", "intended", "mooted", "future"})
HEDGING_MODALS = frozenset({"may", "might", "could", "would", "should", "will", "shall"})  # (will: still to come)
HEDGING_ADVERBS = frozenset({"reportedly", "allegedly", "apparently", "possibly", "likely", "perhaps",
                             "purportedly", "supposedly"})
CONDITIONAL_MARKS = frozenset({"if", "unless"})
# Verbs of saying: relations in their complement are attributed to their subject
SPEECH_VERBS = frozenset({"say", "tell", "state", "add", "write", "declare", "announce", "insist", "stress",
                          "note", "claim", "argue", "warn", "tweet", "post"})
# Sources whose report makes what they say uncertain (officials said, sources said, reports say)
UNNAMED_SOURCES = frozenset({"official", "source", "report", "person", "people", "diplomat", "analyst", "media",
                             "outlet", "newspaper", "agency"})
# Roles and titles: a role with a name is a person; without one, an unnamed official of its country
# Titles written before a name that the tagger may take into it (Crown Prince Mohammed bin Salman)
NAME_TITLES = frozenset({"crown", "prince", "princess", "sheikh", "sheikha", "king", "queen", "emir", "sultan", "president",
                         "prime", "minister", "foreign", "secretary", "general", "gen.", "dr.", "mr.", "ms.", "mrs.",
                         "cabinet",
                         # military ranks (Commodore Aminu Danjuma, Colonel Ahmed Shaheen)
                         "colonel", "col.", "commodore", "admiral", "adm.", "brigadier", "lieutenant", "lt.", "captain",
                         "capt.", "commander", "sergeant"})
# Offices that, written right before words of a name the tagger left untagged, make it a person's name
# (Bhutanese Foreign Minister Dorji Tshering)
OFFICES_BEFORE_NAMES = frozenset({"minister", "president", "secretary", "premier", "chancellor", "ambassador", "envoy",
                                  "spokesperson", "spokesman", "spokeswoman"})
# Nouns whose that-clause says what they hold (evidence that, the accusation that), not a relative clause
CONTENT_NOUNS = frozenset({"evidence", "fact", "news", "statement", "sign", "indication", "suggestion", "view",
                           "belief", "word", "information", "allegation", "accusation", "charge", "claim", "assurance",
                           "warning", "notion", "idea", "impression", "confirmation", "proof"})
# Nouns for a state: one written right before an -ing clause is its subject (a country waging a war)
STATE_NOUNS = frozenset({"country", "nation", "state", "power", "government", "regime", "neighbour", "neighbor"})
# Plural nouns that with "two" or "both" are the pair of countries an article is about (both allies)
PAIR_NOUNS = frozenset({"sides", "countries", "governments", "nations", "neighbors", "neighbours", "capitals", "allies",
                        "delegations"})
# Plural armed forces that with "two" or "both" are the two countries' own (the two navies clashed)
PAIRED_FORCE_NOUNS = frozenset({"navies", "armies", "militaries"})
# the pairs that sit at a table: the two sides of the talks, whoever was named last
TABLE_PAIR_NOUNS = frozenset({"delegations"})
# A country's one neighbour, owned by "its" (open to dialogue with its neighbour): the other country of the pair
NEIGHBOUR_NOUNS = frozenset({"neighbour", "neighbor"})
# What one leads somewhere to visit it (led a delegation to Washington)
DELEGATION_NOUNS = frozenset({"delegation", "mission"})
# What is sent to someone without aiding them: people sent to talk and words sent (sent an envoy to both capitals,
# a high-level panel to Addis Ababa, a letter to Xi)
NOT_AID = ENVOY_NOUNS | DELEGATION_NOUNS | STATEMENT_NOUNS | frozenset({
    "envoys", "panel", "team", "official", "officials", "minister", "ministers", "observer", "observers", "invitation",
    "signal", "reply", "response", "delegate", "delegates", "mediator", "mediators", "diplomat", "diplomats",
    # (people sent away or back: has sent deportees to South Sudan, returned migrants to Libya)
    "deportee", "deportees", "migrant", "migrants", "asylum-seeker", "asylum-seekers", "prisoner", "prisoners",
    "detainee", "detainees", "refugee", "refugees"})
# What partners share (shares intelligence with the United States): not a border
SHARED_THINGS = frozenset({"intelligence", "information", "data", "technology", "expertise", "know-how"})
# Recognising a state or its claim backs it (recognised Moroccan sovereignty over the territory)
RECOGNIZING_VERBS = frozenset({"recognize", "recognise"})
# Nouns of promising: the event promised is an intention (a pledge of support, an offer of aid: hedged)
PROMISE_NOUNS = frozenset({"pledge", "promise", "offer", "assurance", "assurances"})
RECOGNITION_NOUNS = frozenset({"recognition"})  # (France's recognition of Moroccan sovereignty)
SOVEREIGNTY_NOUNS = frozenset({"sovereignty", "independence", "statehood", "government", "annexation", "claim",
                               "territorial"})
# Events of taking something away from a place (the withdrawal of troops from Ukraine: Ukraine is no party asked)
REMOVAL_NOUNS = frozenset({"withdrawal", "removal", "evacuation", "pullout", "departure", "exit", "expulsion",
                           "release", "return"})
# Pronouns for a person named before (welcomed him, received her)
PERSONAL_PRONOUNS = frozenset({"him", "her"})
# Events aimed at whoever receives them, and the verbs that turn them away (rejected Ottawa's allegations)
AIMED_AT_RECEIVER = frozenset({"criticizes", "accuses", "protests", "demands", "requests", "warns"})
# Verbs of a state or stance a speaker states for their side, which a verb of saying in the past puts in the past
# too (said Morocco valued its partnership, said the EU stood with Denmark: "Morocco values", "the EU stands")
BACKSHIFTED_STATES = frozenset({"be", "have", "stand", "remain", "value", "appreciate", "respect", "want", "hope",
                                "wish", "believe"})
# Acts done in speaking (urged, demanded, warned, praised, accused): the speaker's own, when told after what they said
SPEECH_ACTS = AIMED_AT_RECEIVER | frozenset({"praises"})
# Nouns that sum up an act told before them (..., a request India refused; ..., a claim Pretoria rejected)
SUMMING_NOUNS = frozenset({"request", "claim", "charge", "demand", "accusation", "allegation", "call", "appeal",
                           "warning", "criticism"})
# Nouns that sum up an act told before them by a verb of their own kind, whatever that verb's relation
# (Croatia offered to ship more crude ..., an offer Budapest dismissed; Moscow proposed a truce ..., a proposal Kyiv
# rejected): the verbs that tell it
SUMMED_OWN_KIND = {"offer": frozenset({"offer"}), "proposal": frozenset({"propose"}),
                   "plan": frozenset({"propose", "plan"}), "threat": frozenset({"threaten"})}
# Nouns of an act that sum up the act told before them after a comma (..., a move Beijing condemned; ..., a
# decision Moscow criticised; ..., a meeting hosted by the crown prince)
SUMMED_ACT_NOUNS = frozenset({"move", "decision", "step", "action", "measure", "announcement", "meeting", "summit",
                             "visit", "talks", "deal", "agreement", "attack", "strike", "incident", "provocation",
                             # (the court drew a new line ..., a ruling Kenya rejected)
                             "ruling", "verdict", "judgment", "judgement",
                             # (has restricted exports to China, a policy Beijing has denounced as bullying)
                             "policy", "practice"})
TURNING_AWAY = frozenset({"reject", "dismiss", "rebuff", "refuse", "deny", "brush"})
# Events named as the manner of another act (recalled its envoy in protest at, fired in solidarity with)
IN_MANNER = frozenset({"protests", "supports"})
# Particles inside family names (Ursula von der Leyen, Juan Ramón de la Fuente, Mohammed bin Salman)
NAME_PARTICLES = frozenset({"von", "van", "der", "den", "de", "la", "le", "du", "da", "di", "del", "dos", "das", "bin",
                            "ibn", "al", "el", "ould", "ben"})
# Verbs whose target is only ever an actor named as such, never the owner of a thing (deployed troops to the
# Philippines supports it; to the Ukrainian border does not)
DIRECT_TARGET_VERBS = frozenset({"deploy"})
# Verbs of joining an event (returned to talks with, joined the negotiations with): the subject takes part
JOINING_VERBS = frozenset({"return", "join", "rejoin", "enter", "come", "go"})
# Who speaks for a body (a spokeswoman for the ministry)
SPOKESPERSON_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "spokeswomen"})
# Nouns of help that, after "with", say who helped the doer of the clause (with the help of the United States)
HELP_NOUNS = frozenset({"help", "support", "backing", "assistance", "aid"})
# Who serves a person, named with "to" (adviser to Brazilian President Lula: acts for the person's country)
AIDE_NOUNS = frozenset({"adviser", "advisor", "aide", "assistant", "counsellor", "counselor"})
# People a body's name may title without naming them (a State Department spokesperson, a Foreign Ministry official)
UNNAMED_ROLE_NOUNS = SPOKESPERSON_NOUNS | frozenset({"official", "officials", "source", "sources", "diplomat",
                                                      "diplomats"})
# One unnamed person a role may stand for, whom "he" or "she" opening the next sentence goes on with (A European
# Commission spokeswoman said ... She urged Kyiv)
ONE_PERSON_ROLES = frozenset({"spokesman", "spokeswoman", "spokesperson", "official", "diplomat", "minister",
                              "ambassador", "envoy", "lawmaker", "senator", "adviser", "advisor"})
# People of a country who are no part of its state: hosting them is no hosting of the country (hosts Syrian refugees)
CIVILIAN_NOUNS = frozenset({"refugee", "migrant", "asylum", "asylum-seeker", "worker", "student", "tourist", "pilgrim",
                            "exile", "national", "citizen", "resident", "family", "civilian", "evacuee", "people"})
# Agreements between parties: negotiating one again is negotiating with its other party (ruled out renegotiating
# the treaty), whoever the article said made it with them
AGREEMENT_NOUNS = frozenset({"treaty", "agreement", "deal", "accord", "pact", "convention", "protocol"})
# Documents that bind their parties only once signed: signing one with someone is cooperation (signed a memorandum
# of understanding with Somaliland, a contract with South Korea's state nuclear company), drafting one is not yet
SIGNED_DOCUMENTS = frozenset({"memorandum", "contract", "mou", "charter", "declaration of intent", "declaration"})
SIGNING_VERBS = frozenset({"sign", "ink", "conclude"})
# Nouns of deciding or intending whose possessor does what their infinitive says (Rabat's decision to close the
# crossing); those of an intention are hedged as the verbs are (plan, offer, pledge, vow, promise, bid)
CONTROLLING_NOUNS = frozenset({"decision", "move", "plan", "offer", "pledge", "vow", "promise", "bid"})
# Quantities whose of-phrase is what acts (a wave of Russian drones hit Kyiv)
MONEY_NOUNS = frozenset({"euro", "dollar", "yen", "yuan", "pound", "worth", "billion", "million", "trillion", "$"})
QUANTITY_HEADS = frozenset({"wave", "barrage", "salvo", "swarm", "volley", "series", "string", "flurry", "dozens", "hundreds"})
# Verbs by which the subject undergoes an event from someone (drew criticism from Tokyo, faced sanctions from the EU)
UNDERGOING_VERBS = frozenset({"draw", "face", "attract", "receive", "meet", "prompt", "spark", "trigger",
                              # (secured a pledge of funding from Copenhagen, won support from Paris: the one it
                              # comes from gives it)
                              "secure", "win", "obtain"})
# Verbs whose negation is a refusal of whoever owns what they take (would never recognize Russia's annexation)
REFUSED_WHEN_NEGATED = frozenset({"recognize", "recognise", "accept"})
# What someone issues, and a from-phrase names the issuer of (orders from Washington, lectures from Brussels)
ISSUED_NOUNS = frozenset({"order", "instruction", "dictate", "diktat", "demand", "request", "ultimatum", "lecture",
                          "lesson", "directive", "command",
                          # (Peru "will not accept pressure" from Bogota: who presses or threatens)
                          "pressure", "threat", "blackmail", "interference"})
# Helping someone do something supports them (helping Minsk fly migrants in)
HELPING_VERBS = frozenset({"help", "assist", "enable"})
# Acts whose object a warning about them is aimed at (warned that Israel would strike Iran)
HOSTILE_RELATIONS = frozenset({"attacks", "invades", "sanctions", "threatens"})
# Exchanging captives is done together (Russia and Ukraine exchanged prisoners)
EXCHANGE_VERBS = frozenset({"exchange", "swap", "trade"})
# A war fought by two sides is a clash (each attacks the other)
WAR_VERBS = frozenset({"fight"})
WAR_NOUNS = frozenset({"war", "battle", "border war"})
CAPTIVE_NOUNS = frozenset({"prisoner", "captive", "detainee", "hostage", "pow", "pows", "soldier", "body"})
# Calling something by a word of condemnation criticises it (called the launches "unacceptable", calling the launch
# "an outrageous act", called the sanctions illegal)
CALLING_VERBS = frozenset({"call", "brand", "label", "describe", "dub", "term"})
# Reactions a headline may leave without an object (Moscow warns of "piracy"): aimed at whom it opens on
REACTION_RELATIONS = frozenset({"warns", "protests", "criticizes", "opposes", "rejects", "threatens", "requests"})
# What an act is called an act of (an act of banditry, a form of blackmail)
ACT_NOUNS = frozenset({"act", "form", "case", "kind"})
NEGATIVE_JUDGEMENTS = frozenset({
    "disgrace", "shame", "outrage", "scandal", "banditry", "mistake", "folly", "humiliation",
    "unacceptable", "shameful", "outrageous", "reckless", "irresponsible", "dangerous", "illegal", "illegitimate",
    "unlawful", "provocation", "provocative", "aggression", "aggressive", "bullying", "blackmail", "coercion",
    "coercive", "interference", "violation", "hostile", "destabilising", "destabilizing", "absurd", "barbaric",
    "brutal", "cowardly", "despicable", "deplorable", "regrettable", "unjustified", "unjust", "unfair",
    "hypocritical", "hypocrisy", "piracy", "theft", "robbery", "crime", "criminal", "sabotage", "terrorism",
    "terrorist", "atrocity", "intimidation", "escalation", "escalatory", "intolerable", "unprovoked", "invasion",
    "occupation", "annexation", "betrayal", "disgraceful", "appalling", "heinous", "vile", "insult", "insulting",
    "affront", "threat", "menace",
    # (called the ban "counterproductive", an "unfriendly act", a wall of contempt)
    "counterproductive", "unfriendly", "contempt", "contemptuous",
    # (remarks the ministry called "offensive to the Peruvian people", a step called "unhelpful")
    "offensive", "unhelpful", "disproportionate",
})
# Words that dismiss what is said (called the accusations "fanciful", the allegation "a fabrication"), and what is
# said: calling a claim so rejects its authors
DISMISSALS = frozenset({"fanciful", "baseless", "groundless", "unfounded", "false", "fabricated", "fabrication",
                        "lie", "lies", "preposterous", "ridiculous", "nonsense", "absurd", "fake", "untrue"})
CLAIM_NOUNS = frozenset({"accusation", "allegation", "claim", "charge", "report", "assertion"})
# Verbs of going that take no object when they mean going somewhere (headed to Beijing; not heads the ministry)
MOVING_VERBS = frozenset({"head", "land"})
# Thanking someone for their help says they gave it (thanked Britain for its military aid): the helper supports the
# one who thanks
THANKING_VERBS = frozenset({"thank"})
HELP_NOUNS = frozenset({"support", "aid", "assistance", "help"})
# Verbs of turning to someone for help (has turned to Russia for military support): whom one turns to gives it
TURNING_TO_VERBS = frozenset({"turn", "look"})
WELCOMING_VERBS = frozenset({"welcome", "praise", "hail", "appreciate", "commend"})
# Nouns of bringing something to an end (demanded an end to the U.S. embargo): the thing ended is whose the demand is on
ENDING_NOUNS = frozenset({"end", "halt", "cessation"})
# Verbs that confirm an event told elsewhere: not confirming it leaves it as it was, neither done nor denied
ACKNOWLEDGING_VERBS = frozenset({"confirm", "acknowledge", "verify", "corroborate"})
# What a warning may be about, someone's act or presence (warned that any Israeli military presence in Somaliland would
# be a target): the warning is aimed at whose it is
WARNED_PRESENCES = frozenset({"presence", "aggression", "attack", "incursion", "deployment", "provocation", "buildup",
                              "build-up", "interference", "meddling"})
# Going along with someone (Foreign Minister Sugiono, who accompanied Prabowo; who travelled with Navarro): an office
# with no country of its own is the companion's country's
ACCOMPANYING_VERBS = frozenset({"accompany", "join"})
TRAVEL_VERBS = frozenset({"travel", "fly", "come", "go", "arrive"})
# A country's space that craft go into without visiting it (flew into Estonian airspace: an incursion)
ENTERED_SPACES = frozenset({"airspace", "water", "waters", "territory"})
# Adjectives of readiness for an event (open to dialogue, ready for talks): the event is the subject's, hedged
READY_ADJECTIVES = frozenset({"open", "ready", "willing", "prepared", "committed"})
# Adjectives whose infinitive does not happen when they are denied (is not willing to, is not about to send tanks, was
# not able to attend, is not likely to strike)
DENIABLE_ADJECTIVES = READY_ADJECTIVES | {"about", "likely", "set", "due", "poised", "eager", "keen", "able", "free"}
# Adjectives of unreadiness: what they take does not happen (Peru is unwilling to meet, was unable to attend)
UNREADY_ADJECTIVES = frozenset({"unwilling", "reluctant", "loath", "unable", "unprepared",
                                "unlikely"})  # (the meeting was now unlikely to take place: negated, and hedged)
# Fire exchanged is a clash (exchanged artillery fire, traded shots; not blows, which are words as often)
FIRE_NOUNS = frozenset({"fire", "gunfire", "shot", "shots", "artillery", "rocket", "rockets", "shell", "shells"})
# Meetings and talks: held somewhere, those who came there visit that country
MEETING_RELATIONS = frozenset({"meetsWith", "negotiatesWith"})
# Relations of a grievance aired against someone, whom a demand joined to it with no addressee is made of
GRIEVANCE_RELATIONS = frozenset({"protests", "accuses", "criticizes"})
# Verbs of asking for a meeting: who asks meets the other side only if the request is granted, and asks them
# (requested a meeting with Zelensky, asked for talks with Kyiv)
REQUESTING_VERBS = frozenset({"ask", "request"})
# Verbs of receiving a visitor that are a meeting too (received the minister in Riyadh)
MEETING_RECEPTIONS = frozenset({"receive", "host"})
# Envoys who live where they are met: an ambassador met in Mexico City is no visitor there (a special envoy is)
RESIDENT_ENVOYS = frozenset({"ambassador", "ambassadors", "chargé", "charge", "embassy"})
ROLE_NOUNS = frozenset({
    # (Simina's predecessor, David Panuelo: whoever held the office before, not its holder now)
    "predecessor", "successor",
    "president", "minister", "secretary", "spokesperson", "spokesman", "spokeswoman", "ambassador", "envoy",
    "official", "officials", "leader", "chancellor", "premier", "adviser", "advisor", "diplomat", "diplomats",
    "general", "commander", "chief", "head", "king", "prince", "emir", "sheikh", "representative", "senator",
    # members of a parliament (Congressman Ernesto Vargas: the title is no part of his name)
    "congressman", "congresswoman", "legislator", "parliamentarian", "assemblyman", "assemblywoman",
    "lawmaker", "counterpart", "counterparts", "negotiator", "negotiators", "delegation", "government",
    "administration", "regime", "authorities", "military", "army", "navy", "troops", "forces", "director",
    "governor", "chair", "chairman", "secretary-general", "vice", "deputy", "prime", "elect",
    # organisations of a country, unnamed: Chinese banks, Iranian entities, Russian companies
    "bank", "banks", "company", "companies", "firm", "firms", "entity", "entities", "soldier", "soldiers",
    "contractor", "contractors", "refiner", "refiners", "refinery", "refineries", "manufacturer", "manufacturers",
    "airline", "airlines",
    "vessel", "vessels", "ship", "ships", "warship", "warships", "aircraft", "jets", "coast", "media",
    "guard", "guards", "coastguard", "police",
    "capital",
    # (against Hezbollah and the Lebanese state: a country's state is the country, as its government is)
    "state",
    # (Tatyana Moskalkova, Russia's human rights commissioner; the bloc's envoy; its chargé d'affaires)
    "commissioner", "ombudsman", "ombudswoman", "speaker", "mayor", "prosecutor", "coordinator", "consul",
    "undersecretary", "under-secretary", "attache", "attaché", "chargé", "charge",
})
# Bodies news writes in lower case after their nationality (the Chinese foreign ministry)
LOWERCASE_BODIES = frozenset({"ministry",
                              # (the Russian embassy in Riga: news writes a country's mission in lower case too)
                              "embassy", "consulate"})
# Whoever chairs a named body acts for the body (the chairperson of the African Union Commission)
CHAIR_NOUNS = frozenset({"chair", "chairman", "chairperson", "chairwoman", "head"})
# A body named again by the last word of its name: the Commission, the council, the agency
BODY_HEADS = frozenset({"commission", "council", "agency", "ministry", "department", "assembly", "parliament",
                        "court", "committee", "union", "alliance", "organization", "organisation", "bank",
                        # (The U.S. Embassy in Tbilisi offered condolences ... the embassy called on Moscow)
                        "embassy", "consulate", "mission"})
# A country's armed forces named again by a word for them: the names of theirs it may stand for
ARMY_NAMES = {"army": ("army", "armed forces", "defence forces", "defense forces", "defence force", "defense force"),
              "military": ("military", "armed forces", "defence forces", "defense forces")}
# Definite event nouns that refer back to the last event of their kind (the launch: North Korea fired a
# missile), with the verbs that tell such an event
EVENT_ANTECEDENTS = {
    "launch": {"launch", "fire", "test"}, "test": {"test", "launch", "fire"}, "attack": {"attack", "strike", "hit"},
    "strike": {"strike", "hit", "attack", "bomb"}, "bombing": {"bomb", "strike"}, "raid": {"raid", "strike"},
    "incursion": {"enter", "cross", "violate", "intrude"}, "invasion": {"invade"}, "seizure": {"seize", "capture"},
    "shelling": {"shell"}, "shooting": {"shoot", "fire", "open"},  # (opened fire on ... the shooting)
    "drill": {"hold", "conduct", "stage"}, "exercise": {"hold", "conduct", "stage"},
    "sanction": {"sanction"}, "decision": {"decide"}, "deployment": {"deploy"},
    "talk": {"meet", "negotiate"}, "talks": {"meet", "negotiate"}, "meeting": {"meet"}, "summit": {"meet"},
    "negotiation": {"negotiate"},
    # (Iran and the United States held a fourth round of talks ... Oman, which has hosted all four rounds: theirs;
    # told by a round or a meeting noun only, not by any meeting: Albusaidi met Araqchi before the session)
    "round": set(),
    # (rejected the accusations: whoever made them)
    "accusation": {"accuse", "blame"}, "allegation": {"accuse", "allege"}, "charge": {"accuse", "charge"},
    "claim": {"accuse", "allege", "claim"},
    # (joined the EU in a statement calling on Tanzania ... rejected the statement as "unwarranted": its issuers)
    "statement": {"issue", "release", "publish", "join"},  # (Kinshasa accused Rwanda of ... dismissed the claim as a lie)
    # (rejected the criticism, brushed off the condemnation: whoever voiced it)
    "criticism": {"criticize", "criticise", "condemn", "denounce", "slam", "blast", "decry"},
    "condemnation": {"condemn", "denounce"}, "demand": {"demand"}, "protest": {"protest"},
    # (Austria lodged a formal objection to the plan ... rejected the objection: whoever objected)
    "objection": {"object", "protest", "criticize", "criticise", "condemn"}, "complaint": {"complain"},
    # (Sierra Leone accused Guinean soldiers of ... Guinea rejected the account: whoever gave it)
    "account": {"accuse", "allege", "claim"},
    # (Libya closed the crossing ... The closure was criticised by: whoever closed it)
    "closure": {"close", "shut"},
    # (the arrests were condemned by, criticised the withdrawal, condemned the veto: whoever did it)
    "arrest": {"arrest", "detain"}, "detention": {"detain", "arrest"}, "withdrawal": {"withdraw"},
    "veto": {"veto", "block"}, "expulsion": {"expel"}, "return": {"return"},
    "ban": {"ban", "bar", "suspend"},  # (suspended all flights from Kenya ... called the flight ban "counterproductive")
    # (has not backed the call, welcomed the offer: whoever asked or offered)
    "call": {"ask", "urge", "appeal"}, "request": {"request", "ask"}, "appeal": {"appeal", "urge"},
    "proposal": {"propose"}, "offer": {"offer"},
    # (warned the Sudanese authorities that ... The Russian Foreign Ministry dismissed the warning: whoever warned)
    "warning": {"warn"}, "threat": {"threaten"},
    # (three Russian jets flew into Estonian airspace ... Rutte condemned the flight: whoever flew; and whoever violated
    # or breached what the violation is of)
    "flight": {"fly"}, "violation": {"violate", "breach"}, "breach": {"breach", "violate"},
    # (Washington imposed visa bans on three officials ... Lamola condemned the measures; the tariffs, the duties:
    # whoever imposed them)
    "measure": {"impose", "sanction", "ban"}, "tariff": {"impose", "levy", "slap"}, "duty": {"impose", "levy", "slap"},
    "embargo": {"impose"},
    # (Bruce criticised Beijing's military activities ... Guo rejected the remarks: whoever spoke them)
    "remark": {"say", "criticize", "criticise", "urge", "accuse", "warn"},
    "comment": {"say", "criticize", "criticise", "urge", "accuse", "warn"},
    # (the court ruled that ... welcomed the ruling: the court)
    "ruling": {"rule"},
}
# Things whose sending is a launch whatever the verb that tells it (North Korea sent 300 balloons across the border ...
# The launches were criticised by Washington; flew drones over the base ... condemned the launch)
LAUNCHED_THINGS = frozenset({"balloon", "missile", "rocket", "drone", "satellite", "projectile"})
# Definite nouns of an act that, with no verb of their kind told before, are the act the story's lead tells
# (SOFIA — Bulgaria blocked the opening of ... The decision was criticised by Hungary)
LEAD_EVENTS = frozenset({"decision", "move", "step"})
MEETING_NOUNS = frozenset({"talk", "talks", "meeting", "summit", "negotiation", "consultation", "consultations"})
# A country's missions abroad, named with the place they are in (the U.S. Embassy in Ulaanbaatar)
MISSION_WORDS = frozenset({"embassy", "consulate", "high commission", "mission"})
# Verbs of going somewhere, being there or receiving someone there, whose purpose (for talks with X) is a meeting
# Nouns of a journey that "take" the traveller somewhere (a tour that will also take him to Madagascar)
JOURNEY_NOUNS = frozenset({"tour", "trip", "journey", "visit"})
JOURNEY_VERBS = frozenset({"travel", "fly", "go", "come", "head", "arrive", "visit", "be", "return", "receive",
                           "host", "welcome"})
# Things voiced against someone, which one's own side does not voice (rejected the criticism)
VOICED_EVENTS = frozenset({"criticism", "condemnation", "demand", "call", "request", "appeal", "proposal", "offer",
                           "protest", "objection", "complaint", "warning", "threat", "remark", "comment"})
# Voiced events that are a speaker's own words (rejected the remarks: the speaker's, not their state's)
SPOKEN_WORDS = frozenset({"remark", "comment"})
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
# Craft act for the body that sends them: a China Coast Guard vessel is the China Coast Guard
CRAFT_NOUNS = frozenset({"vessel", "vessels", "ship", "ships", "warship", "warships", "boat", "boats", "cutter",
                         "cutters", "aircraft", "jet", "jets", "plane", "planes", "drone", "drones", "helicopter",
                         "helicopters", "submarine", "submarines"})
# Named bodies: an ORG whose name ends so is a government body of its country
BODY_WORDS = frozenset({"ministry", "department", "office", "council", "army", "navy", "force", "forces",
                        "guard", "parliament", "congress", "senate", "assembly", "agency", "command", "pentagon",
                        "committee",  # (Kyrgyzstan's State Committee for National Security)
                        "cabinet", "embassy", "military", "headquarters", "presidency", "bureau", "directorate",
                        "service", "police", "chiefs",  # (the South Korean Joint Chiefs of Staff)
                        "staff",  # (Ukraine's General Staff said its drones had hit ...)
                        "court",  # (Bolivia's Supreme Court of Justice: the judiciary is the state's too)
                        "mission"})  # (the European Union Monitoring Mission: a body of the bloc)
# The words of a body every state has, named by them alone (the Senate, the Navy, the National Assembly, the Coast
# Guard): named with a country's possessive, it takes the country's nationality word (Argentina's Senate)
EVERY_STATES_BODY_WORDS = frozenset({"senate", "parliament", "congress", "navy", "army", "air", "force", "coast", "guard",
                                     "national", "assembly", "armed", "forces", "police", "military"})
# A bloc's commissioners act for its commission (EU Trade Commissioner: the European Commission)
COMMISSIONER_WORDS = frozenset({"commissioner", "commissioners"})
# Offices whose name alone says whose they are (Deputy Secretary of State Christopher Landau; not "Secretary of
# State for Northern Ireland": the title must end with it)
NATIONAL_TITLES = {"secretary of state": "United States"}
# A union or alliance named again by its kind with words that say what kind (the regional bloc, the 27-nation bloc,
# the military alliance): the same as the bare word
DESCRIBED_ANAPHORS = frozenset({"the bloc", "the alliance", "the grouping"})
# Seats that news writes for an organisation when they act (Brussels stands firm, urged Brussels to postpone the rule):
# the organisation, not the city, whenever the name is no place something happens in or goes to
ACTING_SEATS = {"brussels": "European Union"}
# Prepositions of a place something happens in or goes to (talks in Brussels, travel to Brussels)
LOCATIVE_PREPS = frozenset({"in", "to", "at", "into", "near", "outside", "via", "through", "across"})
# State bodies whose names do not say whose they are (the Pentagon, the People's Liberation Army): their country
STATE_BODIES = {
    "pentagon": "United States", "state department": "United States", "cia": "United States",
    # (the United States names its executive departments "the X Department")
    "treasury department": "United States", "commerce department": "United States",
    "justice department": "United States", "defense department": "United States",
    "federal reserve": "United States", "people's liberation army": "China", "pla": "China",
    "national people's congress": "China", "islamic revolutionary guard corps": "Iran", "irgc": "Iran",
    "revolutionary guards": "Iran", "revolutionary guard": "Iran", "mossad": "Israel", "knesset": "Israel",
    "idf": "Israel", "israel defense forces": "Israel", "shin bet": "Israel",
    "state duma": "Russia", "duma": "Russia", "fsb": "Russia", "bundeswehr": "Germany", "bundestag": "Germany",
    "bank of russia": "Russia", "bank of japan": "Japan", "bank of korea": "South Korea", "bank of england":
    "United Kingdom", "bank of canada": "Canada", "bank of israel": "Israel", "european central bank":
    "European Union", "bakamla": "Indonesia", "taiwan affairs office": "China",
}
# A bank is a body of its country only as a central bank (Chinese banks are companies: see ROLE_NOUNS)
CENTRAL_BANK_WORDS = frozenset({"central", "reserve"})
# Words that stand for the country itself (metonymy): the Chinese government, Russian authorities
# A state's armed men named by their nationality act as the state (Turkish forces, Cameroonian soldiers)
ARMED_FORCE_NOUNS = frozenset({"force", "troop", "soldier", "gendarme", "serviceman", "servicemen"})
COUNTRY_HEADS = frozenset({"government", "administration", "authorities", "regime", "side", "leadership", "state",
                           "capital", "leaders"})  # (Iran's leaders: the leadership; one leader is a person)
# Demonyms: the country an adjective of nationality names (Chinese officials, the Japanese government)
# Short names two countries share: the full names (as the article may write them) of each, for a short name written
# alone after one of them (Democratic Republic of Congo ... Congo's government welcomed the sanctions)
SHARED_SHORT_NAMES = {
    "congo": {"Democratic Republic of the Congo": ("Democratic Republic of Congo", "Democratic Republic of the Congo",
                                                   "DR Congo", "D.R. Congo", "DRC", "Congo-Kinshasa"),
              "Republic of the Congo": ("Republic of Congo", "Republic of the Congo", "Congo-Brazzaville")},
}
DEMONYMS = {
    "american": "United States", "u.s.": "United States", "us": "United States", "chinese": "China",
    "russian": "Russia", "japanese": "Japan", "korean": "South Korea", "south korean": "South Korea",
    "north korean": "North Korea", "british": "United Kingdom", "french": "France", "german": "Germany",
    "italian": "Italy", "spanish": "Spain", "indian": "India", "pakistani": "Pakistan", "iranian": "Iran",
    "israeli": "Israel", "palestinian": "Palestine", "ukrainian": "Ukraine", "turkish": "Turkey",
    "greek": "Greece", "saudi": "Saudi Arabia", "emirati": "United Arab Emirates", "qatari": "Qatar",
    "egyptian": "Egypt", "syrian": "Syria", "lebanese": "Lebanon", "iraqi": "Iraq", "jordanian": "Jordan",
    "taiwanese": "Taiwan", "filipino": "Philippines", "philippine": "Philippines", "vietnamese": "Vietnam",
    "australian": "Australia", "canadian": "Canada", "mexican": "Mexico", "brazilian": "Brazil",
    "venezuelan": "Venezuela", "colombian": "Colombia", "polish": "Poland", "hungarian": "Hungary",
    "belarusian": "Belarus", "serbian": "Serbia", "azerbaijani": "Azerbaijan", "armenian": "Armenia",
    "afghan": "Afghanistan", "sudanese": "Sudan", "nigerian": "Nigeria", "south african": "South Africa",
    "indonesian": "Indonesia", "malaysian": "Malaysia", "thai": "Thailand", "singaporean": "Singapore",
    "dutch": "Netherlands", "swedish": "Sweden", "finnish": "Finland", "norwegian": "Norway",
    "danish": "Denmark", "swiss": "Switzerland", "austrian": "Austria", "czech": "Czech Republic",
    "romanian": "Romania", "bulgarian": "Bulgaria", "georgian": "Georgia", "kazakh": "Kazakhstan",
    "cuban": "Cuba", "argentine": "Argentina", "chilean": "Chile", "peruvian": "Peru", "guyanese": "Guyana",
    "malian": "Mali", "nigerien": "Niger", "ethiopian": "Ethiopia", "kenyan": "Kenya", "libyan": "Libya",
    "yemeni": "Yemen", "omani": "Oman", "kuwaiti": "Kuwait", "bahraini": "Bahrain", "european": "European Union",
    "cambodian": "Cambodia", "laotian": "Laos", "burmese": "Myanmar", "myanmar": "Myanmar", "bangladeshi": "Bangladesh",
    "sri lankan": "Sri Lanka", "nepali": "Nepal", "nepalese": "Nepal", "mongolian": "Mongolia", "kosovar": "Kosovo",
    "kosovan": "Kosovo", "moldovan": "Moldova", "lithuanian": "Lithuania", "latvian": "Latvia", "estonian": "Estonia",
    "slovak": "Slovakia", "slovenian": "Slovenia", "croatian": "Croatia", "bosnian": "Bosnia and Herzegovina",
    "albanian": "Albania", "belgian": "Belgium", "portuguese": "Portugal", "irish": "Ireland", "moroccan": "Morocco",
    "algerian": "Algeria", "tunisian": "Tunisia", "somali": "Somalia", "eritrean": "Eritrea", "rwandan": "Rwanda",
    "congolese": "Democratic Republic of the Congo", "ugandan": "Uganda", "tanzanian": "Tanzania",
    "ghanaian": "Ghana", "senegalese": "Senegal", "chadian": "Chad", "bolivian": "Bolivia", "ecuadorian": "Ecuador",
    "nicaraguan": "Nicaragua", "haitian": "Haiti", "panamanian": "Panama", "uzbek": "Uzbekistan",
    "tajik": "Tajikistan", "kyrgyz": "Kyrgyzstan", "turkmen": "Turkmenistan", "azeri": "Azerbaijan",
    "new zealand": "New Zealand", "ecuadorean": "Ecuador", "north macedonian": "North Macedonia",
    "burundian": "Burundi", "ivorian": "Ivory Coast", "togolese": "Togo", "beninese": "Benin",
    "burkinabe": "Burkina Faso", "burkinabè": "Burkina Faso", "malawian": "Malawi", "zambian": "Zambia",
    "zimbabwean": "Zimbabwe", "mozambican": "Mozambique", "angolan": "Angola", "namibian": "Namibia",
    "cameroonian": "Cameroon", "gabonese": "Gabon", "mauritanian": "Mauritania", "djiboutian": "Djibouti",
    "south sudanese": "South Sudan", "liberian": "Liberia", "sierra leonean": "Sierra Leone",
    "gambian": "Gambia", "malagasy": "Madagascar", "mauritian": "Mauritius", "paraguayan": "Paraguay",
    "uruguayan": "Uruguay", "honduran": "Honduras", "salvadoran": "El Salvador", "guatemalan": "Guatemala",
    "costa rican": "Costa Rica", "jamaican": "Jamaica", "icelandic": "Iceland", "maltese": "Malta",
    "cypriot": "Cyprus", "montenegrin": "Montenegro", "bhutanese": "Bhutan", "maldivian": "Maldives",
    "bruneian": "Brunei", "timorese": "East Timor", "fijian": "Fiji", "tongan": "Tonga",
    "palauan": "Palau", "marshallese": "Marshall Islands", "tuvaluan": "Tuvalu", "nauruan": "Nauru",
    "argentinian": "Argentina", "luxembourgish": "Luxembourg", "equatorial guinean": "Equatorial Guinea",
    "swazi": "Eswatini", "botswanan": "Botswana", "papua new guinean": "Papua New Guinea", "i-kiribati": "Kiribati",
    "ni-vanuatu": "Vanuatu", "trinidadian": "Trinidad and Tobago", "bahamian": "Bahamas", "barbadian": "Barbados",
    "surinamese": "Suriname", "belizean": "Belize", "lao": "Laos",
    # (Guinean soldiers; "new guinean" is read before "guinean", so Papua New Guinean stays Papua New Guinea's)
    "guinean": "Guinea", "new guinean": "Papua New Guinea", "samoan": "Samoa", "micronesian": "Micronesia",
    "comorian": "Comoros", "seychellois": "Seychelles", "cape verdean": "Cape Verde", "basotho": "Lesotho",
}
# The nationality word a body's bare name takes (China's Foreign Ministry: the Chinese Foreign Ministry): the
# first demonym of each country above, except where several countries or none would write it
NATIONALITY_OF = {"Myanmar": "Myanmar"}
for _word, _country in DEMONYMS.items():
    if _word not in ("american", "u.s.", "us", "korean", "european", "myanmar", "new zealand"):
        NATIONALITY_OF.setdefault(_country, _word.title())
# Words of a territory that broke away from a state: its officials do not act for that state
BREAKAWAY = frozenset({"breakaway", "separatist", "self-declared", "self-proclaimed", "secessionist", "rebel-held"})
# Verbs that demand when their that-clause is in the subjunctive (insisted that Skopje amend its constitution)
MANDATIVE_VERBS = frozenset({"insist"})
# National offices a title with no country may take from the sentence before (Foreign Minister X said ...), and
# words that make a title no national office (Opposition leader, Chief Executive, Director General, Mayor)
NATIONAL_OFFICES = frozenset({"minister", "president", "premier", "chancellor", "spokesman", "spokeswoman",
                              "spokesperson", "secretary", "adviser", "advisor"})
NOT_NATIONAL_OFFICES = frozenset({"opposition", "former", "chief", "executive", "director", "general", "mayor",
                                  "governor", "envoy", "special", "party", "union", "bank", "company", "regional"})
# Words that put a title in the past: whoever held it no longer acts for its country (Former Bolivian President Evo
# Morales, Peru's then-president Pedro Castillo, ex-President X)
FORMER_WORDS = frozenset({"former", "then", "ex", "ex-"})
# Feelings offered are expressed as they are offered (offered Kyiv's solidarity to Tbilisi), unlike aid or talks offered
OFFERING_VERBS = frozenset({"offer", "extend"})
FELT_NOUNS = frozenset({"solidarity", "condolence", "condolences", "sympathy", "sympathies"})
# Ranks and forms of address written before a name, which are no part of it (Admiral John Aquilino)
NAME_PREFIXES = frozenset({"admiral", "vice-admiral", "colonel", "lieutenant", "captain", "sergeant", "marshal",
                           "brigadier", "commodore", "major", "corporal", "pope", "cardinal", "bishop", "rabbi",
                           "imam", "ayatollah", "judge", "justice", "dr.", "prof.", "professor", "father", "rev."})
# Pronouns and definite descriptions that refer back: the kind they refer to
ANAPHORS = {"he": "person", "she": "person", "him": "person", "her": "person", "the country": "country",
            "the minister": "person", "the president": "person", "the spokesperson": "person",
            # (a title every such office-holder has, named again alone: the last person named before it)
            "the secretary-general": "person", "the secretary general": "person", "the prime minister": "person",
            "the chancellor": "person", "the premier": "person",
            "the spokesman": "person", "the spokeswoman": "person", "both countries": "country",
            "the two countries": "country", "both sides": "actor", "the two sides": "actor",
            "both governments": "country", "the two governments": "country", "both nations": "country",
            "the two nations": "country", "both leaders": "person", "the two leaders": "person",
            "the two ministers": "person", "both ministers": "person", "the ministry": "government",
            "the two presidents": "person", "both presidents": "person", "the two prime ministers": "person",
            "both prime ministers": "person", "the two foreign ministers": "person", "both foreign ministers": "person",
            "the two heads of state": "person",
            # (the two men, both women: the two people last named, as the two leaders are)
            "the two men": "person", "both men": "person", "the two women": "person", "both women": "person",
            # a union or alliance named again by its kind: the last organisation named (the EU, NATO, the Quad)
            "the bloc": "organization", "the alliance": "organization", "the grouping": "organization",
            # (He accused the organisation of "double standards": the African Union that suspended his country)
            "the organisation": "organization", "the organization": "organization",
            # a government named by its kind alone is the country the story has been about (urged the government to
            # suspend talks; Nigeria urged the junta to keep its soldiers): not "the government of President X"
            "the government": "country", "the junta": "country"}
GOVERNMENT_NOUNS = frozenset({"government", "junta"})
GOVERNMENT_ANAPHORS = frozenset({"the government", "the junta"})
# An armed group named again by its kind (accused the group of planning attacks, the militants, the jihadist group):
# the last non-state group named
# The members of a union, none named (members of the BRICS group): the union acted on as a whole
MEMBER_NOUNS = frozenset({"members", "member"})
GROUP_ANAPHORS = frozenset({"the group", "the militant group", "the jihadist group", "the rebel group",
                            "the armed group", "the islamist group", "the militants", "the rebels", "the insurgents",
                            "the jihadists"})
FIRST_PERSON = frozenset({"we", "us", "our"})
# "his country" in what a person says: the speaker's own country (her government stays the speaker's, as a person)
OWN_COUNTRY_NOUNS = frozenset({"country", "nation"})
DETERMINERS = frozenset({"the", "a", "an"})
# Verbs whose that-clause names their target: warned that Washington would, accused ... claimed that Kyiv had
# (not warnings: "warned that Israel would act" names the speaker's own side as often as the target)
CLAUSE_TARGETED = frozenset({"accuses", "criticizes", "demands", "requests", "warns", "threatens"})
