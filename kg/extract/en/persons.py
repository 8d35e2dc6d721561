"""People and their titles: a name is a person, and its title or apposition says whom the person acts for.

English writes a title before the name (U.S. Secretary of State Marco Rubio, Chinese Foreign Ministry
spokesperson Lin Jian) or sets a role in apposition after it (Wang Yi, China's foreign minister,). The tagger
often gets such names wrong: it takes a title into the name (Crown Prince Mohammed bin Salman), a name for a
place (Vassily Nebenzia), or a title for the head of the phrase (Marles and Philippine Defense Secretary
Gilberto Teodoro), or leaves a name untagged (Gedion Timothewos, Ethiopia's foreign minister). A family name
used alone later (Teodoro; Prabowo for Prabowo Subianto) is the person written in full.
"""
from __future__ import annotations

from dataclasses import replace
from weakref import WeakKeyDictionary

from kg.extract import sentence_of
from kg.extract.en.bodies import (body_named_before, body_of, leaders_country, owner_of, previous_subject,
                                  untagged_body)
from kg.extract.en.names import (
    affiliation_chain,
    demonym_of,
    dateline_country,
    filed_from,
    ent_of,
    hyphenated_places,
    is_body,
    kind_of,
    known_person,
    mention,
    named_counterpart,
    place_of,
    place_key,
    place_or_demonym,
    placed,
    span_text,
    without_article,
)
from kg.extract.en.offices import acted_on, commission, organisation_in_title, posting_role
from kg.lang import en as lex
from kg.types import Mention
from kg.vocab import gazetteer


def titled_name(tok, ent) -> list[Mention]:
    """Marles and Philippine Defense Secretary Gilberto Teodoro: a title the parser made the head of the phrase
    (the conjunct) stands for the name written right after it."""
    if ent is not None or tok.pos_ != "PROPN" or tok.i + 1 >= len(tok.doc):
        return []
    if not (tok.lemma_.lower() in lex.ROLE_NOUNS or tok.lower_ in lex.ROLE_NOUNS):
        return []
    after = ent_of(tok.doc[tok.i + 1])
    if after is None or after.label_ != "PERSON" or after.start != tok.i + 1:
        return []
    return from_entity(after, after.root)


def name_before_role(tok, ent) -> list[Mention]:
    """Gedion Timothewos, Ethiopia's foreign minister: a name of two words or more with a role in apposition is a
    person acting for the role's country, whatever the tagger made of the name (a place, or part of one)."""
    if tok.pos_ != "PROPN" or (ent is not None and ent.label_ == "PERSON"):
        return []
    roles = [c for c in tok.children if c.dep_ == "appos" and (c.lemma_.lower() in lex.ROLE_NOUNS or c.lower_ in lex.ROLE_NOUNS)
             and not named_counterpart(c)]
    # (a capitalised family name the tagger took for a word: He / Yongqian, a spokeswoman)
    names = sorted([t for t in tok.children if t.dep_ == "compound" and (t.pos_ == "PROPN" or t.text.istitle())]
                   + [tok], key=lambda t: t.i)
    # (Asfura, Honduras's president-elect: one name is enough for a person already named in full)
    if not roles or len(names) < 2 and not _named_in_full_before(tok) or names[-1].i - names[0].i != len(names) - 1:
        return []
    if place_of(span_text(names)) is not None or any(place_of(t.text) is not None for t in names):
        return []
    return [mention(names, "person", owner_of(roles[0], []) or _served_country(roles[0]))]


def _served_country(role) -> Mention | None:
    """Celso Amorim, chief foreign policy adviser to Brazilian President Lula: an aide acts for the country of the
    person served."""
    if role.lemma_.lower() not in lex.AIDE_NOUNS and role.lower_ not in lex.AIDE_NOUNS:
        return None
    return next((c for p in role.children if p.dep_ == "prep" and p.lower_ == "to" for g in p.children
                 if g.dep_ == "pobj" for c in (leaders_country(g),) if c is not None), None)


def _named_in_full_before(tok) -> bool:
    return any(e.label_ == "PERSON" and len(e) > 1 and e.end <= tok.i and tok.text in (e[0].text, e[-1].text)
               for e in tok.doc.ents)


