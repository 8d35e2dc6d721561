"""From arguments to relations: who does it to whom, and the extractor's name and confidence for each rule.

For a symmetric relation (meets, cooperates, negotiates) every pair of a coordinated group takes part (Japan,
the United States and Australia held talks), and "the two sides" pair with each other. Otherwise each subject
relates to each object; when the object names no actor, to whoever owns it (condemned North Korea's launch,
criticized the U.S. naval deployment, blocked a U.S.-drafted statement, hosted talks between Iran and
Bahrain) or to the country a place lies in (fired rockets at a military post in northern Israel). Whoever
meets someone in a country visits it.
"""
from __future__ import annotations

from collections.abc import Iterator

from kg.extract import doc_text, make_relation
from kg.extract.en.actors import actors_of, read_actor
from kg.extract.en.coreference import event_antecedent
from kg.extract.en.cues import relation_of, symmetric
from kg.extract.en.modality import is_hedged, is_negated
from kg.extract.en.names import (
    affiliation_chain,
    demonym_of_text,
    hyphenated_owners,
    hyphenated_places,
    members,
    place_key,
    place_of,
    place_or_demonym,
    placed,
)
from kg.extract.en.quotes import speaker_of
from kg.lang import en as lex
from kg.types import Mention, Relation

NAME = "kg.en.predicate.v1"
_CONFIDENCE = {"target-clause": 0.75, "verbal": 0.85, "passive": 0.8, "phrasal": 0.8, "light-verb": 0.8, "nominal": 0.7,
               "title": 0.9, "apposition": 0.85, "receiving": 0.75}


def pair_up(subjects, objects, targets, partners, predicate, pred, sent, rule) -> Iterator[Relation]:
    subj = actors_of(subjects) or nationalities(subjects)
    if predicate in symmetric():
        others = actors_of(partners) or actors_of(objects) or actors_of(targets)
        # Japan, the United States and Australia held talks; talks between Egypt and Ethiopia, negotiations
        # among Egypt, Ethiopia and Sudan: every pair of the group
        group = subj if not others and len(subj) > 1 else others if not subj and len(others) > 1 and any(
            p.dep_ == "pobj" and p.head.lower_ in lex.PARTIES_PREPS for p in partners) else []
        plural = not others and len(subj) == 1 and subj[0].kind == "anaphor" and subj[0].text.startswith(("both", "the two"))
        # (offered to host talks between the two sides: the pair named by between, resolved when linked, the same way)
        plural = plural or not subj and len(others) == 1 and others[0].kind == "anaphor" \
            and others[0].text.startswith(("both", "the two")) and any(
                p.dep_ == "pobj" and p.head.lower_ in lex.PARTIES_PREPS for p in partners)
        if plural:
            group = (subj or others) * 2  # the two sides agreed to cooperate: linking resolves them to the pair and pairs them
        # (ECOWAS and the governments of Mali, Burkina Faso and Niger met: the several a plural noun names are one
        # side, met by the other, not with each other)
        listed = [u for s in subjects for t in members(s) for u in _delegated(t)] if group is subj else []
        sides = {(m.text, m.start): k for k, t in enumerate(listed) for found in (read_actor(t),) if len(found) > 1
                 for m in found} if len(listed) > 1 else {}
        if group:
            negated, hedged = is_negated(pred), is_hedged(pred)
            for k, a in enumerate(group):
                for b in group[k + 1:]:
                    one_side = sides.get((a.text, a.start), -1) == sides.get((b.text, b.start), -2)
                    if ((a.text, a.start) != (b.text, b.start) or plural) and not one_side:
                        yield new_relation(a, predicate, b, pred, sent, rule, negated=negated, hedged=hedged)
            return
    else:
        others = actors_of(objects) or actors_of(targets)
        # (denying an accusation is no relation with its owner: the denied act is recorded negated instead)
        if not others and pred.lemma_.lower() not in lex.DIRECT_TARGET_VERBS and predicate != "denies":
            # (Jordan hosts 600,000 Syrian refugees: sheltering a country's people is no hosting of its state)
            things = [t for t in objects + targets if predicate != "hosts" or t.lemma_.lower() not in lex.CIVILIAN_NOUNS]
            others = owners(things, events=predicate != "visits") or (
                located(objects + targets + [pred]) if predicate in lex.LOCATED_TARGETS else [])
    negated, hedged = is_negated(pred), is_hedged(pred)
    for s in subj:
        for o in others:
            if (s.text, s.start) != (o.text, o.start):
                yield new_relation(s, predicate, o, pred, sent, rule, negated=negated or _not_this_one(o, pred),
                                   hedged=hedged)


