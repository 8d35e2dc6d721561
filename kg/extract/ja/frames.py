"""Case frames: which noun fills which role of a Japanese predicate, read from its particles.

Japanese marks roles with postpositions: が/は subject, を object, に/に対し/へ target, と partner,
から source, によって agent. Nominal events carry them inside the noun phrase: 中国の(subject)
ロシア(object, compound)支援, ロシアへの(object)支援, ロシアによる(agent)侵攻, 対ロ(object)制裁.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from weakref import WeakKeyDictionary

from kg.extract import doc_sentences, doc_text, sentence_start
# (cues reads markers and frames with this module, which asks cues what a word names: each calls the other
# through the module)
from kg.extract.ja import cues
from kg.extract.ja.phrases import hung_tail
from kg.lang import ja as lex
from kg.vocab import gazetteer


def marker(tok) -> str:
    """The particles after a noun joined with their fixed parts: に+対し -> 'に対し', へ+の -> 'への'.

    Worked out once per token of a document (the rules ask for the same markers many times)."""
    known = _MARKERS.get(tok.doc)
    if known is None:
        known = _MARKERS[tok.doc] = {}
    found = known.get(tok.i)
    if found is None:
        found = known[tok.i] = _marker(tok)
    return found


_MARKERS: WeakKeyDictionary = WeakKeyDictionary()  # Doc -> {token index: marker}


def _marker(tok) -> str:
    parts = []
    for child in tok.rights:  # (the particles come after the noun: its left children, often many, are passed over)
        if child.dep_ == "case":
            parts.append((child.i, child.text + "".join(f.text for f in child.children if f.dep_ == "fixed")))
    joined = "".join(text for _, text in sorted(parts))
    if not joined:
        # 中国 / 海 / 警[nmod] / 局[dep] / の: the last character of a body's name, cut off and hung below it, carries
        # the name's particles
        tail = hung_tail(tok)
        if tail is not None:
            return _marker(tail)
    # 欧州連合などに: a list's など before the case particle leaves the case as it is
    return joined[2:] if joined.startswith("など") and len(joined) > 2 else joined


@dataclass(slots=True)
class Frame:
    subjects: list = field(default_factory=list)
    objects: list = field(default_factory=list)
    targets: list = field(default_factory=list)
    partners: list = field(default_factory=list)
    agents: list = field(default_factory=list)
    sources: list = field(default_factory=list)
    clauses: list = field(default_factory=list)  # と-marked complement clauses (〜と非難した)


_SLOTS = tuple(f.name for f in fields(Frame))  # (in order: a memoised frame is made again from them)


def coordinated(tok) -> list:
    """The noun and the nouns coordinated with it: 米国や西側同盟国, AとBは -> [A, B]."""
    members = [tok]
    for child in tok.children:
        if child.dep_ in ("nmod", "conj") and (marker(child) in lex.COORDINATION_MARKERS or child.dep_ == "conj"
                                               or _listed(child, tok)):
            if child.pos_ in ("NOUN", "PROPN", "PRON"):
                members = coordinated(child) + members
        elif child.dep_ == "nmod" and marker(child) == "の" and child.i < tok.i and (_titled(tok) or (
                tok.lemma_ in lex.ROLE_NOUNS and any(c.dep_ == "compound" and c.i < tok.i for c in tok.children))):
            # フィキ氏とエチオピアのゲディオン外相と: GiNZA hangs a titled name listed before one with a country on
            # that country
            members = [m for g in child.children if g.dep_ == "nmod" and g.i < child.i and _titled(g) and (
                marker(g) in lex.COORDINATION_MARKERS or g.doc[g.i + 1].text == "、") for m in coordinated(g)] + members
    stray = _stray_conjunct(tok)
    return [stray, *members] if stray is not None else members


def _stray_conjunct(tok):
    """15日、ビシケクとドゥシャンベを訪れ: a place name with と written right before another, which GiNZA, unsure of it,
    hung elsewhere with no relation named (dep), is listed with it all the same."""
    if not _place_name(tok):
        return None
    first = min(t.i for t in tok.subtree)
    if first < 2 or tok.doc[first - 1].text != "と":
        return None
    before = tok.doc[first - 2]
    return before if before.dep_ == "dep" and before.head.i != tok.i and _place_name(before) and not any(
        c.dep_ != "case" for c in before.children) else None


def _place_name(tok) -> bool:
    return tok.pos_ in ("NOUN", "PROPN") and "地名" in tok.tag_


def listed_before(tok) -> list:
    """小泉防衛相、ヘグセス米国防長官、…、テオドロ国防相が出席した: titled names listed with commas before a subject,
    which GiNZA hangs on the verb (and on each other) with no particle, are subjects with it."""
    if marker(tok) not in ("が", "は", "も") or not _titled(tok) or tok.head.i == tok.i:
        return []
    first = min(t.i for t in tok.subtree)
    if first < 2 or tok.doc[first - 1].text != "、":
        return []
    before = [c for c in tok.head.children if c.dep_ in ("obl", "nmod") and not marker(c) and _titled(c)
              and max(t.i for t in c.subtree if t.text != "、") == first - 2]
    return [m for c in before for m in coordinated(c)]


def _listed(child, tok) -> bool:
    """ルーマニア、ブルガリアとともに: proper names listed with a comma between them; so are titled names
    (アシフ氏、ヤクーブ氏と会談した, トー・ラム書記長、ファム・ミン・チン首相と)."""
    comma = child.i + 1 < len(child.doc) and child.doc[child.i + 1].text == "、"
    if child.pos_ == tok.pos_ == "PROPN" and any(c.dep_ == "punct" and c.text == "、" and c.i == child.i + 1
                                                 for c in child.children):
        return True
    # (and bodies: 海上保安庁、オーストラリア国境警備隊、フィリピン沿岸警備隊が)
    return comma and not marker(child) and (_titled(child) and _titled(tok) or _body(child) and _body(tok))


def _body(tok) -> bool:
    """A named government body or a country (海上保安庁, 沿岸警備隊, 米国)."""
    if tok.lemma_ in lex.REGION_NOUNS:
        return False  # (ロシア、ウクライナ東部に: a region, not a body in 部)
    name = "".join(t.text for t in tok.children if t.dep_ == "compound" and t.i < tok.i) + tok.text
    # (and an organisation the gazetteer knows by its words: カタール、イスラム協力機構（OIC）も)
    return tok.pos_ == "PROPN" or name.endswith(tuple(lex.BODY_NOUNS | lex.BODY_SUFFIXES)) \
        or len(name) > 2 and gazetteer().lookup(name) is not None


def _names_actor(tok) -> bool:
    """A phrase that names an actor by its words: a body or country, a titled name, a role (not a thing: 停止, 措置)."""
    return _body(tok) or _titled(tok) or tok.lemma_ in lex.ROLE_NOUNS or tok.lemma_ in lex.COUNTRY_HEADS


def _named(tok) -> bool:
    """A phrase that names an actor by its words or by the entity the tagger found in it."""
    return _names_actor(tok) or tok.ent_type_ in ("Person", "Country", "Government", "Political_Organization_Other")


def _titled(tok) -> bool:
    """A person's name with a title or honorific on it (ヤクーブ氏, ファム・ミン・チン首相)."""
    if not (tok.pos_ in ("NOUN", "PROPN") and (tok.lemma_ in lex.HONORIFICS or tok.lemma_ in lex.ROLE_NOUNS) and tok.i > 0):
        return False
    # (the name right before the title, or among the words of its phrase: ヘグセス / 米 / 国防 / 長官)
    # (or a katakana word, which the tagger may take for a common noun: マクロン / 大統領)
    return any(t.pos_ == "PROPN" or t.ent_type_ == "Person" or t.tag_.startswith("名詞-固有名詞-人名")
               or len(t.text) >= 3 and all("ァ" <= ch <= "ヺ" or ch in "ー・" for ch in t.text)
               for t in (tok.doc[tok.i - 1], *(c for c in tok.children if c.dep_ == "compound" and c.i < tok.i)))


