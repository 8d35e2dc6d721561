"""Which relation a Japanese word names, and who a compound names with it.

A predicate or event noun names its relation by its lemma (警告, 支援, 非難), or by a cue the word ends on
(首脳会談, 軍事支援) or that the tokenizer split in two (資産 / 凍結); a measure names the event compounded
before it (制裁措置, 支援策). Some words name one only through what they govern: troops sent to a country
support it (an envoy sent there does not), closing the border with a country sanctions it, summoning an envoy
protests to the envoy's country, standing with someone (と共に立つ) backs them, the parties of a signed
agreement or of a joint exercise cooperate, and stopping imports (輸入を停止する, 禁輸措置) sanctions.

A compound also names actors: a visit compound names the country visited (訪米 -> 米, 来日 -> 日本), and the
words before an event noun name its sides (ロシア支援, 対ロ制裁, 日中外相会談, サリバン・ヤン会談).
"""
from __future__ import annotations

from weakref import WeakKeyDictionary

from kg.extract import cue_lexicon, doc_text, symmetric_relations
# (frames asks this module what a word names while it loads: each calls the other through the module)
from kg.extract.ja import frames
from kg.extract.ja.actors import read_actor
from kg.extract.ja.phrases import phrase_tokens, read_phrase
from kg.extract.ja.places import place_of
from kg.lang import ja as lex
from kg.types import Mention
from kg.vocab import gazetteer


def lexicon() -> dict[str, str]:
    """Cue lemma -> relation name, from the ontology's labels."""
    return cue_lexicon("ja")


def symmetric() -> frozenset[str]:
    return symmetric_relations()


def relation_of(tok) -> str | None:
    """The relation a token names: its lemma, or a compound ending in a cue (首脳会談, 軍事支援).

    Worked out once per token of a document (the rules ask it of the same tokens many times)."""
    known = _RELATIONS.get(tok.doc)
    if known is None:
        known = _RELATIONS[tok.doc] = {}
    if tok.i not in known:
        # (a rule that reads the token's phrase may ask again of the token being read: while being read, none, as
        # read_actor does, so that no such loop can end an article's extraction in a RecursionError)
        known[tok.i] = None
        known[tok.i] = _relation_of(tok)
    return known[tok.i]


_RELATIONS: WeakKeyDictionary = WeakKeyDictionary()  # Doc -> {token index: relation or None}


