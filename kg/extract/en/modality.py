"""Polarity and modality of an English predicate: is the event negated, or only possible, planned or claimed?

Negation is "not" or "never" on the predicate or on the light verb carrying it (did not issue a warning), on a
verb an infinitive completes (did not agree to supply), "no" on the noun or on an intention (had no plans to
meet), a verb that stops the event (suspended its cooperation), or a verb of denial or refusal before it
(denied that, refused to). Hedges are modals (may, could, will), adverbs (reportedly), conditions (if, unless),
verbs of planning, considering or claiming above the predicate, agreements and requests about what is still to
come (agreed to expand, urged Beijing to stop), and reports by unnamed sources (officials said). The walk up
from the predicate stops at a conjoined or adverbial clause: that is another statement.
"""
from __future__ import annotations

from kg.extract.en.cues import cut_aid, relation_of
from kg.lang import en as lex


def is_negated(pred) -> bool:
    """not / never on the predicate or its light verb; deny, refuse, decline, avoid above it."""
    carriers = [pred] + [c for c in (_carrier(pred),) if c is not None]
    if _stop_denied(pred):
        return False  # would not end its police cooperation with China: the cooperation goes on
    if len(carriers) > 1 and _negating(carriers[-1]) and _has_neg(carriers[-1]):
        return False  # did not rule out talks, did not call off its sanctions: two negations
    if any(_has_neg(t) for t in carriers):
        return True
    node = carriers[-1]
    while node.dep_ == "xcomp" and node.head.i != node.i:
        # not going to sell China the tools, did not agree to supply: the verb an infinitive completes is negated
        node = node.head
        if node.lower_ in lex.DENIABLE_ADJECTIVES and node.dep_ == "acomp" and _has_neg(node.head):
            return True  # Peru is not willing to negotiate, was not ready to meet: the readiness is denied
        if node.lower_ in lex.UNREADY_ADJECTIVES and node.dep_ == "acomp":
            return not _has_neg(node.head)  # is unwilling to meet (but was not unwilling to meet: two negations)
        if _has_neg(node):
            return not _negating(node)  # (never refused to negotiate, has not stopped supporting: two negations)
    if any(c.lower_ in ("no",) and c.dep_ == "det" for c in pred.children):
        return True
    if any(c.lower_ in ("neither", "no") and c.dep_ in ("det", "preconj") for s in carriers[-1].children
           if s.dep_ in ("nsubj", "nsubjpass") for c in s.children):
        return True  # Neither Tunisia nor Mauritania has backed, neither country criticized: none of them did
    if any(c.dep_ == "det" and c.lower_ == "no" for t in list(_chain(pred))[1:3] if t.pos_ == "NOUN"
           and t.lemma_.lower() in lex.INTENT_NOUNS for c in t.children):
        return True  # had no plans to meet Zelensky, no intention of attacking
    if pred.pos_ == "NOUN" and pred.dep_ == "dobj" and pred.head.lemma_.lower() in lex.STOPPING_VERBS \
            and not cut_aid(pred) and not _asked_for(pred.head):
        return True  # Iran suspended its cooperation with the agency: there is none now
    if pred.pos_ == "NOUN" and pred.dep_ == "dobj" and pred.head.lemma_.lower() in lex.BLOCKING_VERBS \
            and pred.lemma_.lower() in lex.BLOCKED_MEASURES:
        return not _has_neg(pred.head)  # Hungary blocked EU sanctions on Russian oil: not adopted
    if pred.pos_ == "NOUN" and pred.dep_ in ("dobj", "nsubjpass") and cancels(pred.head):
        # Blinken cancelled his visit to China, the talks were called off, ruled out sanctions: it will not happen
        # (did not cancel the visit: it goes ahead)
        return not _has_neg(pred.head)
    if pred.pos_ == "NOUN" and pred.dep_ == "nsubj" and (_did_not_happen(pred.head) or _failed_to_happen(pred.head)):
        return True  # talks failed to materialize, the visit never happened
    if _part_denied(pred):
        return True  # denied any involvement in the incursion, had no role in the attack
    if any(c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.lower_.endswith("s") and c.lemma_.lower() in lex.CANCELLING_VERBS
           for c in pred.children):
        return True  # Lula scraps trip to China: a headline's verb the tagger took for a noun, and the event for a verb
    if carriers[-1].dep_ == "pcomp" and carriers[-1].head.lower_ == "without" and carriers[-1].tag_ == "VBG":
        return True  # held 20 rounds of talks without reaching agreement, acted without consulting Seoul
    if pred.pos_ == "NOUN" and _carrier(pred) is None:
        return False  # declined to criticize Moscow's strikes: the strikes happened, the criticism did not
    verb = carriers[-1]  # (has yet to impose sanctions: the light verb carries the noun's "yet to")
    if verb.pos_ == "VERB" and (_neither_nor(verb) or _no_longer(verb) or _yet_to(verb)):
        return True  # neither criticized Israel nor praised Iran, no longer supports, has yet to meet
    if _joined_not(verb):
        return True  # did not join its G7 partners in condemning China: it did not condemn
    if pred.dep_ == "advcl" and pred.tag_ == "VBG" and pred.head.i < pred.i and _negating(pred.head) \
            and not any(c.dep_ in ("mark", "prep") for c in pred.children):
        # ruled out attacking Russia, refused meeting him: the gerund the parser hung beside the verb is its object
        return not _has_neg(pred.head)
    if pred.dep_ == "conj" and pred.head.pos_ == "VERB" and _shares_negation(pred):
        return True  # did not attack China or threaten South Korea, denied attacking Ukraine and threatening Moldova
    if _denied_content(pred):
        return True  # rejected accusations that China was arming Russia
    # what is denied or refused follows the verb (denied that ..., refused to ...); a clause before it is another
    # statement the parser hung there ("Russia accuses Ukraine ...; Kyiv denies involvement"); and the means of an
    # act is no part of what it stops (ended the dispute by signing an agreement: the signing happened)
    chain = list(_chain(carriers[-1]))[1:]
    means = next((k for k, t in enumerate(chain) if t.dep_ == "prep" and t.lower_ == "by"), len(chain))
    # (did not deny that, never refused to, did not rule out talks: a negating verb negated leaves the event be)
    return any(_negating(t) and t.i < pred.i and not _has_neg(t) for t in chain[:means])


