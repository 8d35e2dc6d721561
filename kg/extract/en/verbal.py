"""Relations of an English verb: the ``verbal``, ``phrasal``, ``passive`` and ``target-clause`` rules.

Voice: in "was condemned by the UN" the passive subject is the patient and the by-agent the actor. The verb's
meaning chooses the object: whose goods a restricting verb stops (suspended imports of Japanese seafood:
Japan), whom a closed border faces, whom one helps to act, whom a warning or a threat is aimed at (warned that
the United States would bear the consequences: the clause's subject), the parties of talks a host offers to
hold. A meeting held in a country is also a visit to it, and so is a reception there. A clash is an attack by
each side on the other; whoever is due in a country is to visit it.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from kg.extract import doc_text, sentence_of
from kg.extract.en.actors import actors_of
from kg.extract.en.coreference import agreement_parties, sides_of
from kg.extract.en.cues import (called_in, condemning_name, envoy_word, flowing, phrasal_particles, relation_of,
                                 summoned_envoys, symmetric)
from kg.extract.en.frames import (
    accusers_own,
    aimed_objects,
    conditioned,
    headline_opener,
    inherit_subject,
    named_thing,
    naming,
    stranded_to,
    summoned,
    traded_with,
    verb_arguments,
)
from kg.extract.en.modality import is_hedged, is_negated
from kg.extract.en.names import affiliation_chain, is_dateline, members, place_key
from kg.extract.en.pairs import attacks_on, nationalities, new_relation, owners, pair_up, visits_where_met
from kg.extract.en.persons import person_country
from kg.lang import en as lex
from kg.types import Mention, Relation


def verb_relations(verb, predicate, rule, sent) -> Iterator[Relation]:
    guest = _visiting_guest(verb) if predicate == "visits" else None
    if guest is not None:
        yield from _visiting_relations(verb, guest, sent)
        return
    subjects, objects, targets, partners, agents = verb_arguments(verb)
    if predicate == "hosts" and verb.lemma_.lower() == "invite" and _invited_to_join(verb):
        # considering inviting Cambodian troops to join U.S.-led training exercises: an invitation to take part in
        # drills or patrols is cooperation to come, no visit received
        predicate = "cooperatesWith"
    if verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBN") and verb.head.lemma_.lower() in lex.SUMMED_ACT_NOUNS \
            and not actors_of(subjects + agents):
        # France began supplying weapons to Armenia, a step Azerbaijan condemned: a relative clause with no "that",
        # whose subject the parser set in apposition to the noun and whose verb it read as a participle
        subjects = [c for c in verb.head.children if c.dep_ == "appos" and c.i < verb.i and actors_of([c])] or subjects
    if predicate == "attacks" and verb.lemma_.lower() in lex.RETALIATING_VERBS and any(
            t.lemma_.lower() in lex.RETALIATION_MEANS for p in verb.children if p.dep_ == "prep" for t in p.subtree):
        # vowed to retaliate against Washington over the tariffs, with tariffs of its own: a trade measure
        predicate = "sanctions"
    if predicate in ("requests", "demands") and verb.dep_ == "xcomp" \
            and (relation_of(verb.head) or ("",))[0] in ("requests", "demands"):
        return  # (called on the United States to press Israel to halt: the pressing asked for is the caller's request)
    if predicate == "meetsWith" and verb.lemma_.lower() == "meet" and objects and not actors_of(objects) \
            and not actors_of(partners):
        return  # (urged Germany and Spain to meet the alliance's target, met the deadline: meeting a thing is no meeting)
    if predicate == "meetsWith" and verb.lemma_.lower() == "meet" and any(
            c.dep_ == "nsubj" and c.pos_ == "NOUN" and not actors_of([c]) and not is_dateline(c) for c in verb.children):
        return  # (Brazil, whose territory meets both countries at the Triple Frontier: a thing that meets is no meeting)
    # (a meeting hosted by the crown prince: a participle with a by-agent after its noun is passive too)
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or verb.dep_ == "acl" \
        and verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children)
    if _shared_passive(verb):
        # was welcomed by Ukraine and denounced by Moscow: a participle joined to a passive, with its own by-agent,
        # shares the passive's subject
        passive = True
        objects = objects + [c for c in verb.head.children if c.dep_ == "nsubjpass"]
    if passive:
        rule = "passive"
        # (Lebanon was hit by Israeli airstrikes: an event as the agent stands for whoever carried it out)
        subjects = agents if actors_of(agents) else event_owners(agents) or agents
    if passive and not actors_of(subjects) and predicate == "protests" and verb.lemma_.lower() in lex.SUMMON_VERBS:
        # the U.S. chargé d'affaires was summoned to the Foreign Ministry: the body one is summoned to protests
        subjects = [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" for g in p.children
                    if g.dep_ == "pobj" and actors_of([g])] or subjects
        targets = [t for t in targets if t not in subjects]
    if not subjects and (not passive or predicate in symmetric()):
        # a passive with no by-agent names no actor (Finland "will not be intimidated", said the minister), but a
        # joint act with one side named leaves the other to the speaker (said the releases had been coordinated
        # with Sudan)
        subjects = inherit_subject(verb)
    text = verb.head
    if not actors_of(subjects) and verb.dep_ in ("relcl", "acl") and text.lemma_.lower() in lex.TEXT_NOUNS \
            and text.dep_ == "dobj" and text.head.lemma_.lower() in lex.ISSUING_VERBS:
        # passing a motion that condemned Sheinbaum's "interference", adopted a resolution condemning: what a text
        # says, its issuer says
        subjects = verb_arguments(text.head)[0] or inherit_subject(text.head) or subjects
    if rule == "phrasal":
        # (the phrasal verb's own preposition: fired missiles at Israel in solidarity with Iran: at Israel)
        particles = phrasal_particles(verb)
        # (threw its weight behind Denmark in the dispute: whom it stands behind)
        own = [p for p in particles if (verb.lemma_.lower(), p.lower_) in lex.PHRASAL or p.lower_ == "behind"]
        targets = [c for p in (own or particles) for c in p.children if c.dep_ == "pobj"]
        if not targets and any(p.dep_ in ("prt", "advmod") for p in own):
            # lashed out at the Trump administration, hit out at Rome: a particle's target follows it with "at"
            # (pushed back against U.S. pressure: the parser may hang the preposition on the particle)
            targets = [c for t in (verb, *own) for p in t.children if p.dep_ == "prep" and p.lower_ in ("at", "against")
                       for c in p.children if c.dep_ == "pobj"]
    objects = [n for o in objects for n in named_thing(o)] + [
        n for c in verb.children if c.dep_ == "ccomp" and naming(c) for n in named_thing(
            next(w for w in c.children if w.lower_ == "what"))]
    if predicate == "sanctions" and verb.lemma_.lower() in lex.RESTRICTING_VERBS and not actors_of(targets):
        # suspended imports of Japanese seafood, imports from Japan, exports to Russia: whose goods, or where to
        targets = traded_with([o for o in objects if flowing(o)])
        objects = [] if targets else objects
    if predicate == "requests" and not actors_of(objects + targets):
        # requested a meeting with Zelensky, asked for talks with Kyiv: a meeting asked for is asked of the other side
        targets = [g for m in _asked_meetings(verb) for p in m.children if p.dep_ == "prep"
                   and p.lower_ in lex.PARTNER_PREPS for g in p.children if g.dep_ == "pobj"] or targets
    if predicate == "sanctions" and verb.lemma_.lower() in lex.LISTING_VERBS:
        # added shadow-fleet vessels to the EU sanctions list: the list (and whose it is) is no target, the listed are
        targets = []
    if predicate == "sanctions" and verb.lemma_.lower() in lex.CLOSING_VERBS and not actors_of(targets):
        # closed its border with Belarus: whom the closed thing faces
        targets = [g for o in objects for p in o.children if p.dep_ == "prep" and p.lower_ in ("with", "to")
                   for g in p.children if g.dep_ == "pobj"] + [
            g for p in verb.children if p.dep_ == "prep" and p.lower_ in ("to", "with") for g in p.children
            if g.dep_ == "pobj"]
        objects = []
    if predicate == "supports" and verb.lemma_.lower() in lex.FUNDING_VERBS and not actors_of(objects + targets) \
            and not owners(objects + targets):
        # has funded border programmes in both countries, financed schools in Gaza: where what is paid for is
        targets = [g for o in objects for p in o.children if p.dep_ == "prep" and p.lower_ == "in" for g in p.children
                   if g.dep_ == "pobj" and any(m.kind in ("country", "anaphor") for m in actors_of([g]))] or targets
    if verb.lemma_.lower() in lex.HELPING_VERBS and not actors_of(objects + targets):
        # helping Minsk fly migrants in: whom one helps is the subject of what they are helped to do
        objects = [g for c in verb.children if c.dep_ in ("ccomp", "xcomp") for g in c.children if g.dep_ == "nsubj"]
    if predicate == "cooperatesWith" and verb.lemma_.lower() in lex.SHARING_VERBS and not actors_of(partners):
        # shared intelligence on the smuggling networks with the Syrian authorities: the parser may hang whom it was
        # shared with on what it was about
        partners = [g for o in objects for p in o.subtree if p.dep_ == "prep" and p.lower_ in lex.PARTNER_PREPS
                    for g in p.children if g.dep_ == "pobj"] or partners
    if predicate == "protests" and called_in(verb) and not actors_of(objects):
        objects = summoned_envoys(verb)  # (called in the Irish ambassador: the one summoned is told)
    if predicate in ("demands", "protests") and verb.dep_ == "conj" and not actors_of(objects + targets) \
            and not owners(objects + targets) and verb.head.lemma_.lower() in lex.SUMMON_VERBS:
        # summoned Tunisia's ambassador and demanded the immediate release of the men: a demand made after a summons,
        # of no one else, is made of the envoy summoned (not a request, which may go elsewhere: to summon Moscow's
        # envoy and to request consultations under NATO's Article 4)
        objects = [e for e in summoned_envoys(verb.head) if envoy_word(e)] or objects
    if predicate == "demands" and verb.dep_ == "conj" and not actors_of(objects + targets) \
            and not owners(objects + targets) and (relation_of(verb.head) or ("",))[0] in lex.GRIEVANCE_RELATIONS \
            and not _named_in_demand(verb):
        # It protested against the detention of Russian citizens in Baku and demanded their immediate release: a
        # demand joined to a protest, of no one else, is made of whom the protest is lodged with (and so of whom an
        # accusation or a criticism is aimed at: accused Kampala of harassing fishermen and demanded their release)
        _, above_objects, above_targets, _, _ = verb_arguments(verb.head)
        aimed = [t for t in above_objects + above_targets if actors_of([t]) or owners([t])]
        objects = aimed or objects
    named = condemning_name(verb) if predicate in ("criticizes", "rejects") else None
    if named is not None:
        objects = [named]  # (called the launches "unacceptable": whose the launches are)
    if named is not None and named.lower_ in ("it", "them") and verb.dep_ in ("advcl", "conj"):
        # protested against a Chilean plan to dig a trench, calling it an "unfriendly act": "it" is what the verb
        # the participle goes on from acts on
        _, above_objects, above_targets, _, _ = verb_arguments(verb.head)
        objects = [t for t in above_objects + above_targets if t.pos_ in ("NOUN", "PROPN")] or objects
    if named is not None and named.lower_ in ("which", "that") and verb.dep_ == "relcl" and verb.head.pos_ == "NOUN":
        # protested against the detentions, which it called "unfriendly": the relative clause calls the noun it
        # hangs on so, and whose that act is is criticised
        objects = [verb.head]
    if predicate == "hosts" and passive and verb.dep_ == "acl" and verb.head.lemma_.lower() in lex.MEETING_NOUNS \
            and not objects:
        objects = [verb.head]  # (talks hosted by Oman: the participle's noun is what is hosted)
    hosted_event = predicate == "hosts" and not actors_of(objects) and any(
        o.lemma_.lower() in lex.MEETING_NOUNS for o in objects)
    if hosted_event:
        # offered to host talks between Thailand and Cambodia: the host receives the parties of the event it holds
        objects = [m for o in objects if o.lemma_.lower() in lex.MEETING_NOUNS for p in o.children
                   if p.dep_ == "prep" and p.lower_ in ("between", "with", "among") for g in p.children
                   if g.dep_ == "pobj" for m in members(g)] or [
            # (hosted the BRICS summit: an organisation whose meeting it is comes as no guest)
            o for o in objects if not any(m.kind == "organization" for m in owners([o]))]
        if verb.dep_ == "acl" and verb.head.lemma_.lower() in lex.MEETING_NOUNS:
            objects = _held_by(verb.head) + objects
    # vowed retaliation against Israel, a response to Russia's strikes: whom it is aimed at, or whose act it answers
    # (threatened sanctions against Russia, threaten WTO case over EU deforestation law: whom the measure is aimed at,
    # or whose the thing it is over is)
    answered = [g for o in objects if predicate == "threatens" and o.lemma_.lower() in lex.RESPONSE_NOUNS
                | lex.THREATENED_MEASURES for p in o.children if p.dep_ == "prep"
                and (p.lower_ in lex.AIMED_PREPS | {"to"} or p.lower_ == "over" and o.lemma_.lower() not in lex.RESPONSE_NOUNS)
                for g in p.children if g.dep_ == "pobj"] if not actors_of(objects + targets) else []
    if actors_of(answered) or owners(answered):
        objects = answered
    elif predicate == "threatens" and not actors_of(objects + targets):
        # threatened to impose tariffs on Mexico, to strike Iran: whom the threatened act is aimed at
        # (the parser may hang the infinitive as an adverbial clause: threatened on Monday to impose tariffs)
        objects = [t for c in verb.children if c.dep_ == "xcomp" or c.dep_ == "advcl" and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for t in aimed_objects(c)]
        if not actors_of(objects):
            objects = conditioned(verb) or objects  # (threatened to take the case to court if Lima did not ...)
    if predicate == "accuses" and verb.lemma_.lower() in lex.BLAMING_VERBS and not actors_of(objects + targets):
        # blamed the jamming on Moscow: whom it is blamed on, wherever the parser hung "on"
        targets = [g for o in objects for p in o.children if p.dep_ == "prep" and p.lower_ == "on"
                   for g in p.children if g.dep_ == "pobj"] or targets
    if predicate in ("requests", "demands") and not actors_of(objects + targets):
        # demanded an apology from Washington, sought assurances from Beijing: whom it is asked of
        # (not where something is to be taken from: demanded the withdrawal of Russian troops from Ukraine)
        targets = [g for t in [verb, *objects] if t.lemma_.lower() not in lex.REMOVAL_NOUNS
                   for p in t.children if p.dep_ == "prep" and p.lower_ == "from"
                   for g in p.children if g.dep_ == "pobj"] or targets
    if predicate == "rejects" and not actors_of(objects + targets) and not owners(objects) and any(
            o.lemma_.lower() in lex.ISSUED_NOUNS | lex.VOICED_EVENTS for o in objects):
        # will not accept pressure from Bogota, rejected the blackmail from Bratislava: the parser may hang the
        # from-phrase on the verb; whoever the thing turned away comes from
        targets = [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "from" for g in p.children
                   if g.dep_ == "pobj"] or targets
    if predicate == "rejects" and verb.dep_ == "relcl" and not actors_of(objects + targets):
        # Ottawa asked New Delhi to waive their immunity, a request India refused: the noun sums up the act told
        # before it, and what is turned away is its doer's
        objects = summed_up(verb.head) or objects
    fronted = fronted_summary(verb)
    if fronted is not None and not actors_of(objects + targets):
        # Eritrea accused Ethiopia of massing troops, a charge Ethiopia rejected: the parser may make the summing noun
        # the object of the last verb and the clause before the comma that verb's complement; the noun still sums up
        # that clause's act, and what is turned away or condemned is its doer's
        objects = _doers(fronted[1], fronted[0], predicate == "hosts") or objects
    if verb.dep_ in ("relcl", "acl") and not actors_of(objects + targets) \
            and verb.head.lemma_.lower() in lex.SUMMED_ACT_NOUNS:
        # ..., a move Beijing condemned as provocative; ..., a meeting hosted by the crown prince: the noun sums up
        # the act the sentence told before it; whoever did it is the object (and every side of a meeting hosted)
        objects = acted_before(verb.head, every_side=predicate == "hosts") or objects
    if predicate == "visits":
        # said he would travel to Leticia, the Colombian river port: one visits a place, so a place the tagger took for
        # a person is none the extractor can name
        targets = [t for t in targets if not {m.kind for m in actors_of([t])} == {"person"}]
    stranded = stranded_to(verb, predicate)
    if stranded:
        # condemned the U.S. arms sale to Taiwan: the sale is to Taiwan, the condemnation of its seller
        targets = [t for t in targets if t not in stranded]
    envoys = [e for e in summoned(verb) if envoy_word(e)] if predicate == "protests" else []
    if envoys and not actors_of(objects + targets) and not [
            m for t in objects + targets for c in t.children if c.dep_ == "poss" for m in actors_of([c])
            if m.kind != "person"]:
        # Lima summoned Colombia's chargé d'affaires to protest against Petro's remarks: a protest handed to an envoy
        # goes to the envoy's country, not to the person whose words are protested (a country's act, Washington's
        # decision, names the same side)
        objects, targets = [], envoys
    elif not actors_of(objects + targets) and summoned(verb) and not [
            m for t in objects + targets for c in t.children if c.dep_ == "poss" for m in actors_of([c])]:
        # (summoned the U.S. diplomat to protest against Washington's decision: whose the protested thing is)
        # summoned Belarus's chargé d'affaires to protest the incursions: the one summoned is told
        targets = summoned(verb)
    if predicate in lex.CLAUSE_TARGETED and not objects and not actors_of(targets):
        # warned that the United States would bear the consequences: the clause's subject is the target
        # (not the speaker's own side: Israeli Defense Minister Katz warned that Israel would act)
        # (Johari warned that Malaysia may suspend purchases: a name used alone is the side of its titled mention before)
        own = {k for s in actors_of(subjects) for k in sides_of(s, verb.doc)}
        # (nor who is said to respond: Traore warned that Burkina Faso would respond to any aggression from Abidjan)
        clause_subjects = [g for c in verb.children if c.dep_ == "ccomp" and not naming(c)
                           and not (predicate in ("warns", "threatens") and c.lemma_.lower() in lex.RESPONDING_VERBS)
                           for g in c.children
                           # (demanded that Beijing respect ...: the tagger may take the verb for a noun and the
                           # subject for its compound)
                           if (g.dep_ == "nsubj" or g.dep_ == "compound" and c.pos_ == "NOUN" and g.i < c.i
                               and any(m.dep_ == "mark" for m in c.children))
                           and not {place_key(m) for m in actors_of([g])} & own]
        if actors_of(clause_subjects):
            objects, rule = clause_subjects, "target-clause"
        elif predicate in ("warns", "threatens"):
            # warned that Israel would act with full force against Hezbollah: whom the threatened act is aimed at
            # (wherever the parser hung the preposition: act with full force against Hezbollah)
            # (warned that Israel would strike Iran again: the object of a hostile act is whom it is aimed at)
            # (threatened that Hungary would veto the EU's next package of sanctions against Russia: a threat to
            # block something is aimed at whose it is, not at whom it would act on)
            aimed = [t for c in verb.children if c.dep_ == "ccomp" and not naming(c)
                     # (warned that East Timor could take Australia to arbitration: a case brought is aimed too)
                     for t in ((verb_arguments(c)[1] if (relation_of(c) or ("",))[0] in lex.HOSTILE_RELATIONS
                                | {"accuses"} or c.lemma_.lower() in lex.BLOCKING_VERBS else [])
                               # (would take the matter to the World Trade Organization: a court or a body a case
                               # is brought to is a venue, not whom it is aimed at)
                               or [t for t in verb_arguments(c)[2] if not (c.lemma_.lower() in lex.BRINGING_VERBS
                                                                           and t.head.lower_ == "to")]
                               or [g for p in c.subtree if p.dep_ == "prep" and p.lower_ in lex.AIMED_PREPS
                                   for g in p.children if g.dep_ == "pobj"])
                     if not {place_key(m) for m in actors_of([t])} & own]
            if not actors_of(aimed):
                # warned that Moscow would respond to any deployment of NATO forces, that Burkina Faso would respond to
                # any aggression from Ivory Coast: whose act the warner's side would answer
                # (NATO forces: the forces' owner, who is named at actor level too)
                aimed = [o for c in verb.children if c.dep_ == "ccomp" and c.lemma_.lower() in lex.RESPONDING_VERBS
                         for p in c.subtree if p.dep_ == "prep" and p.lower_ == "to" for t in p.children
                         if t.dep_ == "pobj" for q in t.children if q.dep_ == "prep" and q.lower_ in ("of", "from", "by")
                         for g in q.children if g.dep_ == "pobj"
                         for o in ([c for c in g.children if c.dep_ in ("compound", "poss") and actors_of([c])] or [g])
                         if not {place_key(m) for m in actors_of([o])} & own] or aimed
            # (countermeasures against U.S.-South Korean drills: whose the drills are)
            if actors_of(aimed) or [m for m in owners(aimed, events=False) if place_key(m) not in own]:
                objects, rule = aimed, "target-clause"
            elif [m for m in actors_of(conditioned(verb)) if place_key(m) not in own]:
                # warned that "more painful" attacks would follow unless Israel halted: whom the condition is set
                objects, rule = conditioned(verb), "target-clause"
            elif [m for m in owners(_hostile_subjects(verb)) if place_key(m) not in own]:
                # warned that any Israeli military presence in Somaliland would be a "legitimate target", that any
                # aggression launched from Beninese territory would meet a response: whose the act warned about is
                objects, rule = _hostile_subjects(verb), "target-clause"
            elif predicate == "warns" and [m for m in owners(_said_subjects(verb), events=False)
                                           if place_key(m) not in own]:
                # warned that Kathmandu's stance could complicate the talks: a warning about something of another
                # side's is aimed at that side
                objects, rule = _said_subjects(verb), "target-clause"
    if predicate in ("warns", "threatens") and not actors_of(objects + targets) and verb.dep_ in ("advcl", "conj") \
            and verb.head.pos_ == "VERB" and any(c.dep_ == "ccomp" for c in verb.children) \
            and (relation_of(verb.head) or ("",))[0] in lex.AIMED_AT_RECEIVER | lex.HOSTILE_RELATIONS | {"opposes"}:
        # called on Ethiopia to stop filling the dam, warning that Cairo would defend its water security; accused
        # Washington of violating the truce and warned that it would respond: a warning that names no one else,
        # given with an act aimed at someone (a demand, a charge, a measure; not a meeting), is aimed at them too
        # (a warning "of" a risk or "against" a course says what it fears, not whom it is aimed at: left alone)
        own = {place_key(m) for s in actors_of(subjects) for m in affiliation_chain(s)}
        _, above_objects, above_targets, _, _ = verb_arguments(verb.head)
        aimed = [t for t in above_objects + above_targets if not {place_key(m) for m in actors_of([t])} & own]
        if actors_of(aimed) or [m for m in owners(aimed, events=False) if place_key(m) not in own]:
            objects, rule = aimed, "target-clause"
    if predicate in lex.REACTION_RELATIONS and not actors_of(objects + targets) \
            and not (predicate == "warns" and _warning_told_below(verb)):
        objects = headline_opener(verb, subjects) or objects  # (Finland seizes tanker; Moscow warns of "piracy")
    if predicate in symmetric():
        # the two neighbours have cooperated closely against Boko Haram, worked together against the PKK: whom a
        # joint act is aimed at is the common foe, no partner in it
        targets = [t for t in targets if t.head.lower_ != "against"]
    if predicate in symmetric() and not actors_of(partners):
        # shares intelligence with the United States: the parser may hang the partner on the object
        partners = partners + [g for o in objects for p in o.children if p.dep_ == "prep"
                               and p.lower_ in lex.PARTNER_PREPS for g in p.children if g.dep_ == "pobj"]
    parties = _other_parties(subjects, objects) if predicate in symmetric() and not actors_of(partners) else []
    own = accusers_own(verb, objects + targets) if predicate == "attacks" and not actors_of(objects + targets) else []
    if own:  # (accused Russia of targeting civilians)
        yield from attacks_on(subjects, own, verb, sent, rule)
    elif parties:
        # ruled out renegotiating the 2018 treaty: with the other party of the agreement the article told of
        negated, hedged = is_negated(verb), is_hedged(verb)
        yield from (new_relation(s, predicate, o, verb, sent, rule, negated=negated, hedged=hedged)
                    for s in actors_of(subjects) for o in parties)
    elif predicate in ("warns", "threatens") and not actors_of(objects + targets) and not owners(objects + targets) \
            and (_answering(verb) or predicate == "warns" and _warning_told_below(verb)):
        # Baghaei warned that Tehran would respond "in kind"; warned that "unfriendly steps will not go unanswered": a
        # warning of a response that names no one is aimed at the side the article set against the warner's
        # (China warns against "military blocs"; Finland seizes tanker; Moscow warns of "piracy": a headline's
        # warning that names no one, over a story that tells a warning, is aimed at whom the story tells the warner's
        # side warned, rather than at whom the headline opens on)
        negated, hedged = is_negated(verb), is_hedged(verb)
        for s in actors_of(subjects):
            other = Mention(text=lex.OTHER_SIDE, start=verb.idx, end=verb.idx + len(verb.text), kind="anaphor",
                            affiliation=s)
            yield new_relation(s, predicate, other, verb, sent, "target-clause", negated=negated, hedged=hedged)
    else:
        yield from pair_up(subjects, objects, targets, partners, predicate, verb, sent, rule)
    if predicate in lex.MEETING_RELATIONS and not passive:
        # Wang Yi met Ishaq Dar in Beijing, held talks with his Syrian counterpart in Ankara: every side of a
        # meeting held in a country visits it (linking drops whoever is at home there)
        # (and so does whom they met there, in the country one of them is at home in)
        yield from visits_where_met(subjects, [verb, *objects, *partners], verb, sent, rule)
        yield from visits_where_met(objects + partners, [verb, *objects, *partners], verb, sent, rule, hosts=subjects)
    if predicate == "hosts" and verb.lemma_.lower() in lex.MEETING_RECEPTIONS | lex.RECEIVING_VERBS \
            and not (hosted_event and is_hedged(verb)):
        # (offered to host talks between Ecuador and Colombia in Brasilia: until they are held, the host meets no one
        # and the parties go nowhere)
        # the crown prince received the Iranian foreign minister in Riyadh: a reception by a person is a meeting
        # too (a country that hosts ministers meets no one); a reception still to come (is due to host Sheinbaum,
        # would host Lai, had been expected to host al-Sharaa) is the hosting alone, as news and the gold sets
        # record it: the meeting is told when it is held
        if verb.lemma_.lower() in lex.MEETING_RECEPTIONS and not passive and not is_hedged(verb) \
                and any(m.kind in ("person", "role") for m in actors_of(subjects)) and not _background_reception(verb):
            yield from pair_up(subjects, objects, [], [], "meetsWith", verb, sent, rule)
        # (and the one received in Riyadh, welcomed to Tokyo, was received in Tehran, visits the country, unless it
        # is their own)
        # (was hosted by the crown prince in Riyadh: the parser may hang the place of a passive reception on its
        # by-agent)
        # (but a reception denied says nothing of a visit: was not received by Trump at the White House)
        yield from visits_where_met(objects, [verb, *objects, *(subjects if passive and not is_negated(verb) else [])],
                                    verb, sent, rule, people_only=False, arrival=True)


def _background_reception(verb) -> bool:
    """A reception told in a relative clause on its host, for no meeting (Zelensky, who hosted Sandu in Kyiv last
    week, praised Moldova): background to the sentence, the hosting alone, as the gold sets record it; one for talks
    or a summit (who hosted Takaichi for a summit in Seoul) is the meeting too."""
    if verb.dep_ != "relcl":
        return False
    purposes = [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "for"
                for g in p.children if g.dep_ == "pobj"]
    return not any(g.lemma_.lower() in lex.MEETING_NOUNS for g in purposes)


def _named_in_demand(verb) -> bool:
    """demanded that La Paz hand Villanueva over: a demand whose clause names whom it is made of (not by a pronoun;
    the tagger may take the clause's verb for a noun and its subject for a modifier of it)."""
    return any(actors_of([s]) for c in verb.children if c.dep_ == "ccomp" for s in c.children
               if s.dep_ in ("nsubj", "nsubjpass", "compound") and s.i < c.i and s.pos_ != "PRON")


def _other_parties(subjects, objects) -> list:
    """The parties of an agreement negotiated again (by its object), less the subject's own side."""
    parties = [m for o in objects for m in agreement_parties(o)]
    if not parties:
        return []
    own = {k for s in actors_of(subjects) for k in sides_of(s, objects[0].doc)}
    if not any(place_key(m) in own for p in parties for m in affiliation_chain(p)):
        return []  # (only a party to the agreement renegotiates it with the other)
    return [p for p in parties if not {place_key(m) for m in affiliation_chain(p)} & own]


def event_owners(events) -> list:
    """Whose the events are (by Israeli airstrikes, from Russia's shelling): their possessor or nationality."""
    return [c for e in events if relation_of(e) is not None for c in e.children
            if c.dep_ in ("poss", "amod", "compound", "nmod") and c.i < e.i and (actors_of([c]) or nationalities([c]))]


def stance_relations(adj, sent) -> Iterator[Relation]:
    """Ireland was sharply critical of Israel, Seoul remained supportive of Kyiv: an adjective of a stance toward
    someone, with "of", is the relation of whoever is so (the subject of the copula)."""
    predicate = lex.STANCE_ADJECTIVES[adj.lower_]
    verb = adj.head
    subjects = [c for c in verb.children if c.dep_ == "nsubj"] or inherit_subject(verb)
    objects = [g for p in adj.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    for rel in pair_up(subjects, objects, [], [], predicate, adj, sent, "verbal"):
        yield replace(rel, negated=is_negated(verb), hedged=is_hedged(verb))


def _asked_meetings(verb) -> list:
    """requested a meeting, asked for talks: the meeting nouns a verb of requesting asks for (its object, or what
    "for" carries)."""
    if verb.lemma_.lower() not in lex.REQUESTING_VERBS:
        return []
    return [t for t in (*(c for c in verb.children if c.dep_ == "dobj"),
                        *(g for p in verb.children if p.dep_ == "prep" and p.lower_ == "for" for g in p.children
                          if g.dep_ == "pobj"))
            if t.lemma_.lower() in lex.MEETING_NOUNS or t.lower_ in lex.MEETING_NOUNS]


def summed_up(noun) -> list:
    """..., a request India refused; ..., a claim Pretoria has rejected: a request, claim or charge set after a comma
    sums up the act the sentence told before it (asked, accused, insisted that): whoever did it."""
    own_kind = lex.SUMMED_OWN_KIND.get(noun.lemma_.lower(), frozenset())
    if noun.lemma_.lower() not in lex.SUMMING_NOUNS and not own_kind or noun.left_edge.i == 0 \
            or noun.doc[noun.left_edge.i - 1].text != ",":
        return []
    for tok in reversed(noun.doc[sentence_of(noun).start:noun.left_edge.i]):
        found = relation_of(tok) if tok.pos_ == "VERB" else None
        # (..., an offer Budapest dismissed: an offer sums up a verb of offering, whatever relation that verb has)
        if found is not None and found[0] in lex.AIMED_AT_RECEIVER and not own_kind \
                or tok.pos_ == "VERB" and tok.lemma_.lower() in own_kind:
            return [s for s in (verb_arguments(tok)[0] or inherit_subject(tok)) if actors_of([s])]
    return []


def backed_by_modifier(verb, sent) -> Iterator[Relation]:
    """Iran-backed Hezbollah, the Rwanda-backed M23 rebels, the Iran-backed group: a participle of backing written onto
    its backer with a hyphen, modifying a noun that names an actor, says the backer supports that actor."""
    if verb.dep_ != "amod" or verb.lemma_.lower() not in lex.BACKING_PARTICIPLES or verb.i == 0 \
            or verb.doc[verb.i - 1].text not in ("-", "‐"):
        return
    backers = actors_of([c for c in verb.children if c.dep_ in ("npadvmod", "compound", "nmod") and c.i < verb.i])
    backed = actors_of([verb.head])
    for b in backers:
        for o in backed:
            if place_key(b) != place_key(o):
                yield new_relation(b, "supports", o, verb, sent, "nominal")


def thanked_support(verb, sent) -> Iterator[Relation]:
    """Zelensky thanked Britain for its military aid, Ramgoolam thanked New Delhi for financing a headquarters: the one
    thanked for help supports the one who thanks (or whom the help is said to be for)."""
    if verb.lemma_.lower() in lex.THANKING_VERBS:
        given = [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "for" for g in p.children
                 if g.dep_ == "pobj" and g.lemma_.lower() in lex.HELP_NOUNS
                 or g.dep_ in ("pcomp", "pobj") and g.lemma_.lower() in lex.FUNDING_VERBS]
        helpers = [c for c in verb.children if c.dep_ == "dobj"]
    elif verb.lemma_.lower() in lex.WELCOMING_VERBS:
        # (Armenia welcomed India's military assistance: whose help it is gave it)
        given = [o for o in verb.children if o.dep_ == "dobj" and o.lemma_.lower() in lex.HELP_NOUNS]
        helpers = [c for g in given for c in g.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    else:
        return
    if not given:
        return
    helped = [t for g in given for p in g.children if p.dep_ == "prep" and p.lower_ in ("for", "to")
              for t in p.children if t.dep_ == "pobj"] or verb_arguments(verb)[0] or inherit_subject(verb)
    negated, hedged = is_negated(verb), is_hedged(verb)
    # (help goes to the country of the person who thanks for it: Ramgoolam thanked New Delhi: Mauritius)
    helped = [c if m.kind in ("person", "role", "government") and c is not None else m
              for m in (owners(helped) if not actors_of(helped) else actors_of(helped))
              for c in (person_country(m, verb.doc) if m.kind == "person" else affiliation_chain(m)[-1],)]
    for h in actors_of(helpers):
        for o in helped:
            if place_key(h) != place_key(o) and o.kind in ("country", "organization"):
                yield new_relation(h, "supports", o, given[0], sent, "nominal", negated=negated, hedged=hedged)


def _warning_told_below(verb) -> bool:
    """Is the verb on the article's first line, a headline over a story that tells a warning (warned, a warning)?"""
    text = doc_text(verb.doc)
    first = text.find("\n", verb.idx)
    return "\n" not in text[:verb.idx].lstrip() and first >= 0 and any(
        t.lemma_.lower() in ("warn", "warning") for t in verb.doc if t.idx > first)


def _answering(verb) -> bool:
    """Is what the verb reports a response (would respond, will retaliate) or a step that "will not go unanswered",
    not to an act whose doer is written on it (would respond to any deployment of alliance forces)?"""
    return any(c.dep_ == "ccomp" and (c.lemma_.lower() in lex.RESPONDING_VERBS or c.lemma_.lower() == "go" and any(
        a.lower_ == "unanswered" for a in c.children)) and not any(
        q.dep_ == "prep" and q.lower_ in ("of", "from", "by") for p in c.children if p.dep_ == "prep" and p.lower_ == "to"
        for t in p.children for q in t.children) for c in verb.children)


def _said_subjects(verb) -> list:
    """The subjects of a verb's reported clauses (warned that Kathmandu's stance could ...: stance)."""
    return [g for c in verb.children if c.dep_ == "ccomp" and not naming(c) for g in c.children
            if g.dep_ in ("nsubj", "nsubjpass")]


def _hostile_subjects(verb) -> list:
    """The subjects of a warning's reported clause that name an act or a presence of someone's with no actor of their
    own (any Israeli military presence, any aggression launched from Beninese territory)."""
    acts = [g for c in verb.children if c.dep_ == "ccomp" for g in c.children if g.dep_ in ("nsubj", "nsubjpass")
            and g.pos_ == "NOUN" and g.lemma_.lower() in lex.WARNED_PRESENCES and not actors_of([g])]
    # (launched from Beninese territory: where it comes from is whose it is)
    return [o for g in acts for o in ([t for a in g.children if a.dep_ == "acl" for p in a.children
                                       if p.dep_ == "prep" and p.lower_ == "from" for t in p.children
                                       if t.dep_ == "pobj"] or [g])]


def fronted_summary(verb):
    """(noun, act) when a noun of an act or a charge, set after a comma with "a", is the verb's object written before
    its subject, and the clause told before the comma is the verb's complement (..., a charge Ethiopia rejected); or
    None."""
    noun = next((o for o in verb.children if o.dep_ == "dobj"), None)
    if noun is None or noun.lemma_.lower() not in lex.SUMMING_NOUNS | lex.SUMMED_ACT_NOUNS | set(lex.SUMMED_OWN_KIND) \
            or noun.left_edge.i == 0 or noun.doc[noun.left_edge.i - 1].text != "," \
            or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children) \
            or not any(c.dep_ == "nsubj" and noun.i < c.i < verb.i for c in verb.children):
        return None
    act = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < noun.left_edge.i and c.pos_ == "VERB"), None)
    return (noun, act) if act is not None else None


