"""Words that refer back to actors or events named earlier in the article.

- "they", "he" or "she" opening a sentence: the group (or the one person) that was the subject of the sentence
  before;
- the Commission, the council: the last body of that name written in full;
- the four countries, his three counterparts: the last coordination of that many actors, or the last people
  named;
- the launch, the talks: the last event of that kind the article told, and whoever did it.

The coordinations of an article are collected once per document. "its" opening a sentence is read in
``bodies``; "its" and "we" in reported speech in ``quotes``.
"""
from __future__ import annotations

from dataclasses import replace
from weakref import WeakKeyDictionary, WeakSet

from kg.extract import sentence_of
# (read_actor calls this module, so actors is still loading when it is: called through the module)
from kg.extract.en import actors
from kg.extract.en.cues import relation_of
from kg.extract.en.names import affiliation_chain, ent_of, members, place_key, place_or_demonym, undated
from kg.extract.en.persons import from_entity, office_words
from kg.lang import en as lex
from kg.types import Mention
from kg.vocab import gazetteer


def previous_group(tok, people: bool = False) -> list[Mention]:
    """They also called on Beijing: a sentence opening on "they" goes on with the group of actors that was the
    subject of the sentence before (the four governments voiced opposition. They also called on ...). With
    ``people``, a sentence opening on "he" or "she" goes on with the one person who was that subject (Prabowo
    was welcomed by Xi. He later held talks with Li Qiang: Prabowo), whoever was named last."""
    sent = sentence_of(tok)
    if sent.start == 0 or any(t.i < tok.i and t.pos_ in ("PROPN", "NOUN") for t in sent):
        return []
    before = sentence_of(tok.doc[sent.start - 1])
    group = actors.actors_of([c for c in before.root.children
                              if c.dep_ in (("nsubj", "nsubjpass") if people else ("nsubj",))])
    if people:
        # (A European Commission spokeswoman said there was no risk. She urged Kyiv and Bratislava ...: "she" is the
        # unnamed spokeswoman, who acts for the Commission, not the last person named)
        group = group if len(group) == 1 and (group[0].kind == "person" or _person_role(group[0])) else []
    elif len(group) < 2:
        group = []
    return [replace(m, start=tok.idx, end=tok.idx + len(tok.text)) for m in group]


def _person_role(m: Mention) -> bool:
    """An unnamed person acting for someone (a European Commission spokeswoman, a senior U.S. official)."""
    return m.kind == "role" and m.text.split()[-1].lower() in lex.ONE_PERSON_ROLES


