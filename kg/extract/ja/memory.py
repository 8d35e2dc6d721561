"""What the article has told so far: the hostile acts and the meetings read in earlier sentences.

Two memos per document, filled by ``relations`` in document order and read here:

- an act pointed back at with a demonstrative (こうした行為を非難した, この攻撃を批判した), or a bare hostile
  event with nothing of its own (空爆を「主権の侵害だ」と非難した), is the last such act told: its doer
  stands for it;
- a request, protest or warning addressed to no one, by a speaker who met someone in its paragraph or the one
  before (茂木外相は王毅外相と会談した。茂木氏は…抗議を申し入れた), is addressed to whom the speaker met;
- a warning addressed to no one, by a speaker whose side has just aimed an act at a country (要求した, 非難した),
  is addressed to that country; so is a request or demand by a speaker who has just protested to one (…代理大使を
  呼び、…と抗議した。同省は乗組員の即時解放を要求し);
- a proposal pointed back at (この提案を歓迎した) is the last offer told: its maker stands for it;
- an event called off with nothing of its own (訪問を取りやめると明らかにした), or a report denied by the side it was
  about (これについて「事実ではない」と否定した), takes back the last such act or event told: it did not happen;
- an attack told with no doer (パイプラインが無人機攻撃を受けた) is what a denial of involvement answers when no doer
  was charged with it (RSFは攻撃への関与を否定した: RSF did not attack the pipeline's country);
- an act done likewise (ハンガリーも同様に禁輸を延長した), naming no one, is aimed at whom the last act of its kind was.
"""
from __future__ import annotations

from dataclasses import replace
from weakref import WeakKeyDictionary

from kg.extract import doc_text, sentence_of
from kg.extract.ja import frames
from kg.extract.ja.cues import relation_of
from kg.extract.ja.names import all_kanji
from kg.lang import ja as lex
from kg.types import Mention

DONE: WeakKeyDictionary = WeakKeyDictionary()  # Doc -> the hostile acts read so far, in order
MET: WeakKeyDictionary = WeakKeyDictionary()  # Doc -> the meetings and talks read so far, in order
AIMED: WeakKeyDictionary = WeakKeyDictionary()  # Doc -> the acts aimed at someone read so far, in order
OFFERED: WeakKeyDictionary = WeakKeyDictionary()  # Doc -> the offers (to host, support, talk) read so far, in order
TOLD: WeakKeyDictionary = WeakKeyDictionary()  # Doc -> the acts and events told (not negated) so far, in order
HIT: WeakKeyDictionary = WeakKeyDictionary()  # Doc -> {offset of an attack told with no doer: whom it hit}


def hit_before(pred) -> list[Mention]:
    """Whom the last attack told with no doer (パイプラインが無人機攻撃を受けた, 施設への無人機攻撃) hit, before
    ``pred`` in its paragraph or the one before: what a denial of involvement answers when no doer was charged with
    it."""
    earlier = paragraph_window(pred.doc, sentence_of(pred).start_char)
    # (ウクライナの発電所に攻撃　ロシアは関与否定: earlier in the same headline too)
    told = [(at, hit) for at, hit in HIT.get(pred.doc, {}).items() if earlier < at < pred.idx]
    return [replace(m, start=pred.idx, end=pred.idx + len(pred.text), affiliation=None)
            for m in max(told, key=lambda t: t[0])[1]] if told else []


def told_before(pred, predicates, sides=None, *, far: bool = False):
    """The last act or event of one of ``predicates`` told before ``pred``'s sentence, in its paragraph or the one
    before (and, with ``sides``, done by one of their side, and only reported or claimed, in the sentence right
    before, or with ``far`` anywhere in that window: what a denial answers): what a denial or a calling off takes
    back."""
    from kg.extract.ja.pairs import same_side  # (pairs reads this module's act antecedents)

    sentence = sentence_of(pred)
    start = sentence.start_char
    earlier = paragraph_window(pred.doc, start)
    if sides is not None and not far:
        earlier = sentence_of(pred.doc[sentence.start - 1]).start_char - 1 if sentence.start else start
    for rel in reversed(TOLD.get(pred.doc, [])):
        # (a fact told right before, which its doer's side denies, is taken back too: …発砲したと、韓国軍が発表した。
        # …北朝鮮軍は「発砲した事実はない」と否定した; from further back, only what was reported or claimed)
        if sides is not None and far and not rel.hedged:
            continue
        # (a purchase is the buyer's act, though stated as the seller's support: トルコがロシアからS400を購入すると
        # の報道を、トルコ外務省は否定した)
        doer = rel.object if rel.provenance.rule == "purchase" else rel.subject
        if earlier < rel.provenance.start < start and rel.predicate in predicates and (
                sides is None or any(same_actor(doer, s) or same_side([doer], [s]) for s in sides)):
            return rel
    return None