def _visiting_guest(verb):
    """Xi told visiting Spanish Prime Minister Pedro Sanchez ...: "visiting" written before a name, which the parser
    made a verb with the name as its object, says the name is a guest; the name, or None."""
    guest = next((c for c in verb.children if c.dep_ == "dobj" and c.left_edge.i == verb.i + 1), None)
    if verb.lower_ != "visiting" or verb.dep_ not in ("xcomp", "advcl", "amod", "acl") or guest is None \
            or verb.head.lemma_.lower() not in lex.GUEST_VERBS:
        return None
    return guest if any(m.kind in ("person", "role") for m in actors_of([guest])) else None


def _visiting_relations(verb, guest, sent) -> Iterator[Relation]:
    """The guest visits the country of whom they are told, met or received by, and meets (or is hosted by) them."""
    head = verb.head
    hosts = actors_of(verb_arguments(head)[0] or inherit_subject(head))
    negated, hedged = is_negated(head), is_hedged(head)
    countries = [c for h in hosts for c in affiliation_chain(h) if c.kind == "country"][:1]
    meeting = "hosts" if head.lemma_.lower() in lex.RECEIVING_VERBS | lex.MEETING_RECEPTIONS else "meetsWith"
    for g in actors_of([guest]):
        yield from (new_relation(g, "visits", c, verb, sent, "verbal", negated=negated, hedged=hedged)
                    for c in countries)
        yield from (new_relation(h, meeting, g, head, sent, "verbal", negated=negated, hedged=hedged) for h in hosts)


