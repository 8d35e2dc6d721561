"""The Japanese extractor ``kg.ja.predicate.v1``: relations over ja_ginza dependency parses.

Rules, each named in the provenance of what it finds:

- ``verbal``: a predicate from the lexicon (警告する, 支援する, 非難する) with its case frame.
- ``passive``: 攻撃された: the subject is the patient, the に/によって argument the agent.
- ``topic-object``: その提案は中国が拒否した: beside a が-subject, the は-topic is the object.
- ``causative``: 〜させた: the に-argument is made to act and is not the target.
- ``light-verb``: 警告を発する, 抗議を申し入れる, 支援を表明する: the event noun is the object of a
  verb that adds little meaning; the verb's subject and target are the event's. So through a stance or
  phase noun: セルビア支持の姿勢を鮮明にした, 人道支援の拡大を表明した; with a verb of exchange both ways
  between the coordinated subjects: インド陸軍とパキスタン軍が砲撃を交わした.
- ``receiving``: 抗議を受けた, 支援を受けて: the event is done to the subject by the から/に argument.
- ``nominal``: 中国のロシア支援, ロシアによるウクライナ侵攻, 対ロ制裁, サリバン・ヤン会談, 日中外相会談.
- ``relative-clause``: ロシアを非難する国連決議: the noun a relative clause modifies is its subject.
- ``target-clause``: a と-clause names the target: 〜していると非難した accuses that clause's subject;
  「ロシアが停戦を拒むなら…」と警告した warns the first actor the quoted condition names.
- ``claim``: a retort (反発, 反論) accuses whom its と-clause names; a claim (主張, 指摘) does when the
  clause names a wrongdoing: フィリピンの巡視船が「領海に不法に侵入した」と主張した -> accuses フィリピン.
- a て-clause that summons someone (大使を呼び出し、抗議した) makes them the target of what follows; a warning
  or request chained after a clause of the same speaker is addressed to that clause's object
  (日本を批判し、「対抗措置をとる」と警告した), and so is a protest (米大使館に文書を送り、抗議した).
- ``destination``: 訪問先の北京で会談した: the place named as where one's visit has taken one is visited.
- ``ongoing``: パリを訪問中のアルメニアの国防相: an event under way (〜中の) is done by the person it is hung on.
- ``threat``: a hostile act announced on a condition that names someone threatens them: デンマークが協力
  しなければ関税を引き上げる -> threatens デンマーク (and sanctions it, hedged).
- ``title``: ジェイク・サリバン米国顧問, 中国外務省の趙立堅報道官: affiliatedWith from titles.

Subjects omitted in a clause are inherited from the clause above it (〜し、〜した; 〜する可能性がある).
Relations inside a quotation are attributed to the speaker; 我々 inside it is the speaker.

The package reads a sentence in this order; each module is named after what it handles:

- ``cues``: which relation a word names (警告, 首脳会談, 制裁措置, 輸入を停止する), and who a compound names
  with it (訪米, 対ロ制裁, 日中外相会談).
- ``verbal``: the relations of a predicate, with ``frames`` (where its arguments are: the case particles),
  ``subjects`` (who acts when the clause leaves the subject out; quotations and headlines) and ``targets``
  (whom it is aimed at when its frame names no one: chained clauses, meetings, conditions, threats).
- ``nominal``: the relations of an event noun, inside its phrase or through the verb that carries it.
- ``claims``: claims, retorts and refusals.
- ``pairs``: frames made into relations, each stamped with its rule and the rule's confidence; ``memory``:
  the acts and meetings the article has told so far, for what points back at them.
- ``modality``: negation and hedging, read from the clause; ``quotes``: attribution to a speaker.
- ``actors``: who a noun phrase names in its context, with ``phrases`` (a phrase read by its words),
  ``units`` (what each word is: role, body, honorific), ``names`` (persons' names), ``places`` (the gazetteer
  and one-character abbreviations), ``offices`` (the holders of an office named earlier) and ``groups``
  (groups an article defines with their acronyms).
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from kg.extract import Extractor, affiliations, inside_quotation, quote_runs_on, restore, sentence_of
# (frames and cues call each other, and offices calls back into actors: through the module, so that any
# order of these imports loads)
from kg.extract.ja import frames, memory, modality
from kg.extract.ja.actors import read_actor
from kg.extract.ja.claims import calling_off, claim, denied_charge, refusal, refused_entry, refused_request, retraction
from kg.extract.ja.cues import relation_of, visited
from kg.extract.ja.names import is_name_token
from kg.extract.ja.nominal import destination, noun_relations, ongoing
from kg.extract.ja.pairs import NAME, new_relation
from kg.extract.ja.phrases import phrase_tokens, read_phrase
from kg.extract.ja.quotes import attribute, quote_spans
from kg.extract.ja.subjects import closes_headline_clause, in_headline
from kg.extract.ja.verbal import armed_clash, countermeasure, envoy_recall, joint_action, verb_relations
from kg.lang import ja as lex
from kg.registry import extractors
from kg.types import Mention, Relation

_CLAIMING = lex.RETORT_VERBS | lex.CLAIM_VERBS
_CARRYING = lex.LIGHT_VERBS | lex.RECEIVING_VERBS


@extractors.register(NAME)
def make_extractor() -> Extractor:
    return Extractor(name=NAME, lang="ja", relations=relations, mentions=mentions)


def mentions(doc) -> Iterator[Mention]:
    """Every actor mention in the document, in order (for coreference in the link stage)."""
    for tok in doc:
        if tok.pos_ in ("NOUN", "PROPN", "PRON") and tok.dep_ != "compound":
            yield from (restore(doc, _owned(doc, m)) for m in read_actor(tok))
        elif tok.dep_ == "compound" and _titled_name(tok):
            # a titled name the parser buried in a larger phrase (米上院のロジャー・ウィッカー議員ら超党派の
            # 議員団): read by position, so that a later ウィッカー氏 finds its full name and affiliation
            owner = _owner_before(tok.doc, _name_before(tok)[0])
            for m in read_phrase(_name_before(tok)):
                if m.kind == "person":
                    yield restore(doc, replace(m, affiliation=m.affiliation or owner))


def _titled_name(tok) -> bool:
    """A role word or honorific right after a person's name (ウィッカー 議員)."""
    before = tok.doc[tok.i - 1] if tok.i else None
    return (before is not None and is_name_token(before) and tok.idx == before.idx + len(before.text)
            and (tok.lemma_ in lex.ROLE_NOUNS or tok.lemma_ in lex.HONORIFICS))