def verbal_frame(pred) -> Frame:
    """The arguments a verbal predicate takes directly, read once per token of a document (the rules ask again
    for the same verbs); each call gets a Frame of its own, which the caller may change."""
    known = _FRAMES.get(pred.doc)
    if known is None:
        known = _FRAMES[pred.doc] = {}
    found = known.get(pred.i)
    if found is None:
        frame = _verbal_frame(pred)
        found = known[pred.i] = tuple(tuple(t.i for t in getattr(frame, slot)) for slot in _SLOTS)
    doc = pred.doc
    return Frame(*([doc[i] for i in indices] for indices in found))


_FRAMES: WeakKeyDictionary = WeakKeyDictionary()  # Doc -> {token index: the token indices of each slot}


def _verbal_frame(pred) -> Frame:
    """The arguments a verbal predicate takes directly (no inheritance).

    A と-clause's own が-subject that GiNZA hangs on the verb above it is given back to the clause
    (報道官は、ウクライナがタンカーを攻撃していると非難した: ウクライナ is the clause's subject)."""
    if _verb_made_aux(pred):
        # 「一方的な主張だ」として / 退け[aux]た: GiNZA made the verb after として an auxiliary of する, which took its
        # arguments; they are the verb's
        return _verbal_frame(pred.head)
    frame = Frame()
    stranded = _stranded_subjects(pred)
    if _is_clause(pred):
        frame.subjects.extend(s for owner in _stranded_subjects(pred.head)
                              if _clause_follows(owner, pred) or _quoted_within(owner, pred)
                              for s in coordinated(owner))
    elif pred.dep_ == "acl" and pred.head.head.i != pred.head.i and pred.i < pred.head.i:
        frame.subjects.extend(s for owner in _stranded_subjects(pred.head.head) if _clause_follows(owner, pred)
                              for s in coordinated(owner))
    elif _hung_clause(pred) and pred.head in _stranded_subjects(pred.head.head):
        frame.subjects.extend(coordinated(pred.head))  # (ウクライナが ← 攻撃したと: the clause hung on its subject)
    frame.clauses.extend(k for c in stranded for k in c.children if _hung_clause(k))
    # dependencies do not cross a quotation's edge: what is written before 「 belongs to the verb after 」
    # (外相は、米国の行動を「主権の侵害だ」と非難した: GiNZA hangs 外相 and 行動 on 侵害)
    about = []  # 抗議について「…」と退けた: what a verb is about stands for its object when it has none
    span = _quotation_before(pred)
    if span is not None:
        opening, closing = span
        for t in pred.doc[sentence_start(pred):opening]:
            slot = _slot(marker(t)) if t.pos_ in ("NOUN", "PROPN", "PRON") else None
            if slot is not None and opening < t.head.i < closing and not _opens_quotation(t, opening) \
                    and not _object_of_quoted_verb(t, opening):
                getattr(frame, slot).extend(coordinated(t))
            elif marker(t) in lex.ABOUT_MARKERS and opening < t.head.i < closing:
                about.append(t)
            elif opening < t.head.i < closing:
                frame.targets.extend(in_mind(t))  # (ロシアを念頭に「…攻撃に対処する」と警告した)
    inside = quotation_around(pred)
    if inside is not None and not _closes_on_relation(pred.doc, inside[1]):
        inside = None  # 「ロシアを最も強い言葉で非難する」とした: a partial quotation keeps its arguments
    # (両首脳と相次いで会談した: the arguments GiNZA hangs on an adverb it read as a verb are the verb's)
    # (but not 次ぐ as a predicate of its own: ミサイルの発射が相次いでおり, with a subject of its own)
    # (nor on a plain noun it read as a verb: キーウを / 無人機[VERB]とミサイルで攻撃した)
    # (中国を / サイバー攻撃[VERB, advmod]で非難した: an event noun read as a verb, its で-phrase the reason)
    # (or an adverb: ハルキウを / 無人機[ADV]とミサイルで攻撃した)
    manner = [g for c in pred.children if (c.dep_ == "advcl" or c.dep_ == "advmod" and any(
                  k.text == "で" or k.text == "と" and k.dep_ == "mark" for k in c.children)) and c.i < pred.i
              and (c.lemma_ in lex.MANNER_VERBS or c.tag_ == "名詞-普通名詞-一般" and c.pos_ in ("VERB", "ADV")
                   # (ノルウェーと / 完全[ADJ]に / 連帯する: an adjective made an adverb with に)
                   or c.pos_ == "ADJ" and c.tag_.startswith("形状詞") and any(
                       k.dep_ == "aux" and k.text == "に" for k in c.children))
              and not any(g.dep_ == "nsubj" or marker(g) in ("が", "は") for g in c.children)
              for g in c.children]
    # (米国務省も / 声明[VERB]で、…と表明した: a statement the speaker speaks in, read as a verb with the speaker as
    # its subject)
    manner += [g for c in pred.children if c.dep_ == "advcl" and c.i < pred.i and c.lemma_ in lex.ISSUER_NOUNS
               and c.pos_ == "VERB" and any(k.text == "で" and k.dep_ == "case" for k in c.children)
               and not any(k.dep_ == "aux" for k in c.children) for g in c.children]
    alongside = []
    for child in [*pred.children, *manner]:
        if inside is not None and not inside[0] < child.i < inside[1] and not _opens_quotation(child, inside[0]):
            # (and a quoted verb takes nothing from outside its quotation but the が-subject written right
            # before it: ロシアが「航路を狙い…」と非難した)
            continue
        m = marker(child)
        # (a name the parser labelled a clause is still an argument: 米国が台湾[advcl]に武器を売却すれば)
        # (and a name the tagger tags a noun but the parser an adverb: トランプ大統領[ADV]と会談した)
        # (or an adjective: トランプ大統領[ADJ]に対し求めた, a name and title the tokenizer keeps whole)
        if (child.pos_ in ("VERB", "ADJ", "AUX") or child.dep_ in ("ccomp", "advcl", "acl")) and not (
                (child.pos_ == "PROPN" or child.tag_.startswith("名詞-固有名詞"))
                and m in lex.TARGET_MARKERS | lex.OBJECT_MARKERS | lex.PARTNER_MARKERS):
            if m.startswith("と") and child.dep_ in ("ccomp", "advcl", "obl"):
                frame.clauses.append(child)
            continue
        slot = _slot(m)
        if m == "による" and _modifies_noun_between(child, pred):
            # 米国などによるウクライナへの軍事支援に反発するロシア: による is attributive and names the doer of the
            # event noun after it, whatever GiNZA hangs it on; a verb's agent is marked によって or により
            slot = None
        if m == "とも" and (child.text.startswith("両") or child.text in lex.BOTH_SIDES):
            slot = "subjects"  # 両国とも…要請しなかった: "both alike", not "with both"
        elif child.text in ("とも", "共") and child.pos_ == "NOUN":
            # GiNZA may read とも as a noun: 両国 / とも (both alike: the subject), ソロモン諸島 / とも (とも is と+も,
            # "with X too": X the partner); ギリシャと / ともに / 要請した, 米国と / 共に / 抗議した ("together with":
            # X does it too, a subject beside the verb's own)
            both = next((c for c in child.children if c.text.startswith("両") or c.text in lex.BOTH_SIDES), None)
            together = next((c for c in child.children if marker(c) == "と"
                             or c.dep_ == "compound" and c.i == child.i - 1 and c.pos_ in ("NOUN", "PROPN")), None)
            if both is None and together is not None and marker(child) == "に":
                alongside.append((child, coordinated(together)))  # (sorted out below)
                continue
            child, slot = (both, "subjects") if both is not None else (together, "partners") if together is not None \
                else (child, None)
        if slot is not None and child not in stranded:
            getattr(frame, slot).extend(coordinated(child))
            if slot == "subjects":
                frame.subjects.extend(t for t in listed_before(child) if t not in frame.subjects)
        elif m in lex.ABOUT_MARKERS and child.pos_ in ("NOUN", "PROPN", "PRON"):
            about.append(child)
    # ギリシャとともに安保理に要請した: whom one acts together with acts too, beside a verb's own object or target;
    # with nothing else, it is whom one acts with (米国は同盟国フィリピンと共に立つ)
    for together, members in alongside:
        if frame.objects or frame.targets or frame.clauses:
            frame.subjects.extend(members)
        elif together.text == "共":
            frame.targets.append(together)  # (共に立つ: whose the standing-with is, read from the noun)
        else:
            frame.partners.extend(members)
    if not frame.subjects:
        # 艦艇4隻が / 12日、…入港し: GiNZA may hang the subject on the date written after it; it is the verb's
        frame.subjects.extend(g for c in pred.children if c.ent_type_ == "Date" and c.i < pred.i
                              for g in c.children if g.i < c.i and g.dep_ == "nsubj" and marker(g) in ("が", "は"))
    # (日本を含む各国を批判した: the members an object or target is said to include are objects or targets too)
    frame.objects.extend(t for o in list(frame.objects) for t in included(o) if t not in frame.objects)
    frame.targets.extend(t for o in list(frame.targets) for t in included(o) if t not in frame.targets)
    # 英国はEUやノルウェーとの間で枠組みに合意した: whom something is done "between" (との間で) is a partner, as と is
    for c in pred.children:
        if c.lemma_ in lex.BETWEEN_NOUNS and c.i < pred.i and marker(c) in ("で", "では", "でも", "に", "において"):
            frame.partners.extend(t for g in c.children if marker(g) in ("との", "と") and g.i < c.i
                                  for t in coordinated(g) if t not in frame.partners)
    # 中国に制裁を科すには至らなかった: GiNZA may hang the act's arguments on 至る, which the act is marked に for
    if pred.head.i != pred.i and pred.head.lemma_ in lex.HAPPENING_VERBS and marker(pred) in ("に", "には"):
        for c in pred.head.children:
            slot = _slot(marker(c)) if c.i < pred.i and c.pos_ in ("NOUN", "PROPN") else None
            if slot in ("targets", "objects") and c not in getattr(frame, slot):
                getattr(frame, slot).extend(coordinated(c))
    # 赤道ギニアに対して武力を行使するつもりはない: GiNZA may hang the act's target on the intention noun the act
    # is a relative clause of, or on the predicate that noun is the subject of (…用意がある, …つもりはない)
    if pred.dep_ in ("acl", "nmod") and pred.pos_ == "VERB" and pred.i < pred.head.i \
            and pred.head.lemma_ in lex.INTENDING_HEADS:
        holders = [pred.head] + ([pred.head.head] if pred.head.dep_ in ("nsubj", "advcl") else [])
        for c in (c for h in holders for c in h.children):
            if c.i < pred.i and c.pos_ in ("NOUN", "PROPN") and _slot(marker(c)) == "targets" \
                    and c not in frame.targets:
                frame.targets.extend(coordinated(c))
    # ロシアを念頭に警告した, 中国を念頭に置いて批判した: whom the speaker has in mind is aimed at, unnamed
    frame.targets.extend(t for c in pred.children if c.i < pred.i for t in in_mind(c) if t not in frame.targets)
    # 米国はインドに対し、戦争の資金源になっているとして、…停止するよう求めた: GiNZA may hang the topic and the
    # に対し-addressee on the verb of a reason clause (〜として) written after them; a reason takes neither
    for c in pred.children:
        if c.dep_ == "advcl" and c.lemma_ == "する" and c.i < pred.i and any(marker(k) == "と" for k in c.children):
            for k in c.children:
                for g in (k.children if marker(k) == "と" else ()):
                    # (a topic that names an actor: not 予定は in …予定はないとしつつ)
                    if g.i < k.i and g.pos_ in ("NOUN", "PROPN") \
                            and (marker(g) in ("に対し", "に対して") or marker(g) == "は" and _names_actor(g)) \
                            and not any(t.text in ("「", "『") for t in pred.doc[g.i:k.i]):
                        getattr(frame, "subjects" if marker(g) == "は" else "targets").extend(coordinated(g))
    # グテレス事務総長は声明で、…「強く非難する」と表明した: GiNZA may hang the は-topic on the で-phrase (where or
    # by what means) written after it; a topic is the verb's. It is, too, when the verb's own subject is a thing
    # topic written after it (UNHCRは声明で、難民申請の停止は「国際法に反する」とギリシャを批判し: what is judged)
    hung = [g for c in pred.children if c.pos_ == "NOUN" and c.i < pred.i and marker(c) in ("で", "では", "でも")
            for g in c.children if g.i < c.i and marker(g) in ("は", "も") and g.pos_ in ("NOUN", "PROPN")
            and _quote_depth(g) == _quote_depth(pred)]
    if hung and (not frame.subjects or all(marker(s) == "は" and s.i > hung[-1].i and not _named(s)
                                           for s in frame.subjects)):
        # (the thing topic stays what the verb is about: 大使は投稿で、中国の措置は「威圧だ」と批判し)
        things, frame.subjects[:] = list(frame.subjects), [t for g in hung for t in coordinated(g)]
        if not frame.objects:
            frame.objects.extend(things)
    if not frame.subjects:
        # ハンガリー側が収集された情報をロシアと共有していた: a が-subject GiNZA hung on a passive relative clause of
        # the object cannot be that clause's (what was collected is not collected by its own subject); it is the verb's
        frame.subjects.extend(g for o in frame.objects for k in o.children if k.dep_ == "acl" and k.i < o.i
                              and is_passive(k) for g in k.children if marker(g) == "が" and g.i < k.i)
    if pred.dep_ == "advcl" and not frame.subjects:
        frame.subjects.extend(t for topic in _topics_before_clause(pred.head, pred) for t in coordinated(topic))
    elif pred.pos_ == "NOUN" and not frame.subjects:
        frame.subjects.extend(t for topic in _topics_before_clause(pred.head, pred, subject=True) for t in coordinated(topic))
    # 両氏は…で一致し、ランドー氏は…を約束した: GiNZA hangs both topics on the last verb; the first one is the topic
    # of the clause closed by a comma between them, not a second subject of the verb
    # (so too before a が-subject of its own: 両氏は16日にトルクメニスタン入りし、大統領が空港で両首脳を出迎えた)
    handed = {t.i for c in pred.children for topic in _topics_before_clause(pred, c, subject=not frame.clauses)
              for t in coordinated(topic)}
    if handed:
        frame.subjects = [t for t in frame.subjects if t.i not in handed]
    topics = [t for t in frame.subjects if marker(t) == "は"]
    if len(topics) > 1 and frame.clauses and topics[-1].i > topics[0].i:
        # 大使は、…ロシアは拒否権を行使すると警告した: a second topic before a と-clause is the clause's own
        # (GiNZA hangs it on the verb of saying), not a second speaker
        later = {t.i for t in topics[1:] if any(t.i < c.i for c in frame.clauses)}
        frame.subjects = [t for t in frame.subjects if t.i not in later]
    if not frame.objects:
        frame.objects = about
    before = pred.doc[pred.i - 1] if pred.i else None
    if before is not None and before.text == "と" and before.dep_ == "case" and before.head.i < pred.i \
            and before.head.head.i != pred.i and before.head.pos_ in ("VERB", "AUX") and before.head not in frame.clauses \
            and _quote_depth(before.head) == _quote_depth(pred) and pred.pos_ == "VERB":
        # …と述べ、ロシアが…損なおうとしたと非難した: the と-clause written right before a verb is what it says, wherever
        # GiNZA hung it
        frame.clauses.append(before.head)
    # EUに防空システムの供与を要請した: GiNZA may hang the に-argument inside the object's noun phrase; a noun
    # takes its target with への, never a bare に, so a に-phrase under a noun is the verb's
    # (a サ変 noun inside the phrase may be tagged a verb: エチオピアに / 放流データの共有を求めた)
    # (or on a plain noun the parser took for a verb: ミャンマー国軍に / 民間人[VERB]の保護を求めた)
    # (or on the verb of a means phrase in it, which takes を, not に: 両国に / 対話を通じた解決を促した)
    frame.targets.extend(t for obj in frame.objects for t in obj.subtree
                         if (t.head.pos_ in ("NOUN", "PROPN") or t.head.dep_ == "compound"
                             or t.head.tag_ == "名詞-普通名詞-一般" or t.head.lemma_ in lex.MEANS_VERBS)
                         and t.head.i != t.i and t.i < obj.i
                         and marker(t) in ("に", "に対し", "に対して"))
    # 王毅外相と約1時間会談した, …と2日、会談した: GiNZA may hang the partner on a span of time before the verb
    frame.partners.extend(t for c in pred.children if c.dep_ in ("obl", "nmod") and c.i < pred.i
                          and (c.ent_type_ in lex.TIME_ENTITIES or _amount(c))
                          for t in c.children if marker(t) == "と" and t.pos_ in ("NOUN", "PROPN") and t.i < c.i
                          and t not in frame.partners)
    # シェインバウム大統領と貿易問題を協議した: GiNZA may hang the と-partner of talks on what they are about; a thing
    # takes no partner with a bare と (unless it is listed with another の-phrase: 日本と中国の問題)
    if not frame.partners and cues.relation_of(pred) in cues.symmetric():
        frame.partners.extend(t for obj in frame.objects if obj.pos_ == "NOUN" for t in obj.children
                              if marker(t) == "と" and t.i < obj.i and t.pos_ in ("NOUN", "PROPN")
                              and not any(marker(g) == "の" and g.i > t.i for g in obj.children))
    # 双方に冷静な対応を促した: GiNZA may hang the addressee of a request on an adjective of the requested
    # conduct (冷静な, 建設的な); conduct is asked of someone, so the に-phrase is the request's
    if not frame.targets and cues.relation_of(pred) in lex.ASKING:
        frame.targets.extend(t for obj in frame.objects for a in obj.children
                             if a.pos_ == "ADJ" and a.dep_ == "acl" and a.i < obj.i
                             for t in a.children if marker(t) == "に" and t.pos_ in ("NOUN", "PROPN", "PRON"))
    # 同省はイスラエルに対し、ガザへの「十分かつ途切れのない」物資の搬入を認めるよう要求し: GiNZA may hang the
    # に対し-addressee on a word of the conduct asked for; に対し marks whom an act is aimed at, and what is asked
    # for is not aimed at anyone of its own, so under a request with no target it is the request's (so too under a
    # warning: サリバン氏は中国に対し、…を手助けすることを避けるよう、率直に警告した)
    if not frame.targets and cues.relation_of(pred) in lex.DIRECTIVES:
        frame.targets.extend(c for t in pred.subtree if t.i < pred.i and t.head.i != pred.i
                             and marker(t) in ("に対し", "に対して") and t.pos_ in ("NOUN", "PROPN", "PRON")
                             and _quote_depth(t) == _quote_depth(pred) for c in coordinated(t))
    # 米国に「冷戦思考」を捨て、封鎖を解除するよう促した: GiNZA may hang the addressee's に-phrase on a verb of the
    # conduct asked for (the clauses chained under the request); a verb that names no relation, with no object that
    # does, takes no one with に, so the actor there is whom the request is made of (not so in ロシアに制裁を科すよう)
    if not frame.targets and cues.relation_of(pred) in lex.ASKING and not is_passive(pred):
        chain, asked = [c for c in pred.children if c.dep_ == "advcl" and c.i < pred.i], []
        while chain:
            verb = chain.pop()
            chain.extend(c for c in verb.children if c.dep_ == "advcl" and c.i < verb.i)
            if verb.pos_ == "VERB" and cues.relation_of(verb) is None and verb.lemma_ not in lex.HANDING_OVER_VERBS \
                    and not any(cues.relation_of(o) for o in verb.children if marker(o) == "を"):
                asked.extend(t for t in verb.children if t.i < verb.i and marker(t) == "に"
                             and t.pos_ in ("NOUN", "PROPN") and _named(t) and _quote_depth(t) == _quote_depth(pred))
        # (日本側に歴史を直視した対応を求めた: or on a relative clause of what is asked for, when that clause's verb has
        # an object of its own and the に-phrase comes before it: not 中国に進出した日本企業の保護を求めた)
        asked += [t for o in pred.children if marker(o) == "を" and o.i < pred.i for v in o.children
                  if v.dep_ == "acl" and v.pos_ == "VERB" and v.i < o.i and cues.relation_of(v) is None
                  for own in [[g for g in v.children if marker(g) == "を" and g.i < v.i]] if own
                  for t in v.children if t.i < own[0].i and marker(t) == "に" and t.pos_ in ("NOUN", "PROPN")
                  and _named(t) and _quote_depth(t) == _quote_depth(pred)]
        frame.targets.extend(c for t in sorted(asked, key=lambda t: t.i)[:1] for c in coordinated(t))
    # 陣地に向けて発砲した: GiNZA may read 向けて as a verb of its own; what it is aimed at is the verb's target
    frame.targets.extend(t for c in pred.children if c.dep_ == "advcl" and c.lemma_ in lex.AIMING_VERBS
                         and c.i < pred.i for t in c.children if marker(t) == "に" and t.pos_ in ("NOUN", "PROPN"))
    # 米国の措置に「断固として反対する」と表明した: a quoted verb that ends its quotation, said with a verb of speaking,
    # takes the に- and を-phrases written before the quotation that the parser hung on the verb of speaking
    if inside is None and not frame.objects and not frame.targets:
        around = quotation_around(pred)
        speech = pred.head
        if around is not None and speech.lemma_ in lex.SPEECH_VERBS and speech.i > around[1] \
                and all(t.pos_ in ("AUX", "PUNCT", "SCONJ") or t.dep_ == "fixed" for t in pred.doc[pred.i + 1:around[1]]):
            for c in speech.children:
                slot = _slot(marker(c)) if c.i < around[0] and c.pos_ in ("NOUN", "PROPN") else None
                if slot in ("objects", "targets"):
                    getattr(frame, slot).extend(coordinated(c))
    # エジプトを名指しで批判した: GiNZA may read 名指し (naming) as a verb of its own; whom it names is the verb's
    # object
    if not frame.objects:
        # (ロシアとウクライナのいずれも名指しで非難しなかった: "either of them" marked も)
        frame.objects.extend(m for c in pred.children if c.dep_ == "advcl" and c.lemma_ in lex.NAMING_VERBS
                             and c.i < pred.i for t in c.children
                             if marker(t) == "を" or marker(t) == "も" and t.text in lex.EITHER_WORDS
                             for m in coordinated(t))  # (ロシアやイランを名指しで: each one named)
    # ネタニヤフ首相と電話で会談した: GiNZA may read the partner as the means noun's (a phone call with); a noun
    # takes its partner with との, so a bare と-phrase under the verb's で-phrase is the verb's partner
    if not frame.partners:
        # (and a place: ランドー副長官とソウルで会談した)
        frame.partners.extend(t for c in pred.children if marker(c) == "で" and c.pos_ in ("NOUN", "PROPN") and c.i < pred.i
                              for t in c.children if marker(t) == "と" and t.i < c.i and t.pos_ in ("NOUN", "PROPN"))
    # プラボウォ大統領を人民大会堂で迎えた: likewise a を-phrase the parser hung under a noun is the verb's object
    if not frame.objects:
        frame.objects.extend(t for c in pred.children if c.pos_ in ("NOUN", "PROPN") and c.i < pred.i
                             for t in c.subtree if t.i < c.i and t.head.pos_ in ("NOUN", "PROPN")
                             and t.head.i != t.i and marker(t) == "を" and _quote_depth(t) == _quote_depth(pred))
    if any(marker(t) != "では" for t in frame.subjects):
        # 北京では盧載憲駐中国大使が…と会談した: a では-phrase beside a subject of the verb's own is where it happened
        frame.subjects = [t for t in frame.subjects if marker(t) != "では"]
    _headline_speaker_first(pred, frame)
    return frame


