"""Which relation an English word names: the ontology's cue words, and the words whose relation depends on
what they govern.

A verb names its relation by its lemma (warn, condemn, sanction), a phrasal verb by its lemma and particle
(called on, sided with). Some words name one only through their object or complement: delivering air defence
systems to Ukraine supports it, welcoming a foreign minister hosts them, agreeing to expand patrols is
cooperation, summoning an envoy is a protest, calling the launches "unacceptable" criticizes, exchanging fire
is an attack, and suspending imports or closing a border sanctions. Nouns name events too (sanctions, export
controls, joint drills), and a trade war is no attack at all.
"""
from __future__ import annotations

from kg.extract import cue_lexicon, symmetric_relations
# (read_actor calls this module, so actors is still loading when it is: called through the module)
from kg.extract.en import actors
from kg.lang import en as lex


def lexicon() -> dict[str, str]:
    """Cue lemma -> relation name, from the ontology's labels."""
    return cue_lexicon("en")


def symmetric() -> frozenset[str]:
    return symmetric_relations()


def cut_aid(noun) -> bool:
    """cut American aid to Honduras, froze $30 million in security assistance: aid cut, frozen or withheld is a
    sanction on whom it was for (reducing material aid is a way of reducing relations), not support negated."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lex.AID_NOUNS:
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ in ("in", "of") and noun.head.head.dep_ == "dobj":
        noun = noun.head.head  # ($30 million in security assistance: the amount carries the aid)
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in lex.AID_CUTTING_VERBS


def relation_of(tok) -> tuple[str, str] | None:
    """(relation, rule) a token names: a cue lemma, or a phrasal verb."""
    if tok.pos_ not in ("VERB", "NOUN") and not (tok.pos_ == "PROPN" and tok.text.islower()):
        # (only a verb or a noun names one: the last test below, made first; a word in lower case the tagger took for
        # a name is a common noun: voiced solidarity with Azerbaijan)
        return None
    if tok.pos_ == "VERB":
        for child in phrasal_particles(tok):
            if (tok.lemma_.lower(), child.lower_) in lex.PHRASAL:
                found = lex.PHRASAL[(tok.lemma_.lower(), child.lower_)]
                if found == "criticizes" and armed_reply(tok):
                    return "attacks", "phrasal"  # (hit back at Iran with a wave of airstrikes: a reply in arms)
                if found == "attacks" and any(c.dep_ == "dobj" and c.lemma_.lower() in lex.LEGAL_CASE_NOUNS
                                              for c in tok.children):
                    break  # (launched a WTO challenge against Indonesia: a case brought, no attack)
                return found, "phrasal"
        if tok.lemma_.lower() == "stand" and any(p.dep_ == "prep" and p.lower_ == "behind" and (any(
                a.dep_ == "advmod" and a.lower_ in lex.FIRMLY for a in (*p.children, *tok.children))
                # (the EU stood behind Copenhagen: a country or a government stood behind is backed, a person may
                # only be stood behind in a room)
                or any(m.kind in ("country", "government") for m in actors.actors_of(
                    [g for g in p.children if g.dep_ == "pobj"])))
                for p in tok.children):
            return "supports", "phrasal"  # stood "fully behind" the Czech plan: backs it (not stood behind him)
        if tok.lemma_.lower() in lex.BACKING_VERBS and any(o.dep_ == "dobj" and o.lemma_.lower() in lex.BACKING_NOUNS
                                                          for o in tok.children) \
                and any(p.dep_ == "prep" and p.lower_ == "behind" for p in tok.children):
            return "supports", "phrasal"  # threw its weight behind Denmark, put its full support behind the plan
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in lex.TRAVEL_RIGHTS and flowing(tok):
        return None  # (visa-free travel for Georgian citizens is no visit: a right a restriction takes away)
    rel = lexicon().get(tok.lemma_.lower()) or lexicon().get(tok.lower_)
    if rel is None and tok.pos_ == "VERB":
        rel = lex.VERB_CUES.get(tok.lemma_.lower()) or ("supports" if hands_over(tok) else None)
        if rel == "visits" and tok.lemma_.lower() in lex.MOVING_VERBS and any(c.dep_ == "dobj" for c in tok.children):
            rel = None  # (who heads the ministry, lands a job: a verb of going with an object goes nowhere)
    if rel == "visits" and tok.pos_ == "VERB" and any(
            p.dep_ == "prep" and p.lower_ in ("into", "over", "across", "through") and any(
                g.dep_ == "pobj" and g.lemma_.lower() in lex.ENTERED_SPACES for g in p.children) for p in tok.children):
        rel = None  # (jets flew into Estonian airspace, a vessel sailed into Philippine waters: an incursion, no visit)
    if rel is None and tok.pos_ == "NOUN" and tok.lemma_.lower() in lex.SUPPORT_NOUNS:
        rel = "supports"
    if rel is None and tok.pos_ == "NOUN" and (tok.lemma_.lower() in lex.FINANCE_NOUNS or tok.lemma_.lower() == "line"
                                               and any(c.lower_ == "credit" for c in tok.children)):
        rel = "supports"  # extended a $400 million currency swap to the Maldives, a credit line for Sri Lanka
    if rel == "supports" and cut_aid(tok):
        rel = "sanctions"  # threatened to cut aid to Honduras, froze its military assistance: a sanction
    if tok.pos_ == "VERB" and tok.lemma_.lower() in lex.RECEIVING_VERBS and _received_visitor(tok):
        rel = "hosts"  # Saudi Arabia welcomed Iran's foreign minister in Riyadh: a visit received
    if rel is None and tok.pos_ == "VERB" and tok.lemma_.lower() in lex.AGREEING_VERBS and _agreed_undertaking(tok):
        rel = "cooperatesWith"  # Japan and Australia agreed to expand joint patrols
    if rel is None and tok.pos_ == "NOUN" and tok.lemma_.lower() in lex.TRADE_MEASURES and any(
            c.dep_ in ("compound", "amod") and c.lemma_.lower() in lex.TRADE_WORDS for c in tok.children):
        rel = "sanctions"  # export controls on Chinese chipmakers, import bans, trade restrictions
    if rel is None and tok.pos_ == "VERB" and tok.lemma_.lower() in lex.LISTING_VERBS and any(
            p.dep_ == "prep" and p.lower_ in ("to", "on") and (g.lemma_.lower() in lex.BLACKLISTS or g.lemma_.lower() == "list"
                                                      and any(c.lower_ in lex.BLACKLIST_KINDS for c in g.children))
            for p in _listing_preps(tok) for g in p.children if g.dep_ == "pobj"):
        rel = "sanctions"  # added 23 Chinese companies to its export blacklist, placed banks on its sanctions list
    if rel is None and tok.pos_ == "NOUN" and tok.lemma_.lower() in lex.TRADE_MEASURES and any(
            p.dep_ == "prep" and p.lower_ == "on" and flowing(g) for p in tok.children for g in p.children
            if g.dep_ == "pobj"):
        rel = "sanctions"  # a ban on Japanese seafood imports, curbs on exports to Russia: a flow stopped
    if rel is None and tok.pos_ == "VERB" and (tok.lemma_.lower() in lex.SUMMON_VERBS or called_in(tok)) and any(
            envoy_word(c) for c in summoned_envoys(tok)) \
            and not any(c.dep_ in ("xcomp", "advcl") and relation_of(c) is not None for c in tok.children):
        rel = "protests"  # India summoned Bangladesh's envoy over the remarks: a summons is a protest
    if rel is None and tok.pos_ == "VERB" and tok.lemma_.lower() == "discuss" and tok.dep_ == "xcomp" \
            and tok.head.lower_ in lex.READY_ADJECTIVES:
        rel = "negotiatesWith"  # remained willing to discuss river navigation with Colombia: readiness for talks
    if rel is None and tok.pos_ == "VERB" and tok.lemma_.lower() == "discuss" and tok.dep_ == "advcl" \
            and (tok.head.lemma_.lower() in lex.TRAVEL_VERBS or lexicon().get(tok.head.lemma_.lower()) == "visits"):
        rel = "meetsWith"  # will travel to Ankara to discuss the water issue with Erdogan: the trip's purpose, a meeting
    if rel is None and tok.pos_ == "VERB" and tok.lemma_.lower() in lex.DESIGNATING_VERBS and any(
            p.dep_ == "prep" and p.lower_ == "as" and any(c.lower_ in lex.TERROR_WORDS for c in g.children)
            for p in tok.children for g in p.children if g.dep_ == "pobj"):
        rel = "sanctions"  # lists the ELN as a foreign terrorist organisation: a designation is a measure against it
    if rel is None and tok.pos_ == "VERB" and tok.lemma_.lower() in ("open", "return") and any(
            c.dep_ == "dobj" and c.lower_ in ("fire", "gunfire") for c in tok.children):
        # Cameroonian soldiers opened fire on a Nigerian Navy patrol boat: shooting at whom "on" names; and so is fire
        # returned (returned fire on Syrian positions)
        rel = "attacks"
    if tok.pos_ == "VERB" and tok.lemma_.lower() in ("lead", "head") and any(
            c.dep_ == "dobj" and c.lemma_.lower() in lex.DELEGATION_NOUNS for c in tok.children):
        rel = "visits"  # would lead a delegation to Washington: the one who leads it goes there
    if rel is None and tok.pos_ == "NOUN" and tok.lemma_.lower() in lex.TIE_NOUNS and tok.dep_ == "dobj" \
            and tok.head.lemma_.lower() in lex.TIE_BUILDING_VERBS and not _only_sought(tok.head):
        rel = "cooperatesWith"  # building ties with the United States, deepened relations with Japan (not tense ties)
    if rel is None and tok.pos_ == "NOUN" and tok.lemma_.lower() in lex.SIGNED_DOCUMENTS and (
            tok.dep_ == "dobj" and tok.head.lemma_.lower() in lex.SIGNING_VERBS
            or any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in lex.SIGNING_VERBS for c in tok.children)):
        rel = "cooperatesWith"  # signed a memorandum of understanding with Somaliland, a contract with Korea's KHNP
    if rel is None and tok.pos_ == "NOUN" and tok.lemma_.lower() in lex.LEGAL_CASE_NOUNS and any(
            p.dep_ == "prep" and p.lower_ == "against" for p in tok.children):
        rel = "accuses"  # filed a case against Argentina at the court, a complaint against Ecuador at the WTO
    elif rel is None and tok.pos_ == "NOUN" and tok.lemma_.lower() == "complaint" and any(
            p.dep_ == "prep" and p.lower_ in ("with", "to") for p in tok.children):
        rel = "protests"  # lodged a formal complaint with China: a protest made to it
    if rel is None and tok.pos_ == "VERB" and tok.lemma_.lower() in lex.BRINGING_VERBS | {"drag", "haul"} and any(
            p.dep_ == "prep" and p.lower_ in ("to", "before") and any(g.lower_ in lex.COURT_WORDS for g in p.subtree)
            for p in tok.children) and any(c.dep_ == "dobj" and actors.actors_of([c]) for c in tok.children):
        rel = "accuses"  # took Israel to the International Court of Justice, could take Australia to arbitration
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in lex.ALLY_NOUNS and predicated(tok) is not None:
        rel = "supports"  # Orban is a close ally of Dodik, Belarus is Russia's closest ally: a standing backer
    if rel is None and tok.pos_ == "NOUN" and tok.lemma_.lower() in lex.GRIEVANCE_NOUNS and tok.dep_ == "dobj" \
            and tok.head.lemma_.lower() == "raise" and raised_with(tok):
        rel = "criticizes"  # raised its concerns about the survey with Chinese officials: a complaint made to them
    if rel is None and tok.pos_ == "VERB" and raised_in_person(tok):
        rel = "meetsWith"  # said he would raise the issue with Modi: who raises it talks with them
    if rel is None and tok.pos_ == "VERB" and tok.lemma_.lower() in lex.PERSUADING_VERBS and any(
            c.dep_ == "dobj" for c in tok.children) and any(
            c.dep_ in ("xcomp", "ccomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for c in tok.children):
        rel = "requests"  # encouraged both countries to continue their dialogue, pressed Kigali to withdraw
    if rel is None and tok.pos_ == "VERB" and tok.lemma_.lower() == "share" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in lex.SHARED_THINGS for c in tok.children):
        rel = "cooperatesWith"  # shares intelligence with the United States (not: shares a border with)
    if rel is None and tok.pos_ == "VERB" and tok.lemma_.lower() in lex.RECOGNIZING_VERBS and any(
            c.dep_ == "dobj" and (c.lemma_.lower() in lex.SOVEREIGNTY_NOUNS or c.ent_type_ in ("GPE", "ORG", "NORP"))
            for c in tok.children):
        rel = "supports"  # recognised Moroccan sovereignty, recognised Palestine as a state: backs its claim
    if rel is None and tok.pos_ == "NOUN" and tok.lemma_.lower() in lex.RECOGNITION_NOUNS and any(
            g.lemma_.lower() in lex.SOVEREIGNTY_NOUNS or g.ent_type_ in ("GPE", "ORG") for p in tok.children
            if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"):
        rel = "supports"  # France's recognition of Moroccan sovereignty, Spain's recognition of Palestine
    if rel is None and tok.pos_ == "VERB" and tok.lemma_.lower() in lex.VOWING_VERBS and any(
            c.dep_ == "dobj" and c.lemma_.lower() in lex.RESPONSE_NOUNS
            or c.dep_ == "xcomp" and c.lemma_.lower() in lex.RESPONDING_VERBS for c in tok.children):
        rel = "threatens"  # Moscow vows response, vowed retaliation, pledged to respond: a threat of what is to come
    if rel is None and tok.pos_ == "VERB" and tok.lemma_.lower() in lex.SPEECH_VERBS - {"warn"} \
            and _response_to_come(tok) and not _warning_told(tok):
        rel = "threatens"  # said Moscow would respond "in kind": a response announced is a threat
    if rel is None and tok.pos_ == "VERB" and tok.lemma_.lower() in lex.MANDATIVE_VERBS and _mandate(tok):
        rel = "demands"  # Bulgaria insisted that Skopje amend its constitution: a that-clause in the subjunctive
    if rel is None and tok.pos_ == "VERB" and condemning_name(tok) is not None:
        # called the launches "unacceptable"; called the accusations "fanciful": turns them away
        rel = "rejects" if condemning_name(tok).lemma_.lower() in lex.CLAIM_NOUNS else "criticizes"
    if rel is None and tok.pos_ == "VERB" and tok.lemma_.lower() in lex.EXCHANGE_VERBS and any(
            c.dep_ == "dobj" and c.lemma_.lower() in lex.CAPTIVE_NOUNS for c in tok.children):
        rel = "cooperatesWith"  # Russia and Ukraine exchanged prisoners: an exchange is done together
    if rel is None and tok.pos_ == "VERB" and (tok.lemma_.lower() in lex.CLASH_VERBS or exchanged_fire(tok)):
        rel = "attacks"  # (Thai and Cambodian forces exchanged artillery fire: a clash)
    if rel is None and tok.pos_ == "NOUN" and tok.lower_ in lex.EXERCISE_NOUNS and any(
            c.dep_ == "amod" and c.lower_ in lex.JOINT_WORDS for c in tok.children):
        rel = "cooperatesWith"  # held joint drills: those who drill together cooperate
    if rel == "attacks" and tok.pos_ == "VERB" and any(
            p.dep_ == "prep" and p.lower_ == "with" and any(g.dep_ == "pobj" and relation_of(g) is not None
                                                            for g in p.children) for p in tok.children):
        return None  # hit Iran with new sanctions: the sanctions are the relation, not a strike
    if rel in (None, "opposes") and tok.pos_ == "VERB" and tok.lemma_.lower() in lex.RESTRICTING_VERBS and any(
            c.dep_ == "dobj" and flowing(c) for c in tok.children):
        # Beijing suspended imports of Japanese seafood, banned exports to Russia (and blocked the loading of
        # Nigerien crude: blocking a trade flow is no mere opposition)
        rel = "sanctions"
    if rel is None and tok.pos_ == "VERB" and tok.lemma_.lower() in lex.CLOSING_VERBS and any(
            c.dep_ == "dobj" and (c.lemma_.lower() in lex.CLOSED_THINGS or c.lower_ in lex.CLOSED_THINGS)
            for c in tok.children):  # (shut the Jaber crossing: a crossing the tagger took for a verb, lemma "cross")
        rel = "sanctions"  # Poland closed its border with Belarus, closed its airspace to Russian aircraft
    if rel is None and tok.pos_ == "VERB" and tok.lemma_.lower() in lex.WAR_VERBS and actors.actors_of(
            [c for c in tok.children if c.dep_ == "dobj"] + [g for p in tok.children if p.dep_ == "prep"
                                                             and p.lower_ == "against" for g in p.children]):
        rel = "attacks"  # both armies have fought Boko Haram, fight against the PKK: fighting someone attacks them
    if rel is None and tok.pos_ == "VERB" and _suspended_member(tok):
        rel = "sanctions"  # the African Union suspended Chad from all its activities: a member shut out
    if rel is None and tok.pos_ == "VERB" and tok.lemma_.lower() in lex.SHARING_VERBS and any(
            c.dep_ == "dobj" and c.lemma_.lower() in lex.INTELLIGENCE_NOUNS for c in tok.children):
        rel = "cooperatesWith"  # had shared intelligence on the smuggling networks with the Syrian authorities
    if rel is None and tok.pos_ == "VERB" and tok.lemma_.lower() in lex.SEEKING_VERBS and any(
            c.dep_ == "dobj" and c.lemma_.lower() in lex.SOUGHT_THINGS for c in tok.children):
        rel = "requests"  # sought Australian and British help, may seek a loan from Beijing: asked of them
    if rel is None and tok.pos_ == "VERB" and tok.lemma_.lower() in lex.SEEKING_VERBS and any(
            c.dep_ == "dobj" and c.lemma_.lower() in lex.DEMANDED_THINGS for c in tok.children):
        rel = "demands"  # sought territorial concessions from Thimphu, seeks an apology from Tokyo: demanded of them
    if rel is None and tok.pos_ == "VERB" and tok.lemma_.lower() in lex.TELLING_VERBS and _told_in_person(tok):
        rel = "meetsWith"  # told his Greek counterpart during talks in Athens, told Penny Wong in Beijing
    if rel is None and tok.pos_ == "NOUN" and tok.lemma_.lower() == "deal" and (
            tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in lex.DEAL_VERBS or any(
                a.dep_ == "acl" and a.tag_ == "VBN" and a.lemma_.lower() in lex.DEAL_VERBS for a in tok.children)):
        # Morocco and Nigeria struck a deal, reached a deal with Kyiv, a deal struck between Mbabane and Washington:
        # an agreement concluded
        rel = "cooperatesWith"
    if rel == "attacks" and tok.pos_ == "NOUN" and tok.lower_ in lex.WEAPON_NOUNS and tok.dep_ in ("dobj", "nsubjpass") \
            and tok.head.lemma_.lower() in lex.TRANSFER_VERBS | {"supply"}:
        return None  # (shipped artillery shells to Russia: munitions handed over, no shelling; the verb supports)
    if rel == "attacks" and tok.pos_ == "VERB" and (any(c.dep_ == "dobj" and c.lemma_.lower() in {"deal"}
                                                        | lex.LEGAL_CASE_NOUNS for c in tok.children)
                                                    or tok.dep_ == "acl" and tok.head.lemma_.lower() == "deal"):
        return None  # (struck a deal, a deal struck between, launched a WTO challenge: the deal or the case, no strike)
    if rel == "attacks" and tok.pos_ == "VERB" and tok.lemma_.lower() in lex.TARGETING_VERBS and any(
            c.dep_ == "dobj" and c.lemma_.lower() in lex.ECONOMIC_ACTORS for c in tok.children):
        rel = "sanctions"  # would target more Chinese firms, targeting Chinese refiners: a measure, not a strike
    if rel == "attacks" and any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in lex.NON_VIOLENT
                                for c in tok.children):
        return None  # a trade war, a price war, a cold war of words
    if rel is None:
        return None
    return rel, "verbal" if tok.pos_ == "VERB" else "nominal"


def _only_sought(verb) -> bool:
    """Serbia is seeking to keep good relations with Washington: ties someone only seeks to keep or build are no
    cooperation yet."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lex.ASPIRING_VERBS