def _owned(doc, m: Mention) -> Mention:
    """南スーダンのキール大統領 where GiNZA took the country for a verb and hung it elsewhere: a titled person read
    with no owner is of the country written right before it with の."""
    if m.kind != "person" or m.affiliation is not None:
        return m
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    owner = _owner_before(doc, span[0]) if span is not None and len(span) else None
    return replace(m, affiliation=owner) if owner is not None and owner.kind == "country" else m


def _owner_before(doc, first) -> Mention | None:
    """X in 「X の <name> <title>」 when X is a country, organisation or government body."""
    if first.i < 2 or doc[first.i - 1].text != "の":
        return None
    found = read_phrase(phrase_tokens(doc[first.i - 2]))
    return found[0] if len(found) == 1 and found[0].kind in ("country", "organization", "government") else None


def _name_before(tok) -> list:
    """The title and the name, place and の-less tokens right before it (米上院の ... stays out)."""
    tokens = [tok]
    i = tok.i - 1
    while i >= sentence_of(tok).start:
        prev = tok.doc[i]
        if not (is_name_token(prev) or prev.text in lex.NAME_JOINERS):
            break
        tokens.insert(0, prev)
        i -= 1
    return tokens


def relations(doc) -> Iterator[Relation]:
    """Relations of the vocabulary in document order, each once."""
    seen = set()
    sentences = list(_sentences(doc))
    for sent in sentences:
        quotes = quote_spans(sent)
        for rel in _sentence_relations(sent, quotes):
            # (two unnamed officials at one place differ by whom they act for: 英国とフランスの国連大使)
            key = (rel.subject.start, rel.subject.text, rel.predicate, rel.object.start, rel.object.text, rel.negated,
                   _acts_for(rel.subject), _acts_for(rel.object))
            if key not in seen:
                seen.add(key)
                if not rel.negated and not rel.hedged and rel.predicate in lex.HOSTILE_ACTS:
                    memory.DONE.setdefault(doc, []).append(rel)  # (for こうした行為: the last hostile act told)
                if not rel.negated and not rel.hedged and rel.predicate in ("meetsWith", "negotiatesWith"):
                    memory.MET.setdefault(doc, []).append(rel)  # (for 会談で…を求めた: whom the speaker met)
                if not rel.negated and rel.predicate in lex.RETRACTABLE and rel.provenance.rule != "retracted":
                    memory.TOLD.setdefault(doc, []).append(rel)  # (for 訪問を取りやめた, 報道を否定した: what is taken back)
                if not rel.negated and rel.hedged and rel.predicate in lex.OFFERS:
                    memory.OFFERED.setdefault(doc, []).append(rel)  # (for この提案を歓迎した: who offered)
                if not rel.negated and rel.predicate in lex.AIMED_AT_RECEIVER | {"opposes", "rejects", "sanctions"}:
                    memory.AIMED.setdefault(doc, []).append(rel)  # (for 「…」と警告した: whom the side is at odds with)
                yield restore(doc, rel, sentences)