def _asked_for(verb) -> bool:
    """demanded that the US stop arms sales, urged China to end its support: a stop asked for, not made; so is a
    stop someone expects of another (Tehran expected Washington to lift sanctions: they stand)."""
    if verb.dep_ == "conj" and verb.head.dep_ in ("ccomp", "xcomp"):
        verb = verb.head  # (urged Washington to show sincerity and to lift its sanctions: both are asked for)
    expected = verb.head.lemma_.lower() == "expect" and any(c.dep_ == "dobj" for c in verb.head.children)
    return verb.dep_ in ("ccomp", "xcomp") and (verb.head.lemma_.lower() in lex.ASKING_VERBS or expected)


def _joined_not(verb) -> bool:
    """The United States did not join its partners in condemning China, did not take part in criticizing: an act of
    joining in, negated, negates the gerund it is joined in."""
    prep = verb.head
    if not (verb.dep_ == "pcomp" and verb.tag_ == "VBG" and prep.lower_ == "in"):
        return False
    joining = prep.head.head if prep.head.lower_ == "part" else prep.head  # (took part in: the verb of "part")
    return joining.lemma_.lower() in lex.JOINING_IN_VERBS and _has_neg(joining)


def _part_denied(pred) -> bool:
    """Moscow denied involvement in the incursion, said it had no role in the attack: a part in an event denied, or
    said to be none, is the event denied."""
    if not (pred.dep_ == "pobj" and pred.head.lower_ in ("in", "for")
            and pred.head.head.lemma_.lower() in lex.INVOLVEMENT_NOUNS):
        return False
    part = pred.head.head
    if any(c.dep_ == "det" and c.lower_ == "no" for c in part.children):
        return True
    return part.dep_ == "dobj" and part.head.lemma_.lower() in lex.NEGATING_HEADS and not _has_neg(part.head)


def _negating(verb) -> bool:
    return verb.lemma_.lower() in lex.NEGATING_HEADS or cancels(verb) or verb.lemma_.lower() in lex.CHOOSING_VERBS \
        and any(c.dep_ == "prep" and c.lower_ == "against" and any(g.dep_ == "pcomp" for g in c.children)
                for c in verb.children)  # (opted against sanctioning Moscow: the sanctioning did not happen)


