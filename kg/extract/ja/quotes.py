"""Attribution: a relation inside 「」 is the claim of whoever speaks the quotation, and 我々 inside it is
the speaker."""
from __future__ import annotations

from dataclasses import replace

from kg.extract.ja import frames
from kg.extract.ja.pairs import actors_of
from kg.extract.ja.subjects import inherit_subjects
from kg.lang import ja as lex
from kg.types import Relation


def quote_spans(sent) -> list[tuple[int, int]]:
    spans, stack = [], []
    for tok in sent:
        if tok.text in ("「", "『"):
            stack.append(tok.idx)
        elif tok.text in ("」", "』") and stack:
            spans.append((stack.pop(), tok.idx))
    return spans


def attribute(rel: Relation, pred, sent, quotes) -> Relation:
    """A relation inside 「」 is the speaker's claim; 我々 inside it is the speaker."""
    inside = next(((a, b) for a, b in quotes if a < pred.idx < b), None)
    if inside is None or rel.predicate == "affiliatedWith":
        return rel
    node = pred
    while node.head.i != node.i and inside[0] < node.idx < inside[1]:
        node = node.head
    speakers = actors_of(frames.verbal_frame(node).subjects) or actors_of(inherit_subjects(node, "")[0])
    if not speakers:
        return rel
    speaker = speakers[0]
    if rel.subject.text in lex.FIRST_PERSON:
        rel = replace(rel, subject=replace(speaker, start=rel.subject.start, end=rel.subject.end))
    return replace(rel, attributed_to=speaker)
