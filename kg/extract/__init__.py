"""Extraction: a parsed document in, Mention and Relation values out (with character offsets).

An extractor is registered under a versioned name (``kg.ja.predicate.v1``) and is a pair of pure
generators over a spaCy Doc: ``relations(doc)`` in document order, and ``mentions(doc)``, every actor
mention, which linking uses for coreference (同氏, 同国). The Doc is never mutated and never leaves here.
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from weakref import WeakKeyDictionary

from kg.types import Mention, Provenance, Relation


@dataclass(frozen=True, slots=True, kw_only=True)
class Extractor:
    name: str
    lang: str
    relations: Callable[[object], Iterator[Relation]]
    mentions: Callable[[object], Iterator[Mention]]


@cache
def cue_lexicon(lang: str) -> dict[str, str]:
    """Cue word (lemma) -> relation name, from the ontology's ``kg:cue`` labels in ``lang``."""
    from kg.vocab import vocabulary

    return {cue: rel.name for rel in vocabulary().relations for cue in getattr(rel, f"cues_{lang}")}


@cache
def symmetric_relations() -> frozenset[str]:
    from kg.vocab import vocabulary

    return frozenset(r.name for r in vocabulary().relations if r.symmetric)


def make_relation(subject: Mention, predicate: str, obj: Mention, pred, sentence: str, *, extractor: str,
                  rule: str, confidence: float, negated: bool = False, hedged: bool = False) -> Relation:
    """A Relation read at the predicate token ``pred`` (its offsets become the provenance span)."""
    prov = Provenance(sentence=sentence, start=pred.idx, end=pred.idx + len(pred.text), extractor=extractor,
                      rule=rule, confidence=confidence)
    return Relation(subject=subject, predicate=predicate, object=obj, provenance=prov, negated=negated, hedged=hedged)


def side_of(mention: Mention, pred, lang: str) -> Mention | None:
    """The country or organisation an actor speaks for (郭嘉昆 of 中国外務省 -> 中国, the spokesman of China's foreign
    ministry -> China): what was aimed at them was aimed at their side. Written where the token ``pred`` is, in
    the gazetteer's label in ``lang``, when only the people gazetteer knows it."""
    from kg.vocab import gazetteer, people

    node = mention
    while node.affiliation is not None:
        node = node.affiliation
    if node.kind in ("country", "organization"):
        return node
    person = people().lookup(mention.text) if mention.kind == "person" else None
    place = gazetteer().get(person.acts_for) if person is not None and person.acts_for else None
    if place is None:
        return None
    return Mention(text=getattr(place, f"pref_{lang}"), start=pred.idx, end=pred.idx + len(pred.text), kind="country")


def affiliations(mention: Mention) -> Iterator[tuple[Mention, Mention]]:
    """(member, what it acts for) along a mention's chain of titles: 趙立堅 -> 中国外務省 -> 中国."""
    node = mention
    while node.kind in ("person", "government") and node.affiliation is not None:
        yield node, node.affiliation
        node = node.affiliation


@cache
def get(name: str) -> Extractor:
    """The extractor registered under ``name`` (see kg.registry), looked up once per name (catalogue searches the
    installed packages' entry points on every lookup)."""
    from kg.registry import get_extractor

    return get_extractor(name)()


def original_offset(doc, i: int, *, start: bool = False) -> int:
    """Map an offset in the parsed text back to the article text (see kg.nlp.prepare): past every reading
    removed before it, compared in the parsed text's own offsets. A ``start`` at a removed reading's place
    starts after the reading (李在明（イ・ジェミョン）大統領: 大統領), an end there ends before it (李在明)."""
    shift = 0
    for pos, length in doc.user_data.get("kg.removed", ()):
        if pos < i or start and pos == i:
            shift += length
        else:
            break
    return i + shift


def sentence_of(tok):
    """The parser's sentence of a token (what ``tok.sent`` gives), from a table of sentence bounds made once
    per document: spaCy's ``Token.sent`` walks the document each time."""
    starts, ends = _bounds(tok.doc)
    k = bisect_right(starts, tok.i) - 1
    return tok.doc[starts[k]:ends[k]]