def predicated(noun):
    """The verb that says a noun of its subject: is, remains, becomes (a close ally of Dodik), or has emerged, serves
    as (a key backer of Damascus); None when the noun is not so said."""
    if noun.dep_ == "attr" and noun.head.lemma_.lower() in lex.LINKING_VERBS:
        return noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.head.lemma_.lower() in lex.AS_LINKING_VERBS:
        return noun.head.head
    return None


def called_in(verb) -> bool:
    """called in the Irish ambassador: "call" with "in" summons (the parser makes "in" a preposition or a particle)."""
    return verb.lemma_.lower() == "call" and any(c.dep_ in ("prep", "prt") and c.lower_ == "in" for c in verb.children)


def summoned_envoys(verb) -> list:
    """Whom a verb of summoning calls: its object (the subject of a passive: the envoy was summoned to the ministry),
    or what the parser hung on "in" (called in the ambassador)."""
    return [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")] + [
        g for p in verb.children if p.dep_ == "prep" and p.lower_ == "in" and called_in(verb) for g in p.children
        if g.dep_ == "pobj"]


def envoy_word(tok) -> bool:
    """ambassador, chargé d'affaires, high commissioner: a word that names an envoy."""
    before = tok.doc[tok.i - 1].lower_ if tok.i > 0 else ""
    # (summoned Indian Ambassador Naveen Srivastava: a name with an envoy's title before it names an envoy too)
    return tok.lemma_.lower() in lex.ENVOY_NOUNS | lex.DIPLOMAT_NOUNS or f"{before} {tok.lower_}" in lex.ENVOY_NOUNS \
        or tok.pos_ == "PROPN" and any(c.dep_ == "compound" and c.i < tok.i and envoy_word(c) for c in tok.children)