def _shared_passive(verb) -> bool:
    return verb.dep_ == "conj" and verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children) \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
        and any(c.dep_ == "nsubjpass" for c in verb.head.children)


def acted_before(noun, *, every_side=False) -> list:
    """Washington and Manila will hold joint patrols, the Pentagon said, a move Beijing condemned: a noun of an act
    set after a comma at the end of a sentence sums up the act told before it (under a verb of saying, the act
    reported); its doers, or with every_side also whom they acted with or on. None when no act comes before."""
    if noun.left_edge.i == 0 or noun.doc[noun.left_edge.i - 1].text != ",":
        return []
    nearest = next((t for t in reversed(noun.doc[sentence_of(noun).start:noun.left_edge.i - 1]) if t.pos_ == "VERB"
                    and t.dep_ in ("ROOT", "ccomp", "conj", "advcl", "xcomp")), None)
    root = sentence_of(noun).root
    # (ratified an agreement allowing Russia to set up a base, a move ...: the parser hangs the noun on the main verb,
    # or on a verb of a clause on a noun below it; the noun sums up what the sentence tells, not what the agreement
    # allows; when that verb's subject is no actor, the act is the last one told: Relations have been strained since
    # France began supplying weapons, a step ...)
    hung = root if noun.dep_ == "npadvmod" and noun.head.pos_ == "VERB" and root.pos_ == "VERB" and root.i < noun.i \
        and (noun.head.i == root.i or _inside_noun_clause(noun.head, root)) else None
    for act in (hung, nearest):
        found = _doers(act, noun, every_side) if act is not None else []
        if found:
            return found
    return []


