"""Where an English verb's arguments are: subject, objects, prepositional targets, partners and the by-agent.

English marks roles by position and preposition: the subject (nsubj) acts; the direct object, the dative and a
passive subject are acted on; "to", "on", "against", "at", "over" name a target, "with" a partner, a passive's
by-phrase the agent. A verb with no subject of its own shares one: a conjoined verb's (condemned the launch and
urged Pyongyang to), the object of a verb that controls it (urged Beijing to stop: Beijing stops), the subject
of the verb of saying above (Ethiopia said it would), the noun a relative clause hangs on (the country that
invaded), the subject raised by a verb like "expected" (Britain and France are expected to announce).

Some objects stand for something else: what the speaker calls a thing (condemned what she called Iran's
"direct participation"), a to-phrase the parser hung on the verb that belongs to its object (condemned the
U.S. arms sale to Taiwan), an amount (tariffs on 18 billion euros of U.S. goods: the goods).
"""
from __future__ import annotations

from kg.extract import doc_text, sentence_of
from kg.extract.en.actors import actors_of, read_actor
from kg.extract.en.cues import lexicon, relation_of, traded_participles
from kg.extract.en.names import affiliation_chain, members, place_key, place_or_demonym, undated
from kg.extract.en.pairs import located, owners
from kg.lang import en as lex

_FINITE = frozenset({"VBD", "VBZ", "VBP"})


def verb_arguments(verb):
    """subject, objects, targets, partners, agent of a verb."""
    subjects, objects, targets, partners, agents = [], [], [], [], []
    for child in verb.children:
        dep = child.dep_
        if dep in ("nsubj",):
            # (WARSAW — Poland and Lithuania accused…: the parser makes the dateline the subject, the real one its
            # apposition)
            subjects.extend(undated([child]))
        elif dep == "nsubjpass":
            objects.append(child)
        elif dep == "dative" and child.pos_ == "ADP":
            # sent weapons to Ukraine, issued a warning to Tokyo: the parser calls the to-phrase a dative; whom it
            # names is the target (also "for" after a verb that hands something over: announced aid for Gaza)
            if child.lower_ == "to" or child.lower_ == "for" and verb.lemma_.lower() in lex.LIGHT_VERBS | lex.TRANSFER_VERBS:
                targets.extend(c for c in child.children if c.dep_ == "pobj")
        elif dep in ("dobj", "dative", "attr"):
            objects.append(child)
        elif dep == "agent":
            agents.extend(c for c in child.children if c.dep_ == "pobj")
        elif dep == "prep":
            pobjs = [c for c in child.children if c.dep_ == "pobj"]
            if child.lower_ == "as" and any(c.dep_ == "auxpass" for c in verb.children):
                # was rejected as fraudulent by the United States: the parser hangs the by-agent on the "as" phrase
                agents.extend(g for t in child.subtree if t.dep_ == "prep" and t.lower_ == "by"
                              for g in t.children if g.dep_ == "pobj")
            if child.lower_ in lex.PARTNER_PREPS:
                partners.extend(pobjs)
            # (landed in Hanoi: a verb of arriving that only the verb cues list takes its place with "in" too)
            elif child.lower_ in lex.TARGET_PREPS or (child.lower_ in lex.PLACE_PREPS and (
                    lexicon().get(verb.lemma_.lower()) or lex.VERB_CUES.get(verb.lemma_.lower())) == "visits"):
                targets.extend(pobjs)
    subjects = _listed_before(verb, subjects) + subjects
    if subjects and all(s.lower_ in ("it", "they") for s in subjects):
        # Ethiopia said it would continue negotiations: "it" is the subject of the verb of saying above
        node = verb
        while node.dep_ in ("ccomp", "xcomp", "conj", "advcl", "relcl") and node.head.i != node.i:
            # (protested over a jamming campaign it blamed on Moscow: "it" in a relative clause on a thing the
            # subject above acts on is that subject)
            node = next((a for a in node.head.ancestors if a.pos_ == "VERB"), None) if node.dep_ == "relcl" \
                else node.head
            if node is None:
                break
            above = [c for c in node.children if c.dep_ == "nsubj" and actors_of([c])]
            if above and any(s.lower_ == "they" for s in subjects) and len(members(above[0])) == 1 \
                    and [m.kind for m in actors_of([above[0]])] == ["person"]:
                break  # (Waltz said they shielded Pyongyang: "they" are others than one speaker)
            if above and all(s.lower_ == "it" for s in subjects) and all(
                    m.kind == "person" or m.text.lower() in ("he", "she") for m in actors_of(above)):
                # (He accused the organisation of "double standards," saying it had not suspended Chad: "it" is no
                # person; the body the speaker acts on, if any)
                acted_on = [c for c in node.children if c.dep_ == "dobj" and actors_of([c])
                            and all(m.kind != "person" for m in actors_of([c]))]
                if acted_on:
                    return acted_on, objects, targets, partners, agents
                break
            if above:
                return above, objects, targets, partners, agents
    if subjects and not actors_of(subjects):
        # its jets had hit, Russia's drones struck: what acts for its owner stands for the owner
        owners = [c for s in subjects for c in s.children if c.dep_ == "poss" and actors_of([c])]
        # (its jets: "its" is the subject of the clause above, The IDF said its jets had hit)
        own = [c for s in subjects for c in s.children if c.dep_ == "poss" and c.lower_ == "its"]
        if own and verb.dep_ == "ccomp":
            owners = owners or [c for c in verb.head.children if c.dep_ == "nsubj" and actors_of([c])]
        subjects = _fronted_subjects(verb) or owners or subjects
    if not subjects:
        subjects = _subject_after_fronted(verb)
    # (told his Australian counterpart Penny Wong: the parser may make the role and the name after it two objects;
    # the name is in apposition to the role, which stands for it)
    objects = [o for o in objects if not (o.pos_ == "NOUN" and any(
        n.pos_ == "PROPN" and n.left_edge.i == o.i + 1 for n in objects))]
    return subjects, objects, targets, partners, agents


