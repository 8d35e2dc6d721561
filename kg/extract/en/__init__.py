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
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from weakref import WeakKeyDictionary

from kg.extract import (
    Extractor,
    affiliations,
    cue_lexicon,
    make_relation,
    restore,
    sentence_of,
    symmetric_relations,
)
from kg.lang import en as lex
from kg.registry import extractors
from kg.types import Mention, Relation
from kg.vocab import gazetteer

NAME = "kg.en.predicate.v1"
_CONFIDENCE = {"target-clause": 0.75, "verbal": 0.85, "passive": 0.8, "phrasal": 0.8, "light-verb": 0.8, "nominal": 0.7,
               "title": 0.9, "apposition": 0.85, "receiving": 0.75}
_ENTITY_LABELS = {"GPE", "NORP", "ORG", "PERSON", "LOC", "FAC"}
_FINITE = frozenset({"VBD", "VBZ", "VBP"})


def lexicon() -> dict[str, str]:
    """Cue lemma -> relation name, from the ontology's labels."""
    return cue_lexicon("en")


def symmetric() -> frozenset[str]:
    return symmetric_relations()


@extractors.register(NAME)
def make_extractor() -> Extractor:
    return Extractor(name=NAME, lang="en", relations=relations, mentions=mentions)


def _phrasal_particles(verb) -> list:
    """The prepositions and particles of a verb, and those the parser hung on what it fires or launches
    (fired missiles [at Israel]: the target of the firing, not of the missiles)."""
    found = [c for c in verb.children if c.dep_ in ("prep", "prt")]
    if verb.lemma_.lower() in ("fire", "launch"):
        found += [p for o in verb.children if o.dep_ == "dobj" for p in o.children
                  if p.dep_ == "prep" and p.lower_ in ("at", "on", "into", "against")]
    return found


def relation_of(tok) -> tuple[str, str] | None:
    """(relation, rule) a token names: a cue lemma, or a phrasal verb."""
    if tok.pos_ == "VERB":
        for child in _phrasal_particles(tok):
            if (tok.lemma_.lower(), child.lower_) in lex.PHRASAL:
                return lex.PHRASAL[(tok.lemma_.lower(), child.lower_)], "phrasal"
    rel = lexicon().get(tok.lemma_.lower()) or lexicon().get(tok.lower_)
    if rel is None and tok.pos_ == "VERB":
        rel = lex.VERB_CUES.get(tok.lemma_.lower()) or ("supports" if _hands_over(tok) else None)
        if rel == "visits" and tok.lemma_.lower() in lex.MOVING_VERBS and any(c.dep_ == "dobj" for c in tok.children):
            rel = None  # (who heads the ministry, lands a job: a verb of going with an object goes nowhere)
    if rel is None and tok.pos_ == "NOUN" and tok.lemma_.lower() in lex.SUPPORT_NOUNS:
        rel = "supports"
    if tok.pos_ == "VERB" and tok.lemma_.lower() in lex.RECEIVING_VERBS and _received_visitor(tok):
        rel = "hosts"  # Saudi Arabia welcomed Iran's foreign minister in Riyadh: a visit received
    if rel is None and tok.pos_ == "VERB" and tok.lemma_.lower() in lex.AGREEING_VERBS and _agreed_undertaking(tok):
        rel = "cooperatesWith"  # Japan and Australia agreed to expand joint patrols
    if rel is None and tok.pos_ == "NOUN" and tok.lemma_.lower() in lex.TRADE_MEASURES and any(
            c.dep_ in ("compound", "amod") and c.lemma_.lower() in lex.TRADE_WORDS for c in tok.children):
        rel = "sanctions"  # export controls on Chinese chipmakers, import bans, trade restrictions
    if rel is None and tok.pos_ == "VERB" and tok.lemma_.lower() in lex.SUMMON_VERBS and any(
            c.dep_ == "dobj" and c.lemma_.lower() in lex.ENVOY_NOUNS | lex.DIPLOMAT_NOUNS for c in tok.children) \
            and not any(c.dep_ in ("xcomp", "advcl") and relation_of(c) is not None for c in tok.children):
        rel = "protests"  # India summoned Bangladesh's envoy over the remarks: a summons is a protest
    if rel is None and tok.pos_ == "VERB" and _condemning_name(tok) is not None:
        rel = "criticizes"  # called the launches "unacceptable"
    if rel is None and tok.pos_ == "VERB" and tok.lemma_.lower() in lex.EXCHANGE_VERBS and any(
            c.dep_ == "dobj" and c.lemma_.lower() in lex.CAPTIVE_NOUNS for c in tok.children):
        rel = "cooperatesWith"  # Russia and Ukraine exchanged prisoners: an exchange is done together
    if rel is None and tok.pos_ == "VERB" and (tok.lemma_.lower() in lex.CLASH_VERBS or _exchanged_fire(tok)):
        rel = "attacks"  # (Thai and Cambodian forces exchanged artillery fire: a clash)
    if rel is None and tok.pos_ == "NOUN" and tok.lower_ in lex.EXERCISE_NOUNS and any(
            c.dep_ == "amod" and c.lower_ in lex.JOINT_WORDS for c in tok.children):
        rel = "cooperatesWith"  # held joint drills: those who drill together cooperate
    if rel == "attacks" and tok.pos_ == "VERB" and any(
            p.dep_ == "prep" and p.lower_ == "with" and any(g.dep_ == "pobj" and relation_of(g) is not None
                                                            for g in p.children) for p in tok.children):
        return None  # hit Iran with new sanctions: the sanctions are the relation, not a strike
    if rel is None and tok.pos_ == "VERB" and tok.lemma_.lower() in lex.RESTRICTING_VERBS and any(
            c.dep_ == "dobj" and c.lemma_.lower() in lex.TRADE_FLOWS for c in tok.children):
        rel = "sanctions"  # Beijing suspended imports of Japanese seafood, banned exports to Russia
    if rel is None and tok.pos_ == "VERB" and tok.lemma_.lower() in lex.CLOSING_VERBS and any(
            c.dep_ == "dobj" and c.lemma_.lower() in lex.CLOSED_THINGS for c in tok.children):
        rel = "sanctions"  # Poland closed its border with Belarus, closed its airspace to Russian aircraft
    if rel == "attacks" and any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in lex.NON_VIOLENT
                                for c in tok.children):
        return None  # a trade war, a price war, a cold war of words
    if rel is None or tok.pos_ not in ("VERB", "NOUN"):
        return None
    return rel, "verbal" if tok.pos_ == "VERB" else "nominal"


def _agreed_undertaking(verb) -> bool:
    """agreed to expand patrols, agreed on a framework: an agreement to act together is cooperation; one to
    meet or to hold talks is the meeting or the talks (read from the complement itself)."""
    content = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp")] + [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children if g.dep_ == "pobj"]
    if not content:
        return False
    for c in content:
        events = [c] + [g for g in c.children if g.dep_ == "dobj"]
        if any((found := relation_of(e)) is not None and found[0] in lex.MEETING_RELATIONS for e in events):
            return False
    return True


# ---- actors -----------------------------------------------------------------------------------

def _summoned(verb) -> list:
    """summoned the ambassadors of Germany and France to lodge a protest: the summoned are told."""
    head = verb.head
    if verb.dep_ in ("advcl", "xcomp") and head.lemma_.lower() in lex.SUMMON_VERBS:
        return [c for c in head.children if c.dep_ == "dobj"]
    return []


def _hands_over(verb) -> bool:
    """delivered air defence systems to Ukraine: a transfer of things (not of an event: a warning) to someone."""
    if verb.lemma_.lower() not in lex.TRANSFER_VERBS:
        return False
    things = [c for c in verb.children if c.dep_ == "dobj"]
    to = [g for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
          for g in c.children if g.dep_ == "pobj"]
    # (a protest note delivered is no aid: a thing named by an event is the event's)
    return bool(things) and all(relation_of(t) is None and not any(
        c.dep_ == "compound" and relation_of(c) is not None for c in t.children) for t in things) and bool(to)


def _span_text(tokens) -> str:
    text = "".join(t.text_with_ws for t in tokens).strip()
    return text


def _kind(place) -> str:
    """The mention kind of a gazetteer entry (linking tells international organisations from groups)."""
    return "country" if place.kind == "country" else "organization"


def _placed(place, start: int, end: int, text: str | None = None) -> Mention:
    """A mention of a gazetteer entry at an offset, by its preferred English name unless the text says otherwise."""
    return Mention(text=text or place.pref_en, start=start, end=end, kind=_kind(place))


def _mention(tokens, kind: str, affiliation: Mention | None = None, text: str | None = None) -> Mention:
    return Mention(text=text or _span_text(tokens), start=tokens[0].idx,
                   end=tokens[-1].idx + len(tokens[-1].text), kind=kind, affiliation=affiliation)


def _strip_the(text: str) -> str:
    words = text.split()
    return " ".join(words[1:]) if words and words[0].lower() in lex.DETERMINERS else text


def _place(text: str):
    gaz = gazetteer()
    return gaz.lookup(_strip_the(text)) or gaz.lookup(text)


def _demonym(tok):
    """The country an adjective of nationality names, read with the word before it when the two are one
    (North Korean: North Korea, not the Korean of South Korea)."""
    if tok.i > 0:
        pair = _demonym_text(f"{tok.doc[tok.i - 1].lower_} {tok.lower_}")
        if pair is not None:
            return pair
    return _demonym_text(tok.lower_)


def _demonym_text(text: str):
    name = lex.DEMONYMS.get(text.lower())
    return gazetteer().lookup(name) if name else None


def _ent_of(tok):
    for ent in tok.doc.ents:
        if ent.start <= tok.i < ent.end:
            return ent
    return None


def _dateline(tok) -> bool:
    """PRISTINA — The European Union on Wednesday invited…, BEIJING (Reuters) - : the place a story was filed from,
    written in capitals at the start of a line before a dash or an agency's name, is no actor."""
    doc = tok.doc
    start = tok.i
    while start > 0 and "\n" not in doc[start - 1].text_with_ws and doc[start - 1].text.isupper():
        start -= 1
    if start > 0 and "\n" not in doc[start - 1].text_with_ws:
        return False
    words = [t for t in doc[start:tok.i + 1] if not t.is_punct]
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return bool(words) and all(t.text.isupper() and len(t.text) > 1 for t in words) and after is not None \
        and after.text in ("—", "–", "-", "--", "(")