def named_in_apposition(tok, ent, role=None) -> list[Mention]:
    """his Philippine counterpart, Gilberto Teodoro: a proper name in apposition to a role is a person, who
    acts for the role's country, whatever the tagger made of the name."""
    head = role or posting_role(tok.head) or tok.head
    # (whose director, Mahmood Amiry-Moghaddam: a name the tagger took for an organisation's, which is no body and
    # no name the gazetteer knows)
    if tok.pos_ != "PROPN" or tok.dep_ != "appos" or (ent is not None and ent.label_ != "PERSON" and not (
            ent.label_ == "ORG" and not is_body(ent) and gazetteer().lookup(ent.text) is None)):
        return []
    if not (head.lemma_.lower() in lex.ROLE_NOUNS or head.lower_ in lex.ROLE_NOUNS or head.lower_ == "counterpart"
            or head.lower_ in lex.DIPLOMAT_NOUNS or head.lower_ in lex.CHAIR_NOUNS and head.i < tok.i):  # (the French charge d'affaires, Laurent Dufay,)
        return []
    names = sorted(_name_compounds(tok), key=lambda t: t.i)
    while len(names) > 2 and (names[0].lower_ in lex.NAME_TITLES | lex.NAME_PREFIXES or names[0].lower_ in lex.ROLE_NOUNS):
        # (the head of the mission, former Dominican President Leonel Fernandez: no title; the junta's spokesman,
        # Colonel Ahmat Brahim Haggar: no rank)
        names = names[1:]
    if len(names) >= 2 and all(t.text in ("-", "‐") for t in tok.doc[names[0].i:names[-1].i + 1] if t not in names):
        names = list(tok.doc[names[0].i:names[-1].i + 1])  # (Amiry-Moghaddam: a hyphen inside the family name)
    if len(names) < 2 or names[-1].i - names[0].i != len(names) - 1 or place_of(span_text(names)) is not None:
        return []
    # (The African Union's Commission chairperson, Mahmoud Ali Youssouf: a title that says no owner leaves it to the
    # people gazetteer)
    owner = owner_of(head, []) or known_country(span_text(names), names[0].idx, names[-1].idx + len(names[-1].text)) \
        or _host_counterpart(head, names) or _office_holder_country(head)
    return [mention(names, "person", owner)]


def _office_holder_country(role) -> Mention | None:
    """Simina's predecessor, David Panuelo: whoever held a person's office before or after them acts for the same
    country."""
    if role.lemma_.lower() not in ("predecessor", "successor"):
        return None
    holders = [m for c in role.children if c.dep_ == "poss" for m in actors_of_tokens([c]) if m.kind == "person"]
    # (the holder named alone: as titled where the article named them in full before)
    named = [m for h in holders[:1] for e in role.doc.ents if e.label_ == "PERSON" and e.end <= role.i
             and e[-1].text == h.text.split()[-1] for m in actors_of_tokens([e.root]) if m.kind == "person"]
    found = [m for h in holders[:1] + named for m in affiliation_chain(h) if m.kind == "country"]
    return replace(found[-1], start=role.idx, end=role.idx + len(role.text)) if found else None


def _host_counterpart(role, names) -> Mention | None:
    """PORT LOUIS (Reuters) - ... Modi signed the pact with his counterpart, Navin Ramgoolam: a counterpart with no
    country, of someone who acts for another country than the one the story was filed from, is the host's."""
    home = dateline_country(role.doc) if role.lower_ in ("counterpart", "counterparts") else None
    verb = role.head.head if role.dep_ == "pobj" else role.head
    if home is None or verb.pos_ != "VERB":
        return None
    from kg.extract.en.frames import inherit_subject  # (frames reads people through this module)

    guests = {place_key(m) for s in actors_of_tokens([c for c in verb.children if c.dep_ == "nsubj"]
                                                     or inherit_subject(verb)) for m in affiliation_chain(s)}
    if not guests or home.key in guests:
        return None
    return placed(home, names[0].idx, names[-1].idx + len(names[-1].text))


def _name_compounds(tok) -> list:
    """The words of a name compounded onto its last one, however deep the parser nests them (Mohammed / bin under
    Abdulrahman, under Thani), with the particles between them."""
    found = [tok]
    for child in tok.children:
        if child.dep_ == "compound" and (child.pos_ == "PROPN" or child.lower_ in lex.NAME_PARTICLES):
            found.extend(_name_compounds(child))
    return found


def titled_in_apposition(ent) -> bool:
    """Vassily Nebenzia, Russia's U.N. envoy: a name of two words or more followed by a role in apposition."""
    return len(ent) >= 2 and all(t.pos_ == "PROPN" for t in ent) and any(
        c.dep_ == "appos" and (c.lemma_.lower() in lex.ROLE_NOUNS or c.lower_ in lex.ROLE_NOUNS)
        for c in ent.root.children)


def known_surname(tok) -> bool:
    ent = ent_of(tok)
    if ent is not None and ent.label_ != "PERSON" and len(ent) > 1 and tok.i == ent.end - 1:
        # Foreign Minister Espen Barth Eide ... Barth Eide said: the last words of a person's full name, which the
        # tagger took for another kind of name when read again alone, are that person
        return ent.text in _name_tails(tok.doc)
    if ent is not None and (ent.label_ == "PERSON" or len(ent) > 1):
        return False
    return tok.text in _surnames(tok.doc)