def _doers(act, noun, every_side) -> list:
    """The doers of the act a summing noun stands for (and with every_side whom they acted with or on)."""
    if act.lemma_.lower() in lex.SPEECH_VERBS:
        reported = next((c for c in act.children if c.dep_ == "ccomp"), None)
        if reported is None and not any(c.dep_ == "dobj" for c in act.children):
            return []
        act = reported or act  # (added 140 Chinese firms to its blacklist, a move ...: "add" with an object says nothing)
    subjects, objects, _, partners, agents = verb_arguments(act)
    doers = agents if any(c.dep_ in ("nsubjpass", "auxpass") for c in act.children) else \
        subjects or inherit_subject(act)
    if noun.lemma_.lower() == "visit" and (relation_of(act) or ("",))[0] == "hosts" and not every_side:
        doers = objects  # (Putin hosted Modi, a visit that drew criticism: the visit is the guest's)
    return [d for d in doers + (objects + partners if every_side else []) if actors_of([d])]


def _held_by(noun) -> list:
    """Sweden and Iran agreed after talks hosted by Oman; met in talks hosted by the AU chair; talks with Iran hosted
    by Oman: talks on a participle of hosting are held by the subjects of the clause they are part of (the clause's
    subject beside a partner the noun names); "the talks, hosted by Togo", naming no one, are the meeting told just
    before, held by its subjects and partners."""
    node = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
    while node.pos_ == "NOUN" and node.dep_ == "pobj" and node.head.dep_ == "prep":
        node = node.head.head  # (after more than a year of indirect talks: the clause the phrase is part of)
    # (not talks its subject stays away from: India boycotted the summit hosted by China)
    held = noun.dep_ == "pobj" or node.lemma_.lower() in lex.LIGHT_VERBS | lex.JOINING_VERBS | {"attend"} \
        or (relation_of(node) or ("",))[0] in symmetric()
    if noun.dep_ in ("dobj", "pobj") and node.pos_ in ("VERB", "AUX") and node.i < noun.i and held:
        return [s for s in verb_arguments(node)[0] or inherit_subject(node) if actors_of([s])]
    if noun.dep_ == "nsubj" and any(c.lower_ == "the" for c in noun.children) and noun.i > 0 \
            and noun.doc[noun.i + 1].text == ",":
        sent = sentence_of(noun)
        before = noun.doc[sent.start - 1] if sent.start else None
        if before is None:
            return []
        for verb in reversed(list(sentence_of(before))):
            if verb.pos_ == "VERB" and (relation_of(verb) or ("",))[0] in symmetric():
                subjects, _, _, partners, _ = verb_arguments(verb)
                return [t for t in (subjects or inherit_subject(verb)) + partners if actors_of([t])]
    return []


