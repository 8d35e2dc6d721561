"""Who acts when a Japanese clause leaves its subject out, and where a token stands (quotation, headline).

Japanese states a subject once and leaves it out after: a relative clause takes the noun it modifies
(ロシアを非難する国連決議), a clause chain (〜し、〜した) the は-topic GiNZA hangs on its first clause, a
request's content its addressee (中国に支援をやめるよう求めた -> 中国), and failing those the sentence's
topic, a headline's opening subject (中国外務省、日本の抗議を一蹴), or the topic of the sentence before.
A と-clause (〜していると非難した) has a subject of its own, which is whom the clause is about.
"""
from __future__ import annotations

from dataclasses import replace
from weakref import WeakKeyDictionary

from kg.extract import doc_text, original_offset, sentence_of, sentence_start
from kg.extract.ja import frames, modality
from kg.extract.ja.actors import read_actor
from kg.extract.ja.pairs import actors_of
from kg.extract.ja.phrases import phrase_tokens, read_phrase
from kg.lang import ja as lex
from kg.types import Mention
from kg.vocab import gazetteer


def _nearest_topic_before(pred) -> list:
    """The nearest は-topic actor before ``pred`` in its sentence (back to the last 。, wherever the parser cut the
    sentence: it may cut one before a name it took for a title, イスラム教シーア派組織 / ヒズボラ), outside
    quotations."""
    doc, k = pred.doc, pred.i - 1
    while k >= 0 and doc[k].text not in ("。", "\n", "\u3000"):
        tok = doc[k]
        if frames.marker(tok) == "は" and tok.dep_ in ("nsubj", "obl", "dislocated") and not in_quote(tok) \
                and read_actor(tok):
            return [tok]
        k -= 1
    return []