def _name_tails(doc) -> frozenset[str]:
    """The last two words or more of each full name of three words or more (Barth Eide of Espen Barth Eide)."""
    return frozenset(e[i:].text for e in doc.ents for e in (ent_of(e[0]),) if e.label_ == "PERSON" and len(e) > 2
                     for i in range(1, len(e) - 1))


def _surnames(doc) -> frozenset[str]:
    cached = _SURNAMES.get(doc)
    if cached is None:
        # (and the first: Indonesians go by one of their names, Prabowo Subianto is Prabowo)
        # (the names as repaired, not as tagged: Espen Barth / Eide, whose family name the tagger left out, is Eide)
        cached = frozenset(w.text for e in doc.ents for e in (ent_of(e[0]),) if e.label_ == "PERSON" and len(e) > 1
                           for w in (e[0], e[-1])
                           if w.text[:1].isupper() and w.lower_ not in lex.ROLE_NOUNS and place_of(w.text) is None)
        # (and the names read from a role in apposition: Tatyana Moskalkova, Russia's commissioner, then Moskalkova)
        cached |= frozenset(tok.text for tok in doc if tok.pos_ == "PROPN" and tok.dep_ != "compound"
                            and any(m.kind == "person" for m in name_before_role(tok, ent_of(tok))))
        _SURNAMES[doc] = cached
    return cached


_SURNAMES: WeakKeyDictionary = WeakKeyDictionary()  # Doc -> the surnames of its people (worked out once)


def from_entity(ent, tok) -> list[Mention]:
    tokens = without_article(ent)
    if any(t.text == "," for t in tokens) and tok.i in range(ent.start, ent.end):
        # Mali and Niger, Burkina Faso's partners: the tagger may run two names a comma parts into one entity; the
        # token is the name of its own part
        start = max((t.i + 1 for t in tokens if t.text == "," and t.i < tok.i), default=tokens[0].i)
        end = min((t.i for t in tokens if t.text == "," and t.i > tok.i), default=tokens[-1].i + 1)
        tokens = list(ent.doc[start:end])
    if not tokens:
        return []
    text = span_text(tokens).removesuffix("'s").removesuffix("’s").strip()
    if ent.label_ == "PERSON":
        tokens = _name_tokens(ent, tokens)
        text = span_text(tokens).removesuffix("'s").removesuffix("’s").strip()
    if ent.label_ == "PERSON" and place_of(text) is None:  # (the tagger takes Kyiv for a person now and then)
        owner = _title_owner(ent) or _body_titled_in(ent, tokens) or _known_country(text, ent)
        if len(tokens) == 1:
            text = full_name_before(tokens[0]) or text  # (Lin, after Lin Jian: Lin Jian)
        return [mention(tokens, "person", owner, text=text)]
    if place_of(text) is None and (known_person(text) or titled_in_apposition(ent)):
        # Vassily Nebenzia tagged a place: a person of ontologies/people.ttl is a person whatever the tagger says
        return [mention(tokens, "person", _title_owner(ent) or _known_country(text, ent), text=text)]
    place = place_of(text)
    if place is not None:
        return [mention(tokens, kind_of(place), text=text)]
    pair = hyphenated_places(tokens)
    if pair:
        return pair  # Venezuela-Guyana talks, the U.S.-Japan alliance: both sides
    if ent.label_ == "NORP":
        demonym = demonym_of(ent[0]) if len(ent) == 1 else None
        if demonym is not None and tok.i in range(ent.start, ent.end) and tok.dep_ not in ("amod", "compound"):
            return [mention(tokens, "country", text=demonym.pref_en)]
        return []
    if ent.label_ == "ORG" and is_body(ent):
        return [body_of(ent)]
    if titled_organisation_name(ent, tokens):
        while tokens[0].lower_ in lex.NAME_TITLES:
            tokens = tokens[1:]  # (Navy spokesman Commodore Aminu Danjuma: the rank is no part of the name)
        return [mention(tokens, "person", _title_owner(ent), text=span_text(tokens))]
    return []


def titled_organisation_name(ent, tokens) -> bool:
    """Kremlin spokesman Vadim Orlov, Energy Minister Daniyar Sarsenbayev: a name of two capitalised words right after
    a role written as a title is a person, also when the tagger took it for an organisation's (one that is no
    government body and no name the gazetteer knows)."""
    if ent.label_ != "ORG" or not 2 <= len(tokens) <= 4 or ent.start == 0:
        return False
    role = ent.doc[ent.start - 1]
    if not (role.lemma_.lower() in lex.ROLE_NOUNS or role.lower_ in lex.ROLE_NOUNS) or role.head.i not in range(
            ent.start, ent.end) or role.dep_ != "compound":
        return False
    names = [t for t in tokens if t.lower_ not in lex.NAME_TITLES]
    return len(names) >= 2 and all(t.pos_ == "PROPN" and t.is_title and t.is_alpha for t in names) \
        and gazetteer().lookup(span_text(tokens)) is None and not any(place_of(t.text) for t in tokens)