def _subject_after_fronted(verb) -> list:
    """Following a surge in crossings from Belarus, Poland closed ...: the parser joined the subject to the fronted
    phrase's last name and left the finite verb with none; the actor after the last comma is the subject."""
    if verb.tag_ not in _FINITE or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
            or not any(c.dep_ in ("prep", "advcl") and c.i < verb.i for c in verb.children):
        return []
    return _fronted_subjects(verb)


def _fronted_subjects(verb) -> list:
    """Hours after the accusation, Germany and the United Kingdom announced: after a fronted phrase the parser
    may take a word of the phrase for the subject and hang the real subjects on it; the actors written between
    the last comma and the verb are the subject."""
    sent = sentence_of(verb)
    comma = next((t.i for t in reversed(sent[:verb.i - sent.start]) if t.text == ","), None)
    if comma is None:
        return []
    span = verb.doc[comma + 1:verb.i]
    # the first actor of the span whose head lies outside it (its conjuncts come with it)
    first = next((t for t in span if t.pos_ in ("PROPN", "NOUN") and not comma < t.head.i < verb.i and read_actor(t)),
                 None)
    return [first] if first is not None else []


def _stranded_main_verb(verb):
    """Albares, who arrived in Buenos Aires for a two-day visit, called on both governments: when the parser makes the
    name the root and hangs the main verb, set after a comma, inside the relative clause on it, the verb is the
    name's. The name, or None."""
    root = sentence_of(verb).root
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or verb.i == 0 or verb.doc[verb.i - 1].text != "," \
            or root.pos_ != "PROPN" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    clause = next((c for c in root.children if c.dep_ == "relcl" and c.i < verb.i <= c.right_edge.i), None)
    return root if clause is not None and actors_of([root]) else None