def previous_subject(tok) -> list[Mention]:
    """The Philippine coast guard said ... It accused Beijing; Azerbaijan summoned ... The country also cancelled: a
    sentence opening on "it" or "the country" goes on with the one country, government or body that was the subject
    of the sentence before, whatever was named last."""
    sent = sentence_of(tok)
    if sent.start == 0 or tok.dep_ not in ("nsubj", "nsubjpass") \
            or any(t.i < tok.left_edge.i and t.pos_ in ("PROPN", "NOUN", "PRON") for t in sent):
        return []
    before = sentence_of(tok.doc[sent.start - 1])
    heads = [c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")]
    subject = actors.actors_of(heads)
    # (or a body the tagger left as a role: the Philippine coast guard)
    body = subject and subject[0].kind == "role" and heads[0].lower_ in lex.BODY_WORDS and heads[0].tag_ != "NNS"
    if len(subject) != 1 or subject[0].kind not in ("country", "government", "organization") and not body:
        return []
    return [replace(subject[0], start=tok.idx, end=tok.idx + len(tok.text))]


def named_before(tok, ent) -> list[Mention]:
    """the Commission, the council, the agency: a body named again by the last word of its name stands for the
    last body of that name the article wrote in full (the European Commission, the U.N. Security Council)."""
    if tok.lower_ not in lex.BODY_HEADS | lex.ARMY_NAMES.keys() \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
            or any(c.dep_ in ("compound", "amod", "poss", "nmod") for c in tok.children) \
            or (ent is not None and len(ent) > 2):
        return []
    for before in reversed([e for e in tok.doc.ents if e.end <= tok.i and e.label_ in ("ORG", "GPE")]):
        # (or the head of the name before its of-phrase: Bolivia's Supreme Court of Justice ... the court)
        # (the Sudanese Armed Forces ... Egypt, which has backed the army: an army is named again by any of its names)
        if len(before) > 1 and (tok.lower_ in (before[-1].lower_, before.root.lower_) or tok.lower_ in lex.ARMY_NAMES
                                and before.text.lower().endswith(lex.ARMY_NAMES[tok.lower_])):
            found = from_entity(before, before.root)
            return [replace(m, start=tok.idx, end=tok.idx + len(tok.text)) for m in found]
    return []


def acronym_named_before(tok, ent) -> list[Mention]:
    """the ELN, after National Liberation Army (ELN): a short name in capitals, given in brackets right after a
    name written in full, names that organisation again (a name the gazetteer knows is left to it)."""
    if not (tok.pos_ == "PROPN" and tok.text.isupper() and tok.text.isalpha() and len(tok.text) > 1) \
            or (ent is not None and len([t for t in ent if t.lower_ not in lex.DETERMINERS]) > 1) \
            or gazetteer().lookup(tok.text) is not None:
        return []
    doc = tok.doc
    for before in tok.doc.ents:
        if before.end + 2 < tok.i and before.label_ == "ORG" and len(before) > 1 and doc[before.end].text == "(" \
                and doc[before.end + 1].text == tok.text and doc[before.end + 2].text == ")":
            return [replace(m, start=tok.idx, end=tok.idx + len(tok.text)) for m in from_entity(before, before.root)]
    return []


def office_holders(tok) -> list[Mention] | None:
    """the two foreign ministers, the two presidents, both prime ministers: the last people of that many named with
    that office (Foreign Minister Hugo de Zela ... Juan Ramon de la Fuente, Mexico's foreign minister), not merely
    the last people named; None when not such a phrase or no such people."""
    if tok.lemma_.lower() not in lex.OFFICE_NOUNS or tok.tag_ != "NNS":
        return None
    number = next((lex.NUMBER_WORDS.get(c.lower_) or (2 if c.lower_ == "both" else None)
                   for c in tok.children if c.dep_ in ("nummod", "det", "predet")
                   and (c.lower_ in lex.NUMBER_WORDS or c.lower_ == "both")), None)
    if not number:
        return None
    office = {tok.lemma_.lower()} | {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound")}
    seen, holders = set(), []
    # (the entities as read: two the tagger cut one name into are one, Samia Suluhu / Hassan)
    named = {(e.start, e.end): e for e in (ent_of(e[0]) for e in tok.doc.ents if e.end <= tok.i) if e is not None}
    for ent in reversed([e for _, e in sorted(named.items()) if e.label_ == "PERSON" and e.end <= tok.i]):
        words = office_words(ent)
        if office <= words or office <= {w.removesuffix("s") for w in words}:
            for m in actors.read_actor(ent.root):
                if m.kind == "person" and m.text.split()[-1] not in seen:
                    seen.add(m.text.split()[-1])
                    holders.append(m)
        if len(holders) >= number:
            break
    if len(holders) != number:
        return None
    return [replace(m, start=tok.idx, end=tok.idx + len(tok.text)) for m in reversed(holders)]


def counted_group(tok) -> list[Mention] | None:
    """the four countries, the three governments, his three counterparts: the last coordination of that many
    actors the article named (their countries for countries and governments); None when not such a phrase."""
    if tok.lemma_.lower() not in lex.GROUP_NOUNS:
        return None
    number = next((lex.NUMBER_WORDS.get(c.lower_) or (int(c.text) if c.text.isdigit() else None)
                   for c in tok.children if c.dep_ == "nummod"), None)
    if not number:
        return _uncounted_counterparts(tok)
    countries = tok.lemma_.lower() in lex.COUNTRY_GROUP_NOUNS
    if countries and number == 2 and tok.dep_ == "pobj" and tok.head.lower_ in lex.PARTIES_PREPS \
            and tok.head.head.lemma_.lower() in lex.MEETING_NOUNS:
        # talks between the two governments: the two sides of the article at odds or at the table (linking finds
        # them), not two countries last named together, who may well be on one side (Mali and Niger backed ...;
        # ties between the two allies are those last named)
        return [Mention(text="the two sides", start=tok.idx, end=tok.idx + len(tok.text), kind="anaphor")]
    group = []
    for start, read in reversed(_coordinations(tok.doc)):
        if start < tok.i:
            if countries:
                read = [m if m.kind in ("country", "organization") else m.affiliation for m in read]
                read = [m for m in read if m is not None and m.kind in ("country", "organization")]
            else:
                read = [m for m in read if m.kind in ("person", "role")]  # the ministers are people
            if len(read) == number:
                group = read
                break
    if not group and countries and number == 2:
        # Prabowo met Xi. The two governments signed 12 agreements: with no coordination of two, the two countries
        # its sentence or the one before names, else the pair the article is about (linking finds it)
        return named_pair(tok) or [Mention(text="the two sides", start=tok.idx, end=tok.idx + len(tok.text),
                                           kind="anaphor")]
    if not group and not countries:
        # the four ministers met: with no coordination of four, the last four people the article named
        people = _named_people(tok)
        group = people[-number:] if len(people) >= number else []
    return [replace(m, start=tok.idx, end=tok.idx + len(tok.text)) for m in group] if len(group) == number else []


def _uncounted_counterparts(tok) -> list[Mention] | None:
    """Jaishankar ... held separate meetings with each of his counterparts: "his counterparts" with no count are the
    people of the last coordination of people named before them, but for the one whose counterparts they are (the
    subject); None when not such a phrase."""
    if tok.lower_ != "counterparts" or not any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in tok.children):
        return None
    verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return None
    from kg.extract.en.frames import inherit_subject  # (frames reads people through this module)

    owners = actors.actors_of([c for c in verb.children if c.dep_ == "nsubj"] or inherit_subject(verb))
    owner_names = {w for m in owners if m.kind == "person" for w in m.text.split()[-1:]}
    for start, read in reversed(_coordinations(tok.doc)):
        people = [m for m in read if m.kind == "person" and m.text.split()[-1] not in owner_names]
        if start < tok.i and len(people) >= 2:
            return [replace(m, start=tok.idx, end=tok.idx + len(tok.text)) for m in people]
    return None


_GROUPS: WeakKeyDictionary = WeakKeyDictionary()  # Doc -> [(first token, the actors of a coordination)]


def _coordinations(doc) -> list[tuple[int, list[Mention]]]:
    """Every coordination of two actors or more in the article, in text order (Japan, the United States,
    Australia and the Philippines), for the counted groups that refer back to them (the four countries)."""
    found = _GROUPS.get(doc)
    if found is None:
        found = _GROUPS[doc] = []  # (a counted group met while reading these finds the ones before it)
        for tok in doc:
            if tok.dep_ != "conj" and tok.pos_ in ("PROPN", "NOUN") and any(c.dep_ == "conj" for c in tok.children):
                read = [m for member in members(tok) for m in actors.read_actor(member)]
                # (the Ministry of Oceans and Fisheries: the words of one name joined by "and" are no group)
                if len({place_key(m) for m in read}) > 1:
                    found.append((tok.i, read))
        _SETTLED.add(doc)
    return found


def settled(doc) -> bool:
    """Are the article's coordinations all read, or not begun? While they are read, a counted group finds only
    the ones before it, so what an actor names is not yet what it will be."""
    return doc in _SETTLED or doc not in _GROUPS


_SETTLED: WeakSet = WeakSet()  # Docs whose coordinations are all read


def named_pair(tok) -> list[Mention]:
    """Peña arrived in Taipei, and the two governments signed agreements: the two countries named (as places or
    through the people and bodies acting for them) in the sentence before the words, or with the sentence before,
    when they are exactly two; else none."""
    sent = sentence_of(tok)
    # (Sheinbaum called on both neighbours: not the side of whoever speaks to them)
    verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None) if tok.dep_ != "nsubj" else None
    speakers = actors.actors_of([c for c in verb.children if c.dep_ == "nsubj" and c.lower_ not in lex.PAIR_NOUNS
                                 and c.lemma_.lower() not in lex.GROUP_NOUNS]) if verb is not None else []
    own = {place_key(x) for m in speakers for x in affiliation_chain(m)}
    spans = [tok.doc[sent.start:tok.i]]
    if sent.start > 0:
        before = sentence_of(tok.doc[sent.start - 1])
        spans.append(tok.doc[before.start:tok.i])
    for span in spans:
        found = {k: m for k, m in _countries_named(span).items() if k not in own}
        if len(found) == 2:
            return [replace(m, start=tok.idx, end=tok.idx + len(tok.text)) for m in found.values()]
        if len(found) > 2:
            # (Qatar and the United States tried to broker talks between Kinshasa and Kigali, but a meeting of the two
            # countries' ministers was postponed: of more than two, the pair named by "between")
            return _pair_between(span, tok)
    return []