def _body_titled_in(ent, name) -> Mention | None:
    """African Union Commission Chairperson Mahmoud Ali Youssouf: the body a chair's title the tagger took into the
    name opens with is whom the chair acts for, and the body acts for the organisation its name opens with."""
    words = [t for t in without_article(ent) if t.i < name[0].i]
    if len(words) < 3 or words[-1].lower_ not in lex.CHAIR_NOUNS or words[-2].lower_ not in lex.BODY_HEADS:
        return None
    body = words[:-1]
    parent = next(((place, k) for k in range(len(body) - 1, 0, -1)
                   if (place := place_of(span_text(body[:k]))) is not None and place.kind != "country"), None)
    if parent is None:
        return None
    place, k = parent
    return mention(body, "government", placed(place, body[0].idx, body[k - 1].idx + len(body[k - 1].text)))


def _name_tokens(ent, tokens) -> list:
    """A person's name as written, from the entity's tokens."""
    # Crown Prince Mohammed bin Salman, Sheikh Tamim, Spokesperson Randhir Jaiswal: a title or role the tagger took
    # into the name is no part of it
    while len(tokens) > 1 and (tokens[0].lower_ in lex.NAME_TITLES | lex.NAME_PREFIXES or tokens[0].lower_ in lex.ROLE_NOUNS):
        tokens = tokens[1:]
    # (African Union Commission Chairperson Mahmoud Ali Youssouf: a body's name and the title after it, taken into the
    # name, are no part of it when a name of two words or more follows the title)
    last_title = max((k for k, t in enumerate(tokens[:-2]) if t.lower_ in lex.CHAIR_NOUNS | lex.SPOKESPERSON_NOUNS),
                     default=None)
    if last_title is not None:
        tokens = tokens[last_title + 1:]
    # (and a capitalised family name it left out: He / Yongqian)
    tokens = [t for t in ent.root.children if t.dep_ == "compound" and t.i == tokens[0].i - 1
              and t.text.istitle() and t.pos_ == "PRON"] + tokens
    return _with_particles(tokens)


def _person_name(ent) -> str:
    return span_text(_name_tokens(ent, without_article(ent))).removesuffix("'s").removesuffix("’s").strip()


def full_name_before(tok) -> str | None:
    """Lin Jian ... Lin also urged Washington ... Lin Chia-lung, Taiwan's foreign minister: a name used alone, when
    several people of the article bear it, is the last of them named in full before it (not a later namesake);
    None when one person bears it (linking finds them)."""
    before, names = None, set()
    for ent in tok.doc.ents:
        full = ent_of(ent[0])
        # (President Rodrigo Paz ... in La Paz ... Paz met Boric: a place the tagger took for a person is no namesake)
        if full is not None and full.label_ == "PERSON" and len(full) > 1 and tok.text in (full[0].text, full[-1].text) \
                and place_of(full.text) is None:
            name = _person_name(full)
            names.add(name)
            before = name if full.end <= tok.i else before
    return before if len(names) > 1 else None


def particled_person(tok, ent) -> list[Mention]:
    """Ursula von der | Leyen: a family name the tagger cut off a person's name at its particles (and took for
    something else) is that person."""
    if ent is not None and ent.label_ == "PERSON" or not tok.is_title:
        return []
    k = tok.i - 1
    while k >= 0 and tok.doc[k].lower_ in lex.NAME_PARTICLES:
        k -= 1
    before = ent_of(tok.doc[k]) if 0 <= k < tok.i - 1 else None
    if before is None or before.label_ != "PERSON":
        return []
    found = from_entity(before, before.root)
    return found if found and found[0].end >= tok.idx + len(tok.text) else []


def _with_particles(tokens) -> list:
    """Ursula von der | Leyen: the family name after particles (von der, de la, bin) that the tagger cut off."""
    doc, end = tokens[0].doc, tokens[-1].i + 1
    k = end
    while k < len(doc) and doc[k].lower_ in lex.NAME_PARTICLES:
        k += 1
    if k < len(doc) and (k > end or tokens[-1].lower_ in lex.NAME_PARTICLES) and doc[k].is_title and doc[k].is_alpha:
        return list(tokens) + list(doc[end:k + 1])
    return tokens


def actors_of_tokens(tokens) -> list[Mention]:
    # (actors reads names through this module, so it is still loading when it is: called through the package)
    from kg.extract.en.actors import actors_of

    return actors_of(tokens)


def _known_country(text: str, ent) -> Mention | None:
    """Whom a person of ontologies/people.ttl acts for, when the text gives a title without a country (Chief
    Cabinet Secretary Minoru Kihara)."""
    return known_country(text, ent.start_char, ent.end_char)