def flowing(tok) -> bool:
    """imports, exports, shipments, the transit of goods, visa-free travel: what a restriction stops."""
    return tok.lemma_.lower() in lex.TRADE_FLOWS or tok.lower_ in lex.ASSET_NOUNS or tok.lemma_.lower() in lex.TRAVEL_RIGHTS and any(
        "visa" in t.lower_ for t in tok.subtree if t.i < tok.i) or bool(traded_participles(tok))


def traded_participles(tok) -> list:
    """cars imported from the EU, steel shipped from China: goods a participle of trade says came from (or went to)
    a place flow as imports do."""
    return [c for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in lex.TRADING_VERBS and any(
        p.dep_ == "prep" and p.lower_ in ("from", "to") for p in c.children)]


def armed_reply(verb) -> bool:
    """hit back at Iran with a wave of airstrikes: a reply made with weapons or strikes is an attack (hit back at
    Seoul over the drills is one in words)."""
    return any(t.lower_ in lex.WEAPON_NOUNS or lexicon().get(t.lemma_.lower()) == "attacks"
               for p in verb.children if p.dep_ == "prep" and p.lower_ == "with" for t in p.subtree)


def phrasal_particles(verb) -> list:
    """The prepositions and particles of a verb, and those the parser hung on what it fires or launches
    (fired missiles [at Israel]: the target of the firing, not of the missiles)."""
    found = [c for c in verb.children if c.dep_ in ("prep", "prt")]
    # (would "always stand by Republika Srpska": after a quotation mark the parser may take an active verb's "by"
    # for a passive's agent; with no passive auxiliary it is the phrasal verb's preposition)
    found += [c for c in verb.children if c.dep_ == "agent" and not any(a.dep_ == "auxpass" for a in verb.children)
              and (verb.lemma_.lower(), c.lower_) in lex.PHRASAL]
    # (pushed back against, hit back at: the parser may make the particle an adverb)
    found += [c for c in verb.children if c.dep_ == "advmod" and (verb.lemma_.lower(), c.lower_) in lex.PHRASAL]
    if verb.lemma_.lower() in ("fire", "launch"):
        found += [p for o in verb.children if o.dep_ == "dobj" for p in o.children
                  if p.dep_ == "prep" and p.lower_ in ("at", "on", "into", "against", "toward", "towards")]
    # (stood shoulder to shoulder with Riga, side by side with Kyiv: the parser hangs "with" on the idiom's noun)
    idiom = [o for o in verb.children if o.dep_ in ("dobj", "npadvmod") and o.lower_ in lex.SIDE_BY_SIDE]
    idiom += [g for o in (verb, *idiom) for p in o.children if p.dep_ == "prep" for g in p.children
              if g.dep_ == "pobj" and g.lower_ in lex.SIDE_BY_SIDE]
    found += [p for o in idiom for p in o.children if p.dep_ == "prep" and p.lower_ in lex.PARTNER_PREPS]
    return found