def inherit_subjects(pred, rule):
    """An omitted subject, from the nearest clause that states one.

    - relative clause: the noun it modifies (ロシアを非難する国連決議 -> 国連決議);
    - a clause above it (〜する可能性がある), but what a request asks for is done by its addressee
      (中国に支援をやめるよう求めた -> 中国);
    - the topic of a clause chain: GiNZA hangs 〜は on the first clause of 〜し、〜した, so a later
      clause takes the は-topic of an earlier sibling clause;
    - failing those, the sentence topic: the first 〜は actor before the predicate (rule ``topic``).
    """
    node = pred
    quoted = in_quote(pred)
    contrast = False
    denier = _denier_of_report(pred)
    if denier:
        return denier, rule
    while True:
        topic = _chain_topic(node, before=pred.i, quoted=quoted)
        if topic:
            return topic, rule
        if node.head.i == node.i:
            break
        if quoted and not in_quote(node.head) and conditional(pred):
            break  # 「支援を続ければ…」と中国に警告した: the omitted subject is the addressee, not the speaker
        if modality.directive_content(node):
            # 双方に攻撃をやめるよう求めた: what is asked for is to be done by the addressee, not the asker
            # (米国が武器を売却しないよう日本に求めた: by the が-subject written before it, when there is one)
            doers = [t for t in asked_before(frames.verbal_frame(node.head).subjects, node) if read_actor(t)]
            return doers or [t for t in frames.verbal_frame(node.head).targets if read_actor(t)] or addressees(node.head), rule
        contrast = contrast or any(c.dep_ == "mark" and c.text in lex.CONTRASTIVE_MARKS for c in node.children)
        prev, dep, node = node, node.dep_, node.head
        if dep == "advcl" and node.head.i != node.i and modality.directive_content(node) \
                and any(c.text == "、" and c.i > prev.i for c in prev.children):
            # 同氏の発言を退け、…面会を認めるよう要求した: a clause closed by a comma, which GiNZA hung on what a request
            # asks for, chains on to the request; it is done by the asker, not by the one asked
            node = node.head
        charged = _charged_party(prev, node) if prev.i == pred.i else None
        if charged is not None:
            # (…を支えたとして第三国の企業の資産を凍結する: a party that names no actor leaves the act with no subject)
            return charged, rule
        if dep == "advcl" and node.dep_ == "acl" and node.head.head.i != node.head.i \
                and any(c.text == "、" and c.i > prev.i for c in prev.children):
            # 両国に自制を求め、元首脳らでつくる仲介団を派遣する方針を示した: a clause closed by a comma is no part of
            # the relative clause GiNZA hung it on; it chains on to what the clause's noun depends on
            node = node.head.head
        if dep == "acl":
            if frames.marker(node) == "の" and node.head.i > node.i and read_actor(node.head):
                # 北京を訪問したミャンマーの外相: GiNZA hangs the clause on the possessor; it modifies the
                # whole phrase, whose head is the actor (the minister visited, not Myanmar as such)
                return [node.head], "relative-clause"
            members = [m for c in node.children if c.dep_ == "nmod" and c.i > pred.i
                       and frames.marker(c) in ("や", "など") and read_actor(c) for m in frames.coordinated(c)]
            if members:
                # 攻撃を非難したサウジアラビアやエジプトなどアラブ諸国は: a clause on a group is done by the members listed
                return members, "relative-clause"
            if read_actor(node):
                # アンカラを相次いで訪れたフィキ氏とゲディオン外相: a clause that says it went for each (相次いで,
                # それぞれ) modifies every member of the list its noun opens
                return [node, *_listed_after(node, pred)], "relative-clause"
            if prev.i == pred.i and _done_with_partner(pred):
                break  # ブラジルと共同運営する発電所: a thing run with a partner is run by the sentence's topic
            if node.lemma_ not in lex.CONTENT_NOUNS and node.lemma_ not in lex.ISSUER_NOUNS \
                    and node.lemma_ not in lex.AGREEMENT_NOUNS:
                # a relative clause on a non-actor: its subject is that noun (批判する人物), not an actor
                # (but 〜と威嚇する談話を発表した, 〜と非難する声明を出した: a statement's words are its issuer's; and
                # アルメニアに自走砲を供与する契約を結んだ: what an agreement binds its signer to do)
                return [], rule
        # a が-subject written after the clause belongs to its own clause only: 主張を退け、日本が介入しようとして
        # いると非難した (GiNZA hangs 退け on 介入; 日本 is not the one who rejected), unlike a は-topic, which
        # covers what comes before it (抗議を受け、中国は反発した)
        # (nor, past a clause that ends in a contrast, a は-topic after it: 米国務省は…よう求めたが、ブラジル外務省は
        # これを退けた; the second half's topic is set against the first's)
        subjects = [t for t in frames.verbal_frame(node).subjects if read_actor(t)
                    and not (t.i > pred.i and (frames.marker(t) in lex.CLAUSE_SUBJECT_MARKERS or contrast))]
        if subjects and all(t.i > pred.i for t in subjects):
            # イスラエル軍は…を空爆し、カッツ国防相は…と警告した: a は-topic written before the clause (wherever the
            # parser hung it) is the clause's; the later one opens a clause of its own
            earlier = _nearest_topic_before(pred)
            if earlier:
                return earlier, rule
        if subjects:
            return subjects, rule
    # カーニー首相がメキシコを訪問し、…大統領と協議した: the が-subject of the chain's first clause (GiNZA hangs it there)
    chained = [t for t in chain_subjects(pred) if frames.marker(t) in lex.CLAUSE_SUBJECT_MARKERS]
    if chained:
        return chained, rule
    topic = _sentence_topic(pred, quoted) or (_previous_topic(pred) if not quoted else [])
    return (topic, "topic") if topic else ([], rule)


def _denier_of_report(pred) -> list:
    """…の使用を要求したとの報道をクレムリンが否定した: a report whose words name no doer, denied by someone, is a
    report of what the denier did."""
    report = pred.head
    if frames.marker(pred) not in ("との", "という") or report.i == pred.i or report.lemma_ not in lex.REPORT_NOUNS \
            or report.head.i == report.i or report.head.lemma_ not in lex.DENYING_VERBS:
        return []
    return [t for t in frames.verbal_frame(report.head).subjects if read_actor(t)]


def _done_with_partner(pred) -> bool:
    """Is ``pred`` an act done jointly (共同運営する, 共同開発した) with a partner written with と?"""
    return any(c.dep_ == "compound" and c.lemma_ in lex.JOINT_WORDS for c in pred.children) \
        and any(frames.marker(c) == "と" and read_actor(c) for c in pred.children)


