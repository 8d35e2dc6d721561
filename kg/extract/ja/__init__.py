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
- ``threat``: a hostile act announced on a condition that names someone threatens them: デンマークが協力
  しなければ関税を引き上げる -> threatens デンマーク (and sanctions it, hedged).
- ``title``: ジェイク・サリバン米国顧問, 中国外務省の趙立堅報道官: affiliatedWith from titles.

Subjects omitted in a clause are inherited from the clause above it (〜し、〜した; 〜する可能性がある).
Relations inside a quotation are attributed to the speaker; 我々 inside it is the speaker.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from weakref import WeakKeyDictionary

from kg.extract import (
    Extractor,
    affiliations,
    cue_lexicon,
    doc_text,
    make_relation,
    restore,
    sentence_of,
    symmetric_relations,
)
from kg.extract.ja import frames, modality
from kg.extract.ja.actors import counted_sides, is_name_token, phrase_tokens, place_of, read_actor, read_phrase
from kg.lang import ja as lex
from kg.registry import extractors
from kg.types import Mention, Relation
from kg.vocab import gazetteer

NAME = "kg.ja.predicate.v1"
_CONFIDENCE = {"claim": 0.7, "topic-object": 0.7, "causative": 0.7, "refusal": 0.7, "topic": 0.7, "verbal": 0.85, "passive": 0.8, "light-verb": 0.8, "receiving": 0.75, "nominal": 0.7,
               "relative-clause": 0.75, "target-clause": 0.75, "title": 0.9,
               "destination": 0.8, "threat": 0.7}


def lexicon() -> dict[str, str]:
    """Cue lemma -> relation name, from the ontology's labels."""
    return cue_lexicon("ja")


def symmetric() -> frozenset[str]:
    return symmetric_relations()


def relation_of(tok) -> str | None:
    """The relation a token names: its lemma, or a compound ending in a cue (首脳会談, 軍事支援)."""
    lex_ = lexicon()
    if tok.lemma_ in lex_:
        return lex_[tok.lemma_]
    if _trade_restriction(tok):
        return "sanctions"
    if tok.lemma_ in lex.RELATION_NOUNS and tok.dep_ == "obj" and tok.head.lemma_ in lex.RELATION_BUILDING:
        return "cooperatesWith"  # ロシアとの関係をさらに強化する: strengthening ties with someone is cooperating
    if tok.lemma_ in lex.RELATION_BUILDING and tok.pos_ == "NOUN" and any(
            c.dep_ == "compound" and c.lemma_ in lex.RELATION_NOUNS for c in tok.children):
        return "cooperatesWith"  # ベラルーシとの関係改善を模索している
    if tok.lemma_ in lex.DISPATCH_VERBS and (tok.lemma_ != "派遣" or any(
            _troops(t) for c in tok.children if c.dep_ in ("obj", "compound") for t in c.subtree)):
        return "supports"  # troops sent to a country support it (an envoy sent there does not)
    if tok.pos_ == "NOUN" and tok.lemma_ in lex.AGREEMENT_NOUNS and tok.head.lemma_ in lex.SIGNING_VERBS \
            and tok.head.i != tok.i:
        return "cooperatesWith"  # 両国は暫定合意を結んだ, 協定に署名した: the parties of a signed agreement cooperate
    if tok.pos_ == "VERB" and tok.lemma_ in lex.AGREEMENT_VERBS and not _agreed_event(tok):
        # 両国は…で合意した / 一致した: parties that agree cooperate (CAMEO 05), unless what they agree on is an
        # event of its own (会談を開くことで合意した: a meeting, read as such)
        return "cooperatesWith"
    compound = tok.doc[tok.i - 1] if tok.i else None
    if compound is not None and compound.dep_ == "compound" and compound.head.i == tok.i \
            and compound.lemma_ + tok.lemma_ in lex_:
        return lex_[compound.lemma_ + tok.lemma_]  # 資産 / 凍結: a cue the tokenizer split in two
    if tok.lemma_ in lex.MEASURE_NOUNS:
        # 制裁措置, 支援策: the measure is the event compounded before it
        before = [c for c in tok.children if c.dep_ == "compound" and c.i == tok.i - 1]
        if before:
            return relation_of(before[0])
    for measure in lex.MEASURE_NOUNS:
        if tok.pos_ == "NOUN" and tok.lemma_.endswith(measure) and tok.lemma_[:-len(measure)] in lex_:
            return lex_[tok.lemma_[:-len(measure)]]  # 支援策, 制裁策: one token
    if _visited(tok) is not None:
        return "visits"
    if tok.pos_ == "VERB" and tok.lemma_ in lex.SUMMON_VERBS and any(
            c.dep_ == "obj" and (c.lemma_ in lex.ENVOY_TITLES or c.text.endswith(tuple(lex.ENVOY_TITLES)))
            for c in tok.children):
        return "protests"  # 日本大使を呼び出した, 駐日大使を召致した: a summons is a protest to the envoy's country
    if tok.pos_ == "VERB" and tok.lemma_ in lex.CLOSING_VERBS and _border_with(tok):
        return "sanctions"  # ベラルーシとの国境を閉鎖した: closing the border with a country is a measure against it
    if tok.pos_ == "VERB" and tok.lemma_ in lex.STANDING_VERBS and any(
            c.lemma_ in ("共", "とも") and frames.marker(c) == "に" and any(frames.marker(g) == "と" for g in c.children)
            for c in tok.children):
        return "supports"  # 米国はフィリピンと共に立つ: standing with someone backs them
    if tok.pos_ == "VERB" and tok.lemma_ in lex.EXCHANGE_VERBS and any(
            c.dep_ == "obj" and c.lemma_ in lex.CAPTIVE_NOUNS for c in tok.children):
        return "cooperatesWith"  # ロシアとウクライナは捕虜を交換した: an exchange of captives is done together
    if tok.pos_ == "NOUN" and tok.lemma_ in lex.EXERCISE_NOUNS and any(
            c.dep_ == "compound" and c.lemma_ in lex.JOINT_WORDS for c in tok.children):
        return "cooperatesWith"  # 米韓合同演習, 共同訓練を実施した: forces that exercise together cooperate
    if tok.pos_ in ("NOUN", "VERB") and len(tok.lemma_) > 2:
        for cut in range(1, len(tok.lemma_) - 1):
            if tok.lemma_[cut:] in lex_ and tok.lemma_[0] not in "不非無未":
                return lex_[tok.lemma_[cut:]]
    return None


def _border_with(verb) -> list:
    """The countries on the other side of the border a verb closes (ベラルーシとの国境を閉鎖した -> ベラルーシ)."""
    return [t for o in verb.children if o.dep_ == "obj" and o.lemma_ in lex.BORDER_NOUNS
            for c in o.children if frames.marker(c) == "との" for t in frames.coordinated(c) if read_actor(t)]


def _actor_subjects(subjects) -> list:
    """The subjects, when one of them names an actor (else none)."""
    return subjects if any(read_actor(s) for s in subjects) else []


def _troops(tok) -> bool:
    """Troops, units or forces (a token, or a mention read from a compound)."""
    word = tok.text if isinstance(tok, Mention) else tok.lemma_
    return word in lex.TROOP_NOUNS or word.endswith(("軍", "部隊", "兵"))


def _agreed_event(verb) -> bool:
    content = [c for c in verb.children if frames.marker(c) in ("で", "でも", "ことで", "に", "にも") and c.i < verb.i]
    # (agreeing on joint training is agreeing to cooperate: cooperation is no event of its own here)
    # (nor is a word of a thing's name: 供給 / 網, the supply chain)
    return any(t.pos_ == "NOUN" and t.lemma_ not in lex.AGREEMENT_VERBS and relation_of(t) not in (None, "cooperatesWith")
               and not (t.dep_ == "compound" and relation_of(t.head) is None)
               for c in content for t in c.subtree)


def _listing_verb(noun):
    """The verb that lists someone as the target of the measure ``noun`` names (…の対象に加えた), if any."""
    node = noun
    while node.head.i != node.i and node.dep_ in ("compound", "nmod") and node.head.pos_ in ("NOUN", "PROPN"):
        node = node.head
    if node is noun or not any(t.lemma_ in lex.TARGET_NOUNS for t in (node, *node.children)):
        return None
    verb = node.head
    return verb if verb.pos_ == "VERB" and verb.lemma_ in lex.LISTING_VERBS and frames.marker(node) == "に" else None


def _leading_countries(tokens) -> list[Mention]:
    for k in range(len(tokens), 0, -1):
        found = [m for m in read_phrase(tokens[:k]) if m.kind == "country"]
        if found:
            return found
    return []


_CLAIMING = lex.RETORT_VERBS | lex.CLAIM_VERBS
_CARRYING = lex.LIGHT_VERBS | lex.RECEIVING_VERBS
_CARRYING_OBJECTS = lex.LIGHT_VERBS | lex.NEGATING_HEADS | lex.LIGHT_VERBS_NI | lex.RELATION_BUILDING | lex.DELIBERATING_VERBS


def _trade_restriction(tok) -> bool:
    """輸入を停止する, 輸出規制, 輸入停止措置, 禁輸措置: a restriction whose object or compound is trade."""
    if tok.lemma_ not in lex.RESTRICTION_WORDS and tok.lemma_ not in lex.MEASURE_NOUNS:
        return False
    words = {c.lemma_ for c in tok.children if c.dep_ == "compound" or (c.dep_ == "obj" and tok.pos_ == "VERB")}
    if tok.lemma_ in lex.RESTRICTION_WORDS:
        return bool(words & lex.TRADE_NOUNS)
    if tok.lemma_ in lex.MEASURE_NOUNS and tok.pos_ == "NOUN":
        return "禁輸" in words or bool(words & lex.TRADE_NOUNS and words & lex.RESTRICTION_WORDS)
    return False