def _relation_of(tok) -> str | None:
    lex_ = lexicon()
    lemma, pos = tok.lemma_, tok.pos_
    if lemma in lex.VENUE_VERBS and venue_of_talks(tok) is not None:
        return "hosts"  # 両国のために会談の場を提供する: a venue offered for others' talks hosts them (it gives nothing)
    if lemma in lex_:
        return lex_[lemma]
    if pos in ("VERB", "NOUN") and lemma in lex.ATTRIBUTING_VERBS and attributed_doers(tok):
        return "accuses"  # 攻撃は中国の仕業と断定した: laying a hostile act at someone's door accuses them
    if pos == "VERB" and lemma in lex.ACCEPTING_VERBS and any(
            c.dep_ == "obj" and c.text.endswith(lex.DELEGATIONS) for c in tok.children):
        return "hosts"  # 双方の代表団を受け入れて: whoever takes in a delegation hosts its side
    if lemma in lex.COMMENT_NOUNS and tok.head.lemma_ in lex.REFRAINING_VERBS and tok.head.i != tok.i:
        return "criticizes"  # 論評を控えた, 言及は避けた: a comment withheld is a criticism not made
    if lemma in lex.NAMING_WORDS and _refrained(tok):
        return "criticizes"  # 中国を名指しすることは避けた: a naming withheld, too
    if pos == "VERB" and lemma in lex.PROPOSING_VERBS and any(
            c.dep_ in ("advcl", "ccomp", "obj") and c.i < tok.i
            and {m.text for m in c.children if m.dep_ in ("aux", "mark")} & lex.DIRECTIVE_MARKS for c in tok.children):
        return "requests"  # 枠組みを設けるよう両国に提案した: proposing what someone is to do asks it of them
    if _trade_restriction(tok):
        return "sanctions"
    if lemma in lex.PROCUREMENT_WORDS and arms_sellers(tok):
        return "supports"  # フランスからの兵器調達: whoever sells arms to a country backs it
    if pos == "VERB" and lemma in lex.PROPOSED_BY and proposed_to(tok) and any(c.dep_ == "obj" for c in tok.children):
        return "requests"  # ロシアとウクライナに対し、交渉の再開を提案した: proposing something to someone asks it of them
    if lemma in lex.RELATION_NOUNS and tok.dep_ == "obj" and tok.head.lemma_ in lex.RELATION_BUILDING:
        return "cooperatesWith"  # ロシアとの関係をさらに強化する: strengthening ties with someone is cooperating
    if lemma in lex.RELATION_BUILDING and pos == "NOUN" and any(
            c.dep_ == "compound" and c.lemma_ in lex.RELATION_NOUNS for c in tok.children):
        return "cooperatesWith"  # ベラルーシとの関係改善を模索している
    if lemma in lex.DISPATCH_VERBS and (lemma != "派遣" or any(
            troops(t) for c in tok.children if c.dep_ in ("obj", "compound") for t in c.subtree)):
        return "supports"  # troops sent to a country support it (an envoy sent there does not)
    # (包括的[head] / 戦略 / パートナーシップ / 条約に署名した: GiNZA may make the first word of a compound its head)
    if pos == "NOUN" and tok.head.lemma_ in lex.SIGNING_VERBS and tok.head.i != tok.i and (
            lemma in lex.AGREEMENT_NOUNS
            or any(c.dep_ == "compound" and c.i > tok.i and c.lemma_ in lex.AGREEMENT_NOUNS for c in tok.children)):
        return "cooperatesWith"  # 両国は暫定合意を結んだ, 協定に署名した: the parties of a signed agreement cooperate
    if lemma in lex.SIGNING_VERBS and pos == "VERB" and tok.dep_ == "acl" and tok.head.i > tok.i \
            and (tok.head.lemma_ in lex.AGREEMENT_NOUNS or frames.marker(tok.head) == "の"
                 and tok.head.head.lemma_ in lex.AGREEMENT_NOUNS):  # (結んだ海洋境界の覚書)
        return "cooperatesWith"  # トルコとリビアが結んだ覚書: the parties of an agreement told in a relative clause
    if lemma in lex.JOINT_WORDS and pos == "NOUN" and frames.marker(tok) == "で" \
            and any(frames.marker(c) == "と" for c in tok.children):
        return "cooperatesWith"  # 鉄道の整備を米国やEUと共同で進めている: doing something jointly with someone
    # (and in a headline, the noun alone: 日豪首脳、安保協力の強化で一致)
    if (pos == "VERB" or pos == "NOUN" and tok.dep_ == "ROOT" and any(frames.marker(c) == "で" for c in tok.children)) \
            and lemma in lex.AGREEMENT_VERBS and not _agreed_event(tok):
        # 両国は…で合意した / 一致した: parties that agree cooperate (CAMEO 05), unless what they agree on is an
        # event of its own (会談を開くことで合意した: a meeting, read as such)
        return "cooperatesWith"
    compound = tok.doc[tok.i - 1] if tok.i else None
    if compound is not None and compound.dep_ == "compound" and compound.head.i == tok.i \
            and compound.lemma_ + lemma in lex_:
        return lex_[compound.lemma_ + lemma]  # 資産 / 凍結: a cue the tokenizer split in two
    if lemma in lex.MEASURE_NOUNS:
        # 制裁措置, 支援策: the measure is the event compounded before it
        before = [c for c in tok.children if c.dep_ == "compound" and c.i == tok.i - 1]
        if before:
            return relation_of(before[0])
    for measure in lex.MEASURE_NOUNS:
        if pos == "NOUN" and lemma.endswith(measure) and lemma[:-len(measure)] in lex_:
            return lex_[lemma[:-len(measure)]]  # 支援策, 制裁策: one token
    if visited(tok) is not None:
        return "visits"
    if pos == "VERB" and lemma in lex.SUMMON_VERBS and any(
            c.dep_ == "obj" and (c.lemma_ in lex.ENVOY_TITLES or c.text.endswith(tuple(lex.ENVOY_TITLES)))
            for c in tok.children):
        return "protests"  # 日本大使を呼び出した, 駐日大使を召致した: a summons is a protest to the envoy's country
    if pos == "VERB" and lemma in lex.APPLYING_VERBS and membership_sought(tok):
        return "requests"  # NATOへの加盟を申請した: applying to join an organisation asks it to admit one
    if pos == "VERB" and lemma in lex.USING_VERBS and any(
            c.dep_ == "obj" and c.lemma_ in lex.FORCE_NOUNS for c in tok.children):
        return "attacks"  # 隣国に対して武力を行使した: using force against someone attacks them
    if pos in ("VERB", "NOUN") and lemma in lex.CLOSING_VERBS and border_with(tok):
        return "sanctions"  # ベラルーシとの国境を閉鎖した: closing the border with a country is a measure against it
    if pos == "VERB" and lemma in lex.STANDING_VERBS and any(
            c.lemma_ in ("共", "とも") and frames.marker(c) == "に" and any(frames.marker(g) == "と" for g in c.children)
            for c in tok.children):
        return "supports"  # 米国はフィリピンと共に立つ: standing with someone backs them
    if pos == "VERB" and lemma in lex.EXCHANGE_VERBS and any(
            c.dep_ == "obj" and c.lemma_ in lex.CAPTIVE_NOUNS for c in tok.children):
        return "cooperatesWith"  # ロシアとウクライナは捕虜を交換した: an exchange of captives is done together
    if pos == "NOUN" and lemma in lex.EXERCISE_NOUNS and any(
            c.dep_ == "compound" and c.lemma_ in lex.JOINT_WORDS for c in tok.children):
        return "cooperatesWith"  # 米韓合同演習, 共同訓練を実施した: forces that exercise together cooperate
    if pos == "VERB" and any(c.dep_ == "compound" and c.lemma_ in lex.JOINT_WORDS and c.i == tok.i - 1
                             for c in tok.children):
        return "cooperatesWith"  # 米英が共同運用する基地, ブラジルと共同運営する発電所: what two run together
    if pos in ("NOUN", "VERB") and len(lemma) > 2 and lemma[0] not in "不非無未":
        for cut in range(1, len(lemma) - 1):
            if lemma[cut:] in lex_:
                return lex_[lemma[cut:]]
    return None