def _acts_for(m: Mention) -> str:
    return m.affiliation.text if m.kind == "role" and m.affiliation is not None else ""


def _whole_sentences(doc):
    start = 0
    for sent in doc.sents:
        last = sent[-1]
        if (last.text in _SENTENCE_END and not quote_runs_on(doc, sent.end)
                and not inside_quotation(doc, start, sent.end) and not _headline_space(last)) or "\n" in last.text \
                or "\n" in last.whitespace_ or sent.end == len(doc):
            yield doc[start:sent.end]
            start = sent.end


def _headline_space(last) -> bool:
    """Is the 。 that ends a parser's sentence the space between two clauses of a headline (kg.nlp.prepare), which
    the rules read as one sentence, the headline?"""
    doc = last.doc
    return last.text == "。" and last.i + 1 < len(doc) and "\n" not in doc[last.i + 1].text \
        and doc[last.i + 1].text.strip() != "" and in_headline(last)


_SENTENCE_END = frozenset({"。", "！", "？", "!", "?", "」", "』", "．"})


def _sentences(doc):
    """The parser's sentences, cut again at line breaks (a headline is never run into the body) and joined
    where the parser cut before a sentence ended (中国人民解放軍 / 東部戦区は…: a lone root token)."""
    for sent in _whole_sentences(doc):
        start = sent.start
        for tok in sent:
            if "\n" in tok.text or "\n" in tok.whitespace_:
                if tok.i + 1 > start and doc[start:tok.i + 1].text.strip():
                    yield doc[start:tok.i + 1]
                start = tok.i + 1
        if start < sent.end:
            yield doc[start:sent.end]