@extractors.register(NAME)
def make_extractor() -> Extractor:
    return Extractor(name=NAME, lang="ja", relations=relations, mentions=mentions)


def mentions(doc) -> Iterator[Mention]:
    """Every actor mention in the document, in order (for coreference in the link stage)."""
    for tok in doc:
        if tok.pos_ in ("NOUN", "PROPN", "PRON") and tok.dep_ != "compound":
            yield from (restore(doc, m) for m in read_actor(tok))
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
        quotes = _quote_spans(sent)
        for rel in _sentence_relations(sent, quotes):
            # (two unnamed officials at one place differ by whom they act for: 英国とフランスの国連大使)
            key = (rel.subject.start, rel.subject.text, rel.predicate, rel.object.start, rel.object.text, rel.negated,
                   _acts_for(rel.subject), _acts_for(rel.object))
            if key not in seen:
                seen.add(key)
                if not rel.negated and not rel.hedged and rel.predicate in lex.HOSTILE_ACTS:
                    _DONE.setdefault(doc, []).append(rel)  # (for こうした行為: the last hostile act told)
                if not rel.negated and not rel.hedged and rel.predicate in ("meetsWith", "negotiatesWith"):
                    _MET.setdefault(doc, []).append(rel)  # (for 会談で…を求めた: whom the speaker met)
                yield restore(doc, rel, sentences)


_DONE: WeakKeyDictionary = WeakKeyDictionary()  # Doc -> the hostile acts read so far, in order
_MET: WeakKeyDictionary = WeakKeyDictionary()  # Doc -> the meetings and talks read so far, in order


def _met(pred, subjects) -> list[Mention]:
    """茂木外相は王毅外相と会談した。茂木氏は…抗議を申し入れた: a request, demand, protest or warning addressed to
    no one, by a speaker who met someone earlier in its paragraph or the one before, is addressed to whom the
    speaker met (the last such meeting)."""
    chain = {pred.i, *(a.i for a in pred.ancestors)}
    if any(t.head.i in chain and t.i < pred.i and frames.marker(t) in ("に", "に対し", "に対して", "へ")
           for t in sentence_of(pred)):
        return []  # (国連安保理に…開催を要請する考えを示した: addressed, if not to an actor read as such)
    if any(c.dep_ == "advcl" and c.i < pred.i and c.pos_ == "VERB" and ((f := frames.verbal_frame(c)).objects or f.targets)
           for c in pred.children):
        return []  # (ロシアによる侵略を非難し、即時撤退を求めた: what the chain is about is whom it asks)
    start = sentence_of(pred).start_char
    earlier = _paragraph_window(pred.doc, start)
    for rel in reversed(_MET.get(pred.doc, [])):
        if not earlier < rel.provenance.start < start:
            continue
        for me, other in ((rel.subject, rel.object), (rel.object, rel.subject)):
            if any(_same_actor(me, s) for s in subjects):
                # (written where the predicate is, as for an act pointed back at: the sentence is the evidence)
                return [replace(other, start=pred.idx, end=pred.idx + len(pred.text), affiliation=None)]
        # (a meeting of others since: the speaker's own meeting is no longer the scene)
        return []
    return []


def _paragraph_window(doc, start: int) -> int:
    """The offset before the paragraph preceding the one ``start`` is in (-1 when there is none: a text without line
    breaks is one paragraph, so the window is the whole text before ``start``)."""
    text = doc_text(doc)
    paragraph = text.rfind("\n", 0, start)
    return text.rfind("\n", 0, paragraph) if paragraph > 0 else -1


def _same_actor(a: Mention, b: Mention) -> bool:
    """The same actor written twice (茂木敏充外相, then 茂木氏)."""
    if a.kind != b.kind:
        return False
    return a.text == b.text or a.kind == "person" and len(min(a.text, b.text, key=len)) > 1 and (
        a.text.startswith(b.text) or b.text.startswith(a.text) or a.text.endswith(b.text) or b.text.endswith(a.text))


def _act_antecedent(noun) -> list[Mention]:
    """こうした行為を非難した, この攻撃を批判した: an act pointed back at with a demonstrative is the last hostile act
    the article told (its doers stand for it), not something of its own."""
    # (the demonstrative is written right before the noun, whatever the tokenizer made of it: こう / し / た)
    text = doc_text(noun.doc)
    before = text[max(0, noun.idx - 6):noun.idx]
    kind = relation_of(noun)
    start = sentence_of(noun).start_char
    if not before.endswith(lex.POINTING_BACK):
        # 空爆を「主権の侵害だ」と非難した: a bare hostile event, with nothing of its own to say whose or against
        # whom, is the one just told (in its paragraph or the one before), as "the strikes" is in English
        if kind not in lex.HOSTILE_ACTS or not _bare_event(noun):
            return []
        earlier = _paragraph_window(noun.doc, start)
        acts = [r for r in _DONE.get(noun.doc, []) if earlier < r.provenance.start < start and r.predicate == kind]
        return [replace(acts[-1].subject, start=noun.idx, end=noun.idx + len(noun.text))] if acts else []
    if noun.lemma_ not in lex.ACT_NOUNS and kind not in lex.HOSTILE_ACTS:
        return []
    acts = [r for r in _DONE.get(noun.doc, []) if r.provenance.start < start
            and (noun.lemma_ in lex.ACT_NOUNS or r.predicate == kind)]
    if not acts:
        return []
    doer = acts[-1].subject
    return [replace(doer, start=noun.idx, end=noun.idx + len(noun.text))]


def _bare_event(noun) -> bool:
    """An event noun standing alone: no の-phrase, compound, relative clause or argument of its own (攻撃を…)."""
    return frames.marker(noun) in ("を", "は", "も", "について") and not any(
        c.dep_ in ("nmod", "compound", "acl", "amod", "nummod", "det") for c in noun.children)


def _acts_for(m: Mention) -> str:
    return m.affiliation.text if m.kind == "role" and m.affiliation is not None else ""


def _whole_sentences(doc):
    start = 0
    for sent in doc.sents:
        last = sent[-1]
        if last.text in _SENTENCE_END or "\n" in last.text or "\n" in last.whitespace_ or sent.end == len(doc):
            yield doc[start:sent.end]
            start = sent.end


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
        if tok.lemma_ in lex.REFUSED_WHEN_NEGATED and modality.is_negated(tok):
            yield from (_attribute(r, tok, sent, quotes) for r in _refusal(tok, sent))
            continue
        if tok.lemma_ in lex.REFUSING_VERBS:
            yield from (_attribute(r, tok, sent, quotes) for r in _refused_request(tok, sent))
        claims = list(_claim(tok, sent)) if tok.lemma_ in _CLAIMING else []
        if claims:
            yield from (_attribute(r, tok, sent, quotes) for r in claims)
            continue
        if tok.text in lex.DESTINATION_NOUNS and frames.marker(tok) == "の":
            yield from (_attribute(r, tok, sent, quotes) for r in _destination(tok, sent))
            continue
        if tok.pos_ == "VERB" and tok.lemma_ in lex.ARMED_CLASHES:
            # インド軍と中国軍が国境で衝突した: a clash between armed forces is fought by both (衝突 alone is as
            # often a collision or a clash of views, so only between forces)
            yield from (_attribute(r, tok, sent, quotes) for r in _armed_clash(tok, sent))
            continue
        predicate = relation_of(tok)
        if predicate is None or (tok.dep_ == "compound" and _visited(tok) is None
                                 and tok.head.lemma_ not in lex.TARGET_NOUNS):  # (制裁 / 対象に指定した)
            continue
        for rel in _event(tok, predicate, sent):
            yield _attribute(rel, tok, sent, quotes)


def _destination(noun, sent) -> Iterator[Relation]:
    """訪問先の北京で会談した: the place named as where one's visit has taken one is visited by whoever acts there
    (the subject of the verb the place phrase hangs on, or the one it inherits)."""
    place, verb = noun.head, noun.head.head
    if place.i == noun.i or place.pos_ not in ("NOUN", "PROPN") or verb.i == place.i:
        return
    frame = frames.Frame(subjects=frames.verbal_frame(verb).subjects or _inherit_subjects(verb, "")[0],
                         objects=[place])
    yield from _pairs(frame, "visits", noun, sent, "destination", carriers=())


def _titles(head, sent) -> Iterator[Relation]:
    """affiliatedWith from titles and の-phrases: 趙立堅 -> 中国外務省, 中国外務省 -> 中国."""
    for mention in read_actor(head):
        for member, owner in affiliations(mention):
            yield _relation(member, "affiliatedWith", owner, head, sent, "title")


def _event(pred, predicate, sent) -> Iterator[Relation]:
    # (ロシア、ウクライナ東部に大規模攻撃: a headline ends on its event noun, the verb left out)
    if pred.pos_ == "VERB" and pred.lemma_ not in _CARRYING or _has_suru(pred) or (
            pred.pos_ == "NOUN" and pred.dep_ == "ROOT" and _in_headline(pred)):
        yield from _verbal(pred, predicate, sent)
    elif pred.pos_ in ("NOUN", "PROPN") or pred.pos_ in ("ADV", "ADJ") and frames.marker(pred) == "の":
        # (遺憾の意: GiNZA may tag the noun before の an adverb)
        yield from _nominal(pred, predicate, sent)


def _has_suru(tok) -> bool:
    return any(c.dep_ == "aux" and c.lemma_ == "する" for c in tok.children)