def _refrained(tok) -> bool:
    """Is the word the object of a verb of refraining, itself or through こと (名指しを避けた, 名指しすることは控えた)?"""
    head = tok.head
    if head.i != tok.i and head.lemma_ in lex.NOMINALISERS and head.head.i != head.i:
        head = head.head
    return head.i != tok.i and head.lemma_ in lex.REFRAINING_VERBS


def arms_sellers(tok) -> list:
    """The から-sides of buying arms (フランスやインドからの兵器調達, トルコから無人機を調達した), or none when what is
    bought is no arms."""
    bought = {t.lemma_ for c in tok.children if c.dep_ in ("obj", "compound") or frames.marker(c) == "の"
              for t in c.subtree}
    if not bought & lex.ARMS_WORDS:
        return []
    return [t for c in tok.children if frames.marker(c) in ("から", "からの") for t in frames.coordinated(c) if read_actor(t)]


def proposed_to(verb) -> list:
    """The actors a verb of proposing is addressed to (ロシアとウクライナに対し…を提案した), if any."""
    return [m for c in verb.children if frames.marker(c) in ("に", "に対し", "に対して") and c.i < verb.i
            for t in frames.coordinated(c) for m in read_actor(t)]


def venue_of_talks(verb):
    """The talks (会談, 協議) whose venue a verb offers (会談の場を提供する, 対話の場を設ける), or None."""
    if verb.pos_ != "VERB" or verb.lemma_ not in lex.VENUE_VERBS:
        return None
    return next((e for o in verb.children if o.dep_ == "obj" and o.lemma_ in lex.VENUE_NOUNS for e in o.children
                 if frames.marker(e) == "の" and relation_of(e) in ("meetsWith", "negotiatesWith")), None)