def _has_neg(tok) -> bool:
    """not / never / n't written on the token itself."""
    return any(c.dep_ == "neg" for c in tok.children)


def _did_not_happen(verb) -> bool:
    """materialize, happen, take place, go ahead, negated or failed: the event that is its subject did not occur."""
    if verb.lemma_.lower() not in lex.HAPPENING_VERBS:
        return False
    failed = verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "fail"
    return failed or _has_neg(verb)


def _failed_to_happen(verb) -> bool:
    """Talks between Armenia and Azerbaijan failed to materialize: the parser makes "failed" the subject's head."""
    return verb.lemma_.lower() == "fail" and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in lex.HAPPENING_VERBS for c in verb.children)


def _neither_nor(verb) -> bool:
    """Brazil neither supported nor opposed; nor did it criticize Iran."""
    words = {c.lower_ for c in verb.children if c.dep_ in ("preconj", "advmod", "cc", "det", "neg")}
    if "neither" in words or "nor" in words and verb.dep_ != "conj":
        return True
    return verb.dep_ == "conj" and any(c.lower_ == "nor" for c in (*verb.children, *verb.head.children)
                                       if c.dep_ == "cc")


def _no_longer(verb) -> bool:
    return any(c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children) for c in verb.children)


def _yet_to(verb) -> bool:
    """has yet to meet Xi: not yet."""
    head = verb.head
    return verb.dep_ == "xcomp" and head.lemma_.lower() in ("have", "be") and any(
        c.lower_ == "yet" for c in head.children)


def _shares_negation(verb) -> bool:
    """A verb joined by or/nor to a negated one is negated too (did not attack China or threaten South Korea); joined
    by and, only when what negates them stands above both (denied attacking Ukraine and threatening Moldova)."""
    first = verb.head
    ccs = {c.lower_ for c in (*verb.children, *first.children) if c.dep_ == "cc"}
    if _yet_to(first) or _no_longer(first):
        return not _has_neg(verb)  # (has yet to respond or to negotiate, no longer backs or arms)
    own = _has_neg(first)
    if own:
        return bool(ccs & {"or", "nor"}) and not _has_neg(verb)
    if verb.tag_ not in ("VBG", "VB"):
        return False  # (denied that Serbia had played any role and rejected Kurti's accusation: a statement of its own)
    chain = list(_chain(first))[1:]
    return any(t.lemma_.lower() in lex.NEGATING_HEADS and t.i < first.i and not _has_neg(t) for t in chain)


def _denied_content(pred) -> bool:
    """Rejected accusations that China was arming Russia, dismissed reports that ...: the content is denied."""
    for t in list(_chain(pred))[1:]:
        if t.pos_ == "NOUN" and t.lemma_.lower() in lex.CHARGE_NOUNS and t.head.lemma_.lower() in lex.DISMISSING_VERBS:
            return not _has_neg(t.head)
    return False


def cancels(verb) -> bool:
    """cancel, postpone, shelve; called off, ruled out, put on hold: a verb that calls an event off or puts it off."""
    lemma = verb.lemma_.lower()
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if lemma in lex.CANCELLING_VERBS:
        return True
    particles = {c.lower_ for c in verb.children if c.dep_ == "prt" or c.dep_ == "prep" and c.lower_ in ("out", "off")
                 and not any(g.dep_ == "pobj" for g in c.children)}
    held = {g.lower_ for p in verb.children if p.dep_ == "prep" and p.lower_ == "on" for g in p.children
            if g.dep_ == "pobj"}
    return any((lemma, part) in lex.CANCELLING_PHRASES for part in particles | held)


def _stop_denied(pred) -> bool:
    """An event noun carried by a stopping verb that is itself negated (will not suspend its cooperation,
    never ended the talks): two negations, the event goes on."""
    return pred.pos_ == "NOUN" and pred.dep_ == "dobj" and pred.head.lemma_.lower() in lex.STOPPING_VERBS \
        and not cut_aid(pred) and _has_neg(pred.head)


