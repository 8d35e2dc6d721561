"""Polarity and modality of a Japanese predicate: is the event negated, is it only possible or claimed?

Negation is marked on the predicate (しなかった, せず) or by a governing verb whose object did not
happen (批判を避けた, 支援を否定した, コメントを控えた). Hedges govern the clause from above
(支援する可能性, 支援する用意がある, 〜と主張, 〜との報道, 〜とみられる) or mark it as a condition
(攻撃すれば, 支援した場合). Adverbial clauses (〜し、〜した) are separate events: the walk up stops there.
"""
from __future__ import annotations

from kg.extract import doc_text
from kg.extract.ja.cues import relation_of
from kg.extract.ja.frames import conditional_mark, marker
from kg.lang import ja as lex

# (a verb the parser hung as punctuation has lost its place: 主張を「根拠がない」と退ける声明 does not make ない
# negate 退ける)
_CLAUSE_BREAKS = frozenset({"advcl", "conj", "parataxis", "ROOT", "root", "punct"})


def _governors(pred):
    """pred and its heads within one clause: up through objects, complements and relative clauses (not up from a
    relative clause in the past tense, a fact of its own: カンボジアが求めた支援を拒否した: the request was made; a
    non-past one is the content of the noun: ロシアを非難する決議案は否決された)."""
    node = pred
    yield node
    while True:
        noun = _content_noun_after(node)
        if noun is not None:
            node = noun  # (制裁を科すことを延期した, 科す計画はない: the clause the parser hung beside its noun)
        elif (node.dep_ not in _CLAUSE_BREAKS or _quoted_complement(node)) and node.head.i != node.i \
                and not (node.dep_ == "acl" and node.head.lemma_ in lex.LINKING_NOUNS) \
                and not _noun_modifier(node) and not _past_relative(node) and not _describes_thing(node) \
                and not _closes_headline_clause(node):
            node = node.head
        else:
            return
        yield node


def _content_noun_after(verb):
    """The こと or plan noun written right after a verb clause that GiNZA hung beside it on the same head instead of
    under it (ロシアに制裁を科す / こと / を延期した)."""
    # (or on a name before it: トランプ大統領[ADJ]が…ロシアを訪問[dep]する / 予定はない)
    if verb.dep_ not in ("advcl", "dep") or verb.pos_ != "VERB":
        return None
    k = verb.i + 1
    while k < len(verb.doc) and verb.doc[k].head.i == verb.i and verb.doc[k].dep_ in ("aux", "fixed"):
        k += 1
    noun = verb.doc[k] if k < len(verb.doc) else None
    if noun is None or verb.dep_ == "advcl" and noun.head.i != verb.head.i or noun.dep_ not in ("obj", "nsubj") \
            or noun.lemma_ not in lex.NOMINALISERS | lex.HEDGING_HEADS:
        return None
    return noun


def _closes_headline_clause(tok) -> bool:
    """ウズベキスタンが抗議、ガス供給停止も検討: a headline clause is an event of its own (the protest is not
    considered, whatever the parser hung it on)."""
    from kg.extract.ja.subjects import closes_headline_clause  # (subjects reads this module)

    return tok.dep_ in ("acl", "nmod", "obj", "obl", "nsubj") and closes_headline_clause(tok)


def _past_relative(tok) -> bool:
    # (not a clause that こと or の makes a noun: 体当たりしたことを否定した denies the ramming)
    # (nor a clause a noun of suspicion or report holds: 技術を提供した疑いがある, 攻撃した可能性)
    return tok.dep_ == "acl" and tok.pos_ == "VERB" and tok.head.lemma_ not in lex.NOMINALISERS \
        and tok.head.lemma_ not in lex.SUSPICION_NOUNS and any(
        c.dep_ == "aux" and c.lemma_ == "た" for c in tok.children)


def _describes_thing(tok) -> bool:
    """A relative clause on a thing, not on an event, a plan or a statement (ブラジルと共同運営する発電所の交渉を中断した):
    it describes the thing, and what is done to the thing does not undo it."""
    head = tok.head
    return tok.dep_ == "acl" and tok.pos_ == "VERB" and head.pos_ in ("NOUN", "PROPN") and head.i > tok.i \
        and head.lemma_ not in lex.CONTENT_NOUNS and head.lemma_ not in lex.OFFER_NOUNS and relation_of(head) is None