def _verbal(pred, predicate, sent) -> Iterator[Relation]:
    frame = frames.verbal_frame(pred)
    rule = "verbal"
    if frames.is_passive(pred):
        rule = "passive"
        # (インドは…続けており、米国から批判されている: the patient may be the subject carried over the chain)
        patients = frame.subjects or (_inherit_subjects(pred, "")[0] if frame.agents or frame.sources else [])
        frame.subjects = frame.agents or [t for t in frame.targets if t not in frame.objects] or frame.sources
        frame.targets, frame.objects = [], patients or frame.objects
    else:
        frame.subjects = frame.subjects or frame.agents
        rule = _topic_object(frame, rule, pred)
    if frames.is_causative(pred):
        # ロシアはベラルーシに攻撃させた: the に-argument is made to act, it is not the target
        frame.targets, rule = [], "causative"
    if predicate in ("attacks", "invades") and frame.subjects and not _actors(frame.subjects):
        # 中国海警局の船が補給船に体当たりした: a ship, aircraft or unit acts for whoever it belongs to
        frame.subjects = [m for s in frame.subjects for m in _owners(s)] or frame.subjects
    if not frame.subjects and not _topic_before(pred):
        # 野党議員らが「主権を売り渡すに等しい」と政府を批判している: with no topic to speak, the が-subject that
        # opens the quotation is the speaker (an unnamed one leaves no relation rather than a borrowed subject)
        frame.subjects = [c for c in pred.children if frames.marker(c) == "が" and c.i < pred.i
                          and frames.opens_quotation_before(c, pred)]
    own_subject = bool(frame.subjects)
    if not frame.subjects:
        frame.subjects, rule = _inherit_subjects(pred, rule)
    if (own_subject and pred.dep_ == "acl" and not _actors(frame.objects + frame.targets + frame.partners)
            and read_actor(pred.head)):
        # フランスが招待したシビハ外相: a relative clause with its own subject; the noun it modifies fills the gap
        frame.objects, rule = [pred.head], "relative-clause"
    across = _border_with(pred) if predicate == "sanctions" and pred.lemma_ in lex.CLOSING_VERBS else []
    if across:
        frame.objects = across  # (国境を閉鎖した: against whoever is on the other side)
    if not frame.objects and not frame.targets:
        # 訪日する, リヤド入りする: the place is written into the predicate
        frame.objects = _visited(pred) or _prefixed(pred) or _raised_objects(frame)
    if predicate in lex.DIRECTIVES and not _actors(frame.objects + frame.targets):
        frame.targets = _addressees(pred)
    if not frame.objects and not frame.targets:
        frame.targets = _summoned(pred)
    if predicate in symmetric() and not _actors(frame.partners + frame.objects + frame.targets):
        # ミャンマーの外相を迎えて会談した: whom a て-clause before a meeting receives is the other side
        # (モスカリコワ氏と会談し、…についても協議する: and talks chained after a meeting are with the same side)
        frame.partners = _received(pred) or _met_partners(pred, predicate, frame.subjects)
    if predicate in lex.CLAUSE_TARGETED and frame.clauses and not _raised_objects(frame):
        subjects = [s for c in frame.clauses for s in _clause_subjects(c, deep=predicate != "criticizes")]
        # 国防相は…、日本が介入しようとしていると非難した: an unquoted は-topic that the parser hung inside the
        # clause is the speaker; the clause is about its が-subject
        speakers = [s for s in subjects if frames.marker(s) == "は" and not _in_quote(s) and read_actor(s)]
        if speakers:
            frame.subjects = frame.subjects if own_subject else speakers
            subjects = [s for c in frame.clauses for s in _chain_subjects(c) + _attempt_subjects(c)
                        if s not in speakers]
        named = [s for s in subjects if read_actor(s)]
        if not named and predicate in ("criticizes", "accuses"):
            # ウクライナ軍の攻撃だと非難した: a clause that is a hostile act of someone's charges its doer
            named = [t for c in frame.clauses if c.pos_ == "NOUN" and relation_of(c) in lex.HOSTILE_ACTS
                     and not _in_quote(c) for t in frames.nominal_frame(c).subjects if read_actor(t)]
        if not named and predicate == "criticizes":
            # 米韓合同演習が「緊張の根源だ」と批判した: a thing criticised stands for whose it is
            named = [s for s in subjects if _owners(s)]
        if predicate in ("warns", "threatens", "requests", "demands"):
            # 「…イスラエル軍は攻撃を再開する」と警告した: the speaker's own side is not whom it warns (nor asks)
            named = [s for s in named if not _same_side(read_actor(s), _actors(frame.subjects))]
        if named and not _actors(frame.objects + frame.targets):
            frame.objects, frame.targets = named, []
            # a quotation is the criticism itself (「ロシアは和平を望んでいない」と非難した: criticizes);
            # reported content alleges an act (中国が偽情報を広めていると非難した: accuses)
            # 批判 (criticise) never turns into a charge, whatever its clause says (フィリピンが「…している」と批判した)
            quoted = predicate == "criticizes" and (all(_in_quote(s) for s in named) or pred.lemma_ in lex.CRITICISM_VERBS)
            if quoted and pred.lemma_ not in lex.CRITICISM_VERBS and any(
                    relation_of(c) in lex.HOSTILE_ACTS or _names_hostile_act(c) for c in frame.clauses):
                # 「カンボジア軍が先に攻撃を仕掛けた」と非難した: a quotation that tells a hostile act charges its doer
                quoted = False
            predicate, rule = (predicate if quoted else lex.CLAUSE_TARGETED[predicate]), "target-clause"
    if predicate == "hosts" and pred.dep_ == "advcl" and not frame.objects and pred.lemma_ in lex.RECEIVING_HOSTS:
        # 米国の議員を総統府に迎えて会談した: GiNZA may hang whom the て-clause receives on the verb after it
        frame.objects = [c for c in pred.head.children if frames.marker(c) == "を" and c.i < pred.i]
    event = pred.head if pred.dep_ == "acl" else None
    if pred.lemma_ in lex.HOSTING_VERBS and event is not None and event.head.lemma_ in lex.ATTENDING_VERBS \
            and frames.marker(event) in ("に", "にも", "には") and not modality.is_negated(event.head):
        # 習氏が主催した夕食会に出席した: the host receives whoever attends the event it holds
        attend = event.head
        frame.objects, rule = frames.verbal_frame(attend).subjects or _inherit_subjects(attend, "")[0], "relative-clause"
    elif pred.lemma_ in lex.HOSTING_VERBS and pred.dep_ == "advcl" and pred.head.lemma_ in lex.ATTENDING_VERBS \
            and _actors(frames.verbal_frame(pred.head).subjects) and not modality.is_negated(pred.head):
        # 緊急協議を主催し、タイの外相とカンボジアの外相が出席した: the host receives those who attended
        frame.objects = frames.verbal_frame(pred.head).subjects
    elif pred.lemma_ in lex.HOSTING_VERBS and not _actors(frame.objects):
        # イランとバーレーンの協議を主催した: the host receives the parties of the event it holds
        frame.objects = [m for o in frame.objects for m in _owners(o)]
    if predicate == "criticizes" and _charged_reason(pred):
        # 領空を侵犯したとして、トルコ軍を非難した: a criticism for a wrongdoing it names is an accusation
        predicate, rule = "accuses", "claim"
    if predicate in lex.CHAIN_ADDRESSED and not _actors(frame.objects + frame.targets) \
            and (predicate in lex.DIRECTIVES or not frame.targets):  # (大使を同省に呼び出し、抗議した: the envoy)
        # 日本を批判し、「対抗措置をとる」と警告した: a warning chained after a clause of the same speaker is
        # addressed to that clause's object (米大使館に外交文書を送り、抗議した: a protest to whom the note went)
        frame.targets = frame.targets + _chained_objects(pred)
    if predicate in lex.ADDRESSED_IN_MEETINGS and not frame.targets and not frame.clauses \
            and not _actors(frame.objects, possessor=True):
        frame.targets = _met(pred, _actors(frame.subjects))
    if predicate in lex.HOSTILE_ACTS and not _actors(frame.objects + frame.targets):
        # (イランが攻撃を続ければ報復攻撃する: whom the condition names, when nothing else is)
        frame.targets = _conditioned(pred, [], frame.subjects) or frame.targets
    if predicate in ("warns", "threatens") and not _actors(frame.objects + frame.targets):
        # 両国に厳しい措置をとると警告した: a warning is addressed to whom the threatened act is aimed at
        # (the clause is the verb whose と stands right before the predicate, wherever the parser hung it)
        clauses = frame.clauses or _adjacent_clause(pred)
        frame.targets = [t for c in clauses for t in _aimed_at(c)] or _conditioned(pred, clauses, frame.subjects)
    if pred.lemma_ in lex.CLASHES and not _actors(frame.objects + frame.targets) and _actors(frame.partners):
        # タイ軍はカンボジア軍と交戦した, インドとパキスタンが衝突した: a clash is fought by both sides, each
        # attacking the other
        yield from _clash(frame, pred, sent)
        return
    yield from _pairs(frame, predicate, pred, sent, rule, carriers=())
    yield from _threat(pred, predicate, frame.subjects, (), sent)