def _inside_noun_clause(verb, root) -> bool:
    """Is the verb in a clause on a noun below the sentence's root (an agreement allowing Russia to set up a base)?"""
    node = verb
    while node.i != root.i and node.head.i != node.i:
        if node.dep_ in ("acl", "relcl"):
            return True
        node = node.head
    return False


def clash_relations(verb, sent) -> Iterator[Relation]:
    """Indian troops clashed with Chinese soldiers: a clash is fought by both sides, each attacking the other."""
    subjects, _, _, partners, _ = verb_arguments(verb)
    # (fought a war with Pakistan: the partner the parser hung on the war)
    partners = partners + [g for o in verb.children if o.dep_ == "dobj" for p in o.children
                           if p.dep_ == "prep" and p.lower_ in lex.PARTNER_PREPS for g in p.children if g.dep_ == "pobj"]
    sides = actors_of(subjects or inherit_subject(verb)) + actors_of(partners)
    if len(actors_of(subjects)) > 1 and not partners:
        sides = actors_of(subjects)  # Indian and Chinese troops clashed
    if any(m.kind == "person" for m in sides) or any(c.lower_ in lex.WORDED_MANNERS for c in verb.children):
        return  # (the vice president, who has clashed publicly with President Paz: people clash in words, no fight)
    negated, hedged = is_negated(verb), is_hedged(verb)
    for a in sides:
        for b in sides:
            if (a.text, a.start) != (b.text, b.start) and place_key(a) != place_key(b):
                yield new_relation(a, "attacks", b, verb, sent, "verbal", negated=negated, hedged=hedged)