def _quoted_complement(tok) -> bool:
    # 〜していると主張した: GiNZA often labels a と-clause advcl; it is the content of the verb above
    return tok.dep_ == "advcl" and any(c.lemma_ == "と" and c.dep_ in ("case", "mark") for c in tok.children)


def _noun_modifier(tok) -> bool:
    # 侵略に対する批判を避けた: only the criticism is avoided, not the invasion it is about;
    # a clause marked との (攻撃したとの指摘を否定) is content, and the walk goes on.
    # (but an event proposed is what the proposal is: 北京訪問の打診を拒否した, the visit turned down with it)
    return tok.dep_ == "nmod" and tok.pos_ in ("NOUN", "PROPN") and not (
        marker(tok) == "の" and tok.head.lemma_ in lex.PROPOSAL_NOUNS and relation_of(tok) is not None)


def _aux(tok) -> set[str]:
    """What follows the predicate as its own ending: auxiliaries, and a fixed tail such as 〜ことはない
    (攻撃したことはない: never attacked), which GiNZA hangs on the predicate."""
    found = set()
    i = tok.i + 1
    while i < len(tok.doc) and tok.i <= tok.doc[i].head.i < i and \
            tok.doc[i].dep_ in ("aux", "fixed", "compound", "mark", "case", "cop"):  # (hung on it or on its ending)
        after = tok.doc[i]
        if concessive_mark(after):
            break  # (日本を非難したにもかかわらず: "despite having done", the ず of the concession negates nothing)
        found |= {after.lemma_, after.text}
        i += 1
    return found


def concessive_mark(tok) -> bool:
    """Is ``tok`` the mark of a concession, with the fixed words GiNZA hangs on it (に / も / かかわら / ず)?"""
    return tok.dep_ == "mark" and tok.text + "".join(f.text for f in tok.children if f.dep_ == "fixed") \
        in lex.CONCESSIVE_MARKS


def denied_plan(pred) -> bool:
    """首脳会談については「現時点で計画はない」と述べた: an event as the topic of a statement that there is no plan
    (予定, 考え) for it: not going to happen (negated), and spoken of as a plan (hedged)."""
    clause = pred.dep_ == "acl" and pred.head.lemma_ in lex.NOMINALISERS
    if clause:
        pred = pred.head  # (輸出を制限することについては「検討していない」と述べた: the event made a noun)
    if marker(pred) not in ("について", "については", "には"):
        return False
    # (an intending verb negated only over a clause of the speaker's own: 中国の要求について「検討しない」と退けた
    # turns the demand away, which was made)
    return any(c.lemma_ in lex.NEGATION_AUX and c.dep_ in ("ccomp", "advcl", "ROOT")
               and any(n.dep_ == "nsubj" and n.lemma_ in lex.HEDGING_HEADS for n in c.children)
               or clause and c.lemma_ in lex.INTENDING_HEADS and c.dep_ in ("ccomp", "advcl", "ROOT") and c.i > pred.i
               and _aux(c) & lex.NEGATION_AUX and not _undone_negation(c)
               for c in (pred.head, *pred.head.children))