def _threat(act, predicate, subjects, carriers, sent) -> Iterator[Relation]:
    """デンマークが協力しなければ関税を引き上げる, イランが攻撃を続ければ報復する: a hostile act announced on a
    condition that names someone threatens them (CAMEO 13), whomever the act itself is aimed at. The threat is
    made whether or not the condition comes true, so the condition does not hedge it."""
    verb = carriers[-1] if carriers else act
    if predicate not in lex.HOSTILE_ACTS or predicate == "threatens":
        return
    threatened = _actors(_conditioned(verb, [], subjects))
    if not threatened:
        return
    negated, hedged = modality.is_negated(act, carriers), modality.is_hedged(act, carriers, conditions=False)
    for s in _within(_actors(subjects), sent, line=True):
        for o in _within(threatened, sent):
            if not _same_actor(s, o):
                yield _relation(s, "threatens", o, act, sent, "threat", negated=negated, hedged=hedged)


def _armed_clash(pred, sent) -> Iterator[Relation]:
    frame = frames.verbal_frame(pred)
    sides = _actors(frame.subjects) + _actors(frame.partners)
    armed = [m for m in sides if m.kind == "government" and m.text.endswith(lex.ARMED_ENDINGS)]
    if len(armed) == len(sides) and len(sides) > 1:
        yield from _clash(frame, pred, sent)


def _clash(frame, pred, sent) -> Iterator[Relation]:
    sides = _within(_actors(frame.subjects), sent, line=True) + _within(_actors(frame.partners), sent)
    negated, hedged = modality.is_negated(pred, ()), modality.is_hedged(pred, ())
    for a in sides:
        for b in sides:
            if (a.text, a.start) != (b.text, b.start):
                yield _relation(a, "attacks", b, pred, sent, "verbal", negated=negated, hedged=hedged)


def _topic_before(pred) -> bool:
    """Is there a は/も-marked word before the predicate in its sentence, outside quotations?"""
    return any(frames.marker(t) in ("は", "も") and not _in_quote(t) for t in sentence_of(pred) if t.i < pred.i)


def _quotes_before(pred) -> bool:
    """Does a quotation stand among the dependents before the verb (「経済的威圧にほかならない」と批判した)?"""
    return any(x.text in ("「", "『") for c in pred.children if c.i < pred.i for x in c.subtree)


def _topic_object(frame, rule: str, pred) -> str:
    """その提案は中国が拒否した: with a が-subject beside it and no を-object, the は-topic is the object.

    A は-topic that is a thing someone owns, not an actor, is what the verb is about and the speaker is
    left to the context: 中国の措置は「経済的威圧だ」と批判した, 日本の抗議は「受け入れられない」と退けた."""
    topics = [t for t in frame.subjects if frames.marker(t) == "は"]
    subjects = [t for t in frame.subjects if frames.marker(t) == "が"]
    if topics and subjects and not frame.objects:
        frame.subjects, frame.objects = subjects, topics
        return "topic-object"
    things = [t for t in topics if not read_actor(t) and _owners(t)]
    if things and not frame.objects and (frame.clauses or _quotes_before(pred) or frames.quotation_before(pred)):
        frame.subjects, frame.objects = [t for t in frame.subjects if t not in things], things
        return "topic-object"
    return rule


def _same_side(these: list[Mention], those: list[Mention]) -> bool:
    """Do the mentions act for the same country (by the places their names and titles carry)?"""
    def countries(mentions):
        from kg.vocab import people

        found = set()
        for m in mentions:
            while m is not None:
                place = place_of(m.text)
                person = people().lookup(m.text) if m.kind == "person" else None
                found |= {place.key} if place is not None else {person.acts_for} if person and person.acts_for else set()
                m = m.affiliation
        return found
    return bool(countries(these) & countries(those))


def _conditioned(pred, clauses, speakers) -> list:
    """米韓が演習を続ければ「強力な対応をとる」と威嚇した: a warning whose condition names an actor warns it."""
    conditions = [c for k in (pred, *clauses) for c in k.children if c.dep_ == "advcl" and c.i < pred.i
                  and any(frames.conditional_mark(m) for m in c.children)]
    own = {s.i for s in speakers if not isinstance(s, Mention)}
    return [s for c in conditions for s in frames.verbal_frame(c).subjects if s.i not in own and read_actor(s)]


def _aimed_at(verb) -> list:
    """The actors a threatened act is aimed at: its に-targets, wherever in its phrases the parser hung them
    (インドに厳しい措置をとる: インド under 厳しい), but not inside a condition of it."""
    found = [t for t in frames.verbal_frame(verb).targets if read_actor(t)]
    if found:
        return found
    conditions = {t.i for c in verb.children if _conditional(c) for t in c.subtree}
    aimed = [t for t in verb.subtree if t.i < verb.i and t.i not in conditions
             and frames.marker(t) in ("に", "に対し", "に対して", "への")]
    # (メキシコ製品に関税を課す: a thing the act is aimed at stands for whose it is)
    return [t for t in aimed if read_actor(t)] or [m for t in aimed if relation_of(t) is None for m in _owners(t)]


def _charged_reason(pred) -> bool:
    """A として-clause before the verb (〜したとして) whose words name a wrongdoing."""
    around = list(pred.children)
    if pred.dep_ == "acl" and pred.head.head.i != pred.head.i:
        around += list(pred.head.head.children)  # 〜として、トルコ軍を非難する声明を出した
    for child in around:
        # (GiNZA: 侵犯した ←と― し ←て: the reason clause hangs on the し of として)
        reason = child.lemma_ == "する" and any(c.text == "て" for c in child.children) and any(
            g.text == "と" and g.dep_ == "case" for c in child.children for g in c.children)
        if child.i < pred.i and reason:
            words = {w for t in child.subtree for w in (t.lemma_, t.text)}
            # (補給船に意図的に衝突したとして: an act done to someone as the reason is a charge too)
            if words & lex.CHARGED_ACTS or any(relation_of(t) in lex.HOSTILE_ACTS for t in child.subtree):
                return True
    return False


def _names_hostile_act(clause) -> bool:
    """Does the clause's own predicate carry a hostile act as its object (攻撃を仕掛けた, 侵攻を始めた)?"""
    return clause.lemma_ in lex.LIGHT_VERBS and any(
        c.dep_ == "obj" and relation_of(c) in lex.HOSTILE_ACTS for c in clause.children)


def _adjacent_clause(pred) -> list:
    """The verb of 〜と written right before the predicate (措置をとると警告した), if any."""
    before = pred.doc[pred.i - 1] if pred.i else None
    if before is not None and before.text == "と" and before.head.pos_ == "VERB" and before.head.i < pred.i:
        return [before.head]
    return []


def _chained_objects(pred) -> list:
    """The actor objects and targets of the clause chained right before ``pred`` (〜を批判し、〜と警告した),
    when that clause shares the speaker."""
    for _, frame in _same_speaker_clauses(pred):
        found = [t for t in frame.objects + frame.targets if read_actor(t)]
        # (王毅外相と電話で協議し、…を要請した: whom the speaker was talking with is asked)
        found = found or [t for t in frame.partners if read_actor(t)]
        if found:
            return found
    return []


def _met_partners(pred, predicate, subjects) -> list:
    """The other side of an event that names none, by one actor who has just met someone: whom a meeting chained
    before it was with (…と会談し、協力を確認した), or for an agreement to cooperate, whom the actor met last in
    the paragraph or the one before (…と会談した。プーチン氏は…協力を深めることで一致した)."""
    doers = _actors(subjects)
    if predicate not in lex.MEETING_CHAINED or _plural(doers) or len(doers) > 1:
        return []
    if any(not isinstance(s, Mention) and frames.marker(s) not in ("は", "も") for s in subjects):
        return []  # (a subject of its own, not the topic who met: 中国が…担う協定に署名した)
    return _met_before(pred) or (_met(pred, doers) if predicate == "cooperatesWith" and doers else [])


def _met_before(pred) -> list:
    """The partners of a meeting or talks chained right before ``pred`` by the same speaker (…と会談し、…協議する)."""
    for clause, frame in _same_speaker_clauses(pred):
        if relation_of(clause) in ("meetsWith", "negotiatesWith"):
            return [t for t in frame.partners if read_actor(t)]
    return []


def _same_speaker_clauses(pred):
    """(clause, frame) of the verb clauses chained before ``pred``, nearest first, whose own subject is at most the
    chain's は-topic (which GiNZA hangs on the first clause)."""
    for c in sorted(pred.children, key=lambda c: -c.i):
        if c.dep_ == "advcl" and c.i < pred.i and c.pos_ == "VERB":
            frame = frames.verbal_frame(c)
            if all(frames.marker(s) in ("は", "も") for s in frame.subjects):
                yield c, frame


def _received(pred) -> list:
    return [o for c in pred.children if c.dep_ == "advcl" and c.lemma_ in lex.RECEIVING_HOSTS and c.i < pred.i
            for o in frames.verbal_frame(c).objects]


def _summoned(pred) -> list:
    """トルコ大使を呼んで抗議した: whom a て-clause before the predicate summons is told what follows."""
    return [o for c in pred.children if c.dep_ == "advcl" and c.lemma_ in lex.SUMMON_VERBS and c.i < pred.i
            for o in frames.verbal_frame(c).objects]


def _addressees(pred) -> list:
    """インドに協議の席に着くよう呼びかけた: GiNZA hangs the addressee (に) on the clause marked よう;
    the addressee of a request or warning is that clause's に/に対し argument."""
    for child in pred.children:
        marks = {c.text for c in child.children if c.dep_ in ("aux", "mark")}
        if child.dep_ in ("advcl", "ccomp", "obj") and marks & lex.DIRECTIVE_MARKS:
            targets = frames.verbal_frame(child).targets
            if _actors(targets):
                return targets
    return []