def read_actor(tok) -> list[Mention]:
    """The actors a noun (the head of an argument) names; an unnamed official becomes a role mention."""
    if _dateline(tok):
        return []
    text = tok.lower_
    phrase = [t for t in tok.subtree if t.i <= tok.i and t.dep_ not in ("punct", "cc", "conj", "appos", "relcl",
                                                                       "acl", "prep", "det", "case")]
    full = " ".join(t.lower_ for t in tok.subtree if t.i <= tok.i and t.dep_ in ("det", "amod", "compound")
                    and t.i >= tok.i - 2) + " " + text
    pronoun = tok.pos_ == "PRON" or tok.tag_ in ("WP", "WDT", "WP$")
    if pronoun and text in ("he", "she") and tok.dep_ in ("nsubj", "nsubjpass"):
        carried = _previous_group(tok, people=True)
        if carried:
            return carried
    if (pronoun and (text in lex.FIRST_PERSON or text in lex.ANAPHORS)) or full.strip() in lex.ANAPHORS:
        key = full.strip() if full.strip() in lex.ANAPHORS else text
        return [Mention(text=key, start=tok.idx, end=tok.idx + len(tok.text), kind="anaphor")]
    if pronoun:
        if text == "they" and tok.dep_ == "nsubj":
            return _previous_group(tok)
        if text == "whose":
            # the court, whose jurisdiction Caracas does not recognize: the antecedent owns the thing
            node = tok.head
            while node.dep_ != "relcl" and node.head.i != node.i:
                node = node.head
            return _actors([node.head]) if node.dep_ == "relcl" else []
        if text in ("who", "which", "that") and tok.head.dep_ == "relcl":
            antecedent = tok.head.head
            while antecedent.dep_ == "conj" and antecedent.head.i != antecedent.i:
                antecedent = antecedent.head  # (Todd and Gil, who both flew: the clause hangs on the last one)
            return _actors([antecedent])  # Koizumi (and Wang), who arrived in Manila: the antecedents
        return []  # never a gazetteer name: "who" is not the WHO
    counted = _counted_group(tok)
    if counted is not None:
        return counted
    if tok.lower_ in lex.QUANTITY_HEADS and tok.pos_ == "NOUN":
        # a wave of Russian drones, a barrage of rockets: what the quantity is of acts
        found = _actors([g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                         if g.dep_ == "pobj"])
        if found:
            return [replace(m, start=tok.idx, end=tok.idx + len(tok.text)) for m in found]
    if tok.text in ("North", "South") and any(c.lower_ == "the" for c in tok.children) and tok.dep_ != "compound" \
            and "Korea" in tok.doc.text:
        # dialogue with the North, leaflets flown into the South: the Korea an article on the two Koreas means
        return [Mention(text=f"{tok.text} Korea", start=tok.idx, end=tok.idx + len(tok.text), kind="country")]
    if tok.lower_ == "koreas" and any(c.lower_ in ("both", "two") for c in tok.children):
        # urged both Koreas, the two Koreas: South and North Korea
        return [Mention(text=name, start=tok.idx, end=tok.idx + len(tok.text), kind="country")
                for name in ("South Korea", "North Korea")]
    if tok.lower_ == "sides" and any(c.dep_ == "nummod" and c.lower_ == "two" for c in tok.children):
        return [Mention(text="the two sides", start=tok.idx, end=tok.idx + len(tok.text), kind="anaphor")]
    ent = _ent_of(tok)
    again = _named_before(tok, ent)
    if again:
        return again
    named = _named_in_apposition(tok, ent) or [
        m for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN" for m in _named_in_apposition(c, _ent_of(c))]
    if named:
        return named  # the role noun of "his Philippine counterpart, Gilberto Teodoro," is the person too
    titled = _titled_name(tok, ent) or _name_before_role(tok, ent)
    if titled:
        return titled
    if ent is not None and ent.label_ in _ENTITY_LABELS and not _known_surname(tok):
        return _from_entity(ent, tok)
    body = _untagged_body(tok, ent) or _craft_body(tok)
    if body is not None:
        return [body]
    if (tok.pos_ == "PROPN" or tok.pos_ == "NOUN" and tok.text.istitle()) and (
            _known_surname(tok) or tok.pos_ == "PROPN" and ent is None and _known_person(tok.text)):
        # Teodoro, Guo: a family name of a person named earlier, whatever the tagger made of it alone (or one
        # the people gazetteer lists: Modi)
        return [_mention([tok], "person")]
    place = _place(tok.text)
    if place is not None:
        return [_mention([tok], _kind(place))]
    if tok.pos_ == "NOUN" and tok.lower_ in lex.WEAPON_NOUNS and tok.dep_ in ("nsubj", "nsubjpass", "pobj"):
        # Ukrainian drones hit, Russia's missiles struck: the weapons stand for the country that fires them
        owner = _owner(tok, phrase)
        if owner is not None and owner.kind in ("country", "organization"):
            return [owner]
    if tok.lower_ == "capital":
        # the Indian capital, China's capital: the country, as its capital's name would be (a metonym)
        owner = _owner(tok, phrase)
        if owner is not None and owner.kind == "country":
            return [owner]
    if tok.pos_ == "NOUN" and relation_of(tok) is None and (tok.lemma_.lower() in lex.ROLE_NOUNS
                                                          or tok.lower_ in lex.ROLE_NOUNS):
        owners = _coordinated_owners(tok)
        if len(owners) > 1:
            # the foreign ministers of Venezuela and Guyana: one unnamed official (or government) for each
            if tok.lemma_.lower() in lex.COUNTRY_HEADS or tok.lower_ in lex.COUNTRY_HEADS:
                return owners
            return [_mention([tok], "role", o, text=f"{o.text} {tok.text}") for o in owners]
        owner = _owner(tok, phrase)
        if owner is None and (tok.lemma_.lower() in lex.COUNTRY_HEADS or tok.lower_ in lex.COUNTRY_HEADS):
            # Lukashenko's government, the Trump administration: the government a person leads acts for that
            # person's country, not as the person
            leaders = [m for c in tok.children if c.dep_ in ("poss", "compound") and c.pos_ == "PROPN"
                       for m in _actors([c]) if m.kind == "person"]
            if leaders:
                return [_mention([tok], "role", leaders[0], text=f"{leaders[0].text} {tok.text}")]
        if owner is not None:
            if tok.lemma_.lower() in lex.COUNTRY_HEADS or tok.lower_ in lex.COUNTRY_HEADS:
                return [owner]  # the Chinese government, Russian authorities: the country itself
            # Chinese officials, U.S. diplomats, Chinese banks: unnamed, acting for (or part of) the country
            return [_mention([tok], "role", owner, text=f"{owner.text} {tok.text}")]
    return []


def _craft_body(tok) -> Mention | None:
    """a China Coast Guard vessel, Israeli Air Force jets: craft stand for the named body they belong to."""
    if tok.lower_ not in lex.CRAFT_NOUNS:
        return None
    for child in tok.children:
        body = _ent_of(child) if child.dep_ == "compound" else None
        if body is not None and body.label_ == "ORG" and _is_body(body):
            return _body(body)
    return None


def _named_before(tok, ent) -> list[Mention]:
    """the Commission, the council, the agency: a body named again by the last word of its name stands for the
    last body of that name the article wrote in full (the European Commission, the U.N. Security Council)."""
    if tok.lower_ not in lex.BODY_HEADS or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
            or any(c.dep_ in ("compound", "amod", "poss", "nmod") for c in tok.children) \
            or (ent is not None and len(ent) > 2):
        return []
    for before in reversed([e for e in tok.doc.ents if e.end <= tok.i and e.label_ in ("ORG", "GPE")]):
        if len(before) > 1 and before[-1].lower_ == tok.lower_:
            found = _from_entity(before, before.root)
            return [replace(m, start=tok.idx, end=tok.idx + len(tok.text)) for m in found]
    return []


def _previous_group(tok, people: bool = False) -> list[Mention]:
    """They also called on Beijing: a sentence opening on "they" goes on with the group of actors that was the
    subject of the sentence before (the four governments voiced opposition. They also called on ...). With
    ``people``, a sentence opening on "he" or "she" goes on with the one person who was that subject (Prabowo
    was welcomed by Xi. He later held talks with Li Qiang: Prabowo), whoever was named last."""
    sent = sentence_of(tok)
    if sent.start == 0 or any(t.i < tok.i and t.pos_ in ("PROPN", "NOUN") for t in sent):
        return []
    before = sentence_of(tok.doc[sent.start - 1])
    group = _actors([c for c in before.root.children if c.dep_ in (("nsubj", "nsubjpass") if people else ("nsubj",))])
    if people:
        group = group if len(group) == 1 and group[0].kind == "person" else []
    elif len(group) < 2:
        group = []
    return [replace(m, start=tok.idx, end=tok.idx + len(tok.text)) for m in group]


def _untagged_body(tok, ent) -> Mention | None:
    """The Saudi Foreign Ministry when the tagger left it outside any entity: a capitalised body word with the
    capitalised words before it, one of them naming the country."""
    if ent is not None or tok.pos_ != "PROPN" or tok.lower_ not in lex.BODY_WORDS:
        return None
    i = tok.i
    while i > 0 and tok.doc[i - 1].text[:1].isupper() and tok.doc[i - 1].pos_ in ("PROPN", "ADJ") \
            and tok.doc[i - 1].head.i == tok.i:
        i -= 1
    tokens = list(tok.doc[i:tok.i + 1])
    owner = next((m for t in tokens[:-1] for m in (_place_or_demonym(t),) if m is not None), None)
    if owner is None:
        return None
    return _mention(tokens, "government", owner)


def _titled_name(tok, ent) -> list[Mention]:
    """Marles and Philippine Defense Secretary Gilberto Teodoro: a title the parser made the head of the phrase
    (the conjunct) stands for the name written right after it."""
    if ent is not None or tok.pos_ != "PROPN" or tok.i + 1 >= len(tok.doc):
        return []
    if not (tok.lemma_.lower() in lex.ROLE_NOUNS or tok.lower_ in lex.ROLE_NOUNS):
        return []
    after = _ent_of(tok.doc[tok.i + 1])
    if after is None or after.label_ != "PERSON" or after.start != tok.i + 1:
        return []
    return _from_entity(after, after.root)


def _name_before_role(tok, ent) -> list[Mention]:
    """Gedion Timothewos, Ethiopia's foreign minister: a name of two words or more with a role in apposition is a
    person acting for the role's country, whatever the tagger made of the name (a place, or part of one)."""
    if tok.pos_ != "PROPN" or (ent is not None and ent.label_ == "PERSON"):
        return []
    roles = [c for c in tok.children if c.dep_ == "appos" and (c.lemma_.lower() in lex.ROLE_NOUNS or c.lower_ in lex.ROLE_NOUNS)]
    # (a capitalised family name the tagger took for a word: He / Yongqian, a spokeswoman)
    names = sorted([t for t in tok.children if t.dep_ == "compound" and (t.pos_ == "PROPN" or t.text.istitle())]
                   + [tok], key=lambda t: t.i)
    if not roles or len(names) < 2 or names[-1].i - names[0].i != len(names) - 1:
        return []
    if _place(_span_text(names)) is not None or any(_place(t.text) is not None for t in names):
        return []
    return [_mention(names, "person", _owner(roles[0], []))]


def _named_in_apposition(tok, ent) -> list[Mention]:
    """his Philippine counterpart, Gilberto Teodoro: a proper name in apposition to a role is a person, who
    acts for the role's country, whatever the tagger made of the name."""
    head = tok.head
    if tok.pos_ != "PROPN" or tok.dep_ != "appos" or (ent is not None and ent.label_ not in ("PERSON",)):
        return []
    if not (head.lemma_.lower() in lex.ROLE_NOUNS or head.lower_ in lex.ROLE_NOUNS or head.lower_ == "counterpart"):
        return []
    names = sorted([t for t in tok.children if t.dep_ == "compound" and t.pos_ == "PROPN"] + [tok], key=lambda t: t.i)
    if len(names) < 2 or names[-1].i - names[0].i != len(names) - 1 or _place(_span_text(names)) is not None:
        return []
    return [_mention(names, "person", _owner(head, []))]


def _known_surname(tok) -> bool:
    ent = _ent_of(tok)
    if ent is not None and (ent.label_ == "PERSON" or len(ent) > 1):
        return False
    return tok.text in _surnames(tok.doc)


def _surnames(doc) -> frozenset[str]:
    cached = doc.user_data.get("kg.en.surnames")
    if cached is None:
        # (and the first: Indonesians go by one of their names, Prabowo Subianto is Prabowo)
        cached = frozenset(w.text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 for w in (e[0], e[-1])
                           if w.text[:1].isupper() and w.lower_ not in lex.ROLE_NOUNS and _place(w.text) is None)
        # (and the names read from a role in apposition: Tatyana Moskalkova, Russia's commissioner, then Moskalkova)
        cached |= frozenset(tok.text for tok in doc if tok.pos_ == "PROPN" and tok.dep_ != "compound"
                            and any(m.kind == "person" for m in _name_before_role(tok, _ent_of(tok))))
        doc.user_data["kg.en.surnames"] = cached
    return cached


def _without_article(ent) -> list:
    """An entity's tokens without a leading article (the Armed Forces of the Philippines keeps its second)."""
    tokens = list(ent)
    while tokens and tokens[0].lower_ in lex.DETERMINERS:
        tokens = tokens[1:]
    return tokens


def _from_entity(ent, tok) -> list[Mention]:
    tokens = _without_article(ent)
    if not tokens:
        return []
    text = _span_text(tokens).removesuffix("'s").removesuffix("’s").strip()
    if ent.label_ == "PERSON":
        # Crown Prince Mohammed bin Salman, Sheikh Tamim: a title the tagger took into the name is no part of it
        while len(tokens) > 1 and tokens[0].lower_ in lex.NAME_TITLES:
            tokens = tokens[1:]
        # (and a capitalised family name it left out: He / Yongqian)
        tokens = [t for t in ent.root.children if t.dep_ == "compound" and t.i == tokens[0].i - 1
                  and t.text.istitle() and t.pos_ == "PRON"] + tokens
        text = _span_text(tokens).removesuffix("'s").removesuffix("’s").strip()
    if ent.label_ == "PERSON" and _place(text) is None:  # (the tagger takes Kyiv for a person now and then)
        return [_mention(tokens, "person", _title_owner(ent) or _known_country(text, ent), text=text)]
    if _place(text) is None and (_known_person(text) or _titled_in_apposition(ent)):
        # Vassily Nebenzia tagged a place: a person of ontologies/people.ttl is a person whatever the tagger says
        return [_mention(tokens, "person", _title_owner(ent) or _known_country(text, ent), text=text)]
    place = _place(text)
    if place is not None:
        return [_mention(tokens, _kind(place), text=text)]
    pair = _hyphenated_places(tokens)
    if pair:
        return pair  # Venezuela-Guyana talks, the U.S.-Japan alliance: both sides
    if ent.label_ == "NORP":
        demonym = _demonym(ent[0]) if len(ent) == 1 else None
        if demonym is not None and tok.i in range(ent.start, ent.end) and tok.dep_ not in ("amod", "compound"):
            return [_mention(tokens, "country", text=demonym.pref_en)]
        return []
    if ent.label_ == "ORG" and _is_body(ent):
        return [_body(ent)]
    return []


def _is_body(ent) -> bool:
    """An ORG entity that names a government body: the Russian Foreign Ministry, the China Coast Guard, the
    Pentagon, the Bank of Japan (a bank only as a central bank)."""
    words = {t.lower_ for t in ent}
    return bool(words & lex.BODY_WORDS) or _state_body_country(ent) is not None or (
        "bank" in words and bool(words & lex.CENTRAL_BANK_WORDS))


def _state_body_country(ent):
    """The country of a body whose name does not say it (the Pentagon: the United States)."""
    name = lex.STATE_BODIES.get(_strip_the(ent.text.lower()).removesuffix("'s").removesuffix("’s").strip())
    return gazetteer().lookup(name) if name else None


def _titled_in_apposition(ent) -> bool:
    """Vassily Nebenzia, Russia's U.N. envoy: a name of two words or more followed by a role in apposition."""
    return len(ent) >= 2 and all(t.pos_ == "PROPN" for t in ent) and any(
        c.dep_ == "appos" and (c.lemma_.lower() in lex.ROLE_NOUNS or c.lower_ in lex.ROLE_NOUNS)
        for c in ent.root.children)


def _known_country(text: str, ent) -> Mention | None:
    """Whom a person of ontologies/people.ttl acts for, when the text gives a title without a country (Chief
    Cabinet Secretary Minoru Kihara)."""
    from kg.vocab import people

    person = people().lookup(text) if " " in text else None
    if person is None or not person.acts_for:
        return None
    place = gazetteer().get(person.acts_for)
    return _placed(place, ent.start_char, ent.end_char)


def _known_person(text: str) -> bool:
    """A person of ontologies/people.ttl, by a full name or by a name the entry itself lists (Lavrov, Modi)."""
    from kg.vocab import people

    return people().lookup(text) is not None and _place(text) is None


def _hyphenated_places(tokens) -> list[Mention]:
    """The places of a hyphenated pair (Venezuela-Guyana, U.S.-China), when every part is one."""
    parts = [t for t in tokens if t.text not in ("-", "–")]
    if len(parts) < 2 or len(parts) == len(tokens):
        return []
    found = []
    for t in parts:
        place = _place(t.text)
        if place is None:
            return []
        found.append(_mention([t], _kind(place)))
    return found


def _owner(tok, phrase) -> Mention | None:
    """The country a role or body belongs to: a possessive (China's foreign minister), a demonym
    (Chinese officials), a compound place (U.S. officials), or of-phrase (the government of Japan)."""
    for child in tok.children:
        if child.dep_ == "poss" and child.lower_ in ("its", "their"):
            found = _previous_subject_country(child)
            if found is not None:
                return found
        if child.dep_ in ("poss", "compound", "amod", "nmod"):
            # (or a nationality on that word: Afghan Taliban forces)
            found = _place_or_demonym(child) or next(
                (m for g in child.children if g.dep_ in ("compound", "amod") and g.i < child.i
                 for m in (_place_or_demonym(g),) if m is not None and m.kind == "country"), None)
            if found is not None:
                return found
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                found = _place_or_demonym(obj)
                if found is not None:
                    return found
        if child.dep_ == "prep" and child.lower_ == "for" and tok.lower_ in lex.SPOKESPERSON_NOUNS:
            # a spokeswoman for the ministry, a spokesman for the Chinese embassy: whom they speak for
            for obj in child.children:
                found = [m for m in read_actor(obj) if m.kind in ("government", "organization", "country", "anaphor")]
                if found:
                    return found[0]
    return None


def _previous_subject_country(tok) -> Mention | None:
    """Sudan struck a more cautious tone. Its foreign minister, ...: "its" opening a sentence is the country the
    sentence before was about (its subject)."""
    sent = sentence_of(tok)
    if sent.start == 0 or any(t.i < tok.i and t.pos_ in ("PROPN", "NOUN") for t in sent):
        return None
    before = sentence_of(tok.doc[sent.start - 1])
    found = [m for m in _actors([c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")])
             if m.kind in ("country", "organization")]
    return found[0] if len(found) == 1 else None


def _coordinated_owners(tok) -> list[Mention]:
    """The places of an of-phrase with several members: ministers of Venezuela and Guyana; and coordinated
    nationalities: Thai and Cambodian forces."""
    for child in tok.children:
        if child.dep_ in ("amod", "compound", "nmod") and any(c.dep_ == "conj" for c in child.children):
            found = [m for member in _members(child) for m in (_nationality(member),) if m is not None]
            if len(found) > 1:
                return found
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return [m for member in _members(obj) for m in (_place_or_demonym(member),) if m is not None]
    return []


def _nationality(tok) -> Mention | None:
    """A place or nationality word with the words written onto it: North Korean, South African."""
    before = [c for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i]
    if before:
        text = " ".join(t.text for t in [*before, tok])
        place = _place(text) or _demonym_text(text)
        if place is not None:
            return _placed(place, before[0].idx, tok.idx + len(tok.text))
    return _place_or_demonym(tok)


def _place_or_demonym(tok) -> Mention | None:
    ent = _ent_of(tok)
    text = _span_text(list(ent)) if ent is not None else tok.text
    text = text.removesuffix("'s").removesuffix("’s").strip()
    place = _place(text)
    if place is None:
        place = _demonym(tok)
        if place is None:
            return None
        text = place.pref_en
    return _placed(place, tok.idx, tok.idx + len(tok.text), text)


def _hyphenated_owners(tok) -> list[Mention]:
    """U.S.-South Korean drills: each side of a hyphenated pair of places or nationalities."""
    ent = _ent_of(tok)
    if ent is None or "-" not in ent.text:
        return []
    found = []
    for part in ent.text.split("-"):
        part = part.strip()
        place = _place(part) or _demonym_text(part)
        if place is None:
            return []
        found.append(_placed(place, ent.start_char, ent.end_char))
    return found if len(found) > 1 else []


def _body(ent) -> Mention:
    """A government body named by an ORG entity, with the nationality written before it (the Russian
    Foreign Ministry: spaCy leaves Russian outside the entity)."""
    tokens = _without_article(ent)
    if tokens and tokens[-1].lower_ in ("'s", "’s"):
        tokens = tokens[:-1]  # (the Commerce Department's Bureau: the possessive is no part of the name)
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.lower_ in ("'s", "’s"):
        # South Korea's National Intelligence Service: the tagger took the possessive into the place; the place
        # owns the body and is no part of its name
        owner = _place_or_demonym(ent.doc[before.i - 1]) if before.i else None
        return _mention(tokens, "government", owner or _owner_in(ent))
    if before is not None and _place_or_demonym(before) is not None and tokens:
        tokens = [before] + tokens
    known = _state_body_country(ent)
    owner = _placed(known, ent.start_char, ent.end_char) if known is not None else None
    return _mention(tokens, "government",
                    owner or _owner_in(ent) or (_place_or_demonym(before) if before is not None else None))


def _owner_in(ent) -> Mention | None:
    owner = next((m for c in ent.root.children if c.dep_ == "poss" and c.i < ent.start
                  for m in (_place_or_demonym(c),) if m is not None), None)
    if owner is not None:
        return owner  # North Korea's state-run Korean Central News Agency: the possessor says whose
    # (the U.S. Commerce Department's Bureau of Industry and Security: a body of a body)
    above = next((e for c in ent.root.children if c.dep_ == "poss" and c.i < ent.start
                  for e in (_ent_of(c),) if e is not None and e.label_ == "ORG" and _is_body(e)), None)
    if above is not None:
        return _body(above)
    for t in ent:
        found = _place_or_demonym(t)
        if found is None and t.pos_ == "PROPN" and (place := _place(t.text)) is not None:
            # the China Coast Guard: the country's name inside the body's own entity
            found = _placed(place, t.idx, t.idx + len(t.text), t.text)
        if found is not None:
            return found
    head = ent.root
    return _owner(head, list(ent))


def _title_owner(ent) -> Mention | None:
    """U.S. Secretary of State Marco Rubio, Chinese Foreign Ministry spokesperson Lin Jian, and appositions:
    Wang Yi, China's foreign minister."""
    head = ent.root
    i = ent.start - 1
    start = sentence_of(ent[0]).start
    while i >= start and (ent.doc[i].dep_ in ("compound", "amod", "nmod", "poss", "case", "det")
                          or ent.doc[i].pos_ in ("PROPN", "ADJ", "NOUN") and ent.doc[i].head.i >= ent.start
                          or _title_word(ent.doc[i])):
        i -= 1
    title = ent.doc[i + 1:ent.start]  # the title written right before the name
    for t in title:  # a body first (Chinese Foreign Ministry spokesperson), then a country (U.S. Secretary)
        ent_t = _ent_of(t)
        if ent_t is not None and ent_t.label_ == "ORG" and _is_body(ent_t):
            body = _body(ent_t)
            if body.affiliation is not None:
                return body
    for t in title:
        found = _place_or_demonym(t)
        if found is not None:
            return found
    for child in head.children:
        if child.dep_ == "appos":
            # Maria Zakharova, the Russian Foreign Ministry spokeswoman; Esmaeil Baghaei, a spokesman for the
            # Iranian Foreign Ministry; Wang Yi, China's foreign minister
            for t in child.subtree:
                ent_t = _ent_of(t)
                if ent_t is not None and ent_t.label_ == "ORG" and _is_body(ent_t):
                    return _body(ent_t)
            # (not where an envoy is sent: President Macron's personal envoy for Lebanon acts for France)
            posted = {t.i for p in child.subtree if p.dep_ == "prep" and p.lower_ in lex.POSTING_PREPS
                      and p.head.lemma_.lower() in lex.ENVOY_NOUNS for t in p.subtree}
            owner = _owner(child, []) or _leader_country(child) or next(
                (m for t in child.subtree if t.i not in posted and (m := _place_or_demonym(t))), None)
            if owner is not None:
                return owner
    return None


def _title_word(tok) -> bool:
    """A capitalised word of a title written before a name, whatever the parser attached it to (Marles and
    Philippine Defense Secretary Gilberto Teodoro: Secretary is parsed as the conjunct)."""
    return tok.pos_ in ("PROPN", "ADJ") and tok.text[:1].isupper() and tok.dep_ != "ROOT"


def _leader_country(role) -> Mention | None:
    """President Emmanuel Macron's envoy: the country of the known leader whose envoy it is."""
    from kg.vocab import people

    for child in role.children:
        if child.dep_ == "poss" and child.ent_type_ == "PERSON":
            ent = _ent_of(child)
            person = people().lookup(ent.text if ent is not None else child.text)
            if person is not None and person.acts_for and person.acts_for.startswith("country/"):
                place = gazetteer().get(person.acts_for)
                return _placed(place, child.idx, child.idx + len(child.text))
    return None


def mentions(doc) -> Iterator[Mention]:
    for tok in doc:
        if tok.pos_ in ("NOUN", "PROPN", "PRON") and tok.dep_ not in ("compound", "amod"):
            yield from (restore(doc, m) for m in read_actor(tok))


# ---- relations ---------------------------------------------------------------------------------

def relations(doc) -> Iterator[Relation]:
    seen = set()
    for sent in doc.sents:
        for rel in _sentence_relations(sent):
            key = (rel.subject.start, rel.subject.text, rel.predicate, rel.object.start, rel.object.text, rel.negated)
            if key not in seen:
                seen.add(key)
                yield restore(doc, rel)


def _sentence_relations(sent) -> Iterator[Relation]:
    for ent in sent.ents:
        if ent.label_ == "ORG" and _is_body(ent):
            # a named government body acts for its country wherever it is named (the Philippine Navy)
            yield from _titles(ent.root, sent)
    for tok in sent:
        if tok.pos_ == "PROPN" and tok.lower_ in lex.BODY_WORDS and not tok.ent_type_:
            yield from _titles(tok, sent)  # the same for a body the tagger left untagged
        if tok.pos_ == "ADJ" and tok.lower_ in lex.DUE_WORDS and tok.dep_ == "acomp":
            yield from _due(tok, sent)
    for tok in sent:
        ent = _ent_of(tok) if tok.pos_ == "PROPN" else None
        if ent is not None and tok.i == ent.end - 1 and (tok.ent_type_ == "PERSON" or _titled_in_apposition(ent)) \
                or tok.pos_ == "PROPN" and _name_before_role(tok, ent):
            yield from _titles(tok, sent)
        found = relation_of(tok)
        if found is None and tok.pos_ == "VERB" and tok.lemma_.lower() in lex.REFUSED_WHEN_NEGATED and _negated(tok):
            # would never recognize Russia's annexation, did not accept Japan's proposal: rejects the owner
            yield from (_attribute(replace(r, negated=False), tok)
                        for r in _verbal(tok, "rejects", "verbal", sent))
            continue
        if found is None:
            continue
        predicate, rule = found
        # (offered to host talks: a word the tagger took for a noun, with an infinitive's "to" and an object, is a verb)
        if tok.pos_ == "VERB" or tok.pos_ == "NOUN" and tok.dep_ == "xcomp" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and any(c.dep_ == "dobj" for c in tok.children):
            if tok.lemma_.lower() in lex.LIGHT_VERBS and not _hands_over(tok):
                continue
            if tok.lemma_.lower() in lex.CLASH_VERBS or _exchanged_fire(tok):
                yield from (_attribute(r, tok) for r in _clash(tok, sent))
                continue
            yield from (_attribute(r, tok) for r in _verbal(tok, predicate, rule, sent))
        else:
            yield from (_attribute(r, tok) for r in _nominal(tok, predicate, sent))


def _titles(tok, sent) -> Iterator[Relation]:
    for m in read_actor(tok):
        for member, owner in affiliations(m):
            yield _relation(member, "affiliatedWith", owner, tok, sent, "title")


def _args(verb):
    """subject, objects, targets, partners, agent of a verb."""
    subjects, objects, targets, partners, agents = [], [], [], [], []
    for child in verb.children:
        dep = child.dep_
        if dep in ("nsubj",):
            # (WARSAW — Poland and Lithuania accused…: the parser makes the dateline the subject, the real one its
            # apposition)
            subjects.extend(_undated([child]))
        elif dep == "nsubjpass":
            objects.append(child)
        elif dep in ("dobj", "dative", "attr"):
            objects.append(child)
        elif dep == "agent":
            agents.extend(c for c in child.children if c.dep_ == "pobj")
        elif dep == "prep":
            pobjs = [c for c in child.children if c.dep_ == "pobj"]
            if child.lower_ in lex.PARTNER_PREPS:
                partners.extend(pobjs)
            elif child.lower_ in lex.TARGET_PREPS or (child.lower_ in lex.PLACE_PREPS
                                                      and lexicon().get(verb.lemma_.lower()) == "visits"):
                targets.extend(pobjs)
    if subjects and all(s.lower_ in ("it", "they") for s in subjects):
        # Ethiopia said it would continue negotiations: "it" is the subject of the verb of saying above
        node = verb
        while node.dep_ in ("ccomp", "xcomp", "conj", "advcl") and node.head.i != node.i:
            node = node.head
            above = [c for c in node.children if c.dep_ == "nsubj" and _actors([c])]
            if above and any(s.lower_ == "they" for s in subjects) and len(_members(above[0])) == 1 \
                    and [m.kind for m in _actors([above[0]])] == ["person"]:
                break  # (Waltz said they shielded Pyongyang: "they" are others than one speaker)
            if above:
                return above, objects, targets, partners, agents
    if subjects and not _actors(subjects):
        # its jets had hit, Russia's drones struck: what acts for its owner stands for the owner
        owners = [c for s in subjects for c in s.children if c.dep_ == "poss" and _actors([c])]
        # (its jets: "its" is the subject of the clause above, The IDF said its jets had hit)
        own = [c for s in subjects for c in s.children if c.dep_ == "poss" and c.lower_ == "its"]
        if own and verb.dep_ == "ccomp":
            owners = owners or [c for c in verb.head.children if c.dep_ == "nsubj" and _actors([c])]
        subjects = _fronted_subjects(verb) or owners or subjects
    return subjects, objects, targets, partners, agents


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


def _inherit_subject(verb) -> list:
    """Shared subjects: conjoined verbs (condemned X and urged Y), controlled verbs (vowed to support),
    relative clauses (the country that invaded)."""
    node = verb
    if verb.dep_ == "conj" and verb.tag_ in _FINITE and verb.head.tag_ not in _FINITE:
        # said Moscow would ask the Council to hold a meeting and urged the IAEA to: a finite verb is never
        # conjoined with an infinitive; it shares the subject of the finite verb above
        above = verb.head
        while above.head.i != above.i and above.tag_ not in _FINITE:
            above = above.head
        while above.dep_ in ("ccomp", "xcomp") and above.head.i != above.i:
            above = above.head
        subjects = _undated([c for c in above.children if c.dep_ == "nsubj"])
        if subjects:
            return subjects
    while (node.dep_ in ("conj", "xcomp", "advcl", "ccomp", "relcl", "acl", "pcomp", "acomp")
           or node.dep_ in ("prep", "advmod") and node.pos_ in ("ADP", "ADV")
           # had no plans to meet, made an offer to host: the intention's holder
           or node.dep_ == "dobj" and node.lemma_.lower() in lex.INTENT_NOUNS) and node.head.i != node.i:
        if node.dep_ in ("relcl", "acl") and read_actor(node.head):
            return [node.head]
        if node.dep_ == "xcomp" and node.head.lemma_.lower() not in lex.SUMMON_VERBS:
            # object control: urged Beijing to stop, called on China to halt: the addressee acts (not after
            # summoned the ambassador to lodge a protest: the one who summons lodges it)
            controller = [c for c in node.head.children if c.dep_ == "dobj"] or [
                g for p in node.head.children if p.dep_ in ("prep", "prt") and p.lower_ in ("on", "upon")
                for g in p.children if g.dep_ == "pobj"]
            if controller and _actors(controller):
                return controller
        node = node.head
        if node.pos_ == "ADP" and node.head.pos_ == "VERB":
            # object control through a preposition: warned China against supplying, accused Kyiv of staging
            controller = [c for c in node.head.children if c.dep_ == "dobj"]
            if controller and _actors(controller):
                return controller
        if node.dep_ == "pcomp" or node.pos_ == "ADP":
            continue
        subjects = [c for c in node.children if c.dep_ == "nsubj"] or [
            # Britain and France are expected to announce, Iran is set to resume: the raised subject
            c for c in node.children if c.dep_ == "nsubjpass" and node.lemma_.lower() in lex.RAISING_VERBS
            and _actors([c])]
        # (WARSAW — Poland and Lithuania accused…, and called on: the subject in apposition to a dateline)
        subjects = _undated(subjects)
        if subjects and all(s.lower_ in ("it", "they") for s in subjects) and node.dep_ == "ccomp" \
                and node.head.lemma_.lower() in lex.SPEECH_VERBS:
            # the Kremlin said it had no plans to: "it" is whoever said so
            subjects = [c for c in node.head.children if c.dep_ == "nsubj"] or subjects
        if subjects and not _actors(subjects) and verb.dep_ == "conj" and node.i == verb.head.i and node.dep_ == "ccomp":
            # said prisoner swaps were no substitute and called on Russia to: a verb the parser joined to the
            # reported clause, whose subject is a thing, belongs with the verb of saying
            continue
        if subjects:
            return subjects
    return []


def _undated(subjects) -> list:
    """Subjects with a dateline replaced by what the parser set in apposition to it (WARSAW — Poland and ...)."""
    return [a for s in subjects for a in ([c for c in s.children if c.dep_ == "appos"] if _dateline(s) else [s])]


def _members(tok) -> list:
    """A noun and the nouns conjoined with it: Japan and South Korea."""
    found = [tok]
    for child in tok.children:
        if child.dep_ == "conj":
            found.extend(_members(child))
    return found


def _actors(tokens) -> list[Mention]:
    return [m for tok in tokens for member in _members(tok) for m in read_actor(member)]


_GROUPS: WeakKeyDictionary = WeakKeyDictionary()  # Doc -> [(first token, the actors of a coordination)]


def _coordinations(doc) -> list[tuple[int, list[Mention]]]:
    """Every coordination of two actors or more in the article, in text order (Japan, the United States,
    Australia and the Philippines), for the counted groups that refer back to them (the four countries)."""
    found = _GROUPS.get(doc)
    if found is None:
        found = _GROUPS[doc] = []  # (a counted group met while reading these finds the ones before it)
        for tok in doc:
            if tok.dep_ != "conj" and tok.pos_ in ("PROPN", "NOUN") and any(c.dep_ == "conj" for c in tok.children):
                read = [m for member in _members(tok) for m in read_actor(member)]
                if len(read) > 1:
                    found.append((tok.i, read))
    return found


def _named_people(tok) -> list[Mention]:
    """The people named before a token, each once, in the order first named."""
    seen, people = set(), []
    for ent in tok.doc.ents:
        if ent.start >= tok.i:
            break
        if ent.label_ == "PERSON":
            for m in _from_entity(ent, ent.root):
                surname = m.text.split()[-1]
                if m.kind == "person" and surname not in seen:
                    seen.add(surname)
                    people.append(m)
    return people


def _counted_group(tok) -> list[Mention] | None:
    """the four countries, the three governments, his three counterparts: the last coordination of that many
    actors the article named (their countries for countries and governments); None when not such a phrase."""
    if tok.lemma_.lower() not in lex.GROUP_NOUNS:
        return None
    number = next((lex.NUMBER_WORDS.get(c.lower_) or (int(c.text) if c.text.isdigit() else None)
                   for c in tok.children if c.dep_ == "nummod"), None)
    if not number:
        return None
    countries = tok.lemma_.lower() in lex.COUNTRY_GROUP_NOUNS
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
    if not group and not countries:
        # the four ministers met: with no coordination of four, the last four people the article named
        people = _named_people(tok)
        group = people[-number:] if len(people) >= number else []
    return [replace(m, start=tok.idx, end=tok.idx + len(tok.text)) for m in group] if len(group) == number else []


def _verbal(verb, predicate, rule, sent) -> Iterator[Relation]:
    subjects, objects, targets, partners, agents = _args(verb)
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    if passive:
        rule = "passive"
        subjects = agents
    if not subjects:
        subjects = _inherit_subject(verb)
    if rule == "phrasal":
        # (the phrasal verb's own preposition: fired missiles at Israel in solidarity with Iran: at Israel)
        particles = _phrasal_particles(verb)
        own = [p for p in particles if (verb.lemma_.lower(), p.lower_) in lex.PHRASAL]
        targets = [c for p in (own or particles) for c in p.children if c.dep_ == "pobj"]
    objects = [n for o in objects for n in _named_thing(o)] + [
        n for c in verb.children if c.dep_ == "ccomp" and _naming(c) for n in _named_thing(
            next(w for w in c.children if w.lower_ == "what"))]
    if predicate == "sanctions" and verb.lemma_.lower() in lex.RESTRICTING_VERBS and not _actors(targets):
        # suspended imports of Japanese seafood, imports from Japan, exports to Russia: whose goods, or where to
        flows = [o for o in objects if o.lemma_.lower() in lex.TRADE_FLOWS]
        targets = _owners([g for o in flows for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                           for g in p.children if g.dep_ == "pobj"]) and [
            g for o in flows for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
            if g.dep_ == "pobj"]
        targets = targets or [g for o in flows for p in o.children if p.dep_ == "prep"
                              and p.lower_ in ("from", "to") for g in p.children if g.dep_ == "pobj"]
        objects = [] if targets else objects
    if predicate == "sanctions" and verb.lemma_.lower() in lex.CLOSING_VERBS and not _actors(targets):
        # closed its border with Belarus: whom the closed thing faces
        targets = [g for o in objects for p in o.children if p.dep_ == "prep" and p.lower_ in ("with", "to")
                   for g in p.children if g.dep_ == "pobj"] + [
            g for p in verb.children if p.dep_ == "prep" and p.lower_ in ("to", "with") for g in p.children
            if g.dep_ == "pobj"]
        objects = []
    if verb.lemma_.lower() in lex.HELPING_VERBS and not _actors(objects + targets):
        # helping Minsk fly migrants in: whom one helps is the subject of what they are helped to do
        objects = [g for c in verb.children if c.dep_ in ("ccomp", "xcomp") for g in c.children if g.dep_ == "nsubj"]
    named = _condemning_name(verb) if predicate == "criticizes" else None
    if named is not None:
        objects = [named]  # (called the launches "unacceptable": whose the launches are)
    if predicate == "hosts" and not _actors(objects) and any(o.lemma_.lower() in lex.MEETING_NOUNS for o in objects):
        # offered to host talks between Thailand and Cambodia: the host receives the parties of the event it holds
        objects = [m for o in objects if o.lemma_.lower() in lex.MEETING_NOUNS for p in o.children
                   if p.dep_ == "prep" and p.lower_ in ("between", "with", "among") for g in p.children
                   if g.dep_ == "pobj" for m in _members(g)] or objects
    if predicate == "threatens" and not _actors(objects + targets):
        # threatened to impose tariffs on Mexico, to strike Iran: whom the threatened act is aimed at
        # (the parser may hang the infinitive as an adverbial clause: threatened on Monday to impose tariffs)
        objects = [t for c in verb.children if c.dep_ == "xcomp" or c.dep_ == "advcl" and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for t in _aimed_objects(c)]
    stranded = _stranded_to(verb, predicate)
    if stranded:
        # condemned the U.S. arms sale to Taiwan: the sale is to Taiwan, the condemnation of its seller
        targets = [t for t in targets if t not in stranded]
    if not _actors(objects + targets) and _summoned(verb):
        # summoned Belarus's chargé d'affaires to protest the incursions: the one summoned is told
        targets = _summoned(verb)
    if predicate in lex.CLAUSE_TARGETED and not objects and not _actors(targets):
        # warned that the United States would bear the consequences: the clause's subject is the target
        # (not the speaker's own side: Israeli Defense Minister Katz warned that Israel would act)
        own = {_key(m) for s in _actors(subjects) for m in _chain_of(s)}
        clause_subjects = [g for c in verb.children if c.dep_ == "ccomp" and not _naming(c)
                           for g in c.children if g.dep_ == "nsubj" and not {_key(m) for m in _actors([g])} & own]
        if _actors(clause_subjects):
            objects, rule = clause_subjects, "target-clause"
        elif predicate in ("warns", "threatens"):
            # warned that Israel would act with full force against Hezbollah: whom the threatened act is aimed at
            # (wherever the parser hung the preposition: act with full force against Hezbollah)
            # (warned that Israel would strike Iran again: the object of a hostile act is whom it is aimed at)
            aimed = [t for c in verb.children if c.dep_ == "ccomp" and not _naming(c)
                     for t in ((_args(c)[1] if (relation_of(c) or ("",))[0] in lex.HOSTILE_RELATIONS else [])
                               or _args(c)[2] or [g for p in c.subtree if p.dep_ == "prep" and p.lower_ in lex.AIMED_PREPS
                                                  for g in p.children if g.dep_ == "pobj"])
                     if not {_key(m) for m in _actors([t])} & own]
            # (countermeasures against U.S.-South Korean drills: whose the drills are)
            if _actors(aimed) or [m for m in _owners(aimed, events=False) if _key(m) not in own]:
                objects, rule = aimed, "target-clause"
    yield from _pairs(subjects, objects, targets, partners, predicate, verb, sent, rule)
    if predicate in lex.MEETING_RELATIONS and not passive:
        yield from _visits_where_met(subjects, [verb, *objects], verb, sent, rule)
    if predicate == "hosts" and verb.lemma_.lower() in lex.MEETING_RECEPTIONS and not passive:
        # the crown prince received the Iranian foreign minister in Riyadh: a reception by a person is a meeting
        # too (a country that hosts ministers meets no one)
        if any(m.kind in ("person", "role") for m in _actors(subjects)):
            yield from _pairs(subjects, objects, [], [], "meetsWith", verb, sent, rule)
        # (and the one received in Riyadh visits Saudi Arabia, unless that is their own country)
        yield from _visits_where_met(objects, [verb, *objects], verb, sent, rule, people_only=False)


def _aimed_objects(verb) -> list:
    """Whom an act is aimed at: the object of a hostile verb (strike Iran), or the target of the event a verb
    carries (impose tariffs on Mexico)."""
    found = relation_of(verb)
    _, objects, targets, _, _ = _args(verb)
    if found is not None and found[0] in lex.HOSTILE_RELATIONS:
        return objects + targets
    aimed = targets + [g for o in objects if (relation_of(o) or ("",))[0] in lex.HOSTILE_RELATIONS
                       for p in o.children if p.dep_ == "prep" and p.lower_ in lex.NOMINAL_OBJECT_PREPS
                       for g in p.children if g.dep_ == "pobj"]
    # (tariffs on 18 billion euros of U.S. goods: an amount stands for what it is an amount of)
    return [_of_amount(g) for g in aimed]


def _of_amount(tok):
    """The noun an amount is of (18 billion euros of U.S. goods -> goods); else the token itself."""
    if tok.lemma_.lower() in lex.MONEY_NOUNS or tok.lemma_.lower() in lex.QUANTITY_HEADS:
        return next((g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                     if g.dep_ == "pobj"), tok)
    return tok


def _visits_where_met(visitors, tokens, pred, sent, rule, *, people_only: bool = True) -> Iterator[Relation]:
    """who held talks with Lavrov in Moscow: whoever meets someone in a country visits it (linking drops the
    ones who are at home there); with ``people_only`` false, any guest received there does."""
    places = _located(tokens)
    if not places:
        return
    negated, hedged = _negated(pred), _hedged(pred)
    for s in _actors(visitors):
        for place in places:
            if (not people_only or s.kind in ("person", "role")) and _key(s.affiliation or s) != _key(place):
                yield _relation(s, "visits", place, pred, sent, rule, negated=negated, hedged=hedged)


def _condemning_name(verb):
    """called the sanctions illegal, calling the launch "an outrageous act": the thing a verb of calling gives a
    word of condemnation to (the parser may make the thing the subject of a clause: called [the launches
    "unacceptable"]); None when the verb names nothing so."""
    if verb.lemma_.lower() not in lex.CALLING_VERBS:
        return None
    for holder in (verb, *(c for c in verb.children if c.dep_ == "ccomp")):
        for oprd in (c for c in holder.children if c.dep_ == "oprd"):
            # (the word itself and its modifiers, never a phrase under it: a shield against Russian aggression)
            words = [oprd, *(c for c in oprd.children if c.dep_ in ("amod", "compound"))]
            if any(t.lemma_.lower() in lex.NEGATIVE_JUDGEMENTS or t.lower_ in lex.NEGATIVE_JUDGEMENTS for t in words):
                thing = next((c for c in holder.children if c.dep_ in ("dobj", "nsubj") and c.i < oprd.i
                              and (holder.i != verb.i or c.dep_ == "dobj")), None)
                if thing is not None:
                    return thing
    return None


def _exchanged_fire(verb) -> bool:
    """exchanged fire, traded artillery fire, exchanged shots: fire going both ways is a clash."""
    return verb.lemma_.lower() in lex.EXCHANGE_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in lex.FIRE_NOUNS for c in verb.children)


def _clash(verb, sent) -> Iterator[Relation]:
    """Indian troops clashed with Chinese soldiers: a clash is fought by both sides, each attacking the other."""
    subjects, _, _, partners, _ = _args(verb)
    sides = _actors(subjects or _inherit_subject(verb)) + _actors(partners)
    if len(_actors(subjects)) > 1 and not partners:
        sides = _actors(subjects)  # Indian and Chinese troops clashed
    negated, hedged = _negated(verb), _hedged(verb)
    for a in sides:
        for b in sides:
            if (a.text, a.start) != (b.text, b.start) and _key(a) != _key(b):
                yield _relation(a, "attacks", b, verb, sent, "verbal", negated=negated, hedged=hedged)


def _due(adj, sent) -> Iterator[Relation]:
    """Prabowo is due in Tokyo on Thursday: whoever is due in a country is to visit it (hedged: still to come)."""
    places = [g for p in adj.children if p.dep_ == "prep" and p.lower_ in ("in", "to") for g in p.children
              if g.dep_ == "pobj"]
    visitors = _actors([c for c in adj.head.children if c.dep_ == "nsubj"])
    for v in visitors:
        for place in _actors(places):
            if place.kind in ("country", "organization") and _key(place) != _key(v):
                yield _relation(v, "visits", place, adj, sent, "verbal", negated=_negated(adj.head), hedged=True)


def _received_visitor(verb) -> bool:
    """welcomed / received a named person (not a decision), or an official in or to a place; so was the
    person welcomed by X."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    people_ = [m for m in _actors(objects) if m.kind in ("person", "role")]
    placed = any(c.dep_ == "prep" and c.lower_ in ("in", "to", "at")
                 for t in (verb, *objects) for c in t.children)
    return bool(people_) and (placed or any(m.kind == "person" for m in people_))


def _chain_of(m: Mention) -> list[Mention]:
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
            found.append(_placed(place, m.start, m.end))
    return found


def _key(m: Mention) -> str:
    place = _place(m.text)
    return place.key if place is not None else m.text


def _naming(clause) -> bool:
    return clause.lemma_.lower() in lex.NAMING_VERBS and any(c.lower_ == "what" for c in clause.children)


def _named_thing(obj) -> list:
    """condemned what she called Iran's "direct participation": the object is the thing the speaker names
    (its owner is then the target); any other object stays as it is."""
    if obj.lower_ != "what" or obj.head.lemma_.lower() not in lex.NAMING_VERBS:
        return [obj]
    return [c for c in obj.head.children if c.dep_ in ("oprd", "dobj", "attr") and c.i != obj.i] or [obj]


def _nominal(noun, predicate, sent) -> Iterator[Relation]:
    """China's support for Russia; the invasion of Ukraine by Russia; U.S. sanctions on Iran; Biden-Xi talks."""
    subjects, objects, partners = [], [], []
    for child in noun.children:
        if child.dep_ == "poss":
            subjects.append(child)
        elif child.dep_ in ("compound", "amod", "nmod") and (read_actor(child) or _demonym(child)):
            subjects.append(child)
        elif child.dep_ == "prep":
            pobjs = [c for c in child.children if c.dep_ == "pobj"]
            if child.lower_ == "by":
                subjects.extend(pobjs)
            elif child.lower_ in lex.PARTIES_PREPS:
                partners.extend(pobjs)
            elif child.lower_ in lex.PARTNER_PREPS and predicate in symmetric():
                partners.extend(pobjs)
            elif child.lower_ in lex.NOMINAL_OBJECT_PREPS or (child.lower_ == "over" and predicate in lex.OVER_TAKING):
                objects.extend(pobjs)
    if noun.dep_ == "pobj" and noun.head.lower_ == "with" and noun.head.head.pos_ == "VERB" \
            and relation_of(noun.head.head) is None:
        # hits Iran with new sanctions, targeted Kyiv with drones: the verb's subject does it to its object
        verb = noun.head.head
        subjects = subjects or [c for c in verb.children if c.dep_ == "nsubj"] or _inherit_subject(verb)
        objects = objects or [c for c in verb.children if c.dep_ == "dobj"]
    if not objects and noun.dep_ == "pobj" and noun.head.lower_ == "under" and noun.head.head.pos_ in ("VERB", "AUX") \
            and noun.head.head.lemma_ in ("be", "remain", "come", "fall", "stay"):
        # Belarus has been under EU sanctions, Iran remains under U.S. sanctions: the subject of "be" is the target
        objects = [c for c in noun.head.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and noun.dep_ == "pobj" and noun.head.lower_ in ("to", "into") \
            and noun.head.head.lemma_.lower() in lex.JOINING_VERBS:
        # Iran would not return to nuclear talks with the United States: who returns to an event takes part in it
        verb = noun.head.head
        joiners = [c for c in verb.children if c.dep_ == "nsubj"] or _inherit_subject(verb)
        yield from _pairs(joiners, objects, [], partners, predicate, verb, sent, "light-verb")
        return
    if not subjects and noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.lemma_ == "be":
        # Iran is in talks with Saudi Arabia: the subject of "be" takes part
        subjects = [c for c in noun.head.head.children if c.dep_ == "nsubj"]
    inviters = subjects or [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                            if g.dep_ == "pobj"]
    if predicate == "hosts" and noun.dep_ == "pobj" and noun.head.lower_ in ("at", "on") \
            and noun.head.head.pos_ in ("VERB", "AUX") and _actors(inviters):
        # travelled to Ankara at Erdogan's invitation, at the invitation of Takaichi: whoever comes at someone's
        # invitation is their guest
        subjects, verb = inviters, noun.head.head
        guests = _args(verb)[0] or _inherit_subject(verb)
        yield from _pairs(subjects, guests, [], [], predicate, noun, sent, "nominal")
        return
    if not subjects and noun.dep_ == "pobj" and noun.head.lower_ in ("to", "for") and noun.head.head.pos_ == "ADJ" \
            and noun.head.head.lower_ in lex.READY_ADJECTIVES and noun.head.head.dep_ == "acomp":
        # Seoul remained open to dialogue with the North: the one open to an event would take part (hedged, as a
        # readiness)
        verb = noun.head.head.head
        ready = _args(verb)[0] or _inherit_subject(verb)  # (Seoul said it remained open: "it" is Seoul)
        yield from (replace(r, hedged=True) for r in _pairs(ready, objects, [], partners, predicate, verb, sent,
                                                            "light-verb"))
        return
    if not _actors(subjects) and noun.dep_ == "pobj" and noun.head.lower_ in ("on", "during", "after") \
            and noun.head.dep_ == "prep":
        # Pistorius, on a visit to Kyiv, said ...: the visitor is what the phrase describes, or the clause's subject
        holder = noun.head.head
        subjects = [holder] if _actors([holder]) else [c for c in holder.children if c.dep_ == "nsubj"]
    for acl in (c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in lex.LIGHT_VERBS):
        # the sanctions imposed by Washington on Tehran: a light verb's participle gives the event its arguments
        subjects = subjects or [g for a in acl.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
        objects = objects or [g for p in acl.children if p.dep_ == "prep" and p.lower_ in lex.NOMINAL_OBJECT_PREPS
                              for g in p.children if g.dep_ == "pobj"]
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in lex.UNDERGOING_VERBS and not subjects:
        # drew criticism from Tokyo, faced sanctions from the EU: whoever the event comes from does it to the subject
        sources = [g for t in (noun, noun.head) for p in t.children if p.dep_ == "prep" and p.lower_ == "from"
                   for g in p.children if g.dep_ == "pobj"]
        undergoer = [c for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if _actors(sources) and undergoer:
            targets_ = [u for u in undergoer if _actors([u])] or undergoer
            yield from _pairs(sources, targets_, [], [], predicate, noun, sent, "receiving")
            return
    for acl in (c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() == "host"):
        # the talks between Iran and Saudi Arabia, hosted by Oman: the host receives the parties
        hosts = [g for a in acl.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
        parties = _actors(partners) or _actors(subjects) or _actors(objects)
        if not parties and noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.pos_ == "VERB":
            # the ministers of Egypt, Ethiopia and Sudan met, in talks hosted by Youssouf: the verb's subjects
            verb = noun.head.head
            parties = _actors([c for c in verb.children if c.dep_ == "nsubj"] or _inherit_subject(verb))
        negated, hedged = _negated(acl), _hedged(acl)
        for h in _actors(hosts):
            for party in parties:
                yield _relation(h, "hosts", party, acl, sent, "nominal", negated=negated, hedged=hedged)
    rule = "nominal"
    governor = noun.head
    # (a measure blocked, vetoed or only planned has not happened: Hungary blocked the EU's sanctions package)
    unadopted = noun.dep_ == "compound" and governor.lemma_.lower() in lex.MEASURE_NOUNS and (
        governor.lemma_.lower() in lex.PLAN_NOUNS or governor.head.lemma_.lower() in lex.BLOCKING_VERBS)
    if noun.dep_ == "compound" and governor.lemma_.lower() in lex.MEASURE_NOUNS and not subjects + objects:
        # the EU's sanctions package against Russia, a U.S. aid plan for Ukraine: the measure's owner and
        # target are the event's
        for child in governor.children:
            if child.dep_ == "poss" or (child.dep_ in ("compound", "amod", "nmod") and child.i < noun.i
                                        and (read_actor(child) or _demonym(child))):
                subjects.append(child)
            elif child.dep_ == "prep" and child.lower_ in lex.NOMINAL_OBJECT_PREPS:
                objects.extend(c for c in child.children if c.dep_ == "pobj")
            elif child.dep_ == "prep" and child.lower_ == "by":
                subjects.extend(c for c in child.children if c.dep_ == "pobj")
        if not _actors(subjects) and governor.dep_ in ("dobj", "nsubjpass") and governor.head.pos_ == "VERB" \
                and relation_of(governor.head) is None:
            # the Pentagon announced a military aid package for Kyiv: the measure's verb gives its owner
            g_subjects, _, g_targets, _, g_agents = _args(governor.head)
            subjects = g_subjects or g_agents or _inherit_subject(governor.head)
            objects = objects or g_targets
    amount = governor.head if noun.dep_ == "pobj" and governor.lower_ in ("in", "of") else None
    if amount is not None and amount.dep_ == "dobj" and _amount(amount) and amount.head.pos_ == "VERB" \
            and relation_of(amount.head) is None:
        # pledged 2 billion euros in military aid to Ukraine, a $350 million package of aid: the amount carries it
        verb = amount.head
        g_subjects, _, g_targets, g_partners, g_agents = _args(verb)
        subjects = [s for s in subjects if _actors([s])] or g_subjects or g_agents or _inherit_subject(verb)
        yield from _pairs(subjects, objects or g_targets, [], partners or g_partners, predicate, noun, sent,
                          "light-verb")
        return
    if noun.dep_ == "pobj" and governor.lower_ == "of" and governor.head.lemma_.lower() in lex.STAGE_NOUNS:
        stage = governor.head  # held a third round of talks: the round is what the verb carries
        if stage.dep_ in ("dobj", "nsubjpass") and stage.head.pos_ == "VERB" and relation_of(stage.head) is None:
            g_subjects, _, g_targets, g_partners, g_agents = _args(stage.head)
            subjects = subjects or g_subjects or g_agents or _inherit_subject(stage.head)
            partners = partners or g_partners
            objects = objects or g_targets
            yield from _pairs([s for s in subjects if _actors([s])], objects, [], partners, predicate, noun, sent,
                              "light-verb")
            return
    if noun.dep_ == "dobj" and governor.lemma_.lower() in lex.MEDIATING_VERBS and _actors(partners):
        # Qatar and Turkey mediated talks between Pakistan and Afghanistan: the parties talk, the mediators host
        # no one and talk with no one here
        yield from _pairs([], [], [], partners, predicate, noun, sent, "nominal")
        return
    if noun.dep_ in ("dobj", "nsubjpass") and (governor.lemma_.lower() in lex.LIGHT_VERBS | lex.NEGATING_HEADS
                                               or (governor.pos_ == "VERB" and relation_of(governor) is None)):
        # issued a warning to X, imposed sanctions on X, held talks with X
        g_subjects, g_objects, g_targets, g_partners, g_agents = _args(governor)
        # (a possessive that names no one, "its cooperation", leaves the subject to the verb)
        subjects = [s for s in subjects if _actors([s])] or g_subjects or g_agents or _inherit_subject(governor)
        # (approved the sale of jets to Turkey: the verb's target is the event's when its own object is a thing)
        objects = (objects if _actors(objects) else objects + g_targets) or _summoned(governor)
        partners = partners or g_partners
        rule = "light-verb"
        if predicate in lex.MEETING_RELATIONS and noun.dep_ == "dobj":
            yield from _visits_where_met(subjects, [governor, noun], noun, sent, rule)
    if not objects and noun.dep_ == "dobj" and (found := relation_of(governor)) is not None:
        objects = _stranded_to(governor, found[0])
    subjects = [s for s in subjects if _actors([s])]
    for rel in _pairs(subjects, objects, [], partners, predicate, noun, sent, rule):
        yield replace(rel, hedged=True) if unadopted else rel


def _amount(tok) -> bool:
    """A sum or a count: 2 billion euros, $350 million, a package (of aid)."""
    return tok.ent_type_ in ("MONEY", "CARDINAL", "QUANTITY") or tok.lemma_.lower() in lex.AMOUNT_NOUNS or any(
        c.dep_ == "nummod" for c in tok.children)


def _stranded_to(verb, predicate) -> list:
    """condemned the U.S. arms sale to Taiwan, where the parser hangs "to Taiwan" on the verb: a to-phrase
    belongs to the event the verb is about, unless the verb's own relation takes one (protested to Japan)."""
    if predicate in lex.TO_TAKING or not any(c.dep_ == "dobj" and relation_of(c) is not None and not any(
            p.dep_ == "prep" and p.lower_ in ("to", "toward", "towards") for p in c.children) for c in verb.children):
        return []
    return [g for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "toward", "towards")
            for g in c.children if g.dep_ == "pobj"]


def _pairs(subjects, objects, targets, partners, predicate, pred, sent, rule) -> Iterator[Relation]:
    subj = _actors(subjects)
    if predicate in symmetric():
        others = _actors(partners) or _actors(objects) or _actors(targets)
        # Japan, the United States and Australia held talks; talks between Egypt and Ethiopia, negotiations
        # among Egypt, Ethiopia and Sudan: every pair of the group
        group = subj if not others and len(subj) > 1 else others if not subj and len(others) > 1 and any(
            p.dep_ == "pobj" and p.head.lower_ in lex.PARTIES_PREPS for p in partners) else []
        plural = not others and len(subj) == 1 and subj[0].kind == "anaphor" and subj[0].text.startswith(("both", "the two"))
        if plural:
            group = subj * 2  # the two sides agreed to cooperate: linking resolves them to the pair and pairs them
        if group:
            negated, hedged = _negated(pred), _hedged(pred)
            for k, a in enumerate(group):
                for b in group[k + 1:]:
                    if (a.text, a.start) != (b.text, b.start) or plural:
                        yield _relation(a, predicate, b, pred, sent, rule, negated=negated, hedged=hedged)
            return
    else:
        others = _actors(objects) or _actors(targets)
        if not others and pred.lemma_.lower() not in lex.DIRECT_TARGET_VERBS:
            others = _owners(objects + targets, events=predicate != "visits") or (
                _located(objects + targets + [pred]) if predicate in lex.LOCATED_TARGETS else [])
    negated, hedged = _negated(pred), _hedged(pred)
    for s in subj:
        for o in others:
            if (s.text, s.start) != (o.text, o.start):
                yield _relation(s, predicate, o, pred, sent, rule, negated=negated, hedged=hedged)


def _located(tokens) -> list[Mention]:
    """fired rockets at a military post in northern Israel: an attack on a place is an attack on the country
    it is in (as event coding does)."""
    places = [g for o in tokens for t in _members(o) for c in t.children
              if c.dep_ == "prep" and c.lower_ in ("in", "near", "inside") for g in c.children if g.dep_ == "pobj"]
    found = [m for g in places for m in read_actor(g) if m.kind == "country"]
    # near the Iranian city of Isfahan, in southern Lebanon's Nabatieh province: a place named by its country
    return found or [m for g in places if g.lower_ in lex.PLACE_NOUNS for c in g.children
                     if c.dep_ in ("amod", "compound", "poss") for m in (_place_or_demonym(c),)
                     if m is not None and m.kind == "country"]


def _owners(tokens, events: bool = True) -> list[Mention]:
    """Who a thing acted on belongs to: condemned North Korea's launch, attacked Ukraine's grid, opposed
    sanctions by the United States."""
    found = []
    for t in tokens:
        for c in t.children:
            if c.dep_ == "poss" and c.lower_ in ("its", "their"):
                found += _actors([c]) or _speaker_of(c)
            elif c.dep_ == "poss":
                found += _actors([c])
            elif c.dep_ == "prep" and c.lower_ == "by":
                found += _actors([g for g in c.children if g.dep_ == "pobj"])
            elif c.dep_ == "prep" and c.lower_ == "between" and relation_of(t) is not None:
                # hosted talks between Iran and Bahrain: the parties of the event
                found += _actors([g for g in c.children if g.dep_ == "pobj"])
            elif c.dep_ == "prep" and c.lower_ == "of" and t.lemma_.lower() in lex.STAGE_NOUNS:
                # a new round of talks between Russia and Ukraine: the parties of the talks
                found += _owners([g for g in c.children if g.dep_ == "pobj"], events=False)
            elif c.dep_ == "prep" and c.lower_ == "of" and relation_of(t) is None \
                    and not any(g.dep_ == "poss" for g in t.children):
                # the defense of South Korea, the sovereignty of Ukraine: whose thing it is
                found += _actors([g for g in c.children if g.dep_ == "pobj"])
            elif c.dep_ in ("compound", "nmod") and relation_of(t) is not None:
                found += _actors([c])  # hosted Venezuela-Guyana talks: the parties of the event
            elif c.dep_ == "amod" and relation_of(t) is not None:
                # condemned the Israeli strikes: the nationality of an event is who carried it out
                found += [m for m in (_place_or_demonym(c),) if m is not None]
            elif c.dep_ == "amod" and _hyphenated_owners(c):
                found += _hyphenated_owners(c)  # blamed U.S.-South Korean military drills
            elif c.dep_ == "amod" and "-" in c.text and c.text.split("-")[-1].lower().endswith(lex.AUTHORED_SUFFIXES):
                # blocked a U.S.-drafted statement, opposed the Saudi-led plan: its author owns it
                place = _place(c.text.rsplit("-", 1)[0]) or _demonym_text(c.text.rsplit("-", 1)[0])
                if place is not None:
                    found.append(_placed(place, c.idx, c.idx + len(c.text)))
            elif c.dep_ in ("compound", "amod", "nmod") and relation_of(t) is None and t.pos_ in ("NOUN", "VERB"):
                # criticized the U.S. naval deployment, blamed U.S.-South Korean drills: whose thing it is
                found += [m for m in (_place_or_demonym(c),) if m is not None] + [
                    m for g in c.children if g.dep_ in ("compound", "amod", "nmod") and g.i < c.i
                    for m in (_place_or_demonym(g),) if m is not None]
        if not found and events:
            found += _event_antecedent(t)
    return found


def _speaker_of(tok) -> list[Mention]:
    """The coast guard said Chinese ships fired water cannon at its vessel: "its" in what someone says is the
    speaker's, when the clause's own subject is someone else."""
    node = tok
    while node.head.i != node.i and node.dep_ not in ("ccomp", "parataxis"):
        node = node.head
    if node.dep_ not in ("ccomp", "parataxis") or node.head.lemma_.lower() not in lex.SPEECH_VERBS:
        return []
    own = {_key(m) for s in node.children if s.dep_ == "nsubj" for m in _actors([s])}
    speakers = _actors([c for c in node.head.children if c.dep_ == "nsubj"])
    return [m for m in speakers if _key(m) not in own]


def _event_antecedent(noun) -> list[Mention]:
    """The launch was condemned by Japan: a definite event noun with no owner refers back to the last event of
    its kind the article told (North Korea fired a missile ...), and belongs to whoever did that."""
    verbs = lex.EVENT_ANTECEDENTS.get(noun.lemma_.lower())
    if verbs is None or not any(c.dep_ == "det" and c.lower_ in lex.DEFINITE for c in noun.children):
        return []
    for tok in reversed(noun.doc[:noun.i]):
        # told by a verb (North Korea fired a missile), or by the same noun carried by one (launched a strike)
        # (and, for a meeting, any meeting noun carried by a verb: opened negotiations ... welcomed the talks)
        same = tok.lemma_ == noun.lemma_ or (noun.lemma_.lower() in lex.MEETING_NOUNS
                                             and tok.lemma_.lower() in lex.MEETING_NOUNS)
        verb = tok if tok.pos_ == "VERB" and tok.lemma_.lower() in verbs else tok.head if (
            same and tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and (
                tok.head.lemma_.lower() in lex.LIGHT_VERBS or relation_of(tok.head) is None)) else None
        if verb is not None:
            doers = _actors(_undated([c for c in verb.children if c.dep_ == "nsubj"]))
            if doers and noun.lemma_.lower() in lex.MEETING_NOUNS:
                # criticized the talks: both sides of the talks (met with X, held talks with X)
                doers += _actors([g for t in (verb, tok) for c in t.children if c.dep_ == "prep"
                                  and c.lower_ in lex.PARTNER_PREPS for g in c.children if g.dep_ == "pobj"]
                                 + [c for c in verb.children if c.dep_ == "dobj" and c.i != tok.i])
            if doers:
                return [replace(m, start=noun.idx, end=noun.idx + len(noun.text)) for m in doers]
    return []


def _chain(tok):
    node = tok
    yield node
    while node.head.i != node.i and node.dep_ not in ("ROOT", "conj", "advcl", "parataxis"):
        node = node.head
        yield node


def _carried(pred) -> bool:
    """Is the event noun the object of a verb that adds little meaning (issued a warning, considered aid)?"""
    return pred.pos_ == "NOUN" and pred.dep_ in ("dobj", "nsubjpass") and relation_of(pred.head) is None


def _negated(pred) -> bool:
    """not / never on the predicate or its light verb; deny, refuse, decline, avoid above it."""
    carriers = [pred] + ([pred.head] if _carried(pred) else [])
    if any(c.dep_ == "neg" for t in carriers for c in t.children):
        return True
    node = carriers[-1]
    while node.dep_ == "xcomp" and node.head.i != node.i:
        # not going to sell China the tools, did not agree to supply: the verb an infinitive completes is negated
        node = node.head
        if any(c.dep_ == "neg" for c in node.children):
            return True
    if any(c.lower_ in ("no",) and c.dep_ == "det" for c in pred.children):
        return True
    if any(c.dep_ == "det" and c.lower_ == "no" for t in list(_chain(pred))[1:3] if t.pos_ == "NOUN"
           and t.lemma_.lower() in lex.INTENT_NOUNS for c in t.children):
        return True  # had no plans to meet Zelensky, no intention of attacking
    if pred.pos_ == "NOUN" and pred.dep_ == "dobj" and pred.head.lemma_.lower() in lex.STOPPING_VERBS:
        return True  # Iran suspended its cooperation with the agency: there is none now
    if pred.pos_ == "NOUN" and not _carried(pred):
        return False  # declined to criticize Moscow's strikes: the strikes happened, the criticism did not
    # what is denied or refused follows the verb (denied that ..., refused to ...); a clause before it is another
    # statement the parser hung there ("Russia accuses Ukraine ...; Kyiv denies involvement")
    return any(t.lemma_.lower() in lex.NEGATING_HEADS and t.i < pred.i for t in list(_chain(carriers[-1]))[1:])


def _hedged(pred) -> bool:
    """may / might / could, is considering, plans to, reportedly, if-clauses, claims and reports by
    unnamed sources (officials said)."""
    chain = list(_chain(pred))
    carriers = [pred] + ([pred.head] if _carried(pred) else [])
    for t in carriers + chain:
        for c in t.children:
            if c.dep_ == "aux" and c.lower_ in lex.HEDGING_MODALS:
                return True
            if c.dep_ == "advmod" and c.lower_ in lex.HEDGING_ADVERBS:
                return True
            if c.dep_ == "mark" and c.lower_ in lex.CONDITIONAL_MARKS:
                return True
    if pred.lemma_.lower() in lex.AGREEING_VERBS and any(c.dep_ == "xcomp" for c in pred.children):
        return True  # agreed to expand patrols: the cooperation agreed on is still to come
    for t in chain[:-1]:
        # urged Beijing to stop, called on Washington to press Israel: what is asked for has not happened
        if t.dep_ == "xcomp" and relation_of(t.head) is not None and relation_of(t.head)[0] in ("requests", "demands"):
            return True
    nominal = pred.pos_ == "NOUN" and not _carried(pred)  # only reports make a mentioned event uncertain
    for t in chain[1:]:
        if t.lemma_.lower() in lex.HEDGING_HEADS and not nominal:
            return True
        if t.lemma_.lower() in lex.SPEECH_VERBS | {"report"}:
            speakers = [c for c in t.children if c.dep_ == "nsubj"]
            if any(s.lemma_.lower() in lex.UNNAMED_SOURCES for s in speakers):
                return True
    return False


def _relation(subject, predicate, obj, pred, sent, rule, *, negated=False, hedged=False) -> Relation:
    return make_relation(subject, predicate, obj, pred, sent.text, extractor=NAME, rule=rule,
                         confidence=_CONFIDENCE[rule], negated=negated, hedged=hedged)


def _attribute(rel: Relation, pred) -> Relation:
    """Inside a quotation the speaker is the source; "we" is the speaker's side."""
    node = pred
    while node.head.i != node.i and node.dep_ not in ("ccomp", "parataxis"):
        node = node.head
    if node.dep_ not in ("ccomp", "parataxis") or node.head.lemma_.lower() not in lex.SPEECH_VERBS:
        return rel
    speakers = _actors([c for c in node.head.children if c.dep_ == "nsubj"])
    if not speakers or rel.predicate == "affiliatedWith":
        return rel
    speaker = speakers[0]
    if rel.subject.text.lower() in lex.FIRST_PERSON:
        rel = replace(rel, subject=replace(speaker, start=rel.subject.start, end=rel.subject.end))
    return replace(rel, attributed_to=speaker)