def is_negated(pred, carriers=()) -> bool:
    """しなかった / せず on the predicate or its light verb; 避ける, 否定, 控える above it.

    The walk starts from the outermost carrier (支援を受けて -> from 受ける), so what governs the
    light verb governs the event."""
    if not carriers and denied_plan(pred):
        return True
    carriers = (*carriers, *_sibling_light_verb(pred))
    own = [tok for tok in (pred, *carriers) if _aux(tok) & lex.NEGATION_AUX and not _not_ruled_out(tok)
           and not (tok is not pred and tok.lemma_ in lex.NEGATING_HEADS and _negated_negation(tok))]
    if any(not _undone_negation(tok) for tok in own) or any(_refused_topic(tok) for tok in (pred, *carriers)):
        return True
    top = carriers[-1] if carriers else pred
    if _aux(top) & set(lex.FAR_FROM) or _withheld_endorsement(pred) or _did_not_happen(pred) or _not_gone_as_far(top):
        return True
    governors = list(_governors(top))[1:]
    said_not = next((k for k, tok in enumerate(governors)
                     if tok.lemma_ in ("わけ", "事実") and _aux(tok) & lex.NEGATION_AUX), None)
    # (not an event that is only the object of the act said not to be so: ロシアの侵攻を支持しているわけではない)
    if not own and said_not is not None and not any(
            relation_of(tok) is not None and tok.lemma_ not in lex.LIGHT_VERBS for tok in governors[:said_not]):
        return True  # 中国が武器を供与しているわけではない: the clause is what is said not to be so
    # (over a clause, the speaker's own act; not over an event noun, which may be someone else's: 中国の要求を検討しない)
    if top.pos_ == "VERB" and (any(tok.lemma_ in lex.INTENDING_HEADS and _aux(tok) & lex.NEGATION_AUX
                                   and not _undone_negation(tok) for tok in governors) or any(
            tok.lemma_ in lex.INTENDING_HEADS and tok.dep_ == "nsubj" and _aux(above) & lex.NEGATION_AUX
            and not _undone_negation(above) for tok, above in zip(governors, governors[1:]))):
        # 輸出を制限することは検討していない, 首脳会談を行う予定は現時点ではない: not intended, not done
        return True
    chain = [top, *governors]
    if any(made.lemma_ in lex.NOMINALISERS and done.lemma_ in lex.DOING_VERBS and _aux(done) & lex.NEGATION_AUX
           and not _undone_negation(done) for made, done in zip(chain, chain[1:])):
        return True  # 日本を名指しで批判することはしなかった: the act made a noun and said not done
    if any(made.lemma_ == "こと" and made.head.lemma_ in ("ない", "無い") and made.head.pos_ == "ADJ"
           and marker(made) in ("の", "が", "は", "も") for made in chain):
        return True  # 一度も日本を訪れたことのない金正恩氏: never having done it (ない an adjective on こと)
    if top.pos_ == "VERB" and any(made.lemma_ in lex.NOMINALISERS and _verb_after(made) is not None for made in chain):
        return True  # 主席を招くことは検討していないと説明した: GiNZA hung the negated verb beside the noun
    if shelved(top):
        return True  # 協議は見送りとなった, 会談は中止になった
    if _whether_left_unsaid(top):
        return True  # EUの措置を支持するかどうかは明言しなかった
    if _plan_called_off(pred, governors):
        return True  # 外相会談を開く予定だったが、…会談を見送ると発表した
    if any(tok.lemma_ in lex.PROSPECT_NOUNS and marker(tok) in ("は", "が", "も") and tok.head.i != tok.i
           and tok.head.lemma_ in lex.VANISHING_VERBS for tok in governors):
        return True  # 首脳会談を年内に開く可能性はなくなった: a prospect gone
    if pred.dep_ == "nmod" and marker(pred) == "の" and pred.head.pos_ == "NOUN" and pred.head.lemma_ in lex.NEGATING_HEADS:
        return True  # 米国のウクライナへの軍事支援の一時停止を受け: the event a stopping noun is of has stopped
    if relation_of(pred) in lex.SCHEDULED_EVENTS and any(
            tok.lemma_ in lex.PERMITTING_VERBS and _aux(tok) & lex.NEGATION_AUX for tok in governors):
        return True  # 頼清徳総統の来日を認めなかった: a visit or meeting not permitted did not take place
    if marker(top) in ("で", "では", "でも"):
        governors = []  # 制裁で凍結した: an event as the means of a verb is not what the verb stops
    # (a negating verb negated is a double negation: 攻撃をやめておらず, 規制を撤回せず, 対話を拒まず, 売却を止めることは
    # ない: the event goes on)
    for tok in (*carriers, *governors):
        if tok.lemma_ in lex.NEGATING_HEADS and not _not_ruled_out(tok):
            if _negated_negation(tok):
                break  # (制裁を撤回する考えはない: what is above the negated negation is about that, not the event)
            return True
    return any(_stopped_state(tok) for tok in governors)


def _word_after(noun, adverbs: bool = False):
    """The word written right after a noun's particles (and, with ``adverbs``, the adverbs after them)."""
    k = noun.i + 1
    while k < len(noun.doc) and (noun.doc[k].head.i == noun.i and noun.doc[k].dep_ == "case"
                                 or adverbs and noun.doc[k].pos_ == "ADV"):
        k += 1
    return noun.doc[k] if k < len(noun.doc) else None