def _refusal(verb, sent) -> Iterator[Relation]:
    """韓国側の要求には応じなかった, 日本の抗議を受け入れなかった: not complying is rejecting the one who
    asked (the owner of the request), stated as a positive ``rejects``."""
    frame = frames.verbal_frame(verb)
    # (a thing as the topic is what is refused: ロシア側の抗議は受け入れられない)
    topics = [s for s in frame.subjects if not read_actor(s)]
    things = frame.objects + frame.targets + topics + [c for c in verb.children if frames.marker(c) in ("には", "にも")]
    # (the owner of a request, or of whatever else was offered: エジプトの提案を受け入れなかった)
    condemned = lex.REFUSED_WHEN_NEGATED[verb.lemma_] == "criticizes"  # (any thing's owner: 中国の対応は容認できない)
    owners = [m for t in things if condemned or relation_of(t) is not None or lex.OFFER_NOUNS & {t.lemma_}
              for m in _owners(t)]
    subjects = [s for s in frame.subjects if s not in topics] or _inherit_subjects(verb, "")[0] or _stance_holder(verb)
    frame = frames.Frame(subjects=[s for s in subjects if s not in things], objects=owners)
    for rel in _pairs(frame, lex.REFUSED_WHEN_NEGATED[verb.lemma_], verb, sent, "refusal", carriers=()):
        yield replace(rel, negated=False)


def _refused_request(verb, sent) -> Iterator[Relation]:
    """パキスタン側が求めた協力を、暫定政権は拒んだ: refusing what someone asked for rejects them, and they asked the
    refuser (the request is told in a relative clause on what is refused)."""
    frame = frames.verbal_frame(verb)
    refusers = _actors(frame.subjects) or _actors(_inherit_subjects(verb, "")[0])
    negated, hedged = modality.is_negated(verb), modality.is_hedged(verb)
    for thing in frame.objects + frame.targets:
        for clause in (c for c in thing.children if c.dep_ == "acl" and relation_of(c) in ("requests", "demands")):
            clause_frame = frames.verbal_frame(clause)
            if _actors(clause_frame.targets):
                continue  # (日本に求めた…: the one asked is named, and need not be the refuser)
            askers = _actors(clause_frame.subjects)
            for refuser in _within(refusers, sent, line=True):
                for asker in _within(askers, sent):
                    if (refuser.text, refuser.start) != (asker.text, asker.start):
                        yield _relation(refuser, "rejects", asker, verb, sent, "refusal", negated=negated, hedged=hedged)
                        yield _relation(asker, relation_of(clause), refuser, clause, sent, "relative-clause")


def _stance_holder(verb) -> list:
    """〜は受け入れられないとの立場を示した: whose stance (立場, 考え, 方針) a clause states is who holds it."""
    noun = verb.head
    if noun.i == verb.i or noun.lemma_ not in lex.STANCE_NOUNS:
        return []
    return [c for c in noun.head.children if c.dep_ == "nsubj" and read_actor(c)] if noun.head.i != noun.i else []


def _claim(verb, sent) -> Iterator[Relation]:
    """「G7が中国の内政に干渉している」と反発した: a retort accuses whom its と-clause names; a plain claim
    (主張, 指摘) only when the clause names a wrongdoing (不法に侵入した, 合意に違反して).

    Whatever the parser attaches where, the は-topic (or a dislocated or inherited subject) is the speaker and
    the が-subject is the one the clause is about: 報道官は、G7が「…」と反発した; イラン側は米国が…と主張した.
    """
    frame = frames.verbal_frame(verb)
    if not frame.clauses:
        return
    # (a retort's clause may have its subject buried by the parser: 「フランスこそ…政策を続けている」と反発した)
    deep = verb.lemma_ in lex.RETORT_VERBS
    named = frame.subjects + [s for clause in frame.clauses for s in _clause_subjects(clause, deep=deep)]
    # the wrongdoing is what the clause says was done, not a description of who did it
    # (ウクライナ侵略を続けるロシアの防衛産業が部品に依存していると指摘した: no accusation)
    described = {t.i for s in named for t in s.subtree}
    clause_words = {w for clause in frame.clauses for t in clause.subtree if t.i not in described
                    for w in (t.lemma_, t.text)}
    if verb.lemma_ in lex.CLAIM_VERBS and not clause_words & lex.WRONGDOING:
        return
    speakers = [s for s in named if frames.marker(s) not in _SINGLED_OUT] + [
        c for c in verb.children if c.dep_ == "dislocated"]
    speakers = speakers[:1] or _inherit_subjects(verb, "")[0]
    # what the clause is about: an actor, or the owner of a thing (フィリピンの巡視船), never of an event
    # (エネルギー分野の制裁が「打撃を与える」と反発: no one is accused)
    accused = [s for s in named if frames.marker(s) in _SINGLED_OUT and s not in speakers
               and (read_actor(s) or relation_of(s) is None)]
    if not accused or not speakers:
        return
    yield from _pairs(frames.Frame(subjects=speakers, objects=accused), "accuses", verb, sent, "claim", carriers=())


_SINGLED_OUT = ("が", "こそ", "こそが")  # the subject a clause is about, never its speaker (フランスこそ…)


def _clause_subjects(clause, *, deep: bool = False) -> list:
    """The subject of a と-clause; with ``deep``, the first actor subject anywhere in it: a warning's
    quoted condition names whom it warns (「ロシアが停戦を拒むなら代償を払う」と警告した -> ロシア)."""
    subjects = frames.verbal_frame(clause).subjects or _chain_subjects(clause) or _attempt_subjects(clause)
    if subjects or not deep:
        return subjects
    for tok in clause.subtree:
        if frames.marker(tok) in ("が", "は", "こそ", "こそが") and read_actor(tok):
            return [tok]
    return []


def _attempt_subjects(verb) -> list:
    """〜しようとしている (trying to do): GiNZA makes する the head and hangs the attempted act, with its
    subject, under it: 日本が台湾問題に介入しようとしていると非難した -> 日本."""
    if verb.lemma_ != "する":
        return []
    return [s for c in verb.children if c.dep_ == "advcl" and frames.marker(c) == "と"
            and (c.text.endswith("う") or any(a.dep_ == "aux" and a.text.endswith("う") for a in c.children))
            for s in frames.verbal_frame(c).subjects]


def _chain_subjects(verb) -> list:
    """The subject a clause chain states once, on its first clause (ロシアが航路を狙い、安全保障を脅かしている:
    GiNZA hangs ロシアが on 狙い)."""
    for child in sorted(verb.children, key=lambda c: -c.i):
        if child.dep_ == "advcl" and child.i < verb.i and child.pos_ == "VERB" and not frames.marker(child) \
                and not _conditional(child) and _in_quote(child) == _in_quote(verb):
            found = [s for s in frames.verbal_frame(child).subjects if read_actor(s)] or _chain_subjects(child)
            if found:
                return found
    return []


def _inherit_subjects(pred, rule):
    """An omitted subject, from the nearest clause that states one.

    - relative clause: the noun it modifies (ロシアを非難する国連決議 -> 国連決議);
    - a clause above it (〜する可能性がある), but what a request asks for is done by its addressee
      (中国に支援をやめるよう求めた -> 中国);
    - the topic of a clause chain: GiNZA hangs 〜は on the first clause of 〜し、〜した, so a later
      clause takes the は-topic of an earlier sibling clause;
    - failing those, the sentence topic: the first 〜は actor before the predicate (rule ``topic``).
    """
    node = pred
    quoted = _in_quote(pred)
    while True:
        topic = _chain_topic(node, before=pred.i, quoted=quoted)
        if topic:
            return topic, rule
        if node.head.i == node.i:
            break
        if quoted and not _in_quote(node.head) and _conditional(pred):
            break  # 「支援を続ければ…」と中国に警告した: the omitted subject is the addressee, not the speaker
        if modality.directive_content(node):
            # 双方に攻撃をやめるよう求めた: what is asked for is to be done by the addressee, not the asker
            return [t for t in frames.verbal_frame(node.head).targets if read_actor(t)] or _addressees(node.head), rule
        dep, node = node.dep_, node.head
        if dep == "acl":
            if frames.marker(node) == "の" and node.head.i > node.i and read_actor(node.head):
                # 北京を訪問したミャンマーの外相: GiNZA hangs the clause on the possessor; it modifies the
                # whole phrase, whose head is the actor (the minister visited, not Myanmar as such)
                return [node.head], "relative-clause"
            if read_actor(node):
                return [node], "relative-clause"
            if node.lemma_ not in lex.CONTENT_NOUNS and node.lemma_ not in lex.ISSUER_NOUNS:
                # a relative clause on a non-actor: its subject is that noun (批判する人物), not an actor
                # (but 〜と威嚇する談話を発表した, 〜と非難する声明を出した: a statement's words are its issuer's)
                return [], rule
        # a が-subject written after the clause belongs to its own clause only: 主張を退け、日本が介入しようとして
        # いると非難した (GiNZA hangs 退け on 介入; 日本 is not the one who rejected), unlike a は-topic, which
        # covers what comes before it (抗議を受け、中国は反発した)
        subjects = [t for t in frames.verbal_frame(node).subjects if read_actor(t)
                    and not (t.i > pred.i and frames.marker(t) in lex.CLAUSE_SUBJECT_MARKERS)]
        if subjects:
            return subjects, rule
    topic = _sentence_topic(pred, quoted) or (_previous_topic(pred) if not quoted else [])
    return (topic, "topic") if topic else ([], rule)


