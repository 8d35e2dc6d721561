"""Who an English noun names: the actors an argument of a relation stands for.

The head of a noun phrase is read, in this order, as: a dateline (PRISTINA —: no actor); a pronoun (we, they,
he, she, who, whose); a counted group (the four countries); a quantity of what acts (a wave of Russian drones);
the North or the South in an article on the two Koreas; a body named again (the Commission); a person named in
apposition or after a title (his Philippine counterpart, Gilberto Teodoro); a named entity (a person, a
country, a government body); a family name used again; a place in the gazetteer; weapons and a capital standing
for their country (Russia's missiles, the Indian capital); and an unnamed official or government of a country
(Chinese officials, the Japanese government), one for each country of a coordination (the foreign ministers of
Venezuela and Guyana).

``cues``, ``bodies`` and ``coreference`` read actors too and call back into this module, so the package imports
it before them.
"""
from __future__ import annotations

from dataclasses import replace
from weakref import WeakKeyDictionary

from kg.extract import doc_text, sentence_of
from kg.extract.en import coreference
from kg.extract.en.bodies import coordinated_owners, craft_body, described_body, owner_of, untagged_body
from kg.extract.en.coreference import acronym_named_before, counted_group, named_before, named_pair, office_holders, previous_group, previous_subject
from kg.extract.en.cues import relation_of
from kg.extract.en.names import (affiliation_chain, demonym_of, ent_of, is_dateline, kind_of, known_person, members,
                                 mention, place_of, place_or_demonym, placed)
from kg.extract.en.offices import posted_names
from kg.extract.en.persons import (
    from_entity,
    full_name_before,
    known_country,
    known_surname,
    name_before_role,
    named_in_apposition,
    particled_person,
    titled_name,
)
from kg.lang import en as lex
from kg.types import Mention

_ENTITY_LABELS = {"GPE", "NORP", "ORG", "PERSON", "LOC", "FAC"}


def read_actor(tok) -> list[Mention]:
    """The actors a noun (the head of an argument) names; an unnamed official becomes a role mention.
    Read once per token (mentions and every rule ask again); Mentions are immutable, so the list is copied."""
    memo = _READ.get(tok.doc)
    if memo is None:
        memo = _READ[tok.doc] = {}
    found = memo.get(tok.i)
    if found is None:
        # (a rule that reads other actors of the sentence may come back to the one being read, as a national office's
        # country read from what the office holder says: while being read, it is none, so that no such loop can end
        # an article's extraction in a RecursionError)
        reading = _READING.setdefault(tok.doc, set())
        if tok.i in reading:
            return []
        reading.add(tok.i)
        try:
            found = tuple(_read_actor(tok))
        finally:
            reading.discard(tok.i)
        if coreference.settled(tok.doc):  # (not while the article's coordinations are being read)
            memo[tok.i] = found
    return list(found)


_READ: WeakKeyDictionary = WeakKeyDictionary()  # Doc -> {token index: its actors}
_READING: WeakKeyDictionary = WeakKeyDictionary()  # Doc -> the token indices being read