def _delegated(tok) -> list:
    """Delegations from ECOWAS and the governments of Mali and Niger: the names a delegation is from, each listed."""
    if tok.lemma_.lower() not in lex.DELEGATION_NOUNS:
        return [tok]
    return [m for p in tok.children if p.dep_ == "prep" and p.lower_ in ("from", "of") for g in p.children
            if g.dep_ == "pobj" for m in members(g)] or [tok]


def _not_this_one(mention, pred) -> bool:
    """Macron visited not Israel but Egypt, met with Zelensky, not with Putin: an argument written with its own
    "not" is one the event was not with (the other, after but, is)."""
    span = pred.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    prep = root.head if root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.i != pred.i else None
    return any(c.dep_ == "neg" for c in root.children) or (
        prep is not None and any(c.dep_ == "neg" for c in prep.children))


def attacks_on(attackers, targets: list[Mention], pred, sent, rule) -> Iterator[Relation]:
    """An attack by each attacker on each of the targets already read as mentions (the accuser's country)."""
    negated, hedged = is_negated(pred), is_hedged(pred)
    for s in actors_of(attackers) or nationalities(attackers):
        for o in targets:
            if place_key(s.affiliation or s) != place_key(o):
                yield new_relation(s, "attacks", o, pred, sent, rule, negated=negated, hedged=hedged)


def nationalities(tokens) -> list[Mention]:
    """A Russian missile attack on Odesa, U.S. and Israeli strikes: a nationality adjective a rule took for the doer
    of an event is its country."""
    return [m for t in tokens if t.pos_ == "ADJ" for m in (place_or_demonym(t),) if m is not None and m.kind == "country"]


def visits_where_met(visitors, tokens, pred, sent, rule, *, people_only: bool = True, arrival: bool = False,
                     hosts=None) -> Iterator[Relation]:
    """who held talks with Lavrov in Moscow, Putin met Prabowo at the Kremlin: whoever meets someone in a country
    visits it (linking drops the ones who are at home there), but not an ambassador posted there (met the U.S.
    ambassador in Mexico City); with ``people_only`` false, any guest received there does, and with ``arrival``
    one welcomed to a place too. With ``hosts``, only in a country one of them is at home in (Wang Yi met Ishaq Dar
    in Beijing: Dar visits China; the gold sets do not record whom a subject met in a third country)."""
    places = located(tokens, venue=True, arrival=arrival)
    if hosts is not None:
        homes = {place_key(m) for h in actors_of(hosts) for m in affiliation_chain(h)}
        places = [p for p in places if place_key(p) in homes]
    if not places:
        return
    negated, hedged = is_negated(pred), is_hedged(pred)
    for s in actors_of([v for v in visitors if not _posted(v)]):
        for place in places:
            if (not people_only or s.kind in ("person", "role")) and place_key(s.affiliation or s) != place_key(place):
                yield new_relation(s, "visits", place, pred, sent, rule, negated=negated, hedged=hedged)


def _posted(tok) -> bool:
    """the U.S. ambassador, Ambassador Nicholas Burns, the Japanese chargé d'affaires: an envoy who lives where
    the meeting is held."""
    return any(t.lower_ in lex.RESIDENT_ENVOYS for t in tok.subtree)


def located(tokens, *, venue: bool = False, arrival: bool = False) -> list[Mention]:
    """fired rockets at a military post in northern Israel: an attack on a place is an attack on the country
    it is in (as event coding does); with ``venue``, a seat of government a meeting is held at is its country's
    (at the Kremlin, at the White House), and with ``arrival`` the place one is welcomed to (welcomed X to Tokyo)."""
    preps = ("in", "near", "inside") + (("at",) if venue else ()) + (("to",) if arrival else ())
    # (met his Pakistani counterpart Ishaq Dar in Beijing: the parser may hang the venue on the name in apposition)
    held = [a for o in tokens for t in members(o) for a in (t, *(c for c in t.children if venue and c.dep_ == "appos"))]
    places = [g for t in held for c in t.children
              if c.dep_ in ("prep", "dative") and c.lower_ in preps for g in c.children if g.dep_ == "pobj"
              and (c.lower_ != "at" or g.pos_ == "PROPN")]
    if venue:
        # (welcomed him at the presidential palace in Jakarta, hosted them at his ministry's headquarters in Tokyo:
        # the building's place; but those who meet at an international body's seat or gathering attend it: met at
        # the African Union's headquarters in Addis Ababa, at the AU summit in Addis Ababa; whom a host receives
        # there comes to the host: hosted Modi at the G7 summit in Kananaskis)
        places += [p for t in held for c in t.children if c.dep_ == "prep" and c.lower_ == "at" for g in c.children
                   if g.dep_ == "pobj" and g.pos_ == "NOUN" and (arrival or g.lemma_.lower() not in lex.MEETING_NOUNS
                   and not any(m.kind == "organization" for o in g.children if o.dep_ in ("poss", "compound")
                               for m in read_actor(o)))
                   for d in g.children
                   if d.dep_ == "prep" and d.lower_ == "in" for p in d.children if p.dep_ == "pobj"]
    # (each place joined: attacks in Kenya and Somalia; and the pair: attacks in both countries)
    found = [m for g in places for x in members(g) for m in read_actor(x)
             if m.kind == "country" or m.kind == "anaphor" and m.text.startswith(("both ", "the two "))]
    # near the Iranian city of Isfahan, in southern Lebanon's Nabatieh province: a place named by its country
    return found or _placed_by_country(places) or _placed_by_country(_within(places))