def aimed_before(pred, subjects, only: frozenset | None = None, *, here: bool = False) -> list[Mention]:
    """ロシアはノルウェーに演習の中止を要求した。…演習が強行されれば「相応の対抗措置を取る」と警告した: a warning
    addressed to no one, by a speaker who has just aimed an act at someone (in its paragraph or the one before), is
    addressed to them (the last such act of the speaker's side). With ``here``, an act told earlier in the
    predicate's own sentence counts too (…とアフガニスタンを非難し、対抗措置を辞さない姿勢を示した)."""
    from kg.extract.ja.pairs import same_side  # (pairs reads this module's act antecedents)

    start = sentence_of(pred).start_char
    earlier = paragraph_window(pred.doc, start)
    for rel in reversed(AIMED.get(pred.doc, [])):
        if only is not None and rel.predicate not in only:
            continue
        # (同氏は…と警告した: the person referred back to is the last one who acted)
        if earlier < rel.provenance.start < (pred.idx if here else start) and any(
                same_actor(rel.subject, s) or same_side([rel.subject], [s])
                or s.kind == "anaphor" and s.text in lex.TOPIC_ANAPHORS and rel.subject.kind == "person"
                or s.kind == "anaphor" and lex.ANAPHORS.get(s.text) == "government" == rel.subject.kind
                for s in subjects):
            # (or the country of the envoy it was handed to: カタールの代理大使を呼び、抗議した)
            side = rel.object if rel.object.kind in ("country", "organization") else rel.object.affiliation \
                if rel.object.kind == "role" and rel.object.affiliation is not None \
                and rel.object.affiliation.kind == "country" else None
            return [replace(side, start=pred.idx, end=pred.idx + len(pred.text), affiliation=None)] if side else []
    return []


def at_odds_before(pred, sides) -> list[Mention]:
    """ルーマニア国防省は、ロシア軍の無人機が村に墜落したと発表した。…ルーマニア政府は…として強く反発している: a
    reaction aimed at no one, with no sentence before to say at whom, is aimed at the side the article has just told at
    odds with the reacting one (in its paragraph or the one before, earlier in its own sentence too): whom that side
    aimed an act at, or who aimed one at it, or who did a hostile act told there."""
    from kg.extract.ja.pairs import same_side  # (pairs reads this module's act antecedents)

    earlier = paragraph_window(pred.doc, sentence_of(pred).start_char)
    told = sorted((r for r in AIMED.get(pred.doc, []) + DONE.get(pred.doc, [])
                   if earlier < r.provenance.start < pred.idx), key=lambda r: r.provenance.start)
    for rel in reversed(told):
        ours = [m for m in (rel.subject, rel.object) if any(same_actor(m, s) or same_side([m], [s]) for s in sides)]
        if len(ours) == 2:
            continue
        other = rel.object if ours == [rel.subject] else rel.subject if ours or rel in DONE.get(pred.doc, []) else None
        if other is not None and other.kind in ("country", "organization", "government", "person", "role"):
            return [replace(other, start=pred.idx, end=pred.idx + len(pred.text), affiliation=None)]
    return []


def done_likewise(*toks) -> bool:
    """Is the act said to be done likewise (同様に延長した, 同様の制裁を科した, 同じく非難した)?"""
    return any(c.lemma_ in lex.LIKEWISE_WORDS and c.i < t.i for t in toks if t is not None for c in t.children)