def _read_actor(tok) -> list[Mention]:
    if is_dateline(tok) or tok.tag_ not in ("WP", "WDT", "WP$") and (
            tok.pos_ in ("AUX", "ADP", "DET", "CCONJ", "SCONJ", "PART") or tok.pos_ == "VERB" and tok.text.islower()):
        return []  # (Iwaya is on a visit: "is" is no name, not even the IS the gazetteer knows)
    acronym = acronym_named_before(tok, ent_of(tok))  # (the ELN, after National Liberation Army (ELN))
    if acronym:
        return acronym
    text = tok.lower_
    phrase = [t for t in tok.subtree if t.i <= tok.i and t.dep_ not in ("punct", "cc", "conj", "appos", "relcl",
                                                                       "acl", "prep", "det", "case")]
    # (the two leaders: the number is a nummod; only for people, whom the last two named resolve well)
    numbered = ("nummod",) if lex.ANAPHORS.get(f"the two {text}") == "person" else ()
    # (the secretary-general: a hyphen inside the phrase is no word of it)
    reach = 2 + 2 * sum(1 for t in tok.doc[max(tok.i - 3, 0):tok.i] if t.tag_ == "HYPH")  # (and the Iran-backed group)
    # (the Iran-backed group: a participle written onto its author is no word of the description)
    full = " ".join(t.lower_ for t in tok.subtree if t.i <= tok.i and t.dep_ in ("det", "amod", "compound", *numbered)
                    and t.i >= tok.i - reach and not (t.pos_ == "VERB" and tok.doc[t.i - 1].text in ("-", "‐"))) \
        + " " + text
    pronoun = tok.pos_ == "PRON" or tok.tag_ in ("WP", "WDT", "WP$")
    if pronoun and text in ("he", "she") and tok.dep_ in ("nsubj", "nsubjpass"):
        carried = _speaker_said(tok) or previous_group(tok, people=True)
        if carried:
            return carried
    if (pronoun and text == "it" or full.strip() == "the country") and tok.dep_ in ("nsubj", "nsubjpass"):
        carried = previous_subject(tok)  # (... It accused Beijing; ... The country also cancelled)
        if carried:
            return carried
    if pronoun and text == "it" and tok.dep_ == "dobj" and _asked_to(tok.head):
        asked = _object_before(tok)  # (praised the Commerce Department ... but urged it to close loopholes)
        if asked:
            return asked
    if tok.lemma_.lower() in lex.ALLY_NOUNS and tok.tag_ == "NN" and any(
            c.dep_ == "poss" and c.lower_ == "our" for c in tok.children):
        # stands firmly with "our ally": the side the speaker's opponent is set against (see kg.link)
        return [Mention(text=lex.OUR_ALLY, start=tok.idx, end=tok.idx + len(tok.text), kind="anaphor")]
    own = _speakers_country(tok)
    if own:
        return own
    holders = None if pronoun else office_holders(tok)
    if holders:
        return holders
    if tok.pos_ == "NUM" and full.strip() == "the two" and tok.dep_ in ("nsubj", "nsubjpass"):
        # Paz met Boric in Santiago, and the two agreed to resume talks: "the two" alone is the two people its sentence
        # named before it (the two leaders), else the two sides the article is about
        # (she had raised it with Modi when the two met: "she" is one of them)
        people = {e.text for e in sentence_of(tok).ents if e.label_ == "PERSON" and e.end <= tok.i} | {
            t.lower_ for t in sentence_of(tok) if t.i < tok.i and t.lower_ in ("he", "she", "him", "her")}
        key = "the two leaders" if len(people) >= 2 else "the two sides"
        return [Mention(text=key, start=tok.idx, end=tok.idx + len(tok.text), kind="anaphor")]
    if full.strip() in lex.GROUP_ANAPHORS and tok.text.islower() and not any(
            c.dep_ == "prep" and c.lower_ == "of" and any(g.pos_ == "NUM" or g.lemma_.lower() in lex.GROUP_NOUNS | {"state"}
                                                         for g in c.subtree) for c in tok.children):
        # (not the Group of Seven, the group of seven nations; but accused the group of planning attacks)
        return _group_named_before(tok)
    if full.strip() in lex.GOVERNMENT_ANAPHORS and not _owned_after(tok):
        named = _government_named_before(tok)
        if named is not None:
            return [named]
    if tok.pos_ == "NOUN" and f"the {text}" in lex.DESCRIBED_ANAPHORS and full.split()[0] == "the" \
            and not any(c.pos_ == "PROPN" or demonym_of(c) for c in tok.children if c.dep_ in ("amod", "compound")):
        full = f"the {text}"  # (the regional bloc, the 27-nation bloc, the military alliance: the bloc)
    if (pronoun and (text in lex.FIRST_PERSON or text in lex.ANAPHORS)) or full.strip() in lex.ANAPHORS \
            and not _named_in_full(tok) and not _owned_after(tok):
        key = full.strip() if full.strip() in lex.ANAPHORS else text
        if key == "both countries" and _appealed_to(tok):
            key = "the two sides"  # (called on both countries to show restraint: the sides set against each other)
        return [Mention(text=key, start=tok.idx, end=tok.idx + len(tok.text), kind="anaphor")]
    if pronoun:
        if text == "they" and tok.dep_ == "nsubj":
            return previous_group(tok)
        if text == "them" and tok.dep_ in ("dobj", "pobj"):
            # Mexico, which borders both countries, urged them to show restraint: "them" is the pair its own
            # sentence named before it
            pair = next((t for t in reversed(sentence_of(tok)[:tok.i - sentence_of(tok).start])
                         if t.lower_ in lex.PAIR_NOUNS and any(c.lower_ in ("both", "two") for c in t.children)), None)
            if pair is not None:
                found = [replace(m, start=tok.idx, end=tok.idx + len(tok.text)) for m in actors_of([pair])]
                # (urged them: as "urged both countries", the two sides set against each other)
                return [replace(m, text="the two sides") if m.text == "both countries" and _appealed_to(tok) else m
                        for m in found]
            # (had spoken to his Chinese and Vietnamese counterparts and urged them: the plural its sentence named
            # last as the object of a verb or a preposition)
            plural = next((t for t in reversed(sentence_of(tok)[:tok.i - sentence_of(tok).start])
                           if t.dep_ in ("dobj", "pobj") and t.tag_ == "NNS"), None)
            found = read_actor(plural) if plural is not None else []
            if len(found) > 1:
                return [replace(m, start=tok.idx, end=tok.idx + len(tok.text)) for m in found]
        if text == "whose":
            # the court, whose jurisdiction Caracas does not recognize: the antecedent owns the thing
            node = tok.head
            while node.dep_ != "relcl" and node.head.i != node.i:
                node = node.head
            if node.dep_ == "relcl":
                return actors_of([node.head])
            # (..., has drawn criticism from France, whose foreign minister called on ...: a clause the parser hung
            # elsewhere still describes the name written right before the comma)
            return _name_before_comma(tok)
        if text in ("which", "whom") and tok.dep_ == "pobj" and tok.head.lower_ == "of" \
                and _partitive_relative(tok.head.head):
            # Morocco and Senegal, both of which have signed similar deals with Madrid: the names before the comma
            return _name_before_comma(tok.head.head.left_edge)
        clause = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else tok.head
        if text in ("who", "whom", "which", "that") and clause.dep_ == "relcl":
            # (the European Union, with which Moldova opened accession negotiations: after a preposition too)
            antecedent = clause.head
            while antecedent.dep_ == "conj" and antecedent.head.i != antecedent.i:
                antecedent = antecedent.head  # (Todd and Gil, who both flew: the clause hangs on the last one)
            if antecedent.dep_ == "appos" and antecedent.pos_ == "NOUN" and not actors_of([antecedent]):
                # al Shabaab, the Islamist militant group that has carried out attacks: the name the noun describes
                antecedent = antecedent.head
            members_ = _counted_among(antecedent)
            if members_:
                return members_
            # Koizumi (and Wang), who arrived in Manila: the antecedents (her country's bid to join the European
            # Union, with which Moldova opened negotiations: hung on the bid, the clause is still on the name)
            return actors_of([antecedent]) or _name_before_comma(clause.left_edge)
        return []  # never a gazetteer name: "who" is not the WHO
    counted = counted_group(tok)
    if counted is not None:
        return counted
    if tok.pos_ == "NOUN":
        # Mali and Niger, Burkina Faso's partners, backed ...: the parser may hang the names on the noun in apposition
        # to them (as its possessor or modifier, with a comma between): the noun stands for the names
        fronted = [c for c in tok.children if c.dep_ in ("poss", "nmod", "compound") and c.i < tok.i
                   and any(t.text == "," for t in tok.doc[c.i + 1:tok.i])]
        found = actors_of(fronted)
        if found:
            return [replace(m, start=tok.idx, end=tok.idx + len(tok.text)) for m in found]
    if tok.lower_ in lex.QUANTITY_HEADS and tok.pos_ == "NOUN":
        # a wave of Russian drones, a barrage of rockets: what the quantity is of acts
        found = actors_of([g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                         if g.dep_ == "pobj"])
        if found:
            return [replace(m, start=tok.idx, end=tok.idx + len(tok.text)) for m in found]
    if tok.text in ("North", "South") and any(c.lower_ == "the" for c in tok.children) and tok.dep_ != "compound" \
            and "Korea" in doc_text(tok.doc):
        # dialogue with the North, leaflets flown into the South: the Korea an article on the two Koreas means
        return [Mention(text=f"{tok.text} Korea", start=tok.idx, end=tok.idx + len(tok.text), kind="country")]
    if tok.lower_ == "koreas" and any(c.lower_ in ("both", "two") for c in tok.children):
        # urged both Koreas, the two Koreas: South and North Korea
        return [Mention(text=name, start=tok.idx, end=tok.idx + len(tok.text), kind="country")
                for name in ("South Korea", "North Korea")]
    pair_owned = _pair_owning(tok)
    if pair_owned:
        return pair_owned
    if tok.lower_ in lex.PAIR_NOUNS and any(c.dep_ in ("nummod", "det", "predet") and c.lower_ in ("two", "both")
                                            for c in tok.children) \
            or _plural(tok.lower_) in lex.PAIR_NOUNS and any(c.dep_ == "det" and c.lower_ in ("either", "neither")
                                                            for c in tok.children):
        # the two sides, the two governments, both countries: the two countries just named, else the pair the article
        # is about; either side, either country (declined to back either side): each of the two; neither country
        # (neither country criticized Thailand: each of the two, the negation read from the clause); the two
        # delegations are the two sides at the table, not the two countries last named
        return (named_pair(tok) if tok.lower_ not in lex.TABLE_PAIR_NOUNS else []) or [Mention(text="the two sides", start=tok.idx, end=tok.idx + len(tok.text),
                                           kind="anaphor")]
    neighbour = coreference.neighbour_of(tok)
    if neighbour:
        return neighbour
    ent = ent_of(tok)
    particled = particled_person(tok, ent)
    if particled:
        return particled
    again = named_before(tok, ent)
    if again:
        return again
    named = named_in_apposition(tok, ent) or [
        m for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN" for m in named_in_apposition(c, ent_of(c))
    ] or [m for c in posted_names(tok) for m in named_in_apposition(c, ent_of(c), role=tok)]
    if named:
        return named  # the role noun of "his Philippine counterpart, Gilberto Teodoro," is the person too
    titled = titled_name(tok, ent) or name_before_role(tok, ent)
    if titled:
        return titled
    # (accused Russia's military intelligence agency, the GRU: the name and the body word before it are the body)
    if ent is not None and tok.i == ent.root.i and described_body(ent) is not None:
        return [described_body(ent)]
    described = next((b for c in tok.children if c.dep_ == "appos" for b in (described_body(ent_of(c)),)
                      if b is not None), None) if tok.pos_ == "NOUN" else None
    if described is not None:
        return [replace(described, start=tok.idx, end=tok.idx + len(tok.text))]
    cut_short = _place_cut_short(tok, ent)
    if cut_short:
        return cut_short
    if tok.lower_ in lex.ACTING_SEATS and tok.pos_ == "PROPN" and not (
            tok.dep_ == "pobj" and tok.head.lower_ in lex.LOCATIVE_PREPS):
        # Brussels stands firm, what Brussels called excessive: the seat acting is the organisation (the European
        # Union), not the city talks are held in or people travel to
        return [placed(place_of(lex.ACTING_SEATS[tok.lower_]), tok.idx, tok.idx + len(tok.text))]
    if ent is not None and ent.label_ in _ENTITY_LABELS and not known_surname(tok):
        return from_entity(ent, tok)
    body = untagged_body(tok, ent) or craft_body(tok)
    if body is not None:
        return [body]
    if (tok.pos_ == "PROPN" or tok.pos_ == "NOUN" and tok.text.istitle()) and (
            known_surname(tok) or tok.pos_ == "PROPN" and ent is None and known_person(tok.text)):
        # Teodoro, Guo: a family name of a person named earlier, whatever the tagger made of it alone (or one
        # the people gazetteer lists: Modi); the last person of that name named in full before it
        return [mention([tok], "person", text=full_name_before(tok))]
    untagged = untagged_known_name(tok, ent)
    if untagged:
        return untagged
    place = place_of(tok.text)
    if place is not None:
        return [mention([tok], kind_of(place))]
    if tok.lower_ in lex.MEMBER_NOUNS and tok.pos_ == "NOUN" and not any(c.dep_ == "nummod" for c in tok.children):
        # threatened to punish members of the BRICS group: the members of a union acted on, none named, are the union
        union = [m for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                 # (the BRICS group: the name on the word for its kind)
                 if g.dep_ == "pobj" for m in actors_of([g]) or actors_of([c for c in g.children if c.dep_ == "compound"])
                 if m.kind == "organization"]
        if union:
            return [replace(union[0], start=tok.idx, end=tok.idx + len(tok.text))]
    if tok.lower_ == "group" and tok.pos_ == "PROPN":
        # the Group of Seven, Group of 20 nations: a name the tagger splits at "of" (the number right after it)
        number = next((g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" and p.i == tok.i + 1
                       for g in p.children if g.dep_ == "pobj" and g.i == p.i + 1), None)
        place = place_of(f"Group of {lex.GROUP_NUMBERS.get(number.text, number.text)}") if number is not None else None
        if place is not None:
            return [placed(place, tok.idx, number.idx + len(number.text))]
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in lex.DELEGATION_NOUNS and tok.dep_ in ("nsubj", "conj"):
        # Delegations from ECOWAS and the governments of Mali and Niger met: delegations of several sides acting are
        # the sides they are from
        sent_from = actors_of([g for p in tok.children if p.dep_ == "prep" and p.lower_ in ("from", "of")
                               for g in p.children if g.dep_ == "pobj"])
        # (a delegation from Japan alone stays the country's delegation, a role)
        if len(sent_from) > 1 or sent_from and any(c.dep_ == "conj" for c in tok.children):
            return sent_from
    if tok.pos_ == "NOUN" and tok.lower_ in lex.WEAPON_NOUNS and tok.dep_ in ("nsubj", "nsubjpass", "pobj"):
        # Ukrainian drones hit, Russia's missiles struck: the weapons stand for the country that fires them
        owner = owner_of(tok, phrase)
        if owner is not None and owner.kind in ("country", "organization"):
            return [owner]
    if tok.lower_ == "capital":
        # the Indian capital, China's capital: the country, as its capital's name would be (a metonym)
        owner = owner_of(tok, phrase)
        if owner is not None and owner.kind == "country":
            return [owner]
    # (the U.S. chargé d'affaires: the tagger may take the envoy's title for a name)
    if (tok.pos_ == "NOUN" or tok.pos_ == "PROPN" and tok.lower_ in lex.DIPLOMAT_NOUNS and not tok.ent_type_) \
            and relation_of(tok) is None and (tok.lemma_.lower() in lex.ROLE_NOUNS or tok.lower_ in lex.ROLE_NOUNS):
        owners = coordinated_owners(tok)
        if len(owners) > 1:
            # the foreign ministers of Venezuela and Guyana: one unnamed official (or government) for each
            if tok.lemma_.lower() in lex.COUNTRY_HEADS | lex.ARMED_FORCE_NOUNS or tok.lower_ in lex.COUNTRY_HEADS:
                return owners  # (Thai and Cambodian forces: each state, as its armed men are below)
            return [mention([tok], "role", o, text=f"{o.text} {_role_title(tok)}") for o in owners]
        owner = owner_of(tok, phrase)
        if owner is None and (tok.lemma_.lower() in lex.COUNTRY_HEADS or tok.lower_ in lex.COUNTRY_HEADS):
            # Lukashenko's government, the Trump administration: the government a person leads acts for that
            # person's country, not as the person
            # (Sheinbaum, whose government has shipped oil to Cuba: the government of the person the clause is on)
            leaders = [m for c in tok.children if c.dep_ in ("poss", "compound") and (c.pos_ == "PROPN"
                                                                                     or c.lower_ == "whose")
                       for m in actors_of([c]) if m.kind == "person"] or [
                # the government of Colombian President Gustavo Petro, of Prime Minister Mark Carney: the country
                # the leader named after it heads, not the leader
                m for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                if g.dep_ == "pobj" for m in actors_of([g]) if m.kind == "person"]
            country = next((m for m in affiliation_chain(leaders[0]) if m.kind == "country"), None) if leaders else None
            if country is not None and tok.lemma_.lower() == "government":
                return [replace(country, start=tok.idx, end=tok.idx + len(tok.text))]
            if leaders:
                return [mention([tok], "role", leaders[0], text=f"{leaders[0].text} {tok.text}")]
            seated = _seat_of(tok) or _named_with_owner_before(tok)
            if seated is not None:
                return [seated]
        if owner is not None:
            if tok.lemma_.lower() in lex.COUNTRY_HEADS or tok.lower_ in lex.COUNTRY_HEADS:
                return [owner]  # the Chinese government, Russian authorities: the country itself
            if owner.kind == "country" and (tok.lemma_.lower() in lex.ARMED_FORCE_NOUNS or tok.lemma_.lower() == "guard"
                                            and any(c.lower_ == "border" for c in tok.children)):
                # Baghdad blamed Turkish forces, Cameroonian soldiers opened fire, Russian border guards: a state's
                # armed men acting as such are the state, as the gold sets record them (written as the country at
                # both levels; a coast guard is a body of its own)
                return [replace(owner, start=tok.idx, end=tok.idx + len(tok.text))]
            # Chinese officials, U.S. diplomats, Chinese banks: unnamed, acting for (or part of) the country
            return [mention([tok], "role", owner, text=f"{owner.text} {_role_title(tok)}")]
    return []