def _placed_by_country(places) -> list[Mention]:
    return [m for g in places if g.lower_ in lex.PLACE_NOUNS for c in g.children
            if c.dep_ in ("amod", "compound", "poss") for m in (place_or_demonym(c),)
            if m is not None and m.kind == "country"] + [
        m for g in places for x in members(g) for m in read_actor(x) if m.kind == "country"]


def _within(places) -> list:
    """near the town of Novozybkov in Russia's Bryansk region: the place a named place is said to be in (on the place
    noun or on its name)."""
    named = [n for g in places for n in (g, *(o for c in g.children if c.dep_ == "prep" and c.lower_ == "of"
                                               for o in c.children if o.dep_ == "pobj"))]
    return [p for n in named for c in n.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children
            if p.dep_ == "pobj"]


def owners(tokens, events: bool = True) -> list[Mention]:
    """Who a thing acted on belongs to: condemned North Korea's launch, attacked Ukraine's grid, opposed
    sanctions by the United States."""
    found = []
    for t in tokens:
        agents = [g for c in t.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children if g.dep_ == "pobj"]
        if actors_of(agents):
            # Taiwan's treatment by China: with a by-agent written, the possessor is the one it is done to
            found += actors_of(agents)
            continue
        if t.lemma_.lower() in lex.ENDING_NOUNS and relation_of(t) is None:
            # demanded an end to the U.S. embargo, called for a halt to Israel's strikes: whose the thing to end is
            found += owners([g for c in t.children if c.dep_ == "prep" and c.lower_ in ("to", "of") for g in c.children
                             if g.dep_ == "pobj"], events=events)
            continue
        if t.lower_ in lex.PARTITIVE_WORDS:
            # fired water cannon at one of its boats, seized two of Ukraine's ships: whose the whole is
            found += owners([g for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                             if g.dep_ == "pobj"], events=events)
            continue
        for c in t.children:
            if c.dep_ == "poss" and c.lower_ in ("its", "their") and any(o.lower_ == "own" for o in t.children):
                continue  # (urged the Commission to stand by its own assessment: the doer's own, no one else's)
            if c.dep_ == "poss" and c.lower_ in ("its", "their"):
                found += actors_of([c]) or speaker_of(c)
            elif c.dep_ == "poss" and c.pos_ == "NOUN" and relation_of(c) is not None and not actors_of([c]):
                # opposed the embargo's extraterritorial effects: what an event does belongs to whose the event is
                found += owners([c], events=events)
            elif c.dep_ == "poss":
                found += actors_of([c])
            elif c.dep_ == "prep" and c.lower_ == "by":
                found += actors_of([g for g in c.children if g.dep_ == "pobj"])
            elif c.dep_ == "prep" and c.lower_ == "from" and t.lemma_.lower() in lex.ISSUED_NOUNS | lex.VOICED_EVENTS:
                # would not accept orders from Washington, lessons from Moscow: who issues them
                found += actors_of([g for g in c.children if g.dep_ == "pobj"])
            elif c.dep_ == "prep" and c.lower_ == "between" and relation_of(t) is not None:
                # hosted talks between Iran and Bahrain: the parties of the event
                found += actors_of([g for g in c.children if g.dep_ == "pobj"])
            elif c.dep_ == "prep" and c.lower_ == "of" and t.lemma_.lower() in lex.STAGE_NOUNS:
                # a new round of talks between Russia and Ukraine: the parties of the talks
                found += owners([g for g in c.children if g.dep_ == "pobj"], events=False)
            elif c.dep_ == "prep" and c.lower_ == "of" and t.lemma_.lower() in lex.MEASURE_NOUNS \
                    and not any(g.dep_ == "poss" for g in t.children):
                # blocked a new package of European Union sanctions: whose the measures are
                found += owners([g for g in c.children if g.dep_ == "pobj" and relation_of(g) is not None],
                                events=events)
            elif c.dep_ == "prep" and c.lower_ == "of" and relation_of(t) is None \
                    and not any(g.dep_ == "poss" for g in t.children):
                # the defense of South Korea, the sovereignty of Ukraine: whose thing it is
                found += actors_of([g for g in c.children if g.dep_ == "pobj"])
            elif c.dep_ == "compound" and c.i < t.i and any(g.dep_ == "poss" and g.pos_ != "PRON" for g in c.children):
                # condemned India's missile strikes: the parser may hang the possessive on the noun's modifier
                found += actors_of([g for g in c.children if g.dep_ == "poss"])
            elif c.dep_ in ("compound", "nmod") and relation_of(t) is not None:
                found += actors_of([c])  # hosted Venezuela-Guyana talks: the parties of the event
            elif c.dep_ == "amod" and relation_of(t) is not None:
                # condemned the Israeli strikes: the nationality of an event is who carried it out
                found += [m for m in (place_or_demonym(c),) if m is not None]
            elif c.dep_ == "amod" and hyphenated_owners(c):
                found += hyphenated_owners(c)  # blamed U.S.-South Korean military drills
            elif c.dep_ == "amod" and c.lower_ in lex.AUTHORED_SUFFIXES and _authors_apart(c):
                found += _authors_apart(c)  # (the Cuban-sponsored text, cut by the tokenizer at the hyphen)
            elif c.dep_ == "amod" and "-" in c.text and c.text.split("-")[-1].lower().endswith(lex.AUTHORED_SUFFIXES):
                # blocked a U.S.-drafted statement, opposed the Saudi-led plan: its author owns it
                place = place_of(c.text.rsplit("-", 1)[0]) or demonym_of_text(c.text.rsplit("-", 1)[0])
                if place is not None:
                    found.append(placed(place, c.idx, c.idx + len(c.text)))
            elif c.dep_ in ("compound", "nmod") and any(g.text in ("-", "–") for g in c.subtree) \
                    and hyphenated_places(list(c.subtree)):
                found += hyphenated_places(list(c.subtree))  # the South Korea-U.S. drills: both sides
            elif c.dep_ in ("compound", "amod", "nmod") and relation_of(t) is None and not _possessed(t) and (
                    t.pos_ in ("NOUN", "VERB") or t.lower_ in lex.DIPLOMAT_NOUNS):  # (the Japanese charge d'affaires)
                # criticized the U.S. naval deployment, blamed U.S.-South Korean drills: whose thing it is (each of
                # coordinated nationalities: Finnish and Estonian infrastructure)
                found += [m for x in (c, *(g for g in c.children if g.dep_ == "conj"))
                          for m in (place_or_demonym(x),) if m is not None] + [
                    m for g in c.children if g.dep_ in ("compound", "amod", "nmod") and g.i < c.i
                    for m in (place_or_demonym(g),) if m is not None]
        if not found and events:
            found += event_antecedent(t)
    return found


def _authors_apart(participle) -> list[Mention]:
    """The Cuban-sponsored text, the U.S.-drafted resolution, when the hyphen cut the author off the participle: the
    country written before the hyphen, which the parser hangs on the participle."""
    return [m for g in participle.children if g.dep_ in ("npadvmod", "compound", "nmod", "amod") and g.i < participle.i
            and participle.doc[g.i + 1].text in ("-", "–") for m in (place_or_demonym(g),) if m is not None]


def _possessed(thing) -> bool:
    """Albania's EU membership, Albania's European future: with a possessor that names an actor, a modifier
    says what kind of thing it is, not whose."""
    return any(c.dep_ == "poss" and actors_of([c]) for c in thing.children)


def new_relation(subject, predicate, obj, pred, sent, rule, *, negated=False, hedged=False) -> Relation:
    text = doc_text(sent.doc)[sent.start_char:sent.end_char]  # (what sent.text gives, without joining its tokens)
    return make_relation(subject, predicate, obj, pred, text, extractor=NAME, rule=rule,
                         confidence=_CONFIDENCE[rule], negated=negated, hedged=hedged)