def _listed_before(verb, subjects) -> list:
    """Indonesia, Malaysia threaten WTO case: a headline lists its subjects with a comma for "and"; the parser hangs
    the name before the comma on the verb as a modifier."""
    doc = verb.doc
    return [c for c in verb.children if c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.ent_type_ in ("GPE", "NORP")
            and c.i + 2 < len(doc) and doc[c.i + 1].text == "," and c.i < verb.i
            and any(s.left_edge.i == c.i + 2 for s in subjects)]


def _condition_above(verb):
    """The conditional clause (if, unless) a participle set off by a comma at the end of a sentence was hung on by
    the parser, or None."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.i == 0 or verb.doc[verb.i - 1].text != "," \
            or any(c.dep_ in ("nsubj", "mark") for c in verb.children):
        return None
    above = verb.head
    marked = above.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in lex.CONDITIONAL_MARKS
                                           for c in above.children)
    return above if marked and above.sent.root.i != above.i else None


def inherit_subject(verb) -> list:
    """Shared subjects: conjoined verbs (condemned X and urged Y), controlled verbs (vowed to support),
    relative clauses (the country that invaded)."""
    stranded = _stranded_main_verb(verb)
    if stranded is not None:
        return [stranded]
    node = verb
    modifier = [c for c in verb.children if c.dep_ == "amod" and c.i < verb.i and c.pos_ != "VERB" and read_actor(c)]
    if verb.pos_ == "VERB" and modifier:
        return modifier  # (Vanuatu signs pact: a headline's opening name the parser made a modifier of its verb)
    above = verb.head
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > 0 and verb.doc[verb.i - 1].text == "," \
            and above.dep_ == "xcomp" and above.head.i != above.i and above.head.pos_ == "VERB":
        # Latvia ordered a Russian diplomat to leave, accusing Moscow of ...: a participle set off by a comma after an
        # infinitive goes on with the one who orders or urges, not the one told (whom the parser hung it on)
        main = above.head
        return undated([c for c in main.children if c.dep_ == "nsubj"]) or inherit_subject(main)
    condition = _condition_above(verb)
    if condition is not None:
        # Katz warned that Israel would act against Hezbollah if the group did not pull back, accusing the Lebanese
        # army of ...: a participle set off by a comma after a condition goes on with the sentence's own subject
        main = condition.sent.root
        found = undated([c for c in main.children if c.dep_ == "nsubj"])
        if found:
            return found
    while (node.dep_ in ("conj", "xcomp", "advcl", "ccomp", "relcl", "acl", "pcomp", "acomp")
           or node.dep_ in ("prep", "advmod") and node.pos_ in ("ADP", "ADV")
           # (accuses Kinshasa of fighting alongside the FDLR: a gerund the parser made the object of "of")
           or node.dep_ == "pobj" and node.pos_ == "VERB" and node.tag_ == "VBG"
           # had no plans to meet, made an offer to host, launched a procedure to suspend, pursued a policy of
           # building ties: the intention's holder
           or node.dep_ == "dobj" and node.lemma_.lower() in lex.INTENT_NOUNS | lex.STATEMENT_NOUNS
           | lex.ATTEMPT_NOUNS | lex.POLICY_NOUNS
           # (handed the envoy a note of protest describing the strike as a violation and calling on Turkey to
           # withdraw: what the note says, its sender says)
           or node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lemma_.lower() in lex.STATEMENT_NOUNS
           # (joined the European Union in a statement calling on Tanzania to release them: the statement's issuers)
           or node.dep_ == "pobj" and node.head.lower_ == "in" and node.lemma_.lower() in lex.STATEMENT_NOUNS) \
            and node.head.i != node.i:
        if node.dep_ == "ccomp" and node.i < node.head.i and any(
                t.text == ";" for t in node.doc[node.i:node.head.i]):
            return []  # (Vanuatu signs pact with Australia; China accuses Canberra: a semicolon ends a statement)
        finite = _finite_above(node) or _narrated_past(node)
        if finite:
            return finite
        if node.dep_ == "acl" and node.head.lemma_.lower() in lex.CONTROLLING_NOUNS and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in node.children):
            # Rabat's decision to close the crossing, China's plan to build a base: the possessor of a noun of
            # deciding or intending does what its infinitive says (not one turned away: rejected China's offer to
            # hold talks, blocked Hungary's plan)
            noun = node.head
            refused = noun.head.lemma_.lower() in lex.TURNING_AWAY | lex.BLOCKING_VERBS | {"oppose", "resist"}
            owners = [c for c in noun.children if c.dep_ == "poss" and actors_of([c])] if not refused else []
            if owners:
                return owners
        if node.dep_ in ("relcl", "acl") and read_actor(node.head):
            return [node.head]
        described = _reduced_relative(node)
        if described is not None:
            return [described] if read_actor(described) else []
        if node.dep_ == "xcomp" and node.head.lemma_.lower() not in lex.SUMMON_VERBS:
            # object control: urged Beijing to stop, called on China to halt: the addressee acts (not after
            # summoned the ambassador to lodge a protest: the one who summons lodges it)
            controller = [c for c in node.head.children if c.dep_ == "dobj"] or [
                g for p in node.head.children if p.dep_ in ("prep", "prt") and p.lower_ in ("on", "upon")
                for g in p.children if g.dep_ == "pobj"]
            if controller and actors_of(controller):
                return controller
        came_from, node = node, node.head
        if node.pos_ == "ADP" and node.head.pos_ == "VERB" and came_from.dep_ == "pobj" \
                and came_from.lemma_.lower() in lex.STATEMENT_NOUNS and node.head.lemma_.lower() == "join":
            # The United States joined the European Union in a statement calling on Tanzania to: whoever joins and
            # whom they join issue the statement together
            issuers = [c for c in node.head.children if c.dep_ in ("nsubj", "dobj")]
            if actors_of(issuers):
                return issuers
        if node.pos_ == "ADP" and node.head.pos_ == "VERB" and (came_from.dep_ != "pobj" or came_from.tag_ == "VBG"):
            # object control through a preposition: warned China against supplying, accused Kyiv of staging (not
            # through a noun: joined the EU in a statement calling on ...)
            controller = [c for c in node.head.children if c.dep_ == "dobj"]
            if controller and actors_of(controller):
                return controller
        if node.dep_ == "pcomp" or node.pos_ == "ADP":
            continue
        subjects = [c for c in node.children if c.dep_ == "nsubj"] or _subject_after_fronted(node) or [
            # Britain and France are expected to announce, Iran is set to resume: the raised subject
            c for c in node.children if c.dep_ == "nsubjpass" and node.lemma_.lower() in lex.RAISING_VERBS
            and actors_of([c])]
        # (WARSAW — Poland and Lithuania accused…, and called on: the subject in apposition to a dateline)
        subjects = undated(subjects)
        if subjects and all(s.lower_ in ("it", "they") for s in subjects) and node.dep_ == "ccomp" \
                and node.head.lemma_.lower() in lex.SPEECH_VERBS:
            # the Kremlin said it had no plans to: "it" is whoever said so
            subjects = [c for c in node.head.children if c.dep_ == "nsubj"] or subjects
        if subjects and not actors_of(subjects) and verb.dep_ == "conj" and node.i == verb.head.i \
                and node.dep_ == "ccomp":
            # said prisoner swaps were no substitute and called on Russia to: a verb the parser joined to the
            # reported clause, whose subject is a thing, belongs with the verb of saying
            continue
        if subjects:
            return subjects
    return []


def headline_opener(verb, subjects) -> list:
    """Finland seizes tanker over severed cable; Moscow warns of "piracy": in a headline, a reaction with no
    object, after a semicolon, is aimed at whom the headline opens on (the first clause's subject)."""
    sent = sentence_of(verb)
    doc = verb.doc
    if "\n" in doc_text(doc)[:sent.start_char].lstrip() or not any(t.text == ";" for t in doc[sent.start:verb.i]) \
            or any(c.dep_ == "dobj" and not _bare(c) for c in verb.children):
        return []
    # (Libya shuts crossing after Tunisia detains traders; Tunis urges calm: the parser may make the opening name a
    # compound of its verb; never the reacting side itself)
    own = {place_key(x) for m in actors_of(subjects) for x in affiliation_chain(m)}
    opener = next((t for t in sent if t.dep_ in ("nsubj", "amod", "compound") and t.head.pos_ == "VERB"
                   and t.head.i < verb.i and t.i < verb.i and read_actor(t)
                   and not own & {place_key(x) for m in read_actor(t) for x in affiliation_chain(m)}), None)
    return [opener] if opener is not None and opener not in subjects else []


def _bare(thing) -> bool:
    """Prague rejects "interference", Moscow vows response: a thing named with nothing that says whose it is (no
    possessor, nationality, modifier naming an actor or phrase after it) names no one the reaction is aimed at."""
    return not actors_of([thing]) and not any(
        c.dep_ in ("poss", "prep", "compound", "nmod", "relcl", "acl") or c.dep_ == "amod" and place_or_demonym(c)
        for c in thing.children)


def _reduced_relative(clause):
    """no lessons from a country "waging a brutal war": an -ing clause written right after a noun for a state,
    with no comma between, describes that noun (a reduced relative clause), whatever clause the parser hung it
    on; its subject is the noun, never the subject above (not after a person: wrote to Modi urging him). The
    noun, or None."""
    if clause.dep_ != "advcl" or clause.tag_ != "VBG" or any(c.dep_ in ("nsubj", "mark") for c in clause.children):
        return None
    before = clause.doc[clause.i - 1] if clause.i > 0 else None
    while before is not None and before.text in ('"', "“", "'") and before.i > 0:
        before = clause.doc[before.i - 1]
    if before is None or before.pos_ != "NOUN" or before.lemma_.lower() not in lex.STATE_NOUNS \
            or before.dep_ in ("nsubj", "nsubjpass"):
        return None
    return before


def _finite_above(verb) -> list:
    """said Moscow would ask the Council to hold a meeting and urged the IAEA to, said Mexico would wait and
    declined to criticize: a finite verb is never conjoined with an infinitive or a verb under a modal; it shares
    the subject of the finite verb above (also when it is reached from an infinitive it controls). Not "be" or
    "have": a state after a modal is the reported clause's, put in the past by the verb of saying (said Bangkok
    would not accept mediation but was ready to talk, would defend its territory but had no intention of)."""
    if not (verb.dep_ == "conj" and verb.tag_ in _FINITE and verb.head.tag_ not in _FINITE) \
            or verb.lemma_.lower() in ("be", "have", "remain"):
        return []  # (said Peru "will not accept pressure" but remained willing to discuss: a state, as "be" is)
    above = verb.head
    while above.head.i != above.i and above.tag_ not in _FINITE:
        above = above.head
    while above.dep_ in ("ccomp", "xcomp") and above.head.i != above.i:
        above = above.head
    if above.i > verb.i:
        return []  # (had met Napat and asked him to ..., the ministry said: an attribution written after its clause)
    return undated(_subjects_before(above))


def _narrated_past(verb) -> list:
    """told reporters that Nepal "firmly opposes" the plan and called on New Delhi to; said Washington "stands with"
    Mongolia and called on China to: a verb in the past joined to a reported clause in the present, under a verb of
    saying in the past, is the narrator's, not the speaker's: it is what the speaker did next, and shares the
    speaker as its subject (what is reported would be put in the past too)."""
    head = verb.head
    # (said Morocco valued its partnership with Spain but urged Madrid to, said the two countries had no dispute and
    # praised Prabowo's vision: a state the speaker states for their side, in the past only because the verb of
    # saying is, and an act done in speaking after it, are the same construction)
    backshifted = head.tag_ == "VBD" and head.lemma_.lower() in lex.BACKSHIFTED_STATES \
        and (relation_of(verb) or ("",))[0] in lex.SPEECH_ACTS | {"rejects"}
    # (said Russia had "nothing to do" with it and accused Riga: the tagger may take a past for a participle, one
    # with no auxiliary of its own)
    past = verb.tag_ == "VBD" or verb.tag_ == "VBN" and backshifted and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children)
    if not (verb.dep_ == "conj" and past and (head.tag_ in ("VBZ", "VBP") or backshifted)
            and head.dep_ == "ccomp"):
        return []
    saying = head.head
    if saying.lemma_.lower() not in lex.SPEECH_VERBS or saying.tag_ != "VBD" or saying.i > verb.i:
        return []
    return undated(_subjects_before(saying))