def _verb_after(noun):
    """The verb of doing or intending written right after a noun and its particle, negated (こと / は / 検討していない),
    whatever the parser hung it on."""
    verb = _word_after(noun)
    if verb is None or verb.pos_ != "VERB" or verb.lemma_ not in lex.DOING_VERBS | lex.INTENDING_HEADS \
            or not _aux(verb) & lex.NEGATION_AUX or _undone_negation(verb):
        return None
    return verb


def _sibling_light_verb(noun) -> tuple:
    """協議も当面行わない考えを示した: GiNZA may hang the event noun elsewhere than on the light verb written right
    after it; the light verb carries the event all the same."""
    if noun.pos_ != "NOUN" or noun.head.i == noun.i:
        return ()
    verb = _word_after(noun, adverbs=True)
    if verb is None or verb.lemma_ not in lex.LIGHT_VERBS or verb.pos_ != "VERB" or verb.head.i <= verb.i \
            or marker(noun) not in ("は", "も", "を"):
        return ()
    return (verb,)


def _refused_topic(noun) -> bool:
    """対ロ制裁の発動は見送る方針を示した: an event noun set out as a contrastive topic (は, も) right before the verb
    that calls it off or refrains from it is that verb's object, whatever the parser hung it on."""
    if noun.pos_ != "NOUN" or marker(noun) not in ("は", "も"):
        return False
    verb = _word_after(noun, adverbs=True)
    return verb is not None and verb.pos_ == "VERB" and verb.lemma_ in lex.NEGATING_HEADS \
        and verb.lemma_ not in ("ない", "無い") and not _negated_negation(verb) and not _not_ruled_out(verb)


def _negated_negation(tok) -> bool:
    """Is a negating verb negated itself (撤回せず), or said not to be intended (制裁を撤回する考えはない)?"""
    if tok.pos_ == "VERB" and tok.dep_ == "acl" and tok.head.lemma_ in lex.INTENDING_HEADS \
            and tok.head.dep_ == "nsubj" and tok.head.head.lemma_ in ("ない", "無い"):
        return True
    return tok.pos_ == "VERB" and tok.lemma_ not in ("ない", "無い") and bool(_aux(tok) & lex.NEGATION_AUX) \
        and not _undone_negation(tok)


def _not_ruled_out(tok) -> bool:
    """排除していない, 排除しなかった: an event not ruled out is possible, neither done nor negated."""
    return tok.lemma_ in lex.RULING_OUT and bool(_aux(tok) & lex.NEGATION_AUX)


def shelved(verb) -> bool:
    """見送りとなった, 中止になった: なる with a noun that calls its subject off."""
    return verb.lemma_ == "なる" and any(c.lemma_ in lex.NEGATING_HEADS and c.pos_ == "NOUN" and marker(c) in ("と", "に")
                                         for c in verb.children)


def saying_verb(tok) -> list:
    """The verb a clause is said or stated under, written after it ([制裁を科す]と表明した, …科す方針を示した), where
    GiNZA may hang what conditions the clause."""
    return [tok.head] if tok.dep_ in ("advcl", "ccomp") and tok.head.i > tok.i else []


def _plan_called_off(pred, governors) -> bool:
    """両国は外相会談を開く予定だったが、外務省は会談を当面見送ると発表した: an event planned in the past tense, set
    against (が, ものの) a later clause of the same sentence that calls off the same event (or これ, それ), did not
    take place."""
    plan = next((tok for tok in governors if tok.lemma_ in lex.INTENDING_HEADS), None)
    if plan is None or relation_of(pred) not in lex.SCHEDULED_EVENTS or not {"だ", "た"} <= _aux(plan) \
            or not any(c.dep_ == "mark" and c.lemma_ in _CONTRASTS for c in plan.children):
        return False
    same = {pred.lemma_, "これ", "それ"}
    return any(tok.lemma_ in lex.CALLING_OFF and not _aux(tok) & lex.NEGATION_AUX
               and any(c.lemma_ in same and c.dep_ in ("obj", "nsubj", "nmod") for c in tok.children)
               for tok in pred.doc[plan.i + 1:plan.sent.end])