def _agreed_undertaking(verb) -> bool:
    """agreed to expand patrols, agreed on a framework: an agreement to act together is cooperation; one to
    meet or to hold talks is the meeting or the talks (read from the complement itself)."""
    # (and agreed to a new system for managing traffic: a thing agreed to, once agreed, not someone's request or
    # demand, nor one still pressed for: presses both sides to agree to a ceasefire)
    things = ("on", "to") if verb.tag_ in ("VBD", "VBN") else ("on",)
    # (the parser may hang the infinitive as an adverbial clause: agreed on Thursday to jointly build)
    content = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp") or c.dep_ == "advcl" and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children)] + [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ in things for g in c.children
        if g.dep_ == "pobj" and g.pos_ == "NOUN" and g.lemma_.lower() not in lex.SUMMING_NOUNS | lex.VOICED_EVENTS]
    if not content:
        return False
    for c in content:
        events = [c] + [g for g in c.children if g.dep_ == "dobj"]
        if any((found := relation_of(e)) is not None and found[0] in lex.MEETING_RELATIONS for e in events):
            return False
    return True


def hands_over(verb) -> bool:
    """delivered air defence systems to Ukraine: a transfer of things (not of an event: a warning) to someone."""
    if verb.lemma_.lower() not in lex.TRANSFER_VERBS:
        return False
    things = [c for c in verb.children if c.dep_ == "dobj"]
    to = [g for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
          for g in c.children if g.dep_ == "pobj"] + [
        c for c in verb.children if c.dep_ == "dative" and c.pos_ != "ADP" and actors.read_actor(c)]  # (gave Kyiv tanks)
    # (a protest note delivered is no aid: a thing named by an event is the event's)
    return bool(things) and all(relation_of(t) is None and t.lemma_.lower() not in lex.NOT_AID and not any(
        c.dep_ == "compound" and relation_of(c) is not None for c in t.children) for t in things) and bool(to)


