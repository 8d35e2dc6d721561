"""Scoring extraction against the gold set (tests/gold/GUIDELINES.md): precision, recall and F1.

Gold lines name entities by label; a predicted statement matches when its subject and object carry
those labels, its relation is the same (either direction for symmetric ones) and its polarity agrees.
Hedging is reported separately. Statements are compared per article and per level.
"""
from __future__ import annotations

import csv
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import GoldFormatError
from kg.vocab import NS, normalize, vocabulary

HEADER = ["level", "subject", "relation", "object", "flags", "evidence"]
_FLAGS = {"-": (False, False), "negated": (True, False), "hedged": (False, True),
          "negated,hedged": (True, True), "hedged,negated": (True, True)}


@dataclass(frozen=True, slots=True, kw_only=True)
class Triple:
    article: str  # file stem: 01_senkaku
    level: str
    subject: frozenset  # normalised labels
    relation: str
    object: frozenset
    negated: bool
    hedged: bool
    text: str  # for the report: the sentence or the evidence


@dataclass(slots=True)
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(slots=True)
class Report:
    levels: dict = field(default_factory=lambda: defaultdict(Score))
    relations: dict = field(default_factory=lambda: defaultdict(Score))
    misses: list = field(default_factory=list)
    false_positives: list = field(default_factory=list)
    negated_as_positive: list = field(default_factory=list)
    hedge_agreement: Counter = field(default_factory=Counter)
    # gold articles with no statement at all in the graph: not built, or their extraction failed (kg build lists
    # such failures in its errors); their lines all count as misses
    unbuilt: list = field(default_factory=list)


def read_gold(paths) -> list[Triple]:
    """Every gold line of the .tsv files under ``paths`` (files or folders)."""
    files = []
    for p in map(Path, paths):
        if p.is_dir():
            found = sorted(p.glob("*.tsv"))
            if not found:
                raise GoldFormatError(f"{p}: a folder with no gold .tsv file in it")
            files.extend(found)
        elif p.is_file():
            files.append(p)
        else:
            raise GoldFormatError(f"{p}: no such gold file or folder")
    known = set(vocabulary().names())
    triples = []
    for path in files:
        with path.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.reader((l for l in fh if not l.startswith("#")), delimiter="\t", quoting=csv.QUOTE_NONE))
        if not rows or rows[0] != HEADER:
            raise GoldFormatError(f"{path}: the first line must be the header {'<TAB>'.join(HEADER)}")
        for n, row in enumerate(rows[1:], start=2):
            triples.append(_gold_triple(path, n, row, known))
    return triples


def _gold_triple(path: Path, n: int, row: list, known: set) -> Triple:
    if len(row) != 6:
        raise GoldFormatError(f"{path}:{n}: expected 6 tab-separated columns, found {len(row)}")
    level, subj, rel, obj, flags, evidence = row
    if level not in ("actor", "country") or rel not in known or flags not in _FLAGS:
        raise GoldFormatError(f"{path}:{n}: bad level {level!r}, relation {rel!r} or flags {flags!r}")
    negated, hedged = _FLAGS[flags]
    return Triple(article=path.stem, level=level, subject=frozenset({normalize(subj)}), relation=rel,
                  object=frozenset({normalize(obj)}), negated=negated, hedged=hedged, text=evidence)


def read_predictions(trig: str | Path) -> list[Triple]:
    """The statement nodes of a graph.trig built from the gold articles."""
    from rdflib import RDF, RDFS, Dataset, Namespace

    kg, schema = Namespace(NS), Namespace("https://schema.org/")
    if not Path(trig).is_file():
        raise GoldFormatError(f"{trig}: no such graph file (kg build writes graph.trig in its --out folder)")
    ds = Dataset()
    try:
        ds.parse(str(trig), format="trig")
    except Exception as exc:  # rdflib raises several parser-specific types
        raise GoldFormatError(f"{trig}: not a TriG graph kg eval can read ({type(exc).__name__}: {exc})") from exc
    found = []
    for g in ds.graphs():
        for st in g.subjects(RDF.type, kg.Statement):
            article = g.value(st, kg.article)
            labels = lambda node: frozenset(normalize(str(l)) for l in g.objects(node, RDFS.label))
            found.append(Triple(
                article=Path(str(g.value(article, schema.url))).stem, level=str(g.value(st, kg.level)),
                subject=labels(g.value(st, RDF.subject)), relation=str(g.value(st, RDF.predicate))[len(NS):],
                object=labels(g.value(st, RDF.object)), negated=g.value(st, kg.negated).toPython(),
                hedged=g.value(st, kg.hedged).toPython(), text=str(g.value(st, kg.sentence)),
            ))
    return found