_CONTRASTS = ("が", "ものの", "けれど", "けど")


def _not_gone_as_far(verb) -> bool:
    """中国に制裁を科すには至らなかった: a verb marked に (には) on 至る negated did not go as far as its act."""
    head = verb.head
    return verb.pos_ == "VERB" and head.i != verb.i and head.lemma_ in lex.HAPPENING_VERBS and head.pos_ == "VERB" \
        and marker(verb) in ("に", "には") and bool(_aux(head) & lex.NEGATION_AUX) and not _undone_negation(head)


def _did_not_happen(noun) -> bool:
    """米ロ首脳会談、実現せず (a headline), 会談は行われずじまいだった: an event noun whose taking place is denied by the
    word it hangs on, with no particle or as its subject."""
    head = noun.head
    if noun.pos_ != "NOUN" or head.i == noun.i or marker(noun) not in ("", "、", "は", "が", "も"):
        return False
    if head.lemma_ in lex.HAPPENING_VERBS and head.pos_ == "VERB":
        # (not 協議は合意に至らなかった: what was not reached is the agreement)
        return bool(_aux(head) & lex.NEGATION_AUX) and not _undone_negation(head) \
            and not any(c.i != noun.i and marker(c) in ("に", "には") for c in head.children)
    # (…は行われずじまいだった: GiNZA makes じまい the head and hangs the negated verb on it)
    return head.lemma_ in ("じまい", "終い") and any(
        c.dep_ == "acl" and c.pos_ == "VERB" and _aux(c) & lex.NEGATION_AUX for c in head.children)


def _withheld_endorsement(pred) -> bool:
    """ロシアを非難する共同声明に署名しなかった(インド): the content of a document (a relative clause with no subject of
    its own, on a document with no owner written) whose signing, vote or joining is negated is not its signer's."""
    noun = pred.head
    if pred.dep_ != "acl" or noun.i <= pred.i or noun.lemma_ not in lex.ISSUER_NOUNS:
        return False
    if any(c.dep_ == "nsubj" or marker(c) in ("が", "は") for c in pred.children) or any(
            marker(c) == "の" or c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.children):
        return False  # (国連のロシア非難決議に賛成しなかった: the resolution is the UN's whoever voted)
    verb = noun.head
    if verb.i != noun.i and verb.pos_ == "NOUN" and verb.lemma_ in lex.ENDORSING_VERBS \
            and marker(verb) in ("に", "には", "にも") and verb.head.i != verb.i:
        verb = verb.head  # (共同声明への署名には応じなかった: the signing is what is not agreed to)
        return verb.lemma_ in lex.RESPONDING_VERBS and bool(_aux(verb) & lex.NEGATION_AUX) \
            and not _undone_negation(verb)
    return verb.i != noun.i and verb.pos_ == "VERB" and verb.lemma_ in lex.ENDORSING_VERBS \
        and bool(_aux(verb) & lex.NEGATION_AUX) and not _undone_negation(verb)


def _undone_negation(tok) -> bool:
    """支援せざるを得なかった, 抗議しないわけにはいかない: a negation undone by the words after it; so is the ない of
    an ending that says the act may happen (侵攻に踏み切りかねない), and of a verb whose negation affirms (惜しまない)."""
    if tok.lemma_ in lex.AFFIRMING_NEGATIONS:
        return True  # (支援を惜しまない: sparing none of it gives it)
    text = _text_after(tok)
    return any(text.lstrip("しさせ").startswith(ending) for ending in lex.DOUBLE_NEGATIONS) or _possible(tok)


def _whether_left_unsaid(top) -> bool:
    """支持するかどうかは明言しなかった, 支持するかどうか明言を避けた: whether one backs (criticises, opposes) someone,
    with the stating of it negated or avoided: an act done by saying so, and not said, is not done."""
    text = _ending_after(top)
    # (only for acts done by saying so, as a backing or a criticism is: whether a meeting will take place, left
    # unsaid, is still open: 会談するかどうかは明らかにしなかった)
    if not text.startswith(lex.WHETHER_ENDINGS) or relation_of(top) not in lex.SPOKEN_ACTS:
        return False
    # (the parser hangs the whether-clause on the stating verb as an adverbial clause: up from it, not through it)
    chain = [top]
    while len(chain) < 4 and chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    for tok, above in zip(chain[1:], [*chain[2:], None]):
        # (明言を避けた, 明らかにしなかった: the stating word may be the verb's object or its first half)
        beside = any(c.lemma_ in lex.STATING_VERBS and c.dep_ in ("obj", "advcl") for c in tok.children)
        if tok.lemma_ in lex.STATING_VERBS or beside:
            return bool(_aux(tok) & lex.NEGATION_AUX) and not _undone_negation(tok) \
                or beside and tok.lemma_ in lex.NEGATING_HEADS \
                or above is not None and above.lemma_ in lex.NEGATING_HEADS and not _negated_negation(above)
    return False


