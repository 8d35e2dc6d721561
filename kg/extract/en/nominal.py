"""Relations of an English event noun: the ``nominal``, ``light-verb`` and ``receiving`` rules.

Inside the noun phrase a possessive, a nationality or a by-phrase is the doer (China's support, U.S. sanctions,
the invasion by Russia); "for", "of", "to", "on", "against" name the target; "between" and "among" the parties
(talks between Egypt and Ethiopia). A noun that is the object of a verb adding little meaning (issued a warning
to, imposed sanctions on, held talks with) takes the verb's subject and target; so through an amount (pledged 2
billion euros in military aid to Ukraine), a stage (held a third round of talks), a measure (the EU's sanctions
package), a verb of undergoing (drew criticism from Tokyo: Tokyo criticizes the subject), being in or under an
event (Iran remains under U.S. sanctions), being open to it, or coming at an invitation. A measure blocked or
only planned has not happened (hedged).
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from kg.extract import sentence_of, side_of
from kg.extract.en.actors import actors_of, read_actor
from kg.extract.en.cues import flowing, predicated, raised_with, relation_of, symmetric
from kg.extract.en.frames import (
    accusers_own,
    inherit_subject,
    is_amount,
    naming,
    stranded_to,
    summoned,
    traded_with,
    verb_arguments,
)
from kg.extract.en.modality import is_hedged, is_negated
from kg.extract.en.names import demonym_of, place_key, place_or_demonym, undated
from kg.extract.en.persons import person_country
from kg.extract.en.pairs import attacks_on, nationalities, new_relation, pair_up, visits_where_met
from kg.extract.en.verbal import acted_before
from kg.lang import en as lex
from kg.types import Relation


def noun_relations(noun, predicate, sent) -> Iterator[Relation]:
    """China's support for Russia; the invasion of Ukraine by Russia; U.S. sanctions on Iran; Biden-Xi talks."""
    if predicate in lex.MEETING_RELATIONS and _blocked(noun):
        return  # (Bulgaria blocked the opening of EU accession negotiations with Skopje: talks that did not open)
    subjects, objects, partners, companions = [], [], [], []
    for child in noun.children:
        if child.dep_ in ("poss", "nmod", "compound") and any(t.text == "," for t in noun.doc[child.i + 1:noun.i]):
            continue  # (Mali and Niger, Burkina Faso's partners: the names the noun is in apposition to)
        if child.dep_ == "poss":
            subjects.append(child)
        elif child.dep_ in ("compound", "amod", "nmod") and (read_actor(child) or demonym_of(child)):
            subjects.append(child)
        elif child.dep_ == "prep":
            pobjs = [c for c in child.children if c.dep_ == "pobj"]
            if child.lower_ == "by":
                subjects.extend(pobjs)
            elif child.lower_ == "from" and noun.lemma_.lower() in lex.VOICED_EVENTS:
                subjects.extend(pobjs)  # criticism from Canberra, calls from Kyiv: who voices it
            elif child.lower_ in lex.PARTIES_PREPS:
                partners.extend(pobjs)
            elif child.lower_ in lex.PARTNER_PREPS and predicate in symmetric():
                partners.extend(pobjs)
            elif child.lower_ in lex.PARTNER_PREPS and predicate == "visits":
                companions.extend(pobjs)  # (a visit to Beirut with Christodoulides: who goes along, not whom it is to)
            elif child.lower_ in lex.NOMINAL_OBJECT_PREPS or (child.lower_ in ("over", "at") and predicate in lex.OVER_TAKING):
                objects.extend(pobjs)
    if predicate == "supports" and noun.lemma_.lower() in lex.ALLY_NOUNS and predicated(noun) is not None:
        # Orban is a close ally of Dodik, Belarus is Russia's closest ally, Riyadh has emerged as a key backer of
        # Damascus: the subject of the linking verb backs the one the noun is of, or whose it is
        linking = predicated(noun)
        objects = [s for s in subjects if s.dep_ == "poss"] + [
            g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
        subjects = [c for c in linking.children if c.dep_ in ("nsubj", "nsubjpass")] or inherit_subject(linking)
        # (Serbia is not an ally of Russia, would remain an ally: the copula's negation and hedges)
        yield from (replace(r, negated=r.negated or is_negated(linking), hedged=r.hedged or is_hedged(linking))
                    for r in pair_up(subjects, objects, [], [], predicate, noun, sent, "nominal"))
        return
    if predicate in symmetric() and noun.lemma_.lower() in lex.MEETING_NOUNS and not subjects and not partners \
            and noun.dep_ in ("nsubj", "nsubjpass"):
        # a meeting of the two countries' foreign ministers was postponed: held by those it is of (as the subject of
        # what is told of it; not the subject of the clause around it)
        held = [t for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                if g.dep_ == "pobj" for t in ([g] if actors_of([g]) else [
                    c for c in g.children if c.dep_ in ("poss", "compound", "amod") and actors_of([c])])]
        if len(actors_of(held)) > 1:
            subjects = held
    if predicate == "criticizes" and noun.lemma_.lower() in lex.GRIEVANCE_NOUNS:
        objects = raised_with(noun)  # (raised its concerns about the survey with Chinese officials: whom with)
        subjects = [s for s in subjects if s.pos_ != "PRON"]
    if predicate == "accuses" and noun.lemma_.lower() in lex.LEGAL_CASE_NOUNS:
        # a complaint against Ecuador at the World Trade Organization: the court or body it is brought to is a venue
        objects = [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "against" for g in p.children
                   if g.dep_ == "pobj"]
        # (a World Trade Organization challenge, an ICJ case: an organisation the case is named by is where it goes)
        subjects = [s for s in subjects if s.dep_ == "poss" or not any(
            m.kind == "organization" for m in actors_of([s]))]
    if not actors_of(objects):
        # Russia's war of aggression against Ukraine: whom the event is aimed at may hang on the noun that says what
        # kind of event it is
        objects = [g for o in objects if o.dep_ == "pobj" and o.head.lower_ == "of" and o.pos_ == "NOUN"
                   for p in o.children if p.dep_ == "prep" and p.lower_ in lex.AIMED_PREPS
                   for g in p.children if g.dep_ == "pobj"] or objects
    if not subjects and noun.dep_ == "pobj" and noun.head.lower_ == "of" \
            and noun.head.head.lemma_.lower() in lex.MEASURE_NOUNS:
        # the European Union's next package of sanctions against Russia: the package's owner imposes them
        subjects = [c for c in noun.head.head.children if c.dep_ == "poss" and actors_of([c])]
    signing = next((c for c in noun.children if c.dep_ == "relcl" and c.lemma_.lower() in lex.SIGNING_VERBS
                    and any(g.dep_ == "nsubj" for g in c.children)), None)
    if predicate in symmetric() and signing is not None and not subjects and not partners:
        # a minerals partnership it signed with Kigali, an agreement the two governments signed in 2020: the signers
        # of the relative clause and whom they signed it with are its parties, as the clause tells it (not as the
        # clause around the noun does: urged the EU to suspend the partnership)
        yield from (replace(r, negated=is_negated(signing), hedged=is_hedged(signing)) for r in pair_up(
            [g for g in signing.children if g.dep_ == "nsubj"], [], [],
            [g for p in signing.children if p.dep_ == "prep" and p.lower_ in lex.PARTNER_PREPS for g in p.children
             if g.dep_ == "pobj"], predicate, noun, sent, "nominal"))
        return
    if predicate in symmetric() and not partners:
        # a deal struck between Mbabane and Washington, an accord signed with Kenya: the parties may hang on the
        # participle that tells how the document came about
        partners = [g for a in noun.children if a.dep_ == "acl" and a.tag_ == "VBN" for p in a.children
                    if p.dep_ == "prep" and p.lower_ in lex.PARTIES_PREPS | lex.PARTNER_PREPS for g in p.children
                    if g.dep_ == "pobj"]
    if predicate in symmetric() and not partners:
        # a memorandum of understanding with Somaliland: the partner may hang on what the document is of
        partners = [g for o in objects if o.dep_ == "pobj" and o.head.lower_ == "of" and o.head.head.i == noun.i
                    and not actors_of([o]) for p in o.children if p.dep_ == "prep" and p.lower_ in lex.PARTNER_PREPS
                    for g in p.children if g.dep_ == "pobj"]
    if predicate == "supports" and not actors_of(objects) and any(is_amount(o) for o in objects):
        # Germany's pledge of 500 million euros in military aid to Ukraine: whom the sum pledged goes to
        # (the parser may hang "in aid" on the pledge itself)
        objects = [g for p in noun.subtree if p.dep_ == "prep" and p.lower_ in ("to", "for") and p.i > noun.i
                   for g in p.children if g.dep_ == "pobj" and actors_of([g])] or objects
    if predicate == "sanctions" and not actors_of(objects) and any(flowing(o) for o in objects):
        # restrictions on imports from Mexico, a ban on the transit of Ivorian goods: whose goods, or where from
        objects = traded_with([o for o in objects if flowing(o)]) or objects
    # (threatened Moscow with new sanctions: the measure a threat is made with is only threatened, hedged)
    threatened = noun.dep_ == "pobj" and noun.head.lower_ == "with" and noun.head.head.pos_ == "VERB" \
        and predicate in lex.HOSTILE_RELATIONS - {"threatens"} \
        and (relation_of(noun.head.head) or ("",))[0] == "threatens"
    if noun.dep_ == "dobj" and predicate in lex.HOSTILE_RELATIONS - {"threatens"} and noun.head.pos_ == "VERB" \
            and (relation_of(noun.head) or ("",))[0] == "threatens" and not subjects and actors_of(objects):
        # Azerbaijan threatened sanctions against Russia: the measure a threat names is only threatened, by whoever
        # threatens it
        threatened = True
        subjects = [c for c in noun.head.children if c.dep_ == "nsubj"] or inherit_subject(noun.head)
    if predicate == "supports" and not subjects and noun.dep_ == "pobj" and noun.head.lower_ == "for" \
            and noun.head.head.lemma_.lower() in lex.TURNING_TO_VERBS and noun.lemma_.lower() in lex.HELP_NOUNS:
        # Niger has turned to Russia for military support: whom one turns to for help gives it to them
        verb = noun.head.head
        subjects = [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" for g in p.children
                    if g.dep_ == "pobj"]
        objects = objects or [c for c in verb.children if c.dep_ == "nsubj"] or inherit_subject(verb)
    if predicate == "supports" and noun.dep_ == "pobj" and noun.head.lower_ == "with" \
            and noun.head.head.pos_ in ("VERB", "AUX") and noun.lemma_.lower() in lex.HELP_NOUNS:
        # built an army with the help of the United States, with Rwandan backing: whose help it is gives it to
        # whoever does what it helps
        verb = noun.head.head
        subjects = subjects + [o for o in objects if o.head.lower_ == "of"]
        objects = [c for c in verb.children if c.dep_ == "nsubj"] or inherit_subject(verb)
    elif noun.dep_ == "pobj" and noun.head.lower_ == "with" and noun.head.head.pos_ == "VERB" \
            and (relation_of(noun.head.head) is None or threatened):
        # hits Iran with new sanctions, targeted Kyiv with drones: the verb's subject does it to its object
        verb = noun.head.head
        subjects = subjects or [c for c in verb.children if c.dep_ == "nsubj"] or inherit_subject(verb)
        objects = objects or [c for c in verb.children if c.dep_ == "dobj"]
    if not objects and noun.dep_ == "pobj" and noun.head.lower_ == "under" and noun.head.head.pos_ in ("VERB", "AUX") \
            and noun.head.head.lemma_ in ("be", "remain", "come", "fall", "stay"):
        # Belarus has been under EU sanctions, Iran remains under U.S. sanctions: the subject of "be" is the target
        objects = [c for c in noun.head.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        # (Kharkiv came under attack from Russian drones: whom it comes from does it)
        subjects = subjects or [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "from"
                                for g in p.children if g.dep_ == "pobj"]
    if not subjects and noun.dep_ == "pobj" and noun.head.lower_ in ("to", "into") \
            and noun.head.head.lemma_.lower() in lex.JOINING_VERBS:
        # Iran would not return to nuclear talks with the United States: who returns to an event takes part in it
        verb = noun.head.head
        joiners = [c for c in verb.children if c.dep_ == "nsubj"] or inherit_subject(verb)
        yield from pair_up(joiners, objects, [], partners, predicate, verb, sent, "light-verb")
        return
    if predicate in lex.MEETING_RELATIONS and (not subjects or _theirs(subjects)) and noun.dep_ == "pobj" \
            and (noun.head.lower_ in ("after", "following") or noun.head.lower_ in ("in", "during")
                 and _theirs(subjects)) and _clause_verb(noun.head) is not None \
            and not any(p.head.lower_ in lex.PARTIES_PREPS for p in partners):
        yield from _meeting_before(noun, predicate, partners, sent)
        return
    if predicate in lex.MEETING_RELATIONS and noun.dep_ == "pobj" and noun.head.lower_ == "for" \
            and _journey(noun.head) is not None:
        yield from _journey_for_talks(noun, partners, sent)
        return
    if not subjects and noun.dep_ == "pobj" and noun.head.lower_ == "for" \
            and noun.head.head.lemma_.lower() in lex.PREPARING_VERBS and noun.head.head.pos_ == "VERB":
        # Israel has been preparing for a possible strike on Iranian sites: who prepares for an act would do it (the
        # act is not done yet: hedged)
        subjects = verb_arguments(noun.head.head)[0] or inherit_subject(noun.head.head)
    if not subjects and noun.dep_ == "pobj" and noun.head.lower_ in ("in", "for") \
            and noun.head.head.lemma_.lower() in lex.INVOLVEMENT_NOUNS:
        # denied involvement in the incursion, claimed responsibility for the attack: who takes part does it (a denial
        # negates it)
        part = noun.head.head
        subjects = [c for c in part.children if c.dep_ == "poss"] or (
            (verb_arguments(part.head)[0] or inherit_subject(part.head)) if part.dep_ == "dobj" else [])
    turned = _turned_away(noun, predicate, objects)
    owners = (actors_of(subjects) or [m for s in subjects if (m := place_or_demonym(s)) is not None]) if turned else []
    if owners:
        # India rejected Ottawa's allegations, Algeria rejected French requests: what is turned away was made,
        # and made to whoever turns it away
        # (Araqchi, named in full before with his country: that country)
        sides = [side for m in actors_of(turned) if (side := side_of(m, noun, "en") or _named_country(m, noun))
                 is not None]
        for s in owners:
            for o in sides:
                if place_key(s) != place_key(o):
                    yield new_relation(s, predicate, o, noun, sent, "nominal")
        return
    verb = next((a for a in noun.ancestors if a.pos_ == "VERB"), None) \
        if not subjects and noun.dep_ == "pobj" and noun.head.lower_ == "in" and predicate in lex.IN_MANNER \
        and not is_amount(noun.head.head) else None  # (400 million euros in aid: what the amount is of, not a manner)
    if verb is not None and verb.lemma_ not in ("be", "remain", "stay"):
        # recalled its ambassador in protest at Macron's endorsement, fired a missile in solidarity with Iran: the
        # one who acts so protests or backs (what at, over or with the parser may hang on the verb)
        subjects = verb_arguments(verb)[0] or inherit_subject(verb)
        objects = objects or [g for p in verb.children if p.dep_ == "prep" and p.i > noun.i
                              and p.lower_ in ("at", "over", "against", "with") for g in p.children if g.dep_ == "pobj"]
        yield from pair_up(subjects, objects, [], [], predicate, noun, sent, "nominal")
        return
    if not subjects and noun.dep_ == "pobj" and noun.head.lower_ == "in" \
            and noun.head.head.lemma_ in ("be", "remain", "stay"):
        # Iran is in talks with Saudi Arabia, remained in close coordination with Washington: the subject of
        # "be" takes part (Japan said it remained in: "it" is the speaker)
        # (and is in talks with Rwanda: a joined "be" with no subject of its own shares the one above)
        subjects = verb_arguments(noun.head.head)[0] or [c for c in noun.head.head.children if c.dep_ == "nsubj"] \
            or inherit_subject(noun.head.head)
    inviters = subjects or [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                            if g.dep_ == "pobj"]
    if predicate == "requests" and noun.lemma_.lower() == "request" and noun.dep_ == "pobj" \
            and noun.head.lower_ in ("at", "on") and noun.head.head.pos_ in ("VERB", "AUX") and actors_of(inviters):
        # restricted exports at the request of the United States, deployed the ships at Manila's request: whoever
        # acts at someone's request was asked by them
        verb = noun.head.head
        asked = verb_arguments(verb)[0] or inherit_subject(verb)
        yield from pair_up(inviters, asked, [], [], predicate, noun, sent, "nominal")
        return
    if predicate == "hosts" and noun.dep_ == "pobj" and noun.head.lower_ in ("at", "on") \
            and noun.head.head.pos_ in ("VERB", "AUX") and actors_of(inviters):
        # travelled to Ankara at Erdogan's invitation, at the invitation of Takaichi: whoever comes at someone's
        # invitation is their guest
        subjects, verb = inviters, noun.head.head
        guests = verb_arguments(verb)[0] or inherit_subject(verb)
        yield from pair_up(subjects, guests, [], [], predicate, noun, sent, "nominal")
        return
    if not subjects and noun.dep_ == "pobj" and noun.head.lower_ in ("to", "for") and noun.head.head.pos_ == "ADJ" \
            and noun.head.head.lower_ in lex.READY_ADJECTIVES and noun.head.head.dep_ == "acomp":
        # Seoul remained open to dialogue with the North: the one open to an event would take part (hedged, as a
        # readiness)
        verb = noun.head.head.head
        ready = verb_arguments(verb)[0] or inherit_subject(verb)  # (Seoul said it remained open: "it" is Seoul)
        yield from (replace(r, hedged=True) for r in pair_up(ready, objects, [], partners, predicate, verb, sent,
                                                            "light-verb"))
        return
    # (told reporters after a meeting of EU ministers: a meeting whose of-phrase names who met is a gathering of
    # theirs, which whoever speaks after it attended as one of them; it is no meeting with them)
    gathering = predicate in lex.MEETING_RELATIONS and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
    # (In a meeting with Wang Yi, Wong called for restraint: a meeting the clause is set in is its subject's, as one
    # during or after it is; not being in talks, read above)
    set_in = noun.head.lower_ == "in" and predicate in lex.MEETING_RELATIONS and noun.head.head.pos_ == "VERB" \
        and noun.head.head.lemma_ not in ("be", "remain", "stay") and any(
            c.dep_ == "prep" and c.lower_ in lex.PARTNER_PREPS for c in noun.children)
    if not actors_of(subjects) and noun.dep_ == "pobj" and (noun.head.lower_ in ("on", "during", "after") or set_in) \
            and noun.head.dep_ == "prep" and not gathering:
        # Pistorius, on a visit to Kyiv, said ...: the visitor is what the phrase describes, or the clause's subject
        holder = noun.head.head
        subjects = [holder] if actors_of([holder]) else undated([c for c in holder.children if c.dep_ == "nsubj"])
        if predicate == "visits" and not objects:
            objects = _place_where(holder)  # (talks in Jakarta, where Johari was on a two-day visit: Jakarta)
    for acl in (c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in lex.LIGHT_VERBS):
        # the sanctions imposed by Washington on Tehran: a light verb's participle gives the event its arguments
        subjects = subjects or [g for a in acl.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
        objects = objects or [g for p in acl.children if p.dep_ == "prep" and p.lower_ in lex.NOMINAL_OBJECT_PREPS
                              for g in p.children if g.dep_ == "pobj"]
    # (a pledge of new funding from Copenhagen: the parser may hang the source on what the event is of)
    sources = [g for t in (noun, noun.head, *(g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                                              for g in p.children if g.dep_ == "pobj"))
               for p in t.children if p.dep_ == "prep" and p.lower_ == "from" for g in p.children if g.dep_ == "pobj"]
    if not actors_of(sources) and noun.dep_ == "dobj" and noun.head.lemma_.lower() in lex.UNDERGOING_VERBS \
            and not actors_of(objects) and subjects and all(s.pos_ != "PRON" and (actors_of([s]) or demonym_of(s))
                                                            for s in subjects):
        # has received Chinese aid, faced U.S. sanctions, drew Japan's criticism: with no from-phrase, the event's own
        # doer (a nationality or an owner written on it) is whom it comes from
        sources = subjects
    defied = noun.dep_ == "dobj" and noun.head.lemma_.lower() in lex.DEFYING_VERBS
    if (noun.dep_ == "pobj" and noun.head.lower_ in lex.CONCESSIVE_PREPS or defied) and actors_of(sources) \
            and not objects and noun.head.head.pos_ == "VERB":
        # the EU would present the package despite objections from Hungary and Slovakia, pressed ahead amid
        # criticism from Paris: whoever the event comes from does it to whoever acts despite it (and so to whoever
        # defies it: held drills, defying warnings from Beijing)
        verb = noun.head if defied else noun.head.head
        actors = verb_arguments(verb)[0] or inherit_subject(verb)
        yield from pair_up(sources, actors, [], [], predicate, noun, sent, "receiving")
        return
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in lex.UNDERGOING_VERBS \
            and not [s for s in subjects if s not in sources]:
        # drew criticism from Tokyo, faced sanctions from the EU: whoever the event comes from does it to the subject
        # (of the verb the parser joined it to: Israel's offensive, launched after ..., has drawn criticism from)
        drew = noun.head
        # (ratified the deal, a move that drew a sharp warning from Washington: the act the noun sums up undergoes it)
        summing = drew.dep_ == "relcl" and drew.head.lemma_.lower() in lex.SUMMED_ACT_NOUNS
        undergoer = (acted_before(drew.head) if summing else []) or [
            c for c in drew.children if c.dep_ in ("nsubj", "nsubjpass") and not (summing and c.tag_ == "WDT")] or (
            [c for c in drew.head.children if c.dep_ in ("nsubj", "nsubjpass")] if drew.dep_ == "conj" else []) or (
            # hosted Hamas leaders in Istanbul, drawing a sharp rebuke from Israel; approved the sale, prompting
            # protests from Beijing: a participle set after the clause undergoes it for the clause's subject
            inherit_subject(drew) if drew.dep_ in ("advcl", "xcomp") and drew.tag_ == "VBG" else [])
        if (actors_of(sources) or sources and all(demonym_of(s) for s in sources)) and undergoer:
            targets_ = [u for u in undergoer if actors_of([u])] or undergoer
            yield from pair_up(sources, targets_, [], [], predicate, noun, sent, "receiving")
            return
    for acl in (c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() == "host"):
        # the talks between Iran and Saudi Arabia, hosted by Oman: the host receives the parties
        hosts = [g for a in acl.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
        parties = actors_of(partners) or actors_of(subjects) or actors_of(objects)
        if not parties and noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.pos_ == "VERB":
            # the ministers of Egypt, Ethiopia and Sudan met, in talks hosted by Youssouf: the verb's subjects
            verb = noun.head.head
            parties = actors_of([c for c in verb.children if c.dep_ == "nsubj"] or inherit_subject(verb))
        negated, hedged = is_negated(acl), is_hedged(acl)
        for h in actors_of(hosts):
            for party in parties:
                yield new_relation(h, "hosts", party, acl, sent, "nominal", negated=negated, hedged=hedged)
    rule = "nominal"
    governor = noun.head
    if predicate in ("attacks", "invades") and noun.dep_ == "dobj" and governor.lemma_.lower() in lex.ENDING_VERBS \
            and not subjects and governor.dep_ in ("xcomp", "ccomp", "advcl", "pcomp"):
        return  # (called on China to end the war in Ukraine: a war someone is asked to end is no war of theirs)
    # (a measure blocked, vetoed or only planned has not happened: Hungary blocked the EU's sanctions package)
    unadopted = noun.dep_ == "compound" and governor.lemma_.lower() in lex.MEASURE_NOUNS and (
        governor.lemma_.lower() in lex.PLAN_NOUNS or governor.head.lemma_.lower() in lex.BLOCKING_VERBS) or (
        # (vetoed a package of EU sanctions against Iran)
        noun.dep_ == "pobj" and governor.lower_ == "of" and governor.head.lemma_.lower() in lex.MEASURE_NOUNS
        and governor.head.dep_ == "dobj" and governor.head.head.lemma_.lower() in lex.BLOCKING_VERBS)
    if noun.dep_ == "compound" and governor.lemma_.lower() in lex.MEASURE_NOUNS and not subjects + objects:
        # the EU's sanctions package against Russia, a U.S. aid plan for Ukraine: the measure's owner and
        # target are the event's
        for child in governor.children:
            if child.dep_ == "poss" or (child.dep_ in ("compound", "amod", "nmod") and child.i < noun.i
                                        and (read_actor(child) or demonym_of(child))):
                subjects.append(child)
            elif child.dep_ == "prep" and child.lower_ in lex.NOMINAL_OBJECT_PREPS:
                objects.extend(c for c in child.children if c.dep_ == "pobj")
            elif child.dep_ == "prep" and child.lower_ == "by":
                subjects.extend(c for c in child.children if c.dep_ == "pobj")
        if not actors_of(subjects) and governor.dep_ in ("dobj", "nsubjpass") and governor.head.pos_ == "VERB" \
                and relation_of(governor.head) is None:
            # the Pentagon announced a military aid package for Kyiv: the measure's verb gives its owner
            g_subjects, _, g_targets, _, g_agents = verb_arguments(governor.head)
            subjects = g_subjects or g_agents or inherit_subject(governor.head)
            objects = objects or g_targets
    amount = governor.head if noun.dep_ == "pobj" and governor.lower_ in ("in", "of") else None
    if amount is not None and amount.dep_ == "dobj" and is_amount(amount) and amount.head.pos_ == "VERB" \
            and relation_of(amount.head) is None:
        # pledged 2 billion euros in military aid to Ukraine, a $350 million package of aid: the amount carries it
        verb = amount.head
        g_subjects, _, g_targets, g_partners, g_agents = verb_arguments(verb)
        subjects = [s for s in subjects if actors_of([s])] or g_subjects or g_agents or inherit_subject(verb)
        yield from pair_up(subjects, objects or g_targets, [], partners or g_partners, predicate, noun, sent,
                          "light-verb")
        return
    if noun.dep_ == "pobj" and governor.lower_ == "of" and governor.head.lemma_.lower() in lex.STAGE_NOUNS:
        stage = governor.head  # held a third round of talks: the round is what the verb carries
        if stage.dep_ in ("dobj", "nsubjpass") and stage.head.pos_ == "VERB" and relation_of(stage.head) is None:
            g_subjects, _, g_targets, g_partners, g_agents = verb_arguments(stage.head)
            subjects = subjects or g_subjects or g_agents or inherit_subject(stage.head)
            partners = partners or g_partners
            objects = _backed(predicate, objects or g_targets, g_partners)
            yield from pair_up([s for s in subjects if actors_of([s])], objects, [], partners, predicate, noun, sent,
                              "light-verb")
            return
    note = governor.head if noun.dep_ == "pobj" and governor.lower_ == "of" else governor \
        if noun.dep_ == "compound" else None
    if note is not None and note.lemma_.lower() in lex.NOTE_NOUNS and note.dep_ in ("dobj", "nsubjpass") \
            and note.head.pos_ == "VERB" and relation_of(note.head) is None:
        # delivered a note of protest to the Russian embassy, handed a protest note to the envoy: the note carries
        # the protest, its verb the one who lodges it and whom it goes to
        g_subjects, _, g_targets, _, g_agents = verb_arguments(note.head)
        subjects = subjects or g_subjects or g_agents or inherit_subject(note.head)
        objects = objects or g_targets or [g for p in note.children if p.dep_ in ("prep", "dative")
                                           and p.lower_ == "to" for g in p.children if g.dep_ == "pobj"] \
            or _recipients(note)
        yield from pair_up([s for s in subjects if actors_of([s])], objects, [], [], predicate, noun, sent, "light-verb")
        return
    if noun.dep_ == "dobj" and governor.lemma_.lower() in lex.MEDIATING_VERBS and actors_of(partners):
        # Qatar and Turkey mediated talks between Pakistan and Afghanistan: the parties talk, the mediators host
        # no one and talk with no one here
        yield from pair_up([], [], [], partners, predicate, noun, sent, "nominal")
        return
    carried = noun.dep_
    asked = predicate in lex.MEETING_RELATIONS and (
        noun.dep_ == "dobj" and governor.lemma_.lower() in lex.REQUESTING_VERBS
        or noun.dep_ == "pobj" and governor.lower_ == "for" and governor.head.lemma_.lower() in lex.REQUESTING_VERBS) \
        and any(p.dep_ == "prep" and p.lower_ in lex.PARTNER_PREPS for p in noun.children)  # (not requested the meeting)
    if asked:
        # requested a meeting with Zelensky, asked for talks with Kyiv: the asker's meeting, only asked for (hedged)
        carried, governor = "dobj", governor if noun.dep_ == "dobj" else governor.head
    if noun.dep_ == "conj" and governor.lower_ in lex.WEAPON_NOUNS and governor.dep_ in ("dobj", "nsubjpass"):
        # launched a massive missile and drone attack on Kyiv: the parser joins the attack to the weapon written
        # first, which is only a kind of it; the verb carries the attack
        carried, governor = governor.dep_, governor.head
    if carried == "dobj" and governor.lemma_.lower() in lex.ACKNOWLEDGING_VERBS and is_negated(governor):
        return  # (neither government has confirmed the agreement: what is not confirmed is not denied either)
    if carried in ("dobj", "nsubjpass") and (governor.lemma_.lower() in lex.LIGHT_VERBS | lex.NEGATING_HEADS
                                             or (governor.pos_ == "VERB" and relation_of(governor) is None) or asked):
        # issued a warning to X, imposed sanctions on X, held talks with X
        g_subjects, g_objects, g_targets, g_partners, g_agents = verb_arguments(governor)
        # (a possessive that names no one, "its cooperation", leaves the subject to the verb)
        # (citing intensified Russian air attacks: a nationality names the doer as well as a name does)
        subjects = _voiced(subjects, g_subjects) or [s for s in subjects if actors_of([s])] or (
            [s for s in subjects if nationalities([s])] if governor.lemma_.lower() not in lex.LIGHT_VERBS else []) \
            or g_subjects or g_agents or inherit_subject(governor)
        # (approved the sale of jets to Turkey: the verb's target is the event's when its own object is a thing)
        objects = (objects if actors_of(objects) else objects + g_targets) or summoned(governor) \
            or _recipients(noun)
        objects = _backed(predicate, objects, g_partners)
        if predicate == "sanctions" and not actors_of(objects) and any(flowing(o) for o in objects):
            # imposed tariffs on imports from Mexico, where the parser hangs "on imports" on the verb: whose goods
            objects = traded_with([o for o in objects if flowing(o)]) or objects
        partners = partners or g_partners
        rule = "light-verb"
        if predicate in lex.MEETING_RELATIONS and noun.dep_ == "dobj":
            # (held talks with Jordan's King Abdullah in Cairo: the partner comes to Cairo too)
            yield from visits_where_met(subjects, [governor, noun, *partners], noun, sent, rule)
            yield from visits_where_met(partners, [governor, noun, *partners], noun, sent, rule, hosts=subjects)
    if not objects and noun.dep_ == "dobj" and (found := relation_of(governor)) is not None:
        objects = stranded_to(governor, found[0])
    subjects = [s for s in subjects if actors_of([s]) or nationalities([s])]
    harm = _harm_done(noun) if predicate == "attacks" and not objects else None
    if harm is not None:
        # a Russian drone strike that killed 11 people in Odesa, airstrikes killed dozens of people in eastern
        # Afghanistan: the attack is on whose the victims were, or on the country where the harm was done
        victims = [c for c in harm.children if c.dep_ in ("dobj", "nsubjpass")]
        victims += [g for v in victims for p in v.children if p.dep_ == "prep" and p.lower_ == "of"
                    for g in p.children if g.dep_ == "pobj"]
        objects, targets = objects + victims, [harm]
        yield from pair_up(subjects, objects, targets, partners, predicate, noun, sent, rule)
        return
    own = accusers_own(noun, objects) if predicate == "attacks" and not actors_of(objects) else []
    if own:  # (accused Ethiopia of a drone strike on an army depot)
        yield from attacks_on(subjects, own, noun, sent, rule)
        return
    if companions and actors_of(subjects) and actors_of(objects):
        # during a visit to Beirut with Christodoulides: whoever the visitor travels with visits the place too
        subjects = subjects + companions
    for rel in pair_up(subjects, objects, [], partners, predicate, noun, sent, rule):
        if asked:  # (did not ask for a meeting: none was asked for)
            rel = replace(rel, negated=rel.negated or is_negated(governor))
        rel = replace(rel, hedged=True) if unadopted or threatened or asked else rel
        yield rel
        if _talks_in_person(rel, noun):
            yield replace(rel, predicate="meetsWith")


def _talks_in_person(rel, noun) -> bool:
    """Merz held talks with President Erdogan: talks one named person holds with another are a meeting of the two as
    well as a negotiation."""
    return rel.predicate == "negotiatesWith" and noun.lemma_.lower() in ("talk", "talks") and noun.dep_ == "dobj" \
        and noun.head.lemma_.lower() == "hold" and rel.subject.kind == "person" and rel.object.kind == "person"


def _place_where(clause) -> list:
    """in Jakarta, where Johari was on a two-day visit: the place a relative clause opened by "where" is on."""
    if clause.dep_ != "relcl" or not any(c.lower_ == "where" and c.dep_ == "advmod" for c in clause.children):
        return []
    return [clause.head] if clause.head.pos_ == "PROPN" and clause.head.ent_type_ in ("GPE", "LOC") else []


def _recipients(thing) -> list:
    """gave Japan a stern warning, handed Ambassador Anil Bora Inan a note of protest: the first of a verb's two
    objects is whom the second is given (the parser may call it a dative or a second direct object)."""
    verb = thing.head
    if thing.dep_ != "dobj" or verb.pos_ != "VERB":
        return []
    return [c for c in verb.children if c.i < thing.i and (c.dep_ == "dative" and c.pos_ != "ADP" or c.dep_ == "dobj")
            and actors_of([c])]


def _harm_done(noun):
    """The verb of killing or wounding an attack noun is the subject of (airstrikes killed dozens), or that a relative
    clause on it has (a strike that killed 11 people), or None."""
    if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in lex.HARM_VERBS:
        return noun.head
    return next((c for c in noun.children if c.dep_ == "relcl" and c.lemma_.lower() in lex.HARM_VERBS), None)


def _blocked(noun) -> bool:
    """blocked the opening of the first cluster of accession negotiations with North Macedonia, vetoed the start of
    talks: negotiations a third party blocks did not open, and the gold sets record no line for them."""
    node = noun
    while node.dep_ == "pobj" and node.head.lower_ in ("of", "in") and node.head.head.pos_ == "NOUN":
        node = node.head.head
    return node.dep_ == "dobj" and node.head.lemma_.lower() in lex.BLOCKING_VERBS


def _journey_for_talks(noun, partners, sent) -> Iterator[Relation]:
    """is due to travel to Berlin for talks with his German counterpart, was in Skopje for talks with Mickoski, was
    received by the king for talks, hosted Albanese in Suva for talks: a journey made for talks, or a reception
    held for them, brings the two face to face (a meeting, as hedged as the journey)."""
    verb = _journey(noun.head)
    subjects, objects, _, _, agents = verb_arguments(verb)
    travellers = subjects or agents or inherit_subject(verb)
    # (a person receives the guest; India hosted the ministers for talks is no meeting of a country with people)
    hosts_verb = verb.lemma_.lower() in lex.RECEIVING_VERBS | lex.MEETING_RECEPTIONS | {"welcome"} \
        and [m.kind for m in actors_of(travellers)] == ["person"]
    others = partners or ([o for o in objects if o.dep_ == "nsubjpass"] if agents else
                          [o for o in objects if hosts_verb])
    for rel in pair_up(travellers, [], [], others, "meetsWith", noun, sent, "light-verb"):
        yield replace(rel, negated=rel.negated or is_negated(verb), hedged=rel.hedged or is_hedged(verb))


def _meeting_before(noun, predicate, partners, sent) -> Iterator[Relation]:
    """told reporters after talks with Abdelatty, signed the pact with his counterpart after talks, the two ministers
    announced the move after talks in Jakarta: talks a clause's act comes after were held, by its subject with whom
    the talks were with, else with whom the act was done with, else by its coordinated subjects (talks between named
    parties are theirs, read as any). Held by named people they are a meeting of theirs; between countries (Thailand
    and Cambodia agreed to a ceasefire after talks in Malaysia) the talks are the negotiation."""
    verb = _clause_verb(noun.head)
    subjects = verb_arguments(verb)[0] or inherit_subject(verb)
    partners = partners or [g for p in verb.children if p.dep_ == "prep" and p.lower_ in lex.PARTNER_PREPS
                            for g in p.children if g.dep_ == "pobj"]
    if not partners and _theirs([c for c in noun.children if c.dep_ == "poss"]) \
            and all(s.pos_ == "PROPN" for s in subjects):  # (the two ministers: the pair itself, read as any)
        # After their talks, Lai praised Paraguay (Peña was received by Lai ...): "their" talks are the subject's with
        # the other person named before, in its sentence or the one before
        partners = _others_named(noun, subjects)
    # (a clause denied after the talks does not deny them: did not sign the deal after talks; one to come is hedged,
    # but not what is agreed in them: in their meeting, the two ministers agreed to conclude the negotiations)
    hedged = is_hedged(verb) and verb.lemma_.lower() not in lex.AGREEING_VERBS
    for rel in pair_up(subjects, [], [], partners, predicate, noun, sent, "light-verb"):
        in_person = all(m.kind == "person" or m.kind == "anaphor" and m.text.lower() in ("he", "she", "him", "her")
                        for m in (rel.subject, rel.object))
        yield replace(rel, predicate="meetsWith" if in_person else predicate, hedged=rel.hedged or hedged)


def _theirs(owners) -> bool:
    return bool(owners) and all(o.lower_ == "their" for o in owners)


def _others_named(tok, subjects) -> list:
    """The people named before a word in its sentence, else in the sentence before, but for the subjects."""
    own = {w.lower_ for s in subjects for w in (s, *(c for c in s.children if c.dep_ in ("compound", "flat")))}
    sent = sentence_of(tok)
    spans = [tok.doc[sent.start:tok.i]] + ([sentence_of(tok.doc[sent.start - 1])] if sent.start > 0 else [])
    for span in spans:
        # (a name the tagger did not take for a person's, Dong, is read as any name is)
        people = [t for t in span if t.pos_ == "PROPN" and t.dep_ not in ("compound", "flat") and t.lower_ not in own
                  and any(m.kind == "person" for m in actors_of([t]))]
        if people:
            return people
    return []


def _clause_verb(prep):
    """The verb of the clause a phrase belongs to, also through the noun the parser hung it on (announced the move
    after talks), or None."""
    head = prep.head
    while head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("dobj", "pobj", "npadvmod") and head.head.i != head.i:
        head = head.head.head if head.dep_ == "pobj" else head.head
    return head if head.pos_ in ("VERB", "AUX") else None


def _journey(prep):
    """The verb of going or receiving a for-phrase belongs to, also when the parser hung it on the place before it
    (was received at the palace for talks)."""
    head = prep.head
    while head.pos_ in ("NOUN", "PROPN") and head.dep_ == "pobj" and head.head.dep_ == "prep":
        head = head.head.head
    return head if head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in lex.JOURNEY_VERBS else None


def _voiced(owners, speakers) -> list:
    """Tajani reaffirmed Italy's strong support for Albania: a person who voices their own country's event is its
    doer as written (the country follows at country level)."""
    sides = {place_key(m) for m in actors_of(owners) if m.kind == "country"}
    people = actors_of(speakers)
    if sides and people and all(m.kind == "person" and _side(m) is not None and place_key(_side(m)) in sides
                                for m in people):
        return speakers
    return []


def _side(mention):
    while mention.affiliation is not None:
        mention = mention.affiliation
    return mention if mention.kind == "country" else None


def _backed(predicate, objects, partners) -> list:
    """expressed solidarity with Denmark, sent a message of support with Eritrea: whom a show of support is with,
    the parser hanging it on the verb, is whom it backs."""
    return objects + partners if predicate == "supports" and not actors_of(objects) else objects


def _named_country(person, noun):
    """The country of a person named by a family name alone, as the article wrote them before with a title (Iranian
    Foreign Minister Abbas Araqchi ... Araqchi rejected), placed where the noun is."""
    country = person_country(person, noun.doc)
    return replace(country, start=noun.idx, end=noun.idx + len(noun.text)) if country is not None else None


def _turned_away(noun, predicate, objects) -> list:
    """The subjects of the verb that rejects or dismisses an event noun whose target is not named (rejected
    Ottawa's allegations): whom the event was aimed at."""
    verb = noun.head
    if noun.dep_ in ("oprd", "attr") and naming(verb) and verb.dep_ == "ccomp":
        verb = verb.head  # (rejected what he called Washington's "maximalist" demands: the thing named is turned away)
    elif noun.dep_ != "dobj":
        return []
    if predicate not in lex.AIMED_AT_RECEIVER or actors_of(objects):
        return []
    if verb.lemma_.lower() not in lex.TURNING_AWAY and (relation_of(verb) or ("",))[0] != "rejects":
        return []  # (rejected, dismissed, turned down)
    return verb_arguments(verb)[0] or inherit_subject(verb)
