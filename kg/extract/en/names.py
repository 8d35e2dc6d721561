"""Names as the gazetteers know them, and the tokens that write them.

The text and offsets of a span, the entity a token lies in, a noun with its conjuncts (Japan and South Korea),
a leading article (the United States); the place a name is, the country an adjective of nationality names
(Chinese, North Korean), hyphenated pairs (U.S.-China, Venezuela-Guyana, U.S.-South Korean); whether an
organisation is a government body (a ministry, the Pentagon, a central bank); a person the people gazetteer
lists, and the chain of what a mention acts for; a dateline (BEIJING (Reuters) -). These look-ups need no
other module of the package.
"""
from __future__ import annotations

import re

from weakref import WeakKeyDictionary

from spacy.tokens import Span

from kg.lang import en as lex
from kg.types import Mention
from kg.vocab import gazetteer


def span_text(tokens) -> str:
    text = "".join(t.text_with_ws for t in tokens).strip()
    return text


def mention(tokens, kind: str, affiliation: Mention | None = None, text: str | None = None) -> Mention:
    return Mention(text=text or span_text(tokens), start=tokens[0].idx,
                   end=tokens[-1].idx + len(tokens[-1].text), kind=kind, affiliation=affiliation)


def placed(place, start: int, end: int, text: str | None = None) -> Mention:
    """A mention of a gazetteer entry at an offset, by its preferred English name unless the text says otherwise."""
    return Mention(text=text or place.pref_en, start=start, end=end, kind=kind_of(place))


def kind_of(place) -> str:
    """The mention kind of a gazetteer entry (linking tells international organisations from groups)."""
    return "country" if place.kind == "country" else "organization"


def ent_of(tok):
    """The entity a token is in. Two person entities written one after the other are one name (the tagger cuts
    Hassan Sheikh / Mohamud in two)."""
    found = _ENTITIES.get(tok.doc)
    if found is None:
        found = _ENTITIES[tok.doc] = _entity_at(tok.doc)
    at = found.get(tok.i)
    return Span(tok.doc, *at) if at is not None else None


# Doc -> {token index: (start, end, label) of its entity}, worked out once (no Span kept: it would keep the Doc)
_ENTITIES: WeakKeyDictionary = WeakKeyDictionary()


def _entity_at(doc) -> dict:
    spans = []
    for ent in doc.ents:
        last = spans[-1] if spans else None
        if last is not None and ent.label_ == "PERSON" and last.end == ent.start and (
                last.label_ == "PERSON" and _written_onto(last, ent) or _given_name(last, ent)):
            spans[-1] = Span(doc, last.start, ent.end, label="PERSON")
        elif last is not None and _coordinated_name(last, ent):
            spans[-1] = Span(doc, last.start, ent.end, label="ORG")
        else:
            spans.append(ent)
    spans = [_with_family_name(doc, _with_given_name(doc, _titled_person(doc, _with_joined_field(doc, _body_named(
        doc, span))))) for span in spans]
    joined = []
    for span in spans:
        # (Béatrice / Mbuyi Kalala: a name grown back to the part before it, a compound of its head, is one name)
        last = joined[-1] if joined else None
        if last is not None and last.label_ == span.label_ == "PERSON" and last.end == span.start \
                and _written_onto(last, span):
            joined[-1] = Span(doc, last.start, span.end, label="PERSON")
        else:
            joined.append(span)
    return {i: (span.start, span.end, span.label_) for span in joined for i in range(span.start, span.end)}


def _body_named(doc, span):
    """The Chinese Embassy in Palikir tagged as a work of art, the Navy as a product: a name whose head is a
    capitalised body word (Embassy, Ministry, Navy) is an organisation's, whatever else the tagger took it for."""
    if span.label_ not in _MISTAKEN_FOR_THINGS | {"ORG"} or not span.root.text[:1].isupper() \
            or span.root.lower_ not in lex.BODY_WORDS:
        return span
    # (Ukraine's Coordination Headquarters / for the Treatment of Prisoners of War: a name cut before its capitalised
    # prepositional phrase goes on to the phrase's end)
    end = span.end
    prep = doc[end] if end < len(doc) else None
    if prep is not None and prep.dep_ == "prep" and prep.head.i == span.root.i and prep.lower_ in ("for", "of", "on"):
        words = list(prep.subtree)[1:]
        if words and all(w.text[:1].isupper() or w.lower_ in ("the", "of", "and", "for", "on") for w in words) \
                and words[-1].text[:1].isupper():
            end = words[-1].i + 1
    return Span(doc, span.start, end, label="ORG")