def _previous_topic(pred) -> list:
    """ただ、韓国への批判は避けた: a sentence that names no actor as its topic or subject goes on about the topic
    of the sentence before it in the same paragraph."""
    sent = sentence_of(pred)
    if any(frames.marker(t) in ("は", "も", "が") and read_actor(t) for t in sent):
        return []
    if any(frames.marker(t) == "が" and t.pos_ in ("NOUN", "PROPN", "PRON") and t.i < pred.i for t in sent):
        return []  # 野党議員らが…と批判している: the sentence names its own (unnamed) subject
    # (back over sentences that name no subject of their own either: アビー首相は…述べた。その一方で、「…」と
    # 警告した。ただ、…批判することは避けた -> アビー首相)
    for _ in range(3):
        before = sent.start - 1
        if before < 0 or "\n" in pred.doc[before].text or "\n" in pred.doc[before].whitespace_:
            return []
        sent = sentence_of(pred.doc[before])
        for tok in sent:
            if frames.marker(tok) in ("は", "も") and not _in_quote(tok) and read_actor(tok):
                return [tok]
        if any(frames.marker(t) in ("は", "も", "が") and t.pos_ in ("NOUN", "PROPN", "PRON") and not _in_quote(t)
               for t in sent):
            return []  # (a sentence about something else in between)
    return []


def _conditional(pred) -> bool:
    return any(frames.conditional_mark(c) for t in (pred, pred.head) for c in t.children)


def _sentence_topic(pred, quoted: bool) -> list:
    """The first は-marked actor of the sentence before the predicate, on the same side of any quotation."""
    for tok in sentence_of(pred):
        if tok.i >= pred.i:
            break
        if frames.marker(tok) in ("は", "も") and _in_quote(tok) == quoted and read_actor(tok):
            return [tok]
    return _headline_subject(pred) if not quoted else []


def _in_headline(tok) -> bool:
    """Is the token on a line with no 。 (a headline)?"""
    text = doc_text(tok.doc)
    start = text.rfind("\n", 0, tok.idx) + 1
    end = text.find("\n", tok.idx)
    return "。" not in text[start:end if end != -1 else len(text)]


def _headline_subject(pred) -> list:
    """中国外務省、日本の抗議を一蹴: a headline (a line with no 。) opens on its subject and a comma, for は."""
    sent = sentence_of(pred)
    doc = pred.doc
    if not _in_headline(pred):
        return []
    comma = next((t for t in sent if t.text == "、"), None)
    if comma is None or comma.i >= pred.i or comma.i - sent.start > 6:
        return []
    head = doc[comma.i - 1]
    if phrase_tokens(head)[0].i != sent.start:
        return []
    if read_actor(head):
        return [head]
    place = gazetteer().abbreviation(head.text) if len(head.text) == 1 else None  # (米、…: one character alone)
    return [Mention(text=head.text, start=head.idx, end=head.idx + 1, kind="country")] if place is not None else []


def _chain_topic(node, *, before: int, quoted: bool = False) -> list:
    """The nearest は-topic of the adverbial clauses under ``node`` that precede position ``before``.

    The topic is searched down the chain (〜として退けたうえで、〜と批判した), never inside a quotation.
    """
    for child in sorted(node.children, key=lambda c: -c.i):
        if child.dep_ in ("advcl", "conj") and child.i < before:
            topic = [t for t in frames.verbal_frame(child).subjects
                     if frames.marker(t) in ("は", "も") and _in_quote(t) == quoted]
            if topic:
                return topic
            deeper = _chain_topic(child, before=before, quoted=quoted)
            if deeper:
                return deeper
    return []


def _in_quote(tok) -> bool:
    depth = 0
    for t in sentence_of(tok):
        if t.i >= tok.i:
            break
        depth += t.text in ("「", "『")
        depth -= t.text in ("」", "』")
    return depth > 0


def _raised_objects(frame) -> list:
    """Xを「…」と批判した: GiNZA hangs the を-argument written before a quotation on the quoted clause;
    it is the object of the verb that follows the quotation. So is a thing written as the topic before it
    (中国の措置は「経済的威圧だ」と批判した: the measure's owner is criticised)."""
    found = []
    for clause in frame.clauses:
        opening = next((t.i for t in clause.subtree if t.text in ("「", "『")), None)
        if opening is None and (clause.pos_ in ("ADJ", "AUX") or clause.lemma_ in ("ない", "無い")):
            # フランスの主張を根拠がないと一蹴した: an adjective takes no を-argument; it is the verb's after the clause
            found.extend(c for c in clause.children if c.dep_ == "obj" and frames.marker(c) == "を")
            continue
        if opening is not None:
            found.extend(t for t in clause.subtree if t.i < opening and (
                t.dep_ == "obj" and frames.marker(t) == "を"
                # 日本の抗議は「受け入れられない」と退けた: a thing as topic before the quotation is its object
                or frames.marker(t) == "は" and not read_actor(t) and _owners(t)))
    return found


def _nominal(noun, predicate, sent) -> Iterator[Relation]:
    governor = noun.head if noun.head.i != noun.i else None
    if governor is not None and governor.lemma_ in lex.MANNER_VERBS and governor.dep_ == "advcl" \
            and governor.head.i != governor.i and not any(frames.marker(c) in ("が", "は") for c in governor.children):
        governor = governor.head  # (協力を引き続き重視する: the adverb GiNZA read as a verb stands aside)
    if governor is not None and (noun.dep_ == "obj" and governor.lemma_ in lex.RECEIVING_VERBS
                                 or frames.marker(noun) == "に" and governor.lemma_ in lex.EXPOSED_VERBS):
        yield from _receiving(noun, governor, predicate, sent)
        return
    inner = frames.nominal_frame(noun)
    if noun.lemma_ in lex.DISPATCH_VERBS:
        inner.objects = [o for o in inner.objects if not _troops(o)]  # (ロシアへの兵士派遣: the troops are what is sent)
    else:
        inner.objects = _visited(noun) or _prefixed(noun) or inner.objects
    carrier = next((c for c in noun.children if c.dep_ == "acl" and c.lemma_ in lex.LIGHT_VERBS and c.i < noun.i), None)
    if carrier is not None and not _actors(inner.subjects):
        # 中国が豪州産の石炭に科していた制裁措置: a light verb's relative clause gives the event its arguments
        clause = frames.verbal_frame(carrier)
        inner.subjects = clause.subjects
        inner.objects = inner.objects or clause.targets
    things = [t for t in inner.subjects if not read_actor(t)]
    if things and predicate == "sanctions":
        # 日本産水産物の輸入停止措置: the の-phrase of a trade restriction is the goods, and their owner the target
        inner.subjects = [t for t in inner.subjects if t not in things]
        # (中国に対する半導体の輸出規制, 中国向け半導体の輸出: the destination written on the goods)
        bound = [c for t in things for c in t.children if frames.marker(c) in lex.NOMINAL_OBJECT_MARKERS]
        inner.objects = inner.objects or bound or things
    holder = governor if noun.dep_ == "compound" and governor is not None and governor.text in ("中", "後", "前") else noun
    if not inner.subjects and holder.dep_ == "nmod" and frames.marker(holder) == "の" and _visited(noun):
        inner.subjects = [holder.head]  # 訪米中のラザロ氏: the visitor is the noun the visit modifies
    if governor is not None and noun.dep_ == "obj" and governor.lemma_ in lex.RECIPROCAL_VERBS:
        yield from _reciprocal(noun, predicate, governor, sent)
        return
    # (not when the event names both its parties: AとBとの会談の実現に…: whoever holds the stance is no party)
    phase = governor if governor is not None and frames.marker(noun) == "の" and governor.lemma_ in lex.PHASE_NOUNS \
        and governor.head.i != governor.i and relation_of(governor) is None and len(_actors(inner.partners)) < 2 \
        else None
    verb = phase.head if phase is not None else None
    if verb is not None and verb.pos_ == "ADJ" and verb.dep_ == "acl" and verb.head.lemma_ in lex.STANCE_NOUNS:
        # (実現に強い意欲を示した: the adjective of the stance noun, then its verb; an adjective that turns the stance
        # against the event (否定的, 慎重) carries nothing)
        verb = verb.head.head if verb.lemma_ in lex.EAGER_ADJECTIVES else None
    if phase is not None and verb is not None and _carried(phase, verb):
        # 首脳会談の実現に意欲を示した, 首脳会談の早期開催を模索する: an event through the phase noun a verb carries
        outer = frames.verbal_frame(verb)
        subjects = _actor_subjects(inner.subjects) or _actor_subjects(outer.subjects) \
            or _inherit_subjects(verb, "")[0] or inner.subjects
        frame = frames.Frame(subjects=subjects, objects=inner.objects, partners=inner.partners,
                             targets=[t for t in outer.targets if t not in subjects])
        stance = _stance_object(verb) if frames.marker(phase) in ("に", "にも", "には") else None
        carriers = (stance, verb) if stance is not None else (phase, verb)
        yield from _pairs(frame, predicate, noun, sent, "light-verb", carriers=carriers)
        return
    if governor is not None and _carried(noun, governor):
        outer = frames.verbal_frame(governor)
        # (批判は避けた: the topicalised event is no subject of the verb that carries it)
        outer.subjects = [s for s in outer.subjects if s.i != noun.i]
        # (今回の協議ではエジプトと歩調を合わせた: a では-phrase that names no actor is where, not who)
        # (追加の軍事支援を発表した: an の-phrase that names no actor is no subject either)
        subjects = _actor_subjects(inner.subjects) or _actor_subjects(outer.subjects) \
            or _inherit_subjects(governor, "")[0] or inner.subjects or outer.subjects
        # (双方に攻撃をやめるよう求めた: the addressee the parser hung on the clause is its subject, not its target)
        # (エジプトと歩調を合わせた: a noun takes its partner with との, so a bare と-phrase the parser hung on the
        # carried event is the verb's partner)
        bare = [m for c in noun.children if c.i < noun.i and frames.marker(c) == "と" and c.pos_ in ("NOUN", "PROPN")
                for m in frames.coordinated(c)] or [
            # (パキスタンとの全天候型の協力: an との-phrase the parser hung on a word of the event's phrase)
            t for t in noun.subtree if t.i < noun.i and frames.marker(t) == "との" and read_actor(t)]
        targets = [t for t in outer.targets if t not in subjects]
        if not targets and not inner.objects:
            # 日本の防衛費増額に強い不満を表明した: GiNZA may hang the に-phrase on the adjective of the event
            targets = [t for t in noun.subtree if t.i < noun.i and t.head.pos_ == "ADJ"
                       and frames.marker(t) in ("に", "に対し", "に対して")]
        if predicate in lex.HOSTILE_ACTS and not _actors(inner.objects + targets):
            # ロシアが停戦に応じなければ追加制裁を科す: a hostile act on a condition is aimed at whom it names
            targets = _conditioned(governor, [], subjects) or targets
        if predicate in lex.ADDRESSED_IN_MEETINGS and not targets and not outer.clauses \
                and not _actors(inner.objects, possessor=True):
            targets = _met(noun, _actors(subjects))  # (王毅外相と会談した。…抗議を申し入れた)
        partners = inner.partners or outer.partners or bare
        if not partners and not _actors(inner.objects + targets):
            partners = _met_partners(governor, predicate, subjects)  # (…と会談し、協力を確認した)
        frame = frames.Frame(subjects=subjects, objects=inner.objects, targets=targets, partners=partners)
        # 首脳会談には当面応じない考えを示した: the parser hangs the に-event on 示す; 応じない is what carries it
        stance = _stance_object(governor) if frames.marker(noun) in ("に", "にも", "には") else None
        carriers = _stance_carrier(noun, governor) or ((stance, governor) if stance is not None else (governor,))
        yield from _pairs(frame, predicate, noun, sent, "light-verb", carriers=carriers)
        yield from _threat(noun, predicate, subjects, carriers, sent)
        return
    if predicate == "hosts" and governor is not None and frames.marker(noun) == "で" and governor.pos_ == "VERB":
        # 大統領の招きでアブダビを訪れた: whoever comes at someone's invitation is their guest
        guests = frames.verbal_frame(governor).subjects or _inherit_subjects(governor, "")[0]
        frame = frames.Frame(subjects=inner.subjects, objects=guests)
        yield from _pairs(frame, predicate, noun, sent, "nominal", carriers=(governor,))
        return
    if governor is not None and frames.marker(noun) == "で" and governor.pos_ == "VERB" and governor.dep_ != "acl" \
            and not _actors(inner.subjects):
        # 対ロシア制裁で凍結している資産: an event as the means of a verb is done by the verb's subject
        outer = frames.verbal_frame(governor)
        doers = outer.subjects or _inherit_subjects(governor, "")[0]
        # (ミサイル攻撃で電力網を破壊した: and to what the verb is done to, when the event names no one)
        frame = frames.Frame(subjects=doers, objects=inner.objects or outer.objects + outer.targets,
                             partners=inner.partners)
        yield from _pairs(frame, predicate, noun, sent, "nominal", carriers=())
        return
    listing = _listing_verb(noun)
    if listing is not None:
        # 中国企業を輸出規制の対象リストに加えた, ロシアの銀行を制裁対象に指定した: whoever lists someone as a
        # measure's target takes the measure against them
        outer = frames.verbal_frame(listing)
        frame = frames.Frame(subjects=outer.subjects or _inherit_subjects(listing, "")[0], objects=outer.objects)
        yield from _pairs(frame, predicate, noun, sent, "light-verb", carriers=(listing,))
        return
    through = _through(noun, governor)
    if through is not None:
        # セルビア支持の姿勢を鮮明にした, 人道支援の拡大を表明した: the verb's subject holds the stance
        verb = through.head
        outer = frames.verbal_frame(verb)
        subjects = inner.subjects or outer.subjects or _inherit_subjects(verb, "")[0]
        # (日本の教科書検定結果に遺憾の意を表明した: the verb's に-phrase is whom it is aimed at)
        frame = frames.Frame(subjects=subjects, objects=inner.objects, partners=inner.partners,
                             targets=[t for t in outer.targets if t not in subjects])
        yield from _pairs(frame, predicate, noun, sent, "light-verb", carriers=(through, verb))
        return
    yield from _pairs(inner, predicate, noun, sent, "nominal", carriers=())