def _previous_topic(pred) -> list:
    """ただ、韓国への批判は避けた: a sentence that names no actor as its topic or subject goes on about the topic
    of the sentence before it in the same paragraph."""
    sent = sentence_of(pred)
    # (その上で「リトアニアは…踏みにじった」と同国を批判した: a quotation's subjects are not the sentence's)
    if any(frames.marker(t) in ("は", "も", "が") and read_actor(t) and not in_quote(t) for t in sent):
        return []
    if any(frames.marker(t) == "が" and t.pos_ in ("NOUN", "PROPN", "PRON") and t.i < pred.i and not in_quote(t)
           and t.lemma_ not in lex.STANCE_NOUNS | lex.HEDGING_HEADS for t in sent):
        return []  # 野党議員らが…と批判している: the sentence names its own (unnamed) subject
        # (but not a stance or a possibility: 協議には応じる用意があると語った, …する可能性があると述べた)
    # (back over sentences that name no subject of their own either: アビー首相は…述べた。その一方で、「…」と
    # 警告した。ただ、…批判することは避けた -> アビー首相)
    for _ in range(3):
        before = sent.start - 1
        if before < 0 or "\n" in pred.doc[before].text or "\n" in pred.doc[before].whitespace_:
            return []
        sent = sentence_of(pred.doc[before])
        for tok in sent:
            if frames.marker(tok) in ("は", "も") and not in_quote(tok) and read_actor(tok):
                return [tok]
        if any(frames.marker(t) in ("は", "も", "が") and t.pos_ in ("NOUN", "PROPN", "PRON") and not in_quote(t)
               for t in sent):
            return []  # (a sentence about something else in between)
    return []


def reacted_to(pred) -> list:
    """The topic of the sentence right before ``pred``'s, in its paragraph (タジキスタン政府は…と発表した。
    ウズベキスタンは強く反発している -> タジキスタン政府), when ``pred``'s sentence opens the reaction."""
    sent = sentence_of(pred)
    before = sent.start - 1
    if before < 0 or "\n" in pred.doc[before].text or "\n" in pred.doc[before].whitespace_:
        return []
    last = sentence_of(pred.doc[before])
    topic = next((t for t in last if frames.marker(t) in ("は", "も")
                  and not in_quote(t) and read_actor(t)), None)
    if topic is None:
        # (マリがコートジボワール兵を拘束した。コートジボワールは反発した: with no topic, the が-subject of the
        # sentence's main verb is whom it was about)
        topic = next((t for t in last if frames.marker(t) == "が" and t.dep_ == "nsubj" and t.head.dep_ == "ROOT"
                      and not in_quote(t) and read_actor(t)), None)
    # (written where the predicate is, as for an act pointed back at: the sentence is the evidence)
    return [replace(m, start=pred.idx, end=pred.idx + len(pred.text)) for m in read_actor(topic)] if topic else []


def pointed_back(pred) -> list:
    """Whom これ / それ, the object of a reaction, points back at: the speaker of the clause the reaction is set
    against (米国務省は…よう求めたが、ブラジル外務省はこれを退けた -> 米国務省), or failing one, the topic of the
    sentence before (…と発表した。ウズベキスタンはこれに反発した)."""
    for clause in sorted(pred.children, key=lambda c: -c.i):
        if clause.dep_ == "advcl" and clause.pos_ == "VERB" and clause.i < pred.i \
                and any(m.dep_ == "mark" and m.text in lex.CONTRASTIVE_MARKS for m in clause.children):
            return [t for t in frames.verbal_frame(clause).subjects or inherit_subjects(clause, "")[0]
                    if read_actor(t)]
    return reacted_to(pred)


def conditional(pred) -> bool:
    return any(frames.conditional_mark(c) for t in (pred, pred.head) for c in t.children)


def _sentence_topic(pred, quoted: bool) -> list:
    """The first は-marked actor of the sentence before the predicate, on the same side of any quotation."""
    for tok in sentence_of(pred):
        if tok.i >= pred.i:
            break
        if frames.marker(tok) in ("は", "も") and in_quote(tok) == quoted and read_actor(tok):
            return [tok]
    return headline_subject(pred) if not quoted else []