def is_hedged(pred) -> bool:
    """may / might / could, is considering, plans to, reportedly, if-clauses, claims and reports by
    unnamed sources (officials said)."""
    chain = list(_chain(pred))
    carriers = [pred] + [c for c in (_carrier(pred),) if c is not None]
    if pred.pos_ == "NOUN" and pred.dep_ == "dobj" and pred.head.lemma_.lower() in lex.STOPPING_VERBS \
            and (relation_of(pred) or ("",))[0] == "sanctions" and _asked_for(pred.head):
        return False  # expected Washington to lift sanctions, urged Beijing to end its ban: the measure stands now
    if len(carriers) > 1 and _has_neg(carriers[-1]) and _excluding(carriers[-1]):
        return True  # has not ruled out sanctions on Russia, did not exclude talks: a possibility kept open
    for t in carriers + chain:
        for c in t.children:
            if c.dep_ == "aux" and c.lower_ in lex.HEDGING_MODALS:
                return True
            if c.dep_ == "advmod" and c.lower_ in lex.HEDGING_ADVERBS:
                return True
            if c.dep_ == "mark" and c.lower_ in lex.CONDITIONAL_MARKS:
                return True
    top = chain[-1]
    if top.dep_ == "advcl" and top.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in top.children) \
            and not any(c.dep_ in ("nsubj", "mark") for c in top.children) and is_hedged(top.head):
        return True  # were expected to meet in March to sign a deal: what a meeting still to come is for is to come too
    if any(_future_date(c) for t in carriers + chain for c in t.children):
        return True  # agreed to resume border talks next week, when EU leaders meet Xi next week: still to come
    if pred.pos_ == "NOUN" and pred.dep_ == "pobj" and pred.head.lower_ in ("of", "for") \
            and pred.head.head.lemma_.lower() in lex.ANTICIPATION_WORDS:
        return True  # fears of an Israeli strike, the risk of U.S. sanctions, prepared for Xi's visit: not (yet) done
    last = chain[-1]
    if (pred.pos_ == "VERB" or _carried(pred)) and last.dep_ == "advcl" and last.tag_ == "VBG" and not any(c.dep_ in ("nsubj", "mark") for c in last.children) \
            and any(c.dep_ == "aux" and c.lower_ in lex.HEDGING_MODALS for c in last.head.children) \
            and not _has_neg(last.head):
        # the EU would present a package next week, targeting Chinese refiners: what it would do (but would not
        # extradite him, rejecting Berlin's request: a refusal is a stance taken now)
        return True
    if any(_raised(above) and (below.dep_ == "xcomp" or below.dep_ == "prep" and below.lower_ == "to")
           for below, above in zip(chain, chain[1:])):
        return True  # Turkey is set to host talks, Trump is scheduled to meet Putin
    if pred.pos_ == "NOUN" and any(c.dep_ in ("amod", "compound") and c.lower_ in lex.UNREALISED_ATTRIBUTES
                                   for c in pred.children):
        return True  # a planned visit, a proposed summit, possible sanctions: still to come
    if pred.pos_ == "NOUN" and pred.dep_ == "pobj" and pred.head.lower_ == "of" \
            and pred.head.head.lemma_.lower() in lex.PROMISE_NOUNS:
        return True  # gave a pledge of continued support, an offer of aid: an intention, as pledged support is
    if pred.lemma_.lower() in lex.AGREEING_VERBS and any(c.dep_ == "xcomp" for c in pred.children):
        return True  # agreed to expand patrols: the cooperation agreed on is still to come
    for t in chain[:-1]:
        # urged Beijing to stop, called on Washington to press Israel: what is asked for has not happened
        if t.dep_ == "xcomp" and relation_of(t.head) is not None and relation_of(t.head)[0] in ("requests", "demands"):
            return True
        if _shared_infinitive(t) and t.head.dep_ == "xcomp" and (relation_of(t.head.head) or ("",))[0] in (
                "requests", "demands"):
            return True  # (urged them to avoid unilateral steps and to return to talks: the return is asked for)
    # only reports make a mentioned event uncertain (not a verb the tagger took for a noun: offered to host[NOUN])
    nominal = pred.pos_ == "NOUN" and _carrier(pred) is None and pred.dep_ != "xcomp"
    if nominal and pred.dep_ == "dobj" and pred.head.dep_ == "xcomp" \
            and pred.head.head.lemma_.lower() in lex.HEDGING_HEADS:
        return True  # offered to host talks between them, plans to sign an agreement: the event is still to come
    host = _hosting_verb(pred) if nominal else None
    if host is not None and is_hedged(host):
        return True  # was ready to host a new round of talks between Russia and Ukraine: the talks are still to come
    for t in chain[1:]:
        if t.lemma_.lower() == "cite" and pred.dep_ == "dobj" and pred.head.i == t.i:
            continue  # (citing intensified Russian air attacks: an event cited as a reason is told as a fact)
        if t.lemma_.lower() in lex.HEDGING_HEADS and not nominal and not _offered_feeling(pred, t) \
                and not (t.lemma_.lower() == "open" and t.pos_ == "VERB"):
            # (open to talks is a readiness; opened accession negotiations began them)
            return True
        if t.lemma_.lower() in lex.SPEECH_VERBS | {"report"}:
            speakers = [c for c in t.children if c.dep_ == "nsubj"]
            if any(s.lemma_.lower() in lex.UNNAMED_SOURCES for s in speakers):
                return True
    return False