def _reciprocal(noun, predicate, verb, sent) -> Iterator[Relation]:
    """インド陸軍とパキスタン軍が砲撃を交わした: an exchange goes both ways between the coordinated subjects."""
    sides = _within(_actors(frames.verbal_frame(verb).subjects), sent)
    negated, hedged = modality.is_negated(noun, (verb,)), modality.is_hedged(noun, (verb,))
    for a in sides:
        for b in sides:
            if (a.text, a.start) != (b.text, b.start):
                yield _relation(a, predicate, b, noun, sent, "light-verb", negated=negated, hedged=hedged)


def _stance_carrier(noun, governor) -> tuple:
    """(the verb, the stance noun, the governor) when a に-marked event sits on a verb whose object is a stance
    noun modified by a verb that takes the event with に after it (会談には応じない考えを示した)."""
    if frames.marker(noun) not in ("に", "には", "にも"):
        return ()
    for obj in governor.children:
        if obj.dep_ == "obj" and obj.lemma_ in lex.STANCE_NOUNS:
            for verb in obj.children:
                if verb.dep_ == "acl" and verb.lemma_ in lex.LIGHT_VERBS_NI and verb.i > noun.i:
                    return (verb, obj, governor)
    return ()


def _through(noun, governor):
    """The stance or phase noun between an event and the verb that carries it (Xの姿勢を示した), if any."""
    if governor is None or noun.dep_ not in ("nmod", "advmod") or frames.marker(noun) != "の" \
            or governor.head.i == governor.i:  # (遺憾 / の / 意: tagged an adverb now and then)
        return None
    if governor.dep_ != "obj" and frames.marker(governor) not in ("を", "も"):
        return None
    if governor.lemma_ in lex.STANCE_NOUNS and governor.head.pos_ in ("VERB", "ADJ") \
            and governor.head.lemma_ not in lex.STANCE_DROPPING:
        return governor
    if governor.lemma_ in lex.PHASE_NOUNS and governor.head.lemma_ in lex.LIGHT_VERBS:
        return governor
    return None


def _carried(noun, governor) -> bool:
    """Is the event noun the object of a light verb (警告を発する) or a verb that negates it (批判を避ける)?"""
    if noun.dep_ == "obj" or frames.marker(noun) in ("を", "は", "も", "には"):  # 批判は避けた: a topicalised object
        # (関税を引き上げる: raising a levy imposes it)
        return governor.lemma_ in _CARRYING_OBJECTS or noun.lemma_ in lex.LEVIES and governor.lemma_ in lex.RAISING_VERBS
    if noun.dep_ == "obl" and frames.marker(noun) in ("に", "にも", "には") and _stance_object(governor) is not None:
        return True  # 首脳会談に意欲を示した: an event the verb's stance is about
    return noun.dep_ == "obl" and frames.marker(noun) in ("に", "にも", "には") and governor.lemma_ in lex.LIGHT_VERBS_NI


def _stance_object(governor):
    """The stance noun a verb states with no clause of its own (意欲を示した, 意向を表明した), if any."""
    return next((c for c in governor.children if c.dep_ == "obj" and c.lemma_ in lex.STANCE_NOUNS
                 and not any(k.dep_ == "acl" and k.pos_ != "ADJ" for k in c.children)), None)


def _visited(tok) -> list | None:
    """訪米 -> [米], 来日 -> [日本]: the country a visit compound names (a Mention), else None."""
    text = tok.text
    if not text.startswith(lex.VISIT_PREFIX) and text not in lex.VISIT_JAPAN:
        return None
    if text in lex.VISIT_JAPAN:
        return [Mention(text="日本", start=tok.idx, end=tok.idx + len(text), kind="country")]
    rest = text[len(lex.VISIT_PREFIX):]
    if text.startswith(lex.VISIT_PREFIX) and 0 < len(rest) <= 2 and all(gazetteer().abbreviation(c) for c in rest):
        return [Mention(text=ch, start=tok.idx + 1 + k, end=tok.idx + 2 + k, kind="country") for k, ch in enumerate(rest)]
    return None


def _prefixed(noun) -> list:
    """The actors written before an event noun in the same compound: ロシア支援, 対ロ制裁, 日中外相会談.

    For symmetric events a ・ joins the two sides (サリバン・ヤン会談), so each side is read alone.
    """
    tokens = phrase_tokens(noun)[:-1]
    if tokens and tokens[0].text in lex.OBJECT_PREFIXES:
        tokens = tokens[1:]
    elif tokens and tokens[0].text[:1] in lex.OBJECT_PREFIXES and len(tokens[0].text) > 1:
        # 対中 / 輸出 / 規制: the prefix and the country written as one token
        first = tokens[0]
        rest = first.text[1:]
        place = place_of(rest)
        if place is not None:
            return [Mention(text=rest, start=first.idx + 1, end=first.idx + len(first.text),
                            kind="organization" if place.kind != "country" else "country")]
    if not tokens:
        return []
    if relation_of(noun) in symmetric() and any(t.text in lex.NAME_JOINERS for t in tokens):
        sides, side = [], []
        for tok in tokens + [None]:
            if tok is None or tok.text in lex.NAME_JOINERS:
                sides.extend(read_phrase(side) if side else [])
                side = []
            else:
                side.append(tok)
        return sides
    found = read_phrase(tokens)
    while not found and len(tokens) > 1:
        # 米韓 / 合同 / 演習: words between the countries and the event (合同, 軍事) are no actor (次官級協議 names
        # no side: a rank)
        tokens = tokens[:-1]
        found = [m for m in read_phrase(tokens) if m.kind in ("country", "organization")]
    return found