def in_headline(tok) -> bool:
    """Is the token on a line with no 。 (a headline)? Asked of the article as written: the text given to the
    parser ends such a line with 。 (kg.nlp.prepare)."""
    text = tok.doc.user_data.get("kg.text") or doc_text(tok.doc)
    at = original_offset(tok.doc, tok.idx) if "kg.text" in tok.doc.user_data else tok.idx
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return "。" not in text[start:end if end != -1 else len(text)]


def closes_headline_clause(tok) -> bool:
    """ソマリア、エチオピア部隊の撤収を要求　港湾協議に反発: a headline is clauses cut at full-width spaces, each
    ending on its event noun with the verb left out; an event noun with no particle after it ends one there, or at
    a comma when it has a subject of its own (ベトナムが反発、中国は支援継続)."""
    # (a サ変 noun with no する may be tagged a verb: 中国は強く反発、米国は歓迎)
    if not tok.tag_.startswith("名詞") or tok.pos_ not in ("NOUN", "VERB") or tok.dep_ == "compound" \
            or frames.marker(tok) or any(c.dep_ == "aux" for c in tok.children) or not in_headline(tok):
        return False
    after = tok.doc[tok.i + 1].text if tok.i + 1 < len(tok.doc) else "\n"
    if not after.strip() or after == "。":  # (a full-width space; the line's end, closed with 。 for the parser)
        return True
    if after != "、" or tok.i + 2 >= len(tok.doc) or read_actor(tok):
        return False  # (コロンビア大統領、ペルーが…と非難: an actor before the comma is the headline's subject)
    # (not a list of events: 制裁、輸出規制を強化)
    if any(frames.marker(c) in ("が", "は") and c.i < tok.i for c in tok.children) or _shared_subject(tok):
        return True
    nxt = tok.doc[tok.i + 2]
    while nxt.i + 1 < len(tok.doc) and nxt.pos_ in ("NOUN", "PROPN") and not frames.marker(nxt):
        nxt = tok.doc[nxt.i + 1]
    return frames.marker(nxt) in ("が", "は")  # (…に反発、トルコが仲介へ: the next clause's subject)


def _shared_subject(tok) -> bool:
    """ロシアは「重大な誤り」と警告、ブランデー輸入停止: a subject written since the last space that the parser hung
    on an event after ``tok`` is the subject of both (the comma closes the first)."""
    return bool(shared_headline_subject(tok, after=True))


def shared_headline_subject(tok, *, after: bool = False) -> list:
    """The subject of a headline clause written since the last space: hung by the parser on ``tok`` or an event
    after it (ロシアは「…」と警告、ブランデー輸入停止: ロシア for both events), or, unless ``after``, on a clause before
    it that a comma closed (EUは非難、制裁強化: the EU's sanctions)."""
    for t in reversed(tok.doc[line_start(tok):tok.i]):
        if _clause_break(t):
            return []
        if frames.marker(t) in ("が", "は", "も") and (not after or t.head.i > tok.i) and not in_quote(t):
            return [t]
    return []


def _line_of(tok):
    """The tokens of the line of ``tok`` (the parser may cut a headline into sentences at its spaces)."""
    doc = tok.doc
    known = _LINES.get(doc)
    if known is None:
        known = _LINES[doc] = {}  # (the rules ask for the line of the same tokens many times)
    span = known.get(tok.i)
    if span is None:
        start, end = tok.i, tok.i + 1
        while start > 0 and "\n" not in doc[start - 1].text + doc[start - 1].whitespace_:
            start -= 1
        while end < len(doc) and "\n" not in doc[end - 1].whitespace_ and "\n" not in doc[end].text:
            end += 1
        span = known[tok.i] = (start, end)
        if "\n" not in tok.text:
            # (no token of the line breaks it: each has the same line, found once rather than again for each)
            known.update(dict.fromkeys(range(start, end), span))
    return doc[span[0]:span[1]]


_LINES: WeakKeyDictionary = WeakKeyDictionary()  # Doc -> {token index: (start, end) of its line}


def _clause_break(tok) -> bool:
    """A full-width space between the clauses of a headline (given to the parser as 。, kg.nlp.prepare)."""
    return not tok.text.strip() or tok.text == "。" and in_headline(tok)


def line_start(tok) -> int:
    return _line_of(tok).start