def _subjects_before(verb) -> list:
    """Trump, asked about the dispute, said: the subject the parser hung on a participle set between it and
    its verb is the verb's."""
    return [c for c in verb.children if c.dep_ == "nsubj"] or [
        s for c in verb.children if c.dep_ in ("ccomp", "advcl") and c.tag_ in ("VBN", "VBD") and c.i < verb.i
        for s in c.children if s.dep_ == "nsubj" and s.i + 1 < c.i and s.doc[s.i + 1].text == ","]


def summoned(verb) -> list:
    """summoned the ambassadors of Germany and France to lodge a protest: the summoned are told."""
    head = verb.head
    if verb.dep_ in ("advcl", "xcomp") and head.lemma_.lower() in lex.SUMMON_VERBS:
        return [c for c in head.children if c.dep_ == "dobj"]
    return []


def naming(clause) -> bool:
    return clause.lemma_.lower() in lex.NAMING_VERBS and any(c.lower_ == "what" for c in clause.children)


def named_thing(obj) -> list:
    """condemned what she called Iran's "direct participation": the object is the thing the speaker names
    (its owner is then the target); any other object stays as it is."""
    if obj.lower_ != "what" or obj.head.lemma_.lower() not in lex.NAMING_VERBS:
        return [obj]
    named = [c for c in obj.head.children if c.dep_ in ("oprd", "dobj", "attr") and c.i != obj.i]
    # (criticised what he called "hasty decisions" by the Libyan authorities: the parser hangs the by-phrase of
    # the thing named on the verb of naming; whoever it names did the thing)
    # (rejected what it called "blackmail" from Bratislava: or whom the thing named comes from)
    named += [g for p in obj.head.children if p.dep_ == "prep" and p.lower_ in ("by", "from") and named
              and p.i > named[0].i for g in p.children if g.dep_ == "pobj"]
    return named or [obj]