def by_phone(event) -> bool:
    """電話会談, 電話で会談した, オンラインで協議した: an event held over a line, not in person."""
    return any(c.lemma_ in lex.REMOTE_MEANS and (c.dep_ == "compound" or frames.marker(c) == "で") for c in event.children) \
        or any(event.lemma_.startswith(m) for m in lex.REMOTE_MEANS)


def attributed_doers(verb) -> list:
    """The doers a verb of attributing names (攻撃は北朝鮮の犯行だと断定した, …はロシア軍によるものと特定した): the
    の- or による-phrase of a deed noun, for a deed that is a wrongdoing or a hostile act told before it."""
    found = []
    for deed in verb.children:
        if deed.lemma_ not in lex.DEED_NOUNS or deed.i > verb.i:
            continue
        doers = [c for c in deed.children if frames.marker(c) in ("の", "による", "によって") and c.i < deed.i]
        wrong = deed.lemma_ in lex.WRONGDOING_DEEDS or any(
            relation_of(t) in lex.HOSTILE_ACTS for t in verb.subtree if t.i < deed.i and t not in doers)
        if doers and wrong:
            found += [t for d in doers for t in frames.coordinated(d)]
    return found


def border_with(verb) -> list:
    """The countries on the other side of the border a verb closes (ベラルーシとの国境を閉鎖した -> ベラルーシ), or a
    closing noun is of (ルワンダとの国境の閉鎖を延長した, ルワンダとの国境閉鎖)."""
    closed = [o for o in verb.children if o.lemma_ in lex.BORDER_NOUNS and (
        o.dep_ == "obj" or verb.pos_ != "VERB" and (  # (a headline's noun takes an object too: 国境を一時閉鎖)
            frames.marker(o) == "の" or o.dep_ == "compound" and o.i == verb.i - 1))]
    # (GiNZA may hang the との-phrase on the closing noun beside the border: ルワンダとの / 国境の / 閉鎖)
    sides = [c for o in closed for c in o.children] + ([c for c in verb.children] if closed and verb.pos_ == "NOUN" else [])
    found = [t for c in sides if frames.marker(c) == "との" for t in frames.coordinated(c) if read_actor(t)]
    # ベラルーシ国境を閉鎖した: a country compounded before the border names the side across it
    return found or [c for o in closed for c in o.children if c.dep_ == "compound" and c.i == o.i - 1
                     and any(m.kind == "country" for m in read_actor(c))]


def troops(tok) -> bool:
    """Troops, units or forces (a token, or a mention read from a compound)."""
    word = tok.text if isinstance(tok, Mention) else tok.lemma_
    if word in lex.TROOP_NOUNS or word.endswith(("軍", "部隊", "兵")):
        return True
    # (軍事 / 教官: a word the tokenizer split)
    return not isinstance(tok, Mention) and tok.i > 0 and tok.doc[tok.i - 1].dep_ == "compound" \
        and tok.doc[tok.i - 1].text + word in lex.TROOP_NOUNS


def _agreed_event(verb) -> bool:
    content = [c for c in verb.children if frames.marker(c) in ("で", "でも", "では", "ことで", "ことでは", "に", "にも") and c.i < verb.i]
    # (agreeing on joint training is agreeing to cooperate: cooperation is no event of its own here)
    # (nor is a word of a thing's name: 供給 / 網, the supply chain)
    return any(t.pos_ == "NOUN" and t.lemma_ not in lex.AGREEMENT_VERBS and relation_of(t) not in (None, "cooperatesWith")
               and not (t.dep_ == "compound" and relation_of(t.head) is None)
               for c in content for t in c.subtree)