def headline_clause_start(pred) -> int:
    """Where the headline clause of ``pred`` begins: after the full-width space or the clause-closing event noun
    before it (ブラジルが開票データ公表要求、マドゥロ氏は拒否: 拒否's clause is マドゥロ氏は拒否)."""
    sent = _line_of(pred)
    for tok in reversed(sent[:pred.i - sent.start]):
        if _clause_break(tok) or closes_headline_clause(tok):
            return tok.i + 1
    return sent.start


def headline_speaker(pred) -> list:
    """イスラエル、シリアを空爆　トルコ「地域の不安定化招く」と非難: a later clause of a headline may open on its speaker
    and the words it quotes, with no particle between."""
    if not in_headline(pred):
        return []
    start, doc = headline_clause_start(pred), pred.doc
    quoting = next((t for t in doc[start:pred.i] if t.text in ("「", "『")), None)
    if start <= _line_of(pred).start or quoting is None or quoting.i <= start:
        return []
    speaker = doc[quoting.i - 1]
    return [speaker] if phrase_tokens(speaker)[0].i == start and read_actor(speaker) else []


def craft_owner(head) -> Mention | None:
    """ロシア調査船, 中国軍機, 北朝鮮艦艇: the state a ship or aircraft of its own is written with, the craft opening a
    headline (a reaction later in the headline is aimed at that state)."""
    tokens = phrase_tokens(head)
    if len(tokens) < 2 or not "".join(t.text for t in tokens[1:]).endswith(lex.STATE_CRAFT):
        return None
    found = read_phrase(tokens[:1])
    return found[0] if len(found) == 1 and found[0].kind == "country" else None


def headline_subject(pred) -> list:
    """中国外務省、日本の抗議を一蹴: a headline (a line with no 。) opens on its subject and a comma, for は."""
    if not in_headline(pred):
        return []
    sent = _line_of(pred)
    doc = pred.doc
    comma = next((t for t in sent if t.text == "、"), None)
    if comma is None or comma.i >= pred.i or comma.i - sent.start > 6:
        return []
    head = doc[comma.i - 1]
    if phrase_tokens(head)[0].i != sent.start:
        return []
    if read_actor(head):
        return [head]
    craft = craft_owner(head)
    if craft is not None:
        return [craft]
    place = gazetteer().abbreviation(head.text) if len(head.text) == 1 else None  # (米、…: one character alone)
    return [Mention(text=head.text, start=head.idx, end=head.idx + 1, kind="country")] if place is not None else []


def _chain_topic(node, *, before: int, quoted: bool = False, top: bool = True) -> list:
    """The nearest は-topic of the adverbial clauses under ``node`` that precede position ``before``.

    The topic is searched down the chain (〜として退けたうえで、〜と批判した), never inside a quotation.
    """
    from kg.extract.ja.cues import relation_of  # (cues reads this module's helpers)

    for child in sorted(node.children, key=lambda c: -c.i):
        # (モスクワ入り[NOUN]し、: a noun made a predicate with する chains on as a verb does)
        if (child.dep_ in ("advcl", "conj") or child.pos_ == "NOUN" and any(
                c.dep_ == "aux" and c.lemma_ == "する" for c in child.children)) and child.i < before:
            topic = [t for t in frames.verbal_frame(child).subjects
                     if frames.marker(t) in ("は", "も") and in_quote(t) == quoted]
            if topic and not any(read_actor(t) for t in topic):
                # 海軍は、…として、拿捕は「…」と説明し、…を退けた: of two は-phrases on the clause, a thing is what it
                # speaks of; the actor is the topic the chain carries on
                topic = [c for c in child.children if c.dep_ == "nsubj" and frames.marker(c) in ("は", "も")
                         and in_quote(c) == quoted and read_actor(c)] or (
                    # (…関係悪化は望まないとして、…協議を続ける考えも示した: a thing topic of a reason clause is what
                    # the reason is about, not who acts in the clauses after it)
                    # (nor one of the words a verb of saying reports: …求めており、ロシアへの支援は高くつくと中国に警告
                    # した; the speaker is found further down the chain)
                    # (nor what a clause's act is about: 朝ロの軍事協力は「…違反だ」と非難し、ロシアに…要求した)
                    [] if _reason_clause(child) or _said_clause(child) or relation_of(child) is not None else topic)
            if not topic and top and _plain_chain(child):
                # 米国の特使が2日、モスクワ入りし、プーチン大統領と会談した: the が-subject of a clause the chain runs on
                # from (〜し、〜した) is the next clause's too, when it has none of its own
                # (not the が-subject a quotation opens on: ロシアが「…」と非難し、EUに…要請した)
                topic = [t for t in frames.verbal_frame(child).subjects
                         if frames.marker(t) == "が" and in_quote(t) == quoted and read_actor(t)
                         and not frames.opens_quotation_before(t, child) and t.dep_ == "nsubj" and t.head.i == child.i]
            if topic:
                # (スターマー首相、マクロン大統領、メルツ首相は…: the names listed with the topic are topics with it)
                return [m for t in topic for m in frames.coordinated(t) if m not in topic] + topic
            deeper = _chain_topic(child, before=before, quoted=quoted, top=False)
            if deeper:
                return deeper
    return []