def known_country(text: str, start: int, end: int) -> Mention | None:
    """Whom a person of ontologies/people.ttl, named in full, acts for (placed at the name)."""
    from kg.vocab import people

    person = people().lookup(text) if " " in text else None
    if person is None or not person.acts_for:
        return None
    place = gazetteer().get(person.acts_for)
    return placed(place, start, end)


def _title_owner(ent) -> Mention | None:
    """U.S. Secretary of State Marco Rubio, Chinese Foreign Ministry spokesperson Lin Jian, and appositions:
    Wang Yi, China's foreign minister."""
    head = ent.root
    start = sentence_of(ent[0]).start
    title = title_before(ent)
    if any(t.lower_ in lex.FORMER_WORDS for t in title):
        return None  # (Former Bolivian President Evo Morales, Peru's then-president Pedro Castillo: no longer acts for it)
    for t in title:  # a body first (Chinese Foreign Ministry spokesperson), then a country (U.S. Secretary)
        ent_t = ent_of(t)
        if ent_t is not None and ent_t.label_ == "ORG" and is_body(ent_t):
            body = body_of(ent_t)
            if body.affiliation is not None:
                return body
    for t in title:
        # (Chinese Foreign Ministry spokesperson Lin Jian, where the tagger left the body untagged)
        body = untagged_body(t, None) if not t.ent_type_ and t.pos_ == "PROPN" else None
        if body is not None:
            return body
    bloc_commission = commission(title) or _bloc_commission(title)
    if bloc_commission is not None:
        return bloc_commission
    for t in title:
        found = place_or_demonym(t)
        if found is not None:
            return found
    found = organisation_in_title(title)
    if found is not None:
        return found  # (Pacific Islands Forum Secretary General Baron Waqa, the tagger cutting the name short)
    if any(t.lower_ in lex.SPOKESPERSON_NOUNS for t in title):
        # Tinubu's spokesman Bayo Onanuga: who speaks for a leader acts for the leader's country
        found = next((c for t in title if t.dep_ == "poss" and t.pos_ == "PROPN"
                      for c in (leaders_country(t),) if c is not None), None)
        if found is not None:
            return found
    office = " ".join(t.lower_ for t in ent.doc[max(start, ent.start - 4):ent.start])  # (title_before stops at "of")
    national = next((place_of(c) for o, c in lex.NATIONAL_TITLES.items() if office.endswith(o)), None)
    if national is not None:
        return placed(national, ent.start_char, ent.end_char)  # (Deputy Secretary of State Christopher Landau)
    for t in title:
        # ministry spokesman Ruslan Varankov, Navy spokesman Buddhika Sampath: the body named in full before
        body = body_named_before(t)
        if body is not None:
            return body
    if title and title[0].i == start and _national_office(title, ent):
        # Rwanda denied the accusation. Foreign Minister Olivier Nduhungirehe said ...: a national office with no
        # country opening a sentence is the country the sentence before was about (its only country subject), unless
        # the sentence itself names that country (Israel struck Hodeidah. Prime Minister al-Rahawi threatened Israel)
        found = previous_subject(ent[0], ("country",), acting_for=True)
        if found is not None and place_key(found) not in acted_on(head):
            return found
    if title and title[0].i > start and ent.doc[title[0].i - 1].text == "," and _national_office(title, ent):
        # In Georgetown, President Irfaan Ali ...; Speaking to reporters in Algiers, Foreign Minister Ahmed Attaf ...:
        # a national office with no country after a phrase opening the sentence that places it in a country
        # (its capital) is that country's
        opening = ent.doc[start:title[0].i - 1]
        places = {place_key(m): m for p in opening if p.dep_ == "prep" and p.lower_ == "in" for g in p.children
                  if g.dep_ == "pobj" for m in (place_or_demonym(g),) if m is not None and m.kind == "country"}
        if len(places) == 1 and not any(t.ent_type_ == "PERSON" for t in opening):
            return next(iter(places.values()))
        if not places and not any(t.ent_type_ or t.pos_ == "PRON" for t in opening):
            # Guinea's military government rejected the account. In a statement read on state television, government
            # spokesman Ousmane Diallo said ...: an opening phrase that names no one leaves the office to the country
            # the sentence before was about, as when the office opens the sentence
            found = previous_subject(ent[0], ("country",), acting_for=True)
            if found is not None and place_key(found) not in acted_on(head):
                return found
    if title and _national_office(title, ent):
        found = _sender_country(head) or _reported_country(head) or _companion_country(head)
        if found is not None:
            return found
        if head.dep_ == "nsubj" and head.head.lemma_.lower() in lex.SPEECH_VERBS and any(
                c.dep_ in ("ccomp", "parataxis") and c.i < head.i for c in head.head.children) \
                and dateline_country(ent.doc) is None:
            # Sierra Leone accused Guinean soldiers ... The attackers withdrew ..., Defence Minister Mohamed Kamara
            # said: an office with no country closing what it reports of no country speaks for the country the
            # sentence before was about (when no dateline says where the story is from)
            found = previous_subject(ent[0], ("country",), acting_for=True)
            if found is not None and place_key(found) not in acted_on(head):
                return found
        # KATHMANDU (Reuters) - ... Prime Minister Sushila Karki said: a national office with no country and nothing
        # around it to say whose is the country the story was filed from (news names its own officials bare),
        # unless the name's own verb acts on that country
        home = dateline_country(ent.doc)
        if home is not None and home.key not in acted_on(head):
            return placed(home, ent.start_char, ent.end_char)
    if any(t.lower_ in lex.ROLE_NOUNS for t in title):
        # Prime Minister Hristijan Mickoski of North Macedonia: the title's country written after the name
        found = next((m for p in head.children if p.dep_ == "prep" and p.lower_ == "of" and p.i >= ent.end
                      for o in p.children if o.dep_ == "pobj"
                      for m in (place_or_demonym(o),) if m is not None and m.kind == "country"), None)
        if found is not None:
            return found
    for child in head.children:
        if child.dep_ == "relcl" and child.lemma_.lower() in lex.HEADING_VERBS:
            # Kuan Bi-ling, who heads the Ocean Affairs Council; Chung Dong-young, who heads the ministry: whoever
            # heads a body acts for it
            body = next((b for o in child.children if o.dep_ == "dobj" for b in (_headed_body(o),) if b is not None),
                        None)
            if body is not None:
                return body
        if child.dep_ == "appos":
            # Maria Zakharova, the Russian Foreign Ministry spokeswoman; Esmaeil Baghaei, a spokesman for the
            # Iranian Foreign Ministry; Wang Yi, China's foreign minister
            # (not where an envoy is sent: President Macron's personal envoy for Lebanon acts for France)
            posted = {t.i for p in child.subtree if p.dep_ == "prep" and p.lower_ in lex.POSTING_PREPS
                      and p.head.lemma_.lower() in lex.ENVOY_NOUNS for t in p.subtree}
            # (nor the state a territory broke away from: president of the breakaway Somali region of Somaliland)
            posted |= {t.i for t in child.subtree if any(c.lower_ in lex.BREAKAWAY for c in t.head.children)}
            # (nor a place named in what a relative clause says of them: the gang coalition that controls most of
            # the capital)
            posted |= {t.i for r in child.subtree if r.dep_ in ("relcl", "acl") for t in r.subtree}
            for t in child.subtree:
                ent_t = ent_of(t)
                if ent_t is not None and ent_t.label_ == "ORG" and is_body(ent_t):
                    body = body_of(ent_t)
                    # (the head of the Sovereignty Council and Sudan's de facto leader: a body whose name says no
                    # country is the country the rest of the apposition gives)
                    country = None if body.affiliation is not None else next(
                        (m for u in child.subtree if u.i not in posted and not ent_t.start <= u.i < ent_t.end
                         and (m := place_or_demonym(u)) and m.kind == "country"), None)
                    return replace(body, affiliation=country) if country is not None else body
            owner = owner_of(child, []) or _leader_country(child) or _served_country(child) or next(
                (m for t in child.subtree if t.i not in posted and (m := place_or_demonym(t))), None)
            if owner is not None:
                return owner
    return None


