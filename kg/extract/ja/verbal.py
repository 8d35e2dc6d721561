"""Relations of a Japanese predicate: the ``verbal``, ``passive``, ``topic-object``, ``causative``,
``relative-clause`` and ``target-clause`` rules.

The case frame gives the arguments (が/は subject, を object, に target, と partner); voice and construction
move them: in 攻撃された the subject is the patient and the に/によって argument the agent; その提案は中国が
拒否した makes the は-topic the object; 〜させた makes the に-argument the one made to act, not the target;
フランスが招待したシビハ外相 fills the relative clause's gap with the noun it modifies. A と-clause names whom
an accusation is about (〜していると非難した), and a quotation before the verb carries the verb's object
(Xを「…」と批判した). A host receives whoever attends what it holds; a clash is fought by both sides.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from kg.extract import sentence_of
from kg.extract.ja import frames, modality
from kg.extract.ja.actors import read_actor
from kg.extract.ja.cues import (
    arms_sellers,
    attributed_doers,
    border_with,
    by_phone,
    membership_sought,
    prefixed,
    relation_of,
    symmetric,
    troops,
    venue_of_talks,
    visited,
)
from kg.extract.ja.memory import aimed_before, asked_of, at_odds_before, done_likewise, likewise, met, paragraph_window
from kg.extract.ja.nominal import about_quoted_plan
from kg.extract.ja.phrases import phrase_tokens
from kg.extract.ja.places import posted_at
from kg.extract.ja.pairs import actors_of, both_ways, new_relation, owners_of, pair_up, plural, same_side, within
from kg.extract.ja.subjects import (
    addressees,
    asked_before,
    attempt_subjects,
    chain_subjects,
    clause_subjects,
    headline_clause_start,
    headline_opening,
    headline_speaker,
    headline_subject,
    in_headline,
    in_quote,
    inherit_subjects,
    line_start,
    pointed_back,
    reacted_to,
    relative_clause_subject,
    shared_headline_subject,
)
from kg.extract.ja.targets import (
    adjacent_clause,
    aimed_at,
    attacked_places,
    called,
    chained_objects,
    conditioned,
    met_partners,
    received,
    sent_to,
    summoned,
    threat,
)
from kg.lang import ja as lex
from kg.types import Mention, Relation


def _charges_object(pred, frame, named) -> bool:
    """「ベラルーシとロシアが移民を国境に送り込んでいる」と両国を非難した: a denunciation (非難, not 批判) whose と-clause
    tells what its own object does (a verb, with the object as its が-subject) charges the object with it."""
    if pred.lemma_ in lex.CRITICISM_VERBS or not any(c.pos_ == "VERB" for c in frame.clauses):
        return False
    if not any(frames.marker(s) in ("が", "こそが") for s in named):
        return False
    doers = [m.text for m in actors_of(named)]
    targets = actors_of(frame.objects)
    if not doers or not targets:
        return False
    both = len(targets) == 1 and targets[0].kind == "anaphor" and targets[0].text.startswith("両")
    return both and len(doers) == 2 or sorted(m.text for m in targets) == sorted(doers)


def _also_object(frame) -> None:
    """EUはアルメニアの対応も批判した: beside an actor that is the topic, a thing marked も (which GiNZA may call a
    subject) is what is also acted on."""
    # (ロシアとウクライナのいずれも名指しで非難しなかった: so are the parties of "either of")
    also = [s for s in frame.subjects if frames.marker(s) == "も" and (not read_actor(s) or s.text in lex.EITHER_WORDS)]
    rest = [s for s in frame.subjects if s not in also]
    # (パラグアイは、どちらの立場も支持しない: a thing of someone's marked も, with the topic further up, is acted on too)
    if also and not frame.objects and (actors_of(rest) or not rest and any(owners_of(s) for s in also)):
        frame.subjects = [s for s in frame.subjects if s not in also]
        frame.objects = also


def verb_relations(pred, predicate, sent) -> Iterator[Relation]:
    if predicate in lex.NOT_BY_CALL and by_phone(pred):
        return  # 電話で会談した, 電話で協議した: a call is no meeting and no negotiation
    frame = frames.verbal_frame(pred)
    headline = in_headline(pred)
    clause_start = headline_clause_start(pred) if headline else None
    if headline:
        # a headline's clauses are cut apart by spaces and event nouns; a clause's arguments are its own
        for slot in ("subjects", "objects", "targets", "partners", "agents", "sources"):
            setattr(frame, slot, [t for t in getattr(frame, slot) if clause_start <= t.i < pred.i])
        # (ロシアは「…」と警告、ブランデー輸入停止: clauses cut at a comma share the subject written before them)
        # (not one the frame has made what the words are about: 英、ロシアが選挙に介入と非難)
        frame.subjects = frame.subjects or [t for t in shared_headline_subject(pred) if t not in frame.objects]
        if pred.pos_ == "NOUN" and not any(c.dep_ == "aux" for c in pred.children):
            # 日本、ウクライナへの追加支援: a headline clause ending on its event noun takes the noun's own phrases (への,
            # に対する, との) as a verb takes its に and と
            own = [c for c in pred.children if clause_start <= c.i < pred.i and read_actor(c)]
            frame.targets += [c for c in own if frames.marker(c) in lex.NOMINAL_TARGET_MARKERS and c not in frame.targets]
            frame.partners += [c for c in own if frames.marker(c) == "との" and c not in frame.partners]
            if predicate in lex.OPPOSING_ACTS and not actors_of(frame.objects + frame.targets) and any(
                    c.dep_ == "compound" and c.i == pred.i - 1 and c.pos_ == "NOUN" for c in pred.children):
                # ロシアは米国の関与批判: the の-phrase of a reaction noun with an act compounded onto it (関与批判, 介入
                # 非難) owns that act, and is whom the reaction is aimed at
                frame.objects += [c for c in own if frames.marker(c) == "の" and c not in frame.subjects]
            if predicate == "sanctions" and not frame.objects + frame.targets and owners_of(pred):
                # 中国、メキシコ産豚肉の輸入停止: a restriction written as the clause's last noun is aimed at whose
                # goods or trade it stops, read from the noun's own phrase
                frame.objects.append(pred)
    if predicate in lex.DIRECTIVES and not actors_of(frame.objects + frame.targets) and pred.dep_ == "acl" \
            and pred.head.lemma_ in lex.STANCE_NOUNS and pred.head.head.i != pred.head.i:
        # 安保理に緊急会合の開催を要請する考えを示した: GiNZA may hang the addressee on the verb that states the stance
        frame.targets = frame.targets + [c for c in pred.head.head.children if frames.marker(c) in ("に", "に対し", "に対して")
                                         and c.i < pred.i and read_actor(c)]
    if predicate == "requests" and not actors_of(frame.targets):
        # (北大西洋条約機構（NATO）への加盟を申請した: the organisation applied to is written on the membership)
        frame.targets = frame.targets + [t for m in membership_sought(pred) for c in m.children
                                         if frames.marker(c) in lex.NOMINAL_TARGET_MARKERS for t in frames.coordinated(c)]
    rule = "verbal"
    if frames.is_passive(pred):
        rule = "passive"
        if not (frame.subjects or frame.agents or frame.sources):
            # ニカラグアは米国から「地域の安定を脅かしている」と批判されている: GiNZA hangs what is written before the
            # quotation on the quoted clause; the topic and the から-agent are the passive verb's
            before = _before_quotations(frame)
            frame.subjects = [t for t in before if frames.marker(t) in ("は", "が")]
            frame.sources = [t for t in before if frames.marker(t) in ("から", "によって", "により")]
        # (インドは…続けており、米国から批判されている: the patient may be the subject carried over the chain)
        patients = frame.subjects or (inherit_subjects(pred, "")[0] if frame.agents or frame.sources else [])
        frame.subjects = frame.agents or [t for t in frame.targets if t not in frame.objects] or frame.sources
        frame.targets, frame.objects = [], patients or frame.objects
    else:
        frame.subjects = frame.subjects or frame.agents
        if predicate in lex.DIRECTIVES:
            # ロシア外務省は、日本が政策を改めるよう要求した: a が-subject written before the よう-clause, which GiNZA
            # hangs on the request, is who is to act: whom it asks
            content = [c for c in pred.children if c.dep_ in ("advcl", "ccomp", "obj")
                       and {m.text for m in c.children if m.dep_ in ("aux", "mark")} & lex.DIRECTIVE_MARKS]
            asked = asked_before(frame.subjects, content[0]) if content else []
            if asked:
                frame.subjects = [t for t in frame.subjects if t not in asked]
                # (米国が武器を売却しないよう日本に求めた: an addressee written is whom it asks)
                frame.targets = frame.targets if actors_of(frame.targets) else frame.targets + asked
        rule = _topic_object(frame, rule, pred)
        _also_object(frame)
    if frames.is_causative(pred):
        # ロシアはベラルーシに攻撃させた: the に-argument is made to act, it is not the target
        frame.targets, rule = [], "causative"
    if predicate in ("attacks", "invades", "visits") and frame.subjects and not actors_of(frame.subjects):
        # 中国海警局の船が補給船に体当たりした: a ship, aircraft or unit acts for whoever it belongs to
        # (カナダ海軍の哨戒艦がハバナに寄港した: and visits for them)
        frame.subjects = [m for s in frame.subjects for m in owners_of(s)] or frame.subjects
    if predicate == "attacks" and frame.objects and not actors_of(frame.objects + frame.targets):
        # ニジェール国軍の車列が襲撃された, マリ軍の無人機を撃墜した: and is hit for whoever it belongs to
        frame.objects = [m for o in frame.objects for m in owners_of(o)] or frame.objects
    if not frame.subjects and not _topic_before(pred):
        # 野党議員らが「主権を売り渡すに等しい」と政府を批判している: with no topic to speak, the が-subject that
        # opens the quotation is the speaker (an unnamed one leaves no relation rather than a borrowed subject)
        frame.subjects = [c for c in pred.children if frames.marker(c) == "が" and c.i < pred.i
                          and frames.opens_quotation_before(c, pred)]
    about = [t for t in frame.subjects if frames.opens_quotation_before(t, pred)] \
        if predicate in lex.CLAUSE_TARGETED and frame.clauses and _topic_before(pred) and not _nominalised(pred) else []
    # 共同大統領も、コスタリカが「米国の手先として挑発を繰り返している」と非難した: with a topic to speak, the
    # が-subject opening the quotation is what the quotation is about, wherever the parser hangs it
    frame.subjects = [t for t in frame.subjects if t not in about]
    own_subject = bool(frame.subjects)
    opener = (headline_speaker(pred) or headline_subject(pred)) if headline and not frame.subjects else []
    if opener:
        # ソマリア、エチオピア部隊の撤収を要求　港湾協議に反発: a headline's clauses share its opening subject
        frame.subjects, rule = opener, "topic"
        # (ガイアナ「主権侵害」と抗議: GiNZA may take the speaker before the quotation for the と-phrase of the verb)
        frame.partners = [t for t in frame.partners if t not in opener]
    if not frame.subjects and pred.dep_ == "dep" and pred.head.i < pred.i and frames.marker(pred.head) == "が" \
            and read_actor(pred.head):
        # トランプ大統領[ADJ]が…ロシアを訪問[dep]する予定はない: GiNZA hung the verb on its own が-subject
        frame.subjects = [pred.head]
    if not frame.subjects:
        frame.subjects, rule = inherit_subjects(pred, rule)
    modified = _modified_noun(pred)
    if (own_subject and modified is not None and not actors_of(frame.objects + frame.targets + frame.partners)
            and read_actor(modified)):
        # フランスが招待したシビハ外相: a relative clause with its own subject; the noun it modifies fills the gap
        frame.objects, rule = [modified], "relative-clause"
    across = border_with(pred) if predicate == "sanctions" and pred.lemma_ in lex.CLOSING_VERBS else []
    if across:
        frame.objects = across  # (国境を閉鎖した: against whoever is on the other side)
    # (not a bare 政府として, whose country is the speaker's: メキシコの大統領は、政府として…抗議した)
    capacity = [c for c in pred.children if frames.marker(c) == "として" and c.i < pred.i and c.pos_ in ("NOUN", "PROPN")
                and "".join(t.text for t in phrase_tokens(c)) not in lex.DOMESTIC_BODIES
                and any(m.kind in ("country", "government", "organization") for m in read_actor(c))]
    if capacity and not any(frames.marker(s) == "が" for s in frame.subjects):
        # 経済相は、ウクライナ政府としてWTOに提訴する準備を進めている: what one does as a state or body (Xとして) is
        # done by that state or body
        frame.subjects = capacity
    if pred.lemma_ in lex.SUING_WORDS:
        frame.targets = []  # (チリを国際司法裁判所に提訴した: the court is where, not whom)
        if not actors_of(frame.objects, possessor=True):
            # …の決定を非難し、WTOに提訴する準備を進めている: a lawsuit naming no one is against whom the speaker's side
            # has just been aimed at, earlier in the sentence too (as ICJへの再提訴も検討している is)
            subjects = frame.subjects or inherit_subjects(pred, "")[0]
            frame.objects = [t for t in aimed_before(pred, actors_of(subjects), only=lex.OPPOSING_ACTS, here=True)
                             if not same_side([t], actors_of(subjects))]
    sellers = arms_sellers(pred) if predicate == "supports" and pred.lemma_ in lex.PROCUREMENT_WORDS else []
    if sellers:
        # (チャドはトルコから無人機を調達した: the seller backs the buyer)
        frame.subjects, frame.objects, frame.targets, frame.sources = sellers, frame.subjects, [], []
        rule = "purchase"
    talks = venue_of_talks(pred) if predicate == "hosts" else None
    if talks is not None:
        # (両国のために会談の場を提供する, 両国に対話の場を設ける: the parties of the talks, else those it is offered to)
        parties = frames.nominal_frame(talks).subjects
        frame.objects = parties if len(actors_of(parties)) > 1 else [
            g for c in pred.children if c.lemma_ == "ため" for g in c.children if frames.marker(g) == "の"] \
            + [t for t in frame.targets if read_actor(t)]
        frame.targets = []
    if pred.lemma_ in lex.DISPATCH_VERBS:
        # (国境に軍を増派した: the troops sent are not whom the sending supports)
        frame.objects = [o for o in frame.objects if not troops(o)]
        # (艦艇をリビア沖の公海に派遣する: ships sent to the waters off a country patrol them, they do not support it)
        frame.targets = [t for t in frame.targets if not _offshore(t)]
    if not frame.objects and not frame.targets:
        # 訪日する, リヤド入りする: the place is written into the predicate
        frame.objects = visited(pred) or prefixed(pred) or _raised_objects(frame)
    elif not actors_of(frame.objects + frame.targets, possessor=True) and visited(pred):
        frame.objects = visited(pred)  # (19日にダッカ入りした: a day is no one)
    if predicate in lex.DIRECTIVES and not actors_of(frame.objects + frame.targets):
        frame.targets = addressees(pred)
    if not frame.objects and not frame.targets:
        frame.targets = summoned(pred)
    if predicate == "hosts" and pred.dep_ == "acl" and relation_of(pred.head) in lex.TALKS \
            and not actors_of(frame.objects + frame.targets):
        # トルコが主催するイスタンブールでの協議で…詰める: whoever hosts talks, told in a relative clause on them, hosts
        # their sides (the talks' own partners, else who takes part in them in the clause above)
        frame.objects = _sides_of_talks(pred.head)
    if predicate in symmetric() and not actors_of(frame.partners + frame.objects + frame.targets):
        # ミャンマーの外相を迎えて会談した: whom a て-clause before a meeting receives is the other side
        # (モスカリコワ氏と会談し、…についても協議する: and talks chained after a meeting are with the same side)
        frame.partners = received(pred) or met_partners(pred, predicate, frame.subjects)
    if predicate in lex.GIVEN_IN_MEETINGS and not actors_of(frame.objects + frame.targets, possessor=True):
        frame.targets = met_partners(pred, predicate, frame.subjects)  # (…と会談し、…を支援すると表明した)
    if predicate in lex.CLAUSE_TARGETED and frame.clauses and not _raised_objects(frame):
        subjects = [s for c in frame.clauses for s in clause_subjects(
            c, deep=predicate != "criticizes", past_things=predicate in ("warns", "threatens"))] or about
        topic = _topic_of_chained_clause(pred, frame) if own_subject and not subjects else []
        if topic:
            # 外務省は声明を発表し、キルギス側が「検問所を設けた」と非難した: GiNZA hangs the clause's が-subject on
            # the verb; the は-topic of the clause chained before is the speaker
            subjects, frame.subjects, own_subject = frame.subjects, topic, False
        # 国防相は…、日本が介入しようとしていると非難した: an unquoted は-topic that the parser hung inside the
        # clause is the speaker; the clause is about its が-subject
        # (not a second topic after the verb's own は-speaker: 報道官は記者会見で、ECOWASは「…」と批判した)
        speakers = [s for s in subjects if frames.marker(s) == "は" and not in_quote(s) and read_actor(s)
                    and not (own_subject and any(frames.marker(o) == "は" and o.i < s.i for o in frame.subjects
                                                 if not isinstance(o, Mention)))]
        if speakers:
            frame.subjects = frame.subjects if own_subject else speakers
            # (スーダン政府は、…供給をチャドが黙認していると非難し: the clause's own が-subject stays what it is about)
            # (アラカン軍は声明で関与を否定し、国軍が住民を巻き込む攻撃を続けていると非難した: and the が-subject GiNZA
            # hung on a relative clause inside it)
            subjects = [s for s in subjects if s not in speakers] + [
                s for c in frame.clauses for s in chain_subjects(c) + attempt_subjects(c) + relative_clause_subject(c)
                if s not in speakers and s not in subjects]
        named = [s for s in subjects if read_actor(s)]
        if not named and predicate in ("criticizes", "accuses"):
            # ウクライナ軍の攻撃だと非難した: a clause that is a hostile act of someone's charges its doer
            named = [t for c in frame.clauses if c.pos_ == "NOUN" and relation_of(c) in lex.HOSTILE_ACTS
                     and not in_quote(c) for t in frames.nominal_frame(c).subjects if read_actor(t)]
        if not named and predicate == "criticizes":
            # 米韓合同演習が「緊張の根源だ」と批判した: a thing criticised stands for whose it is
            named = [s for s in subjects if owners_of(s)]
        if predicate in ("warns", "threatens", "requests", "demands"):
            # 「…イスラエル軍は攻撃を再開する」と警告した: the speaker's own side is not whom it warns (nor asks)
            named = [s for s in named if not same_side(read_actor(s), actors_of(frame.subjects))]
        if named and not actors_of(frame.objects + frame.targets):
            frame.objects, frame.targets = named, []
            # a quotation is the criticism itself (「ロシアは和平を望んでいない」と非難した: criticizes);
            # reported content alleges an act (中国が偽情報を広めていると非難した: accuses)
            # 批判 (criticise) never turns into a charge, whatever its clause says (フィリピンが「…している」と批判した)
            quoted = predicate == "criticizes" and (all(in_quote(s) for s in named) or pred.lemma_ in lex.CRITICISM_VERBS)
            if quoted and pred.lemma_ not in lex.CRITICISM_VERBS and any(
                    relation_of(c) in lex.HOSTILE_ACTS or _names_hostile_act(c) for c in frame.clauses):
                # 「カンボジア軍が先に攻撃を仕掛けた」と非難した: a quotation that tells a hostile act charges its doer
                quoted = False
            predicate, rule = (predicate if quoted else lex.CLAUSE_TARGETED[predicate]), "target-clause"
        elif named and predicate == "criticizes" and _charges_object(pred, frame, named):
            predicate, rule = "accuses", "target-clause"
    if predicate == "hosts" and pred.dep_ == "advcl" and not frame.objects and pred.lemma_ in lex.RECEIVING_HOSTS:
        # 米国の議員を総統府に迎えて会談した: GiNZA may hang whom the て-clause receives on the verb after it
        frame.objects = [c for c in pred.head.children if frames.marker(c) == "を" and c.i < pred.i]
    event = pred.head if pred.dep_ == "acl" else None
    if pred.lemma_ in lex.HOSTING_VERBS and event is not None and event.head.lemma_ in lex.ATTENDING_VERBS \
            and frames.marker(event) in ("に", "にも", "には") and not modality.is_negated(event.head):
        # 習氏が主催した夕食会に出席した: the host receives whoever attends the event it holds
        attend = event.head
        frame.objects, rule = frames.verbal_frame(attend).subjects or inherit_subjects(attend, "")[0], "relative-clause"
    elif pred.lemma_ in lex.HOSTING_VERBS and event is not None and frames.marker(event) in ("は", "が") \
            and _attendees_after(event):
        # カタール政府が主催した協議はドーハで開かれ、アシフ氏とヤクーブ国防相が直接協議した: the host receives
        # those who, later in the sentence, attend or hold the talks it held
        frame.objects, rule = _attendees_after(event), "relative-clause"
    elif pred.lemma_ in lex.HOSTING_VERBS and pred.dep_ == "advcl" and pred.head.lemma_ in lex.ATTENDING_VERBS \
            and actors_of(frames.verbal_frame(pred.head).subjects) and not modality.is_negated(pred.head):
        # 緊急協議を主催し、タイの外相とカンボジアの外相が出席した: the host receives those who attended
        frame.objects = frames.verbal_frame(pred.head).subjects
    elif pred.lemma_ in lex.HOSTING_VERBS and not actors_of(frame.objects):
        # イランとバーレーンの協議を主催した: the host receives the parties of the event it holds
        talks = [o for o in frame.objects if not isinstance(o, Mention) and relation_of(o) in lex.TALKS]
        frame.objects = [m for o in frame.objects for m in owners_of(o)]
        if talks and not frame.objects:
            # トルコが協議を主催する用意がある: talks whose parties go unnamed are between the two sides of the text
            frame.objects = [_both_sides_at(talks[0])]
    if pred.lemma_ in lex.SOLIDARITY_NOUNS and not actors_of(frame.objects + frame.targets):
        # ノルウェーと完全に連帯する: whom one stands with (と) is whom one backs
        frame.objects, frame.partners = frame.partners, []
    if pred.lemma_ in lex.AGREEMENT_VERBS and predicate == "cooperatesWith":
        # ロシアに対し、G7は追加制裁を科すことで一致した: whom an agreement is aimed at is no party to it
        frame.targets = []
    if predicate == "supports" and not actors_of(frame.objects + frame.targets):
        # モザンビーク政府の要請を受けて部隊を派遣した: support given at someone's request (Xの要請を受けて, に応じて) is
        # given to them
        frame.targets = frame.targets + _requested_by(pred)
    attributed = False
    if predicate == "accuses" and pred.lemma_ in lex.ATTRIBUTING_VERBS and not actors_of(frame.objects + frame.targets):
        frame.objects = attributed_doers(pred)  # 攻撃は中国の仕業と断定した: whom the act is laid on
        attributed = bool(frame.objects)
    if predicate == "requests" and any(o.lemma_ in lex.EXPULSION_NOUNS or "".join(
            c.text for c in o.children if c.dep_ == "compound" and c.i == o.i - 1) + o.lemma_ in lex.EXPULSION_NOUNS
                                       for o in frame.objects):
        # 外交官に国外退去を求めた: asking someone to leave the country is an order, a demand (as 命じた is)
        predicate = "demands"
    if predicate == "criticizes" and (_charged_reason(pred) or _attributed_before(pred)):
        # 領空を侵犯したとして、トルコ軍を非難した: a criticism for a wrongdoing it names is an accusation
        predicate, rule = "accuses", "claim"
    if predicate in lex.REPLIES and not actors_of(frame.objects + frame.targets, possessor=True):
        frame.targets = frame.targets + _reacting_to(frame)
    if predicate in lex.ASKING and not actors_of(frame.objects + frame.targets):
        # 高市首相の答弁の撤回を要求した: asking that someone's statement or measure be undone asks its owner
        frame.targets = frame.targets + _owners_of_undone(frame.objects)
    if predicate in lex.CHAIN_ADDRESSED and not actors_of(frame.objects + frame.targets) \
            and (predicate in lex.DIRECTIVES or not frame.targets):  # (大使を同省に呼び出し、抗議した: the envoy)
        # 日本を批判し、「対抗措置をとる」と警告した: a warning chained after a clause of the same speaker is
        # addressed to that clause's object (米大使館に外交文書を送り、抗議した: a protest to whom the note went)
        # (a protest only after a note handed over: 安保理に報告し、抗議した protests no Council)
        frame.targets = frame.targets + chained_objects(pred, lex.NOTE_VERBS if predicate == "protests" else None)
    if predicate in lex.ASKING and not actors_of(frame.objects + frame.targets):
        frame.targets = frame.targets + called(pred)
    if predicate in lex.ASKING | lex.PROTESTING and not actors_of(frame.objects + frame.targets):
        frame.targets = frame.targets + sent_to(pred)  # (…の開催を求める書簡を安保理に送った)
    restraint = predicate in lex.ASKING and any(
        t.lemma_ in lex.RESTRAINT_WORDS for t in (*frame.objects, *(c for c in pred.children if c.dep_ == "compound")))
    if restraint:
        # (自制を要求した: restraint is appealed for, not demanded, whatever the verb)
        predicate = "requests"
    if restraint and not actors_of(frame.objects + frame.targets, possessor=True):
        # AUは自制要求: restraint asked of no one named is asked of the two sides of the text (双方)
        frame.targets = [_both_sides_at(pred)]
    if predicate in lex.ADDRESSED_IN_MEETINGS and not frame.targets and not frame.clauses \
            and not actors_of(frame.objects, possessor=True):
        frame.targets = met(pred, actors_of(frame.subjects))
    if predicate in lex.HEADLINE_REACTIONS and headline and clause_start > line_start(pred) \
            and not actors_of(frame.objects + frame.targets + frame.partners, possessor=True) \
            and not (predicate == "sanctions" and frame.objects + frame.targets) \
            and not any(c.dep_ == "compound" and not c.tag_.startswith("接頭辞") and _says_whom(c)
                        or frames.marker(c) == "の" for c in pred.children):  # (猛反発: a prefix says nothing of whom)
        # (ロシアは米国の関与批判: what the event noun is written with says whom it is aimed at)
        # カンボジア、運河の工事に着手　ベトナムが反発: a reaction later in a headline, aimed at no one it names, is
        # aimed at whom the headline opens on
        opening = [t for t in headline_opening(pred) if not same_side(actors_of([t]), actors_of(frame.subjects))]
        frame.objects = opening or frame.objects
    if predicate == "rejects" and frame.objects and not actors_of(frame.objects + frame.targets, possessor=True) \
            and all(o.lemma_ in lex.REQUEST_WORDS for o in frame.objects):
        # ベラルーシは要求を拒否した, 受け入れを拒否した: a request turned down with no one named is the last one aimed
        # at the refusing side; its asker is rejected
        frame.objects = asked_of(pred, actors_of(frame.subjects or inherit_subjects(pred, "")[0])) or frame.objects
    elif predicate == "rejects" and frame.objects and not actors_of(frame.objects + frame.targets, possessor=True) \
            and all(relation_of(o) in _TURNED_DOWN for o in frame.objects):
        # …インド大使を呼び、抗議した。インド外務省は…と述べ、抗議を退けた: a protest or charge turned down with no one
        # named is the last one of its kind aimed at the refusing side; whoever made it is rejected
        kinds = tuple({k for o in frame.objects for k in _TURNED_DOWN[relation_of(o)]})
        frame.objects = asked_of(pred, actors_of(frame.subjects or inherit_subjects(pred, "")[0]), kinds) \
            or frame.objects
    if predicate in lex.BARE_REACTIONS and not actors_of(frame.objects + frame.targets + frame.partners, possessor=True):
        # ロシアの無人機が領空を侵犯したとして反発した: a reaction over what someone did, told as its reason (…として),
        # is aimed at whoever did it
        doers = [t for t in _reason_doers(pred) if not same_side(actors_of([t], possessor=True), actors_of(frame.subjects))]
        frame.objects = doers or frame.objects
    # (「事実上の経済封鎖だ」と反発した: words that name no one aim the reaction at no one either)
    if predicate in lex.BARE_REACTIONS and not headline and not frame.objects \
            and not any(read_actor(t) for c in frame.clauses for t in c.subtree) \
            and not actors_of(frame.objects + frame.targets + frame.partners, possessor=True) \
            and not any(frames.marker(c) in ("に", "に対し", "に対して", "へ") and c.lemma_ not in lex.POINTING_WORDS
                        for c in pred.children):  # (これに反発した: what it points back at)
        # タジキスタン政府は…増やすと発表した。ウズベキスタンは強く反発している: a reaction aimed at no one it names
        # is aimed at whom the sentence before was about (not an act done to a thing: 交渉を妨害してきた)
        frame.objects = [t for t in reacted_to(pred) if not same_side(actors_of([t]), actors_of(frame.subjects))] \
            or (at_odds_before(pred, actors_of(frame.subjects or inherit_subjects(pred, "")[0]))
                if not any(c.lemma_ in lex.POINTING_WORDS for c in pred.children) else [])
    if predicate in lex.POINTED_REACTIONS and not actors_of(frame.objects + frame.targets, possessor=True) \
            and any(_points_back(c) and frames.marker(c) in ("を", "に")
                    for c in (*pred.children, *frame.objects, *frame.targets)):  # (これを「…」として退けた)
        # …よう求めたが、ブラジル外務省はこれを退けた: これ is what was just said, and the reaction is aimed at who said it
        # (so is この判断, その決定: a decision or statement pointed back at)
        frame.objects = [t for t in pointed_back(pred) if not same_side(actors_of([t]), actors_of(frame.subjects))]
    if predicate in lex.POINTED_REACTIONS and not actors_of(frame.objects + frame.targets, possessor=True):
        # 安保理は…議長声明を発表した。…トルコ外務省は議長声明を…拒否した: a statement or decision named again with no
        # owner is the one named before; the reaction is aimed at whoever issued it
        issuers = [t for o in frame.objects + frame.targets if frames.marker(o) == "を"
                   for t in issued_before(o) if not same_side([t], actors_of(frame.subjects))]
        frame.objects = issuers or frame.objects
    if predicate in lex.POINTED_REACTIONS and not actors_of(frame.objects + frame.targets, possessor=True):
        # アフガン暫定政権は、ダム建設計画をめぐり…。パキスタン外務省は同計画に反対する声明を出した: a plan named again
        # with no owner is the one named before, whose sentence's subject pursues it
        planners = [t for o in frame.objects + frame.targets if frames.marker(o) in ("を", "に", "には")
                    for t in planned_before(o) if not same_side([t], actors_of(frame.subjects))]
        frame.objects = planners or frame.objects
    if not actors_of(frame.objects + frame.targets + frame.partners, possessor=True) and done_likewise(pred):
        frame.targets = likewise(pred, predicate) or frame.targets  # (英国も同様に非難した)
    if predicate in lex.HOSTILE_ACTS and not actors_of(frame.objects + frame.targets):
        # (イランが攻撃を続ければ報復攻撃する: whom the condition names, when nothing else is)
        frame.targets = conditioned(pred, [], frame.subjects) or frame.targets
    if predicate == "attacks" and not actors_of(frame.objects + frame.targets, possessor=True):
        frame.targets = frame.targets + attacked_places(pred)  # (シリア南部で空爆した)
    if predicate in ("warns", "threatens") and not actors_of(frame.objects + frame.targets):
        # 両国に厳しい措置をとると警告した: a warning is addressed to whom the threatened act is aimed at
        # (the clause is the verb whose と stands right before the predicate, wherever the parser hung it)
        clauses = frame.clauses or adjacent_clause(pred)
        # (ハンガリーが電力を政治の道具に使えば「規則に反する」と警告した: whom its condition names first, whatever else
        # the words name)
        frame.targets = conditioned(pred, clauses, frame.subjects) or [t for c in clauses for t in aimed_at(c)]
    if predicate in ("warns", "threatens") and not actors_of(frame.objects + frame.targets, possessor=True) \
            and _threat_to_no_one(pred, frame):
        # 演習が強行されれば「相応の対抗措置を取る」と警告した: a threat addressed to no one is addressed to whom the
        # speaker's side just aimed at
        frame.targets = aimed_before(pred, actors_of(frame.subjects))
    if predicate in lex.ASKED_AFTER_PROTEST and not frame.targets and not frame.partners and not frame.clauses \
            and not actors_of(frame.objects, possessor=True) and not frames.is_passive(pred):
        # …代理大使を呼び、…と抗議した。同省は乗組員の即時解放を要求し: asked, of no one written, of whom the speaker's
        # side just protested to (not 加盟国に協力を求める, which names its addressees, nor …を迫られている)
        frame.targets = aimed_before(pred, actors_of(frame.subjects), only=lex.PROTESTING)
    if pred.lemma_ in lex.CLASHES and not actors_of(frame.objects + frame.targets) and (
            actors_of(frame.partners) or len(actors_of(frame.subjects)) > 1 or plural(actors_of(frame.subjects))):
        # タイ軍はカンボジア軍と交戦した, インドとパキスタンが衝突した: a clash is fought by both sides, each
        # attacking the other
        yield from _clash(frame, pred, sent)
        return
    yield from pair_up(frame, predicate, pred, sent, rule, carriers=())
    yield from threat(pred, predicate, frame.subjects, (), sent)
    if attributed:
        yield from _attributed_attack(pred, frame, sent)


# what a protest or charge turned down answers: the last act of these kinds aimed at the refusing side
_TURNED_DOWN = {"protests": ("protests",), "criticizes": ("criticizes", "accuses"), "accuses": ("accuses", "criticizes")}


def _sides_of_talks(talks) -> list:
    """The sides of talks: their own subjects and partners (ロシアとウクライナの協議), else the subjects of the verb the
    talks are the means or the place of (パキスタンとアフガニスタンは…協議で詳細を詰める)."""
    inner = frames.nominal_frame(talks)
    sides = [t for t in inner.subjects + inner.partners if read_actor(t)]
    if not sides and talks.head.i != talks.i and frames.marker(talks) in ("で", "では", "に", "には"):
        sides = [t for t in frames.verbal_frame(talks.head).subjects or inherit_subjects(talks.head, "")[0]
                 if read_actor(t)]
    return sides


def _reacting_to(frame) -> list:
    """日本から抗議を受けたクレムリンは「根拠がない」と一蹴した: a reply by a subject said to have received a protest,
    criticism or demand (a relative clause on it) answers whoever it came from (から, or the act's の-owner)."""
    return [g for s in frame.subjects if not isinstance(s, Mention)
            for k in s.children if k.dep_ == "acl" and k.i < s.i and k.lemma_ in lex.RECEIVING_VERBS
            for o in k.children if frames.marker(o) == "を" and relation_of(o) in lex.ANSWERED_ACTS
            for g in [*(c for c in k.children if frames.marker(c) in ("から", "より")),
                      *(c for c in o.children if frames.marker(c) == "の" and c.i < o.i)]
            if read_actor(g)]


def _requested_by(pred) -> list:
    """Who asked for what ``pred`` does, in a て-clause chained on it: the の-owner of the request received or answered
    (Xの要請を受けて, Xの要請に応じて)."""
    return [g for c in pred.children if c.dep_ == "advcl" and c.i < pred.i and c.lemma_ in lex.ANSWERING_VERBS
            for r in c.children if r.lemma_ in lex.REQUEST_WORDS and frames.marker(r) in ("を", "に")
            for g in r.children if frames.marker(g) == "の" and g.i < r.i and read_actor(g)]


def _attributed_attack(verb, frame, sent) -> Iterator[Relation]:
    """攻撃は中国の仕業と断定した, …攻撃を受けた問題で、GRUによる犯行と断定した: an attack laid at someone's door is
    stated as theirs, hedged (it is the accuser's finding), aimed at whom the attack names (…への攻撃), else at the
    accuser's side, whose attack it was told to be."""
    attacks = [t for t in sent if t.i < verb.i and relation_of(t) == "attacks"]
    if not attacks:
        return
    attack = attacks[-1]
    inner = frames.nominal_frame(attack) if attack.pos_ == "NOUN" else frames.verbal_frame(attack)
    victims = actors_of(inner.objects + inner.targets) or actors_of(frame.subjects or inherit_subjects(verb, "")[0])
    doers = actors_of(frame.objects)
    if modality.is_negated(verb, ()):
        return
    hedged = True
    for doer in doers:
        for victim in victims:
            if not same_side([victim], [doer]):
                yield new_relation(doer, "attacks", victim, verb, sent, "claim", hedged=hedged)


def _points_back(tok) -> bool:
    """これ, それ, こうした動き; この判断, その決定, 同声明: words that point back at what was just said or done."""
    return tok.lemma_ in lex.POINTING_WORDS or tok.lemma_ in lex.STATEMENT_NOUNS and any(
        c.dep_ == "det" and c.text in lex.DEMONSTRATIVES or c.dep_ == "compound" and c.text == "同" and c.i == tok.i - 1
        for c in tok.children)


def issued_before(noun) -> list[Mention]:
    """Who issued a statement or decision named again (議長声明, 決議) with no owner: the subject of the verb of
    issuing that took the same words as its object earlier in the paragraph or the one before (…議長声明を発表し)."""
    if noun.lemma_ not in lex.STATEMENT_NOUNS or owners_of(noun):
        return []
    words = _compound_text(noun)
    sent = sentence_of(noun)
    earlier = paragraph_window(noun.doc, sent.start_char)
    for tok in reversed(noun.doc[:sent.start]):
        if tok.idx < earlier:
            break
        if tok.text == noun.text and _compound_text(tok) == words and frames.marker(tok) == "を" \
                and tok.head.lemma_ in lex.ISSUING_VERBS:
            found = actors_of(frames.verbal_frame(tok.head).subjects or inherit_subjects(tok.head, "")[0])
            return [replace(m, start=noun.idx, end=noun.idx + len(noun.text), affiliation=None) for m in found]
    return []


def planned_before(noun) -> list[Mention]:
    """Whose a plan named again with no owner (計画, 同計画) is: the の-owner of the plan named before in the paragraph or
    the one before, else the subject of the verb that plan hangs on (ダム建設計画をめぐり…対立している), else that
    sentence's topic."""
    if noun.lemma_ not in lex.PLAN_WORDS or owners_of(noun):
        return []
    sent = sentence_of(noun)
    earlier = paragraph_window(noun.doc, sent.start_char)
    for tok in reversed(noun.doc[:sent.start]):
        if tok.idx < earlier:
            break
        if tok.lemma_ in lex.PLAN_WORDS and tok.pos_ == "NOUN":
            owners = owners_of(tok)
            if not owners and tok.head.i != tok.i and tok.head.pos_ == "VERB":
                owners = actors_of(frames.verbal_frame(tok.head).subjects or inherit_subjects(tok.head, "")[0])
            return [replace(m, start=noun.idx, end=noun.idx + len(noun.text), affiliation=None) for m in owners]
    return []


def _compound_text(noun) -> str:
    return "".join(t.text for t in sorted((*[c for c in noun.children if c.dep_ == "compound" and c.i < noun.i], noun),
                                          key=lambda t: t.i))


def countermeasure(measure, sent) -> Iterator[Relation]:
    """対抗措置を取る可能性を示唆した, 報復措置を講じると表明した: countermeasures announced as to come threaten whom
    they would answer: whom the clause names (日本に対し), else whom the side has just been at odds with. (Said in a
    warning, the warning tells it: …と警告した.)"""
    verb = measure.head
    quoted = about_quoted_plan(measure)
    if quoted is not None:
        # ホンジュラスへの対抗措置については「現時点で検討していない」と述べた: countermeasures considered (or not) are
        # the sanction considered, aimed at whom the measure's phrase names
        subjects = frames.verbal_frame(verb).subjects or inherit_subjects(verb, "")[0]
        yield from pair_up(frames.Frame(subjects=subjects, targets=_measure_targets(measure)),
                           "sanctions", measure, sent, "light-verb", carriers=(quoted,))
        return
    if verb.lemma_ not in lex.TAKING_VERBS and frames.marker(measure) == "は":
        # (報復措置は取らない考え: GiNZA may hang the topic on the stance noun and the verb beside it)
        verb = next((c for c in verb.children if c.dep_ == "acl" and c.lemma_ in lex.TAKING_VERBS and c.i > measure.i),
                    verb)
    # (対抗措置を辞さない姿勢を示した: being ready for them threatens too)
    after = measure.doc[measure.i + 2] if measure.i + 2 < len(measure.doc) else None
    if verb.lemma_ not in lex.TAKING_VERBS | lex.COUNTERMEASURE_STANCES and after is not None and after.pos_ == "VERB" \
            and after.lemma_ in lex.COUNTERMEASURE_STANCES and measure.doc[measure.i + 1].head.i == measure.i:
        verb = after  # (対抗措置も / 辞さない / 構えを示した: GiNZA may hang the measure on the verb of the stance)
    if verb.i == measure.i or verb.lemma_ not in lex.TAKING_VERBS | lex.COUNTERMEASURE_STANCES \
            or frames.marker(measure) not in ("を", "も", "は") \
            or any(relation_of(t) in ("warns", "threatens") for t in list(verb.ancestors)[:3]):
        return
    frame = frames.verbal_frame(verb)
    # (米国への報復も / 辞さない: GiNZA may make the measure the subject of the stance verb; it is no actor)
    subjects = [s for s in frame.subjects if s.i != measure.i] or inherit_subjects(verb, "")[0]
    # (マリに対する報復措置: whom the measure's own phrase names; モルドバを非難し、対抗措置を取る可能性を示唆した: whom
    # the speaker's clause chained before it names)
    targets = [t for t in frame.targets if read_actor(t)] or _measure_targets(measure) or chained_objects(
        _clause_verb(verb)) or [t for t in aimed_before(verb, actors_of(subjects), only=lex.OPPOSING_ACTS, here=True)
                                if not same_side([t], actors_of(subjects))]
    if verb.lemma_ in lex.COUNTERMEASURE_STANCES:
        # (辞さない: the readiness is stated, so the threat is made, not negated; hedged only when the stance itself
        # is hinted at: 報復も辞さない構えを示唆した)
        stance = verb.head if verb.dep_ == "acl" and verb.head.head.i != verb.head.i else None
        hedged = stance is not None and stance.head.lemma_ in lex.HINTING_VERBS
        for s in within(actors_of(subjects), sent, line=True):
            for o in within(actors_of(targets), sent):
                if not same_side([s], [o]):
                    yield new_relation(s, "threatens", o, verb, sent, "verbal", hedged=hedged)
        return
    # (マリに対する報復措置は取らない考えを示した: countermeasures ruled out threaten no one; it is the measure itself,
    # a sanction, that is told as not to come)
    predicate = "sanctions" if modality.is_negated(verb) else "threatens"
    yield from pair_up(frames.Frame(subjects=subjects, targets=targets), predicate, verb, sent, "verbal", carriers=())


def _clause_verb(verb):
    """The verb of the clause a verb in a phrase belongs to (取る in 対抗措置を取る可能性を示唆した -> 示唆)."""
    top = verb
    for _ in range(4):
        if top.dep_ in ("ROOT", "advcl", "conj") and top.pos_ == "VERB" or top.head.i == top.i:
            break
        top = top.head
    return top


def _measure_targets(measure) -> list:
    """The actors a measure's own phrase names as whom it is against (マリに対する報復措置, ホンジュラスへの対抗措置)."""
    inner = frames.nominal_frame(measure)
    return [t for t in inner.objects + inner.targets if read_actor(t)]


def envoy_recall(verb, sent) -> Iterator[Relation]:
    """中国は駐リトアニア大使を召還した: recalling one's envoy from a country is a protest to it (its country is
    where the envoy is posted: 駐X大使, 在X大使館の大使); the verb's subject, or the one it carries over, protests."""
    frame = frames.verbal_frame(verb)
    posted = [m for o in frame.objects for m in posted_at(phrase_tokens(o))]
    subjects = frame.subjects or inherit_subjects(verb, "")[0]
    if not posted and verb.pos_ == "NOUN" and in_headline(verb) and headline_clause_start(verb) > line_start(verb) \
            and any(c.dep_ == "compound" and c.lemma_ in lex.ENVOY_TITLES for c in verb.children):
        # イラン、イラク北部を攻撃　イラクは大使召還: an envoy recalled later in a headline, from nowhere written, is
        # recalled from whom the headline opens on
        posted = [m for t in headline_opening(verb) for m in actors_of([t])
                  if not same_side([m], actors_of(subjects))]
    if not posted:
        return
    yield from pair_up(frames.Frame(subjects=subjects, targets=posted), "protests", verb, sent, "verbal", carriers=())


def joint_action(joint, sent) -> Iterator[Relation]:
    """鉄道の整備を米国やEUと共同で進めている: whoever does something jointly with someone (Xと共同で) cooperates
    with them, whatever the act; the verb's subject (or the one it carries over) is the doer, its modality theirs."""
    verb = joint.head
    if verb.i == joint.i or verb.pos_ != "VERB":
        return
    subjects = frames.verbal_frame(verb).subjects or inherit_subjects(verb, "")[0]
    partners = [t for c in joint.children if frames.marker(c) == "と" for t in frames.coordinated(c)]
    yield from pair_up(frames.Frame(subjects=subjects, partners=partners), "cooperatesWith", verb, sent, "verbal",
                       carriers=())


def armed_clash(pred, sent) -> Iterator[Relation]:
    frame = frames.verbal_frame(pred)
    sides = actors_of(frame.subjects) + actors_of(frame.partners)
    armed = [m for m in sides if m.kind == "government" and m.text.endswith(lex.ARMED_ENDINGS)]
    if len(armed) == len(sides) and len(sides) > 1:
        yield from _clash(frame, pred, sent)


def _clash(frame, pred, sent) -> Iterator[Relation]:
    sides = within(actors_of(frame.subjects), sent, line=True) + within(actors_of(frame.partners), sent)
    yield from both_ways(sides, "attacks", pred, sent, "verbal", carriers=())


def _modified_noun(pred):
    """The noun a relative clause modifies: its head, or the head of the reporting verb its と-clause hangs on
    (イランが支援しているとされるフーシ派: the clause is said of フーシ派)."""
    if pred.dep_ == "acl":
        return pred.head
    verb = pred.head
    if pred.dep_ in ("advcl", "ccomp") and frames.marker(pred) == "と" and verb.i > pred.i and verb.dep_ == "acl" \
            and verb.lemma_ in lex.REPORTATIVE_VERBS | lex.EXPECTED_HEADS \
            and any(c.dep_ == "aux" and c.lemma_ in lex.PASSIVE_AUX for c in verb.children):
        return verb.head
    return None


def _topic_before(pred) -> bool:
    """Is there a は/も-marked word before the predicate in its sentence, outside quotations?"""
    return any(frames.marker(t) in ("は", "も") and not in_quote(t) for t in sentence_of(pred) if t.i < pred.i)


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
    things = [t for t in topics if not read_actor(t) and owners_of(t)]
    if things and not frame.objects and (frame.clauses or _quotes_before(pred) or frames.quotation_before(pred)):
        frame.subjects, frame.objects = [t for t in frame.subjects if t not in things], things
        return "topic-object"
    # 「ロシアに武器は提供していない」: a thing set off with は (no one's, no actor) where the verb has no other
    # subject and no object is its object, contrasted; whoever does it is left to the context
    bare = [t for t in topics if t.pos_ == "NOUN" and not read_actor(t) and not owners_of(t) and relation_of(t) is None]
    if bare and not subjects and not frame.objects and len(bare) == len(frame.subjects) and frame.targets:
        frame.subjects, frame.objects = [], bare
        return "topic-object"
    return rule


def _attributed_before(pred) -> bool:
    """攻撃は…によるものだと断定し、中国を非難した: a criticism chained after a clause that lays a hostile act at
    someone's door is an accusation."""
    return any(c.dep_ == "advcl" and c.i < pred.i and c.lemma_ in lex.ATTRIBUTING_VERBS
               and any(relation_of(t) in lex.HOSTILE_ACTS for t in c.subtree if t.i < c.i) for c in pred.children)


def _charged_reason(pred) -> bool:
    """A として-clause before the verb (〜したとして) whose words name a wrongdoing, or a hostile act as the で-cause
    (サイバー攻撃で非難した)."""
    around = list(pred.children)
    if pred.dep_ == "acl" and pred.head.head.i != pred.head.i:
        around += list(pred.head.head.children)  # 〜として、トルコ軍を非難する声明を出した
    for child in around:
        if child.i < pred.i and child.tag_.startswith("名詞") and any(k.text == "で" and k.dep_ in ("case", "mark")
                                                                       for k in child.children) \
                and relation_of(child) in lex.HOSTILE_ACTS \
                and pred.lemma_ not in lex.CRITICISM_VERBS:
            return True  # 選管へのサイバー攻撃でロシアを非難: blamed for a hostile act (批判 stays a criticism)
        # (GiNZA: 侵犯した ←と― し ←て: the reason clause hangs on the し of として)
        reason = child.lemma_ == "する" and any(c.text == "て" for c in child.children) and any(
            g.text == "と" and g.dep_ == "case" for c in child.children for g in c.children)
        if child.i < pred.i and reason:
            words = {w for t in child.subtree for w in (t.lemma_, t.text)}
            # (補給船に意図的に衝突したとして: an act done to someone as the reason is a charge too)
            if words & lex.CHARGED_ACTS or any(relation_of(t) in lex.HOSTILE_ACTS for t in child.subtree):
                return True
            # (条約で定められた供給を守っていないとして: an obligation not kept is a wrongdoing)
            if any(t.lemma_ in lex.COMPLIANCE_VERBS and modality.is_negated(t) for t in child.subtree):
                return True
            # (モロッコ当局が国境の警備を意図的に緩めたとして: an act ascribed to an actor, whatever the act, is a charge)
            if any(frames.marker(t) in lex.CLAUSE_SUBJECT_MARKERS and read_actor(t) for t in child.subtree):
                return True
    return False


def _names_hostile_act(clause) -> bool:
    """Does the clause's own predicate carry a hostile act as its object (攻撃を仕掛けた, 侵攻を始めた)?"""
    return clause.lemma_ in lex.LIGHT_VERBS and any(
        c.dep_ == "obj" and relation_of(c) in lex.HOSTILE_ACTS for c in clause.children)


def _nominalised(pred) -> bool:
    """国連が「…」と批判したことに反発した: the verb is in a clause made a noun (こと, の), whose が-subject is its own."""
    after = pred.right_edge.i + 1
    return after < len(pred.doc) and pred.doc[after].lemma_ in ("こと", "の")


def _threat_to_no_one(pred, frame) -> bool:
    """A warning that threatens (its clause names a countermeasure, reprisal or price) and names no addressee, not
    even one that is no actor (国民に対し…警告した)."""
    if any(frames.marker(c) in ("に", "に対し", "に対して", "へ") for c in pred.children):
        return False
    words = {w for c in frame.clauses or adjacent_clause(pred) for t in c.subtree for w in (t.lemma_, t.text)}
    return bool(words & lex.THREAT_WORDS)


def _attendees_after(event) -> list:
    """The subjects of the first verb of attending or of talks after the event noun in its sentence."""
    for verb in sentence_of(event):
        if verb.i <= event.i:
            continue
        # (サウジが主催した会議は延期され、米国とロシアは別途協議した: talks that did not take place receive no one)
        if verb.lemma_ in lex.CALLED_OFF or verb.pos_ == "VERB" and modality.is_negated(verb):
            return []
        if verb.pos_ == "VERB" and (
                verb.lemma_ in lex.ATTENDING_VERBS or relation_of(verb) in ("meetsWith", "negotiatesWith")):
            subjects = frames.verbal_frame(verb).subjects
            return subjects if actors_of(subjects) else []
    return []


def _before_quotations(frame) -> list:
    """The arguments of the と-clauses written before their opening quotation mark."""
    found = []
    for clause in frame.clauses:
        opening = frames.opening_quote(clause)
        if opening is not None:
            found.extend(t for t in clause.subtree if t.i < opening and t.head.i == clause.i)
    return found


def _says_whom(word) -> bool:
    """Does a word compounded before an event say whom it is aimed at (関与 / 批判: the involvement's owner)? Not
    the goods or trade of a sanction (ブランデー / 輸入 / 停止), only an actor there."""
    if relation_of(word) is not None and word.head.lemma_ in lex.PHASE_NOUNS and not read_actor(word):
        return False  # (制裁 / 強化: the event a phase is written onto)
    return word.head.lemma_ not in lex.RESTRICTION_WORDS or bool(read_actor(word))


def _owners_of_undone(objects) -> list:
    """Who owns what an undoing noun (撤回, 撤廃, 見直し) is about: 高市首相の答弁の撤回 -> 高市 (the first actor
    written with の in its phrase, wherever the parser hung it: 高市首相の台湾をめぐる答弁)."""
    for noun in objects:
        if noun.lemma_ in lex.UNDOING_NOUNS:
            # (not an actor inside a relative clause: ロシアの侵攻を受けた対ロ制裁の解除)
            owner = next((t for t in noun.subtree if t.i < noun.i and frames.marker(t) == "の" and read_actor(t)
                          and not _in_relative_clause(t, noun)), None)
            if owner is not None:
                return frames.coordinated(owner)  # (欧州連合とメルコスルの貿易協定の見直し: both)
    return []


def _in_relative_clause(tok, noun) -> bool:
    node = tok
    while node.i != noun.i and node.head.i != node.i:
        if node.dep_ == "acl":
            return True
        node = node.head
    return False


def _reason_doers(pred) -> list:
    """The が-subjects, actors or things of an actor, of the reason clause (…したとして) or the clause of what was just
    done (…すると) written before ``pred``."""
    reasons = [clause for as_ in pred.children if as_.dep_ == "advcl" and as_.lemma_ == "する" and as_.i < pred.i
               and any(m.text == "て" for m in as_.children)
               for clause in as_.children if clause.dep_ in ("advcl", "ccomp") and frames.marker(clause) == "と"]
    # (メキシコ政府が亡命を認めると、エクアドルは反発した: a reaction right after what someone did, the と of "when", is
    # aimed at whoever did it)
    afters = [c for c in pred.children if c.dep_ == "advcl" and c.pos_ == "VERB" and c.i < pred.i
              and any(m.dep_ == "mark" and m.text == "と" and m.pos_ == "SCONJ" for m in c.children)]
    return [t for clause in reasons + afters for t in frames.verbal_frame(clause).subjects
            if frames.marker(t) == "が" and actors_of([t], possessor=True)]


def _topic_of_chained_clause(pred, frame) -> list:
    """The は-topic of a clause chained before the verb (外務省は声明を発表し、…), when the verb's own subjects are
    が-subjects written after it and before the verb's と-clause."""
    if not frame.subjects or not all(frames.marker(s) == "が" and s.i < min(c.i for c in frame.clauses)
                                     for s in frame.subjects):
        return []
    first = min(s.i for s in frame.subjects)
    return [t for c in pred.children if c.dep_ == "advcl" and c.i < first for t in c.children
            if t.dep_ == "nsubj" and frames.marker(t) == "は" and not in_quote(t) and read_actor(t)][:1]


def _both_sides_at(tok) -> Mention:
    """The two sides the text sets against each other (双方, resolved when linking), standing where ``tok`` is."""
    return Mention(text=lex.EITHER_SIDES, start=tok.idx, end=tok.idx + len(tok.text), kind="anaphor")


def _offshore(tok) -> bool:
    """Waters off or around a country (リビア沖, 台湾周辺の海域, 公海), written as where something is sent."""
    return any(t.text.endswith(lex.OFFSHORE_WORDS) for t in tok.subtree if t.i <= tok.i)


def _raised_objects(frame) -> list:
    """Xを「…」と批判した: GiNZA hangs the を-argument written before a quotation on the quoted clause;
    it is the object of the verb that follows the quotation. So is a thing written as the topic before it
    (中国の措置は「経済的威圧だ」と批判した: the measure's owner is criticised)."""
    found = []
    for clause in frame.clauses:
        opening = frames.opening_quote(clause)
        last = max((t.i for t in clause.subtree if t.text in ("「", "『") and t.i < clause.i), default=None)
        closing = next((t.i for t in clause.subtree if t.text in ("」", "』") and t.i > (last or 0)), None)
        if last is not None and closing is not None and clause.i > closing:
            # 領土をイスラエルに「攻撃の拠点」として提供していると非難した: a quotation inside the clause, the
            # clause's own verb after it; the を-argument is that verb's
            opening = None
        if opening is None and (clause.pos_ in ("ADJ", "AUX") or clause.lemma_ in ("ない", "無い")):
            # フランスの主張を根拠がないと一蹴した: an adjective takes no を-argument; it is the verb's after the clause
            found.extend(c for c in clause.children if c.dep_ == "obj" and frames.marker(c) == "を")
            continue
        if opening is not None:
            found.extend(t for t in clause.subtree if t.i < opening and (
                t.dep_ == "obj" and frames.marker(t) == "を"
                # 日本の抗議は「受け入れられない」と退けた: a thing as topic before the quotation is its object
                or frames.marker(t) == "は" and not read_actor(t) and owners_of(t)))
    return found