def _sentence_relations(sent, quotes) -> Iterator[Relation]:
    for tok in sent:
        if tok.dep_ != "compound" and tok.pos_ in ("NOUN", "PROPN"):
            yield from _titles(tok, sent)
        if tok.lemma_ in lex.DISMISSING_VERBS and tok.pos_ == "VERB":
            yield from (attribute(r, tok, sent, quotes) for r in denied_charge(tok, sent))
        if tok.lemma_ in lex.REFUSING_VERBS | lex.PERMITTING_VERBS and tok.pos_ == "VERB":
            yield from (attribute(r, tok, sent, quotes) for r in refused_entry(tok, sent))
        if tok.lemma_ in lex.REFUSED_WHEN_NEGATED and modality.is_negated(tok):
            yield from (attribute(r, tok, sent, quotes) for r in refusal(tok, sent))
            continue
        if tok.lemma_ in lex.REFUSING_VERBS:
            yield from (attribute(r, tok, sent, quotes) for r in refused_request(tok, sent))
        if tok.lemma_ in lex.DENYING_VERBS or tok.pos_ == "NOUN" and calling_off(tok) is not None:
            yield from retraction(tok, sent)
        claims = list(claim(tok, sent)) if tok.lemma_ in _CLAIMING else []
        if tok.lemma_ in lex.RETORT_VERBS and tok.lemma_ not in lex.REBUTTING_VERBS and not frames.quotation_before(tok):
            # 赤道ギニアが一方的な行動に出たと反発している: a reaction over what someone is said to have done, in the
            # writer's words, opposes them; quoted words (「内政干渉だ」と反発した) charge them
            claims = [replace(r, predicate="opposes") if r.predicate == "accuses" else r for r in claims]
        if claims:
            yield from (attribute(r, tok, sent, quotes) for r in claims)
            continue
        if tok.text in lex.DESTINATION_NOUNS and frames.marker(tok) == "の":
            yield from (attribute(r, tok, sent, quotes) for r in destination(tok, sent))
            continue
        if tok.pos_ == "NOUN" and tok.text in _COUNTERMEASURE_ENDS and _words_before(tok) in lex.COUNTERMEASURES:
            yield from (attribute(r, tok, sent, quotes) for r in countermeasure(tok, sent))
        if tok.lemma_ in lex.RECALLING_VERBS:
            yield from (attribute(r, tok, sent, quotes) for r in envoy_recall(tok, sent))
            continue
        if tok.lemma_ in lex.JOINT_WORDS and tok.pos_ == "NOUN" and relation_of(tok) == "cooperatesWith" \
                and frames.marker(tok) == "で":
            yield from (attribute(r, tok, sent, quotes) for r in joint_action(tok, sent))
            continue
        if tok.pos_ == "VERB" and tok.lemma_ in lex.ARMED_CLASHES:
            # インド軍と中国軍が国境で衝突した: a clash between armed forces is fought by both (衝突 alone is as
            # often a collision or a clash of views, so only between forces)
            yield from (attribute(r, tok, sent, quotes) for r in armed_clash(tok, sent))
            continue
        predicate = relation_of(tok)
        phased = _phased_event(tok) if predicate is None else None
        if phased is not None:
            # カンボジアへの支援継続を表明した, 対ロ制裁強化, 軍事支援停止: an event written onto a phase of it is read
            # from the phase noun, which takes its arguments (a stop negates it)
            predicate = relation_of(phased)
        during = ongoing(tok, sent) if predicate is not None and tok.dep_ == "compound" else None
        if during is not None:
            yield from (attribute(r, tok, sent, quotes) for r in during)
            continue
        timed = predicate is not None and tok.dep_ == "compound" and tok.head.i == tok.i + 1 \
            and tok.head.lemma_ in lex.TIME_SUFFIXES
        if predicate is None or (tok.dep_ == "compound" and visited(tok) is None and not timed
                                 and tok.head.lemma_ not in lex.TARGET_NOUNS):  # (制裁 / 対象に指定した)
            continue
        # (ロシアによるウクライナ侵攻後: GiNZA hangs the event's arguments on the suffix of time written onto it)
        for rel in _event(tok.head if timed else tok, predicate, sent):
            if phased is not None and tok.lemma_ in lex.NEGATING_HEADS:
                if rel.negated:
                    continue  # (軍事支援停止を否定した: a stop denied says nothing sure of the event)
                rel = replace(rel, negated=True)
            yield attribute(rel, tok, sent, quotes)


# (the last words a countermeasure may end on: 措置 of 対抗措置, or the whole word; checked before the compound is read)
_COUNTERMEASURE_ENDS = frozenset(w[k:] for w in lex.COUNTERMEASURES for k in range(len(w)))