def untagged_known_name(tok, ent) -> list[Mention]:
    """King Abdullah II had been expected to host ...: a name of several words the tagger left untagged (a regnal
    number, a title before it) is a person when the people gazetteer knows it, titles dropped; they act for the
    possessor before them (Jordan's King Abdullah II) or else for whom the gazetteer says."""
    if tok.pos_ != "PROPN" or ent is not None or tok.dep_ == "compound":
        return []
    words = [t for t in tok.subtree if t.i <= tok.i and t.dep_ == "compound" and t.pos_ == "PROPN"
             and t.lower_ not in lex.NAME_TITLES] + [tok]
    # (Croatian Defence Minister Ivo Babic: the name is the words after the office)
    office = max((t.i for t in tok.subtree if t.i < tok.i and t.lower_ in lex.OFFICES_BEFORE_NAMES), default=None)
    after = [t for t in words if office is not None and t.i > office and not any(
        b.i < office and (b.lower_ in lex.BODY_WORDS or b.lemma_.lower() in lex.BODY_WORDS) for b in tok.subtree)]
    words = after if len(after) >= 2 else words
    if len(words) < 2 or any(b.i - a.i != 1 for a, b in zip(words, words[1:])):
        return []
    text = " ".join(t.text for t in words)
    # (Bhutanese Foreign Minister Dorji Tshering: a name the people gazetteer does not know is still a person's
    # when an office stands right before it, as a title does before a name)
    titled = words[0].i > 0 and tok.doc[words[0].i - 1].head.i == tok.i and tok.doc[words[0].i - 1].lower_ in \
        lex.OFFICES_BEFORE_NAMES
    if not (known_person(text) or titled and all(t.text.istitle() for t in words)):
        return []
    owner = owner_of(tok, [t for t in tok.subtree if t.i <= tok.i]) or known_country(text, words[0].idx,
                                                                                  words[-1].idx + len(words[-1].text))
    return [mention(words, "person", owner)]


