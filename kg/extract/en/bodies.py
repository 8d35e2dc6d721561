"""Government bodies, and whom a role or a body acts for.

A body is a named organisation of a state (the Russian Foreign Ministry, the China Coast Guard, the Pentagon);
its country is the nationality or place written before or inside its name, a possessive (South Korea's
National Intelligence Service), a body above it (the Commerce Department's Bureau of Industry and Security), or
the gazetteer's entry. A role's country is a possessive (China's foreign minister), a nationality or place
written on it (Chinese officials, U.S. officials), an of-phrase (the government of Japan), whom a spokesperson
speaks for, or, for "its" opening a sentence, the country the sentence before was about. Craft stand for their
body (a China Coast Guard vessel).
"""
from __future__ import annotations

from dataclasses import replace

from kg.extract import sentence_of
# (read_actor calls this module, so actors is still loading when it is: called through the module)
from kg.extract.en import actors
from kg.extract.en.cues import relation_of
from kg.extract.en.names import (
    affiliation_chain,
    dateline_country,
    ent_of,
    is_body,
    members,
    mention,
    nationality,
    place_of,
    place_or_demonym,
    placed,
    span_text,
    state_body_country,
    undated,
    without_article,
)
from kg.lang import en as lex
from kg.types import Mention


def owner_of(tok, phrase) -> Mention | None:
    """The country a role or body belongs to: a possessive (China's foreign minister), a demonym
    (Chinese officials), a compound place (U.S. officials), or of-phrase (the government of Japan)."""
    # (China's Foreign Ministry spokeswoman, Mao Ning: the body named on the role, before the possessive that owns
    # the body)
    body = next((b for c in tok.children if c.dep_ in ("compound", "nmod") for b in (_named_body(c),)
                 if b is not None), None)
    if body is not None and any(c.dep_ == "poss" and c.lower_ not in ("its", "their") for c in tok.children):
        return body
    for child in tok.children:
        if child.dep_ == "poss" and child.lower_ in ("its", "their"):
            found = _previous_subject_country(child)
            if found is not None:
                return found
        if child.dep_ == "poss" and body_named_before(child) is not None:
            return body_named_before(child)  # (Randhir Jaiswal, the ministry's spokesman: the ministry named before)
        owned = _named_body(child) if child.dep_ == "poss" else None
        if owned is not None and owned.affiliation.kind == "country":
            return owned  # (the Ukrainian Foreign Ministry's spokesman, Dmytro Levchenko: the ministry)
        body = _named_body(child) if child.dep_ in ("compound", "nmod") else None
        if body is not None:
            return body  # (a State Department spokesperson, Border Guard officers: the body they act for)
        if child.dep_ in ("poss", "compound", "amod", "nmod"):
            # (or a nationality on that word: Afghan Taliban forces)
            # (or the place it is based in: Hong Kong-based companies)
            based = ("npadvmod",) if child.lemma_.lower() == "base" and child.dep_ == "amod" else ()
            found = place_or_demonym(child) or next(
                (m for g in _modifiers(child, based) for m in (place_or_demonym(g),)
                 if m is not None and m.kind == "country"), None)
            if found is None and child.dep_ == "poss" and f"the {child.lower_}" in lex.ANAPHORS \
                    and lex.ANAPHORS[f"the {child.lower_}"] == "organization":
                # the bloc's foreign policy chief, Helena Vaher: the organisation the bloc stands for (when linked)
                found = next(iter(actors.actors_of([child])), None)
            if found is None and child.dep_ == "poss" and tok.lower_ in lex.SPOKESPERSON_NOUNS | {"aide", "adviser",
                                                                                                  "advisor"}:
                # Tinubu's spokesman Bayo Onanuga: who speaks for a leader acts for the leader's country
                found = leaders_country(child)
            if found is not None:
                return found
        if child.dep_ == "prep" and (child.lower_ == "of" or child.lower_ == "from" and tok.lower_ in lex.ROLE_NOUNS):
            for obj in child.children:
                if tok.lower_ in lex.CHAIR_NOUNS and _body_name(obj) is not None:
                    return chaired_body(obj)  # (the chairman of the House Select Committee on China: not China's)
                found = place_or_demonym(obj)
                if found is not None:
                    return found
        if child.dep_ == "prep" and child.lower_ == "for" and tok.lower_ in lex.SPOKESPERSON_NOUNS:
            # a spokeswoman for the ministry, a spokesman for the Chinese embassy: whom they speak for
            for obj in child.children:
                found = [m for m in actors.read_actor(obj)
                         if m.kind in ("government", "organization", "country", "anaphor")]
                if found:
                    return found[0]
    return None