def _said_clause(clause) -> bool:
    """Is ``clause`` closed by the と of what is said (…高くつくと警告した)?"""
    return any(c.text == "と" and c.dep_ in ("mark", "case") and c.i > clause.i for c in clause.children)


def _reason_clause(clause) -> bool:
    """Is ``clause`` the と-clause of 〜として (as, on the grounds that), or 〜として itself?"""
    if clause.lemma_ == "する" and any(c.dep_ == "mark" and c.text == "て" for c in clause.children) \
            and any(frames.marker(c) == "と" for c in clause.children):
        return True
    return frames.marker(clause) == "と" and clause.head.lemma_ == "する" and clause.head.i != clause.i


def _charged_party(clause, above) -> list | None:
    """中国政府は、台湾独立を支持したとして、日本の議員に制裁を科した: a reason clause (〜したとして) with no subject of its
    own tells what the one the main verb is aimed at did, not what its subject did."""
    if frames.marker(clause) != "と" or above.lemma_ != "する" or above.pos_ != "VERB" or above.head.i == above.i \
            or not any(c.dep_ == "mark" and c.text == "て" for c in above.children) or in_quote(clause):
        return None
    before = clause.doc[above.i - 1]
    if before.text != "と" or before.head.i != clause.i:
        return None  # (…攻撃する考えはないと述べる一方、…として: only the clause right before として is its reason)
    frame = frames.verbal_frame(above.head)
    aimed = [t for t in frame.objects + frame.targets if t.i > above.i]
    # (北朝鮮の国防相ら個人と団体を制裁対象に追加した: those named by whose they are)
    return [t for t in aimed if read_actor(t)] or actors_of(aimed, possessor=True)


def _concession(clause) -> bool:
    """Is the clause a concession (…とクレムリンが否定したにもかかわらず、), whose subject is its own?"""
    return any(modality.concessive_mark(c) for c in clause.children)


def _plain_chain(clause) -> bool:
    """Does the clause run on to the next (〜し、, 〜して) rather than condition or give a reason for it?"""
    edge = clause.right_edge
    after = edge if edge.text == "、" else clause.doc[edge.i + 1] if edge.i + 1 < len(clause.doc) else None
    marks = {c.text for c in clause.children if c.dep_ in ("mark", "aux")}
    return after is not None and after.text == "、" and not marks & _NOT_RUNNING_ON and not _concession(clause) \
        and not any(frames.conditional_mark(c) for c in clause.children)


_NOT_RUNNING_ON = frozenset({"ば", "たら", "なら", "ため", "と", "が", "けれど", "ので", "から"})


def in_quote(tok) -> bool:
    """Are more quotations opened than closed before ``tok`` in its sentence?"""
    opened = _opened_before(tok.doc)
    return opened[tok.i] - opened[sentence_start(tok)] > 0


def _opened_before(doc) -> list[int]:
    """Quotation marks opened minus closed before each token of a document, counted once (in_quote is asked of
    most tokens, and counting along the sentence each time is quadratic)."""
    found = _OPENED.get(doc)
    if found is None:
        found, opened = [0], 0
        for t in doc:
            text = t.text
            opened += (text in ("「", "『")) - (text in ("」", "』"))
            found.append(opened)
        _OPENED[doc] = found
    return found