def neighbour_of(tok) -> list[Mention]:
    """Lilongwe remained open to dialogue with its neighbour; any attack on its neighbor: a country's one neighbour,
    owned by "its", is the other country of the pair its sentence and the one before name, the owner being the last
    country named before it and the speaker's own side left out; none when more than one is left."""
    if tok.lemma_.lower() not in lex.NEIGHBOUR_NOUNS or tok.tag_ != "NN" \
            or not any(c.dep_ == "poss" and c.lower_ == "its" for c in tok.children):
        return []
    sent = sentence_of(tok)
    start = sentence_of(tok.doc[sent.start - 1]).start if sent.start > 0 else sent.start
    named = _countries_named(tok.doc[start:tok.i])
    if not named:
        return []
    verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    speakers = actors.actors_of([c for c in verb.children if c.dep_ == "nsubj"]) if verb is not None else []
    own = {place_key(x) for m in speakers for x in affiliation_chain(m) if x.kind == "country"}
    owner = next(iter(k for t in reversed(tok.doc[start:tok.i]) for k in _countries_named([t])), None)
    others = [m for k, m in named.items() if k not in own and k != owner]
    return [replace(others[0], start=tok.idx, end=tok.idx + len(tok.text))] if len(others) == 1 else []


def _pair_between(span, tok) -> list[Mention]:
    """The last two countries a span names with "between" (talks between Kinshasa and Kigali), else none."""
    for p in reversed([t for t in span if t.lower_ == "between" and t.dep_ == "prep"]):
        found = _countries_named([t for g in p.children if g.dep_ == "pobj" for t in members(g)])
        if len(found) == 2:
            return [replace(m, start=tok.idx, end=tok.idx + len(tok.text)) for m in found.values()]
    return []