def stranded_to(verb, predicate) -> list:
    """condemned the U.S. arms sale to Taiwan, where the parser hangs "to Taiwan" on the verb: a to-phrase
    belongs to the event the verb is about, unless the verb's own relation takes one (protested to Japan)."""
    if predicate in lex.TO_TAKING or not any(c.dep_ == "dobj" and relation_of(c) is not None and not any(
            p.dep_ == "prep" and p.lower_ in ("to", "toward", "towards") for p in c.children) for c in verb.children):
        return []
    return [g for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "toward", "towards")
            for g in c.children if g.dep_ == "pobj"]


def aimed_objects(verb) -> list:
    """Whom an act is aimed at: the object of a hostile verb (strike Iran), or the target of the event a verb
    carries (impose tariffs on Mexico)."""
    found = relation_of(verb)
    _, objects, targets, _, _ = verb_arguments(verb)
    if found is not None and found[0] in lex.HOSTILE_RELATIONS or verb.lemma_.lower() in lex.PUNISHING_VERBS:
        return objects + targets
    if verb.lemma_.lower() in lex.BRINGING_VERBS:
        # take the case to the International Court of Justice: a court is where it is brought, not whom it is aimed at
        targets = [t for t in targets if not (t.head.lower_ == "to" and t.head.head.i == verb.i)]
    aimed = targets + [g for o in objects if (relation_of(o) or ("",))[0] in lex.HOSTILE_RELATIONS
                       for p in o.children if p.dep_ == "prep" and p.lower_ in lex.NOMINAL_OBJECT_PREPS
                       for g in p.children if g.dep_ == "pobj"]
    # (tariffs on 18 billion euros of U.S. goods: an amount stands for what it is an amount of)
    return [_of_amount(g) for g in aimed]