def _possible(tok) -> bool:
    """侵攻に踏み切りかねない, 技術を提供することもあり得る, 訪日するかどうか: an ending right after the predicate (and
    its する) that says the act may happen, or asks whether it will."""
    return _ending_after(tok).startswith(lex.POSSIBILITY_ENDINGS)


def _ending_after(tok) -> str:
    """What is written right after the predicate, past the する of a サ変 verb (in its し form too: 空爆しかねない)."""
    text = _text_after(tok)
    return text[len("する"):] if text.startswith("する") else text[1:] if text.startswith("し") else text


def _text_after(tok) -> str:
    """The few characters written right after the token (from the document's text, made once per document)."""
    end = tok.idx + len(tok.text)
    return doc_text(tok.doc)[end:end + 14]


def _stopped_state(tok) -> bool:
    """協議は中断したままとなっている, 凍結されたままだ: the predicate says the subject stays in a stopped state (〜したまま)."""
    return any(c.lemma_ == "まま" and any(v.dep_ == "acl" and v.lemma_ in lex.NEGATING_HEADS for v in c.children)
               for c in (tok, *tok.children))


def directive_content(tok) -> bool:
    """Is ``tok`` the content of a request, demand or warning (〜するよう求めた, 〜しないよう警告した)?"""
    marks = {c.text for c in tok.children if c.dep_ in ("aux", "mark")}
    return bool(marks & lex.DIRECTIVE_MARKS) and tok.head.i != tok.i and relation_of(tok.head) in lex.DIRECTIVES


def _reason_given(tok) -> bool:
    """ロシアに弾薬を提供したとして、…を制裁対象に追加した: the act given as the reason for a measure (〜として) is the
    one taking it says so, a charge."""
    above = tok.head
    return tok.dep_ == "advcl" and any(c.lemma_ == "と" and c.dep_ == "case" for c in tok.children) \
        and above.lemma_ == "する" and above.dep_ == "advcl" and above.i > tok.i and tok.doc[above.i - 1].text == "と" \
        and any(c.dep_ == "mark" and c.text == "て" for c in above.children)


def _charged(chain) -> bool:
    """Is a verb of the chain a と-clause whose next verb up is an accusing verb?"""
    for k, tok in enumerate(chain):
        if tok.lemma_ in lex.REFUSED_WHEN_NEGATED and _aux(tok) & lex.NEGATION_AUX:
            continue  # 「…協力は容認できない」と批判した, 受け入れられないと反論した: the speaker's own verdict, no charge
        if tok.pos_ == "VERB" and any(c.lemma_ == "と" and c.dep_ == "case" for c in tok.children):
            said = _said_with(tok)
            if said is not None and said.lemma_ not in lex.CHARGING_HEADS:
                continue  # (…と批判し、ベラルーシを「…守る」と述べた: GiNZA hung the clause on the criticism)
            above = next((t for t in chain[k + 1:] if t.pos_ == "VERB" and t.i != tok.i), None)
            if above is not None and above.lemma_ in lex.CHARGING_HEADS:
                return True
    return False


def _still_to_come(verb) -> bool:
    """A verb of an event in the non-past, ending its clause (訪問する。, 訪問すると発表した; not 訪問した, 訪問している,
    訪問し、 nor a relative clause, which may tell a habit or a fact: 毎年訪問する地域)."""
    if verb.pos_ != "VERB" or verb.dep_ in ("acl", "nmod", "compound") or not verb.text.endswith("する") \
            and not _aux(verb) & {"する"}:
        return False
    tail = _aux(verb)
    if tail & {"た", "て", "いる", "おる", "ている", "ば", "たら", "ない", "ず", "よう", "ため"}:
        return False
    k = verb.i + 1
    while k < len(verb.doc) and verb.doc[k].head.i == verb.i and verb.doc[k].dep_ in ("aux", "fixed"):
        k += 1
    nxt = verb.doc[k] if k < len(verb.doc) else None
    return nxt is None or nxt.text in ("。", "と", "」", "\n") or nxt.lemma_ == "と"