def due_visits(adj, sent) -> Iterator[Relation]:
    """Prabowo is due in Tokyo on Thursday: whoever is due in a country is to visit it (hedged: still to come)."""
    places = [g for p in adj.children if p.dep_ == "prep" and p.lower_ in ("in", "to") for g in p.children
              if g.dep_ == "pobj"]
    visitors = actors_of([c for c in adj.head.children if c.dep_ == "nsubj"])
    for v in visitors:
        for place in actors_of(places):
            if place.kind in ("country", "organization") and place_key(place) != place_key(v):
                yield new_relation(v, "visits", place, adj, sent, "verbal", negated=is_negated(adj.head), hedged=True)


def journey_visits(verb, sent) -> Iterator[Relation]:
    """A week-long tour that will also take him to the Marshall Islands and Tuvalu: a journey that takes someone to a
    country is their visit to it (hedged while still to come)."""
    journey = verb.head if verb.dep_ == "relcl" else next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if journey is None or journey.lemma_.lower() not in lex.JOURNEY_NOUNS:
        return
    places = [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" for g in p.children if g.dep_ == "pobj"]
    places += [c for g in places for c in g.conjuncts]
    taken = [c for c in verb.children if c.dep_ == "dobj"]
    if any(c.pos_ == "PRON" for c in taken):
        # (Modi is due to fly on to Victoria for talks with Herminie, ... a tour that will take him to Madagascar: "him"
        # is the traveller, the nearest person before it who goes somewhere, a subject, not whom they meet)
        taken = next(([t] for t in reversed(sent.doc[sent.start:verb.i]) if t.dep_ == "nsubj"
                      and any(m.kind == "person" for m in actors_of([t]))), taken)
    for v in actors_of(taken):
        for place in actors_of(places):
            if place.kind == "country" and place_key(place) != place_key(v):
                yield new_relation(v, "visits", place, verb, sent, "verbal", negated=is_negated(verb),
                                   hedged=is_hedged(verb) or verb.tag_ != "VBD")


def held_until(verb, sent) -> Iterator[Relation]:
    """The crossing would stay shut until the Tunisian side releases the men, the minister said; the levy will remain
    until Colombia shows real cooperation: a measure kept in place until another side acts demands that act of that
    side, made by whoever keeps it (or says it is kept)."""
    clause = next((c for c in verb.children if c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ == "until" for m in c.children)), None)
    if clause is None:
        return
    keepers = actors_of([c for c in verb.children if c.dep_ == "nsubj"])
    keepers = [m for m in keepers if m.kind in ("country", "government", "person", "role", "organization")]
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in lex.SPEECH_VERBS and not keepers:
        keepers = actors_of([c for c in verb.head.children if c.dep_ == "nsubj"]) or actors_of(inherit_subject(verb.head))
    # (the Tunisian side: a side named by its nationality)
    asked = actors_of([c for c in clause.children if c.dep_ == "nsubj"]) or owners(
        [c for c in clause.children if c.dep_ == "nsubj"], events=False)
    for who in keepers:
        for side in asked:
            # (a pronoun keeper is left to the demand it goes with: he demanded that Bogota ... and said the levy
            # would stay until Colombia ...)
            if place_key(side) != place_key(who) and "anaphor" not in (side.kind, who.kind):
                yield new_relation(who, "demands", side, verb, sent, "verbal")