def _modifiers(word, based=()) -> list:
    """The words that modify a modifier, and theirs through a chain of compounds (three Russian MiG-31 fighter jets:
    Russian, on MiG-31, on fighter)."""
    found = []
    for g in word.children:
        if g.dep_ in ("compound", "amod", *based) and g.i < word.i:
            found.append(g)
            if g.dep_ == "compound":
                found += _modifiers(g)
    return found


def leaders_country(tok) -> Mention | None:
    """Tinubu's spokesman, Erdogan's aide: the country of the person a possessive names (as the text gives it, else
    as ontologies/people.ttl does)."""
    from kg.vocab import gazetteer, people

    for m in actors.read_actor(tok):
        if m.kind != "person":
            continue
        if m.affiliation is not None and m.affiliation.kind == "country":
            return m.affiliation
        # (a leader named by one name before "'s" is the one the gazetteer knows by it)
        person = people().lookup(m.text)
        place = gazetteer().get(person.acts_for) if person is not None and person.acts_for else None
        return placed(place, m.start, m.end) if place is not None else None
    return None


def described_body(ent) -> Mention | None:
    """Russia's military intelligence agency, the GRU; the GRU, Russia's military intelligence agency: a name the
    tagger took for an organisation, set in apposition to a body word that has a country, names that country's body
    (None when the name is no organisation, or the word no body of a country)."""
    if ent is None or ent.label_ != "ORG" or is_body(ent) or place_of(ent.text) is not None:
        return None
    root = ent.root
    nouns = ([root.head] if root.dep_ == "appos" else []) + [c for c in root.children if c.dep_ == "appos"]
    for noun in nouns:
        if noun.pos_ == "NOUN" and noun.lower_ in lex.BODY_WORDS:
            owner = owner_of(noun, [])
            if owner is not None and owner.kind == "country":
                return mention(without_article(ent), "government", owner)
    return None


def chaired_body(tok) -> Mention | None:
    """the chairperson of the African Union Commission, the chairman of the Standing Committee of the National
    People's Congress: whoever chairs a named body acts for the body, and the body for the organisation its name
    opens with (the African Union) or, for a state's body, its country. The body, or None."""
    ent = _body_name(tok)
    if ent is None:
        return None
    if is_body(ent):
        return body_of(ent)
    words = without_article(ent)
    parent = next(((place, k) for k in range(len(words) - 1, 0, -1)
                   if (place := place_of(span_text(words[:k]))) is not None and place.kind != "country"), None)
    if parent is None:
        return None
    place, k = parent
    return mention(words, "government", placed(place, words[0].idx, words[k - 1].idx + len(words[k - 1].text)))


def _body_name(tok):
    """The ORG entity naming a body (a commission, a committee, a council) whose name ends at ``tok``, or None."""
    ent = ent_of(tok)
    # (not an organisation the gazetteer knows whole: the chairperson of the African Union is the Union's)
    return ent if ent is not None and ent.label_ == "ORG" and tok.i == ent.end - 1 and tok.lower_ in lex.BODY_HEADS \
        and place_of(ent.text) is None else None


def _named_body(tok) -> Mention | None:
    """The government body whose name ends at ``tok`` (State Department), when its country is known."""
    ent = ent_of(tok)
    # (the Ukrainian Foreign Ministry's: the tagger may take the possessive into the name)
    last = ent.end - 2 if ent is not None and ent[-1].lower_ in ("'s", "’s") else ent.end - 1 if ent is not None else -1
    if ent is None or ent.label_ != "ORG" or tok.i != last or not is_body(ent):
        return None
    body = body_of(ent)
    return body if body.affiliation is not None else None


def body_named_before(tok) -> Mention | None:
    """ministry, the ministry's, Navy: a body's last word written alone in a title stands for the last body of that
    name the article wrote in full (the Belarusian Foreign Ministry, the Sri Lankan Navy)."""
    own = ent_of(tok)
    if own is not None and len(own) > 1 or tok.lower_ not in lex.BODY_HEADS | lex.BODY_WORDS \
            or any(c.dep_ in ("compound", "amod", "nmod") for c in tok.children):
        return None
    for before in reversed([e for e in tok.doc.ents if e.end <= tok.i and e.label_ == "ORG"]):
        last = [t for t in before if t.lower_ not in ("'s", "’s")][-1:]
        # (the Sri Lankan Navy, India's Ministry of External Affairs: its last word or its head)
        if len(before) > 1 and tok.lower_ in (before.root.lower_, *(t.lower_ for t in last)) and is_body(before):
            body = body_of(before)
            return body if body.affiliation is not None else None
        org = place_of(span_text(before)) if len(before) > 1 and tok.lower_ == before[-1].lower_ else None
        if org is not None and org.kind != "country":
            # the European Commission ... Commission President von der Leyen: an organisation the gazetteer knows
            return placed(org, tok.idx, tok.idx + len(tok.text))
    return None