def conditioned(verb) -> list:
    """threatened to take the case to court if Lima did not reverse course, warned that attacks would follow unless
    Israel halted: the subject of the condition is whom a threat or a warning is aimed at."""
    # (warned that Baghdad would ask the Security Council to hold a session if Ankara failed to respond: the condition
    # may hang on a verb the reported one governs)
    clauses = [verb, *(c for c in verb.children if c.dep_ in ("xcomp", "advcl", "ccomp"))]
    clauses += [g for c in clauses[1:] for g in c.children if g.dep_ == "xcomp"]
    return [g for v in clauses
            for c in v.children if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in lex.CONDITIONAL_MARKS
                                                             for m in c.children)
            for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]


def _of_amount(tok):
    """The noun an amount is of (18 billion euros of U.S. goods -> goods); else the token itself."""
    if tok.lemma_.lower() in lex.MONEY_NOUNS or tok.lemma_.lower() in lex.QUANTITY_HEADS:
        return next((g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                     if g.dep_ == "pobj"), tok)
    return tok


def traded_with(flows) -> list:
    """Whose goods or people a restricted flow is (imports of Japanese seafood, the transit of Ivorian goods,
    visa-free travel for Georgian citizens), or where it comes from or goes to (imports from Mexico)."""
    of = [g for o in flows for p in o.children if p.dep_ == "prep" and p.lower_ in ("of", "for") for g in p.children
          if g.dep_ == "pobj"]
    if owners(of) or actors_of(of):
        return of
    # (and flights between Kenya and Kismayo: each end)
    # (cars imported from the EU: where the participle says they come from)
    return [g for o in flows for p in [*o.children, *(c for a in traded_participles(o) for c in a.children)]
            if p.dep_ == "prep" and p.lower_ in ("from", "to", "between") for g in p.children if g.dep_ == "pobj"]