def _verb_made_aux(pred) -> bool:
    """A verb of its own that GiNZA hung as an auxiliary on the する of として (として / 退け[aux]た)."""
    head = pred.head
    return pred.dep_ == "aux" and pred.pos_ == "VERB" and head.i < pred.i and head.lemma_ == "する" \
        and any(c.text == "て" and c.i < pred.i for c in head.children) \
        and any(marker(c) == "と" for c in head.children)


def _headline_speaker_first(pred, frame) -> None:
    """コロンビア大統領、ペルーがアマゾンの島を「併合」と非難: a headline opening on an actor and a comma says who
    speaks; a が-subject after the comma, on a verb of saying something is so (…と非難), is what the words are about,
    so it is the verb's object and the opening actor its subject."""
    said = [c for c in pred.children if marker(c) == "と" and c.i < pred.i]
    if not said:
        return
    # (or on the words said: 英、ロシアが選挙に介入と非難, ロシアが ← 介入)
    subjects = frame.subjects or [g for c in said for g in c.children if marker(g) == "が" and g.i < c.i]
    if not subjects:
        return
    from kg.extract.ja.subjects import headline_subject  # (subjects reads this module)

    opener = headline_subject(pred)
    # (a one-character country alone, 英、…, is read as a name, not a token: the verb's headline subject gives it)
    start = (opener[0].idx if hasattr(opener[0], "i") else opener[0].start) if opener else len(doc_text(pred.doc))
    # (the parser may list the opening actor with the が-subject: 米国務省、ロシアが条約違反と非難)
    about = [s for s in subjects if s.idx > start]
    if about and all(marker(s) == "が" for s in about) and all(s in about or s in opener for s in subjects):
        frame.objects[:0] = [s for s in about if s not in frame.objects]
        frame.subjects = [t for t in opener if hasattr(t, "i")]