def _previous_subject_country(tok) -> Mention | None:
    """Sudan struck a more cautious tone. Its foreign minister, ...: "its" opening a sentence is the country the
    sentence before was about (its subject), or the body (The Russian Foreign Ministry demanded ... Its
    spokeswoman, Maria Zakharova, ...)."""
    if any(t.i < tok.i and t.pos_ in ("PROPN", "NOUN") for t in sentence_of(tok)):
        return None
    return previous_subject(tok, ("country", "organization", "government"))


def previous_subject(tok, kinds, *, acting_for: bool = False, again: bool = True) -> Mention | None:
    """The one actor of those kinds that the sentence before ``tok``'s is about (its main verb's subject). With
    ``acting_for``, a person or body subject stands for the country it acts for (Prime Minister Alix Didier
    Fils-Aimé asked Ruto ... Foreign Minister Jean-Victor Harvel Jean-Baptiste flew: Haiti)."""
    sent = sentence_of(tok)
    if sent.start == 0:
        return None
    before = sentence_of(tok.doc[sent.start - 1])
    # (KINSHASA — Democratic Republic of Congo on Wednesday accused: the subject set in apposition to a dateline)
    subjects = undated([c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")])
    if not actors.actors_of(subjects):
        # (Burkina Faso's government accused Ivory Coast of sheltering officers it says were plotting: the parser
        # may root the sentence on an inner verb; the first actor written as a subject before it is what it is
        # about, not one inside what is said after it)
        subjects = [t for t in before if t.i < before.root.i and t.dep_ in ("nsubj", "nsubjpass")
                    and actors.actors_of([t])][:1]
    if acting_for and any(s.lower_ == "it" for s in subjects) and dateline_country(tok.doc) is not None:
        # (JOHANNESBURG — South Africa summoned ... The U.S. State Department said ... It added ... Foreign Minister
        # Ronald Lamola: a sentence going on with "it" about another side leaves the minister to the story's own
        # country, the one it was filed from)
        return None
    if acting_for and subjects and all(s.lower_ in ("he", "she") for s in subjects) and before.start > 0 and again:
        # (Tunisian Foreign Minister Nafti urged Tripoli ..., the ministry said. He proposed ... President Kais Saied
        # criticised: "he" goes on with the sentence before, whose side it is)
        return previous_subject(before[0], kinds, acting_for=True, again=False)
    found = actors.actors_of(subjects)
    if acting_for:
        if (relation_of(before.root) or ("",))[0] in lex.MEETING_RELATIONS | {"cooperatesWith", "hosts", "visits"}:
            return None  # (Petrov met Rubio in Riyadh. Foreign Minister Khalid al-Saud ...: either side's, or the host's)
        found = [m if m.kind == "country" else affiliation_chain(m)[-1] for m in found]
    found = [m for m in found if m.kind in kinds]
    return found[0] if len(found) == 1 else None


def coordinated_owners(tok) -> list[Mention]:
    """The places of an of-phrase with several members: ministers of Venezuela and Guyana; and coordinated
    nationalities: Thai and Cambodian forces."""
    for child in tok.children:
        if child.dep_ in ("amod", "compound", "nmod") and any(c.dep_ == "conj" for c in child.children):
            found = [m for member in members(child) for m in (nationality(member),) if m is not None]
            if len(found) > 1:
                return found
    for child in tok.children:
        # (and where they come from: police forces from Chile and Bolivia, officials from both countries)
        if child.dep_ == "prep" and (child.lower_ == "of" or child.lower_ == "from" and tok.lower_ in lex.ROLE_NOUNS):
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return [m for member in members(obj) for m in (place_or_demonym(member),) if m is not None]
    # (the two countries' foreign ministers: a counted group of countries owning the role)
    return next((found for c in tok.children if c.dep_ == "poss" for found in (_counted_countries(c),) if found), [])


def _counted_countries(tok) -> list[Mention]:
    """The two countries' foreign ministers: the countries a counted group of countries owning a role stands for, when
    they are named (not the two sides left to linking). (Written before the role, so the group is read from the words
    before it alone.)"""
    if tok.lemma_.lower() not in lex.COUNTRY_GROUP_NOUNS or not any(c.dep_ == "nummod" for c in tok.children):
        return []
    found = [m for m in actors.actors_of([tok]) if m.kind == "country"]
    return found if len(found) > 1 else []


def body_of(ent) -> Mention:
    """A government body named by an ORG entity, with the nationality written before it (the Russian
    Foreign Ministry: spaCy leaves Russian outside the entity)."""
    tokens = without_article(ent)
    if tokens and tokens[-1].lower_ in ("'s", "’s"):
        tokens = tokens[:-1]  # (the Commerce Department's Bureau: the possessive is no part of the name)
    tokens = tokens + _posted_in(ent)
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.lower_ in ("'s", "’s"):
        # South Korea's National Intelligence Service: the tagger took the possessive into the place; the place
        # owns the body and is no part of its name
        owner = place_or_demonym(ent.doc[before.i - 1]) if before.i else None
        return _named_for(mention(tokens, "government", owner or _owner_in(ent)))
    if before is not None and place_or_demonym(before) is not None and tokens:
        tokens = [before] + tokens
    known = state_body_country(ent)
    owner = placed(known, ent.start_char, ent.end_char) if known is not None else None
    return mention(tokens, "government",
                    owner or _owner_in(ent) or (place_or_demonym(before) if before is not None else None)
                    or _reporters_country(ent) or _home_ministry(ent))


def _home_ministry(ent) -> Mention | None:
    """SEOUL — South Korea lodged a protest ... the Ministry of Oceans and Fisheries denied: a ministry named in full
    with no country, in a story filed from the country its lead is about, is that country's (wire stories name
    their home ministries bare)."""
    if ent.root.lower_ != "ministry" or not any(t.lower_ == "of" for t in ent):
        return None
    home = dateline_country(ent.doc)
    return placed(home, ent.start_char, ent.end_char) if home is not None else None


def _reporters_country(ent) -> Mention | None:
    """Hungarian Foreign Minister Peter Szijjarto said the Ministry of Foreign Affairs and Trade had summoned ...: a
    ministry whose name says no country, in what a national official reports, is the official's country's."""
    if ent.root.lower_ not in ("ministry", "department"):
        return None
    node = ent.root
    while node.dep_ != "ccomp" and node.head.i != node.i:
        node = node.head
    verb = node.head
    if node.dep_ != "ccomp" or verb.lemma_.lower() not in lex.SPEECH_VERBS:
        return None
    speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if speaker is None or speaker.lower_ not in lex.NATIONAL_OFFICES and ent_of(speaker) is None:
        return None
    return next((m for t in speaker.subtree if t.i < speaker.i and t.dep_ in ("amod", "compound", "poss")
                 for m in (place_or_demonym(t),) if m is not None and m.kind == "country"), None)


def _posted_in(ent) -> list:
    """the U.S. Embassy in Ulaanbaatar, the Chinese Embassy in Kathmandu: a mission is named with the place it is in
    (each country has one in every capital); the words after the body's entity, or none."""
    doc = ent.doc
    # (the U.N. Mission in South Sudan: the tagger may take the "in" into the body's entity)
    at = ent.end - 1 if ent[-1].lower_ == "in" else ent.end
    if ent.root.lower_ not in lex.MISSION_WORDS or at + 1 >= len(doc) or doc[at].lower_ != "in":
        return []
    place = ent_of(doc[at + 1])
    if place is None or place.start != at + 1 or place_of(place.text) is None:
        return []  # (a place the gazetteer knows, whatever the tagger took it for)
    return [*place] if at < ent.end else [doc[ent.end], *place]


def _named_for(body: Mention) -> Mention:
    """China's Foreign Ministry is the Chinese Foreign Ministry: a ministry's bare name (Foreign Ministry) is every
    country's, so it takes its country's nationality word, as it is written before the name elsewhere (a name
    of its own, such as South Korea's National Intelligence Service, stays as it is)."""
    owner = body.affiliation
    place = place_of(owner.text) if owner is not None and owner.kind == "country" else None
    word = lex.NATIONALITY_OF.get(place.pref_en) if place is not None else None
    # (and a general staff: Ukraine's General Staff is the Ukrainian General Staff)
    # (and a body every state has, named by that alone: Argentina's Senate is the Argentine Senate, Ghana's Navy the
    # Ghanaian Navy; not a name of its own)
    generic = set(body.text.lower().split()) <= lex.EVERY_STATES_BODY_WORDS
    if word is None or body.text.startswith(word) or "ministry" not in body.text.lower() \
            and not body.text.lower().endswith("general staff") and not generic:
        return body
    return replace(body, text=f"{word} {body.text}")


def _owner_in(ent) -> Mention | None:
    owner = next((m for c in ent.root.children if c.dep_ == "poss" and c.i < ent.start
                  for m in (place_or_demonym(c),) if m is not None), None)
    if owner is not None:
        return owner  # North Korea's state-run Korean Central News Agency: the possessor says whose
    # (the U.S. Commerce Department's Bureau of Industry and Security: a body of a body)
    above = next((e for c in ent.root.children if c.dep_ == "poss" and c.i < ent.start
                  for e in (ent_of(c),) if e is not None and e.label_ == "ORG" and is_body(e)), None)
    if above is not None:
        return body_of(above)
    for t in ent:
        found = place_or_demonym(t)
        if found is None and t.pos_ == "PROPN" and (place := place_of(t.text)) is not None:
            # the China Coast Guard: the country's name inside the body's own entity
            found = placed(place, t.idx, t.idx + len(t.text), t.text)
        if found is not None:
            return found
    for t in ent:
        # the Armed Forces of Ivory Coast, the Ministry of Foreign Affairs of Sri Lanka: a country of several words
        # named after "of" at the end of the body's name
        place = place_of(span_text(ent.doc[t.i + 1:ent.end])) if t.lower_ == "of" and t.i + 1 < ent.end else None
        if place is not None:
            return placed(place, ent.doc[t.i + 1].idx, ent.end_char)
    head = ent.root
    return owner_of(head, list(ent))


def craft_body(tok) -> Mention | None:
    """a China Coast Guard vessel, Israeli Air Force jets: craft stand for the named body they belong to."""
    if tok.lower_ not in lex.CRAFT_NOUNS:
        return None
    for child in tok.children:
        body = ent_of(child) if child.dep_ == "compound" else None
        if body is not None and body.label_ == "ORG" and is_body(body):
            return body_of(body)
    return None


def mission_place(tok) -> list:
    """the Russian embassy in Riga: a mission's name goes on with the place it is in (one word or a name)."""
    if tok.lower_ not in ("embassy", "consulate") or tok.i + 2 >= len(tok.doc):
        return []
    prep, place = tok.doc[tok.i + 1], tok.doc[tok.i + 2]
    if prep.lower_ != "in" or prep.head.i != tok.i or place.pos_ != "PROPN" or place.ent_type_ not in ("GPE", "LOC"):
        return []
    end = place.i
    while end + 1 < len(tok.doc) and tok.doc[end + 1].pos_ == "PROPN" and tok.doc[end + 1].ent_type_ == place.ent_type_:
        end += 1
    return list(tok.doc[tok.i + 1:end + 1])


def untagged_body(tok, ent) -> Mention | None:
    """The Saudi Foreign Ministry when the tagger left it outside any entity: a capitalised body word with the
    capitalised words before it, one of them naming the country."""
    # (the Chinese foreign ministry: news writes a ministry in lower case after its nationality)
    lower = tok.lower_ in lex.LOWERCASE_BODIES and tok.pos_ in ("PROPN", "NOUN")
    if ent is not None or tok.pos_ != "PROPN" and not lower or tok.lower_ not in lex.BODY_WORDS:
        return None
    i = tok.i
    while i > 0 and (tok.doc[i - 1].text[:1].isupper() or lower) and tok.doc[i - 1].pos_ in ("PROPN", "ADJ") \
            and tok.doc[i - 1].head.i == tok.i:
        i -= 1
    tokens = list(tok.doc[i:tok.i + 1]) + mission_place(tok)
    owner = next((m for t in tokens[:-1] for m in (place_or_demonym(t),) if m is not None
                  and t.i < tok.i), None)
    if owner is None and lower and len(tokens) > 1:
        # (Iran's foreign ministry lodged a complaint, ..., accusing: the country's possessive before it, and the
        # Iranian foreign ministry is its name, as China's Foreign Ministry is the Chinese Foreign Ministry)
        owner = next((m for c in tok.children if c.dep_ == "poss" for m in (place_or_demonym(c),)
                      if m is not None and m.kind == "country"), None)
        return _named_for(mention(tokens, "government", owner)) if owner is not None else None
    if owner is None:
        return None
    return mention(tokens, "government", owner)