def _receiving(noun, verb, predicate, sent) -> Iterator[Relation]:
    """XはYから抗議を受けた -> Y protests X."""
    outer = frames.verbal_frame(verb)
    inner = frames.nominal_frame(noun)
    # (ベトナムはフィリピンから供与を受けることが決まった: the topic GiNZA hangs on the verb above)
    recipients = outer.subjects or _inherit_subjects(verb, "")[0] or [
        t for t in sentence_of(verb) if t.i < verb.i and frames.marker(t) == "は" and t.dep_ == "dislocated"
        and read_actor(t)]
    # (日本から強い非難を浴びた: GiNZA may hang the から-phrase on the adjective of the event)
    # (中古の巡視船2隻の供与: an の-phrase that names no actor is what is given, not the giver)
    givers = _actor_subjects(inner.subjects) or outer.sources or outer.targets or outer.agents or [
        t for t in noun.subtree if t.i < noun.i and frames.marker(t) in lex.SOURCE_MARKERS]
    frame = frames.Frame(subjects=givers, objects=recipients)
    yield from _pairs(frame, predicate, noun, sent, "receiving", carriers=(verb,))


def _pairs(frame, predicate, pred, sent, rule, *, carriers) -> Iterator[Relation]:
    subjects = _actors(frame.subjects)
    if predicate in symmetric():
        others = _actors(frame.partners) or _actors(frame.objects) or _actors(frame.targets)
        sides = counted_sides(frame.subjects[0]) if len(frame.subjects) == 1 and not others \
            and not isinstance(frame.subjects[0], Mention) else None
        if sides:
            # イランと英国、フランス、ドイツの欧州3カ国は協議した: the partner with each of the group, not the
            # group's members with each other
            subjects, others = sides
        group = _within(subjects or others, sent)
        if not (subjects and others) and (len(group) > 1 or _plural(group)):
            # AとBは会談した, 日米韓は連携した, 両国は協力した: every pair within the group
            yield from _group(group, predicate, pred, sent, rule, carriers)
            return
    elif pred.lemma_ in lex.DIRECT_TARGET_CUES:
        # (イスラエル北部に向けて発射した: a region of a country named before it, else only an actor named as such)
        others = _actors(frame.objects) or _actors(frame.targets) or [
            m for t in frame.objects + frame.targets if not isinstance(t, Mention) and t.lemma_ in lex.REGION_NOUNS
            for m in _owners(t)]
    else:
        others = _actors(frame.objects) or _actors(frame.targets) or (
            _actors(frame.objects + frame.targets, possessor=True) if predicate not in lex.DIRECT_ONLY else [])
    if pred.lemma_ in lex.PROTECTING_VERBS:
        others = [o for o in others if not _same_side([o], subjects)]  # (米国民を守る, said by the U.S.: its own)
    negated = modality.is_negated(pred, carriers)
    hedged = modality.is_hedged(pred, carriers)
    # the parser may run a headline into the body; arguments stay within the line-bounded sentence
    subjects, others = _within(subjects, sent, line=True), _within(others, sent)
    for s in subjects:
        for o in others:
            if (s.text, s.start) != (o.text, o.start):
                yield _relation(s, predicate, o, pred, sent, rule, negated=negated, hedged=hedged)


def _within(mentions, sent, *, line: bool = False) -> list[Mention]:
    """The mentions inside the sentence; with ``line``, also earlier in its line (a subject carried over from
    the sentence before, ただ、…は避けた), never across a line break."""
    start = sent.start_char
    if line:
        start = doc_text(sent.doc).rfind("\n", 0, start) + 1
    return [m for m in mentions if start <= m.start < sent.end_char]


def _plural(mentions) -> bool:
    return len(mentions) == 1 and mentions[0].kind == "anaphor" and mentions[0].text.startswith(("両", "双方"))


def _group(members, predicate, pred, sent, rule, carriers) -> Iterator[Relation]:
    negated, hedged = modality.is_negated(pred, carriers), modality.is_hedged(pred, carriers)
    if _plural(members):
        members = members * 2  # linking resolves 両国 to both countries and pairs them
    for k, a in enumerate(members):
        for b in members[k + 1:]:
            yield _relation(a, predicate, b, pred, sent, rule, negated=negated, hedged=hedged)


def _actors(items, *, possessor: bool = False) -> list[Mention]:
    """Argument tokens read as actors; mentions already read (from a compound) pass through.

    With ``possessor``, an argument that is not an actor stands for the actor it belongs to:
    中国の行動を非難した, 米国の関与を批判した, 日本の抗議を退けた -> 中国, 米国, 日本.
    """
    found = []
    for item in items:
        if isinstance(item, Mention):
            found.append(item)
            continue
        actors = read_actor(item)
        if not actors and possessor:
            actors = _owners(item)
        found.extend(actors)
    return found


def _owners(noun, depth: int = 0) -> list[Mention]:
    """Who a thing belongs to: its の-possessor (中国の行動) or the subject of a relative clause on it
    (日本政府が発表した制裁). Not for a compound around another event (米国による制裁回避: the US
    owns the sanctions, not their evasion)."""
    # (a compound after the noun is the phrase's real head: 米国の軍事的 / 圧力, the US's pressure)
    if any(c.dep_ == "compound" and c.i < noun.i and relation_of(c) is not None for c in noun.children) \
            and noun.lemma_ not in lex.PHASE_NOUNS:  # (日韓の連携強化: a phase of an event is its parties')
        return []
    pointed = _act_antecedent(noun) if not depth else []
    if pointed:
        return pointed
    possessors = [member for c in noun.children if c.dep_ in ("nmod", "obl") and frames.marker(c) in lex.NOMINAL_SUBJECT_MARKERS
                  for member in frames.coordinated(c)]
    if not possessors and relation_of(noun) is not None:
        possessors = frames.nominal_frame(noun).subjects  # (米国の台湾への武器売却: the subject hung on the target)
    owners = [m for member in possessors for m in read_actor(member)]
    # the members a set is made of: ロシアの海運会社や北朝鮮の貿易会社など計8団体 -> each member's owner
    members = [c for c in noun.children if c.dep_ == "nmod" and frames.marker(c) in ("と", "や", "など")
               and relation_of(c) is None] if depth < 3 else []
    owners += [m for member in members for m in (read_actor(member) or _owners(member, depth + 1))]
    if owners:
        return owners
    if depth < 3 and relation_of(noun) is None:
        # down a chain of things: アルメニア憲法の前文の改正 -> 前文 -> 憲法 -> アルメニア
        owners = [m for member in possessors if relation_of(member) is None for m in _owners(member, depth + 1)]
        if owners:
            return owners
        # a place written into the thing's name: アルメニア憲法, 中国製品
        name = phrase_tokens(noun)[:-1]
        while name and name[-1].text in lex.ORIGIN_SUFFIXES:
            name = name[:-1]  # 日本産水産物, 中国製ドローン
        # (the place is the name's first words: 中国企業140社)
        owners = _leading_countries(name)
        if not owners and name and name[0].lemma_ in lex.REGION_NOUNS and name[0].i:
            # タイ東部シーサケート県: a region of the country written right before it, which the parser may have
            # cut off the phrase
            owners = _leading_countries([noun.doc[name[0].i - 1]])
        if owners:
            return owners
    clauses = [c for c in noun.children if c.dep_ == "acl"]
    owners = [m for c in clauses for t in frames.verbal_frame(c).subjects for m in read_actor(t)]
    if not owners and not depth and relation_of(noun) in symmetric():
        owners = _prefixed(noun)  # 米韓合同演習を非難した: the parties written into a joint event's name
    if owners or depth:
        return owners
    # イスラエルによる人道支援物資の搬入制限: による marks the agent of the event the phrase ends on, wherever the
    # parser hung it inside the phrase
    return [m for t in noun.subtree if t.i < noun.i and frames.marker(t) in lex.AGENT_OF_EVENT_MARKERS
            for m in read_actor(t)]


def _relation(subject, predicate, obj, pred, sent, rule, *, negated=False, hedged=False) -> Relation:
    return make_relation(subject, predicate, obj, pred, sent.text, extractor=NAME, rule=rule,
                         confidence=_CONFIDENCE[rule], negated=negated, hedged=hedged)


def _quote_spans(sent) -> list[tuple[int, int]]:
    spans, stack = [], []
    for tok in sent:
        if tok.text in ("「", "『"):
            stack.append(tok.idx)
        elif tok.text in ("」", "』") and stack:
            spans.append((stack.pop(), tok.idx))
    return spans


def _attribute(rel: Relation, pred, sent, quotes) -> Relation:
    """A relation inside 「」 is the speaker's claim; 我々 inside it is the speaker."""
    inside = next(((a, b) for a, b in quotes if a < pred.idx < b), None)
    if inside is None or rel.predicate == "affiliatedWith":
        return rel
    node = pred
    while node.head.i != node.i and inside[0] < node.idx < inside[1]:
        node = node.head
    speakers = _actors(frames.verbal_frame(node).subjects) or _actors(_inherit_subjects(node, "")[0])
    if not speakers:
        return rel
    speaker = speakers[0]
    if rel.subject.text in lex.FIRST_PERSON:
        rel = replace(rel, subject=replace(speaker, start=rel.subject.start, end=rel.subject.end))
    return replace(rel, attributed_to=speaker)
