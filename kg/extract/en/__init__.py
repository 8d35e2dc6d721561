"""The English extractor ``kg.en.predicate.v1``: relations over spaCy's English dependency parses.

Rules, each named in the provenance of what it finds:

- ``verbal``: a verb from the lexicon with its subject (nsubj), object (dobj) and prepositional target
  (warned China against, protested to Japan, met with Xi); subjects of conjoined and controlled verbs are
  shared (condemned the launch and urged Pyongyang to; said it would support).
- ``passive``: was condemned by the UN: the passive subject is the patient, the by-agent the actor.
- ``phrasal``: called on Beijing to, sided with Kyiv.
- ``light-verb``: issued a warning to, lodged a protest with, imposed sanctions on, held talks with.
- ``nominal``: China's support for Russia, Russia's invasion of Ukraine, U.S. sanctions on Iran, the
  Biden-Xi meeting.
- ``title``: U.S. Secretary of State Marco Rubio, Chinese Foreign Ministry spokesperson Lin Jian, and
  appositions (Wang Yi, China's foreign minister,): affiliatedWith.

Negation (not, never, denied, refused to) and hedging (may, is considering, plans to, reportedly, officials
said, if) are read from the clause; relations inside quotations are attributed to the speaker.

The package reads a sentence in this order; each module is named after what it handles:

- ``cues``: which relation a word names (warn, sanctions, called on, held joint drills).
- ``verbal``: the relations of a verb, with ``frames``, where a verb's arguments are (subject, object,
  prepositional target, partner, by-agent; subjects shared across conjoined and controlled verbs).
- ``nominal``: the relations of an event noun, with its arguments inside the noun phrase or on the verb that
  carries it.
- ``pairs``: arguments made into relations, each stamped with its rule and the rule's confidence.
- ``modality``: negation and hedging, read from the clause; ``quotes``: attribution to a speaker.
- ``actors``: who a noun names, with ``persons`` (names and titles), ``offices`` (what a title hides: an envoy's
  posting, a commissioner's commission), ``bodies`` (government bodies and whom a role acts for),
  ``coreference`` (they, the four countries, the launch) and ``names`` (places, nationalities and entity spans
  as the gazetteers know them).
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from kg.extract import Extractor, affiliations, doc_sentences, restore
# (actors first: cues, bodies and coreference call back into it while it loads)
from kg.extract.en.actors import actors_of, read_actor, untagged_known_name
from kg.extract.en.bodies import described_body, mission_place, untagged_body
from kg.extract.en.cues import exchanged_fire, hands_over, relation_of
from kg.extract.en.modality import is_hedged, is_negated
from kg.extract.en.names import ent_of, is_body, place_key, sentence_ents, without_article
from kg.extract.en.nominal import noun_relations
from kg.extract.en.pairs import NAME, new_relation
from kg.extract.en.persons import name_before_role, titled_in_apposition, titled_organisation_name
from kg.extract.en.quotes import attribute
from kg.extract.en.verbal import (clash_relations, due_visits, held_until, invited_relations, journey_visits,
                                  presence_visits, stance_relations, thanked_support, verb_relations,
                                  backed_by_modifier)
from kg.lang import en as lex
from kg.registry import extractors
from kg.types import Mention, Relation


@extractors.register(NAME)
def make_extractor() -> Extractor:
    return Extractor(name=NAME, lang="en", relations=relations, mentions=mentions)


def mentions(doc) -> Iterator[Mention]:
    for tok in doc:
        if tok.pos_ in ("NOUN", "PROPN", "PRON") and tok.dep_ not in ("compound", "amod"):
            yield from (restore(doc, m) for m in read_actor(tok))


def relations(doc) -> Iterator[Relation]:
    seen = set()
    sentences = doc_sentences(doc)  # (for restore: made once, not for every relation)
    visits: list[Relation] = []  # (the visits told so far, for those who go along with the visitor)
    for sent in doc.sents:
        found = list(_sentence_relations(sent))
        visits += [r for r in found if r.predicate == "visits" and not r.hedged and not r.negated]
        found = [r for r in found if not _urged_partnership(r, sent)]
        for rel in _denied_charges(found + list(_companion_visits(sent, visits)), sent):
            key = (rel.subject.start, rel.subject.text, rel.predicate, rel.object.start, rel.object.text, rel.negated)
            if key not in seen:
                seen.add(key)
                yield restore(doc, rel, sentences)


def _urged_partnership(rel, sent) -> bool:
    """The U.S. urged both governments to cooperate with the inquiry; the Arab League called on Turkey to conclude a
    water deal with Iraq: cooperation one side is only urged or asked to take up is the request's content, not yet a
    relation between the sides (the request is read; talks urged on someone are still read, hedged, as before)."""
    if rel.predicate != "cooperatesWith":
        return False
    tok = next((t for t in sent if t.idx == rel.provenance.start), None)
    while tok is not None and tok.dep_ in ("dobj", "pobj", "prep", "conj", "compound", "amod", "xcomp") \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in lex.ASKING_VERBS:
            return True
        tok = tok.head
    return False


def _companion_visits(sent, visits) -> Iterator[Relation]:
    """Foreign Minister Sugiono, who accompanied Prabowo; Lin Chia-lung, who is accompanying Lai: one who goes along
    with a visitor visits where the visitor's last visit told so far took them."""
    for name in sent:
        verb = next((r for r in name.children if r.dep_ == "relcl" and r.lemma_.lower() in lex.ACCOMPANYING_VERBS
                     and any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in r.children)), None)
        if verb is None or name.pos_ != "PROPN":
            continue
        # (the parser may take the name gone along with for an adverb: who accompanied Asante)
        names = {w for m in actors_of([o for o in verb.children if o.dep_ == "dobj" or o.pos_ == "PROPN"
                                       and o.i > verb.i and o.dep_ in ("advmod", "npadvmod")]) if m.kind == "person"
                 for w in m.text.split()}
        visit = next((r for r in reversed(visits) if names & set(r.subject.text.split())), None)
        if visit is None:
            continue
        yield from (new_relation(m, "visits", visit.object, verb, sent, "verbal", negated=is_negated(verb),
                                 hedged=is_hedged(verb)) for m in actors_of([name]) if m.kind == "person")