def _countries_named(tokens) -> dict:
    """The countries some words name, directly or through those acting for them, by key, in text order."""
    found = {}
    for t in tokens:
        for m in _named(t):
            country = m if m.kind == "country" else affiliation_chain(m)[-1]
            if country.kind == "country":
                found.setdefault(place_key(country), country)
    return found


def _named(tok) -> list[Mention]:
    """The actors a word names, a nationality included (Colombian goods: Colombia)."""
    if tok.pos_ == "ADJ":
        return [m for m in (place_or_demonym(tok),) if m is not None]
    if tok.pos_ in ("PROPN", "NOUN") and tok.dep_ != "compound" and tok.lower_ not in lex.PAIR_NOUNS:
        return actors.read_actor(tok)
    return []


def _named_people(tok) -> list[Mention]:
    """The people named before a token, each once, in the order first named."""
    seen, people = set(), []
    for ent in tok.doc.ents:
        if ent.start >= tok.i:
            break
        if ent.label_ == "PERSON":
            for m in from_entity(ent, ent.root):
                surname = m.text.split()[-1]
                if m.kind == "person" and surname not in seen:
                    seen.add(surname)
                    people.append(m)
    return people


def _sides(mentions) -> set[str]:
    return {place_key(x) for m in mentions for x in (m, *affiliation_chain(m))}