def _chained_into_plan(verb) -> bool:
    """A clause chained (〜し、) onto a verb whose clause is a plan on the calendar (会談する予定だ, 見通しだ), or
    joined with て to one whose clause is a plan of any kind (代表を招いて協議を開く方向で調整している)."""
    if verb.dep_ == "advcl" and verb.head.i > verb.i and any(c.text == "て" and c.dep_ == "mark" for c in verb.children) \
            and not any(conditional_mark(c) for c in verb.children):
        return any(tok.lemma_ in lex.PLAN_HEADS for tok in _governors(verb.head))
    if verb.dep_ != "advcl" or verb.head.i < verb.i or not any(c.text == "、" for c in verb.children) \
            or _aux(verb) & {"た", "て"} or any(conditional_mark(c) for c in verb.children):
        return False
    # (…シリアを訪問し、シャラア大統領と会談するとみられる: or an expected one)
    return any(tok.lemma_ in lex.CALENDAR_HEADS | lex.EXPECTED_HEADS for tok in _governors(verb.head))


def _said_with(clause):
    """The verb of saying written right after a と-clause (「…守る」と述べた -> 述べる), whatever the parser hung it on."""
    k = max(c.i for c in clause.children if c.lemma_ == "と" and c.dep_ == "case") + 1
    nxt = clause.doc[k] if k < len(clause.doc) else None
    return nxt if nxt is not None and nxt.lemma_ in lex.SPEECH_VERBS else None


def _condition_of(clause, tok) -> bool:
    """Is ``clause``, written before ``tok``, a condition on it: a verb with a conditional mark (応じなければ) or a
    noun of condition with a clause of its own (撤収しない限り, 攻撃された場合)?"""
    if clause.i > tok.i:
        return False
    if clause.dep_ == "advcl":
        return any(conditional_mark(m) for m in clause.children)
    return condition_noun(clause)


def condition_noun(noun) -> bool:
    """撤収しない限り, 攻撃された場合: a noun of condition with a clause of its own; not a concession (場合でも,
    いかなる場合も), nor 限り of a clause that goes on (戦争が続く限り, 可能な限り: as long as, as far as)."""
    if noun.lemma_ not in lex.CONDITION_NOUNS or marker(noun) in ("でも", "も", "にも"):
        return False
    if any(c.dep_ == "det" or c.lemma_ in ("いかなる", "どのような", "どんな") for c in noun.children):
        return False
    clauses = [c for c in noun.children if c.dep_ == "acl" and c.pos_ == "VERB"]
    if noun.lemma_ == "限り":
        return any(_aux(c) & lex.NEGATION_AUX for c in clauses)
    return bool(clauses)