def _matches(gold: Triple, pred: Triple, symmetric: set) -> bool:
    if (gold.article, gold.level, gold.relation) != (pred.article, pred.level, pred.relation):
        return False
    forward = gold.subject <= pred.subject and gold.object <= pred.object
    backward = gold.relation in symmetric and gold.subject <= pred.object and gold.object <= pred.subject
    return forward or backward


def score(gold: list[Triple], predicted: list[Triple]) -> Report:
    """Match gold lines and predictions one to one (duplicates of a prediction, same flags, are not counted)."""
    symmetric = {r.name for r in vocabulary().relations if r.symmetric}
    articles = {g.article for g in gold}
    predicted = _unique([p for p in predicted if p.article in articles], symmetric)
    report = Report()
    report.unbuilt = sorted(articles - {p.article for p in predicted})
    used: set[int] = set()
    # a gold line takes a prediction with its own hedging first: a relation stated both as a fact and as a
    # possibility is two gold lines, and two predictions (hedged and not) answer them
    hits: dict[int, int] = {}
    for k, g in enumerate(gold):
        hit = next((i for i, p in enumerate(predicted) if i not in used and p.negated == g.negated
                    and p.hedged == g.hedged and _matches(g, p, symmetric)), None)
        if hit is not None:
            hits[k] = hit
            used.add(hit)
    for k, g in enumerate(gold):
        hit = hits.get(k)
        if hit is None:
            hit = next((i for i, p in enumerate(predicted) if i not in used and p.negated == g.negated
                        and _matches(g, p, symmetric)), None)
        if hit is None:
            report.levels[g.level].fn += 1
            report.relations[g.relation].fn += 1
            report.misses.append(g)
            continue
        used.add(hit)
        report.levels[g.level].tp += 1
        report.relations[g.relation].tp += 1
        report.hedge_agreement["agree" if predicted[hit].hedged == g.hedged else "disagree"] += 1
    # a negated gold line answered by a positive prediction that no positive gold line accounts for
    # (a positive found in another sentence of the article that the gold also has is no contradiction)
    for g in report.misses:
        if g.negated and any(i not in used and not p.negated and _matches(g, p, symmetric)
                             for i, p in enumerate(predicted)):
            report.negated_as_positive.append(g)
    for i, p in enumerate(predicted):
        if i not in used:
            report.levels[p.level].fp += 1
            report.relations[p.relation].fp += 1
            report.false_positives.append(p)
    return report


def _unique(triples: list[Triple], symmetric: set) -> list[Triple]:
    """Each statement once; a symmetric one in both directions (A meetsWith B, B meetsWith A) is one statement."""
    seen, out = set(), []
    for t in triples:
        ends = frozenset((t.subject, t.object)) if t.relation in symmetric else (t.subject, t.object)
        key = (t.article, t.level, ends, t.relation, t.negated, t.hedged)
        if key not in seen:
            seen.add(key)
            out.append(t)
    return out


def format_report(report: Report, *, details: bool = True) -> str:
    lines = ["level     precision  recall  f1     tp  fp  fn"]
    for level in ("actor", "country"):
        s = report.levels[level]
        lines.append(f"{level:<9} {s.precision:9.3f}  {s.recall:6.3f}  {s.f1:5.3f}  {s.tp:3} {s.fp:3} {s.fn:3}")
    lines.append(f"negated gold produced as positive: {len(report.negated_as_positive)}")
    if report.unbuilt:
        lines.append(f"gold articles with no statement in the graph (not built, or extraction failed): "
                     f"{', '.join(report.unbuilt)}")
    lines.append(f"hedging on matched statements: {dict(report.hedge_agreement)}")
    lines += ["", "relation          precision  recall  tp  fp  fn"]
    for rel in sorted(report.relations):
        s = report.relations[rel]
        lines.append(f"{rel:<17} {s.precision:9.3f}  {s.recall:6.3f}  {s.tp:3} {s.fp:3} {s.fn:3}")
    if details:
        lines += ["", "negated in the gold, produced as positive:"] + [_line(t) for t in report.negated_as_positive]
        lines += ["", "misses:"] + [_line(t) for t in report.misses]
        lines += ["", "false positives:"] + [_line(t) for t in report.false_positives]
    return "\n".join(lines)


def _line(t: Triple) -> str:
    flags = ",".join(f for f, on in (("negated", t.negated), ("hedged", t.hedged)) if on) or "-"
    subj, obj = "|".join(sorted(t.subject)), "|".join(sorted(t.object))
    return f"  {t.article} {t.level}: {subj} —{t.relation}→ {obj} [{flags}]  «{t.text[:80]}»"