_OPENED: WeakKeyDictionary = WeakKeyDictionary()  # Doc -> [quotation marks opened minus closed before token i]


def chain_subjects(verb) -> list:
    """The subject a clause chain states once, on its first clause (ロシアが航路を狙い、安全保障を脅かしている:
    GiNZA hangs ロシアが on 狙い)."""
    for child in sorted(verb.children, key=lambda c: -c.i):
        if child.dep_ == "advcl" and child.i < verb.i and child.pos_ == "VERB" and not frames.marker(child) \
                and not conditional(child) and in_quote(child) == in_quote(verb) and not _concession(child):
            found = [s for s in frames.verbal_frame(child).subjects if read_actor(s)] or chain_subjects(child)
            if found:
                return found
    return []


def attempt_subjects(verb) -> list:
    """〜しようとしている (trying to do): GiNZA makes する the head and hangs the attempted act, with its
    subject, under it: 日本が台湾問題に介入しようとしていると非難した -> 日本."""
    if verb.lemma_ != "する":
        return []
    return [s for c in verb.children if c.dep_ == "advcl" and frames.marker(c) == "と"
            and (c.text.endswith("う") or any(a.dep_ == "aux" and a.text.endswith("う") for a in c.children))
            for s in frames.verbal_frame(c).subjects or chain_subjects(c)]  # (資金を流し、介入しようと)


def _listed_after(noun, clause) -> list:
    """The members listed after ``noun`` (GiNZA hangs it on a later one), when the relative clause on it is
    distributive (相次いで, それぞれ, そろって)."""
    words = "".join(t.text for t in clause.subtree)
    if not any(w in words for w in lex.DISTRIBUTIVE_WORDS):
        return []
    if frames.marker(noun) not in lex.COORDINATION_MARKERS and noun.doc[noun.i + 1].text != "、":
        return []
    kinds = {m.kind for m in read_actor(noun)}
    later = [t for t in sentence_of(noun) if t.i > noun.i and noun in frames.coordinated(t)]
    return [t for t in later if {m.kind for m in read_actor(t)} & kinds][:3]  # (not エチオピア of エチオピアの外相)


def clause_subjects(clause, *, deep: bool = False, past_things: bool = False) -> list:
    """The subject of a と-clause; with ``deep``, the first actor subject anywhere in it: a warning's
    quoted condition names whom it warns (「ロシアが停戦を拒むなら代償を払う」と警告した -> ロシア). With
    ``past_things``, also when its own subject names no one (EUが支援を延長しなければ、撤収させる可能性があると
    警告した warns the EU, not 可能性)."""
    subjects = frames.verbal_frame(clause).subjects or chain_subjects(clause) or attempt_subjects(clause)
    if not subjects and not deep:
        subjects = relative_clause_subject(clause)
    if not deep or subjects and (not past_things or any(read_actor(s) for s in subjects)):
        return subjects or _before_quotation(clause) or _opening_topic(clause)
    for tok in clause.subtree:
        if frames.marker(tok) in ("が", "は", "こそ", "こそが") and read_actor(tok):
            return [tok]
    return []


def relative_clause_subject(clause) -> list:
    """ボリビア当局が密入国を手引きする組織の取り締まりを怠っていると非難した: GiNZA may hang the clause's が-subject,
    written first, on a relative clause inside it; a clause with no subject of its own takes it back."""
    return [t for t in clause.subtree if t.i < clause.i and frames.marker(t) == "が"
            and t.head.dep_ == "acl" and t.head.i != clause.i and read_actor(t)][:1]


def _opening_topic(clause) -> list:
    """「ベラルーシは…を黙認しており、責任を免れない」と非難した: a quotation that opens on a subject tells what it
    is about in all its clauses, though the parser hangs the subject on the first clause and that clause on the verb
    after the quotation rather than on the last one."""
    span = frames.quotation_around(clause)
    if span is None or clause.doc[span[1]].head.i != clause.i:
        return []
    first = clause.doc[span[0] + 1]
    while first.head.i != first.i and first.head.i < clause.i and first.dep_ in ("compound", "nmod", "amod"):
        first = first.head  # (the subject's head noun: 「ロシア政府は…)
    if frames.marker(first) not in ("は", "が") or first.dep_ != "nsubj" or first.left_edge.i not in (span[0], span[0] + 1):
        return []
    return [first] if read_actor(first) and first.head.i < clause.i else []