def event_antecedent(noun) -> list[Mention]:
    """The launch was condemned by Japan: a definite event noun with no owner refers back to the last event of
    its kind the article told (North Korea fired a missile ...), and belongs to whoever did that."""
    verbs = lex.EVENT_ANTECEDENTS.get(noun.lemma_.lower())
    if verbs is None and noun.lower_ not in lex.LEAD_EVENTS or not _definite(noun):
        return []
    for tok in reversed(noun.doc[:noun.i] if verbs is not None else []):
        # told by a verb (North Korea fired a missile), or by the same noun carried by one (launched a strike)
        # (and, for a meeting, any meeting noun carried by a verb: opened negotiations ... welcomed the talks)
        # (and rounds, of any meeting noun carried by a verb: held a fourth round of talks ... all four rounds)
        same = tok.lemma_ == noun.lemma_ or (noun.lemma_.lower() in lex.MEETING_NOUNS | {"round"}
                                             and tok.lemma_.lower() in lex.MEETING_NOUNS)
        if tok.lemma_.lower() == "open" and (relation_of(tok) or ("",))[0] != "attacks":
            continue  # (opened fire on a patrol boat ... the shooting; not opened talks)
        written = _doers_written_on(tok) if same and tok.pos_ == "NOUN" else []
        if written:
            # (the "unlawful" return of hundreds of migrants by German police ... The returns were criticised: the
            # same noun written before with its doer on it)
            return [replace(m, start=noun.idx, end=noun.idx + len(noun.text)) for m in written]
        if same and tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.pos_ == "VERB" \
                and tok.lemma_.lower() in lex.STATEMENT_NOUNS:
            # (joined the European Union in a statement, said in a statement: who joins, and whom they join, or says)
            issuer = tok.head.head
            doers = actors.actors_of(undated([c for c in issuer.children if c.dep_ == "nsubj"]) + (
                [c for c in issuer.children if c.dep_ == "dobj"] if issuer.lemma_.lower() == "join" else []))
            if doers:
                return [replace(m, start=noun.idx, end=noun.idx + len(noun.text)) for m in doers]
        # (sent 300 balloons across the border ... the launches: a verb sending a thing that is launched tells a launch)
        # (also counted: sent dozens of drones)
        launched = noun.lemma_.lower() == "launch" and tok.pos_ == "VERB" and any(
            t.lemma_.lower() in lex.LAUNCHED_THINGS for c in tok.children if c.dep_ == "dobj"
            for t in (c, *(g for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children)))
        verb = tok if tok.pos_ == "VERB" and (tok.lemma_.lower() in verbs or launched) else tok.head if (
            same and tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and (
                tok.head.lemma_.lower() in lex.LIGHT_VERBS or relation_of(tok.head) is None)) else None
        if verb is not None:
            doers = actors.actors_of(undated([c for c in verb.children if c.dep_ == "nsubj"]))
            if not doers and verb.dep_ in ("acl", "xcomp") and verb.head.pos_ == "NOUN":
                # (Washington's decision to impose visa bans ... The visa bans: whose decision it was)
                doers = actors.actors_of([c for c in verb.head.children if c.dep_ == "poss"])
            if not doers and (verb.dep_ in ("advcl", "conj") or verb.dep_ == "xcomp"
                              and noun.lemma_.lower() in lex.VOICED_EVENTS) and verb.pos_ == "VERB" \
                    and not any(c.dep_ in ("auxpass", "nsubj") for c in verb.children):
                # (Somalia suspended all flights, accusing Nairobi of interfering ... rejected the accusations: the
                # participle's or the joined verb's subject is the one above; a passive's is no doer, and a verb with
                # a subject of its own takes none: suspends Chad after army officers seize power ... the seizure;
                # and a voiced event an infinitive tells, summoned the envoy to protest ... rejected the protest: the
                # one who summons)
                from kg.extract.en.frames import inherit_subject  # (frames reads events through this module)

                doers = actors.actors_of(inherit_subject(verb))
            if noun.lemma_.lower() in lex.VOICED_EVENTS:
                # (Lin Jian rejected the criticism: not a criticism voiced by his own side; Israel was condemned by
                # Turkey: the by-agent voiced it)
                doers = actors.actors_of([g for a in verb.children if a.dep_ == "agent" for g in a.children
                                          if g.dep_ == "pobj"]) or doers
                # (flew to Nairobi to press the same request: the subject the verb shares with the one above it)
                from kg.extract.en.frames import inherit_subject  # (frames reads events through this module)

                carrier = noun.head
                own = _sides(actors.actors_of([c for c in carrier.children if c.dep_ in ("nsubj", "nsubjpass")]
                                              or (inherit_subject(carrier) if carrier.pos_ == "VERB" else [])))
                if _sides(doers) & own:
                    return []
            if doers and noun.lemma_.lower() in lex.MEETING_NOUNS:
                # criticized the talks: both sides of the talks (met with X, held talks with X)
                doers += actors.actors_of([g for t in (verb, tok) for c in t.children if c.dep_ == "prep"
                                  and c.lower_ in lex.PARTNER_PREPS for g in c.children if g.dep_ == "pobj"]
                                 + [c for c in verb.children if c.dep_ == "dobj" and c.i != tok.i])
            if doers and noun.lemma_.lower() in lex.VOICED_EVENTS - lex.SPOKEN_WORDS | {"accusation", "allegation", "charge"} \
                    and (relation_of(noun.head) or ("",))[0] == "rejects":
                # (Braze accused Russia of ... Russia's Foreign Ministry rejected the accusation: turned away from the
                # state the accuser speaks for, as the gold sets record it; from the accuser only when no state; a
                # speaker's own remarks are turned away from the speaker: Guo rejected the remarks, Bruce's)
                states = [c for m in doers for c in (_state_of(m),) if c is not None
                          and all(place_key(c) != place_key(d) for d in doers)]
                doers = states or doers
            if doers:
                return [replace(m, start=noun.idx, end=noun.idx + len(noun.text)) for m in doers]
    doers = _lead_doers(noun) if noun.lower_ in lex.LEAD_EVENTS else []
    return [replace(m, start=noun.idx, end=noun.idx + len(noun.text)) for m in doers]