def _denied_charges(found, sent) -> Iterator[Relation]:
    """He accused Washington of giving Israel a green light, a charge the White House denied: a charge summed up after
    a comma and denied by the one it accuses says, in the accused's words, that what they were accused of did not
    happen; the charge's hedged relation is read again, negated."""
    yield from found
    deniers = {place_key(m) for t in sent if t.lemma_.lower() in lex.CHARGE_NOUNS and t.left_edge.i > sent.start
               and t.doc[t.left_edge.i - 1].text == "," and any(c.dep_ == "det" and c.lower_ in ("a", "an")
                                                                 for c in t.children)
               for v in (*(c for c in t.children if c.dep_ == "relcl"), *((t.head,) if t.dep_ == "dobj" else ()))
               if v.lemma_.lower() in lex.DISMISSING_VERBS
               for m in actors_of([c for c in v.children if c.dep_ == "nsubj"]) if m.kind in ("country", "government")}
    yield from (replace(r, negated=True, hedged=False) for r in found if deniers and r.hedged and not r.negated
                and r.predicate not in ("accuses", "affiliatedWith") and place_key(r.subject) in deniers)


def _sentence_relations(sent) -> Iterator[Relation]:
    for ent in sentence_ents(sent):
        # (as repaired: a body the tagger took for a work of art is an organisation's)
        if (ent_of(ent.root) or ent).label_ == "ORG" and is_body(ent) and not _names_a_meeting(ent) \
                and not _names_an_unnamed_role(ent) \
                or described_body(ent) is not None:
            # a named government body acts for its country wherever it is named (the Philippine Navy; Russia's
            # military intelligence agency, the GRU)
            yield from _titles(ent.root, sent)
    for tok in sent:
        if tok.pos_ == "PROPN" and tok.lower_ in lex.BODY_WORDS and not tok.ent_type_:
            yield from _titles(tok, sent)  # the same for a body the tagger left untagged
        elif tok.pos_ == "NOUN" and tok.lower_ in lex.MISSION_WORDS and not tok.ent_type_ and mission_place(tok) \
                and untagged_body(tok, None):
            yield from _titles(tok, sent)  # (and a mission in a named place written in lower case: the Russian embassy in Riga)
        if tok.pos_ == "ADJ" and tok.lower_ in lex.DUE_WORDS and tok.dep_ == "acomp":
            yield from due_visits(tok, sent)
        if tok.pos_ == "VERB" and tok.lemma_.lower() == "take":
            yield from journey_visits(tok, sent)
        if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in lex.LASTING_VERBS:
            yield from held_until(tok, sent)
        if tok.pos_ == "VERB" and tok.lemma_.lower() == "invite" and not (tok.dep_ == "pcomp" and tok.head.lower_ == "for"):
            yield from (attribute(r, tok) for r in invited_relations(tok, sent))
        if tok.pos_ in ("VERB", "AUX") and tok.lemma_ == "be" and tok.dep_ in ("ROOT", "ccomp", "conj", "relcl"):
            yield from (attribute(r, tok) for r in presence_visits(tok, sent))
        if tok.pos_ == "ADJ" and tok.lower_ in lex.STANCE_ADJECTIVES and tok.dep_ == "acomp":
            yield from (attribute(r, tok) for r in stance_relations(tok, sent))
        if tok.pos_ == "VERB":
            yield from (attribute(r, tok) for r in thanked_support(tok, sent))
            yield from (attribute(r, tok) for r in backed_by_modifier(tok, sent))
    for tok in sent:
        ent = ent_of(tok) if tok.pos_ == "PROPN" else None
        if ent is not None and tok.i == ent.end - 1 and (tok.ent_type_ == "PERSON" or titled_in_apposition(ent)
                                                          or titled_organisation_name(ent, without_article(ent))) \
                or tok.pos_ == "PROPN" and (name_before_role(tok, ent) or untagged_known_name(tok, ent)):
            yield from _titles(tok, sent)
        found = relation_of(tok)
        if (found is None or found[0] == "supports") and tok.pos_ == "VERB" \
                and tok.lemma_.lower() in lex.REFUSED_WHEN_NEGATED and is_negated(tok):
            # would never recognize Russia's annexation, did not accept Japan's proposal: rejects the owner (a refusal
            # in "will not" or "would not" is a stance taken now, not a possibility)
            now = any(c.dep_ == "aux" and c.lower_ in ("will", "would", "wo", "'ll") for c in tok.children)
            yield from (attribute(replace(r, negated=False, hedged=r.hedged and not now), tok)
                        for r in verb_relations(tok, "rejects", "verbal", sent))
            continue
        if found is None:
            continue
        predicate, rule = found
        # (offered to host talks: a word the tagger took for a noun, with an infinitive's "to" and an object, is a verb)
        if tok.pos_ == "VERB" or tok.pos_ == "NOUN" and tok.dep_ == "xcomp" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and any(c.dep_ == "dobj" for c in tok.children):
            if tok.lemma_.lower() in lex.LIGHT_VERBS and not hands_over(tok) and rule != "phrasal":
                continue  # (but launched drones at Israel: the phrasal verb names the attack itself)
            if tok.lemma_.lower() in lex.CLASH_VERBS or exchanged_fire(tok):
                yield from (attribute(r, tok) for r in clash_relations(tok, sent))
                continue
            # (invited Lee to Tokyo: an invitation is still to come, and so is the hosting; not one given as the reason
            # for praise or blame, which was taken up: criticised Carney for inviting Modi to the G7)
            invited = tok.lemma_.lower() == "invite" and not (tok.dep_ == "pcomp" and tok.head.lower_ == "for")
            yield from _with_threats((attribute(replace(r, hedged=True) if invited else r, tok)
                                      for r in verb_relations(tok, predicate, rule, sent)), tok, sent)
        else:
            yield from _with_threats((attribute(r, tok) for r in noun_relations(tok, predicate, sent)), tok, sent)