def opening_quote(clause) -> int | None:
    """Where the first quotation in a clause opens (the words before it are written outside it)."""
    return next((t.i for t in clause.subtree if t.text in _OPENING), None)


def _quotation_before(pred) -> tuple[int, int] | None:
    """(opening, closing) of a quotation that ends right before the verb (「…」と非難した, 「…」として退けた,
    and what is asked for: 「…」よう呼びかけた)."""
    start = sentence_start(pred)
    i = pred.i - 1
    while i >= start and pred.doc[i].text in ("と", "として", "とし", "し", "て", "って", "、", "よう", "ように"):
        i -= 1
    if i < start or pred.doc[i].text not in _CLOSING:
        return None
    opening = _quotes(pred.doc).opening_of.get(i)
    return (opening, i) if opening is not None and opening >= start else None


def _closes_on_relation(doc, closing: int) -> bool:
    """Does the quotation close onto a verb of the vocabulary (「…」と非難した), not one of saying (とした)?"""
    for t in doc[closing + 1:min(closing + 5, len(doc))]:
        if t.pos_ in ("VERB", "NOUN"):
            return cues.relation_of(t) is not None
    return False


def quotation_before(pred) -> bool:
    """Does a quotation close right before the verb (「…」として退けた), wherever the parser hung it?"""
    return _quotation_before(pred) is not None