def _state_of(m: Mention) -> Mention | None:
    """The country a person or a body acts for, at the end of its chain of affiliations."""
    if m.kind not in ("person", "government", "role"):
        return None
    while m.affiliation is not None:
        m = m.affiliation
    return m if m.kind == "country" else None


def _definite(noun) -> bool:
    """the launch, this decision; and called the flight ban "counterproductive", where the parser hangs the noun and
    its article apart on the word it is called."""
    dets = [*noun.children, *(noun.head.children if noun.dep_ == "nmod" else ())]
    # (rejected what he called "slanderous" accusations: what a speaker calls a thing is a thing already told)
    # (not one whose author is named: dismissed what it called "baseless accusations" by the junta)
    named = noun.dep_ in ("oprd", "attr") and noun.head.lemma_.lower() in lex.NAMING_VERBS and any(
        c.lower_ == "what" for c in noun.head.children) and not any(
        c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in ("by", "from") for c in (*noun.children, *noun.head.children))
    # (all four rounds: every one of a counted set is as definite as "the four rounds")
    counted_all = any(c.dep_ == "nummod" and any(q.lower_ == "all" for q in c.children) for c in noun.children)
    return named or counted_all or any(c.dep_ == "det" and c.lower_ in lex.DEFINITE and c.i < noun.i for c in dets)