def _before_quotation(clause) -> list:
    """カンボジアが「十分な説明をしないまま工事を進めた」と批判した: a が-subject written before the quotation
    is the subject of what is quoted, wherever the parser hung it inside."""
    opening = frames.opening_quote(clause)
    if opening is None:
        return []
    return [t for t in clause.subtree if t.i < opening and frames.marker(t) == "が" and read_actor(t)][:1]


def asked_before(subjects, content) -> list:
    """ロシア外務省は、日本が政策を改めるよう要求した: of the subjects GiNZA hangs on a request with a は/も topic,
    the が-subjects written before what is asked for (the よう-clause ``content``): who is to act, not who asks."""
    if not any(frames.marker(u) in ("は", "も") for u in subjects):
        return []
    return [t for t in subjects if frames.marker(t) == "が" and t.i < content.i]


def addressees(pred) -> list:
    """インドに協議の席に着くよう呼びかけた: GiNZA hangs the addressee (に) on the clause marked よう;
    the addressee of a request or warning is that clause's に/に対し argument."""
    for child in pred.children:
        marks = {c.text for c in child.children if c.dep_ in ("aux", "mark")}
        if child.dep_ in ("advcl", "ccomp", "obj") and marks & lex.DIRECTIVE_MARKS:
            targets = frames.verbal_frame(child).targets
            # (ロシアに対し関与を認めて謝罪するよう要求した: GiNZA may hang an addressee marked に対し on the first verb
            # of a て-chain that is asked for)
            targets = targets + [t for c in child.children if c.dep_ == "advcl" and c.i < child.i
                                 for t in frames.verbal_frame(c).targets if frames.marker(t) in ("に対し", "に対して")]
            # (ロシアに対し原発をウクライナに返還するよう求めた: with に対し written, a bare に is the clause's own)
            marked = [t for t in targets if frames.marker(t) in ("に対し", "に対して")]
            if actors_of(marked):
                return marked
            if actors_of(targets):
                return targets
            # (中国はフィリピンが挑発をやめるよう求めた: who is to act is whom it asks)
            doers = [t for t in frames.verbal_frame(child).subjects if frames.marker(t) == "が" and read_actor(t)]
            if doers:
                return doers
    return []


def _met_alone(tok) -> bool:
    """Is ``tok`` the one subject of a meeting or talks held with no one named (安保理が会合)?"""
    from kg.extract.ja.cues import relation_of  # (cues reads this module's helpers)

    event = tok.head
    return event.i != tok.i and relation_of(event) in lex.TALKS and len(frames.coordinated(tok)) == 1 \
        and len(read_actor(tok)) == 1 and not read_actor(tok)[0].text.startswith("両") \
        and not any(frames.marker(c) in ("と", "との") for c in event.children)


def headline_opening(pred) -> list:
    """The actor a headline opens on: its subject before a comma (カンボジア、運河の工事に着手), or the が/は
    subject of its first clause (北朝鮮がミサイル発射)."""
    sent = _line_of(pred)
    opening = headline_subject(pred)
    if opening or not in_headline(pred):
        return opening
    for tok in sent:
        if _clause_break(tok) or closes_headline_clause(tok) or tok.i >= pred.i:
            return []
        # (a bare 政府 is Japan's only by default, too weak to aim a reaction at: 港湾運営権、政府が管理下に)
        if frames.marker(tok) in ("が", "は") and not read_actor(tok) and (craft := craft_owner(tok)) is not None:
            return [craft]  # (ロシア軍機が領空侵犯　日本は抗議: aimed at the aircraft's state)
        if frames.marker(tok) in ("が", "は") and read_actor(tok) and len(phrase_tokens(tok)) + (
                tok.text not in lex.COUNTRY_HEADS) > 1:
            if _met_alone(tok):
                return []  # (安保理が会合　韓国「…」と非難: a body that met, with no one, is no target of a reaction)
            return frames.coordinated(tok)  # (トルクメンとアゼルバイジャンが合意　ロシアは反発: aimed at both)
    return []