def _bloc_commission(title) -> Mention | None:
    """ECOWAS Commission President Abdoulie Jallow: a Commission named by an international organisation before it,
    untagged, is that organisation's body (as the African Union Commission is when tagged)."""
    # (the parser may cut the organisation's name off the title: ECOWAS as the root, Commission President after it)
    words = [title[0].doc[title[0].i - 1], *title] if title and title[0].text == "Commission" and title[0].i else list(title)
    for before, word in zip(words, words[1:]):
        org = place_of(before.text) if word.text == "Commission" and before.text.isupper() else None
        if org is not None and org.kind != "country":
            return mention([before, word], "government", placed(org, before.idx, before.idx + len(before.text),
                                                                text=before.text))
    return None


def _sender_country(name) -> Mention | None:
    """China sent Vice Foreign Minister Sun Weidong; Beijing dispatched Special Envoy X: an official with no country
    whom a country sends acts for it (not for where the story was filed from)."""
    # (the parser may make the name a second subject after the verb: China, which attended ..., sent X)
    verb = name.head if name.dep_ == "dobj" or name.dep_ == "nsubj" and name.i > name.head.i else None
    if verb is None or verb.lemma_.lower() not in lex.SENDING_VERBS:
        return None
    from kg.extract.en.frames import inherit_subject  # (frames reads people through this module)

    senders = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i] or inherit_subject(verb)
    found = [m for m in map(_country_above, actors_of_tokens(senders)) if m is not None]
    return found[0] if len(found) == 1 else None