def presence_visits(verb, sent) -> Iterator[Relation]:
    """Wong was in Fiji for talks, Merz will be in Skopje on Tuesday: a person who is in a country (or its city) is
    visiting it (linking drops a visit to one's own country); will be there is still to come (hedged)."""
    places = [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "in" for g in p.children
              if g.dep_ == "pobj" and (g.ent_type_ == "GPE" or g.lower_ == "capital")]
    if not places or any(c.dep_ in ("attr", "acomp", "xcomp") for c in verb.children):
        return  # (was a minister in Kenya, was ready in Tokyo: a state or a role, not a presence)
    visitors = [m for m in actors_of([c for c in verb.children if c.dep_ == "nsubj"]) if m.kind == "person"]
    for v in visitors:
        for place in actors_of(places):
            if place.kind == "country" and place_key(place) not in {place_key(m) for m in affiliation_chain(v)}:
                yield new_relation(v, "visits", place, verb, sent, "verbal", negated=is_negated(verb),
                                   hedged=is_hedged(verb))


def _invited_to_join(verb) -> bool:
    """invited Cambodian troops to join training exercises: asked to take part in a joint activity."""
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in ("join", "participate") and any(
        t.lower_ in lex.EXERCISE_NOUNS for t in c.subtree) for c in verb.children)