def is_amount(tok) -> bool:
    """A sum or a count: 2 billion euros, $350 million, a package (of aid)."""
    return tok.ent_type_ in ("MONEY", "CARDINAL", "QUANTITY") or tok.lemma_.lower() in lex.AMOUNT_NOUNS or any(
        c.dep_ == "nummod" for c in tok.children)


def accusers_own(act, things) -> list:
    """Ukraine accused Russia of targeting civilians, Eritrea accused Ethiopia of a drone strike on an army depot:
    an accused attack on a thing of no one named and no place (civilians, a facility) is on the accuser's country,
    as the gold sets record it; [] otherwise."""
    governor = act.head if act.dep_ == "dobj" else act  # (carrying out a drone strike: the verb that carries it)
    prep = governor.head
    if governor.dep_ != "pcomp" or prep.lower_ != "of" or (relation_of(prep.head) or ("",))[0] != "accuses":
        return []
    if not things or actors_of(things) or owners(things, events=False) or located(things) or any(
            t.lemma_.lower() not in lex.UNOWNED_TARGETS for t in things):
        return []  # (a Russian tanker, its grid, a depot in the Belgorod region: whose or where it says)
    # (Netanyahu accused Tehran of targeting civilians: Israel's civilians, not Netanyahu)
    return [chain[-1] for m in actors_of(verb_arguments(prep.head)[0] or inherit_subject(prep.head))
            for chain in (affiliation_chain(m),) if chain[-1].kind == "country"]