def _doers_written_on(event) -> list[Mention]:
    """Who an event noun says did it: its possessor (Washington's decision), the name it is written with (the U.S.
    embargo on Cuba) or its by-agent (the return of migrants by German police)."""
    return actors.actors_of([c for c in event.children if c.dep_ == "poss" and c.pos_ != "PRON"
                             or c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < event.i] + [
        g for c in event.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children if g.dep_ == "pobj"]) \
        or [m for h in (event, *(c for c in event.children if c.dep_ == "compound")) for c in h.children
            # (after a Turkish drone strike on a car ... describing the strike as a violation: the nationality on
            # it, which the parser may hang on the compound: Turkish [drone] strike)
            if c.dep_ == "amod" and c.i < event.i for m in (place_or_demonym(c),) if m is not None]


def _lead_doers(noun) -> list[Mention]:
    """The United States welcomed the decision; the decision was criticised by Hungary: "the decision" or "the move"
    that no verb of deciding told before is the act the story's lead tells (SOFIA — Bulgaria on Tuesday blocked
    ...), and belongs to the lead's subject. The lead is the first sentence after the headline's line break."""
    doc = noun.doc
    brk = next((t for t in doc[:noun.i] if "\n" in t.text or "\n" in t.whitespace_), None)
    # (the dateline, BRUSSELS —, may be cut off as a sentence of its own: the lead is the first with a verb; with no
    # headline, the text opens on its lead: Poland closed its border on Thursday. Minsk condemned the move)
    lead = next((s for s in (doc[brk.i + 1:] if brk is not None else doc[:]).sents if s.root.pos_ in ("VERB", "AUX")),
                None)
    if lead is None or noun.i < lead.end:
        return []  # (the decision inside the lead itself is what the lead says of it)
    act = lead.root
    if act.lemma_.lower() in lex.SPEECH_VERBS:
        # (Germany has approved the sale ..., Chancellor Friedrich Merz said: the act is what the lead reports)
        act = next((c for c in act.children if c.dep_ == "ccomp" and c.i < act.i), act)
    return actors.actors_of(undated([c for c in act.children if c.dep_ == "nsubj"]))


def agreement_parties(noun) -> list[Mention]:
    """Gusmão ruled out renegotiating the 2018 treaty: a definite agreement with no party written on it is the last
    one of its kind the article told as made (the two countries signed a maritime boundary treaty in 2018), and its
    parties are whoever made it: the subject of the verb that carried it and any partner with it."""
    if noun.lemma_.lower() not in lex.AGREEMENT_NOUNS or not any(
            c.dep_ in ("det", "poss") and (c.lower_ in lex.DEFINITE or c.pos_ == "PRON") for c in noun.children):
        return []
    for tok in reversed(noun.doc[:noun.i]):
        if tok.lemma_ != noun.lemma_ or tok.dep_ != "dobj" or tok.head.pos_ != "VERB":
            continue
        verb = tok.head
        parties = actors.actors_of([c for c in verb.children if c.dep_ == "nsubj"] + [
            g for t in (verb, tok) for p in t.children if p.dep_ == "prep" and p.lower_ in lex.PARTNER_PREPS
            for g in p.children if g.dep_ == "pobj"])
        if len(parties) > 1:
            return [replace(m, start=noun.idx, end=noun.idx + len(noun.text)) for m in parties]
    return []


def sides_of(m: Mention, doc) -> set[str]:
    """The sides a mention acts for: its own chain, or for a person named alone, the chain of the person of that name
    the article named before with a title (Xanana Gusmão, East Timor's prime minister ... Gusmão)."""
    found = _sides([m])
    if m.kind != "person" or len(found) > 1:
        return found
    surname = m.text.split()[-1]
    for ent in doc.ents:
        # (Johari Abdul Ghani ... Johari: a person is known by the first word of their full name too)
        if ent.label_ == "PERSON" and ent.start_char < m.start and surname in (ent[-1].text, ent[0].text):
            found |= _sides([a for a in actors.read_actor(ent.root) if a.kind == "person"])
    return found