def likewise(tok, predicate) -> list[Mention]:
    """ポーランドはウクライナ産穀物の禁輸を延長した。ハンガリーも同様に禁輸を延長した: an act done likewise, naming no
    one, is aimed at whom the last act of its kind was aimed at (in its paragraph or the one before)."""
    start = sentence_of(tok).start_char
    earlier = paragraph_window(tok.doc, start)
    for rel in reversed(AIMED.get(tok.doc, [])):
        if rel.predicate == predicate and earlier < rel.provenance.start < start:
            return [replace(rel.object, start=tok.idx, end=tok.idx + len(tok.text), affiliation=None)]
    return []


def asked_of(pred, refusers, predicates=("requests", "demands")) -> list[Mention]:
    """リトアニアはベラルーシに受け入れを求めた。ベラルーシは要求を拒否した: a request turned down with no one named is
    the last request or demand aimed at the refusing side (in its paragraph or the one before): its asker is rejected.
    So is a protest or a charge turned down (抗議を退けた) with the last protest or charge aimed at that side."""
    from kg.extract.ja.pairs import same_side

    start = sentence_of(pred).start_char
    earlier = paragraph_window(pred.doc, start)
    for rel in reversed(AIMED.get(pred.doc, [])):
        if rel.predicate in predicates and earlier < rel.provenance.start < start \
                and any(same_actor(rel.object, r) or same_side([rel.object], [r]) for r in refusers):
            return [replace(rel.subject, start=pred.idx, end=pred.idx + len(pred.text))]
    return []


def met(pred, subjects) -> list[Mention]:
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
    earlier = paragraph_window(pred.doc, start)
    for rel in reversed(MET.get(pred.doc, [])):
        if not earlier < rel.provenance.start < start:
            continue
        for me, other in ((rel.subject, rel.object), (rel.object, rel.subject)):
            if any(same_actor(me, s) for s in subjects):
                # (written where the predicate is, as for an act pointed back at: the sentence is the evidence)
                return [replace(other, start=pred.idx, end=pred.idx + len(pred.text), affiliation=None)]
        # (a meeting of others since: the speaker's own meeting is no longer the scene)
        return []
    return []


def paragraph_window(doc, start: int) -> int:
    """The offset before the paragraph preceding the one ``start`` is in (-1 when there is none: a text without line
    breaks is one paragraph, so the window is the whole text before ``start``)."""
    text = doc_text(doc)
    paragraph = text.rfind("\n", 0, start)
    return text.rfind("\n", 0, paragraph) if paragraph > 0 else -1


def same_actor(a: Mention, b: Mention) -> bool:
    """The same actor written twice (茂木敏充外相, then 茂木氏)."""
    if a.kind != b.kind:
        return False
    short, full = sorted((a.text, b.text), key=len)
    if a.kind == "person" and len(short) == 1 and all_kanji(full) and len(full) <= 4:
        return full.startswith(short)  # (劉勁松, then 劉氏: a one-character family name)
    return a.text == b.text or a.kind == "person" and len(short) > 1 and (
        a.text.startswith(b.text) or b.text.startswith(a.text) or a.text.endswith(b.text) or b.text.endswith(a.text))