def is_hedged(pred, carriers=(), *, conditions: bool = True) -> bool:
    """可能性, 用意, 主張, 報道, 懸念, とみられる above the predicate; だろう on it; a conditional mark (unless
    ``conditions`` is off: a threat made on a condition is made all the same)."""
    if not carriers and denied_plan(pred):
        return True
    chain = [pred, *carriers[:-1], *_governors(carriers[-1] if carriers else pred)]
    for tok in (pred, *carriers):
        if _aux(tok) & lex.HEDGING_AUX or _possible(tok):
            return True
        if any(c.dep_ == "mark" and c.text == "か" and c.i > tok.i and tok.doc[c.i - 1].text not in lex.FAR_FROM
               for c in tok.children):
            return True  # …村を銃撃か, 攻撃したか確認されていない: asked or guessed, not stated (not どころか)
        if tok.lemma_ in lex.WILLING_NEGATIONS or tok.lemma_ == "入れる" and any(
                c.lemma_ in lex.CONSIDERING_PHRASES for c in tok.children):
            return True  # 提訴も辞さない, 提訴も視野に入れている: ready for it, or considering it
        if _refused_topic(tok) and any(gov.lemma_ in lex.HEDGING_HEADS for gov in _governors(_word_after(tok, adverbs=True))):
            return True  # 制裁の発動は見送る方針を示した: refraining planned, as the verb the topic belongs to says
    for tok in chain if conditions else ():
        if any(conditional_mark(c) for c in tok.children):
            return True
        if tok.dep_ == "acl" and tok.head.lemma_ in lex.CONDITIONAL_MARKS:
            return True
    saying = saying_verb(chain[min(2, len(chain) - 1)])
    if any(_condition_of(c, tok) and c.i < pred.i for tok in (*chain[:3], *saying) for c in tok.children) \
            and conditions and relation_of(pred) not in ("warns", "threatens"):
        # ロシアが応じなければ制裁を科す, 部隊が撤収しない限り協議には応じない: the consequent of a condition is
        # still to happen (not the warning)
        return True
    if any(directive_content(tok) for tok in chain):
        return True  # 攻撃をやめるよう求めた: asked for, not done
    if any(marker(c) in lex.ACCORDING_MARKERS and c.text.endswith(lex.UNNAMED_SOURCES) for tok in chain
           for c in tok.children if c.i < pred.i):
        return True  # 関係筋によると、米国は…協議を進めている: what unnamed sources say
    if conditions and any(_quoted_complement(tok) and relation_of(tok.head) in ("warns", "threatens")
                          and tok.head.i > tok.i and "た" not in _aux(tok)
                          and not any(marker(t) in lex.ABOUT_MARKERS | lex.AIMED_MARKERS for t in chain[:k])
                          for k, tok in enumerate(chain)):
        # (日韓の連携強化について「…」とけん制した, 合同演習に対し「…」と警告した: what a warning is about or aimed
        # at is no act it threatens; nor is a fact it tells: 「北朝鮮が兵士を派遣した」と警告した)
        return True  # ガスの供給を停止すると警告した: an act a warning threatens is still to happen
    if _charged(chain) or _reason_given(chain[0]):
        return True  # ウクライナがタンカーを攻撃していると非難した: the attack is the speaker's charge
    if any(tok.lemma_ == "こと" and tok.head.lemma_ in lex.AGREEMENT_VERBS and tok.head.i != tok.i
           for tok in chain[1:]) and relation_of(pred) != "cooperatesWith":
        # 国境協議を再開することで一致した: what is agreed on is still to be done (cooperation agreed on is the
        # agreement itself: 連携を維持することで一致した)
        return True
    if any(tok.lemma_ in lex.REPORTATIVE_VERBS and tok.i > pred.i and any(
            c.dep_ == "aux" and c.lemma_ in lex.PASSIVE_AUX for c in tok.children) for tok in chain[1:]):
        return True  # 無人機を供与しているとされる, …といわれる: what is said to be so
    if not carriers and relation_of(pred) in lex.SCHEDULED_EVENTS and _still_to_come(pred):
        return True  # 王毅外相は来週、インドを訪問する, 訪問すると発表した: a visit or meeting in the non-past is to come
    if relation_of(pred) in lex.SCHEDULED_EVENTS and any(tok.lemma_ in lex.PROPOSING_VERBS for tok in (*carriers, *chain[1:3])):
        return True  # ハンガリーに協議を申し入れた: talks proposed have not been held
    if any(tok.lemma_ in lex.PROPOSED_BY and tok.i != pred.i for tok in (*carriers, *chain[1:3])):
        return True  # 対ロ制裁の強化を提案した: an event proposed has not been done
    if not carriers and relation_of(pred) in lex.SCHEDULED_EVENTS and _chained_into_plan(pred):
        return True  # キーウを訪れ、シビハ外相と会談する予定だ: the visit is part of the plan
    if any(_not_ruled_out(tok) for tok in (*carriers, *chain[1:])):
        return True  # 軍事攻撃の選択肢を排除しない: possible
    if pred.dep_ == "nmod" and pred.head.lemma_ in lex.HEDGING_HEADS and not _closes_headline_clause(pred):
        return True  # 日中首脳会談の調整, 訪問の予定: an event being arranged has not happened yet
    return any(tok.lemma_ in lex.HEDGING_HEADS for tok in chain[1:] if tok.i != pred.i)