def _words_before(tok) -> str:
    """The noun with the compound words written right before it (対抗 / 措置 -> 対抗措置)."""
    first = tok.i
    while first > 0 and tok.doc[first - 1].dep_ == "compound" and tok.doc[first - 1].head.i == tok.i:
        first -= 1
    return tok.doc[first:tok.i + 1].text


def _phased_event(tok):
    """The event noun written right onto a phase noun (支援 / 継続, 制裁 / 強化), if any."""
    if tok.lemma_ not in lex.PHASE_NOUNS or tok.pos_ != "NOUN":
        return None
    return next((c for c in tok.children if c.dep_ == "compound" and c.i == tok.i - 1 and relation_of(c) is not None),
                None)


def _titles(head, sent) -> Iterator[Relation]:
    """affiliatedWith from titles and の-phrases: 趙立堅 -> 中国外務省, 中国外務省 -> 中国."""
    for mention in read_actor(head):
        if mention.text.endswith(lex.EMBASSY_WORDS) and _owns_unnamed(head):
            continue  # (大使館の外交官3人に国外退去を命じた: an embassy only as whose the diplomats are is no actor)
        for member, owner in affiliations(mention):
            yield new_relation(member, "affiliatedWith", owner, head, sent, "title")


def _owns_unnamed(body) -> bool:
    """Is a body written only as whose unnamed people are (マリ大使館の外交官2人, 大使館に勤務する外交官)?"""
    owned = body.head.head if body.head.dep_ == "acl" and body.head.lemma_ in lex.WORKING_VERBS else body.head
    if owned.i == body.i or not (frames.marker(body) == "の" or owned is not body.head):
        return False
    people = read_actor(owned)
    return bool(people) and all(m.kind == "role" for m in people)


def _event(pred, predicate, sent) -> Iterator[Relation]:
    # (ロシア、ウクライナ東部に大規模攻撃: a headline ends on its event noun, the verb left out)
    if pred.pos_ == "VERB" and _noun_before_de(pred):
        # 中国をサイバー攻撃で名指しした: GiNZA may tag an event noun a verb; with で after it, it is a noun (what
        # the naming is over), not an act of the clause's subject
        yield from noun_relations(pred, predicate, sent)
    elif pred.pos_ == "VERB" and (pred.lemma_ not in _CARRYING or predicate == "requests"
                                  or pred.lemma_ in lex.SIGNING_VERBS and pred.dep_ == "acl") or _has_suru(pred) or (
            # (申し入れる carries a protest, 抗議を申し入れた, but with a よう-clause it asks: see cues)
            pred.pos_ == "NOUN" and pred.dep_ == "ROOT" and in_headline(pred)) or closes_headline_clause(pred) \
            or _closes_on_event(pred):
        yield from verb_relations(pred, predicate, sent)
    elif pred.pos_ in ("NOUN", "PROPN") or pred.pos_ in ("ADV", "ADJ") and frames.marker(pred) == "の":
        # (遺憾の意: GiNZA may tag the noun before の an adverb)
        yield from noun_relations(pred, predicate, sent)


def _closes_on_event(tok) -> bool:
    """ペレス大統領はメキシコを訪れ、カスティーヨ大統領と会談。: a sentence of the body may end on its event noun
    with する left out, as a headline does (wire style); the noun then takes a verb's arguments."""
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.dep_ == "ROOT" and tok.pos_ in ("NOUN", "VERB") and tok.tag_.startswith("名詞-普通名詞-サ変") \
        and after is not None and after.text == "。" and not any(c.dep_ == "aux" for c in tok.children) \
        and any(frames.marker(c) in _CASE_MARKS for c in tok.children if c.i < tok.i)


_CASE_MARKS = frozenset({"が", "は", "を", "と", "に", "に対し", "に対して"})


def _noun_before_de(tok) -> bool:
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.tag_.startswith("名詞") and not _has_suru(tok) and nxt is not None and nxt.text == "で" \
        and nxt.head.i == tok.i


def _has_suru(tok) -> bool:
    return any(c.dep_ == "aux" and c.lemma_ == "する" for c in tok.children)