_MISTAKEN_FOR_THINGS = frozenset({"WORK_OF_ART", "PRODUCT", "LAW", "EVENT"})


def _coordinated_name(first, second) -> bool:
    """Kenya's Ministry of Foreign and Diaspora Affairs: the tagger may cut a body's name at the "and" inside it; the
    two halves are one name when a word of the first modifies a word of the second (Foreign ... Affairs)."""
    doc = first.doc
    return first.label_ == second.label_ == "ORG" and first.end + 1 == second.start \
        and doc[first.end].lower_ in ("and", "&") and any(second.start <= t.head.i < second.end for t in first)


def _with_joined_field(doc, span):
    """the Ministry of Oceans and Fisheries: a body's name whose of-phrase the tagger cut at "and" goes on with the
    capitalised word joined to the last word of its name (not with another body: the ministry and Parliament)."""
    last = doc[span.end - 1]
    if span.label_ != "ORG" or not is_body(span) or span.end + 1 >= len(doc) or doc[span.end].lower_ not in ("and", "&") \
            or not any(t.lower_ == "of" for t in span):
        return span
    field = doc[span.end + 1]
    if field.dep_ != "conj" or field.head.i != last.i or not field.text[:1].isupper() or field.ent_type_ \
            or field.pos_ != "PROPN" or field.lower_ in lex.BODY_WORDS:
        return span
    return Span(doc, span.start, field.i + 1, label="ORG")


def _titled_person(doc, span):
    """Foreign Minister Olushegun Adjadi / Bakari: a name written right after a title (minister, president), whose
    last word the tagger took for an organisation and whose given names it left untagged, is a person's (not a body
    nor an organisation the gazetteer knows)."""
    if span.label_ != "ORG" or is_body(span) or gazetteer().lookup(span.text) is not None:
        return span
    i = span.start
    while i > 0 and _untagged_name_word(doc[i - 1]) and doc[i - 1].head.i >= span.start:
        i -= 1
    if i == span.start or i == 0 or doc[i - 1].lower_ not in lex.ROLE_NOUNS or doc[i - 1].pos_ != "PROPN":
        return span
    return Span(doc, i, span.end, label="PERSON")


def _untagged_name_word(tok) -> bool:
    return tok.pos_ == "PROPN" and tok.dep_ == "compound" and tok.text.istitle() and not tok.ent_type_ \
        and tok.lower_ not in lex.ROLE_NOUNS and tok.lower_ not in lex.NAME_TITLES and gazetteer().lookup(tok.text) is None


def _with_given_name(doc, span):
    """JERUSALEM — Abdirahman / Mohamed Abdullahi: a capitalised word the tagger left out of a person's name,
    written onto it (a compound of the name), that is no title (President, Minister), honorific or place."""
    if span.label_ != "PERSON" or span.start == 0:
        return span
    before = doc[span.start - 1]
    if before.ent_type_ or before.dep_ != "compound" or not span.start <= before.head.i < span.end \
            or not before.text.istitle() or before.tag_ != "NNP" or before.lower_ in lex.ROLE_NOUNS \
            or before.lower_.rpartition("-")[2] in lex.ROLE_NOUNS or before.lower_ in lex.NAME_TITLES or before.lower_ in lex.NAME_PREFIXES \
            or before.lower_ in lex.NOT_NATIONAL_OFFICES \
            or gazetteer().lookup(before.text) is not None:
        return span
    return Span(doc, span.start - 1, span.end, label="PERSON")


def _with_family_name(doc, span):
    """Foreign Minister Jean-Victor / Harvel Jean-Baptiste: a person's name the tagger cut short, when the name
    hangs on a capitalised word after it (the head of the name, its family name) and every word between is a
    capitalised name or a hyphen; not a title, a place or a word of another entity."""
    head = span.root.head
    if span.label_ != "PERSON" or span.root.dep_ != "compound" or head.i < span.end or head.pos_ != "PROPN" \
            or any(not (t.text in ("-", "‐") or t.pos_ == "PROPN" and t.text[:1].isupper() and not t.ent_type_
                        and t.lower_ not in lex.ROLE_NOUNS and t.lower_ not in lex.NAME_TITLES
                        and gazetteer().lookup(t.text) is None) for t in doc[span.end:head.i + 1]):
        return span
    return Span(doc, span.start, head.i + 1, label="PERSON")