def sentence_start(tok) -> int:
    """Where the parser's sentence of a token starts (``sentence_of(tok).start``, with no Span made)."""
    starts, _ = _bounds(tok.doc)
    return starts[bisect_right(starts, tok.i) - 1]


def doc_text(doc) -> str:
    """The parsed text of a document, made once (spaCy's ``Doc.text`` joins every token each time)."""
    found = _TEXTS.get(doc)
    if found is None:
        found = _TEXTS[doc] = doc.text
    return found


_TEXTS: WeakKeyDictionary = WeakKeyDictionary()


def doc_sentences(doc) -> list:
    starts, ends = _bounds(doc)
    return [doc[a:b] for a, b in zip(starts, ends)]


def quote_runs_on(doc, i: int) -> bool:
    """Does the sentence the parser starts at token ``i`` go on from a closing 」 (「…するよう」要求した, 「…だ」として):
    the quotation did not end with 。 and what follows is a verb or particle, which starts no sentence?"""
    return 2 <= i < len(doc) and doc[i - 1].text in ("」", "』") and doc[i - 2].text not in ("。", "！", "？", "!", "?") \
        and doc[i].pos_ in ("VERB", "AUX", "ADP", "SCONJ", "PART") and "\n" not in doc[i - 1].whitespace_


def inside_quotation(doc, start: int, i: int) -> bool:
    """Does a quotation opened in the sentence from ``start`` run on past ``i`` (「事実ではない。根拠のない臆測だ」と
    述べた: a 。 inside the quotation ends no sentence of the article)? Not across a line break."""
    span = doc[start:i]
    text = doc_text(doc)[span.start_char:span.end_char]  # (span.text, not joined again token by token)
    opened = text.count("「") + text.count("『") - text.count("」") - text.count("』")
    return doc.lang_ == "ja" and "\n" not in text and opened > 0


def _cut_short(doc, i: int) -> bool:
    """Did the parser cut a Japanese sentence before token ``i`` where nothing ends one (南スーダン / 外務省は…: a lone
    root token), no 。 and no line break?"""
    before = doc[i - 1]
    return doc.lang_ == "ja" and before.text not in ("。", "！", "？", "!", "?", "」", "』", "．") \
        and "\n" not in before.text and "\n" not in before.whitespace_


def _bounds(doc) -> tuple[list[int], list[int]]:
    found = _SENTENCES.get(doc)
    if found is None:
        starts, ends = [], []
        for sent in doc.sents:
            if starts and (quote_runs_on(doc, sent.start) or _cut_short(doc, sent.start)
                           or inside_quotation(doc, starts[-1], sent.start)):
                ends[-1] = sent.end  # (…に「国境の管理を徹底するよう」/ 要求した: one sentence the parser cut at 」)
            else:
                starts.append(sent.start)
                ends.append(sent.end)
        found = _SENTENCES[doc] = (starts, ends)
    return found


# Doc -> (sentence starts, sentence ends), for as long as the Doc lives (plain numbers: a Span would keep its
# Doc, and so the entry, alive for ever)
_SENTENCES: WeakKeyDictionary = WeakKeyDictionary()


def restore(doc, value, sents=None):
    """A Mention or Relation with offsets (and sentence) in terms of the article text. ``sents`` are the
    sentence spans the extractor read by (default: the parser's)."""
    from dataclasses import replace

    if "kg.text" not in doc.user_data:
        return value
    if isinstance(value, Mention):
        aff = restore(doc, value.affiliation) if value.affiliation is not None else None
        return replace(value, start=original_offset(doc, value.start, start=True), end=original_offset(doc, value.end),
                       affiliation=aff)
    prov = value.provenance
    original = doc.user_data["kg.text"]
    sent = next(s for s in (sents or doc_sentences(doc)) if s.start_char <= prov.start < s.end_char)
    sentence = original[original_offset(doc, sent.start_char, start=True):original_offset(doc, sent.end_char)].strip()
    return replace(value, subject=restore(doc, value.subject), object=restore(doc, value.object),
                   attributed_to=restore(doc, value.attributed_to) if value.attributed_to else None,
                   provenance=replace(prov, start=original_offset(doc, prov.start, start=True),
                                      end=original_offset(doc, prov.end), sentence=sentence))