def _trade_restriction(tok) -> bool:
    """輸入を停止する, 輸出規制, 輸入停止措置, 禁輸措置, ガス供給の停止: a restriction whose object, compound or
    の-phrase is trade or a supply."""
    if tok.lemma_ not in lex.RESTRICTION_WORDS and tok.lemma_ not in lex.MEASURE_NOUNS:
        return False
    # (一時停止[NOUN]した: a noun made a verb with する takes its object as a verb does)
    verbal = tok.pos_ == "VERB" or any(c.dep_ == "aux" and c.lemma_ == "する" for c in tok.children)
    # (通関を停止: a headline's event noun takes its を-object as a verb does)
    objects = [c for c in tok.children if c.dep_ == "obj" and (verbal or frames.marker(c) == "を")]
    words = {c.lemma_ for c in tok.children if c.dep_ == "compound"
             or tok.pos_ == "NOUN" and c.dep_ == "nmod" and frames.marker(c) == "の"}
    # (輸入品の通関手続きを停止した: a procedure of trade is trade)
    words |= {t.lemma_ for c in objects for t in (c, *c.children) if t is c or t.dep_ == "compound" and t.i < c.i}
    if tok.lemma_ in lex.RESTRICTION_WORDS:
        return bool(words & lex.RESTRICTED_FLOWS)
    if tok.lemma_ in lex.MEASURE_NOUNS and tok.pos_ == "NOUN":
        return "禁輸" in words or bool(words & lex.TRADE_NOUNS and words & lex.RESTRICTION_WORDS)
    return False


def membership_sought(verb) -> list:
    """The membership an application asks for (…への加盟を申請した, EUに加盟を申請した): the object, else nothing."""
    return [c for c in verb.children if c.dep_ == "obj" and c.lemma_ in lex.MEMBERSHIP_NOUNS and c.i < verb.i]


def visited(tok) -> list | None:
    """訪米 -> [米], 来日 -> [日本], ダッカ入り -> [ダッカ]: the place a visit compound names (a Mention), else None."""
    text = tok.text
    before = tok.doc[tok.i - 1] if tok.i and text in lex.ARRIVAL_NOUNS else None  # (asked of every token)
    if text in lex.ARRIVAL_NOUNS and before is not None and before.dep_ == "compound" and before.head.i == tok.i:
        # ダッカ入りした, トルクメニスタン入りし: arriving in a country or its capital is visiting it
        place = place_of(before.text)
        if place is None:
            return None
        return [Mention(text=before.text, start=before.idx, end=before.idx + len(before.text),
                        kind="country" if place.kind == "country" else "organization")]
    if not text.startswith(lex.VISIT_PREFIX) and text not in lex.VISIT_JAPAN:
        return None
    if text in lex.VISIT_JAPAN:
        return [Mention(text="日本", start=tok.idx, end=tok.idx + len(text), kind="country")]
    rest = text[len(lex.VISIT_PREFIX):]
    if text.startswith(lex.VISIT_PREFIX) and 0 < len(rest) <= 2 and all(gazetteer().abbreviation(c) for c in rest):
        return [Mention(text=ch, start=tok.idx + 1 + k, end=tok.idx + 2 + k, kind="country") for k, ch in enumerate(rest)]
    return None


def prefixed(noun) -> list:
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
                # (ロシア・アフリカ首脳会議: a place the gazetteer does not know, a continent, is no one's name)
                sides.extend(m for m in (read_phrase(side) if side else [])
                             if not (m.kind == "person" and all("地名" in t.tag_ for t in side
                                                                  if t.text not in lex.ROLE_NOUNS)))
                side = []
            else:
                side.append(tok)
        return sides
    # (首脳 / 会談, 外相 / 会談: a bare title before the event names no one)
    found = [m for m in read_phrase(tokens) if not (m.kind == "role" and m.affiliation is None)]
    while not found and len(tokens) > 1 and (tokens[-1].text != "間" or lex.MENTIONS_JAPAN.search(doc_text(noun.doc))):
        # 米韓 / 合同 / 演習: words between the countries and the event (合同, 軍事) are no actor (次官級協議 names
        # no side: a rank; 政府間協議 is Japan's government's with the other side in news about Japan, and in an
        # article that never mentions Japan names no one: トルクメニスタンとアゼルバイジャンが政府間協定に署名)
        tokens = tokens[:-1]
        found = [m for m in read_phrase(tokens) if m.kind in ("country", "organization")]
    if tokens and tokens[-1].text + noun.text in lex.SUMMIT_WORDS:
        # (NATO首脳会議, ASEAN外相会議: an organisation's summit is where its members meet, not a side met)
        found = [m for m in found if not organisation_side(m)]
    return found


def organisation_side(m: Mention) -> bool:
    """An organisation, or an unnamed official of one (NATO首脳): no side met at the organisation's own summit."""
    return m.kind == "organization" or m.kind == "role" and m.affiliation is not None \
        and m.affiliation.kind == "organization"