def _written_onto(before, person) -> bool:
    """Hassan Sheikh / Mohamud: the first part hangs on the second as its compound (two people named one after the
    other, Zelensky / Vladimir Putin, do not); Ali Mahaman / Lamine Zeine: or word by word, when neither part is a
    name the people gazetteer knows (the parser hangs Volodymyr Zelensky / Vladimir Putin so too)."""
    if all(t.dep_ == "compound" and person.start <= t.head.i < person.end for t in before):
        return True
    return all(t.dep_ == "compound" and before.start < t.head.i < person.end for t in before) \
        and person.start <= before[-1].head.i < person.end \
        and not known_person(before.text) and not known_person(person.text)


def sentence_ents(sent) -> list:
    """The tagger's entities wholly inside a sentence, as ``sent.ents`` gives them, from the document's entities
    read once (``Span.ents`` makes every entity of the document again for each sentence)."""
    bounds = _BOUNDS.get(sent.doc)
    if bounds is None:
        bounds = _BOUNDS[sent.doc] = [(ent.start, ent.end, ent.label_) for ent in sent.doc.ents]
    found = []
    for start, end, label in bounds:
        if start >= sent.start:
            if end > sent.end:
                break
            found.append(Span(sent.doc, start, end, label=label))
    return found


_BOUNDS: WeakKeyDictionary = WeakKeyDictionary()  # Doc -> [(start, end, label) of each entity of the tagger]


def _given_name(before, person) -> bool:
    """Abdirahman / Mohamed Abdullahi: a name the tagger took for an organisation, written onto a person's name
    (a compound of its head) and naming no known place or body."""
    return before.label_ in ("ORG", "GPE") and _written_onto(before, person) and all(t.text.istitle() for t in before) \
        and gazetteer().lookup(before.text) is None


def without_article(ent) -> list:
    """An entity's tokens without a leading article or verb (the Armed Forces of the Philippines keeps its second)."""
    tokens = list(ent)
    # (to meet European Council President Antonio Costa: a verb the tagger took into the name is no part of it)
    while tokens and (tokens[0].lower_ in lex.DETERMINERS or tokens[0].pos_ == "VERB" and tokens[0].is_lower):
        tokens = tokens[1:]
    return tokens