def clauses_hung_in_quotation(pred) -> list:
    """The verb clauses written before the quotation that closes right before ``pred`` which the parser hung inside
    it (ミャンマーに再発防止を要求し、「事態が繰り返されれば…」と警告した: 要求し under 繰り返さ): what is written
    before 「 belongs to the verb after 」."""
    span = _quotation_before(pred)
    if span is None:
        return []
    opening, closing = span
    return [t for t in pred.doc[sentence_start(pred):opening]
            if t.dep_ == "advcl" and t.pos_ == "VERB" and opening < t.head.i < closing]


def opens_quotation_before(tok, pred) -> bool:
    """Does the が-subject open the quotation that closes right before ``pred``?"""
    span = _quotation_before(pred)
    return span is not None and _opens_quotation(tok, span[0])


def _object_of_quoted_verb(tok, opening: int) -> bool:
    """覚書を「侵害する恐れがある」と警告した: a を-phrase right before a quotation that opens on a transitive
    verb with no object of its own is that verb's object (a partial quotation), not the object of the verb
    after the quotation (米国の行動を「主権の侵害だ」と非難した keeps its object: the quotation opens on a noun)."""
    if marker(tok) != "を" or tok.right_edge.i + 1 != opening:
        return False
    first = tok.doc[opening + 1]
    return first.pos_ == "VERB" and any(c.dep_ == "aux" and c.lemma_ == "する" for c in first.children) \
        and not any(c.dep_ == "obj" for c in first.children)