def _offered_feeling(pred, verb) -> bool:
    """offered Kyiv's solidarity to Tbilisi, offered his condolences: a feeling offered is expressed as it is offered
    (not aid or talks offered, which are still to come)."""
    return verb.lemma_.lower() in lex.OFFERING_VERBS and pred.head.i == verb.i and pred.dep_ == "dobj" \
        and pred.lemma_.lower() in lex.FELT_NOUNS


def _future_date(tok) -> bool:
    """next week, next month, next year, later this month: a date still to come."""
    if tok.dep_ == "prep" and tok.lower_ in ("in", "by", "until") or tok.dep_ == "npadvmod":
        dates = [tok] if tok.dep_ == "npadvmod" else [g for g in tok.children if g.dep_ == "pobj"]
        return any(d.lemma_.lower() in lex.DATE_UNITS and any(c.lower_ == "next" for c in d.children) for d in dates)
    return tok.dep_ in ("npadvmod", "advmod") and tok.lower_ == "tomorrow"


def _hosting_verb(noun):
    """The verb that hosts an event noun (host talks, host a new round of talks), or None: the event is held when
    the hosting is."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in lex.STAGE_NOUNS:
        noun = noun.head.head
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or (relation_of(verb) or ("",))[0] != "hosts":
        return None
    return verb


def _raised(verb) -> bool:
    """Turkey is set to host talks, Trump is scheduled to meet Putin, Israel is believed to have carried out the attack,
    Russia appears to have launched an offensive: a subject raised to a verb of scheduling, believing or seeming is
    said to be going to act, or only thought to have acted (not is known to)."""
    lemma = verb.lemma_.lower()
    return lemma in lex.SEEMING_VERBS and any(c.dep_ == "xcomp" for c in verb.children) \
        or lemma in lex.RAISING_VERBS and any(c.dep_ == "auxpass" for c in verb.children)


def _carried(pred) -> bool:
    """Is the event noun the object of a verb that adds little meaning (issued a warning, considered aid)?"""
    return pred.pos_ == "NOUN" and pred.dep_ in ("dobj", "nsubjpass") and relation_of(pred.head) is None


def _carrier(pred):
    """The verb that carries an event noun: issued a warning; also through a note or a round of it (did not hand
    Turkey a note of protest, held a third round of talks: the verb says whether the protest, the talks happened)."""
    if _carried(pred):
        return pred.head
    holder = pred.head.head
    if pred.pos_ == "NOUN" and pred.dep_ == "pobj" and pred.head.lower_ == "of" \
            and holder.lemma_.lower() in lex.NOTE_NOUNS | lex.STAGE_NOUNS and _carried(holder):
        return holder.head
    return None


def _chain(tok):
    """The predicate and the words above it up to the edge of its statement: a conjoined or adverbial clause is
    another statement, and so is a relative clause (a transit that Beijing had urged Washington to refuse, said
    of a flight scheduled to stop: the stop is no refusal of the urging). A noun's content clause that the parser
    calls a relative clause (intelligence that Chinese firms had shipped) is what the noun says, and stays under
    it."""
    node = tok
    yield node
    while node.head.i != node.i:
        if _second_report(node):
            node = node.head.head  # (said Japan was considering ..., and that Tokyo had sought: both are said)
            yield node
            continue
        if _shared_infinitive(node):
            # (urged Belgrade to avoid unilateral steps and to return to talks: both are asked for; what the first
            # infinitive itself says, avoiding, is not said of the second)
            node = node.head
            if node.lemma_.lower() not in lex.NEGATING_HEADS:
                yield node
            continue
        if node.dep_ in ("ROOT", "conj", "advcl", "parataxis") or (
                node.dep_ == "relcl" and not _content_clause(node)) or _set_apart(node) or _summing(node) \
                or _joined_main_clause(node):
            break
        node = node.head
        yield node


def _excluding(verb) -> bool:
    """rule out, exclude: a verb that takes a possibility away (so, denied, keeps it open)."""
    return verb.lemma_.lower() == "exclude" or verb.lemma_.lower() == "rule" and any(
        c.dep_ in ("prt", "advmod") and c.lower_ == "out" for c in verb.children)


def _shared_infinitive(node) -> bool:
    """to show restraint and (to) return to talks: an infinitive joined to another, with no subject of its own, is
    under what the first is under (asked for, planned, refused), not a statement of its own."""
    infinitive = lambda t: t.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
    return node.dep_ == "conj" and node.tag_ == "VB" and infinitive(node.head) \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children)


def _joined_main_clause(clause) -> bool:
    """Officials in Kyiv said that Belarus had allowed ..., and Ukraine's foreign ministry warned Minsk: a clause
    with its own subject and no "that", after ", and" behind a clause already reported, is the narrator's next
    statement, which the parser hung on the verb of saying."""
    doc, start = clause.doc, clause.left_edge.i
    return clause.dep_ == "ccomp" and start >= 2 and doc[start - 1].lower_ == "and" and doc[start - 2].text == "," \
        and not any(c.dep_ == "mark" for c in clause.children) and any(c.dep_ == "nsubj" for c in clause.children) \
        and any(c.dep_ == "ccomp" and c.i < clause.i for c in clause.head.children)


def _second_report(clause) -> bool:
    """People familiar with the matter said Japan was considering joining AUKUS, and that Tokyo had sought help: a
    clause joined to a reported clause with its own "that" is reported by the same verb of saying."""
    return clause.dep_ == "conj" and clause.head.dep_ == "ccomp" and clause.head.head.i != clause.head.i \
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) \
        and clause.head.head.lemma_.lower() in lex.SPEECH_VERBS


def _summing(clause) -> bool:
    """..., a meeting hosted by the crown prince; ..., a move Beijing condemned: a clause on a noun that sums up the act
    told before the comma is a statement of its own, wherever the parser hung the noun."""
    noun = clause.head
    return clause.dep_ in ("relcl", "acl") and noun.lemma_.lower() in lex.SUMMED_ACT_NOUNS | lex.SUMMING_NOUNS \
        and noun.left_edge.i > 0 and noun.doc[noun.left_edge.i - 1].text == ","


def _set_apart(clause) -> bool:
    """Poland, Lithuania accuse Belarus ...; EU weighs new sanctions: a clause a semicolon sets apart before the verb
    the parser hung it on is another statement (a reported clause before its verb follows a comma: "...," he said)."""
    if clause.dep_ != "ccomp" or clause.i > clause.head.i:
        return False
    if any(t.text == ";" for t in clause.doc[clause.i:clause.head.i]):
        return True
    # (Somalia bars flights from Kenya, accuses Nairobi of meddling: a verb after the comma with no subject of its
    # own goes on with the clause's subject; it reports nothing)
    return clause.doc[clause.head.i - 1].text == "," and any(c.dep_ == "nsubj" for c in clause.children) \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.head.children)


def _content_clause(clause) -> bool:
    """Is a clause the parser calls relative the content of its noun (claims that, intelligence that ...)?"""
    # (by the noun: the parser marks "that" a mark or an object in either kind of clause; but a clause whose verb
    # turns the noun itself away, a claim Pretoria has rejected, is relative: the noun is what is rejected)
    if (relation_of(clause) or ("",))[0] in ("rejects", "denies") and not any(
            c.dep_ in ("dobj", "ccomp", "xcomp") for c in clause.children):
        return False
    # (nor is one opened by a preposition and a relative pronoun: with which Moldova opened negotiations)
    if any(c.dep_ == "prep" and any(g.dep_ == "pobj" and g.tag_ in ("WDT", "WP") for g in c.children)
           for c in clause.children):
        return False
    return clause.head.lemma_.lower() in lex.HEDGING_HEADS | lex.CONTENT_NOUNS