def members(tok) -> list:
    """A noun and the nouns conjoined with it: Japan and South Korea; and those a group is said to include (sanctions
    on four Russian officials, including Defence Minister Andrei Belousov: each is a member of the group acted on)."""
    if tok.lower_ in ("each", "both", "all") and tok.pos_ in ("PRON", "DET", "NOUN"):
        # met each of his counterparts, both of the countries: the quantifier stands for those it is of
        of = [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
        if of:
            return [m for g in of for m in members(g)]
    found = [tok]
    for child in tok.children:
        if child.dep_ == "conj":
            found.extend(members(child))
        elif child.dep_ == "prep" and child.lower_ == "including" and tok.pos_ in ("NOUN", "PROPN"):
            found.extend(m for g in child.children if g.dep_ == "pobj" for m in members(g))
        elif named_counterpart(child):
            # signed by Defence Minister X, his Albanian counterpart Y and Z: a counterpart named in apposition to a
            # name is another person, listed with it (and so is whoever is joined to the counterpart's name)
            found.extend(m for g in child.children if g.dep_ == "appos" for m in members(g))
    return found


def named_counterpart(tok) -> bool:
    """his Albanian counterpart Arben Dervishi, set in apposition to another name: a counterpart with a name of its
    own (not "Wang Yi, his Chinese counterpart", which is Wang Yi)."""
    return tok.dep_ == "appos" and tok.lower_ in ("counterpart", "counterparts") and tok.head.pos_ == "PROPN" \
        and any(g.dep_ == "appos" and g.pos_ == "PROPN" for g in tok.children)


def is_dateline(tok) -> bool:
    """PRISTINA — The European Union on Wednesday invited…, BEIJING (Reuters) - , LIMA, Feb 17 — : the place a story
    was filed from, written in capitals at the start of a line before a dash or an agency's name (or a comma and
    the date or country before the dash), is no actor."""
    doc = tok.doc
    if tok.i + 1 >= len(doc) or doc[tok.i + 1].text not in (*_DASHES, "(", ","):
        return False  # (the dash or agency after it, tested first: most words have none)
    if tok.i >= 2 and doc[tok.i - 1].text == "," and doc[tok.i + 1].text in _DASHES:
        return is_dateline(doc[tok.i - 2])  # (KOROR, Palau — : the country is part of the dateline)
    comma = next((t for t in reversed(doc[max(tok.i - 4, 0):tok.i]) if not t.text[:1].isupper()), None)
    if comma is not None and comma.text == "," and comma.i >= 1 and doc[tok.i + 1].text == ",":
        return is_dateline(doc[comma.i - 1])  # (JEDDAH, Saudi Arabia, March 18 (wire) — : the country and the date)
    if doc[tok.i + 1].text == ",":
        # (COLOMBO, March 24 — ; KOROR, Palau — ; KATHMANDU, Jan. 20 (Reuters) - : capitalised words or a number
        # between the comma and the dash, and the agency in brackets)
        # (BELGRADE, March 19 (wire) — : what the brackets name is the agency, in whatever case)
        dash = next((t for t in doc[tok.i + 2:tok.i + 13] if t.text in _DASHES), None)
        if dash is None or not all(t.text[:1].isupper() or t.text[:1].isdigit() or t.text in (".", ",", "(", ")")
                                   or _in_brackets(t) for t in doc[tok.i + 2:dash.i]):
            return False
    start = tok.i
    while start > 0 and "\n" not in doc[start - 1].text_with_ws and doc[start - 1].text.isupper():
        start -= 1
    if start > 0 and "\n" not in doc[start - 1].text_with_ws:
        return False
    words = [t for t in doc[start:tok.i + 1] if not t.is_punct]
    return bool(words) and all(t.text.isupper() and len(t.text) > 1 for t in words)


_DASHES = ("—", "–", "-", "--")


def _in_brackets(tok) -> bool:
    """A word between brackets on its line: ( wire )."""
    doc = tok.doc
    return 0 < tok.i < len(doc) - 1 and doc[tok.i - 1].text == "(" and doc[tok.i + 1].text == ")"


def dateline_country(doc):
    """The gazetteer country of the place a story was filed from (KATHMANDU, Jan. 20 (Reuters) - : Nepal), when the
    story is about that country (its lead opens on it)."""
    return _dateline_country(doc, about=True)


def filed_from(doc):
    """The gazetteer country of the place a story was filed from, whatever its lead opens on."""
    return _dateline_country(doc, about=False)


def _dateline_country(doc, about: bool):
    for tok in doc:
        if tok.i and "\n" not in doc[tok.i - 1].text_with_ws and "\n" not in doc[tok.i - 1].text:
            continue  # (a dateline opens a line)
        end = tok.i
        while end + 1 < len(doc) and doc[end + 1].text.isupper() and doc[end + 1].text.isalpha():
            end += 1
        if tok.text.isupper() and tok.text.isalpha() and is_dateline(doc[end]):
            place = place_of(span_text(doc[tok.i:end + 1]).title())
            if (place is None or place.kind != "country") and end + 2 < len(doc) and doc[end + 1].text == ",":
                place = _named_country(doc, end + 2)  # (PALIKIR, Micronesia, June 9 (AP) — : the country after the city)
            if place is None or place.kind != "country" or not about:
                return place if place is not None and place.kind == "country" else None
            # (only a story about the place's own country: its lead opens on it, KATHMANDU — Nepal lodged ...; a
            # story filed from where visitors meet, BEIJING — Indonesian President Prabowo ..., names guests bare too)
            dash = next((t for t in doc[end + 1:end + 13] if t.text in _DASHES), None)
            if dash is None or dash.i + 1 >= len(doc):
                return None
            root = doc[dash.i + 1].sent.root
            subjects = undated([c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")])
            # (BRASILIA — Brazilian President Renato Albuquerque denounced ...: the nationality of the title of a
            # person the lead opens on)
            heads = [t for s in subjects for m in members(s) for t in (m, *(c for c in m.children if c.dep_ == "poss"), *(
                c for c in m.subtree if c.dep_ in ("amod", "compound") and c.i < m.i and m.ent_type_ == "PERSON"))]
            if any((found := place_or_demonym(t)) and place_of(found.text) == place for t in heads):
                return place
            owners = [t for s in subjects + _reported_subjects(root) for m in members(s) for t in _body_owner_words(m)]
            return place if any(place_of(t.text) == place or demonym_of(t) == place for t in owners) else None
    return None


def _named_country(doc, start):
    """The country named by the capitalised words from ``start`` (Saudi Arabia, in JEDDAH, Saudi Arabia, March 18)."""
    end = start
    while end < len(doc) and doc[end].text[:1].isupper() and doc[end].text not in _DASHES:
        end += 1
    return place_of(span_text(doc[start:end])) if end > start else None


def _reported_subjects(root) -> list:
    """ABUJA — Nigeria lodged a protest with Cameroon ..., the Nigerian foreign ministry said: a lead that reports
    what someone says opens on the subject of what is said (before the verb of saying)."""
    if root.lemma_.lower() not in lex.SPEECH_VERBS:
        return []
    return undated([g for c in root.children if c.dep_ in ("ccomp", "parataxis") and c.i < root.i
                    for g in c.children if g.dep_ in ("nsubj", "nsubjpass")])


def _body_owner_words(subject) -> list:
    """VALLETTA — The Armed Forces of Malta seized ...; the Nigerian foreign ministry said: the words naming whose
    a government body is (its nationality, its possessor, its of-phrase) when the subject is such a body."""
    if subject.lower_ not in lex.BODY_WORDS and subject.lemma_.lower() not in lex.BODY_WORDS:
        return []
    return [t for t in subject.subtree if t.i != subject.i and t.dep_ in ("amod", "compound", "poss", "pobj")
            and (t.head.i == subject.i or t.head.head.i == subject.i)]


def undated(subjects) -> list:
    """Subjects with a dateline replaced by what the parser set in apposition to it (WARSAW — Poland and ...)."""
    # (KOROR, Palau — Taiwanese President Lai arrived: the apposition may hang on the dateline's country)
    return [a for s in subjects for a in ([_past_agency(c) for t in members(s) for c in t.children if c.dep_ == "appos"]
                                          if is_dateline(s) else [s])]


def _past_agency(appos):
    """NOUAKCHOTT, June 12 (Reuters) - Spanish Prime Minister Alberto Navarro pledged ...: the parser may set the
    subject in apposition to the news agency in brackets rather than to the dateline; the subject is then the
    agency's own apposition."""
    if appos.lower_ not in lex.NEWS_AGENCIES:
        return appos
    return next((c for c in appos.children if c.dep_ == "appos"), appos)


def _strip_the(text: str) -> str:
    words = text.split()
    return " ".join(words[1:]) if words and words[0].lower() in lex.DETERMINERS else text


def place_of(text: str):
    gaz = gazetteer()
    return gaz.lookup(_strip_the(text)) or gaz.lookup(text)


def demonym_of(tok):
    """The country an adjective of nationality names, read with the word before it when the two are one
    (North Korean: North Korea, not the Korean of South Korea)."""
    if tok.i > 0:
        pair = demonym_of_text(f"{tok.doc[tok.i - 1].lower_} {tok.lower_}")
        if pair is not None:
            return pair
        if f"{tok.doc[tok.i - 1].lower_} {tok.lower_}" in lex.REGIONAL_ADJECTIVES:
            return None  # (several Latin American governments: no one country's)
    return demonym_of_text(tok.lower_)


def demonym_of_text(text: str):
    name = lex.DEMONYMS.get(text.lower())
    return gazetteer().lookup(name) if name else None


def place_or_demonym(tok) -> Mention | None:
    ent = ent_of(tok)
    text = span_text(list(ent)) if ent is not None else tok.text
    # (the International Court of Justice ruling: the name without its article, as the gazetteer writes it)
    text = _strip_the(text.removesuffix("'s").removesuffix("’s").strip())
    place = place_of(text) or _shared_short_name(tok.doc, text)
    if place is not None and text.lower() in lex.SHARED_SHORT_NAMES:
        text = place.pref_en
    if place is None:
        place = demonym_of(tok)
        if place is None:
            return None
        text = place.pref_en
    return placed(place, tok.idx, tok.idx + len(tok.text), text)


def _shared_short_name(doc, text: str):
    """Congo, written alone: the one of the two countries of that short name whose full name the article writes
    (Democratic Republic of Congo on Wednesday accused Rwanda ... Congo would not return to the talks); None when it
    writes neither or both."""
    names = lex.SHARED_SHORT_NAMES.get(text.lower())
    if names is None:
        return None
    # (Republic of Congo inside Democratic Republic of Congo is not the other country's name)
    found = [full for full, written in names.items() if any(
        re.search(rf"(?<!Democratic ){re.escape(w)}\b", doc.text) for w in written)]
    return place_of(found[0]) if len(found) == 1 else None


def nationality(tok) -> Mention | None:
    """A place or nationality word with the words written onto it: North Korean, South African."""
    before = [c for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i]
    if before:
        text = " ".join(t.text for t in [*before, tok])
        place = place_of(text) or demonym_of_text(text)
        if place is not None:
            return placed(place, before[0].idx, tok.idx + len(tok.text))
    return place_or_demonym(tok)


def hyphenated_places(tokens) -> list[Mention]:
    """The places of a hyphenated pair (Venezuela-Guyana, U.S.-China, South Korea-U.S.), when every part is one."""
    parts, current = [], []
    for t in tokens:
        if t.text in ("-", "–"):
            parts.append(current)
            current = []
        else:
            current.append(t)
    parts.append(current)
    if len(parts) < 2 or not all(parts):
        return []
    found = []
    for part in parts:
        place = place_of(span_text(part))
        if place is None:
            return []
        found.append(mention(part, kind_of(place)))
    return found


def hyphenated_owners(tok) -> list[Mention]:
    """U.S.-South Korean drills: each side of a hyphenated pair of places or nationalities."""
    ent = ent_of(tok)
    if ent is None or "-" not in ent.text:
        return []
    found = []
    for part in ent.text.split("-"):
        part = part.strip()
        place = place_of(part) or demonym_of_text(part)
        if place is None:
            return []
        found.append(placed(place, ent.start_char, ent.end_char))
    return found if len(found) > 1 else []


def is_body(ent) -> bool:
    """An ORG entity that names a government body: the Russian Foreign Ministry, the China Coast Guard, the
    Pentagon, the Bank of Japan (a bank only as a central bank)."""
    words = {t.lower_ for t in ent}
    doc = ent.doc
    if ent.end < len(doc) and f"{doc[ent.end - 1].lower_} {doc[ent.end].lower_}" in lex.TWO_WORD_ROLES:
        return False  # (Kenya's Trade Cabinet / Secretary Lee Kinyanjui: the first word of a minister's title)
    return bool(words & lex.BODY_WORDS) or state_body_country(ent) is not None or (
        "bank" in words and bool(words & lex.CENTRAL_BANK_WORDS))


def state_body_country(ent):
    """The country of a body whose name does not say it (the Pentagon: the United States)."""
    words = _strip_the(ent.text.lower()).removesuffix("'s").removesuffix("’s").strip().split()
    # (the Islamic Revolutionary Guard Corps Aerospace Force: a unit named after the state body it is part of)
    name = next((lex.STATE_BODIES[" ".join(words[:k])] for k in range(len(words), 0, -1)
                 if " ".join(words[:k]) in lex.STATE_BODIES), None)
    return gazetteer().lookup(name) if name else None


def known_person(text: str) -> bool:
    """A person of ontologies/people.ttl, by a full name or by a name the entry itself lists (Lavrov, Modi)."""
    from kg.vocab import people

    return people().lookup(text) is not None and place_of(text) is None


def affiliation_chain(m: Mention) -> list[Mention]:
    """The mention and what it acts for, as the text says or, for a person it does not place, as the people
    gazetteer does (Netanyahu: Israel)."""
    found = [m]
    while m.affiliation is not None:
        m = m.affiliation
        found.append(m)
    if found[-1].kind == "person":
        from kg.vocab import people

        person = people().lookup(found[-1].text)
        place = gazetteer().get(person.acts_for) if person is not None and person.acts_for else None
        if place is not None:
            found.append(placed(place, m.start, m.end))
    return found


def place_key(m: Mention) -> str:
    place = place_of(m.text)
    return place.key if place is not None else m.text