def act_antecedent(noun) -> list[Mention]:
    """こうした行為を非難した, この攻撃を批判した: an act pointed back at with a demonstrative is the last hostile act
    the article told (its doers stand for it), not something of its own."""
    # (the demonstrative is written right before the noun, whatever the tokenizer made of it: こう / し / た)
    text = doc_text(noun.doc)
    before = text[max(0, noun.idx - 6):noun.idx]
    kind = relation_of(noun)
    if kind is None and noun.lemma_ in lex.CLOSING_VERBS and any(
            c.dep_ == "compound" and c.lemma_ in lex.BORDER_NOUNS for c in noun.children):
        kind = "sanctions"  # (国境閉鎖 naming no side: a closure, whose side the closure told before names)
    start = sentence_of(noun).start_char
    if not before.endswith(lex.POINTING_BACK) and _bare_expulsion(noun):
        # 追放処分を「根拠のない挑発だ」と批判した: an expulsion standing alone is the last one told; the side that
        # ordered it stands for it
        orders = [r for r in AIMED.get(noun.doc, []) if r.provenance.start < start and r.predicate == "demands"]
        return [replace(orders[-1].subject, start=noun.idx, end=noun.idx + len(noun.text))] if orders else []
    if not before.endswith(lex.POINTING_BACK) and kind == "sanctions" and _bare_event(noun, compounds=True):
        # 国境閉鎖を「隣国への経済封鎖だ」と批判した: a bare measure is the last one told (its compound names no one:
        # 国境) in its paragraph or the one before; the side that took it stands for it
        # (or, with none there, the last one the article told before, as for a bare attack below)
        earlier = paragraph_window(noun.doc, start)
        measures = [r for r in AIMED.get(noun.doc, []) if r.provenance.start < start and r.predicate == kind
                    and not r.hedged]
        measures = [r for r in measures if earlier < r.provenance.start] or measures
        return [replace(measures[-1].subject, start=noun.idx, end=noun.idx + len(noun.text))] if measures else []
    if not before.endswith(lex.POINTING_BACK):
        # 空爆を「主権の侵害だ」と非難した: a bare hostile event, with nothing of its own to say whose or against
        # whom, is the one just told (in its paragraph or the one before), as "the strikes" is in English
        if kind not in lex.HOSTILE_ACTS or not _bare_event(noun):
            return []
        # (or, with none there, the last one the article told before: the attack a story is about, told at its
        # start and judged by one side after another, アラブ連盟は攻撃を非難し)
        earlier = paragraph_window(noun.doc, start)
        acts = [r for r in DONE.get(noun.doc, []) if r.provenance.start < start and r.predicate == kind]
        near = [r for r in acts if earlier < r.provenance.start]
        acts = near or acts
        return [replace(acts[-1].subject, start=noun.idx, end=noun.idx + len(noun.text))] if acts else []
    if noun.lemma_ in lex.PROPOSAL_NOUNS:
        return _proposer(noun, start)
    if noun.lemma_ not in lex.ACT_NOUNS and kind not in lex.HOSTILE_ACTS:
        return []
    acts = [r for r in DONE.get(noun.doc, []) if r.provenance.start < start
            and (noun.lemma_ in lex.ACT_NOUNS or r.predicate == kind)]
    if not acts:
        return []
    doer = acts[-1].subject
    return [replace(doer, start=noun.idx, end=noun.idx + len(noun.text))]


def _proposer(noun, start: int) -> list[Mention]:
    """…協議を主催する用意があると表明した。スダニ首相はこの提案を歓迎した: a proposal pointed back at is the last
    offer told in its paragraph or the one before (to host, support or hold talks); its maker stands for it."""
    earlier = paragraph_window(noun.doc, start)
    offers = [r for r in OFFERED.get(noun.doc, []) if earlier < r.provenance.start < start]
    return [replace(offers[-1].subject, start=noun.idx, end=noun.idx + len(noun.text))] if offers else []


def _bare_expulsion(noun) -> bool:
    """追放, 国外退去, 追放処分 standing alone (no の-phrase, relative clause or argument of its own)."""
    compound = [c for c in noun.children if c.dep_ == "compound"]
    expulsion = noun.lemma_ in lex.EXPULSION_NOUNS and not compound or noun.lemma_ in lex.ORDER_NOUNS and len(compound) == 1 \
        and compound[0].i == noun.i - 1 and compound[0].lemma_ in lex.EXPULSION_NOUNS
    return expulsion and frames.marker(noun) in ("を", "は", "も", "について", "に") and not any(
        c.dep_ in ("nmod", "acl", "amod", "nummod", "det") for c in noun.children)


def _bare_event(noun, *, compounds: bool = False) -> bool:
    """An event noun standing alone: no の-phrase, compound, relative clause or argument of its own (攻撃を…); with
    ``compounds``, a compound that names no one is allowed (国境 / 閉鎖)."""
    from kg.extract.ja.actors import read_actor  # (actors reads this module's antecedents)

    return frames.marker(noun) in ("を", "は", "も", "について") and not any(
        c.dep_ in ("nmod", "acl", "amod", "nummod", "det")
        or c.dep_ == "compound" and (not compounds or c.tag_.startswith("接頭辞") or read_actor(c))
        for c in noun.children)