def _response_to_come(verb) -> bool:
    """said Moscow would respond "in kind", said his government would respond with reciprocal measures: a response in
    kind or by measures that a speaker says their side will make is a threat (not one only told how it will be made:
    would respond "firmly but calmly"; nor one to an act: would respond to any deployment of NATO forces)."""
    return any(c.dep_ == "ccomp" and c.lemma_.lower() in lex.RESPONDING_VERBS
               and any(a.dep_ == "aux" and a.lower_ in ("will", "would", "'ll") for a in c.children)
               and any(p.dep_ == "prep" and p.lower_ in ("in", "with") for p in c.children)
               and not any(p.dep_ == "prep" and p.lower_ == "to" for p in c.children) for c in verb.children)


def _warning_told(verb) -> bool:
    """issued a warning to Iran ..., saying London would respond with sanctions: what a participle says of a warning
    is that warning, no threat of its own."""
    head = verb.head
    return verb.dep_ == "advcl" and any((relation_of(t) or ("",))[0] == "warns"
                                        for t in (head, *(c for c in head.children if c.dep_ == "dobj")))


def _listing_preps(verb) -> list:
    """The prepositions of a verb of listing, with those the parser hung on a participle after its object (add
    Russian officials linked to the network to its sanctions list: the list is where they are added)."""
    return [c for c in verb.children if c.dep_ == "prep"] + [
        p for o in verb.children if o.dep_ == "dobj" for a in o.children if a.dep_ == "acl" and a.tag_ == "VBN"
        for p in a.children if p.dep_ == "prep" and p.i > a.i + 1 and any(q.dep_ == "prep" and q.i < p.i
                                                                           for q in a.children)]