def _companion_country(name) -> Mention | None:
    """Foreign Minister Sugiono, who accompanied Prabowo; Interior Minister Fernando Ruiz, who travelled with Navarro:
    a national office with no country, said to go along with someone, is the country of whom they go along with."""
    companions = [g for r in name.children if r.dep_ == "relcl" for g in (
        [o for o in r.children if o.dep_ == "dobj"] if r.lemma_.lower() in lex.ACCOMPANYING_VERBS else
        [o for p in r.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children if o.dep_ == "pobj"]
        if r.lemma_.lower() in lex.TRAVEL_VERBS else [])]
    found = {place_key(c): c for m in actors_of_tokens(companions) for c in (person_country(m, name.doc),)
             if c is not None}
    return next(iter(found.values())) if len(found) == 1 else None


def person_country(m: Mention, doc) -> Mention | None:
    """The country a person acts for: as their mention says, or for a name used alone, as the mention of the person of
    that name the article wrote before with a title says (Paraguayan President Santiago Peña ... Peña)."""
    top = affiliation_chain(m)[-1]
    if top.kind == "country" or m.kind != "person":
        return top if top.kind == "country" else None
    surname = m.text.split()[-1]
    for ent in doc.ents:
        if ent.label_ == "PERSON" and ent.end_char <= m.start and ent[-1].text == surname:
            earlier = [affiliation_chain(a)[-1] for a in actors_of_tokens([ent.root]) if a.kind == "person"]
            if earlier and earlier[0].kind == "country":
                return earlier[0]
    return None