def _opens_quotation(tok, opening: int) -> bool:
    """A subject written right before a quotation that opens on its predicate (ウクライナが「…」と): the quotation's;
    so is a second topic after the speaker's (報道官は記者会見で、ECOWASは「…になり下がった」と批判した)."""
    if tok.right_edge.i + 1 != opening:
        return False
    if marker(tok) == "が":
        return True
    start = sentence_start(tok)
    return marker(tok) == "は" and tok.dep_ == "nsubj" and _named(tok) and any(
        marker(t) == "は" and t.dep_ == "nsubj" and t.pos_ in ("NOUN", "PROPN") for t in tok.doc[start:tok.left_edge.i])


def quotation_around(tok) -> tuple[int, int] | None:
    """(opening, closing) of the innermost quotation the token stands in, if any."""
    return _quotes(tok.doc).around[tok.i]


def outside_quotation(noun, governor):
    """The word a noun outside any quotation really hangs on when GiNZA hangs it inside one (EUの批判を「…表れだ」と
    一蹴した: 批判 on 表れ, really on 一蹴): the first word above the quotation."""
    if quotation_around(noun) is not None:
        return governor
    while quotation_around(governor) is not None and governor.head.i != governor.i:
        governor = governor.head
    return governor


def _is_clause(tok) -> bool:
    return tok.dep_ in ("ccomp", "advcl", "obl") and marker(tok).startswith("と") and tok.head.i != tok.i


def _hung_clause(tok) -> bool:
    """A と-clause the parser hung on the subject before it rather than on the verb above both: a が-subject,
    or any subject inside the quotation the clause closes (「…イスラエル軍は攻撃を再開する」と警告した)."""
    if not (tok.pos_ == "VERB" and tok.dep_ == "dep" and marker(tok).startswith("と") and tok.i > tok.head.i):
        return False
    return marker(tok.head) == "が" or (marker(tok.head) in lex.SUBJECT_MARKERS and _quote_depth(tok.head) > 0)


def _clause_follows(subject, clause) -> bool:
    """Does the clause's first word come right after the subject's particle?"""
    return clause.left_edge.i == subject.right_edge.i + 1


def _stranded_subjects(pred) -> list:
    """Subjects GiNZA hangs on ``pred`` that belong to one of its と-clauses: any subject written inside the
    quotation the clause closes, and, when ``pred`` has a は-topic of its own (the speaker), the が-subject that
    opens the clause (what the clause is about)."""
    children = list(pred.children)
    clauses = [c for c in children if c.pos_ in ("VERB", "ADJ", "AUX") or c.dep_ in ("ccomp", "advcl", "acl")]
    # 「フランスは主権を尊重していない」と批判した: a subject inside the quotation is the quoted clause's
    quoted = [c for c in children if marker(c) in lex.SUBJECT_MARKERS and c.pos_ in ("NOUN", "PROPN", "PRON")
              and (any(_is_clause(k) and _quoted_within(c, k) for k in clauses)
                   or _quote_depth(c) > _quote_depth(pred) and any(_hung_clause(k) for k in c.children))]
    # (「中国はモルディブが…守ることを支持する」と表明した: or a clause whose quoted topic GiNZA hung elsewhere, on
    # the verb above or with the clause hung on it)
    if not any(marker(c) in ("は", "も") for c in children if c.pos_ not in ("VERB", "ADJ", "AUX")) \
            and not (_hung_clause(pred) and marker(pred.head) in ("は", "も")) \
            and not (_is_clause(pred) and any(marker(c) in ("は", "も") and _quoted_within(c, pred)
                                              for c in pred.head.children)):
        return quoted
    # (中国は、パベル氏が…と面会したことに反発した: and the が-subject that opens a relative clause on a noun the
    # verb takes, the clause's own subject)
    relative = [k for c in children if c.pos_ in ("NOUN", "PRON") for k in c.children
                if k.dep_ == "acl" and k.pos_ == "VERB" and k.i < c.i]
    return quoted + [c for c in children if marker(c) == "が" and c.pos_ in ("NOUN", "PROPN", "PRON")
                     and (any(_is_clause(k) and _clause_follows(c, k) for k in clauses)
                          or any(_clause_follows(c, k) for k in relative)
                          or any(_hung_clause(k) for k in c.children))]