def _place_cut_short(tok, ent) -> list[Mention]:
    """South Africa has lodged a protest with Eswatini: a place of several words the tagger left untagged, or tagged
    by its last word alone (Africa), is still the place the gazetteer knows by all its words, read whole from the
    capitalised words that modify the last one."""
    if tok.pos_ != "PROPN" or tok.dep_ == "compound":
        return []
    cut_at_of = _cut_at_of(tok)
    if cut_at_of:
        return cut_at_of
    if ent is not None and (ent.start, ent.end) != (tok.i, tok.i + 1):
        return []
    words = [t for t in tok.subtree if t.i < tok.i and t.dep_ == "compound" and t.pos_ == "PROPN"
             and not t.ent_type_] + [tok]
    if len(words) < 2 or any(b.i - a.i != 1 for a, b in zip(words, words[1:])):
        return []
    place = place_of(" ".join(t.text for t in words))
    return [mention(words, kind_of(place))] if place is not None else []


def _cut_at_of(tok) -> list[Mention]:
    """The Federated States of Micronesia lodged a protest: a place whose name has "of" in it, which the parser cut
    at "of" (the Federated States, with Micronesia its object), is the place the gazetteer knows by the whole name."""
    tail = next((g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" and p.i == tok.i + 1
                 for g in p.children if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
    if tail is None:
        return []
    words = [t for t in tok.subtree if t.i <= tok.i and (t.i == tok.i or t.dep_ == "compound" and t.pos_ == "PROPN")]
    if any(b.i - a.i != 1 for a, b in zip(words, words[1:])):
        return []
    place = place_of(" ".join(t.text for t in tok.doc[words[0].i:tail.i + 1]))
    return [placed(place, words[0].idx, tail.idx + len(tail.text))] if place is not None else []


def _named_with_owner_before(tok) -> Mention | None:
    """Somalia's federal government suspended flights ... Madobe accused the federal government: a government named
    again with the same words, no owner and "the", is the country it was named with before."""
    words = {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound")}
    if not words or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    for before in reversed(tok.doc[:tok.i]):
        if before.lemma_.lower() == tok.lemma_.lower() and words <= {c.lower_ for c in before.children
                                                                     if c.dep_ in ("amod", "compound")}:
            owner = owner_of(before, [])
            if owner is not None and owner.kind == "country":
                return replace(owner, start=tok.idx, end=tok.idx + len(tok.text))
    return None


def _seat_of(tok) -> Mention | None:
    """the new authorities in Damascus, the government in Kabul, the regime in Tehran: a government named by the
    capital or country it sits in is that country (as the capital alone would be); the parser often hangs the
    place on the verb, right after the noun."""
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    for p in [*tok.children, *([after] if after is not None and after.head.i == tok.head.i else [])]:
        if p.dep_ == "prep" and p.lower_ == "in":
            for g in p.children:
                if g.dep_ == "pobj" and g.pos_ == "PROPN":
                    place = place_of(" ".join(t.text for t in g.subtree if t.dep_ in ("compound",) or t.i == g.i))
                    if place is not None and kind_of(place) == "country":
                        return placed(place, tok.idx, tok.idx + len(tok.text))
    return None


def _pair_owning(tok) -> list[Mention]:
    """soldiers from the two countries exchanged fire, police forces from both countries, the two countries'
    foreign ministers, the two navies clashed: men of both sides of a pair, unnamed, are the pair (each side acting
    through its own), as "the two sides" are."""
    if tok.pos_ != "NOUN":
        return []
    if tok.lower_ in lex.PAIRED_FORCE_NOUNS and any(c.dep_ in ("nummod", "det", "predet") and c.lower_ in ("two", "both")
                                                    for c in tok.children):
        pair = [tok]
    elif tok.tag_ == "NNS" and (tok.lower_ in lex.ROLE_NOUNS or tok.lemma_.lower() in lex.ROLE_NOUNS):
        # (a plural role: the men of both sides, not one person of either)
        pair = [g for c in tok.children for g in ([c] if c.dep_ == "poss" else [
            g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ == "from" else [])
                if g.lower_ in lex.PAIR_NOUNS and any(d.lower_ in ("two", "both") for d in g.children)]
    else:
        return []
    if not pair:
        return []
    found = named_pair(pair[0])
    if not found:
        return [Mention(text="the two sides", start=tok.idx, end=tok.idx + len(tok.text), kind="anaphor")]
    if pair[0] is tok:
        return [replace(m, start=tok.idx, end=tok.idx + len(tok.text)) for m in found]
    # (soldiers, police forces, ministers from the two countries: unnamed men of each side, acting for it)
    return [mention([tok], "role", m, text=f"{m.text} {_role_title(tok)}") for m in found]


def _plural(noun: str) -> str:
    return f"{noun[:-1]}ies" if noun.endswith("y") else f"{noun}s"


def _asked_to(verb) -> bool:
    """urged it to, asking it to: a verb of asking or urging someone to do something."""
    return (relation_of(verb) or ("",))[0] in ("requests", "demands") and any(c.dep_ == "xcomp" for c in verb.children)


def _object_before(tok) -> list[Mention]:
    """Moolenaar praised the Commerce Department but urged it to close loopholes; Benin had written to the African
    Union Commission asking it to send a mission: "it" asked to act, in a clause joined to one that acts on a state or
    a body, is that state or body (the object of the verb before, or its owner, or whom it was written or spoken to)."""
    asking = tok.head
    if asking.dep_ not in ("conj", "advcl") or asking.head.i >= asking.i:
        return []
    before = asking.head
    named = [c for c in before.children if c.dep_ == "dobj"]
    named += [g for o in named for g in o.children if g.dep_ == "poss"]
    named += [g for p in before.children if p.dep_ == "prep" and p.lower_ == "to" for g in p.children
              if g.dep_ == "pobj"]
    found = [m for m in actors_of(named) if m.kind not in ("person", "anaphor", "role")]
    return [replace(m, start=tok.idx, end=tok.idx + len(tok.text)) for m in found[:1]]


def _counted_among(group) -> list[Mention]:
    """The United States, Israel and Argentina were among the seven countries that voted against the text: what is
    told of a group its subject is among is told of the subject (not of the group's other, unnamed members)."""
    if group.dep_ != "pobj" or group.head.lower_ != "among" or group.head.head.lemma_ != "be" \
            or group.lemma_.lower() not in lex.GROUP_NOUNS:
        return []
    return actors_of([c for c in group.head.head.children if c.dep_ == "nsubj"])


def _partitive_relative(tok) -> bool:
    """both of which, all three of which, each of whom: a relative pronoun under a word of quantity."""
    return (tok.lower_ in ("both", "all", "each") or tok.pos_ == "NUM") and any(
        p.dep_ == "prep" and p.lower_ == "of" and any(g.tag_ in ("WDT", "WP") for g in p.children) for p in tok.children)


def _name_before_comma(first) -> list[Mention]:
    """The actors of the name (or the names coordinated) written right before the comma a clause opens after (France,
    whose foreign minister ...; France and Spain, both of which ...), or none."""
    before = first.doc[first.i - 2] if first.i > 1 and first.doc[first.i - 1].text == "," else None
    while before is not None and before.dep_ == "conj" and before.head.i < before.i:
        before = before.head
    return actors_of([before]) if before is not None and before.pos_ == "PROPN" else []


def _group_named_before(tok) -> list[Mention]:
    """Turkey's Defence Ministry said its drones had hit the PKK ... and accused the group of planning attacks: the
    last armed group (a non-state organisation of the gazetteer) named before the words, or none."""
    for ent in reversed([e for e in tok.doc.ents if e.end <= tok.i and e.label_ in ("ORG", "NORP", "PERSON", "GPE")]):
        place = place_of(ent.text.removeprefix("the ").removeprefix("The "))
        if place is not None and place.kind == "organization":
            return [placed(place, tok.idx, tok.idx + len(tok.text))]
    return []


def _appealed_to(tok) -> bool:
    """African Union Commission Chairperson Mahmoud Ali Youssouf called on both countries to show restraint: whom a
    third party urges or calls on, with no two countries named in its own sentence, are the two sides the article
    sets against each other, not the last two countries named together (Mali and Burkina Faso issued a statement)."""
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    if tok.dep_ not in ("dobj", "pobj") or verb.pos_ != "VERB" or (relation_of(verb) or ("",))[0] != "requests":
        return False
    sent = sentence_of(tok)
    named = {m.text for t in sent if t.i < tok.i and t.ent_type_ == "GPE" for m in (place_or_demonym(t),) if m}
    return len(named) < 2


def _owned_after(tok) -> bool:
    """the government of President Rodrigo Paz, the junta in Niamey: a noun whose owner or place follows it names
    that owner's government, no reference back."""
    return tok.lower_ in lex.GOVERNMENT_NOUNS and (any(p.dep_ == "prep" and p.lower_ in ("of", "in")
                                                       for p in tok.children) or _seat_of(tok) is not None)


def _government_named_before(tok) -> Mention | None:
    """the Georgian government suspended talks ... urged the government to: "the government" or "the junta" alone is
    the last government of that kind the article named with its country, in this sentence or the two before; a junta
    is a military government, so "the junta" is also the last one named so (Myanmar's military government), anywhere
    before it in the article."""
    since = sentence_of(tok).start
    for _ in range(2):
        since = sentence_of(tok.doc[since - 1]).start if since > 0 else 0
    for before in reversed(tok.doc[since if tok.lower_ != "junta" else 0:tok.i]):
        if before.lower_ == tok.lower_ and before.pos_ == "NOUN" or _military_government(before, tok):
            owner = owner_of(before, [])
            if owner is not None and owner.kind == "country":
                return replace(owner, start=tok.idx, end=tok.idx + len(tok.text))
    return None


def _military_government(before, junta) -> bool:
    """Myanmar's military government ... the junta: a government the article called military, read for a junta."""
    return junta.lower_ == "junta" and before.lower_ == "government" \
        and any(c.dep_ in ("amod", "compound") and c.lower_ == "military" for c in before.children)


def _named_in_full(tok) -> bool:
    """the Ministry of Foreign Affairs and Trade: a body's word with a capitalised of-name is the body named in full,
    no reference back to the last ministry (the ministry said)."""
    return tok.text[:1].isupper() and any(p.dep_ == "prep" and p.lower_ == "of" and any(
        g.dep_ == "pobj" and g.text[:1].isupper() for g in p.children) for p in tok.children)


def _speaker_said(pronoun) -> list[Mention]:
    """Asfura thanked Trump and said he would travel to Washington: "he" or "she" as the subject of what a person
    says is that person (the one who says it, written or shared with the verb before)."""
    clause = pronoun.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in lex.SPEECH_VERBS:
        return []
    from kg.extract.en.frames import inherit_subject  # (frames reads actors while it loads)

    said = clause.head
    people = actors_of([c for c in said.children if c.dep_ == "nsubj"] or inherit_subject(said))
    return people if len(people) == 1 and people[0].kind == "person" else []


def _speakers_country(tok) -> list[Mention]:
    """Vucic said his country would not impose sanctions, Abiy said his country had no intention of invading: "his
    country" in what a person says is that person's country."""
    if tok.lower_ not in lex.OWN_COUNTRY_NOUNS or not any(c.dep_ == "poss" and c.lower_ in ("his", "her")
                                                           for c in tok.children):
        return []
    clause = tok.head
    while clause.dep_ in ("conj", "xcomp") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in lex.SPEECH_VERBS:
        return []
    speakers = actors_of([c for c in clause.head.children if c.dep_ == "nsubj"])
    sides = [m for m in speakers[:1] if m.kind == "person" for m in (_country_of(m),) if m is not None]
    return [replace(m, start=tok.idx, end=tok.idx + len(tok.text)) for m in sides]


def _country_of(mention):
    while mention.affiliation is not None:
        mention = mention.affiliation
    return mention if mention.kind == "country" and mention is not None else None


def _role_title(tok) -> str:
    """A role's title as written, with the word before it when the two are one title (Sri Lanka's acting high
    commissioner: high commissioner, the envoy of a Commonwealth country)."""
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    if before is not None and before.head.i == tok.i and f"{before.lower_} {tok.lower_}" in lex.TWO_WORD_ROLES:
        return f"{before.text} {tok.text}"
    return tok.text


def actors_of(tokens) -> list[Mention]:
    return [m for tok in tokens for member in members(tok) for m in read_actor(member)]