def invited_relations(verb, sent) -> Iterator[Relation]:
    """Van Klaveren had invited Werthein to Santiago for talks; the EU invited Vucic and Kurti to emergency talks in
    Brussels: an invitation is still to come (hedged): the guest would visit the country it is to, and would hold the
    talks it is for with the host, or, when several are invited to talks, with each other."""
    guests = actors_of([c for c in verb.children if c.dep_ == "dobj"])
    hosts = [m for m in actors_of([c for c in verb.children if c.dep_ == "nsubj"] or inherit_subject(verb))]
    if not guests or not hosts:
        return
    negated = is_negated(verb)
    preps = [p for p in verb.children if p.dep_ == "prep" and p.lower_ in ("to", "for")]
    places = [g for p in preps if p.lower_ == "to" for g in p.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
    for guest in guests:
        for place in actors_of(places):
            if place.kind == "country" and place_key(place) not in {place_key(m) for m in affiliation_chain(guest)}:
                yield new_relation(guest, "visits", place, verb, sent, "verbal", negated=negated, hedged=True)
    talks = [g for p in preps for t in p.subtree if t.dep_ == "pobj" and t.lemma_.lower() in lex.TALK_NOUNS
             for g in (t,)]
    if not talks:
        return
    if len(guests) > 1:
        for k, a in enumerate(guests):
            for b in guests[k + 1:]:
                yield new_relation(a, "negotiatesWith", b, verb, sent, "verbal", negated=negated, hedged=True)
        return
    for host in hosts:
        yield new_relation(host, "negotiatesWith", guests[0], verb, sent, "verbal", negated=negated, hedged=True)