def _topics_before_clause(pred, clause, *, subject: bool = False) -> list:
    """The は-topics of ``pred`` written before a clause chained on it by a comma (〜し、), when another は-topic
    of ``pred`` (or, with ``subject``, a が-subject) follows that clause: each half of 〜は…し、〜は…した has its
    own topic. The clause may be a noun made a predicate with する (モスクワ入りし、)."""
    if clause.i > pred.i:
        return []
    chained = clause.dep_ == "advcl" and clause.pos_ == "VERB" or subject and clause.pos_ == "NOUN" and any(
        c.dep_ == "aux" and c.lemma_ == "する" for c in clause.children)
    if not chained or any(conditional_mark(m) for m in clause.children) \
            or not any(c.text == "、" and c.i > clause.i for c in clause.children) or _quote_depth(clause) != _quote_depth(pred):
        return []
    topics = [c for c in pred.children if marker(c) == "は" and c.pos_ in ("NOUN", "PROPN", "PRON")
              and _quote_depth(c) == _quote_depth(pred)]
    later = [c for c in pred.children if marker(c) == "が" and c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN", "PRON")
             and _quote_depth(c) == _quote_depth(pred)] if subject else []
    if not any(clause.i < t.i < pred.i for t in topics + later):
        return []
    return [t for t in topics if t.i < clause.left_edge.i]


def _quote_depth(tok) -> int:
    return _quotes(tok.doc).depth[tok.i]


_OPENING, _CLOSING = ("「", "『"), ("」", "』")


@dataclass(slots=True)
class _Quotes:
    depth: list  # quotation depth of each token (within its sentence)
    around: list  # (opening, closing) of the innermost quotation around each token, or None
    opening_of: dict  # closing index -> its opening index


_QUOTES: WeakKeyDictionary = WeakKeyDictionary()


def _quotes(doc) -> _Quotes:
    """The quotations of a document, read once (verbal_frame asks for them at every verb)."""
    found = _QUOTES.get(doc)
    if found is not None:
        return found
    depth, around, opening_of = [0] * len(doc), [None] * len(doc), {}
    for sent in doc_sentences(doc):
        stack = []
        for tok in doc[sent.start:sent.end]:
            if tok.text in _CLOSING and stack:
                opening_of[tok.i] = stack.pop()
            depth[tok.i] = len(stack)
            if tok.text in _OPENING:
                stack.append(tok.i)
        for opening in stack:  # unclosed: to the end of the sentence
            for k in range(opening + 1, sent.end):
                around[k] = (opening, sent.end)
    for closing, opening in sorted(opening_of.items(), key=lambda item: item[1]):
        for k in range(opening + 1, closing):
            around[k] = (opening, closing)  # (later openings are inner: they overwrite)
    found = _QUOTES[doc] = _Quotes(depth, around, opening_of)
    return found


def possessor_before_quotation(noun):
    """リトアニアの「…勇気ある決定」: the の-phrase written right before a quotation that ends on ``noun`` is the
    quoted phrase's possessor, wherever GiNZA hung it (on the quotation's first word, usually)."""
    span = _quotes(noun.doc).around[noun.i]
    if span is None or span[1] != noun.i + 1 or span[0] < 2 or noun.doc[span[0] - 1].text != "の":
        return None
    owner = noun.doc[span[0] - 1].head
    return owner if owner.i < span[0] and marker(owner) == "の" else None


def before_quotation_of(owner, noun) -> bool:
    """Is ``owner`` a の-phrase written right before the quotation ``noun`` is inside (so not ``noun``'s own)?"""
    span = _quotes(noun.doc).around[noun.i]
    return span is not None and owner.i < span[0] and noun.doc[span[0] - 1].text == "の" \
        and noun.doc[span[0] - 1].head.i == owner.i


def _quoted_within(subject, clause) -> bool:
    """Is the subject inside the quotation that the clause closes, while the verb above is outside it?"""
    return subject.i < clause.i and _quote_depth(subject) > _quote_depth(clause.head)


def _phrase_after(agent) -> int:
    """The index of the word right after a phrase's particles (after よる of による)."""
    ends = [f for c in agent.children if c.dep_ == "case" and c.i > agent.i for f in (c, *c.children)]
    return max(t.i for t in ends) + 1 if ends else agent.i + 1


def _modifies_noun_between(agent, pred) -> bool:
    """Is the word right after the agent's による a noun other than the predicate (the noun it modifies)?"""
    after = _phrase_after(agent)
    if after >= len(agent.doc) or after == pred.i:
        return False
    return agent.doc[after].pos_ in ("NOUN", "PROPN", "PRON", "NUM")


def in_mind(tok) -> list:
    """The actors of 〜を念頭に (置いて) written as ``tok`` (the noun 念頭, or the verb 置く it goes with)."""
    if tok.lemma_ == "置く" and tok.pos_ == "VERB":
        noun = next((c for c in tok.children if c.lemma_ in lex.IN_MIND_NOUNS and marker(c) == "に"), None)
        return [t for o in tok.children if o.i < min(tok.i, noun.i) and marker(o) == "を" for t in coordinated(o)] \
            if noun is not None else []
    if tok.lemma_ in lex.IN_MIND_NOUNS and marker(tok) == "に":
        return [t for o in tok.children if o.i < tok.i and marker(o) == "を" for t in coordinated(o)]
    return []


def _slot(m: str) -> str | None:
    if m in lex.SUBJECT_MARKERS:
        return "subjects"
    if m in lex.OBJECT_MARKERS:
        return "objects"
    if m in lex.AGENT_MARKERS:
        return "agents"
    if m in lex.TARGET_MARKERS:
        return "targets"
    if m in lex.PARTNER_MARKERS:
        return "partners"
    if m in lex.SOURCE_MARKERS:
        return "sources"
    return None