def _with_threats(relations, tok, sent) -> Iterator[Relation]:
    """Nairobi would impose restrictions on Tanzanian rice if the ban was not lifted, Kinyanjui said: a hostile measure
    set on a condition (would or will, if or unless) is a threat to whom it is aimed at, made by whoever sets it, or
    by the one who says so when it is reported (the measure itself stays as said, hedged)."""
    verb = tok if tok.pos_ == "VERB" else tok.head if tok.dep_ in ("dobj", "nsubjpass") else None
    conditional = verb is not None and any(a.dep_ == "aux" and a.lower_ in ("would", "will", "'ll", "wo")
                                           for a in verb.children) and any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in lex.CONDITIONAL_MARKS for m in c.children)
        for c in verb.children)
    if conditional and verb.dep_ == "ccomp" and relation_of(verb.head) is not None:
        conditional = False  # (warned that Israel would strike Iran if ...: the warning is the relation already)
    speakers = read_said_by(verb) if conditional else []
    for rel in relations:
        yield rel
        if conditional and rel.predicate in lex.HOSTILE_RELATIONS - {"threatens"} and not rel.negated:
            for who in speakers or [rel.subject]:
                yield new_relation(who, "threatens", rel.object, tok, sent, "target-clause")


def read_said_by(verb) -> list[Mention]:
    """The speakers of a clause reported by a verb of saying (Kinyanjui said Nairobi would ...), or none."""
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in lex.SPEECH_VERBS:
        return []
    return [m for c in verb.head.children if c.dep_ == "nsubj" for m in read_actor(c)]


def _names_a_meeting(ent) -> bool:
    """on the sidelines of a European Council summit: a body named only as the kind of a meeting is no actor."""
    return ent.root.dep_ == "compound" and ent.root.head.lemma_.lower() in lex.MEETING_NOUNS


def _names_an_unnamed_role(ent) -> bool:
    """A State Department spokesperson urged ..., a Foreign Ministry official said: a body named only in the title of
    someone the text does not name is no actor of its own there (the unnamed speaker acts for the country); with a
    name after the role (State Department spokesperson Tommy Pigott) or as the subject itself it is."""
    role = ent.root.head
    return ent.root.dep_ == "compound" and role.lower_ in lex.UNNAMED_ROLE_NOUNS and role.dep_ != "compound" \
        and not any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in role.children)


def _titles(tok, sent) -> Iterator[Relation]:
    for m in read_actor(tok):
        for member, owner in affiliations(m):
            yield new_relation(member, "affiliatedWith", owner, tok, sent, "title")