def _received_visitor(verb) -> bool:
    """welcomed / received a named person (not a decision), or an official in or to a place; so was the
    person welcomed by X."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    # (is due to receive him: a person referred back to)
    people_ = [m for m in actors.actors_of(objects) if m.kind in ("person", "role")
               or m.kind == "anaphor" and m.text in lex.PERSONAL_PRONOUNS]
    placed = any(c.dep_ == "prep" and c.lower_ in ("in", "to", "at")
                 for t in (verb, *objects) for c in t.children)
    return bool(people_) and (placed or any(m.kind in ("person", "anaphor") for m in people_))


def condemning_name(verb):
    """called the sanctions illegal, calling the launch "an outrageous act": the thing a verb of calling gives a
    word of condemnation to (the parser may make the thing the subject of a clause: called [the launches
    "unacceptable"]); None when the verb names nothing so."""
    if verb.lemma_.lower() not in lex.CALLING_VERBS:
        return None
    for holder in (verb, *(c for c in verb.children if c.dep_ == "ccomp")):
        for oprd in (c for c in holder.children if c.dep_ == "oprd"):
            if _judged(oprd):
                thing = next((c for c in holder.children if c.dep_ in ("dobj", "nsubj") and c.i < oprd.i
                              and (holder.i != verb.i or c.dep_ == "dobj")), None)
                # (called the flight ban "counterproductive": the parser may hang the thing on the word itself)
                thing = thing or next((c for c in oprd.children if c.dep_ == "nmod" and c.i < oprd.i), None)
                if thing is not None:
                    return thing
    for thing in (c for c in verb.children if c.dep_ == "dobj"):
        # called the Japanese decision "shameful", the seizure "an act of state banditry": within quotation marks the
        # parser may hang the word on the thing, as a modifier written after it or in apposition
        if any((c.dep_ == "amod" and c.i > thing.i or c.dep_ == "appos") and _judged(c) for c in thing.children):
            return thing
    # described the expulsion as "another provocation", branded the drills as reckless: the word follows "as", on
    # the verb or on the thing
    for thing in (c for c in verb.children if c.dep_ == "dobj"):
        if any(p.dep_ == "prep" and p.lower_ == "as" and any(g.dep_ in ("pobj", "amod", "acomp") and _judged(g)
                                                           for g in p.children)
               for h in (verb, thing) for p in h.children):
            return thing
    return None


def _judged(word) -> bool:
    """A word of condemnation or dismissal given to something: the word itself and its modifiers, never a phrase
    under it (a shield against Russian aggression); but the words joined to it, "a disgrace" and "a betrayal", and
    what an act is an act of (an act of banditry)."""
    heads = [word, *(c for c in word.children if c.dep_ == "conj")]
    heads += [g for h in heads if h.lemma_.lower() in lex.ACT_NOUNS for p in h.children
              if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    words = [w for h in heads for w in (h, *(c for c in h.children if c.dep_ in ("amod", "compound")))]
    judgements = lex.NEGATIVE_JUDGEMENTS | lex.DISMISSALS
    return any(t.lemma_.lower() in judgements or t.lower_ in judgements for t in words)


def raised_with(grievance) -> list:
    """Whom a grievance is raised with (raised concerns with Beijing; raised its concerns about the survey with
    Chinese officials, where the parser hangs "with" on what the concern is about; raised them with her in a call)."""
    about = [g for p in grievance.children if p.dep_ == "prep" and p.lower_ in ("about", "over", "on")
             for g in p.children if g.dep_ == "pobj"]
    return [g for t in (grievance, grievance.head, *about) for p in t.children if p.dep_ == "prep" and p.lower_ == "with"
            for g in p.children if g.dep_ == "pobj"]


def raised_in_person(verb) -> bool:
    """she had raised the issue with Indian Prime Minister Narendra Modi, raised the matter with the Chinese
    ambassador: raising a topic with a named person is a conversation with them (not raising a case with a country,
    nor concerns, which are a grievance)."""
    if verb.lemma_.lower() != "raise" or not any(c.dep_ == "dobj" and c.lemma_.lower() in lex.RAISED_TOPICS
                                                  for c in verb.children):
        return False
    partners = [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "with" for g in p.children
                if g.dep_ == "pobj"]
    return any(m.kind == "person" for m in actors.actors_of(partners))


def _suspended_member(verb) -> bool:
    """suspended Chad from all its activities, Niger was suspended by the AU, expelled Russia from the council: a
    body shutting a member state out of it sanctions the state (suspending talks, aid or flights stops an event)."""
    if verb.lemma_.lower() not in lex.SUSPENDING_VERBS:
        return False
    members = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    shut_out = verb.lemma_.lower() == "suspend" or any(c.dep_ == "prep" and c.lower_ == "from" for c in verb.children)
    return shut_out and any(m.kind == "country" for m in actors.actors_of(members))


def _told_in_person(verb) -> bool:
    """Wang Yi told his Australian counterpart Penny Wong in Beijing that ...; Fidan told his Greek counterpart during
    talks in Athens: what is told to a named person in a place, or during talks, is told at a meeting (not by
    telephone, nor to reporters)."""
    told = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    if not any(m.kind in ("person", "role") for m in actors.actors_of(told)):
        return False
    preps = [c for c in verb.children if c.dep_ == "prep"] + [p for t in told for p in t.children if p.dep_ == "prep"]
    if any(g.lemma_.lower() in lex.REMOTE_MEANS for p in preps for g in p.subtree):
        return False
    return any(p.lower_ in ("during", "at") and any(g.lemma_.lower() in lex.MEETING_NOUNS for g in p.children)
               or p.lower_ == "in" and any(g.ent_type_ == "GPE" for g in p.children) for p in preps)


def exchanged_fire(verb) -> bool:
    """exchanged fire, traded artillery fire, exchanged shots: fire going both ways is a clash; so is a war fought
    by two sides together (Britain and Argentina fought a war, India fought a war with Pakistan; not a war fought
    against someone, which is one side's, nor a trade war)."""
    if verb.lemma_.lower() in lex.WAR_VERBS:
        return any(c.dep_ == "dobj" and c.lemma_.lower() in lex.WAR_NOUNS
                   and not any(a.lemma_.lower() in lex.NON_VIOLENT for a in c.children)
                   and not any(p.dep_ == "prep" and p.lower_ == "against" for p in (*c.children, *verb.children))
                   for c in verb.children)
    return verb.lemma_.lower() in lex.EXCHANGE_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in lex.FIRE_NOUNS for c in verb.children)


def _mandate(verb) -> bool:
    """insisted that Skopje first amend its constitution, insists that Kyiv should withdraw: a that-clause whose
    verb is in the subjunctive (a bare verb after a third-person subject) or takes should or must says what is
    demanded, not what is claimed (insisted that the talks were productive)."""
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        subject = next((g for g in clause.children if g.dep_ == "nsubj"), None)
        if subject is None or subject.lower_ in ("i", "we", "you", "they"):
            continue
        if clause.tag_ == "VB" and not any(a.dep_ == "aux" for a in clause.children) \
                or any(a.dep_ == "aux" and a.lower_ in ("should", "must") for a in clause.children):
            return True
    return False