def _reported_country(name) -> Mention | None:
    """Kenya will withdraw its police, President William Ruto said: a national office with no country that says
    what one country will do speaks for it; Sheinbaum said she had instructed Foreign Minister X, Lamola said
    Trade Minister Parks Tau would lead: named in what someone says, the office is the speaker's country's."""
    verb = name.head if name.dep_ == "nsubj" else None
    if verb is not None and verb.lemma_.lower() in lex.SPEECH_VERBS:
        # (and Foreign Minister X said Benin remained open to talks: a readiness an official states is their own
        # country's offer)
        said = [g for c in verb.children if c.dep_ in ("ccomp", "parataxis") and (c.i < verb.i and not _quoted_state(c)
                                                                                   or any(
                    a.dep_ == "acomp" and a.lower_ in lex.READY_ADJECTIVES for a in c.children))
                for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
        if verb.dep_ == "conj" and verb.head.i < name.left_edge.i and name.doc[name.left_edge.i - 1].text == "," \
                and not any(c.dep_ == "cc" for c in verb.head.children if c.i < verb.i):
            # (Sri Lanka has refused to let the vessel dock, Foreign Minister X told parliament: the parser may join
            # the verb of speaking after a comma to what it reports as a second verb; the first is what is said)
            said += [g for g in verb.head.children if g.dep_ in ("nsubj", "nsubjpass")]
        # (The Argentine Foreign Ministry summoned ..., Foreign Minister Pablo Quirno said: a body of the country
        # speaks for it too)
        found = [m for m in map(_country_above, actors_of_tokens(said)) if m is not None]
        if len(found) == 1:
            return found[0]
        return _home_said_after(verb) if not found else None
    node = name
    while node.head.i != node.i and not (node.dep_ in ("ccomp", "parataxis")
                                         and node.head.lemma_.lower() in lex.SPEECH_VERBS):
        node = node.head
    if node.head.i == node.i:
        return None
    speakers = [affiliation_chain(m)[-1]
                for m in actors_of_tokens([c for c in node.head.children if c.dep_ == "nsubj"])]
    found = [m for m in speakers if m.kind == "country"]
    return found[0] if len(found) == 1 else None


def _home_said_after(verb) -> Mention | None:
    """STOCKHOLM - ... Foreign Minister X said Sweden was still pressing Tehran: a national office with no country
    that says what the country the story was filed from does speaks for it (what an official says of another country
    is as common, so only the dateline's country)."""
    home = filed_from(verb.doc)
    said = [g for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.i > verb.i and not _quoted_state(c)
            for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
    found = [m for m in map(_country_above, actors_of_tokens(said)) if m is not None]
    return found[0] if home is not None and len(found) == 1 and place_key(found[0]) == home.key else None


def _quoted_state(clause) -> bool:
    """"Kenya is free to have relations with Somalia," the minister told reporters in Mogadishu: what a country is,
    quoted, is as often said of it by the other side (a speaker's own country acts in what they say of it)."""
    start = clause.left_edge.i
    opened = clause.doc[start].text in ('"', "“") or start > 0 and clause.doc[start - 1].text in ('"', "“")
    return clause.lemma_ == "be" and opened


def _country_above(m: Mention) -> Mention | None:
    """The country a mention is or acts for through a government body (the Argentine Foreign Ministry: Argentina)."""
    top = affiliation_chain(m)[-1] if m.kind == "government" else m
    return top if top.kind == "country" else None


def _headed_body(tok) -> Mention | None:
    """The government body a word names: a named body (the Ocean Affairs Council) or one named again (the ministry)."""
    ent = ent_of(tok)
    if ent is not None and ent.label_ == "ORG" and is_body(ent):
        return body_of(ent)
    return body_named_before(tok) if any(c.lower_ == "the" for c in tok.children) else None


def _national_office(title, ent) -> bool:
    """Foreign Minister, President, Government spokesman: a national office with no country of its own (not an
    opposition leader, a mayor or a director general), held by someone ontologies/people.ttl does not place, and
    not given a country after the name (of Guyana, an apposition)."""
    # a shared office written with a hyphen (Co-President) is the office
    return _office_word(title).lower_.rpartition("-")[2] in lex.NATIONAL_OFFICES and not any(t.lower_ in lex.NOT_NATIONAL_OFFICES for t in title) \
        and not any(c.dep_ == "appos" or c.dep_ == "prep" and c.lower_ == "of" for c in ent.root.children) \
        and not known_person(ent.text)


def title_before(ent):
    """The title written right before a name (U.S. Secretary of State Marco Rubio: U.S. Secretary of State)."""
    i = ent.start - 1
    start = sentence_of(ent[0]).start
    while i >= start and (ent.doc[i].dep_ in ("compound", "amod", "nmod", "poss", "case", "det")
                          or ent.doc[i].pos_ in ("PROPN", "ADJ", "NOUN") and ent.doc[i].head.i >= ent.start
                          or _title_word(ent.doc[i]) or _inside_title(ent.doc, i, start)):
        i -= 1
    return ent.doc[i + 1:ent.start]


def _inside_title(doc, i, start) -> bool:
    """Coordinating Minister for Economic Affairs Airlangga Hartarto, Energy and Mineral Resources Minister Rahmat
    Hidayat: "for" after a role word, "and" between two capitalised words and the hyphen inside a word
    (Secretary-General) are part of the title written before a name."""
    if i - 1 < start or i + 1 >= len(doc) or not doc[i + 1].text[:1].isupper():
        return False
    before = doc[i - 1]
    if doc[i].text == "-" and not before.whitespace_ and not doc[i].whitespace_:
        return before.text[:1].isupper()  # (Arab League Secretary-General Ahmed Aboul Gheit: one word, hyphenated)
    if doc[i].lower_ == "for":
        return before.text[:1].isupper() and (before.lower_ in lex.ROLE_NOUNS or before.lemma_.lower() in lex.ROLE_NOUNS
                                              or before.lower_ in lex.COMMISSIONER_WORDS)
    return doc[i].lower_ == "and" and before.pos_ == "PROPN" and before.text[:1].isupper() \
        and doc[i + 1].pos_ == "PROPN" and before.ent_type_ not in ("GPE", "PERSON", "NORP")


def _office_word(title):
    """The word of a title that names the office (Deputy Minister for Migration: Minister)."""
    cut = next((k for k, t in enumerate(title) if t.lower_ == "for" and k > 0), None)
    return title[cut - 1] if cut is not None else title[-1]


def office_words(ent) -> set[str]:
    """The words of the office a name is given, before it or in apposition (Foreign Minister Hugo de Zela; Juan
    Ramón de la Fuente, Mexico's foreign minister): {"foreign", "minister"}."""
    words = {t.lower_ for t in title_before(ent)}
    for child in ent.root.children:
        if child.dep_ == "appos" and (child.lemma_.lower() in lex.ROLE_NOUNS or child.lower_ in lex.ROLE_NOUNS):
            words |= {t.lower_ for t in child.subtree if t.i <= child.i}
    head = ent.root.head
    if ent.root.dep_ == "appos" and (head.lemma_.lower() in lex.ROLE_NOUNS or head.lower_ in lex.ROLE_NOUNS):
        # (Mexico's foreign minister, Juan Ramón de la Fuente)
        words |= {t.lower_ for t in head.subtree if t.i <= head.i}
    return words


def _title_word(tok) -> bool:
    """A capitalised word of a title written before a name, whatever the parser attached it to (Marles and
    Philippine Defense Secretary Gilberto Teodoro: Secretary is parsed as the conjunct)."""
    return tok.pos_ in ("PROPN", "ADJ") and tok.text[:1].isupper() and tok.dep_ != "ROOT"


def _leader_country(role) -> Mention | None:
    """President Emmanuel Macron's envoy: the country of the known leader whose envoy it is."""
    from kg.vocab import people

    for child in role.children:
        if child.dep_ == "poss" and child.ent_type_ == "PERSON":
            ent = ent_of(child)
            person = people().lookup(ent.text if ent is not None else child.text)
            if person is not None and person.acts_for and person.acts_for.startswith("country/"):
                place = gazetteer().get(person.acts_for)
                return placed(place, child.idx, child.idx + len(child.text))
    return None