def nominal_frame(noun) -> Frame:
    """Arguments inside the phrase of an event noun: の/による subject, compound/への object, との partner."""
    frame = Frame()
    # (and what the parser hung on the compound's first word: ウクライナへの / 追加 / 軍事 / 支援)
    children = list(noun.children) + [g for c in noun.children if c.dep_ == "compound" and c.i < noun.i
                                      for g in c.children if g.dep_ == "nmod" and _amount(g)]
    for child in children:
        m = marker(child)
        if m == "の" and (_amount(child) or child.lemma_ in lex.EVENT_MODIFIERS):
            # ウクライナへの総額5億ポンドの支援: an amount between is transparent, its arguments are the event's
            # (so is a word saying what kind of event it is: ウクライナへの追加の軍事支援)
            children.extend(c for c in child.children if c.i < child.i)
            continue
        if m in lex.NOMINAL_SUBJECT_MARKERS or m == "からの" and noun.lemma_ not in lex.RESTRICTED_FLOWS \
                and cues.relation_of(noun) == "supports":
            # (日本からの支援: support comes from whoever gives it)
            frame.subjects.extend(coordinated(child))
        elif m in lex.NOMINAL_OBJECT_MARKERS:
            frame.objects.extend(coordinated(child))
            # 米国の台湾への武器売却: GiNZA hangs the event's の-subject on its target; a country owns no country,
            # so a country's の-phrase on a country target is the event's subject
            frame.subjects.extend(g for g in child.children if marker(g) == "の" and g.i < child.i
                                  and _country_word(g) and _country_word(child))
        elif m == "と" and any(marker(c) in lex.NOMINAL_OBJECT_MARKERS and c.i > child.i for c in children):
            # エリトリアの主権と領土の一体性への支持: a bare と before the への-object joins it, not a partner
            frame.objects.extend(coordinated(child))
        elif m == "と" and any(marker(c) in lex.NOMINAL_SUBJECT_MARKERS and c.i > child.i for c in children):
            # 中国の王毅外相と、インドのジャイシャンカル外相による会談: so does a bare と before the doer (a comma
            # keeps GiNZA from coordinating the two)
            frame.subjects.extend(coordinated(child))
        elif m in lex.NOMINAL_PARTNER_MARKERS:
            frame.partners.extend(coordinated(child))
    if not frame.objects and cues.relation_of(noun) == "supports":
        frame.objects.extend(_helped_by_purpose(noun))
    if not frame.subjects and noun.head.i != noun.i:
        # 米国などによるウクライナへの軍事支援に反発する: GiNZA may hang the による-phrase on the verb above; it is the
        # doer of the event noun whose phrase starts right after it
        start = min(t.i for t in noun.subtree)
        frame.subjects.extend(t for c in noun.head.children if c.i < start and marker(c) == "による"
                              and _phrase_after(c) == start for t in coordinated(c))
    # 中国の王毅外相と、インドのジャイシャンカル外相による会談でまとまった: GiNZA may hang the と-phrase written before
    # the doer on the verb above; written right before it, with only a comma between, it is a doer too
    doers = [t for t in frame.subjects if marker(t) == "による"]
    if doers and noun.head.i != noun.i:
        first = min(t.left_edge.i for t in doers)
        frame.subjects.extend(t for c in noun.head.children if marker(c) == "と" and c.i < first
                              and all(k.text == "、" for k in noun.doc[c.right_edge.i + 1:first])
                              for t in coordinated(c) if t not in frame.subjects)
    # (キリバスを含む島しょ国への支援: the members a target is said to include are targets too, wherever GiNZA hung 含む)
    frame.objects.extend(t for owner in (noun, *frame.objects) for t in included(owner) if t not in frame.objects)
    blocked = _blocked_event(noun)
    if blocked is not None:
        # ハンガリーによるウクライナの加盟交渉の妨害: GiNZA hangs the による-agent on the event blocked; the agent is
        # the blocker's, and whose the blocked event is, is whom the blocking is aimed at
        agent, owner, event = blocked
        frame.subjects = [t for t in frame.subjects if t.i != event.i] + coordinated(agent)
        frame.objects = frame.objects + coordinated(owner)
    blocking = _blocked_event(noun.head) if marker(noun) == "の" and noun.head.i != noun.i else None
    if blocking is not None:
        frame.subjects = [t for t in frame.subjects if t.i != blocking[0].i]  # (the agent is the blocker's)
    return frame


def _helped_by_purpose(noun) -> list:
    """ハイチの治安回復に向けた支援, フィリピン沿岸警備隊の能力強化のための支援: support given for a goal of
    someone's (their security restored, their capacity built) is support of them, the goal's の-owner."""
    goals = [g for c in noun.children if c.i < noun.i and c.lemma_ in lex.AIMING_VERBS and c.dep_ == "acl"
             for g in c.children if marker(g) == "に" and g.i < c.i]
    goals += [g for c in noun.children if c.i < noun.i and c.lemma_ in lex.PURPOSE_NOUNS and marker(c) == "の"
              for g in c.children if marker(g) == "の" and g.i < c.i]
    return [t for g in goals if g.pos_ == "NOUN" and cues.relation_of(g) is None
            for o in g.children if marker(o) == "の" and o.i < g.i and _named(o) for t in coordinated(o)]


def included(tok) -> list:
    """日本を含む各国: the members a phrase is said to include (a relative clause of 含む, 含める on it)."""
    return [t for c in tok.children if c.dep_ == "acl" and c.lemma_ in lex.INCLUDING_VERBS and c.i < tok.i
            for o in c.children if marker(o) == "を" and o.i < c.i for t in coordinated(o)]


def _blocked_event(noun):
    """(agent, owner, event) for a noun of blocking whose の-phrase is an event with both a による-agent and an
    の-owner hung on it (…による…の加盟交渉の妨害), else None."""
    if noun.lemma_ not in lex.BLOCKING_NOUNS:
        return None
    for event in noun.children:
        if marker(event) == "の" and event.i < noun.i and cues.relation_of(event) is not None:
            agents = [c for c in event.children if marker(c) in ("による", "によって") and c.i < event.i]
            owners = [c for c in event.children if marker(c) == "の" and c.i < event.i]
            if agents and owners:
                return agents[0], owners[-1], event
    return None


def _country_word(tok) -> bool:
    """A token that names a country or an international organisation by itself (米国, 台湾, EU)."""
    from kg.vocab import gazetteer

    return tok.pos_ == "PROPN" and gazetteer().lookup(tok.text) is not None


def _amount(tok) -> bool:
    """A sum or a count: 総額5億ポンド, 約4700億円, 2000人."""
    return tok.ent_type_ in lex.AMOUNT_ENTITIES or any(c.pos_ == "NUM" for c in tok.children) and (
        tok.tag_.endswith("助数詞可能") or tok.tag_.endswith("助数詞"))


def conditional_mark(tok) -> bool:
    """A mark of a conditional clause: ば, たら, 場合, and なら (which GiNZA tags as the copula だ: 不十分なら)."""
    return tok.dep_ == "mark" and tok.lemma_ in lex.CONDITIONAL_MARKS \
        or tok.dep_ == "aux" and tok.text in lex.CONDITIONAL_MARKS


def is_passive(pred) -> bool:
    """攻撃された (する+れる), 非難された: the nsubj is the patient, the に/によって argument the agent."""
    return any(c.dep_ == "aux" and c.lemma_ in lex.PASSIVE_AUX for c in pred.children)


def is_causative(pred) -> bool:
    """攻撃させた (する + させる), 支援させる: the causer is the subject, the に-argument the causee."""
    return any(c.dep_ == "aux" and c.lemma_ in lex.CAUSATIVE_AUX for c in pred.children)
